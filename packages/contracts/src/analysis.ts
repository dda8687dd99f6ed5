import { z } from 'zod';
import { pageOf } from './common';
import { Level, Severity } from './uploads';

export const SampleLine = z.object({ file: z.string(), line: z.number().int(), text: z.string() });

export const KeyIssue = z
  .object({
    title: z.string(),
    severity: Severity,
    start: z.iso.datetime(),
    end: z.iso.datetime(),
    anomalyTypes: z.array(z.string()),
    patternIds: z.array(z.string()),
    count: z.number().int(),
    sample: SampleLine.nullable(),
  })
  .meta({ id: 'KeyIssue' });

export const Summary = z
  .object({
    uploadId: z.uuid(),
    title: z.string(),
    /** Markdown. */
    content: z.string(),
    keyIssues: z.array(KeyIssue),
    severity: Severity,
    /** "builtin" for the deterministic analyst, else the LLM model. */
    model: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Summary' });
export type Summary = z.infer<typeof Summary>;

export const ANOMALY_TYPE_VALUES = [
  'error_spike',
  'volume_spike',
  'volume_drop',
  'pattern_spike',
  'new_pattern',
  'rare_event',
  'latency_degradation',
] as const;
export const AnomalyType = z.enum(ANOMALY_TYPE_VALUES);
export const ANOMALY_STATUS_VALUES = ['open', 'acknowledged', 'resolved', 'muted'] as const;
export const AnomalyStatus = z.enum(ANOMALY_STATUS_VALUES);
export type AnomalyStatus = z.infer<typeof AnomalyStatus>;

export const Anomaly = z
  .object({
    id: z.uuid(),
    uploadId: z.uuid(),
    uploadFilename: z.string(),
    type: AnomalyType,
    severity: Severity,
    confidence: z.number(),
    status: AnomalyStatus,
    description: z.string(),
    patternId: z.string().nullable(),
    windowStart: z.iso.datetime().nullable(),
    windowEnd: z.iso.datetime().nullable(),
    /** Expected vs observed, score, pattern ids, line numbers and sample lines (engine's AnomalyEvidence). */
    evidence: z.record(z.string(), z.unknown()),
    statusNote: z.string().nullable(),
    statusChangedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Anomaly' });
export type Anomaly = z.infer<typeof Anomaly>;
export const AnomalyPage = pageOf(Anomaly).meta({ id: 'AnomalyPage' });
export type AnomalyPage = z.infer<typeof AnomalyPage>;

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
    z.array(item),
  );

export const AnomalyQuery = z.object({
  uploadId: z.uuid().optional(),
  severity: csv(Severity).optional(),
  status: csv(AnomalyStatus).optional(),
  type: csv(AnomalyType).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type AnomalyQuery = z.infer<typeof AnomalyQuery>;

export const ChangeAnomalyStatus = z
  .object({ status: AnomalyStatus, note: z.string().trim().max(2000).optional() })
  .meta({
    id: 'ChangeAnomalyStatus',
    example: { status: 'acknowledged', note: 'Looking into the DB failover' },
  });
export type ChangeAnomalyStatus = z.infer<typeof ChangeAnomalyStatus>;

export const Pattern = z
  .object({
    id: z.string(),
    template: z.string(),
    count: z.number().int(),
    level: Level.nullable(),
    firstSeen: z.iso.datetime().nullable(),
    lastSeen: z.iso.datetime().nullable(),
    samples: z.array(SampleLine),
    variables: z.array(z.record(z.string(), z.unknown())),
    /** Counts over the upload's time range in equal buckets, for a sparkline. */
    sparkline: z.array(z.number().int()),
  })
  .meta({ id: 'Pattern' });
export type Pattern = z.infer<typeof Pattern>;
export const PatternPage = pageOf(Pattern).meta({ id: 'PatternPage' });

export const PatternQuery = z.object({
  level: csv(Level).optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type PatternQuery = z.infer<typeof PatternQuery>;

export const PatternChange = z.object({
  id: z.string(),
  template: z.string(),
  level: Level.nullable(),
  baseCount: z.number().int(),
  targetCount: z.number().int(),
  /** Change of the pattern's share of all events (target / base); Infinity-free: new patterns use null. */
  ratio: z.number().nullable(),
});

export const UploadComparison = z
  .object({
    baseUploadId: z.uuid(),
    targetUploadId: z.uuid(),
    /** 0 (the same) … 1 (nothing in common): weighted share of events in new, gone or changed patterns. */
    score: z.number(),
    newPatterns: z.array(PatternChange),
    gonePatterns: z.array(PatternChange),
    changedPatterns: z.array(PatternChange),
  })
  .meta({ id: 'UploadComparison' });
export type UploadComparison = z.infer<typeof UploadComparison>;
