// What the young-generation collector copies per pass of the engine: objects that outlive a scavenge
// are copied (to the other semi-space, then to the old generation), and `analyze`'s share of that
// work does not show in instruction counts of a few passes (bench/instructions.ts) as plainly as it
// costs in time. Runs bench/instructions-driver.ts under `--trace-gc-nvp` over 1 and 1 + RUNS passes
// (the difference is RUNS warm passes) and prints, per warm pass: scavenges, their pause, and the
// bytes they copied (new_space_survived + promoted).
// Usage: npx tsx bench/gc-copied.ts [--runs N] [--mode templates|analyze|both] FILE...
// Pin it to one core (`taskset -c 0`): the pauses are times; the bytes vary by a few percent a run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

interface Scavenges {
  count: number;
  pauseMs: number;
  copiedBytes: number;
}

function scavenges(mode: string, passes: number, files: string[]): Scavenges {
  const run = spawnSync(
    process.execPath,
    [
      '--max-semi-space-size=32',
      '--trace-gc-nvp',
      '--import',
      'tsx',
      join(import.meta.dirname, 'instructions-driver.ts'),
      mode,
      String(passes),
      ...files,
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`the driver exited with ${run.status}: ${run.stderr}`);
  const out: Scavenges = { count: 0, pauseMs: 0, copiedBytes: 0 };
  for (const line of run.stdout.split('\n')) {
    if (!line.includes(' gc=s ')) continue;
    const field = (name: string): number => Number(new RegExp(`\\b${name}=([\\d.]+)`).exec(line)?.[1] ?? 0);
    out.count++;
    out.pauseMs += field('pause');
    out.copiedBytes += field('new_space_survived') + field('promoted');
  }
  return out;
}

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const runs = Math.max(1, Number(option('--runs') ?? 6));
const modeArg = option('--mode') ?? 'both';
const files = argv.filter((a, i) => !a.startsWith('--') && !['--runs', '--mode'].includes(argv[i - 1] ?? ''));
if (files.length === 0)
  throw new Error('usage: gc-copied.ts [--runs N] [--mode templates|analyze|both] FILE...');
const modes = modeArg === 'both' ? ['templates', 'analyze'] : [modeArg];
for (const mode of modes) {
  const cold = scavenges(mode, 1, files);
  const all = scavenges(mode, 1 + runs, files);
  const per = (x: number, y: number): number => (x - y) / runs;
  console.log(
    `${mode.padEnd(9)} per warm pass: ${per(all.count, cold.count).toFixed(1)} scavenges, ` +
      `${per(all.pauseMs, cold.pauseMs).toFixed(1)} ms paused, ` +
      `${(per(all.copiedBytes, cold.copiedBytes) / 1e6).toFixed(2)} MB copied`,
  );
}
