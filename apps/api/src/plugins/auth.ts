import { randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import {
  AppError,
  authenticate,
  secretsEqual,
  toSessionBody,
  type Authenticated,
  type IssuedSession,
} from '@logai/core';
import type { Session } from '@logai/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const COOKIES = { access: 'logai_access', refresh: 'logai_refresh', csrf: 'logai_csrf' } as const;
const REFRESH_PATH = '/api/v1/auth';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CookieSettings {
  /** Secure cookies everywhere but plain-HTTP localhost development. */
  secure: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    authenticated?: Promise<Authenticated>;
  }
}

export async function registerAuth(app: FastifyInstance): Promise<void> {
  await app.register(cookie);
}

/** The credential of a request: a Bearer header (API clients) or the access cookie (browsers). */
function credentialOf(request: FastifyRequest): { value: string; fromCookie: boolean } | null {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1])
      throw new AppError('UNAUTHENTICATED', 'the Authorization header must be "Bearer <token>"');
    return { value: match[1], fromCookie: false };
  }
  const fromCookie = request.cookies[COOKIES.access];
  return fromCookie ? { value: fromCookie, fromCookie: true } : null;
}

/**
 * Cookie-authenticated unsafe requests must echo the CSRF cookie in X-CSRF-Token (double submit):
 * another site can make the browser send our cookies, but cannot read them to copy one into a header.
 */
export function assertCsrf(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  const cookieValue = request.cookies[COOKIES.csrf];
  const header = request.headers['x-csrf-token'];
  if (!cookieValue || typeof header !== 'string' || !secretsEqual(cookieValue, header)) {
    throw new AppError(
      'FORBIDDEN',
      'missing or wrong X-CSRF-Token header for a cookie-authenticated request',
    );
  }
}

/** The tenant context of an authenticated request; 401 without valid credentials. */
export function requireAuth(request: FastifyRequest): Promise<Authenticated> {
  request.authenticated ??= (async () => {
    const credential = credentialOf(request);
    if (!credential) throw new AppError('UNAUTHENTICATED', 'sign in, or send an API key as a Bearer token');
    if (credential.fromCookie) assertCsrf(request);
    return authenticate(request.ctx, credential.value);
  })();
  return request.authenticated;
}

/** Answers a new session: tokens in the body, or in httpOnly cookies for browsers. */
export function sendSession(
  reply: FastifyReply,
  session: IssuedSession,
  mode: 'token' | 'cookie',
  settings: CookieSettings,
): Session {
  if (mode === 'cookie') {
    const base = { httpOnly: true, secure: settings.secure, sameSite: 'lax' as const };
    void reply.setCookie(COOKIES.access, session.accessToken, {
      ...base,
      path: '/',
      expires: session.accessTokenExpiresAt,
    });
    void reply.setCookie(COOKIES.refresh, session.refreshToken, {
      ...base,
      path: REFRESH_PATH,
      expires: session.refreshTokenExpiresAt,
    });
    void reply.setCookie(COOKIES.csrf, randomBytes(24).toString('base64url'), {
      ...base,
      httpOnly: false,
      path: '/',
      expires: session.refreshTokenExpiresAt,
    });
  }
  return toSessionBody(session, mode);
}

export function clearSessionCookies(reply: FastifyReply, settings: CookieSettings): void {
  const base = { httpOnly: true, secure: settings.secure, sameSite: 'lax' as const };
  void reply.clearCookie(COOKIES.access, { ...base, path: '/' });
  void reply.clearCookie(COOKIES.refresh, { ...base, path: REFRESH_PATH });
  void reply.clearCookie(COOKIES.csrf, { ...base, httpOnly: false, path: '/' });
}
