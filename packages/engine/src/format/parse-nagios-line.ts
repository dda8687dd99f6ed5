import { levelFromMessage } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue, Level } from '../types';
import type { ParsedFields } from './parsed-fields';

/**
 * Nagios' log (`nagios.log`; Icinga's, Naemon's and Icinga 2's compat log alike): each line opens with
 * its time in seconds since 1970, in brackets, "[1764064800] SERVICE ALERT: web01;HTTP;CRITICAL;SOFT;1;
 * CRITICAL - Socket timeout after 10 seconds". Its state changes and notifications name the host, the
 * check ("service"), the state and the check's output in `;`-separated fields; the state is the line's
 * level (the header learner read "ALERT:" as a level column: fatal, and the line's type left out).
 */
const BRACKETED_EPOCH = /^\[(\d{10})(?:\.\d{1,9})?\] /;

/** A line's type before its fields: "SERVICE ALERT", "CURRENT HOST STATE", "HOST NOTIFICATION". */
const TYPED = /^((?:CURRENT |INITIAL )?(SERVICE|HOST) (ALERT|STATE|NOTIFICATION|EVENT HANDLER)): ([^;]*);/;

/** The levels of the states checks report (services: OK, WARNING, CRITICAL, UNKNOWN; hosts: UP, DOWN, UNREACHABLE). */
const STATES = new Map<string, Level>([
  ['OK', 'info'],
  ['UP', 'info'],
  ['WARNING', 'warn'],
  ['UNKNOWN', 'warn'],
  ['CRITICAL', 'error'],
  ['DOWN', 'error'],
  ['UNREACHABLE', 'error'],
]);

/** Whether a line opens as Nagios' do: seconds since 1970 in brackets, then a space. */
export function opensWithBracketedEpoch(line: string): boolean {
  return line.charCodeAt(0) === 91 && BRACKETED_EPOCH.test(line);
}

/**
 * A line of Nagios' log: its time; for a state change or a notification, its state's level and the
 * host, check and state as attributes (the host as the service); for any other line, the level its
 * text names ("Warning: Check result queue contained …"). The message is the line after the time.
 * Null for a line that does not open with a bracketed epoch.
 */
export function parseNagiosLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = BRACKETED_EPOCH.exec(line);
  if (m === null) return null;
  const message = line.slice(m[0].length);
  const fields: ParsedFields = {
    timestamp: time.read(m[0].slice(1, -2)),
    level: null,
    service: null,
    message,
    attributes: {},
    format: 'text',
  };
  const typed = TYPED.exec(message);
  if (typed === null) {
    fields.level = levelFromMessage(message);
    return fields;
  }
  const [, , subject, kind] = typed;
  // The fields after the type; a notification names its contact first, and its state may be
  // "ACKNOWLEDGEMENT (CRITICAL)", "DOWNTIMESTART (OK)", "FLAPPINGSTART (OK)": no failure of its own.
  const parts = message
    .slice(typed[1]?.length ?? 0)
    .slice(2)
    .split(';');
  const attributes: Record<string, AttributeValue> = {};
  let at = 0;
  if (kind === 'NOTIFICATION') attributes.contact = parts[at++] ?? '';
  const host = parts[at++] ?? '';
  attributes.host = host;
  if (subject === 'SERVICE') attributes.check = parts[at++] ?? '';
  const state = parts[at++] ?? '';
  attributes.state = state;
  if (kind === 'ALERT' || kind === 'STATE' || kind === 'EVENT HANDLER') {
    const stateType = parts[at];
    if (stateType === 'SOFT' || stateType === 'HARD') attributes.state_type = stateType;
  }
  fields.service = host;
  fields.attributes = attributes;
  fields.level = STATES.get(state) ?? (state.includes('(') ? 'info' : levelFromMessage(message));
  return fields;
}
