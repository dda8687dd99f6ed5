import type { DetectionContext, Finding, PatternSeries } from '../detection-context';
import { formatWidth } from '../bucket-ladder';
import { describeWindow, round, shortTemplate } from '../format';
import { confidenceOf } from '../robust-stats';
import type { Severity } from '../report';

/** Occurrences the pattern would have shown before it appeared, had it always run at its rate. */
const MIN_EXPECTED_BEFORE = 10;
const MAX_ORG_NEW = 5;

/**
 * A pattern that starts after a stretch of normal traffic, at a rate that makes its earlier absence
 * significant (Poisson: P(0 events) = e^-expected), or, with a baseline, a pattern new to the org.
 */
export function detectNewPatterns(ctx: DetectionContext): Finding[] {
  const findings: Finding[] = [];
  const orgNew: PatternSeries[] = [];
  for (const pattern of ctx.patterns) {
    const { track } = pattern;
    if (ctx.baseline && !ctx.baseline.has(track.id)) orgNew.push(pattern);
    if (track.firstSeen === null || track.lastSeen === null || track.count < 8) continue;
    const fileStart = Math.min(...[...track.files].map((f) => ctx.fileStarts.get(f) ?? track.firstSeen ?? 0));
    const before = track.firstSeen - fileStart;
    const span = ctx.length * ctx.widthMs;
    if (before < Math.max(10 * ctx.widthMs, 0.15 * span)) continue;
    // Counted in active buckets, not events: a pattern that comes in bursts is not expected everywhere.
    const first = pattern.values.findIndex((v) => v > 0);
    const last = pattern.values.length - 1 - [...pattern.values].reverse().findIndex((v) => v > 0);
    const active = pattern.values.filter((v) => v > 0).length;
    const share = active / Math.max(1, last - first + 1);
    const expectedBefore = Math.min(track.count, share * (before / ctx.widthMs));
    if (first < 0 || expectedBefore < MIN_EXPECTED_BEFORE || isHandover(ctx, pattern)) continue;
    findings.push(newPatternFinding(ctx, pattern, severityOf(pattern), expectedBefore, false));
  }
  orgNew
    .sort((a, b) => Number(b.isErrorLevel) - Number(a.isErrorLevel) || b.track.count - a.track.count)
    .slice(0, MAX_ORG_NEW)
    .forEach((p) => findings.push(newPatternFinding(ctx, p, p.isErrorLevel ? 'medium' : 'low', 0, true)));
  return findings;
}

function severityOf(pattern: PatternSeries): Severity {
  if (pattern.isErrorLevel) return pattern.track.errors >= 50 ? 'high' : 'medium';
  return pattern.level === 'warn' ? 'low' : 'info';
}

/**
 * The miner re-labelling a pattern mid-file: one id stops as another with the same shape starts (the
 * same number of tokens, most of them alike), so the "new" one is the old one under a new template.
 */
function isHandover(ctx: DetectionContext, pattern: PatternSeries): boolean {
  const first = pattern.track.firstSeen ?? 0;
  const tokens = pattern.track.template.split(/\s+/);
  return ctx.patterns.some(
    (other) =>
      other !== pattern &&
      other.track.lastSeen !== null &&
      Math.abs(other.track.lastSeen - first) <= ctx.widthMs &&
      isLookAlike(tokens, other.track.template.split(/\s+/)),
  );
}

/** Same token count, and at least half of the positions equal or a variable on either side. */
function isLookAlike(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  let alike = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x === y || x.includes('<*>') || y.includes('<*>')) alike++;
  }
  return alike * 2 >= a.length;
}

function newPatternFinding(
  ctx: DetectionContext,
  pattern: PatternSeries,
  severity: Severity,
  expectedBefore: number,
  orgNew: boolean,
): Finding {
  const { track } = pattern;
  const startMs = track.firstSeen ?? ctx.startMs;
  const endMs = Math.max(track.lastSeen ?? startMs, startMs + 1000);
  const samples = track.exemplars.items.slice(0, 3);
  const template = shortTemplate(track.template);
  const description = orgNew
    ? `"${template}" has never been seen in earlier uploads (${track.count} events, ${describeWindow(startMs, endMs)}).`
    : `"${template}" first appeared ${describeWindow(startMs, endMs)} and occurred ${track.count} times; had it been there before, it would have shown in about ${round(expectedBefore, 0)} earlier ${formatWidth(ctx.widthMs)} intervals.`;
  return {
    type: 'new_pattern',
    severity,
    confidence: orgNew ? 0.9 : confidenceOf(expectedBefore, 10),
    startMs,
    endMs,
    files: [...track.files].sort(),
    patternId: track.id,
    subject: `pattern:${track.id}`,
    description,
    evidence: {
      metric: orgNew
        ? 'occurrences in earlier uploads'
        : `active ${formatWidth(ctx.widthMs)} intervals expected before first appearance`,
      expected: { baseline: orgNew ? 0 : round(expectedBefore, 1), lower: null, upper: null },
      observed: { value: 0, total: track.count },
      score: round(expectedBefore, 1),
      bucketSeconds: ctx.widthMs / 1000,
      patternIds: [track.id],
      source: null,
      lines: samples.map(({ file, line }) => ({ file, line })),
      samples: samples.map(({ file, line, text }) => ({ file, line, text })),
      related: [],
    },
  };
}
