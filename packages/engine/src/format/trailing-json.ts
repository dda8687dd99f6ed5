// A JSON object closing a text line's message — WSO2's analytics reporter (`apimMetrics: apim:response,
// properties :{"apiName":"Orders",…,"responseLatency":123,"backendLatency":104}`), many applications'
// `payload={…}` — is one token to the miner, its values one variable. Its scalars are the event's
// attributes too (nested keys joined with dots), so its durations and status are read as a JSON
// line's are; the message stays as written.
import type { AttributeValue } from '../types';
import type { ParsedFields } from './parsed-fields';

/** Keys taken from one object at most, and how deep nested objects are followed. */
const MAX_KEYS = 64;
const MAX_DEPTH = 3;

/** Adds the scalars of the JSON object that closes `fields.message` to its attributes (keeping theirs). */
export function takeTrailingJson(fields: ParsedFields): void {
  const message = fields.message;
  const end = message.length - 1;
  if (end < 8 || message.charCodeAt(end) !== 125) return;
  const at = message.indexOf('{"');
  if (at <= 0) return;
  let value: unknown;
  try {
    value = JSON.parse(message.slice(at));
  } catch {
    return;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  flattenInto(value as Record<string, unknown>, '', fields.attributes, 0, { keys: 0 });
}

function flattenInto(
  record: Record<string, unknown>,
  prefix: string,
  out: Record<string, AttributeValue>,
  depth: number,
  taken: { keys: number },
): void {
  for (const k in record) {
    if (taken.keys >= MAX_KEYS) return;
    const value = record[k];
    const key = prefix === '' ? k : `${prefix}.${k}`;
    if (value !== null && typeof value === 'object') {
      if (!Array.isArray(value) && depth < MAX_DEPTH)
        flattenInto(value as Record<string, unknown>, key, out, depth + 1, taken);
    } else if (
      (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') &&
      out[key] === undefined
    ) {
      out[key] = value;
      taken.keys++;
    }
  }
}
