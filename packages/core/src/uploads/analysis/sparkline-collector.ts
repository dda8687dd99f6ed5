export interface SparklineOptions {
  /** (cluster, bucket) counts kept before buckets double in width (default 200,000). */
  maxEntries?: number;
  /** Clusters counted apart before those gone are let go (default 50,000; see `liveClusterOf`). */
  maxSeries?: number;
  /**
   * The live cluster a cluster's events now count with (itself, or the one it was merged into), or
   * undefined once it was evicted: `TemplateMiner.liveClusterOf`. Without it, every cluster is kept.
   */
  liveClusterOf?: (clusterId: number) => number | undefined;
}

/**
 * Counts events per (cluster, time bucket) while an upload streams by, in bounded memory: when the
 * table grows past its cap, buckets double in width and merge; when the clusters counted pass theirs
 * (a log of free text makes a cluster every other line), a merged cluster's counts move to the one it
 * went into and an evicted cluster's are let go (only the live patterns are stored, with their
 * sparklines). At the end, each pattern gets a fixed number of equal buckets over the upload's time
 * range, for the sparklines of the patterns table.
 */
export class SparklineCollector {
  private width = 60_000;
  private counts = new Map<number, Map<number, number>>();
  private entries = 0;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;
  private readonly maxEntries: number;
  private maxSeries: number;
  private readonly liveClusterOf: ((clusterId: number) => number | undefined) | undefined;

  constructor(options: SparklineOptions = {}) {
    this.maxEntries = options.maxEntries ?? 200_000;
    this.maxSeries = options.maxSeries ?? 50_000;
    this.liveClusterOf = options.liveClusterOf;
  }

  add(clusterId: number, timestamp: number | null): void {
    if (timestamp === null) return;
    if (timestamp < this.min) this.min = timestamp;
    if (timestamp > this.max) this.max = timestamp;
    const bucket = Math.floor(timestamp / this.width);
    let series = this.counts.get(clusterId);
    if (!series) {
      if (this.counts.size >= this.maxSeries && this.liveClusterOf) this.compact(this.liveClusterOf);
      series = new Map();
      this.counts.set(clusterId, series);
    }
    const count = series.get(bucket);
    if (count === undefined) {
      series.set(bucket, 1);
      this.entries += 1;
      // Only while widening can halve the table: a bucket per cluster cannot shrink (it was quadratic:
      // a full pass at every new cluster past 200,000).
      while (this.entries > this.maxEntries && this.entries > this.counts.size) this.coarsen();
    } else series.set(bucket, count + 1);
  }

  /** Per pattern id: `buckets` counts over [first, last event]. Clusters with one pattern add up. */
  finish(patternOf: (clusterId: number) => string | undefined, buckets = 24): Map<string, number[]> {
    const result = new Map<string, number[]>();
    if (!Number.isFinite(this.min)) return result;
    const span = Math.max(1, this.max - this.min + 1);
    for (const [clusterId, series] of this.counts) {
      const id = patternOf(clusterId);
      if (id === undefined) continue;
      let line = result.get(id);
      if (!line) {
        line = new Array<number>(buckets).fill(0);
        result.set(id, line);
      }
      for (const [bucket, count] of series) {
        const at = Math.max(this.min, bucket * this.width);
        const index = Math.min(buckets - 1, Math.floor(((at - this.min) / span) * buckets));
        line[index] = (line[index] ?? 0) + count;
      }
    }
    return result;
  }

  /** Counts of merged clusters moved to the live cluster they went into; evicted clusters' let go. */
  private compact(liveClusterOf: (clusterId: number) => number | undefined): void {
    const before = this.counts;
    this.counts = new Map();
    this.entries = 0;
    for (const [clusterId, series] of before) {
      const live = liveClusterOf(clusterId);
      if (live === undefined) continue;
      const into = this.counts.get(live);
      if (into === undefined) {
        this.counts.set(live, series);
        this.entries += series.size;
        continue;
      }
      for (const [bucket, count] of series) {
        const was = into.get(bucket);
        if (was === undefined) this.entries += 1;
        into.set(bucket, (was ?? 0) + count);
      }
    }
    // More live clusters than half the cap (a miner keeping more than 25,000): a larger cap, so that
    // compacting stays rare.
    if (this.counts.size > this.maxSeries / 2) this.maxSeries *= 2;
  }

  private coarsen(): void {
    this.width *= 2;
    this.entries = 0;
    for (const [clusterId, series] of this.counts) {
      const merged = new Map<number, number>();
      for (const [bucket, count] of series) {
        const coarse = Math.floor(bucket / 2);
        merged.set(coarse, (merged.get(coarse) ?? 0) + count);
      }
      this.entries += merged.size;
      this.counts.set(clusterId, merged);
    }
  }
}
