// IBM z/OS's hardcopy log (SYSLOG, and OPERLOG as written out): each line a record type and routing
// codes, the system's name, the date as year and day of the year (`16105`: 14 April 2016; OPERLOG's
// `2016105`), the local time to the hundredth, the job's id, the message flags, then the message,
// which opens with its id — its last letter its type (I information, W warning, A and D an action
// or decision the operator must take, E an error, S severe):
//
//   N 0000000 SYSA     16105 07:07:51.58 JOB22558 00000090  IEF450I LOANACR STEP030 - ABEND=S806 U0000
//
// An abnormal end (`ABEND=`) is an error whatever its message's type.
import type { Level } from '../types';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

const ZOS =
  /^[NMWXDESLO][ C]?[ 0-9A-F]?[0-9A-F]{7} (\S{1,8}) +(\d{5}|\d{7}) (\d\d:\d\d:\d\d\.\d\d) (\S{1,8}) +[0-9A-F]{8} +/;
/** A message id: letters, digits, `$` or `@` or `#`, ending with its type letter ("IEF450I", "$HASP395"). */
const MESSAGE_ID = /^[A-Z$@#][A-Z0-9$@#]{2,9}([IWAEDS])\b/;

/** Whether a line is a z/OS SYSLOG record (see ZOS). */
export function opensWithZosSyslog(line: string): boolean {
  return line.length > 40 && line.charCodeAt(1) === 32 && ZOS.test(line);
}

/**
 * The level of an IBM message id's type letter (z/OS, CICS, MQ and their applications): E and S an
 * error, W a warning, A and D an action or decision the operator must take, I information; null for
 * another letter.
 */
export function levelOfMessageType(type: string): Level | null {
  if (type === 'E' || type === 'S') return 'error';
  if (type === 'W' || type === 'A' || type === 'D') return 'warn';
  return type === 'I' ? 'info' : null;
}

function zosLevel(message: string): Level | null {
  if (message.includes('ABEND=') || message.includes(' ABEND ')) return 'error';
  const type = MESSAGE_ID.exec(message)?.[1];
  return type === undefined ? null : levelOfMessageType(type);
}

/** The date of `yyddd` or `yyyyddd` as `yyyy-mm-dd`. */
function julianDate(digits: string): string {
  const year = digits.length === 5 ? 2000 + Number(digits.slice(0, 2)) : Number(digits.slice(0, 4));
  const day = Number(digits.slice(-3));
  return new Date(Date.UTC(year, 0, day)).toISOString().slice(0, 10);
}

/** A z/OS SYSLOG record's fields (see the file comment); null for another line. */
export function parseZosSyslogLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = ZOS.exec(line);
  if (m === null) return null;
  const message = line.slice(m[0].length);
  return {
    timestamp: time.read(`${julianDate(m[2] ?? '')} ${m[3] ?? ''}`),
    level: zosLevel(message),
    service: null,
    message,
    attributes: { system: m[1] ?? '', job: m[4] ?? '' },
    format: 'text',
  };
}
