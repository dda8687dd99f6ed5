import { boolean, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';
import { organizations } from './organizations';
import { users } from './users';

export const alertRules = pgTable(
  'alert_rules',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** Which anomalies match (types, minimum severity, pattern ids…); validated by contracts. */
    conditions: jsonb('conditions').$type<Record<string, unknown>>().notNull().default({}),
    /** Where matches are sent (channel + target). */
    actions: jsonb('actions').$type<unknown[]>().notNull().default([]),
    isActive: boolean('is_active').notNull().default(true),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('alert_rules_org_idx').on(table.organizationId)],
);
