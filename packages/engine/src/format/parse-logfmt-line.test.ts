import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readLogfmtPairs } from './parse-logfmt-line';

describe('readLogfmtPairs', () => {
  it('reads bare, quoted and escaped values', () => {
    expect(readLogfmtPairs('a=1 msg="hello world" q="say \\"hi\\"" flag b=')).toEqual([
      ['a', '1'],
      ['msg', 'hello world'],
      ['q', 'say "hi"'],
      ['b', ''],
    ]);
  });
});

describe('readLogfmtPairs on any text', () => {
  it('reads the pairs a character-by-character reader reads', () => {
    const reference = (line: string): [string, string][] => {
      const pairs: [string, string][] = [];
      const n = line.length;
      let i = 0;
      while (i < n) {
        while (i < n && line.charCodeAt(i) === 32) i++;
        const keyStart = i;
        while (i < n && line.charCodeAt(i) !== 61 && line.charCodeAt(i) !== 32) i++;
        if (i >= n || line.charCodeAt(i) !== 61 || i === keyStart) {
          while (i < n && line.charCodeAt(i) !== 32) i++;
          continue;
        }
        const key = line.slice(keyStart, i++);
        let value = '';
        if (line.charCodeAt(i) === 34) {
          let j = i + 1;
          while (j < n && line.charCodeAt(j) !== 34) {
            if (line.charCodeAt(j) === 92 && j + 1 < n) j++;
            value += line[j];
            j++;
          }
          i = j + 1;
        } else {
          const start = i;
          while (i < n && line.charCodeAt(i) !== 32) i++;
          value = line.slice(start, i);
        }
        pairs.push([key, value]);
      }
      return pairs;
    };
    const part = fc.constantFrom('a', 'msg', '=', ' ', '"', '\\', 'x y', '1', '==', '  ');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 14 }), (parts) => {
        const line = parts.join('');
        expect(readLogfmtPairs(line)).toEqual(reference(line));
      }),
      { numRuns: 5000 },
    );
  });
});
