// CouchDB's request log lines (couch_httpd, 2.x and on): `[notice] 2018-09-30T07:42:01.626775Z
// couchdb@127.0.0.1 <0.3489.0> 42be77e706 localhost:5984 10.0.10.5 admin GET /orders/68c6… 200 ok 7` —
// the level, the time, the node, the Erlang process, the request id, the host, the client, the user,
// the method, the path, the status, its word and the milliseconds taken. Read as an access line; the
// server's other lines (`[error] … <0.22065.8> -------- couch_replicator…`) keep the learned header.
import type { TimestampReader } from '../fields/timestamp-reader';
import { requestFields } from './parse-access-line';
import type { ParsedFields } from './parsed-fields';

const REQUEST =
  /^\[(\w+)\] (\d{4}-\d\d-\d\dT\S+) (\S+@\S+) <[\d.]+> ([0-9a-f]{6,}) (\S+) (\S+) (\S+) ([A-Z]{3,12}) (\S+) (\d{3}) (\w+) (\d+)$/;

/** Whether a line is one of CouchDB's request lines (see REQUEST). */
export function opensWithCouchdbRequest(line: string): boolean {
  return line.charCodeAt(0) === 91 && REQUEST.test(line);
}

/** A CouchDB request line read as an access log's (method and route the message), or null. */
export function parseCouchdbRequest(line: string, time: TimestampReader): ParsedFields | null {
  const m = line.charCodeAt(0) === 91 ? REQUEST.exec(line) : null;
  if (m === null) return null;
  const status = Number(m[10]);
  const method = m[8] ?? '';
  const path = m[9] ?? '';
  return requestFields(time.read(m[2] ?? ''), method, path, status, {
    node: m[3] ?? '',
    host: m[5] ?? '',
    client: m[6] ?? '',
    user: m[7] ?? '',
    method,
    path,
    status,
    requestTime: Number(m[12]) / 1000,
  });
}
