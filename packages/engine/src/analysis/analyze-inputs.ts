import { TemplateMiner, type TemplateMinerOptions } from '../mining/template-miner';
import { bundleClock } from '../read/bundle-clock';
import { peekSource } from '../read/bundle-year';
import { readEventBatches, type ReadOptions } from '../read/read-events';
import type { FileStats, LocalTime, PatternSummary } from '../types';
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
  const miner = new TemplateMiner(options.miner);
  const analyzer = new Analyzer(options);
  const files: FileStats[] = [];
  // Several inputs: timestamps without a year take the year the others write, times without a date
  // their day, times without a zone the local time that fits them beside the others (see bundleClock).
  let sources = inputs.map((input) => input.source);
  let year = options.read?.year;
  let day = options.read?.day;
  let localTimes: (LocalTime | undefined)[] = [];
  if (inputs.length > 1) {
    const peeked = await Promise.all(sources.map(peekSource));
    sources = peeked.map((p) => p.source);
    const clock = await bundleClock(
      peeked.map((p) => p.head),
      inputs.map((input) => input.tail ?? null),
    );
    year ??= clock.year;
    day ??= clock.day;
    localTimes = clock.localTimes;
  }
  for (const [at, input] of inputs.entries()) {
    const localTime = localTimes[at];
    const batches = readEventBatches(sources[at] ?? input.source, {
      ...options.read,
      ...(year === undefined ? {} : { year }),
      ...(day === undefined ? {} : { day }),
      ...(localTime === undefined ? {} : { localTime }),
      name: input.name,
      onFileDone: (stats) => {
        files.push(stats);
        options.onFileDone?.(stats);
      },
    });
    for await (const batch of batches) for (const event of batch) analyzer.add(miner.mine(event));
  }
  const patterns = miner.patterns();
  const report = analyzer.finish({ patterns, files, templateOf: (id) => miner.templateOf(id) });
  return { report, patterns };
}
