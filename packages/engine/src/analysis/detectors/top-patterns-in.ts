import type { DetectionContext } from '../detection-context';
import { shortTemplate } from '../format';
import { median, sum } from '../robust-stats';

export interface WindowPattern {
  id: string;
  template: string;
  count: number;
  files: string[];
}

export interface TopOptions {
  /** Count error events only. */
  errorsOnly?: boolean;
  limit?: number;
  /** Only patterns seen in these files. */
  files?: readonly string[];
  /** Rank by events above the pattern's usual count (what a burst added), not by raw count. */
  byExcess?: boolean;
}

/** The patterns that contributed most events to buckets [from, to]. */
export function topPatternsIn(
  ctx: DetectionContext,
  from: number,
  to: number,
  options: TopOptions = {},
): WindowPattern[] {
  const { errorsOnly = false, limit = 3, files, byExcess = false } = options;
  return ctx.patterns
    .filter((p) => !errorsOnly || p.track.errors > 0)
    .filter((p) => !files || [...p.track.files].some((f) => files.includes(f)))
    .map((p) => {
      const values = errorsOnly ? p.errorValues : p.values;
      const count = sum(values, from, to);
      const usual = byExcess && count > 0 ? median(values) * (to - from + 1) : 0;
      return {
        id: p.track.id,
        template: shortTemplate(p.track.template),
        count: count - usual,
        files: [...p.track.files],
      };
    })
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}
