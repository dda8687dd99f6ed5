import { AnomalyQuery, type AnomalyPage } from '@logai/contracts';
import { anomalies, uploads } from '@logai/db';
import { and, desc, eq, inArray, lt, or } from 'drizzle-orm';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { decodeCursor, encodeCursor } from '../paging/cursor';
import { withTenant } from '../tenancy/with-tenant';
import { toAnomaly } from './to-anomaly';

/** Across uploads (or one), filtered by severity/status/type; newest first. */
export async function listAnomalies({
  ctx,
  input,
}: {
  ctx: OrgContext;
  input: AnomalyQuery;
}): Promise<AnomalyPage> {
  assertCan(ctx, 'anomalies.read');
  const query = AnomalyQuery.parse(input);
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select({ anomaly: anomalies, filename: uploads.filename })
      .from(anomalies)
      .innerJoin(uploads, eq(uploads.id, anomalies.uploadId))
      .where(
        and(
          eq(anomalies.organizationId, ctx.organizationId),
          query.uploadId ? eq(anomalies.uploadId, query.uploadId) : undefined,
          query.severity?.length ? inArray(anomalies.severity, query.severity) : undefined,
          query.status?.length ? inArray(anomalies.status, query.status) : undefined,
          query.type?.length ? inArray(anomalies.type, query.type) : undefined,
          after
            ? or(
                lt(anomalies.createdAt, after.at),
                and(eq(anomalies.createdAt, after.at), lt(anomalies.id, after.id)),
              )
            : undefined,
        ),
      )
      .orderBy(desc(anomalies.createdAt), desc(anomalies.id))
      .limit(query.limit + 1),
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toAnomaly(row.anomaly, row.filename)),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ at: last.anomaly.createdAt, id: last.anomaly.id })
        : null,
  };
}
