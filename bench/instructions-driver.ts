// What bench/instructions.ts runs under valgrind: the engine's passes over FILE... (see enginePass),
// RUNS of them, analysing too with `analyze`.
// Usage: node --import tsx bench/instructions-driver.ts templates|analyze RUNS FILE...
import { enginePass } from './engine-pass';

const [mode, runsArg, ...paths] = process.argv.slice(2);
if ((mode !== 'templates' && mode !== 'analyze') || paths.length === 0)
  throw new Error('usage: instructions-driver.ts templates|analyze RUNS FILE...');
const runs = Number(runsArg);
for (let r = 0; r < runs; r++) await enginePass(paths, mode === 'analyze');
