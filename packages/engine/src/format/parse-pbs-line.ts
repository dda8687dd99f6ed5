// PBS Professional's (OpenPBS', Torque's) daemon logs — server_logs, mom_logs, sched_logs — write each
// line as six fields separated by semicolons: the local time (month first), the event's class as a
// bit mask in hex, the daemon and its host, the kind of object and its name, the message:
//
//   08/20/2024 20:15:26;0100;Server@greatlakespbs;Req;;Type 19 request received from alice@login1, sock=52
//   08/20/2024 21:02:11;0001;pbs_mom;Svr;pbs_mom;im_eof, Premature end of message from addr 10.1.0.7:15001
//
// The class says the level (PBS' event types): 0001 an internal error, 0020 a security violation (a
// warning), 0080, 0100, 0400 and 0800 debugging, the others (system, admin, job, accounting,
// scheduler, reservation events) information. The daemon is the service, without its host.
import type { TimestampReader } from '../fields/timestamp-reader';
import type { Level } from '../types';
import type { ParsedFields } from './parsed-fields';

const PBS = /^(\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d(?:\.\d+)?);([0-9a-fA-F]{4});([^;]*);([^;]*);([^;]*);/;

/** Whether a line is a PBS daemon's (see PBS). */
export function opensWithPbs(line: string): boolean {
  return line.charCodeAt(2) === 47 && line.charCodeAt(5) === 47 && PBS.test(line);
}

/** The level of a PBS event class (see the file comment). */
function pbsLevel(mask: number): Level {
  if ((mask & 0x0001) !== 0) return 'error';
  if ((mask & 0x0020) !== 0) return 'warn';
  if ((mask & 0x0d80) !== 0 && (mask & 0x025e) === 0) return 'debug';
  return 'info';
}

/** A PBS daemon's log line: time, level, daemon, object and message; null for another line. */
export function parsePbsLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = PBS.exec(line);
  if (m === null) return null;
  const daemon = m[3] ?? '';
  const at = daemon.indexOf('@');
  const attributes: ParsedFields['attributes'] = { objectType: m[4] ?? '' };
  if (m[5]) attributes.object = m[5];
  if (at > 0) attributes.host = daemon.slice(at + 1);
  return {
    timestamp: time.read(m[1] ?? ''),
    level: pbsLevel(parseInt(m[2] ?? '0', 16)),
    service: at > 0 ? daemon.slice(0, at) : daemon,
    message: line.slice(m[0].length),
    attributes,
    format: 'text',
  };
}
