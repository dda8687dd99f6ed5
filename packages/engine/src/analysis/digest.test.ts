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
});
