import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type {
  EnqueueOptions,
  JobConsumer,
  JobName,
  JobPayload,
  JobQueue,
  Logger,
  RunningConsumer,
} from '@logai/core';
import type { Database } from '@logai/db';
import { createSqsClient, type SqsClientOptions } from './sqs-client';
import { startSqsConsumer } from './sqs-consumer';
import type { JobEnvelope } from './sqs-envelope';
import { delaySeconds, MAX_DELAY_SECONDS, relayOutbox, writeToOutbox } from './sqs-outbox';
import { startOutboxRelayLoop } from './sqs-outbox-relay';

export interface SqsQueueOptions extends SqsClientOptions {
  queueUrl: string;
  /** Jobs that exhausted their attempts or can never run go here; unset, they are logged and dropped. */
  deadLetterQueueUrl?: string;
  /** Holds the transactional outbox (table job_outbox). */
  db: Database;
  logger: Logger;
  /** Lease of a received job, renewed by heartbeats while it runs; default 30. */
  visibilityTimeoutSeconds?: number;
  /** Long-polling wait of one receive (0–20); default 20. */
  waitTimeSeconds?: number;
  /** When a job is enqueued without maxAttempts; default 10. */
  defaultMaxAttempts?: number;
  /** Retry n of a failed job waits retryBaseSeconds × 2^(n−1) (default 5), at most retryMaxSeconds (900). */
  retryBaseSeconds?: number;
  retryMaxSeconds?: number;
  /** Pause of the outbox relay when the outbox is empty; default 500 ms. */
  relayIntervalMs?: number;
}

export interface SqsQueue extends JobQueue, JobConsumer {
  /** One pass of the outbox relay; returns the number of jobs sent. */
  relayOutbox(): Promise<number>;
  /** Relays the outbox until stopped; `start` runs one too, so only processes that never consume need it. */
  startRelay(): RunningConsumer;
}

/**
 * The scaled queue: SQS with a dead-letter queue. Jobs enqueued in a transaction go through the
 * job_outbox table and a relay, so they reach SQS only if the transaction commits.
 */
export function createSqsQueue(options: SqsQueueOptions): SqsQueue {
  const { queueUrl, db, logger } = options;
  const client = createSqsClient(options);
  const relayLogger = logger.child({ component: 'sqs-outbox-relay' });
  const relay = () => relayOutbox({ db, client, queueUrl, logger: relayLogger });
  const startRelay = () =>
    startOutboxRelayLoop({ relay, logger: relayLogger, intervalMs: options.relayIntervalMs });

  return {
    relayOutbox: relay,
    startRelay,

    async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, opts: EnqueueOptions = {}) {
      const job = { name, payload, maxAttempts: opts.maxAttempts, jobKey: opts.jobKey, runAt: opts.runAt };
      const isLate = opts.runAt !== undefined && opts.runAt.getTime() - Date.now() > MAX_DELAY_SECONDS * 1000;
      // jobKey replacement and delays beyond SQS's 15 minutes only exist in the outbox.
      if (opts.tx || opts.jobKey || isLate) {
        await writeToOutbox(opts.tx ?? db, queueUrl, job);
        return;
      }
      const envelope: JobEnvelope = { name, payload, maxAttempts: opts.maxAttempts };
      await client.send(
        new SendMessageCommand({
          QueueUrl: queueUrl,
          MessageBody: JSON.stringify(envelope),
          DelaySeconds: delaySeconds(opts.runAt),
        }),
      );
    },

    async start(handlers, { concurrency }) {
      const relayLoop = startRelay();
      const consumer = startSqsConsumer({
        client,
        queueUrl,
        deadLetterQueueUrl: options.deadLetterQueueUrl,
        logger,
        handlers,
        concurrency,
        visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 30,
        waitTimeSeconds: options.waitTimeSeconds ?? 20,
        defaultMaxAttempts: options.defaultMaxAttempts ?? 10,
        retryBaseSeconds: options.retryBaseSeconds ?? 5,
        retryMaxSeconds: options.retryMaxSeconds ?? 900,
      });
      return {
        stop: async () => {
          await Promise.all([consumer.stop(), relayLoop.stop()]);
        },
      };
    },
  };
}
