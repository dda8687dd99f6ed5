import { quotePattern } from './format';
import type { Anomaly, KeyIssue, ReportPattern } from './report';
import { maxSeverity, severityRank } from './severity';

const LABEL: Record<Anomaly['type'], string> = {
  error_spike: 'error spike',
  volume_spike: 'volume spike',
  volume_drop: 'volume drop',
  pattern_spike: 'pattern spike',
  new_pattern: 'new pattern',
  rare_event: 'rare critical event',
  latency_degradation: 'latency degradation',
};

export function labelOf(type: Anomaly['type']): string {
  return LABEL[type];
}

/**
 * Groups anomalies whose windows overlap (within `gapMs`) into incidents: one key issue per incident.
 * An anomaly covering most of the analysed time (a pattern new to the organisation that runs through
 * the whole file) is background, not part of an incident: it stands alone rather than swallowing one.
 */
export function groupIncidents(
  anomalies: readonly Anomaly[],
  gapMs: number,
  rangeMs = Number.POSITIVE_INFINITY,
): Anomaly[][] {
  const isBackground = (a: Anomaly) => Date.parse(a.end) - Date.parse(a.start) > rangeMs / 2;
  const sorted = [...anomalies]
    .filter((a) => !isBackground(a))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const groups: { end: number; items: Anomaly[] }[] = anomalies
    .filter(isBackground)
    .map((a) => ({ end: Number.NEGATIVE_INFINITY, items: [a] }));
  const incidents: { end: number; items: Anomaly[] }[] = [];
  for (const a of sorted) {
    const start = Date.parse(a.start);
    const last = incidents.at(-1);
    if (last && start <= last.end + gapMs) {
      last.items.push(a);
      last.end = Math.max(last.end, Date.parse(a.end));
    } else incidents.push({ end: Date.parse(a.end), items: [a] });
  }
  return [...incidents, ...groups].map((g) => g.items);
}

export function keyIssueOf(group: readonly Anomaly[], patterns: readonly ReportPattern[]): KeyIssue {
  const main = [...group].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || b.confidence - a.confidence,
  )[0];
  const patternIds = [
    ...new Set(
      group.flatMap((a) => (a.patternId ? [a.patternId, ...a.evidence.patternIds] : a.evidence.patternIds)),
    ),
  ];
  const mainPattern = patterns.find((p) => p.id === (main?.patternId ?? patternIds[0]));
  const types = [...new Set(group.map((a) => a.type))];
  const what = mainPattern
    ? `: "${quotePattern(mainPattern.template, mainPattern.samples[0]?.text, 70)}"`
    : main?.evidence.source
      ? ` in ${main.evidence.source}`
      : '';
  return {
    title: `${capitalise(types.map(labelOf).join(', '))}${what}`,
    severity: maxSeverity(group.map((a) => a.severity)),
    start: group.map((a) => a.start).sort()[0] ?? '',
    end:
      group
        .map((a) => a.end)
        .sort()
        .at(-1) ?? '',
    anomalyTypes: types,
    patternIds: patternIds.slice(0, 5),
    count: Math.max(0, ...group.map((a) => a.evidence.observed.total)),
    sample:
      [...(main ? [main] : []), ...group].flatMap((a) => a.evidence.samples)[0] ??
      mainPattern?.samples[0] ??
      null,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
