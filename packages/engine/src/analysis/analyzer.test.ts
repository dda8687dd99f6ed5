import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Analyzer, SERIES } from './analyzer';
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

  it('quotes a long message by its cause, and does not call a disk that filled up absent', () => {
    const events = healthyTraffic({ minutes: 180, perMinute: 60 });
    for (let m = 100; m < 106; m++) {
      for (let k = 0; k < 40; k++) {
        events.push(
          minedEvent(T0 + m * MINUTE + k * 1000, {
            template:
              'core: failed to persist lease: lease_id=<*> error="failed to persist entry: write <*>: no space left on device"',
            params: [`database/creds/app/${m}${k}`, '/vault/data/vault.db'],
            level: 'error',
          }),
        );
      }
    }
    const report = analyze(events);
    // Too many for a rare event: a spike, whose quote must still say why the writes failed.
    expect(report.anomalies.some((a) => a.type === 'rare_event')).toBe(false);
    const spike = report.anomalies.find((a) => a.type === 'error_spike');
    expect(spike?.description).toMatch(/"core: failed to persist lease: .*…: no space left on device"/);
    expect(report.summary.key_issues[0]?.title).toMatch(/no space left on device/);
    expect(report.summary.content).toContain('- No crash, out-of-memory kill, panic or segfault was logged.');
    expect(report.summary.content).not.toMatch(/full disk was logged/);
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

describe('Analyzer time range', () => {
  const burst = (events: ReturnType<typeof healthyTraffic>) => {
    for (let m = 100; m < 106; m++)
      for (let k = 0; k < 40; k++)
        events.push(
          minedEvent(T0 + m * MINUTE + k * 1000, {
            template: 'payment failed: <*> NullPointerException',
            params: [`tx${k}`],
            level: 'error',
          }),
        );
    return events;
  };

  it("leaves out a file's lines a month away from the rest, and still finds an incident of minutes", () => {
    const events = burst(healthyTraffic({ minutes: 240, perMinute: 60 }));
    // A twentieth of the lines dated a month later (a log whose month advanced at midnight).
    const late = healthyTraffic({ minutes: 60, perMinute: 12, seed: 7 }).map((e) => ({
      ...e,
      file: 'proxy.log',
      timestamp: (e.timestamp ?? 0) + 31 * 24 * 60 * MINUTE,
    }));
    const report = analyze([...events, ...late]);
    expect(report.stats.end).toMatch(/^2026-11-25T1[34]:/);
    expect(report.stats.timeline.bucketSeconds).toBeLessThanOrEqual(60);
    expect(report.anomalies.some((a) => a.type === 'error_spike')).toBe(true);
    // Lines before a device's clock was set (2000-01-01) likewise.
    const unset = healthyTraffic({ minutes: 10, perMinute: 30, seed: 9 }).map((e) => ({
      ...e,
      file: 'device.log',
      timestamp: (e.timestamp ?? 0) - T0 + Date.UTC(2000, 0, 1),
    }));
    const early = analyze([...events, ...unset]);
    expect(early.stats.start).toMatch(/^2026-11-25T10:00/);
    expect(early.anomalies.some((a) => a.type === 'error_spike')).toBe(true);
  });

  it('keeps two days of logs whose quiet night is no longer than their span, and a large second cluster', () => {
    const day = (offsetMinutes: number, seed: number) =>
      healthyTraffic({ minutes: 480, perMinute: 20, seed }).map((e) => ({
        ...e,
        timestamp: (e.timestamp ?? 0) + offsetMinutes * MINUTE,
      }));
    const twoDays = analyze([...day(0, 1), ...day(24 * 60, 2)]);
    expect(twoDays.stats.start).toMatch(/^2026-11-25T10:00/);
    expect(twoDays.stats.end).toMatch(/^2026-11-26T1[78]:/);
    // A week apart, but the later logs are a third of the whole: not outliers.
    const week = analyze([...day(0, 1), ...day(7 * 24 * 60, 2).slice(0, 4000)]);
    expect(week.stats.end).toMatch(/^2026-12-02T/);
  });
});

describe('Analyzer on HTTP statuses', () => {
  it('reads each file\'s status key for a pattern two files share (an app\'s "status", Envoy\'s "response_code")', () => {
    const events = [];
    for (let m = 0; m < 60; m++) {
      const request = (file: string, attributes: Record<string, number>) =>
        minedEvent(T0 + m * MINUTE, {
          template: 'GET <*>',
          params: ['/api/orders'],
          level: null,
          service: null,
          file,
          attributes,
          format: 'json',
        });
      events.push(request('app.json', { status: 200 }));
      events.push(request('envoy.json', { response_code: m >= 30 ? 503 : 200 }));
    }
    const report = analyze(events);
    expect(report.stats.http?.statusClasses['5xx']).toBe(30);
    expect(report.stats.http?.statusClasses['2xx']).toBe(90);
    expect(report.stats.errors).toBe(30);
  });
});

describe('Analyzer pattern budget', () => {
  it("keeps series for a file's patterns when an earlier file spent a thousand on one-off lines", () => {
    const events = healthyTraffic({ minutes: 180, perMinute: 30, service: 'web', file: 'web.log' });
    // Postfix-style lines whose queue id the masking does not catch: a pattern each.
    for (let i = 0; i < 1200; i++)
      events.push(
        minedEvent(T0 + Math.floor(i / 40) * MINUTE, {
          template: `q${i.toString(36)}Xy: client=<*>`,
          params: ['mx.example.com'],
          service: 'postfix',
          file: 'mail.log',
        }),
      );
    for (let m = 0; m < 180; m++) {
      const count = m >= 120 && m < 130 ? 60 : m >= 40 && m % 30 === 10 ? 1 : 0;
      for (let k = 0; k < count; k++)
        events.push(
          minedEvent(T0 + m * MINUTE + k * 1000, {
            template: 'connect() failed (111: Connection refused) while connecting to upstream <*>',
            params: ['10.0.0.7:9000'],
            level: 'error',
            service: 'web',
            file: 'web.log',
          }),
        );
    }
    const spike = analyze(events).anomalies.find((a) => a.type === 'pattern_spike');
    expect(spike?.description).toMatch(/Connection refused/);
  });

  it("keeps a series for an error's pattern past its own file's budget: a crash after a thousand players' words", () => {
    const events = healthyTraffic({ minutes: 180, perMinute: 30, service: 'web', file: 'web.log' });
    // A game server's chat, a pattern for each player's words, then its crash two hours in (blind7 7/s10).
    for (let i = 0; i < 1200; i++)
      events.push(
        minedEvent(T0 + Math.floor(i / 10) * MINUTE, {
          template: `<Player${i.toString(36)}> nice build <*>`,
          params: ['!'],
          service: null,
          file: 'latest.log',
        }),
      );
    events.push(
      minedEvent(T0 + 125 * MINUTE, {
        template: 'This crash report has been saved to: <*>',
        params: ['/srv/minecraft/crash-reports/crash-2026-04-28_16.58.28-server.txt'],
        level: 'error',
        service: null,
        file: 'latest.log',
      }),
    );
    const crash = analyze(events).anomalies.find((a) => a.type === 'rare_event');
    expect(crash?.description).toMatch(/crash report has been saved/);
  });
});

describe('Analyzer sources and services', () => {
  it('counts every service and source exactly, whatever their names and order (capped sources)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            // Few distinct names, some alike (same length and ends), services or file names.
            name: fc.constantFrom(
              'api',
              'apx',
              'aqi',
              'worker',
              'wonker',
              'w',
              '',
              'billing',
              'bxxxxxg',
              'a.log',
            ),
            isService: fc.boolean(),
            file: fc.constantFrom('a.log', 'b.log'),
            error: fc.boolean(),
          }),
          { maxLength: 300 },
        ),
        fc.integer({ min: 1, max: 12 }),
        (specs, maxTrackedSources) => {
          const analyzer = new Analyzer({ maxTrackedSources });
          const services = new Map<string, { events: number; errors: number }>();
          const sources = new Map<string, { events: number; errors: number }>();
          // A file's own series starts with the first event whose service differs from its first one,
          // or whose source went untracked when the analyzer switched to it.
          const firstService = new Map<string, string | null>();
          const fileSeries = new Map<string, number>();
          let last = '';
          for (const [i, s] of specs.entries()) {
            const event = minedEvent(T0 + i * 1000, {
              template: 'request <*>',
              params: [String(i)],
              service: s.isService ? s.name : null,
              file: s.file,
              level: s.error ? 'error' : 'info',
            });
            analyzer.add(event);
            const source = s.isService ? s.name : s.file;
            if (sources.has(source) || sources.size < maxTrackedSources)
              sources.set(source, tallied(sources.get(source), s.error));
            if (s.isService) services.set(s.name, tallied(services.get(s.name), s.error));
            const service = s.isService ? s.name : null;
            if (!firstService.has(s.file) && firstService.size < maxTrackedSources)
              firstService.set(s.file, service);
            const switched = `${s.isService}:${source}` !== last;
            last = `${s.isService}:${source}`;
            if (
              firstService.has(s.file) &&
              (fileSeries.has(s.file) ||
                service !== firstService.get(s.file) ||
                (switched && !sources.has(source)))
            )
              fileSeries.set(s.file, (fileSeries.get(s.file) ?? 0) + 1);
          }
          for (const [file, source] of analyzer.fileSources) {
            const counted = source.series ? analyzer.buckets.entries(SERIES.file(file)).counts : null;
            expect(counted?.reduce((a, b) => a + b, 0) ?? null, file).toBe(fileSeries.get(file) ?? null);
          }
          expect([...analyzer.fileSources.keys()].sort()).toEqual([...firstService.keys()].sort());
          expect(new Map([...analyzer.services].map(([k, v]) => [k, { ...v }]))).toEqual(services);
          expect(
            new Map([...analyzer.sources].map(([k, v]) => [k, { events: v.events, errors: v.errors }])),
          ).toEqual(sources);
        },
      ),
      { numRuns: 200 },
    );
  });
});

function tallied(t: { events: number; errors: number } | undefined, error: boolean) {
  return { events: (t?.events ?? 0) + 1, errors: (t?.errors ?? 0) + (error ? 1 : 0) };
}

describe('Analyzer: durations found by their unit', () => {
  it('keeps a duration variable to its series when the template generalises and the variables move', () => {
    const analyzer = new Analyzer();
    const narrow = 'Completed <*> OK in <*> (Views: <*> | ActiveRecord: <*>)';
    const wide = 'Completed <*> <*> in <*> (Views: <*> | ActiveRecord: <*>)';
    for (let i = 0; i < 200; i++)
      analyzer.add({
        ...minedEvent(T0 + i * 1000, { template: narrow, params: ['200', '31ms', '4.1ms', '5.9ms'] }),
        clusterId: 7,
      });
    for (let i = 200; i < 400; i++)
      analyzer.add({
        ...minedEvent(T0 + i * 1000, {
          template: wide,
          params: ['201', 'Created', '31ms', '4.1ms', '5.9ms'],
        }),
        clusterId: 7,
      });
    const slots = analyzer.patterns.get('c7')?.durationSlots ?? [];
    // The request's time (a slot by its text, "in <*>") keeps its key, now at variable 2; the
    // durations found by their unit follow their words: the views' series did take the database's.
    expect(slots.map((s) => [s.index, s.key])).toEqual([
      [2, 'duration#1'],
      [3, 'duration#(Views: <*>'],
      [4, 'duration#ActiveRecord: <*>)'],
    ]);
  });

  it('reads a DNS query\'s time after its template generalises ("A IN <*>." is no "in <*>" time)', () => {
    const analyzer = new Analyzer();
    const narrow = '"A IN sentry.io. udp <*> <*> <*>" NOERROR qr,rd,ra <*> <*>';
    const wide = '"A IN <*>. udp <*> <*> <*>" NOERROR <*> <*> <*>';
    analyzer.add({
      ...minedEvent(T0, { template: narrow, params: ['50', 'false', '512', '265', '0.015534231s'] }),
      clusterId: 3,
    });
    for (let i = 1; i < 300; i++)
      analyzer.add({
        ...minedEvent(T0 + i * 1000, {
          template: wide,
          params: ['redis.default.svc.cluster.local', '59', 'false', '1232', 'qr,aa,rd', '92', '0.000208s'],
        }),
        clusterId: 3,
      });
    const track = analyzer.patterns.get('c3');
    expect(track?.durationSlots.map((s) => s.index)).toEqual([6]);
    // Every query's time reaches the series (it read none when a slot sat on the name).
    const series = [...analyzer.durations.values()].find((d) => d.patternKey === 'c3');
    const { reads } = analyzer.buckets.entries(SERIES.duration(series?.key ?? ''));
    expect(reads.reduce((a, b) => a + b, 0)).toBeGreaterThan(200);
  });
});

describe('Analyzer error minutes', () => {
  it("keeps each file's errors per minute, in the order minutes first had one (property)", () => {
    const step = fc.record({
      minute: fc.integer({ min: 0, max: 6 }),
      file: fc.constantFrom('a.log', 'b.log'),
      error: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        const analyzer = new Analyzer();
        const expected = new Map<string, Map<number, number>>();
        steps.forEach(({ minute, file, error }, i) => {
          const ts = T0 + minute * MINUTE + i;
          analyzer.add(
            minedEvent(ts, {
              template: 'step <*>',
              params: [String(i)],
              file,
              level: error ? 'error' : 'info',
            }),
          );
          if (!error) return;
          const minutes = expected.get(file) ?? new Map<number, number>();
          expected.set(file, minutes);
          const key = Math.floor(ts / MINUTE);
          minutes.set(key, (minutes.get(key) ?? 0) + 1);
        });
        analyzer.finish({ patterns: [], files: [] });
        for (const file of ['a.log', 'b.log']) {
          const minutes = analyzer.fileSources.get(file)?.errorMinutes ?? null;
          expect(minutes === null ? null : [...minutes]).toEqual(
            expected.has(file) ? [...(expected.get(file) ?? [])] : null,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
