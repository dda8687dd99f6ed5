import { detach, numberOf } from '../fields/strings';
import type { VariableStats } from '../types';

const RESERVOIR = 256;
const SATURATION_WINDOW = 256;
const SATURATION_HITS = 26;

/** Bounded statistics of one template variable: capped distinct counts and a numeric reservoir. */
export class VariableTracker {
  /**
   * Each value's place in `values` and `tallies`: a value seen again is looked up once (a Map of
   * counts was read, then written again under the same key), and that lookup — hashing a fresh slice
   * of the line — was most of what tracking cost (removing it made bench:templates ~10% faster).
   */
  private readonly slots = new Map<string, number>();
  private readonly values: string[] = [];
  private readonly tallies: number[] = [];
  private capped = false;
  /**
   * Whether values are no longer looked up: the tracker is full and fewer than one in ten of the last
   * SATURATION_WINDOW values were among those it holds (an id, a byte count, a duration: every value
   * new). Its top values' counts stay as they were (lower bounds, like `distinct`); looking each new
   * value up, hashing it, to find it absent was a third of what tracking cost on the suite.
   */
  private saturated = false;
  /** Values looked up since the tracker was full (in the current window), and those found. */
  private lookups = 0;
  private hits = 0;
  private numericCount = 0;
  private min = Infinity;
  private max = -Infinity;
  private readonly reservoir: number[] = [];
  private seen = 0;

  constructor(
    readonly index: number,
    private readonly maxDistinct: number,
  ) {}

  /** Adds a value; `weight` > 1 when the caller samples (one value stands for several events). */
  add(value: string, weight = 1): void {
    if (!this.saturated) {
      const at = this.slots.get(value);
      if (at !== undefined) {
        this.tallies[at] = (this.tallies[at] ?? 0) + weight;
        if (this.capped) this.hits++;
      } else this.count(value, weight);
      if (this.capped && ++this.lookups === SATURATION_WINDOW) {
        this.saturated = this.hits < SATURATION_HITS;
        this.lookups = this.hits = 0;
      }
    }
    const c = value.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 45) this.addNumber(numberOf(value), weight);
  }

  /** Counts a value not seen before (while there is room for it). */
  private count(value: string, weight: number): void {
    if (this.values.length >= this.maxDistinct) {
      this.capped = true;
      return;
    }
    // A copy: a value sliced from its line would keep the line's whole input chunk (a megabyte) alive
    // as long as the pattern, and be compared with later values in that chunk, long out of the cache.
    const kept = detach(value);
    this.slots.set(kept, this.values.length);
    this.values.push(kept);
    this.tallies.push(weight);
  }

  /** Each value with its count, in the order first seen. */
  private get counts(): Map<string, number> {
    const out = new Map<string, number>();
    for (let i = 0; i < this.values.length; i++) out.set(this.values[i] ?? '', this.tallies[i] ?? 0);
    return out;
  }

  private addNumber(x: number, weight: number): void {
    if (!Number.isFinite(x)) return;
    this.numericCount += weight;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    // Deterministic reservoir: keeps every k-th value once full, so runs are reproducible.
    this.seen++;
    if (this.reservoir.length < RESERVOIR) this.reservoir.push(x);
    else if (this.seen % Math.ceil(this.seen / RESERVOIR) === 0) {
      this.reservoir[this.seen % RESERVOIR] = x;
    }
  }

  merge(other: VariableTracker): void {
    for (const [value, count] of other.counts) {
      const at = this.slots.get(value);
      if (at !== undefined) this.tallies[at] = (this.tallies[at] ?? 0) + count;
      else this.count(value, count);
    }
    this.capped ||= other.capped;
    this.numericCount += other.numericCount;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    for (const x of other.reservoir) {
      if (this.reservoir.length >= RESERVOIR) break;
      this.reservoir.push(x);
    }
  }

  stats(top = 5): VariableStats {
    const result: VariableStats = {
      index: this.index,
      distinct: this.values.length,
      distinctCapped: this.capped,
      top: topCounts(this.counts, top).map(([value, count]) => ({ value, count })),
    };
    if (this.numericCount > 0) {
      // A typed array sorts numbers without calling a comparator.
      const r = Float64Array.from(this.reservoir).sort();
      const at = (q: number): number => r[Math.min(r.length - 1, Math.floor(q * r.length))] ?? 0;
      result.numeric = {
        count: this.numericCount,
        min: this.min,
        max: this.max,
        p50: at(0.5),
        p90: at(0.9),
        p99: at(0.99),
      };
    }
    return result;
  }
}

/** Whether a value counted `count` times comes before `other` among the most frequent (ties: lesser value first). */
function before(count: number, value: string, other: [string, number]): boolean {
  return count > other[1] || (count === other[1] && value < other[0]);
}

/**
 * The `k` most frequent values, most frequent first and ties by value: the first `k` of all of them so
 * sorted, kept by insertion instead of sorting every distinct value (`patterns()` sorted each
 * variable's hundred to keep five, most of what it cost).
 */
export function topCounts(counts: ReadonlyMap<string, number>, k: number): [string, number][] {
  const out: [string, number][] = [];
  if (k <= 0) return out;
  for (const [value, count] of counts) {
    if (out.length === k) {
      if (!before(count, value, out[k - 1] as [string, number])) continue;
      out.pop();
    }
    let at = out.length;
    while (at > 0 && before(count, value, out[at - 1] as [string, number])) at--;
    out.splice(at, 0, [value, count]);
  }
  return out;
}
