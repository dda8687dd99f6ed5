import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { oneOf } from './columns';
import { LOG_LEVELS } from './enums';

/**
 * One row per log event, bulk-loaded with COPY by the worker. Events keep their miner cluster rather
 * than a pattern id: templates generalise while a file is read, so the final pattern of a cluster is
 * known only at the end (pattern_clusters), and millions of rows need no second pass. Ids follow the
 * order events were read in, so an upload's file is in id order (no separate (file, line) index).
 */
export const logEvents = pgTable(
  'log_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    // No foreign keys here on purpose: PostgreSQL checks them row by row at the end of a COPY, which took
    // most of a 1 GB analysis. Core deletes an upload's (and an organisation's) events itself.
    organizationId: uuid('organization_id').notNull(),
    uploadId: uuid('upload_id').notNull(),
    /** Member of the upload the event comes from. */
    file: text('file').notNull(),
    line: integer('line').notNull(),
    lineCount: integer('line_count').notNull().default(1),
    ts: timestamp('ts', { withTimezone: true }),
    level: text('level'),
    service: text('service'),
    /** The miner's cluster of the event within its upload; pattern_clusters maps it to a pattern. */
    clusterId: integer('cluster_id'),
    /** Null when the message is the end of `raw` from `message_offset` (text and syslog lines): half the bytes. */
    message: text('message'),
    /** Characters of `raw` before the message, when `message` is null. */
    messageOffset: integer('message_offset'),
    raw: text('raw').notNull(),
    attributes: jsonb('attributes').$type<Record<string, unknown>>(),
  },
  (table) => [
    index('log_events_upload_ts_idx').on(table.uploadId, table.ts),
    index('log_events_upload_cluster_idx').on(table.uploadId, table.clusterId),
    check('log_events_level_check', oneOf('level', LOG_LEVELS)),
  ],
);
