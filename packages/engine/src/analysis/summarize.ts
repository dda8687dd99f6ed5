import { formatWidth } from './bucket-ladder';
import { CRITICAL_SIGNATURES } from './detectors/critical-signatures';
import { describeWindow, grouped, sampleLine, shortTemplate } from './format';
import { groupIncidents, keyIssueOf, labelOf } from './key-issues';
import type { AnalysisReport, Summary } from './report';
import { maxSeverity } from './severity';

const FORMAT_NAMES: Record<string, string> = {
  json: 'JSON lines',
  csv: 'CSV export',
  logfmt: 'logfmt',
  syslog3164: 'syslog (RFC 3164)',
  syslog5424: 'syslog (RFC 5424)',
  access: 'HTTP access log',
  text: 'plain text',
};

/** The built-in analyst: a deterministic summary an on-call engineer can read instead of the file. */
export function summarize(report: Omit<AnalysisReport, 'summary'>): Summary {
  const { files, stats, patterns, anomalies } = report;
  const gapMs = Math.max(stats.timeline.bucketSeconds * 1000 * 3, 60_000);
  const incidents = groupIncidents(
    anomalies.filter((a) => a.severity !== 'info'),
    gapMs,
    stats.durationSeconds * 1000,
  );
  const keyIssues = incidents
    .map((g) => keyIssueOf(g, patterns))
    .sort((a, b) => a.start.localeCompare(b.start));
  const severity = maxSeverity(anomalies.map((a) => a.severity));
  const serious = keyIssues.filter((k) => k.severity === 'critical' || k.severity === 'high');
  const where = files.length === 1 ? (files[0]?.name ?? '') : `${files.length} files`;
  const title =
    serious.length > 0
      ? `${capitalise(severity)}: ${serious[0]?.title ?? ''}${serious.length > 1 ? ` (+${serious.length - 1} more)` : ''} — ${where}`
      : keyIssues.length > 0
        ? `${keyIssues.length} minor issue${keyIssues.length > 1 ? 's' : ''} in ${where}`
        : `No significant issues in ${where}`;

  const lines: string[] = ['## Overview', ''];
  const range =
    stats.start && stats.end
      ? describeWindow(Date.parse(stats.start), Date.parse(stats.end))
      : 'no timestamps';
  lines.push(
    `${plural(files.length, 'file')}, ${range} (${duration(stats.durationSeconds)}), ${grouped(stats.events)} events, ` +
      `${grouped(stats.errors)} errors (${(stats.errorRate * 100).toFixed(2)}%).`,
    '',
  );
  for (const f of files.slice(0, 10)) {
    // A bundle's member that was not read says why (its reason names it: `shot.png: this looks like a PNG image…`).
    if (f.skipped !== undefined) {
      lines.push(`- \`${f.name}\`: not read (${f.skipped})`);
      continue;
    }
    lines.push(
      `- \`${f.name}\`: ${FORMAT_NAMES[f.format] ?? f.format}, ${grouped(f.events)} events, ${f.errors} errors${f.start && f.end ? `, ${describeWindow(Date.parse(f.start), Date.parse(f.end))}` : ''}`,
    );
  }
  if (files.length > 10) lines.push(`- … and ${files.length - 10} more files`);
  if (stats.services.length > 0) {
    lines.push(
      '',
      `Services: ${stats.services
        .slice(0, 8)
        .map((s) => `${s.name} (${grouped(s.events)} events, ${s.errors} errors)`)
        .join(', ')}.`,
    );
  }
  if (stats.http) {
    const c = stats.http.statusClasses;
    const rt = stats.http.requestTime;
    lines.push(
      '',
      `HTTP: ${grouped(stats.http.requests)} requests — 2xx ${c['2xx']}, 3xx ${c['3xx']}, 4xx ${c['4xx']}, 5xx ${c['5xx']}${rt ? `; request time p50 ${rt.p50} ms, p99 ${rt.p99} ms` : ''}.`,
    );
  }

  lines.push('', '## What went wrong', '');
  if (keyIssues.length === 0)
    lines.push(
      'Nothing stands out: no error spike, burst, silence, latency shift or critical message was found.',
    );
  keyIssues.forEach((issue, i) => {
    const group = incidents.find((g) =>
      g.some((a) => issue.start <= a.start && a.end <= issue.end && issue.anomalyTypes.includes(a.type)),
    );
    lines.push(
      `${i + 1}. **${describeWindow(Date.parse(issue.start), Date.parse(issue.end))} — ${issue.severity} — ${issue.title}**`,
    );
    for (const a of group ?? [])
      lines.push(`   - ${labelOf(a.type)} (${a.severity}, confidence ${a.confidence}): ${a.description}`);
    if (issue.patternIds.length)
      lines.push(`   - Patterns: ${issue.patternIds.map((p) => `\`${p}\``).join(', ')}`);
    if (issue.sample)
      lines.push(
        `   - Sample (\`${issue.sample.file}:${issue.sample.line}\`): \`${sampleLine(issue.sample.text, 200)}\``,
      );
  });

  lines.push('', '## What looks healthy', '');
  const troubled = new Set(anomalies.flatMap((a) => a.files));
  const calm = files.filter((f) => !troubled.has(f.name) && f.skipped === undefined);
  if (!anomalies.some((a) => a.type === 'error_spike'))
    lines.push(
      `- The error rate stayed within its usual range (${(stats.errorRate * 100).toFixed(2)}% overall).`,
    );
  if (!anomalies.some((a) => a.type === 'volume_drop'))
    lines.push('- Every source kept logging; no silence or drop in volume.');
  if (!anomalies.some((a) => a.type === 'latency_degradation'))
    lines.push('- No shift in request times or durations.');
  if (!anomalies.some((a) => a.type === 'rare_event')) {
    // Only what no pattern says: a disk full all along is a spike's or nothing's to tell, not absent.
    const logged = signaturesLogged(patterns);
    const absent = NOT_LOGGED.filter(([, names]) => !names.some((n) => logged.has(n))).map(([w]) => w);
    if (absent.length > 0) lines.push(`- No ${orList(absent)} was logged.`);
  }
  const steady = stats.services
    .filter((svc) => !anomalies.some((a) => a.evidence.source === svc.name))
    .slice(0, 5);
  if (steady.length > 0 && anomalies.length > 0) {
    lines.push(
      `- Logging steadily: ${steady.map((svc) => `${svc.name} (${grouped(svc.events)} events, ${svc.errors} errors)`).join(', ')}.`,
    );
  }
  if (calm.length > 0 && calm.length < files.length)
    lines.push(
      `- No anomaly in ${calm
        .slice(0, 5)
        .map((f) => `\`${f.name}\``)
        .join(', ')}${calm.length > 5 ? ' and others' : ''}.`,
    );

  lines.push('', '## Top patterns', '', '| count | level | pattern | template |', '|---:|---|---|---|');
  for (const p of patterns.slice(0, 10))
    lines.push(
      `| ${p.count} | ${p.level ?? '-'} | \`${p.id}\` | ${shortTemplate(p.template, 90).replace(/\|/g, '\\|')} |`,
    );
  lines.push('', `_Timeline buckets: ${formatWidth(stats.timeline.bucketSeconds * 1000 || 1000)}._`);
  return { title, content: lines.join('\n'), key_issues: keyIssues, severity };
}

/** What "What looks healthy" says was not logged, by the critical signatures that would say it was. */
const NOT_LOGGED: [string, string[]][] = [
  ['crash', ['runtime crash', 'process crashed']],
  ['out-of-memory kill', ['out of memory']],
  ['panic', ['panic']],
  ['segfault', ['segmentation fault']],
  ['full disk', ['disk full']],
];

/** The critical signatures (see CRITICAL_SIGNATURES) that a pattern's template or samples hold. */
function signaturesLogged(patterns: AnalysisReport['patterns']): Set<string> {
  const found = new Set<string>();
  for (const p of patterns)
    for (const { name, pattern } of CRITICAL_SIGNATURES)
      if (!found.has(name) && (pattern.test(p.template) || p.samples.some((s) => pattern.test(s.text))))
        found.add(name);
  return found;
}

/** "a", "a or b", "a, b or c". */
function orList(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function duration(seconds: number): string {
  if (seconds < 120) return `${seconds}s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
