import type { FileStats, PatternSummary } from '../types';
import type { Analyzer, FinishInput } from './analyzer';
import { resolvePatterns, type ResolvedPattern } from './resolve-patterns';
import { buildContext, timeRange } from './build-context';
import { detectAnomalies } from './detect-anomalies';
import type { DetectionContext } from './detection-context';
import { iso } from './format';
import { dominantLevel } from './pattern-track';
import type { AnalysisReport, ReportFile, ReportPattern, ReportStats } from './report';
import { summarize } from './summarize';

const MAX_PATTERNS = 200;
const MAX_ERROR_PATTERNS = 100;

export function buildReport(analyzer: Analyzer, input: FinishInput): AnalysisReport {
  const resolved = resolvePatterns(analyzer.patterns.values(), input.patterns, input.templateOf);
  const ctx = buildContext(analyzer, input.files, resolved);
  const anomalies = ctx ? detectAnomalies(ctx) : [];
  const files = reportFiles(analyzer, input.files);
  const stats = reportStats(analyzer, files, ctx);
  const patterns = reportPatterns(analyzer, input.patterns, resolved);
  return { files, stats, patterns, anomalies, summary: summarize({ files, stats, patterns, anomalies }) };
}

function reportFiles(analyzer: Analyzer, fileStats: FileStats[]): ReportFile[] {
  const named = new Map(fileStats.map((f) => [f.file, f]));
  const names = [...new Set([...fileStats.map((f) => f.file), ...analyzer.files.keys()])];
  return names.map((name) => {
    const f = named.get(name);
    const tally = analyzer.files.get(name);
    return {
      name,
      format: f?.format ?? 'text',
      formatEvidence: f?.formatEvidence ?? '',
      bytes: f?.bytes ?? 0,
      lines: f?.lines ?? 0,
      events: f?.events ?? tally?.events ?? 0,
      errors: tally?.errors ?? 0,
      start: f?.firstTimestamp != null ? iso(f.firstTimestamp) : null,
      end: f?.lastTimestamp != null ? iso(f.lastTimestamp) : null,
      encoding: f?.encoding ?? 'utf-8',
      invalidUtf8Bytes: f?.invalidUtf8Bytes ?? 0,
      truncatedEvents: f?.truncatedEvents ?? 0,
      ...(f?.skipped === undefined ? {} : { skipped: f.skipped }),
    };
  });
}

function reportStats(analyzer: Analyzer, files: ReportFile[], ctx: DetectionContext | null): ReportStats {
  const range = timeRange(analyzer);
  const requests = Object.values(analyzer.statusClasses).reduce((a, b) => a + b, 0);
  const rt = analyzer.requestTimes;
  const services = [...analyzer.services].map(([name, t]) => ({ name, events: t.events, errors: t.errors }));
  return {
    events: analyzer.events,
    lines: files.reduce((a, f) => a + f.lines, 0),
    bytes: files.reduce((a, f) => a + f.bytes, 0),
    start: range ? iso(range.startMs) : null,
    end: range ? iso(range.endMs - 1) : null,
    durationSeconds: range ? Math.round((range.endMs - range.startMs) / 1000) : 0,
    untimedEvents: analyzer.untimed,
    levels: { ...analyzer.levels },
    errors: analyzer.errors,
    errorRate: analyzer.events ? Math.round((analyzer.errors / analyzer.events) * 10000) / 10000 : 0,
    services: services.sort((a, b) => b.events - a.events).slice(0, 50),
    timeline: {
      start: ctx ? iso(ctx.startMs) : null,
      bucketSeconds: ctx ? ctx.widthMs / 1000 : 0,
      total: ctx?.total ?? [],
      errors: ctx?.errors ?? [],
    },
    http:
      requests === 0
        ? null
        : {
            requests,
            statusClasses: { ...analyzer.statusClasses },
            requestTime:
              rt.count === 0
                ? null
                : {
                    unit: 'ms',
                    count: rt.count,
                    p50: rt.quantile(0.5),
                    p90: rt.quantile(0.9),
                    p99: rt.quantile(0.99),
                    max: rt.max,
                  },
          },
  };
}

function reportPatterns(
  analyzer: Analyzer,
  summaries: PatternSummary[],
  resolved: readonly ResolvedPattern[],
): ReportPattern[] {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const tracks = new Map(resolved.map((r) => [r.track.id, r.track]));
  const ids = new Set([...summaries.map((s) => s.id), ...tracks.keys()]);
  const all = [...ids].map((id): ReportPattern => {
    const s = byId.get(id);
    const t = tracks.get(id);
    const firstSeen = s?.firstSeen ?? t?.firstSeen ?? null;
    const lastSeen = s?.lastSeen ?? t?.lastSeen ?? null;
    return {
      id,
      template: s?.template ?? t?.template ?? '',
      count: s?.count ?? t?.count ?? 0,
      level: s?.level ?? (t ? dominantLevel(t.levels) : null),
      errors: t?.errors ?? 0,
      firstSeen: firstSeen === null ? null : iso(firstSeen),
      lastSeen: lastSeen === null ? null : iso(lastSeen),
      files: t ? [...t.files].sort() : [...new Set(s?.samples.map((x) => x.file) ?? [])],
      isNew: analyzer.baseline !== null && !analyzer.baseline.has(id),
      samples:
        s?.samples.slice(0, 3) ??
        t?.exemplars.items.slice(0, 3).map(({ file, line, text }) => ({ file, line, text })) ??
        [],
      variables: s?.variables ?? [],
    };
  });
  all.sort((a, b) => b.count - a.count);
  const top = all.slice(0, MAX_PATTERNS);
  const errorsBeyond = all
    .slice(MAX_PATTERNS)
    .filter((p) => p.errors > 0 || p.level === 'warn')
    .slice(0, MAX_ERROR_PATTERNS);
  return [...top, ...errorsBeyond];
}
