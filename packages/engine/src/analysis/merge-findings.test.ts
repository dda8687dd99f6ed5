import { describe, expect, it } from 'vitest';
import type { Finding } from './detection-context';
import { mergeFindings } from './merge-findings';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 9, 17, 13, 0);

function errorSpike(fromMinute: number, toMinute: number, patternId: string, description: string): Finding {
  return {
    type: 'error_spike',
    severity: 'medium',
    confidence: 0.9,
    startMs: T0 + fromMinute * MINUTE,
    endMs: T0 + toMinute * MINUTE,
    files: ['squid-access.log', 'traefik-access.json'],
    patternId,
    subject: 'errors',
    description,
    evidence: {
      metric: 'error events per 5m',
      expected: { baseline: 4, lower: null, upper: 12 },
      observed: { value: 26, total: 26 },
      score: 7,
      bucketSeconds: 300,
      patternIds: [patternId],
      source: null,
      lines: [],
      samples: [],
      related: [],
    },
  };
}

describe('mergeFindings', () => {
  it('tells the error spike of another message merged into a finding, not one of the same message (blind6 51/s10)', () => {
    const squid = errorSpike(
      25,
      30,
      'aa',
      '26 errors 13:25–13:30 UTC, 6.5× the usual 4 per 5m, mostly "CONNECT <*>".',
    );
    const traefik = errorSpike(
      40,
      50,
      'bb',
      '17 errors 13:40–13:50 UTC, 8.5× the usual 1 per 5m, mostly "GET <*>".',
    );
    const [merged, ...more] = mergeFindings([squid, traefik], 15 * MINUTE, T0 + 180 * MINUTE);
    expect(more).toEqual([]);
    expect(merged?.description).toBe(
      '26 errors 13:25–13:30 UTC, 6.5× the usual 4 per 5m, mostly "CONNECT <*>"; also 17 errors 13:40–13:50 UTC, 8.5× the usual 1 per 5m, mostly "GET <*>".',
    );
    expect(merged?.evidence.patternIds).toEqual(['aa', 'bb']);
    // The same message's spike a few buckets on widens the finding; its text adds nothing.
    const later = errorSpike(40, 50, 'aa', '17 errors 13:40–13:50 UTC, mostly "CONNECT <*>".');
    expect(mergeFindings([squid, later], 15 * MINUTE, T0 + 180 * MINUTE)[0]?.description).toBe(
      squid.description,
    );
    // Three more messages: two are told.
    const many = ['bb', 'cc', 'dd'].map((id, i) => errorSpike(35 + 5 * i, 40 + 5 * i, id, `spike ${id}.`));
    const told = mergeFindings([squid, ...many], 15 * MINUTE, T0 + 180 * MINUTE)[0]?.description;
    expect(told?.split('; also ')).toHaveLength(3);
  });
});
