import type { DetectionContext, Finding } from '../detection-context';
import { timeOf } from '../detection-context';
import { describeWindow, perBucket, round, shortTemplate, templateOpening } from '../format';
import { confidenceOf } from '../robust-stats';
import { capSeverity, severityByFactor } from '../severity';
import { findCoarseSpikes, findSpikes, isPeriodic } from '../spikes';

/** Span over which a troubled pattern's counts are summed as well (see findCoarseSpikes). */
const COARSE_MS = 5 * 60_000;
import { burstsLikeAJob, isAnnouncedJob, isScheduledBatch, looksLikeTrouble } from './periodic-bursts';

/** One pattern's rate exploding against its own baseline: retry storms, connection-refused floods. */
export function detectPatternSpikes(ctx: DetectionContext): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of ctx.patterns) {
    if (pattern.track.count < 30) continue;
    // A burst of trouble (timeouts, refusals, errors) counts from 20 extra events, others from 30,
    // and is also looked for in sums of about five minutes: PgBouncer's "query_wait_timeout" for five
    // minutes is some 25 of each of its two lines, 5 to 8 a minute where there is one an hour.
    const isTrouble = looksLikeTrouble(pattern);
    const options = { minCount: 10, minFactor: 5, z: 6, minExcess: isTrouble ? 20 : 30 };
    const spikes = findSpikes(pattern.values, options);
    if (isTrouble)
      for (const spike of findCoarseSpikes(pattern.values, Math.round(COARSE_MS / ctx.widthMs), options))
        if (!spikes.some((s) => s.from <= spike.to && spike.from <= s.to)) spikes.push(spike);
    spikes.sort((a, b) => a.from - b.from);
    if (isPeriodic(spikes) || burstsLikeAJob(pattern)) continue;
    for (const spike of spikes) {
      // "Up from almost never" only means something when the file logs steadily around it.
      if (spike.expected < 0.5 && ctx.density < 0.8) continue;
      // One of its files' scheduled batches, bigger this time (see batchGrid): the schedule's.
      if (!isTrouble && isScheduledBatch(ctx, pattern.track.files, spike.from, spike.to)) continue;
      // Or the work of a job the file announced as it started ("Starting scheduled job …").
      if (!isTrouble && isAnnouncedJob(ctx, pattern.track.files, spike.from)) continue;
      const startMs = timeOf(ctx, spike.from);
      const endMs = timeOf(ctx, spike.to + 1);
      const buckets = spike.to - spike.from + 1;
      const usual = spike.expected / buckets;
      const factor = spike.observed / Math.max(spike.expected, buckets * 0.5);
      const samples = pattern.track.exemplars.within(startMs, endMs, 3);
      const base = severityByFactor(factor, [100, 20, 5, 0]);
      // A burst of a non-error message (or a small one) is a symptom worth a look, not an incident on its own.
      const severity = !isTrouble
        ? 'low'
        : spike.observed - spike.expected >= 100
          ? base
          : capSeverity(base, 'medium');
      const template = shortTemplate(pattern.track.template);
      findings.push({
        type: 'pattern_spike',
        severity,
        confidence: confidenceOf(spike.score, 6),
        startMs,
        endMs,
        files: [...pattern.track.files].sort(),
        patternId: pattern.track.id,
        // Variants of one message (the same retry failing with three different errors) spiking
        // together in the same files are one finding: they share the template's opening words.
        subject: `family:${[...pattern.track.files].sort().join(',')}|${templateOpening(pattern.track.template)}`,
        description: `"${template}" occurred ${spike.observed} times ${describeWindow(startMs, endMs)}, ${usual < 0.05 ? 'up from almost never' : `${round(factor)}× its usual ${round(usual)} ${perBucket(ctx.widthMs)}`}.`,
        evidence: {
          metric: `events of pattern ${pattern.track.id} ${perBucket(ctx.widthMs)}`,
          expected: {
            baseline: round(spike.baselineAtPeak, 2),
            lower: null,
            upper: round(spike.upperAtPeak, 2),
          },
          observed: { value: spike.peak, total: spike.observed },
          score: spike.score,
          bucketSeconds: ctx.widthMs / 1000,
          patternIds: [pattern.track.id],
          source: null,
          lines: samples.map(({ file, line }) => ({ file, line })),
          samples: samples.map(({ file, line, text }) => ({ file, line, text })),
          related: [],
        },
      });
    }
  }
  return findings;
}
