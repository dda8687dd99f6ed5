import { createPostgresQueue } from '@logai/adapters';
import type { RunningConsumer } from '@logai/core';
import type { TestDatabase } from '@logai/db/testing';
import { startWorker } from '@logai/worker';
import type { App } from '../app';

/** A worker on the app's own blob store and pub/sub (what it reads, the API wrote). */
export function startTestWorker(
  app: App,
  database: TestDatabase,
  workerId = 'test-worker',
): Promise<RunningConsumer> {
  const { logger, blobs, pubsub, limits } = app.deps;
  const queue = createPostgresQueue({ url: database.url, db: database.db, logger });
  return startWorker(
    { db: database.db, queue, consumer: queue, logger, blobs, pubsub, limits },
    { concurrency: 2, workerId },
  );
}
