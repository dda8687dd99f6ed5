import { hostname } from 'node:os';
import type { Logger } from '@logai/core';
import pg from 'pg';

export interface LeaseOptions {
  url: string;
  logger: Logger;
  /** A worker not heard from for this long is presumed dead and its jobs are released. */
  leaseSeconds: number;
  /** Ids of the jobs this process is running now (its own locks on other jobs are stale). */
  running(): string[];
}

/**
 * graphile-worker keeps a job locked for 4 hours when its worker dies mid-job (SIGKILL, lost machine).
 * Each worker process therefore renews a lease every few seconds, and releases the jobs of workers
 * whose lease has lapsed, so a killed worker's job is retried within about `leaseSeconds` — and its own
 * stale locks (jobs it finished but could not mark, e.g. during a database restart).
 */
export function startWorkerLeases(options: LeaseOptions) {
  const pool = new pg.Pool({ connectionString: options.url, max: 1, application_name: 'logai-worker-lease' });
  pool.on('error', () => undefined);
  const ids = new Set<string>();
  const every = Math.max(500, (options.leaseSeconds * 1000) / 3);
  const tick = async () => {
    for (const id of ids) {
      await pool.query(
        `insert into public.queue_worker_leases (worker_id, host, pid, last_seen) values ($1, $2, $3, now())
         on conflict (worker_id) do update set last_seen = now()`,
        [id, hostname(), process.pid],
      );
    }
    // Jobs locked (for longer than a lease) by a worker without a live lease: that worker is gone.
    const dead = await pool.query<{ locked_by: string }>(
      `select distinct j.locked_by from graphile_worker.jobs j
       where j.locked_by is not null and j.locked_at < now() - make_interval(secs => $1)
         and not exists (select 1 from public.queue_worker_leases l
                         where l.worker_id = j.locked_by and l.last_seen > now() - make_interval(secs => $1))`,
      [options.leaseSeconds],
    );
    // Our own workers' locks on jobs we no longer run: graphile-worker could not record the job's end
    // (the database was away when it tried), and would keep the job locked for 4 hours.
    const released = await pool.query(
      `update graphile_worker._private_jobs set locked_at = null, locked_by = null
       where locked_by = any($1::text[]) and not (id::text = any($2::text[]))
         and locked_at < now() - make_interval(secs => $3)`,
      [[...ids], options.running(), options.leaseSeconds],
    );
    if ((released.rowCount ?? 0) > 0) {
      options.logger.warn({ jobs: released.rowCount }, 'released jobs whose end could not be recorded');
    }
    const gone = dead.rows.map((row) => row.locked_by).filter((id) => !ids.has(id));
    if (gone.length > 0) {
      await pool.query('select graphile_worker.force_unlock_workers($1::text[])', [gone]);
      options.logger.warn(
        { workers: gone },
        'released the jobs of workers that stopped renewing their lease',
      );
    }
    await pool.query(`delete from public.queue_worker_leases where last_seen < now() - interval '1 day'`);
  };
  let running = Promise.resolve();
  const timer = setInterval(() => {
    running = tick().catch((error: unknown) =>
      options.logger.warn({ err: error }, 'worker lease renewal failed'),
    );
  }, every);
  return {
    /** The id graphile-worker locks jobs with (its worker pool's id); renewed from now on. */
    add(id: string) {
      ids.add(id);
      running = tick().catch((error: unknown) =>
        options.logger.warn({ err: error }, 'worker lease renewal failed'),
      );
    },
    async stop() {
      clearInterval(timer);
      await running;
      await pool
        .query('delete from public.queue_worker_leases where worker_id = any($1::text[])', [[...ids]])
        .catch(() => undefined);
      await pool.end();
    },
  };
}

/** The lease table, installed with the queue's schema by migrateQueue. */
export const LEASES_DDL = `
  create table if not exists public.queue_worker_leases (
    worker_id text primary key,
    host text not null,
    pid integer not null,
    last_seen timestamptz not null default now()
  )`;
