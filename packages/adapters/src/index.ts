export { createLogger, type LoggerOptions, type PinoLogger } from './logger';
export { createPostgresQueue, migrateQueue, type PostgresQueueOptions } from './queue/postgres-queue';
export { onShutdown } from './process/on-shutdown';
