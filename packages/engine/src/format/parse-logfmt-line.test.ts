import { describe, expect, it } from 'vitest';
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
