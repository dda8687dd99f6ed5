import { RenameOrganization, type Organization } from '@logai/contracts';
import { organizations } from '@logai/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/permissions';
import { withTenant } from '../tenancy/with-tenant';
import type { OrgContext } from '../context';
import { getOrganization } from './get-organization';

export async function renameOrganization({
  ctx,
  input,
}: {
  ctx: OrgContext;
  input: RenameOrganization;
}): Promise<Organization> {
  assertCan(ctx, 'organization.update');
  const { name } = RenameOrganization.parse(input);
  await withTenant(ctx, async (tx) => {
    await tx.update(organizations).set({ name }).where(eq(organizations.id, ctx.organizationId));
    await recordAudit(
      ctx,
      {
        action: 'organization.renamed',
        organizationId: ctx.organizationId,
        actor: ctx.actor,
        metadata: { name },
      },
      tx,
    );
  });
  return getOrganization({ ctx });
}
