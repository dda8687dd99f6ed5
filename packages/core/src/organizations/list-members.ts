import type { Member } from '@logai/contracts';
import { memberships, users } from '@logai/db';
import { asc, eq } from 'drizzle-orm';
import { toRole } from '../auth/load-membership';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { withTenant } from '../tenancy/with-tenant';

export async function listMembers({ ctx }: { ctx: OrgContext }): Promise<Member[]> {
  assertCan(ctx, 'members.read');
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select({
        userId: users.id,
        email: users.email,
        fullName: users.fullName,
        role: memberships.role,
        joinedAt: memberships.createdAt,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.organizationId, ctx.organizationId))
      .orderBy(asc(memberships.createdAt)),
  );
  return rows.map((row) => ({ ...row, role: toRole(row.role), joinedAt: row.joinedAt.toISOString() }));
}
