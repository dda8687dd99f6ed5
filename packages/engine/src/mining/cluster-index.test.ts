import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { holeKey, holesOf } from './cluster-index';
import { WILDCARD } from './mask-token';

describe('holesOf', () => {
  it("gives each position holeKey's key, from one join of the tokens", () => {
    const token = fc.oneof(
      fc.constant(WILDCARD),
      fc.constant(''),
      fc.string({ maxLength: 6 }),
      fc.constant('a b'),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 50 }), (tokens) => {
        const holes = holesOf(tokens);
        expect(holes).toHaveLength(tokens.length);
        tokens.forEach((t, i) => {
          expect(holes[i]).toBe(t === WILDCARD || i >= 40 ? null : holeKey(tokens, i));
        });
      }),
      { numRuns: 500 },
    );
  });
});
