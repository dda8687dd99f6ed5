import { AcceptInvitation, NewAccountPassword } from '@logai/contracts';
import { invitations, memberships, organizations, transaction, users } from '@logai/db';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { issueSession, type IssuedSession } from '../auth/issue-session';
import { toRole } from '../auth/load-membership';
import { hashPassword, verifyNothing, verifyPassword } from '../auth/passwords';
import { clientKey, enforceRateLimits } from '../auth/rate-limits';
import { hashSecret } from '../auth/tokens';
import type { AccountDeps, Context } from '../context';
import { AppError } from '../errors';

const INVALID = 'this invitation is not valid: it may have expired, been used or been revoked';

/**
 * Accepts an invitation, once: creates the account when the invited address has none, or adds the
 * existing account (proven by its password) to the organisation. Answers with a session there.
 */
export async function acceptInvitation({
  ctx,
  input,
}: {
  ctx: Context<AccountDeps>;
  input: AcceptInvitation;
}): Promise<IssuedSession> {
  const { token, password, fullName } = AcceptInvitation.parse(input);
  await enforceRateLimits(ctx, [
    [`accept-invitation:ip:${clientKey(ctx)}`, ctx.deps.rateLimits.acceptInvitationPerIp],
  ]);
  const { db } = ctx.deps;
  const [invitation] = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.tokenHash, hashSecret(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  if (!invitation) throw new AppError('NOT_FOUND', INVALID);
  const [existing] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, invitation.email));
  if (existing) {
    if (!(await verifyPassword(existing.hashedPassword, password))) {
      throw new AppError('UNAUTHENTICATED', 'wrong password for the invited account');
    }
  } else {
    await verifyNothing(password);
    const strong = NewAccountPassword.safeParse(password);
    if (!strong.success)
      throw new AppError('VALIDATION', `password ${strong.error.issues[0]?.message ?? 'is invalid'}`);
  }
  const role = toRole(invitation.role);
  const newPasswordHash = existing ? null : await hashPassword(password);
  return transaction(db, async (tx) => {
    // Single use under concurrency: only the request that flips accepted_at goes on.
    const claimed = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(
        and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)),
      )
      .returning({ id: invitations.id });
    if (claimed.length === 0) throw new AppError('NOT_FOUND', INVALID);
    let user = existing;
    if (!user) {
      [user] = await tx
        .insert(users)
        .values({
          email: invitation.email,
          hashedPassword: newPasswordHash ?? '',
          fullName: fullName ?? invitation.email.split('@')[0] ?? '',
          organizationId: invitation.organizationId,
          role,
        })
        .returning();
    }
    if (!user) throw new Error('user insert returned nothing');
    await tx
      .insert(memberships)
      .values({ organizationId: invitation.organizationId, userId: user.id, role })
      .onConflictDoNothing();
    const [organization] = await tx
      .select()
      .from(organizations)
      .where(eq(organizations.id, invitation.organizationId));
    if (!organization) throw new AppError('NOT_FOUND', INVALID);
    const [membership] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.organizationId, organization.id), eq(memberships.userId, user.id)));
    await recordAudit(
      ctx,
      {
        action: 'invitation.accepted',
        organizationId: organization.id,
        actor: { kind: 'user', id: user.id, userId: user.id },
        target: { type: 'invitation', id: invitation.id },
        metadata: { role, newAccount: !existing },
      },
      tx,
    );
    return issueSession(ctx, tx, {
      user: { id: user.id, email: user.email, fullName: user.fullName },
      organization: { id: organization.id, name: organization.name, slug: organization.slug },
      role: toRole(membership?.role ?? role),
    });
  });
}
