import { describe, expect, it } from 'vitest';
import { SparklineCollector } from './sparkline-collector';

describe('SparklineCollector', () => {
  it('spreads a pattern over equal buckets of the upload time range', () => {
    const collector = new SparklineCollector();
    const start = Date.UTC(2026, 10, 25, 10);
    for (let minute = 0; minute < 60; minute += 1) collector.add(1, start + minute * 60_000);
    for (let i = 0; i < 30; i += 1) collector.add(2, start + 59 * 60_000);
    const lines = collector.finish((id) => (id === 1 ? 'steady' : 'burst'), 6);
    expect(lines.get('steady')).toEqual([10, 10, 10, 10, 10, 10]);
    expect(lines.get('burst')).toEqual([0, 0, 0, 0, 0, 30]);
  });

  it('stays within its memory cap by widening buckets, keeping every count', () => {
    const collector = new SparklineCollector({ maxEntries: 100 });
    const start = Date.UTC(2026, 0, 1);
    for (let minute = 0; minute < 10_000; minute += 1) collector.add(minute % 3, start + minute * 60_000);
    const lines = collector.finish((id) => `p${id}`, 10);
    const total = [...lines.values()].flat().reduce((sum, count) => sum + count, 0);
    expect(total).toBe(10_000);
  });

  it('merges clusters that ended as the same pattern', () => {
    const collector = new SparklineCollector();
    collector.add(1, 1000);
    collector.add(2, 2000);
    expect(collector.finish(() => 'same', 1).get('same')).toEqual([2]);
  });

  it('counts a cluster a line (free text) in time linear in the clusters, widening no further', () => {
    // 300,000 clusters of one event each: the table passed its 200,000 entries with a bucket per
    // cluster, and widening (which cannot shrink it) ran over all of them at every new cluster.
    const collector = new SparklineCollector();
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 300_000; i += 1) collector.add(i, start + i * 1_000);
    const lines = collector.finish((id) => (id % 2 === 0 ? 'even' : 'odd'), 3);
    for (const name of ['even', 'odd']) {
      const line = lines.get(name) ?? [];
      expect(line.reduce((a, b) => a + b, 0)).toBe(150_000);
      // Widened buckets end near, not at, the thirds.
      for (const count of line) expect(Math.abs(count - 50_000)).toBeLessThan(100);
    }
  });

  it('moves merged clusters to the live one and lets evicted ones go past its cap on clusters', () => {
    // Clusters 0–9 live; 10–99 merged into cluster id % 10; 100 and beyond evicted.
    const liveClusterOf = (id: number) => (id < 100 ? id % 10 : undefined);
    const collector = new SparklineCollector({ maxSeries: 50, liveClusterOf });
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 1_000; i += 1) collector.add(i % 200, start + i * 60_000);
    const lines = collector.finish((id) => (id < 10 ? `p${id % 10}` : `gone${id}`), 1);
    // Every count of clusters 0–99 is kept under its live cluster; of the evicted ones, only those
    // added since the last compacting are left (a compacting lets them go).
    for (let p = 0; p < 10; p += 1) expect(lines.get(`p${p}`)).toEqual([50]);
    const evictedKept = [...lines.keys()].filter((k) => k.startsWith('gone'));
    expect(evictedKept.length).toBeLessThan(50);
  });
});
