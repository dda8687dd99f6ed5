import type { TimestampReader } from '../fields/timestamp-reader';
import { numberOf } from '../fields/strings';
import type { Level } from '../types';
import type { ParsedFields } from './parsed-fields';

// Common / combined log format, optionally followed by a request time. The client may be the list of
// addresses a request came through (`$http_x_forwarded_for` logged in its place: "203.0.113.7,
// 10.0.3.131"); the first is the client.
export const ACCESS =
  /^(\S+(?:, \S+)*) (\S+) (\S+) \[([^\]]+)\] "(\S+) (\S+)(?: (\S+))?" (\d{3}) (\d+|-)(?: "([^"]*)" "([^"]*)")?(?: (\d+(?:\.\d+)?))?/;

/**
 * Apache's `vhost_combined` (Debian's other_vhosts_access.log): the virtual host and its port before a
 * combined line, "shop.example.com:443 10.0.0.1 - - [25/Nov/2026:10:00:00 +0000] …".
 */
const VHOST = /^([\w.-]+):\d+ (?=\S+ \S+ \S+ \[)/;

/** The access line after its virtual host (VHOST), or null when none leads it. */
function afterVhost(line: string): string | null {
  const vhost = VHOST.exec(line);
  return vhost === null ? null : line.slice(vhost[0].length);
}

/** Whether a line is an access line (ACCESS), with a virtual host before it or not, an ALB or an S3 line. */
export function isAccessLine(line: string): boolean {
  if (ACCESS.test(line) || ALB.test(line) || isS3Line(line)) return true;
  const rest = afterVhost(line);
  return rest !== null && ACCESS.test(rest);
}

/**
 * AWS Application Load Balancer: type, time, elb, client:port, target:port, the three processing
 * times in seconds (-1 when no target answered), elb and target status, bytes in and out, "request",
 * "user agent", then fields of its own. A Classic Load Balancer writes the same fields without the
 * type (and without the ALB's own after the TLS protocol), its backend's status 0 when none answered.
 */
export const ALB =
  /^(?:(?:https?|h2|grpcs?|wss?) )?(\d{4}-\d\d-\d\dT\S+) \S+ (\S+) \S+ (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (\d{3}|-) (?:\d{1,3}|-) \d+ (\d+) "(\S+) (\S+)(?: (\S+))?" "([^"]*)"/;

/**
 * Amazon S3's server access logs: bucket owner (its canonical id, 64 hex digits), bucket, [time], remote IP, requester, request id,
 * operation (`REST.GET.OBJECT`), key, "request" (`-` for S3's own operations: lifecycle, batch),
 * status, error code, bytes sent, object size, total time and turn-around time in milliseconds,
 * "referer", "user agent", then fields of its own.
 */
export const S3 =
  /^\S+ (\S+) \[([^\]]+)\] (\S+) (\S+) (\S+) ([A-Z0-9_]+\.[A-Z0-9_.]+) (\S+) "(?:(\S+) (\S+)(?: (\S+))?|-)" (\d{3}|-) (\S+) (\d+|-) (\d+|-) (\d+|-) (?:\d+|-) "([^"]*)" "([^"]*)"/;

/** S3.test, run only where the bucket owner's canonical id (64 hex digits) ends: most lines fail there. */
function isS3Line(line: string): boolean {
  return line.charCodeAt(64) === 32 && S3.test(line);
}

/**
 * Fields some servers log after the user agent before the request time, as nginx's
 * `"$http_x_forwarded_for" $upstream_addr $request_time $upstream_response_time` or ingress-nginx's
 * `$request_length $request_time [$proxy_upstream_name] …`: the first decimal number there (a time in
 * seconds), or an `rt=` / `request_time=` value.
 */
const TAIL_TIME = /(?:^|\s)(?:rt=|request_time=)?(\d+\.\d+)(?=\s|$)/;

/**
 * Traefik's common log format ends with the request's duration and its unit: `… "http://10.0.0.7:80"
 * 12ms`. The number of milliseconds before a final "ms" (after white space), or null: what
 * `/\s(\d+(?:\.\d+)?)ms\s*$/` matches, read backwards from the end instead of tried at every space.
 */
export function msAtEnd(line: string): string | null {
  let end = line.length;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  if (end < 4 || line.charCodeAt(end - 1) !== 115 || line.charCodeAt(end - 2) !== 109) return null;
  const last = end - 2;
  let i = last;
  while (i > 0 && isDigit(line.charCodeAt(i - 1))) i--;
  if (i === last) return null;
  if (i > 1 && line.charCodeAt(i - 1) === 46 && isDigit(line.charCodeAt(i - 2))) {
    i--;
    while (i > 0 && isDigit(line.charCodeAt(i - 1))) i--;
  }
  return i > 0 && isSpace(line.charCodeAt(i - 1)) ? line.slice(i, last) : null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** What `\s` matches among the characters a log line holds. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0xfeff || c === 0x2028 || c === 0x2029;
}

/** The request time of a matched access line: right after it (m[12]) or further along its tail. */
function requestTimeText(m: RegExpExecArray, line: string): string | undefined {
  const next = m[12];
  if (m[0].length >= line.length || m[11] === undefined || (next !== undefined && next.includes('.')))
    return next;
  // An integer followed by more fields is a length (ingress-nginx's $request_length), when a
  // decimal time follows; alone at the end it is Apache's %D or %T.
  return TAIL_TIME.exec(line.slice(m[0].length))?.[1] ?? next;
}

/**
 * A request logged in a layout of its own, read as an access log's line: its method and route the
 * message (each route a pattern with its own request times), its status's level.
 */
export function requestFields(
  timestamp: number | null,
  method: string,
  path: string,
  status: number,
  attributes: ParsedFields['attributes'],
): ParsedFields {
  return {
    timestamp,
    level: levelOfStatus(status),
    service: null,
    message: `${method} ${routeOf(path)}`,
    attributes,
    format: 'access',
  };
}

/** A request's level by its status: 5xx error, 4xx warn, else info. */
export function levelOfStatus(status: number): Level {
  return status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
}

/**
 * The path of a URL as access logs write it ("https://api.example.com:443/v1/items?id=1" →
 * "/v1/items?id=1"; "/v1/items" as it is); null when there is none.
 */
export function pathOf(url: string): string | null {
  const scheme = url.indexOf('://');
  const slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
  return slash < 0 ? null : url.slice(slash);
}

/**
 * Path with digit-bearing segments and the query replaced, so routes group together. The leading
 * "/" is dropped: the miner treats "/x/y" tokens as file paths, i.e. as variables. An API's version
 * ("v1", "V2", "v10") stays: `/orders/v0/…` and `/orders/v1/…` are different routes (a burst of 404s
 * on a retired version is that route's, not every version's).
 */
export function routeOf(path: string): string {
  const q = path.indexOf('?');
  const n = q >= 0 ? q : path.length;
  const first = path.charCodeAt(0) === 47 ? 1 : 0;
  // The path's text from `first` to `n` with each segment that holds a digit written "<*>": the text
  // between such segments is copied in one slice (an access line made ~5 concatenations a segment at
  // a time, each a call to V8's StringAdd).
  let out = '';
  let from = first;
  let start = first;
  while (start <= n) {
    let end = path.indexOf('/', start);
    if (end < 0 || end > n) end = n;
    let digit = false;
    for (let i = start; i < end && !digit; i++) digit = path.charCodeAt(i) >= 48 && path.charCodeAt(i) <= 57;
    if (digit && !isApiVersion(path, start, end)) {
      out += `${path.slice(from, start)}<*>`;
      from = end;
    }
    start = end + 1;
  }
  return from === first ? path.slice(first, n) : out + path.slice(from, n);
}

/** "v1", "V2", "v10": a segment from `start` to `end` that is a version of an API. */
function isApiVersion(path: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 3 || (path.charCodeAt(start) | 32) !== 118) return false;
  for (let i = start + 1; i < end; i++) if (path.charCodeAt(i) < 48 || path.charCodeAt(i) > 57) return false;
  return true;
}

/**
 * What the request time after an access line is counted in. Nginx's `$request_time` is seconds with
 * a decimal point; Apache writes integers: microseconds with `%D` (its usual timing field) or whole
 * seconds with `%T`; gunicorn's `%(M)s` milliseconds. Decided per file from the sampled lines: integers
 * whose median is at most 5 and that never exceed 60 are seconds, a median under 100 milliseconds,
 * other integers microseconds.
 */
export type RequestTimeUnit = 's' | 'ms' | 'us';

/**
 * Integers whose median is below this are milliseconds, not microseconds: no application answers
 * most requests in under 0.1 ms (gunicorn's `%(M)s`, a median of 32), while Apache's `%D` of
 * even a static file is some hundreds of microseconds.
 */
const MS_BELOW = 100;

export function requestTimeUnit(
  sample: readonly string[],
): { unit: RequestTimeUnit; evidence: string } | null {
  const values: number[] = [];
  for (const sampled of sample) {
    let line = sampled;
    let m = ACCESS.exec(line);
    const rest = m === null ? afterVhost(line) : null;
    if (rest !== null) m = ACCESS.exec((line = rest));
    // Durations with their unit say nothing about the unit of bare numbers.
    const time = m && msAtEnd(line) === null ? requestTimeText(m, line) : undefined;
    if (time === undefined) continue;
    if (time.includes('.')) return { unit: 's', evidence: 'request times in seconds (with a decimal point)' };
    values.push(Number(time));
  }
  return unitOfIntegers(values);
}

/** The unit of a file's request times written as integers (see RequestTimeUnit), null for none. */
export function unitOfIntegers(values: number[]): { unit: RequestTimeUnit; evidence: string } | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const median = values[values.length >> 1] ?? 0;
  const max = values[values.length - 1] ?? 0;
  if (median <= 5 && max <= 60)
    return { unit: 's', evidence: `request times in whole seconds (Apache %T: integers, median ${median})` };
  return median < MS_BELOW
    ? { unit: 'ms', evidence: `request times in milliseconds (integers, median ${median})` }
    : { unit: 'us', evidence: `request times in microseconds (Apache %D: integers, median ${median})` };
}

/** The first address of a forwarded-for list ("203.0.113.7, 10.0.3.131" → "203.0.113.7"). */
function firstOfList(client: string | undefined): string | null {
  if (client === undefined) return null;
  const comma = client.indexOf(',');
  return comma < 0 ? client : client.slice(0, comma);
}

/** Parses a common/combined access line; `unit`: what its request time counts (stored in seconds). */
export function parseAccessLine(
  line: string,
  time: TimestampReader,
  unit: RequestTimeUnit = 's',
): ParsedFields | null {
  const m = ACCESS.exec(line);
  if (!m) {
    const rest = afterVhost(line);
    if (rest === null) return parseAlbLine(line, time) ?? parseS3Line(line, time);
    const fields = parseAccessLine(rest, time, unit);
    // A virtual host is the site its requests went to: each its own service.
    if (fields !== null) fields.service = line.slice(0, line.indexOf(':'));
    return fields;
  }
  const status = numberOf(m[8] ?? '');
  const attributes: ParsedFields['attributes'] = {
    client: firstOfList(m[1]),
    user: m[3] === '-' ? null : (m[3] ?? null),
    method: m[5] ?? null,
    path: m[6] ?? null,
    protocol: m[7] ?? null,
    status,
    bytes: m[9] === '-' || m[9] === undefined ? 0 : numberOf(m[9]),
  };
  if (m[10] !== undefined) attributes['referer'] = m[10];
  if (m[11] !== undefined) attributes['userAgent'] = m[11];
  // Traefik's number after the user agent is a request count; its duration ends the line.
  const ms = msAtEnd(line);
  const requestTime = ms !== null ? undefined : requestTimeText(m, line);
  if (ms !== null) attributes['requestTime'] = Number(ms) / 1000;
  else if (requestTime !== undefined)
    attributes['requestTime'] =
      requestTime.includes('.') || unit === 's'
        ? numberOf(requestTime)
        : numberOf(requestTime) / (unit === 'us' ? 1e6 : 1000);
  return {
    timestamp: time.read(m[4] ?? ''),
    level: levelOfStatus(status),
    service: null,
    // A proxy's request line names the whole URL (varnishncsa: "GET http://shop.example/api/x"):
    // the route is its path, as for any other line.
    message: `${m[5] ?? ''} ${routeOf(pathOf(m[6] ?? '') ?? m[6] ?? '')}`,
    attributes,
    format: 'access',
  };
}

/** An AWS ALB access line (see ALB); its request time is the sum of its three processing times. */
function parseAlbLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = ALB.exec(line);
  if (!m) return null;
  const status = m[6] === '-' ? null : Number(m[6]);
  const path = pathOf(m[9] ?? '') ?? '/';
  const times = [m[3], m[4], m[5]].map(Number);
  const attributes: ParsedFields['attributes'] = {
    client: m[2] ?? null,
    method: m[8] ?? null,
    path,
    protocol: m[10] ?? null,
    status,
    bytes: Number(m[7]),
    userAgent: m[11] ?? null,
  };
  // -1: the load balancer got no answer from a target (the status says why).
  if (times.every((t) => t >= 0)) attributes['requestTime'] = times.reduce((a, b) => a + b, 0);
  return {
    timestamp: time.read(m[1] ?? ''),
    level: status === null ? null : levelOfStatus(status),
    service: null,
    message: `${m[8] ?? ''} ${routeOf(path)}`,
    attributes,
    format: 'access',
  };
}

/**
 * An S3 server access line (see S3): the operation is the message, with the error code when refused
 * ("REST.GET.OBJECT: AccessDenied", as a CloudTrail call reads), the bucket the service.
 */
function parseS3Line(line: string, time: TimestampReader): ParsedFields | null {
  const m = line.charCodeAt(64) === 32 ? S3.exec(line) : null;
  if (!m) return null;
  const status = m[11] === '-' ? null : Number(m[11]);
  const error = m[12] === '-' ? null : (m[12] ?? null);
  const operation = m[6] ?? '';
  const attributes: ParsedFields['attributes'] = {
    client: m[3] ?? null,
    requester: m[4] === '-' ? null : (m[4] ?? null),
    requestId: m[5] ?? null,
    operation,
    key: m[7] === '-' ? null : (m[7] ?? null),
    status,
    errorCode: error,
    bytes: m[13] === '-' ? 0 : Number(m[13]),
  };
  if (m[8] !== undefined) {
    attributes['method'] = m[8];
    attributes['path'] = pathOf(m[9] ?? '') ?? m[9] ?? null;
    attributes['protocol'] = m[10] ?? null;
  }
  if (m[15] !== '-') attributes['requestTime'] = Number(m[15]) / 1000;
  if (m[16] !== '-') attributes['referer'] = m[16] ?? null;
  if (m[17] !== '-') attributes['userAgent'] = m[17] ?? null;
  return {
    timestamp: time.read(m[2] ?? ''),
    level: status === null ? null : levelOfStatus(status),
    service: m[1] ?? null,
    message: error === null ? operation : `${operation}: ${error}`,
    attributes,
    format: 'access',
  };
}
