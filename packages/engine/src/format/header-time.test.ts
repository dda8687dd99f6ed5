import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { read, text } from '../read/test-helpers';
import { headerTimeShortcut } from './line-parser';

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A header time `ms` past 2026-11-09 23:59:00 UTC: HDFS's "261109 235900" (fixed width), or
 * "Nov 9 23:59:00" (the day unpadded: the width changes on the 10th).
 */
function headerTime(ms: number, style: 'hdfs' | 'month'): string {
  const d = new Date(Date.UTC(2026, 10, 9, 23, 59, 0) + ms);
  const clock = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()].map(pad);
  return style === 'hdfs'
    ? `${pad(d.getUTCFullYear() % 100)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())} ${clock.join('')}`
    : `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${clock.join(':')}`;
}

describe('header time shortcut (LineParser.headerTime)', () => {
  it('reads every event as the full scan of each header does (property)', async () => {
    const step = fc.record({
      advance: fc.constantFrom(0, 0, 0, 1000, 10_000, 59_000, 60_000, 3_600_000, 86_400_000, 86_401_000),
      pid: fc.constantFrom('', '7', '148', '23911', '[148]', 'x1', '00'),
      blank: fc.constantFrom(' ', ' ', ' ', '\t', '  '),
      extra: fc.constantFrom('', '', '[main] ', '12:00:01 ', '2026 '),
      level: fc.constantFrom('INFO', 'WARN', 'ERROR'),
      message: fc.constantFrom(
        'Receiving block blk_1',
        'Served block to /10.0.0.1',
        'PacketResponder 1 terminating',
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('hdfs' as const, 'month' as const),
        fc.array(step, { minLength: 5, maxLength: 40 }),
        async (style, steps) => {
          let ms = 0;
          const lines = steps.map((s) => {
            ms += s.advance;
            const pid = s.pid === '' ? '' : `${s.blank}${s.pid}`;
            return `${headerTime(ms, style)}${pid} ${s.extra}${s.level} dfs.DataNode: ${s.message}`;
          });
          const bytes = text(`${lines.join('\n')}\n`);
          headerTimeShortcut.enabled = false;
          const scanned = await read(bytes, {}, 64);
          headerTimeShortcut.enabled = true;
          const shortcut = await read(bytes, {}, 64);
          expect(shortcut.events).toEqual(scanned.events);
        },
      ),
      { numRuns: 300 },
    );
  });
});
