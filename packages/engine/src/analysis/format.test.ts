import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMs, grouped, shortTemplate } from './format';

describe('grouped', () => {
  it('writes integers as toLocaleString("en-US") does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, 999, 1000, -1000)), (n) => {
        expect(grouped(n)).toBe(n.toLocaleString('en-US'));
      }),
    );
  });
});

describe('formatMs', () => {
  it('keeps a sub-millisecond duration readable instead of rounding it to 0', () => {
    expect(formatMs(2695.14)).toBe('2695.1 ms');
    expect(formatMs(0.021734)).toBe('0.022 ms');
    expect(formatMs(0.4)).toBe('0.4 ms');
    expect(formatMs(0)).toBe('0 ms');
  });

  it('writes ten seconds and more in seconds', () => {
    expect(formatMs(9999)).toBe('9999 ms');
    expect(formatMs(12_540)).toBe('12.5 s');
    expect(formatMs(600_000)).toBe('600 s');
  });
});

describe('shortTemplate', () => {
  it('keeps a short text whole, on one line', () => {
    expect(shortTemplate('connect to  db\n failed', 80)).toBe('connect to db failed');
  });

  it("elides a long error chain's middle, so that its cause still shows", () => {
    const text =
      'core: failed to persist lease: lease_id=<*> error="failed to persist entry: write <*>: no space left on device"';
    const short = shortTemplate(text, 80);
    expect(short).toBe('core: failed to persist lease: lease_id=<*>…: no space left on device"');
    expect(short.length).toBeLessThanOrEqual(80);
  });

  it('cuts the end where the text does not end on a cause in words', () => {
    const values =
      'request complete: method=GET path=<*> duration=<*> bytes=<*> user=<*> trace=<*> span=<*> zone=<*>';
    expect(shortTemplate(values, 60)).toBe(`${values.slice(0, 59)}…`);
    const variables = 'worker pool drained after a long wait, retrying the whole batch of jobs later on: <*>';
    expect(shortTemplate(variables, 60)).toBe(`${variables.slice(0, 59)}…`);
    // A last clause too long to be a cause is the message itself.
    const clause = 'note: the scheduler will retry the import of every pending file in the queue later today';
    expect(shortTemplate(clause, 60)).toBe(`${clause.slice(0, 59)}…`);
  });
});
