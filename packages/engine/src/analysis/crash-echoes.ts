// A crash seen from the other files of a bundle: a proxy answering 502/503 in the seconds a backend
// takes to restart after its OOM kill. Too few errors for a spike of their own (eight in a minute),
// they are told with the crash they followed.
import { timeOf, type DetectionContext, type Finding } from './detection-context';
import { describeWindow, perBucket, round } from './format';
import { poissonTail, sum } from './robust-stats';

/** Fewest errors of another source in the crash's minute that can be its echo. */
const MIN_ECHO_ERRORS = 6;
/** How unlikely, at the source's usual error rate, so many errors in so short a time must be. */
const MAX_CHANCE = 1e-5;
/** The time after a crash its echoes are looked for in (a restart takes seconds to a minute). */
const ECHO_MS = 60_000;

/**
 * Critical rare events (a crash, an OOM kill, a panic) with the files of the other sources whose
 * errors in the crash's bucket and the minute after it are too many to be chance at their usual rate
 * (six at least, a Poisson chance below MAX_CHANCE, one in 100,000): such a file is named with the crash, and its
 * errors are told in the description.
 */
export function withCrashEchoes(ctx: DetectionContext, findings: Finding[]): Finding[] {
  return findings.map((finding) => {
    if (finding.type !== 'rare_event' || finding.severity !== 'critical') return finding;
    const from = Math.floor((finding.startMs - ctx.startMs) / ctx.widthMs);
    const to = Math.min(ctx.length - 1, Math.floor((finding.startMs + ECHO_MS - ctx.startMs) / ctx.widthMs));
    if (from < 0 || from > to) return finding;
    const echoes: string[] = [];
    const files = new Set(finding.files);
    for (const source of ctx.sources) {
      if (source.files.every((f) => files.has(f))) continue;
      const inside = sum(source.errors, from, to);
      if (inside < MIN_ECHO_ERRORS) continue;
      const buckets = to - from + 1;
      const outside = Math.max(1, source.last - source.first + 1 - buckets);
      const expected = ((sum(source.errors) - inside) / outside) * buckets;
      if (poissonTail(inside, expected) >= MAX_CHANCE) continue;
      const usual = expected / buckets;
      echoes.push(
        `${source.name} logged ${inside} errors ${describeWindow(timeOf(ctx, from), timeOf(ctx, to + 1))} (usually ${usual < 0.1 ? 'almost none' : `${round(usual)} ${perBucket(ctx.widthMs)}`})`,
      );
      for (const f of source.files) files.add(f);
    }
    if (echoes.length === 0) return finding;
    return {
      ...finding,
      files: [...files].sort(),
      description: `${finding.description.replace(/\.$/, '')}; ${echoes.join('; ')}.`,
    };
  });
}
