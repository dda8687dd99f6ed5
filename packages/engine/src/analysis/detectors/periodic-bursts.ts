import type { DetectionContext, PatternSeries, SourceSeries } from '../detection-context';
import { localBaseline, median, sum } from '../robust-stats';
import { findSpikes, isPeriodic, type Spike } from '../spikes';

const memo = new WeakMap<PatternSeries, boolean>();
/** Words of failure; and of loss: what is dropped, overflows, runs out or fills up (the kernel's
 * `nf_conntrack: table full, dropping packet`, a pool exhausted, a listen queue overflowing). */
// "undefined": a program reading what is not there — PHP's `Undefined array key "shipping"` warnings,
// Ruby's `undefined method`, JavaScript's `of undefined` (blind4 379/s05: seventeen PHP warnings in ten
// minutes, relayed by PHP-FPM at WARNING, where eleven come in five hours).
const TROUBLE =
  /\b(fail\w*|error\w*|refused|timed? ?out|timeout|retr(y|ying|ies)|exception|unavailable|denied|reset|lost|unreachable|crash\w*|abort\w*|reject\w*|invalid|cannot|can't|unable|undefined|dropp(?:ed|ing)|overflow\w*|exhausted|(?:table|queue|buffer|disk|pool) (?:is )?full)\b/i;

/** Whether a pattern's message reads as trouble, whatever its level (syslog lines often have none). */
export function looksLikeTrouble(pattern: PatternSeries): boolean {
  return pattern.isErrorLevel || pattern.level === 'warn' || TROUBLE.test(pattern.track.template);
}

/** Whether a message's words say it failed ("error", "refused", "timed out"…), whatever its level. */
export function saysTrouble(template: string): boolean {
  return TROUBLE.test(template);
}

/** A warning, or a line without a level, whose words say it failed: an error at another level. */
export function readsAsError(pattern: PatternSeries): boolean {
  return (pattern.level === 'warn' || pattern.level === null) && saysTrouble(pattern.track.template);
}

/** The bursts a scheduled job's own patterns show. */
const JOB_BURSTS = { minCount: 5, minFactor: 3, z: 4, minExcess: 10 };

/**
 * Whether a count series bursts at a steady interval (see burstsLikeAJob: all a troubled pattern is
 * asked). `skip`: buckets that say nothing of its rate (see SpikeOptions.skip).
 */
export function burstsPeriodically(values: readonly number[], skip?: readonly boolean[]): boolean {
  return isPeriodic(findSpikes(values, { ...JOB_BURSTS, skip }));
}

/**
 * A scheduled job: bursts at a steady interval, or (when the file shows only two or three runs) a
 * pattern that occurs only in bursts of the same size. Its bursts are expected, not anomalies. `skip`
 * as for burstsPeriodically: the buckets in which the pattern's files were not being written (see
 * silentBuckets; every caller passes them, as the answer is kept per pattern).
 */
export function burstsLikeAJob(pattern: PatternSeries, skip?: readonly boolean[]): boolean {
  let answer = memo.get(pattern);
  if (answer === undefined) {
    const spikes = findSpikes(pattern.values, { ...JOB_BURSTS, skip });
    // A long episode's busiest minutes are its parts, not bursts of their own: a client's retry loop
    // holding an ELB's requests at 5× for 32 minutes, found as four peaks a few minutes wide, matched
    // itself nine minutes later (recursAtOneLag) as a job's bursts do (blind2 289/s03).
    const episodes = joinElevated(spikes, pattern.values);
    answer =
      isPeriodic(episodes) ||
      (!looksLikeTrouble(pattern) &&
        (hasSameSizedRuns(spikes, pattern.values, pattern.track.count) ||
          runsOnASchedule(pattern.values) ||
          recursAtOneLag(episodes, pattern.values)));
    memo.set(pattern, answer);
  }
  return answer;
}

/**
 * Bursts whose buckets between stay twice the series' median or more are one episode: a scraper's
 * fifteen minutes at 3×, whose busiest minutes alone clear a job burst's bound (at 68, 71–76 and
 * 80–82), is no job every three minutes. For a message that is usually absent (a median of 0), the
 * buckets between must each hold one or more: PgBouncer's query_wait_timeout at 2 to 9 a minute for
 * twenty minutes, peaking every three or four, where it came once an hour (blind4 401/s07).
 */
function joinElevated(spikes: readonly Spike[], values: readonly number[]): Spike[] {
  // Reckoned when first needed: a single spike has no stretch between to read.
  let floor = NaN;
  const out: Spike[] = [];
  for (const spike of spikes) {
    const last = out.at(-1);
    let elevated = last !== undefined;
    for (let i = (last?.to ?? 0) + 1; elevated && i < spike.from; i++) {
      if (Number.isNaN(floor)) floor = Math.max(1, 2 * median(values));
      elevated = (values[i] ?? 0) >= floor;
    }
    if (last !== undefined && elevated) out[out.length - 1] = { ...last, to: spike.to };
    else out.push(spike);
  }
  return out;
}

/**
 * A message written only at a steady rhythm (a scheduler's run every ten minutes, whatever it
 * finds to do each time): the buckets it appears in recur at a steady interval, so its bigger
 * runs are the job's work, not a spike.
 */
function runsOnASchedule(values: readonly number[]): boolean {
  const hits: { from: number }[] = [];
  for (let i = 0; i < values.length; i++) if ((values[i] ?? 0) > 0) hits.push({ from: i });
  return hits.length >= 6 && isPeriodic(hits);
}

/**
 * Bursts of a job that runs at a steady interval on top of steady traffic, of uneven sizes, with a
 * stray burst besides (invoices generated every ten minutes, 13 to 58 at a time, over three a
 * minute all along): the series matches itself shifted by the interval. Four bursts or more, and an
 * autocorrelation of 0.5 or more at a lag longer than twice the widest burst (a single long burst
 * matches itself at shorter lags); random bursts stay near 0.3.
 */
export function recursAtOneLag(spikes: readonly Spike[], values: readonly number[]): boolean {
  if (spikes.length < 4) return false;
  const n = values.length;
  let width = 1;
  for (const s of spikes) width = Math.max(width, s.to - s.from + 1);
  const mean = sum(values) / Math.max(1, n);
  const x = values.map((v) => v - mean);
  let energy = 0;
  for (const v of x) energy += v * v;
  if (energy === 0) return false;
  for (let lag = Math.max(3, 2 * width + 1); lag <= Math.floor(n / 3); lag++) {
    let r = 0;
    for (let i = 0; i + lag < n; i++) r += (x[i] ?? 0) * (x[i + lag] ?? 0);
    if (r >= 0.5 * energy) return true;
  }
  return false;
}

/**
 * The sizes of a pattern's bursts when they hold (nearly) all of its events, else null. A burst counts
 * the bucket on either side of its run: a job's run seldom starts on a bucket boundary, and the few
 * events it spills into the next bucket stay part of it.
 */
function burstSizes(spikes: readonly Spike[], values: readonly number[], total: number): number[] | null {
  const sizes = spikes.map((s) =>
    sum(values, Math.max(0, s.from - 1), Math.min(values.length - 1, s.to + 1)),
  );
  return sum(sizes) >= 0.9 * total ? sizes : null;
}

/**
 * Two or more bursts of comparable size (within a factor of two) holding (nearly) all of the
 * pattern's events; of three or more, none more than twice their median, however small some are (a
 * Laravel job dispatched in batches of 35 to 235 on some of its scheduler's quarter hours: blind3
 * 371/s01).
 */
function hasSameSizedRuns(spikes: readonly Spike[], values: readonly number[], total: number): boolean {
  const sizes = spikes.length >= 2 ? burstSizes(spikes, values, total) : null;
  if (sizes === null) return false;
  const typical = median(sizes);
  // A job's runs differ with the work each finds (60 reservations expired, then 98): within a factor
  // of two of their median.
  return sizes.every((n) => n <= 2 * typical && (sizes.length >= 3 || n >= typical / 2));
}

/**
 * Of a message written only in three or more bursts (a job's batches), the bursts more than twice the
 * size of their median, as bucket ranges; null for a message that is not (or one that looks like
 * trouble). Its other bursts are the job's usual work: a batch five times the usual is the spike, not
 * the seven before it that rose "from almost never" as well.
 */
export function outsizedBursts(pattern: PatternSeries, skip?: readonly boolean[]): Spike[] | null {
  if (looksLikeTrouble(pattern)) return null;
  const spikes = findSpikes(pattern.values, { ...JOB_BURSTS, skip });
  const sizes = spikes.length >= 3 ? burstSizes(spikes, pattern.values, pattern.track.count) : null;
  if (sizes === null) return null;
  const typical = median(sizes);
  return spikes.filter((_, i) => (sizes[i] ?? 0) > 2 * typical);
}

/** Where a source's scheduled batches fall: every `period` buckets, at `phase` (bucket index mod period). */
export interface BatchGrid {
  period: number;
  phase: number;
  /** The series' median, which batches rise above. */
  base: number;
  /**
   * A big batch's size: the 90th percentile of the excess of its runs' first buckets over `base`, the
   * largest run left out.
   */
  size: number;
}

/** The shortest interval between three runs that make a schedule (see batchGrid). */
const MIN_THREE_RUN_PERIOD = 10;

/**
 * The grid of a batch job that runs over steady traffic, whatever the size of each batch: short
 * runs of buckets clearly above the series' median (3 Poisson deviations, and 30%) recur at one
 * interval, eight in ten of them or more on one phase of it (all of them when there are only four; three only
 * evenly spaced). Null when there is no such rhythm (fewer than three such runs, or no steady interval).
 */
export function batchGrid(values: readonly number[]): BatchGrid | null {
  const m = median([...values]);
  // Raised against the traffic around (a rolling median, and the spread of the buckets about it: a
  // busy afternoon's ordinary buckets are above the whole file's median).
  const { center, sigma } = localBaseline(values, Math.min(15, Math.floor(values.length / 4)));
  const raised = (i: number): boolean => {
    const c = center[i] ?? m;
    return (values[i] ?? 0) > c + Math.max(3 * Math.sqrt(Math.max(c, 1)), 0.3 * c, 4 * (sigma[i] ?? 0));
  };
  // Each run of raised buckets by its first; runs longer than two buckets (a flood, an outage's
  // retries) are not batches and stay out of the grid.
  const hits: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (!raised(i) || (i > 0 && raised(i - 1))) continue;
    let end = i;
    while (end + 1 < values.length && raised(end + 1)) end++;
    if (end - i < 2) hits.push(i);
  }
  if (hits.length < 3) return null;
  const excess = hits.map((h) => (values[h] ?? 0) - m).sort((a, b) => a - b);
  // The largest run left out: among a few runs the 90th percentile is the largest, and a flood that
  // landed on the grid (two buckets at 7×, Kerberos' KDC flooded for nine minutes) measured the
  // batches by itself and passed for one (blind21 7/s10).
  const size = excess[Math.min(Math.floor(excess.length * 0.9), excess.length - 2)] ?? 0;
  // Three runs make a schedule only when they are the source's only ones, as far apart to the bucket
  // and MIN_THREE_RUN_PERIOD buckets or more: an hourly scheduler in a file of under three hours,
  // another job each hour (blind3 306/s08).
  if (hits.length === 3) {
    const [a = 0, b = 0, c = 0] = hits;
    return b - a >= MIN_THREE_RUN_PERIOD && c - b === b - a
      ? { period: b - a, phase: a % (b - a), base: m, size }
      : null;
  }
  const intervals = hits.slice(1).map((h, i) => h - (hits[i] ?? 0));
  const usual = mode(intervals);
  // The usual interval between runs; else a divisor of the intervals, the largest that holds: a
  // scheduler whose jobs take turns in its slots (Laravel's, cron's: one job on the hour, another on
  // the half hour, some slots empty) runs at 30 minutes, 60 and 90 between its batches (blind3 270/s04).
  const divisors = new Set<number>();
  for (const d of intervals) for (let p = 3; p < d; p++) if (d % p === 0) divisors.add(p);
  for (const period of [usual, ...[...divisors].filter((p) => p !== usual).sort((a, b) => b - a)]) {
    if (period < 3) continue;
    const grid = { period, phase: mode(hits.map((h) => h % period)), base: m, size };
    const onGrid = hits.filter((h) => isOnGrid(h, grid)).length;
    // Four runs make a schedule only if all four keep it (an hourly job in a four-hour file).
    if (onGrid >= (hits.length === 4 ? 4 : 0.8 * hits.length)) return grid;
  }
  return null;
}

/** The most frequent value (the first to reach the top count on a tie). */
function mode(xs: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const x of xs) {
    const c = (counts.get(x) ?? 0) + 1;
    counts.set(x, c);
    if (c > bestCount) [best, bestCount] = [x, c];
  }
  return best;
}

/**
 * Whether bucket `i` falls on the grid: give or take a bucket (a batch that starts a little late) on
 * a grid of eight buckets or more, exactly on a finer one (where a bucket either way is a third of it).
 */
export function isOnGrid(i: number, grid: BatchGrid): boolean {
  const off = (((i - grid.phase) % grid.period) + grid.period) % grid.period;
  const slack = grid.period >= 8 ? 1 : 0;
  return off <= slack || off >= grid.period - slack;
}

const grids = new WeakMap<SourceSeries, BatchGrid | null>();

/** `batchGrid` of a source's series from its first event to its last, in the context's bucket indices. */
export function sourceGrid(source: SourceSeries): BatchGrid | null {
  let grid = grids.get(source);
  if (grid === undefined) {
    const local = batchGrid(source.values.slice(source.first, source.last + 1));
    grid = local && { ...local, phase: (local.phase + source.first) % local.period };
    grids.set(source, grid);
  }
  return grid;
}

/**
 * Whether buckets `from`–`to` are one batch of a source's schedule (see batchGrid): a run shorter
 * than a third of the grid's period (two buckets at least), starting on it, and no more than three
 * big batches above the source's median (a flood landing on the grid is no batch). Nor is a spike
 * whose buckets around stay high too — half a big batch above the median, three buckets or more in
 * all, which batchGrid never takes for a batch: a scraper's twenty minutes at 3.6× that began in a
 * slot of a job running every twenty (blind3 249/s03), whose rolling baseline left only two buckets
 * of it standing out.
 */
export function isBatchOf(source: SourceSeries, from: number, to: number): boolean {
  const grid = sourceGrid(source);
  if (grid === null || to - from >= Math.max(2, grid.period / 3) || !isOnGrid(from, grid)) return false;
  const values = source.values;
  let peak = 0;
  for (let i = from; i <= to; i++) peak = Math.max(peak, values[i] ?? 0);
  if (peak - grid.base > 3 * grid.size) return false;
  const high = grid.base + Math.max(grid.size / 2, 3 * Math.sqrt(Math.max(grid.base, 1)));
  let start = from;
  while (start > 0 && (values[start - 1] ?? 0) >= high) start--;
  let end = to;
  while (end + 1 < values.length && (values[end + 1] ?? 0) >= high) end++;
  return end - start < 2;
}

/** `isBatchOf` for any source writing one of `files`. */
export function isScheduledBatch(
  ctx: DetectionContext,
  files: Iterable<string>,
  from: number,
  to: number,
): boolean {
  const wanted = new Set(files);
  return ctx.sources.some((source) => source.files.some((f) => wanted.has(f)) && isBatchOf(source, from, to));
}

/** A job announcing its own start: "Starting scheduled job sync-index", "Job nightly-report started". */
const JOB_START =
  /\b(?:start(?:ing|ed)?|running|begin(?:ning)?|launch(?:ing|ed)?|kick(?:ing|ed) off|triggered|execut(?:e|ing))\b[^.]*\b(?:jobs?|tasks?|cron|batch|sync|backup|import|export|reindex|cleanup)\b|\b(?:job|task|cron)\b[^.]*\b(?:start(?:ing|ed)|began|running)\b/i;
/**
 * A server announcing its own start: Mosquitto's "mosquitto version 1.6.12 starting", "Opening ipv4
 * listen socket on port 1883", "Server started", Redis' "Ready to accept connections", "Listening on
 * port 8080". The clients it served connect again right after it: a burst of them is the restart's.
 */
const PROCESS_START =
  /\bversion \S+ starting\b|\bopening ipv[46] listen socket\b|\bserver (?:is )?start(?:ing|ed)\b|\bready to accept connections\b|\blistening on (?:port )?\S+/i;
/** More announcements than this are not a job's runs (a worker "starting task" for every request). */
const MAX_JOB_RUNS = 100;

/**
 * Whether a burst in buckets `from`–`to` of a pattern of `files` is a job's work: one of those files
 * announced a job's start (a message of its own, not trouble, seldom written) in the burst's first
 * bucket or the one before. Its first run in the file looks like a pattern "up from almost never".
 * A server's own start counts too (see PROCESS_START): sixty devices reconnecting within half a
 * minute of their broker's restart.
 */
export function isAnnouncedJob(ctx: DetectionContext, files: Iterable<string>, from: number): boolean {
  return announced(ctx, files, from, (t) => JOB_START.test(t) || PROCESS_START.test(t));
}

/**
 * Whether one of `files` announced a job's start in bucket `from` or the one before (JOB_START only):
 * a source that logs only while its job runs starts each stretch so, while a server's own start opens
 * the stretch after an outage (Keycloak's "… started in 18.7s. Listening on: …" after 44 silent minutes).
 */
export function announcesJob(
  ctx: DetectionContext,
  files: Iterable<string>,
  from: number,
  only: (pattern: PatternSeries) => boolean = () => true,
): boolean {
  return announced(ctx, files, from, (t) => JOB_START.test(t), only);
}

/**
 * Whether a burst in buckets from `from` on of `files` follows their server's own start (see
 * PROCESS_START) in its first bucket or the one before: its clients coming back. A job's
 * announcement is not enough here: an hourly job's start may coincide with a flood of requests.
 */
export function followsRestart(ctx: DetectionContext, files: Iterable<string>, from: number): boolean {
  return announced(ctx, files, from, (t) => PROCESS_START.test(t), isSeldom);
}

/**
 * Whether a pattern is in a quarter of the buckets or fewer: a start written that often is the
 * file's routine, not a restart a burst follows — IBM App Connect's "The HTTP Listener has started
 * listening on port '7800'" every few minutes of a console log, 60 times in five hours, beside a
 * flood at 7× (blind20 19/s04).
 */
function isSeldom(pattern: PatternSeries): boolean {
  let active = 0;
  for (const v of pattern.values) if (v > 0) active++;
  return active * 4 <= pattern.values.length;
}

/** A message of `files` that `says` holds, not trouble, seldom written, in bucket `from` or the one before. */
function announced(
  ctx: DetectionContext,
  files: Iterable<string>,
  from: number,
  says: (template: string) => boolean,
  only: (pattern: PatternSeries) => boolean = () => true,
): boolean {
  const wanted = new Set(files);
  return ctx.patterns.some(
    (p) =>
      p.track.count <= MAX_JOB_RUNS &&
      ((p.values[from] ?? 0) > 0 || (p.values[from - 1] ?? 0) > 0) &&
      [...p.track.files].some((f) => wanted.has(f)) &&
      says(p.track.template) &&
      !looksLikeTrouble(p) &&
      only(p),
  );
}
