import type { DetectionContext, Finding, PatternSeries, SourceSeries } from '../detection-context';
import { silentBuckets, timeOf } from '../detection-context';
import { isRequestMessage } from '../durations';
import { describeWindow, perBucket, round } from '../format';
import { confidenceOf, findRuns, localBaseline, halfWindowFor, median, sum } from '../robust-stats';
import { severityByFactor } from '../severity';
import { findCoarseSpikes, findSpikes, spikeOfRun, type Spike, spikeFigures } from '../spikes';
import { clumpOf, errorShareSpell, SPELL } from './pattern-spike';
import { topPatternsIn } from './top-patterns-in';

/**
 * A source's errors as a spell of a rare error over half an hour (see SPELL in pattern-spike.ts: 12
 * or more, 2.5 times its busiest half hour elsewhere, five times its usual count, at odds below a
 * billion to one): a quiet ASP.NET service answering one or two requests a minute with a 5xx for 28
 * minutes, 24 where one comes every ten minutes (blind5 294/s01) — no bucket of a minute or five holds
 * enough for a spike.
 */
function sourceSpell(ctx: DetectionContext, source: SourceSeries): Spike | null {
  const files = new Set(source.files);
  // The source as a pattern of its files: clumpOf reads a pattern's series and its track's files only.
  const asPattern = {
    track: { files } as PatternSeries['track'],
    level: 'error' as const,
    isErrorLevel: true,
    values: source.values,
    errorValues: source.errors,
  };
  return clumpOf(ctx, asPattern, SPELL);
}

/** A spike found in one source's errors, told by that source's files. */
type SourcedSpike = Spike & { files?: readonly string[] };

/** Span over which error counts are summed as well (see findCoarseSpikes). */
const COARSE_MS = 5 * 60_000;

/** More errors (or a larger error / 5xx share) than the local baseline allows. */
export function detectErrorSpikes(ctx: DetectionContext): Finding[] {
  const shares = ctx.errors.map((e, i) => ((ctx.total[i] ?? 0) >= 20 ? e / (ctx.total[i] ?? 1) : 0));
  const shareBase = localBaseline(shares, halfWindowFor(shares.length)).center;
  // On a mostly idle timeline, errors arriving with a burst of traffic are not a rise in the error rate.
  const sparse = ctx.density < 0.6;
  const options = { minCount: sparse ? Infinity : 5, minFactor: 3, z: 5, minExcess: 12, runZ: 3.5 };
  const spikes = findSpikes(ctx.errors, {
    ...options,
    alsoFlag: (i) => {
      const base = shareBase[i] ?? 0;
      return (ctx.errors[i] ?? 0) >= 8 && (shares[i] ?? 0) >= Math.max(3 * base, base + 0.2);
    },
  });
  // Errors rising too gently for one bucket (a few a minute) are summed over about five minutes.
  const k = Math.round(COARSE_MS / ctx.widthMs);
  const coarse = findCoarseSpikes(ctx.errors, k, options);
  // Buckets of five minutes or more are not summed further: they are also taken half a width later
  // (a burst of a few minutes across a boundary is split in two).
  const halfShifted = (series: number[] | null, skip?: readonly boolean[]): Spike[] =>
    k < 2 && series !== null
      ? findSpikes(series, { ...options, skip: skip?.map((s, i) => s && skip[i + 1] === true) }).map(
          (spike) => unshifted(spike, ctx.length),
        )
      : [];
  // Per source too: a burst in one file is diluted by the errors other files of a bundle write. Its
  // baselines leave out the buckets in which its files were not being written (see silentBuckets).
  const perSource: SourcedSpike[] = ctx.sources.flatMap((source) => {
    const skip = silentBuckets(ctx, source.files);
    return [
      ...findSpikes(source.errors, { ...options, skip }),
      ...findCoarseSpikes(source.errors, k, { ...options, skip }),
      ...halfShifted(source.errorsShifted, skip),
    ].map((spike) => ({
      ...spike,
      files: source.files,
    }));
  });
  // A long stretch of a far larger error share, as long as the baseline window is wide, becomes its
  // own local baseline: judged against the share of the whole file as well. Also per source: an
  // access log's 5xx share is diluted by the other files of a bundle.
  const shifts: SourcedSpike[] = [
    ...coarse,
    ...halfShifted(ctx.errorsShifted),
    ...perSource,
    ...sustainedShareShifts(ctx.errors, ctx.total, false),
    ...ctx.sources.flatMap((source) => sustainedShareShifts(source.errors, source.values, true)),
  ];
  // A source's errors gathering over half an hour, too few a bucket for a spike (see sourceSpell).
  for (const source of ctx.sources) {
    const spell = sourceSpell(ctx, source);
    if (spell) shifts.push({ ...spell, files: source.files });
  }
  // The errors of a message that mostly is none, its share of them rising so (see errorShareSpell).
  for (const pattern of ctx.patterns) {
    if (pattern.isErrorLevel || !pattern.errorValues.some((v) => v > 0)) continue;
    const spell = errorShareSpell(ctx, pattern);
    if (spell) shifts.push({ ...spell, files: [...pattern.track.files] });
  }
  // Errors that rose only with their sources' traffic are a volume spike's to tell (see isTrafficRise).
  // They are set aside before the overlapping spikes are: one source's flood must not hide another
  // source's errors of the same minutes (a proxy's burst of traffic beside another proxy's 5xx, a
  // bundle's errors then rising with the traffic as a whole: blind6 51/s10).
  const told: SourcedSpike[] = spikes.filter((spike) => !isTrafficRise(ctx, spike));
  for (const spike of shifts) {
    if (told.some((s) => s.from <= spike.to && spike.from <= s.to) || isTrafficRise(ctx, spike)) continue;
    told.push(spike);
  }
  return told.map((spike) => {
    const startMs = timeOf(ctx, spike.from);
    const endMs = timeOf(ctx, spike.to + 1);
    const factor = spike.observed / Math.max(spike.expected, spike.to - spike.from + 1);
    const excess = spike.observed - spike.expected;
    const usual = spike.expected / (spike.to - spike.from + 1);
    // A spike of one source is told by that source's patterns.
    const top = topPatternsIn(ctx, spike.from, spike.to, { errorsOnly: true, files: spike.files });
    const severity = excess >= 50 ? severityByFactor(factor, [20, 5, 2, 0]) : excess >= 20 ? 'medium' : 'low';
    // Samples of the patterns behind the spike first; any error of the window otherwise.
    const fromTop = top.flatMap(
      (p) =>
        ctx.patterns.find((s) => s.track.id === p.id)?.track.errorExemplars?.within(startMs, endMs, 2) ?? [],
    );
    const others = ctx.errorExemplars
      .within(startMs, endMs, 3)
      .filter((e) => !spike.files || spike.files.includes(e.file));
    const samples = [...fromTop, ...others].slice(0, 3);
    // A request's errors are its 5xx answers (an access line's level is its status's): said so, since
    // `mostly "GET <*>"` alone reads as if fetching were the error.
    const what = top[0]
      ? ` mostly ${isRequestMessage(top[0].template) ? '5xx responses to ' : ''}"${top[0].template}"`
      : '';
    const mainFiles = new Set(top.flatMap((p) => p.files));
    // Other sources whose errors rose with it (one source's spike too: a proxy's 5xx beside the app's
    // exceptions, each a spike of its own source, of which only the first found is told).
    const alsoRisen = filesWithRisenErrors(ctx, spike.from, spike.to).filter(
      (f) => !mainFiles.has(f) && !spike.files?.includes(f),
    );
    const also = alsoRisen.length > 0 ? `; errors rose in ${alsoRisen.join(', ')} too` : '';
    return {
      type: 'error_spike',
      severity,
      confidence: confidenceOf(Math.min(spike.score, excess / 4), 4),
      startMs,
      endMs,
      files: [
        ...new Set([...top.flatMap((p) => p.files), ...samples.map((s) => s.file), ...alsoRisen]),
      ].sort(),
      patternId: top[0]?.id ?? null,
      subject: 'errors',
      description: `${spike.observed} errors ${describeWindow(startMs, endMs)}, ${usual < 0.5 ? 'where there are usually almost none' : `${round(factor)}× the usual ${round(usual)} ${perBucket(ctx.widthMs)}`},${what}${also}.`,
      evidence: {
        metric: `error events ${perBucket(ctx.widthMs)}`,
        ...spikeFigures(spike, ctx.widthMs),
        patternIds: top.map((p) => p.id),
        source: null,
        lines: samples.map(({ file, line }) => ({ file, line })),
        samples: samples.map(({ file, line, text }) => ({ file, line, text })),
        related: [],
      },
    };
  });
}

/** A spike whose errors rose this many times or more is told whatever the traffic did. */
const TRAFFIC_RISE_FACTOR = 5;
/** The errors of a rise of traffic stay within this many times what their usual share expects. */
const SHARE_KEPT = 1.3;

/**
 * Whether a spike's errors rose only as the traffic of their sources did: the sources holding most of
 * its extra errors (its own, for a spike of one source) fail the same share of their events as
 * usual — their errors in the spike within SHARE_KEPT times, or three Poisson deviations above, what
 * their share elsewhere expects of its events — and the errors rose less than TRAFFIC_RISE_FACTOR. A busy hour of a web
 * app at 3.7× its requests, 2.5% of them 5xx all day, has 3.7× the 5xx and no more failing (blind5
 * 161/s02); the rise of its traffic is a volume spike's to tell.
 */
function isTrafficRise(ctx: DetectionContext, spike: SourcedSpike): boolean {
  if (spike.observed >= TRAFFIC_RISE_FACTOR * Math.max(spike.expected, 1)) return false;
  const n = spike.to - spike.from + 1;
  const sources = ctx.sources.filter((source) => {
    if (spike.files) return source.files.some((f) => spike.files?.includes(f));
    const inside = sum(source.errors, spike.from, spike.to);
    const usual = ((sum(source.errors) - inside) / Math.max(1, source.last - source.first + 1 - n)) * n;
    return inside - usual >= 0.25 * (spike.observed - spike.expected);
  });
  let errorsIn = 0;
  let eventsIn = 0;
  let errorsOut = 0;
  let eventsOut = 0;
  for (const source of sources) {
    const errors = sum(source.errors, spike.from, spike.to);
    const events = sum(source.values, spike.from, spike.to);
    errorsIn += errors;
    eventsIn += events;
    errorsOut += sum(source.errors) - errors;
    eventsOut += sum(source.values) - events;
  }
  if (eventsIn < 50 || errorsOut < 10 || eventsOut <= 0) return false;
  // The errors the usual share expects of the spike's events; a few dozen swing by chance.
  const expected = eventsIn * (errorsOut / eventsOut);
  return errorsIn <= Math.max(SHARE_KEPT * expected, expected + 3 * Math.sqrt(expected));
}

/**
 * Files of the sources whose own errors rose in buckets `from`–`to` too, though too few to be among
 * the spike's main patterns: an app's "Connection refused" errors while its proxy returns 5xx (twice
 * their usual count over the window and 3.5 Poisson deviations above it, six at least).
 */
function filesWithRisenErrors(ctx: DetectionContext, from: number, to: number): string[] {
  const n = to - from + 1;
  return ctx.sources.flatMap((source) => {
    const inside = sum(source.errors, from, to);
    if (inside < 6) return [];
    const outside = (sum(source.errors) - inside) / Math.max(1, source.last - source.first + 1 - n);
    const expected = outside * n;
    return inside >= 2 * expected && inside - expected >= 3.5 * Math.sqrt(Math.max(expected, 1))
      ? source.files
      : [];
  });
}

/** A spike of the half-shifted series in the context's buckets: each of its buckets overlaps two. */
function unshifted(spike: Spike, length: number): Spike {
  return { ...spike, to: Math.min(length - 1, spike.to + 1) };
}

/** Errors a bucket of a source's run of a larger share needs when the run must stand out of chance. */
const STRONG_BUCKET_ERRORS = 3;
/** Times the median share a bucket of fewer than 8 errors needs to count in such a run. */
const FEW_ERRORS_FACTOR = 5;

/**
 * Runs of buckets whose error share is 20 points or more above the series' median share (and three
 * times it), with 8 errors or more each: a backend failing a third of the requests for 40 minutes of a
 * two-hour file. The median holds while healthy buckets are most of the series. A run of three times
 * the median share and 5 points above it counts too when its excess stands out of chance (5 Poisson
 * deviations of what the median share expects): a Node service failing a sixth of its requests for
 * half an hour, where it usually fails one in fifty — 46 errors where 7 were due (blind3 183/s07).
 * That for one source only (`bySource`): the whole timeline's share triples when a busy file that
 * logs no errors goes silent (blind3 36/s06). Its buckets may hold 3 errors each, not 8, at five times
 * the median share: a quiet proxy answering 5.7% of its dozen requests a minute with a 5xx for 23
 * minutes (5, 5, 3, 1, 4 in buckets of five minutes, where 14 came in five hours: blind6 47/s03); not
 * the kubelet's `Failed to get system container stats`, 1.7 every five minutes, 19 in fifteen (blind4
 * 309/s04, healthy).
 */
function sustainedShareShifts(
  errors: readonly number[],
  totals: readonly number[],
  bySource: boolean,
): Spike[] {
  const share = (i: number): number => ((totals[i] ?? 0) >= 20 ? (errors[i] ?? 0) / (totals[i] ?? 1) : 0);
  const counted: number[] = [];
  let most = 0;
  for (let i = 0; i < totals.length; i++) {
    if ((totals[i] ?? 0) >= 20) counted.push(share(i));
    most = Math.max(most, errors[i] ?? 0);
  }
  if (most < STRONG_BUCKET_ERRORS || counted.length < 20) return [];
  const base = median(counted);
  const found: Spike[] = [];
  const center = totals.map((t) => t * base);
  const bars: [number, boolean][] = [[Math.max(3 * base, base + 0.2), false]];
  if (bySource) bars.push([Math.max(3 * base, base + 0.05), true]);
  for (const [bar, strong] of bars) {
    // A bucket of fewer errors counts at FEW_ERRORS_FACTOR times the median share only (see above).
    const flags = totals.map((_, i) => {
      const n = errors[i] ?? 0;
      if (share(i) < bar) return false;
      return n >= 8 || (strong && n >= STRONG_BUCKET_ERRORS && share(i) >= FEW_ERRORS_FACTOR * base);
    });
    const upper = totals.map((t) => t * bar);
    for (const run of findRuns(flags, 1)) {
      const spike = spikeOfRun(run, errors, center, upper);
      const excess = spike.observed - spike.expected;
      if (run.to - run.from < 2 || excess < 12) continue;
      if (strong && excess < 5 * Math.sqrt(Math.max(spike.expected, 1))) continue;
      if (!found.some((f) => f.from <= run.to && run.from <= f.to)) found.push(spike);
    }
  }
  return found;
}
