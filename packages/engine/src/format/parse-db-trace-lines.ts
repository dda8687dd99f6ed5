// Two databases' own log layouts whose time stands behind columns a learned header does not take in.
//
// SAP HANA's trace files (indexserver_<host>.<port>.<n>.trc): `[33839]{-1}[-1/-1] 2020-02-07
// 09:26:00.647561 i TableReload      TRexApiSystem.cpp(00434) : Merge of table … finished` — the
// thread, the connection, the transaction and update ids, the time, a level letter (d debug, i info,
// w warning, e error, f fatal), the component, the source file and line, then the message.
//
// SAP (Sybase) ASE's errorlog: `00:0006:00000:00207:2020/02/07 09:26:00.04 kernel  Cannot read, host
// process disconnected: …` — the engine, the family id, the spid (in colons before the date), the time
// in hundredths, the subsystem (kernel, server, backupserver), then the message; `Error: 1205,
// Severity: 13, State: 2` names an error's severity, 17 or more a resource or a fatal fault.
import { levelFromMessage } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { Level } from '../types';
import type { ParsedFields } from './parsed-fields';

const HANA =
  /^\[(\d+)\]\{(-?\d+)\}\[(-?\d+)\/(-?\d+)\] (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?) ([dciwef]) (\S+) +(\S+) : (.*)$/;
const HANA_LEVELS: Record<string, Level> = {
  d: 'debug',
  c: 'info',
  i: 'info',
  w: 'warn',
  e: 'error',
  f: 'fatal',
};

/** Whether a line is a SAP HANA trace line (see HANA). */
export function opensWithHanaTrace(line: string): boolean {
  return line.charCodeAt(0) === 91 && line.indexOf(']{') > 0 && HANA.test(line);
}

/** A SAP HANA trace line: its level letter, component (the service), thread and connection. */
export function parseHanaTraceLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = line.charCodeAt(0) === 91 ? HANA.exec(line) : null;
  if (m === null) return null;
  return {
    timestamp: time.read(m[5] ?? ''),
    level: HANA_LEVELS[m[6] ?? ''] ?? null,
    service: m[7] ?? null,
    message: m[9] ?? '',
    attributes: { thread: Number(m[1]), connection: Number(m[2]), source: m[8] ?? '' },
    format: 'text',
  };
}

const SYBASE = /^(\d\d):(\d{4}):(\d{5}):(\d{5}):(\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d+)?) (\w+) +(.*)$/;
const SEVERITY = /^Error: \d+, Severity: (\d+),/;

/** Whether a line is an ASE errorlog line (see SYBASE). */
export function opensWithSybase(line: string): boolean {
  return line.charCodeAt(2) === 58 && SYBASE.test(line);
}

/** An ASE errorlog line: its subsystem the service, engine and spid attributes, an error by its severity. */
export function parseSybaseLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = line.charCodeAt(2) === 58 ? SYBASE.exec(line) : null;
  if (m === null) return null;
  const message = m[7] ?? '';
  const severity = SEVERITY.exec(message);
  // Severities 10 and below are information; 11–16 a user's error; 17 on resources and faults.
  const level: Level | null =
    severity === null
      ? levelFromMessage(message)
      : Number(severity[1]) <= 10
        ? 'info'
        : Number(severity[1]) >= 19
          ? 'fatal'
          : 'error';
  return {
    timestamp: time.read(m[5] ?? ''),
    level,
    service: m[6] ?? null,
    message,
    attributes: { engine: Number(m[2]), spid: Number(m[4]) },
    format: 'text',
  };
}
