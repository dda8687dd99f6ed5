const BARS = '▁▂▃▄▅▆▇█';

/** Folds `values` into at most `width` cells and draws them as block characters (max-scaled). */
export function sparkline(values: readonly number[], width: number, max?: number): string {
  const factor = Math.max(1, Math.ceil(values.length / width));
  const cells: number[] = [];
  for (let i = 0; i < values.length; i += factor)
    cells.push(values.slice(i, i + factor).reduce((a, b) => a + b, 0));
  const top = max ?? Math.max(1, ...cells);
  return cells
    .map((v) =>
      v <= 0 ? ' ' : (BARS[Math.min(BARS.length - 1, Math.floor((v / top) * (BARS.length - 1)))] ?? ' '),
    )
    .join('');
}
