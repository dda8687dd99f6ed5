import type { TimestampReader } from '../fields/timestamp-reader';
import { levelFromMessage } from '../fields/normalize-level';
import { parseTimestamp } from '../fields/parse-timestamp';
import { parseJsonRecord } from './parse-json-line';
import { renamedRecord } from './parse-csv-line';
import { textOnly, type ParsedFields } from './parsed-fields';

// PowerShell's `Format-List` (`Get-WinEvent -LogName System | Format-List`, `Get-EventLog … | fl`,
// what `Out-File` then saves, in UTF-16 by default) writes each object as a block of `Key : value`
// lines, the keys padded to one width, a value's further lines indented to its column, a blank line
// between blocks:
//
//   TimeCreated  : 6/25/2021 11:12:06 AM
//   ProviderName : Service Control Manager
//   Id           : 7000
//   Message      : The Acme Telemetry service failed to start due to the following error:
//                  The service did not respond to the start or control request in a timely fashion.
//
// Each block is one event, read as a CSV export of the same objects is (parse-csv-line.ts' CSV_ROLES:
// TimeCreated the time, LevelDisplayName or EntryType the level, ProviderName or Source the service,
// Message the message; the rest attributes).

/** A `Key : value` line: the key (letters and digits), blanks, a colon. */
const KEY_LINE = /^([A-Za-z][A-Za-z0-9]*) *: ?(.*)$/;

/** How a file's blocks open: the key of their first line (`TimeCreated`). */
export interface ListRecords {
  firstKey: string;
}

/**
 * The list's layout when sampled lines are such blocks — `Key : value` lines half the non-blank lines
 * or more, the first of them opening three blocks or more (its key as often as any other), and a key
 * whose values read as times in nine in ten of the blocks — with its evidence; else null. (The sample
 * comes without its blank lines: a block opens with the first block's first key.)
 */
export function listRecordsLayout(
  lines: readonly string[],
): { layout: ListRecords; evidence: string } | null {
  const counts = new Map<string, number>();
  const timeKeys = new Map<string, number>();
  let firstKey: string | null = null;
  let keyed = 0;
  let nonBlank = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    nonBlank++;
    const m = KEY_LINE.exec(line);
    if (m === null || !/ :/.test(line.slice(0, (m[1] ?? '').length + 40))) continue;
    keyed++;
    const key = m[1] ?? '';
    firstKey ??= key;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const value = (m[2] ?? '').trim();
    if (
      value.length >= 8 &&
      value.length <= 40 &&
      /\d/.test(value) &&
      parseTimestamp(value, { year: 2000 }) !== null
    )
      timeKeys.set(key, (timeKeys.get(key) ?? 0) + 1);
  }
  if (firstKey === null || keyed * 2 < nonBlank) return null;
  const blocks = counts.get(firstKey) ?? 0;
  if (blocks < 3 || [...counts.values()].some((n) => n > blocks)) return null;
  const timed = [...timeKeys].find(([, n]) => n * 10 >= blocks * 9);
  if (timed === undefined) return null;
  return {
    layout: { firstKey },
    evidence: `a list of "Key : value" blocks (PowerShell's Format-List): ${blocks} blocks in ${lines.length} sampled lines open with "${firstKey}", the time under "${timed[0]}"; each block is one event`,
  };
}

/** Whether `line` continues the block before it: every line does but one that opens a block. */
export function continuesListRecord(layout: ListRecords): (line: string) => boolean {
  const key = layout.firstKey;
  return (line) => {
    if (!line.startsWith(key)) return true;
    let i = key.length;
    while (line.charCodeAt(i) === 32) i++;
    return line.charCodeAt(i) !== 58;
  };
}

/** One block's fields (see the file comment); lines before the first block are an event of their own. */
export function parseListRecord(text: string, time: TimestampReader): ParsedFields {
  const record: Record<string, unknown> = {};
  let last: string | null = null;
  for (const line of text.split('\n')) {
    const m = line.charCodeAt(0) === 32 ? null : KEY_LINE.exec(line);
    if (m !== null) {
      last = m[1] ?? '';
      const value = (m[2] ?? '').trim();
      if (value !== '') record[last] = /^-?\d{1,15}$/.test(value) ? Number(value) : value;
      continue;
    }
    const more = line.trim();
    if (last === null || more === '') continue;
    const before = record[last];
    record[last] = before === undefined || before === '' ? more : `${String(before)} ${more}`;
  }
  if (Object.keys(record).length === 0) return textOnly(text);
  const parsed = parseJsonRecord(renamedRecord(record), time);
  parsed.level ??= levelFromMessage(parsed.message);
  parsed.format = 'text';
  return parsed;
}
