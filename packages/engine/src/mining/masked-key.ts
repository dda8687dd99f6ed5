import { WILDCARD, isBooleanWord, maskToken } from './mask-token';

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13;

/**
 * The masked tokens of a message's first line joined by single spaces — the miner's cache key —
 * computed in one scan. Unmasked stretches are copied as whole slices, so a line costs a few
 * allocations, not a few per token.
 */
export function maskedKey(message: string, maxTokens: number): string {
  let end = message.indexOf('\n');
  if (end < 0) end = message.length;
  let out = '';
  let runStart = -1; // start of the pending run of unmasked, single-spaced tokens
  let prevEnd = 0;
  let tokens = 0;
  let i = 0;
  while (i < end) {
    let c = message.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (tokens >= maxTokens) break;
    const start = i;
    let interesting = false;
    let digits = 0;
    while (i < end) {
      c = message.charCodeAt(i);
      if (isSpace(c)) break;
      if (c >= 48 && c <= 57) {
        interesting = true;
        digits++;
      } else if (c === 47 || c === 64 || c === 92) interesting = true;
      i++;
    }
    let masked: string | null = null;
    if (digits === i - start)
      masked = WILDCARD; // a plain number, the most common variable
    else if (interesting || ((i - start === 4 || i - start === 5) && isBooleanWord(message, start, i))) {
      const token = message.slice(start, i);
      const m = maskToken(token);
      if (m !== token) masked = m;
    }
    if (masked === null) {
      if (runStart < 0) {
        if (tokens > 0) out += ' ';
        runStart = start;
      } else if (start !== prevEnd + 1 || message.charCodeAt(prevEnd) !== 32) {
        out += message.slice(runStart, prevEnd) + ' ';
        runStart = start;
      }
    } else {
      if (runStart >= 0) {
        out += message.slice(runStart, prevEnd);
        runStart = -1;
      }
      out += tokens > 0 ? ' ' + masked : masked;
    }
    prevEnd = i;
    tokens++;
  }
  if (runStart < 0) return out;
  return out.length === 0 ? message.slice(runStart, prevEnd) : out + message.slice(runStart, prevEnd);
}

/**
 * The values of a template's variables read from a message (token by token, without splitting it),
 * with their token positions written to `positions`.
 */
export function readParams(template: string[], message: string, positions: number[]): string[] {
  const params: string[] = [];
  let end = message.indexOf('\n');
  if (end < 0) end = message.length;
  let i = 0;
  let k = 0;
  while (i < end && k < template.length) {
    if (isSpace(message.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < end && !isSpace(message.charCodeAt(i))) i++;
    const t = template[k] ?? '';
    if (t.length === 3 && t === '<*>') {
      params.push(message.slice(start, i));
      positions.push(k);
    } else {
      const at = t.indexOf('<*>');
      if (at >= 0) {
        const suffix = t.length - t.lastIndexOf('<*>') - 3;
        params.push(message.slice(start + at, Math.max(start + at, i - suffix)));
        positions.push(k);
      }
    }
    k++;
  }
  return params;
}
