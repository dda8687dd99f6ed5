import { dateRuns, isCalendarWordAt, isUserNameAt } from './value-words';
import { WILDCARD, maskTokenAt } from './mask-token';

export interface MessageTokens {
  /** The tokens as written. */
  raw: string[];
  /** The same tokens with variable parts replaced by `<*>`. */
  masked: string[];
  /** Runs of masked tokens that write one date, as (first token, token count) pairs (see dateRuns). */
  dates: number[];
}

/** Splits the first line of a message on whitespace and masks each token (at most `maxTokens`). */
export function tokenizeMessage(message: string, maxTokens: number): MessageTokens {
  const raw: string[] = [];
  const masked: string[] = [];
  const bounds: number[] = [];
  let end = message.indexOf('\n');
  if (end < 0) end = message.length;
  let i = 0;
  while (i < end && raw.length < maxTokens) {
    let c = message.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    const start = i;
    while (i < end) {
      c = message.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13) break;
      i++;
    }
    const token = message.slice(start, i);
    raw.push(token);
    masked.push(maskTokenAt(message, start, i));
    bounds.push(start, i);
  }
  for (let t = 0; t < raw.length; t++) {
    if (masked[t] !== raw[t]) continue;
    if (isCalendarWordAt(message, bounds, raw.length, t) || isUserNameAt(message, bounds, t))
      masked[t] = WILDCARD;
  }
  // A date's tokens are one value only where each of them was masked whole.
  const dates: number[] = [];
  const found = dateRuns(message, bounds, raw.length);
  for (let r = 0; r < found.length; r += 2) {
    const first = found[r] ?? 0;
    const n = found[r + 1] ?? 0;
    if (masked.slice(first, first + n).every((m) => m === WILDCARD)) dates.push(first, n);
  }
  return { raw, masked, dates };
}
