import type { Role } from '@logai/contracts';

// Mirrors packages/core/src/auth/permissions.ts to hide controls a role may not use; the API refuses
// them anyway, so a stale copy can only show a button that answers 403, never grant anything.
const RANK: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

const MINIMUM = {
  'uploads.create': 'member',
  'uploads.delete_any': 'admin',
  'anomalies.update_status': 'member',
  'organization.update': 'admin',
  'organization.delete': 'owner',
  'members.manage': 'admin',
  'invitations.manage': 'admin',
  'api_keys.manage': 'admin',
  'audit.read': 'admin',
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof MINIMUM;

export function can(role: Role, permission: Permission): boolean {
  return RANK[role] >= RANK[MINIMUM[permission]];
}

export function isAtMost(role: Role, other: Role): boolean {
  return RANK[role] <= RANK[other];
}
