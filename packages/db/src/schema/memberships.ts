import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf, updatedAt } from './columns';
import { ROLES } from './enums';
import { organizations } from './organizations';
import { users } from './users';

/** Who belongs to which organisation, with which role: the source of truth for permissions. */
export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('memberships_org_user_key').on(table.organizationId, table.userId),
    index('memberships_user_idx').on(table.userId),
    check('memberships_role_check', oneOf('role', ROLES)),
  ],
);
