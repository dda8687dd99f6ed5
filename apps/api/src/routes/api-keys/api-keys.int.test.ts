import { useTestDatabase } from '@logai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { bearer, signUp } from '../../testing/accounts';
import { buildTestApp } from '../../testing/build-test-app';

const database = useTestDatabase();
let app: App;
beforeAll(async () => {
  app = await buildTestApp(database.current);
});
afterAll(async () => app.close());

describe('API keys', () => {
  it('show the secret once, work as a Bearer token, and record their use', async () => {
    const owner = await signUp(app);
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/organization/api-keys',
      headers: bearer(owner.accessToken),
      payload: { name: 'CI uploader' },
    });
    expect(created.statusCode).toBe(201);
    const { apiKey, secret } = created.json();
    expect(secret).toMatch(/^lak_[0-9a-f]{8}_/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);

    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(secret) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      actor: 'api_key',
      role: 'member',
      organization: { id: owner.organization.id },
    });

    const list = await app.inject({
      method: 'GET',
      url: '/api/v1/organization/api-keys',
      headers: bearer(owner.accessToken),
    });
    expect(list.json().items).toEqual([
      expect.objectContaining({ name: 'CI uploader', prefix: apiKey.prefix }),
    ]);
    expect(list.body).not.toContain(secret);
    expect(list.json().items[0].lastUsedAt).not.toBeNull();
    const stored = await database.current.pool.query('select key_hash from api_keys where id = $1', [
      apiKey.id,
    ]);
    // The random part is base64url, which may itself hold '_': cut at the prefix, not at '_'.
    const randomPart = secret.slice(apiKey.prefix.length + 1);
    expect(randomPart.length).toBeGreaterThan(40);
    expect(stored.rows[0].key_hash).not.toContain(randomPart);
  });

  it('cannot manage the organisation (keys are members or viewers)', async () => {
    const owner = await signUp(app);
    const { secret } = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/organization/api-keys',
        headers: bearer(owner.accessToken),
        payload: { name: 'reader', role: 'viewer' },
      })
    ).json();
    const invite = await app.inject({
      method: 'POST',
      url: '/api/v1/organization/invitations',
      headers: bearer(secret),
      payload: { email: 'x@example.com' },
    });
    expect(invite.statusCode).toBe(403);
    const ownerKey = await app.inject({
      method: 'POST',
      url: '/api/v1/organization/api-keys',
      headers: bearer(owner.accessToken),
      payload: { name: 'too powerful', role: 'owner' },
    });
    expect(ownerKey.statusCode).toBe(400);
  });

  it('stop working once revoked, and a forged secret never works', async () => {
    const owner = await signUp(app);
    const { apiKey, secret } = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/organization/api-keys',
        headers: bearer(owner.accessToken),
        payload: { name: 'temporary' },
      })
    ).json();
    const forged = `${apiKey.prefix}_${'A'.repeat(43)}`;
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/organization', headers: bearer(forged) })).statusCode,
    ).toBe(401);
    const revoke = await app.inject({
      method: 'DELETE',
      url: `/api/v1/organization/api-keys/${apiKey.id}`,
      headers: bearer(owner.accessToken),
    });
    expect(revoke.statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/organization', headers: bearer(secret) })).statusCode,
    ).toBe(401);
  });
});
