// Composition root of the API: real adapters from configuration.
import { createLogger, createPostgresQueue, onShutdown } from '@logai/adapters';
import { loadApiConfig } from '@logai/config';
import { createDatabase } from '@logai/db';
import { buildApp } from './app';

const config = loadApiConfig();
const logger = createLogger({ name: 'api', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
const database = createDatabase(config.DATABASE_URL, { applicationName: 'logai-api' });
const queue = createPostgresQueue({ url: config.DATABASE_URL, db: database.db, logger });
const app = await buildApp({ db: database.db, queue, logger });

await app.listen({ host: config.API_HOST, port: config.API_PORT });

onShutdown(logger, async () => {
  await app.close();
  await database.close();
});
