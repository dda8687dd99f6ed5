import { nextWidth } from './bucket-ladder';

/**
 * One series' sparse counters; hold on to it to add without looking the series up again. Stored buckets
 * are kept in ascending order in parallel arrays (the first `size` entries of each); the bucket being
 * filled is kept aside (`bucket`, `count`) and stored when another one starts. Events arrive mostly in
 * time order, so storing is an append and starting a bucket later than all stored ones needs no search.
 *
 * The arrays are Float64Arrays whose capacity doubles as they fill: their storage lives outside V8's
 * heap, so the young-generation collector never copies it. Plain arrays grown by `push` were given a new
 * backing store in the young generation at every growth (and again after each width growth trimmed
 * them), which every scavenge then copied, twice before promoting it: some 6 MB a pass of a 150,000-line
 * logfmt file, about a tenth of what `analyze` added to `templates` (bench/analyze-overhead.ts).
 * Float64Arrays hold doubles from the start, too: bucket numbers pass 2³⁰ at a width of a second and sums
 * are fractions, and an array that changed its elements' kind made V8 throw away the code reading it.
 */
export interface SeriesHandle {
  keys: Float64Array;
  counts: Float64Array;
  /** How many buckets are stored: the arrays' first `size` entries. */
  size: number;
  bucket: number;
  count: number;
  /** A series of values (`addValueAt`) also sums them per bucket, beside their count; null for a count series. */
  sums: Float64Array | null;
  sum: number;
  /**
   * For a series of values: how many were read per bucket (`count` counts each by its weight: one value
   * read may stand for several events). Null for a count series.
   */
  reads: Float64Array | null;
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
 * `addAt` for the bucket the handle is filling, the usual case: one more, and the bucket's new count
 * (1 or more); 0 when the handle fills another bucket, where `addAt` must start it:
 * `addToFilling(h, b) || buckets.addAt(h, b)`. Without a call inside and within V8's small-function
 * size (27 bytes of bytecode), TurboFan inlines it into any caller. `addAt` itself was a call (~120
 * instructions with its frame) four times an event from `Analyzer.add` (callgrind, the suite's log4j
 * file): its own compiled code inlined `start` and what that calls, and TurboFan counts a callee's
 * inlined bytecode against inlining it.
 */
export function addToFilling(handle: SeriesHandle, bucket: number): number {
  return bucket === handle.bucket ? ++handle.count : 0;
}

/**
 * `addValueAt` for the bucket the handle is filling (see addToFilling): true when done, false when the
 * handle fills another bucket and `addValueAt` must start it. No call inside, so TurboFan inlines it
 * where `addValueAt` (whose own compiled code inlines `start`) stayed a call.
 */
export function addValueToFilling(
  handle: SeriesHandle,
  bucket: number,
  value: number,
  weight: number,
): boolean {
  if (bucket !== handle.bucket) return false;
  handle.count += weight;
  handle.sum += value;
  handle.read++;
  return true;
}

/** A series' first capacity: 16 doubles are 128 bytes, past the 64 V8 keeps inside its heap. */
const FIRST_CAPACITY = 16;

function withCapacity(array: Float64Array, capacity: number): Float64Array {
  const grown = new Float64Array(capacity);
  grown.set(array);
  return grown;
}

/** Makes room for one more stored bucket. */
function reserve(handle: SeriesHandle): void {
  if (handle.size < handle.keys.length) return;
  const capacity = handle.keys.length * 2;
  handle.keys = withCapacity(handle.keys, capacity);
  handle.counts = withCapacity(handle.counts, capacity);
  if (handle.sums !== null) handle.sums = withCapacity(handle.sums, capacity);
  if (handle.reads !== null) handle.reads = withCapacity(handle.reads, capacity);
}

/**
 * Index of the first of the `size` stored keys not below `bucket`: robust-stats' `lowerBound` for a
 * Float64Array and a length of its own. Not that function widened to both kinds of array: the
 * detectors call it on plain arrays, and a helper fed both kinds compiles to slower generic loads.
 */
function lowerKey(keys: Float64Array, size: number, bucket: number): number {
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] ?? 0) < bucket) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of `bucket` among the stored ones, or -1 (no search for a bucket after all of them). */
function storedAt(handle: SeriesHandle, bucket: number): number {
  const last = handle.size - 1;
  if (last < 0 || bucket > (handle.keys[last] ?? 0)) return -1;
  const at = lowerKey(handle.keys, handle.size, bucket);
  return handle.keys[at] === bucket ? at : -1;
}

/** Loads the stored count (and sum) of `bucket` as the one being filled. */
function load(handle: SeriesHandle, bucket: number): void {
  handle.bucket = bucket;
  // Not after every stored bucket: the bucket may be a stored one, reopened.
  if (handle.size > 0 && bucket <= (handle.keys[handle.size - 1] ?? 0)) handle.version++;
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
  const size = handle.size;
  if (size === 0 || bucket > (handle.keys[size - 1] ?? 0)) {
    // An empty bucket is not stored.
    if (count === 0) return;
    reserve(handle);
    handle.keys[size] = bucket;
    handle.counts[size] = count;
    if (handle.sums !== null) handle.sums[size] = handle.sum;
    if (handle.reads !== null) handle.reads[size] = handle.read;
    handle.size = size + 1;
    return;
  }
  const at = lowerKey(handle.keys, size, bucket);
  if (handle.keys[at] !== bucket) {
    // A bucket before some stored ones: the later ones move up one place.
    reserve(handle);
    handle.keys.copyWithin(at + 1, at, size);
    handle.counts.copyWithin(at + 1, at, size);
    handle.sums?.copyWithin(at + 1, at, size);
    handle.reads?.copyWithin(at + 1, at, size);
    handle.keys[at] = bucket;
    handle.size = size + 1;
  }
  handle.counts[at] = count;
  if (handle.sums !== null) handle.sums[at] = handle.sum;
  if (handle.reads !== null) handle.reads[at] = handle.read;
}

/** Stores the bucket being filled; the next add starts it afresh from its stored count. */
function store(handle: SeriesHandle): void {
  flush(handle);
  handle.bucket = NaN;
  handle.count = 0;
  handle.sum = 0;
  handle.read = 0;
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
  for (let i = 0; i < handle.size; i++) {
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
  handle.size = end + 1;
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
    // Both written twice, with another value first: V8 takes a field no store has changed since the
    // object was made for a constant and compiles its value into the code reading it (`settle`, inlined
    // in `Analyzer.add`); the first growth then changed both and threw that code away, in every run
    // (`node --trace-deopt`: a lazy deopt of `add` and `settle` for "code dependencies", and another
    // TurboFan compile of `add`, 27 ms in a cold `analyze` of the suite's log4j file).
    this.crowded = true;
    this.crowded = false;
    this.widthMs = initialWidthMs + 1;
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
        keys: new Float64Array(FIRST_CAPACITY),
        counts: new Float64Array(FIRST_CAPACITY),
        size: 0,
        bucket: NaN,
        count: NaN,
        sums: values ? new Float64Array(FIRST_CAPACITY) : null,
        sum: NaN,
        reads: values ? new Float64Array(FIRST_CAPACITY) : null,
        read: NaN,
        version: 0,
      };
      // Double fields from the start: a count or sum read back from the arrays is a double, and a
      // field that starts as a small integer and then takes one changes the handles' map; code
      // compiled for the old map is thrown away, and `Analyzer.add` (which inlines the handles' use)
      // failed to compile 16 times in a bench:analyze run ("Maps became deprecated during
      // optimization" under `node --trace-opt`).
      handle.count = 0;
      handle.sum = 0;
      handle.read = 0;
      this.series.set(key, handle);
    }
    return handle;
  }

  /**
   * Adds to a bucket computed by `settle` for the current event; returns the bucket's new count.
   * Callers on every event try `addToFilling` first (see there).
   */
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
    addValueToFilling(handle, bucket, value, weight);
  }

  private start(handle: SeriesHandle, bucket: number): void {
    flush(handle);
    if (handle.size >= this.maxBuckets) this.crowded = true;
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
    store(handle);
    const stored = (array: Float64Array | null): number[] =>
      array === null ? [] : Array.from(array.subarray(0, handle.size));
    return {
      keys: stored(handle.keys),
      counts: stored(handle.counts),
      sums: stored(handle.sums),
      reads: stored(handle.reads),
    };
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
    const handle = this.series.get(key);
    if (!handle) return out;
    store(handle);
    const keys = handle.keys;
    const counts = handle[of];
    if (counts === null) return out;
    for (let i = 0; i < handle.size; i++) {
      const index = Math.floor(((keys[i] ?? 0) * this.widthMs - startMs) / widthMs);
      if (index >= 0 && index < length) out[index] = (out[index] ?? 0) + (counts[i] ?? 0);
    }
    return out;
  }

  private grow(): void {
    for (const handle of this.series.values()) {
      store(handle);
      handle.version++;
    }
    do {
      const from = this.widthMs;
      this.widthMs = nextWidth(from);
      const factor = this.widthMs / from;
      for (const handle of this.series.values()) coarsen(handle, factor);
    } while ([...this.series.values()].some((h) => h.size > this.maxBuckets));
    this.crowded = false;
  }
}
