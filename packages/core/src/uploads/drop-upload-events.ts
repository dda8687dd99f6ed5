import { transaction } from '@logai/db';
import { sql } from 'drizzle-orm';
import type { Context } from '../context';

/**
 * Drops the partition of log_events that holds an upload's events. Dropping a partition briefly locks
 * log_events as a whole, so it waits at most a few seconds for running queries; on failure the events
 * stay (unreachable: no upload row points at them) until the hourly reaper drops them.
 */
export async function dropUploadEvents(ctx: Context, uploadId: string): Promise<boolean> {
  const { db, logger } = ctx.deps;
  try {
    await transaction(db, async (tx) => {
      await tx.execute(sql`set local lock_timeout = '3s'`);
      await tx.execute(sql`select logai_drop_event_partitions(${uploadId}::uuid)`);
    });
    return true;
  } catch (error) {
    logger.warn(
      { err: error, uploadId },
      'could not drop the events of a deleted upload yet; the reaper will',
    );
    return false;
  }
}
