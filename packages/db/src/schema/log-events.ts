import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { oneOf } from './columns';
import { LOG_LEVELS } from './enums';
import { organizations } from './organizations';
import { uploads } from './uploads';

/**
 * One row per log event, bulk-loaded with COPY by the worker. Events keep their miner cluster rather
 * than a pattern id: templates generalise while a file is read, so the final pattern of a cluster is
 * known only at the end (pattern_clusters), and millions of rows need no second pass.
 */
export const logEvents = pgTable(
  'log_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    uploadId: uuid('upload_id')
      .notNull()
      .references(() => uploads.id, { onDelete: 'cascade' }),
    /** Member of the upload the event comes from. */
    file: text('file').notNull(),
    line: integer('line').notNull(),
    lineCount: integer('line_count').notNull().default(1),
    ts: timestamp('ts', { withTimezone: true }),
    level: text('level'),
    service: text('service'),
    /** The miner's cluster of the event within its upload; pattern_clusters maps it to a pattern. */
    clusterId: integer('cluster_id'),
    message: text('message').notNull(),
    raw: text('raw').notNull(),
    attributes: jsonb('attributes').$type<Record<string, unknown>>(),
  },
  (table) => [
    index('log_events_upload_ts_idx').on(table.uploadId, table.ts),
    index('log_events_upload_file_line_idx').on(table.uploadId, table.file, table.line),
    index('log_events_upload_cluster_idx').on(table.uploadId, table.clusterId),
    index('log_events_org_ts_idx').on(table.organizationId, table.ts),
    check('log_events_level_check', oneOf('level', LOG_LEVELS)),
  ],
);
