import { nextWidth } from './bucket-ladder';

/**
 * Sparse time-bucketed counters sharing one width. When the busiest series holds more than
 * `maxBuckets` buckets the width grows (1s → 2s → 10s …) and every series is merged, so memory
 * stays bounded whatever the time span.
 */
export class TimeBuckets<K> {
  widthMs: number;
  private readonly series = new Map<K, Map<number, number>>();

  constructor(
    private readonly maxBuckets: number,
    initialWidthMs = 1000,
  ) {
    this.widthMs = initialWidthMs;
  }

  keyOf(timestamp: number): number {
    return Math.floor(timestamp / this.widthMs);
  }

  add(key: K, timestamp: number, amount = 1): number {
    let buckets = this.series.get(key);
    if (!buckets) {
      buckets = new Map();
      this.series.set(key, buckets);
    }
    const bucket = this.keyOf(timestamp);
    const next = (buckets.get(bucket) ?? 0) + amount;
    buckets.set(bucket, next);
    if (buckets.size > this.maxBuckets) this.grow();
    return next;
  }

  get(key: K): ReadonlyMap<number, number> | undefined {
    return this.series.get(key);
  }

  countAt(key: K, timestamp: number): number {
    return this.series.get(key)?.get(this.keyOf(timestamp)) ?? 0;
  }

  keys(): IterableIterator<K> {
    return this.series.keys();
  }

  /** Dense values of one series at `widthMs` (a multiple of the stored width) from `startMs`. */
  dense(key: K, startMs: number, widthMs: number, length: number): number[] {
    const out = new Array<number>(length).fill(0);
    const buckets = this.series.get(key);
    if (!buckets) return out;
    for (const [bucket, count] of buckets) {
      const index = Math.floor((bucket * this.widthMs - startMs) / widthMs);
      if (index >= 0 && index < length) out[index] = (out[index] ?? 0) + count;
    }
    return out;
  }

  private grow(): void {
    const from = this.widthMs;
    this.widthMs = nextWidth(from);
    const factor = this.widthMs / from;
    for (const [key, buckets] of this.series) {
      const merged = new Map<number, number>();
      for (const [bucket, count] of buckets) {
        const k = Math.floor(bucket / factor);
        merged.set(k, (merged.get(k) ?? 0) + count);
      }
      this.series.set(key, merged);
    }
    const widest = Math.max(0, ...[...this.series.values()].map((b) => b.size));
    if (widest > this.maxBuckets) this.grow();
  }
}
