// What bench/instructions.ts runs under valgrind: reads and mines FILE... RUNS times (and analyses
// them with `analyze`), as `logai templates` and `logai analyze` do, batch by batch.
// Usage: node --import tsx bench/instructions-driver.ts templates|analyze RUNS FILE...
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Analyzer, readEventBatches, TemplateMiner, type FileStats } from '../packages/engine/src/index';

const [mode, runsArg, ...paths] = process.argv.slice(2);
if ((mode !== 'templates' && mode !== 'analyze') || paths.length === 0)
  throw new Error('usage: instructions-driver.ts templates|analyze RUNS FILE...');
const runs = Number(runsArg);
for (let r = 0; r < runs; r++) {
  const miner = new TemplateMiner();
  const analyzer = mode === 'analyze' ? new Analyzer() : null;
  const files: FileStats[] = [];
  for (const path of paths) {
    const batches = readEventBatches(createReadStream(path, { highWaterMark: 1 << 20 }), {
      name: basename(path),
      onFileDone: (s) => files.push(s),
    });
    for await (const batch of batches) {
      const mined = miner.mineBatch(batch);
      analyzer?.addBatch(mined);
    }
  }
  analyzer?.finish({ patterns: miner.patterns(), files, templateOf: (id) => miner.templateOf(id) });
}
