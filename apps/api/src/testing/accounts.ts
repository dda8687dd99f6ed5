import { randomUUID } from 'node:crypto';
import type { Role } from '@logai/contracts';
import { z } from 'zod';
import type { App } from '../app';

export const PASSWORD = 'correct horse battery staple';

const SessionBody = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  user: z.object({ id: z.string(), email: z.string() }),
  organization: z.object({ id: z.string(), name: z.string() }),
  role: z.string(),
});
export type TestSession = z.infer<typeof SessionBody>;

export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

/** A fresh organisation and its owner, signed in with tokens. */
export async function signUp(app: App, name = 'Acme'): Promise<TestSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-up',
    payload: {
      email: `${randomUUID()}@example.com`,
      password: PASSWORD,
      fullName: `${name} Owner`,
      organizationName: name,
    },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
  return SessionBody.parse(response.json());
}

/** Invites a new person with `role` into the owner's organisation and signs them in through the invitation. */
export async function addMember(app: App, owner: TestSession, role: Role): Promise<TestSession> {
  const email = `${role}-${randomUUID()}@example.com`;
  const invited = await app.inject({
    method: 'POST',
    url: '/api/v1/organization/invitations',
    headers: bearer(owner.accessToken),
    payload: { email, role },
  });
  if (invited.statusCode !== 201) throw new Error(`invitation failed: ${invited.body}`);
  const token = new URL(z.object({ acceptUrl: z.string() }).parse(invited.json()).acceptUrl).searchParams.get(
    'token',
  );
  const accepted = await app.inject({
    method: 'POST',
    url: '/api/v1/invitations/accept',
    payload: { token, password: PASSWORD, fullName: `A ${role}` },
  });
  if (accepted.statusCode !== 200) throw new Error(`accepting failed: ${accepted.body}`);
  return SessionBody.parse(accepted.json());
}

export interface TestOrganization {
  owner: TestSession;
  admin: TestSession;
  member: TestSession;
  viewer: TestSession;
}

/** An organisation with one person in each role. */
export async function organizationWithRoles(app: App, name = 'Acme'): Promise<TestOrganization> {
  const owner = await signUp(app, name);
  return {
    owner,
    admin: await addMember(app, owner, 'admin'),
    member: await addMember(app, owner, 'member'),
    viewer: await addMember(app, owner, 'viewer'),
  };
}
