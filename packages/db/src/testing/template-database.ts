import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import pg from 'pg';
import { migrationsFolder, runMigrations } from '../migrations';
import { databaseUrl, withAdmin } from './test-database';

export interface TemplateOptions {
  /** Further set-up of the template after our migrations (e.g. the job queue's own schema). */
  prepare?: (url: string) => Promise<void>;
  /** Changes the template's name when what `prepare` installs changes. */
  version?: string;
}

/**
 * Makes sure a migrated template database exists on the server and returns its name. The name carries
 * a hash of the migrations, so a schema change builds a new template and unchanged runs reuse it.
 */
export async function ensureTemplateDatabase(
  serverUrl: string,
  options: TemplateOptions = {},
): Promise<string> {
  const name = `logai_template_${await migrationsHash(options.version ?? '')}`;
  await withAdmin(serverUrl, async (admin) => {
    await admin.query(`select pg_advisory_lock(hashtext('logai:test-template'))`);
    const found = await admin.query<{ ready: boolean }>(
      `select datallowconn as ready from pg_database where datname = $1 and datistemplate`,
      [name],
    );
    if (found.rowCount) return;
    // A template left half-built by an interrupted run is rebuilt.
    await admin.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
    await admin.query(`create database ${pg.escapeIdentifier(name)}`);
    const url = databaseUrl(serverUrl, name);
    await runMigrations(url);
    await options.prepare?.(url);
    await admin.query(`alter database ${pg.escapeIdentifier(name)} is_template true`);
  });
  return name;
}

async function migrationsHash(extra: string): Promise<string> {
  const hash = createHash('sha256').update(extra);
  const files = (await readdir(migrationsFolder)).filter((file) => file.endsWith('.sql')).sort();
  for (const file of files) hash.update(file).update(await readFile(`${migrationsFolder}/${file}`));
  return hash.digest('hex').slice(0, 12);
}
