import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue, Level } from '../types';
import { pathOf, routeOf } from './parse-access-line';
import { textOnly, type ParsedFields } from './parsed-fields';

// ModSecurity's audit log in its serial format (SecAuditLogType Serial, ModSecurity 2.x and 3.x)
// writes each transaction as sections, each opened by a boundary line with the transaction's id and
// the section's letter, through Z:
//
//   --fce3a238-A--
//   [07/Nov/2026:01:31:35.996501 +0100] oHfEbadbaZD5mBQGx3mPHUtcgo8 63.64.242.189 56941 10.30.0.24 443
//   --fce3a238-B--
//   GET /login HTTP/1.1
//   Host: intranet.acme.lan
//   --fce3a238-F--
//   HTTP/1.1 403 Forbidden
//   --fce3a238-H--
//   Message: Access denied with code 403 (phase 2). … [msg "SQL Injection Attack Detected via libinjection"] …
//   Stopwatch: 1794011495996501 12856 (- - -)
//   --fce3a238-Z--
//
// Each transaction is one event, read as an access line: its time (section A), the request's method
// and route as the message (B) — or, where a rule matched (H's `Message:`), the rule's `msg` after
// them, so each rule is a pattern of its own —, the response's status (F), the time it took
// (Stopwatch, µs) as `requestTime` in seconds; a transaction a rule denied is a warning.

/** A section's boundary: `--` the transaction id, `-`, the section's letter, `--`. */
const BOUNDARY = /^--[0-9a-zA-Z]{8,}-([A-Z])--$/;

/** Whether a line opens a transaction (its section A's boundary). */
export function opensModsecEntry(line: string): boolean {
  return line.charCodeAt(0) === 45 && line.endsWith('-A--') && BOUNDARY.test(line);
}

/**
 * Evidence that sampled lines are a ModSecurity serial audit log — three boundaries or more, one line
 * in twenty at least, a section A's among them — or null.
 */
export function modsecEvidence(lines: readonly string[]): string | null {
  let boundaries = 0;
  let entries = 0;
  for (const line of lines) {
    if (line.charCodeAt(0) !== 45 || !BOUNDARY.test(line)) continue;
    boundaries++;
    if (line.endsWith('-A--')) entries++;
  }
  if (entries === 0 || boundaries < 3 || boundaries * 20 < lines.length) return null;
  return `ModSecurity's serial audit log: ${entries} transactions open in ${lines.length} sampled lines; each is one event`;
}

/** Whether `line` continues the transaction before it: every line does but a section A's boundary. */
export function continuesModsecEntry(line: string): boolean {
  return !opensModsecEntry(line);
}

const SECTION_A = /^\[([^\]]+)\] (\S+) (\S+) (\d+) (\S+) (\d+)/;
const REQUEST_LINE = /^([A-Z]{3,10}) (\S+) HTTP\/[\d.]+/;
const STATUS_LINE = /^HTTP\/[\d.]+ (\d{3})/;
const RULE_MSG = /\[msg "([^"]*)"\]/;

/** One transaction's fields (see the file comment); lines before the first one are an event of their own. */
export function parseModsecEntry(text: string, time: TimestampReader): ParsedFields {
  const attributes: Record<string, AttributeValue> = {};
  let timestamp: number | null = null;
  let request: string | null = null;
  let rule: string | null = null;
  let denied = false;
  let section = '';
  let first = false;
  for (const line of text.split('\n')) {
    const boundary = line.charCodeAt(0) === 45 ? BOUNDARY.exec(line) : null;
    if (boundary !== null) {
      section = boundary[1] ?? '';
      first = true;
      continue;
    }
    const opening = first;
    first = false;
    if (section === 'A' && opening) {
      const a = SECTION_A.exec(line);
      if (a === null) continue;
      timestamp = time.read(a[1] ?? '');
      attributes['uniqueId'] = a[2] ?? '';
      attributes['client'] = a[3] ?? '';
    } else if (section === 'B' && opening) {
      const b = REQUEST_LINE.exec(line);
      if (b === null) continue;
      const path = (b[2] ?? '').startsWith('/') ? (b[2] ?? '') : (pathOf(b[2] ?? '') ?? b[2] ?? '');
      attributes['method'] = b[1] ?? '';
      attributes['path'] = path;
      request = `${b[1] ?? ''} ${routeOf(path)}`;
    } else if (section === 'F' && opening) {
      const f = STATUS_LINE.exec(line);
      if (f !== null) attributes['status'] = Number(f[1]);
    } else if (section === 'H') {
      if (line.startsWith('Message: ')) {
        rule ??= RULE_MSG.exec(line)?.[1] ?? line.slice(9, 9 + 200);
        if (line.includes('Access denied')) denied = true;
      } else if (line.startsWith('Stopwatch: ')) {
        const micros = Number(line.split(' ')[2]);
        if (Number.isFinite(micros)) attributes['requestTime'] = micros / 1e6;
      }
    }
  }
  if (timestamp === null && request === null) return textOnly(text);
  const status = attributes['status'];
  const level: Level | null =
    typeof status === 'number' && status >= 500
      ? 'error'
      : denied
        ? 'warn'
        : typeof status === 'number'
          ? 'info'
          : null;
  const message = request ?? 'transaction';
  return {
    timestamp,
    level,
    service: 'modsecurity',
    message: rule === null ? message : `${message}: ${rule}`,
    attributes,
    format: 'text',
  };
}
