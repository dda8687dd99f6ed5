import { nextWidth } from './bucket-ladder';
import { lowerBound } from './robust-stats';

/**
 * One series' sparse counters; hold on to it to add without looking the series up again. Stored buckets
 * are kept in ascending order in two parallel arrays; the bucket being filled is kept aside (`bucket`,
 * `count`) and stored when another one starts. Events arrive mostly in time order, so storing is an
 * append and starting a bucket later than all stored ones needs no search.
 */
export interface SeriesHandle {
  keys: number[];
  counts: number[];
  bucket: number;
  count: number;
  /** A series of values (`addValueAt`) also sums them per bucket, beside their count; null for a count series. */
  sums: number[] | null;
  sum: number;
  /**
   * For a series of values: how many were read per bucket (`count` counts each by its weight: one value
   * read may stand for several events). Null for a count series.
   */
  reads: number[] | null;
  read: number;
  /**
   * Changes whenever the count of a stored bucket may change: when a bucket that is not after every
   * stored one starts being filled (a stored bucket reopened: only then does a stored count change),
   * and when the width grows. Appending a bucket changes no stored count, so a count read from a
   * stored bucket stays true while `version` does (see ExemplarSet).
   */
  version: number;
}

/**
 * An empty array that holds doubles. Bucket numbers are past 2³⁰ at a width of a second (and under it
 * once the width grows), sums are fractions: an array or a field that starts with small integers and
 * is then given a double changes its shape, and V8 throws away the compiled code that read it — a cold
 * `logai analyze` recompiled the functions of this file three or four times each (some 50 ms of a JSON
 * file's 1.3 s). So keys and sums are doubles from the start, and a handle's `sum` too (see `handle`).
 */
function doubles(): number[] {
  const array = [0.5];
  array.pop();
  return array;
}

/** Index of `bucket` among the stored ones, or -1 (no search for a bucket after all of them). */
function storedAt(handle: SeriesHandle, bucket: number): number {
  const keys = handle.keys;
  const last = keys.length - 1;
  if (last < 0 || bucket > (keys[last] ?? 0)) return -1;
  const at = lowerBound(keys, bucket);
  return keys[at] === bucket ? at : -1;
}

/** Loads the stored count (and sum) of `bucket` as the one being filled. */
function load(handle: SeriesHandle, bucket: number): void {
  handle.bucket = bucket;
  const keys = handle.keys;
  // Not after every stored bucket: the bucket may be a stored one, reopened.
  if (keys.length > 0 && bucket <= (keys[keys.length - 1] ?? 0)) handle.version++;
  const at = storedAt(handle, bucket);
  handle.count = at < 0 ? 0 : (handle.counts[at] ?? 0);
  if (handle.sums !== null) handle.sum = at < 0 ? 0 : (handle.sums[at] ?? 0);
  if (handle.reads !== null) handle.read = at < 0 ? 0 : (handle.reads[at] ?? 0);
}

function storedCount(handle: SeriesHandle, bucket: number): number {
  const at = storedAt(handle, bucket);
  return at < 0 ? 0 : (handle.counts[at] ?? 0);
}

function flush(handle: SeriesHandle): void {
  const count = handle.count;
  const bucket = handle.bucket;
  if (Number.isNaN(bucket)) return;
  const keys = handle.keys;
  const last = keys.length - 1;
  if (last < 0 || bucket > (keys[last] ?? 0)) {
    // An empty bucket is not stored.
    if (count === 0) return;
    keys.push(bucket);
    handle.counts.push(count);
    handle.sums?.push(handle.sum);
    handle.reads?.push(handle.read);
    return;
  }
  const at = lowerBound(keys, bucket);
  const sums = handle.sums;
  const reads = handle.reads;
  if (keys[at] === bucket) {
    handle.counts[at] = count;
    if (sums !== null) sums[at] = handle.sum;
    if (reads !== null) reads[at] = handle.read;
  } else {
    keys.splice(at, 0, bucket);
    handle.counts.splice(at, 0, count);
    sums?.splice(at, 0, handle.sum);
    reads?.splice(at, 0, handle.read);
  }
}

/**
 * Merges a handle's stored buckets into buckets `factor` times as wide, in place. Keys are ascending,
 * so the merged keys are too: buckets falling into one wider bucket are adjacent, and the merged
 * bucket is written at or before the first of them. (In place, not into new arrays: a cold `logai
 * analyze` ran the copying loop unoptimised, 27 ms of a JSON file's first run against 1 ms warm.)
 */
function coarsen(handle: SeriesHandle, factor: number): void {
  const { keys, counts, sums, reads } = handle;
  let end = -1;
  for (let i = 0; i < keys.length; i++) {
    const k = Math.floor((keys[i] ?? 0) / factor);
    if (end >= 0 && keys[end] === k) {
      counts[end] = (counts[end] ?? 0) + (counts[i] ?? 0);
      if (sums !== null) sums[end] = (sums[end] ?? 0) + (sums[i] ?? 0);
      if (reads !== null) reads[end] = (reads[end] ?? 0) + (reads[i] ?? 0);
    } else {
      end++;
      keys[end] = k;
      counts[end] = counts[i] ?? 0;
      if (sums !== null) sums[end] = sums[i] ?? 0;
      if (reads !== null) reads[end] = reads[i] ?? 0;
    }
  }
  keys.length = end + 1;
  counts.length = end + 1;
  if (sums !== null) sums.length = end + 1;
  if (reads !== null) reads.length = end + 1;
}

/**
 * Sparse time-bucketed counters sharing one width. When a series holds more than `maxBuckets` buckets
 * the width grows (1s → 2s → 10s …) and every series is merged, so memory stays bounded whatever the
 * time span. Growth is deferred to `settle()`, called before computing a bucket, so a bucket index
 * stays valid for all the adds of one event.
 */
export class TimeBuckets<K> {
  widthMs: number;
  private readonly series = new Map<K, SeriesHandle>();
  private crowded = false;

  constructor(
    private readonly maxBuckets: number,
    initialWidthMs = 1000,
  ) {
    this.widthMs = initialWidthMs;
  }

  /** Grows the width if a series outgrew `maxBuckets`; returns the bucket of `timestamp`. */
  settle(timestamp: number): number {
    if (this.crowded) this.grow();
    return Math.floor(timestamp / this.widthMs);
  }

  keyOf(timestamp: number): number {
    return Math.floor(timestamp / this.widthMs);
  }

  /** The series `key` (created on first use); `values`: it will also sum values (`addValueAt`). */
  handle(key: K, values = false): SeriesHandle {
    let handle = this.series.get(key);
    if (!handle) {
      handle = {
        keys: doubles(),
        counts: [],
        bucket: NaN,
        count: 0,
        sums: values ? doubles() : null,
        sum: NaN,
        reads: values ? [] : null,
        read: 0,
        version: 0,
      };
      handle.sum = 0;
      this.series.set(key, handle);
    }
    return handle;
  }

  /** Adds to a bucket computed by `settle` for the current event; returns the bucket's new count. */
  addAt(handle: SeriesHandle, bucket: number, amount = 1): number {
    if (bucket !== handle.bucket) this.start(handle, bucket);
    handle.count += amount;
    return handle.count;
  }

  /**
   * Counts a value in its bucket `weight` times (the events it stands for, when the caller reads one in
   * several), and adds it once to the bucket's sum and reads: sum / reads is the mean of the values
   * read, each weighing alike (a value standing for four events does not weigh four: one slow request
   * read among a few would make the mean). The handle must have been made with `values`.
   */
  addValueAt(handle: SeriesHandle, bucket: number, value: number, weight = 1): void {
    if (bucket !== handle.bucket) this.start(handle, bucket);
    handle.count += weight;
    handle.sum += value;
    handle.read++;
  }

  private start(handle: SeriesHandle, bucket: number): void {
    flush(handle);
    if (handle.keys.length >= this.maxBuckets) this.crowded = true;
    load(handle, bucket);
  }

  add(key: K, timestamp: number, amount = 1): number {
    return this.addAt(this.handle(key), this.settle(timestamp), amount);
  }

  /**
   * A series' non-empty buckets in ascending order, with their counts and (for a series of values) sums;
   * empty arrays for an unknown key, and empty sums for a count series.
   */
  entries(key: K): {
    keys: readonly number[];
    counts: readonly number[];
    sums: readonly number[];
    reads: readonly number[];
  } {
    const handle = this.series.get(key);
    if (!handle) return { keys: [], counts: [], sums: [], reads: [] };
    flush(handle);
    // The current bucket is now stored: start it afresh from the stored count on the next add.
    handle.bucket = NaN;
    handle.count = 0;
    handle.sum = 0;
    handle.read = 0;
    return { keys: handle.keys, counts: handle.counts, sums: handle.sums ?? [], reads: handle.reads ?? [] };
  }

  countAt(key: K, timestamp: number): number {
    const handle = this.series.get(key);
    return handle ? this.countIn(handle, timestamp) : 0;
  }

  countIn(handle: SeriesHandle, timestamp: number): number {
    const bucket = this.keyOf(timestamp);
    return bucket === handle.bucket ? handle.count : storedCount(handle, bucket);
  }

  /** Whether `timestamp` falls in the bucket being filled (its count may still change at any add). */
  isFilling(handle: SeriesHandle, timestamp: number): boolean {
    return this.keyOf(timestamp) === handle.bucket;
  }

  keys(): IterableIterator<K> {
    return this.series.keys();
  }

  /** Dense values of one series at `widthMs` (a multiple of the stored width) from `startMs`. */
  dense(
    key: K,
    startMs: number,
    widthMs: number,
    length: number,
    of: 'counts' | 'sums' | 'reads' = 'counts',
  ): number[] {
    const out = new Array<number>(length).fill(0);
    const { keys, [of]: counts } = this.entries(key);
    for (let i = 0; i < keys.length; i++) {
      const index = Math.floor(((keys[i] ?? 0) * this.widthMs - startMs) / widthMs);
      if (index >= 0 && index < length) out[index] = (out[index] ?? 0) + (counts[i] ?? 0);
    }
    return out;
  }

  private grow(): void {
    for (const handle of this.series.values()) {
      flush(handle);
      handle.bucket = NaN;
      handle.count = 0;
      handle.sum = 0;
      handle.read = 0;
      handle.version++;
    }
    do {
      const from = this.widthMs;
      this.widthMs = nextWidth(from);
      const factor = this.widthMs / from;
      for (const handle of this.series.values()) coarsen(handle, factor);
    } while ([...this.series.values()].some((h) => h.keys.length > this.maxBuckets));
    this.crowded = false;
  }
}
