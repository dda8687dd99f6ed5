import { ChangeAnomalyStatus, type Anomaly } from '@logai/contracts';
import { anomalies } from '@logai/db';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { withTenant } from '../tenancy/with-tenant';
import { getAnomaly } from './get-anomaly';

/** Acknowledge, resolve, mute or reopen an anomaly, with an optional note. */
export async function changeAnomalyStatus({
  ctx,
  anomalyId,
  input,
}: {
  ctx: OrgContext;
  anomalyId: string;
  input: ChangeAnomalyStatus;
}): Promise<Anomaly> {
  assertCan(ctx, 'anomalies.update_status');
  const { status, note } = ChangeAnomalyStatus.parse(input);
  await withTenant(ctx, async (tx) => {
    const updated = await tx
      .update(anomalies)
      .set({
        status,
        statusNote: note ?? null,
        statusChangedBy: ctx.actor.userId,
        statusChangedAt: new Date(),
      })
      .where(and(eq(anomalies.id, anomalyId), eq(anomalies.organizationId, ctx.organizationId)))
      .returning({ id: anomalies.id });
    if (updated.length === 0) throw AppError.notFound('anomaly');
    await recordAudit(
      ctx,
      {
        action: 'anomaly.status_changed',
        organizationId: ctx.organizationId,
        actor: ctx.actor,
        target: { type: 'anomaly', id: anomalyId },
        metadata: { status, note: note ?? null },
      },
      tx,
    );
  });
  return getAnomaly({ ctx, anomalyId });
}
