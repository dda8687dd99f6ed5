import type { Ping } from '@logai/contracts';
import type { pings } from '@logai/db';

export function toPing(row: typeof pings.$inferSelect): Ping {
  return {
    id: row.id,
    message: row.message,
    status: row.processedAt ? 'processed' : 'queued',
    attempts: row.attempts,
    processedBy: row.processedBy,
    createdAt: row.createdAt.toISOString(),
    processedAt: row.processedAt?.toISOString() ?? null,
  };
}
