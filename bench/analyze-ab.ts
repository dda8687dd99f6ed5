// `analyze`'s overhead over `templates` for two versions of the engine in one process, interleaved
// input by input: on a host whose speed drifts by tens of percent within minutes, two versions timed
// one after the other cannot be compared; timed in turns, each round sees the same host.
// Usage: npx tsx bench/analyze-ab.ts --base DIR [--rounds N] [FILE|DIR,FILE,...]
//   DIR: another checkout (a git worktree of the commit to compare against, with node_modules linked).
//   Inputs as bench/analyze-overhead.ts: by default the suite's seven files and the busy-day scenario.
// Prints, per version, the overhead from the median and from the best timing per input, and per round.
import { createReadStream } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as current from '../packages/engine/src/index';
import { overheadInputs } from './overhead-inputs';

type Engine = typeof current;

/** CPU milliseconds of one run; batches mined whole where the version can (see TemplateMiner.mineBatch). */
async function run(engine: Engine, paths: string[], analyze: boolean): Promise<number> {
  const start = process.cpuUsage();
  const miner = new engine.TemplateMiner();
  const analyzer = analyze ? new engine.Analyzer() : null;
  const files: current.FileStats[] = [];
  const batched = typeof miner.mineBatch === 'function';
  for (const path of paths) {
    const batches = engine.readEventBatches(createReadStream(path, { highWaterMark: 1 << 20 }), {
      name: basename(path),
      onFileDone: (s) => files.push(s),
    });
    for await (const batch of batches) {
      if (batched) {
        const mined = miner.mineBatch(batch);
        analyzer?.addBatch(mined);
      } else if (analyzer) for (const event of batch) analyzer.add(miner.mine(event));
      else for (const event of batch) miner.mine(event);
    }
  }
  // The pattern list in both modes, as `logai templates` prints it (see enginePass).
  const patterns = miner.patterns();
  analyzer?.finish({ patterns, files, templateOf: (id) => miner.templateOf(id) });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const baseDir = option('--base');
if (baseDir === undefined) throw new Error('usage: bench/analyze-ab.ts --base DIR [--rounds N] [INPUT...]');
const rounds = Math.max(1, Number(option('--rounds') ?? 7));
const given = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
let sets: string[][];
if (given.length > 0) sets = given.map((a) => a.split(','));
else sets = await overheadInputs();
const base = (await import(pathToFileURL(resolve(baseDir, 'packages/engine/src/index.ts')).href)) as Engine;
const versions: [string, Engine][] = [
  [`base (${baseDir})`, base],
  ['this checkout', current],
];
// times[version][input][0: templates, 1: analyze][round]
const times = versions.map(() => sets.map(() => [[], []] as number[][]));
for (let r = 0; r < rounds; r++)
  for (const [k, paths] of sets.entries())
    for (const [v, [, engine]] of versions.entries())
      for (const analyze of [false, true]) times[v]?.[k]?.[+analyze]?.push(await run(engine, paths, analyze));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
const pct = (a: number, t: number): string => `${(((a - t) / t) * 100).toFixed(1)}%`;
for (const [v, [name]] of versions.entries()) {
  const of = (k: number, a: number): number[] => times[v]?.[k]?.[a] ?? [];
  const sum = (f: (k: number) => number): number => sets.reduce((n, _, k) => n + f(k), 0);
  const perRound = Array.from({ length: rounds }, (_, r) =>
    pct(
      sum((k) => of(k, 1)[r] ?? 0),
      sum((k) => of(k, 0)[r] ?? 0),
    ),
  );
  console.log(
    `${name}: median ${pct(
      sum((k) => median(of(k, 1))),
      sum((k) => median(of(k, 0))),
    )}, best ${pct(
      sum((k) => Math.min(...of(k, 1))),
      sum((k) => Math.min(...of(k, 0))),
    )}; rounds ${perRound.join(' ')}`,
  );
}
