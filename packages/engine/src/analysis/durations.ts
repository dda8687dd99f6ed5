// Finds the duration-like numbers of an event (request time, "took 250ms"), in milliseconds, for the
// latency detector. Only values whose name or context says "duration" count: ids, sizes and ports don't.
import type { AttributeValue, MinedEvent } from '../types';

const DURATION_KEY =
  /(duration|latency|elapsed|took|request_?time|response_?time|time_?to_?response|upstream_response_time|time_?taken|^query_time$|^rt$|(^|[._])dur$|(^|[._])ms$)/i;
// (MinIO's audit log: `timeToResponse` "3992479ns", its value's unit.)
// A key's own unit suffix wins over its name ("request_time_ms" is in milliseconds). ECS's
// `event.duration` is in nanoseconds.
const NANOS_KEY = /([._]ns$|nanos|InNS$|^event\.duration$)/i;
const MICROS_KEY = /([._]us$|micros)/i;
// pino-http's and Fastify's `responseTime` is in milliseconds, a float of many decimals from
// process.hrtime (`"responseTime":60.74761241508187`) that would otherwise read as seconds.
const MILLIS_KEY = /([._]ms$|millis|(?:^|\.)responseTime$)/i;
// MySQL's slow log names its statement's time `Query_time`, in seconds (see slow-query-log.ts).
const SECONDS_KEY = /(request_?time|upstream_response_time|^Query_time$|[._]s$|_sec$|seconds)/i;
/**
 * Keys that hold a duration only when their value carries its unit: Heroku's router writes the app's
 * time as `service=80ms` (and `connect=1ms`), where elsewhere `service` names a service.
 */
const UNIT_ONLY_KEY = /^(?:service|connect)$/;
/** The "unit" of a UNIT_ONLY_KEY: the value's own, required. */
export const OWN_UNIT = 'own';
const NUMBER_WITH_UNIT = /^(\d+(?:\.\d+)?)(ms|s|sec|us|µs|ns)?$/;
// Go's time.Duration past a minute: "1m30.5s", "2h3m0s".
const GO_DURATION = /^(?:\d+(?:\.\d+)?(?:h|ms|m|s|us|µs|ns))+$/;
const GO_PART = /(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g;
// ISO 8601's duration, as Java's Duration prints it: Jitsi's `health check in PT0.016S`, "PT1M30.5S".
const ISO_DURATION = /^P(?:(\d+)D)?T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/;
// "delay=": Postfix's delivery time ("delay=0.65, delays=0.26/0.01/0.02/0.35").
// The word may end a snake_case name: MySQL's slow log "Query_time: <*> Lock_time: <*>", "exec_time=<*>".
// The word may open a parenthesis: Proxmox's pvestatd, `status update time (0.718 seconds)`.
// A key may end with its unit: go-hclog's `request completed: … duration_ms=<*>`, `grpc.time_ms=<*>`.
// Solr's request log: `QTime=18` (ms); LDAP servers' results (389-ds, OpenLDAP 2.5): `etime=0.000297`,
// `qtime=0.000010`, in seconds (SECONDS_BEFORE). A JSON key's quote may close it before its colon (a
// JSON object inside a message: Druid's request log, `{"query/time":<*>,"query/bytes":<*>,…}`). A unit
// in parentheses after the word is its unit too (HDFS' clienttrace: `duration(ns): <*>`). Hive's
// `Completed executing command(queryId=<*>); Time taken: <*> seconds`: "time taken".
const CONTEXT_BEFORE =
  /(?<![A-Za-z0-9])(took|duration|latency|elapsed|time taken|time|qtime|etime|after|rt|in|delay)(?:_(ms|millis|us|micros|ns|nanos|s|sec|secs|seconds)| ?\((ms|us|ns|s|sec)\))?"?\s*[=:(]?\s*$/i;
/** A unit's abbreviation longer than three letters (see durationSlots). */
const ABBREVIATED = /^(?:secs|msecs?|usecs?)$/;
/** Words before a variable that count time up rather than take it: uptime, an age. */
const COUNTS_UP = /\b(?:up|uptime|age|since|alive|running for)\b[^,;]{0,24}$/i;
/** The unit a key's suffix names (see CONTEXT_BEFORE). */
const SUFFIX_UNITS: Record<string, string> = {
  ms: 'ms',
  millis: 'ms',
  us: 'us',
  micros: 'us',
  ns: 'ns',
  nanos: 'ns',
  s: 's',
  sec: 's',
  secs: 's',
  seconds: 's',
};
const UNIT_AFTER =
  /^\s?(ms|s|sec|us|µs|ns|secs|seconds?|msecs?|millis(?:econds?)?|microseconds?|minutes?|mins?)\b/;
/** A unit word after a variable in the canonical name `toMs` reads ("seconds": OpenStack's `Took 13.34 seconds`). */
function canonicalUnit(word: string | undefined): string | undefined {
  if (word === 'min') return 'm';
  if (word === undefined || word.length <= 3) return word;
  if (word.startsWith('se')) return 's';
  if (word.startsWith('ms') || word.startsWith('milli')) return 'ms';
  if (word.startsWith('micro')) return 'us';
  return word.startsWith('min') ? 'm' : word;
}
/**
 * A key that is a unit of time alone: Slurm's `usec=1218` (microseconds), `msec=` (milliseconds); or a
 * unit and what took it, in camelCase: Calico Felix's `msecToApply=12.9`, `msToFirstByte`.
 */
const UNIT_KEY_BEFORE = /(?<![A-Za-z0-9])(usecs?|msecs?)\s*[=:]\s*$/i;
/** The unit a key that opens with one names (`usec`, `microsToFirstByte` µs; `msec`, `millis…` ms), lower case. */
const unitOfUnitKey = (key: string): string => (key.startsWith('u') || key.startsWith('mic') ? 'us' : 'ms');
/** The same as an attribute's key (a logfmt or JSON line's `msecToApply`, `request.msToFirstByte`). */
const UNIT_TO = '(?:ms|us|msec|usec|millis|micros)To[A-Z][A-Za-z]*';
const UNIT_TO_KEY = new RegExp(`(?:^|[._])(${UNIT_TO})$`);
/**
 * A camelCase key that ends with its unit, its first word a duration's: `durMs`, `queryTimeMs`,
 * `waitMillis` (milliseconds) — not `startTimeMs` or `createdAtMs`, times.
 */
const CAMEL_MS =
  '(?:dur|duration|elapsed|took|latency|wait|exec|query|response)(?:[A-Z][a-z]*)*(?:Ms|Millis)';
const CAMEL_MS_KEY = new RegExp(`^${CAMEL_MS}$`);
const CAMEL_MS_BEFORE = new RegExp(`(?<![A-Za-z0-9])(${CAMEL_MS})\\s*[=:]\\s*$`);
const UNIT_TO_KEY_BEFORE = new RegExp(`(?<![A-Za-z0-9])(${UNIT_TO})\\s*[=:]\\s*$`);
// MySQL's slow log writes its times in seconds without a unit: "# Query_time: 2.000123  Lock_time: 0.000045".
const SECONDS_BEFORE = /(?<![A-Za-z0-9])(?:(?:Query|Lock)_time:|(?:etime|qtime)=)\s*$/;
/**
 * Unbound's `log-replies` lines: `reply: <client> <name> <type> IN <rcode> <seconds> <cached> <size>`,
 * the variable after the answer's code its time in seconds.
 */
const UNBOUND_REPLY = /(?:^|\s)reply: (?:\S+ ){3}IN \S+ $/;

export interface DurationSlot {
  /** Index of the `<*>` in the template. */
  index: number;
  name: string;
  /** Unit given by the template text right after the variable, if any. */
  unit: string | null;
  /** The value counts only when it carries its own unit. */
  needsUnit: boolean;
  /** Series name, e.g. "took#2". */
  key: string;
  /**
   * Where the variable's token holds several `<*>` (a JSON object inside a message, one token:
   * `{"query/time":<*>,"query/bytes":<*>}`), the event's variable is all of them with the text
   * between: the texts between them, and which of them this slot's is (see partOf).
   */
  literals?: readonly string[];
  part?: number;
}

/**
 * `value` in `unit` (s, sec, ms, us, µs, ns, m, h; milliseconds when none or another) in milliseconds.
 * The unit is told by its characters, not by comparing it with each name: a unit that may be null
 * made every `unit === 's'` a call of V8's generic equality, seven of them for the usual "ms" (a
 * hundredth of what `analyze` added to a JSON file's reading).
 */
export function toMs(value: number, unit: string | null | undefined): number {
  if (typeof unit !== 'string' || unit.length === 0) return value;
  const c = unit.charCodeAt(0);
  switch (unit.length) {
    case 1:
      return c === 115 ? value * 1000 : c === 109 ? value * 60_000 : c === 104 ? value * 3_600_000 : value;
    case 2:
      if (unit.charCodeAt(1) !== 115) return value;
      return c === 117 || c === 181 ? value / 1000 : c === 110 ? value / 1e6 : value;
    case 3:
      return c === 115 && unit.charCodeAt(1) === 101 && unit.charCodeAt(2) === 99 ? value * 1000 : value;
    default:
      return value;
  }
}

/**
 * A table of timers, its unit said once before it: DeepSpeed's and Megatron-LM's `time (ms) |
 * fwd_microstep: 250.24 | bwd_microstep: 482.82 | …`; each value after a name and a colon is a
 * duration in that unit (TIMER_KEY).
 */
const TIMERS = /\btimes? \((ms|s|sec|us)\)\s*\|/;
/** A timer's name before its value in such a table: `| fwd_microstep: `, `| forward-compute: `. */
const TIMER_KEY = /(?:^|\|\s*)([A-Za-z][\w./-]*):\s*$/;

/** Which variables of a template hold durations, decided once per pattern from the template text. */
export function durationSlots(template: string): DurationSlot[] {
  const parts = template.split('<*>');
  const slots: DurationSlot[] = [];
  const places = wildcardPlaces(template);
  // A table of timers after its unit (see TIMERS): where its values start, and their unit.
  const timers = TIMERS.exec(template);
  const timersFrom = timers === null ? Infinity : timers.index + timers[0].length;
  let at = 0;
  for (let w = 0; w < parts.length - 1; w++) {
    // The event's variable this "<*>" is read in (one per token: Terraform's `v2.<*>.go:<*>` is one),
    // and where in it (see DurationSlot.literals).
    const place = places[w];
    const before = parts[w] ?? '';
    at += before.length + (w > 0 ? 3 : 0);
    if (place === undefined) continue;
    const i = place.param;
    const within = place.literals === undefined ? {} : { literals: place.literals, part: place.part };
    const tag = place.literals === undefined ? `${i}` : `${i}.${place.part}`;
    const after = parts[w + 1] ?? '';
    const timer = at >= timersFrom ? TIMER_KEY.exec(before) : null;
    if (timer !== null && timer[1] !== undefined) {
      const unit = timers?.[1] === 'sec' ? 's' : (timers?.[1] ?? 'ms');
      slots.push({ index: i, name: timer[1], unit, needsUnit: false, key: `${timer[1]}#${tag}`, ...within });
      continue;
    }
    const found = CONTEXT_BEFORE.exec(before);
    // "IN" in capitals is a DNS record's class or SQL's operator (`"A IN <*>. udp …"`), no time.
    const context = found?.[1] === 'IN' ? undefined : found?.[1]?.toLowerCase();
    const suffix = (found?.[2] ?? found?.[3])?.toLowerCase();
    const word = UNIT_AFTER.exec(after)?.[1];
    const unit =
      canonicalUnit(word) ??
      (SECONDS_BEFORE.test(before) ? 's' : suffix === undefined ? null : (SUFFIX_UNITS[suffix] ?? null));
    // "in <*>" is a duration only with a unit ("done in 250ms"), not in "logged in <*>"; nor is a
    // variable in parentheses after the word (Proxmox's `status update time (<*> seconds)`) without one.
    const needsUnit = (context === 'in' || before.trimEnd().endsWith('(')) && unit === null;
    const name = context === 'in' || !context ? 'duration' : context;
    // A unit spelled out makes no duration by itself ("uptime <*> seconds" counts up): a word of one
    // must say it is one ("Took <*> seconds"). Abbreviated, it does, but after words of a count up
    // (BIND's `Transfer completed: … 16400 bytes, 0.002 secs (…)`, not `up <*> secs`).
    const abbreviated =
      word !== undefined && (word.length <= 3 || (ABBREVIATED.test(word) && !COUNTS_UP.test(before)));
    if (context || (unit && (word === undefined || abbreviated)))
      slots.push({ index: i, name, unit, needsUnit, key: `${name}#${tag}`, ...within });
    else if (before.endsWith(' ') && UNBOUND_REPLY.test(parts.slice(0, w + 1).join('<*>')))
      slots.push({ index: i, name: 'reply', unit: 's', needsUnit: false, key: `reply#${i}` });
    else {
      // The key as written names the series ("msecToApply"); its lower case tells the unit.
      const unitKey = (UNIT_KEY_BEFORE.exec(before) ??
        UNIT_TO_KEY_BEFORE.exec(before) ??
        CAMEL_MS_BEFORE.exec(before))?.[1];
      const lower = unitKey?.toLowerCase();
      if (unitKey !== undefined && lower !== undefined)
        slots.push({
          index: i,
          name: unitKey,
          unit: unitOfUnitKey(lower),
          needsUnit: false,
          key: `${unitKey}#${tag}`,
          ...within,
        });
    }
  }
  // A combined access line logged as an application's message, its time taken closing it: Jetty's
  // RequestLog in Pulsar's broker log (`… "GET <*> HTTP/1.1" <*> <*> "-" "<*>" <*>`), in milliseconds.
  const closing = places[places.length - 1];
  const last = closing !== undefined && closing.part === 0 ? closing.param : -1;
  if (slots.length === 0 && last >= 0 && COMBINED_THEN_TIME.test(template))
    slots.push({
      index: last,
      name: 'requestTime',
      unit: 'ms',
      needsUnit: false,
      key: `requestTime#${last}`,
    });
  return slots;
}

/** A quoted request line, status, bytes, quoted referrer and user agent, then a variable closing the template. */
const COMBINED_THEN_TIME =
  /"(?:[A-Z]{3,7}|<\*>) <\*> (?:HTTP\/[\d.]+|<\*>)" <\*> (?:<\*>|-) "[^"]*" "[^"]*" <\*>$/;

/**
 * For each "<*>" of a template, in order: the index of the event's variable that holds it — one per
 * token with any (see readParams: a token's variable spans its first "<*>" to its last) — or -1 for
 * a token's later ones, which are read with its first.
 */
function wildcardPlaces(template: string): WildcardPlace[] {
  const out: WildcardPlace[] = [];
  let param = -1;
  let token = -1;
  let part = 0;
  let literals: string[] = [];
  let end = 0;
  for (let at = template.indexOf('<*>'); at >= 0; at = template.indexOf('<*>', at + 3)) {
    const start = template.lastIndexOf(' ', at) + 1;
    if (start === token) {
      literals.push(template.slice(end, at));
      part++;
    } else {
      token = start;
      param++;
      part = 0;
      literals = [];
    }
    out.push({ param, part, literals });
    end = at + 3;
  }
  // A token of one variable reads it whole.
  for (const place of out)
    if (place.literals !== undefined && place.literals.length === 0) place.literals = undefined;
  return out;
}

/** A template's `<*>`: the event's variable it is read in, its place among its token's, the texts between them. */
interface WildcardPlace {
  param: number;
  part: number;
  literals: string[] | undefined;
}

/**
 * The `part`-th value of a variable that holds several with `literals` between them (see
 * DurationSlot.literals): `86` of `86,"query/bytes":227507` at part 0; null where a text is missing.
 */
export function partOf(value: string, literals: readonly string[], part: number): string | null {
  let from = 0;
  for (let j = 0; j < part; j++) {
    const literal = literals[j] ?? '';
    const at = value.indexOf(literal, from);
    if (at < 0) return null;
    from = at + literal.length;
  }
  const next = part < literals.length ? value.indexOf(literals[part] ?? '', from) : value.length;
  return next < 0 ? null : value.slice(from, next);
}

/** A slot's duration in milliseconds from an event's variables, or null (see parseDurationParam). */
export function slotMs(slot: DurationSlot, params: readonly string[]): number | null {
  const param = params[slot.index];
  if (param === undefined) return null;
  const value = slot.literals === undefined ? param : partOf(param, slot.literals, slot.part ?? 0);
  return value === null ? null : parseDurationParam(value, slot.unit, slot.needsUnit);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/**
 * Whether a variable's value is a number glued to a time unit ("18.829ms", "1.5s", "250us"): a
 * duration wherever it stands, even without a word such as "took" before it (the JVM's GC log ends
 * its lines with the pause: "… 1306M->374M(2048M) 18.829ms").
 */
export function hasTimeUnit(param: string): boolean {
  const end = numberEnd(param);
  return end > 0 && end < param.length && !Number.isNaN(msWithUnitFrom(param, end, 0));
}

/**
 * `value` in milliseconds when `s` ends from `at` with a unit ("ms", "s", "sec", "us", "µs", "ns"),
 * the same arithmetic as toMs; NaN when it ends with none. Read without slicing, and without naming
 * the unit first for toMs to read its characters again (`attributeMs('120ms', 'ms')`, a logfmt file's
 * every duration: 36 → 29 ns).
 */
function msWithUnitFrom(s: string, at: number, value: number): number {
  const c = s.charCodeAt(at);
  switch (s.length - at) {
    case 1:
      return c === 115 ? value * 1000 : NaN;
    case 2:
      if (s.charCodeAt(at + 1) !== 115) return NaN;
      return c === 109 ? value : c === 117 || c === 181 ? value / 1000 : c === 110 ? value / 1e6 : NaN;
    case 3:
      return c === 115 && s.charCodeAt(at + 1) === 101 && s.charCodeAt(at + 2) === 99 ? value * 1000 : NaN;
    default:
      return NaN;
  }
}

/**
 * The value numberEnd read last (valid when it returned a positive end), in a Float64Array: a
 * module's `let` holding a fraction is a boxed number, and every store made a new box in the young
 * generation and stored it into the module's context with a write barrier's slow path.
 */
const numberRead = new Float64Array(1);

/**
 * NUMBER_WITH_UNIT read by hand for the usual shapes ("179", "1.102s", "60s"): the value's end,
 * or -1 when the text is not one (then the expression decides). The value is left in `numberRead`:
 * digits summed as an integer and divided once by a power of ten are exact while there are at most
 * 15 of them (both numbers are then exact doubles and one division rounds correctly: the value
 * parseFloat gives), several times cheaper than parseFloat or Number of the text.
 */
function numberEnd(s: string): number {
  // Never read past the end (-1 stands for it): one read out of bounds, and V8 compiles every
  // `charCodeAt` of the function as a call (a value of digits only, "250", ended with one).
  const n = s.length;
  let i = 0;
  let value = 0;
  let c = n > 0 ? s.charCodeAt(0) : -1;
  while (isDigit(c)) {
    value = value * 10 + (c - 48);
    c = ++i < n ? s.charCodeAt(i) : -1;
  }
  if (i === 0 || i > 15) return -1;
  if (c === 46) {
    const dot = i;
    let scale = 1;
    c = ++i < n ? s.charCodeAt(i) : -1;
    while (isDigit(c)) {
      value = value * 10 + (c - 48);
      scale *= 10;
      c = ++i < n ? s.charCodeAt(i) : -1;
    }
    if (i === dot + 1) return -1;
    numberRead[0] = i - 1 <= 15 ? value / scale : parseFloat(s);
  } else numberRead[0] = value;
  return i;
}

export function parseDurationParam(param: string, unit: string | null, needsUnit = false): number | null {
  // Most duration variables are a number with an optional unit: no regular expression for them.
  const end = numberEnd(param);
  if (end === param.length) return needsUnit ? null : toMs(numberRead[0] ?? 0, unit);
  if (end > 0) {
    const ms = msWithUnitFrom(param, end, numberRead[0] ?? 0);
    if (!Number.isNaN(ms)) return ms;
  }
  const text = param.trim();
  const match = NUMBER_WITH_UNIT.exec(text);
  if (!match) return GO_DURATION.test(text) ? goDurationMs(text) : isoDurationMs(text);
  if (needsUnit && match[2] === undefined) return null;
  const value = Number(match[1]);
  return Number.isFinite(value) ? toMs(value, match[2] ?? unit) : null;
}

/** "1h2m3.5s" in milliseconds (the text matches GO_DURATION). */
function goDurationMs(text: string): number {
  let ms = 0;
  for (const [, value, unit] of text.matchAll(GO_PART)) ms += toMs(Number(value), unit);
  return ms;
}

/** "PT1M30.5S" in milliseconds (see ISO_DURATION), or null for another text. */
function isoDurationMs(text: string): number | null {
  const m = ISO_DURATION.exec(text);
  if (m === null) return null;
  const [days, hours, minutes, seconds] = [m[1], m[2], m[3], m[4]].map((v) => Number(v ?? 0));
  return (((days ?? 0) * 24 + (hours ?? 0)) * 60 + (minutes ?? 0)) * 60_000 + (seconds ?? 0) * 1000;
}

/**
 * A duration attribute's value in milliseconds, or NaN: a number in the key's `unit`, or a string —
 * "250", or with its own unit as logfmt and Go write them ("120ms", "1.5s", "80µs", "1m30s").
 */
export function attributeMs(raw: AttributeValue | undefined, unit: string): number {
  if (unit === OWN_UNIT) return typeof raw === 'string' ? (parseDurationParam(raw, null, true) ?? NaN) : NaN;
  if (typeof raw === 'number') return raw >= 0 ? toMs(raw, unit) : NaN;
  if (typeof raw !== 'string') return NaN;
  return parseDurationParam(raw, unit) ?? NaN;
}

function unitOfKey(key: string): string {
  if (NANOS_KEY.test(key)) return 'ns';
  if (MICROS_KEY.test(key)) return 'us';
  if (MILLIS_KEY.test(key)) return 'ms';
  return SECONDS_KEY.test(key) ? 's' : 'ms';
}

/** A unit word after a message template's placeholder and its format: `{Elapsed:0.0000} ms`. */
const PLACEHOLDER_UNIT =
  /^(?::[^}]*)?\}\s*(ms|milliseconds?|s|secs?|seconds?|µs|us|microseconds?|ns|nanoseconds?)\b/;

/**
 * The unit a message template writes after a duration attribute's placeholder, or null: .NET's
 * structured logging keeps the template as the message (Serilog's request log, `HTTP {RequestMethod}
 * {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms`), and its `Elapsed` of six decimals is
 * milliseconds, not the seconds such decimals would otherwise be read as (see looksLikeSeconds).
 */
export function placeholderUnitOf(message: string, key: string): string | null {
  const name = key.slice(key.lastIndexOf('.') + 1);
  const at = message.indexOf(`{${name}`);
  if (at < 0) return null;
  const word = PLACEHOLDER_UNIT.exec(message.slice(at + name.length + 1))?.[1];
  if (word === undefined) return null;
  if (word === 'ms' || word.startsWith('milli')) return 'ms';
  if (word === 'us' || word === 'µs' || word.startsWith('micro')) return 'us';
  if (word === 'ns' || word.startsWith('nano')) return 'ns';
  return 's';
}

/** Whether a duration key names its unit (`took_ms`, `request_time`), rather than milliseconds being assumed. */
export function keyNamesUnit(key: string): boolean {
  return NANOS_KEY.test(key) || MICROS_KEY.test(key) || MILLIS_KEY.test(key) || SECONDS_KEY.test(key);
}

/**
 * Whether a duration written without a unit looks like seconds rather than milliseconds: a fraction
 * of a second with three or more decimals (Caddy's `"duration":0.012345`, Sidekiq's `elapsed=0.034`),
 * or a value with five or more (a float's seconds, as zap and gunicorn print them). Milliseconds
 * without a unit are whole numbers or carry one or two decimals (lograge's `duration=12.34`).
 */
export function looksLikeSeconds(value: number): boolean {
  if (!(value > 0)) return false;
  const text = String(value);
  if (text.includes('e')) return value < 1;
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  return value < 1 ? decimals >= 3 : decimals >= 5;
}

/** Tally of the first values of a duration series read as milliseconds for want of a unit. */
export interface UnitGuess {
  /** The values had no unit: milliseconds was assumed. */
  unitGuessed: boolean;
  /** Unit-less values sampled (the first 64 that are not zero). */
  unitSamples: number;
  /** Of them, values that look like seconds (see looksLikeSeconds). */
  secondsVotes: number;
}

export function noteUnitless(guess: UnitGuess, value: number): void {
  if (value === 0) return;
  guess.unitSamples++;
  if (looksLikeSeconds(value)) guess.secondsVotes++;
}

/** Whether a series' unit-less values were seconds: at least 8 sampled, four in five of them looking so. */
export function readsAsSeconds(guess: UnitGuess): boolean {
  return guess.unitGuessed && guess.unitSamples >= 8 && guess.secondsVotes >= 0.8 * guess.unitSamples;
}

/** Durations found in one event, as parallel arrays reused from event to event. */
export interface Found {
  names: string[];
  values: number[];
  /** Entries in use (the arrays are reused, never shrunk). */
  count: number;
}

/** The unit of a duration-like attribute key, or null for other keys; memoised per key. */
export class DurationKeys {
  private readonly units = new Map<string, string | null>();

  unitOf(key: string): string | null {
    let unit = this.units.get(key);
    if (unit === undefined) {
      const unitTo = UNIT_TO_KEY.exec(key)?.[1] ?? (CAMEL_MS_KEY.test(key) ? 'ms' : undefined);
      unit = DURATION_KEY.test(key)
        ? unitOfKey(key)
        : UNIT_ONLY_KEY.test(key)
          ? OWN_UNIT
          : unitTo === undefined
            ? null
            : unitOfUnitKey(unitTo);
      if (this.units.size < 10_000) this.units.set(key, unit);
    }
    return unit;
  }

  /** Duration attributes of a structured event (all keys, or only `keys`), appended to `out`. */
  collect(attributes: Record<string, AttributeValue>, out: Found, keys?: readonly string[]): void {
    if (keys) {
      for (const key of keys) this.read(attributes, key, out);
      return;
    }
    for (const key in attributes) this.read(attributes, key, out);
  }

  private read(attributes: Record<string, AttributeValue>, key: string, out: Found): void {
    const unit = this.unitOf(key);
    if (unit === null) return;
    const ms = attributeMs(attributes[key], unit);
    if (Number.isFinite(ms)) {
      out.names[out.count] = key;
      out.values[out.count++] = ms;
    }
  }
}

/**
 * Keys naming the kind of work an event's duration measures: a job queue's job class (Sidekiq's
 * `class=`, Celery's task), a route or an operation. Matched on the key's last dotted segment.
 */
const KIND_KEY =
  /^(?:class|job|job_?class|job_?name|worker_?class|task|task_?name|handler|operation|op|route|endpoint|action|controller|rpc|method_?name|query_?name)$/i;

/**
 * The attribute telling the kind of work apart (see KIND_KEY), or null: one message ("done") timed
 * for fast and slow kinds of work alike gets a duration series per kind.
 */
export function kindKeyOf(attributes: Record<string, AttributeValue>): string | null {
  for (const key in attributes) {
    const value = attributes[key];
    if (typeof value !== 'string' || value.length === 0 || value.length > 80) continue;
    if (KIND_KEY.test(key.slice(key.lastIndexOf('.') + 1))) return key;
  }
  return null;
}

const REQUEST_MESSAGE = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /;

/** Whether a template is a request's method and route, as access logs and routers are read ("GET <*>"). */
export function isRequestMessage(template: string): boolean {
  return REQUEST_MESSAGE.test(template);
}

/**
 * A health, readiness or liveness probe's path, or a metrics scrape's (`/healthz`, `/api/health`,
 * `/readyz?verbose`, `/metrics`): requests answered in a millisecond whatever the service's load.
 */
const PROBE_PATH =
  /^\/(?:[\w-]+\/)?(?:healthz?|health[-_]?check|livez?|liveness|readyz?|readiness|ping|metrics)\/?(?:[?#]|$)/i;

/**
 * Whether a request event is a probe (see PROBE_PATH), by its `path` attribute (an access log's) or,
 * in a message that is the request (`GET /healthz -> 200 (0 ms)`), its first variable. Its time is
 * no measure of the service's work: two health checks a minute at 0 ms among three requests at
 * 36 ms halve a fivefold slowdown of the requests in the pattern's typical time.
 */
export function isProbeRequest(event: MinedEvent): boolean {
  return isProbePath(requestPath(event));
}

/** A request event's path: its `path` attribute, else its first variable. */
function requestPath(event: MinedEvent): string | undefined {
  const attribute = event.attributes['path'];
  return typeof attribute === 'string' ? attribute : event.params[0];
}

function isProbePath(path: string | undefined): boolean {
  if (path === undefined || path.length > 40 || path.charCodeAt(0) !== 47) return false;
  // PROBE_PATH's word starts the first or the second segment: a request to anything else (most of
  // them, every event of a busy access log) is told without running the expression.
  if (!startsProbeWord(path, 1)) {
    const second = path.indexOf('/', 1);
    if (second < 0 || !startsProbeWord(path, second + 1)) return false;
  }
  return PROBE_PATH.test(path);
}

/**
 * A blocking query's or a watch's query string: Consul's and Nomad's `?index=72998842` (with or
 * without `&wait=5m`), etcd's `?wait=true`, Kubernetes' `?watch=true`. The server holds such a request
 * open until something changes or the wait runs out, so its time is how long nothing happened —
 * a millisecond or four minutes, whatever the load — and a few more long waits in a quiet stretch
 * would read as a slowdown of the whole route.
 */
const LONG_POLL = /[?&](?:index=\d|wait=(?:\d|true\b)|watch=(?:true|1)\b)/i;

/** Whether a request's path (with its query string) is a long poll (see LONG_POLL). */
export function isLongPoll(path: string): boolean {
  return path.indexOf('?') > 0 && LONG_POLL.test(path);
}

/**
 * Whether a request event's time is no measure of the service's work: a probe (isProbeRequest) or a
 * long poll (isLongPoll), by its `path` attribute or, in a message that is the request, its first
 * variable.
 */
export function isIdleRequest(event: MinedEvent): boolean {
  const path = requestPath(event);
  return path !== undefined && isIdlePath(path);
}

/** Whether a request's path (with its query string) is a probe's or a long poll's (see isIdleRequest). */
export function isIdlePath(path: string): boolean {
  return isProbePath(path) || isLongPoll(path);
}

/**
 * Whether `path` has the first two letters of one of PROBE_PATH's words at `at`, any case: "he"
 * (health), "li" (live), "re" (ready), "pi" (ping), "me" (metrics). (One letter let `/login`, `/reports`
 * and `/products` run the expression.)
 */
function startsProbeWord(path: string, at: number): boolean {
  if (at + 1 >= path.length) return false;
  const c = path.charCodeAt(at) | 32;
  const next = path.charCodeAt(at + 1) | 32;
  if (c === 104 || c === 114 || c === 109) return next === 101;
  return (c === 108 || c === 112) && next === 105;
}

/** Keys holding a request's path (matched on the key's last dotted segment, as KIND_KEY). */
const PATH_KEY = /^(?:path|uri|url|request_?path|request_?uri|target)$/i;

/**
 * Without a KIND_KEY, the attribute holding the request's path (`path=/v1/billing/42`), whose route
 * (`routeOf`: ids read as `<*>`) tells the kind of work: one "request completed" times every route,
 * health checks of a millisecond among them, and a slowdown of the real ones is diluted in the mix.
 */
export function pathKeyOf(attributes: Record<string, AttributeValue>, template: string): string | null {
  // A message that is the method and route already (an access log's) has one kind of work.
  if (isRequestMessage(template)) return null;
  for (const key in attributes) {
    const value = attributes[key];
    if (typeof value !== 'string' || value.charCodeAt(0) !== 47 || value.length > 200) continue;
    if (PATH_KEY.test(key.slice(key.lastIndexOf('.') + 1))) return key;
  }
  return null;
}

// Flattened nested keys too: pino-http/bunyan's res.statusCode, ECS and OpenTelemetry's.
const STATUS_KEYS = [
  'status',
  'status_code',
  'statusCode',
  'StatusCode',
  'http_status',
  // Envoy's JSON access log, AWS load balancers.
  'response_code',
  'responseCode',
  'elb_status_code',
  // Traefik's JSON access log: the status the client got (OriginStatus is the backend's, 0 when none answered).
  'DownstreamStatus',
  'res.statusCode',
  // Kong's file log.
  'response.status',
  'http.response.status_code',
  'http.status_code',
  // Cloudflare's Logpush (what the edge answered), the Kubernetes API server's audit log.
  'EdgeResponseStatus',
  'responseStatus.code',
  // CFNetwork's task summary in Apple's unified log; Suricata's EVE JSON.
  'response_status',
  'http.status',
  // MinIO's audit log.
  'api.statusCode',
  // The Docker registry's (distribution's) request log, Harbor's registry: logrus fields.
  'http.response.status',
];

const STATUS_KEY_SET = new Set(STATUS_KEYS);

/**
 * The HTTP status under `key`, when it is one: a number, its three digits, or those and the reason
 * phrase as Go's `http.Response.Status` writes them (GitLab Runner's `"status":"500 Internal Server
 * Error"`, beside its `"code":500`).
 */
export function statusAt(attributes: Record<string, AttributeValue>, key: string): number | null {
  const raw = attributes[key];
  if (typeof raw === 'string')
    return raw.length > 5 && raw.charCodeAt(3) === 32 && isUpper(raw.charCodeAt(4))
      ? statusOfParam(raw.slice(0, 3))
      : statusOfParam(raw);
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 100 && raw <= 599 ? raw : null;
}

/** The words a web framework writes before the status of a request it answered (see statusSlotOf). */
const STATUS_BEFORE = new Set(['Sent', 'Completed']);
const HTTP_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;
/** A reason phrase's first word: `OK`, `Not` (Found), `Internal` (Server Error). */
const REASON_WORD = /^[A-Z][A-Za-z]*$/;

/**
 * The variable (its index among the template's variables) holding the HTTP status in a web
 * framework's line about a request it answered, or -1: Phoenix's Plug.Logger `Sent 500 in 84ms`,
 * Rails' `Completed 500 Internal Server Error in 12ms`. A whole-token variable after `Sent` or
 * `Completed`, followed by `in`, after the status's reason phrase if any (capitalised words, or
 * variables where it varies: `Completed <*> <*> in <*>`), so `Completed <*> jobs in <*>` holds none. Its values count only as statuses (see statusOfParam).
 */
export function statusSlotOf(template: string): number {
  const tokens = template.split(' ');
  // ASP.NET Core's `Request finished HTTP/1.1 GET http://x/y - 500 173 application/json 90.3ms`: the
  // status follows the first lone "-" after the URL.
  const aspNet = template.startsWith('Request finished ') ? tokens.indexOf('-', 3) : -1;
  // morgan's (Express) `GET /x 500 123 - 12.3 ms`: the method, the path, then the status; also after
  // a tag in brackets or a variable (Vapor's `request-id=<*> [App] GET /api/v1/cart 503 15.25ms`).
  for (let m = 0; m < 6 && m < tokens.length - 2; m++) {
    if (!HTTP_METHOD.test(tokens[m] ?? '') || tokens[m + 1] !== '<*>' || tokens[m + 2] !== '<*>') continue;
    const before = tokens[m - 1] ?? '';
    if (m === 0 || before.endsWith(']') || before.includes('<*>')) return variablesBefore(tokens, m + 2);
  }
  // A Go service's `GET /x -> 500 (32.1ms, 2017 bytes)`: the method, the path, an arrow, the status.
  // (Camel's REST routes under Karaf: `GET /cxf/orders/81347 -> HTTP 200 in 88 ms`, "HTTP" before it.)
  if (
    HTTP_METHOD.test(tokens[0] ?? '') &&
    tokens[1] === '<*>' &&
    (tokens[2] === '->' || tokens[2] === '=>') &&
    (tokens[3] === '<*>' || (tokens[3] === 'HTTP' && tokens[4] === '<*>'))
  )
    return 1;
  // A quoted request line, then the status (katip's and other Haskell middlewares' `"GET <*>" <*>
  // <*>s`; with its protocol, `"GET <*> HTTP/1.1" <*> <*>`, as an access line's — also one logged as
  // a Java application's message: Pulsar's Jetty RequestLog, `<*> - - [<*>] "GET <*> HTTP/1.1" <*> …`).
  const request = tokens.findIndex((t, i) => i < 8 && t.charCodeAt(0) === 34 && HTTP_METHOD.test(t.slice(1)));
  if (request >= 0) {
    let close = request + 1;
    while (close < request + 4 && close < tokens.length - 1 && !(tokens[close] ?? '').endsWith('"')) close++;
    // (Not OpenStack's `"GET <*> HTTP/1.1" status: <*>`, whose key names the status: see below.)
    if ((tokens[close] ?? '').endsWith('"') && tokens[close + 1] === '<*>')
      return variablesBefore(tokens, close + 1);
  }
  // Synapse's (Matrix) access lines: `Processed request: 0.146sec/0.000sec (…) (…) 4591B 503 "GET /x
  // HTTP/1.1" "UA" [2 dbevts]`, the status right before the quoted request (its method often a variable).
  const processed = tokens.indexOf('request:');
  if (processed > 0 && tokens[processed - 1] === 'Processed') {
    const quoted = tokens.findIndex((t, i) => i > processed && t.charCodeAt(0) === 34);
    if (quoted > 0 && tokens[quoted - 1] === '<*>') return variablesBefore(tokens, quoted - 1);
  }
  // OkHttp's logging interceptor: `<-- 500 https://api/x (166ms, 7629-byte body)`, the status after
  // its arrow for a response (a reason phrase may follow: `<-- 200 OK https://…`; its other lines name
  // no number there: `<-- END HTTP`, `<-- HTTP FAILED: …`).
  if (tokens[0] === '<--' && tokens[1] === '<*>') return 0;
  // A request completed, its method and path before its status (Gitea's `Completed GET /x 500 Internal
  // Server Error in 3ms`, and `completed GET /x for 10.0.0.1:54321, 200 OK in 3.2ms`).
  const completed = tokens.findIndex((t) => t === 'Completed' || t === 'completed');
  if (completed >= 0 && HTTP_METHOD.test(tokens[completed + 1] ?? ''))
    for (let j = completed + 3; j < tokens.length && j < completed + 8; j++)
      if (tokens[j] === '<*>' && tokens[j + 1] !== '<*>' && reasonThenIn(tokens, j + 1))
        return variablesBefore(tokens, j);
  let variable = 0;
  let beforeMethod = -1;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] ?? '';
    if (!token.includes('<*>')) continue;
    if (token === '<*>' && STATUS_BEFORE.has(tokens[t - 1] ?? '') && reasonThenIn(tokens, t + 1))
      return variable;
    // Plex's `Completed: [10.0.0.2:61399] 500 GET /library/x … 43ms`: the status right before the
    // request's method and its path, where no rule above finds one.
    if (
      beforeMethod < 0 &&
      token === '<*>' &&
      // (after the client, not after a word: ASP.NET's `Request starting <*> GET` is its protocol)
      (t === 0 || (tokens[t - 1] ?? '').includes('<*>') || (tokens[t - 1] ?? '').endsWith(']')) &&
      HTTP_METHOD.test(tokens[t + 1] ?? '') &&
      (tokens[t + 2] ?? '').includes('<*>')
    )
      beforeMethod = variable;
    if (token === '<*>' && aspNet > 0 && t === aspNet + 1) return variable;
    // A status key's pair in a text line (hclog's `HTTP Response Received: … http.status_code=<*>`,
    // Terraform's providers; logfmt-like pairs after a message).
    if (token.endsWith('=<*>') && STATUS_KEY_SET.has(token.slice(0, -4))) return variable;
    // …or as a key and its value apart (OpenStack's WSGI request lines: `"GET <*> HTTP/1.1" status: <*>
    // len: <*> time: <*>`).
    if (
      token === '<*>' &&
      (tokens[t - 1] ?? '').endsWith(':') &&
      STATUS_KEY_SET.has((tokens[t - 1] ?? '').slice(0, -1))
    )
      return variable;
    variable++;
  }
  return beforeMethod;
}

/** Words right before a process's exit or return code (`now returning <*>`, `rc <*>`). */
const CODE_BEFORE = new Set([
  'returning',
  'returned',
  'rc',
  'exitcode',
  'exit_code',
  'returncode',
  'return_code',
]);
/** Keys whose value is one (`rc=<*>`, `exit_code=<*>`, `exit_status=<*>`). */
const CODE_KEYS = new Set([
  'rc',
  'exitcode',
  'exit_code',
  'exit_status',
  'exitstatus',
  'returncode',
  'return_code',
]);
/**
 * A word of exiting or returning a few words before `status` or `code` (`exited with status <*>`,
 * `exit code <*>`); not of finishing (Apigee's `Flow GetOrder completed, target status 200` is HTTP's).
 */
const EXIT_WORD = /^(?:exit(?:ed|s|ing)?|return(?:ed|s)?)$/i;

/**
 * The variable (its index among the template's variables) holding a process's exit or return code,
 * or -1: HTCondor's `Starter pid <*> exited with status <*>`, Keepalived's `Script \`chk_haproxy\` now
 * returning <*>`, `… rc=<*>`, `exit code <*>`; a word after it makes it a count or an answer
 * (`Rate quote <*> returned <*> options`). Not an HTTP status (see statusSlotOf). Its values say
 * whether the work failed: 0 succeeded, another code failed in its own way (see Analyzer.noteCode).
 */
export function codeSlotOf(template: string): number {
  if (template.indexOf('<*>') < 0) return -1;
  const tokens = template.split(' ');
  let variable = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] ?? '';
    if (!token.includes('<*>')) continue;
    // A code closes its clause: `returned <*> options`, `returned <*> in <*> ms` count or answer.
    if (token === '<*>' && t > 0 && !/^[A-Za-z]/.test(tokens[t + 1] ?? '')) {
      const before = (tokens[t - 1] ?? '').toLowerCase().replace(/:$/, '');
      if (CODE_BEFORE.has(before)) return variable;
      if (
        (before === 'status' || before === 'code') &&
        tokens.slice(Math.max(0, t - 4), t - 1).some((w) => EXIT_WORD.test(w.replace(/[,:;]$/, '')))
      )
        return variable;
    } else if (token.endsWith('=<*>') && CODE_KEYS.has(token.slice(0, -4).toLowerCase())) return variable;
    variable++;
  }
  return -1;
}

/** The word that names the code in variable `slot` of a template (see codeSlotOf): `status`, `returning`, `rc`. */
export function codeWordOf(template: string, slot: number): string {
  const tokens = template.split(' ');
  const t = tokenOfVariable(tokens, slot);
  if (t < 0) return 'code';
  const token = tokens[t] ?? '';
  return token === '<*>' ? (tokens[t - 1] ?? 'code').replace(/:$/, '') : token.slice(0, -4);
}

/** The index of the token holding variable `index` of a template's tokens, or -1. */
function tokenOfVariable(tokens: readonly string[], index: number): number {
  let variable = 0;
  for (let t = 0; t < tokens.length; t++)
    if ((tokens[t] ?? '').includes('<*>') && variable++ === index) return t;
  return -1;
}

/** How many of a template's tokens before token `at` hold a variable (the event's variable index of token `at`'s). */
function variablesBefore(tokens: readonly string[], at: number): number {
  let n = 0;
  for (let t = 0; t < at; t++) if ((tokens[t] ?? '').includes('<*>')) n++;
  return n;
}

/** Whether tokens from `at` on are a reason phrase (capitalised words, or variables where it varies), then `in`. */
function reasonThenIn(tokens: readonly string[], at: number): boolean {
  for (let j = at; j < at + 5 && j < tokens.length; j++) {
    const token = tokens[j] ?? '';
    if (token === 'in') return true;
    if (token !== '<*>' && !REASON_WORD.test(token)) return false;
  }
  return false;
}

/**
 * The words around variable `index` of a template (the token before it and its own): what names a
 * variable found to be a duration by its values (`120ms`) wherever the template's generalising moves it.
 */
export function slotContext(template: string, index: number): string {
  const tokens = template.split(' ');
  const t = tokenOfVariable(tokens, index);
  return t < 0 ? String(index) : `${tokens[t - 1] ?? ''} ${tokens[t] ?? ''}`;
}

/** A variable's value as an HTTP status (three digits, 100–599), or null. */
export function statusOfParam(param: string | undefined): number | null {
  if (param === undefined || param.length !== 3) return null;
  const a = param.charCodeAt(0) - 48;
  const b = param.charCodeAt(1) - 48;
  const c = param.charCodeAt(2) - 48;
  // Three digits, read by hand: Number() of a short sliced string is a runtime call.
  if (a < 1 || a > 5 || b < 0 || b > 9 || c < 0 || c > 9) return null;
  return a * 100 + b * 10 + c;
}

/** The attribute holding an event's HTTP status, if any. */
export function statusKeyOf(attributes: Record<string, AttributeValue>): string | null {
  return STATUS_KEYS.find((key) => statusAt(attributes, key) !== null) ?? null;
}

/** The HTTP status of an access-log (or structured) event, when it has one. */
export function httpStatus(attributes: Record<string, AttributeValue>): number | null {
  const key = statusKeyOf(attributes);
  return key === null ? null : statusAt(attributes, key);
}

/**
 * ln of a duration. An exact zero is a time rounded down to whole milliseconds ("connect=0ms"), not
 * an instant: counted as half of one, so a bucket's share of zeros does not swing its typical value.
 */
export function lnOfMs(ms: number): number {
  // Most durations are whole milliseconds under a few seconds: their logarithm is looked up.
  const whole = ms | 0;
  if (whole === ms && whole >= 0 && whole < LN_TABLE_SIZE) return LN_WHOLE_MS[whole] as number;
  return Math.log(ms > 0 ? ms : 0.5);
}

const LN_TABLE_SIZE = 4096;
/** Math.log of 0.5 (see lnOfMs), 1, 2, … LN_TABLE_SIZE − 1: the same doubles Math.log returns for them. */
const LN_WHOLE_MS = Float64Array.from({ length: LN_TABLE_SIZE }, (_, i) => Math.log(i > 0 ? i : 0.5));
