import { HeaderTokens, NUM, TIME } from './header-tokens';

/**
 * When nearly every sampled line starts with a timestamp, a line that does not (an exception message,
 * a wrapped line) belongs to the event before it. Returns that test, or null when it does not apply.
 */
export function startsLikeHeader(sample: string[]): ((line: string) => boolean) | null {
  const tokens = new HeaderTokens();
  const timed = (line: string): boolean => {
    const c = line.charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
    tokens.scan(line, 1);
    return tokens.count > 0 && (tokens.classes[0] === TIME || tokens.classes[0] === NUM);
  };
  const lines = sample.filter((l) => l.length > 0);
  if (lines.length < 20) return null;
  const share = lines.filter(timed).length / lines.length;
  if (share < 0.95) return null;
  return (line) => line.length > 0 && line.charCodeAt(0) !== 123 && !timed(line);
}
