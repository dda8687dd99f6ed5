import { InputError } from '../errors/input-error';
import type { FileStats, FormatName, LocalTime, LogEvent } from '../types';
import { ExpansionMeter } from '../decode/expansion-meter';
import { expandInput } from '../decode/expand-input';
import { FileReader } from './file-reader';

export interface ReadOptions {
  /** File name of the input (members of a bundle are named by their path inside it). */
  name: string;
  /** Skip detection and read every file with this format. */
  format?: FormatName;
  /** Largest event kept, in characters; longer ones are cut with a marker (default 64 KiB). */
  maxEventBytes?: number;
  /** Archive limits: expanded size (default 10 GiB), expansion ratio (1,000), members (10,000). */
  maxExpandedBytes?: number;
  maxRatio?: number;
  maxMembers?: number;
  /** Lines sampled at the start of each file to detect its format (default 200). */
  sampleLines?: number;
  /** Year for timestamps without one (syslog); default: the current UTC year. */
  year?: number;
  /**
   * Day (its UTC midnight, epoch ms) that header times without a date start on (logback's default
   * `HH:mm:ss.SSS`); default: today (UTC). A time earlier than the one before by over 12 hours is on
   * the next day. Given (the day the other files of an analysis write most, see `bundleClock`), it
   * also picks the year of year-less times: the one that puts a file's first time nearest it (a
   * kubelet's `I1231 23:08:22` beside files of 2024-01-01 is of 2023, not 2024).
   */
  day?: number;
  /**
   * The local time of a plain file whose timestamps carry no zone (see `bundleClock`); default UTC.
   * Not applied to the members of a zip/tar bundle (each may have its own: `memberLocalTimes`).
   */
  localTime?: LocalTime;
  /** The same per member of a zip/tar bundle, by the member's name (see `memberEnds`). */
  memberLocalTimes?: ReadonlyMap<string, LocalTime>;
  /** Called with the number of input (compressed) bytes consumed so far. */
  onProgress?(bytesRead: number): void;
  /** Called once per file or bundle member when it has been read, with its statistics. */
  onFileDone?(stats: FileStats): void;
}

const SLICE = 32 * 1024;

/**
 * Streams the events of an input, in batches of a few hundred: cheaper than one `await` per event.
 * Throws `InputError` for input it refuses.
 */
export async function* readEventBatches(
  source: AsyncIterable<Uint8Array>,
  options: ReadOptions,
): AsyncGenerator<LogEvent[]> {
  const meter = new ExpansionMeter(
    {
      maxExpandedBytes: options.maxExpandedBytes ?? 10 * 1024 ** 3,
      maxRatio: options.maxRatio ?? 1000,
      maxMembers: options.maxMembers ?? 10_000,
    },
    options.name,
  );
  const readerOptions = {
    format: options.format,
    maxEventBytes: options.maxEventBytes ?? 64 * 1024,
    sampleLines: options.sampleLines ?? 200,
    year: options.year ?? new Date().getUTCFullYear(),
    day: options.day ?? Math.floor(Date.now() / 86_400_000) * 86_400_000,
    nearDay: options.day,
    inBundle: false,
  };
  let batch: LogEvent[] = [];
  let reader: FileReader | null = null;
  // A bundle's members not read (binary, empty, a nested archive), and whether any was.
  const skipped: string[] = [];
  let read = false;
  for await (const chunk of expandInput(source, options.name, meter)) {
    if (chunk.kind === 'start') {
      const localTime = chunk.bundle ? options.memberLocalTimes?.get(chunk.name) : options.localTime;
      reader = new FileReader(
        chunk.name,
        { ...readerOptions, inBundle: chunk.bundle, localTime },
        // Stored at the end by index: `batch.push(e)` here stayed a call to push's builtin once the
        // reader's call of this closure was inlined (callgrind: 0.6 a line of the suite's log4j file).
        (e) => {
          batch[batch.length] = e;
        },
      );
    } else if (chunk.kind === 'data') {
      // Small slices keep batches small, so events die young instead of being promoted by the GC.
      for (let i = 0; i < chunk.bytes.length && reader; i += SLICE) {
        reader.write(chunk.bytes.subarray(i, i + SLICE));
        if (batch.length >= 256) {
          yield batch;
          batch = [];
        }
      }
    } else if (reader) {
      const stats = reader.end();
      reader = null;
      // The file's last events first, then its statistics.
      if (batch.length > 0) {
        yield batch;
        batch = [];
      }
      if (stats.skipped === undefined) read = true;
      else skipped.push(stats.skipped);
      options.onFileDone?.(stats);
    }
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
    options.onProgress?.(meter.compressed);
  }
  // A bundle of nothing that can be read is refused as a file of it would be.
  if (!read && skipped.length > 0)
    throw new InputError(
      'UNSUPPORTED_INPUT',
      `${options.name}: ${skipped.length === 1 ? 'its only file cannot' : `none of its ${skipped.length} files can`} be read (${skipped.slice(0, 5).join('; ')}${skipped.length > 5 ? '; …' : ''})`,
    );
}

/** Streams the events of an input (plain, gzip, zip, tar, tar.gz), one at a time. */
export async function* readEvents(
  source: AsyncIterable<Uint8Array>,
  options: ReadOptions,
): AsyncGenerator<LogEvent> {
  for await (const batch of readEventBatches(source, options)) yield* batch;
}
