import { nextWidth } from './bucket-ladder';

/**
 * One series' sparse counters; hold on to it to add without looking the series up again. The bucket
 * being filled is kept aside (`bucket`, `count`) and written to the map when another one starts:
 * events arrive mostly in time order, so most adds touch no map at all.
 */
export interface SeriesHandle {
  buckets: Map<number, number>;
  bucket: number;
  count: number;
}

function flush(handle: SeriesHandle): void {
  if (handle.count !== 0) handle.buckets.set(handle.bucket, handle.count);
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

  handle(key: K): SeriesHandle {
    let handle = this.series.get(key);
    if (!handle) {
      handle = { buckets: new Map(), bucket: NaN, count: 0 };
      this.series.set(key, handle);
    }
    return handle;
  }

  /** Adds to a bucket computed by `settle` for the current event; returns the bucket's new count. */
  addAt(handle: SeriesHandle, bucket: number, amount = 1): number {
    if (bucket !== handle.bucket) {
      flush(handle);
      if (handle.buckets.size >= this.maxBuckets) this.crowded = true;
      handle.bucket = bucket;
      handle.count = handle.buckets.get(bucket) ?? 0;
    }
    handle.count += amount;
    return handle.count;
  }

  add(key: K, timestamp: number, amount = 1): number {
    return this.addAt(this.handle(key), this.settle(timestamp), amount);
  }

  get(key: K): ReadonlyMap<number, number> | undefined {
    const handle = this.series.get(key);
    if (handle) flush(handle);
    return handle?.buckets;
  }

  countAt(key: K, timestamp: number): number {
    const handle = this.series.get(key);
    return handle ? this.countIn(handle, timestamp) : 0;
  }

  countIn(handle: SeriesHandle, timestamp: number): number {
    const bucket = this.keyOf(timestamp);
    return bucket === handle.bucket ? handle.count : (handle.buckets.get(bucket) ?? 0);
  }

  keys(): IterableIterator<K> {
    return this.series.keys();
  }

  /** Dense values of one series at `widthMs` (a multiple of the stored width) from `startMs`. */
  dense(key: K, startMs: number, widthMs: number, length: number): number[] {
    const out = new Array<number>(length).fill(0);
    const buckets = this.get(key);
    if (!buckets) return out;
    for (const [bucket, count] of buckets) {
      const index = Math.floor((bucket * this.widthMs - startMs) / widthMs);
      if (index >= 0 && index < length) out[index] = (out[index] ?? 0) + count;
    }
    return out;
  }

  private grow(): void {
    for (const handle of this.series.values()) {
      flush(handle);
      handle.bucket = NaN;
      handle.count = 0;
    }
    do {
      const from = this.widthMs;
      this.widthMs = nextWidth(from);
      const factor = this.widthMs / from;
      for (const handle of this.series.values()) {
        const merged = new Map<number, number>();
        for (const [bucket, count] of handle.buckets) {
          const k = Math.floor(bucket / factor);
          merged.set(k, (merged.get(k) ?? 0) + count);
        }
        handle.buckets = merged;
      }
    } while ([...this.series.values()].some((h) => h.buckets.size > this.maxBuckets));
    this.crowded = false;
  }
}
