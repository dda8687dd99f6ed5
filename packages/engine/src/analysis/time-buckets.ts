import { nextWidth } from './bucket-ladder';

/**
 * One series' sparse counters; hold on to it to add without looking the series up again. Stored buckets
 * are kept in ascending order, `stride` numbers each in one array (`data`): the bucket, its count, and
 * for a series of values its sum and reads; the bucket being filled is kept aside (`bucket`, `count`)
 * and stored when another one starts. Events arrive mostly in time order, so storing is an append and
 * starting a bucket later than all stored ones needs no search.
 *
 * `data` is a Float64Array whose capacity doubles as it fills: its storage lives outside V8's heap, so
 * the young-generation collector never copies it. Plain arrays grown by `push` were given a new backing
 * store in the young generation at every growth (and again after each width growth trimmed them), which
 * every scavenge then copied, twice before promoting it: some 4–5 MB a pass of a 150,000-line logfmt
 * file (bench/gc-copied.ts). One array, not one per field: a bucket closed is one object and one cache
 * line touched, where four typed arrays were four objects seldom in the cache. A Float64Array holds
 * doubles from the start, too: bucket numbers pass 2³⁰ at a width of a second and sums are fractions,
 * and an array that changed its elements' kind made V8 throw away the code reading it.
 */
export interface SeriesHandle {
  /** Stored buckets, `stride` numbers each: bucket, count (, sum, reads). */
  data: Float64Array;
  /** 2 for a count series, 4 for a series of values. */
  stride: number;
  /** How many buckets are stored. */
  size: number;
  /**
   * The last stored bucket (-Infinity when none): whether a bucket comes after every stored one is
   * known without reading `data`, seldom in the cache when a bucket closes.
   */
  last: number;
  bucket: number;
  count: number;
  /** A series of values (`addValueAt`) also sums them per bucket, beside their count. */
  sum: number;
  /**
   * For a series of values: how many were read per bucket (`count` counts each by its weight: one value
   * read may stand for several events).
   */
  read: number;
  /**
   * Changes whenever the count of a stored bucket may change: when a bucket that is not after every
   * stored one starts being filled (a stored bucket reopened: only then does a stored count change),
   * and when the width grows. Appending a bucket changes no stored count, so a count read from a
   * stored bucket stays true while `version` does (see ExemplarSet).
   */
  version: number;
}

/** A series' first capacity in buckets: 8 of a count series are 128 bytes, past the 64 V8 keeps inside its heap. */
const FIRST_CAPACITY = 8;

/** Makes room for one more stored bucket. */
function reserve(handle: SeriesHandle): void {
  if ((handle.size + 1) * handle.stride <= handle.data.length) return;
  const grown = new Float64Array(handle.data.length * 2);
  grown.set(handle.data);
  handle.data = grown;
}

/** Index of the first stored bucket not below `bucket`. */
function lowerKey(handle: SeriesHandle, bucket: number): number {
  const { data, stride } = handle;
  let lo = 0;
  let hi = handle.size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((data[mid * stride] ?? 0) < bucket) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of `bucket` among the stored ones, or -1 (no search for a bucket after all of them). */
function storedAt(handle: SeriesHandle, bucket: number): number {
  if (bucket > handle.last) return -1;
  const at = lowerKey(handle, bucket);
  return handle.data[at * handle.stride] === bucket ? at : -1;
}

/** Loads the stored count (and sum) of `bucket` as the one being filled. */
function load(handle: SeriesHandle, bucket: number): void {
  handle.bucket = bucket;
  // Not after every stored bucket: the bucket may be a stored one, reopened.
  if (bucket <= handle.last) handle.version++;
  const at = storedAt(handle, bucket);
  const i = at * handle.stride;
  handle.count = at < 0 ? 0 : (handle.data[i + 1] ?? 0);
  if (handle.stride === 4) {
    handle.sum = at < 0 ? 0 : (handle.data[i + 2] ?? 0);
    handle.read = at < 0 ? 0 : (handle.data[i + 3] ?? 0);
  }
}

function storedCount(handle: SeriesHandle, bucket: number): number {
  const at = storedAt(handle, bucket);
  return at < 0 ? 0 : (handle.data[at * handle.stride + 1] ?? 0);
}

/** Writes the bucket being filled at stored place `at`. */
function write(handle: SeriesHandle, at: number): void {
  const i = at * handle.stride;
  const data = handle.data;
  data[i] = handle.bucket;
  data[i + 1] = handle.count;
  if (handle.stride === 4) {
    data[i + 2] = handle.sum;
    data[i + 3] = handle.read;
  }
}

function flush(handle: SeriesHandle): void {
  const bucket = handle.bucket;
  if (Number.isNaN(bucket)) return;
  const size = handle.size;
  if (bucket > handle.last) {
    // An empty bucket is not stored.
    if (handle.count === 0) return;
    reserve(handle);
    write(handle, size);
    handle.size = size + 1;
    handle.last = bucket;
    return;
  }
  const at = lowerKey(handle, bucket);
  if (handle.data[at * handle.stride] !== bucket) {
    // A bucket before some stored ones: the later ones move up one place.
    reserve(handle);
    const stride = handle.stride;
    handle.data.copyWithin((at + 1) * stride, at * stride, size * stride);
    handle.size = size + 1;
  }
  write(handle, at);
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
 * bucket is written at or before the first of them.
 */
function coarsen(handle: SeriesHandle, factor: number): void {
  const { data, stride } = handle;
  let end = -1;
  for (let at = 0; at < handle.size; at++) {
    const i = at * stride;
    const k = Math.floor((data[i] ?? 0) / factor);
    const e = end * stride;
    if (end >= 0 && data[e] === k) {
      for (let f = 1; f < stride; f++) data[e + f] = (data[e + f] ?? 0) + (data[i + f] ?? 0);
    } else {
      end++;
      const to = end * stride;
      data[to] = k;
      for (let f = 1; f < stride; f++) data[to + f] = data[i + f] ?? 0;
    }
  }
  handle.size = end + 1;
  handle.last = end < 0 ? -Infinity : (data[end * stride] ?? 0);
}

/** Field `field` (0 bucket, 1 count, 2 sum, 3 reads) of every stored bucket. */
function column(handle: SeriesHandle, field: number): number[] {
  const out = new Array<number>(handle.size);
  for (let at = 0; at < handle.size; at++) out[at] = handle.data[at * handle.stride + field] ?? 0;
  return out;
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
      const stride = values ? 4 : 2;
      handle = {
        data: new Float64Array(FIRST_CAPACITY * stride),
        stride,
        size: 0,
        last: -Infinity,
        bucket: NaN,
        count: 0,
        sum: NaN,
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
    const values = handle.stride === 4;
    return {
      keys: column(handle, 0),
      counts: column(handle, 1),
      sums: values ? column(handle, 2) : [],
      reads: values ? column(handle, 3) : [],
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
    const field = of === 'counts' ? 1 : of === 'sums' ? 2 : 3;
    if (field >= handle.stride) return out;
    const { data, stride } = handle;
    for (let at = 0; at < handle.size; at++) {
      const index = Math.floor(((data[at * stride] ?? 0) * this.widthMs - startMs) / widthMs);
      if (index >= 0 && index < length) out[index] = (out[index] ?? 0) + (data[at * stride + field] ?? 0);
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
