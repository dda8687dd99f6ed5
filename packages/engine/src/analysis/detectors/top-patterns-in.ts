import type { DetectionContext } from '../detection-context';
import { shortTemplate } from '../format';
import { sum } from '../robust-stats';

export interface WindowPattern {
  id: string;
  template: string;
  count: number;
  files: string[];
}

/** The patterns that contributed most events to buckets [from, to] (errors only when asked). */
export function topPatternsIn(
  ctx: DetectionContext,
  from: number,
  to: number,
  errorsOnly: boolean,
  limit = 3,
  files?: readonly string[],
): WindowPattern[] {
  return ctx.patterns
    .filter((p) => !errorsOnly || p.track.errors > 0)
    .filter((p) => !files || [...p.track.files].some((f) => files.includes(f)))
    .map((p) => ({
      id: p.track.id,
      template: shortTemplate(p.track.template),
      count: sum(errorsOnly ? p.errorValues : p.values, from, to),
      files: [...p.track.files],
    }))
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}
