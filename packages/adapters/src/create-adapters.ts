import type { BlobStore, JobConsumer, JobQueue, Logger, PubSub, RunningConsumer } from '@logai/core';
import type { Database } from '@logai/db';
import type { AwsCredentials } from './blob/s3-client';
import { createFilesystemBlobStore } from './blob/filesystem-blob-store';
import { createS3BlobStore } from './blob/s3-blob-store';
import { createPostgresPubSub } from './pubsub/postgres-pub-sub';
import { createRedisPubSub } from './pubsub/redis-pub-sub';
import { createPostgresQueue } from './queue/postgres-queue';
import { createSqsQueue } from './queue/sqs-queue';

/** The parsed adapter settings (`AdaptersConfig` of @logai/config has this shape). */
export interface AdapterSettings {
  BLOB_STORE: 'filesystem' | 's3';
  BLOB_DIR: string;
  S3_BUCKET?: string;
  S3_REGION?: string;
  S3_ENDPOINT?: string;
  S3_FORCE_PATH_STYLE: boolean;
  AWS_REGION: string;
  QUEUE: 'postgres' | 'sqs';
  SQS_QUEUE_URL?: string;
  SQS_DLQ_URL?: string;
  SQS_ENDPOINT?: string;
  PUBSUB: 'postgres' | 'redis';
  REDIS_URL?: string;
}

export interface AdapterDependencies {
  db: Database;
  /** The same database as `db`, for connections the adapters hold themselves (queue, LISTEN). */
  databaseUrl: string;
  logger: Logger;
  /** Unset: the AWS SDK's default chain (environment, profile, instance or task role). */
  awsCredentials?: AwsCredentials;
}

export interface Adapters {
  blobs: BlobStore;
  queue: JobQueue & JobConsumer;
  pubsub: PubSub;
  /**
   * Relays jobs enqueued in transactions to SQS until stopped (a no-op for the PostgreSQL queue).
   * `queue.start` already runs one; a process that enqueues but never consumes may run its own.
   */
  startOutboxRelay(): RunningConsumer;
  /** Closes what the adapters hold open (pub/sub connections). */
  close(): Promise<void>;
}

/** Builds the blob store, queue and pub/sub that the settings choose. */
export function createAdapters(settings: AdapterSettings, deps: AdapterDependencies): Adapters {
  const blobs = createBlobStore(settings, deps);
  const pubsub =
    settings.PUBSUB === 'redis'
      ? createRedisPubSub({
          url: required(settings.REDIS_URL, 'REDIS_URL', 'PUBSUB=redis'),
          logger: deps.logger,
        })
      : createPostgresPubSub({ url: deps.databaseUrl, logger: deps.logger });
  if (settings.QUEUE === 'sqs') {
    const queue = createSqsQueue({
      queueUrl: required(settings.SQS_QUEUE_URL, 'SQS_QUEUE_URL', 'QUEUE=sqs'),
      deadLetterQueueUrl: settings.SQS_DLQ_URL,
      region: settings.AWS_REGION,
      endpoint: settings.SQS_ENDPOINT,
      credentials: deps.awsCredentials,
      db: deps.db,
      logger: deps.logger,
    });
    return { blobs, queue, pubsub, startOutboxRelay: () => queue.startRelay(), close: () => pubsub.close() };
  }
  const queue = createPostgresQueue({ url: deps.databaseUrl, db: deps.db, logger: deps.logger });
  const idle: RunningConsumer = { stop: async () => undefined };
  return { blobs, queue, pubsub, startOutboxRelay: () => idle, close: () => pubsub.close() };
}

function createBlobStore(settings: AdapterSettings, deps: AdapterDependencies): BlobStore {
  if (settings.BLOB_STORE === 'filesystem') return createFilesystemBlobStore({ root: settings.BLOB_DIR });
  return createS3BlobStore({
    bucket: required(settings.S3_BUCKET, 'S3_BUCKET', 'BLOB_STORE=s3'),
    region: settings.S3_REGION ?? settings.AWS_REGION,
    endpoint: settings.S3_ENDPOINT,
    forcePathStyle: settings.S3_FORCE_PATH_STYLE,
    credentials: deps.awsCredentials,
  });
}

function required(value: string | undefined, name: string, when: string): string {
  if (!value) throw new Error(`${name} is required when ${when}`);
  return value;
}
