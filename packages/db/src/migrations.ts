import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { z } from 'zod';
import type { Executor } from './client';

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

const Journal = z.object({ entries: z.array(z.object({ tag: z.string(), when: z.number() })) });

/**
 * Applies every pending migration. Several processes may start at once: a session advisory lock,
 * held on one dedicated connection, lets only one of them migrate at a time.
 */
export async function runMigrations(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'logai-migrate' });
  await client.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtext('logai:migrations'))`);
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.end();
  }
}

export interface MigrationStatus {
  expected: number;
  applied: number;
  isCurrent: boolean;
}

export async function readJournal(): Promise<z.infer<typeof Journal>> {
  return Journal.parse(JSON.parse(await readFile(`${migrationsFolder}/meta/_journal.json`, 'utf8')));
}

/** Compares the migrations shipped with this build with those applied to the database. */
export async function getMigrationStatus(db: Executor): Promise<MigrationStatus> {
  const journal = await readJournal();
  const exists = await db.execute<{ name: string | null }>(
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as name`,
  );
  let applied = 0;
  if (exists.rows[0]?.name) {
    const counted = await db.execute<{ applied: number }>(
      sql`select count(*)::int as applied from drizzle.__drizzle_migrations`,
    );
    applied = counted.rows[0]?.applied ?? 0;
  }
  return { expected: journal.entries.length, applied, isCurrent: applied === journal.entries.length };
}
