import { sampleLine, type AnalysisReport, type Anomaly, type Severity } from '@logai/engine';
import { sparkline } from './sparkline';

const WIDTH = 72;
const MARK: Record<Severity, string> = { critical: '!!', high: '! ', medium: '~ ', low: '. ', info: '  ' };

/** The terminal report of `logai analyze`: severity, timeline, anomalies with evidence, top patterns. */
export function renderReport(report: AnalysisReport): string {
  const { stats, summary } = report;
  const out: string[] = [];
  out.push(`${summary.severity.toUpperCase()}  ${summary.title}`, '');
  out.push(
    `${stats.events.toLocaleString('en-US')} events in ${report.files.length} file(s), ${stats.start ?? '?'} → ${stats.end ?? '?'}`,
  );
  out.push(
    `errors ${stats.errors.toLocaleString('en-US')} (${(stats.errorRate * 100).toFixed(2)}%)  ·  ${Object.entries(
      stats.levels,
    )
      .filter(([, n]) => n > 0)
      .map(([l, n]) => `${l} ${n}`)
      .join('  ')}`,
  );
  const skipped = report.files.filter((f) => f.skipped !== undefined);
  for (const f of skipped) out.push(`not read: ${f.skipped}`);
  if (stats.timeline.total.length > 0) {
    const cells = Math.ceil(
      stats.timeline.total.length / Math.max(1, Math.ceil(stats.timeline.total.length / WIDTH)),
    );
    out.push(
      '',
      `volume │${sparkline(stats.timeline.total, WIDTH)}│`,
      `errors │${sparkline(stats.timeline.errors, WIDTH)}│`,
    );
    out.push(
      `       ${stats.timeline.start?.slice(11, 16) ?? ''}${' '.repeat(Math.max(1, cells - 8))}${stats.end?.slice(11, 16) ?? ''} UTC`,
    );
  }
  out.push('', report.anomalies.length ? `Anomalies (${report.anomalies.length})` : 'No anomalies.');
  for (const a of report.anomalies) out.push(...renderAnomaly(a));
  out.push('', 'Top patterns');
  for (const p of report.patterns.slice(0, 10)) {
    out.push(
      `${String(p.count).padStart(9)}  ${(p.level ?? '-').padEnd(5)}  ${p.id}  ${oneLine(p.template, 90)}`,
    );
  }
  return out.join('\n') + '\n';
}

function renderAnomaly(a: Anomaly): string[] {
  const e = a.evidence;
  const lines = [
    '',
    `${MARK[a.severity]} ${a.severity.toUpperCase()} ${a.type}  ${a.start.slice(0, 16).replace('T', ' ')} → ${a.end.slice(11, 16)} UTC  (confidence ${a.confidence})`,
    `   ${a.description}`,
    `   expected ${e.expected.baseline}${e.expected.upper !== null ? ` (upper ${e.expected.upper})` : ''}${e.expected.lower !== null ? ` (lower ${e.expected.lower})` : ''}, observed ${e.observed.value} (total ${e.observed.total}), score ${e.score} — ${e.metric}`,
  ];
  if (e.patternIds.length) lines.push(`   patterns ${e.patternIds.join(', ')}`);
  for (const s of e.samples.slice(0, 2)) lines.push(`   ${s.file}:${s.line}  ${sampleLine(s.text, 110)}`);
  return lines;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
