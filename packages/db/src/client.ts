import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index';

export type Schema = typeof schema;
/** Typed queries over some connection (the pool, or one dedicated connection). */
export type Queryable = NodePgDatabase<Schema>;
export type Database = Queryable & { $client: pg.Pool };
/** A transaction handed to the callback of `db.transaction`. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Anything queries can run on: the database, a transaction inside it, or a dedicated connection. */
export type Executor = Queryable | Transaction;

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /** Largest number of pooled connections. */
  maxConnections?: number;
  applicationName?: string;
}

export function createDatabase(url: string, options: CreateDatabaseOptions = {}): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    application_name: options.applicationName ?? 'logai',
    connectionTimeoutMillis: 10_000,
  });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

const sessions = new WeakMap<pg.PoolClient, Queryable>();

/**
 * `db.transaction(work)` on a pooled connection that always goes back to the pool: drizzle-orm 0.45
 * keeps the connection when BEGIN fails (as during a database restart), and once every connection has
 * leaked that way the pool hangs. A connection that errors meanwhile is discarded, never crashes the
 * process. Nested `tx.transaction` calls still use savepoints.
 */
export async function transaction<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const client = await db.$client.connect();
  let broken = false;
  const onError = () => {
    broken = true;
  };
  client.on('error', onError);
  try {
    // One drizzle instance per pooled connection (building one costs about 0.1 ms).
    let session = sessions.get(client);
    if (session === undefined) {
      session = drizzle(client, { schema });
      sessions.set(client, session);
    }
    return await session.transaction(work);
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}
