import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { organizations } from './organizations';

export const auditLogs = pgTable(
  'audit_logs',
  {
    id: id(),
    /** Null for events outside any organisation (e.g. a failed sign-in for an unknown e-mail). */
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    // Actors are kept as plain ids: the log must outlive the user or key it names.
    actorUserId: uuid('actor_user_id'),
    actorApiKeyId: uuid('actor_api_key_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (table) => [index('audit_logs_org_created_idx').on(table.organizationId, table.createdAt.desc())],
);
