import type { Database, Transaction } from '@logai/db';
import type { JobQueue } from './ports/job-queue';
import type { Logger } from './ports/logger';

/** What every core verb can use; built once by each app's composition root. */
export interface Deps {
  db: Database;
  queue: JobQueue;
  logger: Logger;
}

/** The first argument of every verb. Organisation and actor join it with the accounts work. */
export interface Context {
  deps: Deps;
  /** Run the verb inside this transaction instead of opening its own. */
  tx?: Transaction;
}
