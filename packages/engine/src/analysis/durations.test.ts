import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DurationKeys, durationSlots, httpStatus, parseDurationParam } from './durations';

describe('durations', () => {
  it('finds duration variables from the template text', () => {
    expect(durationSlots('Invoice <*> generated in <*> ms').map((s) => s.index)).toEqual([1]);
    expect(durationSlots('request took <*>').map((s) => s.name)).toEqual(['took']);
    expect(durationSlots('user <*> logged in <*> times').every((s) => s.needsUnit)).toBe(true);
    expect(durationSlots('uptime <*> seconds, <*> users')).toEqual([]);
  });

  it('reads values with their unit in milliseconds', () => {
    expect(parseDurationParam('1.5s', null)).toBe(1500);
    expect(parseDurationParam('250', 'ms')).toBe(250);
    expect(parseDurationParam('42', null, true)).toBeNull();
    expect(parseDurationParam('42ms', null, true)).toBe(42);
    expect(parseDurationParam('abc', null)).toBeNull();
  });

  it('reads duration attributes, and leaves look-alike keys alone', () => {
    const out = { names: [] as string[], values: [] as number[], count: 0 };
    const attributes = { duration_ms: 12, requestTime: 0.25, items: 40, ms: 7, status: 200, latency: '30' };
    new DurationKeys().collect(attributes, out);
    expect(out.names).toEqual(['duration_ms', 'requestTime', 'ms', 'latency']);
    expect(out.values).toEqual([12, 250, 7, 30]);
  });

  it('reads attribute values that carry their own unit, as logfmt and Go write them', () => {
    const out = { names: [] as string[], values: [] as number[], count: 0 };
    const attributes = {
      duration: '120ms',
      elapsed: '1.5s',
      took_ms: '80µs',
      latency: '',
      rt: 'fast',
      time_taken: -3,
    };
    new DurationKeys().collect(attributes, out);
    expect(out.names).toEqual(['duration', 'elapsed', 'took_ms']);
    expect(out.values).toEqual([120, 1500, 0.08]);
  });

  it('reads an HTTP status from the usual attribute names', () => {
    expect(httpStatus({ status: 503 })).toBe(503);
    expect(httpStatus({ status_code: '404' })).toBe(404);
    expect(httpStatus({ status: 'ok' })).toBeNull();
  });

  it('reads a number and its unit exactly as /^(\\d+(?:\\.\\d+)?)(ms|s|sec|us|µs)?$/ does', () => {
    const pattern = /^(\d+(?:\.\d+)?)(ms|s|sec|us|µs)?$/;
    const reference = (param: string, unit: string | null, needsUnit: boolean): number | null => {
      const match = pattern.exec(param.trim());
      if (!match || (needsUnit && match[2] === undefined)) return null;
      const u = match[2] ?? unit;
      const value = Number(match[1]);
      return u === 's' || u === 'sec' ? value * 1000 : u === 'us' || u === 'µs' ? value / 1000 : value;
    };
    const text = fc.array(fc.constantFrom(...'0123456789.smecuµ x'.split('')), { maxLength: 10 });
    fc.assert(
      fc.property(text, fc.constantFrom(null, 'ms', 's', 'us'), fc.boolean(), (chars, unit, needsUnit) => {
        const param = chars.join('');
        expect(parseDurationParam(param, unit, needsUnit)).toBe(reference(param, unit, needsUnit));
      }),
      { numRuns: 5000 },
    );
  });
});
