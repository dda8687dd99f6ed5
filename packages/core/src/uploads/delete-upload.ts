import { uploads } from '@logai/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { can } from '../auth/permissions';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { withTenant } from '../tenancy/with-tenant';
import { dropUploadEvents } from './drop-upload-events';
import { findUploadRow } from './get-upload';

/**
 * Deletes an upload with everything derived from it (patterns, anomalies, summary: by cascade; its
 * events' partition: dropped) and its blobs. Members delete their own uploads; admins any. A running analysis finds it gone.
 */
export async function deleteUpload({ ctx, uploadId }: { ctx: OrgContext; uploadId: string }): Promise<void> {
  const row = await findUploadRow(ctx, uploadId);
  const own = row.uploadedBy !== null && row.uploadedBy === ctx.actor.userId;
  if (!can(ctx.actor.role, 'uploads.delete_any') && !(own && can(ctx.actor.role, 'uploads.delete_own'))) {
    throw new AppError(
      'FORBIDDEN',
      `your role (${ctx.actor.role}) may not delete ${own ? 'uploads' : "other people's uploads"}`,
    );
  }
  await withTenant(ctx, async (tx) => {
    await tx.delete(uploads).where(eq(uploads.id, uploadId));
    await recordAudit(
      ctx,
      {
        action: 'upload.deleted',
        organizationId: ctx.organizationId,
        actor: ctx.actor,
        target: { type: 'upload', id: uploadId },
        metadata: { filename: row.filename },
      },
      tx,
    );
  });
  // The events are the upload's own partition: dropped whole (the reaper retries what fails here).
  await dropUploadEvents(ctx, uploadId);
  await ctx.deps.blobs.deletePrefix(`${ctx.organizationId}/${uploadId}/`);
}
