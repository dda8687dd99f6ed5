import type { DetectionContext, Finding, JudgedCrashGap } from '../detection-context';
import { describeWindow, round, shortTemplate, spokenDuration } from '../format';
import type { AnomalyEvidence, Severity } from '../report';
import type { Exemplar } from '../exemplars';
import { HEADLINE, STARTUP } from '../crash-gaps';
import { criticalSignature } from './critical-signatures';

/** A file needs this many events for its usual pace to mean something. */
const MIN_EVENTS = 100;
/** The gap must be this many times the file's mean time between events… */
const MIN_FACTOR = 20;
/** …and at least this long. */
const MIN_GAP_MS = 15_000;
/** Gaps about as long (half of it or more) the file may have had elsewhere, this one included. */
const MAX_LONG_GAPS = 3;

/**
 * A file that stops logging right after a stack trace or a fatal line, for far longer than its usual
 * pauses, and then logs again: the process crashed and was restarted. A Python exception printed after
 * a WARNING line reads like a logged one (the framer keeps it with that line); the silence after it
 * says otherwise. A plain error line before the silence counts only when the file then logs a startup.
 */
export function detectCrashSilences(ctx: DetectionContext): Finding[] {
  const findings: Finding[] = [];
  for (const gap of ctx.crashGaps) {
    const gapMs = gap.resumed.timestamp - gap.lastWords.timestamp;
    if (gap.events < MIN_EVENTS) continue;
    if (gapMs < Math.max(MIN_GAP_MS, MIN_FACTOR * gap.meanGapMs)) continue;
    const banner = gap.kind === 'error' ? null : bannerAfter(ctx, gap);
    // A file that pauses as long now and then (a quiet night's sensor log) crashed only where the
    // trace is followed by its program's banner, one it writes only when it starts, and where the
    // line after the pause is no routine one of the file: a Spark driver's "Starting job: …", which
    // it writes after each pause between its micro-batches, with YARN "Launching container … for
    // executor" as a lost executor is replaced, is the driver going on (blind7 26/s08).
    if (gap.longGaps > MAX_LONG_GAPS && (banner === null || resumesRoutine(ctx, gap))) continue;
    // What the restart said: the first line after the pause, else the banner after it.
    const said = STARTUP.test(gap.resumedMessage) ? gap.resumedMessage : banner;
    if (gap.kind === 'error' && said === null) continue;
    findings.push(crashFinding(gap, gapMs, said));
  }
  return findings;
}

/**
 * Whether the first line after the pause is of a pattern the file writes more often than a banner (see
 * MAX_BANNERS): its routine, not a start's first words.
 */
function resumesRoutine(ctx: DetectionContext, gap: JudgedCrashGap): boolean {
  const id = gap.resumed.patternId;
  const pattern = ctx.patterns.find((p) => p.track.id === id);
  return pattern !== undefined && pattern.track.count > MAX_BANNERS;
}

/** A banner is written this soon after the first line after the pause… */
const BANNER_WITHIN_MS = 30_000;
/** …by a pattern the file wrote this few times (a process's start, not a job's). */
const MAX_BANNERS = 5;

/**
 * The file's startup banner written right after the pause (its first line may say something else:
 * Zigbee2MQTT's "Logging to console, file (filename: log.txt)" before "Starting Zigbee2MQTT version
 * 1.16.2"): the template of a rare pattern of the file whose words announce a start, sampled within
 * BANNER_WITHIN_MS.
 */
function bannerAfter(ctx: DetectionContext, gap: JudgedCrashGap): string | null {
  const from = gap.resumed.timestamp;
  for (const { track } of ctx.patterns) {
    if (track.count > MAX_BANNERS || !track.files.has(gap.file) || !STARTUP.test(track.template)) continue;
    const seen = track.exemplars.items.find(
      (e) => e.file === gap.file && e.timestamp >= from && e.timestamp <= from + BANNER_WITHIN_MS,
    );
    if (seen !== undefined) return track.template;
  }
  return null;
}

/** `said`: what the restart said (see detectCrashSilences), null when the file logged again without one. */
function crashFinding(gap: JudgedCrashGap, gapMs: number, said: string | null): Finding {
  const restarted = said !== null;
  const { lastWords, resumed } = gap;
  const signature = criticalSignature(lastWords.text);
  const severity: Severity = gap.kind === 'error' ? 'medium' : 'high';
  const lines = lastWords.text.split('\n');
  // lastWordsText keeps the first line and the exception's.
  const last = lines[lines.length - 1] ?? '';
  const headline =
    lines.length > 1 && (HEADLINE.test(last) || criticalSignature(last) !== null) ? last : lines[0];
  const what =
    gap.kind === 'stack trace' ? 'a stack trace' : gap.kind === 'fatal' ? 'a fatal error' : 'an error';
  const at = new Date(resumed.timestamp).toISOString().slice(11, 19);
  const after = restarted
    ? `then restarted at ${at} UTC ("${shortTemplate(said, 60)}")`
    : `then logged again at ${at} UTC`;
  return {
    type: 'rare_event',
    severity,
    confidence: restarted ? 0.85 : 0.7,
    startMs: lastWords.timestamp,
    endMs: Math.max(resumed.timestamp, lastWords.timestamp + 1000),
    files: [gap.file],
    patternId: lastWords.patternId,
    // One cause with a rare event of the same crash (a traceback's "runtime crash", a panic).
    subject: `${signature ?? 'runtime crash'}:${gap.file}`,
    description: `${gap.file} went silent for ${spokenDuration(gapMs)} right after ${what} ("${shortTemplate(headline ?? '', 90)}"), ${after}: the process likely crashed ${describeWindow(lastWords.timestamp, resumed.timestamp)}.`,
    evidence: pauseEvidence(gap.file, gapMs, gap.meanGapMs, MIN_FACTOR, [lastWords, resumed]),
  };
}

/**
 * The evidence of a file's pause: its length against the file's mean time between lines (and
 * `factor` times that, the bar), with the lines on either side of it when they are known.
 */
export function pauseEvidence(
  file: string,
  pauseMs: number,
  meanGapMs: number,
  factor: number,
  around: readonly Exemplar[],
): AnomalyEvidence {
  return {
    metric: `seconds between lines of ${file}`,
    expected: {
      baseline: round(meanGapMs / 1000, 2),
      lower: null,
      upper: round((factor * meanGapMs) / 1000, 1),
    },
    observed: { value: round(pauseMs / 1000, 1), total: around.length > 0 ? 1 : 0 },
    score: round(pauseMs / Math.max(1, meanGapMs), 1),
    bucketSeconds: null,
    patternIds: around.slice(0, 1).map((e) => e.patternId),
    source: file,
    lines: around.map(({ file, line }) => ({ file, line })),
    samples: around.map(({ file, line, text }) => ({ file, line, text })),
    related: [],
  };
}
