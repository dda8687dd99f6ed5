import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TemplateMiner } from '../mining/template-miner';
import { readEventBatches } from '../read/read-events';
import type { FileStats } from '../types';
import { analyzeInputs } from './analyze-inputs';
import { Analyzer } from './analyzer';
import { buildDigest, estimateTokens } from './digest';
import { seeded } from './testing/synthetic';

const fixtures = join(import.meta.dirname, '../../test-fixtures/analysis');
const inputs = (dir: string, files: string[]) =>
  files.map((name) => ({ name, source: createReadStream(join(fixtures, dir, name)) }));

describe('analyzeInputs on fixture files', () => {
  it('finds the payment outage and the OOM kill of the ground truth, and summarises them', async () => {
    const truth = JSON.parse(readFileSync(join(fixtures, 'payment-outage/truth.json'), 'utf8')) as {
      incidents: { kind: string; types: string[]; start: string; end: string }[];
    };
    const { report, patterns } = await analyzeInputs(inputs('payment-outage', ['billing.log', 'syslog']));
    for (const incident of truth.incidents) {
      const found = report.anomalies.find(
        (a) => incident.types.includes(a.type) && a.start <= incident.end && a.end >= incident.start,
      );
      expect(found, incident.kind).toBeDefined();
    }
    expect(report.files.map((f) => f.name)).toEqual(['billing.log', 'syslog']);
    expect(patterns.length).toBeGreaterThanOrEqual(report.patterns.length);
    expect(report.summary.severity).toBe('critical');
    expect(report.summary.content).toMatch(/08:15–08:1\d UTC/);
    expect(report.summary.key_issues.some((k) => /Charge failed/.test(k.title) && k.sample !== null)).toBe(
      true,
    );
  });

  it('gives, mining a batch whole before analysing it, the report of events analysed one by one', async () => {
    // analyzeInputs and the CLI mine a batch, then analyse it (TemplateMiner.mineBatch): nothing the
    // analyser reads may depend on the miner's state at the event's own time.
    const path = join(fixtures, 'payment-outage', 'billing.log');
    const miner = new TemplateMiner();
    const analyzer = new Analyzer();
    const files: FileStats[] = [];
    const batches = readEventBatches(createReadStream(path), {
      name: 'billing.log',
      onFileDone: (stats) => files.push(stats),
    });
    for await (const batch of batches) for (const event of batch) analyzer.add(miner.mine(event));
    const oneByOne = analyzer.finish({
      patterns: miner.patterns(),
      files,
      templateOf: (id) => miner.templateOf(id),
    });
    const { report } = await analyzeInputs([{ name: 'billing.log', source: createReadStream(path) }]);
    expect(report.anomalies.length).toBeGreaterThan(0);
    expect(JSON.stringify(report)).toBe(JSON.stringify(oneByOne));
  });

  it('gives the same report when the miner remembers only the gone clusters the analyser counts', async () => {
    // A cluster generalised, then merged or evicted (few clusters kept): its events are counted under
    // its final template, which analyzeInputs has the miner remember for the clusters the analyser counts.
    const words = (i: number) =>
      `${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) | 0))}x`;
    const messages = [
      ...Array.from({ length: 5 }, () => 'connection pool p0 near capacity: 2/50 in use by tenant t0'),
      ...Array.from({ length: 5 }, () => 'connection pool p0 near capacity: 9/50 in use by tenant t1'),
      'connection pool p1 near capacity: 9/50 in use by tenant t1',
      ...Array.from({ length: 300 }, (_, i) => `${words(i)} sent ${words(i + 300)} home`),
    ];
    const lines = messages.map(
      (m, i) =>
        `2026-11-25 08:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')},000 INFO ${m}\n`,
    );
    // A chunk a line: after the format sample (200 lines), events come in batches of their own, and
    // the miner forgets between them.
    const run = (miner: { maxClusters: number; keepGone?: () => boolean }) =>
      analyzeInputs([{ name: 'app.log', source: Readable.from(lines.map((l) => Buffer.from(l))) }], {
        miner,
      });
    const { report } = await run({ maxClusters: 6 });
    const general = 'connection pool <*> near capacity: <*> in use by tenant <*>';
    expect(report.patterns.find((p) => p.template === general)?.count).toBe(11);
    expect(report.patterns.some((p) => p.template.endsWith('tenant t1'))).toBe(false);
    // Remembering every gone cluster (the miner's default) gives the same report.
    const remembersAll = await run({ maxClusters: 6, keepGone: undefined });
    expect(JSON.stringify(report)).toBe(JSON.stringify(remembersAll.report));
  });

  it("names a bundle's files that were not read, and why, in the report and its summary", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const zip = zipSync({
      'billing.log': readFileSync(join(fixtures, 'healthy', 'billing.log')),
      'screenshot.png': png,
    });
    const { report } = await analyzeInputs([{ name: 'incident.zip', source: Readable.from([zip]) }]);
    expect(report.files.map((f) => [f.name, f.skipped ?? null])).toEqual([
      ['billing.log', null],
      ['screenshot.png', 'screenshot.png: this looks like a PNG image, not a text log'],
    ]);
    expect(report.summary.content).toContain(
      '- `screenshot.png`: not read (screenshot.png: this looks like a PNG image, not a text log)',
    );
    expect(report.summary.content).not.toMatch(/No anomaly in [^\n]*screenshot/);
  });

  it('finds nothing serious in the healthy fixture', async () => {
    const { report } = await analyzeInputs(inputs('healthy', ['billing.log', 'syslog']));
    expect(report.anomalies.filter((a) => a.severity === 'high' || a.severity === 'critical')).toEqual([]);
    expect(report.summary.severity).not.toBe('critical');
  });

  it('turns the report into a redacted digest far below the token budget', async () => {
    const { report } = await analyzeInputs(inputs('payment-outage', ['billing.log', 'syslog']));
    const digest = buildDigest(report);
    expect(estimateTokens(digest)).toBeLessThan(8000);
    expect(digest.anomalies.map((a) => a.type)).toContain('rare_event');
  });
});

describe('analyzeInputs on request logs of their own layout', () => {
  /**
   * Four hours of Envoy's default access log: 5xx at 0.5% but for 20 minutes at 20% from 03:00, and
   * requests six times slower for 40 minutes from 01:00.
   */
  function envoyLog(): string {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const lines: string[] = [];
    const start = Date.parse('2026-03-04T00:00:00Z');
    for (let t = start; t < start + 4 * 3_600_000; t += 1000 + Math.floor(random() * 4000)) {
      const outage = t >= start + 3 * 3_600_000 && t < start + 3 * 3_600_000 + 20 * 60_000;
      const slow = t >= start + 3_600_000 && t < start + 3_600_000 + 40 * 60_000 ? 6 : 1;
      const failed = random() < (outage ? 0.2 : 0.005);
      const status = failed ? 503 : random() < 0.05 ? 404 : 200;
      const path = `/api/v1/items/${Math.floor(random() * 5000)}`;
      lines.push(
        `[${new Date(t).toISOString()}] "GET ${path} HTTP/1.1" ${status} ${failed ? 'UF' : '-'} via_upstream - "-" 0 ${
          failed ? 91 : 1534
        } ${slow * (20 + Math.floor(random() * 30))} 19 "10.1.2.3" "okhttp/4.9" "5f1c2d3e-aaaa" "api.example.com" "10.4.5.6:8080"`,
      );
    }
    return lines.join('\n') + '\n';
  }

  it('reads the status and duration of an Envoy log, and finds the rise of 5xx and the slowdown', async () => {
    const { report } = await analyzeInputs([
      { name: 'envoy.log', source: Readable.from([Buffer.from(envoyLog())]) },
    ]);
    expect(report.stats.http?.statusClasses['5xx']).toBeGreaterThan(50);
    const spike = report.anomalies.find((a) => a.type === 'error_spike');
    expect(spike).toBeDefined();
    expect(spike?.start.slice(11, 13)).toBe('03');
    const slowdown = report.anomalies.find((a) => a.type === 'latency_degradation');
    expect(slowdown?.start.slice(11, 13)).toBe('01');
    expect(report.stats.http?.requestTime?.count).toBe(report.stats.http?.requests);
  });
});

describe('durations per kind of work', () => {
  /**
   * Three hours of a Sidekiq log: every job logs "start" and "done" with its class and elapsed
   * seconds in the header. Fast audit jobs come in bursts every nine minutes (the mix of one
   * "done" shifts with them); `slowFrom` makes MidJob 3.4× slower for 30 minutes.
   */
  function sidekiqLog(slow: boolean): string {
    const random = seeded(11);
    const start = Date.parse('2026-03-04T07:00:00Z');
    const jobs: [number, string][] = [];
    const hex = () =>
      Math.floor(random() * 2 ** 48)
        .toString(16)
        .padStart(12, '0');
    const job = (t: number, cls: string, seconds: number) => {
      const tid = Math.floor(random() * 46656).toString(36);
      const jid = hex() + hex();
      jobs.push([t, `pid=16 tid=${tid} class=${cls} jid=${jid} INFO: start`]);
      jobs.push([
        t + Math.round(seconds * 1000),
        `pid=16 tid=${tid} class=${cls} jid=${jid} elapsed=${seconds.toFixed(3)} INFO: done`,
      ]);
    };
    const spread = () => Math.exp((random() - 0.5) * 1.2);
    for (let t = start; t < start + 3 * 3_600_000; t += 1500 + Math.floor(random() * 3000)) {
      const minute = (t - start) / 60_000;
      const factor = slow && minute >= 100 && minute < 130 ? 3.4 : 1;
      job(t, 'MidJob', 0.5 * factor * spread());
      if (random() < 0.3) job(t + 200, 'ImportCsvJob', 6 * spread());
      if (Math.floor(minute) % 9 === 0)
        for (let i = 0; i < 4; i++) job(t + 50 * i, 'AuditLogJob', 0.03 * spread());
    }
    jobs.sort((a, b) => a[0] - b[0]);
    return jobs.map(([t, text]) => `${new Date(t).toISOString()} ${text}`).join('\n') + '\n';
  }

  const run = (slow: boolean) =>
    analyzeInputs([{ name: 'sidekiq.log', source: Readable.from([Buffer.from(sidekiqLog(slow))]) }]);

  it('finds one job class slowing down under a message shared by every class', async () => {
    const { report } = await run(true);
    const slowdown = report.anomalies.find((a) => a.type === 'latency_degradation');
    expect(slowdown?.description).toMatch(/elapsed of "done" for class=MidJob rose/);
    // Sidekiq's elapsed= is in seconds, without a unit: about 0.5 s usually, 3.4 times that here.
    expect(slowdown?.description).toMatch(/to 1[4-9]\d\d(\.\d)? ms .*\(usually [45]\d\d(\.\d)? ms\)/);
    expect(slowdown && slowdown.start >= '2026-03-04T08:35' && slowdown.start <= '2026-03-04T08:45').toBe(
      true,
    );
    expect(slowdown && slowdown.end >= '2026-03-04T09:05' && slowdown.end <= '2026-03-04T09:15').toBe(true);
  });

  it('finds no slowdown in the same mix of jobs at their usual pace', async () => {
    const { report } = await run(false);
    expect(report.anomalies.filter((a) => a.type === 'latency_degradation')).toEqual([]);
  });
});

describe('duration series budget', () => {
  it('leaves a file its own duration series when the file read before it times hundreds of patterns', async () => {
    const random = seeded(5);
    const start = Date.parse('2026-03-04T07:00:00Z');
    const word = () =>
      Array.from({ length: 7 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
    // 300 patterns of five words each, none like another, each timed (Azure AD's sign-in records:
    // a pattern per combination of their fields, each with its durations).
    const many: string[] = [];
    for (let p = 0; p < 300; p++) {
      const words = Array.from({ length: 5 }, word).join(' ');
      for (let k = 0; k < 3; k++) {
        const t = start + Math.floor(random() * 3 * 3_600_000);
        many.push(`${new Date(t).toISOString()} ${words} took=${20 + Math.floor(random() * 20)}ms`);
      }
    }
    many.sort();
    // A load balancer's request line every two seconds, its response time 5× for 20 minutes.
    const lb: string[] = [];
    for (let t = start; t < start + 3 * 3_600_000; t += 2000) {
      const minute = (t - start) / 60_000;
      const rt = Math.round(40 * Math.exp((random() - 0.5) * 0.6) * (minute >= 120 && minute < 140 ? 5 : 1));
      lb.push(`${new Date(t).toISOString()} INFO request GET /api/items status=200 rt=${rt}ms`);
    }
    const { report } = await analyzeInputs([
      { name: 'many.log', source: Readable.from([Buffer.from(many.join('\n') + '\n')]) },
      { name: 'lb.log', source: Readable.from([Buffer.from(lb.join('\n') + '\n')]) },
    ]);
    const slowdown = report.anomalies.find((a) => a.type === 'latency_degradation');
    expect(slowdown?.files).toEqual(['lb.log']);
    expect(slowdown && slowdown.start >= '2026-03-04T08:55' && slowdown.start <= '2026-03-04T09:05').toBe(
      true,
    );
  });
});

describe('durations per route of one request message', () => {
  /**
   * Three hours of a Go service's logrus "request completed" (blind2 87/s09): nearly half the requests
   * are health checks of under a millisecond, the rest billing routes of about 15 ms with ids in their
   * paths. With `slow`, the billing routes take 5× as long from 01:40 to 01:52: the mix, 2.4×.
   */
  function logrusLog(slow: boolean): string {
    const random = seeded(21);
    const start = Date.parse('2026-04-12T00:00:00Z');
    const lines: string[] = [];
    for (let t = start; t < start + 3 * 3_600_000; t += 1000 + Math.floor(random() * 6000)) {
      const minute = (t - start) / 60_000;
      const time = new Date(t).toISOString().slice(0, 19) + 'Z';
      const health = random() < 0.45;
      const factor = !health && slow && minute >= 100 && minute < 112 ? 5 : 1;
      const ms = (health ? 0.8 : 15) * factor * Math.exp((random() - 0.5) * 1.6);
      const path = health ? '/health' : `/v1/billing/${1_000_000 + Math.floor(random() * 9_000_000)}`;
      lines.push(
        `time="${time}" level=info msg="request completed" duration_ms=${ms.toFixed(2)} method=GET path=${path} status=200`,
      );
    }
    return lines.join('\n') + '\n';
  }

  const run = (slow: boolean) =>
    analyzeInputs([{ name: 'application.log', source: Readable.from([Buffer.from(logrusLog(slow))]) }]);

  it('finds the routes slowing down apart from the health checks mixed with them', async () => {
    const { report } = await run(true);
    const slowdowns = report.anomalies.filter((a) => a.type === 'latency_degradation');
    expect(slowdowns).toHaveLength(1);
    expect(slowdowns[0]?.description).toMatch(
      /duration_ms of "request completed" for path=v1\/billing\/<\*> rose/,
    );
    expect(
      slowdowns[0] && slowdowns[0].start >= '2026-04-12T01:35' && slowdowns[0].end <= '2026-04-12T02:00',
    ).toBe(true);
  });

  it('finds no slowdown at the usual pace', async () => {
    const { report } = await run(false);
    expect(report.anomalies).toEqual([]);
  });

  it("times a text log's requests without its health checks (blind2 171/s10)", async () => {
    const springLog = (slow: boolean) => {
      const random = seeded(12);
      const start = Date.parse('2025-11-26T03:39:00Z');
      const lines: string[] = [];
      const line = (t: number, request: string, ms: number) =>
        lines.push(
          `${new Date(t).toISOString()}  INFO 41252 --- [reviews-service] [io-8080-exec-${Math.floor(random() * 60)}] c.i.reviews.web.RequestLoggingFilter     : ${request} -> 200 (${Math.round(ms)} ms)`,
        );
      for (let t = start; t < start + 4 * 3_600_000; t += 5_000 + Math.floor(random() * 30_000)) {
        // Requests at 10–80 ms, 4.4 times as long for 28 minutes; Kubernetes' probes every 30 s at 0 ms.
        const minute = (t - start) / 60_000;
        const factor = slow && minute >= 170 && minute < 198 ? 4.4 : 1;
        const page = Math.floor(random() * 20);
        line(t, `GET /api/v1/reviews?page=${page}&limit=50`, 30 * factor * Math.exp((random() - 0.5) * 2));
      }
      for (let t = start + 7_000; t < start + 4 * 3_600_000; t += 30_000) line(t, 'GET /healthz', 0);
      lines.sort();
      return lines.join('\n') + '\n';
    };
    const slowdowns = async (slow: boolean) =>
      (
        await analyzeInputs([
          { name: 'reviews-service.log', source: Readable.from([Buffer.from(springLog(slow))]) },
        ])
      ).report.anomalies.filter((a) => a.type === 'latency_degradation');
    const [found, ...more] = await slowdowns(true);
    expect(more).toEqual([]);
    expect(found && found.start >= '2025-11-26T06:25' && found.end <= '2025-11-26T07:25').toBe(true);
    expect(await slowdowns(false)).toEqual([]);
  });

  it("leaves a long poll's wait out of its route's times (blind6 20/s05)", async () => {
    // Nomad's HTTP server times every request, blocking queries (`?index=N`) among them: answered at
    // once when the index moved, held for up to five minutes when it did not. Fifteen minutes of mostly
    // long waits are no slowdown; the plain requests slowing 6× for 20 minutes (with `slow`) are, and
    // the long polls no longer hide them.
    const nomadLog = (slow: boolean, polls = 0.7) => {
      const random = seeded(44);
      const start = Date.parse('2025-08-22T18:00:00Z');
      const lines: string[] = [];
      let index = 72_998_000;
      for (let t = start; t < start + 3 * 3_600_000; t += 8_000 + Math.floor(random() * 24_000)) {
        const minute = (t - start) / 60_000;
        let path: string;
        let ms: number;
        if (random() < polls) {
          path = `/v1/job/${['redis', 'web', 'billing'][Math.floor(random() * 3)]}/allocations?index=${(index += 3)}`;
          const waits = minute >= 100 && minute < 115 ? 0.95 : 0.3;
          ms = random() < waits ? 60_000 + random() * 200_000 : 0.3 + random() * 6;
        } else {
          path = '/v1/jobs';
          ms = 3 * (slow && minute >= 150 && minute < 170 ? 6 : 1) * Math.exp((random() - 0.5) * 0.8);
        }
        const time = new Date(t).toISOString().replace('Z', '+00:00');
        lines.push(
          `${time} [DEBUG] http: request complete: method=GET path=${path} duration=${ms.toFixed(6)}ms`,
        );
      }
      return lines.join('\n') + '\n';
    };
    const slowdowns = async (slow: boolean, polls?: number) =>
      (
        await analyzeInputs([
          { name: 'nomad.log', source: Readable.from([Buffer.from(nomadLog(slow, polls))]) },
        ])
      ).report.anomalies.filter((a) => a.type === 'latency_degradation');
    expect(await slowdowns(false)).toEqual([]);
    expect(await slowdowns(false, 1)).toEqual([]);
    const [found, ...more] = await slowdowns(true);
    expect(more).toEqual([]);
    expect(found && found.start >= '2025-08-22T20:25' && found.end <= '2025-08-22T20:55').toBe(true);
  });

  it("reads Serilog's Elapsed in the milliseconds its message template names, not as seconds", async () => {
    const random = seeded(8);
    const start = Date.parse('2024-04-17T19:00:00Z');
    const lines: string[] = [];
    for (let t = start; t < start + 3 * 3_600_000; t += 500 + Math.floor(random() * 3000)) {
      const minute = (t - start) / 60_000;
      const elapsed = 25 * (minute >= 120 && minute < 140 ? 5 : 1) * Math.exp((random() - 0.5) * 0.8);
      const id = Math.floor(random() * 2 ** 40).toString(16);
      lines.push(
        JSON.stringify({
          '@t': new Date(t).toISOString(),
          '@mt': 'HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms',
          RequestMethod: 'GET',
          RequestPath: `/internal/v1/tickets/tic_${id}`,
          StatusCode: 200,
          Elapsed: Number(elapsed.toFixed(6)),
          SourceContext: 'Serilog.AspNetCore.RequestLoggingMiddleware',
        }),
      );
    }
    const { report } = await analyzeInputs([
      { name: 'application.clef', source: Readable.from([Buffer.from(lines.join('\n') + '\n')]) },
    ]);
    const slowdowns = report.anomalies.filter((a) => a.type === 'latency_degradation');
    expect(slowdowns).toHaveLength(1);
    expect(slowdowns[0]?.description).toMatch(
      /Typical Elapsed of .* rose [45](\.\d)?× to 1\d\d(\.\d)? ms .*\(usually 2\d(\.\d)? ms\)/,
    );
  });
});

describe('statuses written in the message', () => {
  /**
   * Three hours of a Phoenix app's Plug.Logger lines (blind4 48/s08): `Sent 200 in 12ms`, an
   * occasional 404 or 500; with `failing`, 10% of the requests answered 500 from 02:00 to 02:20.
   */
  function phoenixLog(failing: boolean): string {
    const random = seeded(31);
    const start = Date.parse('2021-08-13T00:00:07Z');
    const lines: string[] = [];
    for (let t = start; t < start + 3 * 3_600_000; t += 200 + Math.floor(random() * 1200)) {
      const minute = (t - start) / 60_000;
      const time = new Date(t).toISOString().replace('T', ' ').slice(0, 23);
      const id = Math.floor(random() * 2 ** 48).toString(36);
      const bad = failing && minute >= 120 && minute < 140 ? 0.1 : 0.003;
      const roll = random();
      const status = roll < bad ? 500 : roll < bad + 0.01 ? 404 : 200;
      lines.push(`${time} request_id=${id} [info] GET /api/v1/items/${Math.floor(random() * 999)}`);
      lines.push(`${time} request_id=${id} [info] Sent ${status} in ${Math.floor(5 + random() * 80)}ms`);
    }
    return lines.join('\n') + '\n';
  }

  const run = (failing: boolean) =>
    analyzeInputs([{ name: 'phoenix.log', source: Readable.from([Buffer.from(phoenixLog(failing))]) }]);

  it("counts Phoenix's `Sent 500` as an answered request's status: its 5xx are errors", async () => {
    const { report } = await run(true);
    expect(report.stats.http?.statusClasses['5xx']).toBeGreaterThan(100);
    expect(report.stats.http?.statusClasses['2xx']).toBeGreaterThan(10_000);
    const spikes = report.anomalies.filter((a) => a.type === 'error_spike');
    expect(spikes).toHaveLength(1);
    expect(spikes[0]?.description).toMatch(/mostly "Sent <\*> in <\*>"/);
    expect(spikes[0] && spikes[0].start >= '2021-08-13T01:55' && spikes[0].end <= '2021-08-13T02:25').toBe(
      true,
    );
    const { report: healthy } = await run(false);
    expect(healthy.anomalies).toEqual([]);
  });
});

describe('durations found by their unit as the template generalises', () => {
  it("keeps each of Rails' timings to its own series when the reason phrase becomes a variable", async () => {
    // An hour of `Completed 200 OK in 31ms (Views: 4.1ms | ActiveRecord: 5.9ms)`, then other statuses
    // with one-word reasons too: the template's `OK` becomes a variable and every timing after it
    // moves one place (the request's time took over the series of the views': a 3× "slowdown").
    const random = seeded(17);
    const start = Date.parse('2025-07-30T00:00:00Z');
    const reasons = [
      '200 OK',
      '201 Created',
      '202 Accepted',
      '302 Found',
      '401 Unauthorized',
      '403 Forbidden',
    ];
    const lines: string[] = [];
    for (let t = start; t < start + 3 * 3_600_000; t += 500 + Math.floor(random() * 2500)) {
      const minute = (t - start) / 60_000;
      const status =
        minute < 60 || random() < 0.5 ? '200 OK' : (reasons[Math.floor(random() * 6)] ?? '200 OK');
      const ms = (v: number) => (v * Math.exp((random() - 0.5) * 0.6)).toFixed(1);
      const id = Math.floor(random() * 2 ** 48).toString(16);
      lines.push(
        `I, [${new Date(t).toISOString().slice(0, 23)}000 #4611]  INFO -- : [${id}] Completed ${status} in ${Math.round(31 * Math.exp((random() - 0.5) * 0.6))}ms (Views: ${ms(4)}ms | ActiveRecord: ${ms(6)}ms)`,
      );
    }
    const { report } = await analyzeInputs([
      { name: 'production.log', source: Readable.from([Buffer.from(lines.join('\n') + '\n')]) },
    ]);
    expect(report.patterns.map((p) => p.template)).toEqual([
      'Completed <*> <*> in <*> (Views: <*> | ActiveRecord: <*>)',
    ]);
    expect(report.anomalies).toEqual([]);
  });
});

describe('one message timed by several services', () => {
  /**
   * Four hours of pino-http's "request completed" from two Node services: `orders` answers 60 requests a
   * minute, `shipping` 4. With `slow`, shipping's requests take six times as long from 02:00 to 02:45.
   */
  function pinoLog(service: string, perMinute: number, usualMs: number, slow: boolean, seed: number): string {
    const random = seeded(seed);
    const start = Date.parse('2025-03-21T00:00:00Z');
    const lines: string[] = [];
    for (let t = start; t < start + 4 * 3_600_000; t += Math.floor((60_000 / perMinute) * (0.5 + random()))) {
      const minute = (t - start) / 60_000;
      const factor = slow && minute >= 120 && minute < 165 ? 6 : 1;
      const ms = Math.max(1, Math.round(usualMs * factor * Math.exp((random() - 0.5) * 0.8)));
      lines.push(
        JSON.stringify({
          level: 30,
          time: new Date(t).toISOString(),
          name: service,
          req_id: Math.floor(random() * 1e9).toString(16),
          method: 'GET',
          url: `/api/v1/${service}/${Math.floor(random() * 1e6)}`,
          statusCode: 200,
          responseTime: ms,
          msg: 'request completed',
        }),
      );
    }
    return lines.join('\n') + '\n';
  }

  const run = (slow: boolean) =>
    analyzeInputs([
      { name: 'orders.log', source: Readable.from([Buffer.from(pinoLog('orders', 60, 40, false, 3))]) },
      { name: 'shipping.log', source: Readable.from([Buffer.from(pinoLog('shipping', 4, 15, slow, 4))]) },
    ]);

  it("finds the quiet service's slowdown, which the busy one's request times would drown", async () => {
    const { report } = await run(true);
    const slowdowns = report.anomalies.filter((a) => a.type === 'latency_degradation');
    expect(slowdowns).toHaveLength(1);
    expect(slowdowns[0]?.files).toEqual(['shipping.log']);
    expect(slowdowns[0]?.description).toMatch(/responseTime of "request completed" in shipping\.log rose/);
    expect(slowdowns[0]?.start.slice(11, 16)).toMatch(/^0(1:[45]|2:0)/);
    expect(slowdowns[0]?.end.slice(11, 16)).toMatch(/^02:[45]/);
  });

  it('finds nothing when both keep their pace', async () => {
    const { report } = await run(false);
    expect(report.anomalies.filter((a) => a.type === 'latency_degradation')).toEqual([]);
  });
});

describe('a Python service crashing with an uncaught exception', () => {
  /**
   * Two hours of a sync worker; `crash` puts an uncaught traceback after a line of level `after`, then a
   * restart `gapMs` later.
   */
  function workerLog(
    crash: { after: 'INFO' | 'WARNING'; gapMs: number } | null,
    newException = false,
    diskFull = false,
  ): string {
    const random = seeded(5);
    const start = Date.parse('2026-03-05T10:00:00Z');
    const stamp = (t: number) =>
      new Date(t).toISOString().replace('T', ' ').replace('Z', '').replace('.', ',');
    const lines: string[] = [];
    const traceback = (exception: string) => [
      'Traceback (most recent call last):',
      '  File "/app/pipeline/clients/partner.py", line 356, in run',
      '    return self._send(batch)',
      '  File "/usr/local/lib/python3.11/site-packages/redis/connection.py", line 707, in connect',
      '    raise ConnectionError(self._error_message(e))',
      exception,
    ];
    let crashed = false;
    for (let t = start; t < start + 2 * 3_600_000; t += 1000 + Math.floor(random() * 4000)) {
      const n = Math.floor(random() * 9000);
      lines.push(`${stamp(t)} INFO [pipeline.sync] synced account ${n}: ${n % 500} records in 0.${n % 9}s`);
      // Handled failures, logged with their traceback, now and then all along.
      if (random() < 0.01)
        lines.push(
          `${stamp(t + 5)} ERROR [pipeline.sync] sync of account ${n} failed`,
          ...traceback(
            `requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api', port=443): Read timed out.`,
          ),
        );
      // From 10:50 on, the same message ends in another exception about every three minutes.
      if (newException && t >= start + 50 * 60_000 && random() < 0.02)
        lines.push(
          `${stamp(t + 7)} ERROR [pipeline.sync] sync of account ${n} failed`,
          ...traceback(
            'sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "orders_pkey"',
          ),
        );
      // At 11:20, the handled failures' message three times over a minute with a full disk under it.
      if (diskFull && t >= start + 80 * 60_000 && t < start + 81 * 60_000 && random() < 0.3)
        lines.push(
          `${stamp(t + 9)} ERROR [pipeline.sync] sync of account ${n} failed`,
          ...traceback('OSError: [Errno 28] No space left on device'),
        );
      if (crash && !crashed && t >= start + 67 * 60_000) {
        crashed = true;
        if (crash.after === 'WARNING')
          lines.push(`${stamp(t + 3)} WARNING [pipeline.db] connection pool exhausted, waiting (size=10)`);
        lines.push(
          ...traceback(
            'redis.exceptions.ConnectionError: Error 111 connecting to cache:6379. Connection refused.',
          ),
        );
        lines.push(
          `${stamp(t + crash.gapMs)} INFO [pipeline.worker] starting ldap-sync 2.17.9 (python 3.11.8, pid 22703)`,
        );
        t += crash.gapMs;
      }
    }
    return lines.join('\n') + '\n';
  }

  const run = (
    crash: { after: 'INFO' | 'WARNING'; gapMs: number } | null,
    newException = false,
    diskFull = false,
  ) =>
    analyzeInputs([
      {
        name: 'ldap-sync.log',
        source: Readable.from([Buffer.from(workerLog(crash, newException, diskFull))]),
      },
    ]);

  it("reports a full disk at the end of a logged exception's traceback, under a message that fails often", async () => {
    const { report } = await run(null, false, true);
    const found = report.anomalies.filter((a) => a.type === 'rare_event');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('critical');
    expect(found[0]?.description).toMatch(
      /^Disk full: "sync of account <\*> failed \[OSError: \[Errno <\*> No space left on …\]" occurred/,
    );
    expect(found[0]?.start.slice(11, 16)).toBe('11:20');
    // Its sample shows the exception's line, past the traceback's first 300 characters.
    expect(found[0]?.evidence.samples[0]?.text).toMatch(/failed\n…\nOSError: \[Errno 28\] No space left/);
  });

  it('reports the traceback written after an INFO line as a crash, at its time', async () => {
    const { report } = await run({ after: 'INFO', gapMs: 28_000 });
    const crash = report.anomalies.find((a) => a.type === 'rare_event' && a.severity === 'critical');
    expect(crash?.description).toMatch(/runtime crash/i);
    expect(crash?.start.slice(11, 16)).toBe('11:07');
    expect(crash?.evidence.samples[0]?.text).toMatch(/^Traceback \(most recent call last\)/);
  });

  it('leaves logged exceptions alone', async () => {
    const { report } = await run(null);
    expect(report.anomalies.filter((a) => a.severity === 'critical' || a.severity === 'high')).toEqual([]);
  });

  it('reports a traceback after a WARNING line as a crash when the file then goes silent and restarts', async () => {
    const { report } = await run({ after: 'WARNING', gapMs: 95_000 });
    const crashes = report.anomalies.filter((a) => a.type === 'rare_event');
    expect(crashes).toHaveLength(1);
    const crash = crashes[0];
    expect(crash?.severity).toBe('high');
    expect(crash?.description).toMatch(
      /^ldap-sync\.log went silent for 95 s right after a stack trace \("redis\.exceptions\.ConnectionError: Error 111.*then restarted at 11:0\d:\d\d UTC \("starting ldap-sync 2\.17\.9/,
    );
    expect(crash?.start.slice(11, 16)).toBe('11:07');
    expect(crash?.evidence.samples.map((s) => s.text)).toEqual([
      expect.stringMatching(/WARNING .*connection pool exhausted[^]*\n…\nredis\.exceptions\.ConnectionError/),
      expect.stringMatching(/starting ldap-sync/),
    ]);
  });

  it('reports a new exception under an old log message as a new pattern, naming the exception', async () => {
    const { report } = await run(null, true);
    const found = report.anomalies.filter((a) => a.type === 'new_pattern');
    expect(found).toHaveLength(1);
    expect(found[0]?.description).toMatch(
      /^"sync of account <\*> failed \[sqlalchemy\.exc\.IntegrityError: <\*> duplicate key va…" first appeared 2026-03-05 10:5/,
    );
    // Under the message's own pattern id.
    expect(
      report.patterns.some((p) => p.id === found[0]?.patternId && /sync of account/.test(p.template)),
    ).toBe(true);
  });

  it('leaves a traceback after a WARNING line alone when logging goes on at its usual pace', async () => {
    const { report } = await run({ after: 'WARNING', gapMs: 2_000 });
    expect(report.anomalies.filter((a) => a.type === 'rare_event')).toEqual([]);
  });
});

describe("a JVM service's warning with the exception its logger wrote", () => {
  /**
   * Two hours of a Flink job manager's checkpoints, a line every half second; at 11:00 a checkpoint
   * expires, logged at `level` with its trace, and the file pauses 30 s before the next checkpoints
   * complete (blind9 31/s06). With `restart`, the file says it is starting after the pause.
   */
  function jobManagerLog(level: 'WARN' | 'ERROR', restart = false): string {
    const start = Date.parse('2021-08-22T10:00:00Z');
    const lines: string[] = [];
    const stamp = (t: number) =>
      new Date(t).toISOString().replace('T', ' ').replace('Z', '').replace('.', ',');
    const logger = 'org.apache.flink.runtime.checkpoint.CheckpointCoordinator';
    let n = 32000;
    for (let t = start; t < start + 2 * 3_600_000; t += 500) {
      if (t === start + 3_600_000) {
        lines.push(
          `${stamp(t)} ${level.padEnd(5)} org.apache.flink.runtime.checkpoint.CheckpointFailureManager [] - Failed to trigger or complete checkpoint ${n} for job f307ef37675da717b30ce5b892bcbb93. (0 consecutive failed attempts so far)`,
          'org.apache.flink.runtime.checkpoint.CheckpointException: Checkpoint expired before completing.',
          '\tat org.apache.flink.runtime.checkpoint.CheckpointCoordinator$CheckpointCanceller.run(CheckpointCoordinator.java:2143) ~[flink-dist-1.13.2.jar:1.13.2]',
        );
        t += 30_000;
        if (restart)
          lines.push(
            `${stamp(t)} INFO  org.apache.flink.runtime.entrypoint.ClusterEntrypoint [] - Starting StandaloneSessionClusterEntrypoint (Version: 1.13.2)`,
          );
      }
      lines.push(
        `${stamp(t)} INFO  ${logger} [] - Completed checkpoint ${n++} for job f307ef37675da717b30ce5b892bcbb93 (4302 bytes in 16 ms).`,
      );
    }
    return lines.join('\n') + '\n';
  }
  const crashes = async (level: 'WARN' | 'ERROR', restart = false) => {
    const { report } = await analyzeInputs([
      { name: 'flink-jm.log', source: Readable.from([Buffer.from(jobManagerLog(level, restart))]) },
    ]);
    return report.anomalies.filter((a) => a.type === 'rare_event');
  };

  it('is no crash when the file goes on after a pause, unless it restarts; an error so is one', async () => {
    expect(await crashes('WARN')).toEqual([]);
    const [restarted, ...more] = await crashes('WARN', true);
    expect(more).toEqual([]);
    expect(restarted?.description).toMatch(
      /^flink-jm\.log went silent for 30 s right after an error .*then restarted/,
    );
    const [crash] = await crashes('ERROR');
    expect(crash?.severity).toBe('high');
    expect(crash?.description).toMatch(/^flink-jm\.log went silent for 30 s right after a stack trace/);
  });
});

describe('a JSON service whose errors carry their stack trace in a field', () => {
  /** Two hours of a Spring service's JSON lines; from 11:00 a new exception under the same message. */
  function serviceLog(newException: boolean): string {
    const random = seeded(8);
    const start = Date.parse('2026-08-26T10:00:00Z');
    const lines: string[] = [];
    const line = (t: number, severity: string, message: string, extra: object = {}) =>
      lines.push(JSON.stringify({ timestamp: new Date(t).toISOString(), severity, message, ...extra }));
    const unhandled = (t: number, exception: string) =>
      line(t, 'ERROR', 'Unhandled exception', {
        stack_trace: `${exception}\n\tat com.shop.job.PaymentJob.findAll(PaymentJob.java:122)\n\tat com.shop.web.CartController.findById(CartController.java:88)`,
      });
    for (let t = start; t < start + 2 * 3_600_000; t += 500 + Math.floor(random() * 2000)) {
      line(t, 'INFO', `GET /v1/items/${Math.floor(random() * 900)} 200`);
      if (random() < 0.01) unhandled(t + 3, 'java.lang.IllegalStateException: cart is locked');
      if (newException && t >= start + 60 * 60_000 && random() < 0.02)
        unhandled(t + 5, 'java.lang.NullPointerException: Cannot invoke "Address.getCountryCode()"');
    }
    return lines.join('\n') + '\n';
  }
  const run = (newException: boolean) =>
    analyzeInputs([{ name: 'catalog.json', source: Readable.from([Buffer.from(serviceLog(newException))]) }]);

  it('reports the new exception under the old message, from its stack trace field', async () => {
    const { report } = await run(true);
    const found = report.anomalies.filter((a) => a.type === 'new_pattern');
    expect(found.map((a) => a.description)).toEqual([
      expect.stringMatching(
        /^"Unhandled exception \[java\.lang\.NullPointerException: Cannot invoke <\*>\]" first appeared 2026-08-26 11:0/,
      ),
    ]);
  });

  it('reports nothing new while the same exception keeps coming', async () => {
    const { report } = await run(false);
    expect(report.anomalies.filter((a) => a.type === 'new_pattern')).toEqual([]);
  });
});

describe("Heroku's router", () => {
  it('times requests by `service=80ms` (a duration, not a service name) and finds them slowing down', async () => {
    const random = seeded(4);
    const lines: string[] = [];
    const t0 = Date.parse('2021-10-21T18:00:00Z');
    for (let s = 0; s < 4 * 3600; s += 2) {
      const slow = s >= 2 * 3600 && s < 2 * 3600 + 40 * 60;
      const ms = Math.round((slow ? 9 : 1) * 40 * Math.exp(0.4 * (random() - 0.5)));
      const at = new Date(t0 + s * 1000).toISOString().replace('Z', '000+00:00');
      lines.push(
        `${at} heroku[router]: at=info method=GET path="/api/v2/projects/${100 + (s % 50)}/tasks" host=portal.example.nl request_id=${s.toString(16).padStart(8, '0')}-fbe0-4b0c-b95a-f13dc514c01c fwd="88.76.199.${s % 200}" dyno=web.${1 + (s % 3)} connect=1ms service=${ms}ms status=200 bytes=701 protocol=https`,
      );
    }
    const { report } = await analyzeInputs([
      { name: 'heroku.log', source: Readable.from([Buffer.from(lines.join('\n') + '\n')]) },
    ]);
    const slowdown = report.anomalies.find((a) => a.type === 'latency_degradation');
    // `service=` read as the request's time (by its key, and as a variable with a unit), never as a
    // service's name.
    expect(slowdown?.description).toMatch(/Typical (service|duration) of .* rose 9(\.\d)?×/);
    expect(report.stats.services.filter((s) => /\d+ms$/.test(s.name))).toEqual([]);
    expect(
      slowdown && slowdown.start <= '2021-10-21T20:05:00.000Z' && slowdown.end >= '2021-10-21T20:30:00.000Z',
    ).toBe(true);
  });
});

describe('a Rails log whose request clusters fold into one as the slowdown starts', () => {
  /**
   * Four hours of Rails requests, 200 OK mostly, 201 Created now and then (the first request one);
   * one 401 at 04:40, and 403s in the first minute of a slowdown (05:20–06:20, 30 ms to 150 ms): the
   * fourth status folds the OK cluster into the older Created one, so the requests' times move to
   * that cluster's series when the slowdown starts (blind2 266/s04).
   */
  function railsLog(): string {
    const random = seeded(4);
    const start = Date.parse('2026-05-04T03:00:00Z');
    const slowFrom = start + 140 * 60_000;
    const slowTo = start + 200 * 60_000;
    const lines: string[] = [];
    for (let t = start; t < start + 260 * 60_000; t += 4_000 + Math.floor(random() * 8_000)) {
      const ms = Math.round((t >= slowFrom && t < slowTo ? 150 : 30) * Math.exp((random() - 0.5) * 0.8));
      const id = Math.floor(random() * 1e9).toString(16);
      const status =
        t >= slowFrom && t < slowFrom + 60_000
          ? '403 Forbidden'
          : t >= start + 100 * 60_000 && t < start + 101 * 60_000
            ? '401 Unauthorized'
            : t === start || random() >= 0.96
              ? '201 Created'
              : '200 OK';
      const stamp = new Date(t).toISOString().replace('Z', '');
      const head = `I, [${stamp} #2001]  INFO -- : [${id}]`;
      lines.push(`${head} Started GET "/api/v1/orders/${Math.floor(random() * 900)}" for 10.0.0.7`);
      lines.push(
        `${head} Completed ${status} in ${ms}ms (Views: ${(ms * 0.2).toFixed(1)}ms | ActiveRecord: ${(ms * 0.4).toFixed(1)}ms (${Math.floor(random() * 9)} queries, 0 cached) | GC: 1.${Math.floor(random() * 9)}ms)`,
      );
    }
    return lines.join('\n') + '\n';
  }

  it('tells the slowdown of the requests as one pattern, from their times before and after the fold', async () => {
    const { report } = await analyzeInputs([
      { name: 'production.log', source: Readable.from([Buffer.from(railsLog())]) },
    ]);
    const completed = report.patterns.filter((p) => p.template.startsWith('Completed'));
    expect(completed.map((p) => p.template)).toEqual([
      'Completed <*> <*> in <*> (Views: <*> | ActiveRecord: <*> (<*> queries, <*> cached) | GC: <*>)',
    ]);
    const slow = report.anomalies.filter((a) => a.type === 'latency_degradation');
    expect(slow.map((a) => [a.start, a.end])).toEqual([
      ['2026-05-04T05:20:00.000Z', '2026-05-04T06:20:00.000Z'],
    ]);
    expect(slow[0]?.description).toMatch(
      /^Typical duration of "Completed <\*> <\*> in .* rose (4\.\d|5(\.\d)?)× to 1[45]\d(\.\d)? ms .*\(usually (29|30)\.\d ms\)\.$/,
    );
    expect(slow[0]?.patternId).toBe(completed[0]?.id);
  });
});

describe('a JSON worker whose exceptions are folded into one message midway', () => {
  /**
   * Six hours of a worker's JSON lines; "Unhandled exception" with its error's class beside it
   * (SequelizeDatabaseError first, TypeError most often, AxiosError), and from 21:00 a RangeError now
   * and then: the fourth class folds the message's clusters into "Unhandled exception: <*>", under
   * the first one's cluster, where the TypeErrors go on (blind3 318/s02).
   */
  function workerLog(): string {
    const random = seeded(6);
    const start = Date.parse('2026-06-01T18:00:00Z');
    const lines: string[] = [];
    const line = (t: number, severity: string, message: string, extra: object = {}) =>
      lines.push(JSON.stringify({ timestamp: new Date(t).toISOString(), severity, message, ...extra }));
    const fail = (t: number, error: string, text: string) =>
      line(t, 'ERROR', 'Unhandled exception', {
        error,
        stack_trace: `${error}: ${text}\n    at handler (/app/dist/routes/api.js:15:13)`,
      });
    fail(start, 'SequelizeDatabaseError', 'deadlock detected');
    for (let t = start + 1000; t < start + 6 * 3_600_000; t += 2000 + Math.floor(random() * 4000)) {
      line(t, 'INFO', `job send-email finished in ${Math.floor(random() * 900)} ms`);
      const r = random();
      if (r < 0.02) fail(t + 3, 'TypeError', "Cannot read properties of undefined (reading 'price')");
      else if (r < 0.025) fail(t + 3, 'AxiosError', 'timeout of 5000ms exceeded');
      else if (r < 0.03) fail(t + 3, 'SequelizeDatabaseError', 'deadlock detected');
      else if (r < 0.033 && t > start + 3 * 3_600_000) fail(t + 3, 'RangeError', 'Invalid time value');
    }
    return lines.join('\n') + '\n';
  }

  it('tells the exception that is new, not one that went on under the folded cluster', async () => {
    const { report } = await analyzeInputs([
      { name: 'worker-logs.json', source: Readable.from([Buffer.from(workerLog())]) },
    ]);
    expect(report.patterns.filter((p) => /Unhandled/.test(p.template)).map((p) => p.template)).toEqual([
      'Unhandled exception: <*>',
    ]);
    const fresh = report.anomalies.filter((a) => a.type === 'new_pattern');
    expect(fresh.map((a) => a.description)).toEqual([
      expect.stringMatching(/^"Unhandled exception: <\*> \[RangeError\]" first appeared 2026-06-01 21:/),
    ]);
  });
});
