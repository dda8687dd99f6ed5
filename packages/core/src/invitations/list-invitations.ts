import type { Invitation } from '@logai/contracts';
import { invitations } from '@logai/db';
import { desc, eq } from 'drizzle-orm';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { withTenant } from '../tenancy/with-tenant';
import { toInvitation } from './to-invitation';

export async function listInvitations({ ctx }: { ctx: OrgContext }): Promise<Invitation[]> {
  assertCan(ctx, 'invitations.manage');
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select()
      .from(invitations)
      .where(eq(invitations.organizationId, ctx.organizationId))
      .orderBy(desc(invitations.createdAt))
      .limit(200),
  );
  return rows.map((row) => toInvitation(row));
}
