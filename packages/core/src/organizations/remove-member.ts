import { memberships, refreshTokens, users } from '@logai/db';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan, isAtMost } from '../auth/permissions';
import { withTenant } from '../tenancy/with-tenant';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { assertAnotherOwner, lockMembership } from './change-member-role';

/** Removes a member (or lets a member leave) and ends their sessions in this organisation. */
export async function removeMember({ ctx, userId }: { ctx: OrgContext; userId: string }): Promise<void> {
  const leaving = ctx.actor.userId === userId;
  if (!leaving) assertCan(ctx, 'members.manage');
  await withTenant(ctx, async (tx) => {
    const current = await lockMembership(tx, ctx.organizationId, userId);
    if (!leaving && !isAtMost(current, ctx.actor.role)) {
      throw new AppError('FORBIDDEN', `your role (${ctx.actor.role}) may not remove an ${current}`);
    }
    if (current === 'owner') await assertAnotherOwner(tx, ctx.organizationId);
    await tx
      .delete(memberships)
      .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.userId, userId)));
    await tx
      .update(users)
      .set({ organizationId: null })
      .where(and(eq(users.id, userId), eq(users.organizationId, ctx.organizationId)));
    await tx
      .update(refreshTokens)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(refreshTokens.userId, userId),
          eq(refreshTokens.organizationId, ctx.organizationId),
          isNull(refreshTokens.revokedAt),
        ),
      );
    await recordAudit(
      ctx,
      {
        action: leaving ? 'member.left' : 'member.removed',
        organizationId: ctx.organizationId,
        actor: ctx.actor,
        target: { type: 'user', id: userId },
        metadata: { role: current },
      },
      tx,
    );
  });
}
