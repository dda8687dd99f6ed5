// Gives the integration tests a PostgreSQL server and a migrated template database to clone.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrateQueue, QUEUE_SCHEMA_VERSION } from '@logai/adapters';
import { loadTestConfig } from '@logai/config';
import { startEmbeddedPostgres, type EmbeddedServer } from '@logai/db';
import { ensureTemplateDatabase } from '@logai/db/testing';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const { TEST_DATABASE_URL } = loadTestConfig();
  let server: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  let serverUrl = TEST_DATABASE_URL;
  if (!serverUrl) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'logai-test-pg-'));
    // As root, PostgreSQL runs as the `postgres` user, who must be able to enter the directory.
    await chmod(dataDir, 0o755);
    server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: await freePort() });
    serverUrl = server.adminUrl;
  }
  const template = await ensureTemplateDatabase(serverUrl, {
    prepare: migrateQueue,
    version: QUEUE_SCHEMA_VERSION,
  });
  project.provide('databaseServerUrl', serverUrl);
  project.provide('templateDatabase', template);
  return async () => {
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
