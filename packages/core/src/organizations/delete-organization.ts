import { auditLogs, logEvents, organizations, transaction } from '@logai/db';
import { eq } from 'drizzle-orm';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';

/** Deletes the organisation and, by cascade, everything it owns. The audit entry outlives it. */
export async function deleteOrganization({ ctx }: { ctx: OrgContext }): Promise<void> {
  assertCan(ctx, 'organization.delete');
  await transaction(ctx.deps.db, async (tx) => {
    // log_events has no foreign key (it would slow every COPY): its rows go explicitly.
    await tx.delete(logEvents).where(eq(logEvents.organizationId, ctx.organizationId));
    await tx.delete(organizations).where(eq(organizations.id, ctx.organizationId));
    await tx.insert(auditLogs).values({
      organizationId: null,
      actorUserId: ctx.actor.userId,
      action: 'organization.deleted',
      targetType: 'organization',
      targetId: ctx.organizationId,
      ip: ctx.request?.ip ?? null,
      userAgent: ctx.request?.userAgent?.slice(0, 500) ?? null,
    });
  });
}
