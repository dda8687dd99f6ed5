export * from './schema/index';
export {
  createDatabase,
  type Database,
  type DatabaseHandle,
  type Executor,
  type Schema,
  type Transaction,
} from './client';
export { getMigrationStatus, migrationsFolder, runMigrations, type MigrationStatus } from './migrations';
export { startEmbeddedPostgres, type EmbeddedServer, type EmbeddedServerOptions } from './embedded';
