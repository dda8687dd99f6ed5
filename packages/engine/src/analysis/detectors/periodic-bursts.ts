import type { PatternSeries } from '../detection-context';
import { findSpikes, isPeriodic } from '../spikes';

const memo = new WeakMap<PatternSeries, boolean>();

/** A pattern that comes in bursts at a steady interval (backups, batch exports): its bursts are expected. */
export function burstsPeriodically(pattern: PatternSeries): boolean {
  let answer = memo.get(pattern);
  if (answer === undefined) {
    answer = isPeriodic(findSpikes(pattern.values, { minCount: 5, minFactor: 3, z: 4, minExcess: 10 }));
    memo.set(pattern, answer);
  }
  return answer;
}
