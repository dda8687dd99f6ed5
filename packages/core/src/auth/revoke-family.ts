import { refreshTokens, type Executor } from '@logai/db';
import { and, eq, isNull } from 'drizzle-orm';

/** Ends a session: every refresh token of the family, and (via the auth check) its access tokens. */
export async function revokeFamily(executor: Executor, familyId: string): Promise<void> {
  await executor
    .update(refreshTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}
