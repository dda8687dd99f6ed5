import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TimestampReader } from '../fields/timestamp-reader';
import { msAtEnd, parseAccessLine, routeOf } from './parse-access-line';

/** The regular expression msAtEnd stands for. */
const MS_AT_END = /\s(\d+(?:\.\d+)?)ms\s*$/;

describe('msAtEnd', () => {
  it("reads Traefik's duration at the end of a line", () => {
    const line =
      '10.0.0.1 - - [25/Nov/2026:10:00:00 +0000] "GET /api HTTP/1.1" 200 12 "-" "curl/8" 41 "api@docker" "http://10.0.0.7:80" 12.5ms';
    expect(msAtEnd(line)).toBe('12.5');
    expect(msAtEnd(`${line} \r`)).toBe('12.5');
    expect(msAtEnd('GET /x 200 12')).toBeNull();
    expect(msAtEnd('took 1.ms')).toBeNull();
    expect(msAtEnd('took .5ms')).toBeNull();
    expect(msAtEnd('took=5ms')).toBeNull();
    expect(msAtEnd('5ms')).toBeNull();
  });

  it('agrees with the regular expression on any line', () => {
    const piece = fc.constantFrom(' ', '\t', '1', '9', '0', '.', 'm', 's', 'x', '"', '\u00a0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const line = pieces.join('');
        expect(msAtEnd(line)).toBe(MS_AT_END.exec(line)?.[1] ?? null);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('routeOf', () => {
  /** What routeOf means: the path before its query, one leading "/" dropped, digit-bearing segments "<*>". */
  const spec = (path: string): string => {
    const bare = path.split('?')[0] ?? '';
    return (bare.startsWith('/') ? bare.slice(1) : bare)
      .split('/')
      .map((segment) => (/\d/.test(segment) ? '<*>' : segment))
      .join('/');
  };

  it('writes each segment with a digit as <*> and drops the query', () => {
    expect(routeOf('/api/orders/4183')).toBe('api/orders/<*>');
    expect(routeOf('/api/items/9f8e/details?id=1')).toBe('api/items/<*>/details');
    expect(routeOf('/v1/users')).toBe('v1/users');
    expect(routeOf('/static/app.2724.js')).toBe('static/<*>');
    expect(routeOf('/')).toBe('');
    expect(routeOf('')).toBe('');
    const parts = fc.constantFrom(
      '/',
      '/',
      '/',
      '?',
      'a',
      'b',
      '1',
      '9',
      '-',
      '.',
      '=',
      '&',
      '<',
      '*',
      '>',
      'é',
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 30 }), (chars) => {
        const path = chars.join('');
        expect(routeOf(path)).toBe(spec(path));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseAccessLine', () => {
  it("routes a proxy's request for a whole URL by its path (varnishncsa), as a server's", () => {
    const line = (target: string) =>
      `10.4.104.217 - - [06/Dec/2026:21:15:53 +0000] "POST ${target} HTTP/1.1" 200 121 "-" "Go-http-client/1.1" 289219`;
    const proxied = parseAccessLine(
      line('http://shop.example.de/internal/jobs/refresh-tokens'),
      new TimestampReader(2026),
    );
    const direct = parseAccessLine(line('/internal/jobs/refresh-tokens'), new TimestampReader(2026));
    expect(proxied?.message).toBe('POST internal/jobs/refresh-tokens');
    expect(direct?.message).toBe(proxied?.message);
    expect(
      parseAccessLine(line('http://shop.example.de/api/orders/4183?x=1'), new TimestampReader(2026))?.message,
    ).toBe('POST api/orders/<*>');
    // The attribute keeps the target as written.
    expect(proxied?.attributes['path']).toBe('http://shop.example.de/internal/jobs/refresh-tokens');
  });

  it('reads a line whose client is the forwarded-for list of addresses, the first the client', () => {
    const line =
      '174.111.55.25, 10.0.3.131 - - [22/Oct/2024:23:56:44 +0000] "DELETE /api/v1/items/3388ef86-f303-45f2-b9d6-5434caaa9b16 HTTP/1.1" 204 - 0.0244';
    const fields = parseAccessLine(line, new TimestampReader(2024));
    expect(fields?.message).toBe('DELETE api/v1/items/<*>');
    expect(fields?.attributes['client']).toBe('174.111.55.25');
    expect(fields?.attributes['status']).toBe(204);
    expect(fields?.attributes['requestTime']).toBe(0.0244);
    expect(fields?.timestamp).toBe(Date.UTC(2024, 9, 22, 23, 56, 44));
  });
});
