import type { AttributeValue } from '../types';
import { levelFromNumber, normalizeLevel } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

type Role = 'time' | 'level' | 'message' | 'service';

// Common key names of structured loggers (pino, bunyan, logrus, zap, serilog, ECS, python-json-logger…).
const ROLES = new Map<string, Role>([
  ...['@timestamp', 'timestamp', 'time', 'ts', 'datetime', 'date', 't', 'eventTime', 'asctime'].map(
    (k) => [k, 'time'] as const,
  ),
  ...['level', 'lvl', 'severity', 'loglevel', 'log.level', 'levelname', '@l', 'severity_text'].map(
    (k) => [k, 'level'] as const,
  ),
  ...['message', 'msg', '@m', '@mt', 'log', 'text', 'event', 'body'].map((k) => [k, 'message'] as const),
  ...['service', 'service.name', 'app', 'application', 'logger', 'logger_name', 'component', 'name'].map(
    (k) => [k, 'service'] as const,
  ),
]);
const MAX_ATTRIBUTES = 64;

interface Picked {
  time?: AttributeValue;
  level?: AttributeValue;
  message?: AttributeValue;
  service?: AttributeValue;
}

function flatten(
  value: unknown,
  key: string,
  out: Record<string, AttributeValue>,
  picked: Picked,
  size: number[],
): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    // for…in over a JSON.parse result visits the same own keys, in the same order, as
    // Object.entries, without building a [key, value] array per key.
    const record = value as Record<string, unknown>;
    for (const k in record) flatten(record[k], key ? `${key}.${k}` : k, out, picked, size);
    return;
  }
  const scalar =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null
      ? value
      : JSON.stringify(value);
  const role = ROLES.get(key);
  if (role !== undefined && picked[role] === undefined && scalar !== null) {
    picked[role] = scalar;
    return;
  }
  if ((size[0] ?? 0) >= MAX_ATTRIBUTES) return;
  size[0] = (size[0] ?? 0) + 1;
  out[key] = scalar;
}

/** Parses a JSON object line; null when the line is not one. Nested objects become dotted keys. */
export function parseJsonLine(line: string, time: TimestampReader): ParsedFields | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const attributes: Record<string, AttributeValue> = {};
  const picked: Picked = {};
  flatten(value, '', attributes, picked, [0]);
  const { time: ts, level: lv, message: msg, service: svc } = picked;
  let timestamp: number | null = null;
  if (typeof ts === 'number') timestamp = time.read(String(Math.trunc(ts)));
  else if (typeof ts === 'string') timestamp = time.read(ts);
  const level =
    typeof lv === 'number' ? levelFromNumber(lv) : typeof lv === 'string' ? normalizeLevel(lv) : null;
  // Without a message field, the keys and values stand in for it so the event still gets a template.
  const message =
    msg !== undefined
      ? String(msg)
      : Object.entries(attributes)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(' ');
  return {
    timestamp,
    level,
    service: svc === undefined ? null : String(svc),
    message,
    attributes,
    format: 'json',
  };
}
