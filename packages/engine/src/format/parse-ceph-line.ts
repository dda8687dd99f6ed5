// Ceph's daemons (ceph-osd, ceph-mon, ceph-mgr, radosgw…) write each line as `2023-11-06T05:49:27.803-0330
// 7fe4ce8f8535 -1 osd.19 1234 heartbeat_check: no reply from …` (Octopus on; before it `2019-03-05
// 10:41:00.123456 7f1234567700  0 log_channel(cluster) log [DBG] : …`, local time without a zone): the
// time, the thread's id in hex, then the entry's priority right-aligned in two columns — -1 for
// `derr` (an error), 0 for what is always logged, 1 to 20 from informative to the finest debugging
// (`dout(20)`) — and the message, which names its subsystem first (`bluestore(/var/lib/ceph/osd/…)`,
// `rocksdb:`, `osd.19 1234`, `prioritycache`).
import type { Level } from '../types';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

const CEPH = /^(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d\.\d+(?:[+-]\d{4})?) ([0-9a-f]{8,16}) {1,2}(-1|\d{1,2}) /;

/** Whether a line is a Ceph daemon's (see CEPH): its date's dashes checked before the expression. */
export function opensWithCeph(line: string): boolean {
  return line.charCodeAt(4) === 45 && line.charCodeAt(7) === 45 && CEPH.test(line);
}

/** The level of a Ceph priority: -1 an error, 0–4 information, 5–19 debugging, 20 and on tracing. */
function cephLevel(priority: number): Level {
  if (priority < 0) return 'error';
  return priority < 5 ? 'info' : priority < 20 ? 'debug' : 'trace';
}

/** A Ceph daemon's line: its time, its priority as the level, its thread an attribute; null for another. */
export function parseCephLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = CEPH.exec(line);
  if (m === null) return null;
  return {
    timestamp: time.read(m[1] ?? ''),
    level: cephLevel(Number(m[3])),
    service: null,
    message: line.slice(m[0].length),
    attributes: { thread: m[2] ?? '', priority: Number(m[3]) },
    format: 'text',
  };
}
