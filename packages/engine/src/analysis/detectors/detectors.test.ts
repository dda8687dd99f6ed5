import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { criticalSignature } from './critical-signatures';
import { cannotShift, latencyExcursions, scheduledRuns, shiftedBuckets } from './latency-degradation';
import { burstsLikeAJob, isBatchOf, recursAtOneLag } from './periodic-bursts';
import { variantFamilies } from './pattern-spike';
import type { DetectionContext, PatternSeries, SourceSeries } from '../detection-context';
import { findSpikes, type Spike } from '../spikes';
import { cannotDrop, lowBuckets, silentGaps, widenToPartialBuckets } from './volume-drop';
import { heldFloods, isAbrupt, isRequestSource, longFloods, risesInMean, standsOut } from './volume-spike';
import type { MinedEvent } from '../../types';
import { blankFileStats } from '../../read/file-reader';
import { Analyzer } from '../analyzer';
import { analyze } from '../testing/run-analyzer';
import { halfWindowFor, localBaseline } from '../robust-stats';
import {
  fingerprint,
  gaussian,
  healthyTraffic,
  minedEvent,
  MINUTE,
  poisson,
  seeded,
  T0,
} from '../testing/synthetic';
import type { EventSpec } from '../testing/synthetic';

function at(minute: number, second = 0): number {
  return T0 + minute * MINUTE + second * 1000;
}

function inWindow(a: { start: string; end: string }, fromMinute: number, toMinute: number): boolean {
  return Date.parse(a.start) <= at(toMinute) && Date.parse(a.end) >= at(fromMinute);
}

/** An error event of `spec` whose lines end in a Python traceback raising `exception`. */
function pythonFailure(ts: number, exception: string, spec: EventSpec): MinedEvent {
  const e = minedEvent(ts, { ...spec, level: 'error' });
  const raw = `${e.raw}\nTraceback (most recent call last):\n  File "/app/views.py", line 37, in run\n${exception}`;
  return { ...e, raw, lineCount: 4 };
}

/** A one-bucket spike at `at` (standsOut reads its extent and peak). */
function spikeAt(values: readonly number[], at: number): Spike {
  const peak = values[at] ?? 0;
  return {
    from: at,
    to: at,
    observed: peak,
    expected: 0,
    peak,
    peakIndex: at,
    baselineAtPeak: 0,
    upperAtPeak: 0,
    score: 0,
  };
}

/** One file's source of `values` events a bucket, without errors, over all the buckets. */
function errorlessSource(name: string, values: number[]): SourceSeries {
  return {
    name,
    files: [name],
    values,
    valuesShifted: null,
    errors: values.map(() => 0),
    errorsShifted: null,
    fine: null,
    first: 0,
    last: values.length - 1,
  };
}

/** An access log's `GET <*>` pattern of `values` requests a bucket (what burstsLikeAJob reads of it). */
function requestsOf(values: number[]): PatternSeries {
  return {
    values,
    errorValues: values.map(() => 0),
    isErrorLevel: false,
    level: 'info',
    track: { template: 'GET <*>', count: values.reduce((a, b) => a + b, 0) },
  } as unknown as PatternSeries;
}

/** The five lines Redis writes for one background save, at minute `t`. */
function redisSave(t: number): MinedEvent[] {
  return Array.from({ length: 5 }, (_, k) =>
    minedEvent(at(Math.floor(t), k), {
      template: `redis save step ${k} <*>`,
      params: [String(Math.floor(t))],
      service: 'redis',
      file: 'redis.log',
    }),
  );
}

function twoServices(minutes = 180): MinedEvent[] {
  return [
    ...healthyTraffic({ minutes, perMinute: 60, service: 'api', file: 'api.log', seed: 1 }),
    ...healthyTraffic({ minutes, perMinute: 40, service: 'worker', file: 'worker.log', seed: 2 }),
  ];
}

/**
 * Three hours of two services and a Mosquitto broker, with `counts[i]` of its level-less
 * `Client <*> already connected, closing old connection.` in minute `fromMinute + i`.
 */
function mosquittoReconnects(fromMinute: number, counts: readonly number[]): MinedEvent[] {
  const events = [
    ...twoServices(180),
    ...healthyTraffic({ minutes: 180, perMinute: 30, service: 'mosquitto', file: 'mosquitto.log', seed: 3 }),
  ];
  counts.forEach((count, i) => {
    for (let k = 0; k < count; k++)
      events.push(
        minedEvent(at(fromMinute + i, k * 4), {
          template: 'Client <*> already connected, closing old connection.',
          params: [`sensor-${k}`],
          level: null,
          service: 'mosquitto',
          file: 'mosquitto.log',
        }),
      );
  });
  return events;
}

describe('volume_drop', () => {
  it('finds a busy file stalling once for twelve minutes among counts that swing by half', () => {
    // Kafka Connect: a line every two seconds or so, in waves (15 to 45 a minute), then nothing from
    // minute 150 to minute 162; the other services keep logging (blind5 111/s06).
    // Fifteen hours: five-minute buckets, in which the stall is two and a half.
    const connect = (pauses: [number, number][]) => {
      const events = twoServices(900);
      const random = seeded(7);
      for (let m = 0; m < 900; m++) {
        const perMinute = 30 + 15 * Math.sin(m / 6);
        for (let k = 0; k < perMinute; k++) {
          const ts = at(m, (k * 60) / perMinute + random());
          if (pauses.some(([from, to]) => ts >= at(from, 10) && ts < at(to, 40))) continue;
          events.push(
            minedEvent(ts, {
              template: 'Seeking to offset <*> for partition <*>',
              params: [String(1000 + m * 60 + k), 'orders-0'],
              service: null,
              file: 'kafka-connect.log',
            }),
          );
        }
      }
      return analyze(events).anomalies.filter((a) => a.type === 'volume_drop');
    };
    const stalled = connect([[601, 613]]);
    expect(stalled).toHaveLength(1);
    expect(stalled[0]?.files).toEqual(['kafka-connect.log']);
    expect(stalled[0] && inWindow(stalled[0], 602, 612)).toBe(true);
    expect(stalled[0]?.description).toMatch(/^kafka-connect\.log went silent for 12\.5 min/);
    expect(connect([])).toEqual([]);
    // A pause of that kind three times is the file's rhythm: none is a stall (each is judged by its
    // buckets alone).
    const stalls = (found: { description: string }[]) =>
      found.filter((a) => a.description.includes('then logged again'));
    expect(
      stalls(
        connect([
          [140, 147],
          [410, 417],
          [680, 687],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads a program that said its start-up lines and waited 83 minutes for work as starting with the work (blind11 23/s05)', () => {
    // A Factorio server: six start-up lines, then its players' lines from minute 84 on — no stall, and
    // the players' messages are the file's work from its start, no new patterns.
    const events = twoServices(300);
    const startup = [
      'Factorio 2.0.72 (build 69866, linux64, headless)',
      'Operating system: Linux (Debian 12)',
    ];
    for (const [k, message] of [...startup, 'Read data path: <*>', 'Running in headless mode'].entries())
      events.push(
        minedEvent(at(0, k), { template: message, params: [], service: null, file: 'factorio.log' }),
      );
    const work = [
      ['GameActionHandler.cpp:<*>: Player <*> joined the game', 30],
      ['AppManagerStates.cpp:<*>: Saving game as <*>', 60],
      ['ServerMultiplayerManager.cpp:<*>: Received peer info for peer(<*>) <*>.', 20],
    ] as const;
    for (let second = 84 * 60; second < 300 * 60; second += 5)
      for (const [template, every] of work)
        if (second % every === 0)
          events.push(
            minedEvent(at(0, second), {
              template,
              params: ['4109', `p${second % 97}`],
              service: null,
              file: 'factorio.log',
            }),
          );
    const found = analyze(events).anomalies.filter((a) => a.files.includes('factorio.log'));
    expect(found).toEqual([]);
  });

  it("finds a sparse file's sixteen silent minutes at its pace around them, not a quiet night's lull (blind4 273/s04)", () => {
    // A kubelet's lines per minute over four and a half hours (blind4 273/s04), from a few components
    // (each a source of its own), beside a busy app: silent from minute 145 to 160. In five-minute
    // buckets its counts swing too much for two empty ones to tell.
    const perMinute = [
      3, 1, 5, 4, 1, 6, 0, 3, 0, 3, 4, 0, 3, 0, 2, 2, 2, 3, 4, 3, 2, 2, 3, 1, 2, 1, 4, 1, 0, 4, 2, 2, 4, 1, 2,
      4, 4, 2, 3, 2, 1, 0, 5, 1, 3, 2, 1, 7, 1, 2, 1, 3, 2, 2, 1, 1, 2, 8, 3, 4, 0, 3, 5, 1, 0, 1, 2, 6, 1, 3,
      2, 4, 1, 0, 2, 4, 4, 4, 4, 2, 3, 3, 8, 3, 0, 1, 1, 6, 2, 0, 2, 2, 6, 2, 3, 6, 1, 1, 3, 4, 1, 1, 3, 0, 2,
      1, 2, 1, 1, 1, 4, 0, 1, 4, 2, 1, 1, 1, 3, 1, 3, 6, 4, 3, 2, 2, 3, 3, 4, 4, 2, 3, 2, 0, 3, 0, 2, 4, 2, 0,
      0, 1, 5, 4, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 2, 3, 2, 1, 2, 1, 2, 1, 2, 2, 2, 3, 2, 2,
      2, 10, 4, 2, 1, 5, 3, 1, 2, 5, 3, 2, 4, 3, 1, 2, 1, 3, 2, 5, 3, 3, 3, 0, 4, 1, 1, 3, 3, 2, 3, 2, 4, 3,
      2, 3, 2, 3, 2, 2, 6, 2, 2, 2, 0, 5, 2, 5, 2, 0, 3, 2, 5, 4, 4, 3, 1, 4, 3, 3, 3, 0, 5, 2, 3, 5, 2, 1, 3,
      2, 3, 6, 4, 0, 2, 0, 2, 6, 1, 1, 3, 1, 1, 0, 4, 4, 2, 3, 2, 2, 3, 1,
    ];
    const kubelet = (keep: (m: number, k: number) => boolean) => {
      const events = twoServices(270);
      const components = ['pod_workers.go', 'kubelet.go', 'reconciler_common.go', 'container_log_manager.go'];
      perMinute.forEach((n, m) => {
        for (let k = 0; k < n; k++)
          if (keep(m, k))
            events.push(
              minedEvent(at(m, Math.floor((k * 60) / n)), {
                template: 'Error syncing pod, skipping err=<*> pod=<*>',
                params: ['ImagePullBackOff', `default/web-${k}`],
                service: components[(m + k) % components.length] ?? null,
                file: 'kubelet.log',
              }),
            );
      });
      return analyze(events).anomalies.filter(
        (a) => a.type === 'volume_drop' && a.description.includes('at no other time'),
      );
    };
    const [silent, ...more] = kubelet(() => true);
    expect(more).toEqual([]);
    expect(silent && inWindow(silent, 144, 161)).toBe(true);
    expect(silent?.description).toMatch(/^kubelet\.log went silent for 16 min /);
    // A line in ten in the hours around it (a drop of its own): sixteen minutes without one are chance.
    expect(kubelet((m, k) => m < 90 || m > 220 || (m * 7 + k) % 10 === 0)).toEqual([]);
  });

  it.each([
    ['its own logger', 'Starting scheduled job <*>', 'com.acme.jobs.ScheduledJobs'],
    // Quartz.NET's runner announces it from a logger of its own (blind3 118/s10, 124/s08).
    ['Quartz', 'Calling Execute on job <*>', 'Quartz.Core.JobRunShell'],
  ])("leaves a job's own logger alone between its runs, each announced as it starts (%s)", (_, says, by) => {
    const events = twoServices(120);
    for (const start of [20, 80]) {
      const job = { service: 'com.acme.jobs.ScheduledJobs', file: 'api.log' };
      events.push(
        minedEvent(at(start), { template: says, params: ['DEFAULT.export'], service: by, file: 'api.log' }),
      );
      for (let k = 0; k < 40; k++)
        events.push(
          minedEvent(at(start, 2 + k * 5), {
            template: 'Processed batch <*> (<*> records)',
            params: [`${k + 1}/40`, String(300 + k)],
            ...job,
          }),
        );
    }
    const drops = analyze(events).anomalies.filter((a) => a.type === 'volume_drop');
    expect(drops).toEqual([]);
  });

  it('fires when one source goes silent while the other keeps logging', () => {
    const events = twoServices().filter(
      (e) =>
        !(e.service === 'worker' && e.timestamp !== null && e.timestamp >= at(90) && e.timestamp < at(105)),
    );
    const drop = analyze(events).anomalies.find((a) => a.type === 'volume_drop');
    expect(drop?.evidence.source).toBe('worker');
    expect(drop && inWindow(drop, 90, 105)).toBe(true);
    expect(drop?.description).toMatch(/went silent/);
  });

  it('fires on a silence ended by the server starting again, though a housekeeping task ran as the file began (blind4 194/s08)', () => {
    const events = twoServices().filter(
      (e) =>
        !(e.service === 'worker' && e.timestamp !== null && e.timestamp >= at(90) && e.timestamp < at(135)),
    );
    const worker = { service: 'worker', file: 'worker.log' };
    events.push(
      minedEvent(at(0, 1), {
        template: 'Executing scheduled task ClearExpiredUserSessions',
        params: [],
        ...worker,
      }),
      minedEvent(at(135), {
        template:
          'Keycloak <*> on JVM started in <*>. Listening on: <*>. Management interface listening on <*>.',
        params: ['21.1.2', '18.7s', 'http://0.0.0.0:8080', 'http://0.0.0.0:9000'],
        ...worker,
      }),
    );
    events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    const drop = analyze(events).anomalies.find((a) => a.type === 'volume_drop');
    expect(drop?.evidence.source).toBe('worker');
    expect(drop && inWindow(drop, 90, 135)).toBe(true);
    // The task every quarter of an hour, also right after the restart (blind4 215/s04): it runs
    // inside the stretches too, so it opens no job's stretch.
    for (let m = 15; m < 180; m += 15)
      if (m < 90 || m > 135)
        events.push(
          minedEvent(at(m, 1), {
            template: 'Executing scheduled task ClearExpiredUserSessions',
            params: [],
            ...worker,
          }),
        );
    events.push(
      minedEvent(at(135, 20), {
        template: 'Executing scheduled task ClearExpiredUserSessions',
        params: [],
        ...worker,
      }),
    );
    events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    const periodic = analyze(events).anomalies.find((a) => a.type === 'volume_drop');
    expect(periodic?.evidence.source).toBe('worker');
    expect(periodic && inWindow(periodic, 90, 135)).toBe(true);
  });

  // Four hours of a source logging in clumps (PHP-FPM's error log: a child's notices a few at a time,
  // about half its minutes empty) beside a steady one; `silent`: nothing from minute 100 to 155.
  const clumpy = (silent: boolean) => {
    const random = seeded(41);
    const events = healthyTraffic({ minutes: 240, perMinute: 60, service: 'api', file: 'api.log', seed: 3 });
    for (let m = 0; m < 240; m++) {
      if ((silent && m >= 100 && m < 155) || random() < 0.45) continue;
      for (let n = 1 + Math.floor(random() * 6); n > 0; n--)
        events.push(
          minedEvent(at(m, Math.floor(random() * 60)), {
            template: 'NOTICE: [pool www] child <*> exited with code <*> after <*> seconds from start',
            params: [String(1000 + m), '0', '960.1'],
            service: null,
            file: 'www-error.log',
          }),
        );
    }
    events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    return analyze(events).anomalies.filter((a) => a.type === 'volume_drop');
  };

  it('finds an hour of silence of a source whose minutes are often empty, steady over five minutes (blind4 204/s01)', () => {
    const drops = clumpy(true);
    expect(drops).toHaveLength(1);
    expect(drops[0]?.evidence.source).toBe('www-error.log');
    expect(drops[0] && inWindow(drops[0], 100, 155)).toBe(true);
    expect(clumpy(false)).toEqual([]);
  });

  it.each([
    {
      // Seventeen hours in five-minute buckets; 27 lines in an hour, three per command, in five
      // sittings.
      seen: 'blind 42/s10',
      sittings: [
        [330, 3],
        [375, 1],
        [380, 2],
        [390, 2],
        [395, 1],
      ],
    },
    {
      // Thirty lines in 85 minutes, "silent" for fifty between the first few and the last few.
      seen: 'blind 120/s04',
      sittings: [
        [305, 4],
        [315, 1],
        [320, 1],
        [375, 1],
        [380, 3],
      ],
    },
  ] as { seen: string; sittings: [number, number][] }[])(
    "leaves alone an operator's sudo commands, a few an hour: a pause between them misses about as many lines as they wrote ($seen)",
    ({ sittings }) => {
      const events = twoServices(1000);
      for (const [minute, commands] of sittings)
        for (let c = 0; c < commands; c++)
          for (const template of [
            'ops : TTY=pts/0 ; PWD=/home/ops ; USER=root ; COMMAND=<*>',
            'pam_unix(sudo:session): session opened for user root(uid=0) by ops(uid=1000)',
            'pam_unix(sudo:session): session closed for user root',
          ])
            events.push(
              minedEvent(at(minute + c, 19), {
                template,
                params: ['/usr/bin/journalctl'],
                service: 'sudo',
                file: 'syslog.log',
              }),
            );
      expect(analyze(events).anomalies.filter((a) => a.type === 'volume_drop')).toEqual([]);
    },
  );

  it('leaves alone a pause of a minute or so right after the source said it was stopping (a planned restart)', () => {
    const restart = (lastWords: string | null, untimed: string[] = []) => {
      const events = twoServices().filter(
        (e) =>
          !(
            e.service === 'worker' &&
            e.timestamp !== null &&
            e.timestamp >= at(100) &&
            e.timestamp < at(101, 50)
          ),
      );
      if (lastWords !== null)
        events.push(
          minedEvent(at(100), { template: lastWords, params: [], service: 'worker', file: 'worker.log' }),
        );
      // Lines without a time of their own, after the last timed one (they take its time).
      for (const template of untimed)
        events.push({
          ...minedEvent(at(100), { template, params: [], service: 'worker', file: 'worker.log' }),
          timestampInherited: true,
        });
      return analyze(events).anomalies.filter((a) => a.type === 'volume_drop');
    };
    expect(restart(null)).toHaveLength(1);
    expect(restart('Shutting down: Master')).toEqual([]);
    expect(restart('Handling signal: term')).toEqual([]);
    // PostgreSQL's fast shutdown ends on "database system is shut down" (blind4 250/s01).
    expect(restart('database system is shut down')).toEqual([]);
    expect(restart('Got SIGTERM: going down...')).toEqual([]);
    // A router's reload an operator asked for (blind10 4/s05).
    expect(
      restart(
        '%SYS-5-RELOAD: Reload requested by netadmin on vty0 (10.10.0.243). Reload Reason: Reload Command.',
      ),
    ).toEqual([]);
    // Last words that do not say so leave the silence an outage.
    expect(restart('processed batch of <*> items')).toHaveLength(1);
    // uWSGI says goodbye and starts again on lines without a time; the restart banner comes last.
    const banner = [
      '*** Starting uWSGI 2.0.23 (64bit) on [Mon May  1 20:13:00 2023] ***',
      'spawned uWSGI worker 1',
    ];
    expect(
      restart('processed batch of <*> items', [
        'SIGINT/SIGTERM received...killing workers...',
        'goodbye to uWSGI.',
        ...banner,
      ]),
    ).toEqual([]);
    expect(restart('processed batch of <*> items', banner)).toHaveLength(1);
    // Or says goodbye on a timed line, and only the banner has no time (blind4 70/s01).
    expect(restart('goodbye to uWSGI.', banner)).toEqual([]);
    // The stop message need not be the last line: Sidekiq says "Shutting down", three more lines, then
    // "Bye!" (blind3 392/s08) — one of the lines of the half minute before the pause may say it.
    // `lines` of the worker at their times, its traffic gone from `from` until the restart.
    const sequence = (lines: { template: string; ts: number }[], from: number) =>
      analyze([
        ...twoServices().filter(
          (e) =>
            !(
              e.service === 'worker' &&
              e.timestamp !== null &&
              e.timestamp >= from &&
              e.timestamp < at(101, 50)
            ),
        ),
        ...lines.map(({ template, ts }) =>
          minedEvent(ts, { template, params: [], service: 'worker', file: 'worker.log' }),
        ),
      ]).anomalies.filter((a) => a.type === 'volume_drop');
    const sidekiq = [
      'Shutting down',
      'Terminating quiet threads for default capsule',
      'Scheduler exiting...',
      'Pausing to allow jobs to finish...',
      'Bye!',
    ].map((template, i) => ({ template, ts: at(99, 59) + i * 200 }));
    expect(sequence(sidekiq, at(99, 59))).toEqual([]);
    // A stop message two minutes before the pause is not its own (work went on after it).
    expect(sequence([{ template: 'Stopping consumer <*>', ts: at(98) }], at(100))).toHaveLength(1);
  });

  it('fires on a silence longer than the baseline window (40 of 130 minutes), whose median it empties', () => {
    const events = twoServices(130).filter(
      (e) =>
        !(e.service === 'worker' && e.timestamp !== null && e.timestamp >= at(60) && e.timestamp < at(100)),
    );
    const drop = analyze(events).anomalies.find((a) => a.type === 'volume_drop');
    expect(drop?.evidence.source).toBe('worker');
    expect(drop && inWindow(drop, 60, 100)).toBe(true);
  });

  it('volume: a gap counts when the traffic on both sides is steady and it would hold enough events', () => {
    const steady = (n: number, v: number) => Array.from({ length: n }, () => v);
    const series = [...steady(30, 12), ...steady(20, 0), ...steady(30, 12)];
    expect(silentGaps(series)).toEqual([{ from: 30, to: 49, rate: 12, dispersion: 1, unmatched: true }]);
    // Traffic rising through the morning on both sides is no noise: its dispersion stays 1.
    const rising = [
      ...Array.from({ length: 30 }, (_, i) => 30 + 2 * i),
      0,
      0,
      0,
      0,
      ...Array.from({ length: 30 }, (_, i) => 98 + 2 * i),
    ];
    expect(silentGaps(rising)).toEqual([{ from: 30, to: 33, rate: 93, dispersion: 1, unmatched: false }]);
    // Bursty traffic, gaps and all, has no silence; nor has a trickle whose gap would hold few events.
    const bursty = Array.from({ length: 80 }, (_, i) => (i % 3 === 0 ? 30 : 0));
    expect(silentGaps(bursty)).toEqual([]);
    expect(silentGaps([...steady(30, 1), 0, 0, 0, ...steady(30, 1)])).toEqual([]);
    // A job that runs now and then (a scheduler's 5-minute slots, most of them skipped) is silent
    // most of the time: the pause between two busy spells is no outage.
    const job = [
      120, 110, 0, 0, 32, 0, 0, 0, 0, 0, 70, 79, 0, 0, 0, 0, 0, 0, 0, 84, 51, 0, 118, 0, 0, 0, 0, 0, 50, 115,
      18, 0, 0, 0, 42, 50, 0, 61, 0, 0, 0, 0, 0, 0, 0, 54,
    ];
    expect(silentGaps(job)).toEqual([]);
  });

  it('volume: a gap several times longer than any other of the source is unmatched', () => {
    const steady = (n: number, v: number) => Array.from({ length: n }, () => v);
    const gap = (others: number[]) => silentGaps([...others, ...steady(8, 0), ...steady(20, 6)]);
    expect(gap(steady(40, 6))[0]?.unmatched).toBe(true);
    // Two empty buckets elsewhere: eight is not four times as long as two and the one after them.
    expect(gap([...steady(20, 6), 0, 0, ...steady(20, 6)])[0]?.unmatched).toBe(false);
    // Five empty buckets are too short to tell, however steady the source.
    expect(silentGaps([...steady(40, 6), ...steady(5, 0), ...steady(20, 6)])[0]?.unmatched).toBe(false);
  });

  it('fires on a sparse error log, writing in clumps, silent three times as long as ever before (blind4 129/s03)', () => {
    // PHP-FPM's error log: a warning or a few lines of a fatal error every two minutes or so, silent for
    // 40 minutes of five hours while a busy access log keeps going.
    const random = seeded(7);
    const php: MinedEvent[] = [];
    for (let m = 0; m < 300; m += 1 + Math.floor(random() * 3)) {
      if (m >= 200 && m < 240) continue;
      const clump = random() < 0.4 ? 6 + Math.floor(random() * 3) : 1 + Math.floor(random() * 2);
      const ts = at(m, Math.floor(random() * 50));
      for (let k = 0; k < clump; k++)
        php.push(
          minedEvent(ts + k * 100, {
            template: 'WARNING: [pool www] child <*> said into stderr: "<*>"',
            params: [String(20000 + m), `PHP Warning: line ${k}`],
            level: 'warn',
            service: 'php-fpm',
            file: 'www-error.log',
          }),
        );
    }
    const web = healthyTraffic({
      minutes: 300,
      perMinute: 60,
      service: 'varnish',
      file: 'access.log',
      seed: 3,
    });
    const drop = analyze([...web, ...php]).anomalies.find((a) => a.type === 'volume_drop');
    expect(drop?.files).toEqual(['www-error.log']);
    expect(drop && inWindow(drop, 205, 235)).toBe(true);
  });

  it('fires when a file mixing many programs (syslog) goes silent as a whole', () => {
    const programs = ['sshd', 'cron', 'kernel', 'systemd', 'dhclient'];
    const syslog = programs.flatMap((service, i) =>
      healthyTraffic({ minutes: 180, perMinute: 4, service, file: 'syslog', seed: 20 + i }),
    );
    const events = [...twoServices(), ...syslog].filter(
      (e) =>
        !(e.file === 'syslog' && e.timestamp !== null && e.timestamp >= at(100) && e.timestamp < at(115)),
    );
    const drop = analyze(events).anomalies.find((a) => a.type === 'volume_drop');
    expect(drop?.evidence.source).toBe('syslog');
    expect(drop && inWindow(drop, 100, 115)).toBe(true);
  });

  it('fires when a source stops for good while the others keep logging', () => {
    const events = twoServices().filter(
      (e) => !(e.service === 'worker' && e.timestamp !== null && e.timestamp >= at(150)),
    );
    const drop = analyze(events).anomalies.find((a) => a.type === 'volume_drop');
    expect(drop?.evidence.source).toBe('worker');
    expect(drop?.description).toMatch(/did not resume while other sources kept logging/);
  });

  it('fires when a busy source stops fourteen minutes before the end of a six-hour bundle, not a quiet one', () => {
    // Five-minute buckets: two empty ones after the partial one it stopped in (blind5 38/s06).
    const stopsAt = (perMinute: number, minute: number) => {
      const broker = healthyTraffic({
        minutes: 370,
        perMinute,
        service: 'mosquitto',
        file: 'mqtt-broker.log',
        seed: 5,
      });
      const events = [
        ...twoServices(370),
        ...broker.filter((e) => e.timestamp !== null && e.timestamp < at(minute, 34)),
      ];
      return analyze(events).anomalies.filter(
        (a) => a.type === 'volume_drop' && a.evidence.source === 'mosquitto',
      );
    };
    const [drop, ...more] = stopsAt(80, 355);
    expect(more).toEqual([]);
    expect(drop?.description).toMatch(/did not resume while other sources kept logging/);
    // Four lines a minute: 20 a bucket, too few for two buckets to tell.
    expect(stopsAt(4, 355)).toEqual([]);
  });

  it('fires when a busy source logs for 44 minutes, then nothing for five hours while the others log on (blind 92/s03)', () => {
    const stops = (perMinute: number, minutes = 360) => {
      const ingress = healthyTraffic({ minutes: 44, perMinute, file: 'ingress.log', seed: 5 }).map((e) => ({
        ...e,
        service: null,
      }));
      return analyze([...twoServices(minutes), ...ingress]).anomalies.filter(
        (a) => a.type === 'volume_drop' && a.evidence.source === 'ingress.log',
      );
    };
    const [drop, ...more] = stops(84);
    expect(more).toEqual([]);
    expect(drop?.description).toMatch(/did not resume while other sources kept logging/);
    expect(drop && inWindow(drop, 45, 359)).toBe(true);
    // Four lines a minute are too few to tell from nine buckets.
    expect(stops(4)).toEqual([]);
  });

  it.each([
    ['a whole file (blind 87/s02)', null],
    ["one of a syslog's programs, as the file ended (blind 126/s01)", 'kernel'],
  ])('does not take a file ending six minutes before the others for a stop: %s', (_, service) => {
    // An ingress log ending at 16:19:58, the others at 16:25:55: the buckets 16:20 and 16:25 are empty,
    // ten minutes of them, but the file was silent six (blind 87/s02). The same of a syslog's kernel,
    // silent from the syslog's last line on, beside its sshd.
    const stopsAt = (minute: number, second: number) => {
      const ingress = [
        ...healthyTraffic({ minutes: 366, perMinute: 80, file: 'ingress.log', seed: 5 }).map((e) => ({
          ...e,
          service,
        })),
        ...(service === null
          ? []
          : healthyTraffic({ minutes: 366, perMinute: 3, service: 'sshd', file: 'ingress.log', seed: 9 })),
      ].filter((e) => e.timestamp !== null && e.timestamp < at(minute, second));
      const events = [...twoServices(366), ...ingress].sort(
        (a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0),
      );
      const analyzer = new Analyzer();
      for (const e of events) analyzer.add(e);
      const files = ['api.log', 'worker.log', 'ingress.log'].map((file) => {
        const times = events.filter((e) => e.file === file).map((e) => e.timestamp ?? 0);
        return {
          ...blankFileStats(file),
          firstTimestamp: Math.min(...times),
          lastTimestamp: Math.max(...times),
        };
      });
      // A whole file stopping is told of the file.
      return analyzer
        .finish({ patterns: [], files })
        .anomalies.filter(
          (a) =>
            a.type === 'volume_drop' &&
            (a.evidence.source === 'ingress.log' || a.evidence.source === service),
        );
    };
    expect(stopsAt(360, 0)).toEqual([]);
    // Eleven minutes before the others' end: a stop.
    expect(stopsAt(355, 0)[0]?.description).toMatch(/did not resume while other sources kept logging/);
  });

  it('judges a silence with its partial buckets: fourteen minutes of a source logging four lines a minute', () => {
    // A kubelet's 4 lines a minute in five-minute buckets, silent 13:57–14:11 of a five-hour file:
    // 3, 0, 4 where it logs 20, and only the empty bucket is 4σ low on its own (blind4 119/s01).
    const kubelet = (silent: boolean) => {
      const events = twoServices(300);
      const random = seeded(29);
      for (let m = 0; m < 300; m++)
        for (let k = poisson(random, 4); k > 0; k--) {
          const ts = at(m, Math.floor(random() * 60));
          if (silent && ts >= at(117, 23) && ts < at(131, 48)) continue;
          events.push(minedEvent(ts, { template: 'Pod status updated', service: null, file: 'kubelet.log' }));
        }
      return analyze(events).anomalies.filter((a) => a.type === 'volume_drop');
    };
    const [drop, ...more] = kubelet(true);
    expect(more).toEqual([]);
    expect(drop && inWindow(drop, 118, 130)).toBe(true);
    expect(kubelet(false)).toEqual([]);
    // A low bucket beside a flagged one joins its run; one beside none does not.
    const flags = [false, false, true, false, false, false];
    widenToPartialBuckets([20, 3, 0, 4, 20, 2], flags, [20, 20, 20, 20, 20, 20]);
    expect(flags).toEqual([false, true, true, true, false, false]);
  });

  it('takes a source starting where another stops and logging like it to the end as a handover, a stray line as none', () => {
    const stopped = twoServices().filter(
      (e) => !(e.service === 'worker' && e.timestamp !== null && e.timestamp >= at(150)),
    );
    const drops = (events: MinedEvent[]) =>
      analyze([...stopped, ...events]).anomalies.filter(
        (a) => a.type === 'volume_drop' && a.evidence.source === 'worker',
      );
    // A crash's last words, written without the service's name, just before the stop (blind2 99/s03).
    const stray = minedEvent(at(148), { template: 'process exited', service: null, file: 'worker.log' });
    expect(drops([stray])).toHaveLength(1);
    // A new worker (a renamed service, a rotated file) logging as the old one did, to the end.
    const successor = healthyTraffic({
      minutes: 180,
      perMinute: 40,
      service: 'worker-2',
      file: 'worker.log',
      seed: 3,
    }).filter((e) => e.timestamp !== null && e.timestamp >= at(150));
    expect(drops(successor)).toEqual([]);
  });

  it('fires when a quiet source (two lines a minute) stops for good, far longer than any pause it made before', () => {
    const quiet = (until: number, every = 1) =>
      healthyTraffic({
        minutes: 180,
        perMinute: 2,
        service: 'php-fpm',
        file: 'www-error.log',
        seed: 5,
      })
        // A file without a service field: the source is the file.
        .map((e) => ({ ...e, service: null }))
        .filter(
          (e) =>
            e.timestamp !== null &&
            e.timestamp < at(until) &&
            Math.floor((e.timestamp - T0) / MINUTE / 20) % every === 0,
        );
    const drops = (events: MinedEvent[]) =>
      analyze([...twoServices(), ...events]).anomalies.filter(
        (a) => a.type === 'volume_drop' && a.evidence.source === 'www-error.log',
      );
    const [drop] = drops(quiet(135));
    expect(drop?.description).toMatch(/did not resume while other sources kept logging/);
    expect(drop && inWindow(drop, 140, 175)).toBe(true);
    // One that logs in spells (twenty minutes on, twenty off) has paused that long before.
    expect(drops(quiet(135, 2))).toEqual([]);
    // Nor is a logger of a file that goes on (Caddy's "tls" after its certificates) stopping.
    const logger = quiet(135).map((e) => ({ ...e, service: 'tls', file: 'api.log' }));
    expect(
      analyze([...twoServices(), ...logger]).anomalies.filter(
        (a) => a.type === 'volume_drop' && a.evidence.source === 'tls',
      ),
    ).toEqual([]);
  });

  it('fires on an hour-long silence of a source logging a few lines a minute, judged by the traffic around it', () => {
    // Four and a half hours (five-minute buckets): the silence sinks the rolling baseline inside it
    // and makes the source look unsteady; its neighbours say what it should have logged.
    const kubelet = healthyTraffic({
      minutes: 270,
      perMinute: 4,
      service: 'kubelet',
      file: 'kubelet.log',
      seed: 9,
    });
    const events = [
      ...twoServices(270),
      ...kubelet.filter((e) => e.timestamp !== null && !(e.timestamp >= at(95) && e.timestamp < at(151))),
    ];
    const drop = analyze(events).anomalies.find(
      (a) => a.type === 'volume_drop' && a.evidence.source === 'kubelet',
    );
    expect(drop && inWindow(drop, 100, 145)).toBe(true);
    expect(
      analyze([...twoServices(270), ...kubelet]).anomalies.filter((a) => a.type === 'volume_drop'),
    ).toEqual([]);
  });

  it('does not fire for a file that ends a few minutes before the others (collected apart)', () => {
    const events = twoServices().filter(
      (e) => !(e.service === 'worker' && e.timestamp !== null && e.timestamp >= at(175)),
    );
    expect(analyze(events).anomalies.filter((a) => a.type === 'volume_drop')).toEqual([]);
  });

  it('reads a source that logs in clumps (five lines per Redis save) by its clumps: a 15-minute lull is no silence', () => {
    const events = twoServices(360);
    const random = seeded(11);
    // Saves at random (2.5 minutes apart on average), with a 15-minute lull around minute 200 as
    // such a process has now and then.
    for (let t = 0; t < 360; t += -Math.log(1 - random()) * 2.5) {
      if (t >= 195 && t < 210) continue;
      events.push(...redisSave(t));
    }
    events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    expect(analyze(events).anomalies.filter((a) => a.type === 'volume_drop')).toEqual([]);
  });

  it("rates a clumpy source's half-hour pause medium (few saves missed), a busy source's silence high", () => {
    const redis = (lull: [number, number]) => {
      const events = twoServices(360);
      const random = seeded(11);
      // Saves 3 minutes apart on average, five lines each, and a lull of 30 minutes (blind3 88/s02):
      // some 22 saves missed, more than chance allows, too few for an outage.
      for (let t = 0; t < 360; t += -Math.log(1 - random()) * 3) {
        if (t >= lull[0] && t < lull[1]) continue;
        events.push(...redisSave(t));
      }
      return analyze(events).anomalies.filter((a) => a.type === 'volume_drop');
    };
    const pause = redis([200, 230]);
    expect(pause.map((a) => a.severity)).toEqual(['medium']);
    // A Redis file that opens with two saves nine minutes apart, then none for 46 minutes, then one
    // every few minutes: most of its minutes are empty, so its robust spread is 0 and its lines read
    // as independent events — 46 missed. Weighed in saves of five lines it misses some nine: medium
    // (blind3 282/s05).
    const sparse = () => {
      const events = twoServices(180);
      const random = seeded(5);
      const saves = [50, 59];
      for (let t = 105; t < 180; t += 2 + random() * 3) saves.push(t);
      for (const t of saves) events.push(...redisSave(t));
      return analyze(events).anomalies.filter(
        (a) => a.type === 'volume_drop' && a.files.includes('redis.log'),
      );
    };
    expect(sparse().map((a) => a.severity)).toEqual(['medium']);
    const busy = twoServices().filter(
      (e) =>
        !(e.service === 'worker' && e.timestamp !== null && e.timestamp >= at(90) && e.timestamp < at(130)),
    );
    expect(
      analyze(busy)
        .anomalies.filter((a) => a.type === 'volume_drop')
        .map((a) => a.severity),
    ).toEqual(['high']);
  });

  it("judges two empty minutes where a source's pace changes at the quieter side's pace (blind 43/s09)", () => {
    // sshd at 18 a minute, then two empty minutes, then 6 a minute: at 6 a minute, two empty minutes
    // are no outage. At 18 a minute on both sides, they are.
    const sshd = (after: number) => {
      const random = seeded(43);
      const events: MinedEvent[] = [...twoServices(150)];
      for (let m = 0; m < 150; m++) {
        if (m === 70 || m === 71) continue;
        const n = poisson(random, m < 70 ? 18 : after);
        for (let k = 0; k < n; k++)
          events.push(
            minedEvent(at(m, Math.floor(random() * 60)), {
              template: 'Failed password for invalid user <*> from <*> port <*> ssh2',
              params: [`u${k}`, '203.0.113.9', String(40_000 + k)],
              service: 'sshd',
              file: 'auth.log',
            }),
          );
      }
      return analyze(events).anomalies.filter((a) => a.type === 'volume_drop');
    };
    expect(sshd(6)).toEqual([]);
    const [drop, ...more] = sshd(18);
    expect(more).toEqual([]);
    expect(drop && drop.evidence.source === 'sshd' && inWindow(drop, 70, 72)).toBe(true);
  });

  it('does not fire for a quiet source with natural gaps', () => {
    const events = [
      ...twoServices(),
      ...healthyTraffic({ minutes: 180, perMinute: 0.5, service: 'cron', file: 'cron.log', seed: 9 }),
    ];
    expect(analyze(events).anomalies.filter((a) => a.type === 'volume_drop')).toEqual([]);
  });
});

describe('pattern_spike', () => {
  it("leaves a minute's burst of a message of the usual traffic alone, not one of six minutes nor a burst of retries (blind19 26)", () => {
    // An IoT gateway's uploads, about 16 a minute beside its other lines; in minute 100 a burst at 9×
    // (its sensors' readings batched after a reconnect), or six minutes so.
    const run = (minutes: number[], template = 'HTTP POST <*> -> <*> in <*> ms') => {
      const random = seeded(23);
      const events: MinedEvent[] = [...twoServices(180)];
      for (let m = 0; m < 180; m++)
        for (let k = poisson(random, minutes.includes(m) ? 145 : 16); k > 0; k--)
          events.push(
            minedEvent(at(m, Math.floor(random() * 60)), {
              template,
              params: ['/api/readings', '200', String(40 + k)],
              service: 'gateway',
              file: 'gateway.log',
            }),
          );
      events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    };
    expect(run([100])).toEqual([]);
    expect(run([100, 101, 102, 103, 104, 105])).toHaveLength(1);
    // Words of trouble are told however short their burst.
    expect(run([100], 'HTTP POST <*> failed: <*>, retrying in <*> ms')).toHaveLength(1);
  });

  it('finds a retry storm of a pattern that usually appears now and then', () => {
    const events = twoServices();
    for (let m = 0; m < 180; m += 9)
      events.push(
        minedEvent(at(m, 5), {
          template: 'retrying connection to <*> (attempt <*>)',
          params: ['db:5432', '1'],
          level: 'warn',
          service: 'api',
          file: 'api.log',
        }),
      );
    for (let s = 0; s < 600; s++)
      events.push(
        minedEvent(at(120, s / 2), {
          template: 'retrying connection to <*> (attempt <*>)',
          params: ['db:5432', String(s % 5)],
          level: 'warn',
          service: 'api',
          file: 'api.log',
        }),
      );
    const spike = analyze(events).anomalies.find((a) => a.type === 'pattern_spike');
    expect(spike?.description).toMatch(/retrying connection/);
    expect(spike && inWindow(spike, 120, 126)).toBe(true);
  });

  it('reads no rise in a file back from a long pause at its usual rate; a burst after it still counts', () => {
    // A database log that stalled for 51 minutes (log shipping), then went on as before: more than half
    // of the hour around its return was the pause, whose zeros are no rate of its patterns.
    const resumed = (burstAt: number | null) => {
      const random = seeded(7);
      const stalled = (ts: number) => ts >= at(100) && ts < at(151);
      const events = [
        ...twoServices(180),
        ...healthyTraffic({
          minutes: 180,
          perMinute: 50,
          service: 'postgres',
          file: 'postgresql.log',
          seed: 3,
        }),
      ].filter((e) => e.file !== 'postgresql.log' || !stalled(e.timestamp ?? 0));
      const line = (ts: number, template: string, level: 'info' | 'error') =>
        minedEvent(ts, { template, level, service: 'postgres', file: 'postgresql.log' });
      for (let m = 0; m < 180; m++) {
        if (m >= 100 && m < 151) continue;
        for (let k = 0; k < poisson(random, 6); k++)
          events.push(
            line(at(m, k * 7), 'could not receive data from client: Connection reset by peer', 'info'),
          );
        for (let k = 0; k < poisson(random, 2); k++)
          events.push(line(at(m, 3 + k * 11), 'duplicate key value violates unique constraint <*>', 'error'));
      }
      if (burstAt !== null)
        for (let s = 0; s < 240; s++)
          events.push(
            line(at(burstAt, s), 'could not receive data from client: Connection reset by peer', 'info'),
          );
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike' || a.type === 'error_spike');
    };
    expect(resumed(null)).toEqual([]);
    const burst = resumed(165);
    expect(burst.map((a) => a.type)).toEqual(['pattern_spike']);
    expect(burst[0]?.description).toMatch(/Connection reset by peer/);
    expect(burst[0] && inWindow(burst[0], 165, 169)).toBe(true);
  });

  it('finds a few timeouts a minute for five minutes where there is one now and then (summed over minutes)', () => {
    const storm = (template: string, level: 'warn' | 'info') => {
      const events = twoServices();
      const line = (m: number, sec: number) =>
        minedEvent(at(m, sec), {
          template,
          params: ['10.0.0.5:4432'],
          level,
          service: 'pgbouncer',
          file: 'pgbouncer.log',
        });
      for (let m = 3; m < 180; m += 6) events.push(line(m, 7));
      // 100–105: six a minute, never ten in one minute.
      for (let s = 0; s < 30; s++) events.push(line(100 + Math.floor(s / 6), (s % 6) * 10));
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    };
    const timeouts = storm('<*> pooler error: query_wait_timeout', 'warn');
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0] && inWindow(timeouts[0], 100, 105)).toBe(true);
    // The same shape of an ordinary message is left alone (a small burst of work).
    expect(storm('<*> login attempt: db=shop user=app', 'info')).toEqual([]);
  });

  it('finds a rare error gathering in a few minutes, too few for a spike; not a message that comes in clumps', () => {
    const clump = (background: number[], clumpMinute: number, size: number) => {
      const events = twoServices(420);
      const line = (m: number, sec: number) =>
        minedEvent(at(m, sec), {
          template: 'deadlock detected',
          level: 'error',
          service: 'postgres',
          file: 'postgresql.log',
        });
      for (const m of background) events.push(line(m, 11));
      // `size` in four minutes (blind4 82/s03: eleven deadlocks where there is one every twenty minutes).
      for (let i = 0; i < size; i++)
        events.push(line(clumpMinute + Math.floor((i * 4) / size), (i * 7) % 60));
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    };
    const now = [3, 31, 52, 77, 99, 131, 150, 181, 230, 262, 280, 301, 333, 352, 371, 388, 410];
    const found = clump(now, 200, 11);
    expect(found).toHaveLength(1);
    expect(found[0] && inWindow(found[0], 200, 204)).toBe(true);
    expect(found[0]?.description).toMatch(/deadlock detected" occurred 11 times/);
    // Seven are no clump; nor eleven of a message that comes in fours now and then.
    expect(clump(now, 200, 7)).toEqual([]);
    const inFours = now.flatMap((m) => (m % 3 === 0 ? [m, m, m, m] : [m]));
    expect(clump(inFours, 200, 9)).toEqual([]);
    // A burst of eleven minutes: its busiest five hold 9, the five before them 5 (blind4 148/s09).
    const sparse = now.filter((_, i) => i % 2 === 0);
    const longer = clump([...sparse, 195, 196, 197, 198, 199], 200, 9);
    expect(longer).toHaveLength(1);
    expect(longer[0] && inWindow(longer[0], 200, 204)).toBe(true);
  });

  it('finds a rare error coming back all through twenty minutes (a spell, too slow for a clump); not one that always comes so', () => {
    // Three and a half hours of a database log with a statement timeout now and then, then `size` of
    // them over twenty minutes: one every minute or so, never eight in five minutes (blind4 304/s05).
    const spell = (background: number[], size: number, level: 'error' | 'warn' = 'error') => {
      const events = twoServices(210);
      const line = (m: number, sec: number) =>
        minedEvent(at(m, sec), {
          template: 'canceling statement due to statement timeout',
          level,
          service: 'postgres',
          file: 'postgresql.log',
        });
      for (const m of background) events.push(line(m, 17));
      for (let i = 0; i < size; i++) events.push(line(120 + Math.floor((i * 20) / size), (i * 13) % 60));
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    };
    const found = spell([25, 72], 18);
    expect(found).toHaveLength(1);
    expect(found[0] && inWindow(found[0], 120, 140)).toBe(true);
    expect(found[0]?.description).toMatch(/statement timeout" occurred 18 times/);
    // Ten are too few; the same at a warning's level is a storm's to judge (20 or more).
    expect(spell([25, 72], 10)).toEqual([]);
    expect(spell([25, 72], 18, 'warn')).toEqual([]);
    // Nor eighteen of an error that comes eight or nine to the half hour all along.
    const steady = Array.from({ length: 60 }, (_, i) => Math.floor(i * 1.6)).filter((m) => m < 110);
    expect(spell([...steady, ...steady.map((m) => m + 150).filter((m) => m < 210)], 18)).toEqual([]);
  });

  it('finds one exception gathering under a message that fails otherwise all day, across a boundary of five-minute buckets', () => {
    // Seventeen hours (five-minute buckets): Django's "Error handling request" with a KeyError every
    // seven minutes, three ValueErrors every two hours and a statement timeout now and then, then eleven timeouts in six minutes, minutes
    // 502–507, across the buckets' boundary at 505 (blind4 282/s03).
    const burst = (size: number, background: readonly number[]) => {
      const events = twoServices(1000);
      const failure = (m: number, sec: number, exception: string) =>
        pythonFailure(at(m, sec), exception, {
          template: 'Error handling request <*>',
          params: ['/api'],
          file: 'api.log',
        });
      for (let m = 3; m < 1000; m += 7) events.push(failure(m, 13, "KeyError: 'shipping_address'"));
      for (let m = 40; m < 1000; m += 120)
        for (let k = 0; k < 3; k++)
          events.push(failure(m, 20 * k, "ValueError: invalid literal for int() with base 10: 'undefined'"));
      const timeout = 'django.db.utils.OperationalError: canceling statement due to statement timeout';
      for (const m of background) events.push(failure(m, 41, timeout));
      for (let i = 0; i < size; i++)
        events.push(failure(502 + Math.floor((i * 6) / size), (i * 13) % 60, timeout));
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    };
    const now = [90, 300, 650, 810];
    const found = burst(11, now);
    expect(found).toHaveLength(1);
    expect(found[0] && inWindow(found[0], 502, 507)).toBe(true);
    expect(found[0]?.description).toMatch(
      /Error handling request <\*> \[django\.db\.utils\.OperationalError: canceling stateme…" occurred/,
    );
    // Seven are no clump; nor eleven of an exception that comes in fives now and then.
    expect(burst(7, now)).toEqual([]);
    expect(burst(11, [...now, ...now.flatMap((m) => [m, m + 1, m + 1, m + 2])])).toEqual([]);
  });

  it('finds a rare troubled warning coming back all through half an hour, not one that comes as often all day', () => {
    // PgBouncer's max_client_conn warning, once an hour, then 35 in 25 minutes: one to five a minute,
    // never enough in a minute or five for a spike (blind4 9/s01).
    const warnings = (minutes: number[]) => {
      const events = twoServices(240);
      for (const [i, m] of minutes.entries())
        events.push(
          minedEvent(at(m, (i * 17) % 60), {
            template: '<*> pooler error: no more connections allowed (max_client_conn)',
            params: [`C-0x${i}`],
            level: 'warn',
            service: 'pgbouncer',
            file: 'pgbouncer.log',
          }),
        );
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    };
    const hourly = [20, 80, 200];
    const storm = Array.from({ length: 35 }, (_, i) => 130 + Math.floor((i * 25) / 35));
    const [found, ...more] = warnings([...hourly, ...storm]);
    expect(more).toEqual([]);
    expect(found && inWindow(found, 130, 154)).toBe(true);
    // As many spread over the four hours are the warning's usual pace.
    expect(warnings(Array.from({ length: 38 }, (_, i) => 3 + i * 6))).toEqual([]);
    // Nor is a warning written every two minutes all along, at 4× for half an hour: no rare message
    // (ZooKeeper's session expiries, blind5 17/s06).
    const steady = Array.from({ length: 120 }, (_, i) => i * 2).filter((m) => m < 130 || m >= 160);
    const thrice = Array.from({ length: 60 }, (_, i) => 130 + Math.floor((i * 30) / 60));
    expect(warnings([...steady, ...thrice])).toEqual([]);
  });

  it('finds several rare warnings of one file gathering together as a chorus; not one warning alone (blind9 28/s05)', () => {
    // ESXi's vmkernel.log: `NMP device … state in doubt` and `Device … performance has deteriorated`
    // at WARNING, 18 and 10 in four minutes, 37 in the three hours around them (their minutes there).
    const nmp =
      'WARNING: NMP: nmp_DeviceRequestFastDeviceProbe:<*>: NMP device "naa.<*>" state in doubt; requested fast path state update...';
    const scsi =
      'WARNING: ScsiDeviceIO: <*>: Device naa.<*> performance has deteriorated. I/O latency increased from average value of <*> microseconds to <*> microseconds.';
    const burst = (counts: number[]) => counts.flatMap((n, k) => Array<number>(n).fill(153 + k));
    const warnings = (voices: [string, number[]][]) => {
      const events = twoServices(188);
      for (const [template, minutes] of voices)
        for (const [i, m] of minutes.entries())
          events.push(
            minedEvent(at(m, (i * 13) % 60), {
              template,
              params: ['237', `6000${i % 3}`],
              level: 'warn',
              service: 'vmkwarning',
              file: 'vmkernel.log',
            }),
          );
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    };
    const nmpMinutes = [
      8, 10, 11, 27, 35, 43, 44, 54, 73, 90, 94, 98, 105, 116, 119, 123, 136, 148, 179, 183,
    ];
    const scsiMinutes = [7, 27, 35, 36, 44, 49, 49, 53, 55, 57, 63, 70, 77, 142, 150, 174, 181];
    const [found, ...more] = warnings([
      [nmp, [...nmpMinutes, ...burst([3, 7, 3, 5])]],
      [scsi, [...scsiMinutes, ...burst([1, 2, 3, 4])]],
    ]);
    expect(more).toEqual([]);
    expect(found && inWindow(found, 153, 157)).toBe(true);
    expect(found?.description).toMatch(
      /^2 warnings of vmkernel\.log gathered .*: "WARNING: NMP: .*" 18×, "WARNING: ScsiDeviceIO: .*" 10× — 28 in all/,
    );
    expect(found?.evidence.patternIds).toHaveLength(2);
    // Nor one warning written in two lines each time (a retry and the error under it: blind6 227/s03).
    const retried = [...nmpMinutes, ...burst([3, 7, 3, 5])];
    expect(
      warnings([
        [nmp, retried],
        ['** (Mint.TransportError) socket closed', retried],
      ]),
    ).toEqual([]);
    // One of them alone so is no finding, nor with the other's usual pace beside it (two in the clump).
    expect(warnings([[nmp, [...nmpMinutes, ...burst([3, 7, 3, 5])]]])).toEqual([]);
    expect(
      warnings([
        [nmp, [...nmpMinutes, ...burst([3, 7, 3, 5])]],
        [scsi, [...scsiMinutes, ...burst([0, 1, 0, 1])]],
      ]),
    ).toEqual([]);
  });

  it('reports variants of one message spiking together as one finding; another message stays apart', () => {
    const events = twoServices();
    const prefix =
      'Error thrown while handling message App\\Message\\SendNewsletter. Sending for retry #<*> using <*> ms delay. Error:';
    const errors = [
      '"Connection refused"',
      '"Lock wait timeout exceeded; try restarting transaction"',
      '"SMTP server returned <*> Too many connections"',
    ];
    for (let s = 0; s < 600; s++) {
      events.push(
        minedEvent(at(120, s / 2), {
          template: `${prefix} ${errors[s % 3] ?? ''}`,
          params: [String(s % 5), '1000'],
          level: 'warn',
          service: 'messenger',
          file: 'prod.log',
        }),
      );
      if (s % 3 === 0)
        events.push(
          minedEvent(at(121, s / 4), {
            template: 'Cache pool <*> was cleared',
            params: ['app'],
            level: 'warn',
            service: 'cache',
            file: 'prod.log',
          }),
        );
    }
    const spikes = analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    expect(spikes.map((a) => a.evidence.patternIds.length).sort()).toEqual([1, 3]);
    const storm = spikes.find((a) => a.evidence.patternIds.length === 3);
    expect(storm?.description).toMatch(/with 2 variants of it \(600 events in all\)\.$/);
  });

  it("finds one troubled message split by a word (PgBouncer's database user) spiking as a family, each variant below the bar", () => {
    const family = (template: string, level: 'warn' | 'info') => {
      const events = twoServices();
      const users = ['postgres', 'report', 'admin'];
      const line = (m: number, sec: number, user: string) =>
        minedEvent(at(m, sec), {
          template: template.replace('USER', user),
          params: ['C-0x55ba90a6e6b6', '10.1.82.91:56006'],
          level,
          service: 'pgbouncer',
          file: 'pgbouncer.log',
        });
      // Each user's now and then (one every 40 minutes), then 36 in ten minutes between them (blind4 46/s02).
      users.forEach((user, u) => {
        for (let m = 7 + 13 * u; m < 180; m += 40) events.push(line(m, 3, user));
      });
      for (let s = 0; s < 36; s++)
        events.push(line(120 + Math.floor(s / 4), (s % 4) * 15, users[s % 3] ?? ''));
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    };
    const [storm, ...more] = family(
      '<*>: shop/USER@<*> pooler error: password authentication failed',
      'warn',
    );
    expect(more).toEqual([]);
    expect(storm && inWindow(storm, 120, 129)).toBe(true);
    expect(storm?.evidence.patternIds).toHaveLength(3);
    expect(storm?.description).toMatch(
      /password authentication failed" occurred 13 times .*, with 2 variants of it \(37 events in all\)\.$/,
    );
    // Ordinary messages of that shape are left alone (a burst of logins is work, not trouble).
    expect(family('<*>: shop/USER@<*> login attempt: db=shop user=USER', 'info')).toEqual([]);
  });

  it('finds such a family clumping: a warning of failure ten times in three minutes, too few to spike', () => {
    const family = (clumped: boolean, level: 'warn' | 'info' = 'warn') => {
      const events = twoServices();
      const users = ['postgres', 'report', 'admin'];
      const line = (m: number, sec: number, user: string) =>
        minedEvent(at(m, sec), {
          template: `<*>: shop/${user}@<*> pooler error: password authentication failed`,
          params: ['C-0x55ba90a6e6b6', '10.1.82.91:56006'],
          level,
          service: 'pgbouncer',
          file: 'pgbouncer.log',
        });
      // Two of each user's in three hours; ten more in three minutes (blind4 183/s10), or spread out.
      users.forEach((user, u) => events.push(line(11 + 7 * u, 3, user), line(150 + 9 * u, 3, user)));
      for (let k = 0; k < 10; k++)
        events.push(
          clumped
            ? line(100 + Math.floor(k / 4), (k % 4) * 15, users[k % 3] ?? '')
            : line(15 * k + 2, 40, users[k % 3] ?? ''),
        );
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    };
    const [clump, ...more] = family(true);
    expect(more).toEqual([]);
    expect(clump && inWindow(clump, 100, 103)).toBe(true);
    expect(clump?.evidence.patternIds).toHaveLength(3);
    expect(family(false)).toEqual([]);
    // A message that does not say it failed, at INFO, is left alone.
    expect(family(true, 'info')).toEqual([]);
  });

  it('finds a PHP warning of reading what is not there gathering in ten minutes (blind4 379/s05)', () => {
    // PHP-FPM relays PHP's warnings at WARNING: `Undefined array key "shipping"` eleven times in five
    // hours, then seventeen in ten minutes — too few for a spike, a clump of a message saying it failed.
    const warnings = (template: string) => {
      const events = twoServices(330);
      const line = (m: number, sec: number) =>
        minedEvent(at(m, sec), {
          template,
          params: ['22354', 'shipping', '84'],
          level: 'warn',
          service: 'php-fpm',
          file: 'php-fpm.log',
        });
      for (const m of [65, 73, 112, 120, 173, 208, 233, 291, 314, 321, 322]) events.push(line(m, 17));
      [0, 1, 1, 3, 3, 3, 3, 4, 5, 6, 7, 8, 9, 9, 9, 9, 9].forEach((d, k) => events.push(line(94 + d, 3 * k)));
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    };
    const [clump, ...more] = warnings(
      'child <*> said into stderr: "PHP Warning:  Undefined array key "<*>" in /var/www/src/Checkout/Summary.php on line <*>"',
    );
    expect(more).toEqual([]);
    expect(clump && inWindow(clump, 94, 103)).toBe(true);
    // A warning that does not say something went wrong is left alone.
    expect(
      warnings('child <*> said into stderr: "PHP Deprecated:  Creation of dynamic property <*> on line <*>"'),
    ).toEqual([]);
  });

  it('finds an error quoting its statement clumping as a family: one pattern per statement (blind3 290/s06)', () => {
    // ClickHouse's memory limit, once or twice in five hours, then twelve in five minutes: each quotes
    // its query, which the miner keeps as words, so each statement's length is a pattern of its own.
    const memory =
      'executeQuery: Code: <*>. DB::Exception: Memory limit (for query) exceeded: would use <*> GiB (attempt to allocate chunk of <*> bytes), maximum: <*> GiB: While executing AggregatingTransform. (MEMORY_LIMIT_EXCEEDED) (from <*>) (in query:';
    const timeout =
      'executeQuery: Code: <*>. DB::Exception: Timeout exceeded: elapsed <*> seconds, maximum: <*>. (TIMEOUT_EXCEEDED) (from <*>) (in query:';
    const queries = [
      'SELECT toStartOfHour(ts) AS h, count() FROM default.orders_flat WHERE ts >= now() - INTERVAL <*> DAY GROUP BY h ORDER BY h)',
      'SELECT uniqExact(user_id) FROM default.logs WHERE event_date = today())',
      'SELECT path, quantile(<*>)(duration_ms) FROM default.clicks WHERE ts > now() - <*> GROUP BY path ORDER BY <*> DESC LIMIT <*>)',
      'SELECT * FROM default.clicks WHERE session_id = <*> ORDER BY ts LIMIT <*>)',
    ];
    // `mixed`: every other one of the twelve is another error (a timeout) quoting the same statements.
    const run = (clumped: boolean, mixed = false) => {
      const events = twoServices(300);
      const line = (m: number, sec: number, k: number) =>
        minedEvent(at(m, sec), {
          template: `${mixed && k % 2 === 1 ? timeout : memory} ${queries[k % queries.length] ?? ''}`,
          params: ['241', '9.4', '76421388', '9.31', '10.0.14.45:37361'],
          level: 'error',
          service: 'clickhouse',
          file: 'clickhouse-server.log',
        });
      events.push(line(73, 13, 0), line(250, 42, 2));
      for (let k = 0; k < 12; k++)
        events.push(clumped ? line(140 + Math.floor(k / 3), (k % 3) * 20, k) : line(20 * k + 5, 9, k));
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    };
    const [clump, ...more] = run(true);
    expect(more).toEqual([]);
    expect(clump && inWindow(clump, 140, 144)).toBe(true);
    expect(clump?.evidence.patternIds).toHaveLength(4);
    expect(clump?.description).toMatch(/Memory limit \(for query\) exceeded/);
    expect(run(false)).toEqual([]);
    // Two errors that open alike for a few words only are two messages: six of each is no clump.
    expect(run(true, true)).toEqual([]);
  });

  it("tells the whole of a twenty-minute burst whose busiest minutes alone clear a minute's bound", () => {
    const events = twoServices();
    const line = (m: number, sec: number) =>
      minedEvent(at(m, sec), {
        template: '<*>: main/app@<*> pooler error: query_wait_timeout',
        params: ['C-0x55ba90a6e6b6', '10.1.82.91:56006'],
        level: 'warn',
        service: 'pgbouncer',
        file: 'pgbouncer.log',
      });
    for (let m = 3; m < 180; m += 25) events.push(line(m, 7));
    // 100–120: 5 to 11 a minute, 14 in two of them (blind4 5/s08).
    const perMinute = [5, 4, 10, 7, 8, 5, 8, 9, 7, 11, 7, 9, 9, 14, 11, 7, 5, 14, 3, 5];
    perMinute.forEach((n, k) => {
      for (let i = 0; i < n; i++) events.push(line(100 + k, Math.floor((60 * i) / n)));
    });
    const [storm, ...more] = analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    expect(more).toEqual([]);
    expect(storm && Date.parse(storm.start) <= at(101) && Date.parse(storm.end) >= at(119)).toBe(true);
  });

  it('counts the minutes of a burst that spilled across a bucket boundary toward its size', () => {
    // PgBouncer's "no more connections allowed" per five minutes: 19 in one bucket, 2 on each side,
    // about one an hour elsewhere (blind4 48/s01): 23 in all, over the 20 a troubled burst needs.
    const values = [
      0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 3, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 2,
      3, 0, 1, 0, 1, 0, 0, 0, 2, 19, 2, 0, 1, 2, 1, 1,
    ];
    const options = { minCount: 10, minFactor: 5, z: 6, minExcess: 20 };
    expect(findSpikes(values, options)).toEqual([]);
    expect(findSpikes(values, { ...options, shoulders: true }).map((s) => [s.from, s.to])).toEqual([
      [44, 44],
    ]);
    // Without the spill the burst is too small still.
    const alone = values.map((v, i) => (i === 43 || i === 45 ? 0 : v));
    expect(findSpikes(alone, { ...options, shoulders: true })).toEqual([]);
  });

  it('tells the lines one failing job writes (Sidekiq: fail, the exception, its message) as one finding', () => {
    const events = twoServices();
    const lines = [
      { template: 'fail', level: 'warn' as const },
      {
        template: 'context=Job raised exception job.retry=<*> job.queue=default job.class=<*>',
        level: 'warn' as const,
      },
      {
        template:
          'ActiveRecord::ConnectionTimeoutError: could not obtain a connection from the pool within <*> seconds',
        level: 'error' as const,
      },
    ];
    const job = (m: number, sec: number) =>
      lines.forEach(({ template, level }, k) =>
        events.push(
          minedEvent(at(m, sec + k * 0.01), {
            template,
            params: ['true', 'SyncJob', '5.000'],
            level,
            service: 'sidekiq',
            file: 'sidekiq.log',
          }),
        ),
      );
    for (let m = 4; m < 180; m += 45) job(m, 3);
    for (let s = 0; s < 40; s++) job(120 + Math.floor(s / 8), (s % 8) * 7);
    // A different message bursting at the same time, but not as often, stays apart.
    for (let s = 0; s < 80; s++)
      events.push(
        minedEvent(at(120 + Math.floor(s / 16), (s % 16) * 3), {
          template: 'Redis::TimeoutError: Connection timed out',
          level: 'error',
          service: 'sidekiq',
          file: 'sidekiq.log',
        }),
      );
    const spikes = analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    expect(spikes.map((a) => a.evidence.patternIds.length).sort()).toEqual([1, 3]);
    const failing = spikes.find((a) => a.evidence.patternIds.length === 3);
    expect(failing?.description).toMatch(
      /^"ActiveRecord::ConnectionTimeoutError: .*" occurred 40 times .*; "context=Job raised exception .*" and "fail" were written as often with it \(lines of the same events\)\.$/,
    );
  });

  it('tells a new message that came as a storm and then strayed twice as a pattern spike, not a new pattern', () => {
    const events = twoServices();
    const retry = (m: number, sec: number) =>
      minedEvent(at(m, sec), {
        template:
          'Retrying [<*>] attempt <*> of <*> after exception: cURL error 7: Failed to connect to erp.internal port 443',
        params: ['App\\Jobs\\SyncOrderToErp', '3', '5'],
        level: 'warn',
        service: 'laravel',
        file: 'laravel.log',
      });
    for (let m = 0; m < 180; m++)
      events.push(
        minedEvent(at(m, 30), {
          template: 'Processed order <*>',
          params: [String(m)],
          service: 'laravel',
          file: 'laravel.log',
        }),
      );
    // 40 a minute for 17 minutes from minute 100 (blind3 92/s09), then once at 130 and once at 170.
    for (let s = 0; s < 680; s++) events.push(retry(100 + Math.floor(s / 40), (s % 40) * 1.5));
    events.push(retry(130, 5), retry(170, 5));
    const found = analyze(events).anomalies;
    expect(found.map((a) => a.type).sort()).toEqual(['pattern_spike', 'volume_spike']);
    const storm = found.find((a) => a.type === 'pattern_spike');
    expect(storm?.evidence.related).toEqual(['new_pattern']);
    expect(storm && inWindow(storm, 100, 117)).toBe(true);
  });

  it('tells a storm of a new message that ends a quarter of an hour before the file as a spike', () => {
    // Mosquitto: devices reconnecting with the same client id, 3 to 15 a minute for eight minutes,
    // none in the twelve minutes left (blind5 94/s02).
    const events = mosquittoReconnects(160, [3, 13, 14, 15, 9, 8, 9, 3]);
    const found = analyze(events).anomalies.filter((a) => a.type !== 'volume_spike');
    expect(found.map((a) => a.type)).toEqual(['pattern_spike']);
    expect(found[0]?.evidence.related).toEqual(['new_pattern']);
  });

  it('tells a storm of a new message, seven a minute (too few a minute for the spike detector), as a spike when it came and went (blind5 128/s05)', () => {
    // Mosquitto: devices reconnecting with the same client ids, about seven a minute for 14
    // minutes; none in the 46 minutes after, or still coming when the file ends.
    const storm = (fromMinute: number, perMinute: number) =>
      analyze(mosquittoReconnects(fromMinute, Array<number>(14).fill(perMinute))).anomalies.filter(
        (a) => a.type !== 'volume_spike',
      );
    const gone = storm(121, 7);
    expect(gone.map((a) => [a.type, a.evidence.related])).toEqual([['pattern_spike', ['new_pattern']]]);
    expect(gone[0]?.description).toMatch(/occurred 98 times; .*none in the 4\d minutes after it\.$/);
    // Still coming at the end of the file, or a trickle (one a minute): news, not a storm.
    expect(storm(166, 7).map((a) => a.type)).toEqual(['new_pattern']);
    expect(storm(121, 1).map((a) => a.type)).toEqual(['new_pattern']);
  });

  it('does not fire on a batch job that bursts every hour', () => {
    const events = twoServices(240);
    for (let h = 0; h < 4; h++)
      for (let s = 0; s < 300; s++)
        events.push(
          minedEvent(at(h * 60 + 30, s / 10), {
            template: 'batch: exported row <*>',
            params: [String(s)],
            service: 'api',
            file: 'api.log',
          }),
        );
    expect(
      analyze(events).anomalies.filter((a) => a.type === 'pattern_spike' || a.type === 'volume_spike'),
    ).toEqual([]);
  });
});

describe('pattern_spike on a scheduled job', () => {
  it("leaves a job's work alone where the file announced the job's start, and still finds it unannounced", () => {
    // An hourly index sync in a web API's log: its first run in the file does 36 batches in three
    // minutes, the next one 9 — a pattern "up from almost never" at first sight.
    const run = (announce: boolean) => {
      const events = twoServices(150);
      for (const [start, batches] of [
        [20, 36],
        [80, 9],
      ] as const) {
        if (announce)
          events.push(
            minedEvent(at(start), {
              template: 'Starting scheduled job <*>',
              params: ['sync-account-search-index'],
              service: 'api',
              file: 'api.log',
            }),
          );
        for (let k = 0; k < batches; k++)
          events.push(
            minedEvent(at(start, 2 + k * 5), {
              template: 'Processed batch <*> (<*> records)',
              params: [`${k + 1}/${batches}`, String(250 + k)],
              service: 'api',
              file: 'api.log',
            }),
          );
      }
      return analyze(events).anomalies.filter((a) => a.description.includes('Processed batch'));
    };
    expect(run(true)).toEqual([]);
    expect(run(false).length).toBeGreaterThan(0);
  });

  it('leaves a message its file starts busy with alone, and still finds it rising later (blind6 1/s10)', () => {
    // MySQL's slow log: `use shop;` before most queries of its first half hour (new connections),
    // 16 a minute decaying to one in a few minutes, over four hours beside a busy app.
    const slowLog = (burstAt: number | null) => {
      const events = twoServices(240);
      const random = seeded(3);
      for (let m = 0; m < 240; m++) {
        const rate = burstAt !== null && m >= burstAt && m < burstAt + 5 ? 30 : 16 * Math.exp(-m / 12) + 0.5;
        for (let k = 0; k < poisson(random, rate); k++)
          events.push(
            minedEvent(at(m, Math.floor(random() * 60)), {
              template: 'use shop;',
              params: [],
              service: null,
              file: 'mysql-slow.log',
            }),
          );
      }
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    };
    expect(slowLog(null)).toEqual([]);
    const [late, ...more] = slowLog(150);
    expect(more).toEqual([]);
    expect(late && inWindow(late, 150, 155)).toBe(true);
  });

  it("leaves clients reconnecting right after their server's restart alone, and still finds a wave without one", () => {
    // Mosquitto restarted: sixty devices connect again within half a minute (blind5 1/s02).
    const run = (restart: boolean) => {
      const events = twoServices(240);
      for (let m = 0; m < 240; m += 4)
        events.push(
          minedEvent(at(m, 17), {
            template: 'New client connected from <*> as <*> (p2, c1, k60).',
            params: ['10.0.0.9:4000', `pump-${m}`],
            service: 'mosquitto',
            file: 'mosquitto.log',
          }),
        );
      if (restart)
        events.push(
          minedEvent(at(150, 2), {
            template: 'mosquitto version <*> starting',
            params: ['1.6.12'],
            service: 'mosquitto',
            file: 'mosquitto.log',
          }),
        );
      for (let k = 0; k < 60; k++)
        events.push(
          minedEvent(at(150, 4 + (k % 30)), {
            template: 'New client connected from <*> as <*> (p2, c1, k60).',
            params: ['10.0.0.9:4000', `pump-${k}`],
            service: 'mosquitto',
            file: 'mosquitto.log',
          }),
        );
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    };
    expect(run(true)).toEqual([]);
    expect(run(false).length).toBeGreaterThan(0);
  });

  it('does not fire on a job run every ten minutes whose work varies from run to run', () => {
    // Eight hours: five-minute buckets, so the job's runs fall in every other bucket.
    const events = twoServices(480);
    const random = seeded(7);
    for (let m = 0; m < 480; m += 10) {
      const count = 1 + Math.floor(random() * 48);
      for (let k = 0; k < count; k++)
        events.push(
          minedEvent(at(m, k), {
            template: 'Feed item <*> imported',
            params: [String(1000 + k)],
            service: 'scheduler',
            file: 'laravel.log',
          }),
        );
    }
    events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    expect(analyze(events).anomalies.filter((a) => a.type === 'pattern_spike')).toEqual([]);
  });
});

describe('pattern_spike on a job of uneven runs over steady traffic', () => {
  const jobOptions = { minCount: 5, minFactor: 3, z: 4, minExcess: 10 };
  it('recognises runs every ten minutes of 13 to 58 events, a stray burst besides, by the lag they recur at', () => {
    // "Invoice <*> generated for customer <*>" per minute over three hours (a .NET service).
    const invoices =
      '0 0 0 1 5 4 2 1 17 5 50 2 2 0 2 4 3 3 3 3 55 0 2 5 4 4 5 5 2 2 32 2 4 4 0 4 0 1 2 2 18 2 1 2 5 2 3 0 2 1 20 5 2 21 4 2 4 0 4 4 13 2 2 2 3 5 7 3 14 3 25 0 1 3 6 0 5 4 4 3 13 2 3 3 1 1 2 1 2 3 21 0 3 2 6 1 2 2 9 1 57 2 4 1 5 2 4 1 3 2 34 2 0 9 2 6 3 2 2 2 30 1 2 4 4 1 2 1 14 1 58 3 7 2 1 1 5 4 2 1 26 0 2 11 1 1 3 2 1 1 47 3 2 2 3 3 0 2 9 2 23 5 3 3 6 3 7 4 3 3 8 8 3 7 4 6 0 2 4 0 29 0'
        .split(' ')
        .map(Number);
    expect(recursAtOneLag(findSpikes(invoices, jobOptions), invoices)).toBe(true);
    // Bursts at random times, and one long storm, do not recur at one lag.
    for (let seed = 1; seed <= 20; seed++) {
      const random = seeded(seed);
      const values = Array.from({ length: 180 }, () => poisson(random, 3));
      for (let k = 0; k < 6; k++) values[Math.floor(random() * 180)] = 20 + Math.floor(random() * 40);
      expect(recursAtOneLag(findSpikes(values, jobOptions), values)).toBe(false);
    }
    const storm = Array.from({ length: 180 }, (_, i) => (i >= 60 && i < 75 ? 40 : 3));
    expect(recursAtOneLag(findSpikes(storm, jobOptions), storm)).toBe(false);
  });
});

describe('pattern_spike on a job run two or three times', () => {
  it('does not fire when each run spills a few events into the next bucket', () => {
    // Runs at 15:02 and 16:02 for four minutes (10 a minute), a short first run at 13:02: 5-minute
    // buckets cut each run into a big part and a small one.
    const events = twoServices(250);
    const run = (minute: number, count: number) => {
      for (let k = 0; k < count; k++)
        events.push(
          minedEvent(at(minute, k * 6), {
            template: 'jobs: batch processed batch=<*> count=<*>',
            params: [String(k), '250'],
            service: 'worker',
            file: 'worker.log',
          }),
        );
    };
    run(62, 5);
    run(182, 34);
    run(242, 38);
    events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    expect(analyze(events).anomalies.filter((a) => a.type === 'pattern_spike')).toEqual([]);
  });

  it('does not fire on two runs of different sizes (the work each found), within a factor of two', () => {
    const events = twoServices(250);
    for (const [minute, count] of [
      [100, 60],
      [160, 98],
    ] as const)
      for (let k = 0; k < count; k++)
        events.push(
          minedEvent(at(minute, k * 2), {
            template: 'App\\Jobs\\ExpireReservations ................. <*> DONE',
            params: ['12.5ms'],
            service: 'worker',
            file: 'worker.log',
          }),
        );
    events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    expect(analyze(events).anomalies.filter((a) => a.type === 'pattern_spike')).toEqual([]);
  });
});

describe('pattern_spike on a job dispatched in batches of uneven size', () => {
  /** Three hours of traffic and a job's `DONE` line in batches of `sizes`, one batch every 15 to 45 minutes. */
  const batches = (sizes: readonly number[]) => {
    const events = twoServices(300);
    sizes.forEach((size, i) => {
      const minute = 10 + i * 35 + (i % 3) * 5;
      for (let k = 0; k < size; k++)
        events.push(
          minedEvent(at(minute + Math.floor(k / 60), k % 60), {
            template: 'App\\Jobs\\RefreshRecommendations ................ <*> DONE',
            params: ['35.18ms'],
            service: 'worker',
            file: 'worker.log',
          }),
        );
    });
    events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
  };

  it('leaves batches of 35 to 235 alone (blind3 371/s01), and finds one five times their usual size', () => {
    expect(batches([192, 235, 187, 111, 35, 128, 111, 94])).toEqual([]);
    const found = batches([192, 235, 187, 111, 35, 128, 111, 600]);
    expect(found).toHaveLength(1);
    expect(found[0] && inWindow(found[0], 255, 265)).toBe(true);
  });
});

describe('pattern_spike on a warning of trouble that rises for twenty minutes, peaking every few', () => {
  it('finds it as one episode, not as the bursts of a job (blind4 401/s07)', () => {
    // PgBouncer's query_wait_timeout about once an hour, then 2 to 9 a minute for twenty minutes:
    // its busiest minutes come every three or four, and between them it never stops.
    const events = twoServices(180);
    const line = (m: number, sec: number) =>
      minedEvent(at(m, sec), {
        template: '<*>: shop/app@<*> pooler error: query_wait_timeout',
        level: 'warn',
        service: 'pgbouncer',
        file: 'pgbouncer.log',
      });
    for (const m of [1, 4, 14, 31, 46, 60, 66, 68, 121, 160]) events.push(line(m, 20));
    const episode = [1, 3, 2, 6, 6, 2, 7, 5, 7, 3, 4, 5, 9, 8, 6, 5, 8, 3, 4, 9, 7, 2];
    episode.forEach((count, i) => {
      for (let k = 0; k < count; k++) events.push(line(85 + i, k * 6));
    });
    events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    const found = analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    expect(found).toHaveLength(1);
    expect(found[0] && inWindow(found[0], 85, 106)).toBe(true);
  });
});

describe('volume_spike', () => {
  /** Events of `template` in `file`, `counts[b]` of them spread over five-minute bucket b. */
  const inBuckets = (counts: readonly number[], template: string, file: string): MinedEvent[] =>
    counts.flatMap((count, b) =>
      Array.from({ length: count }, (_, k) =>
        minedEvent(T0 + b * 5 * MINUTE + Math.floor((k * 5 * MINUTE) / count), {
          template,
          params: [String(k)],
          service: null,
          file,
        }),
      ),
    );

  it('finds a half-hour flood at 2.8× that began within a bucket, its first whole one 2.5× the level before (blind9 30/s08)', () => {
    // auditd's five-minute counts over six hours: about 230, then from 12:52 a partial 389 and
    // 619–663 for half an hour. 619 is 2.68× the 231 before the partial bucket and 2.496× the 248
    // before that: not a jump over each, but the level's two buckets, then the flood.
    const audit =
      '30 190 207 228 220 218 200 210 257 151 185 234 200 174 279 236 223 201 256 248 231 389 619 663 643 639 635 580 235 293 240 318 249 290 195 317 285 189 301 222 188 298 218 200 302 227 317 256 259 180 177 150 151 181 210 181 220 201 228 288 204 209 272 232 232 165 216 209 158 172 205 148 154 205 177 93'
        .split(' ')
        .map(Number);
    const events = inBuckets(audit, 'SYSCALL arch=<*> syscall=<*> success=yes exit=<*>', 'audit.log');
    const [flood, ...more] = analyze(events).anomalies.filter((a) => a.type === 'volume_spike');
    expect(more).toEqual([]);
    expect(flood && inWindow(flood, 22 * 5, 28 * 5)).toBe(true);
  });

  it("leaves a minute's burst of a service's usual lines alone, not a flood of six minutes (blind21 20)", () => {
    // A DHCP server's leases over three hours, about 100 a minute; in minute 100 its clients renew at
    // once (3.5×), or a client's retry loop lifts it 3.5× for six minutes.
    const run = (minutes: number[]) => {
      const random = seeded(17);
      const events: MinedEvent[] = [...twoServices(180)];
      for (let m = 0; m < 180; m++) {
        const n = poisson(random, minutes.includes(m) ? 350 : 100);
        for (let k = 0; k < n; k++)
          events.push(
            minedEvent(at(m, Math.floor(random() * 60)), {
              template: 'DHCPACK on <*> to <*> via <*>',
              params: [`10.0.${k % 250}.${m % 250}`, 'eth0'],
              service: 'dhcpd',
              file: 'dhcpd.log',
            }),
          );
      }
      events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
      return analyze(events).anomalies.filter(
        (a) => a.type === 'volume_spike' && a.evidence.source === 'dhcpd',
      );
    };
    expect(run([100])).toEqual([]);
    const [flood, ...more] = run([100, 101, 102, 103, 104, 105]);
    expect(more).toEqual([]);
    expect(flood && inWindow(flood, 100, 106)).toBe(true);
  });

  it("finds a flood after a start the file writes every few minutes (IBM App Connect's HTTP listener, blind20 19/s04), not one after a server's restart", () => {
    // An integration server's console, about 120 lines every five minutes for seven hours, then 793,
    // 969 and 879; its HTTP listener "has started listening" in every bucket or so, or once, just
    // before the flood.
    const console_ = Array.from({ length: 84 }, (_, b) =>
      b === 62 ? 793 : b === 63 ? 969 : b === 64 ? 879 : 110 + ((b * 7) % 25),
    );
    const run = (listenerBuckets: number[]) => {
      const events = inBuckets(
        console_,
        "BIP11501I: Received data from input node '<*> Input'.",
        'integration_server.stdout.log',
      );
      for (const b of listenerBuckets)
        events.push(
          minedEvent(T0 + b * 5 * MINUTE + 41_000, {
            template:
              "BIP3132I: The HTTP Listener has started listening on port '<*>' for 'http' connections.",
            params: ['7800'],
            service: null,
            file: 'integration_server.stdout.log',
          }),
        );
      events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
      return analyze(events).anomalies.filter((a) => a.type === 'volume_spike');
    };
    const [flood, ...more] = run(Array.from({ length: 60 }, (_, i) => Math.floor(i * 1.4)));
    expect(more).toEqual([]);
    expect(flood && inWindow(flood, 62 * 5, 65 * 5)).toBe(true);
    expect(run([61])).toEqual([]);
  });

  it("measures the traffic after a source's silence against its usual level, not the silence (blind2 209/s05)", () => {
    // A database logging ~25 a minute hangs for 55 minutes and then logs ~18 a minute to the end of
    // the file, whose baseline window there is mostly the silence: nothing spikes. With `backlog`, it
    // flushes five minutes of queued work at 150 a minute when it comes back.
    const hung = (backlog: boolean) => {
      const random = seeded(5);
      const events: MinedEvent[] = [...twoServices(170)];
      for (let m = 0; m < 170; m++) {
        if (m >= 80 && m < 135) continue;
        const n = poisson(random, m < 80 ? 25 : backlog && m < 140 ? 150 : 18);
        for (let k = 0; k < n; k++)
          events.push(
            minedEvent(at(m, Math.floor(random() * 60)), {
              template: 'duration: <*> ms execute <unnamed>: UPDATE inventory SET reserved = reserved + $1',
              params: [String(k)],
              service: null,
              file: 'postgresql.log',
            }),
          );
      }
      return analyze(events).anomalies.filter(
        (a) => a.type === 'volume_spike' && a.evidence.source === 'postgresql.log',
      );
    };
    expect(hung(false)).toEqual([]);
    const [flush, ...more] = hung(true);
    expect(more).toEqual([]);
    expect(flush && inWindow(flush, 135, 140)).toBe(true);
  });

  it('finds a flood that starts at once from 2.5×, where traffic rising through the day is no spike', () => {
    const day = (flood: boolean) => {
      const random = seeded(21);
      const events: MinedEvent[] = [...twoServices(360)];
      for (let m = 0; m < 360; m++) {
        // 20 a minute in the morning to 60 in the afternoon; a scraper's flood lifts it 2.8× at once.
        const rate = (20 + (40 * m) / 360) * (flood && m >= 120 && m < 140 ? 2.8 : 1);
        const n = poisson(random, rate);
        for (let k = 0; k < n; k++)
          events.push(
            minedEvent(at(m, Math.floor(random() * 60)), {
              template: 'GET /products/<*> 200',
              params: [String(k)],
              service: 'shop',
              file: 'shop-access.log',
            }),
          );
      }
      return analyze(events).anomalies.filter(
        (a) => a.type === 'volume_spike' && a.evidence.source === 'shop',
      );
    };
    const [spike] = day(true);
    expect(spike && inWindow(spike, 120, 140)).toBe(true);
    expect(day(false)).toEqual([]);
  });

  it('finds a flood of six minutes split by a boundary of five-minute buckets, counted half a bucket later', () => {
    const shop = (flood: boolean) => {
      const random = seeded(33);
      const events: MinedEvent[] = [
        ...healthyTraffic({ minutes: 300, perMinute: 30, service: 'api', file: 'api.log', seed: 4 }),
      ];
      for (let m = 0; m < 300; m++) {
        // A retry loop at 3.2× from minute 152 to 157 (blind4 41/s10): 2.3× in each of its two buckets.
        const n = poisson(random, flood && m >= 152 && m < 158 ? 288 : 90);
        for (let k = 0; k < n; k++)
          events.push(
            minedEvent(at(m, Math.floor(random() * 60)), {
              template: 'GET /api/v1/parcels/<*> 200',
              params: [String(k)],
              service: 'shop',
              file: 'shop-access.log',
            }),
          );
      }
      return analyze(events).anomalies.filter((a) => a.type === 'volume_spike');
    };
    const [spike, ...more] = shop(true);
    expect(more).toEqual([]);
    expect(spike && inWindow(spike, 152, 158)).toBe(true);
    expect(spike?.description).toMatch(/3(\.\d)?× its usual 4\d\d per 5m/);
    expect(shop(false)).toEqual([]);
  });

  it('finds a flood of five minutes that no bucket of five minutes holds whole, minute by minute', () => {
    const edge = (minutes: number) => {
      const random = seeded(35);
      const events: MinedEvent[] = [
        ...healthyTraffic({ minutes: 300, perMinute: 30, service: 'api', file: 'api.log', seed: 4 }),
      ];
      for (let m = 0; m < 300; m++) {
        // A client's retry loop at 3× from minute 151 (blind3 370/s03): 2.6× and 1.4× in its two buckets
        // of five minutes, 2.4× half a bucket later; five minutes at 3× in the minutes.
        const n = poisson(random, m >= 151 && m < 151 + minutes ? 165 : 55);
        for (let k = 0; k < n; k++)
          events.push(
            minedEvent(at(m, Math.floor(random() * 60)), {
              template: 'handled request',
              service: 'http.log.access',
              file: 'caddy.log',
            }),
          );
      }
      return analyze(events).anomalies.filter((a) => a.type === 'volume_spike');
    };
    const [spike, ...more] = edge(5);
    expect(more).toEqual([]);
    expect(spike && inWindow(spike, 150, 160)).toBe(true);
    expect(spike?.description).toMatch(/× its usual 2\d\d per 5m/);
    expect(edge(0)).toEqual([]);
    // Three minutes are a busy moment (a load balancer's healthy traffic, blind6 121/s02).
    expect(edge(3)).toEqual([]);
  });

  it("counts one failure told in several error lines at once as one error (fail2ban's failed ban)", () => {
    // fail2ban's failed ban: four ERROR lines within a millisecond (blind7 13/s07), one every half
    // hour or so, and five in ten minutes once: no spike. Forty in five minutes are one.
    const jail = (burst: number[]) => {
      const random = seeded(37);
      const events: MinedEvent[] = [
        ...healthyTraffic({
          minutes: 300,
          perMinute: 20,
          service: 'fail2ban.filter',
          file: 'fail2ban.log',
          seed: 6,
        }),
      ];
      const ban = (ms: number) => {
        const tell = (offset: number, template: string, service: string) =>
          events.push(minedEvent(ms + offset, { template, service, level: 'error', file: 'fail2ban.log' }));
        tell(0, '<*> -- exec: iptables -w -I f2b-sshd <*> -s <*> -j REJECT', 'fail2ban.utils');
        tell(0, "<*> -- stderr: 'iptables: No chain/target/match by that name.'", 'fail2ban.utils');
        tell(0, '<*> -- returned <*>', 'fail2ban.utils');
        tell(1, "Failed to execute ban jail 'sshd' action 'iptables-multiport' info <*>", 'fail2ban.actions');
      };
      for (let m = 7; m < 300; m += 25 + Math.floor(random() * 15)) ban(at(m, 13));
      for (const m of burst) ban(at(m, Math.floor(random() * 60)));
      return analyze(events).anomalies.filter((a) => a.type === 'error_spike');
    };
    expect(jail([150, 152, 154, 156, 158])).toEqual([]);
    const forty = Array.from({ length: 40 }, (_, i) => 200 + i / 8);
    const [spike] = jail(forty);
    expect(spike && inWindow(spike, 200, 205)).toBe(true);
  });

  it("leaves a new message of information that is all variables but one word alone (a game server's chat)", () => {
    // A player's chat lines, `<Moss_YT> <*>` (blind7's Minecraft servers), from two hours into the
    // file, a dozen of them: no news. An error of that shape would be.
    const chat = (level: 'info' | 'error') => {
      const events: MinedEvent[] = [
        ...healthyTraffic({ minutes: 300, perMinute: 20, service: 'server', file: 'latest.log', seed: 9 }),
      ];
      for (let k = 0; k < 14; k++)
        events.push(
          minedEvent(at(120 + 5 * k, 7), {
            template: '<Moss_YT> <*>',
            level,
            file: 'latest.log',
            service: 'server',
          }),
        );
      return analyze(events).anomalies.filter((a) => a.patternId === fingerprint('<Moss_YT> <*>'));
    };
    expect(chat('info')).toEqual([]);
    expect(chat('error').map((a) => a.type)).toContain('new_pattern');
  });

  it('counts only the timed events of a pattern as its occurrences in time (a file that writes no times)', () => {
    // Python's basicConfig writes no time: its 79 lines of a message are in no bucket, and the one
    // timed line of it in another file is no burst of 80 (blind11 2/s04).
    const template = "Could not acquire lock '<*>' after <*>, skipping this run";
    const events: MinedEvent[] = [
      ...healthyTraffic({ minutes: 300, perMinute: 20, service: 'app', file: 'app.log', seed: 8 }),
      minedEvent(at(200, 5), { template, level: 'error', file: 'app.log', service: 'app' }),
    ];
    for (let k = 0; k < 79; k++)
      events.push(minedEvent(null, { template, level: 'error', file: 'backup.log', service: 'sync' }));
    expect(analyze(events).anomalies.filter((a) => a.patternId === fingerprint(template))).toEqual([]);
  });

  it('counts a burst of one error repeated at once in full', () => {
    const events: MinedEvent[] = [
      ...healthyTraffic({ minutes: 300, perMinute: 20, service: 'api', file: 'api.log', seed: 7 }),
    ];
    for (let k = 0; k < 30; k++)
      events.push(
        minedEvent(at(150, 20) + (k >> 2), {
          template: 'connection reset by peer <*>',
          level: 'error',
          file: 'api.log',
        }),
      );
    const [spike] = analyze(events).anomalies.filter((a) => a.type === 'error_spike');
    expect(spike?.description).toMatch(/^30 errors/);
  });

  it('finds no flood in a rhythm finer than the buckets (micro-batches: a busy minute in every two)', () => {
    const random = seeded(36);
    const events: MinedEvent[] = [
      ...healthyTraffic({ minutes: 255, perMinute: 30, service: 'api', file: 'api.log', seed: 5 }),
    ];
    for (let m = 0; m < 255; m++) {
      // Spark's streaming batches (blind7 12/s03): 248 lines in every other minute, next to nothing
      // between, from the file's fourth minute; every bucket of five minutes holds 500 or 750 lines.
      const n = m < 3 ? 0 : m % 2 === 1 ? 248 : poisson(random, 1);
      for (let k = 0; k < n; k++)
        events.push(
          minedEvent(at(m, Math.floor((k * 60) / Math.max(1, n))), {
            template: 'Finished task <*> in stage <*> (TID <*>) in <*> ms on <*> (executor <*>) (<*>/<*>)',
            service: k % 3 === 0 ? 'TaskSetManager' : 'DAGScheduler',
            file: 'spark-driver.log',
          }),
        );
    }
    expect(analyze(events).anomalies.filter((a) => a.type === 'volume_spike')).toEqual([]);
  });

  it("finds a flood in a file read after another whose header named a hundred 'services' (thread ids)", () => {
    const random = seeded(43);
    const events: MinedEvent[] = [];
    // A backup agent's log whose thread id the header took for its component: 300 of them.
    for (let m = 0; m < 180; m++)
      for (let k = 0; k < (m === 0 ? 300 : 20); k++)
        events.push(
          minedEvent(at(m, m === 0 ? k / 5 : k * 3), {
            template: 'CVArchive::SendFileHeader() - Sent header for [<*>]',
            // Its first minute names all of them, before the console's first line.
            service: (0x1000 + (m === 0 ? k : Math.floor(random() * 300))).toString(16),
            file: 'CVD.log',
          }),
        );
    // A mail server's console, no service named, 40 lines a minute, 6× for twenty minutes.
    for (let m = 1; m < 180; m++) {
      const n = poisson(random, m >= 100 && m < 120 ? 240 : 40);
      for (let k = 0; k < n; k++)
        events.push(
          minedEvent(at(m, Math.floor(random() * 60)), {
            template: 'Router: Message <*> delivered to <*>',
            service: null,
            file: 'console.log',
          }),
        );
    }
    const spikes = analyze(events).anomalies.filter((a) => a.type === 'volume_spike');
    // (The agent's first minute, all its thread ids at once, is a spike of its own.)
    const mail = spikes.filter((a) => a.files.includes('console.log'));
    expect(mail.map((a) => inWindow(a, 95, 125))).toEqual([true]);
  });

  it('finds no silence between micro-batches every other minute in buckets of a minute', () => {
    // Spark's streaming batches over two hours and a quarter (blind7 15/s01): 784 lines in every
    // other minute, next to nothing between. The rolling median flips between the two where a window
    // holds one more of either: empty minutes read as silences, batches as floods over nothing.
    // The batches' lines over 784, and the lines between the batches, minute by minute, as that file
    // wrote them.
    const batches = '00010200200000000100210000000010000300020000040100240000000100000200';
    const between = '01000001001020400000000000064000000000000020101000000001030100010001';
    const events: MinedEvent[] = [
      ...healthyTraffic({ minutes: 138, perMinute: 30, service: 'api', file: 'api.log', seed: 8 }),
    ];
    for (let m = 0; m < 138; m++) {
      // Its first line two minutes before the first batch.
      const n =
        m < 2 ? 1 - m : m % 2 === 0 ? 784 + Number(batches[(m - 2) >> 1]) : Number(between[(m - 3) >> 1]);
      for (let k = 0; k < n; k++)
        events.push(
          minedEvent(at(m, Math.floor((k * 59) / Math.max(1, n))), {
            template: 'Finished task <*> in stage <*> (TID <*>) in <*> ms on <*> (executor <*>) (<*>/<*>)',
            service: k % 3 === 0 ? 'TaskSetManager' : 'DAGScheduler',
            file: 'spark-driver.log',
          }),
        );
    }
    const found = analyze(events).anomalies.filter(
      (a) => a.type === 'volume_spike' || a.type === 'volume_drop',
    );
    expect(found.map((a) => a.description)).toEqual([]);
  });

  it("reads a spike's rise in the mean of its buckets: micro-batches every other minute rise nowhere", () => {
    // That file's minutes (blind7 15/s01): its rolling median sank to the empty minutes' 3 over its
    // last half hour, where the batches then stood out 134.8× (buckets 102–134).
    const batches = '00010200200000000100210000000010000300020000040100240000000100000200';
    const between = '01000001001020400000000000064000000000000020101000000001030100010001';
    const values = Array.from({ length: 136 }, (_, i) =>
      i % 2 === 0 ? 784 + Number(batches[i >> 1]) : Number(between[i >> 1]),
    );
    expect(risesInMean(values, { ...spikeAt(values, 102), to: 134 })).toBe(false);
    // Twenty minutes of twice the batches are a flood.
    const flood = values.map((v, i) => (i >= 102 && i < 122 ? 2 * v + 300 : v));
    expect(risesInMean(flood, { ...spikeAt(flood, 102), to: 121 })).toBe(true);
  });

  it("finds a flood that began in a slot of a job's rhythm, which excuses the job's runs only", () => {
    const app = (flood: boolean) => {
      const random = seeded(17);
      const events: MinedEvent[] = [
        ...healthyTraffic({ minutes: 240, perMinute: 30, service: 'api', file: 'api.log', seed: 6 }),
      ];
      const add = (m: number, n: number, template: string) => {
        for (let k = 0; k < n; k++)
          events.push(
            minedEvent(at(m, Math.floor(random() * 60)), {
              template,
              params: [String(k)],
              service: 'shop',
              file: 'prod.log',
            }),
          );
      };
      for (let m = 0; m < 240; m++) {
        // Requests at 45 a minute, 5× for 22 minutes from 10:00 (blind3 215/s05); a job's minute of
        // 100 more lines every ten minutes, one of its runs at 10:00 too.
        add(m, poisson(random, flood && m >= 130 && m < 152 ? 225 : 45), 'Matched route "<*>".');
        if (m % 10 === 8) add(m, 100 + poisson(random, 40), 'Search index updated for article <*>');
      }
      return analyze(events).anomalies.filter((a) => a.type === 'volume_spike');
    };
    const [spike, ...more] = app(true);
    expect(more).toEqual([]);
    expect(spike && inWindow(spike, 130, 152)).toBe(true);
    expect(app(false)).toEqual([]);
  });

  it("takes no flood that began in a job's slot for a bigger run of the job (blind3 249/s03)", () => {
    // A Symfony log's five-minute counts: about 110 routed requests, a job's minute every twenty
    // (231, 181, 237, …), and a scraper's 21 minutes at 3.6× from one of the job's slots (261, 371,
    // 351, 295, 252). The rolling baseline takes in the flood: only 371 and 351 stand out.
    const values = [
      142, 144, 231, 111, 115, 107, 123, 113, 94, 105, 181, 86, 97, 97, 237, 122, 97, 98, 152, 84, 109, 261,
      371, 351, 295, 252, 164, 96, 106, 112, 233, 116, 105, 118, 247, 127, 113, 130, 190, 123, 123, 118, 153,
      115, 128, 96, 129, 120, 109, 102, 151, 97, 96, 104, 157, 97, 66, 86, 143, 93, 72, 106, 178, 93, 85, 88,
      226, 98, 85, 84, 199, 67, 21,
    ];
    const source = errorlessSource('prod.log', values);
    expect(isBatchOf(source, 22, 23)).toBe(false);
    // The job's own runs, the big ones too, are batches.
    expect(isBatchOf(source, 30, 30)).toBe(true);
    expect(isBatchOf(source, 14, 14)).toBe(true);
  });

  it("takes no flood landing on a small job's grid for a batch, its size not measured by itself (blind21 7/s10)", () => {
    // Five-minute counts of a KDC, about 250; a small job's extra 200 every fifteen buckets, and a
    // flood of ten minutes at 7× in one of its slots.
    const values = Array.from({ length: 60 }, (_, i) =>
      i === 47 ? 1904 : i === 48 ? 1447 : i % 15 === 2 ? 450 + (i % 4) : 250 + ((i * 7) % 11) - 5,
    );
    const source = errorlessSource('krb5kdc.log', values);
    expect(isBatchOf(source, 47, 48)).toBe(false);
    expect(isBatchOf(source, 32, 32)).toBe(true);
  });

  it("reads a scheduler's jobs taking turns in its half-hour slots as batches (blind3 270/s04)", () => {
    // Eight hours of a queue worker's five-minute counts, about 80 a bucket; a job's batch on some of
    // its scheduler's half hours (every six buckets), 60, 30, 60, 90, 30 and 90 minutes apart.
    const random = seeded(11);
    const values = Array.from({ length: 96 }, () => 70 + Math.floor(random() * 20));
    const batches = [6, 18, 24, 36, 54, 60, 78];
    batches.forEach((b, i) => (values[b] = (values[b] ?? 0) + 250 + 40 * i));
    // And one flood between the slots.
    values[45] = 420;
    const source = errorlessSource('worker.log', values);
    for (const b of batches) expect(isBatchOf(source, b, b)).toBe(true);
    expect(isBatchOf(source, 45, 45)).toBe(false);
  });

  it("reads an hourly scheduler's three runs, another job each hour, as batches; three runs unevenly spaced as none (blind3 306/s08)", () => {
    // A queue worker's minutes over 2.7 hours, about 80 a minute; at :08 each hour a job's run of 400
    // to 600 lines, another job each time.
    const random = seeded(13);
    const values = Array.from({ length: 162 }, () => 70 + Math.floor(random() * 20));
    const runs = (at: number[]) => {
      const series = [...values];
      at.forEach((b, i) => (series[b] = 410 + 90 * i));
      return errorlessSource('worker.log', series);
    };
    const hourly = runs([25, 85, 145]);
    for (const b of [25, 85, 145]) expect(isBatchOf(hourly, b, b)).toBe(true);
    const uneven = runs([25, 85, 140]);
    for (const b of [25, 85, 140]) expect(isBatchOf(uneven, b, b)).toBe(false);
    // Three bursts a few minutes apart are no schedule either.
    const close = runs([25, 30, 35]);
    expect(isBatchOf(close, 30, 30)).toBe(false);
  });

  it('tells a jump into a flood from a rise: one bucket to the next, or across a partial first bucket', () => {
    // Five-minute counts of an app log; an e-mail campaign's flood from 22:26:55 (blind4 25/s07).
    const campaign = [538, 504, 566, 526, 1106, 1593, 1704, 1520];
    expect(isAbrupt(campaign, 5)).toBe(true);
    expect(isAbrupt([538, 504, 566, 526, 1593, 1704, 1520], 4)).toBe(true);
    // Traffic rising through the morning, and a rise spread over three buckets, are no jump.
    expect(isAbrupt([500, 650, 800, 1000, 1300, 1600, 1700], 5)).toBe(false);
    expect(isAbrupt([526, 800, 1106, 1593, 1704], 3)).toBe(false);
  });

  it('finds a flood longer than the baseline window by the level before its jump, not a day rising as much', () => {
    const random = seeded(5);
    const noisy = (level: number) => Math.round(level * (0.9 + 0.2 * random()));
    // A client stuck in a retry loop for forty minutes: 330 a minute, then 1,200 (blind2 53/s03).
    const retryLoop = [
      ...Array.from({ length: 90 }, () => noisy(330)),
      500,
      ...Array.from({ length: 40 }, () => noisy(1200)),
      ...Array.from({ length: 20 }, () => noisy(330)),
    ];
    const [flood, ...more] = longFloods(retryLoop);
    expect(more).toEqual([]);
    expect([flood?.from, flood?.to]).toEqual([91, 130]);
    // Of requests, twenty minutes at 3.5× over a rising day, stopping at once (blind4 36/s10), are a
    // flood too; of other messages (a deployment's events) too short to be judged here.
    const campaign = [83, 200, 209, 193, 219, 194, 215, 234, 230, 269, 270, 262, 238, 858, 958, 857, 827];
    const rest = [295, 287, 320, 317, 378, 378, 374, 414, 384, 442, 449, 524, 541, 530, 530, 594, 537];
    expect(longFloods([...campaign, ...rest], 2).map((f) => [f.from, f.to])).toEqual([[13, 16]]);
    // Eight minutes at 3.5× are (requests, buckets of two minutes: five of them make ten minutes)…
    expect(longFloods([...campaign, ...rest], 5).map((f) => [f.from, f.to])).toEqual([[13, 16]]);
    // …four minutes are not (buckets of one minute).
    expect(longFloods([...campaign, ...rest], 10)).toEqual([]);
    expect(longFloods([...campaign, ...rest])).toEqual([]);
    // A client's retry loop in a file's last half hour, ending within a bucket (blind4 67/s10): its
    // partial last bucket is the flood's, and two buckets back at the level show it stopped.
    const evening = [601, 491, 558, 507, 526, 469, 461, 449, 459, 396, 411, 408, 396, 399, 397, 394];
    const lastHalfHour = [...evening, 873, 1424, 1310, 715, 351, 355, 49];
    expect(longFloods(lastHalfHour, 2).map((f) => [f.from, f.to])).toEqual([[17, 19]]);
    expect(longFloods(lastHalfHour)).toEqual([]);
    // A scraper's 21 minutes at 3.7× after two buckets a little above the level (306): not 2.5× each
    // of them, but a step from the level all the same (blind5 23/s05).
    const night = [573, 640, 431, 433, 482, 519, 393, 356, 306, 228, 219, 244, 261, 236, 381, 341];
    const scraper = [...night, 800, 923, 987, 1013, 717, 418, 265, 212, 220, 243, 247, 290, 237, 272];
    expect(longFloods(scraper, 2).map((f) => [f.from, f.to])).toEqual([[16, 20]]);
    expect(longFloods(scraper)).toEqual([]);
    // A flood in a file's first hour, over a morning's rising traffic (blind4 84/s02: nine buckets
    // before it, then 3.9× for eighteen minutes, the next bucket back near the last level before it).
    const early = [171, 198, 226, 231, 229, 272, 258, 276, 291, 504, 1017, 1045, 1319, 656];
    const later = [376, 369, 363, 338, 396, 397, 408, 430, 442, 450, 442, 445, 486, 460];
    expect(longFloods([...early, ...later], 2).map((f) => [f.from, f.to])).toEqual([[10, 13]]);
    // Not from fewer than six buckets before the jump.
    expect(longFloods([...early.slice(5), ...later], 2)).toEqual([]);
    // A scraper's 25 minutes at 3.7×, climbed into over a busier quarter of an hour (367, 440: no step),
    // then stopped at once while the day's traffic rose on (blind6 29/s09); of other messages, no flood.
    const before = [204, 232, 182, 204, 183, 216, 165, 211, 221, 215, 367, 440];
    const scraped = [...before, 769, 790, 783, 742, 687, 277, 314, 351, 328, 323, 359, 449, 454, 463];
    expect(longFloods(scraped, 2).map((f) => [f.from, f.to])).toEqual([[12, 16]]);
    expect(longFloods(scraped)).toEqual([]);
    // A scraper's half hour at 3.5× on a day whose traffic doubled by the afternoon (blind6 190/s04):
    // it ends where its requests halved at once (812 → 314), though the afternoon stays above twice
    // the morning's level (120) after it.
    const dayStart = [
      86, 113, 117, 97, 75, 88, 105, 97, 103, 100, 139, 120, 129, 115, 102, 117, 126, 132, 151, 145,
    ];
    const scraping = [446, 542, 668, 676, 779, 1157, 812];
    const flooded = [...dayStart, ...scraping, 314, 251, 230, 220, 273, 275, 363, 344, 481];
    expect(longFloods(flooded, 2).map((f) => [f.from, f.to])).toEqual([[20, 26]]);
    // A day rising on at the same step, no drop after it, is not one.
    const risen = [...dayStart, ...scraping, 714, 651, 630, 620, 673, 675, 763, 744, 781];
    expect(longFloods(risen, 2)).toEqual([]);
    // A worker's queue filled in bulk: 7× for 28 minutes, then the busier hour that followed at 1.6×
    // its level before (blind5 290/s02, per minute): back three quarters of the way down, it ended.
    const queue = [
      87, 121, 107, 101, 78, 58, 59, 51, 63, 85, 62, 75, 75, 72, 65, 50, 67, 129, 89, 63, 66, 78, 83, 101,
    ];
    const bulk = [
      540, 519, 484, 595, 520, 514, 514, 536, 603, 543, 535, 480, 489, 527, 511, 461, 506, 563, 569,
    ];
    const bulkRest = [586, 530, 596, 571, 578, 582, 569, 544, 484];
    const busier = [
      106, 121, 84, 123, 172, 194, 166, 144, 126, 122, 102, 99, 167, 129, 95, 114, 135, 89, 100,
    ];
    expect(longFloods([...queue, ...bulk, ...bulkRest, ...busier]).map((f) => [f.from, f.to])).toEqual([
      [24, 51],
    ]);
    // Nor a climb into a plateau that ends as slowly (a lunchtime peak).
    const lunch = [...before, 769, 790, 783, 742, 687, 600, 520, 450, 380, 330, 320, 330, 340, 330];
    expect(longFloods(lunch, 2)).toEqual([]);
    // The morning: 330 to 1,320 a minute over an hour, staying there.
    const morning = Array.from({ length: 150 }, (_, i) =>
      noisy(330 * (1 + 3 * Math.min(1, Math.max(0, (i - 40) / 60)))),
    );
    expect(longFloods(morning)).toEqual([]);
    expect(longFloods(morning, 2)).toEqual([]);
  });

  it('takes a spike for one only when it stands out from the buckets beside its plateau, not from hours away', () => {
    // PHP-FPM's warnings in a file's first busy hour, then a quiet night (blind6 94/s08): against a
    // baseline window shifted inwards, the fourth bucket read 4.8× "the usual 40".
    const evening = [93, 116, 113, 191, 89, 62, 116, 62, 87, 105, 68, 66, 90, 55, 36, 47, 54, 45, 41, 77, 45];
    const night = Array.from({ length: 40 }, (_, i) => [33, 38, 29, 24, 40, 27][i % 6] ?? 30);
    const values = [...evening, ...night];
    const [spike] = findSpikes(values, { minCount: 20, minFactor: 3, z: 6, minExcess: 100 });
    expect(spike?.from).toBe(3);
    expect(spike && standsOut(values, spike)).toBe(false);
    // Seven minutes at 3× across two five-minute buckets (1.6×, 2.8×) still stand out from the level.
    const flood = [300, 310, 290, 305, 480, 840, 300, 295, 310];
    expect(standsOut(flood, { ...spikeAt(flood, 5), from: 5, to: 5 })).toBe(true);
    // A flood's plateau is the flood: its busiest bucket is weighed against the buckets beside the
    // plateau (Redis's connection churn for 26 minutes, blind5 217/s07).
    const churn = [170, 161, 185, 293, 449, 452, 534, 530, 509, 173, 163, 171];
    expect(standsOut(churn, spikeAt(churn, 6))).toBe(true);
    // A noisy flood's plateau goes on through its dips: buckets at half its peak or more (an S3
    // bucket's uploads at 3.6× for 13 minutes, minute by minute, 97 to 138: blind7 25/s03).
    const uploads = [30, 27, 41, 35, 34, 38, 21, 29, 31, 26, 30, 62, 20, 50, 118, 102, 118, 111, 101, 108];
    const more = [...uploads, 97, 106, 114, 126, 126, 138, 90, 68, 29, 24, 44, 37, 32, 33, 38, 29];
    expect(standsOut(more, spikeAt(more, 25))).toBe(true);
    // And a spike at the file's very start has its neighbours after it only.
    expect(standsOut([900, 300, 310, 290], spikeAt([900, 300, 310, 290], 0))).toBe(true);
  });

  it('finds requests held at 2.4× or more for ten minutes to an hour between clean edges, not a climb, a new level or a smaller rise', () => {
    // Varnish's five-minute counts; an e-mail campaign from 13:51 for fifteen minutes (blind4 359/s06):
    // 1.9×, 2.4×, 2.7×, then 1.5× in the bucket it ended in. No bucket jumps 2.5× over the one before.
    const day = [313, 312, 358, 310, 339, 339, 352, 376, 330, 301, 293, 321, 276, 290, 330, 306, 314, 341];
    const campaign = [...day, 298, 574, 730, 805, 446, 270, 306, 277, 260, 291, 316, 330];
    expect(longFloods(campaign, 2)).toEqual([]);
    expect(heldFloods(campaign, 2).map((f) => [f.from, f.to])).toEqual([[20, 21]]);
    // Of other messages, no flood; nor of requests in buckets of one minute (ten of them make ten minutes).
    expect(heldFloods(campaign, 0)).toEqual([]);
    expect(heldFloods(campaign, 10)).toEqual([]);
    // A scraper's twenty minutes at 2.5× of the traffic of its time, after a busier morning whose
    // level (~400) it reaches only 2.2× (blind6 94/s07): measured against the last twenty minutes.
    const morning = [466, 689, 502, 431, 365, 345, 331, 374, 509, 336, 325, 535, 879, 897, 809, 759, 480];
    const afternoon = [254, 282, 243, 230, 236, 192, 211, 190, 181, 185, 161, 192];
    expect(heldFloods([...morning, ...afternoon], 2).map((f) => [f.from, f.to])).toEqual([[12, 15]]);
    // Not traffic that climbs into its peak, nor a step to a new level, nor a rise to 2.2× at most.
    const climb = [...day, 420, 560, 730, 805, 700, 560, 420, 320, 300, 310];
    expect(heldFloods(climb, 2)).toEqual([]);
    const step = [...day, 298, 730, 805, 760, 740, 720, 750, 730, 760, 745];
    expect(heldFloods(step, 2)).toEqual([]);
    const smaller = [...day, 298, 640, 680, 660, 330, 300, 310];
    expect(heldFloods(smaller, 2)).toEqual([]);
    // Nor a quiet source's busy spell: 2.7× of 47 a bucket adds 324 requests, short of 500.
    const quiet = [52, 58, 76, 66, 46, 62, 40, 38, 52, 48, 44, 46, 62, 140, 122, 146, 104, 44, 56, 62, 30];
    expect(heldFloods(quiet, 2)).toEqual([]);
    expect(
      heldFloods(
        quiet.map((v) => v * 2),
        2,
      ).map((f) => [f.from, f.to]),
    ).toEqual([[13, 16]]);
    // Nor a dip between busier buckets of a day rising on, nor a busy afternoon of three hours.
    const risingOn = [...day, 298, 730, 805, 400, 700, 760, 720, 740];
    expect(heldFloods(risingOn, 2)).toEqual([]);
    const afternoonHump = [...day, 298, ...Array.from({ length: 36 }, () => 760), 300, 310, 290, 305];
    expect(heldFloods(afternoonHump, 2)).toEqual([]);
  });

  it("finds five minutes of requests at 4× in a file's first hour, over a day rising later, of a JSON log naming no method in its message", () => {
    // Caddy's "handled request", its method and status in attributes (blind3 140/s10): 16 a minute,
    // 25 later in the day, and a client's retry loop of six minutes at 4× in the first hour.
    const random = seeded(11);
    const events: MinedEvent[] = [];
    const requests = (withStatus: boolean) => {
      for (let m = 0; m < 470; m++) {
        const rate = (m < 60 ? 16 : 25) * (m >= 45 && m < 51 ? 4 : 1);
        for (let k = poisson(random, rate); k > 0; k--)
          events.push(
            minedEvent(at(m, Math.floor(random() * 60)), {
              template: withStatus ? 'handled request' : 'cache refreshed',
              service: 'http.log.access',
              file: 'caddy.log',
              format: 'json',
              attributes: withStatus ? { 'request.uri': '/v1/config', status: 200 } : {},
            }),
          );
      }
    };
    requests(true);
    const floods = (list: MinedEvent[]) =>
      analyze([...twoServices(470), ...list]).anomalies.filter(
        (a) => a.type === 'volume_spike' && a.files.includes('caddy.log'),
      );
    const [flood] = floods(events);
    expect(flood && inWindow(flood, 45, 50)).toBe(true);
    // Not of other messages: five minutes of a program's own events are too short to be judged so.
    events.length = 0;
    requests(false);
    expect(floods(events)).toEqual([]);
  });

  it("finds ten minutes of a gateway's usual traffic at 3.4× in its first hour, over a day rising later, not a deployment's burst (blind20 12/s05)", () => {
    // A FIX gateway's log, 12 lines a minute for its first 50 minutes, then rising to 36 by minute 150:
    // heartbeats, orders and execution reports. From minute 35 to 45 its traffic runs at 3.4× — or a
    // deployment writes as many lines of its own in those minutes. The rolling baseline of the first
    // buckets reads the busier hours after them (twice the level of the first hour).
    const gateway = (burst: 'orders' | 'deployment') => {
      const random = seeded(23);
      const events: MinedEvent[] = [];
      const line = (m: number, template: string) =>
        events.push(
          minedEvent(at(m, Math.floor(random() * 60)), {
            template,
            service: null,
            file: 'oms-fix-gateway.log',
          }),
        );
      for (let m = 0; m < 420; m++) {
        const rate = 12 * (m < 50 ? 1 : 1 + (2 * Math.min(m - 50, 100)) / 100);
        const flood = m >= 35 && m < 45;
        const scale = flood && burst === 'orders' ? 3.4 : 1;
        for (let k = poisson(random, rate * 0.5 * scale); k > 0; k--) line(m, 'FIX.<*>:BANKOMS->EXCHGW: <*>');
        for (let k = poisson(random, rate * 0.3 * scale); k > 0; k--)
          line(m, 'ExecutionReport ClOrdID=<*> OrdStatus=NEW');
        for (let k = poisson(random, rate * 0.2 * scale); k > 0; k--) line(m, 'Routed order <*> to <*>');
        if (flood && burst === 'deployment')
          for (let k = poisson(random, rate * 2.4); k > 0; k--) line(m, 'Deployed bean <*> in context <*>');
      }
      return analyze([...twoServices(420), ...events]).anomalies.filter(
        (a) => a.type === 'volume_spike' && a.files.includes('oms-fix-gateway.log'),
      );
    };
    const [flood, ...more] = gateway('orders');
    expect(more).toEqual([]);
    expect(flood && inWindow(flood, 35, 45)).toBe(true);
    expect(gateway('deployment')).toEqual([]);
  });

  it('reads the first lines after a file sat idle since its start-up as no news, the file not watched then (blind11 22/s07)', () => {
    // A game server's log: its start-up at minute 0, then nothing for 90 minutes (no players), then
    // players joining and autosaves for three and a half hours; an API's log beside it all along.
    const random = seeded(71);
    const events: MinedEvent[] = [];
    for (let k = 0; k < 8; k++)
      events.push(
        minedEvent(at(0, k), {
          template: `Loading mod core <*> (step ${k})`,
          file: 'factorio.log',
          service: null,
        }),
      );
    for (let m = 0; m < 300; m++) {
      for (let k = poisson(random, 30); k > 0; k--)
        events.push(
          minedEvent(at(m, Math.floor(random() * 60)), {
            template: 'request completed',
            file: 'api.log',
            service: null,
          }),
        );
      if (m < 90) continue;
      for (const template of [
        'Player <*> joined the game',
        'Saving game as <*>',
        'Received peer info for peer(<*>)',
      ])
        for (let k = poisson(random, 3); k > 0; k--)
          events.push(
            minedEvent(at(m, Math.floor(random() * 60)), {
              template,
              params: ['x'],
              file: 'factorio.log',
              service: null,
            }),
          );
    }
    const found = analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    expect(found.map((a) => a.description)).toEqual([]);
  });

  it("reads a scanner's requests for paths at a host's root (`GET <*>`) as no news, and its probes of many paths as no message's variants (blind 240/s10)", () => {
    // A web server's access log over six hours, 30 requests a minute on its API; from minute 200, a
    // scanner's requests for paths at its root, one a minute for a quarter of an hour (404).
    const random = seeded(53);
    const events: MinedEvent[] = [];
    const request = (ts: number, template: string, status: number) =>
      events.push(
        minedEvent(ts, {
          template,
          params: ['x'],
          level: status >= 400 ? 'warn' : 'info',
          service: null,
          file: 'access.log',
          format: 'access',
          attributes: { status },
        }),
      );
    for (let m = 0; m < 360; m++) {
      for (let k = poisson(random, 30); k > 0; k--)
        request(at(m, Math.floor(random() * 60)), 'GET api/v1/items/<*>', 200);
      if (m >= 200 && m < 215) request(at(m, 30), 'GET <*>', 404);
    }
    const found = analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    expect(found.map((a) => a.description)).toEqual([]);
    // Routes are what their requests ask for: `GET .aws/credentials` and `GET admin/config.php` are no
    // variants of one message (a family summed, a scanner's two or three probes of each path spiked).
    const series = (template: string): PatternSeries =>
      ({
        track: { template, files: new Set(['access.log']), count: 20 },
        values: [],
        errorValues: [],
      }) as unknown as PatternSeries;
    const families = variantFamilies(
      [series('GET .aws/credentials'), series('GET admin/config.php'), series('GET .git/config')],
      1,
    );
    expect(families).toEqual([]);
  });

  it("reads a crawler's burst of pages under several sections (`GET <*>/<*>`) as traffic, no route's spike, but a section's own burst as its route's (blind5 385/s10)", () => {
    // An ingress log over three hours: 60 API requests a minute, and 8 pages a minute under blog/,
    // help/, products/ (any page of any section: `GET <*>/<*>`); at minute 120, five minutes of a
    // crawler's pages at 6× — or, instead, five minutes of one section's at 6× (`GET blog/<*>`).
    const ingress = (template: string) => {
      const random = seeded(61);
      const events: MinedEvent[] = [];
      for (let m = 0; m < 180; m++) {
        const burst = m >= 120 && m < 125;
        const request = (t: string) =>
          events.push(
            minedEvent(at(m, Math.floor(random() * 60)), {
              template: t,
              params: ['x'],
              service: null,
              file: 'ingress.log',
              format: 'access',
              attributes: { status: 200 },
            }),
          );
        for (let k = poisson(random, 60); k > 0; k--) request('GET api/v1/orders/<*>');
        for (let k = poisson(random, 8); k > 0; k--) request('GET <*>/<*>');
        if (burst) for (let k = poisson(random, 40); k > 0; k--) request(template);
      }
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike');
    };
    expect(ingress('GET <*>/<*>').map((a) => a.description)).toEqual([]);
    expect(ingress('GET blog/<*>').map((a) => a.description)).toEqual([
      expect.stringMatching(/^"GET blog\/<\*>" occurred/),
    ]);
  });

  it("tells a flood of a proxy's requests once, not once more for each route that rose with it, but a route rising far beyond it apart (blind21 12/s02)", () => {
    // A mirror's proxy: three routes, 20, 12 and 6 requests a minute for 100 minutes; from minute 60,
    // six minutes at 4× each (a flood of downloads) — or, with a 404 storm, one route at 15×.
    const proxy = (storm: boolean) => {
      const random = seeded(41);
      const events: MinedEvent[] = [];
      const routes: [string, number, number][] = [
        ['GET ubuntu/dists/<*>/main/<*>/<*>', 20, 200],
        ['GET ubuntu/pool/main/s/sudo/<*>', 12, 200],
        ['GET ubuntu/dists/<*>/universe/<*>/Translation-en.xz', 6, 200],
      ];
      for (let m = 0; m < 100; m++)
        for (const [template, rate, status] of routes) {
          const flood = m >= 60 && m < 66 ? (storm && rate === 6 ? 15 : 4) : 1;
          for (let k = poisson(random, rate * flood); k > 0; k--)
            events.push(
              minedEvent(at(m, Math.floor(random() * 60)), {
                template,
                params: ['jammy', 'binary-amd64', 'Packages.gz'],
                service: 'haproxy',
                file: 'haproxy.log',
                format: 'access',
                attributes: { status },
              }),
            );
        }
      return analyze(events).anomalies.filter((a) => a.files.includes('haproxy.log'));
    };
    expect(proxy(false).map((a) => a.type)).toEqual(['volume_spike']);
    const storm = proxy(true);
    expect(storm.map((a) => a.type).sort()).toEqual(['pattern_spike', 'volume_spike']);
    expect(storm.find((a) => a.type === 'pattern_spike')?.description).toMatch(/Translation-en/);
  });

  it("reads a scraper's fifteen minutes at 3× as one episode, not a job's bursts three minutes apart (blind5 32/s08)", () => {
    // uvicorn's "GET <*>" a minute: ~170, then fifteen minutes at ~480 whose busiest minutes alone
    // clear a job burst's bound (68, 71–76, 80–82: three bursts on a grid of three minutes).
    const values = [
      ...[104, 136, 161, 161, 159, 180, 169, 181, 182, 188, 163, 194, 185, 193, 185, 210, 235, 214, 185, 162],
      ...[174, 177, 209, 179, 238, 187, 188, 186, 196, 189, 160, 175, 184, 183, 185, 175, 184, 163, 156, 153],
      ...[177, 156, 174, 151, 185, 165, 196, 182, 168, 171, 128, 160, 147, 159, 151, 119, 147, 146, 147, 140],
      ...[152, 153, 132, 144, 122, 127, 147, 135, 513, 454, 490, 535, 481, 505, 427, 542, 555, 460, 475, 493],
      ...[518, 442, 561, 168, 128, 132, 153, 154, 183, 148, 174, 146, 173, 171, 167, 147, 181, 140, 144, 170],
      ...[130, 201, 207, 222, 161, 166, 217, 218, 159, 199, 173, 160, 161, 162, 159, 159, 141, 160, 175, 182],
      ...[170, 194, 192, 186, 204, 148, 153, 141, 149, 109, 122, 149, 122, 134, 138, 56],
    ];
    expect(burstsLikeAJob(requestsOf(values))).toBe(false);
  });

  it("reads a client's retry loop holding requests at 5× for half an hour as one episode, not a job recurring (blind2 289/s03)", () => {
    // An ELB's "GET <*>" a minute: ~300, then 32 minutes at ~1250 whose busiest minutes alone clear a
    // job burst's bound (four peaks a few minutes wide): the flood matched itself nine minutes later.
    const values = [
      ...[211, 350, 331, 317, 300, 300, 770, 466, 264, 343, 339, 298, 325, 294, 248, 268, 279, 300, 316, 353],
      ...[360, 348, 366, 333, 360, 325, 353, 375, 353, 373, 344, 363, 305, 356, 366, 347, 401, 401, 364, 373],
      ...[406, 424, 406, 393, 355, 311, 291, 316, 281, 316, 344, 377, 398, 399, 358, 295, 297, 320, 322, 270],
      ...[310, 317, 334, 320, 337, 435, 782, 711, 409, 506, 529, 570, 410, 321, 339, 359, 348, 338, 318, 346],
      ...[322, 321, 275, 290, 254, 236, 239, 260, 240, 264, 247, 246, 198, 234, 224, 243, 223, 395],
      ...[995, 1101, 1173, 1153, 1155, 1191, 1344, 1247, 1301, 1311, 1368, 1279, 1224, 1253, 1282, 1237],
      ...[1166, 1375],
      ...[1460, 1493, 1376, 1208, 1132, 1206, 1281, 1245, 1076, 1182, 1747, 1174, 1158, 519, 277, 293, 263],
      ...[265, 296, 283, 313, 292, 238, 252, 305, 274, 326, 334, 300, 334, 349, 341, 344, 314, 323, 274, 288],
      ...[260, 80],
    ];
    expect(burstsLikeAJob(requestsOf(values))).toBe(false);
  });

  it('tells a half-hour plateau at 3× whose busiest minutes poke above 3× now and then as one flood, not a rhythm (blind5 117/s04)', () => {
    // Redis's connection churn a minute: ~75, then 31 minutes at ~230 (2.9×), then ~60 again. Only
    // some of those minutes clear 3× the rolling baseline, a few minutes apart like a job's bursts.
    const perMinute = [
      ...[8, 41, 57, 55, 51, 77, 63, 72, 63, 49, 65, 56, 58, 70, 52, 69, 64, 62, 65, 65, 68, 75, 58, 53, 63],
      ...[65, 89, 77, 82, 77, 83, 66, 71, 79, 73, 73, 75, 72, 63, 66, 67, 67, 80, 80, 63, 59, 63, 73, 71],
      ...[66, 68, 71, 70, 65, 64, 62, 68, 60, 61, 62, 70, 59, 84, 82, 64, 68, 69, 64, 77, 74, 50, 62, 86],
      ...[74, 80, 74, 64, 88, 76, 94, 89, 84, 80, 77, 82, 77, 70, 86, 73, 72, 82, 64, 74, 59, 63, 61, 77],
      ...[67, 68, 66, 53, 99, 86, 85, 96, 87, 81, 58, 64, 64, 70, 87, 84, 94, 74, 70, 89, 86, 95, 78, 99],
      ...[92, 79, 73, 83, 81, 74, 91, 55, 62, 85, 81, 72, 94, 62, 85, 54, 68, 88, 77, 69, 67, 67, 73, 100],
      ...[68, 62, 64, 63, 88, 64, 68, 66, 70, 81, 79, 70, 72, 86, 65, 62, 71, 90, 81, 79, 94, 76, 94, 78],
      ...[76, 75, 86, 228, 230, 207, 208, 231, 199, 213, 213, 251, 280, 249, 242, 230, 236, 250, 220, 234],
      ...[220, 215, 231, 225, 279, 242, 235, 202, 204, 242, 248, 203, 199, 200, 62, 64, 66, 61, 81, 61],
      ...[50, 46, 68, 52, 62, 56, 55, 58, 53, 59, 58, 61, 53, 83, 83, 75, 37],
    ];
    const random = seeded(7);
    const events: MinedEvent[] = [];
    perMinute.forEach((n, m) => {
      for (let k = 0; k < n; k++) {
        const ts = at(m, random() * 60);
        const spec = { service: null, file: 'redis-6379.log' };
        // Its keyspace report every five seconds, and the clients' connections.
        if (k < 12)
          events.push(
            minedEvent(at(m, 5 * k), {
              ...spec,
              template: 'DB 0: <*> keys (<*> volatile) in <*> slots HT.',
              params: [String(635000 + m), String(190000 + m), '1048576'],
            }),
          );
        else if (k % 2 === 0)
          events.push(
            minedEvent(ts, { ...spec, template: 'Accepted <*>', params: [`10.0.3.${k % 40}:${40000 + k}`] }),
          );
        else events.push(minedEvent(ts, { ...spec, template: 'Client closed connection' }));
      }
    });
    const spikes = analyze(events).anomalies.filter((a) => a.type === 'volume_spike');
    expect(spikes).toHaveLength(1);
    expect(inWindow(spikes[0] ?? { start: '', end: '' }, 173, 203)).toBe(true);
    expect(Date.parse(spikes[0]?.start ?? '')).toBeLessThanOrEqual(at(175));
    expect(Date.parse(spikes[0]?.end ?? '')).toBeGreaterThanOrEqual(at(200));
  });

  it("counts a source as requests when its request lines are as many as its busiest pattern (ASP.NET Core's two lines a request, blind5 40/s10)", () => {
    const pattern = (template: string, count: number, statusSlot = -1) =>
      ({
        track: { template, count, files: new Set(['fulfilment-stdout.log']), statusKey: null, statusSlot },
      }) as unknown as PatternSeries;
    const series = (name: string, perBucket: number) =>
      ({ name, files: ['fulfilment-stdout.log'], values: [perBucket, perBucket] }) as unknown as SourceSeries;
    const source = series('Microsoft.AspNetCore.Hosting.Diagnostics', 200);
    const efCore = series('Microsoft.EntityFrameworkCore.Database.Command', 40);
    const starting = pattern('Request starting <*> GET <*> - - -', 6506);
    const finished = pattern('Request finished <*> GET <*> - <*> <*> application/json <*>', 6506, 2);
    const db = pattern('Executed DbCommand (<*>) [Parameters=[<*>]]', 2637);
    const ctx = (patterns: PatternSeries[]) =>
      ({ patterns, sources: [source, efCore] }) as unknown as DetectionContext;
    // The busiest is "Request starting" (the first of a tie), which holds no status.
    expect(isRequestSource(ctx([starting, finished, db]), source)).toBe(true);
    expect(isRequestSource(ctx([starting, db]), source)).toBe(false);
    // Entity Framework's commands in the same file are not the requests (blind5 39/s02).
    expect(isRequestSource(ctx([starting, finished, db]), efCore)).toBe(false);
  });

  it('leaves a batch every fifteen minutes alone, whatever its size, and still finds a flood', () => {
    // A shop's log: steady traffic of four messages, and every fifteen minutes a batch of 10 to 200
    // of them, mostly one (whichever the batch finds work for).
    const kinds = [
      'Invoice <*> pushed to ERP',
      'Order <*> status updated to shipped',
      'Product <*> stock set to <*>',
      'Feed item <*> imported',
    ];
    const shop = (flood: boolean) => {
      const random = seeded(9);
      const events: MinedEvent[] = [];
      const push = (minute: number, second: number, template: string) =>
        events.push(
          minedEvent(at(minute, second), {
            template,
            params: [String(1000 + events.length), '4'],
            service: 'shop',
            file: 'shop.log',
          }),
        );
      for (let m = 0; m < 240; m++) {
        for (let i = 0; i < 40; i++) push(m, Math.floor(random() * 60), kinds[i % 4] ?? '');
        if (m % 15 !== 2) continue;
        const main = kinds[Math.floor(random() * 4)] ?? '';
        const n = random() < 0.4 ? 130 + Math.floor(random() * 70) : 10 + Math.floor(random() * 40);
        for (let i = 0; i < n; i++)
          push(m, Math.floor((i * 50) / n), random() < 0.8 ? main : (kinds[i % 4] ?? ''));
      }
      if (flood)
        for (let m = 150; m < 170; m++)
          for (let i = 0; i < 160; i++)
            events.push(
              minedEvent(at(m, Math.floor(i / 3)), {
                template: 'GET /api/<*> completed in <*> ms',
                params: [`items/${i}`, '21'],
                service: 'shop',
                file: 'shop.log',
              }),
            );
      return events;
    };
    expect(analyze(shop(false)).anomalies).toEqual([]);
    // A job that first finds work two hours in: its message is new, in one of the batches.
    const late = [
      ...shop(false),
      ...Array.from({ length: 60 }, (_, i) =>
        minedEvent(at(122, i % 50), {
          template: 'App\\Jobs\\WarmCategoryCache .......... RUNNING',
          service: 'shop',
          file: 'shop.log',
        }),
      ),
    ];
    expect(analyze(late).anomalies).toEqual([]);
    // The flood is one message's: told as that pattern's spike, the volume's merged into it.
    const spikes = analyze(shop(true)).anomalies.filter(
      (a) => a.type === 'volume_spike' || a.type === 'pattern_spike',
    );
    expect(spikes.length).toBeGreaterThan(0);
    expect(spikes.every((a) => inWindow(a, 150, 170))).toBe(true);
  });

  it('leaves an hourly job alone in a four-hour file whose traffic grows, a different job each hour', () => {
    // A queue worker: 30 jobs a minute at first, 60 at the end (noisy), and at minute 13 of every
    // hour the scheduler dispatches a batch of one job class — four batches, four classes.
    const worker = (extra: number | null) => {
      const random = seeded(4);
      const events: MinedEvent[] = [];
      const push = (minute: number, second: number, template: string) =>
        events.push(
          minedEvent(at(minute, second), {
            template,
            params: [String(events.length)],
            service: null,
            file: 'worker.log',
          }),
        );
      const classes = ['ExpireReservations', 'RefreshRecommendations', 'SyncCatalog', 'WarmCategoryCache'];
      for (let m = 0; m < 240; m++) {
        const n = poisson(random, 30 + m / 8) + Math.floor(random() * 12);
        for (let i = 0; i < n; i++) push(m, Math.floor((i * 60) / n), `App\\Jobs\\Job${i % 5} <*> DONE`);
        if (m % 60 === 13)
          for (let i = 0; i < 120 + Math.floor(random() * 200); i++)
            push(m, Math.floor(i / 10), `App\\Jobs\\${classes[Math.floor(m / 60)] ?? ''} <*> DONE`);
        if (m === extra) for (let i = 0; i < 400; i++) push(m, Math.floor(i / 7), 'App\\Jobs\\Job1 <*> DONE');
      }
      return events;
    };
    expect(analyze(worker(null)).anomalies).toEqual([]);
    // A burst off the hour is still a spike.
    const off = analyze(worker(167)).anomalies.filter(
      (a) => a.type === 'volume_spike' || a.type === 'pattern_spike',
    );
    expect(off.some((a) => inWindow(a, 167, 168))).toBe(true);
  });
});

describe('new_pattern', () => {
  it("leaves a server's workers coming and going alone (gunicorn's recycling and restarts, Puma's phased restart), not workers failing", () => {
    const workers = (template: string, level: 'info' | 'error') =>
      analyze([
        ...twoServices(),
        ...Array.from({ length: 12 }, (_, k) =>
          minedEvent(at(120 + 3 * k, 5), { template, params: [String(4100 + k)], level, file: 'api.log' }),
        ),
      ]).anomalies.filter((a) => a.type === 'new_pattern');
    expect(workers('[INFO] Booting worker with pid: <*>', 'info')).toEqual([]);
    expect(workers('[<*>] - Worker <*> (PID: <*>) booted in <*>, phase: <*>', 'info')).toEqual([]);
    // A deploy's graceful restart: "Handling signal: term", then each worker says it exits (blind6 10/s05).
    expect(workers('[INFO] Worker exiting (pid: <*>)', 'info')).toEqual([]);
    expect(workers('Worker <*> failed to boot', 'error')).toHaveLength(1);
    expect(workers('[ERROR] Worker (pid:<*>) exited with code <*>', 'error')).toHaveLength(1);
  });

  it("leaves information written all in one bucket alone (a database's processes starting as it restarts), not a warning", () => {
    const burst = (template: string, level: 'info' | 'warn') =>
      analyze([
        ...twoServices(),
        ...Array.from({ length: 12 }, (_, k) =>
          minedEvent(at(120, 2 * k), { template, params: ['PMON', String(27 + k)], level, file: 'api.log' }),
        ),
      ]).anomalies.filter((a) => a.type === 'new_pattern');
    // Oracle's background processes, twelve in 24 seconds, two hours into its alert log (blind7 1/s01).
    expect(burst('<*> started with pid=<*>, OS id=<*>', 'info')).toEqual([]);
    expect(burst('<*> exceeded its limit of <*> connections', 'warn')).toHaveLength(1);
  });

  it("leaves a nightly dump's reads alone (mysqldump's, pg_dump's), not a new query or a failing dump", () => {
    const dump = (template: string, level: 'info' | 'error' | null = null) =>
      analyze([
        ...twoServices(),
        ...Array.from({ length: 12 }, (_, k) =>
          minedEvent(at(120 + Math.floor(k / 2), 5 * k), {
            template,
            params: [`t${k}`],
            level,
            file: 'api.log',
          }),
        ),
      ]).anomalies.filter((a) => a.evidence.patternIds.length > 0);
    expect(dump('SELECT /*!<*> SQL_NO_CACHE */ * FROM <*>;')).toEqual([]);
    expect(dump('statement: COPY public.<*> (id, account_id, created_at) TO stdout;', 'info')).toEqual([]);
    expect(dump('SELECT * FROM orders WHERE account_id = <*> FOR UPDATE;')).toMatchObject([
      { type: 'new_pattern' },
    ]);
    expect(dump('COPY public.<*> FROM stdin;')).toMatchObject([{ type: 'new_pattern' }]);
    expect(dump('SELECT /*!<*> SQL_NO_CACHE */ * FROM <*>: Lost connection', 'error').length).toBeGreaterThan(
      0,
    );
  });

  it("judges a new failure written under each job's name as one, its variants differing in one word (blind23 19/s04)", () => {
    // Dagster: each job's steps all along; then twelve failures of one step over 19 minutes, three
    // under each of four patterns (one job's name, or a variable where jobs were merged).
    const jobs = ['daily_sales_job', 'hourly_events_job', 'ml_features_job'];
    const dagster = (failures: [string, number][]) => {
      const events = twoServices(250);
      for (let m = 0; m < 250; m += 2)
        for (const job of jobs)
          events.push(
            minedEvent(at(m, 4), {
              template: `${job} - <*> - <*> - <*> - STEP_START - Started execution of step "<*>".`,
              params: ['0cd80f49', '12668', 'extract_orders', 'extract_orders'],
              level: 'debug',
              service: 'dagster',
              file: 'dagster-daemon.log',
            }),
          );
      for (const [job, m] of failures)
        events.push(
          minedEvent(at(m, 15), {
            template: `${job} - <*> - <*> - load_warehouse - STEP_FAILURE - Execution of step "<*>" failed.`,
            params: ['7301ca68', '39124', 'load_warehouse'],
            level: 'error',
            service: 'dagster',
            file: 'dagster-daemon.log',
          }),
        );
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    };
    const names = [...jobs, '<*>'];
    const failures = Array.from({ length: 12 }, (_, k): [string, number] => [
      names[k % 4] ?? '',
      193 + Math.floor((k * 19) / 12),
    ]);
    const [found, ...more] = dagster(failures);
    expect(more).toEqual([]);
    expect(found && inWindow(found, 193, 212)).toBe(true);
    expect(found?.evidence.patternIds).toHaveLength(4);
    // Three of one job's alone are too few to tell.
    expect(dagster(failures.filter(([job]) => job === 'daily_sales_job'))).toEqual([]);
  });

  it("leaves nginx's 404s of scanners' probes alone (open() of a missing file), not a file it may not read", () => {
    // From the second hour on, a probe every ten minutes: wp-login.php, .env, .git/config (blind3 273/s01).
    // Its context in the message (the line read by a learned header), or read apart (nginx's error
    // log read by its parts: see parse-nginx-error-line.ts).
    const probes = (errno: string, reason: string, context = true) =>
      analyze([
        ...twoServices(),
        ...Array.from({ length: 16 }, (_, k) =>
          minedEvent(at(60 + 7 * k, 11), {
            template: context
              ? `<*>#<*>: <*> open() "<*>" failed (<*>: ${reason}), client: <*>, server: shop.example.com, request: "GET <*> <*>", host: "<*>"`
              : `open() "<*>" failed (<*>: ${reason})`,
            params: [
              '775',
              '775',
              `*${7100 + k}`,
              '/usr/share/nginx/html/wp-login.php',
              errno,
              '31.9.194.36',
            ],
            level: 'error',
            file: 'nginx-error.log',
          }),
        ),
      ]).anomalies.filter((a) => a.type === 'new_pattern');
    expect(probes('2', 'No such file or directory')).toEqual([]);
    expect(probes('13', 'Permission denied')).toHaveLength(1);
    expect(probes('2', 'No such file or directory', false)).toEqual([]);
    expect(probes('13', 'Permission denied', false)).toHaveLength(1);
  });

  it('counts the half buckets before a dense, steady new warning: 44 in 23 minutes, 46 minutes into six hours (blind5 343/s08)', () => {
    // `count` warnings `every` seconds apart from minute 46; whether the report tells them as new.
    const toldNew = (count: number, every: number) => {
      const events = twoServices(355);
      for (let k = 0; k < count; k++)
        events.push(
          minedEvent(at(46, k * every), {
            template: 'Too many connections from <*> - max is <*>',
            params: ['/10.0.0.121', '60'],
            level: 'warn',
            file: 'worker.log',
          }),
        );
      return analyze(events).anomalies.some(
        (a) =>
          a.description.includes('Too many connections') &&
          (a.type === 'new_pattern' || a.evidence.related.includes('new_pattern')) &&
          inWindow(a, 46, 69),
      );
    };
    // Nine buckets before it, eighteen halves: news (here also a spike, which tells it, saying so).
    expect(toldNew(44, 31)).toBe(true);
    // Three a bucket are not dense: nine buckets before are too few for them.
    expect(toldNew(44, 100)).toBe(false);
  });

  it('finds a new warning 51 minutes into a six-hour file: a tenth of the file is stretch enough (blind5 20/s05)', () => {
    const events = twoServices(355);
    for (let k = 0; k < 16; k++)
      events.push(
        minedEvent(at(51 + Math.floor(k / 2), 7 * k), {
          template: 'failed node liveness heartbeat: operation timed out after <*> (given timeout <*>)',
          params: ['3.7s', '3s'],
          level: 'warn',
          file: 'cockroach.log',
        }),
      );
    const found = analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    expect(found).toHaveLength(1);
    expect(found[0] && inWindow(found[0], 51, 59)).toBe(true);
  });

  it('weighs a message that comes with the traffic by how busy its file was before it (blind5 49/s02)', () => {
    // Six hours of a service waking up (1 to 41 requests a minute), and from minute 200 a message
    // at a pace that follows the traffic: quiet early hours say little about its absence.
    const file = (ramp: boolean) => {
      const events: MinedEvent[] = [];
      let owed = 0;
      for (let m = 0; m < 360; m++) {
        const rate = ramp ? 1 + 40 * (m / 360) ** 2 : 16;
        for (let k = 0; k < Math.round(rate); k++)
          events.push(minedEvent(at(m, k), { template: 'GET <*>', params: ['/v1/x'], file: 'ledger.log' }));
        if (m < 200) continue;
        owed += 0.006 * rate;
        if (owed < 1) continue;
        owed -= 1;
        events.push(
          minedEvent(at(m, 59), {
            template: '[cache] evicted <*> keys (lru)',
            params: ['13'],
            file: 'ledger.log',
          }),
        );
      }
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    };
    expect(file(true)).toEqual([]);
    expect(file(false)).toHaveLength(1);
  });

  it('tells a new error at a little less certainty than other news (blind4 6/s07)', () => {
    // Six hours in 5-minute buckets; from the first hour on, a message in three of every four buckets:
    // about nine buckets would have held it before, had it been there.
    const file = (
      level: 'error' | 'warn' | 'info' | null,
      template = 'response from <*> could not be parsed: missing field `amount`',
    ) => {
      const events = twoServices(360);
      for (let b = 11; b < 72; b++)
        if (b % 4 !== 0)
          events.push(
            minedEvent(at(5 * b + 2), { template, params: ['collector-3'], level, file: 'api.log' }),
          );
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    };
    expect(file('error')).toHaveLength(1);
    expect(file('info')).toEqual([]);
    // A warning that says it failed is an error at another level (PgBouncer's "pooler error: …" is a
    // WARNING: blind4 211/s02); a plain warning is other news.
    expect(
      file('warn', '<*>: app@10.0.0.7 pooler error: unsupported startup parameter: extra_float_digits'),
    ).toHaveLength(1);
    expect(file('warn', 'slow response from <*>, serving from the local copy')).toEqual([]);
    // So is a line without a level that says it failed or lost something (the kernel's, blind5
    // 121/s02), told as a warning would be; a plain one without a level is other news.
    const kernel = file(null, '[<*>] nf_conntrack: nf_conntrack: table full, dropping packet');
    expect(kernel.map((a) => a.severity)).toEqual(['low']);
    expect(file(null, '[<*>] eth0: link becomes ready')).toEqual([]);
  });

  it('tells a steady warning of eight events after hours without, not one whose rate says less (blind3 301/s01)', () => {
    // Six hours in 5-minute buckets; MongoDB's checkpoint warning every 218 seconds, eight times.
    const file = (level: 'warn' | 'info', fromMinute: number) => {
      const events = twoServices(360);
      for (let i = 0; i < 8; i++)
        events.push(
          minedEvent(at(fromMinute) + i * 218_000, {
            template:
              'WiredTiger message: Checkpoint has been running for <*> seconds and wrote: <*> pages (<*> MB)',
            params: [String(31 + 7 * i), String(17_000 + 311 * i), String(2700 + 13 * i)],
            level,
            file: 'api.log',
          }),
        );
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    };
    const [found, ...more] = file('warn', 300);
    expect(more).toEqual([]);
    expect(found?.severity).toBe('low');
    expect(found && inWindow(found, 300, 326)).toBe(true);
    expect(file('info', 300)).toEqual([]);
    // 45 minutes in: nine buckets before it, fewer than ten.
    expect(file('warn', 45)).toEqual([]);
  });

  it('expects a dense new error in nearly every bucket before it, though the traffic was lower then (blind6 25/s06)', () => {
    // Six hours; the API's traffic is two thirds of what it is later for its first 51 minutes; from
    // minute 51, a fatal error `perBucket` times a bucket, every `every` buckets, `count` in all.
    const file = (perBucket: number, every: number, count: number) => {
      const events = twoServices(360);
      for (let m = 51; m < 360; m++)
        for (let k = 0; k < 30; k++)
          events.push(minedEvent(at(m, 2 * k), { template: 'GET <*> 200', params: ['/x'], file: 'api.log' }));
      for (let i = 0; i < count; i++)
        events.push(
          minedEvent(at(51 + every * 5 * Math.floor(i / perBucket) + (i % perBucket), 7), {
            template: 'PHP Fatal error: Uncaught TypeError: total(): Argument #<*> must be of type int',
            params: ['1'],
            level: 'error',
            file: 'api.log',
          }),
        );
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern' && /Fatal/.test(a.description));
    };
    // Five a bucket: at two thirds of the traffic, still in nearly every one of the ten buckets before.
    expect(file(5, 1, 30)).toHaveLength(1);
    // One every other bucket is as much rarer as the traffic was lower: eight of them are no news.
    expect(file(1, 2, 8)).toEqual([]);
  });

  it('finds a steady new error 46 minutes into a six-hour file of five-minute buckets: nine buckets before it (blind 28/s06)', () => {
    const file = (level: 'error' | 'info', fromMinute: number) => {
      const events = twoServices(360);
      for (let m = fromMinute; m < 360; m++)
        for (let k = 0; k < 4; k++)
          events.push(
            minedEvent(at(m, 15 * k), {
              template: 'Could not publish <*> to <*>: RecordTooLargeException: the message is <*> bytes',
              params: ['SubscriptionChanged', 'auth.events', String(1_100_000 + 977 * m + k)],
              level,
              file: 'api.log',
            }),
          );
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    };
    expect(file('error', 46).map((a) => inWindow(a, 46, 47))).toEqual([true]);
    // Other news needs ten buckets before it; an error, eight.
    expect(file('info', 46)).toEqual([]);
    expect(file('error', 36)).toEqual([]);
  });

  it('judges variants of one new error together (context with and without a user id)', () => {
    const opening =
      'SQLSTATE[HY000] [<*>] Connection refused (Connection: mysql, SQL: select * from sessions where id = <*> limit <*>)';
    const variants = [`${opening} {"userId":<*>,"exception":"[object]`, `${opening} {"exception":"[object]`];
    const outage = (kinds: number) =>
      variants.slice(0, kinds).flatMap((template, v) =>
        [0, 3, 6, 9, 12].map((m) =>
          minedEvent(at(120 + m + v, 10), {
            template,
            params: ['2002', `'s${m}'`, '1'],
            level: 'error',
            file: 'api.log',
          }),
        ),
      );
    const found = (kinds: number) =>
      analyze([...twoServices(), ...outage(kinds)]).anomalies.filter((a) => a.type === 'new_pattern');
    expect(found(2)).toHaveLength(1);
    expect(found(2)[0]?.evidence.patternIds).toHaveLength(2);
    expect(found(2)[0]?.description).toMatch(/with 1 variant of it/);
    const variants2 = found(2)[0];
    expect(variants2 && inWindow(variants2, 120, 134)).toBe(true);
    // Five lines of one message are too few to tell from chance.
    expect(found(1)).toEqual([]);
  });

  it('fires for a new exception recurring eight times late under a message that fails all along, and for a new error as steady', () => {
    const failure = (m: number, exception: string) =>
      pythonFailure(at(m, 11), exception, {
        template: 'unhandled error while processing batch <*>',
        params: [String(m)],
        service: 'worker',
        file: 'worker.log',
      });
    const events = twoServices(400);
    for (let m = 5; m < 400; m += 15)
      events.push(failure(m, "AttributeError: 'NoneType' object has no attribute 'id'"));
    for (let m = 370; m < 400; m += 4) events.push(failure(m + 1, "KeyError: 'currency'"));
    const found = analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    expect(found).toHaveLength(1);
    expect(found[0]?.description).toMatch(/\[KeyError\]" first appeared/);
    // An error message of its own eight times late, in every five minutes of its last half hour, is
    // news too (Loki's `failed to upload table` every three minutes, blind3 220/s10); eight in two
    // bursts an hour apart are too few to tell from chance.
    const plain = (minutes: number[]) => {
      const events = twoServices(400);
      for (const m of minutes)
        events.push(
          minedEvent(at(m, 11), {
            template: 'flush failed: <*>',
            params: ['timeout'],
            level: 'error',
            file: 'worker.log',
          }),
        );
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    };
    const [steady, ...more] = plain([370, 374, 378, 382, 386, 390, 394, 398]);
    expect(more).toEqual([]);
    expect(steady?.description).toMatch(/"flush failed: <\*>" first appeared .* occurred 8 times/);
    expect(plain([300, 301, 302, 303, 380, 381, 382, 383])).toEqual([]);
    // Nor eight in eight minutes (a rolling deploy's servers marked down one by one): ten would be.
    expect(plain([370, 371, 372, 373, 374, 375, 376, 377])).toEqual([]);
    expect(plain([370, 371, 372, 373, 374, 375, 376, 377, 378, 379])).toHaveLength(1);
    // Seven every three and a half minutes over the last 23 (blind3 234/s07) are news; seven within
    // fifteen minutes (three windows), or six scattered over the last hour, are not.
    expect(plain([375, 378, 382, 385, 389, 392, 396])).toHaveLength(1);
    expect(plain([380, 382, 384, 386, 388, 390, 392])).toEqual([]);
    expect(plain([340, 348, 356, 366, 380, 396])).toEqual([]);
    expect(plain([375, 380, 385, 390, 395])).toEqual([]);
  });

  it("fires for a file's first errors, six in seven minutes after hours without any (blind23 23/s03), not for as many where it erred before", () => {
    // A Lustre server's kernel log, ~30 lines a minute, none an error, for 400 minutes; from minute
    // 370 the kernel reports a filesystem error six times. In worker.log, which errs now and then, the
    // same six are too few to tell from chance.
    const run = (file: string) => {
      const random = seeded(29);
      const events = twoServices(400);
      for (let m = 0; m < 400; m++)
        for (let k = poisson(random, 30); k > 0; k--)
          events.push(
            minedEvent(at(m, Math.floor(random() * 60)), {
              template: 'Lustre: <*>: Export <*> already connecting from <*>',
              params: ['scratch-OST0002', 'ffff289c', '10.1.6.66@o2ib'],
              service: 'kernel',
              file: 'oss-messages',
            }),
          );
      for (const m of [370, 371, 374, 375, 377, 377])
        events.push(
          minedEvent(at(m, 25), {
            template:
              'LDISKFS-fs error (device <*>): ldiskfs_mb_generate_buddy:<*>: group <*>, block bitmap and bg descriptor inconsistent',
            params: ['dm-2', '757', '80607'],
            level: 'error',
            service: file === 'oss-messages' ? 'kernel' : 'worker',
            file,
          }),
        );
      events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    };
    const [found, ...more] = run('oss-messages');
    expect(more).toEqual([]);
    expect(found?.description).toMatch(/LDISKFS-fs error .* occurred 6 times in/);
    expect(run('worker.log')).toEqual([]);
  });

  it('fires for a new exception bursting seven times in seven minutes hours in, not for an error naming none', () => {
    // A Lambda's `Invoke Error {"errorType":"TypeError",…}` in seven invocations over seven minutes,
    // five hours in, then never again (blind2 267/s09); `flush failed` as often, naming no
    // exception, stays quiet (a rolling deploy's servers marked down one by one, blind2 133/s06).
    const burst = (template: string, minutes: number[]) => {
      const events = twoServices(400);
      for (const m of minutes)
        events.push(
          minedEvent(at(m, 11), { template, level: 'error', service: 'worker', file: 'worker.log' }),
        );
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    };
    const typeError =
      'Invoke Error {"errorType":"TypeError","errorMessage":"Cannot read properties of undefined"}';
    const found = burst(typeError, [300, 301, 302, 303, 304, 305, 306]);
    expect(found.map((a) => [a.severity, a.description])).toEqual([
      [
        'medium',
        expect.stringMatching(/first appeared .* and occurred 7 times in 6 min, after 5 h without it\.$/),
      ],
    ]);
    expect(burst('flush failed: <*>', [300, 301, 302, 303, 304, 305, 306])).toEqual([]);
    // Five are too few; seven in two clumps half an hour apart are no burst (nor a steady error).
    expect(burst(typeError, [300, 301, 302, 303, 304])).toEqual([]);
    expect(burst(typeError, [300, 301, 302, 303, 327, 328, 329])).toEqual([]);
  });

  it("leaves alone an exception first seen after only a few of its message's failures, one of several it fails with", () => {
    // A .NET worker's "Failed to process batch" fails with one of three exceptions at random: ten
    // failures in its first 70 minutes, then one a minute; the third exception first shows
    // after the tenth — chance (e^-4), not news (blind3 315/s07). When it comes on top of the usual
    // failures instead (most of the message's events while it recurs), it is news.
    const run = (third: (k: number) => boolean) => {
      const random = seeded(3);
      const events = [
        ...twoServices(400),
        ...healthyTraffic({ minutes: 400, perMinute: 30, service: 'billing', file: 'billing.log', seed: 3 }),
      ];
      const failure = (m: number, exception: string) =>
        pythonFailure(at(m, 23), exception, {
          template: 'Failed to process batch <*>',
          params: [String(m)],
          service: 'billing',
          file: 'billing.log',
        });
      const classes = [
        'SqlException: Execution Timeout Expired',
        'InvalidOperationException: Sequence contains no elements',
      ];
      let k = 0;
      for (let m = 1; m < 71; m += 7) events.push(failure(m, classes[k++ % 2] ?? ''));
      for (let m = 71; m < 400; m++) {
        const exception = third(k++)
          ? 'DbUpdateConcurrencyException: expected to affect 1 row'
          : (classes[Math.floor(random() * 2)] ?? '');
        events.push(failure(m, exception));
      }
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    };
    expect(run((k) => k % 5 < 2)).toEqual([]);
    const onTop = run((k) => k % 5 < 4);
    expect(onTop.map((a) => a.description)).toEqual([
      expect.stringMatching(
        /^"Failed to process batch <\*> \[DbUpdateConcurrencyEx…: expected to affect <\*> row\]" first appeared/,
      ),
    ]);
  });

  it("leaves alone a failure first seen after nine of its message's others, where each names its exception in its text", () => {
    // Spring's "Servlet.service() … threw exception [Request processing failed: X: …]" fails with one of
    // several exceptions, each its own pattern (the JSON parse error two: its value masked, or empty).
    // The parse error first shows after nine of the others, 50 minutes in, then fails half the failures
    // for an hour and a half — 11 where its rate says 9 were due before: chance, not news (blind
    // 251/s06). When it comes on top of the usual failures instead (most of the message's events while
    // it recurs), it is news.
    const template = (exception: string) =>
      `[dispatcherServlet]:<*> - Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: ${exception}] with root cause`;
    const failure = (m: number, exception: string) =>
      minedEvent(at(m, 17), {
        template: template(exception),
        params: ['62'],
        level: 'error',
        service: 'realtime-hub',
        file: 'realtime-hub.log',
      });
    const lock =
      'org.springframework.orm.ObjectOptimisticLockingFailureException: Row was updated or deleted by another transaction : [com.northwind.model.Task#<*>]';
    const state = 'java.lang.IllegalStateException: Export <*> is in state <*>, expected PENDING';
    const parse = (value: string) =>
      `org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Cannot deserialize value of type \`java.math.BigDecimal\` from String "${value}": not a valid representation`;
    const run = (onTop: boolean) => {
      const random = seeded(251);
      const events = [
        ...twoServices(300),
        ...healthyTraffic({
          minutes: 300,
          perMinute: 40,
          service: 'realtime-hub',
          file: 'realtime-hub.log',
          seed: 5,
        }),
      ];
      const other = () => (random() < 0.6 ? lock : state);
      for (let m = 20; m < 70; m += 6) events.push(failure(m, other()));
      for (let m = 70, k = 0; m < 154; m += 4, k++) {
        events.push(failure(m, k % 2 === 0 ? parse(k % 6 === 0 ? '' : '<*>') : other()));
        if (onTop && k % 2 === 0) events.push(failure(m + 1, parse('<*>')), failure(m + 2, parse('<*>')));
      }
      for (let m = 154; m < 300; m += 6) events.push(failure(m, other()));
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    };
    expect(run(false)).toEqual([]);
    const news = run(true);
    expect(news).toHaveLength(1);
    expect(news[0]?.evidence.samples[0]?.text).toMatch(/HttpMessageNotReadableException/);
  });

  it("finds a script's new return code under a message it wrote all along with another (Keepalived's check returning 1)", () => {
    // Keepalived's check script `now returning 0` every eight minutes for five hours, then `now
    // returning 1` twenty times in four minutes (blind10 29/s01): one pattern, a new code.
    const run = (failing: boolean) => {
      const events = twoServices(300);
      const check = (m: number, second: number, code: string) =>
        minedEvent(at(m, second), {
          template: 'Script `chk_haproxy` now returning <*>',
          params: [code],
          level: null,
          service: 'Keepalived_vrrp',
          file: 'keepalived.log',
        });
      for (let m = 3; m < 300; m += 8) events.push(check(m, 21, '0'));
      if (failing)
        for (let k = 0; k < 20; k++) events.push(check(200 + Math.floor(k / 5), (k % 5) * 11, '1'));
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern' || a.type === 'pattern_spike');
    };
    expect(run(false)).toEqual([]);
    const [news, ...more] = run(true);
    expect(more).toEqual([]);
    expect(news && inWindow(news, 200, 204)).toBe(true);
    expect(news?.description).toMatch(/^"Script `chk_haproxy` now returning <\*> \[returning 1\]" /);
  });

  it("finds a burst of jobs failing with one exit status among the many that end with 0 (HTCondor's starter)", () => {
    // `Starter pid <*> exited with status <*>`: six jobs a minute end, 0 nearly always, 4 one in sixty;
    // for ten minutes from minute 200, three a minute end with 4 (blind23 25/s02) — the pattern rose
    // by half, its status 4 thirtyfold.
    const run = (burst: boolean) => {
      const random = seeded(25);
      const events = twoServices(300);
      for (let m = 0; m < 300; m++) {
        const failing = burst && m >= 200 && m < 210;
        for (let k = 0; k < 6 + (failing ? 3 : 0); k++) {
          const code = (failing && k >= 6) || random() < 1 / 60 ? '4' : '0';
          events.push(
            minedEvent(at(m, k * 6 + 1), {
              template: 'Starter pid <*> exited with status <*>',
              params: [String(100000 + m * 10 + k), code],
              level: null,
              service: 'StartLog',
              file: 'StartLog',
            }),
          );
        }
      }
      return analyze(events).anomalies.filter((a) => a.type === 'pattern_spike' || a.type === 'new_pattern');
    };
    expect(run(false)).toEqual([]);
    const found = run(true);
    expect(found).toHaveLength(1);
    expect(found[0] && inWindow(found[0], 200, 210)).toBe(true);
    expect(found[0]?.description).toMatch(/\[status 4\]/);
  });

  it("fires for a class's new failure under a message that failed with the class all along, not for the same two from the start", () => {
    // A .NET worker's "Failed to process batch" times out on SQL Server every quarter of an hour; from
    // minute 250 its SqlException is a deadlock every three and a half minutes for 40 minutes: the
    // same class, another failure (blind3 401/s10). Deadlocks among the timeouts from the start are not news.
    const timeout =
      'Microsoft.Data.SqlClient.SqlException: Execution Timeout Expired.  The timeout period elapsed';
    const deadlock = (k: number) =>
      `Microsoft.Data.SqlClient.SqlException: Transaction (Process ID ${70 + k}) was deadlocked on lock resources`;
    const run = (deadlocksBefore: boolean) => {
      const events = twoServices(400);
      const failure = (m: number, second: number, exception: string) =>
        pythonFailure(at(m, second), exception, {
          template: 'Failed to process batch <*>',
          params: [String(m * 100 + second)],
          service: 'worker',
          file: 'worker.log',
        });
      for (let m = 2; m < 400; m += 15)
        events.push(failure(m, 7, deadlocksBefore && m % 2 === 0 ? deadlock(m) : timeout));
      for (let k = 0; k < 12; k++) events.push(failure(250 + Math.floor(k * 3.4), 31, deadlock(k)));
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    };
    expect(run(true)).toEqual([]);
    expect(run(false).map((a) => a.description)).toEqual([
      expect.stringMatching(
        /^"Failed to process batch <\*> \[Microsoft\.Data\.SqlClient\.SqlException: Trans.*" first appeared/,
      ),
    ]);
  });

  it('keeps a track for at most four messages of one class under one message, the rest under the class', () => {
    const analyzer = new Analyzer();
    for (let k = 0; k < 10; k++)
      analyzer.add(
        pythonFailure(
          at(10 + k),
          `ValueError: unsupported ${['alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta'][k % 6]} format`,
          {
            template: 'Import failed for <*>',
            params: [String(k)],
          },
        ),
      );
    const names = [...analyzer.exceptionTracks.keys()].map((key) => key.slice(key.indexOf('!') + 1));
    expect(names).toEqual([
      'ValueError: unsupported alpha format',
      'ValueError: unsupported beta format',
      'ValueError: unsupported gamma format',
      'ValueError: unsupported delta format',
      'ValueError',
    ]);
    expect([...analyzer.exceptionTracks.values()].reduce((n, t) => n + t.count, 0)).toBe(10);
  });

  it('judges the exception of a message new itself as the message, not by the lower bar of a new exception under an old one', () => {
    // A Spring client's "Call to inventory-api failed", each a SocketTimeoutException, eight times over
    // an hour and three quarters from 2.5 hours in: as few as the message, so as quiet (blind2 276/s03).
    // Under a message failing with another exception all along, the same eight are news.
    const run = (oldFailures: boolean) => {
      const events = twoServices(400);
      const failure = (m: number, exception: string) =>
        pythonFailure(at(m, 41), exception, {
          template: 'Call to inventory-api failed for payment <*>',
          params: [String(m)],
          service: 'worker',
          file: 'worker.log',
        });
      if (oldFailures)
        for (let m = 3; m < 400; m += 30) events.push(failure(m, 'java.io.IOException: Broken pipe'));
      for (const m of [150, 217, 218, 221, 226, 234, 250, 253])
        events.push(failure(m, 'java.net.SocketTimeoutException: Read timed out'));
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    };
    expect(run(false)).toEqual([]);
    expect(run(true).map((a) => a.description)).toEqual([
      expect.stringMatching(/…: Read timed out\]" first appeared/),
    ]);
  });

  it('takes a message the miner kept apart for one value, seen before, for the same message', () => {
    // gunicorn's `[ERROR] Error handling request /` at minute 60, then `… request <*>` (paths with ids)
    // twenty times over two hours from minute 250: the bare "/" was a pattern of its own, the message
    // is not new (blind4 355/s03). Without the early one it is; an older one at another level, or
    // sharing one word only, says nothing.
    const run = (older: { template: string; level: 'error' | 'info' } | null) => {
      const events = twoServices(400);
      if (older) events.push(minedEvent(at(60, 5), { ...older, service: 'worker', file: 'worker.log' }));
      for (let m = 250; m < 370; m += 6)
        events.push(
          minedEvent(at(m, 5), {
            template: '[ERROR] Error handling request <*>',
            params: [`/api/v1/courses/${m}`],
            level: 'error',
            service: 'worker',
            file: 'worker.log',
          }),
        );
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    };
    expect(run({ template: '[ERROR] Error handling request /', level: 'error' })).toEqual([]);
    expect(run(null)).toHaveLength(1);
    expect(run({ template: '[ERROR] Error handling request /', level: 'info' })).toHaveLength(1);
    expect(run({ template: '[WARN] Slow handling request /', level: 'error' })).toHaveLength(1);
  });

  it("keeps a new exception starting right after its message's burst apart from the burst", () => {
    // Django's "Internal Server Error: <path>": a database outage's failures burst, and ten minutes
    // after they stop a JWT signature error starts under the same message, recurring for an hour.
    const failure = (m: number, second: number, exception: string) =>
      pythonFailure(at(m, second), exception, {
        template: 'Internal Server Error: <*>',
        params: ['/api/v1/carts'],
        service: 'web',
        file: 'uwsgi.log',
      });
    const events = twoServices(400);
    for (let m = 5; m < 400; m += 10) events.push(failure(m, 7, 'psycopg2.OperationalError: server closed'));
    for (let m = 250; m < 280; m++)
      for (let k = 0; k < 12; k++)
        events.push(failure(m, 3 + k * 4, 'psycopg2.OperationalError: server closed'));
    for (let m = 291; m < 360; m += 2)
      events.push(failure(m, 31, 'jwt.exceptions.InvalidSignatureError: Signature verification failed'));
    const anomalies = analyze(events).anomalies;
    expect(anomalies.filter((a) => a.type === 'pattern_spike')).toHaveLength(1);
    const fresh = anomalies.filter((a) => a.type === 'new_pattern');
    expect(fresh).toHaveLength(1);
    expect(fresh[0]?.description).toMatch(
      /\[jwt\.exceptions\.Inva…: Signature verification failed\]" first appeared/,
    );
  });

  it("finds a new exception under a JSON message another service writes without its exception's class", () => {
    // GKE's jsonPayload: checkout-api's Go errors say "error":"error"; the renderer's Python errors
    // name their class, and a ValueError starts late (blind3 70/s02).
    const failure = (m: number, file: string, error: string, stack: string) =>
      minedEvent(at(m, 17), {
        template: 'Unhandled exception',
        level: 'error',
        service: null,
        file,
        format: 'json',
        attributes: { 'jsonPayload.error': error, 'jsonPayload.stack_trace': stack },
      });
    const events = twoServices(400);
    for (let m = 2; m < 400; m += 10)
      events.push(failure(m, 'checkout.json', 'error', 'kafka: client has run out of available brokers'));
    for (let m = 4; m < 400; m += 8)
      events.push(
        failure(m, 'renderer.json', 'requests.exceptions.ReadTimeout', 'Traceback (most recent call last):'),
      );
    for (let m = 6; m < 400; m += 12)
      events.push(
        failure(m, 'renderer.json', 'KeyError', "Traceback (most recent call last):\nKeyError: 'tax_rate'"),
      );
    for (let m = 301; m < 400; m += 3)
      events.push(failure(m, 'renderer.json', 'ValueError', 'Traceback (most recent call last):'));
    const found = analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    expect(found.map((a) => a.description.slice(0, 36))).toEqual(['"Unhandled exception [ValueError]" f']);
  });

  it('finds an error new in one file that another file wrote before it', () => {
    // GKE's jsonPayload: a checkout API's "Unhandled exception" fails with a TypeError now and then;
    // from minute 200 S3's SlowDown every three and a half minutes, which a renderer's log had shown
    // every forty minutes from the start (blind3 348/s04). New in the checkout API all the same.
    const failure = (m: number, second: number, file: string, error: string) =>
      minedEvent(at(m, second), {
        template: 'Unhandled exception',
        level: 'error',
        service: null,
        file,
        format: 'json',
        attributes: { 'jsonPayload.error': error, 'jsonPayload.stack_trace': `${error}: it failed` },
      });
    const run = (fromMinute: number) => {
      const events = twoServices(400);
      for (let m = 3; m < 400; m += 20) events.push(failure(m, 11, 'checkout.json', 'TypeError'));
      for (let m = 5; m < 400; m += 40)
        events.push(failure(m, 13, 'renderer.json', 'botocore.exceptions.ClientError'));
      for (let m = fromMinute; m < 400; m += 3.5)
        events.push(failure(Math.floor(m), 37, 'checkout.json', 'botocore.exceptions.ClientError'));
      return analyze(events).anomalies.filter((a) => a.type === 'new_pattern');
    };
    expect(run(200).map((a) => a.description)).toEqual([
      expect.stringMatching(
        /^"Unhandled exception \[botocore\.exceptions\.ClientError\]" first appeared in checkout\.json .* Other files wrote it before: renderer\.json from 10:05 UTC\.$/,
      ),
    ]);
    expect(run(200)[0]?.files).toEqual(['checkout.json']);
    // Failing so from the start of its file, it is no news.
    expect(run(1)).toEqual([]);
  });

  it('fires for a steady new message after a stretch of normal traffic', () => {
    const events = twoServices();
    for (let m = 100; m < 180; m++)
      for (let k = 0; k < 3; k++)
        events.push(
          minedEvent(at(m, k * 15), {
            template: 'shard <*> lagging behind by <*> entries',
            params: ['7', '120'],
            level: 'warn',
            service: 'worker',
            file: 'worker.log',
          }),
        );
    const fresh = analyze(events).anomalies.find((a) => a.type === 'new_pattern');
    expect(fresh?.description).toMatch(/shard <\*> lagging/);
    expect(fresh && inWindow(fresh, 100, 101)).toBe(true);
  });

  it('tells a new message from the miner re-labelling an old one', () => {
    const steady = (fromMinute: number, toMinute: number, template: string): MinedEvent[] => {
      const out: MinedEvent[] = [];
      for (let m = fromMinute; m < toMinute; m++)
        for (let k = 0; k < 3; k++)
          out.push(
            minedEvent(at(m, k * 15), {
              template,
              params: ['7', '120'],
              level: 'error',
              service: 'worker',
              file: 'worker.log',
            }),
          );
      return out;
    };
    // An unrelated pattern of the same length happens to stop where the new one starts: still new.
    const unrelated = [
      ...twoServices(),
      ...steady(0, 100, 'cache warmed for <*> keys in <*>'),
      ...steady(100, 180, 'relation <*> does not exist at <*>'),
    ];
    const found = analyze(unrelated).anomalies.filter((a) => a.type === 'new_pattern');
    expect(found.map((a) => a.description)).toEqual([expect.stringMatching(/relation <\*> does not exist/)]);
    // The same message under a generalised template from minute 100 on: a hand-over, not news.
    const relabelled = [
      ...twoServices(),
      ...steady(0, 100, 'shard 7 lagging behind by <*> entries'),
      ...steady(100, 180, 'shard <*> lagging behind by <*> entries'),
    ];
    expect(analyze(relabelled).anomalies.filter((a) => a.type === 'new_pattern')).toEqual([]);
    // Three stray look-alikes over the hours before hand nothing over (blind3 41/s04: Redis's report
    // of a client without a name, then 37 of one with a name, every 48 seconds).
    const stray = (m: number, sec: number) =>
      minedEvent(at(m, sec), {
        template: 'client <*> name= closed for overcoming of output buffer limits',
        params: ['7'],
        level: 'warn',
        service: 'redis',
        file: 'redis.log',
      });
    const news: MinedEvent[] = [];
    for (let s = 0; s < 30 * 60; s += 48)
      news.push(
        minedEvent(at(140, s), {
          template: 'client <*> name=celery closed for overcoming of output buffer limits',
          params: ['7'],
          level: 'warn',
          service: 'redis',
          file: 'redis.log',
        }),
      );
    const overcoming = [...twoServices(), stray(20, 9), stray(75, 9), stray(140, 20), ...news];
    const [finding, ...more] = analyze(overcoming).anomalies.filter((a) => a.type === 'new_pattern');
    expect(more).toEqual([]);
    expect(finding?.description).toMatch(/name=celery closed/);
  });

  it('ignores a rare benign message that just happens to appear late', () => {
    const events = twoServices();
    events.push(
      minedEvent(at(150), {
        template: 'config reloaded from <*>',
        params: ['/etc/app.yaml'],
        service: 'api',
        file: 'api.log',
      }),
    );
    expect(analyze(events).anomalies.filter((a) => a.type === 'new_pattern')).toEqual([]);
  });

  it('flags patterns new to the organisation when a baseline is given', () => {
    const events = twoServices(60);
    const baseline = [...new Set(events.map((e) => e.patternId))];
    events.push(
      minedEvent(at(30), {
        template: 'feature flag <*> evaluated to <*>',
        params: ['x', 'on'],
        service: 'api',
      }),
    );
    const report = analyze(events, { baselinePatternIds: baseline });
    const fresh = report.anomalies.filter((a) => a.type === 'new_pattern');
    expect(fresh).toHaveLength(1);
    expect(fresh[0]?.description).toMatch(/never been seen in earlier uploads/);
    expect(report.patterns.find((p) => p.template.startsWith('feature flag'))?.isNew).toBe(true);
  });
});

describe('rare_event', () => {
  it('reports a single OOM kill as critical, with its line', () => {
    const events = twoServices();
    const oom = minedEvent(at(77, 12), {
      template: 'Out of memory: Killed process <*> (<*>)',
      params: ['4242', 'java'],
      level: 'error',
      service: 'kernel',
      file: 'syslog',
    });
    events.push(oom);
    const rare = analyze(events).anomalies.find((a) => a.type === 'rare_event');
    expect(rare?.severity).toBe('critical');
    expect(rare?.evidence.lines).toContainEqual({ file: 'syslog', line: oom.line });
    expect(rare && inWindow(rare, 77, 78)).toBe(true);
  });

  it("reports the kernel's OOM report of several lines as one finding with all its patterns", () => {
    const events = twoServices();
    const lines = [
      ['<*> invoked oom-killer: gfp_mask=<*>, order=<*>', ['mailer', '0x140cca', '0']],
      ['Out of memory: Killed process <*> (<*>) total-vm:<*>', ['4242', 'mailer', '2048kB']],
      ['<*>: A process of this unit has been killed by the OOM killer.', ['mailer.service']],
    ] as const;
    lines.forEach(([template, params], k) =>
      events.push(
        minedEvent(at(77, 12 + k), {
          template,
          params: [...params],
          level: 'error',
          service: 'kernel',
          file: 'journal.json',
        }),
      ),
    );
    const rare = analyze(events).anomalies.filter((a) => a.type === 'rare_event');
    expect(rare).toHaveLength(1);
    expect(rare[0]?.evidence.patternIds).toHaveLength(3);
    expect(rare[0]?.severity).toBe('critical');
  });

  it('tells the signals of one crash (a segfault, then the restart after it) as one finding, not those minutes apart', () => {
    const crash = (secondsApart: number) => {
      const events = twoServices();
      const line = (second: number, template: string, params: string[]) =>
        minedEvent(at(100, second), {
          template,
          params,
          level: 'error',
          service: 'postgres',
          file: 'postgresql.log',
        });
      events.push(
        line(16, 'server process (PID <*>) was terminated by signal <*>: Segmentation fault', ['812', '11']),
      );
      events.push(line(16 + secondsApart, 'all server processes terminated; reinitializing', []));
      return analyze(events).anomalies.filter((a) => a.type === 'rare_event');
    };
    const one = crash(1);
    expect(one).toHaveLength(1);
    expect(one[0]?.evidence.patternIds).toHaveLength(2);
    expect(one[0]?.description).toMatch(/Segmentation fault.*, with process crashed: "all server processes/);
    expect(crash(600)).toHaveLength(2);
  });

  it('reports a fatal line without a signature once or twice, not when it keeps coming back (a chronic error)', () => {
    const uncaught = (minutes: number[]) => {
      const events = twoServices();
      for (const m of minutes)
        events.push(
          minedEvent(at(m, 7), {
            // A console command that died (a request's uncaught exception is no rare event: see below).
            template: 'Error thrown while running command "<*>". Message: "<*>"',
            params: ['app:import-orders', 'An exception occurred in the driver'],
            level: 'fatal',
            service: 'console',
            file: 'prod.log',
          }),
        );
      return analyze(events).anomalies.filter((a) => a.type === 'rare_event');
    };
    expect(uncaught([95])).toHaveLength(1);
    expect(uncaught([40, 130])).toHaveLength(2);
    expect(uncaught([40, 95, 130, 170])).toEqual([]);
  });

  it("leaves Rails' FATAL report of one request's exception alone: a 500, not a crash", () => {
    const fatal = (raw: string) => {
      const events = twoServices();
      events.push({
        ...minedEvent(at(77, 12), {
          template: '[<*>]',
          params: ['fcd72398'],
          level: 'fatal',
          file: 'production.log',
        }),
        raw,
      });
      return analyze(events).anomalies.filter((a) => a.type === 'rare_event');
    };
    const id = '[fcd72398-7603-47c3-931b-67fdacb8e4c9]';
    const head = `F, [2025-11-25T09:06:56.864541 #12877] FATAL -- : ${id}   `;
    const trace = `${id} app/services/reviews_client.rb:21:in \`fetch'`;
    expect(
      fatal(
        `${head}\n${id} Faraday::TimeoutError (Net::ReadTimeout with #<TCPSocket:(closed)>):\n${id}   \n${trace}`,
      ),
    ).toEqual([]);
    expect(fatal(`${head}\n${id} NoMethodError (undefined method \`name' for nil):\n${trace}`)).toEqual([]);
    // Not even beside another fatal line of the same (empty) template elsewhere.
    const events = twoServices();
    events.push(
      {
        ...minedEvent(at(40, 3), { template: '', params: [], level: 'fatal', file: 'journal.log' }),
        raw: 'x: ',
      },
      {
        ...minedEvent(at(77, 12), { template: '', params: [], level: 'fatal', file: 'production.log' }),
        raw: `${head}\n${id} NoMethodError (undefined method \`name' for nil):\n${trace}`,
      },
    );
    const rare = analyze(events).anomalies.filter((a) => a.type === 'rare_event');
    expect(rare.map((a) => a.files)).toEqual([['journal.log']]);
    // A fatal line of another kind is still one, and so is a request that ran out of memory.
    expect(fatal(`${head}\n${id} giving up: the schema cache is gone`)).toHaveLength(1);
    expect(fatal(`${head}\n${id} NoMemoryError (failed to allocate memory):\n${trace}`)).toHaveLength(1);
    // Python's traceback is no request's exception: a daemon's CRITICAL end is a crash.
    expect(
      fatal(
        '[2020/03/13 19:44:55] (CRITICAL) middlewared.main.main():1771 - Fatal exception in middlewared, aborting\nTraceback (most recent call last):\n  File "/usr/lib/python3/dist-packages/middlewared/main.py", line 1841, in main\n    Middleware(**kwargs).run()\nRuntimeError: Event loop stopped before Future completed.',
      ),
    ).toHaveLength(1);
  });

  it('leaves a fatal line alone in a file whose fatal lines of other messages come at other times too', () => {
    // Symfony logs each request's uncaught exception as request.CRITICAL: every kind is rare, all
    // together they are routine.
    const events = twoServices();
    const uncaught = (minute: number, exception: string) =>
      events.push(
        minedEvent(at(minute, 7), {
          template: `Uncaught PHP Exception ${exception}: "<*>" at <*> line <*>`,
          params: ['failed', '/var/www/src/Service.php', '71'],
          level: 'fatal',
          service: 'request',
          file: 'prod.log',
        }),
      );
    uncaught(40, 'Error');
    uncaught(95, 'Symfony\\Component\\HttpClient\\Exception\\TransportException');
    uncaught(130, 'Symfony\\Component\\Cache\\Exception\\CacheException');
    expect(analyze(events).anomalies.filter((a) => a.type === 'rare_event')).toEqual([]);
  });

  it("leaves alone Symfony's uncaught exception of a request, one message at a few times", () => {
    // An external API's idle timeouts, five requests at two times: two clusters, not two crashes.
    const events = twoServices();
    for (const minute of [40, 43, 47, 120, 123])
      events.push({
        ...minedEvent(at(minute, 7), {
          template: 'Uncaught PHP Exception <*>: "Idle timeout reached for "<*>"." at <*> line <*>',
          params: ['Symfony\\Component\\HttpClient\\Exception\\TransportException'],
          level: 'fatal',
          service: 'request',
          file: 'prod.log',
        }),
        raw: `[2026-05-20T21:51:28.974761-08:00] request.CRITICAL: Uncaught PHP Exception Symfony\\Component\\HttpClient\\Exception\\TransportException: "Idle timeout reached for "https://api.adyen.com/v2/feed"." at /var/www/app/src/Service/CartService.php line 234 {"exception":"[object]"} []`,
      });
    expect(analyze(events).anomalies.filter((a) => a.type === 'rare_event')).toEqual([]);
  });

  it("names Android's uncaught exception, a game server's crash report and an Oracle instance's end crashes; YARN's and Oracle's memory limits out of memory", () => {
    expect(criticalSignature('07-27 03:52:53.434 26453 26453 E AndroidRuntime: FATAL EXCEPTION: main')).toBe(
      'runtime crash',
    );
    expect(
      criticalSignature(
        '[14:07:18 ERROR]: This crash report has been saved to: /srv/minecraft/./crash-reports/crash-2026-06-17_14.07.18-server.txt',
      ),
    ).toBe('runtime crash');
    expect(criticalSignature('PMON (ospid: 2174): terminating the instance due to ORA error 4031')).toBe(
      'runtime crash',
    );
    // The JVM's uncaught exception: Spark's handler (the driver exits), the default handler's report.
    expect(
      criticalSignature(
        'ERROR SparkUncaughtExceptionHandler: Uncaught exception in thread Thread[stream execution thread for sessionizer,5,main]',
      ),
    ).toBe('runtime crash');
    expect(criticalSignature('Exception in thread "main" java.lang.IllegalStateException: no config')).toBe(
      'runtime crash',
    );
    expect(criticalSignature('07[DMN] killing ourself, received critical signal')).toBe('runtime crash');
    expect(criticalSignature('signal received: 11')).toBe('runtime crash');
    // ClamAV's "Can't allocate memory" beside the usual "Cannot allocate memory".
    expect(criticalSignature("LibClamAV Error: cli_malloc(): Can't allocate memory (746532336 bytes).")).toBe(
      'out of memory',
    );
    // Kamailio's pools, shared and private (blind13 13/s07); PostgreSQL's shared memory.
    expect(criticalSignature('ERROR: tm [h_table.c:292]: build_cell(): out of shm memory')).toBe(
      'out of memory',
    );
    expect(criticalSignature('ERROR: <core> [parser/msg_parser.c:77]: no more pkg memory')).toBe(
      'out of memory',
    );
    expect(criticalSignature('ERROR:  out of shared memory')).toBe('out of memory');
    expect(criticalSignature('chronyd[1285]: Could not allocate memory')).toBe('out of memory');
    // Cloud Run's and Cloud Functions' instance over its limit (blind22 3/s03).
    expect(
      criticalSignature(
        'Memory limit of 512 MiB exceeded with 538 MiB used. Consider increasing the memory limit, see https://cloud.google.com/run/docs/configuring/memory-limits',
      ),
    ).toBe('out of memory');
    expect(criticalSignature('Error: memory limit exceeded. Function invocation was interrupted.')).toBe(
      'out of memory',
    );
    expect(criticalSignature('rate limit exceeded for /api/v1/authn')).toBeNull();
    // OpenLDAP's slapd; FRR's crash handler (blind21 4/s10, 4/s09).
    expect(criticalSignature('kdc1 slapd[3047]: ch_malloc of 16777216 bytes failed')).toBe('out of memory');
    expect(
      criticalSignature(
        'BGP: [K3H97-NGGHR] Received signal 11 at 1615634300 (si_addr 0x10, PC 0x55d0727cba4f); aborting...',
      ),
    ).toBe('runtime crash');
    expect(criticalSignature('Received signal 15 at 1615634300 (si_addr 0x0); exiting')).toBeNull();
    // Zigbee2MQTT's (Node's) uncaught exception before it exits (blind9 21/s03); not a handled one.
    expect(
      criticalSignature(
        "Unhandled exception: TypeError: Cannot read properties of undefined (reading 'getEndpoint')",
      ),
    ).toBe('runtime crash');
    expect(criticalSignature('Unhandled exception: request aborted by client')).toBeNull();
    // Tor's failed assertion (blind10 15/s09), glibc's assert(); not a test's "assertion failed".
    expect(
      criticalSignature(
        'tor_assertion_failed_(): Bug: src/core/or/circuitlist.c:2211: circuit_mark_for_close_: Assertion circ->purpose != CIRCUIT_PURPOSE_OR failed; aborting. (on Tor 0.4.8.17 )',
      ),
    ).toBe('runtime crash');
    expect(criticalSignature("nginx: ngx_event.c:42: ngx_add: Assertion `ev != NULL' failed.")).toBe(
      'runtime crash',
    );
    expect(criticalSignature('test_login: assertion failed: expected 200, got 500')).toBeNull();
    // iOS' jetsam (blind19 18/s01).
    expect(
      criticalSignature(
        'memorystatus: killing_specific_process pid 9484 [BrightPath] (per-process-limit 3) 1447577KB - memorystatus_available_pages: 38418',
      ),
    ).toBe('out of memory');
    expect(criticalSignature('memorystatus: level changed to normal')).toBeNull();
    // IBM Storage Scale's (GPFS) daemon crashing on an assertion (blind23 13/s10).
    expect(
      criticalSignature(
        '*** Assert exp(totalLen <= pageSize) in line 1983 of file /src/avs/fs/mmfs/ts/fs/bufdesc.C',
      ),
    ).toBe('runtime crash');
    expect(
      criticalSignature('Signal 6 at location 0x7F3A5C1135C6 in process 11173, link reg 0xFFFFFFFFFFFFFFFF.'),
    ).toBe('runtime crash');
    expect(
      criticalSignature(
        'mmfsd: Shutting down abnormally due to error in bufdesc.C line 6169 retCode 0, reasonCode 0',
      ),
    ).toBe('runtime crash');
    expect(criticalSignature('Signal handler installed for SIGTERM')).toBeNull();
    // Slurm's job state of a job the cgroup's OOM killer ended (its jobcomp record; blind23 12/s03).
    expect(criticalSignature('OUT_OF_MEMORY')).toBe('out of memory');
    expect(criticalSignature('sysctl vm.panic_on_out_of_memory=0')).toBeNull();
    // Trino's coordinator killing a query as its cluster runs out of memory (blind10 19/s10).
    expect(
      criticalSignature(
        'Query 20220421_140209_00096_gumxc killed by TotalReservationOnBlockedNodesLowMemoryKiller',
      ),
    ).toBe('out of memory');
    expect(
      criticalSignature(
        'TIMELINE: Query 20220421_140209_00096_gumxc :: FAILED (CLUSTER_OUT_OF_MEMORY) :: elapsed 147580ms',
      ),
    ).toBe('out of memory');
    expect(criticalSignature('query.low-memory-killer.policy=total-reservation-on-blocked-nodes')).toBeNull();
    // Dask's nanny restarting a worker over its memory budget (blind23 20/s01); not its warning before.
    expect(
      criticalSignature(
        'distributed.nanny.memory - WARNING - Worker tcp://10.1.3.202:43538 (pid=31334) exceeded 95% memory budget. Restarting...',
      ),
    ).toBe('out of memory');
    expect(
      criticalSignature(
        'distributed.worker.memory - WARNING - Worker is at 82% memory usage. Pausing worker.',
      ),
    ).toBeNull();
    // Ray's memory monitor killing a task's worker (blind23 22/s06).
    expect(
      criticalSignature(
        'node_manager.cc:2999: Killing worker with task tokenize_shard (ID: 289b05, pid: 226158) because the node is running low on memory (OOM)',
      ),
    ).toBe('out of memory');
    // Windows' and SQL Server's out of space (blind20 8/s07).
    expect(criticalSignature('There is not enough space on the disk.')).toBe('disk full');
    expect(
      criticalSignature(
        "Could not allocate space for object 'dbo.FactSales'.'PK_FactSales' in database 'DW' because the 'PRIMARY' filegroup is full.",
      ),
    ).toBe('disk full');
    expect(criticalSignature("The transaction log for database 'DW' is full due to 'LOG_BACKUP'.")).toBe(
      'disk full',
    );
    // SQL Server's stack dump (blind7 22/s02).
    expect(
      criticalSignature(
        'SqlDumpExceptionHandler: Process 134 generated fatal exception c0000005 EXCEPTION_ACCESS_VIOLATION. SQL Server is terminating this process.',
      ),
    ).toBe('segmentation fault');
    // ISC dhcpd's fatal end after "Unable to set up timer: out of range" (blind21 5/s10).
    expect(criticalSignature('If you think you have received this message due to a bug rather')).toBe(
      'process crashed',
    );
    // z/OS's out-of-space abends; a CICS region's end (blind20 3/s10).
    expect(criticalSignature('IEF450I CLMNITE STEP040 - ABEND=SB37 U0000 REASON=00000004')).toBe('disk full');
    expect(criticalSignature('DFHKE1800 ABNORMAL TERMINATION OF CICS IS COMPLETE.')).toBe('runtime crash');
    // jBASE under Temenos T24 (blind20 1/s04).
    expect(criticalSignature(' Segmentation violation , Line   722 , Source AC.ACCRUAL.CALC.b')).toBe(
      'segmentation fault',
    );
    expect(criticalSignature(' Program aborted, core dump written to /t24/bnk/bnk.run/core.24252')).toBe(
      'segmentation fault',
    );
    expect(criticalSignature('Unable to allocate memory for the cache')).toBe('out of memory');
    expect(
      criticalSignature('Memory Allocation Failure in function ast_str_create at line 600 of strings.h'),
    ).toBe('out of memory');
    expect(criticalSignature('Timeout: out of shmoo')).toBeNull();
    // Python's MemoryError, the last line of its traceback (numpy's with words of its own after it).
    expect(
      criticalSignature(
        'Unhandled exception in worker, exiting\nTraceback (most recent call last):\n  File "/srv/app/tasks/reports.py", line 41, in fetch_rows\n    for chunk in cursor.fetchmany(5000):\nMemoryError',
      ),
    ).toBe('out of memory');
    expect(
      criticalSignature('numpy.core._exceptions._ArrayMemoryError: Unable to allocate 3.2 GiB'),
    ).toBeNull();
    expect(criticalSignature('MemoryError: Unable to allocate 3.20 GiB for an array')).toBe('out of memory');
    expect(criticalSignature('signal received: 15')).toBeNull();
    expect(
      criticalSignature(
        'Unhandled exception. System.InvalidOperationException: Collection was modified; enumeration operation may not execute.',
      ),
    ).toBe('runtime crash');
    expect(criticalSignature('Unhandled exception while processing the request')).toBeNull();
    expect(
      criticalSignature(
        "An error has been caught in function 'main', process 'MainProcess' (57135), thread 'MainThread' (579375531272600):",
      ),
    ).toBe('runtime crash');
    expect(criticalSignature('Uncaught PHP Exception Symfony\\Component\\HttpClient\\Exception')).toBeNull();
    expect(
      criticalSignature(
        'Lost executor 6 on 10.67.8.31: Container killed by YARN for exceeding physical memory limits. 9.4 GB of 9 GB physical memory used.',
      ),
    ).toBe('out of memory');
    expect(
      criticalSignature(
        'ORA-04031: unable to allocate 4160 bytes of shared memory ("shared pool","unknown object")',
      ),
    ).toBe('out of memory');
    expect(criticalSignature('Generated a crash report for ticket 12')).toBeNull();
    // Windows' Application Error 1000 and service control manager 7031, Db2's trap and its instance's
    // end, OpenVPN's fatal exit; Windows' low memory diagnosis.
    for (const crash of [
      'Faulting application name: AcmeSyncAgent.exe, version: 2.3.5.0, time stamp: 0x91b7f1ec',
      'The Acme Sync Agent service terminated unexpectedly.  It has done this 1 time(s).',
      'ADM14001C  An unexpected and critical error has occurred: "Trap". The instance may have been shutdown as a result.',
      'ADM0503C  An unexpected internal processing error has occurred. All DB2 processes associated with this instance have been shutdown.',
      'Exiting due to fatal error',
    ])
      expect(criticalSignature(crash)).toBe('runtime crash');
    expect(
      criticalSignature(
        'Windows successfully diagnosed a low virtual memory condition. The following programs consumed the most virtual memory: java.exe (4312) consumed 9830400000 bytes',
      ),
    ).toBe('out of memory');
    expect(criticalSignature('The Windows Update service entered the stopped state.')).toBeNull();
    expect(
      criticalSignature(
        'E! FATAL: [inputs.snmp] panicked: runtime error: index out of range [9] with length 1, Stack:',
      ),
    ).toBe('panic');
    expect(criticalSignature('fatal exceptions are logged at ERROR')).toBeNull();
  });

  it("names Android's low memory killer an out-of-memory kill, not a line that only mentions oom_score_adj", () => {
    expect(
      criticalSignature(
        "02-19 17:35:58.369   568   397 I lowmemorykiller: Kill 'com.rosdale.driver' (5092), uid 10218, oom_score_adj 0 to free 189714kB rss",
      ),
    ).toBe('out of memory');
    expect(criticalSignature("lowmemorykiller: Killing 'com.android.email' (2843), adj 1000,")).toBe(
      'out of memory',
    );
    expect(criticalSignature('ActivityManager: Set oom_score_adj 900 for com.acme.app')).toBeNull();
  });

  it("names Node's uncaught exception a runtime crash by its throw site or version line, not a stack frame", () => {
    const crash =
      "/app/dist/lib/price-formatter.js:73\n    const code = price.currency.toUpperCase();\n\nTypeError: Cannot read properties of undefined (reading 'currency')\n    at formatPrice (/app/dist/lib/price-formatter.js:34:37)";
    expect(criticalSignature(crash)).toBe('runtime crash');
    expect(criticalSignature('request failed\nNode.js v18.19.0')).toBe('runtime crash');
    expect(criticalSignature('TypeError: x is undefined\n    at f (/app/dist/a.js:3:4)')).toBeNull();
    expect(criticalSignature('loaded config from /etc/app/config.js:12 entries')).toBeNull();
    // As a handler of the process's event logs it (winston's; Node-RED's own words).
    expect(criticalSignature("uncaughtException: Cannot read properties of null (reading 'payload')")).toBe(
      'runtime crash',
    );
    expect(criticalSignature('[red] Uncaught Exception:')).toBe('runtime crash');
    // Firebird's access violation and its Guardian's word of the server's end.
    expect(
      criticalSignature(
        'Access violation.\n\t\tThe code attempted to access a virtual address without privilege to do so.\n\t\tThis exception will cause the Firebird server\n\t\tto terminate abnormally.',
      ),
    ).toBe('runtime crash');
    expect(
      criticalSignature(
        'C:\\Program Files\\Firebird\\Firebird_3_0\\firebird.exe: terminated abnormally (-1)',
      ),
    ).toBe('runtime crash');
    expect(criticalSignature('connection to client terminated abnormally')).toBeNull();
    // An Erlang process's crash report (EMQX's connection process), as OTP's logger and SASL write it.
    expect(
      criticalSignature(
        'crasher:\n    initial call: emqx_connection:init/4\n    pid: <0.30643.0>\n    exception error: bad argument',
      ),
    ).toBe('runtime crash');
    expect(criticalSignature('=CRASH REPORT==== 12-Sep-2021::17:49:30.065 ===')).toBe('runtime crash');
    expect(criticalSignature('crasher: none today')).toBeNull();
    // CouchDB's own crash report, and an Erlang process killed at its max_heap_size.
    expect(
      criticalSignature(
        'CRASH REPORT Process couch_index_server (<0.299.0>) with 0 neighbors exited with reason: killed at proc_lib:init_p_do_apply/3(line:247)',
      ),
    ).toBe('runtime crash');
    expect(
      criticalSignature(
        '***** Ignoring the process_info from <0.8568.0> that exceeded max_heap_size\n  Context:  maximum heap size reached\n  Max Heap Size:  134217728',
      ),
    ).toBe('out of memory');
    expect(criticalSignature('no CRASH REPORT today')).toBeNull();
    // Triton's signal handler (a stop's SIGTERM is none), HBase's abort.
    expect(criticalSignature('Signal (11) received.\n 0# 0x0000772831CA4CEB in tritonserver')).toBe(
      'runtime crash',
    );
    expect(criticalSignature('Signal (15) received.')).toBeNull();
    expect(
      criticalSignature(
        'regionserver.HRegionServer: ***** ABORTING region server analytics-24,16020,1700719496844: IOE in log roller *****',
      ),
    ).toBe('runtime crash');
    // Ceph's daemons: a failed assertion, then the signal handler's report.
    expect(
      criticalSignature(
        '/builddir/build/BUILD/ceph-17.2.6/src/os/bluestore/BlueStore.cc: 13389: FAILED ceph_assert(0 == "unexpected error")',
      ),
    ).toBe('runtime crash');
    expect(
      criticalSignature(' *** Caught signal (Aborted) **\n in thread 7fe4ce8f8535 thread_name:tp_osd_tp'),
    ).toBe('runtime crash');
    expect(criticalSignature('Reason: Worker failed to boot.')).toBe('runtime crash');
    expect(criticalSignature('registered handlers for uncaughtException and unhandledRejection')).toBeNull();
  });

  it('names Node\'s heap exhaustion by the report\'s opening, whose "out of memory" line comes too late for a sample', () => {
    const report =
      '<--- Last few GCs --->\n\n[648:0x7f0111a]  4102807 ms: Mark-sweep (reduce) 1533.0 (1574.0) -> 1532.6 (1574.5) MB';
    expect(criticalSignature(report)).toBe('out of memory');
    expect(criticalSignature('GC stats: <--- Last few GCs ---> printed on request')).toBeNull();
  });

  /** Node's uncaught exception at `ts`, one event opening on its throw site: the template "<*>". */
  const nodeCrash = (ts: number): MinedEvent => ({
    ...minedEvent(ts, { template: '<*>', params: ['x'], level: 'fatal', service: 'api', file: 'api.log' }),
    raw: "/app/dist/lib/price-formatter.js:43\n    const code = price.currency.toUpperCase();\n                               ^\n\nTypeError: Cannot read properties of undefined (reading 'toUpperCase')\n    at formatPrice (/app/dist/lib/price-formatter.js:43:32)\n\nNode.js v18.19.0",
    lineCount: 8,
  });

  it("quotes a crash whose template has no word of its own by its error line (Node's throw site)", () => {
    const events = twoServices();
    events.push(nodeCrash(at(77, 12)));
    const rare = analyze(events).anomalies.find((a) => a.type === 'rare_event');
    expect(rare?.description).toContain(
      `"TypeError: Cannot read properties of undefined (reading 'toUpperCase')"`,
    );
  });

  it('finds a crash whose wordless template other files share, by its own sample (blind2 181/s03)', () => {
    const events = twoServices();
    // A journal's bare values every five minutes: 30 lines of the pattern "<*>", none a crash.
    for (let m = 2; m < 152; m += 5)
      events.push(
        minedEvent(at(m, 7), { template: '<*>', params: [`0x${m}f3a`], level: null, file: 'journal.log' }),
      );
    events.push(nodeCrash(at(119, 15)));
    const rare = analyze(events).anomalies.filter((a) => a.type === 'rare_event');
    expect(rare).toHaveLength(1);
    expect(rare[0]?.severity).toBe('critical');
    expect(rare[0]?.files).toEqual(['api.log']);
    expect(inWindow(rare[0] ?? { start: '', end: '' }, 119, 120)).toBe(true);
    expect(rare[0]?.description).toContain(
      "TypeError: Cannot read properties of undefined (reading 'toUpperCase')",
    );
  });

  it.each([
    ['fatal error: concurrent map writes', 'runtime crash'],
    ['fatal error: all goroutines are asleep - deadlock!', 'runtime crash'],
    ['# A fatal error has been detected by the Java Runtime Environment:', 'runtime crash'],
    ['panic: runtime error: index out of range [<*>] with length <*>', 'panic'],
    ['Redis <*> crashed by signal: <*>, si_code: <*>', 'runtime crash'],
    ['OutOfMemory error letting the JVM handle the error:', 'out of memory'],
    [
      "Host terminated unexpectedly System.OutOfMemoryException: Exception of type '<*>' was thrown.",
      'out of memory',
    ],
    ['<*> UTC - mysqld got signal 11 ;', 'runtime crash'],
    ["Process 'ForkPoolWorker-3' pid:<*> exited with 'signal 9 (SIGKILL)'", 'process killed'],
    ['Error R15 (Memory quota vastly exceeded)', 'out of memory'],
    ['RequestId: <*> Error: Runtime exited with error: signal: killed', 'process killed'],
    ['exited: report-etl_00 (exit status 139; not expected)', 'process crashed'],
    ['exited: worker (terminated by SIGKILL; not expected)', 'process crashed'],
    ['<*>: Main process exited, code=dumped, status=11/SEGV', 'process crashed'],
    [
      'Host terminated unexpectedly System.FormatException: Input string was not in a correct format.',
      'process crashed',
    ],
    ['orders.service: Main process exited, code=exited, status=1/FAILURE', 'process crashed'],
    ['State changed from up to crashed', 'process crashed'],
    ['Back-off restarting failed container <*> in pod <*>', 'process crashed'],
    ['backend ldap_be has no server available!', 'no server left'],
    ['no live upstreams while connecting to upstream, client: <*>', 'no server left'],
  ])('reports the runtime crash "%s" as critical (%s)', (template, name) => {
    const events = twoServices();
    events.push(
      minedEvent(at(77, 12), { template, params: [], level: 'fatal', service: 'api', file: 'api.log' }),
    );
    const rare = analyze(events).anomalies.find((a) => a.type === 'rare_event');
    expect(rare?.severity).toBe('critical');
    expect(rare?.description.toLowerCase()).toContain(name);
  });

  it('leaves look-alikes and periodic health checks alone', () => {
    const events = twoServices();
    events.push(
      minedEvent(at(20), { template: 'booked room <*> for <*>', params: ['4', 'ops'], service: 'api' }),
    );
    events.push(
      minedEvent(at(40), { template: 'set oom_score_adj to <*>', params: ['-500'], service: 'api' }),
    );
    for (let m = 5; m < 180; m += 30)
      events.push(
        minedEvent(at(m), {
          template: 'healthcheck: disk full check passed (<*> free)',
          params: ['61%'],
          service: 'api',
        }),
      );
    expect(analyze(events).anomalies.filter((a) => a.type === 'rare_event')).toEqual([]);
  });

  it('reports a crash loop of a full disk, however steady its pace', () => {
    // ZooKeeper's SyncThread dies of a full disk and the server restarts, five times in eight
    // minutes, every two minutes, of a three-hour log.
    const events = twoServices();
    for (let m = 100; m < 110; m += 2) {
      const e = minedEvent(at(m, 5), {
        template: 'Severe unrecoverable error, from thread : SyncThread:<*>',
        params: ['2'],
        level: 'error',
        service: 'zookeeper',
        file: 'zookeeper.log',
      });
      events.push({ ...e, raw: `${e.raw}\njava.io.IOException: No space left on device`, lineCount: 2 });
    }
    const found = analyze(events).anomalies.filter((a) => a.type === 'rare_event');
    expect(found).toHaveLength(1);
    expect(found[0]?.description).toMatch(/^Disk full: .* occurred 5 times/);
    expect(found[0] && inWindow(found[0], 100, 110)).toBe(true);
  });

  it("names the memory exhaustion of PHP, the Erlang VM and Rust, the Erlang VM's end, and PostgreSQL's restart after a crash", () => {
    expect(
      criticalSignature(
        'child 20387 said into stderr: "PHP Fatal error:  Allowed memory size of 536870912 bytes exhausted (tried to allocate 65536 bytes) in /var/www/src/Export.php on line 52"',
      ),
    ).toBe('out of memory');
    expect(
      criticalSignature('eheap_alloc: Cannot allocate 6801972136 bytes of memory (of type "heap").'),
    ).toBe('out of memory');
    expect(criticalSignature('memory allocation of 1048576 bytes failed')).toBe('out of memory');
    expect(
      criticalSignature(
        'oom_watcher_linux.go:82] "Got sys oom event" event="&{Pid:46808 ProcessName:uwsgi TimeOfDeath:2024-06-07 15:52:43.210 +0000 UTC}"',
      ),
    ).toBe('out of memory');
    expect(
      criticalSignature('database system was not properly shut down; automatic recovery in progress'),
    ).toBe('process crashed');
    expect(criticalSignature('all server processes terminated; reinitializing')).toBe('process crashed');
    expect(
      criticalSignature(
        'Kernel pid terminated (application_controller) ("{application_terminated,shop,shutdown}")',
      ),
    ).toBe('runtime crash');
    expect(criticalSignature('Crash dump is being written to: erl_crash.dump...done')).toBe('runtime crash');
    // A clean restart, and memory that is only counted.
    expect(criticalSignature('database system was shut down at 2025-03-17 20:59:01 JST')).toBeNull();
    expect(criticalSignature('memory allocation of 4096 bytes took 3 ms')).toBeNull();
  });

  it("leaves Heroku's R14 memory warning alone (R15 is the kill)", () => {
    expect(criticalSignature('Error R14 (Memory quota exceeded)')).toBeNull();
  });

  it("leaves a supervised program's expected exit and a service's stop alone", () => {
    expect(criticalSignature('exited: auth-helper_03 (exit status 0; expected)')).toBeNull();
    expect(criticalSignature('app.service: Main process exited, code=killed, status=15/TERM')).toBeNull();
    expect(criticalSignature('app.service: Main process exited, code=exited, status=0/SUCCESS')).toBeNull();
    expect(criticalSignature('app.service: Main process exited, code=exited, status=143/n/a')).toBeNull();
    expect(criticalSignature('app.service: Main process exited, code=exited, status=0/SUCCESS')).toBeNull();
    expect(criticalSignature('heroku[web.3]: State changed from crashed to starting')).toBeNull();
  });

  it('leaves a database deadlock now and then to the error detectors (the transaction is retried)', () => {
    const events = twoServices();
    for (const m of [30, 95, 150])
      events.push(
        minedEvent(at(m), {
          template:
            'ActiveRecord::Deadlocked: Mysql2::Error: Deadlock found when trying to get lock; try restarting transaction',
          params: [],
          level: 'error',
          service: 'worker',
          file: 'worker.log',
        }),
      );
    events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    expect(analyze(events).anomalies.filter((a) => a.type === 'rare_event')).toEqual([]);
  });
});

describe('rare_event: a JVM out of heap, as its GC log tells it', () => {
  /** A GC log: a young collection every 20 s, a System.gc() full one every hour, `extra` events too. */
  function gcLog(extra: MinedEvent[]): MinedEvent[] {
    const events: MinedEvent[] = [];
    const gc = (t: number, kind: string, used: number, ms: string) =>
      minedEvent(t, {
        template: `GC(<*>) Pause ${kind} <*>M-><*>M(8192M) <*>ms`,
        params: [String(t / 1000), '6000', String(used), ms],
        service: null,
        file: 'app-gc.log',
      });
    for (let t = at(0); t < at(180); t += 20_000)
      events.push(gc(t, 'Young (Normal) (G1 Evacuation Pause)', 2100, '6.1'));
    for (let m = 30; m < 180; m += 60) events.push(gc(at(m), 'Full (System.gc())', 1900, '820.5'));
    return [...events, ...extra].sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
  }
  const full = (minute: number, second: number, used: number) =>
    minedEvent(at(minute, second), {
      template: 'GC(<*>) Pause Full (G1 Compaction Pause) <*>M-><*>M(8192M) <*>ms',
      params: ['9', '8150', String(used), '3531.3'],
      service: null,
      file: 'app-gc.log',
    });
  const start = (minute: number) =>
    minedEvent(at(minute), { template: 'Using G1', service: null, file: 'app-gc.log' });

  it('finds full collections in a row that leave the heap full, then the JVM starting again', () => {
    const events = gcLog([
      full(100, 5, 8074),
      full(100, 14, 7992),
      full(100, 20, 8046),
      full(100, 31, 8025),
      start(101),
    ]);
    const oom = analyze(events).anomalies.filter((a) => a.type === 'rare_event');
    expect(oom).toHaveLength(1);
    expect(oom[0]?.severity).toBe('critical');
    expect(oom[0]?.description).toMatch(
      /ran out of heap: 4 full collections in a row left it 98% full \(8025 of 8192 MB\)/,
    );
    expect(oom[0] && inWindow(oom[0], 100, 101)).toBe(true);
  });

  it('leaves alone a restart after full collections that freed the heap, and a full heap the JVM survived', () => {
    // A deploy: the hourly System.gc() before it left the heap at a quarter.
    const deploy = gcLog([start(95)]);
    expect(analyze(deploy).anomalies.filter((a) => a.type === 'rare_event')).toEqual([]);
    // Two full collections at 98%, then one that freed the heap: the JVM lived on (no restart).
    const pressure = gcLog([full(100, 5, 8074), full(100, 14, 8046), full(100, 30, 3100), start(140)]);
    expect(analyze(pressure).anomalies.filter((a) => a.type === 'rare_event')).toEqual([]);
  });
});

describe('rare_event after a crash: a silence after last words', () => {
  /**
   * A worker logging every `everySeconds` for three hours (in bursts of 10 s every `burstEvery` minutes
   * when set); at minute 90 an error line, then `gapSeconds` of silence, then `resumed`.
   */
  function workerLog(spec: {
    everySeconds: number;
    gapSeconds: number;
    resumed: string;
    burstEvery?: number;
    last?: Partial<MinedEvent>;
  }): MinedEvent[] {
    const events: MinedEvent[] = [];
    const random = seeded(11);
    const file = 'worker.log';
    let crashed = false;
    for (let t = at(0); t < at(180); t += spec.everySeconds * 1000 * (0.5 + random())) {
      const minute = (t - T0) / MINUTE;
      if (spec.burstEvery !== undefined && (t - T0) % (spec.burstEvery * MINUTE) > 10_000) continue;
      if (!crashed && minute >= 90) {
        crashed = true;
        events.push({
          ...minedEvent(t, {
            template: 'sync of account <*> failed: connection reset',
            params: ['77'],
            level: 'error',
            file,
            service: null,
          }),
          ...spec.last,
        });
        t += spec.gapSeconds * 1000;
        events.push(minedEvent(t, { template: spec.resumed, level: 'info', file, service: null }));
        continue;
      }
      events.push(
        minedEvent(t, {
          template: 'synced account <*>',
          params: [String(Math.floor(t / 7) % 900)],
          file,
          service: null,
        }),
      );
    }
    return events;
  }
  const crashes = (events: MinedEvent[]) =>
    analyze(events).anomalies.filter((a) => a.type === 'rare_event' && /went silent/.test(a.description));

  it('reports an error line followed by a long silence and a startup as a medium crash', () => {
    const found = crashes(
      workerLog({ everySeconds: 2, gapSeconds: 150, resumed: 'starting sync-worker 2.4.1 (pid 4242)' }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('medium');
    expect(found[0]?.description).toMatch(
      /^worker\.log went silent for 2.5 min right after an error .*then restarted/,
    );
    expect(found[0] && inWindow(found[0], 90, 93)).toBe(true);
  });

  it('leaves a silence after last words that say the process is stopping alone, whatever their level', () => {
    // Samba writes "Got SIGTERM: going down..." at its debug level 0, an error (blind10 7/s02).
    const last = {
      template: 'Got SIGTERM: going down...',
      message: 'Got SIGTERM: going down...',
      params: [],
    };
    expect(
      crashes(
        workerLog({
          everySeconds: 2,
          gapSeconds: 60,
          resumed: 'starting sync-worker 2.4.1 (pid 4242)',
          last,
        }),
      ),
    ).toEqual([]);
    expect(
      crashes(
        workerLog({ everySeconds: 2, gapSeconds: 60, resumed: 'starting sync-worker 2.4.1 (pid 4242)' }),
      ),
    ).toHaveLength(1);
    // Unless they say why it stops, and it is a crash: UniFi's "Fatal exception, shutting down:" and its
    // stack trace (blind16 11/s01).
    const fatal = 'Fatal exception, shutting down: java.lang.NullPointerException';
    const trace = `${fatal}\n\tat com.ubnt.service.inform.InformServlet.doPost(Unknown Source)\n\tat java.base/java.lang.Thread.run(Thread.java:829)`;
    expect(
      crashes(
        workerLog({
          everySeconds: 2,
          gapSeconds: 78,
          resumed: 'UniFi 8.1.127 (build atag_8.1.127_24240 - release/release) is started',
          last: { template: fatal, message: fatal, params: [], lineCount: 3, raw: trace },
        }),
      ).map((a) => a.severity),
    ).toEqual(['high']);
  });

  it("reports a silence right after a native backtrace's frames, each a line of its own (Asterisk's logger)", () => {
    const frame = '#7: [0x7f77f5488344] libc.so.6 start_thread() (0x7f6b8b3fc676+2EE)';
    const found = crashes(
      workerLog({
        everySeconds: 2,
        gapSeconds: 76,
        resumed: 'synced account 12',
        last: { template: frame, message: frame, params: [], level: 'trace' },
      }),
    );
    expect(found.map((a) => a.severity)).toEqual(['high']);
    expect(found[0]?.description).toMatch(/right after a stack trace/);
    const plain = 'bridge <*> left';
    expect(
      crashes(
        workerLog({
          everySeconds: 2,
          gapSeconds: 76,
          resumed: 'synced account 12',
          last: { template: plain, message: plain, params: [], level: 'trace' },
        }),
      ),
    ).toEqual([]);
  });

  it('reports a stack trace followed by a long silence as high, restart or not', () => {
    const last = {
      lineCount: 3,
      raw: 'E sync failed\npanic: runtime error: index out of range [3] with length 3\ngoroutine 1 [running]:',
    };
    const found = crashes(
      workerLog({ everySeconds: 2, gapSeconds: 150, resumed: 'synced account <*>', last }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('high');
    expect(found[0]?.description).toMatch(/"panic: runtime error: index out of range/);
    // The same with another file's lines in between (its last words kept as a copy meanwhile).
    const mixed = [
      ...workerLog({ everySeconds: 2, gapSeconds: 150, resumed: 'synced account <*>', last }),
      ...healthyTraffic({ minutes: 180, perMinute: 20, service: 'api', file: 'api.log', seed: 5 }),
    ].sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    expect(crashes(mixed).map((a) => a.description)).toEqual(found.map((a) => a.description));
  });

  it("reports a runtime's last words joined to a debug line before them (GHC's heap exhausted) as a crash", () => {
    const last = {
      level: 'debug' as const,
      lineCount: 4,
      raw: "[2021-01-08 10:57:54][shop-api.db][Debug][katip-box][PID 19132][ThreadId 327] pool stats: 4 idle, 7 in use\nshop-api: Heap exhausted;\nshop-api: Current maximum heap size is 1073741824 bytes (1024 MB).\nshop-api: Use `+RTS -M<size>' to increase it.",
    };
    const found = crashes(
      workerLog({ everySeconds: 2, gapSeconds: 50, resumed: 'Starting shop-api 0.4.4 on port 8080', last }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('high');
    expect(found[0]?.description).toMatch(/right after a fatal error \("shop-api: Heap exhausted;"\)/);
    // A debug line of several lines without such words is no crash's.
    const plain = { ...last, raw: 'pool stats: 4 idle, 7 in use\n  idle: 4\n  busy: 7' };
    expect(
      crashes(
        workerLog({
          everySeconds: 2,
          gapSeconds: 50,
          resumed: 'Starting shop-api 0.4.4 on port 8080',
          last: plain,
        }),
      ),
    ).toEqual([]);
  });

  it('leaves an error line alone when the file then just logs again after a pause', () => {
    expect(crashes(workerLog({ everySeconds: 2, gapSeconds: 150, resumed: 'synced account <*>' }))).toEqual(
      [],
    );
  });

  it('leaves a silence alone that is short against the usual pace of the file', () => {
    const resumed = 'starting sync-worker 2.4.1 (pid 4242)';
    expect(crashes(workerLog({ everySeconds: 20, gapSeconds: 150, resumed }))).toEqual([]);
  });

  it("reports a Node trace, a pause and the program's banner as a crash where the file pauses as long now and then", () => {
    // A home-automation bridge logging about once a second, quiet for 14 s six times (a sensor's
    // night), and 25 s after an unhandled exception, then "Logging to console…" and its banner.
    const file = 'zigbee2mqtt.log';
    const bridge = (banner: boolean) => {
      const events: MinedEvent[] = [];
      const quiet = [20, 40, 60, 110, 130, 150];
      for (let t = at(0); t < at(180); t += 1000) {
        const minute = (t - T0) / MINUTE;
        if (quiet.some((q) => minute >= q && minute < q + 14 / 60)) continue;
        if (minute >= 90 && minute < 90 + 25 / 60) {
          if (minute === 90)
            events.push({
              ...minedEvent(t, {
                template:
                  "Unhandled exception: TypeError: Cannot read properties of undefined (reading 'getEndpoint')",
                level: 'error',
                file,
                service: null,
              }),
              lineCount: 3,
              raw: "Zigbee2MQTT:error 2020-01-16 13:00:48: Unhandled exception: TypeError: Cannot read properties of undefined (reading 'getEndpoint')\n    at Receive.onDeviceMessage (/app/lib/extension/receive.ts:184:33)\n    at EventEmitter.emit (node:events:529:35)",
            });
          continue;
        }
        const resumed = minute >= 90 + 25 / 60 && minute < 90 + 26 / 60;
        events.push(
          minedEvent(t, {
            template: resumed
              ? 'Logging to console, file (filename: log.txt)'
              : "MQTT publish: topic 'zigbee2mqtt/<*>'",
            params: [`sensor_${(t / 1000) % 7}`],
            file,
            service: null,
          }),
        );
        if (resumed && banner)
          events.push(
            minedEvent(t, {
              template: 'Starting Zigbee2MQTT version 1.16.2 (commit #e3dc728)',
              file,
              service: null,
            }),
          );
      }
      return events;
    };
    const found = crashes(bridge(true));
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('high');
    expect(found[0]?.description).toMatch(
      /^zigbee2mqtt\.log went silent for 25 s right after a stack trace .*then restarted at \S+ UTC \("Starting Zigbee2MQTT version/,
    );
    // Without the banner, a pause as long as the file's others says nothing.
    expect(crashes(bridge(false))).toEqual([]);
  });

  it("leaves alone a Spark driver's pause between micro-batches after a lost task, though YARN launches an executor (blind7 26/s08)", () => {
    // A streaming driver: 40 lines in the first 20 s of each minute ("Starting job: …" first), quiet for 40 s
    // between. At minute 90 a task is lost (a warning and its trace) before the pause; after it the
    // driver starts its next job, and YARN launches a container to replace the executor.
    const file = 'spark-driver.log';
    const events: MinedEvent[] = [];
    for (let minute = 0; minute < 180; minute++) {
      for (let s = 0; s < 40; s++) {
        const t = at(minute) + s * 500;
        events.push(
          minedEvent(t, {
            template:
              s === 0
                ? 'Starting job: start at BookingStreamingJob.scala:<*>'
                : 'Block <*> stored as values in memory',
            params: [`${minute * 40 + s}`],
            file,
            service: null,
          }),
        );
        if (minute === 91 && s === 1)
          events.push(
            minedEvent(t + 500, {
              template: 'Launching container <*> on host <*> for executor with ID <*>',
              params: ['container_01', 'worker-3', '7'],
              file,
              service: null,
            }),
          );
      }
      if (minute === 90)
        events.push({
          ...minedEvent(at(minute) + 20_000, {
            template:
              'Lost task <*> in stage <*> (TID <*>): org.apache.spark.shuffle.FetchFailedException: Failed to connect to <*>',
            level: 'warn',
            file,
            service: null,
          }),
          lineCount: 3,
          raw: 'Lost task 126.0 in stage 15039.0 (TID 291175): org.apache.spark.shuffle.FetchFailedException: Failed to connect to 192.168.18.2:7337\n\tat org.apache.spark.errors.SparkCoreErrors$.fetchFailedError(SparkCoreErrors.scala:437)\n\tat org.apache.spark.scheduler.Task.run(Task.scala:141)',
        });
    }
    expect(crashes(events)).toEqual([]);
  });

  it('reports a stop announced a moment after a stack trace, and the restart after it, as a crash (blind13 16/s08)', () => {
    // An MQTT broker logging every second; at minute 90 a stack trace, a second later "Shutting
    // down HiveMQ…", half a minute of silence, then its banner. Without the trace: a planned restart.
    const file = 'hivemq.log';
    const broker = (trace: boolean) => {
      const events: MinedEvent[] = [];
      for (let t = at(0); t < at(180); t += 1000) {
        const second = (t - at(90)) / 1000;
        if (second >= 2 && second < 31) continue;
        const template =
          second === 0
            ? trace
              ? 'An unexpected error occurred on the cluster transport:'
              : 'Client ID: <*> connected to broker.'
            : second === 1
              ? 'Shutting down HiveMQ. Please wait, this could take a while...'
              : second === 31
                ? 'Starting HiveMQ Community Edition Server'
                : 'Client ID: <*> connected to broker.';
        const event = minedEvent(t, {
          template,
          params: [`tracker-${(t / 1000) % 97}`],
          level: second === 0 && trace ? 'error' : 'info',
          file,
          service: null,
        });
        events.push(
          second === 0 && trace
            ? {
                ...event,
                lineCount: 3,
                raw: 'An unexpected error occurred on the cluster transport:\njava.lang.NullPointerException: Cannot invoke "com.hivemq.cluster.ClusterNode.getId()" because "node" is null\n\tat com.hivemq.cluster.ClusterStateService.onViewChange(ClusterStateService.java:211)',
              }
            : event,
        );
      }
      return events;
    };
    const found = crashes(broker(true));
    expect(found).toHaveLength(1);
    expect(found[0]?.description).toMatch(
      /^hivemq\.log went silent for \d+ s right after a stack trace .*NullPointerException.*then restarted/,
    );
    expect(crashes(broker(false))).toEqual([]);
  });

  it('leaves a file alone whose long pauses are usual (a job logging in bursts)', () => {
    const resumed = 'starting sync-worker 2.4.1 (pid 4242)';
    expect(crashes(workerLog({ everySeconds: 1, gapSeconds: 170, resumed, burstEvery: 3 }))).toEqual([]);
  });
});

describe('latency_degradation', () => {
  it('finds a slowdown filling most of a short file against the level before it, not a new regime (blind3 230/s03)', () => {
    // Per-minute ln(ms) of a proxy's request times over two hours: about 70 ms, an outage at 30× from
    // minute 25 to 43, normal again, then 4.9× from minute 55 to 111, and normal to the end. The
    // slow minutes (75 of 130) are most of the series: its median is theirs.
    const random = seeded(8);
    const ms = (level: number) => Math.log(level) + (random() - 0.5) * 0.3;
    const series = (end: (m: number) => number) =>
      Array.from({ length: 130 }, (_, m) =>
        ms(m >= 25 && m < 43 ? 2100 : m >= 55 && m < 111 ? 340 : m >= 111 ? end(m) : 70),
      );
    const defined = new Array<boolean>(130).fill(true);
    const back = latencyExcursions(
      series(() => 70),
      defined,
      33,
    );
    expect(back.runs).toEqual([{ from: 55, to: 110 }]);
    expect(Math.exp(back.center[60] ?? 0)).toBeGreaterThan(55);
    expect(Math.exp(back.center[60] ?? 0)).toBeLessThan(90);
    // Slow to the end, or back only halfway (a new regime): no excursion. Nor a day rising step by step.
    expect(
      latencyExcursions(
        series(() => 340),
        defined,
        33,
      ).runs,
    ).toEqual([]);
    expect(
      latencyExcursions(
        series(() => 150),
        defined,
        33,
      ).runs,
    ).toEqual([]);
    const rising = Array.from({ length: 130 }, (_, m) => ms(70 * Math.pow(1.02, m)));
    expect(latencyExcursions(rising, defined, 33).runs).toEqual([]);
  });

  it("leaves alone a few minutes of a cache's misses among its hits, and finds the same answers slowing down", () => {
    // Two and a half hours of a DNS server's answers, one every 5 s: four in ten from its cache (about
    // 0.15 ms), the others from upstream (about 20 ms), under one message. From minute 90, three minutes
    // where nine in ten came from upstream: their typical time 4.5× the usual, on 36 answers of values
    // two orders of magnitude apart (blind5 190/s08). `slow`: every answer four times slower for 20 minutes.
    const answers = (how: 'misses' | 'slow') => {
      const random = seeded(5);
      const events: MinedEvent[] = [];
      for (let t = at(0); t < at(150); t += 5000) {
        const m = (t - at(0)) / 60_000;
        const upstream = random() < (how === 'misses' && m >= 90 && m < 93 ? 0.9 : 0.6);
        const slow = how === 'slow' && m >= 90 && m < 110 ? 4 : 1;
        const ms = (upstream ? 20 : 0.15) * Math.exp((upstream ? 0.6 : 0.4) * gaussian(random)) * slow;
        events.push(
          minedEvent(t, {
            template: '"A IN <*>. udp <*> false <*>" NOERROR qr,rd,ra <*> <*>',
            params: ['api.example.com', '50', '512', '265', `${(ms / 1000).toFixed(9)}s`],
            service: 'coredns',
            file: 'coredns.log',
          }),
        );
      }
      return events;
    };
    const found = (how: 'misses' | 'slow') =>
      analyze(answers(how)).anomalies.filter((a) => a.type === 'latency_degradation');
    expect(found('misses')).toEqual([]);
    expect(found('slow').some((lat) => inWindow(lat, 89, 111))).toBe(true);
  });

  it('finds a request time shifting by a large factor while messages look normal', () => {
    const events = twoServices().map((e) => {
      const slow =
        e.template.includes('completed in') &&
        e.timestamp !== null &&
        e.timestamp >= at(130) &&
        e.timestamp < at(145);
      return slow ? { ...e, params: [e.params[0] ?? '', String(Number(e.params[1]) * 8)] } : e;
    });
    const report = analyze(events);
    const lat = report.anomalies.find((a) => a.type === 'latency_degradation');
    expect(lat && inWindow(lat, 130, 145)).toBe(true);
    expect(lat?.description).toMatch(/rose \d+(\.\d)?×/);
    expect(report.anomalies.filter((a) => a.type !== 'latency_degradation')).toEqual([]);
  });

  it('tells nine slow minutes across five-minute buckets once, though buckets half a width later see them too', () => {
    // Five hours (five-minute buckets) of a service's requests, ten a minute at about 8 ms; from 212:30
    // to 221:30 five times slower. Buckets half a width later (see detectLatencyDegradation) find the
    // same slowdown: one finding. (Here the buckets as they are find it already; a slowdown they split
    // into too few values per bucket, found only half a width later, is blind2 189/s05's.)
    const service = (factor: number) =>
      timedRequests(
        {
          minutes: 300,
          everyMs: 6000,
          typical: 8,
          spread: 0.3,
          factor,
          slowFrom: 213.3,
          slowTo: 223.3,
          seed: 5,
        },
        (t, ms) =>
          minedEvent(t, {
            template: 'request served',
            format: 'json',
            service: 'orders',
            file: 'orders.log',
            attributes: { elapsed_ms: Number(ms.toFixed(3)) },
          }),
      );
    const found = (factor: number) =>
      analyze([...twoServices(300), ...service(factor)]).anomalies.filter(
        (a) => a.type === 'latency_degradation',
      );
    const [lat, ...more] = found(5);
    expect(more).toEqual([]);
    expect(lat && inWindow(lat, 212, 222)).toBe(true);
    expect(lat?.files).toEqual(['orders.log']);
    expect(found(1)).toEqual([]);
  });

  it("leaves alone a few minutes of a batch's slower calls joining the usual requests, not the usual ones slowing down as much", () => {
    // An access log's "GET <*>" of every route, about 10 ms; at minute 100, three minutes of a sync
    // job's 300 calls a minute of about 80 ms under the same pattern (blind2 99/s02, 101/s05).
    const accessLog = (how: 'batch' | 'slow') => {
      const random = seeded(23);
      const events: MinedEvent[] = [];
      const request = (m: number, ms: number) =>
        events.push(
          minedEvent(at(m, Math.floor(random() * 60)), {
            template: 'GET <*>',
            params: ['/api/posts/1'],
            service: null,
            file: 'access.log',
            format: 'access',
            attributes: { requestTime: (ms * Math.exp(0.3 * gaussian(random))) / 1000 },
          }),
        );
      for (let m = 0; m < 240; m++) {
        const during = m >= 100 && m < 103;
        for (let k = poisson(random, 100); k > 0; k--) request(m, how === 'slow' && during ? 50 : 10);
        if (how === 'batch' && during) for (let k = 0; k < 300; k++) request(m, 80);
      }
      return analyze([...twoServices(240), ...events]).anomalies.filter(
        (a) => a.type === 'latency_degradation',
      );
    };
    expect(accessLog('batch')).toEqual([]);
    const [slow] = accessLog('slow');
    expect(slow && inWindow(slow, 100, 102)).toBe(true);
  });

  it("finds a quiet per-minute average slowing down for thirteen minutes (PgBouncer's stats), not its usual wobble", () => {
    const stats = (slow: boolean) => {
      const random = seeded(11);
      const events = [
        ...healthyTraffic({ minutes: 300, perMinute: 40, service: 'api', file: 'api.log', seed: 3 }),
      ];
      for (let m = 0; m < 300; m++) {
        const factor = slow && m >= 194 && m < 207 ? 4 : 1;
        events.push(
          minedEvent(at(m, 27), {
            template: 'Stats: <*> xacts/s, <*> queries/s, xact <*> us, query <*> us',
            params: ['23', '69', String(Math.round(5000 * factor * (0.9 + 0.2 * random()))), '1300'],
            service: 'pgbouncer',
            file: 'pgbouncer.log',
          }),
        );
      }
      return analyze(events).anomalies.filter((a) => a.type === 'latency_degradation');
    };
    const [lat, ...more] = stats(true);
    expect(more).toEqual([]);
    expect(lat && inWindow(lat, 195, 206)).toBe(true);
    expect(lat?.description).toMatch(/rose [34](\.\d)?×/);
    expect(stats(false)).toEqual([]);
  });

  it('finds a slowdown hidden in buckets by a widely spread duration, averaged over five minutes', () => {
    // Three hours of a job whose durations spread over two orders of magnitude, ten a minute: a
    // 30-second bucket's mean swings by more than a 4× slowdown; five minutes' do not.
    const jobs = (slow: boolean) => {
      const random = seeded(7);
      const events: MinedEvent[] = [];
      for (let m = 0; m < 180; m++)
        for (let k = 0; k < 10; k++) {
          const factor = slow && m >= 100 && m < 140 ? 4 : 1;
          const ms = Math.round(200 * factor * Math.exp(1.2 * gaussian(random)));
          events.push(minedEvent(at(m, k * 6), { template: 'job finished in <*> ms', params: [String(ms)] }));
        }
      return events;
    };
    const lat = analyze(jobs(true)).anomalies.filter((a) => a.type === 'latency_degradation');
    expect(lat).toHaveLength(1);
    expect(lat[0] && inWindow(lat[0], 100, 140)).toBe(true);
    expect(lat[0]?.evidence.bucketSeconds).toBe(300);
    expect(analyze(jobs(false)).anomalies.filter((a) => a.type === 'latency_degradation')).toEqual([]);
  });

  it('does not fire on the normal spread of request times', () => {
    expect(analyze(twoServices()).anomalies.filter((a) => a.type === 'latency_degradation')).toEqual([]);
  });

  it("leaves an hourly job's short slowdowns alone, and still finds a long slowdown among them", () => {
    // Six hours; every hour, minutes 50–54 are slow (a batch job); from minute 200 to 240, everything is.
    const slowAt = (t: number, long: boolean): boolean => {
      const minute = Math.floor((t - T0) / MINUTE);
      return (minute % 60 >= 50 && minute % 60 < 55) || (long && minute >= 200 && minute < 240);
    };
    const slowed = (long: boolean) =>
      twoServices(360).map((e) =>
        e.template.includes('completed in') && e.timestamp !== null && slowAt(e.timestamp, long)
          ? { ...e, params: [e.params[0] ?? '', String(Number(e.params[1]) * 6)] }
          : e,
      );
    expect(analyze(slowed(false)).anomalies.filter((a) => a.type === 'latency_degradation')).toEqual([]);
    const lat = analyze(slowed(true)).anomalies.filter((a) => a.type === 'latency_degradation');
    expect(lat).toHaveLength(1);
    expect(lat[0] && inWindow(lat[0], 200, 240)).toBe(true);
  });

  it('latency: short runs are scheduled only when three or more come back at a steady pace', () => {
    const runs = (...froms: number[]) => froms.map((from) => ({ from, to: from + 1 }));
    expect(scheduledRuns(runs(11, 23, 35, 46, 58), 3).size).toBe(5);
    expect(scheduledRuns(runs(11, 35, 47, 58), 3).size).toBe(4); // one hour without the job
    expect(scheduledRuns(runs(11, 23), 3)).toEqual(new Set());
    expect(scheduledRuns(runs(5, 9, 30, 31 + 20), 3)).toEqual(new Set());
    // A long run is never part of the schedule.
    const long = { from: 30, to: 40 };
    const mixed = [...runs(11, 23), long, ...runs(47, 59)];
    expect(scheduledRuns(mixed, 3).has(long)).toBe(false);
  });

  // 40 requests a second: past its first events in a bucket, one duration in four is kept (weighted).
  const busyAccessLog = (slowFrom: number, slowTo: number): MinedEvent[] =>
    timedRequests(
      { minutes: 90, everyMs: 25, typical: 0.05, spread: 0.4, factor: 4, slowFrom, slowTo, seed: 11 },
      (t, seconds) =>
        minedEvent(t, {
          template: 'GET /api/orders HTTP/1.1',
          format: 'access',
          attributes: { status: 200, requestTime: seconds },
        }),
    );

  it('finds a latency shift of a busy pattern whose durations are sampled, and counts every request time', () => {
    const events = busyAccessLog(60, 66);
    const report = analyze(events);
    const lat = report.anomalies.filter((a) => a.type === 'latency_degradation');
    expect(lat).toHaveLength(1);
    expect(lat[0] && inWindow(lat[0], 59, 67)).toBe(true);
    expect(Number(/rose (\d+(?:\.\d)?)×/.exec(lat[0]?.description ?? '')?.[1])).toBeGreaterThan(3);
    expect(report.anomalies.filter((a) => a.type !== 'latency_degradation')).toEqual([]);
    expect(report.stats.http?.requestTime?.count).toBe(events.length);
    expect(analyze(busyAccessLog(0, 0)).anomalies).toEqual([]);
  });

  it("leaves probes out of a text request message's times: Serilog's /readyz beside the documents' slowdown", () => {
    // One pattern for every GET (the path a variable of the message); a readiness probe of about a
    // millisecond every 15 s is half its events, and a 3.8× slowdown of the rest only doubles the mix.
    const template = 'HTTP GET <*> responded <*> in <*> ms';
    const request = (path: string) => (t: number, ms: number) => ({
      ...minedEvent(t, { template, params: [path, '200', ms.toFixed(4)], file: 'documents.txt' }),
      clusterId: 5,
    });
    const documents = timedRequests(
      {
        minutes: 360,
        everyMs: 12_000,
        typical: 18,
        spread: 0.4,
        factor: 3.8,
        slowFrom: 290,
        slowTo: 325,
        seed: 41,
      },
      request('/v1/documents/doc_c4509a0f27dc'),
    );
    const probes = timedRequests(
      {
        minutes: 360,
        everyMs: 15_000,
        typical: 1.1,
        spread: 0.4,
        factor: 1,
        slowFrom: 0,
        slowTo: 0,
        seed: 42,
      },
      request('/readyz'),
    );
    const lat = analyze(
      [...documents, ...probes].sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0)),
    ).anomalies.filter((a) => a.type === 'latency_degradation');
    expect(lat).toHaveLength(1);
    expect(lat[0] && inWindow(lat[0], 288, 327)).toBe(true);
    expect(Number(/rose (\d+(?:\.\d)?)×/.exec(lat[0]?.description ?? '')?.[1])).toBeGreaterThan(3);
    // Without the slowdown, nothing.
    const steady = timedRequests(
      {
        minutes: 360,
        everyMs: 12_000,
        typical: 18,
        spread: 0.4,
        factor: 1,
        slowFrom: 0,
        slowTo: 0,
        seed: 41,
      },
      request('/v1/documents/doc_c4509a0f27dc'),
    );
    expect(
      analyze([...steady, ...probes].sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0))).anomalies,
    ).toEqual([]);
  });

  it('finds a slowdown in a second file whose events of the same pattern carry the duration under their own key', () => {
    // One message in two files: a text log (the duration in the template) and Serilog's JSON (an
    // attribute); the pattern's first events all come from the text file.
    const template = 'HTTP <*> <*> responded <*> in <*> ms';
    const text = timedRequests(
      { minutes: 120, everyMs: 3000, typical: 20, spread: 0.3, factor: 1, slowFrom: 0, slowTo: 0, seed: 31 },
      (t, ms) => ({
        ...minedEvent(t, { template, params: ['GET', '/a', '200', ms.toFixed(2)], file: 'a.log' }),
        clusterId: 9,
      }),
    );
    const json = timedRequests(
      {
        minutes: 120,
        everyMs: 2000,
        typical: 12,
        spread: 0.3,
        factor: 8,
        slowFrom: 80,
        slowTo: 95,
        seed: 32,
      },
      (t, ms) => ({
        ...minedEvent(t, {
          template,
          params: ['{RequestMethod}', '{RequestPath}', '{StatusCode}', '{Elapsed:0.0000}'],
          file: 'b.clef',
          format: 'json',
          attributes: { Elapsed: ms, StatusCode: 200 },
        }),
        clusterId: 9,
      }),
    );
    // Files are read one after the other.
    const analyzer = new Analyzer();
    for (const e of [...text, ...json]) analyzer.add(e);
    const lat = analyzer
      .finish({ patterns: [], files: [] })
      .anomalies.filter((a) => a.type === 'latency_degradation');
    expect(lat).toHaveLength(1);
    expect(lat[0] && inWindow(lat[0], 80, 95)).toBe(true);
    expect(lat[0]?.files).toContain('b.clef');
  });

  it("reads a variable whose values carry a time unit as a duration: the JVM's GC pauses", () => {
    const template = 'GC(<*>) Pause Young (Normal) (G1 Evacuation Pause) <*>-><*>(<*>) <*>';
    const events = timedRequests(
      {
        minutes: 120,
        everyMs: 4000,
        typical: 12,
        spread: 0.3,
        factor: 6,
        slowFrom: 70,
        slowTo: 90,
        seed: 41,
      },
      (t, ms) =>
        minedEvent(t, { template, params: ['5922', '1306M', '374M', '2048M', `${ms.toFixed(3)}ms`] }),
    );
    const lat = analyze(events).anomalies.filter((a) => a.type === 'latency_degradation');
    expect(lat).toHaveLength(1);
    expect(lat[0] && inWindow(lat[0], 70, 90)).toBe(true);
  });

  it('follows a duration through its template generalising (the variable moves to another position)', () => {
    // The miner's cluster 7: "method=GET" is a word at first, a variable from minute 10 on.
    const events = timedRequests(
      { minutes: 90, everyMs: 2000, typical: 40, spread: 0.3, factor: 6, slowFrom: 60, slowTo: 75, seed: 23 },
      (t, ms) => {
        const early = t < at(10);
        const template = early
          ? 'request handled method=GET duration=<*>'
          : 'request handled method=<*> duration=<*>';
        const params = early ? [`${ms.toFixed(3)}ms`] : ['GET', `${ms.toFixed(3)}ms`];
        return { ...minedEvent(t, { template, params }), clusterId: 7 };
      },
    );
    const lat = analyze(events).anomalies.filter((a) => a.type === 'latency_degradation');
    expect(lat).toHaveLength(1);
    expect(lat[0] && inWindow(lat[0], 60, 75)).toBe(true);
  });

  it('reads an exact zero as a time rounded down (connect=0ms), so a share of zeros that varies is no slowdown', () => {
    const random = seeded(71);
    const events: MinedEvent[] = [];
    for (let t = at(0); t < at(240); t += 1500) {
      // Connect times of 0–3 whole ms; for ten minutes fewer of them round down to 0.
      const zeros = t >= at(150) && t < at(160) ? 0.05 : 0.5;
      const ms = random() < zeros ? 0 : 1 + Math.floor(random() * 3);
      events.push(
        minedEvent(t, {
          template: 'at=info method=GET path=<*> connect=<*> service=<*> status=<*>',
          params: ['/api', `${ms}ms`, '48ms', '200'],
          service: 'heroku[router]',
        }),
      );
    }
    expect(analyze(events).anomalies.filter((a) => a.type === 'latency_degradation')).toEqual([]);
  });

  it('leaves a series that starts slow alone (a cache warming up), but not the same slowdown later', () => {
    const views = (slowFrom: number) =>
      analyze(
        timedRequests(
          {
            minutes: 390,
            everyMs: 1800,
            typical: 1.6,
            spread: 0.5,
            factor: 3.5,
            slowFrom,
            slowTo: slowFrom + 30,
            seed: 61,
          },
          (t, ms) =>
            minedEvent(t, {
              template: 'Completed 200 OK in <*> ms',
              params: [ms.toFixed(1)],
              service: 'rails',
            }),
        ),
      ).anomalies.filter((a) => a.type === 'latency_degradation');
    expect(views(0)).toEqual([]);
    const later = views(200);
    expect(later).toHaveLength(1);
    expect(later[0] && inWindow(later[0], 200, 230)).toBe(true);
  });

  it('finds a slowdown longer than the baseline window is wide, judged against the whole series', () => {
    // 36 slow minutes of 128: the rolling median around them is mostly the slowdown itself.
    const batches = (factor: number, slowTo: number) =>
      timedRequests(
        { minutes: 128, everyMs: 6000, typical: 480, spread: 0.3, factor, slowFrom: 33, slowTo, seed: 52 },
        (t, ms) =>
          minedEvent(t, {
            template: 'Batch <*> processed: <*> records in <*> ms',
            params: ['45656', '104', ms.toFixed(0)],
          }),
      );
    const lat = analyze(batches(6, 69)).anomalies.filter((a) => a.type === 'latency_degradation');
    expect(lat).toHaveLength(1);
    expect(lat[0] && inWindow(lat[0], 33, 69)).toBe(true);
    expect(lat[0]?.severity).toBe('high');
    // Look-alikes: a rise under 2.5x, and a level that holds for most of the file (the new normal).
    for (const [factor, slowTo] of [
      [2, 69],
      [6, 128],
    ] as const)
      expect(
        analyze(batches(factor, slowTo)).anomalies.filter((a) => a.type === 'latency_degradation'),
      ).toEqual([]);
  });

  it("leaves a series that jumps up and down on its own alone (Consul's instant answers mixed with long polls)", () => {
    // Geometric mean (ms) per 5 minutes of Consul's "Request finished … latency=" over 8 hours: each
    // request an instant answer (~1 ms) or a blocking query held ~55 s, mixed differently each time.
    const ms =
      '140 194 34 50 29 170 1458 10137 143 8127 1400 76 2177 3561 3108 98 1835 37 713 72 153 942 895 2085 237 143 1635 108 45 158 1338 270 1863 150 3 413 10 2383 225 31 367 1831 265 1045 670 163 213 2891 658 103 3955 558 132 14414 144 62 158 1613 1158 774 934 68 373 4 2089 2364 63 143 1200 329 113 140 600 479 939 792 124 1032 222 1726 196 110 2288 950 1833 38 2116 811 144 3159 1863 1372 220 2700 1004';
    const values = ms.split(' ').map((v) => Math.log(Number(v)));
    const { flags } = shiftedBuckets(
      values,
      values.map(() => true),
    );
    expect(flags.some(Boolean)).toBe(false);
    // Another capture, whose first minutes happen to hold three high buckets in a row (1418, 1383,
    // 4371 ms): they left the second baseline, and the fourth stood 9× above what remained.
    const other =
      '966 103 1418 1383 4371 503 464 133 1235 619 549 578 301 704 961 545 656 369 876 511 530 772 264 232 190 1504 115 444 625 439 330 199 425 1218 440 61 343 194 1064 545 207 1361 150 166 532 1090 966 627 149 217 533 932 384 2079 1305 1560 1586 349 1244 1039 1061 689 397 397 100 320 441 62 1232 96'
        .split(' ')
        .map((v) => Math.log(Number(v)));
    expect(
      shiftedBuckets(
        other,
        other.map(() => true),
      ).flags.some(Boolean),
    ).toBe(false);
  });

  it('flags a slowdown of a noisy mix of requests by the mean of its buckets, none of which clears the noise alone', () => {
    // Geometric mean (ms) per 5 minutes of Phoenix's "Sent <*> in <*>" (fast and slow routes mixed,
    // a few dozen values read a bucket); durations 3.1× for 25 minutes from bucket 57 (blind4 42/s02).
    const ms =
      '19 39 11 14 27 14 15 34 17 12 16 29 19 17 20 17 21 21 13 13 22 22 14 16 25 24 28 29 18 14 24 18 13 34 23 23 34 22 20 31 19 29 28 38 26 22 49 23 22 24 22 26 23 22 23 29 28 85 52 97 79 78 35 28 28 20 38 24 35 17 29 33 31 19 28 35 21 24 26 20 36 25 27 24 37 24 19 27 34 17';
    const values = ms.split(' ').map((v) => Math.log(Number(v)));
    const { flags } = shiftedBuckets(
      values,
      values.map(() => true),
    );
    expect(flags.flatMap((f, i) => (f ? [i] : []))).toEqual([57, 58, 59, 60, 61]);
  });

  it('flags two slowdowns that hold half of a short series, which lift its median between them', () => {
    // Typical ms per 5 minutes of Neo4j's query log over under three hours (blind9 11/s05): ×3.2 for
    // fifty minutes, ×3.7 for thirty after a normal half hour. The series' median, 9.5 ms, is neither's
    // 2.5×-below.
    const ms =
      '5.2 5.1 5.1 5.0 5.2 5.2 5.1 4.9 5.0 9.5 17.1 16.4 16.4 16.6 17.0 16.2 16.6 17.3 17.3 14.6 5.1 5.6 5.1 5.3 5.2 15.9 20.2 19.8 19.6 21.0 8.5 5.1 5.1 5.2';
    const values = ms.split(' ').map((v) => Math.log(Number(v)));
    const { flags } = shiftedBuckets(
      values,
      values.map(() => true),
    );
    expect(flags.flatMap((f, i) => (f ? [i] : []))).toEqual([
      10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 25, 26, 27, 28, 29,
    ]);
  });

  it('flags a shift near the end of a series, where the baseline window is one-sided', () => {
    // ln(ms) per minute: 35 ms with noise, a ramp to 210 ms from minute 146, back at 170, 180 minutes.
    const random = seeded(24);
    const values = Array.from({ length: 180 }, (_, m) => {
      const factor = m < 146 || m >= 170 ? 1 : Math.min(6, 1 + (5 * (m - 146)) / 8);
      return Math.log(35 * factor) + 0.25 * gaussian(random);
    });
    const { flags } = shiftedBuckets(
      values,
      values.map(() => true),
    );
    expect(flags.slice(155, 170).filter(Boolean).length).toBeGreaterThan(10);
    expect(flags.slice(0, 146).some(Boolean)).toBe(false);
  });

  it('finds an error burst in the last minutes of a file', () => {
    const events = twoServices();
    for (let m = 165; m < 178; m++)
      for (let k = 0; k < 12; k++)
        events.push(
          minedEvent(at(m, k * 5), {
            template: 'charge failed: gateway timeout after <*>',
            params: ['30s'],
            level: 'error',
            service: 'api',
            file: 'api.log',
          }),
        );
    const spike = analyze(events).anomalies.find(
      (a) => a.type === 'error_spike' || a.type === 'pattern_spike' || a.type === 'new_pattern',
    );
    expect(spike && inWindow(spike, 165, 178)).toBe(true);
  });

  it('leaves a blip of two minutes at under 3.5x alone, and reports a steep one', () => {
    const blip = (factor: number) =>
      analyze(
        timedRequests(
          {
            minutes: 120,
            everyMs: 200,
            typical: 0.05,
            spread: 0.2,
            factor,
            slowFrom: 60,
            slowTo: 62,
            seed: 33,
          },
          (t, seconds) =>
            minedEvent(t, {
              template: 'GET /api/orders HTTP/1.1',
              format: 'access',
              attributes: { status: 200, requestTime: seconds },
            }),
        ),
      ).anomalies.filter((a) => a.type === 'latency_degradation');
    expect(blip(2.8)).toEqual([]);
    const steep = blip(6);
    expect(steep).toHaveLength(1);
    expect(steep[0] && inWindow(steep[0], 60, 62)).toBe(true);
  });

  it('reports the requests of one file slowing down together as one slowdown', () => {
    const endpoint = (template: string, seed: number): MinedEvent[] =>
      timedRequests(
        { minutes: 90, everyMs: 200, typical: 0.05, spread: 0.3, factor: 6, slowFrom: 60, slowTo: 70, seed },
        (t, seconds) =>
          minedEvent(t, { template, format: 'access', attributes: { status: 200, requestTime: seconds } }),
      );
    const events = [
      ...endpoint('GET /api/orders HTTP/1.1', 21),
      ...endpoint('PUT /api/cart HTTP/1.1', 22),
    ].sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    const lat = analyze(events).anomalies.filter((a) => a.type === 'latency_degradation');
    expect(lat).toHaveLength(1);
    expect(lat[0]?.evidence.patternIds).toHaveLength(2);
  });
});

/** Requests every `everyMs` with log-normal durations around `typical`, `factor` times slower in the window. */
function timedRequests(
  spec: {
    minutes: number;
    everyMs: number;
    typical: number;
    spread: number;
    factor: number;
    slowFrom: number;
    slowTo: number;
    seed: number;
  },
  event: (t: number, duration: number) => MinedEvent,
): MinedEvent[] {
  const random = seeded(spec.seed);
  const events: MinedEvent[] = [];
  for (let t = at(0); t < at(spec.minutes); t += spec.everyMs) {
    const slow = t >= at(spec.slowFrom) && t < at(spec.slowTo);
    events.push(event(t, spec.typical * Math.exp(spec.spread * gaussian(random)) * (slow ? spec.factor : 1)));
  }
  return events;
}

// A Go service's logfmt: the duration attribute carries its own unit ("87ms", "1.2s").
const logfmtService = (slowFrom: number, slowTo: number): MinedEvent[] =>
  timedRequests(
    { minutes: 120, everyMs: 1500, typical: 90, spread: 0.3, factor: 6, slowFrom, slowTo, seed: 12 },
    (t, ms) =>
      minedEvent(t, {
        template: 'handled request',
        format: 'logfmt',
        service: 'billing',
        attributes: { duration: ms >= 1000 ? `${(ms / 1000).toFixed(3)}s` : `${ms.toFixed(1)}ms` },
      }),
  );

describe('latency_degradation across the patterns of a file', () => {
  // Four hours of a database's "duration: N ms" lines, each of eight statements about once every three
  // minutes (too few per bucket on its own), each with its own usual time.
  const statements = [
    'SELECT * FROM orders WHERE id = <*>',
    'INSERT INTO audit_log VALUES (<*>)',
    'UPDATE carts SET total = <*>',
    'SELECT * FROM products WHERE sku = <*>',
    'DELETE FROM sessions WHERE id = <*>',
    'SELECT count(*) FROM events WHERE day = <*>',
    'UPDATE users SET seen = <*>',
    'SELECT * FROM coupons WHERE code = <*>',
  ];
  // `replica`: a second server's log writes the same statements at their usual speed, from the start
  // (so each pattern's first file is the replica's).
  const dbLog = (slow: boolean, mix: boolean, replica = false) => {
    const random = seeded(17);
    const events: MinedEvent[] = [];
    for (let m = 0; m < 240; m++)
      statements.forEach((statement, k) => {
        // The mix: the slowest statement runs five times as often for an hour, at its usual speed.
        const rate = mix && k === 5 && m >= 120 && m < 180 ? 1.5 : 0.3;
        if (replica)
          events.push(
            minedEvent(at(m, 0), {
              template: `duration: <*> ms  statement: ${statement}`,
              params: [(20 * (k + 1) * Math.exp(0.3 * gaussian(random))).toFixed(3), '42'],
              service: null,
              file: 'replica.log',
            }),
          );
        for (let n = poisson(random, rate); n > 0; n--) {
          const usual = 20 * (k + 1);
          const ms = usual * (slow && m >= 150 && m < 190 ? 6 : 1) * Math.exp(0.3 * gaussian(random));
          events.push(
            minedEvent(at(m, Math.floor(random() * 60)), {
              template: `duration: <*> ms  statement: ${statement}`,
              params: [ms.toFixed(3), '42'],
              service: null,
              file: 'postgresql.log',
            }),
          );
        }
      });
    events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    return analyze(events).anomalies.filter((a) => a.type === 'latency_degradation');
  };

  it('finds every statement slowing down together, told by the file', () => {
    const found = dbLog(true, false);
    expect(found).toHaveLength(1);
    expect(found[0]?.description).toMatch(/^Typical duration of 8 patterns of postgresql\.log rose/);
    expect(found[0]?.files).toEqual(['postgresql.log']);
    expect(found[0]?.evidence.patternIds).toHaveLength(8);
    expect(found[0] && inWindow(found[0], 150, 190)).toBe(true);
  });

  it('leaves a change in the mix of statements alone', () => {
    expect(dbLog(false, true)).toEqual([]);
    expect(dbLog(false, false)).toEqual([]);
  });

  it("finds one file's statements slowing down when another file writes the same ones (blind5 72/s02)", () => {
    const found = dbLog(true, false, true);
    expect(found).toHaveLength(1);
    expect(found[0]?.description).toMatch(/^Typical duration of 8 patterns of postgresql\.log rose/);
    expect(found[0]?.files).toEqual(['postgresql.log']);
    expect(found[0] && inWindow(found[0], 150, 190)).toBe(true);
    expect(dbLog(false, false, true)).toEqual([]);
  });

  // Four hours of a DNS server's answers, four kinds of query at 30 a minute each, about 0.25 ms.
  // Twelve minutes from minute 120: every kind three and a half times slower and asked 1.6 times as
  // often (clients retrying), or a batch of 300 slow lookups a minute of one kind among the usual ones.
  const dnsLog = (how: 'slow' | 'batch') => {
    const random = seeded(29);
    const events: MinedEvent[] = [];
    const kinds = [
      'A IN <*> udp NOERROR',
      'AAAA IN <*> udp NOERROR',
      'A IN <*> udp NXDOMAIN',
      'SRV IN <*> tcp',
    ];
    for (let m = 0; m < 240; m++) {
      const during = m >= 120 && m < 132;
      kinds.forEach((kind, k) => {
        const answer = (ms: number) =>
          events.push(
            minedEvent(at(m, Math.floor(random() * 60)), {
              template: `${kind} <*>`,
              params: ['api.svc', `${((ms * Math.exp(0.3 * gaussian(random))) / 1000).toFixed(6)}s`],
              service: null,
              file: 'coredns.log',
            }),
          );
        const slow = how === 'slow' && during;
        for (let n = poisson(random, slow ? 48 : 30); n > 0; n--) answer(slow ? 0.85 : 0.25);
        if (how === 'batch' && during && k === 0) for (let n = 0; n < 300; n++) answer(2.5);
      });
    }
    events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    return analyze(events).anomalies.filter((a) => a.type === 'latency_degradation');
  };

  it('finds every kind of work slowing down together though there is more of it (blind5 52/s01)', () => {
    const found = dnsLog('slow');
    expect(found).toHaveLength(1);
    expect(found[0] && inWindow(found[0], 120, 131)).toBe(true);
    expect(found[0]?.description).toMatch(/of 4 patterns of coredns\.log rose/);
  });

  it("leaves alone a batch of one kind's slower work joining the rest", () => {
    expect(dnsLog('batch')).toEqual([]);
  });
});

describe('latency_degradation on durations written with their unit', () => {
  it('reads "87ms" and "1.2s" values and finds their shift', () => {
    const report = analyze(logfmtService(80, 95));
    const lat = report.anomalies.filter((a) => a.type === 'latency_degradation');
    expect(lat).toHaveLength(1);
    expect(lat[0] && inWindow(lat[0], 79, 96)).toBe(true);
    expect(analyze(logfmtService(0, 0)).anomalies).toEqual([]);
  });
});

describe('error_spike on a gentle rise', () => {
  // Two hours in half-minute buckets; request timeouts at one every two minutes, six a minute for six
  // (three per bucket, where the floor of one bucket is five).
  const timeouts = (burst: boolean) => {
    const random = seeded(31);
    const events = twoServices(120);
    for (let m = 0; m < 120; m++) {
      const n = burst && m >= 70 && m < 76 ? 6 : poisson(random, 0.5);
      for (let k = 0; k < n; k++)
        events.push(
          minedEvent(at(m, k * 9), {
            template: 'at=error code=H12 desc="Request timeout" method=GET path=<*>',
            params: ['/api/v2/projects'],
            level: 'error',
            service: 'heroku[router]',
            file: 'heroku.log',
          }),
        );
    }
    return analyze(events).anomalies.filter((a) => a.type === 'error_spike');
  };

  it('finds errors too few for one bucket summed over five minutes', () => {
    const spikes = timeouts(true);
    expect(spikes).toHaveLength(1);
    expect(spikes[0] && inWindow(spikes[0], 70, 76)).toBe(true);
    expect(timeouts(false)).toEqual([]);
  });
});

describe('error_spike across a boundary of wide buckets', () => {
  // Six hours, detected in five-minute buckets; a broker's rare errors, and a burst of 13 over three
  // minutes astride a bucket boundary (4 before it, 9 after: neither bucket alone is enough).
  const errorsAt = (burst: boolean) => {
    const random = seeded(41);
    const events = healthyTraffic({ minutes: 360, perMinute: 10, service: 'api', file: 'api.log', seed: 3 });
    const error = (t: number) =>
      events.push(
        minedEvent(t, {
          template: 'connection <*> closed: channel error',
          params: ['<0.42.0>'],
          level: 'error',
          service: 'rabbit',
          file: 'rabbit.log',
        }),
      );
    for (let m = 0; m < 360; m++) if (random() < 0.06) error(at(m, 30));
    if (burst) for (let k = 0; k < 13; k++) error(k < 4 ? at(184, k * 14) : at(185, (k - 4) * 12));
    events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    return analyze(events).anomalies.filter((a) => a.type === 'error_spike');
  };

  it('finds the burst in buckets taken half a width later', () => {
    const spikes = errorsAt(true);
    expect(spikes).toHaveLength(1);
    expect(spikes[0]?.evidence.bucketSeconds).toBe(300);
    expect(spikes[0] && inWindow(spikes[0], 184, 187)).toBe(true);
    expect(errorsAt(false)).toEqual([]);
  });
});

describe('error_spike in one source', () => {
  it("finds a burst in one file that another file's steady errors dilute, told by that file's patterns", () => {
    const random = seeded(37);
    const errorsAt = (burst: boolean) => {
      const events = twoServices(120);
      for (let m = 0; m < 120; m++) {
        // A proxy denying scanners all the time, about eight a minute.
        for (let k = 0; k < poisson(random, 8); k++)
          events.push(
            minedEvent(at(m, k * 7), {
              template: 'AH01630: client denied by server configuration: <*>',
              params: ['/var/www/.env'],
              level: 'error',
              service: 'apache',
              file: 'apache-error.log',
            }),
          );
        const n = burst && m >= 70 && m < 80 ? 4 : poisson(random, 0.2);
        for (let k = 0; k < n; k++)
          events.push(
            minedEvent(at(m, 3 + k * 13), {
              template: 'Uncaught PHP Exception TransportException: "<*>" at <*>',
              params: ['Connection refused', '/var/www/src/Client.php line 71'],
              level: 'error',
              service: 'request',
              file: 'prod.log',
            }),
          );
      }
      return analyze(events).anomalies.filter((a) => a.type === 'error_spike');
    };
    const spikes = errorsAt(true);
    expect(spikes).toHaveLength(1);
    expect(spikes[0] && inWindow(spikes[0], 70, 80)).toBe(true);
    expect(spikes[0]?.files).toEqual(['prod.log']);
    expect(spikes[0]?.description).toMatch(/Uncaught PHP Exception/);
    expect(errorsAt(false)).toEqual([]);
  });
});

describe('error_spike on access logs', () => {
  /** An access log's request at `ts` answered with `status` (a 5xx is an error). */
  const accessLine = (ts: number, status: number): MinedEvent =>
    minedEvent(ts, {
      template: 'GET /api/<*>',
      params: ['x'],
      level: status >= 500 ? 'error' : 'info',
      service: null,
      file: 'access.log',
      attributes: { status },
      format: 'access',
    });

  it('fires on a jump of the 5xx share even when traffic is flat', () => {
    const events: MinedEvent[] = [];
    for (let m = 0; m < 120; m++) {
      for (let k = 0; k < 50; k++) {
        const status = m >= 60 && m < 66 && k % 3 === 0 ? 503 : k % 97 === 0 ? 500 : 200;
        events.push(accessLine(at(m, k), status));
      }
    }
    const report = analyze(events);
    const spike = report.anomalies.find((a) => a.type === 'error_spike');
    expect(spike && inWindow(spike, 60, 66)).toBe(true);
    // Told as answers, not as if the request itself were the error.
    expect(spike?.description).toMatch(/, mostly 5xx responses to "GET \/api\/<\*>"\.$/);
    expect(report.stats.http?.statusClasses['5xx']).toBeGreaterThan(90);
  });

  it('leaves the 5xx of a busy half hour alone when the share failing stays the same (blind5 161/s02)', () => {
    // A web app's requests, 2.5% of them 5xx all day; from minute 100 to 130 the traffic rises to 3.7×
    // its usual: 3.7× the 5xx. With `failing`, the share also triples then: that is an error spike.
    const busyHour = (failing: number) => {
      const random = seeded(29);
      const events: MinedEvent[] = [];
      for (let m = 0; m < 240; m++) {
        const busy = m >= 100 && m < 130;
        for (let k = poisson(random, busy ? 150 : 40); k > 0; k--) {
          const status = random() < (busy ? failing : 0.025) ? 502 : 200;
          events.push(accessLine(at(m, Math.floor(random() * 60)), status));
        }
      }
      return analyze([...twoServices(240), ...events]).anomalies.filter((a) => a.type === 'error_spike');
    };
    expect(busyHour(0.025)).toEqual([]);
    const [spike] = busyHour(0.075);
    expect(spike && inWindow(spike, 100, 130)).toBe(true);
  });

  it('leaves alone the 5xx of a proxy that stopped for good after its first hour, at its usual share all along (blind3 466/s01)', () => {
    // A proxy answers 1% of its requests with a 503 for 55 minutes, then its log stops while the
    // other files log on for two hours more without it, their own errors at two a minute: its errors
    // were no spike of its own against those hours. Failing a third of them for its last half hour is one.
    const run = (failing: number) =>
      analyze([
        ...twoServices(180),
        ...healthyTraffic({
          minutes: 180,
          perMinute: 300,
          service: 'kubelet',
          file: 'journal.json',
          seed: 4,
        }),
        ...accessTraffic({
          minutes: 55,
          failFrom: 25,
          failTo: 54,
          healthy: 0.01,
          failing,
          status: 503,
          file: 'traefik-access.log',
          seed: 466,
        }),
      ]).anomalies.filter((a) => a.type === 'error_spike');
    expect(run(0.01)).toEqual([]);
    const [spike] = run(0.3);
    expect(spike && inWindow(spike, 25, 55)).toBe(true);
  });

  it("names the proxy whose 5xx rose with an app's exceptions where a noisy error log hides both in the total", () => {
    // Apache's error log writes ten errors a minute all along; the app's exceptions and the proxy's
    // 502s each make a spike of their own source, the first of which is told (blind3 87/s04).
    const random = seeded(13);
    const events = accessTraffic({
      minutes: 150,
      failFrom: 100,
      failTo: 117,
      healthy: 0.002,
      failing: 0.07,
      status: 502,
      file: 'traefik.log',
      seed: 2,
    });
    for (let m = 0; m < 150; m++) {
      for (let k = 0; k < 10; k++)
        events.push(
          minedEvent(at(m, k * 6), {
            template: 'AH01071: Got error <*> from FastCGI',
            params: [String(k)],
            level: 'error',
            service: null,
            file: 'apache-error.log',
          }),
        );
      const inside = m >= 100 && m <= 117;
      for (let k = 0; k < (inside ? 5 : random() < 0.3 ? 1 : 0); k++)
        events.push(
          minedEvent(at(m, 5 + k * 10), {
            template: 'Uncaught PHP Exception <*>: "Handling failed" at <*>',
            params: ['HandlerFailedException', 'Messenger.php'],
            level: 'error',
            service: null,
            file: 'prod.log',
          }),
        );
    }
    const spikes = analyze(events).anomalies.filter((a) => a.type === 'error_spike');
    expect(spikes).toHaveLength(1);
    expect(spikes[0] && inWindow(spikes[0], 100, 117)).toBe(true);
    expect(spikes[0]?.files).toEqual(['prod.log', 'traefik.log']);
  });

  it("names an app whose own errors rose with its proxy's 5xx, though too few to lead", () => {
    // The proxy fails a third of its requests for ten minutes; behind it, the app's "Connection
    // refused" errors go from one every five minutes to one a minute.
    const outage = (appErrors: boolean) => {
      const random = seeded(12);
      // Four routes failing alike: the app's errors are not among the spike's three main patterns.
      const events = ['GET /api/<*>', 'POST /api/<*>', 'PUT /api/<*>', 'GET /static/<*>'].flatMap(
        (template, seed) =>
          accessTraffic({
            minutes: 150,
            failFrom: 100,
            failTo: 109,
            healthy: 0.002,
            failing: 0.3,
            status: 502,
            file: 'traefik.log',
            seed,
          }).map((e) => ({ ...e, template, patternId: fingerprint(template) })),
      );
      for (let m = 0; m < 150; m++) {
        const inside = appErrors && m >= 100 && m <= 109;
        if (inside || random() < 0.2)
          events.push(
            minedEvent(at(m, 30), {
              template: 'SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: <*>)',
              params: ['select 1'],
              level: 'error',
              service: null,
              file: 'laravel.log',
            }),
          );
      }
      events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
      return analyze(events).anomalies.filter((a) => a.type === 'error_spike');
    };
    const [spike] = outage(true);
    expect(spike && inWindow(spike, 100, 110)).toBe(true);
    expect(spike?.files).toEqual(['laravel.log', 'traefik.log']);
    expect(spike?.description).toMatch(/errors rose in laravel\.log too\.$/);
    expect(outage(false)[0]?.files).toEqual(['traefik.log']);
  });
});

/** An access log of 120 requests a minute whose 5xx share rises from `healthy` to `failing` in a window. */
function accessTraffic(spec: {
  minutes: number;
  failFrom: number;
  failTo: number;
  healthy: number;
  failing: number;
  status: number;
  file: string;
  seed: number;
}): MinedEvent[] {
  const events: MinedEvent[] = [];
  const random = seeded(spec.seed);
  for (let m = 0; m < spec.minutes; m++) {
    for (let k = 0; k < 120; k++) {
      const share = m >= spec.failFrom && m <= spec.failTo ? spec.failing : spec.healthy;
      const status = random() < share ? spec.status : 200;
      events.push(
        minedEvent(at(m, k / 2), {
          template: 'GET /api/<*>',
          params: ['x'],
          level: status >= 500 ? 'error' : 'info',
          service: null,
          file: spec.file,
          attributes: { status },
          format: 'json',
        }),
      );
    }
  }
  return events;
}

/** 130 minutes of an access log, 0.4% 5xx, then a third of the requests failing from minute 85 to 124. */
const failingGateway = (): MinedEvent[] =>
  accessTraffic({
    minutes: 130,
    failFrom: 85,
    failTo: 124,
    healthy: 0.004,
    failing: 0.38,
    status: 500,
    file: 'gateway-access.log',
    seed: 25,
  });

describe("error_spike beside another source's flood", () => {
  it("finds one proxy's 5xx in the minutes another proxy's traffic rises with its usual share failing (blind6 51/s10)", () => {
    // A forward proxy (320 requests a minute, 0.25% failing) gets 3.75× its traffic for twenty minutes:
    // 3.75× its errors, a rise of traffic. A reverse proxy of 35 a minute answers 7% of them with a 5xx
    // for ten minutes at the end of it (0.4% otherwise). The bundle's errors as a whole rose about as
    // the traffic did, a spike set aside; it must not hide the second proxy's, a spike of their own.
    const run = (failing: number) => {
      const random = seeded(41);
      const events: MinedEvent[] = [];
      const request = (ts: number, file: string, status: number) =>
        events.push(
          minedEvent(ts, {
            template: file === 'squid.log' ? 'CONNECT <*>' : 'GET /api/<*>',
            params: ['x'],
            level: status >= 500 ? 'error' : 'info',
            service: null,
            file,
            attributes: { status },
            format: 'access',
          }),
        );
      for (let m = 0; m < 270; m++) {
        const busy = m >= 200 && m < 220;
        for (let k = poisson(random, busy ? 1200 : 320); k > 0; k--)
          request(at(m, Math.floor(random() * 60)), 'squid.log', random() < 0.0025 ? 503 : 200);
        const share = m >= 213 && m < 223 ? failing : 0.004;
        for (let k = poisson(random, 35); k > 0; k--)
          request(at(m, Math.floor(random() * 60)), 'traefik.json', random() < share ? 502 : 200);
      }
      return analyze(events).anomalies.filter((a) => a.type === 'error_spike');
    };
    const spikes = run(0.07);
    expect(spikes.some((s) => s.files.includes('traefik.json') && inWindow(s, 213, 223))).toBe(true);
    expect(run(0.004).filter((s) => s.files.includes('traefik.json'))).toEqual([]);
  });
});

describe('error_spike late in a file', () => {
  it('fires on a 5xx share that stays high for a long stretch near the end of the file', () => {
    // 180 minutes of 120 requests a minute, 0.5% 5xx; from minute 128 to 160, 8% (seen in an Envoy log).
    const events = accessTraffic({
      minutes: 180,
      failFrom: 128,
      failTo: 160,
      healthy: 0.005,
      failing: 0.08,
      status: 504,
      file: 'envoy-access.json',
      seed: 31,
    });
    const spike = analyze(events).anomalies.find((a) => a.type === 'error_spike');
    expect(spike && inWindow(spike, 128, 161)).toBe(true);
  });

  it('fires when a third of the requests fail for the last 40 minutes of a two-hour file', () => {
    // Longer than half the baseline window: the rolling median becomes the failing share itself.
    const spikes = analyze(failingGateway()).anomalies.filter((a) => a.type === 'error_spike');
    expect(spikes).toHaveLength(1);
    expect(spikes[0] && inWindow(spikes[0], 85, 125)).toBe(true);
    expect(spikes[0]?.severity).toBe('critical');
  });

  it("judges a file's error share by itself in a bundle, where busier files dilute it", () => {
    const events = [
      ...failingGateway(),
      ...healthyTraffic({ minutes: 130, perMinute: 300, service: 'worker', file: 'worker.log', seed: 4 }),
    ].sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    const spikes = analyze(events).anomalies.filter((a) => a.type === 'error_spike');
    expect(spikes.some((a) => inWindow(a, 85, 125) && a.files.includes('gateway-access.log'))).toBe(true);
  });

  it('fires on a sixth of the requests failing for half an hour where errors of other kinds are usual (blind3 183/s07)', () => {
    // Six and a half hours of a Node service: eight requests a minute, each an "incoming request" and
    // a "request completed" line, and exceptions of another kind about every five minutes; from minute 35
    // to 65, a sixth of the requests fail with a 500.
    const service = (failing: number) => {
      const random = seeded(41);
      const events: MinedEvent[] = [];
      const line = (m: number, s: number, template: string, level: 'info' | 'error', status?: number) =>
        events.push(
          minedEvent(at(m, s), {
            template,
            level,
            service: 'auth',
            file: 'auth-json.log',
            format: 'json',
            attributes: status === undefined ? {} : { status },
          }),
        );
      for (let m = 0; m < 390; m++) {
        for (let k = 0; k < 8; k++) {
          const status = m >= 35 && m < 65 && random() < failing ? 500 : 200;
          line(m, k * 7, 'incoming request', 'info');
          line(m, k * 7 + 1, 'request completed', status >= 500 ? 'error' : 'info', status);
        }
        // Other exceptions come in twos and threes (a retried job failing again).
        if (random() < 0.2)
          for (let k = 0; k < 3; k++)
            line(m, 57 + k, "Cannot read properties of undefined (reading '<*>')", 'error');
      }
      return analyze(events).anomalies.filter((a) => a.type === 'error_spike');
    };
    const [spike, ...more] = service(1 / 6);
    expect(more).toEqual([]);
    expect(spike && inWindow(spike, 35, 64)).toBe(true);
    expect(service(0)).toEqual([]);
  });

  it('fires on a quiet proxy failing 6% of its requests for 23 minutes, a few 5xx a bucket (blind6 47/s03)', () => {
    // Six hours of a proxy's JSON access log, 11 requests a minute; fourteen 5xx spread over the
    // hours, then 5, 5, 3, 1 and 4 in the five-minute buckets from minute 270: 6% of the requests.
    const proxy = (burst: readonly number[]) => {
      const random = seeded(47);
      const events: MinedEvent[] = [];
      const request = (ts: number, status: number) =>
        events.push(
          minedEvent(ts, {
            template: 'GET /api/<*>',
            params: ['x'],
            level: status >= 500 ? 'error' : 'info',
            service: null,
            file: 'traefik-access.log',
            attributes: { DownstreamStatus: status },
            format: 'json',
          }),
        );
      for (let m = 0; m < 360; m++)
        for (let k = poisson(random, 11); k > 0; k--) request(at(m, Math.floor(random() * 60)), 200);
      for (let e = 0; e < 14; e++) request(at(7 + 19 * e, 31), 502);
      burst.forEach((n, b) => {
        for (let e = 0; e < n; e++) request(at(270 + 5 * b + e, 17), 502);
      });
      return analyze(events).anomalies.filter((a) => a.type === 'error_spike');
    };
    const [spike, ...more] = proxy([5, 5, 3, 1, 4]);
    expect(more).toEqual([]);
    expect(spike && inWindow(spike, 270, 294)).toBe(true);
    // Two or three a bucket, as often as anywhere: nothing.
    expect(proxy([2, 1, 2])).toEqual([]);
  });

  it("fires on a quiet service's 5xx at one or two a minute for half an hour, too few a bucket (blind5 294/s01)", () => {
    // Three hours of an ASP.NET service, 13 requests a minute in buckets of a minute; a 5xx every ten
    // minutes, then 24 in 28 minutes from minute 100: 4, 3, 4, 3, 4, 5 in five minutes, never 3 in one.
    const service = (spell: boolean) => {
      const random = seeded(29);
      const events: MinedEvent[] = [];
      const request = (ts: number, status: number) =>
        events.push(
          minedEvent(ts, {
            template: 'Request finished HTTP/1.1 GET <*> - <*> <*> application/json <*>',
            params: ['http://orders:8080/api/v2/returns', String(status), '131', '7.28ms'],
            level: status >= 500 ? 'error' : 'info',
            service: 'Microsoft.AspNetCore.Hosting.Diagnostics',
            file: 'orders.console.log',
          }),
        );
      for (let m = 0; m < 180; m++)
        for (let k = poisson(random, 13); k > 0; k--) request(at(m, Math.floor(random() * 60)), 200);
      for (let m = 4; m < 180; m += 10) request(at(m, 41), 500);
      if (spell) for (let e = 0; e < 24; e++) request(at(100 + Math.floor(e * 1.17), 23), 502);
      return analyze(events).anomalies.filter((a) => a.type === 'error_spike');
    };
    const [spike, ...more] = service(true);
    expect(more).toEqual([]);
    expect(spike && inWindow(spike, 99, 130)).toBe(true);
    expect(service(false)).toEqual([]);
  });

  it("fires on a service's 5xx under its one request message at the usual volume, among its other errors all day (blind7 24/s04)", () => {
    // Seven hours of a restify service: 17 requests a minute, each `handled: <status>`, a 5xx every
    // half hour; its handler's unhandled errors and another error every ten minutes or so. Then 10
    // 5xx in nine minutes from minute 300: too few a bucket for a spike, too few for the source's errors.
    const service = (spell: boolean) => {
      const random = seeded(31);
      const events: MinedEvent[] = [];
      const line = (ts: number, template: string, params: string[], level: 'info' | 'error') =>
        events.push(minedEvent(ts, { template, params, level, service: 'lab-api', file: 'lab-api.log' }));
      const request = (ts: number, status: number) =>
        line(ts, 'handled: <*>', [String(status)], status >= 500 ? 'error' : 'info');
      for (let m = 0; m < 420; m++) {
        for (let k = poisson(random, 17); k > 0; k--) request(at(m, Math.floor(random() * 60)), 200);
        if (random() < 0.035) request(at(m, 30), 502);
        if (random() < 0.05) line(at(m, 40), 'unhandled error in handler', [], 'error');
        if (random() < 0.12) line(at(m, 50), 'Sent <*> in <*>', ['report', '3ms'], 'error');
      }
      if (spell) for (let e = 0; e < 10; e++) request(at(300 + Math.floor(e * 0.9), 17), 503);
      return analyze(events).anomalies.filter((a) => a.type === 'error_spike');
    };
    const [spike, ...more] = service(true);
    expect(more).toEqual([]);
    expect(spike && inWindow(spike, 295, 315)).toBe(true);
    expect(spike?.description).toMatch(/handled: <\*>/);
    expect(service(false)).toEqual([]);
  });

  it('leaves alone the share of errors over all files tripling when a busy file without errors goes silent (blind3 36/s06)', () => {
    // Seven hours: a web server's error log, 30 lines a minute of which 5 errors; a mail server at 120
    // lines a minute without errors, silent for the last hour.
    const random = seeded(43);
    const events: MinedEvent[] = [];
    for (let m = 0; m < 420; m++) {
      const errors = poisson(random, 5);
      for (let k = 0; k < 30; k++)
        events.push(
          minedEvent(at(m, k * 2), {
            template:
              k < errors
                ? 'AH01630: client denied by server configuration: <*>'
                : 'AH02008: SSL library error <*> in handshake',
            params: ['1'],
            level: k < errors ? 'error' : 'info',
            service: null,
            file: 'webmail-error.log',
          }),
        );
      if (m < 360)
        for (let k = 0; k < 120; k++)
          events.push(
            minedEvent(at(m, k / 2), {
              template: 'postfix/smtpd: connect from <*>',
              params: ['x'],
              service: null,
              file: 'mail.log',
            }),
          );
    }
    events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
    expect(analyze(events).anomalies.filter((a) => a.type === 'error_spike')).toEqual([]);
  });

  it("keeps a rolling baseline's window full width at the ends of a series", () => {
    // 128 quiet buckets, a 33-bucket plateau, 19 quiet ones: a window cut short at the end would be
    // half plateau, and its median and spread would follow the plateau.
    const series = [...Array(128).fill(1), ...Array(33).fill(20), ...Array(19).fill(1)] as number[];
    const { center, sigma } = localBaseline(series, halfWindowFor(series.length));
    expect(Math.max(...center)).toBe(1);
    expect(Math.max(...sigma)).toBe(0);
  });
});

describe('detector shortcuts', () => {
  // Series mostly within a narrow band with some outliers and gaps: the shortcut must never hide a flag.
  const band = (lo: number, hi: number, wide: number) =>
    fc.array(
      fc.oneof(
        { weight: 20, arbitrary: fc.double({ min: lo, max: hi, noNaN: true }) },
        { weight: 1, arbitrary: fc.double({ min: lo / 4, max: lo, noNaN: true }) },
        { weight: 1, arbitrary: fc.double({ min: 0, max: wide, noNaN: true }) },
      ),
      { minLength: 10, maxLength: 200 },
    );

  it('latency: a series that cannot shift has no shifted bucket', () => {
    let skipped = 0;
    fc.assert(
      fc.property(
        band(2, 3, 6),
        fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
        (values, holes) => {
          const defined = values.map((_, i) => !holes[i] || i % 3 === 0);
          if (!cannotShift(values, defined)) return;
          skipped++;
          expect(shiftedBuckets(values, defined).flags.some(Boolean)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
    expect(skipped).toBeGreaterThan(0);
  });

  it('volume drop: a series that cannot drop has no low bucket', () => {
    let skipped = 0;
    fc.assert(
      fc.property(
        band(20, 60, 80).map((v) => v.map(Math.round)),
        (active) => {
          if (!cannotDrop(active)) return;
          skipped++;
          expect(lowBuckets(active).flags.some(Boolean)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
    expect(skipped).toBeGreaterThan(0);
  });
});
