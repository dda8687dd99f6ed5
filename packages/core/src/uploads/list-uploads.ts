import { UploadListQuery, type UploadPage } from '@logai/contracts';
import { uploads } from '@logai/db';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { decodeCursor, encodeCursor } from '../paging/cursor';
import { withTenant } from '../tenancy/with-tenant';
import { toUpload } from './to-upload';

/** Newest first, keyset-paged on (created_at, id). */
export async function listUploads({
  ctx,
  input,
}: {
  ctx: OrgContext;
  input: UploadListQuery;
}): Promise<UploadPage> {
  assertCan(ctx, 'uploads.read');
  const { status, limit, cursor } = UploadListQuery.parse(input);
  const after = cursor ? decodeCursor(cursor) : null;
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select()
      .from(uploads)
      .where(
        and(
          eq(uploads.organizationId, ctx.organizationId),
          status ? eq(uploads.status, status) : undefined,
          after
            ? or(
                lt(uploads.createdAt, after.at),
                and(eq(uploads.createdAt, after.at), lt(uploads.id, after.id)),
              )
            : undefined,
        ),
      )
      .orderBy(desc(uploads.createdAt), desc(uploads.id))
      .limit(limit + 1),
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toUpload(row)),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
