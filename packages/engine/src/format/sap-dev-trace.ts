import { levelFromMessage } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import { openedEntries } from './opened-entries';
import { textOnly, type ParsedFields } from './parsed-fields';

// SAP NetWeaver's developer traces of its work processes (dev_w0, dev_w1, …, dev_disp, dev_rfc): an
// entry opens with a component's letter and the time as ctime writes it, with milliseconds (local
// time, no zone); its lines follow under the same letter and two blanks:
//
//   M Sun May 28 07:15:11:809 2017
//   M  ThStatEnd: user RFC_PI, tcode SM37, report SAPLMEGUI, resp 1091 ms, cpu 29 ms, db 46 ms
//   A Sun May 28 07:16:17:868 2017
//   A  *** ERROR => RFC ======> CPIC-CALL: 'ThSAPCMRCV' : cmRc=20 thRc=223 [thxxhead.c 13007]
//
// Each entry is one event: its first line after the time the message (a level where it names one:
// `*** ERROR =>`), the letter — M the task handler, A ABAP, B the database interface, S spool, … — an
// attribute.

const HEADER =
  /^([A-Z]) ((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d):(\d{3}) (\d{4})$/;

/** Whether a line opens an entry (see HEADER). */
function opensEntry(line: string): boolean {
  return line.charCodeAt(1) === 32 && line.length >= 30 && line.length <= 32 && HEADER.test(line);
}

/** Evidence that sampled lines are an SAP developer trace — five entries or more, one line in six at least — or null. */
export function sapDevTraceEvidence(lines: readonly string[]): string | null {
  return openedEntries(
    lines,
    opensEntry,
    5,
    6,
    (n) =>
      `SAP's developer trace: ${n} entries open in ${lines.length} sampled lines (a component's letter and the time, its lines under the letter); each is one event`,
  );
}

/** Whether `line` continues the entry before it: every line does but an entry's time line. */
export function continuesSapDevEntry(line: string): boolean {
  return !opensEntry(line);
}

/** One entry's fields (see the file comment); lines before the first entry are an event of their own. */
export function parseSapDevEntry(text: string, time: TimestampReader): ParsedFields {
  const lines = text.split('\n');
  const header = HEADER.exec(lines[0] ?? '');
  if (header === null) return textOnly(text);
  // Its first line of text, without the letter and the blanks before it.
  const first = lines.slice(1).find((l) => l.trim().length > 1) ?? '';
  const message = first.replace(/^[A-Z]?\s+/, '').trim();
  return {
    timestamp: time.read(`${header[2] ?? ''}.${header[3] ?? ''} ${header[4] ?? ''}`),
    level: levelFromMessage(message),
    service: null,
    message,
    attributes: { component: header[1] ?? '' },
    format: 'text',
  };
}
