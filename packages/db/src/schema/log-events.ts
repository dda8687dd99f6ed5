import { sql } from 'drizzle-orm';
import { bigint, check, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { oneOf } from './columns';
import { LOG_LEVELS } from './enums';

/**
 * One row per log event, bulk-loaded with COPY by the worker. Events keep their miner cluster rather
 * than a pattern id: templates generalise while a file is read, so the final pattern of a cluster is
 * known only at the end (pattern_clusters), and millions of rows need no second pass. Ids follow the
 * order events were read in, so an upload's file is in id order (no separate (file, line) index).
 *
 * Partitioned by upload (migration 0008, which Drizzle cannot express): the worker COPYs an upload's
 * events into a table of their own, indexes it once loaded — (ts nulls first, id), (cluster_id) and
 * the primary key (id) — and attaches it (`logai_create_event_table`, `logai_index_event_table`,
 * `logai_attach_event_partition`); deleting an upload drops its partition (`logai_drop_event_partitions`).
 * Queries go through this parent with `upload_id = …`, which leaves one partition to read.
 */
export const logEvents = pgTable(
  'log_events',
  {
    id: bigint('id', { mode: 'number' })
      .notNull()
      .default(sql`nextval('log_events_event_id_seq')`),
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
  () => [check('log_events_level_check', oneOf('level', LOG_LEVELS))],
);
