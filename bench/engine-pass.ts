import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Analyzer, readEventBatches, TemplateMiner, type FileStats } from '../packages/engine/src/index';

/**
 * One pass of the engine over `paths`, as `logai templates` and `logai analyze` make it
 * (apps/cli/src/lib/mine-file.ts): each batch is mined whole, then analysed when `analyze` is set,
 * and the report is built at the end.
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
  analyzer?.finish({ patterns: miner.patterns(), files, templateOf: (id) => miner.templateOf(id) });
}
