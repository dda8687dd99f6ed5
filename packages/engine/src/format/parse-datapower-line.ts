// IBM DataPower Gateway's log lines as its syslog log target writes them: the application domain, the
// message id, the category and the level in brackets, then the object, the transaction and the text:
//
//   Jun 25 06:40:04 dp02nyc [b2b][0x80e003a6][latency][info] mpgw(B2B-Orders-MPGW): tid(2953080)[10.2.165.191] gtid(2953080): Latency:   0   1   0   1   3   0   0 106 108   3 108   2   0   0   2 109 [https://10.59.22.83:8443/payments]
//   Jun 25 06:41:10 dp02nyc [b2b][0x80e0014a][mpgw][warn] mpgw(B2B-Orders-MPGW): tid(2953121): Backside response took 5210 ms, above warning threshold
//
// The category is the service (latency, mpgw, b2bgw, crypto, ssl…), the level DataPower's (emerg,
// alert, critic, error, warn, notice, info, debug), the domain, message id and host attributes. A
// latency message's sixteen numbers are milliseconds since the transaction began, each the moment an
// event of it happened (request header read, … response transmitted, back side connection completed:
// IBM's technote 1239328, "Latency messages in DataPower appliance"); the largest is how long the
// transaction took, `latency_ms`, which the latency detector reads.
import { normalizeLevel } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { Level } from '../types';
import type { ParsedFields } from './parsed-fields';

const DATAPOWER =
  /^(?:<\d{1,3}>)?([A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d) (\S+) (?:\[([\w-]*)\])?\[(0x[0-9a-f]{8})\]\[(\w+)\]\[(\w+)\] /;

/** The sixteen numbers of a latency message, and what follows them. */
const LATENCY = /Latency:((?: +\d+){16}) +\[/;

/** Whether a line is a DataPower log line under a syslog header (see DATAPOWER). */
export function opensWithDataPower(line: string): boolean {
  return line.indexOf('][0x') > 0 && DATAPOWER.test(line);
}

/** DataPower's `critic` (critical) is an error, as syslog's `crit` is read. */
function levelOf(word: string): Level | null {
  return word === 'critic' ? 'error' : normalizeLevel(word);
}

/** A DataPower log line's fields; null for another line. */
export function parseDataPowerLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = DATAPOWER.exec(line);
  if (m === null) return null;
  const category = m[5] ?? '';
  const message = line.slice(m[0].length);
  const attributes: ParsedFields['attributes'] = {
    host: m[2] ?? '',
    ...(m[3] === undefined ? {} : { domain: m[3] }),
    msgid: m[4] ?? '',
  };
  if (category === 'latency') {
    const numbers = LATENCY.exec(message)?.[1];
    if (numbers !== undefined) {
      let most = 0;
      for (const n of numbers.trim().split(/ +/)) most = Math.max(most, Number(n));
      attributes['latency_ms'] = most;
    }
  }
  return {
    timestamp: time.read(m[1] ?? ''),
    level: levelOf(m[6] ?? ''),
    service: category,
    message,
    attributes,
    format: 'text',
  };
}
