import { levelFromMessage, levelFromNumber } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

// RFC 3164: "<PRI>Mmm dd hh:mm:ss host tag[pid]: message" (PRI optional, no year).
export const RFC3164 =
  /^(?:<(\d{1,3})>)?([A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d:\d\d) (\S+) ([^:[\s]+)(?:\[(\d+)\])?: ?(.*)$/s;
// RFC 5424: "<PRI>1 timestamp host app procid msgid [sd] message".
export const RFC5424 = /^<(\d{1,3})>1 (\S+) (\S+) (\S+) (\S+) (\S+) (-|(?:\[.*?\])+) ?(.*)$/s;

// A klog header inside the message: Kubernetes components (kubelet, kube-proxy) logging to syslog or
// journald write "I0818 00:00:49.123456    1234 kuberuntime_manager.go:123] message".
const KLOG = /^([IWEF])(\d{4}) \d\d:\d\d:\d\d\.\d+ +\d+ ([^\s\]]+)\] ?/;
const KLOG_LEVELS = { I: 'info', W: 'warn', E: 'error', F: 'fatal' } as const;

/** The message without its klog header, the header's level and source ("file.go:123"); null without one. */
function unwrapKlog(
  message: string,
): { message: string; level: ParsedFields['level']; source: string } | null {
  const c = message.charCodeAt(0);
  if (
    !(c === 73 || c === 87 || c === 69 || c === 70) ||
    !(message.charCodeAt(1) >= 48 && message.charCodeAt(1) <= 57)
  )
    return null;
  const m = KLOG.exec(message);
  if (!m) return null;
  return {
    message: message.slice(m[0].length),
    level: KLOG_LEVELS[m[1] as keyof typeof KLOG_LEVELS],
    source: m[3] ?? '',
  };
}

function severity(pri: string | undefined): ParsedFields['level'] {
  return pri === undefined ? null : levelFromNumber(Number(pri) % 8);
}

export function parseSyslog3164(line: string, time: TimestampReader): ParsedFields | null {
  const m = RFC3164.exec(line);
  if (!m) return null;
  let message = m[6] ?? '';
  const attributes: ParsedFields['attributes'] = { host: m[3] ?? null };
  if (m[5] !== undefined) attributes['pid'] = Number(m[5]);
  const klog = unwrapKlog(message);
  if (klog) {
    message = klog.message;
    attributes['source'] = klog.source;
  }
  return {
    timestamp: time.read(m[2] ?? ''),
    level: klog?.level ?? severity(m[1]) ?? levelFromMessage(message),
    service: m[4] ?? null,
    message,
    attributes,
    format: 'syslog3164',
  };
}

export function parseSyslog5424(line: string, time: TimestampReader): ParsedFields | null {
  const m = RFC5424.exec(line);
  if (!m) return null;
  const nil = (s: string | undefined): string | null => (s === undefined || s === '-' ? null : s);
  const attributes: ParsedFields['attributes'] = { host: nil(m[3]), procid: nil(m[5]), msgid: nil(m[6]) };
  if (m[7] && m[7] !== '-') attributes['structuredData'] = m[7];
  let message = m[8] ?? '';
  const klog = unwrapKlog(message);
  if (klog) {
    message = klog.message;
    attributes['source'] = klog.source;
  }
  return {
    timestamp: time.read(m[2] ?? ''),
    level: klog?.level ?? severity(m[1]),
    service: nil(m[4]),
    message,
    attributes,
    format: 'syslog5424',
  };
}
