import { PingParams, type Ping } from '@logai/contracts';
import { pings } from '@logai/db';
import { eq } from 'drizzle-orm';
import type { Context } from '../context';
import { AppError } from '../errors';
import { toPing } from './to-ping';

export async function getPing({ ctx, input }: { ctx: Context; input: PingParams }): Promise<Ping> {
  const { id } = PingParams.parse(input);
  const [row] = await ctx.deps.db.select().from(pings).where(eq(pings.id, id));
  if (!row) throw AppError.notFound('ping');
  return toPing(row);
}
