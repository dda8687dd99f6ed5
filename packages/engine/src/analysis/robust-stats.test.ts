import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localBaseline, median } from './robust-stats';

/** The rolling median read plainly: each bucket's window (kept at full width near the ends) sorted afresh. */
function plainRollingMedian(values: readonly number[], half: number, skip?: readonly boolean[]): number[] {
  const n = values.length;
  return values.map((_, i) => {
    const hi = Math.min(n - 1, Math.max(i + half, 2 * half));
    const lo = Math.max(0, Math.min(i - half, n - 1 - 2 * half));
    const window: number[] = [];
    for (let j = lo; j <= hi; j++) if (!skip?.[j]) window.push(values[j] ?? 0);
    return median(window);
  });
}

describe('robust statistics', () => {
  it('keeps the rolling median of a sliding window equal to sorting each window afresh', () => {
    fc.assert(
      fc.property(
        // Mostly small counts with repeats (a quiet series' zeros), some fractions.
        fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.double({ min: 0, max: 50, noNaN: true })), {
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        (values, half, skip) => {
          const { center, sigma } = localBaseline(values, half, skip);
          expect(center).toEqual(plainRollingMedian(values, half, skip));
          const residuals = values.map((v, i) => Math.abs(v - (center[i] ?? 0)));
          expect(sigma).toEqual(plainRollingMedian(residuals, half, skip).map((m) => 1.4826 * m));
        },
      ),
      { numRuns: 300 },
    );
  });
});
