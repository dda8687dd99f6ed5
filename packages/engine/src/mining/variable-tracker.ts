import type { VariableStats } from '../types';

const RESERVOIR = 256;

/** Bounded statistics of one template variable: capped distinct counts and a numeric reservoir. */
export class VariableTracker {
  private readonly counts = new Map<string, number>();
  private capped = false;
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
    const known = this.counts.get(value);
    if (known !== undefined) this.counts.set(value, known + weight);
    else if (this.counts.size < this.maxDistinct) this.counts.set(value, weight);
    else this.capped = true;
    const c = value.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 45) this.addNumber(Number(value), weight);
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
      const known = this.counts.get(value);
      if (known !== undefined) this.counts.set(value, known + count);
      else if (this.counts.size < this.maxDistinct) this.counts.set(value, count);
      else this.capped = true;
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
      distinct: this.counts.size,
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
