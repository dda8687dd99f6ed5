import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf } from './columns';
import { ROLES } from './enums';
import { organizations } from './organizations';
import { users } from './users';

export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The first characters of the key, shown in lists and used to find the row. */
    prefix: text('prefix').notNull(),
    /** SHA-256 of the whole key; the key is shown once and never stored. */
    keyHash: text('key_hash').notNull(),
    role: text('role').notNull().default('member'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('api_keys_prefix_key').on(table.prefix),
    index('api_keys_org_idx').on(table.organizationId),
    check('api_keys_role_check', oneOf('role', ROLES)),
  ],
);
