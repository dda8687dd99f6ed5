// Composition root of the worker: real adapters from configuration.
import { createLogger, createPostgresQueue, onShutdown } from '@logai/adapters';
import { loadWorkerConfig } from '@logai/config';
import { createDatabase } from '@logai/db';
import { startWorker } from './worker';

const config = loadWorkerConfig();
const logger = createLogger({ name: 'worker', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
const database = createDatabase(config.DATABASE_URL, { applicationName: 'logai-worker' });
const queue = createPostgresQueue({ url: config.DATABASE_URL, db: database.db, logger });
const running = await startWorker(
  { db: database.db, queue, consumer: queue, logger },
  { concurrency: config.WORKER_CONCURRENCY },
);

onShutdown(logger, async () => {
  await running.stop();
  await database.close();
});
