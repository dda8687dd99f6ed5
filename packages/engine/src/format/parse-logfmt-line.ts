import type { AttributeValue } from '../types';
import { normalizeLevel } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

/** Reads `key=value key="quoted value"` pairs; returns the pairs found. */
export function readLogfmtPairs(line: string): [string, string][] {
  const pairs: [string, string][] = [];
  const n = line.length;
  let i = 0;
  // Native searches for "=" and " " rather than a loop over every character.
  let nextEq = -1;
  while (i < n) {
    while (i < n && line.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    const keyStart = i;
    if (nextEq < i) nextEq = line.indexOf('=', i);
    let space = line.indexOf(' ', i);
    if (space < 0) space = n;
    if (nextEq < 0 || nextEq > space || nextEq === keyStart) {
      // No "=" in this word: not a pair.
      i = space;
      continue;
    }
    i = nextEq;
    const key = line.slice(keyStart, i++);
    let value: string;
    if (line.charCodeAt(i) === 34) {
      const close = line.indexOf('"', i + 1);
      const escape = line.indexOf('\\', i + 1);
      if (close >= 0 && (escape < 0 || escape > close)) {
        value = line.slice(i + 1, close); // no escapes: one slice
        i = close + 1;
      } else {
        let j = i + 1;
        let out = '';
        while (j < n && line.charCodeAt(j) !== 34) {
          if (line.charCodeAt(j) === 92 && j + 1 < n) j++;
          out += line[j];
          j++;
        }
        value = out;
        i = j + 1;
      }
    } else {
      const start = i;
      i = line.indexOf(' ', i);
      if (i < 0) i = n;
      value = line.slice(start, i);
    }
    pairs.push([key, value]);
  }
  return pairs;
}

/** Heroku's router writes its level as "at=info" / "at=error". */
function isLevelWord(value: string): boolean {
  return normalizeLevel(value) !== null;
}

/** Heroku's router times the app as `service=80ms`: a duration, not a service's name. */
const DURATION = /^\d+(?:\.\d+)?(?:ms|s|us|µs|ns)$/;
/** DURATION.test, without running the expression for a name (a logfmt stream names its service on every line). */
const isDuration = (v: string): boolean => {
  const c = v.charCodeAt(0);
  return c >= 48 && c <= 57 && DURATION.test(v);
};

export function parseLogfmtLine(line: string, time: TimestampReader): ParsedFields | null {
  const pairs = readLogfmtPairs(line);
  if (pairs.length < 2) return null;
  const attributes: Record<string, AttributeValue> = {};
  const fields: ParsedFields = {
    timestamp: null,
    level: null,
    service: null,
    message: '',
    attributes,
    format: 'logfmt',
  };
  for (const [k, v] of pairs) {
    const key = k.toLowerCase();
    if (fields.timestamp === null && (key === 'ts' || key === 'time' || key === 'timestamp' || key === 't')) {
      fields.timestamp = time.read(v);
    } else if (
      fields.level === null &&
      (key === 'level' || key === 'lvl' || key === 'severity' || (key === 'at' && isLevelWord(v)))
    ) {
      fields.level = normalizeLevel(v);
    } else if (!fields.message && (key === 'msg' || key === 'message')) fields.message = v;
    else if (
      fields.service === null &&
      (key === 'app' || key === 'component' || key === 'logger' || (key === 'service' && !isDuration(v)))
    ) {
      fields.service = v;
    } else attributes[k] = v;
  }
  if (!fields.message) {
    fields.message = Object.entries(attributes)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(' ');
  }
  return fields;
}
