// chrony's statistics logs (`log measurements statistics tracking refclocks` in chrony.conf): tables
// whose header row, between rules of `=`, names the columns and repeats every so many lines —
//
//   ========================================================================================
//      Date (UTC) Time     IP Address   L St 123 567 ABCD  LP RP Score    Offset  Peer del. …
//   ========================================================================================
//   2024-05-11 11:29:05 185.125.190.56  N  2 111 111 1111   4  4 0.95 -3.728e-03  1.642e-02 …
//
// Each row's time is UTC (the header says so: a zoned reference for the zone-less files beside them).
// A row is read by its table's columns (values never hold a blank): its source's kind is the message
// ("measurement <*>", "tracking <*>"), the columns attributes, in seconds where chrony writes seconds;
// a measurement's peer delay and root delay are latencies (`peer_latency_s`, `root_latency_s`) the
// latency detector reads.
import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue } from '../types';
import type { LineReader } from './detect-format';
import type { ParsedFields } from './parsed-fields';

/** The header row of a chrony log's table. */
export function isChronyHeader(line: string): boolean {
  return line.startsWith('   Date (UTC) Time ');
}

/** The columns after the date and time of each table, by a name its header row holds. */
const TABLES: [string, string, readonly (string | null)[]][] = [
  [
    'Peer del.',
    'measurement',
    [
      'source',
      'leap',
      'stratum',
      null,
      null,
      null,
      'poll_local',
      'poll_remote',
      'score',
      'offset_s',
      'peer_latency_s',
      'peer_dispersion_s',
      'root_latency_s',
      'root_dispersion_s',
      'refid',
    ],
  ],
  [
    'Freq ppm',
    'tracking',
    [
      'source',
      'stratum',
      'freq_ppm',
      'skew_ppm',
      'offset_s',
      'leap',
      'combined',
      'offset_sd_s',
      'remaining_correction_s',
      'root_latency_s',
      'root_dispersion_s',
      'max_error_s',
    ],
  ],
  [
    "Std dev'n",
    'statistics',
    ['source', 'std_dev_s', 'est_offset_s', 'offset_sd_s', 'diff_freq_ppm', 'est_skew_ppm', 'stress'],
  ],
  [
    'Raw offset',
    'refclock',
    ['source', 'dp', 'leap', 'pulse', 'raw_offset_s', 'cooked_offset_s', 'dispersion_s'],
  ],
];

const ROW = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?) +(.*)$/;

/**
 * A reader of a chrony log's rows by the columns its header row names (see the file comment); null
 * for a header of no table known. (A log holds one table; its header row, indented, is framed into
 * the rule before it, so the table is told from the sample's header once.)
 */
export function chronyLineReader(header: string): LineReader | null {
  const table = TABLES.find(([name]) => header.includes(name));
  if (table === undefined) return null;
  const [, kind, columns] = table;
  return (line: string, time: TimestampReader): ParsedFields | null => {
    const m = line.charCodeAt(4) === 45 ? ROW.exec(line) : null;
    if (m === null) return null;
    const values = (m[3] ?? '').trim().split(/ +/);
    const attributes: Record<string, AttributeValue> = {};
    columns.forEach((name, i) => {
      const value = values[i];
      if (name === null || value === undefined) return;
      const n = Number(value);
      attributes[name] = name === 'source' || name === 'refid' || !Number.isFinite(n) ? value : n;
    });
    return {
      timestamp: time.read(`${m[1]}T${m[2]}Z`),
      level: null,
      service: null,
      message: `${kind} ${values[0] ?? ''}`,
      attributes,
      format: 'text',
    };
  };
}
