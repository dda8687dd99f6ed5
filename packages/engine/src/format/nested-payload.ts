// A structured line carried inside another log's message: what journald and syslog hold on a
// Kubernetes node or any systemd host ("… kubelet[1624]: I0509 00:00:06.568133 1624 kubelet.go:2432]
// …", "… containerd[697]: time=\"…\" level=error msg=\"…\"", "… app[12]: {\"level\":\"error\",…}").
// The inner line's level and message are the event's: otherwise a kubelet error is not an error, and
// the inner header's date ("I0509") splits every pattern at midnight.
import { levelAt } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import { parseJsonLine } from './parse-json-line';
import { parseLogfmtLine } from './parse-logfmt-line';
import type { ParsedFields } from './parsed-fields';
import { opensQuotedPairs, parseQuotedPairs } from './quoted-pairs';
import { parseEdnMap } from './edn-map';

// "I0818 00:00:49.123456    1234 kuberuntime_manager.go:123] message": Kubernetes components
// (kubelet, kube-proxy) logging to syslog or journald.
const KLOG = /^([IWEF])(\d{4}) \d\d:\d\d:\d\d\.\d+ +\d+ ([^\s\]]+)\] ?/;
const KLOG_LEVELS = { I: 'info', W: 'warn', E: 'error', F: 'fatal' } as const;

/** Whether a line opens with a klog header (a Kubernetes component's own log line). */
export function opensWithKlog(line: string): boolean {
  return KLOG.test(line);
}

/** Reads a klog header at the start of the message into `fields`, when there is one. */
function unwrapKlog(fields: ParsedFields): void {
  const message = fields.message;
  const c = message.charCodeAt(0);
  if (
    !(c === 73 || c === 87 || c === 69 || c === 70) ||
    !(message.charCodeAt(1) >= 48 && message.charCodeAt(1) <= 57)
  )
    return;
  const m = KLOG.exec(message);
  if (!m) return;
  fields.message = message.slice(m[0].length);
  fields.level = KLOG_LEVELS[m[1] as keyof typeof KLOG_LEVELS];
  fields.attributes['source'] = m[3] ?? '';
}

/** Whether a message opens with one of the keys a logfmt line starts with (read without a search). */
function startsLikeLogfmt(message: string): boolean {
  let eq = 1;
  while (eq < 10 && isLowerLetter(message.charCodeAt(eq))) eq++;
  if (message.charCodeAt(eq) !== 61) return false;
  switch (message.slice(0, eq)) {
    case 'time':
    case 'ts':
    case 't':
    case 'timestamp':
    case 'level':
    case 'lvl':
    case 'severity':
    case 'at':
      return true;
    default:
      return false;
  }
}

const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;

// hclog's line (Nomad, Consul, Vault, Terraform's providers) or Go's log with an RFC 3339 time, under
// journald or syslog: "    2022-02-19T19:30:01.288-0300 [INFO]  client.driver_mgr.docker: created container".
const ZONED_HEADER =
  /^\s*(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d))\s+(?:\[([A-Za-z]+)\]\s+)?/;

/** A message opening with a time that carries its zone, and a bracketed level after it (see ZONED_HEADER). */
function unwrapZonedHeader(fields: ParsedFields, time: TimestampReader): number | null {
  const message = fields.message;
  // Its year's first digit (after hclog's indent, at most eight blanks), then a dash four characters on.
  let year = 0;
  while (year < 8 && message.charCodeAt(year) === 32) year++;
  const c = message.charCodeAt(year);
  if (!(c === 49 || c === 50) || message.charCodeAt(year + 4) !== 45) return null;
  const m = ZONED_HEADER.exec(message);
  if (m === null) return null;
  const at = time.read(m[1] ?? '');
  if (at === null) return null;
  const level = m[2] === undefined ? null : levelAt(m[2], 0, m[2].length);
  if (level !== null) fields.level = level;
  fields.message = message.slice(m[0].length);
  return at;
}

/**
 * Replaces the level, message and attributes of `fields` by those of the structured line its
 * message holds (klog, logfmt, JSON, a Clojure map in EDN, quoted pairs joined by commas, or a time
 * with its zone and a level), when it holds one. The
 * outer line's service stays (the program that wrote it is the source), and its time where it has
 * one: the inner line's time is returned (null for none), for the caller to line the two up.
 */
export function unnestPayload(fields: ParsedFields, time: TimestampReader): number | null {
  const message = fields.message;
  const c0 = message.charCodeAt(0);
  let inner: ParsedFields | null;
  if (c0 === 123) {
    if (message.charCodeAt(message.length - 1) !== 125) return null;
    inner = message.charCodeAt(1) === 58 ? parseEdnMap(message, time) : parseJsonLine(message, time);
  } else if (c0 >= 97 && c0 <= 122) {
    if (startsLikeLogfmt(message)) inner = parseLogfmtLine(message, time);
    else if (opensQuotedPairs(message)) inner = parseQuotedPairs(message, time);
    else return null;
  } else {
    unwrapKlog(fields);
    return fields.message === message ? unwrapZonedHeader(fields, time) : null;
  }
  // Only a line that names its level or its message is one: "a=1 b=2" stays as written.
  if (inner === null || (inner.level === null && inner.message === message)) return null;
  if (inner.level !== null) fields.level = inner.level;
  if (inner.message.length > 0) fields.message = inner.message;
  fields.timestamp ??= inner.timestamp;
  fields.service ??= inner.service;
  Object.assign(fields.attributes, inner.attributes);
  return inner.timestamp;
}
