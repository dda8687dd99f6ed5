import type { AttributeValue } from '../types';
import { levelFromNumber, normalizeLevel } from '../fields/normalize-level';
import { parseTimestamp, type TimestampContext } from '../fields/parse-timestamp';
import type { ParsedFields } from './parsed-fields';

const TIME_KEYS = ['@timestamp', 'timestamp', 'time', 'ts', 'datetime', 'date', 't', 'eventTime', 'asctime'];
const LEVEL_KEYS = ['level', 'lvl', 'severity', 'loglevel', 'log.level', 'levelname', '@l', 'severity_text'];
const MESSAGE_KEYS = ['message', 'msg', '@m', '@mt', 'log', 'text', 'event', 'body'];
const SERVICE_KEYS = ['service', 'service.name', 'app', 'application', 'logger', 'logger_name', 'component', 'name'];
const MAX_ATTRIBUTES = 64;

function flatten(value: unknown, prefix: string, out: Record<string, AttributeValue>): void {
  if (Object.keys(out).length >= MAX_ATTRIBUTES) return;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) {
    out[prefix] = value;
  } else {
    out[prefix] = JSON.stringify(value);
  }
}

function take(attrs: Record<string, AttributeValue>, keys: string[]): AttributeValue | undefined {
  for (const k of keys) {
    if (k in attrs) {
      const v = attrs[k];
      delete attrs[k];
      return v;
    }
  }
  return undefined;
}

/** Parses a JSON object line; null when the line is not one. */
export function parseJsonLine(line: string, ctx: TimestampContext): ParsedFields | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const attributes: Record<string, AttributeValue> = {};
  flatten(value, '', attributes);
  const ts = take(attributes, TIME_KEYS);
  const lv = take(attributes, LEVEL_KEYS);
  const msg = take(attributes, MESSAGE_KEYS);
  const svc = take(attributes, SERVICE_KEYS);
  let timestamp: number | null = null;
  if (typeof ts === 'number') timestamp = parseTimestamp(String(Math.trunc(ts)), ctx);
  else if (typeof ts === 'string') timestamp = parseTimestamp(ts, ctx);
  const level = typeof lv === 'number' ? levelFromNumber(lv) : typeof lv === 'string' ? normalizeLevel(lv) : null;
  // Without a message field, the keys and values stand in for it so the event still gets a template.
  const message =
    msg !== undefined && msg !== null
      ? String(msg)
      : Object.entries(attributes)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(' ');
  return {
    timestamp,
    level,
    service: svc === undefined || svc === null ? null : String(svc),
    message,
    attributes,
    format: 'json',
  };
}
