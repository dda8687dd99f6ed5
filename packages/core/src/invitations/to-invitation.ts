import type { Invitation } from '@logai/contracts';
import type { invitations } from '@logai/db';
import { toRole } from '../auth/load-membership';

export function toInvitation(row: typeof invitations.$inferSelect, now = Date.now()): Invitation {
  const status = row.acceptedAt
    ? 'accepted'
    : row.revokedAt
      ? 'revoked'
      : row.expiresAt.getTime() <= now
        ? 'expired'
        : 'pending';
  return {
    id: row.id,
    email: row.email,
    role: toRole(row.role),
    status,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}
