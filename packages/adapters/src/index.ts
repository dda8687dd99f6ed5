export { createLogger, type LoggerOptions, type PinoLogger } from './logger';
export {
  createPostgresQueue,
  migrateQueue,
  QUEUE_SCHEMA_VERSION,
  type PostgresQueueOptions,
} from './queue/postgres-queue';
export { onShutdown } from './process/on-shutdown';
export { createMemoryRateLimiter } from './rate-limit/memory-rate-limiter';
export { createRedisRateLimiter } from './rate-limit/redis-rate-limiter';
export { createSmtpMailer, type SmtpMailerOptions } from './mail/smtp-mailer';
export { loadOrCreateSecret } from './secrets/local-secret';
export { createFilesystemBlobStore, type FilesystemBlobStoreOptions } from './blob/filesystem-blob-store';
export { createS3BlobStore, type S3BlobStoreOptions } from './blob/s3-blob-store';
export { createS3Client, type AwsCredentials, type S3ClientOptions } from './blob/s3-client';
export { createSqsQueue, type SqsQueue, type SqsQueueOptions } from './queue/sqs-queue';
export { ensureSqsQueues, type EnsureSqsQueuesOptions } from './queue/sqs-ensure-queues';
export { createSqsClient, type SqsClientOptions } from './queue/sqs-client';
export { createPostgresPubSub, type PostgresPubSubOptions } from './pubsub/postgres-pub-sub';
export { createRedisPubSub, type RedisPubSubOptions } from './pubsub/redis-pub-sub';
export { MAX_MESSAGE_BYTES } from './pubsub/pub-sub-channels';
export {
  createAdapters,
  type AdapterDependencies,
  type Adapters,
  type AdapterSettings,
} from './create-adapters';
