import type { Role } from '@logai/contracts';
import { memberships, organizations, users, type Executor } from '@logai/db';
import { and, asc, eq } from 'drizzle-orm';
import type { SessionSubject } from './issue-session';

/** The user's membership in one organisation (or their default one), if they still have it. */
export async function loadMembership(
  executor: Executor,
  userId: string,
  organizationId?: string | null,
): Promise<SessionSubject | null> {
  const rows = await executor
    .select({
      user: { id: users.id, email: users.email, fullName: users.fullName, isActive: users.isActive },
      organization: {
        id: organizations.id,
        name: organizations.name,
        slug: organizations.slug,
        isActive: organizations.isActive,
      },
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(
      and(
        eq(memberships.userId, userId),
        organizationId ? eq(memberships.organizationId, organizationId) : undefined,
      ),
    )
    .orderBy(asc(memberships.createdAt));
  const row = rows[0];
  if (!row || !row.user.isActive || !row.organization.isActive) return null;
  return {
    user: { id: row.user.id, email: row.user.email, fullName: row.user.fullName },
    organization: { id: row.organization.id, name: row.organization.name, slug: row.organization.slug },
    role: toRole(row.role),
  };
}

export function toRole(value: string): Role {
  if (value === 'owner' || value === 'admin' || value === 'member' || value === 'viewer') return value;
  throw new Error(`unknown role in the database: ${value}`);
}
