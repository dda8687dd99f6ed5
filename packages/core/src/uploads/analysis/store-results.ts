import type { AnalysisReport, FileStats, PatternSummary } from '@logai/engine';
import { anomalies, patterns, summaries, type Queryable } from '@logai/db';

const CHUNK = 500;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

export interface StoreInput {
  organizationId: string;
  uploadId: string;
  report: AnalysisReport;
  patterns: PatternSummary[];
  sparklines: Map<string, number[]>;
}

/** Inserts what the engine found; returns the anomalies' ids in report order. */
export async function storeResults(db: Queryable, input: StoreInput): Promise<string[]> {
  const { organizationId, uploadId, report } = input;
  const toDate = (value: number | string | null) => (value === null ? null : new Date(value));
  // Several clusters can end with one template: one pattern row each, with their counts added up.
  const merged = new Map<string, PatternSummary>();
  for (const pattern of input.patterns) {
    const seen = merged.get(pattern.id);
    merged.set(pattern.id, seen ? { ...seen, count: seen.count + pattern.count } : pattern);
  }
  await insertChunked([...merged.values()], (chunk) =>
    db.insert(patterns).values(
      chunk.map((pattern) => ({
        organizationId,
        uploadId,
        fingerprint: pattern.id,
        template: pattern.template,
        count: pattern.count,
        level: pattern.level,
        firstSeen: toDate(pattern.firstSeen),
        lastSeen: toDate(pattern.lastSeen),
        samples: pattern.samples,
        variables: pattern.variables,
        sparkline: input.sparklines.get(pattern.id) ?? [],
      })),
    ),
  );
  const ids: string[] = [];
  await insertChunked(report.anomalies, async (chunk) => {
    const inserted = await db
      .insert(anomalies)
      .values(
        chunk.map((anomaly) => ({
          organizationId,
          uploadId,
          type: anomaly.type,
          description: anomaly.description,
          confidenceScore: Math.min(1, Math.max(0, anomaly.confidence)),
          severity: anomaly.severity,
          patternId: anomaly.patternId,
          windowStart: toDate(anomaly.start),
          windowEnd: toDate(anomaly.end),
          evidence: { ...anomaly.evidence, files: anomaly.files },
        })),
      )
      .returning({ id: anomalies.id });
    ids.push(...inserted.map((row) => row.id));
  });
  await db.insert(summaries).values({
    organizationId,
    uploadId,
    title: report.summary.title,
    content: report.summary.content,
    keyIssues: report.summary.key_issues,
    severity: report.summary.severity,
    model: 'builtin',
  });
  return ids;
}

export function fileSummaries(files: FileStats[]) {
  const iso = (value: number | null) => (value === null ? null : new Date(value).toISOString());
  return files.map((file) => ({
    name: file.file,
    format: file.format,
    lines: file.lines,
    events: file.events,
    start: iso(file.firstTimestamp),
    end: iso(file.lastTimestamp),
  }));
}
