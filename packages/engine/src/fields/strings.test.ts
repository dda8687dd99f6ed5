import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { intern, internalized, numberOf, sameText, startsWithText } from './strings';

describe('sameText', () => {
  it('is === on strings, sliced or flat (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(40), (a, b, cut) => {
        // Slices of a longer text (V8 makes sliced strings of 13 characters and more).
        const line = `${'x'.repeat(cut)}${a}|${b}`;
        const sa = line.slice(cut, cut + a.length);
        const sb = line.slice(cut + a.length + 1);
        return sameText(sa, sb) === (a === b) && sameText(sa, a) && sameText(b, sb);
      }),
      { numRuns: 2000 },
    );
  });

  it('tells apart texts of one length that differ in any one character (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.nat(), (a, at) => {
        const i = at % a.length;
        const other = `${a.slice(0, i)}${a.charCodeAt(i) === 97 ? 'b' : 'a'}${a.slice(i + 1)}`;
        const line = `${a}|${other}|${a}`;
        const first = line.slice(0, a.length);
        const changed = line.slice(a.length + 1, 2 * a.length + 1);
        const again = line.slice(2 * a.length + 2);
        return !sameText(first, changed) && !sameText(changed, first) && sameText(first, again);
      }),
      { numRuns: 2000 },
    );
  });

  it('tells timestamps apart by their last characters and equal ones alike', () => {
    const line = 'ts=2026-11-25T08:00:00.016Z ts=2026-11-25T08:00:00.032Z ts=2026-11-25T08:00:00.016Z';
    const [first, second, third] = line.split(' ').map((pair) => pair.slice(3));
    expect(sameText(first ?? '', second ?? '')).toBe(false);
    expect(sameText(first ?? '', third ?? '')).toBe(true);
    expect(sameText('', '')).toBe(true);
    expect(sameText('a', '')).toBe(false);
  });
});

describe('numberOf', () => {
  it('reads digits and a fraction as Number does', () => {
    expect(numberOf('200')).toBe(200);
    expect(numberOf('1.126')).toBe(1.126);
    expect(numberOf('0.0244')).toBe(0.0244);
    expect(numberOf('12345678901234567890')).toBe(Number('12345678901234567890'));
    expect(numberOf('')).toBe(0);
    expect(numberOf('1.')).toBe(1);
    expect(numberOf('-')).toBeNaN();
  });

  it('agrees with Number on any text of digits, points and signs', () => {
    const piece = fc.constantFrom(
      ...['0', '1', '5', '9', '9', '7', '.', '-', 'e', ' '],
      // What ends a number, or makes another kind of it (hex, binary, octal, Infinity, blanks).
      ...['x', 'X', 'b', 'o', 'c', 'f', 'm', 's', 'Infinity', '+', '_', ':', '\t', '\u00a0', 'é'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 22 }), (pieces) => {
        const text = pieces.join('');
        expect(Object.is(numberOf(text), Number(text)), text).toBe(true);
      }),
      { numRuns: 20000 },
    );
    // Fifteen significant digits and more, around where the sum stops being exact.
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.nat({ max: 18 }), (digits, point) => {
        const whole = digits.toString();
        const text =
          point > 0 && point < whole.length ? `${whole.slice(0, point)}.${whole.slice(point)}` : whole;
        expect(Object.is(numberOf(text), Number(text)), text).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});

describe('startsWithText', () => {
  it('is startsWith on strings, sliced or flat, at any place (property)', () => {
    const piece = fc.constantFrom('a', 'b', '0', '1', ':', ' ', 'é');
    const text = fc.array(piece, { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, fc.nat(25), fc.nat(30), (a, b, at, cut) => {
        const line = `${'x'.repeat(cut)}${a}|${b}`;
        const s = line.slice(cut, cut + a.length);
        const other = line.slice(cut + a.length + 1);
        const place = Math.min(at, s.length);
        return (
          startsWithText(s, other, place) === s.startsWith(other, place) &&
          startsWithText(s, s.slice(place), place) &&
          startsWithText(s, s.slice(place, place + 3), place)
        );
      }),
      { numRuns: 5000 },
    );
  });
});

describe('internalized and intern', () => {
  it('give back the same text, whatever it is (array indexes, __proto__, any character)', () => {
    const texts = [
      'api',
      'com.acme.cache.Lru',
      '',
      '0',
      '42',
      '4294967295',
      '__proto__',
      'constructor',
      'é ü ☃ 😀',
    ];
    for (const text of texts) {
      expect(internalized(text)).toBe(text);
      expect(intern(text)).toBe(text);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(internalized(text)).toBe(text);
        expect(intern(text)).toBe(text);
      }),
    );
  });
});
