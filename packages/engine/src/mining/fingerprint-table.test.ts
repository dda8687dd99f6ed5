import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FingerprintTable, type Fingerprinted } from './fingerprint-table';

interface Entry extends Fingerprinted<Entry> {
  value: number;
}

const key = (e: { hash: number; hash2: number; length: number; count: number }): string =>
  `${e.hash}/${e.hash2}/${e.length}/${e.count}`;

describe('FingerprintTable', () => {
  it('finds what was added, by all four parts of the fingerprint, across growth and clearing', () => {
    // Hashes that share their low bits (same slot) and fingerprints that differ in one part only.
    const part = fc.oneof(fc.constantFrom(0, 1, 1024, -1, 0x7fffffff, -0x80000000), fc.integer());
    const fingerprint = fc.record({
      hash: part,
      hash2: fc.constantFrom(0, 7),
      length: fc.nat(3),
      count: fc.nat(2),
    });
    const step = fc.oneof(
      { weight: 1000, arbitrary: fingerprint.map((f) => ({ add: f })) },
      { weight: 1, arbitrary: fc.constant({ clear: true as const }) },
    );
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 3000, size: 'max' }),
        fc.array(fingerprint, { maxLength: 50 }),
        (steps, probes) => {
          const table = new FingerprintTable<Entry>();
          const model = new Map<string, number>();
          steps.forEach((s, i) => {
            if ('clear' in s) {
              table.clear();
              model.clear();
            } else if (!model.has(key(s.add))) {
              table.add({ ...s.add, value: i, next: null });
              model.set(key(s.add), i);
            }
          });
          expect(table.size).toBe(model.size);
          const added = steps.flatMap((s) => ('add' in s ? [s.add] : []));
          for (const f of [...added, ...probes]) {
            expect(table.find(f.hash, f.hash2, f.length, f.count)?.value).toBe(model.get(key(f)));
          }
        },
      ),
      // No shrinking: a failure's thousands of steps would take minutes to shrink.
      { numRuns: 40, endOnFailure: true },
    );
  });
});
