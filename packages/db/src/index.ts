export * from './schema/index';
export {
  createDatabase,
  transaction,
  type Database,
  type DatabaseHandle,
  type Executor,
  type Queryable,
  type Schema,
  type Transaction,
} from './client';
export { getMigrationStatus, migrationsFolder, runMigrations, type MigrationStatus } from './migrations';
export { startEmbeddedPostgres, type EmbeddedServer, type EmbeddedServerOptions } from './embedded';
export { withDedicatedTransaction, type DedicatedTransaction } from './dedicated-transaction';
