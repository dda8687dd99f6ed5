import { describe, expect, it } from 'vitest';
import { cjkEncoding } from './legacy-cjk';

const bytes = (hex: string): Uint8Array => new Uint8Array(Buffer.from(hex, 'hex'));

describe('cjkEncoding', () => {
  it.each([
    [
      'shift_jis',
      '323032362d31312d32352031303a30303a3030204552524f522090da91b18eb89473202894468fd883478389815b290a323032362d31312d32352031303a30303a303120494e464f208f88979d8aae97b9208c8f90943d31320a',
    ],
    [
      'euc-jp',
      '323032362d31312d32352031303a30303a3030204552524f5220a5c7a1bca5bfa5d9a1bca5b9a4d8a4cec0dcc2b3a4cbbcbac7d4a4b7a4dea4b7a4bf3a20a5bfa5a4a5e0a5a2a5a6a5c80a',
    ],
    [
      'big5',
      '323032362d31312d32352031303a30303a3030204552524f5220b8eaaec6ae77b373b1b5a5a2b1d13a20b94faec90a323032362d31312d32352031303a30303a303120494e464f20a8cfa5ceaacc206368656e20a477b56ea44a0a',
    ],
  ])('reads text written in %s as such (kanji-heavy Japanese, traditional Chinese)', (encoding, hex) => {
    expect(cjkEncoding(bytes(hex))).toBe(encoding);
  });

  it('reads no East Asian code page into Latin-1 text or damaged UTF-8', () => {
    expect(
      cjkEncoding(
        bytes('42656e75747a6572204dfc6c6c657220616e67656d656c6465740a696e666f726d61e7e36f206665686c740a'),
      ),
    ).toBeNull();
    const damaged = new Uint8Array([...new TextEncoder().encode('2026-11-25 ERROR caf\u00e9 '), 0xff, 0x0a]);
    expect(cjkEncoding(damaged)).toBeNull();
  });
});
