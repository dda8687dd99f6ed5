import { levelAt, levelFromMessage } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue } from '../types';
import type { ParsedFields } from './parsed-fields';

/**
 * A time, `key=value` pairs, a level glued to a bar or none, then the message after the bar: Ansible's
 * log (`log_path`), "2026-11-25 10:00:03,001 p=4312 u=deploy n=ansible | fatal: [web02]: UNREACHABLE!"
 * (ansible-core 2.15 and later: "n=ansible ERROR| …"). The pairs are the line's attributes; without
 * the bar's level, the message's own ("fatal:", "[WARNING]:").
 */
const PAIRS_BAR = /^(\d[^=|]{7,38}?) ((?:[A-Za-z_][\w.]{0,31}=[^\s=|]* ){1,8})([A-Za-z]{3,8})?\| /;

/** Whether a line opens with a time, `key=value` pairs and a bar (see PAIRS_BAR). */
export function opensWithPairsBar(line: string): boolean {
  return mayOpenWithPairsBar(line) && PAIRS_BAR.test(line);
}

/** A digit first, a bar, and a "=" before it: what most lines lack, looked for before the expression runs. */
function mayOpenWithPairsBar(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  const bar = line.indexOf('|');
  if (bar < 0 || bar > 400) return false;
  const eq = line.indexOf('=');
  return eq > 0 && eq < bar;
}

/** A line of that layout read by its parts; null for any other line, or one whose time does not parse. */
export function parsePairsBarLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = mayOpenWithPairsBar(line) ? PAIRS_BAR.exec(line) : null;
  if (m === null) return null;
  const timestamp = time.read(m[1] ?? '');
  if (timestamp === null) return null;
  const attributes: Record<string, AttributeValue> = {};
  for (const pair of (m[2] ?? '').trimEnd().split(' ')) {
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq);
    if (!(key in attributes) && eq < pair.length - 1) attributes[key] = pair.slice(eq + 1);
  }
  const message = line.slice(m[0].length);
  const word = m[3];
  return {
    timestamp,
    level: (word === undefined ? null : levelAt(word, 0, word.length)) ?? levelFromMessage(message),
    service: null,
    message,
    attributes,
    format: 'text',
  };
}
