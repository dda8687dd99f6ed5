import { timeOf, type DetectionContext, type Finding, type SourceSeries } from './detection-context';
import type { Exemplar } from './exemplars';
import { describeWindow } from './format';
import { median } from './robust-stats';

/** How long after a crash other files' errors are its impact (clients failing while it restarts). */
const IMPACT_MS = 2 * 60_000;
/** Errors before the crash's start that still count (a proxy's clock a little ahead of the app's). */
const LEAD_MS = 5_000;
/** Errors another file must log in the crash's buckets: this many, and IMPACT_FACTOR× its usual. */
const MIN_IMPACT_ERRORS = 5;
const IMPACT_FACTOR = 3;

/**
 * A crash seen from the other files: a critical rare event (an OOM kill, a panic, a segfault) whose
 * buckets hold a burst of another source's errors, three times its usual or more, with one of them
 * within two minutes after the crash, names that source's files too and says what they logged —
 * a proxy answering 502 and 503 while the backend it was killed under restarts (blind3 209/s04:
 * nine errors in five minutes where the proxy logs one or two, too few for an error spike of its
 * own). A source another finding already tells over that window is left to it.
 */
export function addCrashImpact(ctx: DetectionContext, findings: Finding[]): void {
  const crashes = findings.filter((f) => f.type === 'rare_event' && f.severity === 'critical');
  for (const crash of crashes) {
    const from = Math.max(0, Math.floor((crash.startMs - ctx.startMs) / ctx.widthMs));
    const to = Math.min(ctx.length - 1, Math.floor((crash.startMs + IMPACT_MS - ctx.startMs) / ctx.widthMs));
    for (const source of ctx.sources) {
      if (source.files.some((f) => crash.files.includes(f))) continue;
      const burst = errorBurst(source, from, to);
      if (burst === null) continue;
      const told = findings.some(
        (f) =>
          f !== crash &&
          f.files.some((file) => source.files.includes(file)) &&
          f.startMs <= crash.startMs + IMPACT_MS &&
          f.endMs >= crash.startMs - LEAD_MS,
      );
      if (told) continue;
      const samples = errorsAfter(ctx, source.files, crash.startMs);
      const first = samples[0];
      if (first === undefined) continue;
      const window = describeWindow(timeOf(ctx, from), timeOf(ctx, to + 1));
      const names = source.files.join(', ');
      crash.files = [...crash.files, ...source.files.filter((f) => !crash.files.includes(f))];
      const after = Math.max(0, Math.round((first.sample.timestamp - crash.startMs) / 1000));
      crash.description = `${crash.description.replace(/\.$/, '')}; ${names} logged ${burst.errors} errors ${window}, where it usually logs about ${Math.round(burst.usual)} (the first, "${first.template}", ${after} s after it).`;
      const evidence = crash.evidence;
      for (const { sample } of samples.slice(0, 2)) {
        evidence.lines = [...evidence.lines, { file: sample.file, line: sample.line }];
        evidence.samples = [...evidence.samples, { file: sample.file, line: sample.line, text: sample.text }];
      }
    }
  }
}

/** The source's errors over buckets from–to when they burst there (see addCrashImpact), else null. */
function errorBurst(
  source: SourceSeries,
  from: number,
  to: number,
): { errors: number; usual: number } | null {
  let errors = 0;
  for (let i = from; i <= to; i++) errors += source.errors[i] ?? 0;
  if (errors < MIN_IMPACT_ERRORS) return null;
  const active = source.errors.slice(source.first, source.last + 1);
  const usual = median(active) * (to - from + 1);
  return errors >= IMPACT_FACTOR * Math.max(1, usual) ? { errors, usual } : null;
}

/** Error samples of `files` from just before `startMs` to IMPACT_MS after it, earliest first. */
function errorsAfter(
  ctx: DetectionContext,
  files: readonly string[],
  startMs: number,
): { sample: Exemplar; template: string }[] {
  const found: { sample: Exemplar; template: string }[] = [];
  for (const pattern of ctx.patterns) {
    const items = pattern.track.errorExemplars?.items;
    if (!items || ![...pattern.track.files].some((f) => files.includes(f))) continue;
    for (const sample of items)
      if (
        files.includes(sample.file) &&
        sample.timestamp >= startMs - LEAD_MS &&
        sample.timestamp <= startMs + IMPACT_MS
      )
        found.push({ sample, template: pattern.track.template });
  }
  return found.sort((a, b) => a.sample.timestamp - b.sample.timestamp);
}
