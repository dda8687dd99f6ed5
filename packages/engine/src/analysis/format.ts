import { slowEntryHeadline } from '../format/slow-query-log';
import { formatWidth } from './bucket-ladder';

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** "2026-11-20 14:05–14:12 UTC" (or "at 14:05 UTC" within one minute; the date repeats when days differ). */
export function describeWindow(startMs: number, endMs: number): string {
  const a = iso(startMs);
  const b = iso(Math.max(startMs, endMs - 1));
  if (a.slice(0, 16) === b.slice(0, 16)) return `at ${a.slice(0, 10)} ${a.slice(11, 16)} UTC`;
  const sameDay = a.slice(0, 10) === b.slice(0, 10);
  const end = iso(endMs);
  return `${a.slice(0, 10)} ${a.slice(11, 16)}–${sameDay ? end.slice(11, 16) : `${end.slice(0, 10)} ${end.slice(11, 16)}`} UTC`;
}

/**
 * An integer with thousands separators ("1,932,717"), as `toLocaleString('en-US')` writes it without
 * loading the locale data (tens of milliseconds on its first call in a process).
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

export function perBucket(widthMs: number): string {
  return `per ${formatWidth(widthMs)}`;
}

export function round(value: number, digits = 1): number {
  const f = Math.pow(10, digits);
  return Math.round(value * f) / f;
}

/**
 * A duration in milliseconds for a sentence: one decimal, or two significant digits below 1 ms;
 * in seconds from 10 s ("12.5 s", not "12500 ms").
 */
export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${round(ms / 1000)} s`;
  return `${ms > 0 && ms < 1 ? Number(ms.toPrecision(2)) : round(ms)} ms`;
}

/** A length of time as a person says it: "45 s", "12.5 min", "3.2 h". */
export function spokenDuration(ms: number): string {
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 7_200_000) return `${round(ms / 60_000)} min`;
  return `${round(ms / 3_600_000)} h`;
}

/**
 * The first six words of a template of more than eight, the whole template otherwise: variants of one
 * message (one failure with different details or context after it) share it.
 */
export function templateOpening(template: string): string {
  const words = template.split(' ');
  return words.length > 8 ? words.slice(0, 6).join(' ') : template;
}

/**
 * A sample's text on one line of at most `max` characters, as a report shows it: a slow query log
 * entry by its query time and statement (see slowEntryHeadline), any other text as written.
 */
export function sampleLine(text: string, max: number): string {
  return shortTemplate(slowEntryHeadline(text) ?? text, max);
}

/**
 * A template (or a line) on one line of at most `max` characters. A longer one is cut at its end, or,
 * where it ends on the cause of what it says — the last `: ` clause of an error chain, short and in
 * words: Go's `failed to persist entry: write /vault/data/vault.db: no space left on device`,
 * Python's `…: Read timed out. (read timeout=5)` — in its middle, so that the cause still shows:
 * `core: failed to persist lease: lease_id=<*> error="failed…: no space left on device"`.
 */
export function shortTemplate(template: string, max = 80): string {
  const oneLine = template.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= max) return oneLine;
  const cause = causeAtEnd(oneLine, max);
  if (cause === null) return `${oneLine.slice(0, max - 1)}…`;
  const room = max - 1 - cause.length;
  const head = oneLine.slice(0, room);
  // The opening's last whole word, when one ends near the cut.
  const space = head.lastIndexOf(' ');
  return `${space >= room * 0.7 ? head.slice(0, space) : head}…${cause}`;
}

/** A cause at most this share of the shortened text, so that what failed keeps the most room. */
const CAUSE_SHARE = 0.45;

/** The last `: ` clause of a text (with its `: `), when it is short and says something in words. */
function causeAtEnd(text: string, max: number): string | null {
  const at = text.lastIndexOf(': ');
  if (at < 0) return null;
  const cause = text.slice(at);
  if (cause.length < 8 || cause.length > CAUSE_SHARE * max) return null;
  return /[A-Za-z]{3}/.test(cause.replace(/<\*>/g, '')) ? cause : null;
}

const HEADLINE = /^\s*(?:Uncaught |Unhandled )?[\w.$]*(?:Error|Exception|panic|Panic|Fault)\b/;

/** Whether a template has no word of its own ("<*>", "<*> <*>", "[<*>]"): all of it is variables. */
export function isWordless(template: string): boolean {
  return !/[A-Za-z]{3}/.test(template.replace(/<\*>/g, ''));
}

/**
 * A pattern as a reader should see it quoted: its template, or — for a template with no word of its
 * own ("<*>", a Node crash's throw site "/app/dist/x.js:43") — the error line of a sample
 * ("TypeError: Cannot read properties of undefined"), else the sample's first line.
 */
export function quotePattern(template: string, sample: string | undefined, max = 80): string {
  if (sample === undefined || !isWordless(template)) return shortTemplate(template, max);
  const lines = sample.split('\n');
  const headline = lines.find((l) => HEADLINE.test(l)) ?? lines.find((l) => l.trim().length > 0) ?? template;
  return shortTemplate(headline, max);
}
