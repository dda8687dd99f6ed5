import { describe, expect, it } from 'vitest';
import type { MinedEvent } from '../types';
import { poissonTail } from './robust-stats';
import { analyze } from './testing/run-analyzer';
import { healthyTraffic, minedEvent, MINUTE, poisson, seeded, T0 } from './testing/synthetic';

const at = (minute: number, second = 0): number => T0 + minute * MINUTE + second * 1000;

/**
 * Six hours of a .NET portal and the IIS log in front of it (a 5xx now and then); the portal dies
 * out of memory at minute 200, and IIS answers `errors` requests with 502/503 from `errorsAt`.
 */
function portal(errors: number, errorsAt: number): MinedEvent[] {
  const random = seeded(9);
  const events: MinedEvent[] = [
    ...healthyTraffic({ minutes: 360, perMinute: 40, service: 'portal', file: 'portal.log', seed: 1 }),
    ...healthyTraffic({ minutes: 360, perMinute: 30, service: 'iis', file: 'u_ex220611.log', seed: 2 }),
  ];
  const failed = (minute: number, second: number) =>
    events.push(
      minedEvent(at(minute, second), {
        template: 'GET <*>',
        params: ['/orders'],
        level: 'error',
        service: 'iis',
        file: 'u_ex220611.log',
      }),
    );
  for (let m = 0; m < 360; m++) if (poisson(random, 0.1) > 0) failed(m, 30);
  for (let k = 0; k < errors; k++) failed(errorsAt, 6 + k);
  events.push(
    minedEvent(at(200, 5), {
      template:
        "Host terminated unexpectedly System.OutOfMemoryException: Exception of type '<*>' was thrown.",
      params: ['System.OutOfMemoryException'],
      level: 'fatal',
      service: 'portal',
      file: 'portal.log',
    }),
  );
  return events;
}

describe('a crash seen from the other files', () => {
  const crash = (events: MinedEvent[]) => {
    const found = analyze(events).anomalies.filter((a) => a.type === 'rare_event');
    expect(found).toHaveLength(1);
    return found[0];
  };

  it("names the proxy that answered 502/503 in the crash's minute, too few for a spike of their own", () => {
    const oom = crash(portal(10, 200));
    expect(oom?.severity).toBe('critical');
    expect(oom?.files).toEqual(['portal.log', 'u_ex220611.log']);
    expect(oom?.description).toMatch(
      /; iis logged 1\d errors 2026-11-25 13:20–13:25 UTC \(usually 1\.\d per 5m\)\.$/,
    );
  });

  it('leaves alone errors an hour later, and a few in the minute that chance explains', () => {
    expect(crash(portal(10, 260))?.files).toEqual(['portal.log']);
    expect(crash(portal(2, 200))?.files).toEqual(['portal.log']);
  });

  it("names a file whose errors in the crash's minute are too few for its buckets, by the minute (blind3 244/s01)", () => {
    // The proxy fails about one request in three minutes, written by two loggers of its own (Caddy's
    // access and error loggers); in the portal's crash minute nine, five and four of them: in five-minute
    // buckets thirteen where four are usual, a chance of about 1e-3.
    const events = portal(0, 200);
    const random = seeded(4);
    const failed = (minute: number, second: number, service: string) =>
      events.push(
        minedEvent(at(minute, second), {
          template: 'GET <*>',
          params: ['/orders'],
          level: 'error',
          service,
          file: 'u_ex220611.log',
        }),
      );
    for (let m = 0; m < 360; m++) if (random() < 0.3) failed(m, 40, m % 2 ? 'proxy.access' : 'proxy.error');
    for (let k = 0; k < 9; k++) failed(200, 8 + k * 3, k % 2 ? 'proxy.access' : 'proxy.error');
    const oom = crash(events);
    expect(oom?.files).toEqual(['portal.log', 'u_ex220611.log']);
    expect(oom?.description).toMatch(
      /; u_ex220611\.log logged 9 errors 2026-11-25 13:20–13:22 UTC \(usually 0\.\d per 1m\)\.$/,
    );
    // Three in that minute are chance.
    const few = portal(0, 200);
    few.push(...events.filter((e) => e.file === 'u_ex220611.log' && e.level === 'error').slice(0, -6));
    expect(crash(few)?.files).toEqual(['portal.log']);
  });

  it('names a file whose process stopped dead as the crash happened and started again seconds later (blind3 341/s09)', () => {
    // Tomcat's catalina.out, a line every 0.75 s, silent from 13:20:04 and starting again 15 s later
    // with its version banner: killed with the portal, no last words of its own.
    const withTomcat = (pauseAt: number, banner: boolean, pausesBefore = 0) => {
      const events = portal(0, 200);
      const tomcat = (ts: number, template: string) =>
        events.push(minedEvent(ts, { template, service: 'tomcat', file: 'catalina.out' }));
      const pauses = [pauseAt, ...Array.from({ length: pausesBefore }, (_, k) => 20 + k * 40)];
      for (let ms = 0; ms < 360 * MINUTE; ms += 750) {
        const pause = pauses.find((m) => ms >= m * MINUTE + 4_000 && ms < m * MINUTE + 19_000);
        if (pause !== undefined) continue;
        const resumes = pauses.some((m) => ms === m * MINUTE + 19_500);
        tomcat(
          T0 + ms,
          resumes && banner ? 'Server version name: Apache Tomcat/<*>' : 'Customer <*> logged in',
        );
      }
      return crash(events);
    };
    const oom = withTomcat(200, true, 3);
    expect(oom?.files).toEqual(['catalina.out', 'portal.log']);
    expect(oom?.description).toMatch(
      /; catalina\.out stopped at 13:20:03 UTC and started again 16 s later\.$/,
    );
    // Without a banner, only a pause the file hardly ever makes.
    expect(withTomcat(200, false)?.files).toEqual(['catalina.out', 'portal.log']);
    expect(withTomcat(200, false, 3)?.files).toEqual(['portal.log']);
    // Nor a pause an hour after the crash.
    expect(withTomcat(260, true)?.files).toEqual(['portal.log']);
  });

  it('computes the chance of so many errors at a usual rate', () => {
    expect(poissonTail(0, 3)).toBe(1);
    expect(poissonTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 9);
    expect(poissonTail(3, 1)).toBeCloseTo(1 - Math.exp(-1) * (1 + 1 + 0.5), 9);
    expect(poissonTail(10, 1.4)).toBeLessThan(1e-5);
    expect(poissonTail(7, 1.9)).toBeGreaterThan(1e-3);
    expect(poissonTail(5, 0)).toBe(0);
  });
});
