// oauth2-proxy's request and authentication logs (v7; v6 without the request id):
//   192.168.1.147 - 6711…f6da943 - grace@example.com [2021/07/25 13:30:01] app.example.com GET - "/oauth2/auth" HTTP/1.1 "python-requests/2.31.0" 202 2762 0.028
//   192.168.1.22 - bab9…bb34 - alice@example.com [2021/07/25 13:30:00] [AuthSuccess] Authenticated via OAuth2: Session{…}
// the client, the request id, the user, the time in brackets (year first); then a request — host,
// method, upstream, the quoted path, protocol, the quoted user agent, status, bytes, seconds — or an
// authentication event, its status in brackets (AuthSuccess, AuthFailure, AuthError).
import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue, Level } from '../types';
import { requestFields } from './parse-access-line';
import type { ParsedFields } from './parsed-fields';

const HEAD = /^(\S+) - (?:([\w-]{8,}) - )?(\S+) \[(\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d)\] /;
const REQUEST =
  /^(\S+) ([A-Z]{3,12}) (\S+) "([^"]*)" (\S+) "((?:[^"\\]|\\.)*)" (\d{3}) (\d+) (\d+(?:\.\d+)?)\s*$/;
const AUTH = /^\[(Auth\w+)\] (.*)$/;

const AUTH_LEVELS: Record<string, Level> = { AuthSuccess: 'info', AuthFailure: 'warn', AuthError: 'error' };

/** Whether a line is one of oauth2-proxy's request or authentication lines. */
export function opensWithOauth2Proxy(line: string): boolean {
  const m = line.indexOf(' [') > 0 ? HEAD.exec(line) : null;
  if (m === null) return false;
  const rest = line.slice(m[0].length);
  return REQUEST.test(rest) || AUTH.test(rest);
}

/** An oauth2-proxy line: a request read as an access log's, an authentication event at its status' level. */
export function parseOauth2ProxyLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = line.indexOf(' [') > 0 ? HEAD.exec(line) : null;
  if (m === null) return null;
  const rest = line.slice(m[0].length);
  const attributes: Record<string, AttributeValue> = { client: m[1] ?? '' };
  if (m[2]) attributes['requestId'] = m[2];
  if (m[3] && m[3] !== '-') attributes['user'] = m[3];
  const timestamp = time.read(m[4] ?? '');
  const request = REQUEST.exec(rest);
  if (request !== null) {
    const status = Number(request[7]);
    const method = request[2] ?? '';
    const path = request[4] ?? '';
    Object.assign(attributes, {
      host: request[1] ?? '',
      method,
      path,
      protocol: request[5] ?? '',
      userAgent: request[6] ?? '',
      status,
      bytes: Number(request[8]),
      requestTime: Number(request[9]),
    });
    return requestFields(timestamp, method, path, status, attributes);
  }
  const auth = AUTH.exec(rest);
  if (auth === null) return null;
  const status = auth[1] ?? '';
  attributes['authStatus'] = status;
  return {
    timestamp,
    level: AUTH_LEVELS[status] ?? 'info',
    service: null,
    message: `[${status}] ${auth[2] ?? ''}`,
    attributes,
    format: 'text',
  };
}
