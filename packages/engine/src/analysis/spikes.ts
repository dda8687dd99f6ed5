import { round } from './format';
import { findRuns, halfWindowFor, localBaseline, sum, type Run } from './robust-stats';

export interface Spike {
  from: number;
  to: number;
  observed: number;
  expected: number;
  peak: number;
  peakIndex: number;
  baselineAtPeak: number;
  upperAtPeak: number;
  /** Largest robust z-score in the run. */
  score: number;
}

export interface SpikeOptions {
  /** Smallest bucket count that can be part of a spike. */
  minCount: number;
  /** The bucket must be at least this many times its baseline. */
  minFactor: number;
  /** …and this many robust standard deviations above it. */
  z: number;
  /** The run's excess over its baseline must be at least this. */
  minExcess: number;
  /**
   * Neighbouring buckets each `runZ` robust deviations, `minFactor` + 1 times and `minCount` above
   * their baselines are flagged together when their summed excess is `z` deviations of the sum: a
   * burst over two buckets that neither clears alone.
   */
  runZ?: number;
  /**
   * Count the buckets just before and after a run, as far as they are above their baselines, toward
   * `minExcess`: a burst of five minutes across a bucket boundary leaves part of itself beside the
   * bucket that clears the bound (19 of 23 events), and it is no smaller for that. The run itself must
   * make three quarters of `minExcess`.
   */
  shoulders?: boolean;
  /** Optional extra condition that flags a bucket on its own (e.g. a jump in error share). */
  alsoFlag?: (index: number) => boolean;
  /**
   * Buckets that say nothing of the series' rate, left out of every baseline and never flagged: those
   * in which its files wrote nothing at all (see silentBuckets).
   */
  skip?: readonly boolean[];
}

/** Share of `minExcess` a run must reach by itself before its shoulders count (see SpikeOptions.shoulders). */
const SHOULDERED = 0.75;

/** Bursts of a count series above a local robust baseline; sigma floors at Poisson noise. */
export function findSpikes(values: readonly number[], options: SpikeOptions): Spike[] {
  const halfWindow = halfWindowFor(values.length);
  if (cannotSpike(values, options, halfWindow)) return [];
  const skip = options.skip;
  const { center, sigma } = localBaseline(values, halfWindow, skip);
  const upper = values.map((_, i) => {
    const base = center[i] ?? 0;
    const s = Math.max(sigma[i] ?? 0, Math.sqrt(base), 1);
    return Math.max(base + options.z * s, base * options.minFactor, options.minCount);
  });
  const flags = values.map(
    (v, i) => skip?.[i] !== true && (v >= (upper[i] ?? Infinity) || (options.alsoFlag?.(i) ?? false)),
  );
  if (options.runZ !== undefined) flagJointRuns(values, center, sigma, options, flags);
  const spikes: Spike[] = [];
  for (const run of findRuns(flags, 1)) {
    const spike = spikeOfRun(run, values, center, upper, sigma);
    let excess = spike.observed - spike.expected;
    // The spill counts for the last quarter at most: a cluster spread over three buckets is no burst.
    if (options.shoulders && excess >= SHOULDERED * options.minExcess)
      for (const i of [run.from - 1, run.to + 1])
        if (i >= 0 && i < values.length) excess += Math.max(0, (values[i] ?? 0) - (center[i] ?? 0));
    if (excess >= options.minExcess) spikes.push(spike);
  }
  return spikes;
}

/**
 * The spike of a run of flagged buckets: its counts against the baseline `center` and bound `upper`,
 * its peak, and the peak's score in robust deviations (`sigma`, floored at Poisson noise).
 */
export function spikeOfRun(
  run: Run,
  values: readonly number[],
  center: readonly number[],
  upper: readonly number[],
  sigma: readonly number[] = [],
): Spike {
  let peakIndex = run.from;
  for (let i = run.from; i <= run.to; i++) if ((values[i] ?? 0) > (values[peakIndex] ?? 0)) peakIndex = i;
  const base = center[peakIndex] ?? 0;
  const s = Math.max(sigma[peakIndex] ?? 0, Math.sqrt(base), 1);
  const peak = values[peakIndex] ?? 0;
  return {
    from: run.from,
    to: run.to,
    observed: sum(values, run.from, run.to),
    expected: sum(center, run.from, run.to),
    peak,
    peakIndex,
    baselineAtPeak: base,
    upperAtPeak: upper[peakIndex] ?? 0,
    score: Math.round(((peak - base) / s) * 10) / 10,
  };
}

/** Flags the runs of neighbouring buckets that clear `runZ` each and `z` together (see SpikeOptions.runZ). */
function flagJointRuns(
  values: readonly number[],
  center: readonly number[],
  sigma: readonly number[],
  options: SpikeOptions,
  flags: boolean[],
): void {
  const runZ = options.runZ ?? Infinity;
  const deviation = (i: number) => Math.max(sigma[i] ?? 0, Math.sqrt(center[i] ?? 0), 1);
  const high = values.map((v, i) => {
    const base = center[i] ?? 0;
    return v >= Math.max(base + runZ * deviation(i), base * (options.minFactor + 1), options.minCount);
  });
  for (const run of findRuns(high, 0)) {
    if (run.to === run.from) continue;
    let excess = 0;
    let variance = 0;
    for (let i = run.from; i <= run.to; i++) {
      excess += (values[i] ?? 0) - (center[i] ?? 0);
      variance += deviation(i) ** 2;
    }
    if (excess >= options.z * Math.sqrt(variance)) for (let i = run.from; i <= run.to; i++) flags[i] = true;
  }
}

/**
 * Spikes of the series summed `k` buckets at a time, in the series' own buckets: a rise too gentle to
 * clear a single bucket's Poisson floor (four errors a minute where there is usually one every two)
 * that stands out over a few minutes. Baselines and bounds are per bucket again, the peak is the
 * largest single bucket of the run. The sums are taken twice, the second time shifted by half a
 * span: a burst of three minutes across a five-minute boundary is split in two by the first.
 */
export function findCoarseSpikes(values: readonly number[], k: number, options: SpikeOptions): Spike[] {
  if (k < 2) return [];
  const aligned = coarseSpikes(values, k, 0, options);
  for (const spike of coarseSpikes(values, k, Math.floor(k / 2), options))
    if (!aligned.some((s) => s.from <= spike.to && spike.from <= s.to)) aligned.push(spike);
  return aligned.sort((a, b) => a.from - b.from);
}

/** `findCoarseSpikes` with the sums starting at bucket `offset` (the buckets before it are left out). */
function coarseSpikes(values: readonly number[], k: number, offset: number, options: SpikeOptions): Spike[] {
  const coarse: number[] = [];
  // A coarse bucket says nothing when half its buckets or more do not (see SpikeOptions.skip).
  const fine = options.skip;
  const skip: boolean[] | undefined = fine ? [] : undefined;
  for (let i = offset; i < values.length; i += k) {
    const end = Math.min(values.length, i + k);
    coarse.push(sum(values, i, end - 1));
    if (fine && skip) {
      let skipped = 0;
      for (let j = i; j < end; j++) if (fine[j] === true) skipped++;
      skip.push(2 * skipped >= end - i);
    }
  }
  if (coarse.length < 10) return [];
  return findSpikes(coarse, { ...options, skip }).map((spike) => {
    const from = offset + spike.from * k;
    const to = Math.min(values.length, offset + (spike.to + 1) * k) - 1;
    let peakIndex = from;
    for (let i = from; i <= to; i++) if ((values[i] ?? 0) > (values[peakIndex] ?? 0)) peakIndex = i;
    return {
      from,
      to,
      observed: spike.observed,
      expected: spike.expected,
      peak: values[peakIndex] ?? 0,
      peakIndex,
      baselineAtPeak: spike.baselineAtPeak / k,
      upperAtPeak: spike.upperAtPeak / k,
      score: spike.score,
    };
  });
}

/**
 * True when no bucket can reach its upper bound, decided without the rolling baselines (most series of
 * a healthy file): every baseline is the median of a window of at least `halfWindow + 1` buckets, so it
 * is at least the series' ⌈(halfWindow + 1) / 2⌉-th smallest value, and a bucket is flagged only at
 * `minFactor` times its baseline and at `minCount` or more.
 */
function cannotSpike(values: readonly number[], options: SpikeOptions, halfWindow: number): boolean {
  if (options.alsoFlag || values.length === 0) return false;
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  if (max < options.minCount) return true;
  // With buckets left out, a window may hold fewer than `halfWindow + 1` of them.
  if (options.skip) return false;
  const rank = Math.ceil(Math.min(values.length, halfWindow + 1) / 2);
  // The rank-th smallest value times minFactor is above the largest (and so above 0) when fewer than
  // `rank` values are not: counted in one pass, nothing sorted.
  let below = 0;
  for (const v of values) if (!(v * options.minFactor > max) && ++below >= rank) return false;
  return true;
}

/**
 * Recurring bursts at a steady interval (a cron job, a batch run): expected, so not anomalies. Gaps may
 * be multiples of the period (a run skipped, or hidden by an outage).
 */
export function isPeriodic(spikes: readonly { from: number }[]): boolean {
  if (spikes.length < 3) return false;
  const gaps = spikes.slice(1).map((s, i) => s.from - (spikes[i]?.from ?? 0));
  // The period is the smallest gap that every gap is a multiple of, give or take a bucket on a grid of
  // 4 buckets or more: a run that starts a bucket early or late (a job that takes a little longer)
  // does not set it. On a finer grid a bucket off is too much of the period: multiples are exact.
  const aligned = (period: number) =>
    gaps.every((g) => {
      const m = g / period;
      return (
        m >= 0.75 && Math.abs(g - Math.round(m) * period) <= (period >= 4 ? Math.max(1, period * 0.15) : 0)
      );
    });
  const period = [...new Set(gaps)].sort((a, b) => a - b).find((p) => p >= 2 && aligned(p));
  if (period === undefined) return false;
  const multiples = gaps.map((g) => Math.round(g / period));
  // Mostly back-to-back runs; or many runs on one grid, however many of its slots were skipped
  // (the small runs of a job every five minutes are no spikes) — a grid of 4 buckets or more, where
  // a bucket early or late is not already half the period.
  return (
    (multiples.every((m) => m <= 4) && multiples.filter((m) => m === 1).length >= gaps.length / 2) ||
    (period >= 4 && spikes.length >= 6 && multiples.every((m) => m <= 8))
  );
}

/** A spike's figures as an anomaly's evidence tells them: its baseline and bound at the peak, the peak, the total. */
export function spikeFigures(spike: Spike, widthMs: number) {
  return {
    expected: {
      baseline: round(spike.baselineAtPeak, 2),
      lower: null,
      upper: round(spike.upperAtPeak, 2),
    },
    observed: { value: spike.peak, total: spike.observed },
    score: spike.score,
    bucketSeconds: widthMs / 1000,
  };
}
