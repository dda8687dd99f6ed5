import {
  ANOMALY_STATUS_VALUES,
  ANOMALY_TYPE_VALUES,
  SEVERITY_VALUES,
  type Anomaly,
  type Severity,
} from '@logai/contracts';
import type { anomalies } from '@logai/db';

function oneOf<T extends string>(values: readonly T[], value: string, what: string): T {
  const found = values.find((candidate) => candidate === value);
  if (!found) throw new Error(`unknown ${what} in the database: ${value}`);
  return found;
}

export function toSeverity(value: string): Severity {
  return oneOf(SEVERITY_VALUES, value, 'severity');
}

export function toAnomaly(row: typeof anomalies.$inferSelect, uploadFilename: string): Anomaly {
  return {
    id: row.id,
    uploadId: row.uploadId,
    uploadFilename,
    type: oneOf(ANOMALY_TYPE_VALUES, row.type, 'anomaly type'),
    severity: toSeverity(row.severity),
    confidence: row.confidenceScore,
    status: oneOf(ANOMALY_STATUS_VALUES, row.status, 'anomaly status'),
    description: row.description,
    patternId: row.patternId,
    windowStart: row.windowStart?.toISOString() ?? null,
    windowEnd: row.windowEnd?.toISOString() ?? null,
    evidence: row.evidence,
    statusNote: row.statusNote,
    statusChangedAt: row.statusChangedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
