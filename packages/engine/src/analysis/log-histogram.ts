const PER_OCTAVE = 8;
const OFFSET = 128; // bin 0 holds values down to 2^-16 ms; smaller ones (and 0) share it
const BINS = 512;

/** Bounded-memory distribution of positive values (≈9% relative error): for request-time quantiles. */
export class LogHistogram {
  private readonly bins = new Float64Array(BINS);
  count = 0;
  max = 0;

  add(value: number): void {
    this.addLn(value, Math.log(value));
  }

  /** `add` for a caller that has the value's natural logarithm already (`ln` = Math.log(value)). */
  addLn(value: number, ln: number): void {
    // The small nudge keeps exact powers of two in their own bin despite rounding in ln·log2(e).
    const bin = value > 0 ? Math.floor(ln * Math.LOG2E * PER_OCTAVE + 1e-9) + OFFSET : 0;
    const at = Math.min(BINS - 1, Math.max(0, bin));
    this.bins[at] = (this.bins[at] ?? 0) + 1;
    this.count++;
    if (value > this.max) this.max = value;
  }

  quantile(q: number): number {
    const target = q * this.count;
    let seen = 0;
    for (let bin = 0; bin < BINS; bin++) {
      seen += this.bins[bin] ?? 0;
      if (seen >= target && seen > 0) {
        const value = Math.pow(2, (bin - OFFSET + 0.5) / PER_OCTAVE);
        return Math.round(Math.min(value, this.max) * 1000) / 1000;
      }
    }
    return this.max;
  }
}
