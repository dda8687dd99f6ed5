// Silences after a crash: a file whose last line before a long gap is a stack trace, a fatal or an
// error line — the process died there — and which starts logging again (restarted). Tracked while
// events stream in: each file's previous event and the time of its latest line; a gap of a second or
// more is counted in a per-file histogram (how long this file's pauses usually are) and, after a
// crash-like line, kept as a candidate for the detector (detectors/crash-silence.ts).
import type { AttributeValue, MinedEvent } from '../types';
import { exemplarOf, shortened, type Exemplar } from './exemplars';
import { detach } from '../fields/strings';
import { WILDCARD } from '../mining/mask-token';
import { criticalSignature } from './detectors/critical-signatures';

/** Gaps shorter than this are not counted (every busy file has them). */
export const GAP_FLOOR_MS = 1000;
/** Gaps after a crash-like line shorter than this are not candidates. */
const MIN_CRASH_GAP_MS = 10_000;
const MAX_CANDIDATES = 64;
/** Histogram bins: bin b holds gaps of 2^b to 2^(b+1) seconds. */
const GAP_BINS = 24;

/** Per file: what the gap detection needs of its latest event. */
export interface FileGaps {
  /** Time of the file's latest line so far (-Infinity before its first timed event). */
  lastTs: number;
  firstTs: number;
  /**
   * The file's previous event when it may read like a crash (an error or fatal line, or several
   * lines), else null. Held while the file is being read; when another file's events come, it is
   * copied into `lastWords` and let go (an event pins the input chunk it was read from).
   */
  lastEvent: MinedEvent | null;
  /** The copy of `lastEvent`'s last words (see lastWordsOf), when the file is not being read. */
  lastWords: LastWords | null;
  /** The message of the file's previous event (detached when another file's events come). */
  lastMessage: string;
  /**
   * Whether the file's last timed event or one of the untimed events since said it was stopping
   * (uWSGI's "goodbye to uWSGI." and its restart banner may carry no time of their own), and how
   * many untimed events were read.
   */
  stopSaid: boolean;
  untimedRun: number;
  /**
   * Time of the file's latest event of a pattern that says its process is stopping (see
   * PatternTrack.stops; -Infinity before one): a shutdown may say more after it (Sidekiq's "Shutting
   * down", three lines, then "Bye!").
   */
  stopMs: number;
  /**
   * The file's latest stack trace (its last words and time; null, -Infinity before one): a process
   * that says it is shutting down a moment after one is ending on it (see TRACE_BEFORE_STOP_MS).
   */
  traceWords: LastWords | null;
  traceMs: number;
  /** Gaps of at least GAP_FLOOR_MS, by power of two of seconds (made at the first one). */
  bins: Int32Array | null;
  /**
   * The file's longest pause so far (ms, 0 before any), the time of the line before it and the
   * file's events before it.
   */
  longestGapMs: number;
  longestGapFromMs: number;
  longestGapAfter: number;
  /**
   * The file's unusual pauses (see UNUSUAL_PAUSE_MS), the first MAX_PAUSES of them, and whether the
   * line after each announced a start (STARTUP); null before any.
   */
  pauses: { fromMs: number; toMs: number; restarted: boolean }[] | null;
}

// A process announcing itself: what a restart's first lines say.
export const STARTUP =
  /\b(start(?:ing|ed|up)|boot(?:ing|ed)?|initiali[sz](?:ing|ed)|listening (?:on|at)|launch(?:ing|ed)|ready to accept|up and running|version|pid)\b/i;

/** A pause is unusual from five seconds… */
const UNUSUAL_PAUSE_MS = 5_000;
/** …and ten times the file's mean time between lines before it. */
const UNUSUAL_PAUSE_FACTOR = 10;
/** Unusual pauses kept per file. */
const MAX_PAUSES = 64;

export type CrashKind = 'stack trace' | 'fatal' | 'error';

export interface LastWords {
  kind: CrashKind;
  /** The event, its text shortened to the first and last lines of a stack trace. */
  exemplar: Exemplar;
}

export interface CrashGap {
  file: string;
  kind: CrashKind;
  /** The crash-like event, its text shortened to the first and last lines of a stack trace. */
  lastWords: Exemplar;
  /** The first event after the gap, and its message. */
  resumed: Exemplar;
  resumedMessage: string;
}

// A stack trace's frames or headline: Python, Java/.NET, Go, Node, Ruby. (Node names a frame's function
// before a blank and its place in parentheses: "    at Receive.onDeviceMessage (/app/lib/receive.ts:184:33)",
// "    at async Promise.all (index 0)".)
const STACK =
  /^Traceback \(most recent call last\):|^\s+File "[^"]+", line \d+|^\s+at (?:(?:async|new) )?[\w$.<>/]+ ?[(:]|^goroutine \d+ \[|^panic: |^\s+from [^:\s]+:\d+:in /m;

/**
 * A native backtrace's frame logged as a line of its own, as Asterisk's logger writes them after a
 * failed assertion (`#7: [0x7f77f5488344] libc.so.6 start_thread() (0x7f6b8b3fc676+2EE)`), or gdb's
 * and glibc's `#0  0x00007f… in raise () from …`: a process that stops right after one crashed.
 */
const BACKTRACE_FRAME = /^#\d{1,3}:? +\[?0x[0-9a-f]{6,16}\]? /;

/**
 * A trace nobody logged: Python's traceback (printed after a WARNING line, the framer joins it to that
 * line), a Go panic's goroutines, the JVM's default handler's report. A warning's other traces (its
 * `at …` frames) are an exception its logger wrote and its program handled — Flink's "Failed to
 * trigger or complete checkpoint … CheckpointException: Checkpoint expired" with a pause of 30 s after
 * it where a line comes every half second, the same jobs' checkpoints completing after it (blind9
 * 31/s06): a logged error, which makes a crash only when a restart follows (see crashKind).
 */
const UNCAUGHT = /^Traceback \(most recent call last\):|^goroutine \d+ \[|^panic: |^Exception in thread /m;

/** Whether an event may be a process's last words (see crashKind): error, fatal, several lines, a backtrace's frame. */
export function mayBeLastWords(event: MinedEvent): boolean {
  return (
    event.level === 'error' ||
    event.level === 'fatal' ||
    event.lineCount > 1 ||
    (event.message.charCodeAt(0) === 35 && BACKTRACE_FRAME.test(event.message))
  );
}

/**
 * Why `event` looks like a process's last words, or null. A runtime's own last words without a header
 * may have been joined to the line before them, whatever its level: GHC's "shop-api: Heap exhausted;"
 * under a katip debug line is a fatal end. A warning's logged trace is an error (see UNCAUGHT).
 */
export function crashKind(event: MinedEvent): CrashKind | null {
  if ((event.lineCount > 1 && STACK.test(event.raw)) || BACKTRACE_FRAME.test(event.message))
    return event.level === 'warn' && !UNCAUGHT.test(event.raw) ? 'error' : 'stack trace';
  if (event.level === 'fatal' || (event.lineCount > 1 && signedLine(event.raw) !== null)) return 'fatal';
  return event.level === 'error' ? 'error' : null;
}

/** The first line after an event's first with a critical signature (see criticalSignature), or null. */
function signedLine(raw: string): string | null {
  const lines = raw.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (criticalSignature(line) !== null) return line;
  }
  return null;
}

// An exception's or a panic's own line: a Python traceback's closing "ValueError: …", a Java/.NET
// exception's first line, a Go "panic: …".
export const HEADLINE = /^\s*(?:[\w.$]+(?:Error|Exception|Exit|Interrupt|Fault)\b|panic: )/;

/**
 * The exception a multi-line event ends in: the class of its last line that reads like an exception
 * ("sqlalchemy.exc.IntegrityError" of "sqlalchemy.exc.IntegrityError: (psycopg2…) duplicate key…",
 * "panic" of a Go panic), or null.
 */
export function exceptionClassOf(raw: string, from = 1): string | null {
  return exceptionOf(raw, from)?.name ?? null;
}

/** An exception's class and the opening of its message, its variables masked (see exceptionOf). */
export interface ExceptionSeen {
  name: string;
  /** The message's first SHAPE_TOKENS words, variables as "<*>"; '' when the exception says nothing more. */
  shape: string;
}

/** Words of an exception's message that tell one failure of its class from another. */
const SHAPE_TOKENS = 6;

/**
 * The first SHAPE_TOKENS words of a message, "…" when it goes on; a word with a digit, a quote, a
 * slash, a backslash, "@" or "=" (an id, a count, a quoted value, a path, an address, a pair) is a
 * variable, "<*>". '' for none, or for variables only (Python's `KeyError: 'a81f9c2e'`: the key is
 * the variable, the class the failure). Read in one pass, without the miner's masks: every traced
 * error runs it (the masks cost a JVM log's `analyze` 8 ms a pass of 150,000 lines).
 */
function messageShape(message: string): string {
  const n = message.length;
  let shape = '';
  let words = 0;
  let named = false;
  let i = 0;
  while (i < n) {
    let c = message.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (words === SHAPE_TOKENS) {
      shape += ' …';
      break;
    }
    const start = i;
    let variable = false;
    let letter = false;
    for (; i < n; i++) {
      c = message.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13) break;
      if (
        (c >= 48 && c <= 57) ||
        c === 34 ||
        c === 39 ||
        c === 96 ||
        c === 47 ||
        c === 92 ||
        c === 64 ||
        c === 61
      )
        variable = true;
      else if ((c | 32) >= 97 && (c | 32) <= 122) letter = true;
    }
    if (!variable && letter) named = true;
    shape += `${words > 0 ? ' ' : ''}${variable ? WILDCARD : message.slice(start, i)}`;
    words++;
  }
  return named ? detach(shape) : '';
}

/**
 * The exception a multi-line event ends in (see exceptionClassOf), with the shape of its message:
 * "Microsoft.Data.SqlClient.SqlException" and "Transaction (Process ID <*> was deadlocked …", where
 * the same class's "Execution Timeout Expired. The timeout period …" is another failure.
 */
export function exceptionOf(raw: string, from = 1): ExceptionSeen | null {
  const lines = raw.split('\n');
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i] ?? '';
    const m = EXCEPTION_CLASS.exec(line);
    if (!m) continue;
    return { name: detach(m[1] ?? ''), shape: messageShape(line.slice(m.index + m[0].length)) };
  }
  return null;
}

// Attributes of a structured line that hold its exception: a stack trace (GCP's jsonPayload
// stack_trace, ECS error.stack_trace, structlog's exception) or the exception's class (error.type).
const EXCEPTION_KEY =
  /(?:^|\.)(?:stack_?trace|stack|exception|exc_info|error|err|error_?type|exception_?class)$/i;

/** The exception a structured (JSON) event carries in its attributes, or null (see exceptionClassOf). */
export function attributeExceptionOf(attributes: Record<string, AttributeValue>): ExceptionSeen | null {
  for (const key in attributes) {
    const value = attributes[key];
    if (typeof value !== 'string' || !EXCEPTION_KEY.test(key)) continue;
    const found = exceptionOf(value, 0);
    if (found !== null) return found;
  }
  return null;
}

// Elixir writes its exception in parentheses: "    ** (Protocol.UndefinedError) protocol Jason.Encoder …".
// Python's requests names its timeouts so: "requests.exceptions.ReadTimeout: HTTPSConnectionPool(…)".
const EXCEPTION_CLASS =
  /^\s*(?:Caused by: |\*\* \()?([\w.$]+(?:Error|Exception|Exit|Interrupt|Fault|Timeout)|panic)\b(?::|\)|$)/;

/**
 * The first line of an event and, for several lines, its exception's line (the last that reads like
 * one: a traceback's closing line, not the exceptions it was raised from), else its first line with a
 * critical signature, else its last line.
 */
export function lastWordsText(raw: string, opening?: string): string {
  const lines = raw.split('\n').filter((l) => l.trim().length > 0);
  const first = opening ?? lines[0] ?? '';
  if (lines.length <= 1) return shortened(first);
  const rest = lines.slice(1);
  const headline =
    [...rest].reverse().find((l) => HEADLINE.test(l)) ?? signedLine(raw) ?? rest[rest.length - 1] ?? '';
  return `${shortened(first)}\n…\n${shortened(headline)}`;
}

/** A file's pause right after it said it was stopping: a planned restart (a deploy), not an outage. */
export interface PlannedStop {
  file: string;
  fromMs: number;
  toMs: number;
}

/** What a process writes as it stops on purpose (gunicorn's "Shutting down: Master", a SIGTERM). */
// (Also a network device's reload an operator asked for: Cisco IOS' "%SYS-5-RELOAD: Reload requested by
// netadmin on vty0 (10.10.0.243). Reload Reason: Reload Command."; Samba's "Got SIGTERM: going down...".)
export const STOPPING =
  /\b(?:shutting down|reload requested|shut ?down complete|is shut down|received (?:fast|smart|immediate) shutdown request|graceful(?:ly)? (?:shutdown|stop\w*)|stopping|stopped|exiting|(?:received|got) (?:signal )?(?:SIGTERM|SIGINT|SIGQUIT|TERM)|handling signal: (?:term|int|quit)|SIGTERM received|goodbye to uWSGI)\b/i;
/**
 * Words that make a stop message a crash's: UniFi's "Fatal exception, shutting down:
 * java.lang.NullPointerException" and its stack trace, "Stopping due to an unhandled error".
 */
const UNPLANNED = /\b(?:fatal|crash(?:ed|ing)?|uncaught|unhandled|unexpected(?:ly)?|panic(?:ked|king)?)\b/i;
/** Whether a message says its process stops on purpose (see STOPPING), not that it crashes. */
export const saysStopping = (message: string): boolean => STOPPING.test(message) && !UNPLANNED.test(message);
/** Pauses after a stop message within these bounds are planned restarts (longer ones are outages). */
const PLANNED_MIN_MS = 20_000;
const PLANNED_MAX_MS = 5 * 60_000;
/** The stop message is the last line before the pause, or one of those of this long before it. */
const STOP_SEQUENCE_MS = 30_000;
/**
 * A stop announced this soon after a stack trace is the trace's doing, no plan: HiveMQ's "An
 * unexpected error occurred on the cluster transport:" and its NullPointerException, then a second
 * later "Shutting down HiveMQ. Please wait…" and its restart half a minute on (blind13 16/s08).
 */
const TRACE_BEFORE_STOP_MS = 5_000;

export class CrashGaps {
  readonly candidates: CrashGap[] = [];
  readonly plannedStops: PlannedStop[] = [];

  /**
   * A timed event came `ts - gaps.lastTs` ≥ GAP_FLOOR_MS after the file's latest line: counts the gap,
   * keeps it as a candidate when the previous event looks like a crash, and among the file's pauses
   * when it is unusual for the file. `events`: the file's events so far, this one included.
   */
  note(gaps: FileGaps, event: MinedEvent, ts: number, events: number): void {
    if (gaps.lastTs === -Infinity) {
      gaps.firstTs = ts;
      return;
    }
    const gap = ts - gaps.lastTs;
    // The file's `events` so far (this one too) lie between its first line and this one.
    if (
      gap >= UNUSUAL_PAUSE_MS &&
      gap * (events - 1) >= UNUSUAL_PAUSE_FACTOR * (ts - gaps.firstTs) &&
      (gaps.pauses?.length ?? 0) < MAX_PAUSES
    )
      (gaps.pauses ??= []).push({ fromMs: gaps.lastTs, toMs: ts, restarted: STARTUP.test(event.message) });
    const bins = (gaps.bins ??= new Int32Array(GAP_BINS));
    const bin = Math.min(GAP_BINS - 1, Math.floor(Math.log2(gap / 1000)));
    bins[bin] = (bins[bin] ?? 0) + 1;
    if (gap > gaps.longestGapMs) {
      gaps.longestGapMs = gap;
      gaps.longestGapFromMs = gaps.lastTs;
      gaps.longestGapAfter = events - 1;
    }
    if (gap < MIN_CRASH_GAP_MS) return;
    const stopSaid = saysStopping(gaps.lastMessage);
    let stopped = gaps.stopSaid || gaps.lastTs - gaps.stopMs <= STOP_SEQUENCE_MS || stopSaid;
    // A stop a stack trace brought about (see TRACE_BEFORE_STOP_MS): the trace is the last words.
    const stopAt = stopSaid || gaps.stopSaid ? gaps.lastTs : gaps.stopMs;
    const traced =
      stopped &&
      gaps.traceWords !== null &&
      gaps.traceMs <= stopAt &&
      stopAt - gaps.traceMs <= TRACE_BEFORE_STOP_MS;
    if (traced) stopped = false;
    if (
      gap >= PLANNED_MIN_MS &&
      gap <= PLANNED_MAX_MS &&
      stopped &&
      this.plannedStops.length < MAX_CANDIDATES
    )
      this.plannedStops.push({ file: detach(event.file), fromMs: gaps.lastTs, toMs: ts });
    // A pause after the process said it was stopping is no crash's, whatever the level of its last
    // line (Samba's "Got SIGTERM: going down..." at its debug level 0, read as an error).
    if (stopped || this.candidates.length >= MAX_CANDIDATES) return;
    const previous = traced
      ? gaps.traceWords
      : gaps.lastEvent !== null
        ? lastWordsOf(gaps.lastEvent)
        : gaps.lastWords;
    if (previous === null) return;
    this.candidates.push({
      file: detach(event.file),
      kind: previous.kind,
      lastWords: previous.exemplar,
      resumed: exemplarOf(event, event.patternId, shortened(event.raw.split('\n', 1)[0] ?? '')),
      resumedMessage: detach(event.message.length > 120 ? `${event.message.slice(0, 120)}…` : event.message),
    });
  }
}

/** Untimed events after a file's last timed one read this far for a stop message (see FileGaps.stopSaid). */
const MAX_UNTIMED_READ = 32;

/** Notes whether an event without a time of its own says its process is stopping (see FileGaps.stopSaid). */
export function noteUntimed(gaps: FileGaps, event: MinedEvent): void {
  if (!event.timestampInherited) {
    gaps.stopSaid = false;
    gaps.untimedRun = 0;
  } else if (!gaps.stopSaid && ++gaps.untimedRun <= MAX_UNTIMED_READ) {
    // The run's first line also reads the timed line before it: uWSGI's timed "goodbye to uWSGI.",
    // then its restart banner without a time of its own.
    gaps.stopSaid = (gaps.untimedRun === 1 && saysStopping(gaps.lastMessage)) || saysStopping(event.message);
  }
}

/** Another file's events come: the file keeps a copy of its last words, not its last event. */
export function letGoOfLastEvent(gaps: FileGaps): void {
  gaps.lastMessage = detach(gaps.lastMessage);
  if (gaps.lastEvent === null) return;
  gaps.lastWords = lastWordsOf(gaps.lastEvent);
  gaps.lastEvent = null;
}

/** An event's last words if it reads like a crash, else null. */
export function lastWordsOf(event: MinedEvent): LastWords | null {
  const kind = crashKind(event);
  if (kind === null) return null;
  // A first line that is its header alone (a time on a line of its own, then a rule of stars: Bitcoin
  // Core's report of an exception) says nothing: the message's first line, read past it, stands for it.
  const newline = event.message.indexOf('\n');
  const opening = newline < 0 ? event.message : event.message.slice(0, newline);
  const firstEnd = event.raw.indexOf('\n');
  const saysIt =
    opening === '' ||
    firstEnd < 0 ||
    event.raw.slice(0, firstEnd).includes(opening) ||
    event.raw.indexOf(opening, firstEnd) < 0;
  return {
    kind,
    exemplar: exemplarOf(
      event,
      event.patternId,
      lastWordsText(event.raw, saysIt ? undefined : opening.trim()),
    ),
  };
}

/** How many of a file's gaps were at least about `ms` long (from its histogram: may count some shorter). */
export function gapsAtLeast(gaps: FileGaps, ms: number): number {
  if (gaps.bins === null) return 0;
  let n = 0;
  for (let b = Math.max(0, Math.floor(Math.log2(ms / 1000))); b < gaps.bins.length; b++)
    n += gaps.bins[b] ?? 0;
  return n;
}
