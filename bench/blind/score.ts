// Blind anomaly benchmark: incident bundles from an independent generator (bench/blind/gen.py,
// Python standard library, written without sight of the engine) scored like bench:anomalies.
// Usage: npx tsx bench/blind/score.ts [--seeds 13-16] [--generator blind|blind2|…|blind23] [--verbose]
// Each seed writes ten scenarios (two healthy) of 3–6 files and 50k–150k lines to bench/out/GENERATOR/SEED.
// --generator blind2 … blind23 use bench/blind2/gen.py … bench/blind23/gen.py, generators by other
// authors (same truth.json).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeInputs, type Anomaly } from '../../packages/engine/src/index';
import { fileInput } from '../file-input';

interface Incident {
  kind: string;
  file: string;
  start: string;
  end: string;
  description: string;
}

/** Anomaly types that count as finding each kind of incident. */
const EXPECTED: Record<string, string[]> = {
  error_burst: ['error_spike', 'pattern_spike', 'new_pattern'],
  silence: ['volume_drop'],
  retry_storm: ['pattern_spike', 'volume_spike'],
  latency_shift: ['latency_degradation'],
  oom_kill: ['rare_event'],
  new_error: ['new_pattern', 'pattern_spike', 'error_spike'],
  disk_full: ['rare_event', 'error_spike', 'new_pattern', 'pattern_spike'],
  panic: ['rare_event'],
  http_5xx: ['error_spike'],
  traffic_flood: ['volume_spike'],
};
const SLACK_MS = 5 * 60_000;

/**
 * The anomaly types that find an incident: its kind's, and an error spike for one whose truth is a
 * burst of 5xx responses (blind3's proxy "returns bursts of 502/503 responses" while the backend
 * restarts after a panic or an OOM kill: a crash seen from another file).
 */
function expectedTypes(t: Incident): string[] {
  const types = EXPECTED[t.kind] ?? [];
  return /\b5\d\d\b|\b5xx\b/.test(t.description) && !types.includes('error_spike')
    ? [...types, 'error_spike']
    : types;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const generator =
  (args.includes('--generator') ? args[args.indexOf('--generator') + 1] : undefined) ?? 'blind';
if (!['blind', ...Array.from({ length: 22 }, (_, i) => `blind${i + 2}`)].includes(generator))
  throw new Error(`unknown generator ${generator}`);
const range = (args.includes('--seeds') ? args[args.indexOf('--seeds') + 1] : undefined) ?? '13-16';
const [from, to] = range.split('-').map(Number);
const seeds: number[] = [];
for (let s = from ?? 13; s <= (to ?? from ?? 16); s++) seeds.push(s);

/** A gzipped member is reported under its name without `.gz` (the text it holds): `app.log.gz` → `app.log`. */
const memberName = (file: string): string => file.replace(/\.gz$/, '');

function overlaps(a: Anomaly, t: Incident): boolean {
  return (
    Date.parse(a.start) <= Date.parse(t.end) + SLACK_MS &&
    Date.parse(a.end) >= Date.parse(t.start) - SLACK_MS &&
    (a.files.length === 0 || a.files.includes(memberName(t.file)))
  );
}

let incidents = 0;
let found = 0;
let falseAll = 0;
let falseHigh = 0;
let lines = 0;
for (const seed of seeds) {
  const out = join(import.meta.dirname, '..', 'out', generator, String(seed));
  if (!existsSync(join(out, 's10', 'truth.json'))) {
    const gen = spawnSync(
      'python3',
      [join(import.meta.dirname, '..', generator, 'gen.py'), out, String(seed)],
      {
        stdio: 'inherit',
      },
    );
    if (gen.status !== 0) throw new Error(`gen.py failed for seed ${seed}`);
  }
  for (const name of readdirSync(out)
    .filter((d) => /^s\d+$/.test(d))
    .sort()) {
    const dir = join(out, name);
    const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as { incidents: Incident[] };
    const files = readdirSync(dir)
      .filter((f) => f !== 'truth.json')
      .sort();
    const { report } = await analyzeInputs(files.map((f) => fileInput(f, join(dir, f))));
    const missed = truth.incidents.filter(
      (t) => !report.anomalies.some((a) => overlaps(a, t) && expectedTypes(t).includes(a.type)),
    );
    const falses = report.anomalies.filter((a) => !truth.incidents.some((t) => overlaps(a, t)));
    incidents += truth.incidents.length;
    found += truth.incidents.length - missed.length;
    falseAll += falses.length;
    falseHigh += falses.filter((a) => a.severity === 'high' || a.severity === 'critical').length;
    lines += report.stats.lines;
    console.log(
      `seed ${seed} ${name} ${String(report.stats.lines).padStart(7)} lines  incidents ${truth.incidents.length - missed.length}/${truth.incidents.length}  false ${falses.length}` +
        (missed.length ? `  missed: ${missed.map((t) => `${t.kind} in ${t.file}`).join(', ')}` : ''),
    );
    if (verbose)
      for (const a of falses)
        console.log(
          `    FALSE ${a.severity} ${a.type} ${a.start.slice(11, 16)} ${a.description.slice(0, 140)}`,
        );
  }
}
console.log('');
console.log(`incident recall: ${(found / Math.max(1, incidents)).toFixed(3)} (${found}/${incidents})`);
console.log(
  `false anomalies: ${falseAll} in ${lines.toLocaleString('en-US')} lines = ${((falseAll / Math.max(1, lines)) * 1e5).toFixed(2)} per 100k lines (high/critical: ${falseHigh})`,
);
