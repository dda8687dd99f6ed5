import type { Writable } from 'node:stream';

/** A one-line progress bar on a terminal; does nothing when `enabled` is false. */
export class ProgressBar {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly out: Writable,
    /** Null when unknown (standard input, a pipe): the bytes read are shown without a bar. */
    private readonly total: number | null,
    private readonly enabled: boolean,
    private readonly label = '',
  ) {}

  update(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    if (this.total === null) {
      this.out.write(`\r${this.label}${mb(done)} MB read`);
    } else {
      const share = this.total > 0 ? Math.min(1, done / this.total) : 0;
      const width = 30;
      const full = Math.round(share * width);
      const bar = '#'.repeat(full) + '.'.repeat(width - full);
      this.out.write(`\r${this.label}[${bar}] ${Math.round(share * 100)}% ${mb(done)}/${mb(this.total)} MB`);
    }
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) this.out.write('\r\x1b[K');
    this.drawn = false;
  }
}
