import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue, Level } from '../types';
import { textOnly, type ParsedFields } from './parsed-fields';

// Microsoft Configuration Manager's (SCCM's) client and server logs, the format CMTrace reads, write
// each entry as its message between `<![LOG[` and `]LOG]!>`, then its fields as attributes of an
// element; a message may hold line breaks, so an entry ends on the line that closes the element:
//
//   <![LOG[DTS job {5501AB49-…} has completed:
//   	Status : SUCCESS,
//   	Elapsed time : 25 seconds]LOG]!><time="06:15:58.469-345" date="11-15-2022" component="ContentAccess" context="" type="1" thread="8439" file="dtsjob.cpp:3349">
//
// The time is local, followed by the zone's bias in minutes (UTC = local + bias: -345 in Kathmandu,
// +300 in New York's winter); `type` 1 is information, 2 a warning, 3 an error. Each entry is one
// event: its message, its component as the service, thread and source file as attributes.

const OPEN = '<![LOG[';
const ENTRY =
  /^<!\[LOG\[([\s\S]*)\]LOG\]!><time="(\d\d?):(\d\d):(\d\d)(?:\.(\d{1,7}))?([+-]\d{1,4})?" date="(\d\d?)-(\d\d?)-(\d{4})" component="([^"]*)" context="[^"]*" type="(\d)" thread="(\d*)" file="([^"]*)">\s*$/;

const LEVELS: Record<string, Level | undefined> = { '1': 'info', '2': 'warn', '3': 'error' };

/** Whether a line opens an entry. */
function opensEntry(line: string): boolean {
  return line.startsWith(OPEN);
}

/**
 * Evidence that sampled lines are a CMTrace log — three entries or more, one line in five at least
 * opening one, their elements' `time=` and `component=` seen — or null.
 */
export function cmtraceEvidence(lines: readonly string[]): string | null {
  let entries = 0;
  let closed = 0;
  for (const line of lines) {
    if (opensEntry(line)) entries++;
    if (line.includes(']LOG]!><time="') && line.includes(' component="')) closed++;
  }
  if (entries < 3 || closed < 3 || entries * 5 < lines.length) return null;
  return `Configuration Manager's (CMTrace) log: ${entries} entries open in ${lines.length} sampled lines (<![LOG[message]LOG]!><time=… date=… component=… type=…>); each is one event`;
}

/** Whether `line` continues the entry before it: every line does but one that opens an entry. */
export function continuesCmtraceEntry(line: string): boolean {
  return !opensEntry(line);
}

const two = (n: number): string => String(n).padStart(2, '0');

/** One entry's fields (see the file comment); text before the first entry is an event of its own. */
export function parseCmtraceEntry(text: string, time: TimestampReader): ParsedFields {
  const m = ENTRY.exec(text);
  if (m === null) return textOnly(text);
  // The bias is minutes to add to the local time for UTC: the offset is its opposite.
  const bias = m[6] === undefined ? null : Number(m[6]);
  const offset =
    bias === null
      ? ''
      : `${bias > 0 ? '-' : '+'}${two(Math.floor(Math.abs(bias) / 60))}:${two(Math.abs(bias) % 60)}`;
  const fraction = m[5] === undefined ? '' : `.${m[5]}`;
  const timestamp = time.read(
    `${m[9]}-${two(Number(m[7]))}-${two(Number(m[8]))}T${two(Number(m[2]))}:${m[3]}:${m[4]}${fraction}${offset}`,
  );
  const attributes: Record<string, AttributeValue> = {};
  if (m[12]) attributes['thread'] = Number(m[12]);
  if (m[13]) attributes['source'] = m[13];
  return {
    timestamp,
    level: LEVELS[m[11] ?? ''] ?? null,
    service: m[10] || null,
    message: (m[1] ?? '').trim(),
    attributes,
    format: 'text',
  };
}
