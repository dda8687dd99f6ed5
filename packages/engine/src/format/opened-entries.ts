/**
 * An entry reader's evidence (see entry-readers.ts): `say`'s words for the number of sampled lines that
 * open an entry (`opens`), when at least `min` do and at least one line in `perLines`; null otherwise.
 */
export function openedEntries(
  lines: readonly string[],
  opens: (line: string) => boolean,
  min: number,
  perLines: number,
  say: (entries: number) => string,
): string | null {
  let entries = 0;
  for (const line of lines) if (opens(line)) entries++;
  return entries < min || entries * perLines < lines.length ? null : say(entries);
}
