// The report of `logai analyze --json` (ARCHITECTURE §5). Field names map directly onto the
// `anomalies` and `summaries` tables, so keep them stable. All times are ISO-8601 UTC strings.
import type { FormatName, Level, VariableStats } from '../types';

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ANOMALY_TYPES = [
  'error_spike',
  'volume_spike',
  'volume_drop',
  'pattern_spike',
  'new_pattern',
  'rare_event',
  'latency_degradation',
] as const;
export type AnomalyType = (typeof ANOMALY_TYPES)[number];

export interface LineRef {
  file: string;
  line: number;
}

export interface SampleLine extends LineRef {
  text: string;
}

export interface AnomalyEvidence {
  /** What the series measures, e.g. "error events per 1m" or "p50 duration (ms) of pattern 3f2a…". */
  metric: string;
  expected: { baseline: number; lower: number | null; upper: number | null };
  observed: { value: number; total: number };
  /** How far outside the bounds the observation is (robust z-score, or a factor for ratios). */
  score: number;
  bucketSeconds: number | null;
  patternIds: string[];
  source: string | null;
  lines: LineRef[];
  samples: SampleLine[];
  /** Other anomaly types that matched the same cause and were merged into this one. */
  related: AnomalyType[];
}

export interface Anomaly {
  type: AnomalyType;
  severity: Severity;
  /** 0–1. */
  confidence: number;
  start: string;
  end: string;
  files: string[];
  /** The main pattern of the anomaly (maps to anomalies.pattern_id), null for aggregate ones. */
  patternId: string | null;
  description: string;
  evidence: AnomalyEvidence;
}

export interface ReportFile {
  name: string;
  format: FormatName;
  formatEvidence: string;
  bytes: number;
  lines: number;
  events: number;
  errors: number;
  start: string | null;
  end: string | null;
  encoding: string;
  invalidUtf8Bytes: number;
  truncatedEvents: number;
  /** A bundle's member that was not read (binary, empty, a nested archive): why. */
  skipped?: string;
}

export interface ReportStats {
  events: number;
  lines: number;
  bytes: number;
  start: string | null;
  end: string | null;
  durationSeconds: number;
  /** Events without any timestamp: counted, but not on the timeline. */
  untimedEvents: number;
  levels: Record<Level | 'none', number>;
  errors: number;
  errorRate: number;
  services: { name: string; events: number; errors: number }[];
  timeline: { start: string | null; bucketSeconds: number; total: number[]; errors: number[] };
  http: HttpStats | null;
}

export interface HttpStats {
  requests: number;
  statusClasses: Record<'1xx' | '2xx' | '3xx' | '4xx' | '5xx', number>;
  requestTime: { unit: 'ms'; count: number; p50: number; p90: number; p99: number; max: number } | null;
}

export interface ReportPattern {
  id: string;
  template: string;
  count: number;
  level: Level | null;
  errors: number;
  firstSeen: string | null;
  lastSeen: string | null;
  files: string[];
  /** True when a baseline was given and the pattern is not in it. */
  isNew: boolean;
  samples: SampleLine[];
  variables: VariableStats[];
}

export interface KeyIssue {
  title: string;
  severity: Severity;
  start: string;
  end: string;
  anomalyTypes: AnomalyType[];
  patternIds: string[];
  count: number;
  sample: SampleLine | null;
}

export interface Summary {
  title: string;
  /** Markdown. */
  content: string;
  key_issues: KeyIssue[];
  severity: Severity;
}

export interface AnalysisReport {
  files: ReportFile[];
  stats: ReportStats;
  patterns: ReportPattern[];
  anomalies: Anomaly[];
  summary: Summary;
}
