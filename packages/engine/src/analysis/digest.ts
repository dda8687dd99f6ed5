import { slowEntryHeadline } from '../format/slow-query-log';
import { redact, type RedactOptions } from '../redact';
import type { AnalysisReport, Anomaly, ReportPattern } from './report';

export interface DigestPattern {
  id: string;
  template: string;
  count: number;
  level: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  samples: string[];
}

export interface DigestAnomaly {
  type: Anomaly['type'];
  severity: Anomaly['severity'];
  confidence: number;
  start: string;
  end: string;
  description: string;
  expected: Anomaly['evidence']['expected'];
  observed: Anomaly['evidence']['observed'];
  score: number;
  patternIds: string[];
  samples: string[];
}

/** What an LLM gets: the report in brief, redacted, and bounded in size whatever the input. */
export interface Digest {
  files: {
    name: string;
    format: string;
    events: number;
    errors: number;
    start: string | null;
    end: string | null;
  }[];
  stats: {
    events: number;
    errors: number;
    errorRate: number;
    start: string | null;
    end: string | null;
    levels: Record<string, number>;
    services: { name: string; events: number; errors: number }[];
    http: AnalysisReport['stats']['http'];
    timeline: { bucketSeconds: number; total: number[]; errors: number[] };
  };
  anomalies: DigestAnomaly[];
  errorPatterns: DigestPattern[];
  topPatterns: DigestPattern[];
  builtInSummary: { title: string; severity: string };
  /** True when lists or texts were cut to fit the budget. */
  truncated: boolean;
}

export interface DigestOptions extends RedactOptions {
  /** Upper bound of the digest's size in tokens (estimated at 4 characters a token). Default 8000. */
  maxTokens?: number;
}

export function estimateTokens(value: unknown): number {
  return Math.ceil(JSON.stringify(value).length / 4);
}

interface Limits {
  anomalies: number;
  patterns: number;
  samples: number;
  chars: number;
  files: number;
  points: number;
}

/** Builds the digest, shrinking lists and texts until it fits `maxTokens`. Every text is redacted. */
export function buildDigest(report: AnalysisReport, options: DigestOptions = {}): Digest {
  const maxTokens = options.maxTokens ?? 8000;
  let limits: Limits = { anomalies: 25, patterns: 25, samples: 2, chars: 300, files: 20, points: 60 };
  let digest = digestWith(report, limits, options, false);
  while (estimateTokens(digest) > maxTokens && limits.chars > 20) {
    limits = {
      anomalies: Math.max(3, Math.floor(limits.anomalies * 0.7)),
      patterns: Math.max(3, Math.floor(limits.patterns * 0.7)),
      samples: limits.chars < 150 ? 0 : 1,
      chars: Math.floor(limits.chars * 0.7),
      files: Math.max(3, Math.floor(limits.files * 0.7)),
      points: Math.max(12, Math.floor(limits.points * 0.7)),
    };
    digest = digestWith(report, limits, options, true);
  }
  return digest;
}

function digestWith(
  report: AnalysisReport,
  limits: Limits,
  options: RedactOptions,
  truncated: boolean,
): Digest {
  const clean = (text: string) => {
    const oneLine = redact(text, options).replace(/\s+/g, ' ');
    return oneLine.length > limits.chars ? `${oneLine.slice(0, limits.chars)}…` : oneLine;
  };
  // A slow query log entry by its query time and statement, as the summary shows it: its `# Time`,
  // `# User@Host` and session lines would fill the budget of a sample.
  const sample = (text: string) => clean(slowEntryHeadline(text) ?? text);
  const pattern = (p: ReportPattern): DigestPattern => ({
    id: p.id,
    template: clean(p.template),
    count: p.count,
    level: p.level,
    firstSeen: p.firstSeen,
    lastSeen: p.lastSeen,
    samples: p.samples.slice(0, limits.samples).map((s) => sample(s.text)),
  });
  const { stats } = report;
  const errorPatterns = report.patterns.filter(
    (p) => p.errors > 0 || p.level === 'error' || p.level === 'fatal',
  );
  const cut =
    report.anomalies.length > limits.anomalies ||
    report.patterns.length > limits.patterns ||
    report.files.length > limits.files;
  return {
    files: report.files.slice(0, limits.files).map((f) => ({
      name: clean(f.name),
      format: f.format,
      events: f.events,
      errors: f.errors,
      start: f.start,
      end: f.end,
    })),
    stats: {
      events: stats.events,
      errors: stats.errors,
      errorRate: stats.errorRate,
      start: stats.start,
      end: stats.end,
      levels: stats.levels,
      services: stats.services.slice(0, 10).map((s) => ({ ...s, name: clean(s.name) })),
      http: stats.http,
      timeline: downsample(stats.timeline, limits.points),
    },
    anomalies: [...report.anomalies]
      .sort((a, b) => rank(b) - rank(a))
      .slice(0, limits.anomalies)
      .map((a) => ({
        type: a.type,
        severity: a.severity,
        confidence: a.confidence,
        start: a.start,
        end: a.end,
        description: clean(a.description),
        expected: a.evidence.expected,
        observed: a.evidence.observed,
        score: a.evidence.score,
        patternIds: a.evidence.patternIds.slice(0, 3),
        samples: a.evidence.samples.slice(0, limits.samples).map((s) => sample(s.text)),
      })),
    errorPatterns: errorPatterns.slice(0, limits.patterns).map(pattern),
    topPatterns: report.patterns.slice(0, limits.patterns).map(pattern),
    builtInSummary: { title: clean(report.summary.title), severity: report.summary.severity },
    truncated: truncated || cut,
  };
}

const SEVERITY_RANK = { info: 0, low: 1, medium: 2, high: 3, critical: 4 } as const;

function rank(a: Anomaly): number {
  return SEVERITY_RANK[a.severity] * 10 + a.confidence;
}

function downsample(
  timeline: AnalysisReport['stats']['timeline'],
  points: number,
): Digest['stats']['timeline'] {
  const factor = Math.max(1, Math.ceil(timeline.total.length / points));
  const fold = (values: number[]) => {
    const out: number[] = [];
    for (let i = 0; i < values.length; i += factor)
      out.push(values.slice(i, i + factor).reduce((a, b) => a + b, 0));
    return out;
  };
  return {
    bucketSeconds: timeline.bucketSeconds * factor,
    total: fold(timeline.total),
    errors: fold(timeline.errors),
  };
}
