import { pings } from '@logai/db';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Context } from '../context';
import { AppError } from '../errors';

export const CompletePing = z.object({ pingId: z.uuid(), workerId: z.string().min(1) });
export type CompletePing = z.infer<typeof CompletePing>;

/** The worker's side of a ping. Idempotent: a retried job leaves the first answer in place. */
export async function completePing({ ctx, input }: { ctx: Context; input: CompletePing }): Promise<void> {
  const { pingId, workerId } = CompletePing.parse(input);
  const updated = await ctx.deps.db
    .update(pings)
    .set({
      attempts: sql`${pings.attempts} + 1`,
      processedAt: sql`coalesce(${pings.processedAt}, now())`,
      processedBy: sql`coalesce(${pings.processedBy}, ${workerId})`,
    })
    .where(eq(pings.id, pingId))
    .returning({ id: pings.id });
  if (updated.length === 0) throw AppError.notFound('ping');
}
