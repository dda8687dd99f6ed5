import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isContinuationWordAt } from '../fields/normalize-level';
import { HeaderTokens, LEVEL } from './header-tokens';
import { closesSeverity, isDetailLine } from './starts-like-header';

/**
 * isDetailLine without its colon pre-test: a continuation word among the first 8 tokens, two blanks or
 * the end after it, no level before it.
 */
function reference(line: string, tokens: HeaderTokens): boolean {
  const c = line.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return false;
  tokens.scan(line, 8, false);
  let word = 1;
  while (
    word < tokens.count &&
    !(
      isContinuationWordAt(line, tokens.starts[word] ?? 0, tokens.ends[word] ?? 0) &&
      closesSeverity(line, tokens.ends[word] ?? 0)
    )
  )
    word++;
  if (word >= tokens.count) return false;
  for (let k = 1; k < word; k++) if (tokens.classOf(k) === LEVEL) return false;
  return true;
}

describe('isDetailLine', () => {
  it("finds PostgreSQL's DETAIL/HINT/… lines after a header, not a level's line", () => {
    const tokens = new HeaderTokens();
    expect(
      isDetailLine('2026-11-25 10:00:01.456 UTC [1235] DETAIL:  Key (id)=(7) already exists.', tokens),
    ).toBe(true);
    expect(
      isDetailLine('2026-11-25 10:00:01.456 UTC [1235] STATEMENT:  INSERT INTO t VALUES (1)', tokens),
    ).toBe(true);
    expect(isDetailLine('2026-11-25 10:00:01.456 UTC [1235] ERROR:  HINT: x', tokens)).toBe(false);
    // pgBackRest's DETAIL is a level of its own, one blank after it.
    expect(
      isDetailLine('2019-09-21 20:03:32.401 P01 DETAIL: pushed WAL file 000000013A to the archive', tokens),
    ).toBe(false);
    expect(isDetailLine('2026-11-25 10:00:01.456 UTC [1235] LOG:  checkpoint starting: time', tokens)).toBe(
      false,
    );
  });

  it('answers as the test without its colon pre-test, on any line', () => {
    const piece = fc.constantFrom(
      '2026-11-25',
      '10:00:01.456',
      ' ',
      '  ',
      '\t',
      'UTC',
      '[1235]',
      'DETAIL:',
      'HINT:',
      'QUERY:',
      'CONTEXT:',
      'LOCATION:',
      'STATEMENT:',
      'ERROR:',
      'LOG:',
      'INFO',
      'DETAIL',
      ':',
      'ALT:',
      'Key',
      '(id)=(7)',
      'x:y',
      'N:',
    );
    const tokens = new HeaderTokens();
    const other = new HeaderTokens();
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const line = `1 ${pieces.join('')}`;
        expect(isDetailLine(line, tokens)).toBe(reference(line, other));
      }),
      { numRuns: 2000 },
    );
  });
});
