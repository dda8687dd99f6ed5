import { uploads } from '@logai/db';
import { and, desc, eq, ne } from 'drizzle-orm';
import type { OrgContext } from '../context';
import { withTenant } from '../tenancy/with-tenant';
import type { DuplicateRef } from './to-upload';

/** The newest earlier upload of the organisation with the same content, so clients can reuse it. */
export async function findDuplicate(
  ctx: OrgContext,
  sha256: string | null,
  exceptId: string,
): Promise<DuplicateRef | null> {
  if (!sha256) return null;
  const [row] = await withTenant(ctx, (tx) =>
    tx
      .select({ id: uploads.id, filename: uploads.filename, createdAt: uploads.createdAt })
      .from(uploads)
      .where(
        and(
          eq(uploads.organizationId, ctx.organizationId),
          eq(uploads.sha256, sha256),
          ne(uploads.id, exceptId),
          eq(uploads.status, 'completed'),
        ),
      )
      .orderBy(desc(uploads.createdAt))
      .limit(1),
  );
  return row ?? null;
}
