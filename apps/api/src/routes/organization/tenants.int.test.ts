// The tenant matrix: every endpoint that takes an id, called with another organisation's id, answers
// 404 and changes nothing; lists never show another organisation's rows.
import { useTestDatabase } from '@logai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { App } from '../../app';
import { bearer, organizationWithRoles, type TestOrganization } from '../../testing/accounts';
import { buildTestApp } from '../../testing/build-test-app';

const database = useTestDatabase();
let app: App;
let ours: TestOrganization;
let theirs: TestOrganization;
let theirInvitationId: string;
let theirApiKeyId: string;
let theirApiKey: string;

beforeAll(async () => {
  app = await buildTestApp(database.current);
  ours = await organizationWithRoles(app, 'Ours');
  theirs = await organizationWithRoles(app, 'Theirs');
  const invitation = await app.inject({
    method: 'POST',
    url: '/api/v1/organization/invitations',
    headers: bearer(theirs.owner.accessToken),
    payload: { email: 'pending@example.com', role: 'member' },
  });
  theirInvitationId = z.object({ invitation: z.object({ id: z.string() }) }).parse(invitation.json())
    .invitation.id;
  const key = await app.inject({
    method: 'POST',
    url: '/api/v1/organization/api-keys',
    headers: bearer(theirs.owner.accessToken),
    payload: { name: 'theirs' },
  });
  const parsed = z.object({ apiKey: z.object({ id: z.string() }), secret: z.string() }).parse(key.json());
  theirApiKeyId = parsed.apiKey.id;
  theirApiKey = parsed.secret;
});
afterAll(async () => app.close());

describe('another organisation’s ids answer 404', () => {
  const cases: [string, () => { method: 'PATCH' | 'DELETE'; url: string; payload?: object }][] = [
    [
      'change the role of their member',
      () => ({
        method: 'PATCH',
        url: `/api/v1/organization/members/${theirs.member.user.id}`,
        payload: { role: 'viewer' },
      }),
    ],
    [
      'remove their member',
      () => ({ method: 'DELETE', url: `/api/v1/organization/members/${theirs.member.user.id}` }),
    ],
    [
      'revoke their invitation',
      () => ({ method: 'DELETE', url: `/api/v1/organization/invitations/${theirInvitationId}` }),
    ],
    [
      'revoke their API key',
      () => ({ method: 'DELETE', url: `/api/v1/organization/api-keys/${theirApiKeyId}` }),
    ],
  ];

  it.each(cases)('%s', async (_name, request) => {
    const response = await app.inject({ ...request(), headers: bearer(ours.owner.accessToken) });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
  });

  it('left their data untouched', async () => {
    const members = await app.inject({
      method: 'GET',
      url: '/api/v1/organization/members',
      headers: bearer(theirs.owner.accessToken),
    });
    const member = members
      .json()
      .items.find((item: { userId: string }) => item.userId === theirs.member.user.id);
    expect(member.role).toBe('member');
    const keys = await app.inject({
      method: 'GET',
      url: '/api/v1/organization/api-keys',
      headers: bearer(theirApiKey),
    });
    expect(keys.statusCode).toBe(403); // a member-role key may not manage keys, but it still works
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/organization', headers: bearer(theirApiKey) }))
        .statusCode,
    ).toBe(200);
  });
});

describe('lists and reads stay inside the organisation', () => {
  it.each([
    '/api/v1/organization',
    '/api/v1/organization/members',
    '/api/v1/organization/invitations',
    '/api/v1/organization/api-keys',
    '/api/v1/organization/audit-logs',
  ])('%s shows nothing of theirs', async (url) => {
    const response = await app.inject({ method: 'GET', url, headers: bearer(ours.owner.accessToken) });
    expect(response.statusCode).toBe(200);
    const body = response.body;
    for (const foreign of [
      theirs.owner.user.id,
      theirs.member.user.id,
      theirs.owner.organization.id,
      theirInvitationId,
      theirApiKeyId,
    ]) {
      expect(body).not.toContain(foreign);
    }
  });

  it('an API key reads only its own organisation', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: bearer(theirApiKey),
    });
    expect(response.json().organization.id).toBe(theirs.owner.organization.id);
  });

  it('a token cannot be pointed at another organisation by editing it', async () => {
    const [header, payload, signature] = ours.owner.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const edited = Buffer.from(JSON.stringify({ ...claims, org: theirs.owner.organization.id })).toString(
      'base64url',
    );
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/organization',
      headers: bearer(`${header}.${edited}.${signature}`),
    });
    expect(response.statusCode).toBe(401);
  });

  it('signing in to an organisation one does not belong to fails', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: {
        email: ours.owner.user.email,
        password: 'correct horse battery staple',
        organizationId: theirs.owner.organization.id,
      },
    });
    expect(response.statusCode).toBe(401);
  });
});
