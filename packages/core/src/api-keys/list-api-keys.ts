import type { ApiKey } from '@logai/contracts';
import { apiKeys } from '@logai/db';
import { desc, eq } from 'drizzle-orm';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { withTenant } from '../tenancy/with-tenant';
import { toApiKey } from './to-api-key';

export async function listApiKeys({ ctx }: { ctx: OrgContext }): Promise<ApiKey[]> {
  assertCan(ctx, 'api_keys.manage');
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select()
      .from(apiKeys)
      .where(eq(apiKeys.organizationId, ctx.organizationId))
      .orderBy(desc(apiKeys.createdAt)),
  );
  return rows.map(toApiKey);
}
