import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { topCounts, VariableTracker } from './variable-tracker';

describe('variable tracker', () => {
  it('keeps the most frequent values in the order a full sort gives (count, then value)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 3 }), fc.integer({ min: 1, max: 6 }), { maxKeys: 40 }),
        fc.integer({ min: 0, max: 8 }),
        (dict, k) => {
          const counts = new Map(Object.entries(dict));
          const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
          expect(topCounts(counts, k)).toEqual(sorted.slice(0, k));
        },
      ),
    );
  });

  it('reports distinct values, the top five and numeric percentiles', () => {
    const tracker = new VariableTracker(0, 100);
    for (let i = 1; i <= 100; i++) tracker.add(String(i % 10 === 0 ? 7 : i));
    const stats = tracker.stats();
    expect(stats.distinct).toBe(90);
    expect(stats.top[0]).toEqual({ value: '7', count: 11 });
    expect(stats.top.slice(1).map((t) => t.value)).toEqual(['1', '11', '12', '13']);
    expect(stats.numeric).toMatchObject({ count: 100, min: 1, max: 99 });
    expect(stats.numeric?.p50).toBe(45);
  });
});
