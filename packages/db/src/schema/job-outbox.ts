import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

/**
 * Transactional outbox for external queues (SQS): a job enqueued inside a transaction is written here
 * and exists only if that transaction commits; a relay then sends it to the queue and deletes the row.
 */
export const jobOutbox = pgTable(
  'job_outbox',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** The queue the job goes to, so several queues can share one outbox. */
    queueUrl: text('queue_url').notNull(),
    name: text('name').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    maxAttempts: integer('max_attempts'),
    /** A second job with the same key replaces the first while both still wait in the outbox. */
    jobKey: text('job_key'),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    /** Failed relay attempts, so a queue outage backs off instead of spinning. */
    relayAttempts: integer('relay_attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (table) => [
    index('job_outbox_queue_run_at_idx').on(table.queueUrl, table.runAt),
    uniqueIndex('job_outbox_queue_job_key_key')
      .on(table.queueUrl, table.jobKey)
      .where(sql`${table.jobKey} IS NOT NULL`),
  ],
);
