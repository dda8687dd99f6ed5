import { CreateInvitation, type CreatedInvitation } from '@logai/contracts';
import { invitations, organizations } from '@logai/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan, isAtMost } from '../auth/permissions';
import { hashSecret, newSecret } from '../auth/tokens';
import { withTenant } from '../tenancy/with-tenant';
import type { AccountDeps, OrgContext } from '../context';
import { AppError } from '../errors';
import { toInvitation } from './to-invitation';

/**
 * Invites someone by e-mail with a single-use token that expires. With SMTP configured the link is
 * e-mailed; without, it is returned to the inviting admin to pass on.
 */
export async function createInvitation({
  ctx,
  input,
}: {
  ctx: OrgContext<AccountDeps>;
  input: CreateInvitation;
}): Promise<CreatedInvitation> {
  assertCan(ctx, 'invitations.manage');
  const { email, role } = CreateInvitation.parse(input);
  if (!isAtMost(role, ctx.actor.role)) {
    throw new AppError('FORBIDDEN', `your role (${ctx.actor.role}) may not invite an ${role}`);
  }
  const { auth, mailer } = ctx.deps;
  const token = newSecret('inv');
  const row = await withTenant(ctx, async (tx) => {
    const [created] = await tx
      .insert(invitations)
      .values({
        organizationId: ctx.organizationId,
        email,
        role,
        tokenHash: hashSecret(token),
        invitedBy: ctx.actor.userId,
        expiresAt: new Date(Date.now() + auth.invitationTtlSeconds * 1000),
      })
      .returning();
    if (!created) throw new Error('invitation insert returned nothing');
    await recordAudit(
      ctx,
      {
        action: 'invitation.created',
        organizationId: ctx.organizationId,
        actor: ctx.actor,
        target: { type: 'invitation', id: created.id },
        metadata: { email, role },
      },
      tx,
    );
    return created;
  });
  const acceptUrl = `${auth.webOrigin}/invitations/accept?token=${encodeURIComponent(token)}`;
  if (!mailer) return { invitation: toInvitation(row), emailed: false, acceptUrl };
  const [organization] = await withTenant(ctx, (tx) =>
    tx.select().from(organizations).where(eq(organizations.id, ctx.organizationId)),
  );
  await mailer.send({
    to: email,
    subject: `You are invited to ${organization?.name ?? 'an organisation'} on LogAi`,
    text:
      `You have been invited to join ${organization?.name ?? 'an organisation'} on LogAi as ${role}.\n\n` +
      `Accept the invitation: ${acceptUrl}\n\nThe link works once and expires on ${row.expiresAt.toUTCString()}.\n`,
  });
  return { invitation: toInvitation(row), emailed: true };
}
