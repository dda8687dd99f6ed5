import { HeaderTokens, NUM, TIME } from './header-tokens';

/**
 * When nearly every sampled line starts with a timestamp, a line that does not (an exception message,
 * a wrapped line) belongs to the event before it. Returns that test, or null when it does not apply.
 */
export function startsLikeHeader(sample: string[]): ((line: string) => boolean) | null {
  const tokens = new HeaderTokens();
  // Lines mostly start with the same word (a month, a weekday): its answer is remembered.
  let lastWord = '';
  let lastAnswer = false;
  const timed = (line: string): boolean => {
    const c = line.charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
    const n = lastWord.length;
    if (n > 0 && line.startsWith(lastWord)) {
      const after = line.charCodeAt(n);
      if (after === 32 || after === 9 || Number.isNaN(after)) return lastAnswer;
    }
    tokens.scan(line, 1);
    const answer = tokens.count > 0 && (tokens.classes[0] === TIME || tokens.classes[0] === NUM);
    // Only a plain first word (no leading blank, no bracket) is remembered.
    if (tokens.count > 0 && tokens.starts[0] === 0 && c !== 91) {
      lastWord = line.slice(0, tokens.ends[0]);
      lastAnswer = answer;
    }
    return answer;
  };
  const lines = sample.filter((l) => l.length > 0);
  if (lines.length < 20) return null;
  const share = lines.filter(timed).length / lines.length;
  if (share < 0.95) return null;
  return (line) => line.length > 0 && line.charCodeAt(0) !== 123 && !timed(line);
}
