import type { AttributeValue } from '../types';
import { readLogfmtFlat } from './parse-logfmt-line';

const KEY = /^[A-Za-z_][\w.-]{0,47}$/;
const MICROSECONDS = /^\d{1,6}$/;

/**
 * The `key=value` tokens of a text line's header, before `end` (where its message starts): Sidekiq's
 * "2022-01-24T07:10:27.349Z pid=16 tid=fhoe class=ImportCsvJob jid=… elapsed=0.376 INFO: done" keeps
 * its job class and duration as attributes instead of dropping them with the header. A header
 * without "=" (nearly every one) costs one search.
 */
export function headerAttributes(line: string, end: number): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  // The first "=" of the line, not the last before `end`: the same test, and indexOf is a builtin
  // (memchr) where lastIndexOf is a call into V8's C++ (~430 instructions a line).
  const eq = line.indexOf('=');
  if (eq < 0 || eq >= end) return attributes;
  return pairsOf(line.slice(0, end), attributes);
}

/** The pairs of a header that holds some (see headerAttributes), added to `attributes`. */
function pairsOf(header: string, attributes: Record<string, AttributeValue>): Record<string, AttributeValue> {
  const flat = readLogfmtFlat(header);
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const key = flat[i] as string;
    const value = valueInGroup(flat[i + 1] as string);
    // OpenVPN's "us=123456" after its time is the time's microseconds (read with it), no attribute.
    if (key === 'us' && MICROSECONDS.test(value)) continue;
    if (KEY.test(key) && value.length > 0 && value.charCodeAt(0) !== 61 && !(key in attributes))
      attributes[key] = value;
  }
  return attributes;
}

/**
 * A pair's value without what closes its group: Kafka's log context `[ReplicaFetcher replicaId=1,
 * leaderId=2, fetcherId=0]` gives 1, 2 and 0, not "1," and "0]". A bracket the value opens stays.
 */
function valueInGroup(value: string): string {
  let end = value.length;
  for (;;) {
    const c = value.charCodeAt(end - 1);
    if (c === 44 || c === 59) end--;
    else if (c === 93 && value.lastIndexOf('[', end - 1) < 0) end--;
    else if (c === 41 && value.lastIndexOf('(', end - 1) < 0) end--;
    else break;
  }
  return end === value.length ? value : value.slice(0, end);
}
