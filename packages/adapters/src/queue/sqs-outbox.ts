import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Logger } from '@logai/core';
import { type Database, type Executor, jobOutbox, transaction } from '@logai/db';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { JobEnvelope } from './sqs-envelope';

/** SQS delays a message by at most 15 minutes; later jobs wait in the outbox until they are due. */
export const MAX_DELAY_SECONDS = 900;

export interface OutboxJob {
  name: string;
  payload: Record<string, unknown>;
  maxAttempts?: number;
  jobKey?: string;
  runAt?: Date;
}

/** Writes a job to the outbox with the caller's executor, so it exists only if that transaction commits. */
export async function writeToOutbox(executor: Executor, queueUrl: string, job: OutboxJob): Promise<void> {
  const row = {
    queueUrl,
    name: job.name,
    payload: job.payload,
    maxAttempts: job.maxAttempts ?? null,
    jobKey: job.jobKey ?? null,
    runAt: job.runAt ?? new Date(),
  };
  await executor
    .insert(jobOutbox)
    .values(row)
    .onConflictDoUpdate({
      target: [jobOutbox.queueUrl, jobOutbox.jobKey],
      targetWhere: sql`${jobOutbox.jobKey} IS NOT NULL`,
      set: { name: row.name, payload: row.payload, maxAttempts: row.maxAttempts, runAt: row.runAt },
    });
}

export interface RelayOptions {
  db: Database;
  client: SQSClient;
  queueUrl: string;
  logger: Logger;
  /** Rows claimed per pass. */
  limit?: number;
}

/**
 * One relay pass: claims due outbox rows (SKIP LOCKED, so several processes relay side by side), sends
 * them in batches of 10 and deletes what SQS accepted. A crash between send and commit sends a job
 * twice, which job handlers tolerate (they are idempotent). Returns the number of jobs sent.
 */
export async function relayOutbox(options: RelayOptions): Promise<number> {
  const { db, client, queueUrl, logger } = options;
  return transaction(db, async (tx) => {
    const rows = await tx
      .select()
      .from(jobOutbox)
      .where(
        and(
          eq(jobOutbox.queueUrl, queueUrl),
          lte(jobOutbox.runAt, sql`now() + make_interval(secs => ${MAX_DELAY_SECONDS})`),
        ),
      )
      .orderBy(asc(jobOutbox.runAt), asc(jobOutbox.id))
      .limit(options.limit ?? 100)
      .for('update', { skipLocked: true });
    const sent: number[] = [];
    for (let index = 0; index < rows.length; index += 10) {
      const batch = rows.slice(index, index + 10);
      const result = await client.send(
        new SendMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: batch.map((row) => {
            const envelope: JobEnvelope = {
              name: row.name,
              payload: row.payload,
              maxAttempts: row.maxAttempts ?? undefined,
            };
            return {
              Id: String(row.id),
              MessageBody: JSON.stringify(envelope),
              DelaySeconds: delaySeconds(row.runAt),
            };
          }),
        }),
      );
      for (const entry of result.Successful ?? []) sent.push(Number(entry.Id));
      for (const failure of result.Failed ?? []) {
        logger.warn(
          { outboxId: failure.Id, code: failure.Code, error: failure.Message },
          'SQS refused an outbox job',
        );
        await tx
          .update(jobOutbox)
          .set({
            relayAttempts: sql`${jobOutbox.relayAttempts} + 1`,
            lastError: failure.Message ?? failure.Code ?? 'unknown error',
            runAt: sql`now() + make_interval(secs => least(power(2, ${jobOutbox.relayAttempts}), 300))`,
          })
          .where(eq(jobOutbox.id, Number(failure.Id)));
      }
    }
    if (sent.length > 0) await tx.delete(jobOutbox).where(inArray(jobOutbox.id, sent));
    return sent.length;
  });
}

/** Seconds until `runAt`, within what SQS accepts as a message delay. */
export function delaySeconds(runAt: Date | undefined): number {
  if (!runAt) return 0;
  return Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.ceil((runAt.getTime() - Date.now()) / 1000)));
}
