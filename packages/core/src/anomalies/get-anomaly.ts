import type { Anomaly } from '@logai/contracts';
import { anomalies, uploads } from '@logai/db';
import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { withTenant } from '../tenancy/with-tenant';
import { toAnomaly } from './to-anomaly';

export async function getAnomaly({
  ctx,
  anomalyId,
}: {
  ctx: OrgContext;
  anomalyId: string;
}): Promise<Anomaly> {
  assertCan(ctx, 'anomalies.read');
  const [row] = await withTenant(ctx, (tx) =>
    tx
      .select({ anomaly: anomalies, filename: uploads.filename })
      .from(anomalies)
      .innerJoin(uploads, eq(uploads.id, anomalies.uploadId))
      .where(and(eq(anomalies.id, anomalyId), eq(anomalies.organizationId, ctx.organizationId))),
  );
  if (!row) throw AppError.notFound('anomaly');
  return toAnomaly(row.anomaly, row.filename);
}
