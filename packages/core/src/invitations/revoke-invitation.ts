import { invitations } from '@logai/db';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/permissions';
import { withTenant } from '../tenancy/with-tenant';
import type { OrgContext } from '../context';
import { AppError } from '../errors';

export async function revokeInvitation({
  ctx,
  invitationId,
}: {
  ctx: OrgContext;
  invitationId: string;
}): Promise<void> {
  assertCan(ctx, 'invitations.manage');
  await withTenant(ctx, async (tx) => {
    const revoked = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.id, invitationId),
          eq(invitations.organizationId, ctx.organizationId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id });
    if (revoked.length === 0) throw AppError.notFound('pending invitation');
    await recordAudit(
      ctx,
      {
        action: 'invitation.revoked',
        organizationId: ctx.organizationId,
        actor: ctx.actor,
        target: { type: 'invitation', id: invitationId },
      },
      tx,
    );
  });
}
