import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTimestamp } from './parse-timestamp';
import { SameSecondCache } from './same-second-cache';

const ctx = { year: 2026 };

describe('SameSecondCache', () => {
  it('answers exactly as a full parse for timestamps of the same second', () => {
    const shapes = [
      (f: string) => `2015-10-18 18:01:47,${f}`,
      (f: string) => `2017-07-01 11:37:52.${f}`,
      (f: string) => `20171223-22:15:29:${f}`,
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...shapes),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        (shape, a, b) => {
          const cache = new SameSecondCache();
          const first = shape(String(a).padStart(3, '0'));
          const second = shape(String(b).padStart(3, '0'));
          cache.set(first, parseTimestamp(first, ctx) ?? 0, ctx);
          expect(cache.get(second)).toBe(parseTimestamp(second, ctx));
        },
      ),
    );
  });

  it('does not answer for another second or a shape without a fraction', () => {
    const cache = new SameSecondCache();
    cache.set('2015-10-18 18:01:47,978', parseTimestamp('2015-10-18 18:01:47,978', ctx) ?? 0, ctx);
    expect(cache.get('2015-10-18 18:01:48,001')).toBeUndefined();
    cache.set('081109 203615', parseTimestamp('081109 203615', ctx) ?? 0, ctx);
    expect(cache.get('081109 203616')).toBeUndefined();
  });

  it('answers nothing before it remembers a second, not even for an empty text', () => {
    const cache = new SameSecondCache();
    expect(cache.get('')).toBeUndefined();
    expect(cache.get('12')).toBeUndefined();
  });
});

describe('SameSecondCache with a zone', () => {
  it.each(['2026-11-25T08:00:00.021Z', '2026-11-25T08:00:00.021+01:00', '2026-11-25T08:00:00.021-0500'])(
    'reuses the second of %s',
    (first) => {
      const cache = new SameSecondCache();
      cache.set(first, parseTimestamp(first, ctx) ?? 0, ctx);
      const next = first.replace('.021', '.987');
      expect(cache.get(next)).toBe(parseTimestamp(next, ctx));
    },
  );
});
