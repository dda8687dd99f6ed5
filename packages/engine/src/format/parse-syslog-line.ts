import { ciscoFacilityEnd, levelFromMessage, levelFromNumber } from '../fields/normalize-level';
import { numberOf } from '../fields/strings';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';
import { readUnboundMessage } from './parse-unbound-line';
import { checkPointPairs, readCheckPointRecord } from './checkpoint-record';

// RFC 3164: "<PRI>Mmm dd hh:mm:ss host tag[pid]: message" (PRI optional, no year). The header only:
// the message is the rest of the line (a capture of it ran the expression over every character).
// A host never ends with a colon: "Nov 25 10:00:00 imap-login: Info: …" (Dovecot's own log) has none.
export const RFC3164 =
  /^(?:<(\d{1,3})>)?([A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d:\d\d) (\S*[^\s:]) ([^:[\s]+)(?:\[(\d+)\])?: ?/;
// RFC 5424: "<PRI>1 timestamp host app procid msgid [sd] message".
export const RFC5424 = /^<(\d{1,3})>1 (\S+) (\S+) (\S+) (\S+) (\S+) (-|(?:\[.*?\])+) ?(.*)$/s;

/**
 * What IOS writes between its sequence number and its mnemonic's "%": a second number (the device's
 * own), its time (unset, "*", or out of sync, "."; a zone word after it), or neither.
 */
const IOS_PREFIX =
  /^(?:\d+: )?(?:[*.]?[A-Z][a-z]{2} +\d{1,2}(?: \d{4})? \d\d:\d\d:\d\d(?:\.\d{1,6})?(?: [A-Z]{3,5})?: )?%/;

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

function severity(pri: string | undefined): ParsedFields['level'] {
  return pri === undefined ? null : levelFromNumber(numberOf(pri) % 8);
}

/** A program and its pid where a host would be: `unbound[8690:0]` (Unbound's pid and thread). */
const TAG_AS_HOST = /^([^\s[\]]+)\[(\d+)(?::\d+)?\]$/;

export function parseSyslog3164(line: string, time: TimestampReader): ParsedFields | null {
  const m = RFC3164.exec(line);
  if (!m) return null;
  const host = m[3] ?? '';
  // A line without its host, whose program writes its pid and thread ("Jun 15 04:30:00 unbound[8690:0]
  // reply: 10.20.1.7 …"): the program is the tag, the word after it the message's first.
  const tagged = host.charCodeAt(host.length - 1) === 93 ? TAG_AS_HOST.exec(host) : null;
  const attributes: ParsedFields['attributes'] = { host: tagged === null ? host : null };
  if (tagged !== null) attributes['pid'] = numberOf(tagged[2] ?? '');
  else if (m[5] !== undefined) attributes['pid'] = numberOf(m[5]);
  let tag = tagged === null ? (m[4] ?? null) : (tagged[1] ?? null);
  let message = tagged === null ? line.slice(m[0].length) : line.slice(m[0].indexOf(host) + host.length + 1);
  // IOS numbers its messages and writes its own time before the mnemonic: "router1 1234: *Nov 25
  // 10:00:00.123: %LINK-3-UPDOWN: …". The mnemonic is then the tag, the text after it the message.
  const ios = tag !== null && isDigits(tag) ? IOS_PREFIX.exec(message) : null;
  if (ios !== null) {
    const colon = message.indexOf(': ', ios[0].length);
    if (colon > 0 && ciscoFacilityEnd(message, ios[0].length - 1, colon) > 0) {
      attributes['sequence'] = numberOf(tag ?? '');
      tag = message.slice(ios[0].length - 1, colon);
      message = message.slice(colon + 2);
    }
  }
  // A Cisco device's tag is its message's mnemonic ("%ASA-6-302013"): the facility is the service,
  // the severity in it the level (one service per message id would be hundreds).
  const cisco = tag !== null && tag.charCodeAt(0) === 37 ? ciscoFacilityEnd(tag, 0, tag.length) : -1;
  if (cisco > 0) attributes['mnemonic'] = (tag ?? '').slice(1);
  // A structured line inside the message (klog, logfmt, JSON) is read after: see unnestPayload.
  const fields: ParsedFields = {
    timestamp: time.read(m[2] ?? ''),
    level:
      severity(m[1]) ??
      (cisco > 0 ? levelFromNumber((tag ?? '').charCodeAt(cisco + 1) - 48) : levelFromMessage(message)),
    service: cisco > 0 ? (tag ?? '').slice(1, cisco) : tag,
    message,
    attributes,
    format: 'syslog3164',
  };
  if (tag === 'unbound') readUnboundMessage(fields);
  return fields;
}

export function parseSyslog5424(line: string, time: TimestampReader): ParsedFields | null {
  const m = RFC5424.exec(line);
  if (!m) return null;
  const nil = (s: string | undefined): string | null => (s === undefined || s === '-' ? null : s);
  const attributes: ParsedFields['attributes'] = { host: nil(m[3]), procid: nil(m[5]), msgid: nil(m[6]) };
  const sd = m[7] && m[7] !== '-' ? m[7] : null;
  const message = m[8] ?? '';
  // Check Point's Log Exporter: the record in the structured data, no message (see checkpoint-record.ts).
  const checkPoint = sd !== null && message === '' ? checkPointPairs(sd) : null;
  if (sd !== null && checkPoint === null) attributes['structuredData'] = sd;
  const fields: ParsedFields = {
    timestamp: time.read(m[2] ?? ''),
    level: severity(m[1]),
    service: nil(m[4]),
    message,
    attributes,
    format: 'syslog5424',
  };
  if (checkPoint !== null) readCheckPointRecord(fields, checkPoint);
  return fields;
}
