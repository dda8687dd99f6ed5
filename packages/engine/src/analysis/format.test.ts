import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMs, grouped } from './format';

describe('grouped', () => {
  it('writes integers as toLocaleString("en-US") does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, 999, 1000, -1000)), (n) => {
        expect(grouped(n)).toBe(n.toLocaleString('en-US'));
      }),
    );
  });
});

describe('formatMs', () => {
  it('keeps a sub-millisecond duration readable instead of rounding it to 0', () => {
    expect(formatMs(2695.14)).toBe('2695.1 ms');
    expect(formatMs(0.021734)).toBe('0.022 ms');
    expect(formatMs(0.4)).toBe('0.4 ms');
    expect(formatMs(0)).toBe('0 ms');
  });

  it('writes ten seconds and more in seconds', () => {
    expect(formatMs(9999)).toBe('9999 ms');
    expect(formatMs(12_540)).toBe('12.5 s');
    expect(formatMs(600_000)).toBe('600 s');
  });
});
