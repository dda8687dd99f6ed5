import { SignIn } from '@logai/contracts';
import { transaction, users } from '@logai/db';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import type { AccountDeps, Context } from '../context';
import { AppError } from '../errors';
import { issueSession, type IssuedSession } from './issue-session';
import { loadMembership } from './load-membership';
import { verifyNothing, verifyPassword } from './passwords';
import { clientKey, enforceRateLimits } from './rate-limits';

const INVALID = 'invalid e-mail address or password';

/** Signs in with e-mail and password. Every failure answers the same, as slowly, whatever the cause. */
export async function signIn({
  ctx,
  input,
}: {
  ctx: Context<AccountDeps>;
  input: SignIn;
}): Promise<IssuedSession> {
  const { email, password, organizationId } = SignIn.parse(input);
  await enforceRateLimits(ctx, [
    [`sign-in:ip:${clientKey(ctx)}`, ctx.deps.rateLimits.signInPerIp],
    [`sign-in:account:${email}`, ctx.deps.rateLimits.signInPerAccount],
  ]);
  const { db } = ctx.deps;
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  const passwordOk = user
    ? await verifyPassword(user.hashedPassword, password)
    : await verifyNothing(password);
  let chosen = null;
  if (user && passwordOk && user.isActive) {
    chosen = await loadMembership(db, user.id, organizationId ?? user.organizationId);
    // Removed from their default organisation: sign in to any they still belong to.
    if (!chosen && !organizationId) chosen = await loadMembership(db, user.id);
  }
  if (!user || !chosen) {
    await recordAudit(ctx, {
      action: 'session.sign_in_failed',
      organizationId: user?.organizationId ?? null,
      actor: user ? { kind: 'user', id: user.id, userId: user.id } : null,
      metadata: { email },
    });
    throw new AppError('UNAUTHENTICATED', INVALID);
  }
  return transaction(db, async (tx) => {
    await tx
      .update(users)
      .set({ lastLoginAt: new Date(), organizationId: chosen.organization.id, role: chosen.role })
      .where(eq(users.id, user.id));
    await recordAudit(
      ctx,
      {
        action: 'session.signed_in',
        organizationId: chosen.organization.id,
        actor: { kind: 'user', id: user.id, userId: user.id },
      },
      tx,
    );
    return issueSession(ctx, tx, chosen);
  });
}
