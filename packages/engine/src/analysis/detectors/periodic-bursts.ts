import type { PatternSeries } from '../detection-context';
import { median, sum } from '../robust-stats';
import { findSpikes, isPeriodic, type Spike } from '../spikes';

const memo = new WeakMap<PatternSeries, boolean>();
const TROUBLE =
  /\b(fail\w*|error\w*|refused|timed? ?out|timeout|retr(y|ying|ies)|exception|unavailable|denied|reset|lost|unreachable|crash\w*|abort\w*|reject\w*|invalid|cannot|can't|unable)\b/i;

/** Whether a pattern's message reads as trouble, whatever its level (syslog lines often have none). */
export function looksLikeTrouble(pattern: PatternSeries): boolean {
  return pattern.isErrorLevel || pattern.level === 'warn' || TROUBLE.test(pattern.track.template);
}

/**
 * A scheduled job: bursts at a steady interval, or (when the file shows only two or three runs) a
 * pattern that occurs only in bursts of the same size. Its bursts are expected, not anomalies.
 */
export function burstsLikeAJob(pattern: PatternSeries): boolean {
  let answer = memo.get(pattern);
  if (answer === undefined) {
    const spikes = findSpikes(pattern.values, { minCount: 5, minFactor: 3, z: 4, minExcess: 10 });
    answer =
      isPeriodic(spikes) ||
      (!looksLikeTrouble(pattern) &&
        (hasSameSizedRuns(spikes, pattern.values, pattern.track.count) ||
          runsOnASchedule(pattern.values) ||
          recursAtOneLag(spikes, pattern.values)));
    memo.set(pattern, answer);
  }
  return answer;
}

/**
 * A message written only at a steady rhythm (a scheduler's run every ten minutes, whatever it
 * finds to do each time): the buckets it appears in recur at a steady interval, so its bigger
 * runs are the job's work, not a spike.
 */
function runsOnASchedule(values: readonly number[]): boolean {
  const hits: { from: number }[] = [];
  for (let i = 0; i < values.length; i++) if ((values[i] ?? 0) > 0) hits.push({ from: i });
  return hits.length >= 6 && isPeriodic(hits);
}

/**
 * Bursts of a job that runs at a steady interval on top of steady traffic, of uneven sizes, with a
 * stray burst besides (invoices generated every ten minutes, 13 to 58 at a time, over three a
 * minute all along): the series matches itself shifted by the interval. Four bursts or more, and an
 * autocorrelation of 0.5 or more at a lag longer than twice the widest burst (a single long burst
 * matches itself at shorter lags); random bursts stay near 0.3.
 */
export function recursAtOneLag(spikes: readonly Spike[], values: readonly number[]): boolean {
  if (spikes.length < 4) return false;
  const n = values.length;
  let width = 1;
  for (const s of spikes) width = Math.max(width, s.to - s.from + 1);
  const mean = sum(values) / Math.max(1, n);
  const x = values.map((v) => v - mean);
  let energy = 0;
  for (const v of x) energy += v * v;
  if (energy === 0) return false;
  for (let lag = Math.max(3, 2 * width + 1); lag <= Math.floor(n / 3); lag++) {
    let r = 0;
    for (let i = 0; i + lag < n; i++) r += (x[i] ?? 0) * (x[i + lag] ?? 0);
    if (r >= 0.5 * energy) return true;
  }
  return false;
}

/**
 * Two or more bursts of comparable size (within a factor of two) holding (nearly) all of the
 * pattern's events. A burst
 * counts the bucket on either side of its run: a job's run seldom starts on a bucket boundary, and the
 * few events it spills into the next bucket stay part of it.
 */
function hasSameSizedRuns(spikes: readonly Spike[], values: readonly number[], total: number): boolean {
  if (spikes.length < 2) return false;
  const sizes = spikes.map((s) =>
    sum(values, Math.max(0, s.from - 1), Math.min(values.length - 1, s.to + 1)),
  );
  const typical = median(sizes);
  const inBursts = sizes.reduce((a, b) => a + b, 0);
  // A job's runs differ with the work each finds (60 reservations expired, then 98): within a factor
  // of two of their median.
  return inBursts >= 0.9 * total && sizes.every((n) => n <= 2 * typical && n >= typical / 2);
}
