import { patterns, uploads } from '@logai/db';
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { OrgContext } from '../../context';
import { withTenant } from '../../tenancy/with-tenant';

/** Pattern ids of the organisation's recent uploads: a pattern outside them is new to the organisation. */
export async function loadBaseline(
  ctx: OrgContext,
  uploadId: string,
  recentUploads = 50,
): Promise<Set<string>> {
  const rows = await withTenant(ctx, async (tx) => {
    const recent = tx
      .select({ id: uploads.id })
      .from(uploads)
      .where(
        and(
          eq(uploads.organizationId, ctx.organizationId),
          eq(uploads.status, 'completed'),
          ne(uploads.id, uploadId),
        ),
      )
      .orderBy(desc(uploads.createdAt))
      .limit(recentUploads);
    return tx
      .selectDistinct({ fingerprint: patterns.fingerprint })
      .from(patterns)
      .where(and(eq(patterns.organizationId, ctx.organizationId), inArray(patterns.uploadId, recent)));
  });
  return new Set(rows.map((row) => row.fingerprint));
}
