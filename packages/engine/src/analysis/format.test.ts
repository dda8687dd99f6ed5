import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { grouped } from './format';

describe('grouped', () => {
  it('writes integers as toLocaleString("en-US") does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, 999, 1000, -1000)), (n) => {
        expect(grouped(n)).toBe(n.toLocaleString('en-US'));
      }),
    );
  });
});
