// Composition root of the worker: real adapters from configuration.
import { setPriority } from 'node:os';
import { createAdapters, createLogger, onShutdown } from '@logai/adapters';
import { loadWorkerConfig } from '@logai/config';
import { createDatabase } from '@logai/db';
import { startWorker } from './worker';

const config = loadWorkerConfig();
const logger = createLogger({ name: 'worker', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
try {
  setPriority(config.WORKER_NICE);
} catch (error) {
  logger.warn({ err: error, nice: config.WORKER_NICE }, 'could not lower the worker priority');
}
const database = createDatabase(config.DATABASE_URL, { applicationName: 'logai-worker' });
const adapters = createAdapters(config, { db: database.db, databaseUrl: config.DATABASE_URL, logger });
const running = await startWorker(
  {
    db: database.db,
    queue: adapters.queue,
    consumer: adapters.queue,
    blobs: adapters.blobs,
    pubsub: adapters.pubsub,
    logger,
    // The worker reads what the API accepted; the limit is enforced at upload time.
    limits: { uploadMaxBytes: Number.MAX_SAFE_INTEGER },
  },
  { concurrency: config.WORKER_CONCURRENCY },
);

onShutdown(logger, async () => {
  await running.stop();
  await adapters.close();
  await database.close();
});
