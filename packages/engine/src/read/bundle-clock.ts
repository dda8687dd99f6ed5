// The clock of a bundle's files, from their first and last bytes: the year and day that dates
// without them take (see bundle-year.ts), and the local time of files whose timestamps carry no zone.
//
// PHP-FPM's `[05-Mar-2024 10:00:00]`, uWSGI's ctime, Keycloak's and Phoenix's default layouts write
// the server's local time without saying which. Read as UTC beside files that do write a zone (an
// access log's `+0100`, PostgreSQL's `CET`, a `Z`), such a file sits hours away from the others on
// the timeline, and each of its incidents seems to happen at another time. The logs of one bundle
// cover one stretch of time: a zone-less file that lies outside the others' span, and fits it once
// read at a real zone's offset (starting with them, and not ending after them), is read at that offset.
import { concatBytes } from '../decode/concat-bytes';
import { InputError } from '../errors/input-error';
import { ambiguousOffsets, lastParseWasNaive, parseTimestamp } from '../fields/parse-timestamp';
import { opensWithKlog } from '../format/nested-payload';
import type { LocalTime } from '../types';
import { commonDay, commonYear, isCompressed } from './bundle-year';
import { isArchive, memberEnds } from './member-ends';
import { readEventBatches } from './read-events';

/** A file's first and last times, as read from its first and last bytes. */
export interface FileClock {
  first: number;
  last: number;
  /** Whether its timestamps carry no zone (in both ends), or only an ambiguous one (`zoneWord`). */
  zoneless: boolean;
  /** An abbreviation its times carry that names several zones ("IST"), or null. */
  zoneWord: string | null;
  /** For a zoned file: the offset its times write (minutes east of UTC), when they all write one. */
  offsetMinutes?: number;
  /**
   * The zone its first lines say the process runs in (`TZ=Europe/Istanbul`, the JVM's
   * `user.timezone=America/Lima`), when they say so.
   */
  declaredZone?: string;
  /**
   * The offset (minutes east of UTC) of its zone-less times that the zoned times inside its lines give
   * (see `innerOffsetOf`), when they agree on one.
   */
  innerOffset?: number;
  /**
   * Written by a Kubernetes component in klog's layout (`I0819 10:22:00.967673 3350 kubelet.go:2461]`):
   * zone-less, but the nodes that write it keep UTC nearly always. Without zoned files, such files are
   * the reference the others are lined up with.
   */
  klog?: boolean;
  /** Read as a CSV export or a W3C extended log (its header row or directive named its columns): see fileClock. */
  csv?: boolean;
  /**
   * Timed by the seconds since its program started or its machine booted, from a line of its own that
   * gives that start (Factorio, X.Org, the kernel's `[   39.005825]`): its tail is read after its head.
   */
  elapsed?: boolean;
  /**
   * Its times are times of day alone (Elixir's Logger, a game server's `[15:07:25 INFO]:`), read on
   * the bundle's day: they may lie a day off as well as a zone's offset (see `localTimes`).
   */
  dateless?: boolean;
}

export interface BundleClock {
  year?: number;
  day?: number;
  /** Per input, the local time its zone-less timestamps are read in (undefined: UTC). */
  localTimes: (LocalTime | undefined)[];
}

const MINUTE = 60_000;
/** Timestamps at each end of a file whose median is its first (last) time. */
const ROBUST_ENDS = 9;
/** How far a shifted file's start may be from the bundle's start, and its end beyond the bundle's end. */
const TOLERANCE_MS = 8 * MINUTE;
/**
 * Offsets of the world's zones (minutes east of UTC) that are not whole hours, summer times too:
 * Newfoundland's -03:30 and -02:30, the Chatham Islands' +12:45 and +13:45.
 */
const ODD_OFFSETS = [-570, -210, -150, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825];
const OFFSETS = [
  ...Array.from({ length: 27 }, (_, i) => (i - 12) * 60).filter((o) => o !== 0),
  ...ODD_OFFSETS,
];
const DAY = 24 * 60;
/**
 * For times of day alone, read on the bundle's day: a zone's offset, or that offset and a day. At
 * UTC+10:00, 02:00 on the bundle's first day is 16:00 UTC the day before it — or, when the local day had
 * already turned, the same day: the offset -14:00 on the bundle's day (`zoneOf` gives its zone back).
 */
const DAY_OFFSETS = [...OFFSETS, ...[0, ...OFFSETS].flatMap((o) => [o - DAY, o + DAY])];

/** The zone's offset of an offset of DAY_OFFSETS (in minutes east of UTC, from -12:00 to +14:00). */
function zoneOf(offset: number): number {
  return offset < -12 * 60 ? offset + DAY : offset > 14 * 60 ? offset - DAY : offset;
}

/** One input of an analysis as its clock is read: its first bytes, its last ones (null when unknown). */
export interface ClockInput {
  name: string;
  head: Uint8Array | null;
  tail: Uint8Array | null;
  /** Streams the input again from its start: an archive's members are clocked from a pass over it. */
  reopen?: () => AsyncIterable<Uint8Array> | Promise<AsyncIterable<Uint8Array>>;
}

/** Per input: the local time of a plain (or gzipped) file, or of each member of a zip/tar bundle. */
export interface InputClock {
  year?: number;
  day?: number;
  inputs: { localTime?: LocalTime; memberLocalTimes?: Map<string, LocalTime> }[];
}

/**
 * `bundleClock` over the files of an analysis: plain inputs by their head and tail, archives (when
 * they can be streamed again) by each member's (see `memberEnds`), so the files of one incident
 * bundle line up too, and take its year.
 */
export async function inputClock(
  inputs: readonly ClockInput[],
  options: ClockOptions = {},
): Promise<InputClock> {
  const heads: (Uint8Array | null)[] = [];
  const tails: (Uint8Array | null)[] = [];
  const owners: { input: number; member: string | null }[] = [];
  for (const [i, input] of inputs.entries()) {
    const members =
      input.head !== null && input.reopen && isArchive(input.head)
        ? await memberEnds(await input.reopen(), input.name, {
            bundlesOnly: inputs.length === 1 && options.timeZone === undefined,
          })
        : null;
    if (members === null) {
      heads.push(input.head);
      tails.push(input.tail);
      owners.push({ input: i, member: null });
    } else
      for (const m of members) {
        heads.push(m.head);
        tails.push(m.tail);
        owners.push({ input: i, member: m.bundle ? m.name : null });
      }
  }
  const clock = await bundleClock(heads, tails, options);
  const result: InputClock = {
    ...(clock.year === undefined ? {} : { year: clock.year }),
    ...(clock.day === undefined ? {} : { day: clock.day }),
    inputs: inputs.map(() => ({})),
  };
  clock.localTimes.forEach((localTime, k) => {
    const owner = owners[k];
    const entry = owner === undefined ? undefined : result.inputs[owner.input];
    if (localTime === undefined || owner === undefined || entry === undefined) return;
    if (owner.member === null) entry.localTime = localTime;
    else (entry.memberLocalTimes ??= new Map()).set(owner.member, localTime);
  });
  return result;
}

/**
 * Reads the heads (first bytes) and tails (last bytes, null when unknown) of a bundle's inputs: the
 * year and day their dates share, and the local time of each zone-less file (see the file comment).
 */
export async function bundleClock(
  heads: readonly (Uint8Array | null)[],
  tails: readonly (Uint8Array | null)[],
  options: ClockOptions = {},
): Promise<BundleClock> {
  const zone = options.timeZone;
  // One file alone is read as written, unless it says its zone (see DECLARED_ZONE).
  if (heads.length < 2 && zone === undefined && !heads.some((h) => h !== null && mayDeclareZone(h)))
    return { localTimes: heads.map(() => undefined) };
  const year = heads.length < 2 ? undefined : (commonYear(heads) ?? undefined);
  const day = heads.length < 2 ? undefined : (commonDay(heads) ?? undefined);
  // With a zone given, only the head is needed: the file's first time says which offset applies.
  const clocks = await Promise.all(
    heads.map((head, i) => fileClock(head, zone === undefined ? (tails[i] ?? null) : head, year, day)),
  );
  const localTimes = zone === undefined ? withDeclaredZones(clocks) : clocks.map((c) => inZone(c, zone));
  if (zone === undefined) await placeRuns(heads, tails, clocks, localTimes);
  return {
    ...(year === undefined ? {} : { year }),
    ...(day === undefined ? {} : { day }),
    localTimes,
  };
}

/** Shortest span of the timed files against which a run is placed (see placeRuns)… */
const MIN_RUN_SPAN_MS = 60 * MINUTE;
/** …and how near its length must be to it: a twentieth of it, TOLERANCE_MS at most. */
const RUN_FIT = 1 / 20;

/**
 * Places the files timed only by the seconds since their program started (Linkerd's proxy, `[
 * 21597.997112s]`, which never writes its start): one whose seconds span the timed files' span — an
 * hour or more, to a twentieth of it — started as they start, and ends as they end (blind13 22/s09:
 * six hours of a proxy's uptime beside six hours of its mesh). Its `runStartMs` is written into
 * `localTimes`; a run of another length is left untimed (its start cannot be known).
 */
async function placeRuns(
  heads: readonly (Uint8Array | null)[],
  tails: readonly (Uint8Array | null)[],
  clocks: readonly (FileClock | null)[],
  localTimes: (LocalTime | undefined)[],
): Promise<void> {
  let start = Infinity;
  let end = -Infinity;
  clocks.forEach((c, i) => {
    if (c === null) return;
    const shift = (localTimes[i]?.offsetMinutes ?? 0) * MINUTE;
    start = Math.min(start, c.first - shift);
    end = Math.max(end, c.last - shift);
  });
  const spanMs = end - start;
  if (!(spanMs >= MIN_RUN_SPAN_MS)) return;
  for (const [i, head] of heads.entries()) {
    const tail = tails[i] ?? null;
    if (clocks[i] !== null || head === null || tail === null || isCompressed(head)) continue;
    const run = await runSpan(head, tail);
    if (
      run === null ||
      Math.abs(run.lastMs - run.firstMs - spanMs) > Math.min(TOLERANCE_MS, RUN_FIT * spanMs)
    )
      continue;
    const from = new Date(start).toISOString().slice(0, 16);
    localTimes[i] = {
      offsetMinutes: 0,
      runStartMs: start - run.firstMs,
      evidence: `its seconds since its program started placed on the others' clock: they span ${spokenSpan(run.lastMs - run.firstMs)}, as the files whose time is known do (${from}Z–${new Date(end).toISOString().slice(11, 16)}Z), so it starts and ends with them`,
    };
  }
}

/** "5 h 59 min". */
function spokenSpan(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  return minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
}

/**
 * The first and last `uptime` (ms) of a file whose events have no time (see placeRuns): from its head
 * and its tail, the tail's after the head's (a run that started again, its seconds back near zero, is
 * no one run: null).
 */
async function runSpan(
  head: Uint8Array,
  tail: Uint8Array,
): Promise<{ firstMs: number; lastMs: number } | null> {
  const uptimes = async (bytes: Uint8Array): Promise<number[] | null> => {
    const found: number[] = [];
    try {
      for await (const batch of readEventBatches(oneChunk(bytes), { name: 'clock' }))
        for (const event of batch) {
          if (event.timestamp !== null && !event.timestampInherited) return null;
          const uptime = event.attributes.uptime;
          if (typeof uptime === 'number') found.push(uptime * 1000);
        }
    } catch (error) {
      if (error instanceof InputError) return null;
      throw error;
    }
    return found;
  };
  const [first, last] = await Promise.all([uptimes(head), uptimes(wholeLines(head, tail))]);
  const firstMs = first?.[0];
  const lastMs = last?.at(-1);
  if (firstMs === undefined || lastMs === undefined || lastMs <= firstMs) return null;
  return { firstMs, lastMs };
}

/**
 * `localTimes`, where the zone-less files that say their zone are read in it first — and, so read,
 * are files whose zone is known to the others.
 */
function withDeclaredZones(clocks: readonly (FileClock | null)[]): (LocalTime | undefined)[] {
  const declared = clocks.map((c): LocalTime | undefined => {
    if (c !== null && c.zoneless && c.innerOffset !== undefined)
      return {
        offsetMinutes: c.innerOffset,
        evidence: `times without a zone read as local time ${utcOffset(c.innerOffset)}, as the zoned times inside its lines say`,
      };
    if (c === null || !c.zoneless || c.declaredZone === undefined) return undefined;
    const offset = zoneOffsetMinutes(c.declaredZone, c.first);
    if (offset === null) return undefined;
    return {
      offsetMinutes: offset,
      evidence: `times without a zone read in ${c.declaredZone} (${utcOffset(offset)}), as the file's first lines say`,
    };
  });
  const known = clocks.map((c, i): FileClock | null => {
    const local = declared[i];
    if (c === null || local === undefined) return c;
    const shift = local.offsetMinutes * MINUTE;
    return { first: c.first - shift, last: c.last - shift, zoneless: false, zoneWord: null };
  });
  const guessed = localTimes(known);
  return clocks.map((_, i) => {
    const local = declared[i];
    // UTC+00:00 is read as written.
    if (local !== undefined) return local.offsetMinutes === 0 ? undefined : local;
    return guessed[i];
  });
}

/**
 * A zone named in a process's first lines: the environment it prints (`TZ=Europe/Istanbul`,
 * ZooKeeper's `Server environment:TZ=…`), the JVM's `user.timezone=America/Lima`. An IANA name with
 * its area only: `TZ=CET` and the like are left to the file's times.
 */
const DECLARED_ZONE =
  /\b(?:TZ|user\.timezone)=((?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?|Etc\/UTC|UTC)\b/;

/** Whether a file's first bytes may name its zone (a quick test before its events are read). */
function mayDeclareZone(bytes: Uint8Array): boolean {
  const text = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
  return DECLARED_ZONE.test(text) || INNER_ZONED_IN_LINE.test(text);
}

/**
 * A zoned time inside a line, after its header: a device's own time behind a syslog relay's
 * (Citrix NetScaler's `Aug 11 01:57:00 <local0.info> 10.0.0.30 08/11/2024:08:57:00 GMT ns-vpx01 …`),
 * ISO 8601 with `Z` or an offset, an access log's `[11/Aug/2024:08:57:00 +0000]`.
 */
const INNER_TIME =
  /(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?: ?(?:Z|[+-]\d\d:?\d\d|UTC|GMT))|(\d\d)\/(\d\d)\/(\d{4}):(\d\d):(\d\d):(\d\d) (?:GMT|UTC)|\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d [+-]\d{4})(?![\w:])/
    .source;
/** In a message: at its start or after a blank or bracket. */
const INNER_ZONED = new RegExp(`(?:^|[ \\t[(])${INNER_TIME}`);
/** In a file's first bytes: inside a line (a line that opens with one is read with its zone already). */
const INNER_ZONED_IN_LINE = new RegExp(`[ \\t[(]${INNER_TIME}`);

/** Events of a file's opening whose zoned inner time is compared with their own (see innerOffsetOf). */
const INNER_EVENTS = 50;
/** Of those with one, how many must give the same offset, at least. */
const INNER_AGREEING = 5;

/**
 * The offset of an event's own zone-less time (read as UTC) from the zoned time inside its message, to
 * a quarter of an hour (the clocks of a relay and its device may differ by a minute or two), and the
 * inner time; or null. Taken modulo a day: a year-less header read in another year (a file alone is
 * read in the current one) or a date read in the other order (`MM/DD` or `DD/MM`) still gives it.
 */
function innerOffsetOf(at: number, message: string, year: number): { offset: number; inner: number } | null {
  const m = INNER_ZONED.exec(message.length > 160 ? message.slice(0, 160) : message);
  if (m === null) return null;
  let inner: number | null;
  if (m[2] !== undefined) {
    const [a, b, y, hh, mm, ss] = [m[2], m[3], m[4], m[5], m[6], m[7]].map(Number) as number[];
    inner = Date.UTC(y ?? 0, (a ?? 0) - 1, b, hh, mm, ss);
  } else {
    inner = parseTimestamp(m[1] ?? '', { year });
    if (inner !== null && lastParseWasNaive()) inner = null;
  }
  if (inner === null || Number.isNaN(inner)) return null;
  let minutes = (((at - inner) / MINUTE) % DAY) + DAY;
  minutes %= DAY;
  if (minutes > 14 * 60) minutes -= DAY;
  const offset = Math.round(minutes / 15) * 15;
  return Math.abs(minutes - offset) <= 2 && offset >= -12 * 60 ? { offset, inner } : null;
}

/**
 * The offset most of the inner times give, when enough give it (see INNER_AGREEING) at as many
 * distinct times — a time a message mentions, the same on every line, moves not with the clock —
 * else undefined.
 */
function agreedOffset(found: readonly { offset: number; inner: number }[]): number | undefined {
  const times = new Map<number, Set<number>>();
  for (const { offset, inner } of found) {
    let set = times.get(offset);
    if (set === undefined) times.set(offset, (set = new Set()));
    set.add(inner);
  }
  for (const [offset, set] of times) {
    const count = found.filter((f) => f.offset === offset).length;
    if (set.size >= INNER_AGREEING && count * 5 >= found.length * 4) return offset;
  }
  return undefined;
}

export interface ClockOptions {
  /**
   * The zone the files' zone-less times are written in, as the user says (an IANA name such as
   * `Europe/Berlin`, or an offset such as `+05:30`): read so instead of being guessed (see
   * `zoneOffsetMinutes`). Zoned times are never moved.
   */
  timeZone?: string;
}

/** The local time of a zone-less file in the zone the user gave: its offset at the file's first time. */
function inZone(c: FileClock | null, zone: string): LocalTime | undefined {
  if (c === null || !c.zoneless) return undefined;
  // The first time read as UTC is hours off at most: near enough to pick the zone's summer or winter offset.
  const offset = zoneOffsetMinutes(zone, c.first);
  if (offset === null || offset === 0) return undefined;
  return {
    offsetMinutes: offset,
    evidence: `${whatTimes(c)} read in ${zone} (${utcOffset(offset)}), as the time zone given says`,
  };
}

const OFFSET = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d\d))?$/i;

/**
 * Minutes east of UTC of a zone at a moment: an IANA name (`Europe/Berlin`, summer or winter time as
 * at `at`), `UTC`, or a fixed offset (`+05:30`, `-0300`, `UTC+2`). Null for a name that is neither.
 */
export function zoneOffsetMinutes(zone: string, at: number): number | null {
  const fixed = OFFSET.exec(zone.trim());
  if (fixed) {
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? 0);
    return minutes > 14 * 60 ? null : fixed[1] === '-' ? -minutes : minutes;
  }
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(at))
      .find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    return null;
  }
  if (name === undefined) return null;
  if (name === 'GMT') return 0;
  const m = /^GMT([+-])(\d\d):(\d\d)$/.exec(name);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * The local time of each zone-less clock that only fits beside the zoned ones at a zone's offset. A
 * bundle without zoned files is given one when a file's ambiguous zone word (PostgreSQL's `IST`) has
 * exactly one meaning under which the file lines up with zone-less files read as UTC (see
 * `resolveAmbiguous`).
 */
export function localTimes(clocks: readonly (FileClock | null)[]): (LocalTime | undefined)[] {
  const resolved = resolveAmbiguous(clocks);
  // Without a file that writes its zone, the Kubernetes components' klog files stand for UTC.
  const byKlog = !clocks.some((c) => c !== null && !c.zoneless) && clocks.some((c) => c?.klog === true);
  const isReference = (c: FileClock): boolean => !c.zoneless || (byKlog && c.klog === true);
  let start = Infinity;
  let end = -Infinity;
  clocks.forEach((c, i) => {
    const offset = c === null ? undefined : isReference(c) ? 0 : resolved[i]?.offsetMinutes;
    if (c === null || offset === undefined) return;
    start = Math.min(start, c.first - offset * MINUTE);
    end = Math.max(end, c.last - offset * MINUTE);
  });
  // A zone-less file that starts with the zoned ones as written keeps UTC: the bundle lasts as long
  // as it does, though the zoned files went silent before its end (an access log that stopped).
  for (const c of clocks)
    if (c !== null && !isReference(c) && c.zoneWord === null && Math.abs(c.first - start) <= TOLERANCE_MS)
      end = Math.max(end, c.last);
  // The offsets the zoned files write: the local time of the bundle's machines, most likely that of
  // its zone-less files too.
  const written = new Set<number>();
  for (const c of clocks) if (c !== null && !c.zoneless && c.offsetMinutes) written.add(c.offsetMinutes);
  return clocks.map((c, i) => {
    if (resolved[i] !== undefined) return resolved[i];
    if (c === null || isReference(c) || start === Infinity) return undefined;
    // Already within the others' span: read as written.
    if (c.first >= start - TOLERANCE_MS && c.last <= end + TOLERANCE_MS) return undefined;
    // The offsets at which the file lies within the zoned files' span; of several, the one at which it
    // starts with them, else the one at which it ends with them (a quiet log's first line may come
    // minutes after the others').
    // At an offset the zoned files write, a file that starts with them may also end after them, by
    // half their span at most: the zoned file is the one that went silent (varnish's `+1000` stopped
    // 22 minutes before the end; Keycloak's and the app's local times go on).
    const outlasts = (offset: number): boolean =>
      written.has(zoneOf(offset)) &&
      Math.abs(c.first - offset * MINUTE - start) <= TOLERANCE_MS &&
      c.last - offset * MINUTE <= end + (end - start) / 2;
    // Likewise a file that ends with them and began before them: a server running before the bundle's
    // window opened (a Factorio server up 3.4 hours before the others' first lines, blind11 23/s05).
    const precedes = (offset: number): boolean =>
      written.has(zoneOf(offset)) &&
      Math.abs(c.last - offset * MINUTE - end) <= TOLERANCE_MS &&
      c.first - offset * MINUTE < start;
    const candidates =
      c.zoneWord === null
        ? c.dateless === true
          ? DAY_OFFSETS
          : OFFSETS
        : (ambiguousOffsets(c.zoneWord) ?? []);
    // At an offset the zoned files write, the span's bounds are looser (a twentieth of it): a zoned
    // file of a line every few minutes (chronyd's own log beside a 5G core's zone-less ones, -03:30)
    // has its robust start ten minutes after its first line (blind21 10/s10).
    const slack = (offset: number): number =>
      written.has(zoneOf(offset)) ? Math.max(TOLERANCE_MS, (end - start) / 20) : TOLERANCE_MS;
    const fits = candidates.filter(
      (offset) =>
        (c.first - offset * MINUTE >= start - slack(offset) &&
          c.last - offset * MINUTE <= end + slack(offset)) ||
        outlasts(offset) ||
        precedes(offset),
    );
    const nearest = (at: (offset: number) => number): number | null => {
      let best: number | null = null;
      for (const offset of fits)
        if (at(offset) <= TOLERANCE_MS && (best === null || at(offset) < at(best))) best = offset;
      return best;
    };
    const startResidual = (offset: number) => Math.abs(c.first - offset * MINUTE - start);
    const endResidual = (offset: number) => Math.abs(c.last - offset * MINUTE - end);
    // Of the offsets at which it starts or ends with them, one the zoned files write comes first:
    // PHP-FPM's first warnings come minutes after varnish's first requests (`+0530`); at +05:45
    // (Nepal) it would start with them, ending a quarter of an hour early; at +05:30 it ends with them.
    const shared = nearest((offset) =>
      written.has(zoneOf(offset)) ? Math.min(startResidual(offset), endResidual(offset)) : Infinity,
    );
    // Else an offset the zoned files write at which it lies within their span, though it starts and
    // ends apart from them, before one they do not write at which an end lines up: Ansible's log
    // writes while playbooks run, from a quarter of an hour after the others' start to half an hour
    // before their end at +11:00, which the activemq beside it and the zoned files write; at +10:30
    // its end lined up (blind10 5/s04).
    const sharedFit = shared ?? fits.find((offset) => written.has(zoneOf(offset))) ?? null;
    const best =
      sharedFit ??
      nearest(startResidual) ??
      nearest(endResidual) ??
      (fits.length === 1 ? (fits[0] ?? null) : null);
    if (best === null) return undefined;
    const startsWith = startResidual(best) <= TOLERANCE_MS;
    const endsWith = endResidual(best) <= TOLERANCE_MS;
    const span = `(${new Date(start).toISOString().slice(0, 16)}Z–${new Date(end).toISOString().slice(11, 16)}Z)`;
    const known = byKlog
      ? 'the Kubernetes klog files (read as UTC, the time Kubernetes nodes keep)'
      : 'the files whose zone is known';
    const zone = zoneOf(best);
    const day = best === zone ? '' : best < zone ? ' on the day after' : ' on the day before';
    return {
      offsetMinutes: best,
      evidence:
        `${whatTimes(c)} read as local time ${utcOffset(zone)}${day}: so read, the file ` +
        (startsWith
          ? `starts with ${known} ${span}${endsWith ? ' and ends with them' : c.last - best * MINUTE > end ? ' and ends after them (they went silent first)' : ' and ends within their span'}`
          : endsWith
            ? `ends with ${known} ${span}, having started ${c.first - best * MINUTE < start - TOLERANCE_MS ? 'before them' : 'within their span'}`
            : `lies within the span of ${known} ${span}${best === sharedFit ? '' : ', at no other offset'}`) +
        (best === sharedFit ? ', at the offset they write' : '') +
        '; read as UTC it would lie outside it',
    };
  });
}

function whatTimes(c: FileClock): string {
  if (c.dateless === true) return 'times of day without a date or zone';
  return c.zoneWord === null ? 'times without a zone' : `times in ${c.zoneWord} (which names several zones)`;
}

/**
 * Without zoned files: each file whose times carry an ambiguous zone word is read at the one meaning
 * of it (IST: +05:30, +02:00 or +01:00) under which it starts and ends with the most zone-less files
 * without such a word, read as UTC (the kubelet's klog beside PostgreSQL's `IST`) — if one meaning
 * does so for at least one file and no other matches as many.
 */
function resolveAmbiguous(clocks: readonly (FileClock | null)[]): (LocalTime | undefined)[] {
  const resolved: (LocalTime | undefined)[] = clocks.map(() => undefined);
  if (clocks.some((c) => c !== null && !c.zoneless)) return resolved;
  const plain = clocks.filter((c): c is FileClock => c !== null && c.zoneWord === null);
  clocks.forEach((c, i) => {
    const meanings = c?.zoneWord ? ambiguousOffsets(c.zoneWord) : null;
    if (c === null || meanings === null) return;
    const scores = meanings.map(
      (offset) =>
        plain.filter(
          (p) =>
            Math.abs(c.first - offset * MINUTE - p.first) <= TOLERANCE_MS &&
            Math.abs(c.last - offset * MINUTE - p.last) <= TOLERANCE_MS,
        ).length,
    );
    const top = Math.max(...scores);
    if (top === 0) {
      resolved[i] = sharedLocalClock(c, meanings, plain);
      return;
    }
    if (scores.filter((n) => n === top).length > 1) return;
    const offset = meanings[scores.indexOf(top)] ?? 0;
    if (offset === 0) return;
    resolved[i] = {
      offsetMinutes: offset,
      evidence:
        `${whatTimes(c)} read as local time ${utcOffset(offset)}: so read, the file starts and ends ` +
        `with ${top} file${top > 1 ? 's' : ''} whose times carry no zone (read as UTC)`,
    };
  });
  return resolved;
}

/**
 * An ambiguous zone word's file that no meaning lines up with zone-less files read as UTC, but that
 * starts and ends with some as written: the bundle's machines keep one local clock, which the word
 * names (PostgreSQL's `IST` beside uWSGI's and Keycloak's zone-less times, all in India's). No
 * meaning of the word is UTC, so the file is read at its most common one (the first of
 * AMBIGUOUS_ZONES'), and the zone-less files sharing its clock follow it (see localTimes). Undefined
 * when no zone-less file shares its clock.
 */
function sharedLocalClock(
  c: FileClock,
  meanings: readonly number[],
  plain: readonly FileClock[],
): LocalTime | undefined {
  const offset = meanings[0];
  const sharing = plain.filter(
    (p) => Math.abs(c.first - p.first) <= TOLERANCE_MS && Math.abs(c.last - p.last) <= TOLERANCE_MS,
  ).length;
  if (offset === undefined || offset === 0 || sharing === 0) return undefined;
  return {
    offsetMinutes: offset,
    evidence:
      `${whatTimes(c)} read as local time ${utcOffset(offset)}, its most common meaning: no meaning ` +
      `lines the file up with files read as UTC, and ${sharing} file${sharing > 1 ? 's' : ''} whose ` +
      `times carry no zone start${sharing > 1 ? '' : 's'} and end${sharing > 1 ? '' : 's'} with it as written (one local clock)`,
  };
}

/** "UTC+05:30", "UTC-03:00". */
function utcOffset(minutes: number): string {
  const a = Math.abs(minutes);
  const hh = String(Math.floor(a / 60)).padStart(2, '0');
  const mm = String(a % 60).padStart(2, '0');
  return `UTC${minutes < 0 ? '-' : '+'}${hh}:${mm}`;
}

/**
 * The first and last times of a file from its first bytes and its last ones (null without both, or
 * when they hold no timestamp), read as the file itself will be.
 */
export async function fileClock(
  head: Uint8Array | null,
  tail: Uint8Array | null,
  year: number | undefined,
  day: number | undefined,
): Promise<FileClock | null> {
  if (head === null || tail === null || isCompressed(head)) return null;
  const start = await span(head, year, day, true);
  const rest = wholeLines(head, tail);
  // A CSV's rows are read by its header row, which the tail lacks (a Windows DHCP server's date and
  // time columns apart, `11,08/18/25,12:18:31,Renew,…`, read alone, gave midnight): read after the
  // head, so the head's header names the tail's columns (its last times are the tail's still).
  // Likewise seconds since a start the head gives (Factorio's `   0.000 2026-11-15 12:56:26; Factorio …`,
  // then `18392.597 Info …`): read alone, the tail has no time.
  const readOn = (start?.csv === true || start?.elapsed === true) && tail !== head;
  const end = await span(readOn ? concatBytes([head, rest]) : rest, year, day);
  if (start === null || end === null) return null;
  // Times of day alone: the tail, read apart, does not know that the file went past midnight.
  const dateless = start.dateless === true && end.dateless === true;
  // Newest first (PowerShell's `Get-WinEvent` lists the latest event first): the tail is the start.
  const descending = !dateless && start.last < start.first && end.last < end.first;
  // (In order, its ends are its earliest and latest times that lie with their neighbours: see robustEnd.)
  const first = descending ? end.last : (start.earliest ?? start.first);
  const last = descending ? start.first : (end.latest ?? end.last);
  return {
    first,
    last: dateless && last < first ? last + DAY * MINUTE : last,
    zoneless: start.zoneless && end.zoneless,
    zoneWord: start.zoneWord ?? end.zoneWord,
    ...(start.offsetMinutes !== undefined && start.offsetMinutes === end.offsetMinutes
      ? { offsetMinutes: start.offsetMinutes }
      : {}),
    ...(start.klog === true && end.klog === true ? { klog: true } : {}),
    ...(dateless ? { dateless: true } : {}),
    ...(start.declaredZone === undefined ? {} : { declaredZone: start.declaredZone }),
    ...(start.innerOffset === undefined ? {} : { innerOffset: start.innerOffset }),
  };
}

/**
 * A file's tail from its first whole line on (the tail starts mid-line; all of it when the head is
 * the file). In UTF-16 LE (a BOM FF FE), a line ends with the bytes 0A 00: the next starts after both.
 */
function wholeLines(head: Uint8Array, tail: Uint8Array): Uint8Array {
  if (tail === head) return tail;
  const littleEndian = head[0] === 0xff && head[1] === 0xfe;
  return tail.subarray(tail.indexOf(10) + (littleEndian ? 2 : 1));
}

/**
 * The times at either end of some bytes of a file: the median of the first and of the last
 * `ROBUST_ENDS` timestamps written, so a stray line (an epoch number in a SQL statement, a time in a
 * message) does not move them; and of those, the earliest and the latest that lie with the others
 * (see robustEnd).
 */
async function span(
  bytes: Uint8Array,
  year: number | undefined,
  day: number | undefined,
  opening = false,
): Promise<(FileClock & { earliest?: number; latest?: number }) | null> {
  const times: number[] = [];
  let klogLines = 0;
  let declaredZone: string | undefined;
  const innerOffsets: { offset: number; inner: number }[] = [];
  let opened = 0;
  let zoneless = false;
  let zoneWord: string | null = null;
  let offsetMinutes: number | undefined;
  let dateless = false;
  let csv = false;
  let elapsed = false;
  try {
    const batches = readEventBatches(oneChunk(bytes), {
      name: 'clock',
      ...(year === undefined ? {} : { year }),
      ...(day === undefined ? {} : { day }),
      onFileDone: (stats) => {
        zoneless = stats.zoneless === true;
        zoneWord = stats.ambiguousZone ?? null;
        offsetMinutes = stats.zoneOffsetMinutes;
        dateless = stats.dateless === true;
        // (A W3C extended log's "#Fields:" directive names its columns as a CSV's header row does:
        // Wowza's date, time and zone apart.)
        csv = stats.format === 'csv' || stats.formatEvidence.startsWith('W3C extended log');
        elapsed = / seconds since (?:boot|their program started)/.test(stats.formatEvidence);
      },
    });
    for await (const batch of batches)
      for (const event of batch) {
        if (event.timestamp !== null && !event.timestampInherited) times.push(event.timestamp);
        if (opensWithKlog(event.raw)) klogLines++;
        // The file's opening: a process says its zone as it starts.
        if (opening && declaredZone === undefined && times.length <= 50)
          declaredZone = DECLARED_ZONE.exec(event.message)?.[1];
        // Its zone-less times beside the zoned ones inside its lines (a relay's header before a device's time).
        if (opening && event.timestamp !== null && opened++ < INNER_EVENTS) {
          const found = innerOffsetOf(event.timestamp, event.message, year ?? new Date().getUTCFullYear());
          if (found !== null) innerOffsets.push(found);
        }
      }
  } catch (error) {
    // Compressed, binary or empty: no clock (the file itself will say what it is).
    if (error instanceof InputError) return null;
    throw error;
  }
  if (times.length === 0) return null;
  const innerOffset = agreedOffset(innerOffsets);
  return {
    first: median(times.slice(0, ROBUST_ENDS)),
    last: median(times.slice(-ROBUST_ENDS)),
    earliest: robustEnd(times.slice(0, ROBUST_ENDS), -1),
    latest: robustEnd(times.slice(-ROBUST_ENDS), 1),
    zoneless,
    zoneWord,
    ...(offsetMinutes === undefined ? {} : { offsetMinutes }),
    // Most of its events: a bundle's files are one program's each.
    ...(klogLines * 2 > times.length ? { klog: true } : {}),
    ...(dateless ? { dateless: true } : {}),
    ...(declaredZone === undefined ? {} : { declaredZone }),
    ...(innerOffset === undefined ? {} : { innerOffset }),
    ...(csv ? { csv: true } : {}),
    ...(elapsed ? { elapsed: true } : {}),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

/**
 * The earliest (`side` -1) or latest (1) of a file's first or last times that lies with the others:
 * within four times their median distance from their median (and a minute). A stray time far from
 * the rest does not move it; a sparse file's own first line does — its median would start chrony's
 * `Selected source` lines, 70 over three hours, ten minutes after they do, and the zone-less files
 * beside it, starting with them, would not be seen to.
 */
function robustEnd(values: number[], side: -1 | 1): number {
  const m = median(values);
  const spread = median(values.map((v) => Math.abs(v - m)));
  const reach = 4 * spread + MINUTE;
  let end = m;
  for (const v of values) if (Math.abs(v - m) <= reach && (v - end) * side > 0) end = v;
  return end;
}

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
