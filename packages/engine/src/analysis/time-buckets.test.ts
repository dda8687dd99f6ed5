import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextWidth } from './bucket-ladder';
import { addToFilling, addValueToFilling, TimeBuckets } from './time-buckets';

/** The plain model: every add kept, summed by bucket at the width the buckets ended with. */
function reference(adds: { series: number; ts: number; amount: number }[], widthMs: number) {
  const out = new Map<number, Map<number, number>>();
  for (const { series, ts, amount } of adds) {
    const buckets = out.get(series) ?? new Map<number, number>();
    const bucket = Math.floor(ts / widthMs);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + amount);
    out.set(series, buckets);
  }
  return out;
}

const add = fc.record({
  series: fc.integer({ min: 0, max: 3 }),
  // Mostly forward in time with jumps back, as events of several files arrive.
  step: fc.oneof(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: -60_000, max: 600_000 })),
  amount: fc.integer({ min: 1, max: 5 }),
});

describe('TimeBuckets', () => {
  it('sums every add into its bucket, in or out of time order, across width growth', () => {
    fc.assert(
      fc.property(fc.array(add, { maxLength: 400 }), fc.integer({ min: 2, max: 40 }), (steps, maxBuckets) => {
        const buckets = new TimeBuckets<number>(maxBuckets);
        const handles = [0, 1, 2, 3].map((s) => buckets.handle(s, s === 3));
        let ts = 1_700_000_000_000;
        const adds: { series: number; ts: number; amount: number }[] = [];
        const values: { series: number; ts: number; amount: number }[] = [];
        const reads: { series: number; ts: number; amount: number }[] = [];
        for (const { series, step, amount } of steps) {
          ts = Math.max(0, ts + step);
          const bucket = buckets.settle(ts);
          const handle = handles[series];
          if (!handle) throw new Error('no handle');
          // Series 3 holds values: each add counts its weight (the events it stands for), sums its value
          // once and is one value read.
          const weight = amount % 2 === 0 ? 4 : 1;
          // As the analyzer adds a value: addValueToFilling first, addValueAt when it says false.
          if (series === 3 && !addValueToFilling(handle, bucket, amount, weight))
            buckets.addValueAt(handle, bucket, amount, weight);
          // Series 1 counts one at a time, as the analyzer does: addToFilling first, addAt when it says 0.
          const added = series === 1 ? 1 : amount;
          const count =
            series === 3
              ? undefined
              : series === 1
                ? addToFilling(handle, bucket) || buckets.addAt(handle, bucket)
                : buckets.addAt(handle, bucket, amount);
          adds.push({ series, ts, amount: added });
          values.push({ series, ts, amount: series === 3 ? weight : 1 });
          reads.push({ series, ts, amount: 1 });
          // The count returned is the bucket's running total at the current width.
          const sofar = reference(adds, buckets.widthMs).get(series)?.get(bucket);
          if (series !== 3) expect(count).toBe(sofar);
          expect(buckets.countIn(handle, ts)).toBe(
            series === 3 ? reference(values, buckets.widthMs).get(3)?.get(bucket) : sofar,
          );
        }
        const expected = reference(adds, buckets.widthMs);
        const counted = reference(values, buckets.widthMs);
        const read = reference(reads, buckets.widthMs);
        for (const series of [0, 1, 2, 3]) {
          const { keys, counts, sums, reads: readCounts } = buckets.entries(series);
          const want = [...(expected.get(series) ?? new Map<number, number>())].sort((a, b) => a[0] - b[0]);
          expect(keys).toEqual(want.map(([k]) => k));
          if (series === 3) {
            expect(sums).toEqual(want.map(([, c]) => c));
            expect(counts).toEqual(keys.map((k) => counted.get(3)?.get(k)));
            expect(readCounts).toEqual(keys.map((k) => read.get(3)?.get(k)));
          } else expect(counts).toEqual(want.map(([, c]) => c));
          expect(keys.length).toBeLessThanOrEqual(maxBuckets + 1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('grows the width along the ladder once a series holds too many buckets', () => {
    const buckets = new TimeBuckets<string>(10);
    const handle = buckets.handle('a');
    for (let s = 0; s < 12; s++) buckets.addAt(handle, buckets.settle(s * 1000));
    expect(buckets.widthMs).toBe(nextWidth(1000));
    expect(buckets.entries('a').counts.reduce((a, b) => a + b, 0)).toBe(12);
    expect(buckets.dense('a', 0, 2000, 6)).toEqual([2, 2, 2, 2, 2, 2]);
  });
});
