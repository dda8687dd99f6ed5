import type { TimestampReader } from '../fields/timestamp-reader';
import type { Level } from '../types';
import { textOnly, type ParsedFields } from './parsed-fields';

// Wazuh's (and OSSEC's) alerts.log writes each alert over several lines: a header with the alert's
// time in seconds since 1970 (UTC) and its rule's groups, the agent's local time, the agent and the
// log the alert came from, then the rule — its id, its level (0–15) and its description — and what
// the rule saw (Src IP, User, the log line itself, a file's changed checksums), then a blank line:
//
//   ** Alert 1708648442.47342639: - web,accesslog,attack,
//   2024 Feb 22 19:34:02 (web01) 10.20.6.12->/var/log/nginx/access.log
//   Rule: 31106 (level 12) -> 'A web attack returned code 200 (success).'
//   Src IP: 203.0.113.9
//   203.0.113.9 - - [22/Feb/2024:19:34:02 -0500] "GET /?id=1%27%20OR%201=1 HTTP/1.1" 200 …
//
// Each alert is one event: the rule's description its message (one pattern a rule, whatever the log
// line), the rule's level its level, the header's UTC time its time (the second line's is the agent's
// local time, without a zone). OSSEC 2.x writes "mail" before the dash of an alert it mailed.

const HEADER = /^\*\* Alert (\d{9,11})(?:\.(\d+))?:\s*(?:\S+\s+)?-\s*(.*?),?\s*$/;
const ORIGIN = /^(\d{4} [A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d:\d\d) (.*?)->(.*)$/;
const RULE = /^Rule: (\d+) \(level (\d+)\) -> '(.*)'\s*$/;
const FIELD = /^(Src IP|Dst IP|Src Port|Dst Port|User|Status): (.*)$/;
const FIELD_NAMES: Record<string, string> = {
  'Src IP': 'srcip',
  'Dst IP': 'dstip',
  'Src Port': 'srcport',
  'Dst Port': 'dstport',
  User: 'user',
  Status: 'status',
};

/**
 * A rule's level (Wazuh's classification, 0–15) as a log level: 12 and above — a high importance
 * event, an unusual error, a severe attack — an error (Wazuh mails those by default); 4 to 11 — a
 * low priority or a user's error, a low relevance attack, a first time seen event, an integrity
 * checksum changed — a warning; below 4 — a successful or authorized event, a notification — info.
 */
export function wazuhLevel(ruleLevel: number): Level {
  return ruleLevel >= 12 ? 'error' : ruleLevel >= 4 ? 'warn' : 'info';
}

/** Whether a line opens an alert (see HEADER): its first characters checked before the expression. */
function opensAlert(line: string): boolean {
  return line.charCodeAt(0) === 42 && line.charCodeAt(1) === 42 && HEADER.test(line);
}

/** Evidence that sampled lines are a Wazuh or OSSEC alerts.log — three alerts or more, with their rules — or null. */
export function wazuhAlertsEvidence(lines: readonly string[]): string | null {
  let alerts = 0;
  let rules = 0;
  for (const line of lines) {
    if (opensAlert(line)) alerts++;
    else if (line.charCodeAt(0) === 82 && RULE.test(line)) rules++;
  }
  if (alerts < 3 || rules < alerts / 2 || alerts * 40 < lines.length) return null;
  return `Wazuh/OSSEC alerts.log: ${alerts} alerts open in ${lines.length} sampled lines ("** Alert <epoch>: - groups", the agent and log, "Rule: id (level n) -> '…'"); each is one event, its rule's description the message, its level the rule's`;
}

/** Whether `line` continues the alert before it: every line does but an alert's header. */
export function continuesWazuhAlert(line: string): boolean {
  return !opensAlert(line);
}

/** One alert's fields (see the file comment); lines before the first alert are an event of their own. */
export function parseWazuhAlert(text: string, time: TimestampReader): ParsedFields {
  const lines = text.split('\n');
  const header = HEADER.exec(lines[0] ?? '');
  if (header === null) return textOnly(text);
  const attributes: ParsedFields['attributes'] = {};
  if (header[3]) attributes.groups = header[3];
  const epoch = Number(header[1]) * 1000;
  let timestamp: number | null = epoch > 0 ? epoch : null;
  let level: Level | null = null;
  let message = '';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const origin = i === 1 ? ORIGIN.exec(line) : null;
    if (origin !== null) {
      // "(web01) 10.20.6.12" of a Wazuh agent, a host's name on the manager itself or in OSSEC.
      const agent = /^\((.*?)\)\s*(\S*)$/.exec(origin[2] ?? '');
      attributes.agent = agent === null ? (origin[2] ?? '') : (agent[1] ?? '');
      if (agent?.[2]) attributes.agentIp = agent[2];
      attributes.location = origin[3] ?? '';
      timestamp ??= time.read(origin[1] ?? '');
      continue;
    }
    const rule = message === '' ? RULE.exec(line) : null;
    if (rule !== null) {
      const ruleLevel = Number(rule[2]);
      attributes.rule = Number(rule[1]);
      attributes.ruleLevel = ruleLevel;
      level = wazuhLevel(ruleLevel);
      message = rule[3] ?? '';
      continue;
    }
    const field = FIELD.exec(line);
    if (field !== null) attributes[FIELD_NAMES[field[1] ?? ''] ?? 'field'] = field[2] ?? '';
  }
  return {
    timestamp,
    level,
    service: null,
    // An alert without its rule line (cut short): its first line after the header says what it is.
    message: message || (lines[1] ?? '').trim(),
    attributes,
    format: 'text',
  };
}
