import { describe, expect, it } from 'vitest';
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

  it('reads an HTTP status from the usual attribute names', () => {
    expect(httpStatus({ status: 503 })).toBe(503);
    expect(httpStatus({ status_code: '404' })).toBe(404);
    expect(httpStatus({ status: 'ok' })).toBeNull();
  });
});
