// BeeGFS's daemons (beegfs-storage, -meta, -mgmtd, -client helper) log their level as a number in
// parentheses, the date without a year or a blank between month and day, the thread and the component:
//
//   (3) Feb22 15:45:36 ConnAccept [Connection] >> Accepted new connection from 10.1.5.212:46951
//   (1) Feb22 16:02:11 Worker4 [Messaging (RPC)] >> Disconnect of TCP socket (peer: 10.1.4.184:37159). …
//
// The number is BeeGFS' log level: 0 an error, 1 critical (what an operator must see: a warning at
// least), 2 a warning, 3 a notice, 4 debugging, 5 "spam". The component is the service, the thread
// an attribute. The year is the one the file is read with (see bundle-year.ts).
import type { TimestampReader } from '../fields/timestamp-reader';
import type { Level } from '../types';
import type { ParsedFields } from './parsed-fields';

const BEEGFS =
  /^\(([0-5])\) ([A-Z][a-z]{2})(\d\d) (\d\d:\d\d:\d\d) (\S+) \[([^\]]*(?:\([^)]*\))?[^\]]*)\] >> ?/;
const LEVELS: readonly Level[] = ['error', 'warn', 'warn', 'info', 'debug', 'trace'];

/** Whether a line is a BeeGFS daemon's (see BEEGFS). */
export function opensWithBeegfs(line: string): boolean {
  return line.charCodeAt(0) === 40 && line.charCodeAt(2) === 41 && BEEGFS.test(line);
}

/** A BeeGFS log line's fields; null for another line. */
export function parseBeegfsLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = BEEGFS.exec(line);
  if (m === null) return null;
  return {
    timestamp: time.read(`${m[2]} ${m[3]} ${m[4]}`),
    level: LEVELS[Number(m[1])] ?? null,
    service: m[6] ?? null,
    message: line.slice(m[0].length),
    attributes: { thread: m[5] ?? '' },
    format: 'text',
  };
}
