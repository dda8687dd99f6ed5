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
    const collector = new SparklineCollector(100);
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
});
