import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineSplitter, withoutEscapes } from './line-splitter';

/** Lines and invalid-byte count of `bytes` written in the given chunks. */
function splitInChunks(bytes: Uint8Array, cuts: number[]): { lines: string[]; invalid: number } {
  const lines: string[] = [];
  const splitter = new LineSplitter('utf-8', 10_000, (line) => lines.push(line));
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= from || cut >= bytes.length) continue;
    splitter.write(bytes.subarray(from, cut));
    from = cut;
  }
  splitter.write(bytes.subarray(from));
  splitter.end();
  return { lines, invalid: splitter.invalid };
}

/**
 * What one decode of the whole input gives; its invalid bytes are those no decoded character came
 * from (the input holds no genuine U+FFFD).
 */
function reference(bytes: Uint8Array): { lines: string[]; invalid: number } {
  const text = new TextDecoder().decode(bytes);
  const lines = text.length === 0 ? [] : text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return { lines, invalid: bytes.length - Buffer.byteLength(text.replaceAll('\uFFFD', '')) };
}

// ASCII stretches (taken by the fast path) among multi-byte characters and invalid bytes, so that
// chunk boundaries fall inside characters next to ASCII-only chunks.
const piece = fc.oneof(
  fc.constantFrom('abc', 'x=1 ', '\n', '\r\n', '\r', 'line 42\n'),
  fc.constantFrom('é', '€', '😀', 'ü\n'),
  fc.constantFrom([0xe2, 0x82], [0xff], [0xc3], [0xf0, 0x9f, 0x98]),
);
const bytesOf = (parts: readonly (string | readonly number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('LineSplitter', () => {
  it('gives the same lines and invalid count however the bytes are cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map(bytesOf),
        fc.array(fc.nat({ max: 200 }), { maxLength: 12 }),
        (bytes, cuts) => {
          expect(splitInChunks(bytes, cuts)).toEqual(reference(bytes));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads a colored log's lines without their terminal escapes, however the bytes are cut", () => {
    const colored = fc.oneof(
      fc.constantFrom('INFO', ' started ', '2026-11-25 10:00:00', '\n', '\r\n', 'é'),
      fc.constantFrom(
        '\x1b[32m',
        '\x1b[0m',
        '\x1b[1;31m',
        '\x1b[0K',
        '\x1b]0;title\x07',
        '\x1b(B',
        '\x1b[?25l',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(colored, { maxLength: 30 }).map((parts) => parts.join('')),
        fc.array(fc.nat({ max: 200 }), { maxLength: 12 }),
        (text, cuts) => {
          // eslint-disable-next-line no-control-regex -- terminal escapes are control characters
          const plain = (line: string) => line.replace(/\x1b(?:\[[0-9;?]*[A-Za-z]|\][^\x07]*\x07|\(B)/g, '');
          const bytes = new TextEncoder().encode(text);
          const expected = reference(bytes);
          expect(splitInChunks(bytes, cuts)).toEqual({ ...expected, lines: expected.lines.map(plain) });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes off CSI, OSC and two-character escapes, and keeps a lone escape character', () => {
    expect(withoutEscapes('\x1b[32m2026-11-25\x1b[0m \x1b[1;31mERROR\x1b[m x')).toBe('2026-11-25 ERROR x');
    expect(withoutEscapes('\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\ \x1b(Bdone\x1b7')).toBe(
      'link done',
    );
    expect(withoutEscapes('a \x1b b')).toBe('a \x1b b');
  });

  it('replaces a character cut short by an ASCII chunk, as one decode would', () => {
    const bytes = bytesOf([[0xe2, 0x82], 'abc\n']);
    expect(splitInChunks(bytes, [2])).toEqual({ lines: ['\uFFFDabc'], invalid: 2 });
  });

  it.each([
    ['a genuine U+FFFD', bytesOf(['ok \uFFFD here\n']), 0],
    ['a character cut short', bytesOf(['a', [0xe2, 0x82], 'b\n']), 2],
    ['a stray continuation byte and an impossible one', bytesOf(['a', [0x80], 'b', [0xff], '\n']), 2],
    ['an overlong "/"', bytesOf([[0xc0, 0xaf], '\n']), 2],
    ['an encoded surrogate', bytesOf([[0xed, 0xa0, 0x80], '\n']), 3],
    ['an emoji cut short at the very end', bytesOf(['end ', [0xf0, 0x9f, 0x98]]), 3],
  ])('counts the invalid bytes of %s, in one chunk or one byte at a time', (_, bytes, invalid) => {
    const cuts = Array.from({ length: bytes.length }, (_, i) => i);
    expect(splitInChunks(bytes, []).invalid).toBe(invalid);
    expect(splitInChunks(bytes, cuts).invalid).toBe(invalid);
  });
});
