import type { DetectionContext, Finding, SourceSeries } from '../detection-context';
import { silentBuckets, timeOf } from '../detection-context';
import { isRequestMessage } from '../durations';
import { describeWindow, perBucket, round } from '../format';
import { confidenceOf, halfWindowFor, median } from '../robust-stats';
import { capSeverity, severityByFactor } from '../severity';
import { findSpikes, isPeriodic, type Spike, spikeFigures } from '../spikes';
import { burstsLikeAJob, followsRestart, isBatchOf, looksLikeTrouble } from './periodic-bursts';
import { topPatternsIn } from './top-patterns-in';

/** Empty buckets in a row that make a silence, in a source that usually logs SILENCE_LEVEL a bucket or more. */
const SILENCE_BUCKETS = 6;
const SILENCE_LEVEL = 5;

/**
 * A source's counts with each silence read as its usual level (the median of its busy buckets): a
 * process hung for 46 minutes is volume_drop's finding, and no baseline for the traffic after it,
 * whose ordinary minutes would stand out over the empty ones around them (blind2 209/s05). A backlog
 * flushed after the silence still stands out over the usual level.
 */
export function withoutSilences(values: readonly number[]): number[] {
  const out = [...values];
  // The typical level is reckoned at the first silence only: most series have none.
  let typical = NaN;
  for (let k = 0; k < out.length;) {
    if (out[k] !== 0) {
      k++;
      continue;
    }
    let end = k;
    while (end < out.length && out[end] === 0) end++;
    if (end - k >= SILENCE_BUCKETS) {
      if (Number.isNaN(typical)) typical = median(values.filter((v) => v > 0));
      if (!(typical >= SILENCE_LEVEL)) return out;
      out.fill(typical, k, end);
    }
    k = end;
  }
  return out;
}

/**
 * Whether the context's buckets over a spike found in the stored ones rise 1.5× over the level of the
 * hour before it (after it, in a file's first hour): a flood of five minutes across two buckets of
 * five is 2× in each. A source that writes in a rhythm finer than the context's buckets (Spark's
 * micro-batches, one minute of 248 lines in every two) jumps from nothing every other minute, a flood
 * in no bucket of five (blind7 12/s03).
 */
function risesOverLevel(values: readonly number[], spike: Spike): boolean {
  const before = values.slice(Math.max(0, spike.from - LEVEL_BUCKETS), spike.from);
  const level = median(
    before.length >= MIN_LEVEL_BUCKETS ? before : values.slice(spike.to + 1, spike.to + 1 + LEVEL_BUCKETS),
  );
  let peak = 0;
  for (let k = spike.from; k <= spike.to; k++) peak = Math.max(peak, values[k] ?? 0);
  return !(level > 0) || peak >= RISE_FACTOR * level;
}

const RISE_FACTOR = 1.5;

/**
 * Whether a spike's buckets hold 1.5× the mean of the hour before it (after it, in a file's first
 * hour): more lines in its time than the source wrote before, whatever the rhythm of its buckets. A
 * streaming job's micro-batch every other minute (784 lines, then none) has a rolling median that
 * flips between the two where a window holds one more of either: its batches "spike" over the empty
 * minutes' level where the window holds more of those, at no rise of its lines (blind7 15/s01).
 */
export function risesInMean(values: readonly number[], spike: Spike): boolean {
  const before = values.slice(Math.max(0, spike.from - LEVEL_BUCKETS), spike.from);
  const level = mean(
    before.length >= MIN_LEVEL_BUCKETS ? before : values.slice(spike.to + 1, spike.to + 1 + LEVEL_BUCKETS),
  );
  let observed = 0;
  for (let k = spike.from; k <= spike.to; k++) observed += values[k] ?? 0;
  return !(level > 0) || observed >= RISE_FACTOR * level * (spike.to - spike.from + 1);
}

function mean(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return values.length > 0 ? total / values.length : NaN;
}

/** A spike of a source's volume, whatever its shape. */
const STRICT = { minCount: 20, minFactor: 3, z: 6, minExcess: 100 };
/** Buckets this wide or wider are also read half a width later (see detectVolumeSpikes). */
const COARSE_WIDTH_MS = 5 * 60_000;

/** Least rise of a spike that starts at once (see `isAbrupt`). */
const ABRUPT_FACTOR = 2.5;

/**
 * Whether the rise into a spike starting at bucket `from` is a jump: that bucket, or the one before it
 * (the flood's first, partial bucket may sit below the bound), is 2.5× or more each of the two before it
 * — or `from` is so against the two before a partial bucket between (a flood that began mid-bucket:
 * 526, 1106, 1593 in five-minute buckets).
 */
export function isAbrupt(values: readonly number[], from: number): boolean {
  const jumps = (v: number, k: number): boolean =>
    k >= 2 &&
    v >= ABRUPT_FACTOR * (values[k - 1] ?? Infinity) &&
    v >= ABRUPT_FACTOR * (values[k - 2] ?? Infinity);
  if (jumps(values[from - 1] ?? 0, from - 1) || jumps(values[from] ?? 0, from)) return true;
  const partial = values[from - 1] ?? 0;
  return (
    partial >= (values[from - 2] ?? Infinity) &&
    partial < (values[from] ?? 0) &&
    jumps(values[from] ?? 0, from - 1)
  );
}

/**
 * Whether a one-bucket spike has a neighbour 1.5× its baseline or more: the flood's first or last
 * minutes in a partial bucket (seven minutes at 3× in five-minute buckets: 1.6×, 2.8×, then back).
 */
function hasPartialNeighbour(values: readonly number[], spike: Spike): boolean {
  const floor = PARTIAL_FACTOR * spike.baselineAtPeak;
  return (values[spike.from - 1] ?? 0) >= floor || (values[spike.to + 1] ?? 0) >= floor;
}

const PARTIAL_FACTOR = 1.5;

/** Buckets before a jump whose median is the level a long flood is measured against. */
const LEVEL_BUCKETS = 12;
/** Fewest buckets before a jump that make a level: a flood in a file's first hour is measured too. */
const MIN_LEVEL_BUCKETS = 6;
/** A flood lasts while its buckets hold twice the level before it or more. */
const FLOOD_FACTOR = 2;
/** A flood of requests half as long as MIN_REQUEST_FLOOD_MS rises this far above its level (see longFloods). */
const STEEP_FACTOR = 3;
/** After a flood the source logs at most this many times its level before it. */
const BACK_FACTOR = 1.5;

/**
 * Floods longer than the rolling baseline's half-window (a client stuck in a retry loop for forty
 * minutes: the window fills with the flood, the baseline rises with it and no bucket stands out):
 * an abrupt jump (see isAbrupt) to 2.5× the median of the dozen buckets before it, lasting while the
 * buckets hold twice that level, half the baseline's half-window or longer, and followed by the
 * source's usual level again (1.5× at most: an excursion, not a new regime) — measured against the
 * level before the jump, not a baseline the flood lifted. Traffic rising through the day never jumps so.
 */
export function longFloods(values: readonly number[], requestsOver = 0): Spike[] {
  const out: Spike[] = [];
  // Shorter floods do not lift the rolling baseline much: findSpikes judges them — but of requests,
  // `requestsOver` buckets (ten minutes, two buckets at least) that stop as abruptly as they started
  // are a flood too, over a day's rising traffic that lifted the rolling baseline (an e-mail
  // campaign's twenty minutes at 3.5×). Other sources have such bursts of their own (a deployment's
  // events), and a request log has its busy minutes.
  const requests = requestsOver > 0;
  const minBuckets = requests ? Math.max(2, requestsOver) : Math.ceil(halfWindowFor(values.length) / 2);
  for (let k = MIN_LEVEL_BUCKETS + 1; k < values.length; k++) {
    const v = values[k] ?? 0;
    // (The level is at least the least of its buckets: most buckets are not 2.5× that, and need no median.)
    if (v < 20 || v < ABRUPT_FACTOR * leastOf(values, Math.max(0, k - LEVEL_BUCKETS), k - 1)) continue;
    const level = levelBefore(values, k);
    if (level <= 0 || v < ABRUPT_FACTOR * level) continue;
    const stepped = isAbrupt(values, k) || leavesLevel(values, k, level);
    if (!stepped && !requests) continue;
    let to = floodEnd(values, k, level);
    if (requests) to = requestsFallen(values, k, to);
    // Its last, partial bucket (the flood ended within it) is the flood's too when the level is back after it.
    const tail = values[to + 1] ?? 0;
    if (tail >= BACK_FACTOR * level && (values[to + 2] ?? Infinity) < BACK_FACTOR * level) to++;
    const flood = floodOver(values, k, to, level, ABRUPT_FACTOR);
    // An excursion: the source comes back to about its level after it (not a new regime).
    const after = values.slice(to + 1, to + 1 + LEVEL_BUCKETS);
    // Requests that stop at once — the next bucket back at the level, or half the last — need only two
    // buckets after them (a client's retry loop in a file's last half hour).
    const next = after[0] ?? 0;
    const recent = Math.max(level, median(values.slice(Math.max(0, k - 4), k - 1)));
    const endsAtOnce =
      requests && after.length >= 2 && (next <= BACK_FACTOR * recent || next * 2 <= (values[to] ?? 0));
    // Back is 1.5× the level at most, or three quarters of the way down from the flood's median: a
    // queue's bulk enqueue at 7× for 28 minutes, after which the worker ran at 1.6× its morning level
    // for the busier hour that followed (blind5 290/s02), ended all the same.
    const fallen = level + (median(values.slice(k, to + 1)) - level) / 4;
    const back =
      (after.length >= LEVEL_BUCKETS / 2 && median(after) <= Math.max(BACK_FACTOR * level, fallen)) ||
      endsAtOnce;
    // Requests at three times their level for half as long (five minutes) that then stop at once are
    // a flood too (a client's six-minute retry loop in a file's first hour, blind3 140/s10: one bucket
    // of five minutes, in which the rolling baseline, reading the busier hours after, sees 2.5×).
    const least = endsAtOnce && v >= STEEP_FACTOR * level ? Math.ceil(requestsOver / 2) : minBuckets;
    // Requests that climbed into the flood over a few buckets (a busier quarter of an hour before a
    // scraper's, blind6 29/s09) did not step; held at 3× their level for twenty minutes and then stopped
    // at once, they are no day's traffic rising either.
    // (Stopped against the level itself: the climb lifted the recent buckets endsAtOnce reads.)
    const held =
      stepped ||
      (after.length >= 2 &&
        (next <= BACK_FACTOR * level || next * 2 <= (values[to] ?? 0)) &&
        to - k + 1 >= 2 * requestsOver &&
        median(values.slice(k, to + 1)) >= STEEP_FACTOR * level);
    if (!held) continue;
    if (to - k + 1 >= least && back && flood.observed - flood.expected >= 100) out.push(flood);
    k = to;
  }
  return out;
}

/**
 * The last bucket of a flood of requests over `from`..`to` (buckets at twice the level before it or
 * more): the one before it halved at once, the run going on past the next, when the traffic after
 * that stays at half the flood's median or less (the median of its next six buckets). A day whose
 * traffic doubled by the afternoon
 * sits at twice the morning's level after a scraper's half hour at 3.5× stopped (blind6 190/s04:
 * 812 five-minute requests, then 314, 251, 230 …, against a level of 120 before): the flood ended at
 * the drop, not where the day's traffic fell under twice the morning's.
 */
function requestsFallen(values: readonly number[], from: number, to: number): number {
  // (A drop into the run's last bucket is its partial last minutes: the run ends there anyway.)
  for (let j = from + 1; j < to; j++) {
    if ((values[j] ?? 0) * 2 > (values[j - 1] ?? 0)) continue;
    if (2 * median(values.slice(j, j + LEVEL_BUCKETS / 2)) <= median(values.slice(from, j))) return j - 1;
  }
  return to;
}

/** The least of `values[from]` … `values[to - 1]`. */
/** Least level (lines a bucket) of a source whose short excursions are floods (see shortExcursions). */
const EXCURSION_LEVEL = 10;
/** Shortest short excursion (see shortExcursions): a natural burst lasts a few minutes. */
const MIN_EXCURSION_MS = 10 * 60_000;

/**
 * Floods of ten minutes or more (two buckets at least: `minBuckets`) that jump at once (see isAbrupt)
 * to three times the level of the hour before them, or more, from a steady level (10 lines a bucket or
 * more), and stop at once (the next bucket back within 1.5× of that level): no day's
 * traffic does that, but in a file's first hour the rolling baseline reads the busier hours after it
 * (an order gateway's ten minutes at 3.4× of 63 lines a bucket were 2.4× a baseline of 91: blind20
 * 12/s05). Of any source: the caller keeps those of its usual traffic (see isUsualTraffic), not a
 * deployment's events.
 */
export function shortExcursions(values: readonly number[], minBuckets: number): Spike[] {
  const out: Spike[] = [];
  for (let k = MIN_LEVEL_BUCKETS + 1; k < values.length; k++) {
    const v = values[k] ?? 0;
    if (v < 20 || v < STEEP_FACTOR * leastOf(values, Math.max(0, k - LEVEL_BUCKETS), k - 1)) continue;
    const level = levelBefore(values, k);
    // A steady source's: a sparse one's bursts are its own rhythm (NetworkManager's reconnects).
    if (level < EXCURSION_LEVEL || v < STEEP_FACTOR * level || !isAbrupt(values, k)) continue;
    const to = floodEnd(values, k, level);
    const next = values[to + 1];
    const stops = next !== undefined && values[to + 2] !== undefined && next <= BACK_FACTOR * level;
    if (stops && to - k + 1 >= minBuckets && median(values.slice(k, to + 1)) >= STEEP_FACTOR * level) {
      const flood = floodOver(values, k, to, level, ABRUPT_FACTOR);
      if (flood.observed - flood.expected >= 100) out.push(flood);
    }
    k = to;
  }
  return out;
}

/**
 * Whether a source's flood (buckets `from`..`to` of the context) is more of its usual traffic: the
 * messages it holds most of beyond their usual rate (up to three) made a fifth of the source's lines
 * or more in the hour before it — not a burst of messages of their own, as a deployment's or a job's.
 */
function isUsualTraffic(ctx: DetectionContext, source: SourceSeries, from: number, to: number): boolean {
  const top = topPatternsIn(ctx, from, to, { files: source.files, byExcess: true }).slice(0, 3);
  const start = Math.max(source.first, from - LEVEL_BUCKETS);
  let before = 0;
  for (const p of top) {
    const values = ctx.patterns.find((s) => s.track.id === p.id)?.values ?? [];
    for (let i = start; i < from; i++) before += values[i] ?? 0;
  }
  let all = 0;
  for (let i = start; i < from; i++) all += source.values[i] ?? 0;
  return all > 0 && before * 5 >= all;
}

/** The level a jump at bucket `k` is measured against: the median of the hour before it, the bucket just before left out (it may hold the jump's first minutes). */
function levelBefore(values: readonly number[], k: number): number {
  return median(values.slice(Math.max(0, k - LEVEL_BUCKETS), k - 1));
}

/** The last bucket of a flood from bucket `k`: while the buckets hold twice the level or more. */
function floodEnd(values: readonly number[], k: number, level: number): number {
  let to = k;
  while (to + 1 < values.length && (values[to + 1] ?? 0) >= FLOOD_FACTOR * level) to++;
  return to;
}

function leastOf(values: readonly number[], from: number, to: number): number {
  let least = Infinity;
  for (let i = from; i < to; i++) if ((values[i] ?? 0) < least) least = values[i] ?? 0;
  return least;
}

/** Buckets `from`..`to` as a flood over `level`, its bound `upperFactor` times the level. */
function floodOver(
  values: readonly number[],
  from: number,
  to: number,
  level: number,
  upperFactor: number,
): Spike {
  let observed = 0;
  let peakIndex = from;
  for (let i = from; i <= to; i++) {
    observed += values[i] ?? 0;
    if ((values[i] ?? 0) > (values[peakIndex] ?? 0)) peakIndex = i;
  }
  const peak = values[peakIndex] ?? 0;
  return {
    from,
    to,
    observed,
    expected: level * (to - from + 1),
    peak,
    peakIndex,
    baselineAtPeak: level,
    upperAtPeak: upperFactor * level,
    // Poisson noise of the level: its square root.
    score: (peak - level) / Math.sqrt(Math.max(level, 1)),
  };
}

/** Least rise of a held flood of requests over its level (see heldFloods), at its busiest bucket. */
const HELD_PEAK_FACTOR = 2.4;
/**
 * Least excess of a held flood: a rise short of longFloods' jump needs more support than its 100
 * events (a quiet API's twenty minutes at 2.7× of 47 requests a bucket are a busy spell of its own,
 * blind5 255/s03; the floods above added 900 to 1,900).
 */
const HELD_MIN_EXCESS = 500;

/**
 * Floods of requests held at twice their level or more for ten minutes or longer, peaking at 2.4×,
 * lasting an hour at most, whose edges are clean: the source was at its level (1.3× at most) two
 * buckets before the flood's first (the one between may hold its first, partial minutes) and is back
 * at 1.5× or less within two buckets after its last, and so over the next four (their median). An
 * e-mail campaign's fifteen minutes at 2.5–2.7× in five-minute buckets (blind4 359/s06), a scraper's
 * twenty minutes at 2.4× after a busier morning (blind6 94/s07): the ramps fall short of longFloods'
 * jump to 2.5× in one bucket. A day's traffic does not come and go so.
 */
export function heldFloods(values: readonly number[], requestsOver: number): Spike[] {
  const out: Spike[] = [];
  if (requestsOver <= 0) return out;
  const minBuckets = Math.max(2, requestsOver);
  for (let k = MIN_LEVEL_BUCKETS + 2; k < values.length; k++) {
    // (The level is at least the least bucket of the last hour: no median where the bucket is not twice that.)
    if ((values[k] ?? 0) < FLOOD_FACTOR * leastOf(values, Math.max(0, k - 1 - LEVEL_BUCKETS), k - 1))
      continue;
    // The level of the last hour, or of the last twenty minutes where traffic was falling: a flood
    // after a busier morning stands over the traffic of its time, not over the morning's.
    const level = Math.min(
      median(values.slice(Math.max(0, k - 1 - LEVEL_BUCKETS), k - 1)),
      median(values.slice(k - 5, k - 1)),
    );
    if (level <= 0 || (values[k] ?? 0) < FLOOD_FACTOR * level) continue;
    // At its level before: the bucket before the flood's first, or the one before that.
    const before = Math.min(values[k - 1] ?? Infinity, values[k - 2] ?? Infinity);
    if (before > AT_LEVEL_FACTOR * level) continue;
    const to = floodEnd(values, k, level);
    // An excursion of an hour at most (longFloods judges longer ones), after which the source is back
    // at its level: within two buckets, and for the next four (the median), not a day rising on.
    if (to - k + 1 > LEVEL_BUCKETS) continue;
    const after = values.slice(to + 1, to + 5);
    const back =
      after.length >= 2 &&
      Math.min(after[0] ?? Infinity, after[1] ?? Infinity) <= BACK_FACTOR * level &&
      median(after) <= BACK_FACTOR * level;
    const flood = floodOver(values, k, to, level, FLOOD_FACTOR);
    if (
      to - k + 1 >= minBuckets &&
      back &&
      flood.peak >= HELD_PEAK_FACTOR * level &&
      flood.observed - flood.expected >= HELD_MIN_EXCESS
    )
      out.push(flood);
    k = to;
  }
  return out;
}

/**
 * Whether bucket `k` leaves the level of the buckets before it (see leavesLevel) at 2.5× or more: a
 * flood of ten minutes or more that `isAbrupt`'s 2.5× over each bucket before misses by a hair
 * (auditd's 619 after 231 and 248, blind9 30/s08). Shorter bursts must jump: a minute at 2.5× over
 * the minutes before is common enough in a busy service's traffic.
 */
function leavesItsLevel(values: readonly number[], k: number): boolean {
  const level = levelBefore(values, k);
  return level > 0 && (values[k] ?? 0) >= ABRUPT_FACTOR * level && leavesLevel(values, k, level);
}

/** The two buckets before a jump from the level are this near it at most (see leavesLevel). */
const AT_LEVEL_FACTOR = 1.3;

/**
 * Whether bucket `k` leaves the source's level at once: the two buckets before it are at the level
 * (1.3× it at most), so its 2.5× is a step, not the top of a rise — though one of them sat a little
 * above the level and `isAbrupt`'s 2.5× over each misses it by a hair (a scraper's 3.7× after 381
 * and 341 five-minute counts, level 306: blind5 23/s05).
 */
function leavesLevel(values: readonly number[], k: number, level: number): boolean {
  const atLevel = (i: number): boolean => i >= 0 && (values[i] ?? Infinity) <= AT_LEVEL_FACTOR * level;
  if (atLevel(k - 1) && atLevel(k - 2)) return true;
  // Or the flood began within the bucket before (between the level and the flood), and the two
  // before that were at the level: auditd's 2.8× from 12:52, after 231 and 248 five-minute counts at
  // a level of 231, a partial 389, then 619 (blind9 30/s08).
  const partial = values[k - 1] ?? 0;
  return partial > level && partial < (values[k] ?? 0) && atLevel(k - 2) && atLevel(k - 3);
}

/** Shortest flood of requests judged against the level before it (see longFloods). */
const MIN_REQUEST_FLOOD_MS = 10 * 60_000;

/**
 * Whether a source logs requests: the busiest source of its files, whose request patterns together
 * (an access log's, a router's `GET <*>`, a message whose events carry an HTTP status: Caddy's JSON
 * `handled request`, ASP.NET Core's `Request finished … - 500 …`) are as many as its busiest pattern
 * — which may be the request's other line (ASP.NET Core's `Request starting …`, one per request too).
 */
export function isRequestSource(ctx: DetectionContext, source: SourceSeries): boolean {
  let busiest = 0;
  let requests = 0;
  for (const p of ctx.patterns) {
    if (!source.files.some((f) => p.track.files.has(f))) continue;
    busiest = Math.max(busiest, p.track.count);
    if (isRequestMessage(p.track.template) || p.track.statusKey !== null || p.track.statusSlot >= 0)
      requests += p.track.count;
  }
  if (busiest === 0 || requests < busiest) return false;
  // Of a file's sources (.NET's logger categories), the one that logs the requests is its busiest:
  // Entity Framework's commands beside ASP.NET Core's requests are no requests.
  const volume = (s: SourceSeries): number => s.values.reduce((a, b) => a + b, 0);
  const own = volume(source);
  return !ctx.sources.some(
    (s) => s !== source && s.files.some((f) => source.files.includes(f)) && volume(s) > own,
  );
}

/** Buckets each side of a spike's plateau whose median it must clear LOCAL_FACTOR times (standsOut). */
const NEIGHBOURS = 3;
const LOCAL_FACTOR = 2.5;
/**
 * Buckets beside a spike at this share of its peak or more are its plateau, not its neighbours: half,
 * so a noisy flood's dips (97 and 101 in a run of 118 to 138 a minute: blind7 25/s03) are still its.
 */
const PLATEAU = 0.5;

/**
 * Whether a spike's busiest bucket is 2.5× the median of the three buckets on each side of its
 * plateau or more. Near a file's start or end the rolling baseline's window is shifted inwards, so
 * there a bucket is weighed against the hours after it (or before): PHP-FPM's warnings in a file's
 * first busy hour, 191 beside 62–116 a bucket (202 beside 84–109 counted half a bucket later), read
 * 4.8× the 40 of the quiet night after it (blind6 94/s08). A flood stands out from its neighbours,
 * partial buckets at its edges included.
 */
export function standsOut(values: readonly number[], spike: Spike): boolean {
  // The spike's plateau, buckets at three quarters of its peak or more, is the spike: a flood of 26
  // minutes whose busiest bucket alone cleared 3× (Redis's connection churn, blind5 217/s07).
  let from = spike.from;
  let to = spike.to;
  while (from > 0 && (values[from - 1] ?? 0) >= PLATEAU * spike.peak) from--;
  while (to + 1 < values.length && (values[to + 1] ?? 0) >= PLATEAU * spike.peak) to++;
  const around = [
    ...values.slice(Math.max(0, from - NEIGHBOURS), from),
    ...values.slice(to + 1, to + 1 + NEIGHBOURS),
  ];
  return around.length < NEIGHBOURS || spike.peak >= LOCAL_FACTOR * median(around);
}

/** Shortest rise of a source's traffic that is a flood (see isPassingBurst). */
const MIN_FLOOD_MS = 3 * 60_000;
/** A burst this many times the baseline or more is told however short. */
const BURST_FACTOR = 10;

/**
 * Whether a spike in buckets of under three minutes is a burst over within that: its buckets and the
 * neighbours at twice its baseline or more span less than three minutes, under 10× the baseline. A
 * busy service's traffic has such minutes, rising and falling around a peak (a DHCP server's leases
 * renewed at once, an LDAP server's searches from a batch client, Asterisk's dialplan: blind21 20's
 * eighteen low spikes, 240, 188, 387, 243 a minute where 119 is usual), while a flood, a scraper or
 * a client's retry loop, holds twice its level or more for longer; its errors are another matter
 * (the caller keeps a burst of trouble). A message of that traffic bursts so too (pattern spikes: an
 * IoT gateway's uploads at 9× for a minute after a reconnect, blind19 26).
 */
export function isPassingBurst(
  ctx: DetectionContext,
  values: readonly number[],
  spike: Spike & { counted?: number },
): boolean {
  const factor = spike.observed / Math.max(spike.expected, spike.counted ?? spike.to - spike.from + 1);
  if (ctx.widthMs >= MIN_FLOOD_MS || factor >= BURST_FACTOR) return false;
  const floor = FLOOD_FACTOR * spike.baselineAtPeak;
  let from = spike.from;
  let to = spike.to;
  while (from > 0 && (values[from - 1] ?? 0) >= floor) from--;
  while (to + 1 < values.length && (values[to + 1] ?? 0) >= floor) to++;
  return (to - from + 1) * ctx.widthMs < MIN_FLOOD_MS;
}

/** Least length of a spike, in buckets, that no rhythm of shorter spikes excuses (see outlastingRuns). */
const OUTLASTING_BUCKETS = 5;

/**
 * Of spikes that keep a rhythm (a job's runs, see isPeriodic), those lasting four times as long as
 * its runs or more, five buckets at least: a campaign's 22-minute flood of requests that began in a
 * slot of a job that runs a minute every ten (blind3 215/s05) is no run of it.
 */
function outlastingRuns<S extends Spike>(spikes: readonly S[]): S[] {
  const lengths = spikes.map((s) => s.to - s.from + 1).sort((a, b) => a - b);
  const typical = lengths[lengths.length >> 1] ?? 1;
  return spikes.filter((s) => s.to - s.from + 1 >= Math.max(OUTLASTING_BUCKETS, 4 * typical));
}

/**
 * Least length of a flood found in the stored buckets (see fineAbruptSpikes): a load balancer's
 * three minutes at 2.8× in an hour of healthy traffic that comes and goes (blind6 121/s02) are not one.
 */
const FINE_FLOOD_MS = 4 * 60_000;

/**
 * Abrupt floods (see isAbrupt) of a source in its stored buckets (`SourceSeries.fine`), lasting four
 * minutes or more, as spikes of the context's buckets they overlap (`counted`: how many of those the stored ones make).
 */
function fineAbruptSpikes(source: SourceSeries): (Spike & { counted: number })[] {
  const fine = source.fine;
  if (fine === null) return [];
  const k = fine.k;
  const active = withoutSilences(fine.values.slice(source.first * k, (source.last + 1) * k));
  return findSpikes(active, { minCount: 20, minFactor: ABRUPT_FACTOR, z: 6, minExcess: 100 })
    .filter((s) => (s.to - s.from + 1) * fine.widthMs >= FINE_FLOOD_MS && isAbrupt(active, s.from))
    .map((s) => ({
      ...s,
      from: Math.floor(s.from / k),
      to: Math.floor(s.to / k),
      peakIndex: Math.floor(s.peakIndex / k),
      // Rates in the context's buckets, as the description and the evidence count them.
      peak: s.peak * k,
      baselineAtPeak: s.baselineAtPeak * k,
      upperAtPeak: s.upperAtPeak * k,
      counted: (s.to - s.from + 1) / k,
    }));
}

/** A source logging far more than its local baseline (floods, retry storms, crash loops). */
export function detectVolumeSpikes(ctx: DetectionContext): Finding[] {
  const findings: Finding[] = [];
  for (const source of ctx.sources) {
    const counts = source.values.slice(source.first, source.last + 1);
    // An idle-then-busy source (a nightly job) has no steady rate to rise above.
    if (counts.length < 10 || counts.filter((v) => v > 0).length < counts.length * 0.6) continue;
    const active = withoutSilences(counts);
    // A flood that starts at once (a scraper, a client's retry loop) and lasts two buckets or more
    // counts from 2.5×: traffic rising through the day never jumps so from one bucket to the next.
    const abrupt = findSpikes(active, {
      minCount: 20,
      minFactor: ABRUPT_FACTOR,
      z: 6,
      minExcess: 100,
    }).filter(
      (s) =>
        (s.to > s.from || hasPartialNeighbour(active, s)) &&
        (isAbrupt(active, s.from) ||
          ((s.to - s.from + 1) * ctx.widthMs >= MIN_EXCURSION_MS && leavesItsLevel(active, s.from))),
    );
    // A spike past 3× inside such a flood is a part of it (its busiest minute): the flood is told whole.
    const strict = findSpikes(active, STRICT).filter(
      (t) => standsOut(active, t) && !abrupt.some((s) => s.from <= t.from && t.to <= s.to),
    );
    const found: (Spike & { counted?: number })[] = [
      ...strict,
      ...abrupt.filter((s) => !strict.some((t) => t.from <= s.to && s.from <= t.to)),
    ];
    // The same over buckets half a width later, in wide buckets: a flood of seven minutes across a
    // boundary of five-minute buckets is 2.5× in each of two; counted from the middle of the first,
    // it is 3.4× in one. A spike there spans the two buckets it overlaps.
    if (source.valuesShifted && ctx.widthMs >= COARSE_WIDTH_MS) {
      const shifted = withoutSilences(source.valuesShifted.slice(source.first, source.last + 1));
      for (const s of findSpikes(shifted, STRICT))
        if (standsOut(shifted, s) && !found.some((t) => t.from <= s.to + 1 && s.from <= t.to))
          found.push({ ...s, to: Math.min(active.length - 1, s.to + 1), counted: s.to - s.from + 1 });
    }
    // A flood of a few minutes that starts at once, in the stored buckets when the context's are wider:
    // 3.3× for five minutes is two buckets of five minutes at 2× where it straddles them, and 2.9× half
    // a width later; minute by minute it is five at 3× (blind3 370/s03).
    for (const s of fineAbruptSpikes(source))
      if (!found.some((t) => t.from <= s.to && s.from <= t.to) && risesOverLevel(active, s)) found.push(s);
    const requestsOver = isRequestSource(ctx, source) ? Math.ceil(MIN_REQUEST_FLOOD_MS / ctx.widthMs) : 0;
    // Spikes within a long flood are its busiest minutes, poking above 3× here and there (a plateau
    // at 3× its level for half an hour, blind5 117/s04): the flood is told whole, and its pieces
    // must not read as a rhythm (isPeriodic) either.
    for (const flood of longFloods(active, requestsOver)) {
      const overlapping = found.filter((t) => t.from <= flood.to && flood.from <= t.to);
      if (!overlapping.every((t) => flood.from <= t.from && t.to <= flood.to)) continue;
      for (const t of overlapping) found.splice(found.indexOf(t), 1);
      found.push(flood);
    }
    // Held floods of requests (see heldFloods) where nothing else was found.
    for (const flood of heldFloods(active, requestsOver))
      if (!found.some((t) => t.from <= flood.to && flood.from <= t.to)) found.push(flood);
    // Short excursions of the usual traffic (see shortExcursions) where nothing else was found.
    for (const flood of shortExcursions(active, Math.max(2, Math.ceil(MIN_EXCURSION_MS / ctx.widthMs))))
      if (
        !found.some((t) => t.from <= flood.to && flood.from <= t.to) &&
        isUsualTraffic(ctx, source, flood.from + source.first, flood.to + source.first)
      )
        found.push(flood);
    const sorted = found.filter((s) => risesInMean(active, s)).sort((a, b) => a.from - b.from);
    const spikes = isPeriodic(sorted) ? outlastingRuns(sorted) : sorted;
    for (const spike of spikes) {
      const from = spike.from + source.first;
      const to = spike.to + source.first;
      const startMs = timeOf(ctx, from);
      const endMs = timeOf(ctx, to + 1);
      // The buckets the counts are of (a half-shifted spike's are fewer than those it overlaps).
      const buckets = spike.counted ?? to - from + 1;
      const factor = spike.observed / Math.max(spike.expected, buckets);
      const top = topPatternsIn(ctx, from, to, { files: source.files, byExcess: true });
      const main = ctx.patterns.find((p) => p.track.id === top[0]?.id);
      if (
        main &&
        burstsLikeAJob(main, silentBuckets(ctx, main.track.files)) &&
        (top[0]?.count ?? 0) >= (spike.observed - spike.expected) / 2
      )
        continue;
      // A source whose volume keeps a rhythm (a batch every fifteen minutes, whatever it finds to do,
      // over steady traffic): a short spike on that grid is a bigger batch, unless it is trouble.
      if (isBatchOf(source, from, to) && !(main && looksLikeTrouble(main))) continue;
      // Nor its clients coming back right after its own restart.
      if (main && !looksLikeTrouble(main) && followsRestart(ctx, source.files, from)) continue;
      // Nor a burst of its usual lines over in a minute or two (see isPassingBurst).
      if (!(main && looksLikeTrouble(main)) && isPassingBurst(ctx, active, spike)) continue;
      const samples = top.flatMap(
        (p) => ctx.patterns.find((s) => s.track.id === p.id)?.track.exemplars.within(startMs, endMs, 1) ?? [],
      );
      findings.push({
        type: 'volume_spike',
        // More of the usual traffic is worth a look; more errors or warnings is trouble.
        severity:
          main && looksLikeTrouble(main)
            ? severityByFactor(factor, [50, 10, 4, 0])
            : capSeverity(severityByFactor(factor, [50, 10, 4, 0]), 'medium'),
        confidence: confidenceOf(spike.score, 6),
        startMs,
        endMs,
        files: source.files,
        patternId: top[0]?.id ?? null,
        subject: 'volume',
        description: `${source.name} logged ${spike.observed} events ${describeWindow(startMs, endMs)}, ${round(factor)}× its usual ${round(spike.expected / buckets)} ${perBucket(ctx.widthMs)}${top[0] ? `, mostly "${top[0].template}"` : ''}.`,
        evidence: {
          metric: `events of ${source.name} ${perBucket(ctx.widthMs)}`,
          ...spikeFigures(spike, ctx.widthMs),
          patternIds: top.map((p) => p.id),
          source: source.name,
          lines: samples.map(({ file, line }) => ({ file, line })),
          samples: samples.map(({ file, line, text }) => ({ file, line, text })),
          related: [],
        },
      });
    }
  }
  return findings;
}
