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

/** What a key is read as (see roleOf). */
const ATTRIBUTE = 0;
const TIME = 1;
const LEVEL = 2;
/** Heroku's `at=`: the level when its value is a level's name. */
const AT = 3;
const MESSAGE = 4;
const SERVICE = 5;
/** `service=`: the service, unless its value is a duration (see isDuration). */
const SERVICE_WORD = 6;

/**
 * The role of a (lower-cased) key, told by its length before any comparison: a key is compared
 * with the names of its length only (most keys, `duration=` or `user=`, with one or none), where
 * comparing it with each name in turn took a dozen string comparisons, each a call.
 */
function roleOf(key: string): number {
  switch (key.length) {
    case 1:
      return key === 't' ? TIME : ATTRIBUTE;
    case 2:
      return key === 'ts' ? TIME : key === 'at' ? AT : ATTRIBUTE;
    case 3:
      return key === 'lvl' ? LEVEL : key === 'msg' ? MESSAGE : key === 'app' ? SERVICE : ATTRIBUTE;
    case 4:
      return key === 'time' ? TIME : ATTRIBUTE;
    case 5:
      return key === 'level' ? LEVEL : ATTRIBUTE;
    case 6:
      return key === 'logger' ? SERVICE : ATTRIBUTE;
    case 7:
      return key === 'message' ? MESSAGE : key === 'service' ? SERVICE_WORD : ATTRIBUTE;
    case 8:
      return key === 'severity' ? LEVEL : ATTRIBUTE;
    case 9:
      return key === 'timestamp' ? TIME : key === 'component' ? SERVICE : ATTRIBUTE;
    default:
      return ATTRIBUTE;
  }
}

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
    const role = roleOf(k.toLowerCase());
    if (fields.timestamp === null && role === TIME) {
      fields.timestamp = time.read(v);
    } else if (fields.level === null && (role === LEVEL || (role === AT && isLevelWord(v)))) {
      fields.level = normalizeLevel(v);
    } else if (!fields.message && role === MESSAGE) fields.message = v;
    else if (fields.service === null && (role === SERVICE || (role === SERVICE_WORD && !isDuration(v)))) {
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
