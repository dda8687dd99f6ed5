import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPONENT, LEVEL, LOGGER, TIME, WORD, classify, mayBeOfClass } from './header-tokens';

// Pieces header tokens are made of, so that random tokens hit every branch of `classify`: levels,
// months, digits and the characters of dates and times, brackets, colons, dots, slashes, pids.
const PIECES = [
  'INFO',
  'warn',
  'Error',
  'E',
  'I',
  'W',
  'DEBUG2',
  'LOG',
  'Note',
  'DETAIL',
  'notice',
  'crit',
  'fatal',
  'nov',
  'Mon',
  'Sep',
  'sun',
  'T',
  'Z',
  'go',
  'log',
  'app',
  'sshd',
  'com',
  'Worker',
  'x',
  '0',
  '1',
  '7',
  '12',
  '2026',
  '1077804742',
  '1700000000000',
  '00',
  '59',
  '-',
  '--',
  ':',
  '.',
  '/',
  ',',
  '+',
  '|',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '=',
  '#',
  '*',
  '_',
  '$',
  '⋮',
  'é',
];
const token = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

describe('mayBeOfClass', () => {
  it('is true for every class classify gives a token (property)', () => {
    fc.assert(
      fc.property(
        token,
        fc.constantFrom('', ' ', 'x '),
        fc.constantFrom('', ' y', ':'),
        (t, before, after) => {
          // The token inside a line: classify reads a character around it in a few places.
          const line = `${before}${t}${after}`;
          const from = before.length;
          const to = from + t.length;
          const cls = classify(line, from, to);
          expect(mayBeOfClass(line, from, to, cls)).toBe(true);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('rules out what classify can never give', () => {
    expect(mayBeOfClass('Received', 0, 8, LEVEL)).toBe(false);
    expect(mayBeOfClass('INFO', 0, 4, LEVEL)).toBe(true);
    expect(mayBeOfClass('sshd[12]', 0, 8, COMPONENT)).toBe(false);
    expect(mayBeOfClass('sshd[12]:', 0, 9, COMPONENT)).toBe(true);
    expect(mayBeOfClass('v1.2.3', 0, 6, TIME)).toBe(false);
    expect(mayBeOfClass('10:00:00', 0, 8, TIME)).toBe(true);
    // Bacula's day and month (a counterexample the property test once drew: "00-Sep").
    expect(mayBeOfClass('04-Oct', 0, 6, TIME)).toBe(true);
    expect(mayBeOfClass('Nov', 0, 3, TIME)).toBe(true);
    expect(mayBeOfClass('anything', 0, 8, WORD)).toBe(true);
  });
});

describe('classify', () => {
  it('reads words of letters as levels, months and weekdays, or words', () => {
    const of = (t: string): number => classify(t, 0, t.length);
    expect(of('WARNING')).toBe(LEVEL);
    expect(of('E')).toBe(LEVEL);
    expect(of('NOV')).toBe(TIME);
    expect(of('thu')).toBe(TIME);
    expect(of('Received')).toBe(WORD);
    expect(of('x')).toBe(WORD);
  });

  it("reads a package's name joined by '::' as a logger (Log4perl's %c), not an IPv6 address", () => {
    const of = (t: string): number => classify(t, 0, t.length);
    expect(of('Shop::Web')).toBe(LOGGER);
    expect(of('Net::HTTP::Client')).toBe(LOGGER);
    expect(of('fe80::1')).toBe(WORD);
    expect(of('Shop::')).not.toBe(LOGGER);
    expect(of('Shop:Web')).not.toBe(LOGGER);
  });
});
