import type { Organization } from '@logai/contracts';
import { memberships, organizations } from '@logai/db';
import { count, eq } from 'drizzle-orm';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { withTenant } from '../tenancy/with-tenant';

export async function getOrganization({ ctx }: { ctx: OrgContext }): Promise<Organization> {
  assertCan(ctx, 'organization.read');
  const { organization, members } = await withTenant(ctx, async (tx) => ({
    organization: (await tx.select().from(organizations).where(eq(organizations.id, ctx.organizationId)))[0],
    members: (
      await tx
        .select({ total: count() })
        .from(memberships)
        .where(eq(memberships.organizationId, ctx.organizationId))
    )[0],
  }));
  if (!organization) throw AppError.notFound('organisation');
  return {
    id: organization.id,
    name: organization.name,
    slug: organization.slug,
    createdAt: organization.createdAt.toISOString(),
    memberCount: members?.total ?? 0,
  };
}
