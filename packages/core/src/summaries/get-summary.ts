import type { Summary } from '@logai/contracts';
import { KeyIssue } from '@logai/contracts';
import { summaries } from '@logai/db';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { withTenant } from '../tenancy/with-tenant';
import { findUploadRow } from '../uploads/get-upload';
import { toSeverity } from '../anomalies/to-anomaly';

/** The summary of an analysed upload (404 while it is still being analysed). */
export async function getSummary({ ctx, uploadId }: { ctx: OrgContext; uploadId: string }): Promise<Summary> {
  assertCan(ctx, 'uploads.read');
  const upload = await findUploadRow(ctx, uploadId);
  const [row] = await withTenant(ctx, (tx) =>
    tx
      .select()
      .from(summaries)
      .where(and(eq(summaries.uploadId, uploadId), eq(summaries.organizationId, ctx.organizationId))),
  );
  if (!row) {
    throw new AppError(
      'NOT_FOUND',
      upload.status === 'failed' ? 'this upload failed; it has no summary' : 'the summary is not ready yet',
    );
  }
  return {
    uploadId,
    title: row.title,
    content: row.content,
    keyIssues: z.array(KeyIssue).catch([]).parse(row.keyIssues),
    severity: toSeverity(row.severity),
    model: row.model,
    createdAt: row.createdAt.toISOString(),
  };
}
