// Line formats of the synthetic services: each takes an event description and renders one line
// (or several, for stack traces) the way the real software would.
export type Level = 'debug' | 'info' | 'warn' | 'error' | 'fatal';

export interface Emitted {
  ts: number;
  level: Level;
  msg: string;
  fields?: Record<string, string | number>;
  /** Extra physical lines (a stack trace). */
  trace?: string[];
  /** For access logs. */
  http?: { method: string; path: string; status: number; bytes: number; seconds: number; client: string };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function jsonLine(service: string, e: Emitted): string[] {
  return [
    JSON.stringify({ time: new Date(e.ts).toISOString(), level: e.level, service, msg: e.msg, ...e.fields }),
  ];
}

export function logfmtLine(service: string, e: Emitted): string[] {
  const quote = (v: string | number) =>
    typeof v === 'number' || /^[\w./:-]+$/.test(v) ? String(v) : JSON.stringify(v);
  const fields = Object.entries(e.fields ?? {}).map(([k, v]) => `${k}=${quote(v)}`);
  return [
    [
      `time=${new Date(e.ts).toISOString()}`,
      `level=${e.level}`,
      `service=${service}`,
      `msg=${quote(e.msg)}`,
      ...fields,
    ].join(' '),
  ];
}

export function javaLine(_service: string, e: Emitted): string[] {
  const d = new Date(e.ts);
  const stamp = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())},${pad(d.getUTCMilliseconds(), 3)}`;
  const logger = e.fields?.['logger'] ?? 'com.example.billing.InvoiceService';
  const thread = e.fields?.['thread'] ?? 'http-nio-8080-exec-1';
  return [`${stamp} ${e.level.toUpperCase().padEnd(5)} [${thread}] ${logger} - ${e.msg}`, ...(e.trace ?? [])];
}

export function syslogLine(_service: string, e: Emitted): string[] {
  const d = new Date(e.ts);
  const stamp = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const tag = e.fields?.['tag'] ?? 'kernel';
  return [`${stamp} web-1 ${tag}: ${e.msg}`];
}

export function accessLine(_service: string, e: Emitted): string[] {
  const h = e.http;
  if (!h) return [];
  const d = new Date(e.ts);
  const stamp = `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
  return [
    `${h.client} - - [${stamp}] "${h.method} ${h.path} HTTP/1.1" ${h.status} ${h.bytes} "-" "Mozilla/5.0 (X11; Linux x86_64)" ${h.seconds.toFixed(3)}`,
  ];
}
