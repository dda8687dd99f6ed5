import type { Writable } from 'node:stream';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database, Queryable } from './client';
import * as schema from './schema/index';

export interface DedicatedTransaction {
  /** Typed queries inside the transaction. */
  db: Queryable;
  /** A COPY … FROM STDIN stream inside the transaction; resolve `done` after ending it. */
  copyFrom(statement: string): { stream: Writable; done: Promise<void> };
  /** Raw SQL on the transaction's connection (SET LOCAL …). */
  query(statement: string, values?: unknown[]): Promise<void>;
}

/**
 * One transaction on a connection of its own, with COPY: bulk loads (millions of rows) commit or
 * vanish together with the rest of a job's output, so a retried job never sees half of it.
 */
export async function withDedicatedTransaction<T>(
  database: Database,
  work: (tx: DedicatedTransaction) => Promise<T>,
): Promise<T> {
  const pool = database.$client;
  if (!(pool instanceof pg.Pool)) throw new Error('withDedicatedTransaction needs a pooled database');
  const client = await pool.connect();
  let broken = false;
  // A connection lost mid-COPY (database restart) errors the client: fail the work, never the process.
  const onError = () => {
    broken = true;
  };
  client.on('error', onError);
  try {
    await client.query('begin');
    const tx: DedicatedTransaction = {
      db: drizzle(client, { schema }),
      copyFrom(statement) {
        const stream = client.query(copyFrom(statement));
        const done = new Promise<void>((resolve, reject) => {
          stream.once('finish', () => resolve());
          stream.once('error', reject);
        });
        return { stream, done };
      },
      async query(statement, values) {
        await client.query(statement, values);
      },
    };
    const result = await work(tx);
    await client.query('commit');
    return result;
  } catch (error) {
    // On a broken connection (or a rollback that hangs behind a dead COPY) the connection is discarded
    // instead: the server rolls the transaction back when it goes.
    if (!broken) {
      const rolledBack = client.query('rollback').then(
        () => true,
        () => false,
      );
      const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000).unref());
      if (!(await Promise.race([rolledBack, timeout]))) broken = true;
    }
    throw error;
  } finally {
    // A connection whose rollback failed is discarded rather than handed to the next caller.
    client.off('error', onError);
    client.release(broken);
  }
}
