import type { DetectionContext, Finding, PatternSeries } from '../detection-context';
import { formatWidth } from '../bucket-ladder';
import { describeWindow, iso, round, shortTemplate, spokenDuration, templateOpening } from '../format';
import { confidenceOf, median } from '../robust-stats';
import { isAnnouncedJob, isScheduledBatch, looksLikeTrouble, readsAsError } from './periodic-bursts';
import type { Severity } from '../report';
import { WILDCARD } from '../../mining/mask-token';
import { fitsVariable } from '../../mining/merge-tokens';
import { isAnyRoute } from '../../mining/routes';
import { groupsSharingKeys, oneWordKeys } from './pattern-spike';
import { timedCount } from '../pattern-track';

/**
 * Occurrences the pattern would have shown before it appeared, had it always run at its rate (never
 * more than its own count): 10, or 8 for a new exception under a message that has been failing with
 * others all along (a KeyError every four minutes for the last half hour of a long file, eight times:
 * the message's own failures show the file was watched).
 */
const MIN_EXPECTED_BEFORE = 10;
const MIN_VARIANT_EXPECTED_BEFORE = 8;
/**
 * The same for a steady error (error level, or a warning saying it failed; in half of its windows of
 * five minutes or more, see steadyWindows; ten events or more, or eight recurring over 20 minutes or
 * more: not a rolling deploy's eight servers marked down in seven minutes, one by one): a new error
 * is worth telling at a little less certainty (a chance of e^-8 rather than e^-10 that its absence
 * before was luck), and counting active buckets understates
 * a steady pattern's pace (a bucket holds several of its events) — a parse error recurring all
 * afternoon, first seen 76 minutes into a file whose traffic was a third lower then (blind4 6/s07).
 * A sparse error (a duplicate key now and then, in one bucket of eight) keeps the usual bar.
 */
const MIN_ERROR_EXPECTED_BEFORE = 8;
const MAX_ORG_NEW = 5;

/**
 * A pattern that starts after a stretch of normal traffic, at a rate that makes its earlier absence
 * significant (Poisson: P(0 events) = e^-expected), or, with a baseline, a pattern new to the org.
 */
export function detectNewPatterns(ctx: DetectionContext): Finding[] {
  const findings: Finding[] = [];
  const orgNew: PatternSeries[] = [];
  for (const pattern of ctx.patterns)
    if (ctx.baseline && !ctx.baseline.has(pattern.track.id)) orgNew.push(pattern);
  const openings = families(ctx.patterns);
  for (const group of openings) {
    // Variants judged together first; when they are not new together (one of them is an old
    // message's), each on its own.
    const merged = group.length > 1 ? newPattern(ctx, mergeFamily(group), group) : null;
    if (merged) findings.push(merged);
    else
      for (const pattern of group) {
        const finding = newPattern(
          ctx,
          pattern,
          [pattern],
          MIN_EXPECTED_BEFORE,
          failuresBeside(group, [pattern]),
        );
        if (finding) findings.push(finding);
        else findings.push(...newInAFile(ctx, pattern));
      }
  }
  // Errors' variants of one word, none of them told (see wordFamilies), judged together.
  const told = new Set(findings.flatMap((f) => f.evidence.patternIds));
  const errors = ctx.patterns.filter((p) => p.isErrorLevel || readsAsError(p));
  for (const family of wordFamilies(errors)) {
    if (family.some((p) => told.has(p.track.id))) continue;
    const opening = openings.find((group) => family.every((p) => group.includes(p)));
    const parent = opening && failuresBeside(opening, family);
    const merged = newPattern(ctx, mergeFamily(family), family, MIN_EXPECTED_BEFORE, parent);
    if (merged) findings.push(merged);
  }
  // A new exception under an old message: judged on its own (under the message's id, it merges with
  // the message's own finding when the message is new too).
  // Its lower bar holds where the message's own earlier events show the file was watched: a variant
  // of a message new itself is judged as the message would be (a Spring client's eight "Call to
  // inventory-api failed" over an hour and three quarters, each a SocketTimeoutException, are as few
  // as they are as the message: blind2 276/s03).
  for (const variant of ctx.exceptionVariants) {
    const parent = ctx.patterns.find((p) => p.track.id === variant.track.id);
    const first = variant.values.findIndex((v) => v > 0);
    const watched = parent !== undefined && parent.values.slice(0, Math.max(0, first)).some((v) => v > 0);
    const minExpected = watched ? MIN_VARIANT_EXPECTED_BEFORE : MIN_EXPECTED_BEFORE;
    const finding = newPattern(ctx, variant, [variant], minExpected, parent);
    if (finding) findings.push({ ...finding, exceptionVariant: true });
    else
      for (const inFile of newInAFile(ctx, variant, MIN_VARIANT_EXPECTED_BEFORE, parent))
        findings.push({ ...inFile, exceptionVariant: true });
  }
  orgNew
    .sort((a, b) => Number(b.isErrorLevel) - Number(a.isErrorLevel) || b.track.count - a.track.count)
    .slice(0, MAX_ORG_NEW)
    .forEach((p) => findings.push(newPatternFinding(ctx, p, p.isErrorLevel ? 'medium' : 'low', 0, true)));
  return findings;
}

/**
 * An error new in one file that another file of the bundle wrote before it: S3's `SlowDown` under a
 * checkout API's "Unhandled exception" every three and a half minutes from 3 h 20 min into its log,
 * which a renderer's log had shown now and then all along (blind3 348/s04) — one service newly
 * failing is news, whoever else fails so. Each file that began erring so after the first is judged
 * as a pattern of its own would be (its errors alone; the lower bar of a new exception under an
 * old message where `minExpected` says so), and told with the file that wrote it before.
 */
function newInAFile(
  ctx: DetectionContext,
  pattern: PatternSeries,
  minExpected = MIN_EXPECTED_BEFORE,
  parent?: PatternSeries,
): Finding[] {
  const views = pattern.byFile;
  if (views === undefined) return [];
  const firstMs = Math.min(...views.map((v) => v.track.firstSeen ?? Infinity));
  const findings: Finding[] = [];
  for (const view of views) {
    if ((view.track.firstSeen ?? Infinity) <= firstMs) continue;
    const finding = newPattern(ctx, view, [view], minExpected, parent);
    if (!finding) continue;
    const [file] = view.track.files;
    const before = views
      .filter((v) => v !== view && (v.track.firstSeen ?? Infinity) < (view.track.firstSeen ?? 0))
      .map((v) => `${[...v.track.files].join(', ')} from ${iso(v.track.firstSeen ?? 0).slice(11, 16)} UTC`);
    findings.push({
      ...finding,
      subject: `${finding.subject}|${file ?? ''}`,
      description: `${finding.description.replace('" first appeared ', `" first appeared in ${file ?? ''} `)} Other files wrote it before: ${before.join('; ')}.`,
    });
  }
  return findings;
}

/**
 * A worker process starting or stopping: "Booting worker with pid: 42", "Worker 3 (PID: 61) booted in
 * 1.2s", "Worker exiting (pid: 42)".
 */
const WORKER_COMES_OR_GOES =
  /\b(?:boot(?:ing|ed)|spawn(?:ing|ed)|start(?:ing|ed))\b.*\bworker\b|\bworker\b.*\b(?:boot(?:ing|ed)|spawned|started|exiting|exited|stopping|stopped)\b/i;

/**
 * A database dump's reads, table by table: mysqldump's `SELECT` of every row with its
 * `SQL_NO_CACHE` hint, pg_dump's `COPY public.orders (id, …) TO stdout`. A backup's queries show once a night
 * (in a slow query log, as the long reads they are); they are a job running, not news.
 */
const DUMP_READS = /\bSQL_NO_CACHE\b.*\bFROM\b|\bCOPY\s+\S+(?:\s*\([^)]*\))?\s+TO\s+stdout\b/i;

/**
 * nginx answering a client's request for a file it does not have: `open() "/usr/share/nginx/html/wp-login.php"
 * failed (2: No such file or directory), client: …` (the context after it an attribute when nginx's
 * error log is read by its parts), written at [error] for every 404 of a static path.
 * Scanners probing for `.env`, `wp-login.php` and `.git/config` start whenever they find the host; a
 * flood of them is a spike's to tell, their coming is not news (blind3 273/s01). (Permission denied,
 * errno 13, is the server's own misconfiguration and stays news.)
 */
const CLIENT_MISS = /\bopen\(\) "[^"]*" failed \((?:<\*>|2): No such file or directory\)(?:, client: |$)/;
/** A pattern (or a family of variants, summed) that starts after a stretch of normal traffic. */
function newPattern(
  ctx: DetectionContext,
  pattern: PatternSeries,
  group: PatternSeries[],
  minExpected = MIN_EXPECTED_BEFORE,
  /** For a new exception under an old message: the message's pattern (see amongItsMessage). */
  parent?: PatternSeries,
): Finding | null {
  const { track } = pattern;
  // Its events with a time: a file that writes none (Python's basicConfig) holds the rest, in no
  // bucket — 79 of them beside one timed were "80 in a minute" (blind11 2/s04).
  const count = timedCount(track);
  if (track.firstSeen === null || track.lastSeen === null || count < MIN_STEADY_COUNT) return null;
  // A request for any route of its depth (see isAnyRoute): its coming says nothing of what was asked
  // (a scanner's `.env`, `wp-login.php`, `phpinfo.php` at the root: `GET <*>`; blind 240/s10).
  if (CLIENT_MISS.test(track.template) || isAnyRoute(track.template)) return null;
  const fileStart = Math.min(...[...track.files].map((f) => ctx.fileStarts.get(f) ?? track.firstSeen ?? 0));
  const before = track.firstSeen - fileStart;
  const span = ctx.length * ctx.widthMs;
  // A tenth of the files' time, and as many buckets as the least expectation below needs (each
  // bucket before is one interval it could have shown in): an error at four a minute from 49 minutes
  // into a four-hour file of five-minute buckets is news (blind 28/s06).
  if (before < Math.max(MIN_ERROR_EXPECTED_BEFORE * ctx.widthMs, 0.1 * span)) return null;
  // Counted in active buckets, not events: a pattern that comes in bursts is not expected everywhere.
  const first = pattern.values.findIndex((v) => v > 0);
  const last = pattern.values.length - 1 - [...pattern.values].reverse().findIndex((v) => v > 0);
  const active = pattern.values.filter((v) => v > 0).length;
  const share = active / Math.max(1, last - first + 1);
  const startBucket = Math.max(0, Math.floor((fileStart - ctx.startMs) / ctx.widthMs));
  const pace = paceBefore(ctx, pattern, startBucket, first, last);
  // Each bucket before would have held it as often as its own buckets do, scaled by the traffic then
  // as its rate would be (Poisson: at `pace` of its rate, a bucket holds one or more with chance
  // 1 - e^-(rate·pace)): a message of one a bucket or less is as much rarer as the traffic, one of
  // five a bucket at two thirds of the traffic is still in nearly every bucket — 25 PHP fatal errors
  // in 26 minutes, none in the 51 before (blind6 25/s06).
  const rate = count / Math.max(1, last - first + 1);
  const scaled = pace >= 1 ? 1 : (1 - Math.exp(-rate * pace)) / (1 - Math.exp(-rate));
  // A steady error needs a little less certainty than other news (see MIN_ERROR_EXPECTED_BEFORE),
  // not fewer occurrences: eight of a plain message late in a file are still too few to tell from chance.
  // A warning that says it failed is an error written at another level: PgBouncer writes its
  // "pooler error: …" at WARNING (blind4 211/s02); so is one without a level (the kernel's
  // `nf_conntrack: table full, dropping packet`, blind5 121/s02).
  const isError = pattern.isErrorLevel || readsAsError(pattern);
  // Information that is all variables but one word says nothing new: a game server's chat lines,
  // `<Moss_YT> <*>`, one pattern a player (blind7's Minecraft servers).
  if (!isError && pattern.level !== 'warn' && constantWords(track.template) < 2) return null;
  // Information all written within one bucket — a database's background processes each saying it
  // started as the instance restarts (Oracle's "PMON started with pid=27, OS id=87852", twelve in two
  // seconds, blind7 1/s01) — happened once: its rate says nothing of the buckets before.
  if (!isError && pattern.level !== 'warn' && first === last) return null;
  const steady = steadyWindows(ctx, pattern.values, first, last);
  // A warning or an error in every bucket of its life, several of them each, over four windows or
  // more, would have shown in each half bucket before it too: its absence is counted so (at most
  // twice the buckets). ZooKeeper's "Too many connections from /10.0.0.121" 44 times in 23 minutes,
  // every five-minute bucket, 46 minutes into a file: nine buckets before, eighteen halves (blind5 343/s08).
  const halves =
    (isError || pattern.level === 'warn') &&
    share >= 0.9 &&
    rate >= DENSE_PER_BUCKET &&
    steady.windows >= MIN_STEADY_WINDOWS
      ? 2
      : 1;
  const atItsRate = share * scaled * halves * (before / ctx.widthMs);
  const expectedBefore = Math.min(count, atItsRate, amongItsMessage(pattern, parent, first, last));
  // Under eight events, only an error recurring in nearly every window of five minutes or more, that
  // would have shown before in as many buckets as it has events (the most expectedBefore says):
  // "upstream shipping: context deadline exceeded" every three and a half minutes for 23, seven of
  // them in a file's last half hour after three hours without (blind3 234/s07).
  // Or an exception in one burst, its whole life within a quarter of an hour: as much news as a
  // steady error — a new `TypeError: Cannot read properties of undefined` failing seven of a Lambda's
  // invocations in seven minutes, five hours into its log (blind2 267/s09). Its rate in the burst
  // says it would have shown before as often as it did (`atItsRate` ≥ its count). A code path
  // breaking, not a state passing: eight servers marked down one by one in a rolling deploy, no
  // exception named, are no news (blind2 133/s06).
  // Or a file's first errors: error-level lines where its files wrote none before (a Lustre server's
  // kernel reporting `LDISKFS-fs error … block bitmap and bg descriptor inconsistent` six times in
  // seven minutes, its first error in an hour and a half: blind23 23/s03, nine in blind23 20/s05).
  const burst =
    pattern.isErrorLevel &&
    ((track.lastSeen - track.firstSeen <= BURST_MS && namesException(pattern)) ||
      !erredBefore(ctx, track.files, first));
  if (count < 8) {
    if (!burst && (!isError || steady.windows < MIN_STEADY_WINDOWS + 1 || steady.share < 0.8)) return null;
    minExpected = count;
  } else if (burst) minExpected = Math.min(minExpected, count);
  if (
    isError &&
    steady.share >= 0.5 &&
    (count >= MIN_EXPECTED_BEFORE ||
      (count >= MIN_ERROR_EXPECTED_BEFORE && steady.windows >= MIN_STEADY_WINDOWS))
  )
    minExpected = Math.min(minExpected, MIN_ERROR_EXPECTED_BEFORE);
  // A warning of eight or nine events, as steady, whose rate would have shown it ten times or more
  // before: only its count keeps it under the bar. MongoDB's "Checkpoint has been running for 31
  // seconds" every three and a half minutes for half an hour, after six hours without (blind3 301/s01).
  if (
    !isError &&
    pattern.level === 'warn' &&
    count >= MIN_ERROR_EXPECTED_BEFORE &&
    steady.share >= 0.5 &&
    steady.windows >= MIN_STEADY_WINDOWS &&
    atItsRate >= MIN_EXPECTED_BEFORE
  )
    minExpected = Math.min(minExpected, count);
  if (
    first < 0 ||
    expectedBefore < minExpected ||
    group.some((p) => isHandover(ctx, p) || generalisesOlder(ctx, p, group))
  )
    return null;
  // A job's message first showing in one of its file's scheduled batches (see batchGrid): the job
  // found work to do, nothing new broke.
  let runEnd = first;
  while ((pattern.values[runEnd + 1] ?? 0) > 0) runEnd++;
  if (!looksLikeTrouble(pattern) && isScheduledBatch(ctx, track.files, first, runEnd)) return null;
  // Nor the work of a job its file announced just before ("Starting scheduled job …").
  if (!looksLikeTrouble(pattern) && isAnnouncedJob(ctx, track.files, first)) return null;
  // A server starting or stopping workers (gunicorn's "Booting worker with pid" and, on a graceful
  // restart, "Worker exiting"; Puma's phased restart): workers come and go with deploys and recycling;
  // their deaths are what the lifecycle detectors report, and a worker failing is trouble.
  if (!looksLikeTrouble(pattern) && WORKER_COMES_OR_GOES.test(track.template)) return null;
  // Nor a backup's dump of the database (blind6 22/s07, 10/s09).
  if (!pattern.isErrorLevel && DUMP_READS.test(track.template)) return null;
  const ids = group.length > 1 ? group.map((p) => p.track.id) : [];
  return newPatternFinding(
    ctx,
    pattern,
    severityOf(pattern),
    expectedBefore,
    false,
    ids,
    burst ? before : null,
  );
}

/**
 * For a new exception under a message that fails with others at the same time (at least as many of
 * its events while the exception recurs are others'): how many of the message's events before it
 * would have been this exception at its share now. A .NET worker's "Failed to process batch" fails
 * with one of three exceptions at random; the third's absence from the first ten failures in 70
 * minutes is chance (e^-4), however steady the message (blind3 315/s07). Infinity otherwise: an
 * exception that comes on top of the message's usual failures is judged by its rate alone.
 */
function amongItsMessage(
  variant: PatternSeries,
  parent: PatternSeries | undefined,
  first: number,
  last: number,
): number {
  if (parent === undefined || first < 0) return Infinity;
  let before = 0;
  let during = 0;
  for (let i = 0; i < first; i++) before += parent.values[i] ?? 0;
  for (let i = first; i <= last; i++) during += parent.values[i] ?? 0;
  const share = variant.track.count / Math.max(1, during);
  return share > MAX_SHARED_SHARE ? Infinity : share * before;
}

/** An exception's share of its message's events above which it is on top of them (see amongItsMessage). */
const MAX_SHARED_SHARE = 0.5;

/**
 * How busy the pattern's files were before it appeared, against while it ran (median events per
 * bucket), at most 1: a message that comes with the traffic is rarer while traffic is low (a service
 * waking up with the morning logs its cache evictions and aborted requests more and more), so its
 * absence then says less. Files too sparse for a median (half their buckets empty) are not scaled,
 * unless they were all but silent before it (then their mean pace is).
 */
function paceBefore(
  ctx: DetectionContext,
  pattern: PatternSeries,
  from: number,
  first: number,
  last: number,
): number {
  const files = pattern.track.files;
  // The pattern's own events are not its files' traffic (a burst of errors would make it look busy).
  const volume = pattern.values.map((v) => -v);
  for (const source of ctx.sources) {
    if (!source.files.some((f) => files.has(f))) continue;
    for (let i = from; i <= last; i++) volume[i] = (volume[i] ?? 0) + (source.values[i] ?? 0);
  }
  const quiet = volume.slice(from, first);
  const before = median(quiet);
  const during = median(volume.slice(first, last + 1));
  if (during <= 0) return 1;
  // Files all but silent before it (lines in fewer than one bucket of four: an idle game server between
  // its start-up and its first players, 90 minutes; blind11 22/s07) were not watched then: their mean
  // pace, not a median's zero.
  if (before <= 0 && quiet.length > 0 && quiet.filter((v) => v > 0).length * 4 < quiet.length)
    return Math.min(1, quiet.reduce((n, v) => n + Math.max(0, v), 0) / quiet.length / during);
  if (before <= 0) return 1;
  return Math.min(1, before / during);
}

/**
 * Patterns grouped by their files and template opening (`templateOpening`): variants of one new
 * message (Laravel's error with and without a user id in its context) can be judged as one.
 */
function families(patterns: readonly PatternSeries[]): PatternSeries[][] {
  const groups = new Map<string, PatternSeries[]>();
  for (const pattern of patterns) {
    const key = `${[...pattern.track.files].sort().join(',')}|${templateOpening(pattern.track.template)}`;
    const group = groups.get(key);
    if (group) group.push(pattern);
    else groups.set(key, [pattern]);
  }
  return [...groups.values()];
}

/**
 * Errors grouped with those that differ from them in one word, a variable in one of them or not,
 * wherever it stands (not a request's route: see variantFamilies), two or more: a failure written
 * under each job's name first, `daily_sales_job - <*> - load_warehouse - STEP_FAILURE - …` beside
 * `<*> - <*> - load_warehouse - STEP_FAILURE - …`, twelve in four patterns (blind23 19/s04), whose
 * openings are their jobs' other lines'. (Information so split is left: a file server's `ws060
 * (ipv4:<*>) closed connection to service homes`, one pattern per client, is its users' coming and
 * going, blind10 22/s01.)
 */
function wordFamilies(patterns: readonly PatternSeries[]): PatternSeries[][] {
  const keys = (i: number): string[] => {
    const pattern = patterns[i];
    if (!pattern) return [];
    return oneWordKeys(pattern.track.template.split(' '), [...pattern.track.files].sort().join(','), true);
  };
  return groupsSharingKeys(patterns.length, keys)
    .filter((group) => group.length > 1)
    .map((group) => group.map((i) => patterns[i] as PatternSeries));
}

/** A family's variants as one pattern: the earliest one's, with counts and series summed. */
function mergeFamily(group: PatternSeries[]): PatternSeries {
  const [first] = [...group].sort((a, b) => (a.track.firstSeen ?? 0) - (b.track.firstSeen ?? 0));
  if (!first) throw new Error('an empty family of patterns');
  const seen = group.flatMap((p) => (p.track.lastSeen === null ? [] : [p.track.lastSeen]));
  const sumOf = (of: (p: PatternSeries) => number[]) =>
    first.values.map((_, i) => group.reduce((n, p) => n + (of(p)[i] ?? 0), 0));
  return {
    ...first,
    isErrorLevel: group.some((p) => p.isErrorLevel),
    values: sumOf((p) => p.values),
    errorValues: sumOf((p) => p.errorValues),
    track: {
      ...first.track,
      count: group.reduce((n, p) => n + p.track.count, 0),
      errors: group.reduce((n, p) => n + p.track.errors, 0),
      lastSeen: seen.length ? Math.max(...seen) : null,
    },
  };
}

/**
 * The error-level patterns of a family of one opening (see families) as one message, when `members`
 * are errors and others of the family are too: a message that fails with one of several exceptions,
 * each written into its text (Spring's "Servlet.service() … threw exception [Request processing
 * failed: X: …]" with an optimistic lock, a bad state or a JSON parse error), each its own pattern.
 * A failure first seen after a few of its message's others is judged as a new exception under an old
 * message is (see amongItsMessage): a JSON parse error failing half of them for an hour and a half,
 * first seen after nine others in 50 minutes, is chance (blind 251/s06).
 */
function failuresBeside(group: PatternSeries[], members: PatternSeries[]): PatternSeries | undefined {
  if (!members.every((p) => p.isErrorLevel)) return undefined;
  const failures = group.filter((p) => p.isErrorLevel);
  return failures.some((p) => !members.includes(p)) ? mergeFamily(failures) : undefined;
}

/** Whether the sources of `files` wrote an error in a bucket before `first`. */
function erredBefore(ctx: DetectionContext, files: ReadonlySet<string>, first: number): boolean {
  for (const source of ctx.sources) {
    if (!source.files.some((f) => files.has(f))) continue;
    for (let i = 0; i < first; i++) if ((source.errors[i] ?? 0) > 0) return true;
  }
  return false;
}

/** Span of the windows a steady error is judged in (see steadyWindows). */
const STEADY_MS = 5 * 60_000;
/** Windows a steady error of fewer than MIN_EXPECTED_BEFORE events recurs over, at least. */
const MIN_STEADY_WINDOWS = 4;
/** Events a bucket, over its life, of a message counted in half buckets before it (see newPattern). */
const DENSE_PER_BUCKET = 4;
/** Fewest events of a steady error (see newPattern); of any other news, eight. */
const MIN_STEADY_COUNT = 6;
/** Span within which a new error's every event makes a burst (see newPattern). */
const BURST_MS = 15 * 60_000;

/** An exception's class as code names it: `TypeError`, `java.lang.NullPointerException`, `KeyError`. */
const EXCEPTION_CLASS = /\b[A-Z][\w.$]*(?:Error|Exception)\b/;

/** Whether a pattern's template, or its first sample (a stack trace under the message), names an exception. */
function namesException(pattern: PatternSeries): boolean {
  const sample = pattern.track.exemplars.items[0]?.text ?? '';
  return EXCEPTION_CLASS.test(pattern.track.template) || EXCEPTION_CLASS.test(sample);
}

/**
 * The pattern's windows of about five minutes (one bucket when buckets are that wide) from its first
 * to its last, and the share of them that hold its events: Loki's `failed to upload table` every
 * three minutes for twenty-two is in a third of its one-minute buckets, and in every five minutes.
 */
function steadyWindows(
  ctx: DetectionContext,
  values: readonly number[],
  first: number,
  last: number,
): { windows: number; share: number } {
  const k = Math.max(1, Math.round(STEADY_MS / ctx.widthMs));
  let windows = 0;
  let active = 0;
  for (let from = first; from <= last; from += k) {
    windows++;
    let n = 0;
    for (let i = from; i < Math.min(last + 1, from + k); i++) n += values[i] ?? 0;
    if (n > 0) active++;
  }
  return { windows, share: active / Math.max(1, windows) };
}

function severityOf(pattern: PatternSeries): Severity {
  if (pattern.isErrorLevel) return pattern.track.errors >= 50 ? 'high' : 'medium';
  // A message without a level that says it failed reads as a warning.
  return pattern.level === 'warn' || readsAsError(pattern) ? 'low' : 'info';
}

/**
 * The miner re-labelling a pattern mid-file: one id stops as another with the same shape starts (the
 * same number of tokens, most of them alike), so the "new" one is the old one under a new template.
 * The old one must have been there as often as the new one would have been seen (ten events or more):
 * three stray look-alikes in four hours (Redis's report of a client without a name) hand nothing over
 * to the 37 reports of one that began half an hour ago.
 */
function isHandover(ctx: DetectionContext, pattern: PatternSeries): boolean {
  const first = pattern.track.firstSeen ?? 0;
  const tokens = pattern.track.template.split(/\s+/);
  return ctx.patterns.some(
    (other) =>
      other !== pattern &&
      other.track.count >= MIN_EXPECTED_BEFORE &&
      other.track.lastSeen !== null &&
      Math.abs(other.track.lastSeen - first) <= ctx.widthMs &&
      isLookAlike(tokens, other.track.template.split(/\s+/)),
  );
}

/**
 * Whether an older pattern of the same files and level is this one with a value where this one has a
 * variable: gunicorn's `[ERROR] Error handling request /` at 17:44, and `… request <*>` from 18:40 —
 * the miner kept the bare "/" apart; the message is no newer for it (blind4 355/s03). Two words or more
 * must be alike beside the variables. Not one of the variants judged with it (`group`): they are new
 * together.
 */
function generalisesOlder(
  ctx: DetectionContext,
  pattern: PatternSeries,
  group: readonly PatternSeries[],
): boolean {
  const tokens = pattern.track.template.split(' ');
  const first = pattern.track.firstSeen ?? 0;
  if (!tokens.some((t) => t.includes(WILDCARD))) return false;
  return ctx.patterns.some(
    (other) =>
      other !== pattern &&
      !group.includes(other) &&
      other.level === pattern.level &&
      other.track.firstSeen !== null &&
      other.track.firstSeen < first &&
      [...other.track.files].some((f) => pattern.track.files.has(f)) &&
      isInstanceOf(other.track.template.split(' '), tokens),
  );
}

/** Whether `older` is `tokens` with a value for some of its variables (and two words alike besides). */
function isInstanceOf(older: string[], tokens: string[]): boolean {
  if (older.length !== tokens.length) return false;
  let alike = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const o = older[i] ?? '';
    if (t === o) {
      if (!t.includes(WILDCARD)) alike++;
    } else if (!fitsVariable(t, o)) return false;
  }
  return alike >= 2 && older.join(' ') !== tokens.join(' ');
}

/** Same token count, and at least half of the positions equal or a variable on either side. */
function isLookAlike(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  let alike = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x === y || x.includes(WILDCARD) || y.includes(WILDCARD)) alike++;
  }
  return alike * 2 >= a.length;
}

function newPatternFinding(
  ctx: DetectionContext,
  pattern: PatternSeries,
  severity: Severity,
  expectedBefore: number,
  orgNew: boolean,
  ids: string[] = [],
  /** For a burst (see newPattern): how long its files ran without it. */
  burstAfterMs: number | null = null,
): Finding {
  const { track } = pattern;
  const startMs = track.firstSeen ?? ctx.startMs;
  const endMs = Math.max(track.lastSeen ?? startMs, startMs + 1000);
  const samples = track.exemplars.items.slice(0, 3);
  const template = shortTemplate(track.template);
  const variants =
    ids.length > 1 ? ` (with ${ids.length - 1} variant${ids.length > 2 ? 's' : ''} of it)` : '';
  const description = orgNew
    ? `"${template}" has never been seen in earlier uploads (${track.count} events, ${describeWindow(startMs, endMs)}).`
    : burstAfterMs !== null
      ? `"${template}"${variants} first appeared ${describeWindow(startMs, endMs)} and occurred ${timedCount(track)} times in ${spokenDuration(endMs - startMs)}, after ${spokenDuration(burstAfterMs)} without it.`
      : `"${template}"${variants} first appeared ${describeWindow(startMs, endMs)} and occurred ${timedCount(track)} times; had it been there before, it would have shown in about ${round(expectedBefore, 0)} earlier ${formatWidth(ctx.widthMs)} intervals.`;
  return {
    type: 'new_pattern',
    severity,
    confidence: orgNew ? 0.9 : confidenceOf(expectedBefore, 10),
    startMs,
    endMs,
    files: [...track.files].sort(),
    patternId: track.id,
    subject: `pattern:${track.id}`,
    description,
    // Quoted as a pattern spike's template is, should it be told as one (see retypeGoneStorms).
    quoted: template,
    evidence: {
      metric: orgNew
        ? 'occurrences in earlier uploads'
        : `active ${formatWidth(ctx.widthMs)} intervals expected before first appearance`,
      expected: { baseline: orgNew ? 0 : round(expectedBefore, 1), lower: null, upper: null },
      observed: { value: 0, total: track.count },
      score: round(expectedBefore, 1),
      bucketSeconds: ctx.widthMs / 1000,
      patternIds: ids.length > 1 ? ids : [track.id],
      source: null,
      lines: samples.map(({ file, line }) => ({ file, line })),
      samples: samples.map(({ file, line, text }) => ({ file, line, text })),
      related: [],
    },
  };
}

/** The words of a template that are no variable (`<*>` in none of them). */
function constantWords(template: string): number {
  let n = 0;
  for (const word of template.split(' ')) if (word !== '' && !word.includes(WILDCARD)) n++;
  return n;
}
