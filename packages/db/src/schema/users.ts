import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, oneOf, updatedAt } from './columns';
import { ROLES } from './enums';
import { organizations } from './organizations';

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    hashedPassword: text('hashed_password').notNull(),
    fullName: text('full_name').notNull().default(''),
    isActive: boolean('is_active').notNull().default(true),
    /** Operator of this LogAi installation (not an organisation role). */
    isAdmin: boolean('is_admin').notNull().default(false),
    /**
     * The organisation the user signs in to by default, and their role there (the seed's columns).
     * Memberships hold every organisation a user belongs to; core keeps these two in step with them.
     */
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    role: text('role').notNull().default('member'),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('users_email_key').on(sql`lower(${table.email})`),
    index('users_organization_idx').on(table.organizationId),
    check('users_role_check', oneOf('role', ROLES)),
  ],
);
