import { randomUUID } from 'node:crypto';
import type { Role, Session } from '@logai/contracts';
import { refreshTokens, type Executor } from '@logai/db';
import type { AccountDeps, Context } from '../context';
import { hashSecret, newSecret, signAccessToken } from './tokens';

export interface SessionSubject {
  user: { id: string; email: string; fullName: string };
  organization: { id: string; name: string; slug: string };
  role: Role;
}

/** Tokens of a session; the refresh token is returned once and stored only as a hash. */
export interface IssuedSession extends SessionSubject {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  familyId: string;
}

export async function issueSession(
  ctx: Context<AccountDeps>,
  executor: Executor,
  subject: SessionSubject,
  familyId: string = randomUUID(),
): Promise<IssuedSession> {
  const { auth } = ctx.deps;
  const refreshToken = newSecret('lrt');
  const refreshTokenExpiresAt = new Date(Date.now() + auth.refreshTtlSeconds * 1000);
  await executor.insert(refreshTokens).values({
    userId: subject.user.id,
    organizationId: subject.organization.id,
    tokenHash: hashSecret(refreshToken),
    familyId,
    expiresAt: refreshTokenExpiresAt,
    createdIp: ctx.request?.ip ?? null,
    userAgent: ctx.request?.userAgent?.slice(0, 500) ?? null,
  });
  const access = await signAccessToken(auth, {
    userId: subject.user.id,
    organizationId: subject.organization.id,
    sessionId: familyId,
  });
  return {
    ...subject,
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken,
    refreshTokenExpiresAt,
    familyId,
  };
}

/** The session as the API answers it; cookie sessions leave the tokens out of the body. */
export function toSessionBody(session: IssuedSession, mode: 'token' | 'cookie'): Session {
  return {
    user: session.user,
    organization: session.organization,
    role: session.role,
    accessTokenExpiresAt: session.accessTokenExpiresAt.toISOString(),
    refreshTokenExpiresAt: session.refreshTokenExpiresAt.toISOString(),
    ...(mode === 'token' ? { accessToken: session.accessToken, refreshToken: session.refreshToken } : {}),
  };
}
