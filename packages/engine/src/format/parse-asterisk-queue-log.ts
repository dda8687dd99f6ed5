// Asterisk's queue_log (app_queue's call-center log): one line per queue event, its fields separated
// by bars — the epoch, the call's unique id, the queue, the agent's channel (NONE before one takes
// it), the event and its data:
//
//   1566667629|1566667629.1228|support|NONE|ENTERQUEUE||+49378017177|1
//   1566667630|1566667629.1228|support|PJSIP/1014|CONNECT|1|1566667630.1229|6
//   1566667720|1566667629.1228|support|PJSIP/1014|COMPLETECALLER|1|90|1
//
// The event is the message (a pattern each: with the queue, "COMPLETEAGENT sales" and "COMPLETECALLER
// sales" were one pattern), the queue and the agent attributes; the times its data hold are durations
// in seconds the latency detector reads: CONNECT's hold time and ring time, COMPLETEAGENT's and
// COMPLETECALLER's hold time and call time, ABANDON's and EXITWITHTIMEOUT's wait, RINGNOANSWER's ring
// time (in milliseconds). A caller who gave up or timed out waiting is a warning.
import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue, Level } from '../types';
import type { ParsedFields } from './parsed-fields';

const QUEUE_LOG = /^(\d{9,10})\|([^|]*)\|([^|]*)\|([^|]*)\|([A-Z_]+)(?:\||$)/;

/** The data fields of each event that are durations, by position, and their names (seconds unless `_ms`). */
const DURATIONS: Record<string, readonly (string | null)[]> = {
  CONNECT: ['hold_duration_s', null, 'ring_duration_s'],
  COMPLETEAGENT: ['hold_duration_s', 'call_duration_s'],
  COMPLETECALLER: ['hold_duration_s', 'call_duration_s'],
  ABANDON: [null, null, 'wait_duration_s'],
  EXITWITHTIMEOUT: [null, null, 'wait_duration_s'],
  RINGNOANSWER: ['ring_duration_ms'],
};

const WARNINGS = new Set(['ABANDON', 'EXITWITHTIMEOUT', 'EXITEMPTY', 'EXITWITHKEY']);

/** Whether a line is a queue_log line (see QUEUE_LOG). */
export function opensWithAsteriskQueueLog(line: string): boolean {
  const bar = line.charCodeAt(10) === 124 ? 10 : line.charCodeAt(9) === 124 ? 9 : -1;
  return bar > 0 && QUEUE_LOG.test(line);
}

/** A queue_log line's fields; null for another line. */
export function parseAsteriskQueueLogLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = QUEUE_LOG.exec(line);
  if (m === null) return null;
  const queue = m[3] ?? '';
  const agent = m[4] ?? '';
  const event = m[5] ?? '';
  const attributes: Record<string, AttributeValue> = { callid: m[2] ?? '' };
  if (queue !== '' && queue !== 'NONE') attributes.queue = queue;
  if (agent !== '' && agent !== 'NONE') attributes.agent = agent;
  const data = line.slice(m[0].length).split('|');
  const names = DURATIONS[event];
  if (names !== undefined)
    names.forEach((name, i) => {
      const value = data[i];
      if (name !== null && value !== undefined && /^\d+$/.test(value)) attributes[name] = Number(value);
    });
  const level: Level = WARNINGS.has(event) ? 'warn' : 'info';
  return {
    timestamp: time.read(m[1] ?? ''),
    level,
    service: null,
    message: event,
    attributes,
    format: 'text',
  };
}
