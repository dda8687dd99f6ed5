import { z } from 'zod';
import { Email, pageOf, Role } from './common';
import { Password } from './auth';

export const Organization = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    createdAt: z.iso.datetime(),
    memberCount: z.number().int(),
  })
  .meta({ id: 'Organization' });
export type Organization = z.infer<typeof Organization>;

export const RenameOrganization = z
  .object({ name: z.string().trim().min(1).max(200) })
  .meta({ id: 'RenameOrganization', example: { name: 'Platform team' } });
export type RenameOrganization = z.infer<typeof RenameOrganization>;

export const Member = z
  .object({
    userId: z.uuid(),
    email: z.string(),
    fullName: z.string(),
    role: Role,
    joinedAt: z.iso.datetime(),
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof Member>;
export const MemberList = z.object({ items: z.array(Member) }).meta({ id: 'MemberList' });

export const ChangeMemberRole = z
  .object({ role: Role })
  .meta({ id: 'ChangeMemberRole', example: { role: 'admin' } });
export type ChangeMemberRole = z.infer<typeof ChangeMemberRole>;

export const MemberParams = z.object({ userId: z.uuid({ error: 'expected a user id (UUID)' }) });

export const CreateInvitation = z
  .object({ email: Email, role: Role.default('member') })
  .meta({ id: 'CreateInvitation', example: { email: 'grace@example.com', role: 'member' } });
export type CreateInvitation = z.infer<typeof CreateInvitation>;

export const Invitation = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: Role,
    status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
    expiresAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof Invitation>;
export const InvitationList = z.object({ items: z.array(Invitation) }).meta({ id: 'InvitationList' });

export const CreatedInvitation = z
  .object({
    invitation: Invitation,
    /** Whether the link was e-mailed. */
    emailed: z.boolean(),
    /** The link to pass on, when it could not be e-mailed (no SMTP server configured). */
    acceptUrl: z.url().optional(),
  })
  .meta({ id: 'CreatedInvitation' });
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

export const AcceptInvitation = z
  .object({
    token: z.string().min(1).max(200),
    /** For a new account: its password. For an existing account: that account's password. */
    password: z.string().min(1).max(256),
    /** For a new account. */
    fullName: z.string().trim().min(1).max(200).optional(),
    session: z.enum(['token', 'cookie']).default('token'),
  })
  .meta({ id: 'AcceptInvitation' });
export type AcceptInvitation = z.infer<typeof AcceptInvitation>;
export const NewAccountPassword = Password;

export const AuditLogEntry = z
  .object({
    id: z.uuid(),
    action: z.string(),
    actorUserId: z.uuid().nullable(),
    actorEmail: z.string().nullable(),
    actorApiKeyId: z.uuid().nullable(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    metadata: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'AuditLogEntry' });
export type AuditLogEntry = z.infer<typeof AuditLogEntry>;
export const AuditLogPage = pageOf(AuditLogEntry).meta({ id: 'AuditLogPage' });
export type AuditLogPage = z.infer<typeof AuditLogPage>;
