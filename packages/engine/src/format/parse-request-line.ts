// Text and syslog logs whose lines record HTTP requests in a layout of their own (Envoy's default
// access log, HAProxy's HTTP log, uvicorn, gunicorn, Squid's native access log): their status, request time and route, read as
// an access log's (see `FormatDetection.requestStatus`).
import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue } from '../types';
import { levelOfStatus, pathOf, routeOf, unitOfIntegers, type RequestTimeUnit } from './parse-access-line';
import type { ParsedFields } from './parsed-fields';

/** A quoted HTTP request line with the status right after it ("GET /x HTTP/1.1" 503). */
const REQUEST_THEN_STATUS = /"[A-Z]{3,7} \S+ HTTP\/[\d.]+" ([1-5]\d\d)(?!\S)/;
/**
 * Envoy's default access log after the status: flags, [details, termination details,
 * "failure reason"], bytes received, bytes sent, duration (ms), upstream time, "forwarded for".
 */
const ENVOY_TAIL = / \S+(?: \S+ \S+ "[^"]*")? \d+ \d+ (\d+) (?:\d+|-) "/y;
/**
 * A Go middleware's request time closing the line, with its unit: `… "GET /x HTTP/1.1" 200 837
 * 46.076028ms`, chi's `… - 200 13B in 11.48µs`.
 */
const TRAILING_DURATION = / (\d+(?:\.\d+)?)(ns|µs|us|ms|s)$/;
/**
 * nginx's `$status $body_bytes_sent $request_time` after the request where the line is not a combined
 * log's (APISIX's default access log puts the host before the request): `" 200 5517 0.068 "-" …`, the
 * request's seconds to the millisecond; also to the microsecond closing the line, as OpenStack's
 * eventlet WSGI server writes it (`"HEAD /v2/images/… HTTP/1.1" 200 16165 0.144883`).
 */
const BYTES_THEN_SECONDS = / (?:\d+|-) (\d+\.\d{3,6})(?= |$)/y;
/**
 * A whole number closing the line after the status and the bytes: the request's time as Apache's `%D`
 * (µs) or `%T` (s), Payara's and Tomcat's time taken (ms) write it — its unit decided per file from the
 * sample (see requestTimeUnitOfLines): `"10.0.0.1" "NULL-AUTH-USER" "10/Oct/2026:16:15:00 -0230" "GET
 * /shop/static/app.js HTTP/1.1" 401 0 6`. InfluxDB 1.x's `[httpd]` lines write the referer, the user
 * agent and the request's id between: `… 204 0 "-" "Telegraf/1.21.4 Go/1.21.3" 5cb8e617-4085-11ee-8001-0242ac120006 5864`.
 */
const BYTES_THEN_INTEGER = / (?:\d+|-)(?: "[^"]*" "[^"]*" [0-9a-f][0-9a-f-]{7,35})? (\d+)$/y;
const UNIT_PER_SECOND: Record<string, number> = { ns: 1e9, µs: 1e6, us: 1e6, ms: 1000, s: 1 };
/**
 * HAProxy's HTTP log ("option httplog"): "[accept date] frontend backend/server Tq/Tw/Tc/Tr/Ta status",
 * Ta (ms, "+" when logged early) the whole request's time, -1 for an aborted one; Tr the server's
 * time to its response's headers (-1 when none came), without the transfer of the body that Ta holds.
 */
const HAPROXY = /\] \S+ \S+\/\S+ -?\d+\/-?\d+\/-?\d+\/(-?\d+)\/\+?(-?\d+) ([1-5]\d\d) /;
/**
 * HAProxy's TCP log ("option tcplog"): "[accept date] frontend backend/server Tw/Tc/Tt bytes
 * termination-state": no status; Tc (ms) the time to connect to the server, Tt the session's.
 */
const HAPROXY_TCP = /\] \S+ \S+\/\S+ -?\d+\/(-?\d+)\/\+?(-?\d+) \d+ ([-A-Za-z]{2}) /;

/**
 * Squid's native access log: "time.millis elapsed(ms) client CODE/status bytes METHOD URL …"
 * (status 000 when no HTTP status was had: a denied CONNECT, an aborted request).
 */
const SQUID = /^\d{9,10}\.\d{3} +(\d+) \S+ [A-Z_]+\/(\d{3}) \d+ ([A-Z]{3,12}) (\S+)/;

/**
 * uWSGI's request log (its default logformat): "[pid: 41|app: 0|req: 1/1] 10.1.2.3 () {40 vars in 589
 * bytes} [Wed Apr 19 01:16:04 2023] GET /x => generated 26713 bytes in 22 msecs (HTTP/1.1 200) 6
 * headers in 229 bytes (1 switches on core 0)"; `micros` with --log-micros.
 */
const UWSGI =
  /^\[pid: \d+\|app: -?\d+\|req: -?\d+\/\d+\] (\S+) \([^)]*\) \{\d+ vars in \d+ bytes\} \[([^\]]+)\] (\S+) (\S+) => generated (\d+) bytes in (\d+) (msecs|micros)(?: \((\S+) (\d{3})\))?/;

/**
 * BentoML's access log (its API server's and runners'): "client (scheme=http,method=POST,path=/classify,
 * type=application/json,length=9) (status=200,type=application/json,length=1) 0.465ms (trace=…,span=…,
 * sampled=0)", at INFO whatever the status.
 */
const BENTOML =
  /\(scheme=\w+,method=([A-Z]+),path=([^,)]*)[^)]*\) \(status=(\d{3})[^)]*\) (\d+(?:\.\d+)?)ms\b/;

/** Whether a line is a uWSGI request line (see UWSGI). */
export function isUwsgiRequest(line: string): boolean {
  return line.startsWith('[pid: ') && UWSGI.test(line);
}

/** A uWSGI request line (see UWSGI) read as an access log's, or null for any other line. */
export function parseUwsgiRequest(line: string, time: TimestampReader): ParsedFields | null {
  const m = UWSGI.exec(line);
  if (!m) return null;
  const method = m[3] ?? '';
  const path = m[4] ?? '';
  const status = m[9] === undefined ? null : Number(m[9]);
  return {
    timestamp: time.read(m[2] ?? ''),
    level: status === null ? null : levelOfStatus(status),
    service: null,
    message: `${method} ${routeOf(path)}`,
    attributes: {
      client: m[1] ?? null,
      method,
      path,
      protocol: m[8] ?? null,
      status,
      bytes: Number(m[5]),
      requestTime: Number(m[6]) / (m[7] === 'micros' ? 1e6 : 1000),
    },
    format: 'access',
  };
}

/** Whether a line logs an HTTP request with its status in one of the layouts `readRequestLine` reads. */
export function isRequestLine(line: string): boolean {
  return (
    REQUEST_THEN_STATUS.test(line) ||
    HAPROXY.test(line) ||
    SQUID.test(line) ||
    HAPROXY_TCP.test(line) ||
    BENTOML.test(line)
  );
}

/**
 * Reads a request logged in a layout of its own into `fields`, as an access log has it: `status` and
 * (where the layout has it) `requestTime` in seconds, `method` and `path` attributes; the method and
 * route as the message, so each route is a pattern with its own request times; and, without a level
 * of its own, the status's. A line that holds no request is left as it is.
 */
export function readRequestLine(fields: ParsedFields, line: string, unit: RequestTimeUnit = 'ms'): void {
  const message = fields.message;
  const attributes = fields.attributes;
  if (line.charCodeAt(10) === 46 || line.charCodeAt(9) === 46) {
    const squid = SQUID.exec(line);
    if (squid) return readSquid(fields, squid);
  }
  const at = message.indexOf(' HTTP/');
  if (at < 0 && message.indexOf(' (scheme=') >= 0) {
    const bento = BENTOML.exec(message);
    if (bento) return readBento(fields, bento);
  }
  const close = at < 0 ? -1 : message.indexOf('" ', at);
  let status = close < 0 ? null : statusAt(message, close + 2);
  // Envoy's 0: no response was sent (`0 DC`: the client went away first; `0 NR`: no route).
  const unanswered = status === null && close >= 0 && isEnvoyUnanswered(message, close + 2);
  if (status !== null || unanswered) {
    // Envoy writes its duration after the status.
    ENVOY_TAIL.lastIndex = close + (unanswered ? 3 : 5);
    const envoy = ENVOY_TAIL.exec(message);
    let seconds: RegExpExecArray | null = null;
    if (!envoy && !unanswered) {
      BYTES_THEN_SECONDS.lastIndex = close + 5;
      seconds = BYTES_THEN_SECONDS.exec(message);
    }
    if (envoy) attributes.requestTime = Number(envoy[1]) / 1000;
    else if (seconds) attributes.requestTime = Number(seconds[1]);
    else {
      const took = TRAILING_DURATION.exec(message);
      if (took !== null && took.index > close) {
        attributes.requestTime = Number(took[1]) / (UNIT_PER_SECOND[took[2] ?? 's'] ?? 1);
      } else if (status !== null) {
        const integer = trailingInteger(message, close);
        if (integer !== null) attributes.requestTime = integer / (UNIT_PER_SECOND[unit] ?? 1);
      }
    }
  } else {
    const haproxy = message.indexOf('] ') >= 0 ? HAPROXY.exec(message) : null;
    if (!haproxy) return readTcpSession(fields, message);
    const total = Number(haproxy[2]);
    if (total >= 0) attributes.requestTime = total / 1000;
    // The server's own time apart: a mirror's downloads of all sizes make Ta a mix of transfers,
    // where a backend four times slower to answer shows (blind21 9/s09).
    const server = Number(haproxy[1]);
    if (server >= 0) attributes.server_response_time_ms = server;
    status = Number(haproxy[3]);
  }
  // Unanswered, a request has no status (as Squid's 000): its route is its message all the same.
  if (status !== null) attributes.status = status;
  fields.level ??= status === null ? 'info' : levelOfStatus(status);
  fields.message = requestMessage(message, at, attributes) ?? message;
}

/** The whole number closing `message` after the status that follows `close` and the bytes (see BYTES_THEN_INTEGER). */
function trailingInteger(message: string, close: number): number | null {
  BYTES_THEN_INTEGER.lastIndex = close + 5;
  const m = BYTES_THEN_INTEGER.exec(message);
  return m === null ? null : Number(m[1]);
}

/**
 * The unit of the request times closing a file's request lines as whole numbers (see
 * BYTES_THEN_INTEGER), decided from the sample as an access log's (see unitOfIntegers); null for none.
 */
export function requestTimeUnitOfLines(
  lines: readonly string[],
): { unit: RequestTimeUnit; evidence: string } | null {
  const values: number[] = [];
  for (const line of lines) {
    const m = REQUEST_THEN_STATUS.exec(line);
    if (m === null) continue;
    const value = trailingInteger(line, m.index + m[0].length - 5);
    if (value !== null) values.push(value);
  }
  return values.length * 2 < lines.length ? null : unitOfIntegers(values);
}

/** Envoy's status 0 and its response flags at `s` ("0 DC ", "0 UC,URX "): a request no response was sent to. */
function isEnvoyUnanswered(message: string, s: number): boolean {
  if (message.charCodeAt(s) !== 48 || message.charCodeAt(s + 1) !== 32) return false;
  const c = message.charCodeAt(s + 2);
  return c >= 65 && c <= 90 && message.charCodeAt(s + 3) >= 65 && message.charCodeAt(s + 3) <= 90;
}

/**
 * A TCP session HAProxy logged (see HAPROXY_TCP): its connect and session times, in ms (the
 * session's only when the client did not end it), and its termination state, whose first letter says
 * who ended it (`--` normally). Without a level of its own, a session the server refused or aborted
 * (`SC`, `SD`), that the proxy (`P`), its resources (`R`) or an internal error (`I`) ended, or whose
 * server never answered in time (`sC`), is an error; a server timing out during the data (`sD`) is a
 * warning; a client's doing (`cD`, `CD`) is not news.
 */
function readTcpSession(fields: ParsedFields, message: string): void {
  const tcp = message.indexOf('] ') >= 0 ? HAPROXY_TCP.exec(message) : null;
  if (!tcp) return;
  const attributes = fields.attributes;
  const connect = Number(tcp[1]);
  const session = Number(tcp[2]);
  const state = tcp[3] ?? '--';
  const who = state[0] ?? '-';
  if (connect >= 0) attributes.connect_ms = connect;
  // A session the client ended (`cD`: its idle timeout, 30 s; `CD`: it hung up) lasted as long as
  // the client chose, not as long as the service took.
  if (session >= 0 && who !== 'c' && who !== 'C') attributes.session_ms = session;
  attributes.termination_state = state;
  if ('SPRI'.includes(who) || (who === 's' && (state[1] === 'C' || state[1] === 'Q')))
    fields.level ??= 'error';
  else if (who === 's') fields.level ??= 'warn';
}

/** BentoML's request (see BENTOML): its status says what its level does not. */
function readBento(fields: ParsedFields, bento: RegExpExecArray): void {
  const attributes = fields.attributes;
  const method = bento[1] ?? '';
  const path = bento[2] ?? '';
  const status = Number(bento[3]);
  attributes.method = method;
  attributes.path = path;
  attributes.status = status;
  attributes.requestTime = Number(bento[4]) / 1000;
  fields.level ??= levelOfStatus(status);
  fields.message = `${method} ${routeOf(path)}`;
}

function readSquid(fields: ParsedFields, squid: RegExpExecArray): void {
  const attributes = fields.attributes;
  const method = squid[3] ?? '';
  const url = squid[4] ?? '';
  attributes.requestTime = Number(squid[1]) / 1000;
  attributes.method = method;
  attributes.path = url;
  const status = Number(squid[2]);
  if (status >= 100) {
    attributes.status = status;
    fields.level ??= levelOfStatus(status);
  }
  // A CONNECT names its host and port; other requests their route.
  fields.message = `${method} ${method === 'CONNECT' ? url : routeOf(pathOf(url) ?? url)}`;
}

/** Three digits of an HTTP status at `s`, ending the token. */
function statusAt(message: string, s: number): number | null {
  const a = message.charCodeAt(s) - 48;
  const b = message.charCodeAt(s + 1) - 48;
  const c = message.charCodeAt(s + 2) - 48;
  const after = message.charCodeAt(s + 3);
  if (!(a >= 1 && a <= 5 && b >= 0 && b <= 9 && c >= 0 && c <= 9)) return null;
  if (!(Number.isNaN(after) || after === 32 || after === 9)) return null;
  return a * 100 + b * 10 + c;
}

/** "GET api/<*>/items" from the quoted request line ending at `at` (" HTTP/"); null without one. */
function requestMessage(
  message: string,
  at: number,
  attributes: Record<string, AttributeValue>,
): string | null {
  const quote = at < 0 ? -1 : message.lastIndexOf('"', at);
  const space = quote < 0 ? -1 : message.indexOf(' ', quote + 1);
  if (space < 0 || space >= at) return null;
  const method = message.slice(quote + 1, space);
  const path = message.slice(space + 1, at);
  attributes.method = method;
  attributes.path = path;
  return `${method} ${routeOf(path)}`;
}
