import { randomBytes } from 'node:crypto';
import { CreateApiKey, type CreatedApiKey } from '@logai/contracts';
import { apiKeys } from '@logai/db';
import { recordAudit } from '../audit/record-audit';
import { API_KEY_PREFIX } from '../auth/authenticate';
import { assertCan } from '../auth/permissions';
import { hashSecret } from '../auth/tokens';
import { withTenant } from '../tenancy/with-tenant';
import type { OrgContext } from '../context';
import { toApiKey } from './to-api-key';

/** Creates a key for uploads and reads. The secret is returned once; only its hash is stored. */
export async function createApiKey({
  ctx,
  input,
}: {
  ctx: OrgContext;
  input: CreateApiKey;
}): Promise<CreatedApiKey> {
  assertCan(ctx, 'api_keys.manage');
  const { name, role } = CreateApiKey.parse(input);
  const prefix = `${API_KEY_PREFIX}_${randomBytes(4).toString('hex')}`;
  const secret = `${prefix}_${randomBytes(32).toString('base64url')}`;
  const row = await withTenant(ctx, async (tx) => {
    const [created] = await tx
      .insert(apiKeys)
      .values({
        organizationId: ctx.organizationId,
        name,
        prefix,
        keyHash: hashSecret(secret),
        role,
        createdBy: ctx.actor.userId,
      })
      .returning();
    if (!created) throw new Error('api key insert returned nothing');
    await recordAudit(
      ctx,
      {
        action: 'api_key.created',
        organizationId: ctx.organizationId,
        actor: ctx.actor,
        target: { type: 'api_key', id: created.id },
        metadata: { name, role, prefix },
      },
      tx,
    );
    return created;
  });
  return { apiKey: toApiKey(row), secret };
}
