// Throughput of the engine from raw bytes to patterns: decode, frame, detect format, extract fields,
// mine templates. Prints lines/s, MB/s and peak RSS.
// Usage: npm run bench:templates [-- FILE...|--bundle] [--passes N] [--events]
// As `logai templates FILE` mines (the patterns and their statistics); --events also makes a mined
// event for each line, as `--jsonl` and `logai analyze` need.
// Each file is read into memory first (not timed), so the figure is the engine's, not the disk's;
// files over 256 MiB are streamed from disk instead (their figure includes reading them).
// --bundle: an incident bundle of 1,400 files of 200 lines instead of the suite (a tar, generated once
// into bench/out): what each file costs beside its lines (format detection, the reader's set-up).
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readEventBatches, TemplateMiner } from '@logai/engine';
import { generateBundle, generateSuite } from './generate-lines';

const TOTAL_LINES = 1_050_000;

/** The generated suite, reused when it is already there (generation is not what is measured). */
async function suite(): Promise<string[]> {
  const names = await readdir('bench/out').catch(() => [] as string[]);
  const per = Math.ceil(TOTAL_LINES / 7);
  const ready = names.filter((n) => n.endsWith(`-${per}.log`));
  if (ready.length === 7) return ready.sort().map((n) => `bench/out/${n}`);
  return generateSuite('bench/out', TOTAL_LINES);
}

/** The bundle of small files, made once. */
async function bundle(): Promise<string> {
  const path = 'bench/out/bundle-1400.tar';
  if (!(await stat(path).catch(() => null))) await generateBundle(path, 1400);
  return path;
}

// --passes N reads the suite N times in one process: the first pass includes the JIT compiling the
// engine (on a single core it competes with the work), later passes show the steady rate.
const args = process.argv.slice(2);
const passesAt = args.indexOf('--passes');
const passes = passesAt >= 0 ? Math.max(1, Number(args[passesAt + 1] ?? 1)) : 1;
const events = args.includes('--events');
const files = args.filter(
  (a, i) => a !== '--bundle' && a !== '--events' && (passesAt < 0 || (i !== passesAt && i !== passesAt + 1)),
);
const paths = files.length > 0 ? files : args.includes('--bundle') ? [await bundle()] : await suite();

/**
 * A file read into memory: into one buffer, reused for every file and pass, each page of it touched
 * once. On this VM the first read of a freshly allocated buffer page-faults at ~1.4 ms a MB (~5% of a
 * pass), and a new buffer per file (14–24 MB of external memory) made V8 start a full collection of
 * its heap at every file, inside the timed run (7 a pass, ~5% of it, against 1 a pass with one
 * buffer): both the loading's cost, not the engine's. (Files over 256 MiB are streamed as a user's
 * would be: what their chunks cost is counted.)
 */
let buffer = new Uint8Array(0);
let touched = 0;
async function inMemory(path: string, size: number): Promise<Uint8Array> {
  if (buffer.length < size) {
    buffer = new Uint8Array(size);
    for (let at = 0; at < size; at += 4096) touched += buffer[at] ?? 0;
  }
  const file = await open(path, 'r');
  try {
    let at = 0;
    while (at < size) {
      const { bytesRead } = await file.read(buffer, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return buffer.subarray(0, at);
  } finally {
    await file.close();
  }
}

/** The bytes of a file in memory, as the 1 MiB chunks a file stream would give. */
async function* chunksOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += 1 << 20) yield bytes.subarray(at, at + (1 << 20));
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function runPass(pass: number): Promise<void> {
  let totalLines = 0;
  let totalBytes = 0;
  let totalMs = 0;
  let totalCpuMs = 0;
  const verbose = pass === 1;
  if (verbose) {
    console.log(
      `${'file'.padEnd(24)} ${'lines'.padStart(10)} ${'MB'.padStart(8)} ${'lines/s'.padStart(11)} ${'MB/s'.padStart(7)} ${'patterns'.padStart(8)}  format`,
    );
  }
  for (const path of paths) {
    const bytes = (await stat(path)).size;
    const source =
      bytes <= 256 * 1024 * 1024
        ? chunksOf(await inMemory(path, bytes))
        : createReadStream(path, { highWaterMark: 1 << 20 });
    // As `logai templates` mines for its table of patterns (apps/cli/src/lib/mine-file.ts): the
    // patterns alone, no mined event for each line; with --events, a mined event for each line, as
    // for its --jsonl (without writing them).
    const miner = new TemplateMiner({ params: false });
    let lines = 0;
    let format = '';
    const start = process.hrtime.bigint();
    const cpu0 = cpuMs();
    const batches = readEventBatches(source, {
      name: basename(path),
      onFileDone: (s) => {
        lines += s.lines;
        format = s.format;
      },
    });
    if (events) for await (const batch of batches) miner.mineBatch(batch);
    else for await (const batch of batches) miner.addBatch(batch);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    totalCpuMs += cpuMs() - cpu0;
    const patterns = miner.patterns().length;
    totalLines += lines;
    totalBytes += bytes;
    totalMs += ms;
    const mb = bytes / 1024 / 1024;
    if (verbose) {
      console.log(
        `${basename(path).padEnd(24)} ${String(lines).padStart(10)} ${mb.toFixed(1).padStart(8)} ${Math.round(
          lines / (ms / 1000),
        )
          .toLocaleString('en')
          .padStart(
            11,
          )} ${(mb / (ms / 1000)).toFixed(1).padStart(7)} ${String(patterns).padStart(8)}  ${format}`,
      );
    }
  }
  const mb = totalBytes / 1024 / 1024;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  // CPU time is printed too: on a shared machine, wall time includes time spent waiting for a core.
  const label = passes > 1 ? `PASS ${pass}` : 'TOTAL';
  console.log(
    `${label} ${totalLines} lines, ${mb.toFixed(1)} MB in ${(totalMs / 1000).toFixed(2)} s: ${Math.round(totalLines / (totalMs / 1000)).toLocaleString('en')} lines/s, ${(mb / (totalMs / 1000)).toFixed(1)} MB/s, peak RSS ${rssMb.toFixed(0)} MB; CPU ${(totalCpuMs / 1000).toFixed(2)} s: ${Math.round(totalLines / (totalCpuMs / 1000)).toLocaleString('en')} lines per CPU-second`,
  );
}

for (let pass = 1; pass <= passes; pass++) await runPass(pass);
if (touched < 0) console.log(touched);
