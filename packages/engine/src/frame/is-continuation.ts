// Rules that decide whether a physical line continues the previous event (stack traces, tracebacks,
// Go panics, indented continuation lines) rather than starting a new one.

const JAVA_EXCEPTION = /^(?:[a-zA-Z_$][\w$]*\.)+[\w$]*(?:Exception|Error|Throwable)(?::|$)/;
/**
 * .NET's exception line, its namespace in capitals ("System.InvalidOperationException: Sequence
 * contains no elements"), the HRESULT after some ("Npgsql.PostgresException (0x80004005): 42P01: …").
 */
const DOTNET_EXCEPTION = /^(?:[A-Z_][\w]*\.)+\w*(?:Exception|Error)(?::| \(0x[0-9A-Fa-f]+\)|$)/;
/**
 * A Ruby backtrace line as Rails logs it, unindented: "app/models/order.rb:42:in `total'", with the
 * gem's name and version before a gem's path ("actionpack (7.0.4) lib/action_controller/….rb:6:in …").
 */
const RUBY_FRAME = /^(?:[\w-]+ \([\w.]+\) )?[\w./@-]+\.rb:\d+:in [`']/;
const NODE_OR_PY_ERROR = /^[A-Z]\w*(?:Error|Exception|Warning)(?::|$)/;
const NODE_THROW_SITE = /^\/[\w./@+-]+\.[cm]?[jt]s:\d+$/;
const NODE_VERSION = /^Node\.js v\d+\.\d+\.\d+$/;
const PHP_FRAME = /^#\d+ (?:\/|[A-Za-z]:\\|\{main\}|\[internal function\])/;
const GO_FRAME = /^(?:[\w.\-/]+\.)?[\w.*()\-[\]]+\(.*\)$/;
/** ClickHouse's numbered frames: "4. DB::InterpreterSelectWithUnionQuery::execute() @ 0x000000000f111ac7 in /usr/bin/clickhouse". */
const NUMBERED_FRAME = /^\d{1,3}\. \S.* @ 0x[0-9a-f]+(?: in \S+)?$/;

/** NUMBERED_FRAME, tested only for a line opening on one to three digits and ". " (no timestamp does). */
function isNumberedFrame(line: string): boolean {
  let i = 1;
  while (i < 3 && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
  return line.charCodeAt(i) === 46 && line.charCodeAt(i + 1) === 32 && NUMBERED_FRAME.test(line);
}

export interface FramingState {
  /** Inside a Python traceback: its last unindented line ("ValueError: …") still belongs to it. */
  inTraceback: boolean;
  /** Inside a Go goroutine dump. */
  inGoroutine: boolean;
  /** Inside the JVM's crash banner: its lines all start with "#". */
  inJvmCrash: boolean;
  /**
   * Lines since a Rust panic's "thread '…' panicked at …:" (0: none): its message on the next line,
   * then its note on RUST_BACKTRACE or its "stack backtrace:" are the panic's.
   */
  inRustPanic: number;
  /**
   * Lines left of a box of stars opened after an event's line (Mule's error report: a rule of stars,
   * `Message : …`, `Error type : …`, a rule of stars): 0 outside one.
   */
  inStarBox: number;
  /** The line before was blank (a box of stars opens only after one). */
  afterBlank: boolean;
}

/** A framing state at the start of a file. */
export function newFramingState(): FramingState {
  return {
    inTraceback: false,
    inGoroutine: false,
    inJvmCrash: false,
    inRustPanic: 0,
    inStarBox: 0,
    afterBlank: false,
  };
}

/** Lines a box of stars holds at most before its closing rule (an unclosed one ends there). */
const STAR_BOX_LINES = 40;

/** Whether a line is a rule of twenty stars or more, alone ("*****…"). */
function isStarRule(line: string): boolean {
  const end = line.trimEnd().length;
  if (end < 20) return false;
  for (let i = 0; i < end; i++) if (line.charCodeAt(i) !== 42) return false;
  return true;
}

/** Zabbix's "  1234:20261125:100000.123 …": its process id padded to six characters, the date and the time. */
const ZABBIX_HEAD = /^ {0,6}\d{1,7}:\d{8}:\d{6}\.\d{3} /;

/** Whether a line that opens with a blank is a Zabbix line's head, not an indented continuation. */
export function isZabbixHead(line: string): boolean {
  const c = line.charCodeAt(line.length > 6 ? 6 : 0);
  return c >= 48 && c <= 58 && ZABBIX_HEAD.test(line);
}

/**
 * Seconds since a program's start right-aligned in a column of eight characters or more, three
 * decimals, then a blank: a line of Factorio's log in its first 1,000 seconds (`   0.000 2025-07-18
 * 17:59:25; Factorio 2.0.55 …`, see format/parse-elapsed-line.ts), not an indented continuation.
 */
const ELAPSED_HEAD = /^ +\d{1,7}\.\d{3} /;

/** Whether a line that opens with a blank opens with such seconds (see ELAPSED_HEAD). */
export function isElapsedHead(line: string): boolean {
  const dot = line.indexOf('.');
  return dot >= 4 && dot <= 8 && line.charCodeAt(dot + 4) === 32 && ELAPSED_HEAD.test(line);
}

/** Whether a line opens Rust's report of a panic: "thread 'main' panicked at src/handlers/catalog.rs:141:42:". */
export function isRustPanic(line: string): boolean {
  return line.charCodeAt(0) === 116 && line.startsWith("thread '") && line.includes("' panicked at ");
}

export function isContinuation(line: string, state: FramingState): boolean {
  const c = line.charCodeAt(0);
  // A blank line never starts an event (tracebacks and Go dumps contain them).
  if (line.length === 0) {
    state.afterBlank = true;
    return true;
  }
  const afterBlank = state.afterBlank;
  state.afterBlank = false;
  if (c === 32 || c === 9) return !(c === 32 && (isZabbixHead(line) || isElapsedHead(line)));
  if (state.inRustPanic > 0) {
    const panic = state.inRustPanic++;
    // The panic's message (a line of its own since Rust 1.73), then how to see its backtrace, or the backtrace.
    if (panic === 1 && c !== 123 && c !== 91 && !(c >= 48 && c <= 57)) return true;
    if (line.startsWith('note: run with `RUST_BACKTRACE') || line === 'stack backtrace:') return true;
    state.inRustPanic = 0;
  }
  // Most lines start with a timestamp or "{": no rule below can apply to them but ClickHouse's frames.
  if (c >= 48 && c <= 57 && isNumberedFrame(line)) return true;
  if (((c >= 48 && c <= 57) || c === 123) && !state.inTraceback && !state.inGoroutine) return false;
  if (state.inStarBox > 0) {
    // Its closing rule is the box's last line.
    state.inStarBox = isStarRule(line) ? 0 : state.inStarBox - 1;
    return true;
  }
  if (state.inTraceback) {
    state.inTraceback = false;
    return true;
  }
  // The fixed openings, tested only for a line starting with their first letter.
  switch (c) {
    case 84: // T
      if (line.startsWith('Traceback (most recent call last)')) {
        state.inTraceback = true;
        return true;
      }
      if (line.startsWith('The above exception was the direct cause')) return true;
      break;
    case 67: // C
      if (line.startsWith('Caused by: ')) return true;
      break;
    case 83: // S
      if (line.startsWith('Suppressed: ')) return true;
      // PHP's uncaught exception: "PHP Fatal error:  Uncaught Error: …", "Stack trace:", "#0 …".
      if (line === 'Stack trace:') return true;
      if (line.startsWith('State: %')) return true;
      break;
    case 68: // D
      if (line.startsWith('During handling of the above')) return true;
      break;
    // Elixir's and Erlang's crash reports: "** (RuntimeError) boom", "** Reason for termination ==",
    // then (Elixir's GenServer) "Last message: :tick" and "State: %{…}".
    case 42: // *
      if (line.startsWith('** ')) return true;
      // A box of stars after an event's line and a blank one is its report (Mule's errors: `ERROR …
      // OnErrorPropagateHandler: `, a blank line, the box), up to its closing rule.
      if (afterBlank && isStarRule(line)) {
        state.inStarBox = STAR_BOX_LINES;
        return true;
      }
      break;
    case 76: // L
      if (line.startsWith('Last message')) return true;
      break;
    case 45: // -
      // .NET's mark between an async method's frames, unindented since .NET Core 3.0.
      if (line.startsWith('--- End of stack trace from previous location')) return true;
      break;
    case 103: // g
      if (line.startsWith('goroutine ') && line.endsWith(':')) {
        state.inGoroutine = true;
        return true;
      }
      break;
  }
  if (state.inGoroutine) {
    if (line.startsWith('created by ') || GO_FRAME.test(line) || line.startsWith('exit status')) return true;
    state.inGoroutine = false;
  }
  if (state.inJvmCrash) {
    if (c === 35) return true;
    state.inJvmCrash = false;
  }
  if (c === 91 && line.startsWith('[signal ')) return true;
  // PHP's stack frames ("#0 /var/www/app/Foo.php(776): Foo->bar()", "#17 {main}") and Laravel's
  // "[stacktrace]" / "[previous exception] [object] (…)" lines around them.
  if (c === 35) return PHP_FRAME.test(line);
  if (c === 91 && (line === '[stacktrace]' || line.startsWith('[previous exception]'))) return true;
  // The line that closes Laravel's exception context after its frames: `"} `, `"} []`.
  if (c === 34 && line.charCodeAt(1) === 125) return true;
  // The version line closing Node's report of an uncaught exception.
  if (c === 78 && line.startsWith('Node.js v') && NODE_VERSION.test(line)) return true;
  if (c >= 97 && c <= 122)
    return (opensWithDottedName(line) && JAVA_EXCEPTION.test(line)) || isRubyFrame(line);
  if (c < 65 || c > 90) return false;
  if (opensWithDottedName(line)) return DOTNET_EXCEPTION.test(line);
  // (Not a runtime's own "RangeError: Out of memory": a crash of its own, see isCrashStart.)
  return endsLikeError(line) && NODE_OR_PY_ERROR.test(line) && !(c === 82 && isCrashStart(line));
}

/** RUBY_FRAME, tested only for a line with ".rb:" in it. */
function isRubyFrame(line: string): boolean {
  return line.includes('.rb:') && RUBY_FRAME.test(line);
}

/**
 * A runtime writing its own crash to the log's stream, in a file whose lines otherwise all carry a
 * timestamp: Go's "panic: …" and "fatal error: …", Rust's "thread '…' panicked at", the JVM's "Exception in thread …" and its crash
 * banner ("# A fatal error has been detected…"), Node's throw site of an uncaught exception and its
 * report of running out of heap, GlusterFS' crash dump ("pending frames:"), Triton's "Signal (11) received.", C++'s
 * "terminate called after throwing …", Perl's "Out of memory!". They start an
 * event of their own, not a continuation of the log line before them.
 */
export function isCrashStart(line: string): boolean {
  const c = line.charCodeAt(0);
  // Node's uncaught exception opens on the throw site alone: "/app/dist/lib/price-formatter.js:73".
  if (c === 47) return NODE_THROW_SITE.test(line);
  // The JVM's hs_err banner: "#\n# A fatal error has been detected by the Java Runtime Environment:".
  if (c === 35) return line.startsWith('# A fatal error has been detected by the Java Runtime Environment');
  // GlusterFS' crash dump opens on "pending frames:" (then "signal received: 11", its backtrace).
  if (c === 112) return line.startsWith('panic: ') || line === 'pending frames:';
  // Rust: "thread 'main' panicked at src/handlers/catalog.rs:141:42:"; C++'s std::terminate: "terminate
  // called after throwing an instance of 'boost::lock_error'" (then "  what():  …"), "terminate called
  // without an active exception".
  if (c === 116) return isRustPanic(line) || line.startsWith('terminate called ');
  if (c === 102) return line.startsWith('fatal error: ');
  // A runtime's own last words without a header: Rust's "memory allocation of 268435456 bytes failed",
  // the Erlang VM's "eheap_alloc: Cannot allocate … bytes of memory" and "Kernel pid terminated (…".
  if (c === 109) return line.startsWith('memory allocation of ') && line.endsWith(' bytes failed');
  if (c === 101) return line.startsWith('eheap_alloc: Cannot allocate ');
  if (c === 75) return line.startsWith('Kernel pid terminated (');
  // Node's (V8's) report of running out of heap: "<--- Last few GCs --->", then "FATAL ERROR: Reached
  // heap limit Allocation failed - JavaScript heap out of memory".
  if (c === 60) return line === '<--- Last few GCs --->';
  if (c === 70) return line.startsWith('FATAL ERROR: ');
  // NVIDIA Triton's signal handler: "Signal (11) received." and its frames ("0# 0x… in tritonserver").
  if (c === 83) return line.startsWith('Signal (') && line.endsWith(') received.');
  // Perl's end when malloc fails: "Out of memory!", "Out of memory during "large" request for 134221824
  // bytes, total sbrk() is … at /opt/shop/lib/Shop/Export.pm line 96." (blind19 15/s05).
  if (c === 79) return line === 'Out of memory!' || line.startsWith('Out of memory during ');
  // JavaScriptCore's (Bun's) and V8's error when an allocation fails: "RangeError: Out of memory", its
  // frames after it (blind19 16/s07: after a JSON line, it read as that line's continuation).
  if (c === 82) return line.startsWith('RangeError: Out of memory');
  return c === 69 && line.startsWith('Exception in thread ');
}

/**
 * A cheap filter before NODE_OR_PY_ERROR: the line's leading run of word characters ends in Error,
 * Exception or Warning and is followed by ":" or nothing (every line the expression matches passes).
 */
function endsLikeError(line: string): boolean {
  let end = 0;
  while (end < line.length && isWordChar(line.charCodeAt(end))) end++;
  if (end < line.length && line.charCodeAt(end) !== 58) return false;
  // The last letter of Error, Exception or Warning first: most words end otherwise.
  const last = line.charCodeAt(end - 1);
  if (last !== 114 && last !== 110 && last !== 103) return false;
  return (
    line.startsWith('Error', end - 5) ||
    line.startsWith('Exception', end - 9) ||
    line.startsWith('Warning', end - 7)
  );
}

/** A cheap filter before JAVA_EXCEPTION: the line's leading run of word characters (or "$") ends in ".". */
function opensWithDottedName(line: string): boolean {
  let end = 0;
  while (end < line.length && (isWordChar(line.charCodeAt(end)) || line.charCodeAt(end) === 36)) end++;
  return line.charCodeAt(end) === 46;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

const TRACEBACK = 'Traceback (most recent call last)';
// The first level word of a line's opening: its header's level ("INFO", "[INFO]", "INFO:root:",
// "INFO/MainProcess", "level=info").
const LEVEL_WORD =
  /\b(?:info|debug|trace|notice|warn(?:ing)?|err(?:or)?|crit(?:ical)?|fatal|severe|alert|emerg)\b/i;
const QUIET = /^(?:info|debug|trace|notice)$/i;
/** glog's and absl's info line: its level a letter before the date ("I0217 10:35:21.956789 …"). */
const GLOG_INFO = /^I\d{4} \d\d:\d\d:\d\d/;

/** A traceback's opening behind torchrun's rank prefix (see isUnloggedTraceback). */
const RANK_TRACEBACK = /^\[(?:rank|default)\d+\]:\s?Traceback \(most recent call last\)/;

/** Whether a line opens a traceback, as written or behind torchrun's rank prefix (`[rank7]: `). */
function opensTraceback(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c === 84) return line.startsWith(TRACEBACK);
  // (Asked of every line the framer is given: most lines opening on a bracket are no rank's, told by
  // their second character before the expression runs.)
  if (c !== 91) return false;
  const d = line.charCodeAt(1);
  return (d === 114 || d === 100) && RANK_TRACEBACK.test(line);
}

/**
 * A Python traceback written after an INFO or DEBUG line is not that line's: Python's logging writes
 * a logged exception's traceback after an ERROR (`logger.exception`) or WARNING line, while an uncaught
 * exception goes to stderr on its own, after whatever the service logged last. It starts an event
 * of its own (the crash), not a continuation of "synced account 2826" (or of absl's "I0217 … step 55288").
 */
export function isUnloggedTraceback(line: string, previousFirst: string): boolean {
  if (!opensTraceback(line)) return false;
  if (GLOG_INFO.test(previousFirst)) return true;
  const level = LEVEL_WORD.exec(previousFirst.length > 160 ? previousFirst.slice(0, 160) : previousFirst);
  return level !== null && QUIET.test(level[0]);
}

/**
 * A frame of a JVM or .NET stack trace, its indent kept or not (a header's parser trims the message):
 * "\tat com.acme.Foo.bar(Foo.java:12)", "at Foo.Bar() in …", "... 12 more".
 */
const FRAME = /^[ \t]*(?:at (?:[\w$<>`+-]+\.)+[\w$<>`+-]+\(|\.\.\. \d+ (?:more|common frames omitted))/;

/**
 * Whether the message of a line that opened with a header of its own continues a stack trace logged
 * line by line, each line under the same header (Android's logcat, `E SyncRepository: \tat retrofit2…`):
 * an indented frame, "Caused by: …", "Suppressed: …", or — after an error or a warning — the exception's
 * own line ("retrofit2.HttpException: HTTP 409"). Only the message's first character is read for most lines.
 */
export function continuesTrace(message: string, afterError: boolean): boolean {
  const c = message.charCodeAt(0);
  if (c === 9 || c === 32 || c === 46) return FRAME.test(message);
  if (c === 97 && FRAME.test(message)) return true;
  if (c === 67) return message.startsWith('Caused by: ');
  if (c === 83) return message.startsWith('Suppressed: ');
  return afterError && c >= 97 && c <= 122 && opensWithDottedName(message) && JAVA_EXCEPTION.test(message);
}
