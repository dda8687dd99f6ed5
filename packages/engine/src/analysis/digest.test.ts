import { describe, expect, it } from 'vitest';
import { buildDigest, estimateTokens } from './digest';
import { analyze } from './testing/run-analyzer';
import { healthyTraffic, minedEvent, MINUTE, T0 } from './testing/synthetic';

describe('buildDigest', () => {
  it('stays within the token budget on a report with thousands of patterns', () => {
    const events = healthyTraffic({ minutes: 120, perMinute: 30 });
    for (let i = 0; i < 3000; i++) {
      const template = `unique failure ${i} while handling <*> ${'x'.repeat(i % 200)}`;
      events.push(minedEvent(T0 + (i % 120) * MINUTE, { template, params: ['req'], level: 'error' }));
    }
    const digest = buildDigest(analyze(events, { maxTrackedPatterns: 5000 }));
    expect(estimateTokens(digest)).toBeLessThanOrEqual(8000);
    expect(digest.truncated).toBe(true);
    expect(digest.errorPatterns.length).toBeGreaterThan(0);
  });

  it('redacts secrets from samples and templates', () => {
    const events = healthyTraffic({ minutes: 60, perMinute: 10 });
    for (let m = 30; m < 33; m++) {
      for (let k = 0; k < 30; k++) {
        events.push(
          minedEvent(T0 + m * MINUTE + k * 1000, {
            template: 'login failed for <*> password=<*>',
            params: ['bob@example.com', 'hunter2'],
            level: 'error',
          }),
        );
      }
    }
    const text = JSON.stringify(buildDigest(analyze(events)));
    expect(text).toContain('login failed');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('bob@example.com');
  });

  it('shows a slow query log entry by its query time and statement, not its header lines', () => {
    const events = healthyTraffic({ minutes: 60, perMinute: 10 });
    const entry = (seconds: number) =>
      [
        '# Time: 2026-03-04T08:41:07.101522Z',
        '# User@Host: report[report] @  [10.0.4.12]  Id: 8812',
        `# Query_time: ${seconds}  Lock_time: 0.000094 Rows_sent: 31  Rows_examined: 9120443`,
        'SET timestamp=1772613667;',
        'SELECT DATE(created_at), SUM(total_cents) FROM orders GROUP BY 1;',
      ].join('\n');
    for (let k = 0; k < 20; k++) {
      const event = minedEvent(T0 + 30 * MINUTE + k * 1000, {
        template: 'SELECT DATE(created_at), SUM(total_cents) FROM orders GROUP BY <*>;',
        params: ['1'],
        file: 'mysql-slow.log',
      });
      events.push({ ...event, raw: entry(20 + k), lineCount: 5 });
    }
    const digest = buildDigest(analyze(events));
    const samples = digest.topPatterns.concat(digest.errorPatterns).flatMap((p) => p.samples);
    const slow = samples.filter((s) => s.includes('SUM(total_cents)'));
    expect(slow.length).toBeGreaterThan(0);
    for (const s of slow) expect(s).toMatch(/^Query_time: \d+ Lock_time/);
    expect(JSON.stringify(digest)).not.toContain('User@Host');
  });
});
