import { createSmtpMailer } from '@logai/adapters';
import { useTestDatabase } from '@logai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../../../../test/support/smtp-sink';
import type { App } from '../../app';
import { bearer, PASSWORD, signUp } from '../../testing/accounts';
import { buildTestApp } from '../../testing/build-test-app';

const database = useTestDatabase();
let app: App;
let mailingApp: App;
let smtp: SmtpSink;

beforeAll(async () => {
  smtp = await startSmtpSink();
  app = await buildTestApp(database.current);
  mailingApp = await buildTestApp(database.current, {
    mailer: createSmtpMailer({ url: smtp.url, from: 'LogAi <logai@test>' }),
  });
});
afterAll(async () => {
  await app.close();
  await mailingApp.close();
  await smtp.close();
});

async function invite(server: App, token: string, email: string, role = 'member') {
  return server.inject({
    method: 'POST',
    url: '/api/v1/organization/invitations',
    headers: bearer(token),
    payload: { email, role },
  });
}

function tokenOf(url: string): string {
  return new URL(url).searchParams.get('token') ?? '';
}

const accept = (token: string, password: string, fullName?: string) =>
  app.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token, password, fullName } });

describe('invitations', () => {
  it('without SMTP, hand the link to the inviting admin; the invitee joins with a new account', async () => {
    const owner = await signUp(app);
    const response = await invite(app, owner.accessToken, 'new.person@example.com', 'viewer');
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      emailed: false,
      invitation: { email: 'new.person@example.com', status: 'pending' },
    });
    const joined = await accept(tokenOf(body.acceptUrl), PASSWORD, 'New Person');
    expect(joined.statusCode).toBe(200);
    expect(joined.json()).toMatchObject({ role: 'viewer', organization: { id: owner.organization.id } });
  });

  it('with SMTP, e-mail the link and do not return it', async () => {
    const owner = await signUp(mailingApp);
    const response = await invite(mailingApp, owner.accessToken, 'mailed@example.com');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ emailed: true });
    expect(response.json()).not.toHaveProperty('acceptUrl');
    await expect
      .poll(() => smtp.received.filter((mail) => mail.to.includes('mailed@example.com')).length)
      .toBe(1);
    const mail = smtp.received.find((item) => item.to.includes('mailed@example.com'));
    // The body is quoted-printable: undo soft line breaks and =XX escapes before reading the link.
    const text = (mail?.raw ?? '')
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const link = /http:\/\/localhost:3000\/invitations\/accept\?token=[\w%-]+/.exec(text);
    expect(link).not.toBeNull();
    const joined = await accept(tokenOf(link?.[0] ?? ''), PASSWORD, 'Mailed');
    expect(joined.statusCode).toBe(200);
  });

  it('work once', async () => {
    const owner = await signUp(app);
    const token = tokenOf((await invite(app, owner.accessToken, 'once@example.com')).json().acceptUrl);
    expect((await accept(token, PASSWORD, 'Once')).statusCode).toBe(200);
    const again = await accept(token, PASSWORD, 'Once');
    expect(again.statusCode).toBe(404);
    expect(again.json().message).toMatch(/not valid/);
  });

  it('expire', async () => {
    const owner = await signUp(app);
    const token = tokenOf((await invite(app, owner.accessToken, 'late@example.com')).json().acceptUrl);
    await database.current.pool.query(
      "update invitations set expires_at = now() - interval '1 minute' where email = $1",
      ['late@example.com'],
    );
    expect((await accept(token, PASSWORD, 'Late')).statusCode).toBe(404);
    const list = await app.inject({
      method: 'GET',
      url: '/api/v1/organization/invitations',
      headers: bearer(owner.accessToken),
    });
    expect(list.json().items[0]).toMatchObject({ email: 'late@example.com', status: 'expired' });
  });

  it('can be revoked', async () => {
    const owner = await signUp(app);
    const created = (await invite(app, owner.accessToken, 'revoked@example.com')).json();
    const revoke = await app.inject({
      method: 'DELETE',
      url: `/api/v1/organization/invitations/${created.invitation.id}`,
      headers: bearer(owner.accessToken),
    });
    expect(revoke.statusCode).toBe(204);
    expect((await accept(tokenOf(created.acceptUrl), PASSWORD, 'R')).statusCode).toBe(404);
  });

  it('bring an existing account into a second organisation, with its own password', async () => {
    const first = await signUp(app, 'First');
    const second = await signUp(app, 'Second');
    const token = tokenOf(
      (await invite(app, second.accessToken, first.user.email, 'admin')).json().acceptUrl,
    );
    expect((await accept(token, 'not the password')).statusCode).toBe(401);
    const joined = await accept(token, PASSWORD);
    expect(joined.statusCode).toBe(200);
    expect(joined.json()).toMatchObject({ role: 'admin', organization: { id: second.organization.id } });
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: bearer(joined.json().accessToken),
    });
    expect(me.json().organizations.map((org: { name: string }) => org.name)).toEqual(['First', 'Second']);
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: first.user.email, password: PASSWORD, organizationId: first.organization.id },
    });
    expect(signIn.json()).toMatchObject({ role: 'owner', organization: { id: first.organization.id } });
  });

  it('require a strong enough password for a new account', async () => {
    const owner = await signUp(app);
    const token = tokenOf((await invite(app, owner.accessToken, 'weak@example.com')).json().acceptUrl);
    const response = await accept(token, 'short', 'Weak');
    expect(response.statusCode).toBe(400);
    expect((await accept(token, PASSWORD, 'Weak')).statusCode).toBe(200);
  });
});
