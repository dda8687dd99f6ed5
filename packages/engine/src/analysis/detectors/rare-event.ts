import { toldAlready, type DetectionContext, type Finding, type PatternSeries } from '../detection-context';
import { describeWindow, isWordless, quotePattern } from '../format';
import type { Exemplar } from '../exemplars';
import type { Severity } from '../report';
import { isPeriodic } from '../spikes';
import { criticalSignature } from './critical-signatures';
import { rareEvidence } from './lifecycle';

const MAX_RARE_COUNT = 20;

/** Rare events that matter even once: OOM kills, panics, segfaults, full disks, rare fatal errors. */
export function detectRareEvents(ctx: DetectionContext): Finding[] {
  const findings: Finding[] = [];
  const routine = filesWithRoutineFatals(ctx);
  for (const pattern of ctx.patterns) {
    const { track } = pattern;
    const signed = isWordless(track.template) ? signedRareEvents(ctx, pattern) : null;
    if (signed !== null) {
      findings.push(...signed);
      continue;
    }
    if (track.count > MAX_RARE_COUNT) continue;
    const sample = track.exemplars.items[0]?.text ?? '';
    const signature = criticalSignature(track.template) ?? criticalSignature(sample);
    const isFatal = pattern.level === 'fatal';
    if (!signature && !isFatal) continue;
    // Fatal-level lines alone are rare events only where fatal lines are rare (some systems log many).
    if (!signature && (track.count > 5 || ctx.fatalEvents > Math.max(5, ctx.totalEvents * 0.001))) continue;
    if (isRegular(ctx, pattern)) continue;
    // Rails logs a request's unhandled exception at FATAL, Symfony at CRITICAL: one request failed (a
    // 500), the process lives on.
    const found = clusters(
      signature ? track.exemplars.items : track.exemplars.items.filter((e) => !isRequestException(e.text)),
      ctx.widthMs * 5,
    );
    if (found.length === 0) continue;
    // A fatal line without a signature that keeps coming back at separate times (Symfony logs every
    // uncaught exception as request.CRITICAL) is a chronic error, not a rare event.
    if (!signature && found.length > 2) continue;
    // Nor is one in a file whose fatal lines of all kinds come at separate times: a framework that
    // logs each request's uncaught exception as CRITICAL (Symfony), each missing route as FATAL (Rails).
    if (!signature && [...track.files].every((f) => routine.has(f))) continue;
    // Exemplars are sampled (a few a minute): when they make one cluster, every event is in it.
    for (const cluster of found)
      findings.push(
        rareFinding(ctx, pattern, cluster, signature, found.length === 1 ? track.count : cluster.length),
      );
  }
  // An exception under a message that fails in several ways ("Task <*> failed", its traceback ending in
  // "OSError: [Errno 28] No space left on device" three times, in KeyError and others the rest): the
  // message's first sample is another exception's, the exception's own samples tell (blind 54/s03).
  for (const variant of ctx.exceptionVariants) {
    if (variant.track.count > MAX_RARE_COUNT || isRegular(ctx, variant)) continue;
    for (const finding of signedRareEvents(ctx, variant, true) ?? [])
      if (!toldAlready(findings, finding)) findings.push(finding);
  }
  return findings;
}

/**
 * The rare events of a pattern whose template has no word of its own (see isWordless), or null when
 * none of its samples has a critical signature. A Node crash opens on its throw site alone
 * ("/app/dist/lib/price-formatter.js:66", all variable), and in a bundle the other files'
 * all-variable lines (a journal's bare values, a path) share the pattern: its count, level and first
 * sample say nothing of the crash (blind2 181/s03), nor does its rhythm (isRegular). Each sample is
 * judged by its own text: those with a critical signature, grouped by signature, make the findings.
 * Samples are taken a few a minute, so a crash among the pattern's other lines is one unless another
 * line of the pattern came first in its bucket.
 */
function signedRareEvents(ctx: DetectionContext, pattern: PatternSeries, own = false): Finding[] | null {
  const bySignature = new Map<string, Exemplar[]>();
  for (const item of pattern.track.exemplars.items) {
    const signature = criticalSignature(item.text);
    if (signature === null) continue;
    const list = bySignature.get(signature);
    if (list) list.push(item);
    else bySignature.set(signature, [item]);
  }
  // None: the pattern is judged as any other (a fatal line without a signature may still be one).
  if (bySignature.size === 0) return null;
  const findings: Finding[] = [];
  for (const [signature, items] of bySignature) {
    if (items.length > MAX_RARE_COUNT) continue;
    const found = clusters(items, ctx.widthMs * 5);
    // `own`: every event of the pattern is one of these (an exception's variant, sampled a few a minute).
    const whole = own && found.length === 1 && bySignature.size === 1;
    for (const cluster of found)
      findings.push(
        rareFinding(ctx, pattern, cluster, signature, whole ? pattern.track.count : cluster.length),
      );
  }
  return findings;
}

/**
 * Rails' report of a request's unhandled exception (ActionDispatch::DebugExceptions): a FATAL line, then
 * `[request id] Faraday::TimeoutError (Net::ReadTimeout …):` and its backtrace — the exception's class,
 * its message in parentheses, a colon closing the line. Python's `Traceback (most recent call last):` has
 * that shape too: TrueNAS' middlewared logs its own end at CRITICAL with one (blind16 7/s01).
 */
const RAILS_EXCEPTION =
  /\n(?:\[[^\]\n]+\] )?(?!Traceback \(most recent call)(?:[A-Z]\w*::)*[A-Z]\w* \((?:.*\):[ \t]*(?:\n|$)|.*…$)/;

/**
 * Symfony's report of a request's uncaught exception (HttpKernel's ErrorListener, channel `request`):
 * `request.CRITICAL: Uncaught PHP Exception Symfony\…\TransportException: "Idle timeout reached …" at
 * /var/www/src/Service/CartService.php line 234`.
 */
const SYMFONY_EXCEPTION = /\bUncaught PHP Exception [\w\\]+: "/;

/** A web framework's report of one request's unhandled exception (see RAILS_EXCEPTION, SYMFONY_EXCEPTION). */
function isRequestException(text: string): boolean {
  return RAILS_EXCEPTION.test(text) || SYMFONY_EXCEPTION.test(text);
}

/**
 * Files whose fatal-level lines without a critical signature, all patterns together, come in three
 * separate clusters or more (five buckets apart).
 */
function filesWithRoutineFatals(ctx: DetectionContext): Set<string> {
  const times = new Map<string, Exemplar[]>();
  for (const { track, level } of ctx.patterns) {
    if (level !== 'fatal') continue;
    for (const item of track.exemplars.items) {
      const list = times.get(item.file);
      if (list) list.push(item);
      else times.set(item.file, [item]);
    }
  }
  const routine = new Set<string>();
  for (const [file, items] of times) if (clusters(items, ctx.widthMs * 5).length > 2) routine.add(file);
  return routine;
}

/**
 * A benign periodic message (a cron check mentioning "panic" in its name) recurs at a steady pace,
 * all along: its runs spread over a quarter of its files' time or more. A crash loop is no check: a
 * server dying of a full disk five times in six minutes, restarted every minute or two, also comes
 * back at a pace, in one short stretch of an afternoon's log (blind5 104/s09).
 */
function isRegular(ctx: DetectionContext, pattern: PatternSeries): boolean {
  const hits = pattern.values.flatMap((v, i) => (v > 0 ? [{ from: i }] : []));
  if (hits.length < 4 || !isPeriodic(hits)) return false;
  const fileStart = Math.min(...[...pattern.track.files].map((f) => ctx.fileStarts.get(f) ?? ctx.startMs));
  const from = Math.max(0, Math.floor((fileStart - ctx.startMs) / ctx.widthMs));
  const spread = (hits.at(-1)?.from ?? 0) - (hits[0]?.from ?? 0) + 1;
  return spread * 4 >= ctx.length - from;
}

function clusters(items: readonly Exemplar[], gapMs: number): Exemplar[][] {
  const sorted = [...items].sort((a, b) => a.timestamp - b.timestamp);
  const out: Exemplar[][] = [];
  for (const item of sorted) {
    const last = out.at(-1);
    const prev = last?.at(-1);
    if (last && prev && item.timestamp - prev.timestamp <= gapMs) last.push(item);
    else out.push([item]);
  }
  return out;
}

function rareFinding(
  ctx: DetectionContext,
  pattern: PatternSeries,
  cluster: Exemplar[],
  signature: string | null,
  count: number,
): Finding {
  const { track } = pattern;
  const startMs = cluster[0]?.timestamp ?? ctx.startMs;
  const endMs = Math.max(cluster.at(-1)?.timestamp ?? startMs, startMs) + 1000;
  const severity: Severity = signature
    ? pattern.isErrorLevel || pattern.level === null
      ? 'critical'
      : 'high'
    : 'medium';
  const what = signature ?? 'fatal error';
  const files = [...new Set(cluster.map((e) => e.file))].sort();
  return {
    type: 'rare_event',
    severity,
    confidence: signature ? 0.9 : 0.7,
    startMs,
    endMs,
    files,
    patternId: track.id,
    // The lines of one event in one file (the kernel's four-line OOM report) are one finding.
    subject: signature ? `${signature}:${files.join(',')}` : `pattern:${track.id}`,
    description: `${capitalise(what)}: "${quotePattern(track.template, cluster[0]?.text)}" ${count === 1 ? 'occurred once' : `occurred ${count} times`} ${describeWindow(startMs, endMs)}.`,
    evidence: rareEvidence(`occurrences of pattern ${track.id}`, count, track.id, null, cluster, track.count),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
