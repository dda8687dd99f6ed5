// A structured line carried inside another log's message: what journald and syslog hold on a
// Kubernetes node or any systemd host ("… kubelet[1624]: I0509 00:00:06.568133 1624 kubelet.go:2432]
// …", "… containerd[697]: time=\"…\" level=error msg=\"…\"", "… app[12]: {\"level\":\"error\",…}").
// The inner line's level and message are the event's: otherwise a kubelet error is not an error, and
// the inner header's date ("I0509") splits every pattern at midnight.
import type { TimestampReader } from '../fields/timestamp-reader';
import { parseJsonLine } from './parse-json-line';
import { parseLogfmtLine } from './parse-logfmt-line';
import type { ParsedFields } from './parsed-fields';

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

/**
 * Replaces the level, message and attributes of `fields` by those of the structured line its
 * message holds (klog, logfmt or JSON), when it holds one. The outer line's time and service stay:
 * the program that wrote it is the source.
 */
export function unnestPayload(fields: ParsedFields, time: TimestampReader): void {
  const message = fields.message;
  const c0 = message.charCodeAt(0);
  let inner: ParsedFields | null;
  if (c0 === 123) {
    if (message.charCodeAt(message.length - 1) !== 125) return;
    inner = parseJsonLine(message, time);
  } else if (c0 >= 97 && c0 <= 122) {
    if (!startsLikeLogfmt(message)) return;
    inner = parseLogfmtLine(message, time);
  } else {
    unwrapKlog(fields);
    return;
  }
  // Only a line that names its level or its message is one: "a=1 b=2" stays as written.
  if (inner === null || (inner.level === null && inner.message === message)) return;
  if (inner.level !== null) fields.level = inner.level;
  if (inner.message.length > 0) fields.message = inner.message;
  fields.timestamp ??= inner.timestamp;
  fields.service ??= inner.service;
  Object.assign(fields.attributes, inner.attributes);
}
