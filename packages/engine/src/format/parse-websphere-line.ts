import { levelFromMessage } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { Level } from '../types';
import type { ParsedFields } from './parsed-fields';

/**
 * IBM WebSphere's basic log format (SystemOut.log, and Open Liberty's messages.log): "[10/31/26
 * 0:56:54:541 IST] 000000ca servlet       E com.ibm.ws.webcontainer…" — the time (M/d/yy H:mm:ss:SSS and
 * a zone; Liberty puts a comma after the date), the thread's id in hex, the component's short name
 * (the service) padded to a column, and the event type: F, E, W, A (audit), I, C (config), D (detail),
 * or O and R for what the applications wrote to standard output and error.
 */
const WEBSPHERE =
  /^\[(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),? (\d{1,2}:\d\d:\d\d):(\d{3}) ([A-Za-z]{1,6}(?:[+-]\d{1,2}(?::?\d\d)?)?)\] ([0-9a-fA-F]{8}) (\S+) +([A-Z]) /;

const TYPES: Record<string, Level | undefined> = {
  F: 'fatal',
  E: 'error',
  W: 'warn',
  A: 'info',
  I: 'info',
  C: 'info',
  D: 'debug',
};

/** Whether a line opens with WebSphere's basic header (see WEBSPHERE). */
export function opensWithWebsphere(line: string): boolean {
  return line.charCodeAt(0) === 91 && line.indexOf('] ', 14) < 40 && WEBSPHERE.test(line);
}

/**
 * A line of WebSphere's basic format read by its columns; null for another line, or for an
 * application's line on standard output or error (O, R) that has a header of its own (log4j's
 * "2026-10-31 00:51:25,427 INFO [WebContainer : 15] …"): a learned header reads it whole.
 */
export function parseWebsphereLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = WEBSPHERE.exec(line);
  if (m === null) return null;
  const type = m[9] ?? '';
  // Blanks stand for the class and method names most lines leave out ("A   WSVR0001I: …").
  let from = m[0].length;
  while (line.charCodeAt(from) === 32) from++;
  const message = line.slice(from);
  const c = message.charCodeAt(0);
  if ((type === 'O' || type === 'R') && c >= 48 && c <= 57) return null;
  // The US locale's month first (a JVM in another writes its day first: read so when the first is over 12).
  let month = Number(m[1]);
  let day = Number(m[2]);
  if (month > 12) [month, day] = [day, month];
  const year = (m[3] ?? '').length === 2 ? `20${m[3] ?? ''}` : (m[3] ?? '');
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  const clock = m[4] ?? '';
  const timestamp = time.read(
    `${year}-${pad(month)}-${pad(day)} ${clock.length === 7 ? `0${clock}` : clock}.${m[5] ?? ''} ${m[6] ?? ''}`,
  );
  if (timestamp === null) return null;
  return {
    timestamp,
    level: TYPES[type] ?? levelFromMessage(message),
    service: m[8] ?? null,
    message,
    attributes: { thread: m[7] ?? '' },
    format: 'text',
  };
}
