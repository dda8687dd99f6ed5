// What `analyze` adds on top of `templates`: the same input is read and mined, once alone and once
// feeding the Analyzer (aggregates, detectors, summary); both build the pattern list at the end, as
// `logai templates` prints it (bench/engine-pass.ts). Prints both times (CPU time, best of 5, interleaved),
// the overhead, and the peak heap of the analysis on 1× and 6× the input to show memory stays bounded.
// Usage: npx tsx bench/analyze-overhead.ts [FILE...] [--memory] [--runs N] [--cli]
// --cli times the commands themselves instead, `logai templates FILE` against `logai analyze FILE` (wall
// time of the whole process, best of --runs, interleaved): what a user running them sees.
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { Analyzer, readEventBatches, TemplateMiner, type FileStats } from '../packages/engine/src/index';
import { enginePass } from './engine-pass';
import { generateSuite, line, rng, type BenchFormat } from './generate-lines';
import { overheadInputs } from './overhead-inputs';

/** CPU milliseconds (user + system) of one run: less disturbed than wall time on a shared machine. */
async function run(paths: string[], analyze: boolean): Promise<number> {
  const start = process.cpuUsage();
  await enginePass(paths, analyze);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function* syntheticStream(format: BenchFormat, lines: number): AsyncGenerator<Uint8Array> {
  const r = rng(5);
  const encoder = new TextEncoder();
  let t = Date.UTC(2026, 10, 20, 0, 0, 0);
  for (let done = 0; done < lines; done += 2000) {
    const chunk: string[] = [];
    for (let i = 0; i < 2000; i++) chunk.push(line(format, r, (t += Math.floor(r() * 40))));
    yield encoder.encode(chunk.join('\n') + '\n');
  }
}

async function peakHeap(lines: number, analyze: boolean): Promise<number> {
  const miner = new TemplateMiner();
  const analyzer = analyze ? new Analyzer() : null;
  let peak = 0;
  let n = 0;
  const files: FileStats[] = [];
  for await (const batch of readEventBatches(syntheticStream('json', lines), {
    name: 'stream.jsonl',
    onFileDone: (s) => files.push(s),
  })) {
    const mined = miner.mineBatch(batch);
    analyzer?.addBatch(mined);
    if (++n % 50 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  analyzer?.finish({ patterns: miner.patterns(), files, templateOf: (id) => miner.templateOf(id) });
  return Math.max(peak, process.memoryUsage().heapUsed) / 1024 / 1024;
}

/** Wall milliseconds of one `logai COMMAND FILE` process, its output discarded. */
function cliMs(command: 'templates' | 'analyze', file: string): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [join(import.meta.dirname, '..', 'apps', 'cli', 'bin', 'logai.js'), command, file],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`logai ${command} ${file} exited with ${run.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function compareCommands(files: string[], runs: number): Promise<void> {
  console.log(
    `${'file'.padEnd(28)} ${'templates ms'.padStart(12)} ${'analyze ms'.padStart(11)} ${'overhead'.padStart(9)}`,
  );
  let templatesTotal = 0;
  let analyzeTotal = 0;
  for (const file of files) {
    let templates = Infinity;
    let analyze = Infinity;
    for (let r = 0; r < runs; r++) {
      templates = Math.min(templates, cliMs('templates', file));
      analyze = Math.min(analyze, cliMs('analyze', file));
    }
    templatesTotal += templates;
    analyzeTotal += analyze;
    console.log(
      `${basename(file).padEnd(28)} ${templates.toFixed(0).padStart(12)} ${analyze.toFixed(0).padStart(11)} ${`${(((analyze - templates) / templates) * 100).toFixed(1)}%`.padStart(9)}`,
    );
  }
  const total = ((analyzeTotal - templatesTotal) / templatesTotal) * 100;
  console.log(`TOTAL overhead of logai analyze over logai templates (whole processes): ${total.toFixed(1)}%`);
}

const argv = process.argv.slice(2);
const given = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--runs');
const memoryOnly = process.argv.includes('--memory');
const cliOnly = process.argv.includes('--cli');
let sets: string[][];
if (memoryOnly || cliOnly) sets = [];
else if (given.length > 0) sets = given.map((p) => [p]);
else sets = await overheadInputs();
// --runs N repeats the whole comparison N times and prints the median: one run varies by about ±1.5
// points (the JIT compiles differently from process to process and run to run).
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Number(process.argv[runsAt + 1] ?? 1)) : 1;
const totals: number[] = [];
// Per input, the best time over every run: interference only ever slows a run down, so on a noisy
// host the best of many is the steadiest estimate.
const bestTemplates = sets.map(() => Infinity);
const bestAnalyze = sets.map(() => Infinity);
for (let r = 1; r <= runs && sets.length > 0; r++) {
  let templatesTotal = 0;
  let analyzeTotal = 0;
  if (r === 1)
    console.log(
      `${'input'.padEnd(28)} ${'templates ms'.padStart(12)} ${'analyze ms'.padStart(11)} ${'overhead'.padStart(9)}`,
    );
  for (const [at, paths] of sets.entries()) {
    let templates = Infinity;
    let analyze = Infinity;
    for (let i = 0; i < 5; i++) {
      templates = Math.min(templates, await run(paths, false));
      analyze = Math.min(analyze, await run(paths, true));
    }
    bestTemplates[at] = Math.min(bestTemplates[at] ?? Infinity, templates);
    bestAnalyze[at] = Math.min(bestAnalyze[at] ?? Infinity, analyze);
    templatesTotal += templates;
    analyzeTotal += analyze;
    const name =
      paths.length > 1 ? `${basename(paths[0] ?? '')} +${paths.length - 1} files` : basename(paths[0] ?? '');
    if (r === 1)
      console.log(
        `${name.padEnd(28)} ${templates.toFixed(0).padStart(12)} ${analyze.toFixed(0).padStart(11)} ${`${(((analyze - templates) / templates) * 100).toFixed(1)}%`.padStart(9)}`,
      );
  }
  const total = ((analyzeTotal - templatesTotal) / templatesTotal) * 100;
  totals.push(total);
  console.log(`${runs > 1 ? `RUN ${r} ` : ''}TOTAL overhead of analyze over templates: ${total.toFixed(1)}%`);
}
if (runs > 1 && sets.length > 0) {
  const sorted = [...totals].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `MEDIAN of ${runs} runs: ${median.toFixed(1)}% (range ${(sorted[0] ?? 0).toFixed(1)}–${(sorted[sorted.length - 1] ?? 0).toFixed(1)}%)`,
  );
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const best = ((sum(bestAnalyze) - sum(bestTemplates)) / sum(bestTemplates)) * 100;
  console.log(`BEST of ${runs * 5} timings per input: ${best.toFixed(1)}%`);
}
if (cliOnly) {
  const files = given.length > 0 ? given : await generateSuite(join(import.meta.dirname, 'out'), 1_050_000);
  await compareCommands(files, runs);
} else if (given.length === 0 || memoryOnly) {
  for (const analyze of [false, true]) {
    const small = await peakHeap(300_000, analyze);
    const large = await peakHeap(1_800_000, analyze);
    const what = analyze ? 'analyze  ' : 'templates';
    console.log(
      `peak heap, ${what} on a JSON stream: 300k lines ${small.toFixed(0)} MB, 1.8M lines ${large.toFixed(0)} MB`,
    );
  }
}
