// Anomaly evidence and pattern variable statistics arrive as open records (the engine owns their
// shape); these readers take what they recognise and ignore the rest, without casting.

export interface Evidence {
  metric: string | null;
  expected: { baseline: number | null; lower: number | null; upper: number | null };
  observed: { value: number | null; total: number | null };
  score: number | null;
  patternIds: string[];
  samples: { file: string; line: number; text: string }[];
  related: string[];
}

export interface VariableStat {
  index: number;
  distinct: number | null;
  distinctCapped: boolean;
  top: { value: string; count: number }[];
  numeric: { min: number; max: number; p50: number; p90: number; p99: number } | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function readEvidence(raw: Record<string, unknown>): Evidence {
  const expected = isRecord(raw.expected) ? raw.expected : {};
  const observed = isRecord(raw.observed) ? raw.observed : {};
  return {
    metric: str(raw.metric),
    expected: { baseline: num(expected.baseline), lower: num(expected.lower), upper: num(expected.upper) },
    observed: { value: num(observed.value), total: num(observed.total) },
    score: num(raw.score),
    patternIds: list(raw.patternIds).flatMap((id) => (typeof id === 'string' ? [id] : [])),
    samples: list(raw.samples).flatMap((sample) => {
      if (!isRecord(sample)) return [];
      const text = str(sample.text);
      return text === null ? [] : [{ file: str(sample.file) ?? '', line: num(sample.line) ?? 0, text }];
    }),
    related: list(raw.related).flatMap((type) => (typeof type === 'string' ? [type] : [])),
  };
}

export function readVariable(raw: Record<string, unknown>, position: number): VariableStat {
  const numeric = isRecord(raw.numeric) ? raw.numeric : null;
  const min = num(numeric?.min);
  const max = num(numeric?.max);
  return {
    index: num(raw.index) ?? position,
    distinct: num(raw.distinct),
    distinctCapped: raw.distinctCapped === true,
    top: list(raw.top).flatMap((entry) => {
      if (!isRecord(entry)) return [];
      const value = str(entry.value);
      return value === null ? [] : [{ value, count: num(entry.count) ?? 0 }];
    }),
    numeric:
      numeric && min !== null && max !== null
        ? {
            min,
            max,
            p50: num(numeric.p50) ?? min,
            p90: num(numeric.p90) ?? max,
            p99: num(numeric.p99) ?? max,
          }
        : null,
  };
}

export function formatMetricValue(value: number | null): string {
  if (value === null) return '—';
  return Math.abs(value) >= 100
    ? Math.round(value).toLocaleString('en')
    : value.toFixed(value % 1 === 0 ? 0 : 2);
}
