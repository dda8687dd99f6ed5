import { transaction, type Transaction } from '@logai/db';
import { sql } from 'drizzle-orm';
import type { OrgContext } from '../context';

/**
 * Runs tenant work in a transaction under PostgreSQL row-level security: the role logai_tenant sees
 * and writes only rows of `ctx.organizationId`, so a query that forgot its organisation filter returns
 * nothing foreign rather than another organisation's data. Every tenant verb still filters explicitly.
 */
export async function withTenant<T>(ctx: OrgContext, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const scoped = async (tx: Transaction) => {
    // One round trip: set_config('role', …, true) is SET LOCAL ROLE.
    await tx.execute(
      sql`select set_config('logai.organization_id', ${ctx.organizationId}, true), set_config('role', 'logai_tenant', true)`,
    );
    return work(tx);
  };
  return ctx.tx ? ctx.tx.transaction(scoped) : transaction(ctx.deps.db, scoped);
}
