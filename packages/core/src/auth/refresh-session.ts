import { RefreshSession } from '@logai/contracts';
import { refreshTokens, transaction } from '@logai/db';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import type { AccountDeps, Context } from '../context';
import { AppError } from '../errors';
import { issueSession, type IssuedSession } from './issue-session';
import { loadMembership } from './load-membership';
import { clientKey, enforceRateLimits } from './rate-limits';
import { hashSecret } from './tokens';
import { revokeFamily } from './revoke-family';

/**
 * Exchanges a refresh token for a new pair. Each refresh token works once: presenting one that was
 * already rotated means it was copied, so the whole session (its family) is revoked.
 */
export async function refreshSession({
  ctx,
  input,
}: {
  ctx: Context<AccountDeps>;
  input: RefreshSession;
}): Promise<IssuedSession> {
  const { refreshToken } = RefreshSession.parse(input);
  await enforceRateLimits(ctx, [[`refresh:ip:${clientKey(ctx)}`, ctx.deps.rateLimits.refreshPerIp]]);
  if (!refreshToken) throw new AppError('UNAUTHENTICATED', 'no refresh token');
  const { db } = ctx.deps;
  const [row] = await db
    .select()
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, hashSecret(refreshToken)));
  if (!row) throw new AppError('UNAUTHENTICATED', 'invalid refresh token');
  const actor = { kind: 'user' as const, id: row.userId, userId: row.userId };
  if (row.rotatedAt || row.revokedAt) {
    if (row.rotatedAt && !row.revokedAt) {
      await revokeFamily(db, row.familyId);
      await recordAudit(ctx, {
        action: 'session.refresh_token_reused',
        organizationId: row.organizationId,
        actor,
        metadata: { familyId: row.familyId },
      });
      ctx.deps.logger.warn(
        { userId: row.userId, familyId: row.familyId },
        'refresh token reused; session revoked',
      );
    }
    throw new AppError('UNAUTHENTICATED', 'this session has ended; sign in again');
  }
  if (row.expiresAt.getTime() <= Date.now())
    throw new AppError('UNAUTHENTICATED', 'session expired; sign in again');
  const subject = await loadMembership(db, row.userId, row.organizationId);
  if (!subject) throw new AppError('UNAUTHENTICATED', 'you no longer have access to this organisation');
  return transaction(db, async (tx) => {
    // Conditional update: of two concurrent refreshes with one token, only one rotates it.
    const rotated = await tx
      .update(refreshTokens)
      .set({ rotatedAt: new Date() })
      .where(
        and(eq(refreshTokens.id, row.id), isNull(refreshTokens.rotatedAt), isNull(refreshTokens.revokedAt)),
      )
      .returning({ id: refreshTokens.id });
    if (rotated.length === 0) throw new AppError('UNAUTHENTICATED', 'this session has ended; sign in again');
    return issueSession(ctx, tx, subject, row.familyId);
  });
}
