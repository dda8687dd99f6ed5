import { describe, expect, it } from 'vitest';
import { analyze } from './testing/run-analyzer';
import { healthyTraffic, minedEvent, MINUTE, T0 } from './testing/synthetic';

const highOrWorse = (s: string) => s === 'high' || s === 'critical';

describe('Analyzer on a healthy file', () => {
  it('reports no high-severity anomaly and says nothing stands out', () => {
    const report = analyze(healthyTraffic({ minutes: 240, perMinute: 80 }));
    expect(report.anomalies.filter((a) => highOrWorse(a.severity))).toEqual([]);
    expect(report.anomalies.length).toBeLessThanOrEqual(1);
    expect(report.summary.title).toMatch(/No significant issues/);
  });

  it('counts levels, errors and the time range in UTC', () => {
    const report = analyze(healthyTraffic({ minutes: 60, perMinute: 20 }));
    expect(report.stats.events).toBeGreaterThan(1000);
    expect(report.stats.start).toMatch(/^2026-11-25T10:00:/);
    expect(report.stats.levels.info).toBeGreaterThan(report.stats.levels.error);
    expect(report.stats.timeline.total.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(
      report.stats.events * 0.999,
    );
  });
});

describe('Analyzer with an injected error burst', () => {
  it('finds the error spike with its window, pattern and a sample line', () => {
    const events = healthyTraffic({ minutes: 180, perMinute: 60 });
    for (let m = 100; m < 106; m++) {
      for (let k = 0; k < 40; k++) {
        events.push(
          minedEvent(T0 + m * MINUTE + k * 1000, {
            template: 'payment failed: <*> NullPointerException',
            params: [`tx${k}`],
            level: 'error',
          }),
        );
      }
    }
    const report = analyze(events);
    const spike = report.anomalies.find((a) => a.type === 'error_spike');
    expect(spike).toBeDefined();
    expect(Date.parse(spike?.start ?? '')).toBeGreaterThanOrEqual(T0 + 99 * MINUTE);
    expect(Date.parse(spike?.end ?? '')).toBeLessThanOrEqual(T0 + 108 * MINUTE);
    expect(spike?.evidence.samples[0]?.text).toMatch(/payment failed/);
    expect(highOrWorse(spike?.severity ?? 'info')).toBe(true);
    expect(report.summary.key_issues[0]?.title).toMatch(/payment failed/);
    expect(report.summary.content).toMatch(/11:4\d–11:4\d UTC/);
  });

  it('does not call one stray error in a quiet file an incident', () => {
    const events = healthyTraffic({ minutes: 120, perMinute: 5 });
    events.push(
      minedEvent(T0 + 60 * MINUTE, { template: 'failed to write <*>', params: ['x'], level: 'error' }),
    );
    const report = analyze(events);
    expect(report.anomalies.filter((a) => a.type === 'error_spike')).toEqual([]);
  });
});
