import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';

/** Round trips API → queue → worker, used to prove the pipeline is alive. */
export const pings = pgTable('pings', {
  id: id(),
  message: text('message').notNull().default('ping'),
  attempts: integer('attempts').notNull().default(0),
  processedAt: timestamp('processed_at', { withTimezone: true }),
  processedBy: text('processed_by'),
  createdAt: createdAt(),
});
