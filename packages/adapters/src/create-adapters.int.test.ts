import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { randomUUID } from 'node:crypto';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { loadAdaptersConfig } from '@logai/config';
import type { Message } from '@logai/core';
import { useTestDatabase } from '@logai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motoCredentials, motoRegion, useMotoServer } from '../../../test/support/moto-server';
import { uniqueChannel } from '../../../test/support/pub-sub-contract';
import { createS3Client } from './blob/s3-client';
import { createAdapters, type Adapters } from './create-adapters';
import { createLogger } from './logger';
import { ensureSqsQueues } from './queue/sqs-ensure-queues';

const database = useTestDatabase();
const moto = useMotoServer();
const logger = createLogger({ name: 'test', level: 'silent', pretty: false });
const redisUrl = loadAdaptersConfig().REDIS_URL ?? 'redis://127.0.0.1:6379';
let blobDir: string;

beforeAll(async () => {
  blobDir = await mkdtemp(path.join(tmpdir(), 'logai-adapters-'));
});
afterAll(async () => rm(blobDir, { recursive: true, force: true }));

/** Writes and reads a blob, runs a job, and carries a message: the adapters work together. */
async function exercise(adapters: Adapters) {
  await adapters.blobs.put('org/upload/sha', Readable.from(['log line']));
  expect(await text(await adapters.blobs.get('org/upload/sha'))).toBe('log line');

  const received: Message[] = [];
  const channel = uniqueChannel('factory');
  await adapters.pubsub.subscribe(channel, (message) => received.push(message));
  await adapters.pubsub.publish(channel, { ok: true });
  await expect.poll(() => received, { timeout: 10_000 }).toEqual([{ ok: true }]);

  const ran: string[] = [];
  const consumer = await adapters.queue.start(
    { ping: async ({ pingId }) => void ran.push(pingId), 'analyze-upload': async () => undefined },
    { concurrency: 1 },
  );
  const pingId = randomUUID();
  await database.current.db.transaction((tx) => adapters.queue.enqueue('ping', { pingId }, { tx }));
  await expect.poll(() => ran, { timeout: 20_000 }).toEqual([pingId]);
  await consumer.stop();
  await adapters.close();
}

describe('createAdapters', () => {
  it('builds the embedded defaults: filesystem blobs, PostgreSQL queue and pub/sub', async () => {
    const settings = loadAdaptersConfig({ BLOB_DIR: blobDir });
    const { db, url } = database.current;
    const adapters = createAdapters(settings, { db, databaseUrl: url, logger });
    expect(adapters.blobs.kind).toBe('filesystem');
    expect(adapters.blobs.direct).toBeUndefined();
    await exercise(adapters);
  });

  it('builds the scaled set: S3 blobs with direct uploads, SQS queue, Redis pub/sub', async () => {
    const aws = { region: motoRegion, endpoint: moto.endpoint, credentials: motoCredentials };
    await createS3Client({ ...aws, forcePathStyle: true }).send(
      new CreateBucketCommand({ Bucket: 'factory-blobs' }),
    );
    const { queueUrl, deadLetterQueueUrl } = await ensureSqsQueues({
      ...aws,
      name: `factory-${randomUUID()}`,
    });
    const settings = loadAdaptersConfig({
      BLOB_STORE: 's3',
      S3_BUCKET: 'factory-blobs',
      S3_ENDPOINT: moto.endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      QUEUE: 'sqs',
      SQS_QUEUE_URL: queueUrl,
      SQS_DLQ_URL: deadLetterQueueUrl,
      SQS_ENDPOINT: moto.endpoint,
      PUBSUB: 'redis',
      REDIS_URL: redisUrl,
    });
    const { db, url } = database.current;
    const adapters = createAdapters(settings, {
      db,
      databaseUrl: url,
      logger,
      awsCredentials: motoCredentials,
    });
    expect(adapters.blobs.kind).toBe('s3');
    expect(adapters.blobs.direct).toBeDefined();
    await exercise(adapters);
  });
});
