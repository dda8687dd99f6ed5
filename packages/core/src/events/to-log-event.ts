import type { LogEvent } from '@logai/contracts';
import { logEvents, patternClusters } from '@logai/db';
import { and, eq, sql } from 'drizzle-orm';
import { toLevel } from '../patterns/list-patterns';

/** The columns of an event as the API shows it, with its pattern id joined in. */
export const EVENT_SELECTION = {
  id: logEvents.id,
  file: logEvents.file,
  line: logEvents.line,
  lineCount: logEvents.lineCount,
  ts: logEvents.ts,
  level: logEvents.level,
  service: logEvents.service,
  patternId: patternClusters.fingerprint,
  // Text lines store their message as an offset into raw (see the worker's EventRowEncoder).
  message: sql<string>`coalesce(${logEvents.message}, substr(${logEvents.raw}, ${logEvents.messageOffset} + 1))`,
  raw: logEvents.raw,
};

export const PATTERN_JOIN = and(
  eq(patternClusters.uploadId, logEvents.uploadId),
  eq(patternClusters.clusterId, logEvents.clusterId),
);

export interface EventRow {
  id: number;
  file: string;
  line: number;
  lineCount: number;
  ts: Date | null;
  level: string | null;
  service: string | null;
  patternId: string | null;
  message: string;
  raw: string;
}

export function toLogEvent(row: EventRow): LogEvent {
  return { ...row, id: String(row.id), ts: row.ts?.toISOString() ?? null, level: toLevel(row.level) };
}
