import {
  bigint,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, oneOf, createdAt } from './columns';
import { LOG_LEVELS } from './enums';
import { organizations } from './organizations';
import { uploads } from './uploads';

export const patterns = pgTable(
  'patterns',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    uploadId: uuid('upload_id')
      .notNull()
      .references(() => uploads.id, { onDelete: 'cascade' }),
    /** Stable id of the normalised template, shared across uploads of an organisation. */
    fingerprint: text('fingerprint').notNull(),
    template: text('template').notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
    level: text('level'),
    firstSeen: timestamp('first_seen', { withTimezone: true }),
    lastSeen: timestamp('last_seen', { withTimezone: true }),
    samples: jsonb('samples').$type<unknown[]>().notNull().default([]),
    variables: jsonb('variables').$type<unknown[]>().notNull().default([]),
    /** Event counts in equal buckets over the upload's time range. */
    sparkline: jsonb('sparkline').$type<number[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('patterns_upload_fingerprint_key').on(table.uploadId, table.fingerprint),
    index('patterns_org_fingerprint_idx').on(table.organizationId, table.fingerprint),
    check('patterns_level_check', oneOf('level', LOG_LEVELS)),
  ],
);
