import type { AttributeValue } from '../types';
import { readLogfmtPairs } from './parse-logfmt-line';

const KEY = /^[A-Za-z_][\w.-]{0,47}$/;

/**
 * The `key=value` tokens of a text line's header, before `end` (where its message starts): Sidekiq's
 * "2022-01-24T07:10:27.349Z pid=16 tid=fhoe class=ImportCsvJob jid=… elapsed=0.376 INFO: done" keeps
 * its job class and duration as attributes instead of dropping them with the header. A header
 * without "=" (nearly every one) costs one backward search.
 */
export function headerAttributes(line: string, end: number): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  if (end <= 0 || line.lastIndexOf('=', end - 1) < 0) return attributes;
  for (const [key, value] of readLogfmtPairs(line.slice(0, end))) {
    if (KEY.test(key) && value.length > 0 && value.charCodeAt(0) !== 61 && !(key in attributes))
      attributes[key] = value;
  }
  return attributes;
}
