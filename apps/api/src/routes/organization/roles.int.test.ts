// The role matrix: each role × each protected action, against the permission table of core.
import { useTestDatabase } from '@logai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { addMember, bearer, organizationWithRoles, type TestOrganization } from '../../testing/accounts';
import { buildTestApp } from '../../testing/build-test-app';

const database = useTestDatabase();
let app: App;
beforeAll(async () => {
  app = await buildTestApp(database.current);
});
afterAll(async () => app.close());

type RoleName = keyof TestOrganization;
const ROLES: RoleName[] = ['owner', 'admin', 'member', 'viewer'];

interface Action {
  name: string;
  allowed: RoleName[];
  /** Performs the action as `actor` in a fresh organisation (so actions do not disturb each other). */
  run: (org: TestOrganization, actor: RoleName) => Promise<number>;
}

const ACTIONS: Action[] = [
  {
    name: 'read the organisation',
    allowed: ['owner', 'admin', 'member', 'viewer'],
    run: async (org, actor) =>
      (
        await app.inject({
          method: 'GET',
          url: '/api/v1/organization',
          headers: bearer(org[actor].accessToken),
        })
      ).statusCode,
  },
  {
    name: 'list members',
    allowed: ['owner', 'admin', 'member', 'viewer'],
    run: async (org, actor) =>
      (
        await app.inject({
          method: 'GET',
          url: '/api/v1/organization/members',
          headers: bearer(org[actor].accessToken),
        })
      ).statusCode,
  },
  {
    name: 'rename the organisation',
    allowed: ['owner', 'admin'],
    run: async (org, actor) =>
      (
        await app.inject({
          method: 'PATCH',
          url: '/api/v1/organization',
          headers: bearer(org[actor].accessToken),
          payload: { name: 'New name' },
        })
      ).statusCode,
  },
  {
    name: 'invite someone',
    allowed: ['owner', 'admin'],
    run: async (org, actor) =>
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/organization/invitations',
          headers: bearer(org[actor].accessToken),
          payload: { email: 'someone@example.com', role: 'viewer' },
        })
      ).statusCode,
  },
  {
    name: 'list invitations',
    allowed: ['owner', 'admin'],
    run: async (org, actor) =>
      (
        await app.inject({
          method: 'GET',
          url: '/api/v1/organization/invitations',
          headers: bearer(org[actor].accessToken),
        })
      ).statusCode,
  },
  {
    name: "change a member's role",
    allowed: ['owner', 'admin'],
    run: async (org, actor) =>
      (
        await app.inject({
          method: 'PATCH',
          url: `/api/v1/organization/members/${org.viewer.user.id}`,
          headers: bearer(org[actor].accessToken),
          payload: { role: 'member' },
        })
      ).statusCode,
  },
  {
    name: 'remove a member',
    allowed: ['owner', 'admin'],
    run: async (org, actor) => {
      const target = await addMember(app, org.owner, 'viewer');
      return (
        await app.inject({
          method: 'DELETE',
          url: `/api/v1/organization/members/${target.user.id}`,
          headers: bearer(org[actor].accessToken),
        })
      ).statusCode;
    },
  },
  {
    name: 'create an API key',
    allowed: ['owner', 'admin'],
    run: async (org, actor) =>
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/organization/api-keys',
          headers: bearer(org[actor].accessToken),
          payload: { name: 'ci' },
        })
      ).statusCode,
  },
  {
    name: 'list API keys',
    allowed: ['owner', 'admin'],
    run: async (org, actor) =>
      (
        await app.inject({
          method: 'GET',
          url: '/api/v1/organization/api-keys',
          headers: bearer(org[actor].accessToken),
        })
      ).statusCode,
  },
  {
    name: 'read the audit log',
    allowed: ['owner', 'admin'],
    run: async (org, actor) =>
      (
        await app.inject({
          method: 'GET',
          url: '/api/v1/organization/audit-logs',
          headers: bearer(org[actor].accessToken),
        })
      ).statusCode,
  },
  {
    name: 'delete the organisation',
    allowed: ['owner'],
    run: async (org, actor) =>
      (
        await app.inject({
          method: 'DELETE',
          url: '/api/v1/organization',
          headers: bearer(org[actor].accessToken),
        })
      ).statusCode,
  },
];

describe('role matrix', () => {
  for (const action of ACTIONS) {
    it.each(ROLES)(`${action.name}: %s`, async (role) => {
      const org = await organizationWithRoles(app);
      const status = await action.run(org, role);
      if (action.allowed.includes(role)) expect(status).toBeLessThan(300);
      else expect(status).toBe(403);
    });
  }

  it('lets nobody grant more than they have: an admin cannot make an owner', async () => {
    const org = await organizationWithRoles(app);
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/v1/organization/members/${org.member.user.id}`,
      headers: bearer(org.admin.accessToken),
      payload: { role: 'owner' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('applies a demotion at once, to tokens already issued', async () => {
    const org = await organizationWithRoles(app);
    await app.inject({
      method: 'PATCH',
      url: `/api/v1/organization/members/${org.admin.user.id}`,
      headers: bearer(org.owner.accessToken),
      payload: { role: 'viewer' },
    });
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/organization/audit-logs',
      headers: bearer(org.admin.accessToken),
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('the last owner', () => {
  it('can be neither demoted nor removed, until there is another owner', async () => {
    const org = await organizationWithRoles(app);
    const demote = await app.inject({
      method: 'PATCH',
      url: `/api/v1/organization/members/${org.owner.user.id}`,
      headers: bearer(org.owner.accessToken),
      payload: { role: 'admin' },
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().message).toMatch(/last owner/);
    const leave = await app.inject({
      method: 'DELETE',
      url: `/api/v1/organization/members/${org.owner.user.id}`,
      headers: bearer(org.owner.accessToken),
    });
    expect(leave.statusCode).toBe(409);

    const promote = await app.inject({
      method: 'PATCH',
      url: `/api/v1/organization/members/${org.admin.user.id}`,
      headers: bearer(org.owner.accessToken),
      payload: { role: 'owner' },
    });
    expect(promote.statusCode).toBe(200);
    const demoteNow = await app.inject({
      method: 'PATCH',
      url: `/api/v1/organization/members/${org.owner.user.id}`,
      headers: bearer(org.owner.accessToken),
      payload: { role: 'admin' },
    });
    expect(demoteNow.statusCode).toBe(200);
  });

  it('a removed member loses access at once', async () => {
    const org = await organizationWithRoles(app);
    await app.inject({
      method: 'DELETE',
      url: `/api/v1/organization/members/${org.member.user.id}`,
      headers: bearer(org.admin.accessToken),
    });
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/organization',
      headers: bearer(org.member.accessToken),
    });
    expect(response.statusCode).toBe(401);
    const refresh = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: org.member.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);
  });
});
