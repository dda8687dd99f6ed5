import { completePing, type Context, type JobHandler } from '@logai/core';

export function pingJob(ctx: Context, workerId: string): JobHandler<'ping'> {
  return async ({ pingId }) => completePing({ ctx, input: { pingId, workerId } });
}
