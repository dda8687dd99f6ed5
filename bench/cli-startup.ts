// How long `logai` takes to start and finish on small inputs, run from its bundle and from the
// TypeScript sources (LOGAI_CLI_FROM_SOURCE=1). Prints p50 and p99 wall time of whole runs.
// Usage: npm run bench:cli-startup [-- --runs N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from './e2e-load';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(2, Number(args[runsAt + 1] ?? 20)) : 20;
const bin = join(import.meta.dirname, '../apps/cli/bin/logai.js');

// A 2,000-line log4j-style file and a 150,000-line one: startup is most of the first, a share of the second.
const dir = mkdtempSync(join(tmpdir(), 'logai-startup-'));
function logFile(lines: number): string {
  const path = join(dir, `app-${lines}.log`);
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const s = String(i % 60).padStart(2, '0');
    out.push(
      i % 7 === 0
        ? `2026-11-25 10:${s}:${s},${String(i % 1000).padStart(3, '0')} WARN [pool-${i % 4}] app.Db - slow query took ${i % 900} ms`
        : `2026-11-25 10:${s}:${s},${String(i % 1000).padStart(3, '0')} INFO [main] app.Worker - job ${i} done for user u${i % 97}`,
    );
  }
  writeFileSync(path, out.join('\n') + '\n');
  return path;
}

/** Milliseconds from spawning `logai` to its exit. */
function runOnce(argv: string[], fromSource: boolean, dist?: string): number {
  const env = {
    LOGAI_CLI_FROM_SOURCE: fromSource ? '1' : '0',
    ...(dist === undefined ? {} : { LOGAI_CLI_DIST: dist }),
  };
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [bin, ...argv], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`logai ${argv.join(' ')} failed: ${child.stderr.toString()}`);
  return ms;
}

const cases: [string, string[]][] = [
  ['--help', ['--help']],
  ['templates 2k lines', ['templates', logFile(2_000), '--jsonl']],
  ['templates 150k lines', ['templates', logFile(150_000), '--jsonl']],
];

try {
  // A first run builds the bundle (into a folder of its own here, so that each run builds one).
  const builds: number[] = [];
  for (let i = 0; i < Math.min(runs, 5); i++) builds.push(runOnce(['--help'], false, join(dir, `dist-${i}`)));
  builds.sort((a, b) => a - b);
  console.log(
    `first run (builds the bundle): p50 ${percentile(builds, 50).toFixed(0)} ms over ${builds.length}`,
  );
  // And the bundle the runs below use, if the sources changed since the last one (not measured).
  runOnce(['--help'], false);
  console.log(`${'command'.padEnd(24)} ${'from'.padEnd(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`);
  for (const [label, argv] of cases) {
    for (const fromSource of [false, true]) {
      const times: number[] = [];
      // In turns with a warm-up run, so both ways see the same disk cache.
      runOnce(argv, fromSource);
      for (let i = 0; i < runs; i++) times.push(runOnce(argv, fromSource));
      times.sort((a, b) => a - b);
      console.log(
        `${label.padEnd(24)} ${(fromSource ? 'source' : 'bundle').padEnd(8)} ${percentile(times, 50)
          .toFixed(0)
          .padStart(8)} ${percentile(times, 99).toFixed(0).padStart(8)}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
