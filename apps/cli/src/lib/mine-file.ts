import {
  FORMATS,
  readEventBatches,
  type TemplateMiner,
  type FileStats,
  type FormatName,
  type LocalTime,
  type MinedEvent,
} from '@logai/engine';
import { openFileInput } from './open-file-input';
import { UsageError } from './parse-cli-args';
import { ProgressBar } from './progress-bar';
import type { Readable, Writable } from 'node:stream';

export interface MineFileOptions {
  /** Read for the path "-". */
  stdin: Readable;
  /** The name reports give the input (default: the file's own). */
  name?: string;
  format?: string;
  stderr: Writable;
  progress: boolean;
  miner: TemplateMiner;
  /** Year of timestamps written without one (see `commonYear`); default: the current year. */
  year?: number;
  /** Day of header times without a date (see `commonDay`); default: today. */
  day?: number;
  /** Local time of timestamps without a zone (see `inputClock`); default: UTC. */
  localTime?: LocalTime;
  /** The same for the members of a zip/tar bundle, by name. */
  memberLocalTimes?: ReadonlyMap<string, LocalTime>;
  /**
   * Each batch of mined events, in order (a batch is mined whole first: see `TemplateMiner.mineBatch`).
   * Without it, the miner's patterns alone are made (`TemplateMiner.addBatch`).
   */
  onBatch?(events: readonly MinedEvent[]): void;
}

export function parseFormat(name: string | undefined): FormatName | undefined {
  if (name === undefined) return undefined;
  const format = FORMATS.find((f) => f === name);
  if (!format) throw new UsageError(`unknown --format "${name}" (one of: ${FORMATS.join(', ')})`);
  return format;
}

/** Reads a file through the engine and mines every event, with a progress bar on a terminal. */
export async function mineFile(path: string, options: MineFileOptions): Promise<FileStats[]> {
  const input = await openFileInput(path, options.stdin);
  const name = options.name ?? input.name;
  const bar = new ProgressBar(options.stderr, input.size, options.progress, `${name} `);
  const files: FileStats[] = [];
  try {
    const batches = readEventBatches(input.source, {
      name,
      format: parseFormat(options.format),
      ...(options.year === undefined ? {} : { year: options.year }),
      ...(options.day === undefined ? {} : { day: options.day }),
      ...(options.localTime === undefined ? {} : { localTime: options.localTime }),
      ...(options.memberLocalTimes === undefined ? {} : { memberLocalTimes: options.memberLocalTimes }),
      onProgress: (n) => bar.update(n),
      onFileDone: (stats) => files.push(stats),
    });
    for await (const batch of batches) {
      // Without a consumer of the mined events, the patterns alone (see TemplateMiner.addBatch).
      if (options.onBatch) options.onBatch(options.miner.mineBatch(batch));
      else options.miner.addBatch(batch);
    }
  } finally {
    bar.done();
  }
  // A bundle's members that were not read (binary, empty): said, as the whole input would be refused.
  for (const f of files)
    if (f.skipped !== undefined) options.stderr.write(`logai: ${name}: not read: ${f.skipped}\n`);
  return files;
}
