// IBM CICS's message log (the MSGUSR and CSMT transient data queues, as a job's SYSOUT is saved):
// the message's id first — CICS's own `DFHxxnnnn`, or an application's with its type letter
// (`CLMS0069I`) — then the date (month first, as CICS's default DATFORM writes it), the local time,
// the region's applid and the message:
//
//   DFHAP0001 06/09/2019 05:41:00 CICSPRD1 An abend (code 0C4/AKEA) has occurred at offset X'0000A1B2' …
//
// The id opens the message and is an attribute; an application id's last letter is its type (E and S errors, W a warning);
// CICS's own say their level in words (an abend, a failure), read from the message.
import { levelFromMessage } from '../fields/normalize-level';
import type { Level } from '../types';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';
import { levelOfMessageType } from './parse-zos-syslog-line';

const CICS =
  /^((?:DFH[A-Z]{2}\d{4})|(?:[A-Z]{3,5}\d{3,4}[IWEASD])) (\d\d\/\d\d\/\d{4}) (\d\d:\d\d:\d\d) (\S{1,8}) /;

/** Whether a line is a CICS message log's (see CICS). */
export function opensWithCics(line: string): boolean {
  // The date's first slash, after an id of 7 to 10 characters and its blank, before the expression.
  for (let at = 10; at <= 13; at++) if (line.charCodeAt(at) === 47) return CICS.test(line);
  return false;
}

function cicsLevel(id: string, message: string): Level | null {
  if (/\babend\b/i.test(message)) return 'error';
  const type = levelOfMessageType(id.startsWith('DFH') ? '' : id.charAt(id.length - 1));
  if (type === 'error' || type === 'warn') return type;
  return levelFromMessage(message) ?? type;
}

/** A CICS message log's line (see the file comment); null for another line. */
export function parseCicsLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = CICS.exec(line);
  if (m === null) return null;
  const id = m[1] ?? '';
  // The id stays the message's first word: it names the message (its template's first token).
  const message = `${id} ${line.slice(m[0].length)}`;
  return {
    timestamp: time.read(`${m[2] ?? ''} ${m[3] ?? ''}`),
    level: cicsLevel(id, message),
    service: null,
    message,
    attributes: { messageId: id, applid: m[4] ?? '' },
    format: 'text',
  };
}
