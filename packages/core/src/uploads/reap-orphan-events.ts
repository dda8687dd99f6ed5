import { sql } from 'drizzle-orm';
import type { Context } from '../context';
import { dropUploadEvents } from './drop-upload-events';

/**
 * Drops the partitions of log_events whose upload no longer exists: deletions whose drop timed out,
 * and analyses that finished after their upload was deleted. Returns how many uploads' events went.
 */
export async function reapOrphanEvents({ ctx }: { ctx: Context }): Promise<number> {
  const rows = await ctx.deps.db.execute<{ upload_id: string }>(sql`
    select p.upload_id from (
      select (regexp_match(pg_get_expr(c.relpartbound, c.oid), '''([0-9a-f-]{36})'''))[1]::uuid as upload_id
      from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = 'log_events'::regclass
    ) p
    where not exists (select 1 from uploads u where u.id = p.upload_id)`);
  let reaped = 0;
  for (const row of rows.rows) if (await dropUploadEvents(ctx, row.upload_id)) reaped++;
  if (reaped > 0) ctx.deps.logger.info({ uploads: reaped }, 'dropped the events of deleted uploads');
  return reaped;
}
