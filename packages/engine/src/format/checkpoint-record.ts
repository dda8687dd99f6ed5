// Check Point's Log Exporter in its syslog format: an RFC 5424 line whose structured data holds the
// whole record as `key:"value";` pairs and whose message is empty —
//
//   <134>1 2023-02-07T23:31:17Z cp-gw02 CheckPoint 24801 - [action:"Prevent"; flags:"411908"; …;
//   malware_family:"Emotet"; product:"Anti-Bot"; protection_name:"Trojan.Win32.Emotet.TC.a"; …;
//   severity:"Critical"; src:"10.30.5.183"]
//
// Read as one pattern (its message empty), every record was alike. The record's action is its message
// ("Accept"), with what a threat blade matched (its protection or attack, the malware's family):
// "Prevent: Trojan.Win32.Emotet.TC.a"; the blade (`product`: "VPN-1 & FireWall-1", "Anti-Bot") is the
// service, the other pairs attributes, a threat's severity its level (Critical and High errors,
// Medium a warning).
import type { AttributeValue, Level } from '../types';
import type { ParsedFields } from './parsed-fields';

const PAIR = /(\w+):"((?:[^"\\]|\\.)*)";?\s*/y;
const MAX_PAIRS = 64;

/** Check Point's `key:"value";` pairs of a structured-data element, or null for any other text. */
export function checkPointPairs(sd: string): Record<string, string> | null {
  if (sd.charCodeAt(0) !== 91 || sd.charCodeAt(sd.length - 1) !== 93) return null;
  const pairs: Record<string, string> = {};
  let at = 1;
  let count = 0;
  while (at < sd.length - 1) {
    PAIR.lastIndex = at;
    const m = PAIR.exec(sd);
    if (m === null) return null;
    if (count++ < MAX_PAIRS) pairs[m[1] ?? ''] = m[2] ?? '';
    at = PAIR.lastIndex;
  }
  return count >= 3 && pairs['action'] !== undefined ? pairs : null;
}

const SEVERITY: Record<string, Level> = {
  critical: 'error',
  high: 'error',
  medium: 'warn',
  low: 'info',
  informational: 'info',
};

/** A Check Point record's fields into `fields` (see the file comment). */
export function readCheckPointRecord(fields: ParsedFields, pairs: Record<string, string>): void {
  const product = pairs['product'];
  const action = pairs['action'] ?? '';
  const matched = pairs['protection_name'] ?? pairs['attack'] ?? pairs['malware_family'];
  fields.message = matched === undefined ? action : `${action}: ${matched}`;
  const attributes: Record<string, AttributeValue> = fields.attributes;
  for (const [key, value] of Object.entries(pairs))
    if (key !== 'product' && key !== 'action') attributes[key] = value;
  attributes['action'] = action;
  const level = SEVERITY[(pairs['severity'] ?? '').toLowerCase()];
  if (level !== undefined) fields.level = level;
  if (product !== undefined) fields.service = product;
}
