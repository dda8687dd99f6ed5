import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { JobContext, JobHandlers, RunningConsumer } from '@logai/core';
import { jobOutbox } from '@logai/db';
import { useTestDatabase } from '@logai/db/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { motoCredentials, motoRegion, useMotoServer } from '../../../../test/support/moto-server';
import { createLogger } from '../logger';
import { createSqsClient } from './sqs-client';
import { ensureSqsQueues } from './sqs-ensure-queues';
import { createSqsQueue, type SqsQueueOptions } from './sqs-queue';

const moto = useMotoServer();
const database = useTestDatabase();
const logger = createLogger({ name: 'test', level: 'silent', pretty: false });
const consumers: RunningConsumer[] = [];
let client: SQSClient;

beforeAll(() => {
  client = createSqsClient({ region: motoRegion, endpoint: moto.endpoint, credentials: motoCredentials });
});
afterEach(async () => {
  await Promise.all(consumers.splice(0).map((consumer) => consumer.stop()));
});
afterAll(() => client.destroy());

/** A fresh queue pair per test, and a queue object on it with test-friendly timings. */
async function freshQueue(overrides: Partial<SqsQueueOptions> = {}) {
  const aws = { region: motoRegion, endpoint: moto.endpoint, credentials: motoCredentials };
  const urls = await ensureSqsQueues({ ...aws, name: `jobs-${randomUUID()}`, maxReceiveCount: 5 });
  const queue = createSqsQueue({
    ...aws,
    ...urls,
    db: database.current.db,
    logger,
    waitTimeSeconds: 1,
    retryBaseSeconds: 1,
    relayIntervalMs: 100,
    ...overrides,
  });
  return { ...urls, queue };
}

/** Records every run of the ping job; `behaviour` decides what a run does. */
function recorder(behaviour: (job: JobContext) => Promise<void> = async () => undefined) {
  const runs: { pingId: string; attempt: number }[] = [];
  const handlers: JobHandlers = {
    ping: async (payload, job) => {
      runs.push({ pingId: payload.pingId, attempt: job.attempt });
      await behaviour(job);
    },
    'analyze-upload': async () => undefined,
  };
  return { runs, handlers };
}

async function countMessages(queueUrl: string): Promise<number> {
  const { Attributes } = await client.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(Attributes?.ApproximateNumberOfMessages) +
    Number(Attributes?.ApproximateNumberOfMessagesNotVisible)
  );
}

async function receiveAll(queueUrl: string): Promise<{ body: string; error?: string }[]> {
  const received: { body: string; error?: string }[] = [];
  for (;;) {
    const { Messages = [] } = await client.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        MessageAttributeNames: ['All'],
      }),
    );
    if (Messages.length === 0) return received;
    for (const message of Messages) {
      received.push({ body: message.Body ?? '', error: message.MessageAttributes?.error?.StringValue });
      await client.send(
        new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }),
      );
    }
  }
}

describe('SQS queue', () => {
  it('runs an enqueued job once and deletes its message', async () => {
    const { queue, queueUrl } = await freshQueue();
    const { runs, handlers } = recorder();
    consumers.push(await queue.start(handlers, { concurrency: 2 }));
    const pingId = randomUUID();
    await queue.enqueue('ping', { pingId });
    await expect.poll(() => runs, { timeout: 20_000 }).toEqual([{ pingId, attempt: 1 }]);
    await expect.poll(() => countMessages(queueUrl), { timeout: 20_000 }).toBe(0);
  });

  it('runs a job enqueued in a transaction only if that transaction commits', async () => {
    const { queue, queueUrl } = await freshQueue();
    const { runs, handlers } = recorder();
    consumers.push(await queue.start(handlers, { concurrency: 2 }));
    const rolledBack = randomUUID();
    const committed = randomUUID();
    const { db } = database.current;

    await db
      .transaction(async (tx) => {
        await queue.enqueue('ping', { pingId: rolledBack }, { tx });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await db.transaction(async (tx) => {
      // As tenant verbs run it: under row-level security's role (see core's withTenant).
      await tx.execute(sql`set local role logai_tenant`);
      await queue.enqueue('ping', { pingId: committed }, { tx });
      // Not sent before the commit: the relay cannot see the uncommitted row.
      expect(await queue.relayOutbox()).toBe(0);
    });

    await expect.poll(() => runs.map((run) => run.pingId), { timeout: 20_000 }).toEqual([committed]);
    // The relay deletes a row in the transaction that sent it, which may commit after the job ran.
    await expect
      .poll(() => db.select().from(jobOutbox).where(eq(jobOutbox.queueUrl, queueUrl)), { timeout: 10_000 })
      .toEqual([]);
  });

  it('relays each outbox job exactly once when several processes relay at the same time', async () => {
    const { queue, queueUrl } = await freshQueue();
    const other = createSqsQueue({
      queueUrl,
      region: motoRegion,
      endpoint: moto.endpoint,
      credentials: motoCredentials,
      db: database.current.db,
      logger,
    });
    const pingIds = Array.from({ length: 45 }, () => randomUUID());
    await database.current.db.transaction(async (tx) => {
      for (const pingId of pingIds) await queue.enqueue('ping', { pingId }, { tx });
    });
    const relayed = async (relay: () => Promise<number>) => {
      let total = 0;
      for (let sent = await relay(); sent > 0; sent = await relay()) total += sent;
      return total;
    };
    const [first, second] = await Promise.all([relayed(queue.relayOutbox), relayed(other.relayOutbox)]);
    expect((first ?? 0) + (second ?? 0)).toBe(45);
    const bodies = (await receiveAll(queueUrl)).map(({ body }) => JSON.parse(body).payload.pingId);
    expect(bodies.sort()).toEqual([...pingIds].sort());
  });

  it('retries a failing job with backoff, then moves it to the dead-letter queue', async () => {
    const { queue, deadLetterQueueUrl, queueUrl } = await freshQueue();
    const { runs, handlers } = recorder(async () => {
      throw new Error('downstream is broken');
    });
    consumers.push(await queue.start(handlers, { concurrency: 1 }));
    const pingId = randomUUID();
    await queue.enqueue('ping', { pingId }, { maxAttempts: 3 });

    await expect.poll(() => runs.map((run) => run.attempt), { timeout: 30_000 }).toEqual([1, 2, 3]);
    const deadLetters = await pollDeadLetters(deadLetterQueueUrl);
    expect(JSON.parse(deadLetters[0]?.body ?? '{}')).toMatchObject({ name: 'ping', payload: { pingId } });
    expect(deadLetters[0]?.error).toBe('downstream is broken');
    expect(await countMessages(queueUrl)).toBe(0);
  });

  it('moves a message that is not a valid job straight to the dead-letter queue', async () => {
    const { queue, deadLetterQueueUrl, queueUrl } = await freshQueue();
    const { runs, handlers } = recorder();
    consumers.push(await queue.start(handlers, { concurrency: 1 }));
    await client.send(
      new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: '{"name":"ping","payload":{}}' }),
    );
    await client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'not json' }));

    const deadLetters = await pollDeadLetters(deadLetterQueueUrl, 2);
    expect(deadLetters.map((letter) => letter.error).sort()).toEqual([
      'invalid payload',
      'the message body is not JSON',
    ]);
    expect(runs).toEqual([]);
  });

  it('keeps a long job hidden with heartbeats, so no other consumer runs it meanwhile', async () => {
    const { queue, queueUrl } = await freshQueue({ visibilityTimeoutSeconds: 2 });
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const { runs, handlers } = recorder(() => finished);
    consumers.push(await queue.start(handlers, { concurrency: 1 }));
    consumers.push(await queue.start(handlers, { concurrency: 1 }));
    await queue.enqueue('ping', { pingId: randomUUID() });
    await expect.poll(() => runs.length, { timeout: 20_000 }).toBe(1);
    // Three visibility timeouts long: without heartbeats the idle consumer would have started it again.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    finish();
    await expect.poll(() => countMessages(queueUrl), { timeout: 20_000 }).toBe(0);
    expect(runs).toHaveLength(1);
  });

  it('lets stop() wait for the running job, which sees its signal aborted', async () => {
    const { queue, queueUrl } = await freshQueue();
    let sawAbort = false;
    const { runs, handlers } = recorder(async (job) => {
      await new Promise((resolve) => job.signal.addEventListener('abort', resolve, { once: true }));
      sawAbort = true;
    });
    const consumer = await queue.start(handlers, { concurrency: 1 });
    await queue.enqueue('ping', { pingId: randomUUID() });
    await expect.poll(() => runs.length, { timeout: 20_000 }).toBe(1);
    await consumer.stop();
    expect(sawAbort).toBe(true);
    expect(await countMessages(queueUrl)).toBe(0);
  });

  it('hands the job of a killed worker to another worker once its visibility timeout passes', async () => {
    const { queue, queueUrl } = await freshQueue({ visibilityTimeoutSeconds: 2 });
    const worker = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('../../../../test/support/sqs-worker-process.ts', import.meta.url)),
        JSON.stringify({
          queueUrl,
          endpoint: moto.endpoint,
          region: motoRegion,
          databaseUrl: database.current.url,
          visibilityTimeoutSeconds: 2,
          credentials: motoCredentials,
        }),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = once(worker, 'exit');
    const lines = createInterface({ input: worker.stdout });
    const pingId = randomUUID();
    try {
      await queue.enqueue('ping', { pingId });
      const [line] = await once(lines, 'line');
      expect(line).toBe('started 1');
    } finally {
      worker.kill('SIGKILL');
      await exited;
    }

    const { runs, handlers } = recorder();
    consumers.push(await queue.start(handlers, { concurrency: 1 }));
    await expect.poll(() => runs, { timeout: 30_000 }).toEqual([{ pingId, attempt: 2 }]);
  });
});

async function pollDeadLetters(queueUrl: string, count = 1) {
  const letters: { body: string; error?: string }[] = [];
  await expect
    .poll(
      async () => {
        letters.push(...(await receiveAll(queueUrl)));
        return letters.length;
      },
      { timeout: 30_000 },
    )
    .toBe(count);
  return letters;
}
