import { maskToken } from './mask-token';

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
  }
  return { raw, masked };
}
