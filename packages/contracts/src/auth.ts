import { z } from 'zod';
import { Email, Role } from './common';

export const Password = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(256, 'must be at most 256 characters');

/** `token`: tokens in the body (API clients). `cookie`: httpOnly cookies only (browsers). */
export const SessionMode = z.enum(['token', 'cookie']).default('token');

export const SignUp = z
  .object({
    email: Email,
    password: Password,
    fullName: z.string().trim().min(1).max(200),
    organizationName: z.string().trim().min(1).max(200),
    session: SessionMode,
  })
  .meta({
    id: 'SignUp',
    example: {
      email: 'ada@example.com',
      password: 'correct horse battery',
      fullName: 'Ada Lovelace',
      organizationName: 'Analytical Engines',
      session: 'token',
    },
  });
export type SignUp = z.infer<typeof SignUp>;

export const SignIn = z
  .object({
    email: Email,
    password: z.string().min(1).max(256),
    /** Which of the user's organisations to sign in to; their default one when absent. */
    organizationId: z.uuid().optional(),
    session: SessionMode,
  })
  .meta({ id: 'SignIn', example: { email: 'ada@example.com', password: 'correct horse battery' } });
export type SignIn = z.infer<typeof SignIn>;

export const RefreshSession = z
  .object({
    /** Absent for cookie sessions: the refresh cookie is used. */
    refreshToken: z.string().min(1).max(200).optional(),
    session: SessionMode,
  })
  .meta({ id: 'RefreshSession', example: { refreshToken: 'lrt_…' } });
export type RefreshSession = z.infer<typeof RefreshSession>;

export const SignOut = z
  .object({ refreshToken: z.string().min(1).max(200).optional() })
  .meta({ id: 'SignOut' });
export type SignOut = z.infer<typeof SignOut>;

export const UserSummary = z
  .object({ id: z.uuid(), email: z.string(), fullName: z.string() })
  .meta({ id: 'User' });
export type UserSummary = z.infer<typeof UserSummary>;

export const OrganizationSummary = z
  .object({ id: z.uuid(), name: z.string(), slug: z.string() })
  .meta({ id: 'OrganizationSummary' });

export const Session = z
  .object({
    user: UserSummary,
    organization: OrganizationSummary,
    role: Role,
    /** Present in `token` mode only; cookie sessions carry them in httpOnly cookies. */
    accessToken: z.string().optional(),
    refreshToken: z.string().optional(),
    accessTokenExpiresAt: z.iso.datetime(),
    refreshTokenExpiresAt: z.iso.datetime(),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof Session>;

export const Me = z
  .object({
    user: UserSummary,
    organization: OrganizationSummary,
    role: Role,
    actor: z.enum(['user', 'api_key']),
    organizations: z.array(OrganizationSummary.extend({ role: Role })),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;
