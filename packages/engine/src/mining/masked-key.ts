import { isBooleanWord, maskToken } from './mask-token';

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13;

/**
 * The masked tokens of a message's first line joined by single spaces — the miner's cache key —
 * computed in one scan. When nothing is masked and spacing is regular, it is a slice of the
 * message, so the common case allocates no token arrays at all.
 */
export function maskedKey(message: string, maxTokens: number): string {
  let end = message.indexOf('\n');
  if (end < 0) end = message.length;
  let out = '';
  let dirty = false;
  let tokens = 0;
  let first = -1;
  let prevEnd = 0;
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
    while (i < end) {
      c = message.charCodeAt(i);
      if (isSpace(c)) break;
      if ((c >= 48 && c <= 57) || c === 47 || c === 64 || c === 92) interesting = true;
      i++;
    }
    let masked: string | null = null;
    if (interesting || ((i - start === 4 || i - start === 5) && isBooleanWord(message, start, i))) {
      const token = message.slice(start, i);
      const m = maskToken(token);
      if (m !== token) masked = m;
    }
    if (!dirty) {
      const regularGap = tokens === 0 || (start === prevEnd + 1 && message.charCodeAt(prevEnd) === 32);
      if (masked !== null || !regularGap) {
        dirty = true;
        out = tokens === 0 ? '' : message.slice(first, prevEnd);
      }
    }
    if (dirty) {
      if (tokens > 0) out += ' ';
      out += masked ?? message.slice(start, i);
    }
    if (tokens === 0) first = start;
    prevEnd = i;
    tokens++;
  }
  if (dirty) return out;
  return tokens === 0 ? '' : message.slice(first, prevEnd);
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
