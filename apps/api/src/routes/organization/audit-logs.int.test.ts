import { useTestDatabase } from '@logai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { addMember, bearer, PASSWORD, signUp } from '../../testing/accounts';
import { buildTestApp } from '../../testing/build-test-app';

const database = useTestDatabase();
let app: App;
beforeAll(async () => {
  app = await buildTestApp(database.current);
});
afterAll(async () => app.close());

describe('audit log', () => {
  it('records who did what, when and from where, newest first, with paging', async () => {
    const owner = await signUp(app);
    const member = await addMember(app, owner, 'member');
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: '203.0.113.7',
      payload: { email: owner.user.email, password: 'wrong password!' },
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'user-agent': 'audit-test' },
      payload: { email: owner.user.email, password: PASSWORD },
    });
    await app.inject({
      method: 'PATCH',
      url: `/api/v1/organization/members/${member.user.id}`,
      headers: bearer(owner.accessToken),
      payload: { role: 'viewer' },
    });
    const key = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/organization/api-keys',
        headers: bearer(owner.accessToken),
        payload: { name: 'audited' },
      })
    ).json();
    await app.inject({
      method: 'DELETE',
      url: `/api/v1/organization/api-keys/${key.apiKey.id}`,
      headers: bearer(owner.accessToken),
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: bearer(owner.accessToken),
      payload: {},
    });

    const fresh = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: owner.user.email, password: PASSWORD },
      })
    ).json();
    const actions: string[] = [];
    let cursor: string | null = null;
    do {
      const page: {
        statusCode: number;
        json: () => { items: { action: string }[]; nextCursor: string | null };
      } = await app.inject({
        method: 'GET',
        url: `/api/v1/organization/audit-logs?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        headers: bearer(fresh.accessToken),
      });
      expect(page.statusCode).toBe(200);
      const body: { items: { action: string }[]; nextCursor: string | null } = page.json();
      expect(body.items.length).toBeLessThanOrEqual(3);
      actions.push(...body.items.map((item) => item.action));
      cursor = body.nextCursor;
    } while (cursor);

    expect(actions).toEqual(
      expect.arrayContaining([
        'user.signed_up',
        'invitation.created',
        'invitation.accepted',
        'session.sign_in_failed',
        'session.signed_in',
        'member.role_changed',
        'api_key.created',
        'api_key.revoked',
        'session.signed_out',
      ]),
    );
    expect(actions[0]).toBe('session.signed_in');
    expect(new Set(actions).size).toBeGreaterThan(5);

    const all = (
      await app.inject({
        method: 'GET',
        url: '/api/v1/organization/audit-logs?limit=200',
        headers: bearer(fresh.accessToken),
      })
    ).json().items;
    const failed = all.find((item: { action: string }) => item.action === 'session.sign_in_failed');
    expect(failed).toMatchObject({ ip: '203.0.113.7', actorUserId: owner.user.id });
    const roleChange = all.find((item: { action: string }) => item.action === 'member.role_changed');
    expect(roleChange).toMatchObject({
      targetId: member.user.id,
      metadata: { from: 'member', to: 'viewer' },
    });
  });

  it('rejects a forged cursor with a clear message', async () => {
    const owner = await signUp(app);
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/organization/audit-logs?cursor=bogus',
      headers: bearer(owner.accessToken),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/cursor/);
  });
});
