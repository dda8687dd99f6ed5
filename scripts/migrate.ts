// `npm run db:migrate`: applies pending migrations (ours and the job queue's) to DATABASE_URL.
import { migrateQueue } from '@logai/adapters';
import { ConfigError, loadApiConfig } from '@logai/config';
import { createDatabase, getMigrationStatus, runMigrations } from '@logai/db';

try {
  const { DATABASE_URL } = loadApiConfig();
  await runMigrations(DATABASE_URL);
  await migrateQueue(DATABASE_URL);
  const handle = createDatabase(DATABASE_URL, { maxConnections: 1 });
  const status = await getMigrationStatus(handle.db);
  await handle.close();
  process.stdout.write(
    `migrations applied: ${status.applied} of ${status.expected}; job queue schema current\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
