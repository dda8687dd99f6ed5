import { bigint, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf, updatedAt } from './columns';
import { UPLOAD_STATUSES } from './enums';
import { organizations } from './organizations';
import { users } from './users';

export const uploads = pgTable(
  'uploads',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    /** Blob store key (org/upload/sha256); named after the seed's S3 column, also used for the filesystem store. */
    s3Key: text('s3_key'),
    fileSize: bigint('file_size', { mode: 'number' }),
    status: text('status').notNull().default('pending'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    /** Live progress while processing: stage, bytes done/total. */
    progress: jsonb('progress').$type<Record<string, unknown>>(),
    sha256: text('sha256'),
    lineCount: bigint('line_count', { mode: 'number' }),
    eventCount: bigint('event_count', { mode: 'number' }),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    error: text('error'),
  },
  (table) => [
    index('uploads_org_created_idx').on(table.organizationId, table.createdAt.desc()),
    index('uploads_org_sha256_idx').on(table.organizationId, table.sha256),
    index('uploads_status_idx').on(table.status),
    check('uploads_status_check', oneOf('status', UPLOAD_STATUSES)),
  ],
);
