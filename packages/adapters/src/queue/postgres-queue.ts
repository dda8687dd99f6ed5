import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import type {
  EnqueueOptions,
  JobConsumer,
  JobContext,
  JobHandlers,
  JobName,
  JobPayload,
  JobQueue,
  Logger,
} from '@logai/core';
import { JOBS } from '@logai/core';
import type { Database } from '@logai/db';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import {
  Logger as GraphileLogger,
  run,
  runMigrations,
  type Task,
  type TaskList,
  type WorkerEvents,
} from 'graphile-worker';
import { LEASES_DDL, startWorkerLeases } from './postgres-worker-leases';

export interface PostgresQueueOptions {
  url: string;
  db: Database;
  logger: Logger;
  /** How soon the jobs of a worker that died mid-job are retried (default 30 s). */
  leaseSeconds?: number;
}

/**
 * The default queue: graphile-worker on our own PostgreSQL. Enqueueing is one SQL call, so it joins the
 * caller's transaction; failed jobs are retried with exponential backoff up to their max attempts.
 */
export function createPostgresQueue(options: PostgresQueueOptions): JobQueue & JobConsumer {
  return {
    async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, opts: EnqueueOptions = {}) {
      const executor = opts.tx ?? options.db;
      await executor.execute(sql`select public.logai_enqueue(
        ${name}::text,
        ${JSON.stringify(payload)}::json,
        ${opts.runAt?.toISOString() ?? null}::timestamptz,
        ${opts.maxAttempts ?? 10}::int,
        ${opts.jobKey ?? null}::text
      )`);
    },

    async start(handlers: JobHandlers, { concurrency }) {
      const workerLogger = options.logger.child({ component: 'queue' });
      const controller = new AbortController();
      const taskList: TaskList = {};
      // Jobs running in this process, and those that ended in the last 3 s (graphile-worker marks a
      // job done or failed just after its task returns): the leases leave their locks alone.
      const running = new Map<string, number>();
      const leases = startWorkerLeases({
        url: options.url,
        logger: workerLogger,
        leaseSeconds: options.leaseSeconds ?? 30,
        running: () => {
          for (const [id, ended] of running) if (ended > 0 && Date.now() - ended > 3000) running.delete(id);
          return [...running.keys()];
        },
      });
      const events: WorkerEvents = new EventEmitter();
      events.on('pool:create', ({ workerPool }) => leases.add(workerPool.id));
      // Our own pool, so a connection dropped by a database restart is an event we handle, not a crash.
      const pgPool = new pg.Pool({
        connectionString: options.url,
        max: concurrency + 2,
        application_name: 'logai-worker',
      });
      pgPool.on('error', (error) => workerLogger.warn({ err: error }, 'queue connection lost'));
      pgPool.on('connect', (client) =>
        client.on('error', (error) => workerLogger.warn({ err: error }, 'queue connection lost')),
      );
      for (const name of Object.keys(JOBS) as JobName[]) {
        taskList[name] = toTask(name, handlers, workerLogger, controller.signal, {
          pool: pgPool,
          running,
        });
      }
      const runner = await run({
        pgPool,
        events,
        concurrency,
        taskList,
        noHandleSignals: true,
        pollInterval: 1000,
        logger: new GraphileLogger(() => (level, message, meta) => {
          const log = level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
          workerLogger[log]({ ...meta, workerHost: hostname() }, message);
        }),
      });
      return {
        stop: async () => {
          controller.abort();
          await runner.stop();
          await leases.stop();
          await pgPool.end();
        },
      };
    },
  };
}

function toTask(
  name: JobName,
  handlers: JobHandlers,
  logger: Logger,
  signal: AbortSignal,
  tracking: { pool: pg.Pool; running: Map<string, number> },
): Task {
  return async (rawPayload, helpers) => {
    tracking.running.set(helpers.job.id, 0);
    try {
      return await runTask(name, handlers, logger, signal, tracking.pool, rawPayload, helpers);
    } finally {
      tracking.running.set(helpers.job.id, Date.now());
    }
  };
}

async function runTask(
  name: JobName,
  handlers: JobHandlers,
  logger: Logger,
  signal: AbortSignal,
  pool: pg.Pool,
  ...[rawPayload, helpers]: Parameters<Task>
): Promise<void> {
  const job: JobContext = {
    jobId: helpers.job.id,
    attempt: helpers.job.attempts,
    maxAttempts: helpers.job.max_attempts,
    signal,
  };
  const log = logger.child({ job: name, jobId: job.jobId, attempt: job.attempt });
  const parsed = JOBS[name].safeParse(rawPayload);
  if (!parsed.success) {
    // A payload that does not match its schema will never succeed: fail it for good, loudly.
    log.error({ issues: parsed.error.issues }, 'job payload is invalid; dropping the job');
    return;
  }
  const started = Date.now();
  log.debug('job started');
  try {
    await dispatch(name, handlers, parsed.data, job);
    log.info({ ms: Date.now() - started }, 'job done');
  } catch (error) {
    log.warn({ err: error, ms: Date.now() - started }, 'job failed; it will be retried with backoff');
    // graphile-worker records the failure right after this throw and gives up when the database is
    // away (a restart): wait for it first, so the job is retried rather than left locked.
    await waitForDatabase(pool, log, signal);
    throw error;
  }
}

/** Returns once the database answers (or after two minutes, or on shutdown). */
async function waitForDatabase(pool: pg.Pool, log: Logger, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (let delay = 250; Date.now() < deadline && !signal.aborted; delay = Math.min(delay * 2, 5000)) {
    try {
      await pool.query('select 1');
      return;
    } catch {
      log.warn({ retryInMs: delay }, 'database unreachable; waiting before recording the job failure');
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

function dispatch<N extends JobName>(
  name: N,
  handlers: JobHandlers,
  payload: JobPayload<N>,
  job: JobContext,
) {
  const handler: (payload: JobPayload<N>, job: JobContext) => Promise<void> = handlers[name];
  return handler(payload, job);
}

/** Changes whenever migrateQueue installs something new (test templates are rebuilt on a change). */
export const QUEUE_SCHEMA_VERSION = 'graphile-worker-0.17.3+logai-enqueue-1+leases-1';

/**
 * Installs or upgrades the queue's own tables (schema graphile_worker, which keeps them behind
 * row-level security), and `logai_enqueue`: a SECURITY DEFINER door into it, so tenant verbs running
 * under the restricted role logai_tenant can still add their jobs inside their own transaction.
 */
export async function migrateQueue(url: string): Promise<void> {
  await runMigrations({ connectionString: url, logger: new GraphileLogger(() => () => undefined) });
  const client = new pg.Client({ connectionString: url, application_name: 'logai-migrate' });
  await client.connect();
  try {
    await client.query(LEASES_DDL);
    await client.query(`
      create or replace function public.logai_enqueue(
        identifier text, payload json, run_at timestamptz, max_attempts int, job_key text
      ) returns void language sql security definer set search_path = pg_catalog, public as $$
        select null from graphile_worker.add_job(
          identifier, payload, run_at => run_at, max_attempts => max_attempts, job_key => job_key)
      $$;
      revoke all on function public.logai_enqueue(text, json, timestamptz, int, text) from public`);
    const role = await client.query(`select 1 from pg_roles where rolname = 'logai_tenant'`);
    if (role.rowCount) {
      await client.query(
        `grant execute on function public.logai_enqueue(text, json, timestamptz, int, text) to logai_tenant`,
      );
    }
  } finally {
    await client.end();
  }
}
