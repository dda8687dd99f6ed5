// IBM Spectrum LSF's daemon logs (lsf.log.mbatchd, lsf.log.sbatchd, lsf.log.lim, lsf.log.res): the
// local time with its year, the daemon's pid, the message's syslog priority, LSF's version and the
// function that logged it:
//
//   Jun 08 14:00:00 2024 50096 6 10.1 job_done: Job <683392> status <DONE> exit code <0> …
//   Jun 08 14:05:12 2024 50096 3 10.1 job_done: Job <684894> status <EXIT> exit code <130>
//
// The priority is the level (3 an error, 4 a warning, 5–6 information, 7 debugging); the function an
// attribute, the pid too.
import { levelFromNumber } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

const LSF = /^([A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d \d{4}) (\d+) ([0-7]) (\d+\.\d+(?:\.\d+)?) (\w+): /;

/** Whether a line is an LSF daemon's (see LSF). */
export function opensWithLsf(line: string): boolean {
  return line.charCodeAt(20) === 32 && line.charCodeAt(15) === 32 && LSF.test(line);
}

/** An LSF daemon's log line's fields; null for another line. */
export function parseLsfLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = LSF.exec(line);
  if (m === null) return null;
  return {
    timestamp: time.read(m[1] ?? ''),
    level: levelFromNumber(Number(m[3])),
    service: null,
    message: line.slice(m[0].length),
    attributes: { pid: m[2] ?? '', function: m[5] ?? '' },
    format: 'text',
  };
}
