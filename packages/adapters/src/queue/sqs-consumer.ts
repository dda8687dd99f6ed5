import { setTimeout as sleep } from 'node:timers/promises';
import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import {
  JOBS,
  type JobContext,
  type JobHandlers,
  type JobName,
  type JobPayload,
  type Logger,
  type RunningConsumer,
} from '@logai/core';
import { parseEnvelope } from './sqs-envelope';

export interface SqsConsumerOptions {
  client: SQSClient;
  queueUrl: string;
  /** Where jobs that exhausted their attempts, or can never run, are moved. Unset: they are dropped. */
  deadLetterQueueUrl?: string;
  logger: Logger;
  handlers: JobHandlers;
  concurrency: number;
  /** How long a received job stays hidden from other consumers; heartbeats renew it while it runs. */
  visibilityTimeoutSeconds: number;
  /** Long-polling wait of one ReceiveMessage call (0–20). */
  waitTimeSeconds: number;
  defaultMaxAttempts: number;
  /** Retry n waits retryBaseSeconds × 2^(n−1), at most retryMaxSeconds. */
  retryBaseSeconds: number;
  retryMaxSeconds: number;
}

/** Polls SQS and runs up to `concurrency` jobs at once until stopped. */
export function startSqsConsumer(options: SqsConsumerOptions): RunningConsumer {
  const { client, queueUrl, concurrency } = options;
  const logger = options.logger.child({ component: 'sqs-consumer' });
  const stopping = new AbortController();
  const running = new Set<Promise<void>>();

  const loop = (async () => {
    let failures = 0;
    while (!stopping.signal.aborted) {
      if (running.size >= concurrency) {
        await Promise.race(running);
        continue;
      }
      let messages: Message[];
      try {
        const received = await client.send(
          new ReceiveMessageCommand({
            QueueUrl: queueUrl,
            MaxNumberOfMessages: Math.min(10, concurrency - running.size),
            WaitTimeSeconds: options.waitTimeSeconds,
            VisibilityTimeout: options.visibilityTimeoutSeconds,
            MessageSystemAttributeNames: ['ApproximateReceiveCount'],
          }),
          { abortSignal: stopping.signal },
        );
        messages = received.Messages ?? [];
        failures = 0;
      } catch (error) {
        if (stopping.signal.aborted) break;
        failures += 1;
        const pause = Math.min(30_000, 500 * 2 ** failures);
        logger.warn({ err: error, retryInMs: pause }, 'receiving from SQS failed; retrying');
        await sleep(pause, undefined, { signal: stopping.signal }).catch(() => undefined);
        continue;
      }
      for (const message of messages) {
        const job = processMessage(message, options, logger, stopping.signal).catch((error: unknown) => {
          logger.error({ err: error, messageId: message.MessageId }, 'settling an SQS message failed');
        });
        running.add(job);
        void job.finally(() => running.delete(job));
      }
    }
  })();

  return {
    stop: async () => {
      stopping.abort();
      await loop;
      await Promise.allSettled([...running]);
    },
  };
}

async function processMessage(
  message: Message,
  options: SqsConsumerOptions,
  baseLogger: Logger,
  stopping: AbortSignal,
): Promise<void> {
  const { client, queueUrl } = options;
  const receipt = message.ReceiptHandle ?? '';
  const attempt = Number(message.Attributes?.ApproximateReceiveCount ?? '1');
  const setVisibility = (seconds: number) =>
    client.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: queueUrl,
        ReceiptHandle: receipt,
        VisibilityTimeout: seconds,
      }),
    );
  const remove = () => client.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: receipt }));
  const deadLetter = async (reason: string) => {
    if (options.deadLetterQueueUrl) {
      await client.send(
        new SendMessageCommand({
          QueueUrl: options.deadLetterQueueUrl,
          MessageBody: message.Body ?? '',
          MessageAttributes: { error: { DataType: 'String', StringValue: reason.slice(0, 1000) } },
        }),
      );
    }
    await remove();
  };

  const envelope = parseEnvelope(message.Body);
  const log = baseLogger.child({
    messageId: message.MessageId,
    attempt,
    ...(envelope.ok ? { job: envelope.name } : {}),
  });
  if (!envelope.ok) {
    log.error({ reason: envelope.reason }, 'SQS message is not a job; moving it to the dead-letter queue');
    return deadLetter(envelope.reason);
  }
  const payload = JOBS[envelope.name].safeParse(envelope.payload);
  if (!payload.success) {
    // A payload that does not match its schema will never succeed: no retries.
    log.error({ issues: payload.error.issues }, 'job payload is invalid; moving it to the dead-letter queue');
    return deadLetter('invalid payload');
  }

  const maxAttempts = envelope.maxAttempts ?? options.defaultMaxAttempts;
  const job: JobContext = { jobId: message.MessageId ?? '', attempt, maxAttempts, signal: stopping };
  // Renew the lease well before it ends, so a long job is not handed to a second consumer meanwhile.
  const heartbeat = setInterval(
    () => {
      setVisibility(options.visibilityTimeoutSeconds).catch((error: unknown) =>
        log.warn({ err: error }, 'extending the visibility of a running job failed'),
      );
    },
    Math.max(200, (options.visibilityTimeoutSeconds * 1000) / 3),
  );
  const started = Date.now();
  log.debug('job started');
  let failure: { error: unknown } | undefined;
  try {
    await dispatch(envelope.name, options.handlers, payload.data, job);
  } catch (error) {
    failure = { error };
  } finally {
    clearInterval(heartbeat);
  }

  const ms = Date.now() - started;
  if (!failure) {
    await remove();
    log.info({ ms }, 'job done');
  } else if (stopping.aborted) {
    // Interrupted by shutdown rather than broken: hand it to another worker straight away.
    log.warn({ err: failure.error, ms }, 'job interrupted by shutdown; releasing it');
    await setVisibility(0);
  } else if (attempt >= maxAttempts) {
    log.error(
      { err: failure.error, ms, maxAttempts },
      'job failed for the last time; moving it to the dead-letter queue',
    );
    await deadLetter(failure.error instanceof Error ? failure.error.message : String(failure.error));
  } else {
    const delay = Math.min(options.retryMaxSeconds, options.retryBaseSeconds * 2 ** (attempt - 1));
    log.warn(
      { err: failure.error, ms, retryInSeconds: delay },
      'job failed; it will be retried with backoff',
    );
    await setVisibility(Math.round(delay));
  }
}

function dispatch<N extends JobName>(
  name: N,
  handlers: JobHandlers,
  payload: JobPayload<N>,
  job: JobContext,
) {
  const handler: (payload: JobPayload<N>, job: JobContext) => Promise<void> = handlers[name];
  return handler(payload, job);
}
