export { createLogger, type LoggerOptions, type PinoLogger } from './logger';
export { createPostgresQueue, migrateQueue, type PostgresQueueOptions } from './queue/postgres-queue';
export { onShutdown } from './process/on-shutdown';
export { createMemoryRateLimiter } from './rate-limit/memory-rate-limiter';
export { createRedisRateLimiter } from './rate-limit/redis-rate-limiter';
export { createSmtpMailer, type SmtpMailerOptions } from './mail/smtp-mailer';
export { loadOrCreateSecret } from './secrets/local-secret';
