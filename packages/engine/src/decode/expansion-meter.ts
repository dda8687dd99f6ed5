import { InputError } from '../errors/input-error';

export interface ArchiveLimits {
  /** Total bytes an archive may expand to (default 10 GiB). */
  maxExpandedBytes: number;
  /** Largest expanded/compressed ratio accepted once 8 MiB are expanded (default 1,000). */
  maxRatio: number;
  /** Most members a zip or tar bundle may hold (default 10,000). */
  maxMembers: number;
}

const GIB = 1024 ** 3;
const RATIO_GRACE = 8 * 1024 * 1024;

/** Counts compressed input and expanded output; refuses archive bombs as soon as they show. */
export class ExpansionMeter {
  compressed = 0;
  expanded = 0;

  constructor(
    readonly limits: ArchiveLimits,
    private readonly name: string,
  ) {}

  addExpanded(n: number): void {
    this.expanded += n;
    const { maxExpandedBytes, maxRatio } = this.limits;
    if (this.expanded > maxExpandedBytes) {
      throw new InputError(
        'LIMIT_EXCEEDED',
        `${this.name}: the archive expands beyond the ${formatBytes(maxExpandedBytes)} limit`,
      );
    }
    if (this.expanded > RATIO_GRACE && this.expanded > maxRatio * Math.max(1, this.compressed)) {
      throw new InputError(
        'LIMIT_EXCEEDED',
        `${this.name}: the archive expands more than ${maxRatio} times its size; this looks like an archive bomb`,
      );
    }
  }
}

export function formatBytes(n: number): string {
  if (n >= GIB && n % GIB === 0) return `${n / GIB} GiB`;
  if (n >= 1024 * 1024) return `${Math.round(n / (1024 * 1024))} MiB`;
  return `${n} bytes`;
}
