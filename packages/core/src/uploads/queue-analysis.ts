import type { Transaction } from '@logai/db';
import { recordAudit } from '../audit/record-audit';
import type { OrgContext } from '../context';

/** Enqueues an upload's analysis and records its creation, inside the transaction that made it queued. */
export async function queueAnalysis(
  ctx: OrgContext,
  tx: Transaction,
  upload: { id: string; filename: string; bytes: number; direct?: boolean },
): Promise<void> {
  await ctx.deps.queue.enqueue(
    'analyze-upload',
    { uploadId: upload.id, organizationId: ctx.organizationId },
    // The job key makes a second enqueue of the same upload replace the first while it waits.
    { tx, maxAttempts: 5, jobKey: `analyze-upload:${upload.id}` },
  );
  await recordAudit(
    ctx,
    {
      action: 'upload.created',
      organizationId: ctx.organizationId,
      actor: ctx.actor,
      target: { type: 'upload', id: upload.id },
      metadata: {
        filename: upload.filename,
        bytes: upload.bytes,
        ...(upload.direct ? { direct: true } : {}),
      },
    },
    tx,
  );
}
