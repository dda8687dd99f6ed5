// Composition root of the API: real adapters from configuration.
import path from 'node:path';
import {
  createAdapters,
  createLogger,
  createMemoryRateLimiter,
  createRedisRateLimiter,
  createSmtpMailer,
  loadOrCreateSecret,
  onShutdown,
} from '@logai/adapters';
import { loadApiConfig } from '@logai/config';
import { DEFAULT_RATE_LIMITS } from '@logai/core';
import { createDatabase } from '@logai/db';
import { Redis } from 'ioredis';
import { buildApp } from './app';

const config = loadApiConfig();
const logger = createLogger({ name: 'api', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
const database = createDatabase(config.DATABASE_URL, { applicationName: 'logai-api' });
const adapters = createAdapters(config, { db: database.db, databaseUrl: config.DATABASE_URL, logger });
// With SQS, jobs enqueued in transactions wait in an outbox until relayed; the API relays its own.
const relay = adapters.startOutboxRelay();
const jwtSecret =
  config.JWT_SECRET ?? (await loadOrCreateSecret(path.resolve(config.LOGAI_DATA_DIR, 'jwt-secret')));
const redis = config.REDIS_URL
  ? new Redis(config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 2 })
  : null;
const webOrigin = new URL(config.WEB_ORIGIN);

const app = await buildApp({
  db: database.db,
  queue: adapters.queue,
  blobs: adapters.blobs,
  pubsub: adapters.pubsub,
  limits: { uploadMaxBytes: config.UPLOAD_MAX_BYTES },
  logger,
  auth: {
    jwtSecret: new TextEncoder().encode(jwtSecret),
    accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    refreshTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
    invitationTtlSeconds: config.INVITATION_TTL_SECONDS,
    webOrigin: config.WEB_ORIGIN,
  },
  rateLimiter: redis ? createRedisRateLimiter(redis) : createMemoryRateLimiter(),
  rateLimits: DEFAULT_RATE_LIMITS,
  ...(config.SMTP_URL ? { mailer: createSmtpMailer({ url: config.SMTP_URL, from: config.MAIL_FROM }) } : {}),
  cookies: {
    secure: webOrigin.protocol === 'https:' || !['localhost', '127.0.0.1'].includes(webOrigin.hostname),
  },
  corsOrigins: [config.WEB_ORIGIN],
  trustProxy: config.TRUST_PROXY,
});

await app.listen({ host: config.API_HOST, port: config.API_PORT });

onShutdown(logger, async () => {
  await app.close();
  await relay.stop();
  await adapters.close();
  redis?.disconnect();
  await database.close();
});
