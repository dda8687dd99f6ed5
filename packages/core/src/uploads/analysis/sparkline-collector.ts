/**
 * Counts events per (cluster, time bucket) while an upload streams by, in bounded memory: when the
 * table grows past its cap, buckets double in width and merge. At the end, each pattern gets a fixed
 * number of equal buckets over the upload's time range, for the sparklines of the patterns table.
 */
export class SparklineCollector {
  private width = 60_000;
  private counts = new Map<number, Map<number, number>>();
  private entries = 0;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;

  constructor(private readonly maxEntries = 200_000) {}

  add(clusterId: number, timestamp: number | null): void {
    if (timestamp === null) return;
    if (timestamp < this.min) this.min = timestamp;
    if (timestamp > this.max) this.max = timestamp;
    const bucket = Math.floor(timestamp / this.width);
    let series = this.counts.get(clusterId);
    if (!series) {
      series = new Map();
      this.counts.set(clusterId, series);
    }
    const count = series.get(bucket);
    if (count === undefined) {
      series.set(bucket, 1);
      this.entries += 1;
      if (this.entries > this.maxEntries) this.coarsen();
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
