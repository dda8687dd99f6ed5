import type { AttributeValue, FormatName } from '../types';
import { ACCESS, ALB, requestTimeUnit, routeOf, type RequestTimeUnit } from './parse-access-line';
import { readLogfmtPairs } from './parse-logfmt-line';
import { RFC3164, RFC5424 } from './parse-syslog-line';
import { BRACKET, COMPONENT, DASH, LEVEL, LOGGER, MARK, NUM, SOURCE, TIME } from './header-tokens';
import { hasHeader, learnTextHeader } from './learn-text-header';
import type { TextHeaderModel } from './text-header';

export interface FormatDetection {
  format: FormatName;
  evidence: string;
  /** Access logs: what the request time after each line counts (see requestTimeUnit). */
  requestTimeUnit?: RequestTimeUnit;
  /** Header layout for text lines (also used for the text lines of a mixed JSON file). */
  header: TextHeaderModel;
  /**
   * Text and syslog lines that log HTTP requests in a layout of their own (Envoy, uvicorn, HAProxy):
   * most sampled lines hold a request line and its status, which each line's parser then reads into
   * `status` (and `requestTime`, in seconds, where the layout has it) attributes (see `readRequest`).
   */
  requestStatus?: boolean;
}

/** A quoted HTTP request line with the status right after it ("GET /x HTTP/1.1" 503). */
const REQUEST_THEN_STATUS = /"[A-Z]{3,7} \S+ HTTP\/[\d.]+" ([1-5]\d\d)(?!\S)/;
/**
 * Envoy's default access log after the status: flags, [details, termination details,
 * "failure reason"], bytes received, bytes sent, duration (ms), upstream time, "forwarded for".
 */
const ENVOY_TAIL = / \S+(?: \S+ \S+ "[^"]*")? \d+ \d+ (\d+) (?:\d+|-) "/y;
/**
 * HAProxy's HTTP log ("option httplog"): "[accept date] frontend backend/server Tq/Tw/Tc/Tr/Ta status",
 * Ta (ms, "+" when logged early) the whole request's time, -1 for an aborted one.
 */
const HAPROXY = /\] \S+ \S+\/\S+ -?\d+\/-?\d+\/-?\d+\/-?\d+\/\+?(-?\d+) ([1-5]\d\d) /;

/** Whether a line logs an HTTP request with its status in one of the layouts `readRequest` reads. */
function isRequestLine(line: string): boolean {
  return REQUEST_THEN_STATUS.test(line) || HAPROXY.test(line);
}

/** The HTTP status written right after a quoted request line in a text message, else null. */
export function requestStatus(message: string): number | null {
  const at = message.indexOf(' HTTP/');
  if (at < 0) return null;
  const quote = message.indexOf('" ', at);
  if (quote < 0) return null;
  const s = quote + 2;
  const a = message.charCodeAt(s) - 48;
  const b = message.charCodeAt(s + 1) - 48;
  const c = message.charCodeAt(s + 2) - 48;
  const after = message.charCodeAt(s + 3);
  if (!(a >= 1 && a <= 5 && b >= 0 && b <= 9 && c >= 0 && c <= 9)) return null;
  if (!(Number.isNaN(after) || after === 32 || after === 9)) return null;
  return a * 100 + b * 10 + c;
}

/**
 * The request of a line that logs one in a layout of its own, as an access log's message: the method
 * and the route ("GET api/<*>/items"), its method and path stored in `attributes`. Null when the line
 * has no quoted request line.
 */
export function requestMessage(message: string, attributes: Record<string, AttributeValue>): string | null {
  const at = message.indexOf(' HTTP/');
  const quote = at < 0 ? -1 : message.lastIndexOf('"', at);
  const space = quote < 0 ? -1 : message.indexOf(' ', quote + 1);
  if (space < 0 || space >= at) return null;
  const method = message.slice(quote + 1, space);
  const path = message.slice(space + 1, at);
  attributes.method = method;
  attributes.path = path;
  return `${method} ${routeOf(path)}`;
}

/**
 * Reads the status (and request time) of a request logged in a layout of its own into `attributes`:
 * after a quoted request line (Envoy, whose duration follows, uvicorn, gunicorn), or after HAProxy's
 * timers. Returns the status; null (and nothing read) for a line that holds neither.
 */
export function readRequest(message: string, attributes: Record<string, AttributeValue>): number | null {
  const status = requestStatus(message);
  if (status !== null) {
    attributes.status = status;
    ENVOY_TAIL.lastIndex = message.indexOf('" ', message.indexOf(' HTTP/')) + 5;
    const envoy = ENVOY_TAIL.exec(message);
    if (envoy) attributes.requestTime = Number(envoy[1]) / 1000;
    return status;
  }
  const haproxy = message.indexOf('] ') >= 0 ? HAPROXY.exec(message) : null;
  if (!haproxy) return null;
  const total = Number(haproxy[1]);
  if (total >= 0) attributes.requestTime = total / 1000;
  return (attributes.status = Number(haproxy[2]));
}

function isJsonObject(line: string): boolean {
  const t = line.trim();
  if (t.charCodeAt(0) !== 123 || t.charCodeAt(t.length - 1) !== 125) return false;
  try {
    const v: unknown = JSON.parse(t);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

function isLogfmt(line: string): boolean {
  const pairs = readLogfmtPairs(line);
  if (pairs.length < 3) return false;
  return pairs.some(([k]) => /^(level|lvl|msg|message|ts|time|t)$/i.test(k));
}

const CHECKS: [Exclude<FormatName, 'text'>, string, (l: string) => boolean][] = [
  ['json', 'parse as JSON objects', isJsonObject],
  ['syslog5424', 'match RFC 5424 syslog', (l) => RFC5424.test(l)],
  ['syslog3164', 'match RFC 3164 syslog', (l) => RFC3164.test(l)],
  [
    'access',
    'match the Apache/Nginx (or AWS load balancer) access log format',
    (l) => ACCESS.test(l) || ALB.test(l),
  ],
  ['logfmt', 'are logfmt key=value pairs', isLogfmt],
];

/** Picks the format most sampled lines fit (at least half of them), else text with a learned header. */
export function detectFormat(sample: string[], override?: FormatName): FormatDetection {
  const lines = sample.filter((l) => l.trim().length > 0);
  const header = learnTextHeader(lines.filter((l) => !isJsonObject(l)));
  if (override)
    return withUnits({ format: override, evidence: `format set by the caller (${override})`, header }, lines);
  let best: FormatDetection | null = null;
  let bestCount = 0;
  for (const [format, what, test] of CHECKS) {
    const count = lines.filter(test).length;
    if (count > bestCount && count * 2 >= lines.length) {
      bestCount = count;
      best = { format, evidence: `${count} of ${lines.length} sampled lines ${what}`, header };
    }
  }
  if (best) return withRequests(withUnits(best, lines), lines);
  const evidence = hasHeader(header)
    ? `text: header learned from ${lines.length} sampled lines (${describe(header)})`
    : `text: no known structure in ${lines.length} sampled lines; the whole line is the message`;
  return withRequests({ format: 'text', evidence, header }, lines);
}

/** Text and syslog files whose lines are mostly HTTP requests with a status: `requestStatus`. */
function withRequests(detection: FormatDetection, lines: string[]): FormatDetection {
  const f = detection.format;
  if (f !== 'text' && f !== 'syslog3164' && f !== 'syslog5424') return detection;
  const count = lines.filter(isRequestLine).length;
  if (count === 0 || count * 2 < lines.length) return detection;
  return {
    ...detection,
    requestStatus: true,
    evidence: `${detection.evidence}; ${count} hold an HTTP request line and its status`,
  };
}

/** An access log's request-time unit, decided from the sample, with its evidence. */
function withUnits(detection: FormatDetection, lines: string[]): FormatDetection {
  if (detection.format !== 'access') return detection;
  const time = requestTimeUnit(lines);
  if (!time) return detection;
  return { ...detection, requestTimeUnit: time.unit, evidence: `${detection.evidence}; ${time.evidence}` };
}

const NAMES: Record<number, string> = {
  [BRACKET]: 'a [thread]',
  [DASH]: '"-"',
  [LOGGER]: 'a logger',
  [COMPONENT]: 'a "component:"',
  [SOURCE]: 'a "file.go:line]"',
  [MARK]: 'a level mark (* # . -)',
  [NUM]: 'a number',
  9: 'a padded column',
};

const ANCHORS: Record<number, string> = {
  [LEVEL]: 'level',
  [COMPONENT]: '"component:"',
  [TIME]: 'an epoch timestamp',
};

function describe(h: TextHeaderModel): string {
  if (h.pipeFields > 0) return `${h.pipeFields} '|'-separated header fields`;
  const parts =
    h.anchorIndex < 0
      ? [
          `${h.levelDate ? 'a level letter glued to the date, then ' : ''}${h.leading} leading timestamp/number tokens`,
        ]
      : [`${ANCHORS[h.anchorClass] ?? '?'} in column ${h.anchorIndex + 1}`];
  for (const cls of h.after) parts.push(`then ${NAMES[cls] ?? '?'}`);
  return parts.join(', ');
}
