/** Bounded-memory distribution of positive values (≈9% relative error): for request-time quantiles. */
export class LogHistogram {
  private readonly bins = new Map<number, number>();
  count = 0;
  max = 0;

  add(value: number): void {
    const bin = value <= 0 ? -1e9 : Math.floor(Math.log2(value) * 8);
    this.bins.set(bin, (this.bins.get(bin) ?? 0) + 1);
    this.count++;
    if (value > this.max) this.max = value;
  }

  quantile(q: number): number {
    const target = q * this.count;
    let seen = 0;
    for (const bin of [...this.bins.keys()].sort((a, b) => a - b)) {
      seen += this.bins.get(bin) ?? 0;
      if (seen >= target) return bin === -1e9 ? 0 : Math.round(Math.pow(2, (bin + 0.5) / 8) * 1000) / 1000;
    }
    return this.max;
  }
}
