import { TemplateMiner, type TemplateMinerOptions } from '../mining/template-miner';
import { inputClock, type InputClock } from '../read/bundle-clock';
import { peekSource } from '../read/bundle-year';
import { readEventBatches, type ReadOptions } from '../read/read-events';
import type { FileStats, PatternSummary } from '../types';
import { Analyzer, type AnalyzerOptions } from './analyzer';
import type { AnalysisReport } from './report';

export interface AnalysisInput {
  /** File name (a bundle's members are named by their path inside it). */
  name: string;
  source: AsyncIterable<Uint8Array>;
  /**
   * The input's last bytes (64 KiB), when the caller can read them without reading it all (a file on
   * disk, a stored blob): with them, a file whose timestamps carry no zone can be read in the local
   * time that fits it beside the others (see `bundleClock`).
   */
  tail?: Uint8Array | null;
  /** Streams the input again from its start: an archive's members are then clocked too (see `inputClock`). */
  reopen?: () => AsyncIterable<Uint8Array>;
}

export interface AnalyzeOptions extends AnalyzerOptions {
  read?: Omit<ReadOptions, 'name' | 'onFileDone'>;
  miner?: TemplateMinerOptions;
  /** Called with every file's statistics as soon as it has been read. */
  onFileDone?(stats: FileStats): void;
}

export interface AnalysisResult {
  report: AnalysisReport;
  /** Every pattern of the run (the report lists the top ones): persist these, and their ids as the next baseline. */
  patterns: PatternSummary[];
}

/**
 * The whole engine in one call: read → frame → fields → mine → aggregate → detect → summarise, over one
 * or several inputs merged into one timeline. Streams: memory does not grow with the input size.
 * Throws `InputError` for input it refuses.
 */
export async function analyzeInputs(
  inputs: readonly AnalysisInput[],
  options: AnalyzeOptions = {},
): Promise<AnalysisResult> {
  const analyzer = new Analyzer(options);
  // Only the clusters the analyser counts need their final template (`finish`).
  const miner = new TemplateMiner({ keepGone: (id) => analyzer.tracksCluster(id), ...options.miner });
  const files: FileStats[] = [];
  // Several inputs: timestamps without a year take the year the others write, times without a date
  // their day, times without a zone the local time that fits them beside the others (see bundleClock).
  let sources = inputs.map((input) => input.source);
  let year = options.read?.year;
  let day = options.read?.day;
  let clocks: InputClock['inputs'] = [];
  if (inputs.length > 1 || inputs.some((input) => input.reopen)) {
    const peeked = await Promise.all(sources.map(peekSource));
    sources = peeked.map((p) => p.source);
    const clock = await inputClock(
      inputs.map((input, i) => ({
        name: input.name,
        head: peeked[i]?.head ?? null,
        tail: input.tail ?? null,
        ...(input.reopen ? { reopen: input.reopen } : {}),
      })),
    );
    year ??= clock.year;
    day ??= clock.day;
    clocks = clock.inputs;
  }
  for (const [at, input] of inputs.entries()) {
    const { localTime, memberLocalTimes } = clocks[at] ?? {};
    const batches = readEventBatches(sources[at] ?? input.source, {
      ...options.read,
      ...(year === undefined ? {} : { year }),
      ...(day === undefined ? {} : { day }),
      ...(localTime === undefined ? {} : { localTime }),
      ...(memberLocalTimes === undefined ? {} : { memberLocalTimes }),
      name: input.name,
      onFileDone: (stats) => {
        files.push(stats);
        options.onFileDone?.(stats);
      },
    });
    for await (const batch of batches) analyzer.addBatch(miner.mineBatch(batch));
  }
  const patterns = miner.patterns();
  const report = analyzer.finish({ patterns, files, templateOf: (id) => miner.templateOf(id) });
  return { report, patterns };
}
