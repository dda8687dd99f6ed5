import { auditLogs, organizations, transaction, uploads } from '@logai/db';
import { eq } from 'drizzle-orm';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { dropUploadEvents } from '../uploads/drop-upload-events';

/** Deletes the organisation and, by cascade, everything it owns. The audit entry outlives it. */
export async function deleteOrganization({ ctx }: { ctx: OrgContext }): Promise<void> {
  assertCan(ctx, 'organization.delete');
  const owned = await transaction(ctx.deps.db, async (tx) => {
    const rows = await tx
      .select({ id: uploads.id })
      .from(uploads)
      .where(eq(uploads.organizationId, ctx.organizationId));
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
    return rows.map((row) => row.id);
  });
  // Each upload's events are a partition of log_events (no foreign key reaches them): dropped whole.
  for (const uploadId of owned) await dropUploadEvents(ctx, uploadId);
}
