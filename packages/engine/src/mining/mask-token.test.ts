import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskToken } from './mask-token';
import { maskedKey } from './masked-key';
import { tokenizeMessage } from './tokenize-message';

describe('maskToken', () => {
  it.each([
    ['12345', '<*>'],
    ['-17', '<*>'],
    ['0x1f3a', '<*>'],
    ['3f2a9b1cdeadbeef', '<*>'],
    ['f81d4fae-7dec-11d0-a765-00a0c91e6bf6', '<*>'],
    ['10.251.73.220:50010', '<*>'],
    ['/var/log/app.log', '<*>'],
    ['https://example.com/a?b=1', '<*>'],
    ['alice@example.com', '<*>'],
    ['250ms', '<*>'],
    ['1.5s', '<*>'],
    ['blk_-6952295868487656571', '<*>'],
    ['(TID', '(TID'],
    ['uid=0', 'uid=<*>'],
    ['[42]', '[<*>]'],
    ['port:8080,', 'port:<*>,'],
    ['core.2275', 'core.<*>'],
    ['instruction......0', 'instruction......<*>'],
    ['true', '<*>'],
    ['12##345##6', '<*>##<*>##<*>'],
  ])('masks %s as %s', (token, masked) => {
    expect(maskToken(token)).toBe(masked);
  });

  it.each(['ssh2', 'jk2_init()', 'L3', 'utf8', 'INFO', 'org.apache.Foo$Bar', "'safety'"])(
    'keeps the word %s',
    (token) => {
      expect(maskToken(token)).toBe(token);
    },
  );

  it('computes the same cache key as masking token by token', () => {
    for (const m of ['a  b 12 c', 'plain words only', ' lead 0x1 trail ', 'x=1 y=two', '']) {
      expect(maskedKey(m, 128)).toBe(tokenizeMessage(m, 128).masked.join(' '));
    }
  });

  it('computes the cache key exactly like token-by-token masking, for any message', () => {
    const char = fc.constantFrom(...'ab Z09:/.=-_,[]()#@\t'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const m = chars.join('');
        expect(maskedKey(m, 128)).toBe(tokenizeMessage(m, 128).masked.join(' '));
      }),
    );
  });
});
