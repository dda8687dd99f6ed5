import { normalizeLevel } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue, Level } from '../types';
import { splitCsvRow } from './parse-csv-line';
import type { ParsedFields } from './parsed-fields';

// Palo Alto Networks' PAN-OS firewalls log in comma-separated fields without a header row, as files
// exported from Panorama or behind a syslog header (`<14>Dec  6 10:00:00 PA-3220 1,2026/12/06
// 10:00:00,012801096514,TRAFFIC,end,…`): the receive time second, the log's type fourth (TRAFFIC,
// THREAT, SYSTEM, CONFIG, …) and its subtype fifth, then the type's own fields, documented per type.
// Each line is read as its kind of record: a session's end with its rule's action and application
// (`TRAFFIC end allow ssl`), a threat with its name (`THREAT vulnerability SSH2 Login Attempt(40015)
// reset-both`, at its severity), a system event's or a configuration change's description.

/**
 * The receive time and the type, after an optional syslog header (its priority too is optional: a
 * relay's file leaves it out): where a PAN-OS record opens.
 */
const OPENING =
  /^(?:(?:<\d{1,3}>)?[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S+ )?\d*,(\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d),[^,]*,([A-Z]+),/;

const TYPES = new Set([
  'TRAFFIC',
  'THREAT',
  'SYSTEM',
  'CONFIG',
  'GLOBALPROTECT',
  'HIPMATCH',
  'USERID',
  'AUTH',
  'DECRYPTION',
]);

/** Whether a line opens as a PAN-OS record does (see OPENING), of a known type. */
export function opensWithPanos(line: string): boolean {
  const m = line.indexOf('/') > 0 && line.indexOf(',') > 0 ? OPENING.exec(line) : null;
  return m !== null && TYPES.has(m[2] ?? '');
}

/**
 * PAN-OS severities as levels: critical and high are errors (a firewall's critical event, a power
 * supply failing, is no crash of a process), medium warnings.
 */
function severityLevel(severity: string | undefined): Level {
  switch (severity) {
    case 'critical':
    case 'high':
      return 'error';
    case 'medium':
      return 'warn';
    default:
      return normalizeLevel(severity ?? '') ?? 'info';
  }
}

/** A PAN-OS record read by its type's fields (see the file comment); null for another line. */
export function parsePanosLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = OPENING.exec(line);
  if (m === null || !TYPES.has(m[2] ?? '')) return null;
  const start = m[0].indexOf(',') > 0 ? line.lastIndexOf(' ', m[0].indexOf(',')) + 1 : 0;
  const f = splitCsvRow(line.slice(start), ',');
  if (f === null) return null;
  const timestamp = time.read(m[1] ?? '');
  const type = m[2] ?? '';
  const subtype = f[4] ?? '';
  const attributes: Record<string, AttributeValue> = { type, subtype };
  const put = (key: string, i: number, numeric = false): void => {
    const v = f[i];
    if (v === undefined || v === '') return;
    attributes[key] = numeric && /^\d{1,15}$/.test(v) ? Number(v) : v;
  };
  let message: string;
  let level: Level = 'info';
  if (type === 'TRAFFIC' || type === 'THREAT') {
    put('src', 7);
    put('dst', 8);
    put('rule', 11);
    put('user', 12);
    put('app', 14);
    put('from', 16);
    put('to', 17);
    put('sport', 24, true);
    put('dport', 25, true);
    put('proto', 29);
    put('action', 30);
    if (type === 'TRAFFIC') {
      put('bytes', 31, true);
      put('packets', 34, true);
      put('elapsed', 36, true);
      put('category', 37);
      put('sessionEnd', 46);
      const action = f[30] ?? '';
      message = `TRAFFIC ${subtype} ${action} ${f[14] ?? ''}`.trim();
      if (action === 'deny' || action === 'drop' || action.startsWith('reset')) level = 'warn';
    } else {
      put('url', 31);
      put('category', 33);
      put('severity', 34);
      message = `THREAT ${subtype} ${f[32] ?? ''} ${f[30] ?? ''}`.trim();
      level = severityLevel(f[34]);
    }
  } else if (type === 'SYSTEM') {
    put('eventId', 8);
    put('module', 12);
    put('severity', 13);
    message = f[14] ?? `SYSTEM ${subtype} ${f[8] ?? ''}`;
    level = severityLevel(f[13]);
  } else if (type === 'CONFIG') {
    put('admin', 11);
    put('result', 13);
    message = `CONFIG ${f[10] ?? ''} ${f[14] ?? ''}`.trim();
    level = f[13] === 'Failed' ? 'warn' : 'info';
  } else message = `${type} ${subtype}`;
  return { timestamp, level, service: null, message, attributes, format: 'text' };
}
