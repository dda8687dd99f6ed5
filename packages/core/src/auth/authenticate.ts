import { apiKeys, memberships, organizations, refreshTokens, users } from '@logai/db';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { AccountDeps, Context, OrgContext } from '../context';
import { AppError } from '../errors';
import { toRole } from './load-membership';
import { hashSecret, secretsEqual, verifyAccessToken } from './tokens';

export const API_KEY_PREFIX = 'lak';

export interface Authenticated extends OrgContext<AccountDeps> {
  /** The session (refresh-token family) of a user's access token; absent for API keys. */
  sessionId?: string;
}

/**
 * Turns a bearer credential (an access JWT or an API key) into the context of a tenant verb. The role
 * is read from the membership on every request, so a demotion or removal takes effect at once.
 */
export async function authenticate(ctx: Context<AccountDeps>, credential: string): Promise<Authenticated> {
  if (credential.startsWith(`${API_KEY_PREFIX}_`)) return authenticateApiKey(ctx, credential);
  const claims = await verifyAccessToken(ctx.deps.auth, credential);
  // One query per request: the membership (still active, with its current role) and whether the
  // session was revoked.
  const [row] = await ctx.deps.db
    .select({
      role: memberships.role,
      active: sql<boolean>`${users.isActive} and ${organizations.isActive}`,
      revoked: sql<boolean>`exists (select 1 from ${refreshTokens} where ${refreshTokens.familyId} = ${claims.sessionId} and ${refreshTokens.revokedAt} is not null)`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.userId, claims.userId), eq(memberships.organizationId, claims.organizationId)));
  if (row?.revoked) throw new AppError('UNAUTHENTICATED', 'this session has ended; sign in again');
  if (!row?.active) throw new AppError('UNAUTHENTICATED', 'you no longer have access to this organisation');
  return {
    ...ctx,
    organizationId: claims.organizationId,
    actor: { kind: 'user', id: claims.userId, userId: claims.userId, role: toRole(row.role) },
    sessionId: claims.sessionId,
  };
}

async function authenticateApiKey(ctx: Context<AccountDeps>, key: string): Promise<Authenticated> {
  const prefix = key.split('_').slice(0, 2).join('_');
  const { db } = ctx.deps;
  const [row] = await db
    .select({ key: apiKeys, organizationActive: organizations.isActive })
    .from(apiKeys)
    .innerJoin(organizations, eq(organizations.id, apiKeys.organizationId))
    .where(eq(apiKeys.prefix, prefix));
  if (
    !row ||
    !secretsEqual(row.key.keyHash, hashSecret(key)) ||
    row.key.revokedAt ||
    !row.organizationActive
  ) {
    throw new AppError('UNAUTHENTICATED', 'invalid API key');
  }
  // Record use at most once a minute: a busy key must not turn every read into a write.
  const minuteAgo = new Date(Date.now() - 60_000);
  await db
    .update(apiKeys)
    .set({ lastUsedAt: new Date() })
    .where(
      and(eq(apiKeys.id, row.key.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, minuteAgo))),
    );
  return {
    ...ctx,
    organizationId: row.key.organizationId,
    actor: { kind: 'api_key', id: row.key.id, userId: row.key.createdBy, role: toRole(row.key.role) },
  };
}
