import { apiKeys } from '@logai/db';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/permissions';
import { withTenant } from '../tenancy/with-tenant';
import type { OrgContext } from '../context';
import { AppError } from '../errors';

export async function revokeApiKey({ ctx, apiKeyId }: { ctx: OrgContext; apiKeyId: string }): Promise<void> {
  assertCan(ctx, 'api_keys.manage');
  await withTenant(ctx, async (tx) => {
    const revoked = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(apiKeys.id, apiKeyId),
          eq(apiKeys.organizationId, ctx.organizationId),
          isNull(apiKeys.revokedAt),
        ),
      )
      .returning({ id: apiKeys.id });
    if (revoked.length === 0) throw AppError.notFound('active API key');
    await recordAudit(
      ctx,
      {
        action: 'api_key.revoked',
        organizationId: ctx.organizationId,
        actor: ctx.actor,
        target: { type: 'api_key', id: apiKeyId },
      },
      tx,
    );
  });
}
