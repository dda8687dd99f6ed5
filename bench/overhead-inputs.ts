import { join } from 'node:path';
import { generateSuite } from './generate-lines';
import { CATALOG } from './scenarios/catalog';
import { generateScenario, writeScenario } from './scenarios/generate-scenario';

/**
 * The inputs `analyze`'s overhead is measured on (bench/analyze-overhead.ts, bench/analyze-ab.ts): each
 * file of the benchmark suite alone, then the busy-day scenario's files together (generated if missing).
 */
export async function overheadInputs(): Promise<string[][]> {
  const out = join(import.meta.dirname, 'out');
  const suite = await generateSuite(out, 1_050_000);
  const spec = CATALOG.find((s) => s.name === 'busy-day');
  if (!spec) throw new Error('scenario busy-day is missing from the catalog');
  const scenario = generateScenario(spec);
  const dir = await writeScenario(scenario, join(out, 'scenarios'));
  return [...suite.map((p) => [p]), scenario.files.map((f) => join(dir, f.name))];
}
