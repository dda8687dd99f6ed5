import type { DetectionContext } from './detection-context';
import { withCrashEchoes } from './crash-echoes';
import { DETECTORS } from './detectors';
import { iso } from './format';
import { mergeFindings } from './merge-findings';
import type { Anomaly } from './report';
import { severityRank } from './severity';

const MAX_ANOMALIES = 50;

/** Runs every detector, merges findings of one cause and orders them by time. */
export function detectAnomalies(ctx: DetectionContext): Anomaly[] {
  const findings = withCrashEchoes(
    ctx,
    mergeFindings(
      DETECTORS.flatMap((detect) => detect(ctx)),
      3 * ctx.widthMs,
      ctx.startMs + ctx.length * ctx.widthMs,
    ),
  );
  return findings
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || b.confidence - a.confidence)
    .slice(0, MAX_ANOMALIES)
    .sort((a, b) => a.startMs - b.startMs || severityRank(b.severity) - severityRank(a.severity))
    .map((f) => ({
      type: f.type,
      severity: f.severity,
      confidence: f.confidence,
      start: iso(f.startMs),
      end: iso(f.endMs),
      files: f.files,
      patternId: f.patternId,
      description: f.description,
      evidence: f.evidence,
    }));
}
