import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalysisReport, Anomaly } from '@logai/engine';
import {
  generateScenario,
  SCENARIO_START,
  writeScenario,
  type ScenarioSpec,
} from '../../../../bench/scenarios/generate-scenario';
import { makeTar } from '../../../../packages/engine/src/read/test-helpers';
import { command } from './analyze';

const dir = mkdtempSync(join(tmpdir(), 'logai-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const minute = (m: number) => SCENARIO_START + m * 60_000;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runWithStdin(Readable.from([]), ...argv);
}

async function runWithStdin(
  stdin: Readable,
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await command({ argv, stdin, isStdinTTY: false, stdout, stderr, isStderrTTY: false });
  return { code, out, err };
}

/** Writes a generated multi-service scenario and returns its file paths. */
async function scenario(
  spec: Omit<ScenarioSpec, 'seed' | 'load'> & { seed?: number; load?: number },
): Promise<string[]> {
  const s = generateScenario({ seed: 7, load: 0.3, ...spec });
  const root = await writeScenario(s, dir);
  return s.files.map((f) => join(root, f.name));
}

async function analyze(files: string[], ...flags: string[]): Promise<AnalysisReport> {
  const { code, out, err } = await run(...files, '--json', ...flags);
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as AnalysisReport;
}

function within(a: Anomaly | undefined, fromMinute: number, toMinute: number): boolean {
  if (!a) return false;
  return (
    Date.parse(a.start) <= minute(toMinute) &&
    Date.parse(a.end) >= minute(fromMinute) &&
    Date.parse(a.start) >= minute(fromMinute - 3)
  );
}

const serious = (a: Anomaly) => a.severity === 'high' || a.severity === 'critical';

describe('logai analyze --json', () => {
  it('finds an error burst with stack traces and a single OOM kill, with windows, lines and a summary', async () => {
    const files = await scenario({
      name: 'burst-and-oom',
      hours: 2,
      services: ['api', 'billing', 'host'],
      incidents: [
        { kind: 'error_burst', service: 'billing', atMinute: 50, minutes: 6 },
        { kind: 'oom_kill', service: 'host', atMinute: 90, minutes: 1 },
      ],
    });
    const report = await analyze(files);
    expect(report.files.map((f) => f.format).sort()).toEqual(['json', 'syslog3164', 'text']);
    expect(report.stats.start).toMatch(/^2026-11-20T08:0/);

    const burst = report.anomalies.find((a) => a.type === 'error_spike');
    expect(within(burst, 50, 56)).toBe(true);
    expect(burst && serious(burst)).toBe(true);
    expect(burst?.evidence.samples[0]?.text).toMatch(/Charge failed/);

    const oom = report.anomalies.find((a) => a.type === 'rare_event');
    expect(oom?.severity).toBe('critical');
    const syslog = readFileSync(files.find((f) => f.endsWith('syslog')) ?? '', 'utf8').split('\n');
    const oomLine = syslog.findIndex((l) => l.includes('Out of memory')) + 1;
    expect(oom?.evidence.lines).toContainEqual({ file: 'syslog', line: oomLine });

    expect(report.summary.severity).toBe('critical');
    expect(report.summary.key_issues.map((k) => k.title).join('\n')).toMatch(
      /Charge failed[\s\S]*Out of memory/,
    );
    expect(report.summary.content).toContain('08:50');
    expect(report.summary.content).toContain('Out of memory');
    expect(report.anomalies.filter((a) => !within(a, 50, 57) && !within(a, 90, 91))).toEqual([]);
  });

  it('finds a retry storm and a source going silent while the others keep logging', async () => {
    const files = await scenario({
      name: 'storm-and-silence',
      hours: 2,
      services: ['api', 'worker'],
      load: 0.5,
      incidents: [
        { kind: 'retry_storm', service: 'worker', atMinute: 40, minutes: 5 },
        { kind: 'silence', service: 'worker', atMinute: 80, minutes: 10 },
      ],
    });
    const report = await analyze(files);
    const storm = report.anomalies.find((a) => a.type === 'pattern_spike');
    expect(within(storm, 40, 45)).toBe(true);
    expect(storm?.description).toMatch(/retrying connection to redis/);
    const silence = report.anomalies.find((a) => a.type === 'volume_drop');
    expect(within(silence, 80, 90)).toBe(true);
    expect(silence?.evidence.source).toBe('worker');
    expect(silence?.description).toMatch(/went silent/);
  });

  it('finds a latency shift while the messages look normal', async () => {
    const files = await scenario({
      name: 'latency',
      hours: 2,
      services: ['api', 'host'],
      load: 0.5,
      incidents: [{ kind: 'latency_shift', service: 'api', atMinute: 60, minutes: 15 }],
    });
    const report = await analyze(files);
    const slow = report.anomalies.find((a) => a.type === 'latency_degradation');
    expect(within(slow, 60, 75)).toBe(true);
    expect(slow?.evidence.observed.value).toBeGreaterThan(3 * (slow?.evidence.expected.baseline ?? Infinity));
    expect(report.anomalies.filter((a) => a.type !== 'latency_degradation')).toEqual([]);
  });

  it('finds the same incidents in the same files as a Kubernetes node keeps them (CRI-wrapped)', async () => {
    const files = await scenario({
      name: 'burst-in-containers',
      hours: 2,
      services: ['api', 'billing'],
      incidents: [{ kind: 'error_burst', service: 'billing', atMinute: 50, minutes: 6 }],
    });
    // "<time> stdout|stderr F <line>": the runtime's time is the line's own, or the last one seen.
    const wrapped = files.map((file) => {
      let time = new Date(SCENARIO_START).toISOString();
      const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
      const cri = lines.map((line) => {
        time = /\d{4}-\d\d-\d\dT[\d:.]+Z/.exec(line)?.[0] ?? time;
        return `${time} ${/error/i.test(line) ? 'stderr' : 'stdout'} F ${line}`;
      });
      const path = `${file}.cri.log`;
      writeFileSync(path, `${cri.join('\n')}\n`);
      return path;
    });
    const plain = await analyze(files);
    const inContainers = await analyze(wrapped);
    const shape = (r: AnalysisReport) => r.anomalies.map((a) => [a.type, a.severity, a.start, a.end]);
    expect(shape(inContainers)).toEqual(shape(plain));
    expect(inContainers.stats.levels).toEqual(plain.stats.levels);
    expect(inContainers.files.map((f) => f.format)).toEqual(plain.files.map((f) => f.format));
    expect(
      within(
        inContainers.anomalies.find((a) => a.type === 'error_spike'),
        50,
        56,
      ),
    ).toBe(true);
  });

  it('reports no high-severity anomaly on healthy files, and says so', async () => {
    const files = await scenario({
      name: 'healthy',
      hours: 3,
      services: ['api', 'worker', 'billing', 'host'],
      seed: 3,
      incidents: [],
    });
    const report = await analyze(files);
    expect(report.anomalies.filter(serious)).toEqual([]);
    expect(report.summary.title).toMatch(/No significant issues/);
    expect(report.summary.content).toMatch(/What looks healthy/);
  });
});

describe('logai analyze baselines', () => {
  it('writes the pattern ids of a run and reports only patterns new to that baseline', async () => {
    const files = await scenario({
      name: 'base',
      hours: 1,
      services: ['api', 'host'],
      seed: 5,
      incidents: [],
    });
    const baseline = join(dir, 'baseline.json');
    await analyze(files, '--emit-baseline', baseline);
    const saved = JSON.parse(readFileSync(baseline, 'utf8')) as { patternIds: string[] };
    expect(saved.patternIds.length).toBeGreaterThan(3);

    const again = await analyze(files, '--baseline', baseline);
    expect(again.anomalies.filter((a) => a.type === 'new_pattern')).toEqual([]);

    const extra = join(dir, 'extra.log');
    writeFileSync(
      extra,
      '2026-11-20 08:30:00,000 ERROR [main] com.example.Ledger - Ledger checksum mismatch for batch 42\n',
    );
    const withNew = await analyze([...files, extra], '--baseline', baseline);
    const fresh = withNew.anomalies.find((a) => a.type === 'new_pattern');
    expect(fresh?.description).toMatch(/never been seen in earlier uploads/);
    expect(withNew.patterns.find((p) => p.id === fresh?.patternId)?.isNew).toBe(true);
  });
});

describe('logai analyze (terminal and errors)', () => {
  it('draws a timeline and lists anomalies with their evidence', async () => {
    const files = await scenario({
      name: 'terminal',
      hours: 1,
      services: ['api', 'host'],
      incidents: [{ kind: 'oom_kill', service: 'host', atMinute: 30, minutes: 1 }],
    });
    const { code, out } = await run(...files);
    expect(code).toBe(0);
    expect(out).toMatch(/^CRITICAL/);
    expect(out).toMatch(/volume │[▁▂▃▄▅▆▇█ ]+│/);
    expect(out).toContain('rare_event');
    expect(out).toMatch(/syslog:\d+ {2}.*Out of memory/);
  });

  it('reads year-less syslog times in the year of the other files, not the current one', async () => {
    const syslog = join(dir, 'old-syslog');
    writeFileSync(syslog, 'Mar  6 15:13:13 web-1 sshd[2345]: Accepted publickey for deploy\n');
    const app = join(dir, 'old-app.jsonl');
    writeFileSync(app, '{"time":"2024-03-06T15:13:33Z","level":"info","msg":"request completed"}\n');
    const report = await analyze([syslog, app]);
    expect(report.stats.start).toBe('2024-03-06T15:13:13.000Z');
    expect(report.stats.end).toBe('2024-03-06T15:13:33.000Z');
  });

  it('reads a zone-less file in the local time that fits it beside a file that writes a zone, and says so', async () => {
    const access: string[] = [];
    const fpm: string[] = [];
    for (let m = 0; m < 60; m++) {
      const mm = String(m).padStart(2, '0');
      access.push(
        `10.0.0.1 - - [05/Jul/2024:12:${mm}:00 +0200] "GET /api/items HTTP/1.1" 200 512 "-" "curl/8"`,
      );
      fpm.push(`[05-Jul-2024 12:${mm}:30] NOTICE: [pool www] child ${1000 + m} started`);
    }
    const accessPath = join(dir, 'local-access.log');
    const fpmPath = join(dir, 'local-php-fpm.log');
    writeFileSync(accessPath, access.join('\n') + '\n');
    writeFileSync(fpmPath, fpm.join('\n') + '\n');
    const report = await analyze([accessPath, fpmPath]);
    const file = report.files.find((f) => f.name === 'local-php-fpm.log');
    expect(file?.start).toBe('2024-07-05T10:00:30.000Z');
    expect(file?.formatEvidence).toMatch(/read as local time UTC\+02:00/);
  });

  it('reads zone-less times in the zone given with --timezone, and refuses a zone it does not know', async () => {
    const fpmPath = join(dir, 'alone-php-fpm.log');
    writeFileSync(
      fpmPath,
      Array.from(
        { length: 30 },
        (_, m) => `[05-Jul-2024 12:${String(m).padStart(2, '0')}:30] NOTICE: child started`,
      ).join('\n') + '\n',
    );
    const report = await analyze([fpmPath], '--timezone', 'Europe/Berlin');
    expect(report.files[0]?.start).toBe('2024-07-05T10:00:30.000Z');
    expect(report.files[0]?.formatEvidence).toMatch(/read in Europe\/Berlin \(UTC\+02:00\)/);
    const refused = await run(fpmPath, '--timezone', 'Mars/Olympus');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/unknown --timezone "Mars\/Olympus"/);
  });

  it('reads standard input for "-" beside files, as one timeline, and names it "stdin"', async () => {
    const app = join(dir, 'beside-app.jsonl');
    writeFileSync(app, '{"time":"2024-03-06T15:13:33Z","level":"info","msg":"request completed"}\n');
    const syslog = 'Mar  6 15:13:13 web-1 sshd[2345]: Accepted publickey for deploy\n';
    const { code, out } = await runWithStdin(Readable.from([gzipSync(syslog)]), '-', app, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as AnalysisReport;
    expect(report.files.map((f) => f.name)).toEqual(['stdin', 'beside-app.jsonl']);
    // The year of the other file: standard input's head was read before the whole, as a file's is.
    expect(report.stats.start).toBe('2024-03-06T15:13:13.000Z');
    const twice = await runWithStdin(Readable.from([]), '-', '-');
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/standard input \("-"\) can be read only once/);
  });

  it("reads a bundle's members like files: a syslog member in the year of the others", async () => {
    const bundlePath = join(dir, 'incident.tar.gz');
    writeFileSync(
      bundlePath,
      gzipSync(
        makeTar({
          'var/log/syslog': 'Mar  6 15:13:13 web-1 sshd[2345]: Accepted publickey for deploy\n',
          'app/app.jsonl': '{"time":"2024-03-06T15:13:33Z","level":"info","msg":"request completed"}\n',
        }),
      ),
    );
    const report = await analyze([bundlePath]);
    expect(report.stats.start).toBe('2024-03-06T15:13:13.000Z');
  });

  it("says which of a bundle's files it did not read, and refuses a bundle of none it can read", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const bundle = join(dir, 'partly.tar');
    writeFileSync(
      bundle,
      makeTar({
        'app.jsonl': '{"time":"2024-03-06T15:13:33Z","level":"info","msg":"ok"}\n',
        'shot.png': png,
      }),
    );
    const read = await run(bundle);
    expect(read.code).toBe(0);
    expect(read.err).toBe(
      'logai: partly.tar: not read: shot.png: this looks like a PNG image, not a text log\n',
    );
    expect(read.out).toContain('not read: shot.png: this looks like a PNG image, not a text log');
    const none = join(dir, 'unreadable.tar');
    writeFileSync(none, makeTar({ 'shot.png': png, 'empty.log': '' }));
    const refused = await run(none);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /unreadable\.tar: none of its 2 files can be read \(shot\.png: .*; empty\.log is an empty file\)/,
    );
  });

  it('answers usage errors with exit code 2 and refused input with 1', async () => {
    expect((await run('--json')).code).toBe(2);
    expect((await run(join(dir, 'missing.log'))).code).toBe(2);
    const bad = join(dir, 'bad-baseline.json');
    writeFileSync(bad, '{"nope": true}');
    const files = await scenario({ name: 'tiny', hours: 0.2, services: ['api'], incidents: [] });
    const withBad = await run(...files, '--baseline', bad);
    expect(withBad.code).toBe(2);
    expect(withBad.err).toMatch(/has no pattern ids/);
    const png = join(dir, 'image.png');
    writeFileSync(
      png,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    );
    const refused = await run(png);
    expect(refused.code).toBe(1);
  });
});
