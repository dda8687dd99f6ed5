// Oracle Tuxedo's user log (ULOG.mmddyy): each line opens with the time of day alone, the machine and
// the process that wrote it, its pid, thread and context — the day is in the file's name only:
//
//   121449.tuxprd50!simpserv.27190.1.0: LIBTUX_CAT:262: INFO: Standard main starting
//   122851.tuxprd50!GWTDOMAIN.1416.1.0: GWT_CAT:1311: WARN: Cannot connect to remote domain TDOM_CORE, …
//   092257.tuxprd50!TMS_ORA.6890.1.0: gtrid x0 x987492c xfbca: LIBTUX_CAT:1336: INFO: Transaction committed
//
// The process is the service, the machine and pid attributes; the level is the word after the
// message catalog's number (INFO:, WARN:, ERROR:) or the application's own ("ORDSRV: ERROR: …"); a
// global transaction's id before the message is an attribute.
import { levelFromMessage } from '../fields/normalize-level';
import type { ParsedFields } from './parsed-fields';

const ULOG = /^(\d\d)(\d\d)(\d\d)\.([^!\s]+)!([^.\s]+)\.(\d+)\.(\d+)\.(-?\d+): ?/;
const GTRID = /^gtrid (x[0-9a-f]+ x[0-9a-f]+ x[0-9a-f]+): /;

/** Whether a line is a Tuxedo ULOG line (see ULOG). */
export function opensWithTuxedoUlog(line: string): boolean {
  return line.charCodeAt(6) === 46 && ULOG.test(line);
}

/** A ULOG line's fields, its time of day for the line parser to place on its day; null for another line. */
export function parseTuxedoUlogLine(line: string): ParsedFields | null {
  const m = ULOG.exec(line);
  if (m === null) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const s = Number(m[3]);
  if (h > 23 || mi > 59 || s > 60) return null;
  let message = line.slice(m[0].length);
  const attributes: ParsedFields['attributes'] = { host: m[4] ?? '', pid: m[6] ?? '' };
  const gtrid = GTRID.exec(message);
  if (gtrid !== null) {
    attributes.gtrid = gtrid[1] ?? '';
    message = message.slice(gtrid[0].length);
  }
  return {
    timestamp: null,
    level: levelFromMessage(message),
    service: m[5] ?? null,
    message,
    attributes,
    format: 'text',
    timeOfDay: ((h * 60 + mi) * 60 + s) * 1000,
  };
}
