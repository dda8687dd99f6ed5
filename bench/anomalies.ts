// Anomaly benchmark: generates the scenarios of bench/scenarios (known incidents), runs the engine's
// analysis on them and prints incident recall and false anomalies per 100k lines.
// Usage: npx tsx bench/anomalies.ts [--only NAME] [--verbose] [--random N [--seed S]]
// --random runs N random scenarios instead of the catalog (a check against tuning to the catalog).
import { fileInput } from './file-input';
import { join } from 'node:path';
import { analyzeInputs, type Anomaly } from '../packages/engine/src/index';
import { CATALOG } from './scenarios/catalog';
import { randomScenarios } from './scenarios/random-scenarios';
import { generateScenario, writeScenario, type TruthIncident } from './scenarios/generate-scenario';

const OUT = join(import.meta.dirname, 'out', 'scenarios');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const verbose = args.includes('--verbose');
const randomCount = args.includes('--random') ? Number(args[args.indexOf('--random') + 1] ?? 10) : 0;
const seed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1] ?? 1) : 1;
const specs = randomCount > 0 ? randomScenarios(randomCount, seed) : CATALOG;

function overlaps(a: Anomaly, t: TruthIncident, tolMs: number): boolean {
  return Date.parse(a.start) <= Date.parse(t.end) + tolMs && Date.parse(a.end) >= Date.parse(t.start) - tolMs;
}

let incidents = 0;
let foundTyped = 0;
let foundAny = 0;
let falseAll = 0;
let falseHigh = 0;
let lines = 0;
const rows: string[] = [];
for (const spec of specs.filter((s) => !only || s.name === only)) {
  const scenario = generateScenario(spec);
  const dir = await writeScenario(scenario, OUT);
  const { report } = await analyzeInputs(scenario.files.map((f) => fileInput(f.name, join(dir, f.name))));
  const tol = report.stats.timeline.bucketSeconds * 1000 + 60_000;
  const typed = scenario.truth.filter((t) =>
    report.anomalies.some((a) => t.types.includes(a.type) && overlaps(a, t, tol)),
  );
  const any = scenario.truth.filter((t) => report.anomalies.some((a) => overlaps(a, t, tol)));
  const falses = report.anomalies.filter((a) => !scenario.truth.some((t) => overlaps(a, t, tol)));
  incidents += scenario.truth.length;
  foundTyped += typed.length;
  foundAny += any.length;
  falseAll += falses.length;
  falseHigh += falses.filter((a) => a.severity === 'high' || a.severity === 'critical').length;
  lines += scenario.lines;
  const missed = scenario.truth
    .filter((t) => !typed.includes(t))
    .map((t) => `${t.kind}@${t.start.slice(11, 16)}`);
  rows.push(
    `${spec.name.padEnd(16)} ${String(scenario.lines).padStart(7)} lines  incidents ${typed.length}/${scenario.truth.length}` +
      `  false ${falses.length}  severity ${report.summary.severity}${missed.length ? `  missed: ${missed.join(', ')}` : ''}`,
  );
  if (verbose) {
    for (const a of report.anomalies)
      rows.push(
        `    ${falses.includes(a) ? 'FALSE' : 'ok   '} ${a.severity.padEnd(8)} ${a.type.padEnd(20)} ${a.start.slice(11, 16)}–${a.end.slice(11, 16)} ${a.description.slice(0, 140)}`,
      );
  }
}
console.log(rows.join('\n'));
console.log('');
console.log(
  `incident recall (expected type): ${(foundTyped / Math.max(1, incidents)).toFixed(3)} (${foundTyped}/${incidents})`,
);
console.log(
  `incident recall (any anomaly in the window): ${(foundAny / Math.max(1, incidents)).toFixed(3)} (${foundAny}/${incidents})`,
);
console.log(
  `false anomalies: ${falseAll} in ${lines.toLocaleString('en-US')} lines = ${((falseAll / lines) * 1e5).toFixed(2)} per 100k lines (high/critical: ${falseHigh})`,
);
