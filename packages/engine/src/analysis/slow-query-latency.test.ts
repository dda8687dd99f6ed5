import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analyzeInputs } from './analyze-inputs';
import { seeded } from './testing/synthetic';

/**
 * Three hours of a MySQL slow query log: three kinds of statements, each entry its "# Time:",
 * "# User@Host:" and "# Query_time:" lines, sometimes "use", then "SET timestamp" and the statement.
 * With `slow`, the orders report takes five times as long from 08:40 to 09:10.
 */
function slowLog(slow: boolean): string {
  const random = seeded(17);
  const start = Date.UTC(2026, 2, 4, 7, 0, 0);
  const lines: string[] = [];
  const spread = () => Math.exp((random() - 0.5) * 1.2);
  for (let t = start; t < start + 3 * 3_600_000; t += 8000 + Math.floor(random() * 16_000)) {
    const minute = (t - start) / 60_000;
    const r = random();
    const [user, seconds, statement] =
      r < 0.5
        ? ['shop', 1.2, `SELECT * FROM orders WHERE customer_id = ${Math.floor(random() * 90_000)} LIMIT 50;`]
        : r < 0.8
          ? ['shop', 1.6, `UPDATE carts SET updated_at = NOW() WHERE id = ${Math.floor(random() * 9e6)};`]
          : [
              'reporting',
              (slow && minute >= 100 && minute < 130 ? 5 : 1) * 4,
              `SELECT DATE(created_at), SUM(total_cents) FROM orders WHERE created_at >= '2026-03-0${1 + Math.floor(random() * 3)}' GROUP BY 1;`,
            ];
    const queryTime = seconds * spread();
    lines.push(
      `# Time: ${new Date(t).toISOString().replace('Z', '123Z')}`,
      `# User@Host: ${user}[${user}] @  [10.0.3.${1 + Math.floor(random() * 9)}]  Id: ${100 + Math.floor(random() * 50)}`,
      `# Query_time: ${queryTime.toFixed(6)}  Lock_time: 0.000${100 + Math.floor(random() * 800)} Rows_sent: ${Math.floor(random() * 60)}  Rows_examined: ${Math.floor(random() * 4e5)}`,
    );
    if (random() < 0.2) lines.push('use shop;');
    lines.push(`SET timestamp=${Math.floor((t - queryTime * 1000) / 1000)};`, statement);
  }
  return lines.join('\n') + '\n';
}

const run = (slow: boolean) =>
  analyzeInputs([{ name: 'mysql-slow.log', source: Readable.from([Buffer.from(slowLog(slow))]) }]);

describe('a MySQL slow query log', () => {
  it('finds the statement whose Query_time rose, with its window, in seconds', async () => {
    const { report } = await run(true);
    const slowdowns = report.anomalies.filter((a) => a.type === 'latency_degradation');
    expect(slowdowns).toHaveLength(1);
    const [slowdown] = slowdowns;
    expect(slowdown?.description).toMatch(/Query_time of "SELECT DATE\(created_at\), SUM\(total_cents\)/);
    // About four seconds usually, five times that in the window.
    expect(slowdown?.description).toMatch(/to (1[5-9]|2\d)(\.\d)? s .*\(usually [3-5]\d\d\d(\.\d)? ms\)/);
    expect(slowdown && slowdown.start >= '2026-03-04T08:30' && slowdown.start <= '2026-03-04T08:45').toBe(
      true,
    );
    expect(slowdown && slowdown.end >= '2026-03-04T09:05' && slowdown.end <= '2026-03-04T09:20').toBe(true);
    // The summary's sample shows the entry's query time and statement, not its time and user lines.
    expect(report.summary.content).toMatch(
      /Sample \(`mysql-slow\.log:\d+`\): `Query_time: \d+\.\d+ +Lock_time: .*SELECT DATE\(created_at\)/,
    );
    // One pattern per statement, not one per header line.
    expect(report.patterns.map((p) => p.template).join('\n')).not.toMatch(
      /Query_time|User@Host|SET timestamp/,
    );
  });

  it('finds nothing in the same statements at their usual times', async () => {
    const { report } = await run(false);
    expect(report.anomalies).toEqual([]);
  });
});
