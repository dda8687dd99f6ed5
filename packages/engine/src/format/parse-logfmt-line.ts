import type { AttributeValue, Level } from '../types';
import { normalizeLevel } from '../fields/normalize-level';
import { detach, sameText } from '../fields/strings';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';
import { withError } from './parse-json-line';

/**
 * Reads `key=value key="quoted value"` pairs, flat: key, value, key, value… One array a line, where
 * an array per pair cost a logfmt line five more allocations (and their growth) for the parser to
 * take apart again.
 */
export function readLogfmtFlat(line: string): string[] {
  const flat: string[] = [];
  const n = line.length;
  let i = 0;
  // Native searches for "=" and " " rather than a loop over every character.
  let nextEq = -1;
  while (i < n) {
    while (i < n && line.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    const keyStart = i;
    if (nextEq < i) nextEq = line.indexOf('=', i);
    let space = line.indexOf(' ', i);
    if (space < 0) space = n;
    if (nextEq < 0 || nextEq > space || nextEq === keyStart) {
      // No "=" in this word: not a pair.
      i = space;
      continue;
    }
    i = nextEq;
    const key = line.slice(keyStart, i++);
    let value: string;
    if (line.charCodeAt(i) === 34) {
      const close = line.indexOf('"', i + 1);
      const escape = line.indexOf('\\', i + 1);
      if (close >= 0 && (escape < 0 || escape > close)) {
        value = line.slice(i + 1, close); // no escapes: one slice
        i = close + 1;
      } else {
        let j = i + 1;
        let out = '';
        while (j < n && line.charCodeAt(j) !== 34) {
          if (line.charCodeAt(j) === 92 && j + 1 < n) j++;
          out += line[j];
          j++;
        }
        value = out;
        i = j + 1;
      }
    } else {
      // The key holds no space: the first one after it, found above, ends the value too.
      value = line.slice(i, space);
      i = space;
    }
    flat.push(key, value);
  }
  return flat;
}

/** `readLogfmtFlat`'s pairs as [key, value]. */
export function readLogfmtPairs(line: string): [string, string][] {
  const flat = readLogfmtFlat(line);
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i] as string, flat[i + 1] as string]);
  return pairs;
}

/** Heroku's router writes its level as "at=info" / "at=error". */
function isLevelWord(value: string): boolean {
  return normalizeLevel(value) !== null;
}

/** FortiGate's `tz="+0900"`: an offset from UTC. */
const UTC_OFFSET = /^[+-]\d\d:?\d\d$/;

/** Heroku's router times the app as `service=80ms`: a duration, not a service's name. */
const DURATION = /^\d+(?:\.\d+)?(?:ms|s|us|µs|ns)$/;
/** DURATION.test, without running the expression for a name (a logfmt stream names its service on every line). */
const isDuration = (v: string): boolean => {
  const c = v.charCodeAt(0);
  return c >= 48 && c <= 57 && DURATION.test(v);
};

/** What a key is read as (see roleOf). */
const ATTRIBUTE = 0;
const TIME = 1;
const LEVEL = 2;
/** Heroku's `at=`: the level when its value is a level's name. */
const AT = 3;
const MESSAGE = 4;
const SERVICE = 5;
/** `service=`: the service, unless its value is a duration (see isDuration). */
const SERVICE_WORD = 6;

/**
 * The role of a (lower-cased) key, told by its length before any comparison: a key is compared
 * with the names of its length only (most keys, `duration=` or `user=`, with one or none), where
 * comparing it with each name in turn took a dozen string comparisons, each a call.
 */
function roleOf(key: string): number {
  switch (key.length) {
    case 1:
      return key === 't' ? TIME : ATTRIBUTE;
    case 2:
      return key === 'ts' ? TIME : key === 'at' ? AT : ATTRIBUTE;
    case 3:
      return key === 'lvl' ? LEVEL : key === 'msg' ? MESSAGE : key === 'app' ? SERVICE : ATTRIBUTE;
    case 4:
      return key === 'time' ? TIME : ATTRIBUTE;
    case 5:
      return key === 'level' ? LEVEL : ATTRIBUTE;
    case 6:
      return key === 'logger' ? SERVICE : ATTRIBUTE;
    case 7:
      return key === 'message' ? MESSAGE : key === 'service' ? SERVICE_WORD : ATTRIBUTE;
    case 8:
      // Sophos XG's `priority=Warning` (FortiGate's `level=`, elsewhere a number: an attribute then).
      return key === 'severity' ? LEVEL : key === 'priority' ? AT : ATTRIBUTE;
    case 9:
      return key === 'timestamp' ? TIME : key === 'component' ? SERVICE : ATTRIBUTE;
    default:
      return ATTRIBUTE;
  }
}

/** The longest name roleOf knows: a longer key is an attribute, whatever its case. */
const LONGEST_NAME = 9;

/**
 * The keys of the line before, by place, and their roles: a file's lines mostly write the same keys
 * in the same order, and one comparison with the key before (a short key is a flat copy: V8's
 * builtin compares it) costs less than lower-casing the key (a builtin call, ~110 instructions) and
 * comparing it with the names of roleOf. (Only what a key is read as is remembered: any line reads
 * alike whatever came before.)
 *
 * The remembered key is also the name an attribute is stored under (`keyRead`): one string object
 * line after line. A property name must be an internalized string: a fresh key is looked up in V8's
 * string table at every store, where the same object, internalized at its first store, is not
 * (`bench:instructions -- --mode templates --cache`, the suite's logfmt file: the table lookup's
 * ~250 estimated cycles a line gone, `parseLogfmtLine` ~140 more; ~110 fewer in all).
 */
const MEMO_KEYS = 16;
const seenKeys: string[] = new Array<string>(MEMO_KEYS).fill('');
const seenRoles: number[] = new Array<number>(MEMO_KEYS).fill(ATTRIBUTE);
/** The key `roleAt` last read, as the object to store an attribute under (see above). */
let keyRead = '';

function roleAt(key: string, at: number): number {
  if (at >= MEMO_KEYS) {
    keyRead = key;
    return key.length > LONGEST_NAME ? ATTRIBUTE : roleOf(key.toLowerCase());
  }
  const seen = seenKeys[at] as string;
  // A key of 13 characters or more is a slice of its line: compared by `sameText`, not `===`
  // (a runtime call for a slice).
  if (key.length < 13 ? key === seen : sameText(key, seen)) {
    keyRead = seen;
    return seenRoles[at] as number;
  }
  const role = key.length > LONGEST_NAME ? ATTRIBUTE : roleOf(key.toLowerCase());
  // A slice (13 characters or more) detached: it would keep its line's input chunk alive as long as
  // the key is remembered. (A shorter one is a copy already.)
  keyRead = seenKeys[at] = key.length < 13 ? key : detach(key);
  seenRoles[at] = role;
  return role;
}

/** Slurm's job states that say a job failed, and those that say it was stopped. */
const SLURM_FAILED = new Set(['FAILED', 'NODE_FAIL', 'OUT_OF_MEMORY', 'BOOT_FAIL', 'DEADLINE']);
const SLURM_STOPPED = new Set(['TIMEOUT', 'CANCELLED', 'PREEMPTED']);

/**
 * A record of Slurm's job completion log (`JobCompType=jobcomp/filetxt`: `JobId=8806213 UserId=…
 * JobState=COMPLETED Partition=compute … StartTime=2023-09-02T05:57:24 EndTime=2023-09-02T06:15:17 …`):
 * its end is its time (the cluster's local time), its state the message (`COMPLETED`) and the level
 * (a failed job an error, one timed out, cancelled or preempted a warning), its run `elapsed_s`.
 */
function slurmJobRecord(
  fields: ParsedFields,
  attributes: Record<string, AttributeValue>,
  time: TimestampReader,
): void {
  const end = attributes['EndTime'];
  if (typeof end !== 'string') return;
  fields.timestamp = time.read(end);
  const start = attributes['StartTime'];
  if (fields.timestamp !== null && typeof start === 'string') {
    const begun = time.read(start);
    if (begun !== null && fields.timestamp >= begun)
      attributes['elapsed_s'] = (fields.timestamp - begun) / 1000;
  }
  const state = String(attributes['JobState'] ?? '');
  // The state alone (one word: the miner keeps each state a pattern; "job COMPLETED" and "job FAILED" merged).
  fields.message = state;
  fields.level ??= SLURM_FAILED.has(state) ? 'error' : SLURM_STOPPED.has(state) ? 'warn' : 'info';
}

/** auditd's raw record: "type=SYSCALL msg=audit(1764064800.123:24287): arch=c000003e syscall=2 …". */
const AUDIT = /^type=(\S+) msg=audit\((\d{10}\.\d{3}):\d+\): */;

/**
 * An auditd record is read by its header: the time is the epoch in `msg=audit(…)` (its serial number
 * after the colon ties a syscall's records together), the message the record's type and the rest of
 * the line, so each type and layout of record is a pattern of its own (the `msg` value alone, the same
 * `audit(<*>):` on every line, made one pattern of the whole log).
 */
function auditRecord(line: string, fields: ParsedFields, time: TimestampReader): void {
  const m = AUDIT.exec(line);
  if (m === null) return;
  const type = m[1] ?? '';
  fields.timestamp = time.read(m[2] ?? '');
  fields.message = `${type} ${line.slice(m[0].length)}`;
  fields.level ??= auditLevel(type, fields.message);
}

/**
 * An auditd record's level, which it does not write: a process that ended on a signal (ANOM_ABEND:
 * `comm="httpd" … sig=11`, a crash) an error; the kernel's other anomalies (ANOM_PROMISCUOUS, a
 * link followed in a sticky directory…), SELinux's denials and an action that failed (`res=failed`:
 * a login refused, a unit that stopped failing) warnings; every other record info.
 */
function auditLevel(type: string, message: string): Level {
  if (type === 'ANOM_ABEND') return 'error';
  if (type.startsWith('ANOM_')) return 'warn';
  if ((type === 'AVC' || type === 'USER_AVC') && message.includes(' denied ')) return 'warn';
  return AUDIT_FAILED.test(message) ? 'warn' : 'info';
}

const AUDIT_FAILED = /\bres=(?:failed|0)\b/;

/** NetLogger's timestamp, `20240820101526.608259`: UTC, to the microsecond. */
const ULM_TIME = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\.\d+)?$/;

/** A NetLogger timestamp as ISO 8601 (`2024-08-20T10:15:26.608259Z`), or null. */
function ulmIso(value: AttributeValue | undefined): string | null {
  const m = typeof value === 'string' ? ULM_TIME.exec(value) : null;
  return m === null ? null : `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7] ?? ''}Z`;
}

/**
 * A NetLogger (ULM) record — GridFTP's transfer log (`-log-transfer`): `DATE=20240820101526.608259
 * HOST=dtn98 PROG=globus-gridftp-server NL.EVNT=FTP_INFO START=20240820101521.069576 … NBYTES=890385900
 * … TYPE=RETR CODE=226` —: its DATE, the transfer's end, is its time, in UTC as NetLogger writes it;
 * DATE − START its length (`elapsed_s`, seconds: a duration the latency detector reads); the program
 * its service; the event and the transfer's type its message, with the FTP reply code of one that
 * failed; that code its level (4xx, a transient failure, and 5xx an error).
 */
function netLoggerRecord(
  fields: ParsedFields,
  attributes: Record<string, AttributeValue>,
  time: TimestampReader,
): void {
  const end = ulmIso(attributes['DATE']);
  if (end === null) return;
  fields.timestamp = time.read(end);
  const start = ulmIso(attributes['START']);
  if (fields.timestamp !== null && start !== null) {
    const elapsed = fields.timestamp - Date.parse(start);
    if (elapsed >= 0) attributes['elapsed_s'] = elapsed / 1000;
  }
  const program = attributes['PROG'];
  if (fields.service === null && typeof program === 'string') fields.service = program;
  const type = attributes['TYPE'];
  const code = Number(attributes['CODE']);
  const failed = code >= 400 && code < 600;
  // A failed transfer's code is part of its message: "FTP_INFO RETR 426", a pattern apart from the
  // transfers that completed, whose burst shows.
  fields.message = `${String(attributes['NL.EVNT'])}${typeof type === 'string' ? ` ${type}` : ''}${failed ? ` ${code}` : ''}`;
  // FTP's 4xx is no client's mistake, as HTTP's is: the transfer failed (426 aborted, 451 a local
  // error), only perhaps not for good.
  if (fields.level === null && code >= 100 && code < 600) fields.level = failed ? 'error' : 'info';
}

export function parseLogfmtLine(line: string, time: TimestampReader): ParsedFields | null {
  const flat = readLogfmtFlat(line);
  if (flat.length < 4) return null;
  const attributes: Record<string, AttributeValue> = {};
  const fields: ParsedFields = {
    timestamp: null,
    level: null,
    service: null,
    message: '',
    attributes,
    format: 'logfmt',
  };
  let timeText = '';
  for (let at = 0; 2 * at + 1 < flat.length; at++) {
    const k = flat[2 * at] as string;
    const v = flat[2 * at + 1] as string;
    const role = roleAt(k, at);
    if (fields.timestamp === null && role === TIME) {
      fields.timestamp = time.read(v);
      timeText = v;
    } else if (fields.level === null && (role === LEVEL || (role === AT && isLevelWord(v)))) {
      fields.level = normalizeLevel(v);
    } else if (!fields.message && role === MESSAGE) fields.message = v;
    else if (fields.service === null && (role === SERVICE || (role === SERVICE_WORD && !isDuration(v)))) {
      fields.service = v;
    } else attributes[keyRead] = v;
  }
  if (fields.timestamp === null && fields.message.startsWith('audit(')) auditRecord(line, fields, time);
  // A date and a time of day apart: FortiGate's "date=2026-11-25 time=10:00:00".
  // Its `tz="+0900"` is the device's offset from UTC (the file read hours off without it).
  if (fields.timestamp === null && timeText !== '' && typeof attributes['date'] === 'string') {
    const tz = attributes['tz'];
    const zone = typeof tz === 'string' && UTC_OFFSET.test(tz) ? ` ${tz}` : '';
    fields.timestamp = time.read(`${attributes['date']} ${timeText}${zone}`);
  }
  // A time before the pairs: `docker logs -t`, Loki's and Vector's output ("2026-11-25T10:00:00Z level=info …").
  const c = line.charCodeAt(0);
  if (fields.timestamp === null && c >= 48 && c <= 57) {
    const space = line.indexOf(' ');
    if (space >= 8 && space <= 40 && line.indexOf('=') > space)
      fields.timestamp = time.read(line.slice(0, space));
  }
  if (fields.timestamp === null && attributes['NL.EVNT'] !== undefined)
    netLoggerRecord(fields, attributes, time);
  if (fields.timestamp === null && attributes['JobId'] !== undefined && attributes['EndTime'] !== undefined)
    slurmJobRecord(fields, attributes, time);
  if (!fields.message) {
    fields.message = Object.entries(attributes)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(' ');
  } else if (attributes['err'] !== undefined || attributes['error'] !== undefined) {
    // The error beside a generic message is part of it, as a JSON line's (go-kit's `msg="invalid
    // request" err="unexpected EOF"`, logrus' and zerolog's `error=`): see withError.
    fields.message = withError(fields.message, attributes);
  }
  return fields;
}
