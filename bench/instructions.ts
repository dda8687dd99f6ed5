// Instructions, not seconds: what one warm run of the engine executes, per line and per function,
// counted by valgrind (callgrind). On this host timings drift by tens of percent within minutes; the
// count of instructions varies by about 2% between invocations (the collector and the compiler land at
// other points) and a function's own count by far less, so two versions, or `templates` and `analyze`,
// can be compared where timings cannot. Instructions say nothing of cache misses and stalls (`--cache`
// models the misses, below): a change that counts fewer is still to be timed (bench/analyze-ab.ts).
// The totals of two invocations can differ by far more than 2% when a full collection or a compile
// lands inside the measured passes in one and not the other: compare functions' rows.
//
// Each measurement runs bench/instructions-driver.ts twice under valgrind, over RUNS and 2 × RUNS
// passes of the input: the difference is RUNS warm passes, without startup and most of the compiling.
// V8's perf map (--perf-basic-prof) names the compiled JavaScript (`JS:*add`: optimised, `^`: baseline,
// `~`: interpreted) and its builtins; the rest is named by the node binary's symbols (`N:`). V8 runs
// single-threaded and predictable (--single-threaded --predictable): its compiler and collector work
// on the main thread, counted, at points that depend less on the clock (without them, two invocations
// differed by 20%).
//
// Usage: npx tsx bench/instructions.ts [--mode templates|analyze|overhead] [--runs N] [--top K] [--cache|--branches] [--calls] [FILE...]
//   --mode overhead (the default): both, and what `analyze` adds, function by function.
//   --cache: estimated cycles instead of instructions. Callgrind also simulates the caches (two levels:
//   a first level as this machine's, and a last level of 1 MB, the size of a core's own second level,
//   whose misses go to the shared third level or to memory); each function's cost is then its
//   instructions + 10 × its first-level misses + 50 × its last-level misses (instruction fetches,
//   reads and writes alike). A model, not the machine: it sees what a change does to misses, which
//   instructions alone do not, and is as repeatable as they are. About twice as slow.
//   --branches: mispredicted branches instead of instructions (callgrind's --branch-sim: a simple
//   per-address predictor, far worse than a real core's for branches that repeat in patterns, so its
//   counts are an upper bound; this VM has no hardware counters). Where a loop's exit depends on the
//   data (a token's end), no predictor does better.
//   --calls: also the calls per line from compiled JavaScript, by caller and callee (`JS:*readParams
//   masked-key.ts -> Builtins_ArrayPrototypePush`): builtins TurboFan did not inline, runtime calls.
//   Default input: the first 30,000 lines of the suite's JSON file (a 150,000-line file takes minutes a pass).
// Needs valgrind (Debian's package). About two minutes for the default input on two cores.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { generateSuite } from './generate-lines';

type Mode = 'templates' | 'analyze';
type Costs = Map<string, number>;
/** Self costs per function, and calls per caller and callee (`caller -> callee`). */
interface Profile {
  costs: Costs;
  calls: Costs;
}

interface CodeRange {
  start: number;
  end: number;
  name: string;
}

/** V8's perf map: `start size name` in hex, one compiled function or builtin a line. */
async function readPerfMap(path: string): Promise<CodeRange[]> {
  const symbols: CodeRange[] = [];
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    const first = line.indexOf(' ');
    const second = line.indexOf(' ', first + 1);
    if (first < 0 || second < 0) continue;
    const start = parseInt(line.slice(0, first), 16);
    const size = parseInt(line.slice(first + 1, second), 16);
    // `JS:*add file:///…/analyzer.ts:311:3`: the function and its file's name are enough.
    const name = line.slice(second + 1).replace(/ (?:file:\/\/)?\S*\/([^/\s]+?)(?::\d+)+$/, ' $1');
    symbols.push({ start, end: start + size, name });
  }
  return symbols.sort((a, b) => a.start - b.start);
}

function symbolAt(symbols: readonly CodeRange[], address: number): string | null {
  let lo = 0;
  let hi = symbols.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((symbols[mid]?.start ?? 0) <= address) lo = mid + 1;
    else hi = mid;
  }
  const s = symbols[lo - 1];
  return s !== undefined && address < s.end ? s.name : null;
}

/**
 * Self instructions per function of a callgrind profile written with --dump-instr=yes: each cost
 * line starts with an instruction address (absolute, or relative to the previous one), then a line
 * number and the count. Addresses in V8's code are named by the perf map; others by callgrind's
 * function. The cost line after a `calls=` line is the call's inclusive cost, not the caller's own.
 */
async function selfCosts(profile: string, symbols: readonly CodeRange[]): Promise<Profile> {
  const costs: Costs = new Map();
  const calls: Costs = new Map();
  const names = new Map<string, string>();
  let fn = '?';
  let callee = '?';
  let address = 0;
  let inclusive = false;
  let called = 0;
  const named = (line: string, prefix: number): string => {
    const close = line.indexOf(')');
    const id = line.slice(prefix + 1, close);
    const name = line.slice(close + 1).trim();
    if (name !== '') names.set(id, name);
    return names.get(id) ?? '?';
  };
  for await (const line of createInterface({ input: createReadStream(profile) })) {
    if (line.startsWith('fn=')) fn = named(line, 3);
    else if (line.startsWith('cfn=')) callee = named(line, 4);
    else if (line.startsWith('calls=')) {
      inclusive = true;
      called = Number(line.slice(6, line.indexOf(' ')));
    } else {
      const c = line.charCodeAt(0);
      // 0x… absolute, +n / -n relative, * the same address.
      if (c !== 48 && c !== 43 && c !== 45 && c !== 42) continue;
      const parts = line.split(' ');
      const at = parts[0] ?? '';
      if (at.startsWith('0x')) address = parseInt(at, 16);
      else if (at !== '*') address += Number(at);
      if (inclusive) {
        // The call's site: its caller by the address, the callee by callgrind's name (an address in
        // V8's code is named by the perf map).
        inclusive = false;
        const target = callee.startsWith('0x') ? symbolAt(symbols, parseInt(callee, 16)) : null;
        const key = `${symbolAt(symbols, address) ?? `N:${fn}`} -> ${target ?? callee}`;
        calls.set(key, (calls.get(key) ?? 0) + called);
        continue;
      }
      const count = cost(parts);
      if (!(count > 0)) continue;
      const name = symbolAt(symbols, address) ?? `N:${fn}`;
      costs.set(name, (costs.get(name) ?? 0) + count);
    }
  }
  return { costs, calls };
}

/**
 * A cost line's cost: its instructions, or with `--cache` its estimated cycles. Its counts follow the
 * address and the line number, in the order of the profile's `events:` line (with --cache-sim: Ir Dr
 * Dw I1mr D1mr D1mw ILmr DLmr DLmw); trailing zeros are left out.
 */
function cost(parts: readonly string[]): number {
  const at = (i: number): number => Number(parts[2 + i] ?? 0);
  // With --branch-sim: Ir Bc Bcm Bi Bim.
  if (branches) return at(2) + at(4);
  if (!cache) return at(0);
  return at(0) + 10 * (at(3) + at(4) + at(5)) + 50 * (at(6) + at(7) + at(8));
}

/** Runs the driver `passes` times over `files` under callgrind; its self costs per function and its calls. */
async function profile(mode: Mode, passes: number, files: readonly string[], dir: string): Promise<Profile> {
  const out = join(dir, `${mode}-${passes}.callgrind`);
  const driver = join(import.meta.dirname, 'instructions-driver.ts');
  const child = spawn(
    'valgrind',
    [
      '--tool=callgrind',
      ...(cache ? ['--cache-sim=yes', '--LL=1048576,8,64'] : []),
      ...(branches ? ['--branch-sim=yes'] : []),
      '--dump-instr=yes',
      `--callgrind-out-file=${out}`,
      process.execPath,
      '--single-threaded',
      '--predictable',
      '--perf-basic-prof',
      // (The perf map goes to /tmp; V8's log of the same events, to the run's own directory.)
      '--no-logfile-per-isolate',
      `--logfile=${join(dir, `${mode}-${passes}.v8.log`)}`,
      '--max-semi-space-size=32',
      '--import',
      'tsx',
      driver,
      mode,
      String(passes),
      ...files,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`valgrind ${mode} × ${passes} exited with ${code}:\n${stderr}`);
  // Under valgrind the process keeps its pid: V8 names its map after it.
  const map = `/tmp/perf-${child.pid}.map`;
  const costs = await selfCosts(out, await readPerfMap(map));
  await rm(map, { force: true });
  await rm(out, { force: true });
  return costs;
}

/** Per function, what `passes` more passes cost: `twice` (2 × passes) minus `once` (passes), per pass. */
function perPass(once: Costs, twice: Costs, passes: number): Costs {
  const out: Costs = new Map();
  for (const name of new Set([...once.keys(), ...twice.keys()]))
    out.set(name, ((twice.get(name) ?? 0) - (once.get(name) ?? 0)) / passes);
  return out;
}

const total = (costs: Costs): number => [...costs.values()].reduce((a, b) => a + b, 0);

async function countLines(files: readonly string[]): Promise<number> {
  let n = 0;
  for (const file of files) {
    const lines = createInterface({ input: createReadStream(file) });
    lines.on('line', () => n++);
    await new Promise((resolve) => lines.on('close', resolve));
  }
  return n;
}

async function defaultInput(): Promise<string> {
  const suite = await generateSuite(join(import.meta.dirname, 'out'), 1_050_000);
  const json = suite.find((p) => p.includes('json'));
  if (json === undefined) throw new Error('the benchmark suite has no JSON file');
  const out = join(import.meta.dirname, 'out', 'instructions-json-30000.log');
  if (existsSync(out)) return out;
  const write = createWriteStream(out);
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(json) })) {
    if (n++ >= 30_000) break;
    write.write(line + '\n');
  }
  await new Promise<void>((resolve, reject) =>
    write.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
  return out;
}

/** The `k` largest entries per line; `digits` after the point (calls per line are fractions). */
function top(costs: Costs, k: number, lines: number, digits = 0): void {
  const sorted = [...costs.entries()].sort((a, b) => b[1] - a[1]).slice(0, k);
  for (const [name, cost] of sorted)
    console.log(`${(cost / lines).toFixed(digits).padStart(8)}  ${name.slice(0, digits > 0 ? 140 : 110)}`);
}

/**
 * `--calls`: calls per line from compiled JavaScript (`JS:*`), most first. A builtin called where
 * TurboFan could have inlined it shows here (Array.prototype.push, a megamorphic load), and a runtime
 * call where a builtin was expected (Number of a fresh string).
 */
function topCalls(calls: Costs, k: number, lines: number): void {
  top(new Map([...calls].filter(([key]) => key.startsWith('JS:*'))), k, lines, 2);
}

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const modeArg = option('--mode') ?? 'overhead';
if (!['templates', 'analyze', 'overhead'].includes(modeArg))
  throw new Error('--mode is templates, analyze or overhead');
const passes = Math.max(1, Number(option('--runs') ?? 2));
const k = Math.max(1, Number(option('--top') ?? 25));
const cache = argv.includes('--cache');
const branches = argv.includes('--branches');
if (cache && branches)
  throw new Error('--cache and --branches are one at a time (their counts share the profile)');
const showCalls = argv.includes('--calls');
const valued = new Set(['--mode', '--runs', '--top']);
const given = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1] ?? ''));
const unit = branches ? 'mispredicted branches' : cache ? 'estimated cycles' : 'instructions';
const files = given.length > 0 ? given : [await defaultInput()];
const lines = await countLines(files);
const dir = await mkdtemp(join(tmpdir(), 'logai-instructions-'));
const modes: Mode[] =
  modeArg === 'templates' ? ['templates'] : modeArg === 'analyze' ? ['analyze'] : ['templates', 'analyze'];
const steady = new Map<Mode, Costs>();
try {
  for (const mode of modes) {
    // The two profiles of a mode at once: two cores.
    const [once, twice] = await Promise.all([
      profile(mode, passes, files, dir),
      profile(mode, 2 * passes, files, dir),
    ]);
    const costs = perPass(once.costs, twice.costs, passes);
    steady.set(mode, costs);
    console.log(
      `${mode}: ${(total(costs) / lines).toFixed(branches ? 2 : 0)} ${unit} per line (a warm pass over ${lines} lines: ${(total(costs) / 1e6).toFixed(0)} M)`,
    );
    console.log(`  per line, the ${k} costliest functions:`);
    top(costs, k, lines, branches ? 2 : 0);
    if (showCalls) {
      console.log(`  calls per line from compiled JavaScript, the ${k} most frequent:`);
      topCalls(perPass(once.calls, twice.calls, passes), k, lines);
    }
  }
  const t = steady.get('templates');
  const a = steady.get('analyze');
  if (t && a) {
    const added: Costs = new Map();
    for (const name of new Set([...t.keys(), ...a.keys()]))
      added.set(name, (a.get(name) ?? 0) - (t.get(name) ?? 0));
    console.log(
      `analyze adds ${(((total(a) - total(t)) / total(t)) * 100).toFixed(1)}% to templates' ${unit} (${((total(a) - total(t)) / lines).toFixed(0)} per line); per line, where:`,
    );
    top(added, k, lines);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
