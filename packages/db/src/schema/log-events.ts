import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { oneOf } from './columns';
import { LOG_LEVELS } from './enums';
import { organizations } from './organizations';
import { uploads } from './uploads';

/** One row per log event, bulk-loaded with COPY by the worker. */
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
    patternFingerprint: text('pattern_fingerprint'),
    message: text('message').notNull(),
    raw: text('raw').notNull(),
    attributes: jsonb('attributes').$type<Record<string, unknown>>(),
  },
  (table) => [
    index('log_events_upload_ts_idx').on(table.uploadId, table.ts),
    index('log_events_upload_file_line_idx').on(table.uploadId, table.file, table.line),
    index('log_events_upload_pattern_idx').on(table.uploadId, table.patternFingerprint),
    index('log_events_org_ts_idx').on(table.organizationId, table.ts),
    check('log_events_level_check', oneOf('level', LOG_LEVELS)),
  ],
);
