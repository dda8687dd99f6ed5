import type { Role } from '@logai/db';
import type { OrgContext } from '../context';
import { AppError } from '../errors';

/** Every action a role may take, defined once. Each role has everything the role below it has. */
const VIEWER = [
  'organization.read',
  'members.read',
  'uploads.read',
  'anomalies.read',
  'alert_rules.read',
] as const;
const MEMBER = [...VIEWER, 'uploads.create', 'uploads.delete_own', 'anomalies.update_status'] as const;
const ADMIN = [
  ...MEMBER,
  'uploads.delete_any',
  'organization.update',
  'alert_rules.manage',
  'members.manage',
  'invitations.manage',
  'api_keys.manage',
  'audit.read',
] as const;
const OWNER = [...ADMIN, 'organization.delete'] as const;

export type Permission = (typeof OWNER)[number];

export const PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  viewer: new Set(VIEWER),
  member: new Set(MEMBER),
  admin: new Set(ADMIN),
  owner: new Set(OWNER),
};

const RANK: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].has(permission);
}

export function assertCan(ctx: OrgContext, permission: Permission): void {
  if (!can(ctx.actor.role, permission)) {
    throw new AppError('FORBIDDEN', `your role (${ctx.actor.role}) may not do this (${permission})`);
  }
}

/** True when `role` is at most as powerful as `other` (nobody grants more than they have). */
export function isAtMost(role: Role, other: Role): boolean {
  return RANK[role] <= RANK[other];
}
