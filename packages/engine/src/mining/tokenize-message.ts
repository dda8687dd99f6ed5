import { isCalendarWordAt, isUserNameAt } from './value-words';
import { WILDCARD, maskToken } from './mask-token';

export interface MessageTokens {
  /** The tokens as written. */
  raw: string[];
  /** The same tokens with variable parts replaced by `<*>`. */
  masked: string[];
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
    masked.push(maskToken(token));
    bounds.push(start, i);
  }
  for (let t = 0; t < raw.length; t++) {
    if (masked[t] !== raw[t]) continue;
    if (isCalendarWordAt(message, bounds, raw.length, t) || isUserNameAt(message, bounds, t))
      masked[t] = WILDCARD;
  }
  return { raw, masked };
}
