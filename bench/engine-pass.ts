import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Analyzer, readEventBatches, TemplateMiner, type FileStats } from '../packages/engine/src/index';

/**
 * One pass of the engine over `paths`, as `logai templates` and `logai analyze` make it
 * (apps/cli/src/lib/mine-file.ts): each batch is mined whole, then analysed when `analyze` is set;
 * at the end the pattern list, and the report when analysing.
 */
export async function enginePass(paths: readonly string[], analyze: boolean): Promise<void> {
  const miner = new TemplateMiner();
  const analyzer = analyze ? new Analyzer() : null;
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
  // The pattern list in both modes: `logai templates` prints it (its table, its --json), and
  // bench:templates times it too; `analyze` is charged only for what it adds.
  const patterns = miner.patterns();
  analyzer?.finish({ patterns, files, templateOf: (id) => miner.templateOf(id) });
}
