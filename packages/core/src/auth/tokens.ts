import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { AuthSettings } from '../context';
import { AppError } from '../errors';

const ISSUER = 'logai';
const AUDIENCE = 'logai-api';

export interface AccessClaims {
  userId: string;
  organizationId: string;
  /** The refresh-token family of the session, so signing out can be traced. */
  sessionId: string;
}

export async function signAccessToken(
  settings: AuthSettings,
  claims: AccessClaims,
): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + settings.accessTtlSeconds * 1000);
  const token = await new SignJWT({ org: claims.organizationId, sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(settings.jwtSecret);
  return { token, expiresAt };
}

const Claims = z.object({ sub: z.uuid(), org: z.uuid(), sid: z.uuid() });

/** Verifies signature, expiry, issuer and audience, with the algorithm pinned (no `alg: none`, no RS/HS swap). */
export async function verifyAccessToken(settings: AuthSettings, token: string): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, settings.jwtSecret, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const claims = Claims.parse(payload);
    return { userId: claims.sub, organizationId: claims.org, sessionId: claims.sid };
  } catch (error) {
    const expired = error instanceof errors.JWTExpired;
    throw new AppError(
      'UNAUTHENTICATED',
      expired ? 'access token expired; refresh the session' : 'invalid access token',
    );
  }
}

/** A random opaque secret with a readable prefix (e.g. `lrt_…` refresh tokens, `lak_…` API keys). */
export function newSecret(prefix: string, bytes = 32): string {
  return `${prefix}_${randomBytes(bytes).toString('base64url')}`;
}

/** Secrets are stored only as SHA-256 hashes: they are long and random, so no slow hash is needed. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
