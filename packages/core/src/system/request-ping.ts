import { CreatePing, type Ping } from '@logai/contracts';
import { pings, transaction } from '@logai/db';
import type { Context } from '../context';
import { toPing } from './to-ping';

/** Records a ping and enqueues its job in the same transaction: both exist, or neither. */
export async function requestPing({ ctx, input }: { ctx: Context; input: CreatePing }): Promise<Ping> {
  const { message } = CreatePing.parse(input);
  const row = await transaction(ctx.deps.db, async (tx) => {
    const [created] = await tx.insert(pings).values({ message }).returning();
    if (!created) throw new Error('insert returned no row');
    await ctx.deps.queue.enqueue('ping', { pingId: created.id }, { tx, maxAttempts: 5 });
    return created;
  });
  return toPing(row);
}
