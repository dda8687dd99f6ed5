import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { useTestDatabase } from '@logai/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { createPostgresQueue } from './postgres-queue';

const database = useTestDatabase();
const logger = createLogger({ name: 'test', level: 'silent', pretty: false });
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops) await stop();
});

describe('PostgreSQL job queue', () => {
  it('enqueues inside a transaction: a rolled-back transaction leaves no job', async () => {
    const { db, url } = database.current;
    const queue = createPostgresQueue({ url, db, logger });
    const pingId = randomUUID();
    await db
      .transaction(async (tx) => {
        await queue.enqueue('ping', { pingId }, { tx });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const jobs = await database.current.pool.query(
      `select count(*)::int as n from graphile_worker._private_jobs where payload->>'pingId' = $1`,
      [pingId],
    );
    expect(jobs.rows[0].n).toBe(0);
  });

  it('retries the job of a worker killed with SIGKILL, once its lease lapses', async () => {
    const { db, url } = database.current;
    const queue = createPostgresQueue({ url, db, logger, leaseSeconds: 2 });
    const pingId = randomUUID();
    await queue.enqueue('ping', { pingId }, { maxAttempts: 5 });

    const script = path.resolve(import.meta.dirname, '../../../../test/support/postgres-worker-process.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, url, '2'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => output, { timeout: 20_000 }).toContain('started 1');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const runs: number[] = [];
    const consumer = await queue.start(
      {
        ping: async (payload, job) => {
          if (payload.pingId === pingId) runs.push(job.attempt);
        },
        'analyze-upload': async () => undefined,
      },
      { concurrency: 1 },
    );
    stops.push(() => consumer.stop());
    await expect.poll(() => runs, { timeout: 30_000, interval: 200 }).toEqual([2]);
    // Stopped here: a consumer left running would take the next test's jobs.
    await stops.pop()?.();
  });

  it('retries a job whose failure could not be recorded (its worker still alive)', async () => {
    const { db, url } = database.current;
    const queue = createPostgresQueue({ url, db, logger, leaseSeconds: 1 });
    const pingId = randomUUID();
    const runs: number[] = [];
    const consumer = await queue.start(
      {
        ping: async (payload, job) => {
          if (payload.pingId !== pingId) return;
          runs.push(job.attempt);
          if (job.attempt === 1) {
            // What graphile-worker leaves behind when the database is away as it records a failure:
            // the job still locked by this (live) worker, which no longer runs it.
            const { rows } = await database.current.pool.query<{ locked_by: string }>(
              `select locked_by from graphile_worker._private_jobs where payload->>'pingId' = $1`,
              [pingId],
            );
            setTimeout(() => {
              void database.current.pool.query(
                `update graphile_worker._private_jobs set locked_by = $2, locked_at = now() - interval '1 minute',
                   run_at = now() where payload->>'pingId' = $1`,
                [pingId, rows[0]?.locked_by],
              );
            }, 300);
            throw new Error('the database went away');
          }
        },
        'analyze-upload': async () => undefined,
      },
      { concurrency: 1 },
    );
    stops.push(() => consumer.stop());
    await queue.enqueue('ping', { pingId }, { maxAttempts: 5 });
    await expect.poll(() => runs, { timeout: 30_000, interval: 200 }).toEqual([1, 2]);
  });
});
