import { SignOut } from '@logai/contracts';
import { refreshTokens } from '@logai/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import type { Context, OrgContext } from '../context';
import { hashSecret } from './tokens';
import { revokeFamily } from './revoke-family';

/** Ends the session of the given refresh token, or the one the access token belongs to. */
export async function signOut({
  ctx,
  input,
  sessionId,
}: {
  ctx: Context | OrgContext;
  input: SignOut;
  sessionId?: string;
}): Promise<void> {
  const { refreshToken } = SignOut.parse(input);
  const { db } = ctx.deps;
  let familyId = sessionId;
  let row: typeof refreshTokens.$inferSelect | undefined;
  if (refreshToken) {
    [row] = await db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, hashSecret(refreshToken)));
    familyId = row?.familyId ?? familyId;
  }
  if (!familyId) return;
  await revokeFamily(db, familyId);
  const organizationId = 'organizationId' in ctx ? ctx.organizationId : (row?.organizationId ?? null);
  const userId = 'actor' in ctx ? ctx.actor.userId : (row?.userId ?? null);
  await recordAudit(ctx, {
    action: 'session.signed_out',
    organizationId,
    actor: userId ? { kind: 'user', id: userId, userId } : null,
  });
}
