import type { Upload } from '@logai/contracts';
import { uploads } from '@logai/db';
import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { withTenant } from '../tenancy/with-tenant';
import { findDuplicate } from './find-duplicate';
import { toUpload } from './to-upload';

export async function getUpload({ ctx, uploadId }: { ctx: OrgContext; uploadId: string }): Promise<Upload> {
  assertCan(ctx, 'uploads.read');
  const row = await findUploadRow(ctx, uploadId);
  return toUpload(row, await findDuplicate(ctx, row.sha256, row.id));
}

/** The upload row, or 404 — also when it belongs to another organisation. */
export async function findUploadRow(ctx: OrgContext, uploadId: string) {
  const [row] = await withTenant(ctx, (tx) =>
    tx
      .select()
      .from(uploads)
      .where(and(eq(uploads.id, uploadId), eq(uploads.organizationId, ctx.organizationId))),
  );
  if (!row) throw AppError.notFound('upload');
  return row;
}
