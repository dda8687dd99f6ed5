// Counting the sampled lines a format fits, no further than can change the answer.

/**
 * The number of lines that pass `test`, or any number below `needed` once the lines left cannot
 * bring it there (a format most lines of a file do not have is rejected after half of them).
 */
export function countUpTo(lines: readonly string[], test: (line: string) => boolean, needed: number): number {
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    if (test(lines[i] as string)) count++;
    else if (count + lines.length - i - 1 < needed) return count;
  }
  return count;
}
