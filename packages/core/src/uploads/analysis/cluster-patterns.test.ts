import { describe, expect, it } from 'vitest';
import { patternId } from '@logai/engine';
import { ClusterPatterns } from './cluster-patterns';

describe('ClusterPatterns', () => {
  it('names each cluster an event named with its final pattern: at eviction, or its template at the end', () => {
    const kept = new Set([7]);
    const clusters = new ClusterPatterns((id) => kept.has(id));
    const live = new Map([
      [1, 'user <*> logged in'],
      [200_000, 'disk <*> full'],
    ]);
    for (const id of [1, 5, 7, 200_000]) clusters.named(id);
    clusters.set(5, 'search for apples');
    clusters.set(7, 'search for pears');
    // Evicted before its batch's events were seen: its template is kept too, and it is named after.
    clusters.set(9, 'search for plums');
    clusters.named(9);
    const rows = [...clusters.rows((id) => live.get(id))];
    expect(rows).toEqual([
      [1, patternId('user <*> logged in')],
      [5, patternId('search for apples')],
      [7, patternId('search for pears')],
      [9, patternId('search for plums')],
      [200_000, patternId('disk <*> full')],
    ]);
    // Templates only of those the analyser counts (7) or that went before being named (9).
    expect([5, 7, 9].map((id) => clusters.get(id))).toEqual([
      undefined,
      'search for pears',
      'search for plums',
    ]);
    expect(clusters.patternOf(5, () => undefined)).toBe(patternId('search for apples'));
    expect(clusters.patternOf(3, () => undefined)).toBeUndefined();
  });
});
