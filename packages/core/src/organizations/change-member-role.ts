import { ChangeMemberRole, type Member } from '@logai/contracts';
import { memberships, users, type Transaction } from '@logai/db';
import { and, count, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { toRole } from '../auth/load-membership';
import { assertCan, isAtMost } from '../auth/permissions';
import { withTenant } from '../tenancy/with-tenant';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { listMembers } from './list-members';

export async function changeMemberRole({
  ctx,
  userId,
  input,
}: {
  ctx: OrgContext;
  userId: string;
  input: ChangeMemberRole;
}): Promise<Member> {
  assertCan(ctx, 'members.manage');
  const { role } = ChangeMemberRole.parse(input);
  await withTenant(ctx, async (tx) => {
    const current = await lockMembership(tx, ctx.organizationId, userId);
    // Nobody grants or takes away more than they have: only owners make or unmake owners.
    if (!isAtMost(role, ctx.actor.role) || !isAtMost(current, ctx.actor.role)) {
      throw new AppError(
        'FORBIDDEN',
        `your role (${ctx.actor.role}) may not change an ${current} into an ${role}`,
      );
    }
    if (current === 'owner' && role !== 'owner') await assertAnotherOwner(tx, ctx.organizationId);
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.userId, userId)));
    await tx
      .update(users)
      .set({ role })
      .where(and(eq(users.id, userId), eq(users.organizationId, ctx.organizationId)));
    await recordAudit(
      ctx,
      {
        action: 'member.role_changed',
        organizationId: ctx.organizationId,
        actor: ctx.actor,
        target: { type: 'user', id: userId },
        metadata: { from: current, to: role },
      },
      tx,
    );
  });
  const member = (await listMembers({ ctx })).find((item) => item.userId === userId);
  if (!member) throw AppError.notFound('member');
  return member;
}

/** Locks the membership row for the rest of the transaction; 404 when the user is not a member here. */
export async function lockMembership(tx: Transaction, organizationId: string, userId: string) {
  const [row] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)))
    .for('update');
  if (!row) throw AppError.notFound('member');
  return toRole(row.role);
}

/** The last owner can be neither removed nor demoted. Owners are locked so two demotions cannot race. */
export async function assertAnotherOwner(tx: Transaction, organizationId: string): Promise<void> {
  await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, 'owner')))
    .for('update');
  const [owners] = await tx
    .select({ total: count() })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, 'owner')));
  if ((owners?.total ?? 0) <= 1) {
    throw new AppError(
      'CONFLICT',
      'the last owner cannot be removed or demoted; make someone else an owner first',
    );
  }
}
