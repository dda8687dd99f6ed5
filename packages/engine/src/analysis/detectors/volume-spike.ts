import type { DetectionContext, Finding } from '../detection-context';
import { timeOf } from '../detection-context';
import { describeWindow, perBucket, round } from '../format';
import { confidenceOf } from '../robust-stats';
import { capSeverity, severityByFactor } from '../severity';
import { findSpikes, isPeriodic } from '../spikes';
import { burstsLikeAJob, isBatchOf, looksLikeTrouble } from './periodic-bursts';
import { topPatternsIn } from './top-patterns-in';

/** Least rise of a spike that starts at once (see `isAbrupt`). */
const ABRUPT_FACTOR = 2.5;

/**
 * Whether the rise into a spike starting at bucket `from` is a jump: that bucket, or the one before it
 * (the flood's first, partial bucket may sit below the bound), is 2.5× or more each of the two before it
 * — or `from` is so against the two before a partial bucket between (a flood that began mid-bucket:
 * 526, 1106, 1593 in five-minute buckets).
 */
export function isAbrupt(values: readonly number[], from: number): boolean {
  const jumps = (v: number, k: number): boolean =>
    k >= 2 &&
    v >= ABRUPT_FACTOR * (values[k - 1] ?? Infinity) &&
    v >= ABRUPT_FACTOR * (values[k - 2] ?? Infinity);
  if (jumps(values[from - 1] ?? 0, from - 1) || jumps(values[from] ?? 0, from)) return true;
  const partial = values[from - 1] ?? 0;
  return (
    partial >= (values[from - 2] ?? Infinity) &&
    partial < (values[from] ?? 0) &&
    jumps(values[from] ?? 0, from - 1)
  );
}

/** A source logging far more than its local baseline (floods, retry storms, crash loops). */
export function detectVolumeSpikes(ctx: DetectionContext): Finding[] {
  const findings: Finding[] = [];
  for (const source of ctx.sources) {
    const active = source.values.slice(source.first, source.last + 1);
    // An idle-then-busy source (a nightly job) has no steady rate to rise above.
    if (active.length < 10 || active.filter((v) => v > 0).length < active.length * 0.6) continue;
    const strict = findSpikes(active, { minCount: 20, minFactor: 3, z: 6, minExcess: 100 });
    // A flood that starts at once (a scraper, a client's retry loop) and lasts two buckets or more
    // counts from 2.5×: traffic rising through the day never jumps so from one bucket to the next.
    const abrupt = findSpikes(active, {
      minCount: 20,
      minFactor: ABRUPT_FACTOR,
      z: 6,
      minExcess: 100,
    }).filter(
      (s) =>
        s.to > s.from && isAbrupt(active, s.from) && !strict.some((t) => t.from <= s.to && s.from <= t.to),
    );
    const spikes = [...strict, ...abrupt].sort((a, b) => a.from - b.from);
    if (isPeriodic(spikes)) continue;
    for (const spike of spikes) {
      const from = spike.from + source.first;
      const to = spike.to + source.first;
      const startMs = timeOf(ctx, from);
      const endMs = timeOf(ctx, to + 1);
      const buckets = to - from + 1;
      const factor = spike.observed / Math.max(spike.expected, buckets);
      const top = topPatternsIn(ctx, from, to, { files: source.files, byExcess: true });
      const main = ctx.patterns.find((p) => p.track.id === top[0]?.id);
      if (main && burstsLikeAJob(main) && (top[0]?.count ?? 0) >= (spike.observed - spike.expected) / 2)
        continue;
      // A source whose volume keeps a rhythm (a batch every fifteen minutes, whatever it finds to do,
      // over steady traffic): a short spike on that grid is a bigger batch, unless it is trouble.
      if (isBatchOf(source, from, to) && !(main && looksLikeTrouble(main))) continue;
      const samples = top.flatMap(
        (p) => ctx.patterns.find((s) => s.track.id === p.id)?.track.exemplars.within(startMs, endMs, 1) ?? [],
      );
      findings.push({
        type: 'volume_spike',
        // More of the usual traffic is worth a look; more errors or warnings is trouble.
        severity:
          main && looksLikeTrouble(main)
            ? severityByFactor(factor, [50, 10, 4, 0])
            : capSeverity(severityByFactor(factor, [50, 10, 4, 0]), 'medium'),
        confidence: confidenceOf(spike.score, 6),
        startMs,
        endMs,
        files: source.files,
        patternId: top[0]?.id ?? null,
        subject: 'volume',
        description: `${source.name} logged ${spike.observed} events ${describeWindow(startMs, endMs)}, ${round(factor)}× its usual ${round(spike.expected / buckets)} ${perBucket(ctx.widthMs)}${top[0] ? `, mostly "${top[0].template}"` : ''}.`,
        evidence: {
          metric: `events of ${source.name} ${perBucket(ctx.widthMs)}`,
          expected: {
            baseline: round(spike.baselineAtPeak, 2),
            lower: null,
            upper: round(spike.upperAtPeak, 2),
          },
          observed: { value: spike.peak, total: spike.observed },
          score: spike.score,
          bucketSeconds: ctx.widthMs / 1000,
          patternIds: top.map((p) => p.id),
          source: source.name,
          lines: samples.map(({ file, line }) => ({ file, line })),
          samples: samples.map(({ file, line, text }) => ({ file, line, text })),
          related: [],
        },
      });
    }
  }
  return findings;
}
