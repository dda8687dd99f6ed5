import { useTestDatabase } from '@logai/db/testing';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { bearer, PASSWORD, signUp } from '../../testing/accounts';
import { buildTestApp, TEST_JWT_SECRET } from '../../testing/build-test-app';

const database = useTestDatabase();
let app: App;
beforeAll(async () => {
  app = await buildTestApp(database.current);
});
afterAll(async () => app.close());

const me = (headers: Record<string, string>) =>
  app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
const refresh = (refreshToken: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });

describe('sign-up and sign-in', () => {
  it('creates an organisation with its owner, who can then sign in', async () => {
    const session = await signUp(app, 'Initech');
    expect(session.role).toBe('owner');
    expect(session.organization.name).toBe('Initech');
    const whoami = await me(bearer(session.accessToken));
    expect(whoami.statusCode).toBe(200);
    expect(whoami.json()).toMatchObject({
      role: 'owner',
      user: { email: session.user.email },
      actor: 'user',
    });

    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: session.user.email.toUpperCase(), password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().organization.id).toBe(session.organization.id);
  });

  it('stores the password as an argon2id hash', async () => {
    const session = await signUp(app);
    const result = await database.current.pool.query('select hashed_password from users where id = $1', [
      session.user.id,
    ]);
    expect(result.rows[0].hashed_password).toMatch(/^\$argon2id\$/);
  });

  it('refuses a short password and names the field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email: 'short@example.com', password: 'short', fullName: 'S', organizationName: 'S' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/password.*at least 10/);
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const session = await signUp(app);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: session.user.email, password: 'not the password' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'nobody-here@example.com', password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().message).toBe(unknown.json().message);
  });

  it('refuses a second account for the same e-mail address', async () => {
    const session = await signUp(app);
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email: session.user.email, password: PASSWORD, fullName: 'X', organizationName: 'X' },
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('access tokens', () => {
  it('401s without a token, with a malformed header, and with garbage', async () => {
    expect((await me({})).statusCode).toBe(401);
    expect((await me({ authorization: 'Token abc' })).statusCode).toBe(401);
    expect((await me(bearer('not.a.jwt'))).statusCode).toBe(401);
  });

  it('rejects an expired token, saying so', async () => {
    const session = await signUp(app);
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1] ?? '', 'base64url').toString());
    const expired = await new SignJWT({ org: claims.org, sid: claims.sid })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuer('logai')
      .setAudience('logai-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(TEST_JWT_SECRET);
    const response = await me(bearer(expired));
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toMatch(/expired/);
  });

  it('rejects a tampered token, alg "none", and another key', async () => {
    const session = await signUp(app);
    const [header, payload, signature] = session.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, org: crypto.randomUUID() })).toString('base64url');
    expect((await me(bearer(`${header}.${forged}.${signature}`))).statusCode).toBe(401);

    const unsigned = new UnsecuredJWT(claims).encode();
    expect((await me(bearer(unsigned))).statusCode).toBe(401);

    const otherKey = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('some-other-secret-that-is-also-long-enough'));
    expect((await me(bearer(otherKey))).statusCode).toBe(401);
  });
});

describe('refresh tokens', () => {
  it('rotate on every use', async () => {
    const session = await signUp(app);
    const first = await refresh(session.refreshToken);
    expect(first.statusCode).toBe(200);
    const rotated = first.json();
    expect(rotated.refreshToken).not.toBe(session.refreshToken);
    expect((await me(bearer(rotated.accessToken))).statusCode).toBe(200);
    expect((await refresh(rotated.refreshToken)).statusCode).toBe(200);
  });

  it('revoke the whole session when a rotated token is presented again (theft)', async () => {
    const session = await signUp(app);
    const rotated = (await refresh(session.refreshToken)).json();
    const replay = await refresh(session.refreshToken);
    expect(replay.statusCode).toBe(401);
    // The legitimate holder's newer tokens die with the family.
    expect((await refresh(rotated.refreshToken)).statusCode).toBe(401);
    expect((await me(bearer(rotated.accessToken))).statusCode).toBe(401);
    const stored = await database.current.pool.query(
      'select count(*)::int as n from refresh_tokens where token_hash = $1',
      [session.refreshToken],
    );
    expect(stored.rows[0].n).toBe(0);
  });

  it('end with sign-out', async () => {
    const session = await signUp(app);
    const out = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: bearer(session.accessToken),
      payload: { refreshToken: session.refreshToken },
    });
    expect(out.statusCode).toBe(204);
    expect((await refresh(session.refreshToken)).statusCode).toBe(401);
    expect((await me(bearer(session.accessToken))).statusCode).toBe(401);
  });
});

describe('browser sessions (cookies)', () => {
  it('use httpOnly SameSite=Lax cookies and require the CSRF header on unsafe requests', async () => {
    const owner = await signUp(app);
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: owner.user.email, password: PASSWORD, session: 'cookie' },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json()).not.toHaveProperty('accessToken');
    const cookies = Object.fromEntries(signIn.cookies.map((cookie) => [cookie.name, cookie]));
    expect(cookies.logai_access).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookies.logai_refresh).toMatchObject({ httpOnly: true, path: '/api/v1/auth' });
    const jar = {
      logai_access: cookies.logai_access?.value ?? '',
      logai_csrf: cookies.logai_csrf?.value ?? '',
    };

    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: jar })).statusCode).toBe(200);
    const rename = (headers: Record<string, string>) =>
      app.inject({
        method: 'PATCH',
        url: '/api/v1/organization',
        cookies: jar,
        headers,
        payload: { name: 'Renamed' },
      });
    const withoutCsrf = await rename({});
    expect(withoutCsrf.statusCode).toBe(403);
    expect(withoutCsrf.json().message).toMatch(/CSRF/);
    expect((await rename({ 'x-csrf-token': 'wrong' })).statusCode).toBe(403);
    expect((await rename({ 'x-csrf-token': jar.logai_csrf })).statusCode).toBe(200);

    const refreshed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      cookies: { logai_refresh: cookies.logai_refresh?.value ?? '', logai_csrf: jar.logai_csrf },
      headers: { 'x-csrf-token': jar.logai_csrf },
      payload: {},
    });
    expect(refreshed.statusCode).toBe(200);
    expect(refreshed.cookies.map((cookie) => cookie.name)).toContain('logai_access');
  });
});
