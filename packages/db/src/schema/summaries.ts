import { check, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf, updatedAt } from './columns';
import { SEVERITIES } from './enums';
import { organizations } from './organizations';
import { uploads } from './uploads';

export const summaries = pgTable(
  'summaries',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    uploadId: uuid('upload_id')
      .notNull()
      .references(() => uploads.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** Markdown. */
    content: text('content').notNull(),
    keyIssues: jsonb('key_issues').$type<unknown[]>().notNull().default([]),
    severity: text('severity').notNull(),
    /** "builtin" for the deterministic analyst, else the LLM model name. */
    model: text('model').notNull().default('builtin'),
    usage: jsonb('usage').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('summaries_upload_key').on(table.uploadId),
    check('summaries_severity_check', oneOf('severity', SEVERITIES)),
  ],
);
