import type { Me } from '@logai/contracts';
import { memberships, organizations, users } from '@logai/db';
import { asc, eq } from 'drizzle-orm';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { toRole } from './load-membership';

/** Who the caller is, in which organisation, and which other organisations they can switch to. */
export async function getMe({ ctx }: { ctx: OrgContext }): Promise<Me> {
  const { db } = ctx.deps;
  const [organization] = await db
    .select()
    .from(organizations)
    .where(eq(organizations.id, ctx.organizationId));
  if (!organization) throw AppError.notFound('organisation');
  const userId = ctx.actor.userId;
  const [user] = userId ? await db.select().from(users).where(eq(users.id, userId)) : [];
  const others = userId
    ? await db
        .select({
          id: organizations.id,
          name: organizations.name,
          slug: organizations.slug,
          role: memberships.role,
        })
        .from(memberships)
        .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
        .where(eq(memberships.userId, userId))
        .orderBy(asc(organizations.name))
    : [];
  return {
    user: user
      ? { id: user.id, email: user.email, fullName: user.fullName }
      : { id: ctx.actor.id, email: '', fullName: 'API key' },
    organization: { id: organization.id, name: organization.name, slug: organization.slug },
    role: ctx.actor.role,
    actor: ctx.actor.kind === 'api_key' ? 'api_key' : 'user',
    organizations: others.map((row) => ({ ...row, role: toRole(row.role) })),
  };
}
