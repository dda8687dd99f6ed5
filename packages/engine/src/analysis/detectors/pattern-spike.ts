import type { DetectionContext, Finding, PatternSeries } from '../detection-context';
import { timeOf } from '../detection-context';
import { describeWindow, perBucket, round, shortTemplate, templateOpening } from '../format';
import { confidenceOf, sum } from '../robust-stats';
import { capSeverity, severityByFactor } from '../severity';
import { findCoarseSpikes, findSpikes, isPeriodic, type Spike, spikeFigures } from '../spikes';
import {
  burstsLikeAJob,
  burstsPeriodically,
  isAnnouncedJob,
  isScheduledBatch,
  looksLikeTrouble,
} from './periodic-bursts';

/** Span over which a troubled pattern's counts are summed as well (see findCoarseSpikes). */
const COARSE_MS = 5 * 60_000;
/** Fewest events of a pattern (or of a family of variants, see `variantFamilies`) that can spike. */
const MIN_EVENTS = 30;

/** One pattern's rate exploding against its own baseline: retry storms, connection-refused floods. */
export function detectPatternSpikes(ctx: DetectionContext): Finding[] {
  const findings: Finding[] = [];
  const quiet: PatternSeries[] = [];
  for (const pattern of ctx.patterns) {
    const isTrouble = looksLikeTrouble(pattern);
    if (pattern.track.count < MIN_EVENTS) {
      if (isTrouble) quiet.push(pattern);
      continue;
    }
    const spikes = spikesOf(ctx, pattern.values, isTrouble);
    if (isPeriodic(spikes) || burstsLikeAJob(pattern)) continue;
    const before = findings.length;
    for (const spike of spikes) {
      // One of its files' scheduled batches, bigger this time (see batchGrid): the schedule's.
      if (!isTrouble && isScheduledBatch(ctx, pattern.track.files, spike.from, spike.to)) continue;
      // Or the work of a job the file announced as it started ("Starting scheduled job …").
      if (!isTrouble && isAnnouncedJob(ctx, pattern.track.files, spike.from)) continue;
      const finding = findingOf(ctx, [pattern], pattern.track.template, spike, isTrouble);
      if (finding) findings.push(finding);
    }
    if (isTrouble && findings.length === before) quiet.push(pattern);
  }
  // Variants of one troubled message that each stay below the bar, spiking together.
  for (const family of variantFamilies(quiet)) {
    const values = family.members[0]?.values.map((_, i) =>
      family.members.reduce((n, p) => n + (p.values[i] ?? 0), 0),
    );
    if (!values) continue;
    const spikes = spikesOf(ctx, values, true);
    if (isPeriodic(spikes) || burstsPeriodically(values)) continue;
    for (const spike of spikes) {
      const finding = findingOf(ctx, family.members, family.template, spike, true);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

/**
 * A burst of trouble (timeouts, refusals, errors) counts from 20 extra events, others from 30, and is
 * also looked for in sums of about five minutes: PgBouncer's "query_wait_timeout" for five minutes is
 * some 25 of each of its two lines, 5 to 8 a minute where there is one an hour.
 */
function spikesOf(ctx: DetectionContext, values: number[], isTrouble: boolean): Spike[] {
  const options = { minCount: 10, minFactor: 5, z: 6, minExcess: isTrouble ? 20 : 30, shoulders: isTrouble };
  let spikes = findSpikes(values, options);
  if (isTrouble)
    for (const spike of findCoarseSpikes(values, Math.round(COARSE_MS / ctx.widthMs), options)) {
      // The summed view tells the whole of a burst whose busiest minutes alone stand out.
      const within = spikes.filter((s) => s.from <= spike.to && spike.from <= s.to);
      if (within.reduce((n, s) => n + s.observed, 0) >= spike.observed) continue;
      spikes = [...spikes.filter((s) => !within.includes(s)), spike];
    }
  return spikes.sort((a, b) => a.from - b.from);
}

/** The finding of a spike of `members` (one pattern, or a family of variants), or null when it does not count. */
function findingOf(
  ctx: DetectionContext,
  members: PatternSeries[],
  fullTemplate: string,
  spike: Spike,
  isTrouble: boolean,
): Finding | null {
  // "Up from almost never" only means something when the file logs steadily around it.
  if (spike.expected < 0.5 && ctx.density < 0.8) return null;
  const main = members[0];
  if (!main) return null;
  const files = [...new Set(members.flatMap((p) => [...p.track.files]))].sort();
  const startMs = timeOf(ctx, spike.from);
  const endMs = timeOf(ctx, spike.to + 1);
  const buckets = spike.to - spike.from + 1;
  const usual = spike.expected / buckets;
  const factor = spike.observed / Math.max(spike.expected, buckets * 0.5);
  const samples = members
    .flatMap((p) => p.track.exemplars.within(startMs, endMs, 3))
    .sort((a, b) => a.timestamp - b.timestamp)
    .slice(0, 3);
  const base = severityByFactor(factor, [100, 20, 5, 0]);
  // A burst of a non-error message (or a small one) is a symptom worth a look, not an incident on its own.
  const severity = !isTrouble
    ? 'low'
    : spike.observed - spike.expected >= 100
      ? base
      : capSeverity(base, 'medium');
  const template = shortTemplate(main.track.template);
  const ids = members.map((p) => p.track.id);
  // A family is told as merged variants are (see mergeFindings): its biggest member's count here,
  // "with N variants of it (M events in all)" after it.
  const count = members.length > 1 ? sum(main.values, spike.from, spike.to) : spike.observed;
  return {
    type: 'pattern_spike',
    severity,
    confidence: confidenceOf(spike.score, 6),
    startMs,
    endMs,
    files,
    patternId: main.track.id,
    // Variants of one message (the same retry failing with three different errors) spiking
    // together in the same files are one finding: they share the template's opening words.
    subject: `family:${files.join(',')}|${templateOpening(fullTemplate)}`,
    quoted: template,
    description: `"${template}" occurred ${count} times ${describeWindow(startMs, endMs)}, ${usual < 0.05 ? 'up from almost never' : `${round(factor)}× its usual ${round(usual)} ${perBucket(ctx.widthMs)}`}.`,
    evidence: {
      metric: `events of pattern${ids.length > 1 ? 's' : ''} ${ids.join(', ')} ${perBucket(ctx.widthMs)}`,
      ...spikeFigures(spike, ctx.widthMs),
      patternIds: ids,
      source: null,
      lines: samples.map(({ file, line }) => ({ file, line })),
      samples: samples.map(({ file, line, text }) => ({ file, line, text })),
      related: [],
    },
  };
}

interface Family {
  /** Biggest first. */
  members: PatternSeries[];
  /** The members' template with the word they differ in as `<*>`. */
  template: string;
}

/**
 * Patterns of the same files whose templates differ in one word only: one message split by a value
 * the miner kept as text ("pooler error: password authentication failed" once per database user).
 * Families of two or more with MIN_EVENTS between them.
 */
export function variantFamilies(patterns: readonly PatternSeries[]): Family[] {
  const parent = patterns.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const tokens = patterns.map((p) => p.track.template.split(' '));
  const firstWithKey = new Map<string, number>();
  patterns.forEach((p, i) => {
    const words = tokens[i] ?? [];
    const files = [...p.track.files].sort().join(',');
    for (let w = 0; w < words.length; w++) {
      if (words[w] === '<*>') continue;
      const key = `${files}|${words.length}|${w}|${words.slice(0, w).join(' ')}|${words.slice(w + 1).join(' ')}`;
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, i);
      else parent[root(i)] = root(other);
    }
  });
  const groups = new Map<number, number[]>();
  patterns.forEach((_, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(i);
    else groups.set(r, [i]);
  });
  const families: Family[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const members = group
      .map((i) => patterns[i] as PatternSeries)
      .sort((a, b) => b.track.count - a.track.count);
    if (members.reduce((n, p) => n + p.track.count, 0) < MIN_EVENTS) continue;
    const first = tokens[group[0] ?? 0] ?? [];
    const template = first
      .map((word, w) => (group.every((i) => tokens[i]?.[w] === word) ? word : '<*>'))
      .join(' ');
    families.push({ members, template });
  }
  return families;
}
