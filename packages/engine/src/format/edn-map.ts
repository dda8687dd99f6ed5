// A Clojure map in EDN as a message (ring.logger's request lines, timbre's data): `{:request-method
// :get, :uri "/api/v1/orders/33946", :status 200, :ring.logger/ms 24}`. Read as a record, as a JSON
// line is: its keys without their colon, a namespace's slash and a word's dashes as a JSON logger
// spells them (`ring.logger.ms`, `request_method`: a request's method, a duration in milliseconds),
// a keyword's value its name (`:get` → `GET` for a method), strings, numbers, nil, true and false;
// a nested collection kept as its text.
import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue } from '../types';
import { parseJsonRecord } from './parse-json-line';
import type { ParsedFields } from './parsed-fields';

const KEY = /:([A-Za-z][\w.*+!?<>=-]*(?:\/[\w.*+!?<>=-]+)?)\s+/y;
const STRING = /"((?:[^"\\]|\\.)*)"/y;
const SCALAR = /(:?[\w.*+!?<>=/-]+)/y;
const SEPARATOR = /\s*,?\s*/y;
const MAX_KEYS = 64;

/** The end of the collection that opens at `at` (its closing bracket's index + 1), or -1. */
function collectionEnd(s: string, at: number): number {
  let depth = 0;
  for (let i = at; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) {
      STRING.lastIndex = i;
      if (STRING.exec(s) === null) return -1;
      i = STRING.lastIndex - 1;
    } else if (c === 123 || c === 91 || c === 40) depth++;
    else if (c === 125 || c === 93 || c === 41) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** The pairs of a message that is one flat EDN map (see the file comment), or null for any other text. */
export function readEdnMap(message: string): Record<string, AttributeValue> | null {
  const n = message.length;
  if (message.charCodeAt(0) !== 123 || message.charCodeAt(1) !== 58 || message.charCodeAt(n - 1) !== 125)
    return null;
  const out: Record<string, AttributeValue> = {};
  let at = 1;
  let count = 0;
  while (at < n - 1) {
    KEY.lastIndex = at;
    const key = KEY.exec(message);
    if (key === null) return null;
    const name = (key[1] ?? '').replace(/\//g, '.').replace(/-/g, '_');
    at = KEY.lastIndex;
    const c = message.charCodeAt(at);
    let value: AttributeValue;
    if (c === 34) {
      STRING.lastIndex = at;
      const m = STRING.exec(message);
      if (m === null) return null;
      value = (m[1] ?? '').replace(/\\(.)/g, '$1');
      at = STRING.lastIndex;
    } else if (c === 123 || c === 91 || c === 40 || (c === 35 && message.charCodeAt(at + 1) === 123)) {
      const end = collectionEnd(message, c === 35 ? at + 1 : at);
      if (end < 0) return null;
      value = message.slice(at, end);
      at = end;
    } else {
      SCALAR.lastIndex = at;
      const m = SCALAR.exec(message);
      if (m === null) return null;
      const text = m[1] ?? '';
      at = SCALAR.lastIndex;
      const number = Number(text);
      value =
        text === 'nil'
          ? null
          : text === 'true' || text === 'false'
            ? text === 'true'
            : text.charCodeAt(0) === 58
              ? name === 'request_method'
                ? text.slice(1).toUpperCase()
                : text.slice(1)
              : Number.isFinite(number)
                ? number
                : text;
    }
    if (count++ < MAX_KEYS) out[name] = value;
    SEPARATOR.lastIndex = at;
    SEPARATOR.exec(message);
    at = SEPARATOR.lastIndex;
  }
  return count > 0 ? out : null;
}

/** The fields of a message that is an EDN map (see readEdnMap), or null. */
export function parseEdnMap(message: string, time: TimestampReader): ParsedFields | null {
  const record = readEdnMap(message);
  return record === null ? null : parseJsonRecord(record, time);
}
