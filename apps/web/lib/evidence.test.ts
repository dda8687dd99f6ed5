import { describe, expect, it } from 'vitest';
import { readEvidence, readVariable } from './evidence';
import { evidenceHref } from './evidence-href';

describe('evidence readers', () => {
  it('read what the engine sends and ignore what they do not know', () => {
    const evidence = readEvidence({
      metric: 'error events per 30s',
      expected: { baseline: 0, lower: null, upper: 5 },
      observed: { value: 63, total: 630 },
      score: 63,
      samples: [{ file: 'api.log', line: 7, text: 'ERROR refused' }, 'junk'],
      extra: true,
    });
    expect(evidence.expected).toEqual({ baseline: 0, lower: null, upper: 5 });
    expect(evidence.observed.value).toBe(63);
    expect(evidence.samples).toEqual([{ file: 'api.log', line: 7, text: 'ERROR refused' }]);
    expect(readEvidence({}).metric).toBeNull();
  });

  it('read variable statistics, numeric or not', () => {
    const variable = readVariable(
      { index: 2, distinct: 60, top: [{ value: '23', count: 18 }], numeric: { min: 20, max: 79 } },
      0,
    );
    expect(variable.index).toBe(2);
    expect(variable.numeric).toEqual({ min: 20, max: 79, p50: 20, p90: 79, p99: 79 });
    expect(readVariable({}, 3)).toMatchObject({ index: 3, top: [], numeric: null });
  });

  it('link to the explorer narrowed to the window, widening a single instant to a minute', () => {
    const href = evidenceHref('u1', {
      start: '2026-11-20T14:40:00.000Z',
      end: '2026-11-20T14:40:00.000Z',
      patternId: 'p1',
    });
    const params = new URL(href, 'http://x').searchParams;
    expect(params.get('tab')).toBe('explorer');
    expect(params.get('to')).toBe('2026-11-20T14:41:00.000Z');
    expect(params.get('pattern')).toBe('p1');
  });
});
