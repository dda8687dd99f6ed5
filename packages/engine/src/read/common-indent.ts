// Files whose every line is indented the same way (Laravel's `queue:work` prints
// "  2025-11-26 14:24:29 App\Jobs\ChargeSubscription ..... 894.74ms FAIL"): the shared indent is taken
// off before framing, or every line would continue the one before it.

/** Lines of the sample that must share the indent and start a timestamp (a digit) after it. */
const SHARE = 0.8;

/**
 * The number of leading blanks (spaces or tabs) that most sampled lines share, each followed by a
 * digit; 0 when fewer than 80% of the non-empty lines are so indented (deeper lines, such as stack
 * frames under an indented header, keep the rest of their indent).
 */
export function commonIndent(sample: readonly string[]): number {
  const lines = sample.filter((l) => l.trim().length > 0);
  if (lines.length < 5) return 0;
  const counts = new Map<number, number>();
  for (const line of lines) {
    let n = 0;
    while (n < line.length && (line.charCodeAt(n) === 32 || line.charCodeAt(n) === 9)) n++;
    const c = line.charCodeAt(n);
    if (n > 0 && n <= 8 && c >= 48 && c <= 57) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  for (const [n, count] of counts) if (count >= SHARE * lines.length) return n;
  return 0;
}

/** `line` without up to `n` leading blanks. */
export function dedent(line: string, n: number): string {
  let i = 0;
  while (i < n && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i === 0 ? line : line.slice(i);
}
