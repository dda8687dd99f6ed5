import { isAnyRoute, isRouteAt } from '../../mining/routes';
import type { DetectionContext, Finding, PatternSeries } from '../detection-context';
import { silentBuckets, timeOf } from '../detection-context';
import { describeWindow, perBucket, round, shortTemplate, templateOpening } from '../format';
import { confidenceOf, poissonTail, sum } from '../robust-stats';
import { capSeverity, severityByFactor } from '../severity';
import { findCoarseSpikes, findSpikes, isPeriodic, type Spike, spikeFigures } from '../spikes';
import { isPassingBurst } from './volume-spike';
import {
  burstsLikeAJob,
  burstsPeriodically,
  isAnnouncedJob,
  isScheduledBatch,
  looksLikeTrouble,
  outsizedBursts,
  readsAsError,
} from './periodic-bursts';

/** Span over which a troubled pattern's counts are summed as well (see findCoarseSpikes). */
const COARSE_MS = 5 * 60_000;
/** Fewest events of a pattern (or of a family of variants, see `variantFamilies`) that can spike. */
const MIN_EVENTS = 30;

/**
 * Whether a spike is how the pattern's file began: the pattern is there from the first bucket of one
 * of its files and stays at twice the spike's baseline or more up to it (the file's partial first
 * bucket aside). Only later buckets are there to call it a rise: MySQL's slow log writes `use shop;`
 * before most queries of its first half hour (new connections), and seldom after (blind6 1/s10: 81 in
 * its first five minutes, 8× its usual 2 a minute, then 51 in the next four).
 */
function startsItsFile(ctx: DetectionContext, pattern: PatternSeries, spike: Spike): boolean {
  const values = pattern.values;
  const first = values.findIndex((v) => v > 0);
  // A spike of its first bucket, or of one after buckets all busy: never at its usual level before.
  if (first < 0 || spike.from < first) return false;
  const opens = [...pattern.track.files].some((file) => {
    const start = ctx.fileStarts.get(file);
    return start !== undefined && Math.floor((start - ctx.startMs) / ctx.widthMs) === first;
  });
  if (!opens) return false;
  for (let i = first + 1; i < spike.from; i++)
    if ((values[i] ?? 0) < Math.max(1, STARTS_HIGH * spike.baselineAtPeak)) return false;
  return true;
}

/** How far above a spike's baseline a pattern stays from its file's start to the spike (see startsItsFile). */
const STARTS_HIGH = 2;

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
    // Requests for any route of a depth (see isAnyRoute) are traffic: more of them is a volume spike's
    // to tell (a crawler's pages, `GET <*>/<*>` at 6× for five minutes: blind5 385/s10).
    if (!isTrouble && isAnyRoute(pattern.track.template)) continue;
    // Buckets in which the pattern's files were not being written say nothing of its rate.
    const skip = silentBuckets(ctx, pattern.track.files);
    const spikes = spikesOf(ctx, pattern.values, isTrouble, skip);
    if (isPeriodic(spikes) || burstsLikeAJob(pattern, skip)) continue;
    // A job's batches: only those far bigger than its usual batch (see outsizedBursts; searched only
    // for a pattern with spikes to sift).
    const outsized = spikes.length > 0 ? outsizedBursts(pattern, skip) : null;
    const before = findings.length;
    for (const spike of spikes) {
      if (outsized?.every((o) => o.to < spike.from || spike.to < o.from)) continue;
      // A file that starts busy with it: nothing before to say it rose (see startsItsFile).
      if (!isTrouble && startsItsFile(ctx, pattern, spike)) continue;
      // One of its files' scheduled batches, bigger this time (see batchGrid): the schedule's.
      if (!isTrouble && isScheduledBatch(ctx, pattern.track.files, spike.from, spike.to)) continue;
      // Or the work of a job the file announced as it started ("Starting scheduled job …").
      if (!isTrouble && isAnnouncedJob(ctx, pattern.track.files, spike.from)) continue;
      // Nor a burst of a message of its usual traffic over in a minute or two (see isPassingBurst).
      if (!isTrouble && isPassingBurst(ctx, pattern.values, spike)) continue;
      const finding = findingOf(ctx, [pattern], pattern.track.template, spike, isTrouble);
      if (finding) findings.push(finding);
    }
    if (isTrouble && findings.length === before) quiet.push(pattern);
  }
  // A rare error gathering in a few minutes, too few for a spike; a rare warning of trouble coming
  // back all through half an hour. Also one exception under a message that fails in other ways all
  // day (see exceptionVariants): eleven statement timeouts in six minutes under Django's "Error
  // handling request", whose KeyErrors and ValueErrors come every half hour (blind4 282/s03).
  for (const pattern of [...ctx.patterns, ...ctx.exceptionVariants]) {
    if (findings.some((f) => f.patternId === pattern.track.id)) continue;
    const clump =
      (pattern.isErrorLevel ? (clumpOf(ctx, pattern) ?? clumpOf(ctx, pattern, SPELL)) : null) ??
      (readsAsError(pattern) ? clumpOf(ctx, pattern, WARNING_CLUMP) : null) ??
      (looksLikeTrouble(pattern) ? clumpOf(ctx, pattern, STORM) : null);
    const finding = clump && findingOf(ctx, [pattern], pattern.track.template, clump, true);
    if (finding) findings.push(finding);
  }
  // Variants of one troubled message that each stay below the bar, spiking or clumping together.
  for (const family of variantFamilies(quiet, CLUMP.events)) {
    const [biggest] = family.members;
    if (!biggest || family.members.some((p) => findings.some((f) => f.patternId === p.track.id))) continue;
    const summed = (of: (p: PatternSeries) => readonly number[]): number[] =>
      biggest.values.map((_, i) => family.members.reduce((n, p) => n + (of(p)[i] ?? 0), 0));
    const values = summed((p) => p.values);
    // A family too small to spike may still clump.
    const total = family.members.reduce((n, p) => n + p.track.count, 0);
    const skip = silentBuckets(ctx, new Set(family.members.flatMap((p) => [...p.track.files])));
    const spikes = total >= MIN_EVENTS ? spikesOf(ctx, values, true, skip) : [];
    if (isPeriodic(spikes) || burstsPeriodically(values, skip)) continue;
    const before = findings.length;
    for (const spike of spikes) {
      const finding = findingOf(ctx, family.members, family.template, spike, true);
      if (finding) findings.push(finding);
    }
    if (findings.length > before) continue;
    const joint = { ...biggest, values, errorValues: summed((p) => p.errorValues) };
    const clump =
      (joint.isErrorLevel ? (clumpOf(ctx, joint) ?? clumpOf(ctx, joint, SPELL)) : null) ??
      (readsAsError(joint) ? clumpOf(ctx, joint, WARNING_CLUMP) : null);
    const finding = clump && findingOf(ctx, family.members, family.template, clump, true);
    if (finding) findings.push(finding);
  }
  for (const members of warningChoirs(quiet, findings)) {
    const finding = chorusOf(ctx, members);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** Events each of a chorus' warnings has in its clump at least (see chorusOf). */
const CHORUS_VOICE = 3;

/**
 * Of the troubled patterns no finding told (`quiet`), the warnings of each file, two or more: the
 * voices a chorus of warnings may be sung by (see chorusOf).
 */
function warningChoirs(quiet: readonly PatternSeries[], findings: readonly Finding[]): PatternSeries[][] {
  // (Each pattern a finding names: a family's variants too.)
  const told = new Set(findings.flatMap((f) => f.evidence.patternIds));
  const byFile = new Map<string, PatternSeries[]>();
  for (const pattern of quiet) {
    const [file] = pattern.track.files;
    if (pattern.level !== 'warn' || pattern.track.files.size !== 1 || file === undefined) continue;
    if (told.has(pattern.track.id)) continue;
    const choir = byFile.get(file);
    if (choir) choir.push(pattern);
    else byFile.set(file, [pattern]);
  }
  return [...byFile.values()].map(withoutEchoes).filter((choir) => choir.length >= 2);
}

/** How far apart (a fifth of its events, bucket by bucket) a warning's series may lie from another's and echo it. */
const ECHO_DISTANCE = 0.2;

/**
 * A choir without the warnings that echo a bigger one: written with it each time, bucket by bucket
 * (Elixir's `retry: got exception, will retry in 1000ms` and the `** (Mint.TransportError) socket
 * closed` under it, 45 of each in a day: blind6 227/s03) — one warning in two lines, no second voice.
 */
function withoutEchoes(choir: readonly PatternSeries[]): PatternSeries[] {
  const kept: PatternSeries[] = [];
  for (const p of [...choir].sort((a, b) => b.track.count - a.track.count)) {
    const echoes = kept.some((k) => {
      let apart = 0;
      for (let i = 0; i < p.values.length; i++) apart += Math.abs((p.values[i] ?? 0) - (k.values[i] ?? 0));
      return apart <= ECHO_DISTANCE * p.track.count;
    });
    if (!echoes) kept.push(p);
  }
  return kept;
}

/**
 * Several warnings of one file gathering in the same few minutes, too few each for a clump: a
 * device or a service changing state — ESXi's `NMP device … state in doubt` and `Device … performance
 * has deteriorated`, 18 and 10 in four minutes where 37 come in the three hours around (blind9
 * 28/s05). The warnings summed must clump as a warning that says it failed does (WARNING_CLUMP: 8 or
 * more in about five minutes, 2.5 times their busiest five minutes elsewhere, at odds below a
 * billion to one), and two of them or more sing in it, three events each at least: one warning's
 * burst alone is its code path's traffic (a deprecation notice's), told by nothing.
 */
function chorusOf(ctx: DetectionContext, choir: readonly PatternSeries[]): Finding | null {
  const [first] = choir;
  if (!first) return null;
  const values = first.values.map((_, i) => choir.reduce((n, p) => n + (p.values[i] ?? 0), 0));
  const clump = clumpOf(ctx, { ...first, values, errorValues: values }, WARNING_CLUMP);
  if (!clump) return null;
  const inClump = (p: PatternSeries): number => sum(p.values, clump.from, clump.to);
  const voices = choir.filter((p) => inClump(p) >= CHORUS_VOICE).sort((a, b) => inClump(b) - inClump(a));
  if (voices.length < 2) return null;
  const finding = findingOf(ctx, voices, first.track.template, clump, true);
  if (!finding) return null;
  const [file] = first.track.files;
  const sung = voices.map((p) => `"${shortTemplate(p.track.template)}" ${inClump(p)}×`).join(', ');
  return {
    ...finding,
    // One finding per file's chorus, merged with no other (see mergeFindings).
    subject: `chorus:${file ?? ''}`,
    description: `${voices.length} warnings of ${file ?? ''} gathered ${describeWindow(finding.startMs, finding.endMs)}: ${sung} — ${clump.observed} in all, where about ${round(clump.expected)} would come.`,
  };
}

/**
 * A burst of trouble (timeouts, refusals, errors) counts from 20 extra events, others from 30, and is
 * also looked for in sums of about five minutes: PgBouncer's "query_wait_timeout" for five minutes is
 * some 25 of each of its two lines, 5 to 8 a minute where there is one an hour. `skip`: the buckets
 * in which the pattern's files were not being written (see silentBuckets), left out of its baselines.
 */
function spikesOf(
  ctx: DetectionContext,
  values: number[],
  isTrouble: boolean,
  skip: readonly boolean[] | undefined,
): Spike[] {
  const options = {
    minCount: 10,
    minFactor: 5,
    z: 6,
    minExcess: isTrouble ? 20 : 30,
    shoulders: isTrouble,
    skip,
  };
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

/** A clump of a rare error's events (see `clumpOf`): about five minutes, 8 events or more. */
const CLUMP = { windowMs: COARSE_MS, events: 8, errorsOnly: true, rarity: 0, seenBefore: false };
/**
 * A clump of a warning that says it failed (see `readsAsError`), of all its events: PgBouncer's
 * `pooler error: password authentication failed` at WARNING eight times in two and a half minutes,
 * where it comes four times in six hours (blind4 183/s10).
 */
const WARNING_CLUMP = { ...CLUMP, errorsOnly: false, seenBefore: true };
/**
 * A storm of a rare troubled message (see `clumpOf`): half an hour, 20 events or more (the extra
 * events a troubled pattern's spike needs), of any level.
 */
const STORM = { windowMs: 6 * COARSE_MS, events: 20, errorsOnly: false, rarity: 5, seenBefore: true };
/**
 * A spell of a rare error message over half an hour, 12 events or more: too slow for a clump (eight in
 * five minutes) and too few for a storm. PostgreSQL's `canceling statement due to statement timeout`
 * 19 times in 20 minutes where it comes twice in three hours (blind4 304/s05); Laravel's `Connection
 * could not be established with host "ssl://api.mollie.com:465"` 14 times in 23 minutes, a dozen in the
 * five hours around (blind3 274/s03). Only errors, of a message seen before them (a new one is a new
 * pattern's), and (as every clump) at odds below a billion to one.
 */
export const SPELL = { windowMs: 6 * COARSE_MS, events: 12, errorsOnly: true, rarity: 5, seenBefore: true };
/** A clump holds this many times the events of the pattern's busiest window elsewhere, or more. */
const CLUMP_FACTOR = 2.5;
/** Odds of a clump at the pattern's rate (Poisson, times the windows looked at) below which it is no chance. */
const CLUMP_ODDS = 1e-9;

/**
 * A rare error message gathering in about five minutes: eleven "deadlock detected" in four minutes of
 * a database log that writes one every twenty, too few for a spike (20 extra events). The clump is the
 * busiest window of the message's errors; it counts when it holds 8 or more, 2.5 times the busiest
 * window elsewhere (a message that comes in clumps of four is not news at ten), and when so many at
 * the message's rate elsewhere in its files' span would happen by chance less than once in a billion
 * windows' looks (Poisson). A message erring on a schedule is a job's. With `STORM`, the same of a
 * troubled message of any level over half an hour, seen before it: PgBouncer's `pooler error: no more connections
 * allowed (max_client_conn)` warning 35 times in 25 minutes, one to five a minute, where it comes
 * once an hour (blind4 9/s01) — no minute and no five minutes make a spike.
 */
export function clumpOf(ctx: DetectionContext, pattern: PatternSeries, kind = CLUMP): Spike | null {
  const values = kind.errorsOnly ? pattern.errorValues : pattern.values;
  let k = Math.max(1, Math.round(kind.windowMs / ctx.widthMs));
  // Buckets as wide as the window: two of them, for a burst of a few minutes across their boundary, of
  // a message seen before them (one never seen before is a new pattern's to tell: see new-pattern.ts).
  if (k === 1) {
    const pair = busiestWindow(values, 2);
    if (pair.end >= 2 && sum(values, 0, pair.end - 2) > 0) k = 2;
  }
  const { sum: best, end } = busiestWindow(values, k);
  if (best < kind.events || ctx.density < 0.8) return null;
  let from = Math.max(0, end - k + 1);
  while ((values[from] ?? 0) === 0) from++;
  // A storm or a spell of a message never seen before it is a new pattern's (see new-pattern.ts), told as such.
  if (kind.seenBefore && sum(values, 0, from - 1) === 0) return null;
  // The busiest window elsewhere: the clump's buckets left out, and a window's worth on each side of
  // it (the same burst, begun minutes before its busiest five: 15 decode errors in 11 minutes).
  const elsewhere = busiestWindow(
    values.map((v, i) => (i >= from - k && i <= end + k ? 0 : v)),
    k,
  ).sum;
  if (best < CLUMP_FACTOR * elsewhere) return null;
  const spans = ctx.sources.filter((s) => s.files.some((f) => pattern.track.files.has(f)));
  const first = Math.min(...spans.map((s) => s.first));
  const last = Math.max(...spans.map((s) => s.last));
  const windows = Math.max(1, last - first + 1 - k);
  const rest = sum(values) - best;
  // At least half an event elsewhere: a message seen nowhere else has an unknown rate, not a zero one.
  const lambda = (Math.max(rest, 0.5) / windows) * k;
  if (poissonTail(best, lambda) * windows >= CLUMP_ODDS) return null;
  // A storm is of a rare message: five times its usual half hour's count or more (ZooKeeper's
  // session expiries, three a minute all along, at 3× for half an hour are not one).
  if (best < kind.rarity * lambda) return null;
  if (burstsPeriodically(values)) return null;
  const expected = lambda * ((end - from + 1) / k);
  return {
    from,
    to: end,
    observed: best,
    expected,
    peak: best,
    peakIndex: from,
    baselineAtPeak: lambda,
    upperAtPeak: CLUMP_FACTOR * elsewhere,
    score: (best - lambda) / Math.sqrt(Math.max(lambda, 1)),
  };
}

/**
 * Odds below which a rise of a message's share of errors is no chance (see errorShareSpell). Far above
 * CLUMP_ODDS: the expected count there is the message's events in the window at its usual share of
 * errors — the volume of the window is known — where a clump's is a rate over the whole file.
 */
const SHARE_ODDS = 1e-6;
/** Errors a share's spell holds in half an hour at least (fewer than SPELL's: the odds are surer). */
const SHARE_EVENTS = 10;

/**
 * A spell (as SPELL's: 10 errors or more in half an hour, 2.5 times its busiest half hour elsewhere) of
 * the errors of a message that mostly is none — a service's 5xx answers under its one request message
 * (restify's `handled: 502`): 12 in nine minutes at the usual volume, where one came every quarter
 * hour (blind7 24/s04). Judged by the message's share of errors: its events in the window at the share
 * of errors its other events have is the expected count (0.3 for 170 requests at 0.18%), and in the
 * window of a few buckets up to half an hour that the errors make least likely, they must be five
 * times that and at odds below SHARE_ODDS over the windows and widths looked at.
 */
export function errorShareSpell(ctx: DetectionContext, pattern: PatternSeries): Spike | null {
  const errors = pattern.errorValues;
  const k = Math.max(1, Math.round(SPELL.windowMs / ctx.widthMs));
  const { sum: spell, end: spellEnd } = busiestWindow(errors, k);
  if (spell < SHARE_EVENTS || ctx.density < 0.8) return null;
  const spellFrom = Math.max(0, spellEnd - k + 1);
  if (sum(errors, 0, spellFrom - 1) === 0 && (errors[spellFrom] ?? 0) === 0) return null;
  const elsewhere = busiestWindow(
    errors.map((v, i) => (i >= spellFrom - k && i <= spellEnd + k ? 0 : v)),
    k,
  ).sum;
  if (spell < CLUMP_FACTOR * elsewhere) return null;
  const totalErrors = sum(errors);
  const totalEvents = sum(pattern.values);
  const tests = Math.max(1, errors.length) * k;
  let found: Spike | null = null;
  let bestOdds = SHARE_ODDS;
  for (let width = 1; width <= k; width++) {
    const { sum: observed, end } = busiestWindow(errors, width);
    const from = Math.max(0, end - width + 1);
    // A message whose errors start with the spell is a new error's (see new-pattern.ts).
    if (sum(errors, 0, from - 1) === 0) continue;
    const inWindow = sum(pattern.values, from, end);
    const share = Math.max(totalErrors - observed, 0.5) / Math.max(totalEvents - inWindow, 1);
    const expected = inWindow * share;
    const odds = poissonTail(observed, expected) * tests;
    if (observed < SPELL.rarity * expected || odds >= bestOdds) continue;
    bestOdds = odds;
    found = {
      from,
      to: end,
      observed,
      expected,
      peak: observed,
      peakIndex: from,
      baselineAtPeak: expected,
      upperAtPeak: CLUMP_FACTOR * elsewhere,
      score: (observed - expected) / Math.sqrt(Math.max(expected, 1)),
    };
  }
  return found;
}

/** The largest sum of `k` neighbouring values, and the index of the last of them (-1 when all are 0). */
function busiestWindow(values: readonly number[], k: number): { sum: number; end: number } {
  let best = 0;
  let end = -1;
  for (let i = 0, window = 0; i < values.length; i++) {
    window += (values[i] ?? 0) - (i >= k ? (values[i - k] ?? 0) : 0);
    if (window > best) {
      best = window;
      end = i;
    }
  }
  return { sum: best, end };
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

/** Words two templates open alike with to be one message quoting something (see variantFamilies). */
const OPENING_WORDS = 10;
/** Words of those that must be the message's own (not `<*>`). */
const OPENING_LITERALS = 6;

/** How many words every template of `templates` opens alike with. */
function commonOpening(templates: readonly string[][]): number {
  const [first = []] = templates;
  let n = 0;
  while (n < first.length && templates.every((t) => t.length > n && t[n] === first[n])) n++;
  return n;
}

/**
 * Patterns of the same files whose templates differ in one word only: one message split by a value
 * the miner kept as text ("pooler error: password authentication failed" once per database user);
 * or that open alike for OPENING_WORDS words, OPENING_LITERALS of them words of the message's own:
 * one message quoting what failed at its end, which the miner splits by the quote's length
 * (ClickHouse's `Memory limit (for query) exceeded: … (in query: SELECT …)`, one pattern per
 * statement: blind3 290/s06). Families of two or more with `minEvents` between them.
 */
export function variantFamilies(patterns: readonly PatternSeries[], minEvents = MIN_EVENTS): Family[] {
  const tokens = patterns.map((p) => p.track.template.split(' '));
  const groups = groupsSharingKeys(patterns.length, (i) => {
    const words = tokens[i] ?? [];
    const files = [...(patterns[i]?.track.files ?? [])].sort().join(',');
    const keys = oneWordKeys(words, files, false);
    const opening = words.slice(0, OPENING_WORDS);
    if (words.length > OPENING_WORDS && opening.filter((w) => w !== '<*>').length >= OPENING_LITERALS)
      keys.push(`${files}|opening|${opening.join(' ')}`);
    return keys;
  });
  const families: Family[] = [];
  for (const group of groups) {
    if (group.length < 2) continue;
    const members = group
      .map((i) => patterns[i] as PatternSeries)
      .sort((a, b) => b.track.count - a.track.count);
    if (members.reduce((n, p) => n + p.track.count, 0) < minEvents) continue;
    const first = tokens[group[0] ?? 0] ?? [];
    const sameLength = group.every((i) => tokens[i]?.length === first.length);
    // Of templates as long as each other, the word they differ in; else what they open with.
    const template = sameLength
      ? first.map((word, w) => (group.every((i) => tokens[i]?.[w] === word) ? word : '<*>')).join(' ')
      : [...first.slice(0, commonOpening(group.map((i) => tokens[i] ?? []))), '<*>'].join(' ');
    families.push({ members, template });
  }
  return families;
}

/**
 * The keys under which a template's variants of one word meet (its files, length, the word's place
 * and the words around it): one per word, not a request's route (a scanner's probes of many paths,
 * `GET .aws/credentials`, `GET .env`, two or three each, are no one message's variants), nor — unless
 * `withVariables` — a word that is a variable already.
 */
export function oneWordKeys(words: readonly string[], files: string, withVariables: boolean): string[] {
  const keys: string[] = [];
  for (let w = 0; w < words.length; w++) {
    if ((!withVariables && words[w] === '<*>') || isRouteAt(words, w)) continue;
    keys.push(`${files}|${words.length}|${w}|${words.slice(0, w).join(' ')}|${words.slice(w + 1).join(' ')}`);
  }
  return keys;
}

/** Items 0…count-1 grouped with every item that shares one of their keys, transitively (in order). */
export function groupsSharingKeys(count: number, keysOf: (i: number) => string[]): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const firstWithKey = new Map<string, number>();
  for (let i = 0; i < count; i++)
    for (const key of keysOf(i)) {
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, i);
      else parent[root(i)] = root(other);
    }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()];
}
