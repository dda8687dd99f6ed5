import { describe, expect, it } from 'vitest';
import { groupIncidents } from './key-issues';
import type { Anomaly } from './report';

function anomaly(type: Anomaly['type'], start: string, end: string): Anomaly {
  return {
    type,
    severity: 'medium',
    confidence: 0.9,
    start: `2026-11-20T${start}:00.000Z`,
    end: `2026-11-20T${end}:00.000Z`,
    files: ['app.log'],
    patternId: null,
    description: type,
    evidence: {
      metric: 'm',
      expected: { baseline: 0, lower: null, upper: null },
      observed: { value: 1, total: 1 },
      score: 1,
      bucketSeconds: 60,
      patternIds: [],
      source: null,
      lines: [],
      samples: [],
      related: [],
    },
  };
}

describe('groupIncidents', () => {
  it('groups overlapping anomalies into one incident', () => {
    const groups = groupIncidents(
      [anomaly('error_spike', '14:40', '14:45'), anomaly('pattern_spike', '14:41', '14:44')],
      60_000,
    );
    expect(groups).toHaveLength(1);
  });

  it('keeps a pattern that runs through the whole file out of the incident it overlaps', () => {
    const hour = 3_600_000;
    const groups = groupIncidents(
      [
        anomaly('new_pattern', '14:00', '14:59'),
        anomaly('error_spike', '14:40', '14:45'),
        anomaly('pattern_spike', '14:40', '14:45'),
      ],
      60_000,
      hour,
    );
    const incident = groups.find((group) => group.some((a) => a.type === 'error_spike'));
    expect(incident?.map((a) => a.type)).toEqual(['error_spike', 'pattern_spike']);
    expect(groups).toHaveLength(2);
  });
});
