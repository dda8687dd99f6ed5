import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numberOf } from '../fields/strings';
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

  it('stops looking values up once full of values that do not come again, but counts their numbers', () => {
    const ids = new VariableTracker(0, 100);
    for (let i = 0; i < 2000; i++) ids.add(String(i % 100 === 0 ? 7 : 1000 + i));
    const stats = ids.stats();
    expect(stats.distinct).toBe(100);
    expect(stats.distinctCapped).toBe(true);
    // "7" came 20 times; its count stops where the tracker gave up looking (the first window after
    // the tracker was full): a lower bound.
    expect(stats.top[0]?.value).toBe('7');
    expect(stats.top[0]?.count).toBeGreaterThanOrEqual(2);
    expect(stats.top[0]?.count).toBeLessThan(20);
    expect(stats.numeric).toMatchObject({ count: 2000, min: 7, max: 2999 });
  });

  it('keeps counting values that come again, however many others there are', () => {
    const codes = new VariableTracker(0, 100);
    // A hundred values held; one in five values is new.
    for (let i = 0; i < 5000; i++) codes.add(i % 5 === 0 ? `new-${i}` : `code-${i % 100}`);
    const stats = codes.stats();
    expect(stats.distinctCapped).toBe(true);
    const held = stats.top.find((t) => t.value === 'code-1');
    expect(held?.count).toBe(50);
  });

  describe('numberOf reads a value as Number does, where that is finite', () => {
    // NaN and infinities alike: neither is a number the tracker counts.
    const same = (text: string): void => {
      const ours = numberOf(text);
      const theirs = Number(text);
      if (Number.isFinite(ours) || Number.isFinite(theirs)) expect(Object.is(ours, theirs)).toBe(true);
    };

    it('on integers, decimals and the texts that are no numbers', () => {
      for (const text of [
        ...['0', '-0', '007', '1.', '-.5', '42', '-17.25', '0.1', '0.30000000000000004', '99999999999999.9'],
        ...['123456789012345', '1234567890123456', '12345678901234567890'],
        ...['1.2.3', '3.486s', '5ms', '2026-11-25', '10.0.0.1', '1_000', '-', '-Infinity', '1e'],
        ...['12 ', '1\u00a0', '1e5', '1E+3', '-1e-3', '0x1F', '-0x1', '0b11', '0o17'],
      ])
        same(text);
    });

    it('on numbers as JavaScript writes them', () => {
      fc.assert(
        fc.property(fc.double(), (d) => same(String(d))),
        { numRuns: 2000 },
      );
    });

    it('on digits, a point and whatever follows them', () => {
      fc.assert(
        fc.property(
          fc.stringMatching(/^-?[0-9]{0,18}(\.[0-9]{0,18})?[a-zA-Z .x+-]{0,3}[0-9]{0,3}$/),
          fc.string({ maxLength: 4 }),
          (number, tail) => {
            if (number === '' || !/^[-0-9]/.test(number)) return;
            same(number);
            same(number + tail);
          },
        ),
        { numRuns: 5000 },
      );
    });
  });
});
