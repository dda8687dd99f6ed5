import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ExemplarSet, sampleText, type Exemplar } from './exemplars';
import { TimeBuckets } from './time-buckets';

/** The plain rule: when full, the sample whose bucket counts least goes (never the first; the first such on ties). */
function referenceAdd(
  items: Exemplar[],
  exemplar: Exemplar,
  capacity: number,
  weightOf: (t: number) => number,
): void {
  items.push(exemplar);
  if (items.length <= capacity) return;
  let victim = 1;
  let lowest = Infinity;
  for (let i = 1; i < items.length - 1; i++) {
    const weight = weightOf(items[i]?.timestamp ?? 0);
    if (weight < lowest) {
      lowest = weight;
      victim = i;
    }
  }
  items.splice(victim, 1);
}

const step = fc.record({
  // Mostly a little forward (several events a bucket), sometimes back a few buckets (a second file
  // revisiting the first one's time: stored buckets reopen), sometimes far ahead (the width grows).
  dt: fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 700 }), weight: 12 },
    { arbitrary: fc.integer({ min: -6_000, max: -1 }), weight: 1 },
    { arbitrary: fc.integer({ min: 5_000, max: 90_000 }), weight: 1 },
  ),
  amount: fc.integer({ min: 1, max: 4 }),
  sample: fc.boolean(),
  readEntries: fc.integer({ min: 0, max: 30 }),
});

describe('ExemplarSet', () => {
  it('evicts exactly as if every weight were read afresh, across reopened buckets and width growth', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 20, maxLength: 300, size: 'max' }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 3, max: 30 }),
        (steps, capacity, maxBuckets) => {
          const buckets = new TimeBuckets<string>(maxBuckets);
          const series = buckets.handle('p');
          const set = new ExemplarSet(capacity);
          const expected: Exemplar[] = [];
          let ts = 1_700_000_000_000;
          let line = 0;
          for (const { dt, amount, sample, readEntries } of steps) {
            ts += dt;
            buckets.addAt(series, buckets.settle(ts), amount);
            // Reading the series stores the bucket being filled: that must not break the cache either.
            if (readEntries === 0) buckets.entries('p');
            if (!sample) continue;
            const exemplar = { file: 'f', line: ++line, text: 'x', timestamp: ts, patternId: 'p' };
            set.add(exemplar, buckets, series);
            referenceAdd(expected, exemplar, capacity, (t) => buckets.countIn(series, t));
            expect(set.items.map((e) => e.line)).toEqual(expected.map((e) => e.line));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the first sample and drops the earliest of equal weight without a series', () => {
    const set = new ExemplarSet(2);
    for (let line = 1; line <= 4; line++)
      set.add({ file: 'f', line, text: '', timestamp: line, patternId: 'p' });
    expect(set.items.map((e) => e.line)).toEqual([1, 4]);
  });
});

describe('sampleText', () => {
  it("keeps a JSON record's message in its sample when other fields come first (journald)", () => {
    const message = 'orders.service: Main process exited, code=exited, status=1/FAILURE';
    const cursor = Array.from({ length: 12 }, (_, i) => `"_FIELD_${i}" : "${'ab12'.repeat(6)}"`).join(', ');
    const raw = `{ "__CURSOR" : "s=b2443baef81e0e21", ${cursor}, "MESSAGE" : "${message}", "_PID" : "4242" }`;
    const text = sampleText({ raw, message });
    expect(raw.slice(0, 300)).not.toContain('status=1/FAILURE');
    expect(text).toContain(message);
    expect(text.startsWith(`${raw.slice(0, 300)}…`)).toBe(true);
    expect(text.length).toBeLessThanOrEqual(452);
    // A short line, a message within the first 300 characters, one not found as written: cut as usual.
    expect(sampleText({ raw: 'short', message: 'short' })).toBe('short');
    const early = `{"msg":"${message}","pad":"${'x'.repeat(400)}"}`;
    expect(sampleText({ raw: early, message })).toBe(`${early.slice(0, 300)}…`);
    const escaped = `${'{"a":"b"} '.repeat(40)}"MESSAGE":"say \\"hi\\" to everyone"`;
    expect(sampleText({ raw: escaped, message: 'say "hi" to everyone' })).toBe(`${escaped.slice(0, 300)}…`);
  });
});
