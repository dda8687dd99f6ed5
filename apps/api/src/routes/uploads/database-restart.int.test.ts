// A database restart while an upload is being analysed leads to a retry that completes, not a stuck upload.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrateQueue } from '@logai/adapters';
import type { RunningConsumer } from '@logai/core';
import { createDatabase, runMigrations, startEmbeddedPostgres, type EmbeddedServer } from '@logai/db';
import type { TestDatabase } from '@logai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../../../test/support/free-port';
import type { App } from '../../app';
import { bearer, signUp, type TestSession } from '../../testing/accounts';
import { buildTestApp } from '../../testing/build-test-app';
import { appLogWithIncident } from '../../testing/fixtures';
import { startTestWorker } from '../../testing/start-test-worker';
import { waitForUpload } from '../../testing/wait-for-upload';

let dataDir = '';
let port = 0;
let server: EmbeddedServer;
let database: TestDatabase;
let app: App;
let worker: RunningConsumer;
let owner: TestSession;

beforeAll(async () => {
  // A server of its own: restarting the shared one would disturb every other test file.
  dataDir = await mkdtemp(path.join(tmpdir(), 'logai-restart-'));
  await chmod(dataDir, 0o755);
  port = await freePort();
  server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port });
  await runMigrations(server.url);
  await migrateQueue(server.url);
  const handle = createDatabase(server.url, { maxConnections: 5 });
  database = { ...handle, url: server.url, name: 'logai', drop: () => handle.close() };
  app = await buildTestApp(database);
  worker = await startTestWorker(app, database);
  owner = await signUp(app);
}, 180_000);

afterAll(async () => {
  await worker?.stop();
  await app?.close();
  await database?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('a database restart during processing', () => {
  it('is retried and the upload completes', async () => {
    let content = '';
    while (content.length < 12 * 1024 * 1024) content += appLogWithIncident();
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/uploads?filename=big.log',
      headers: { ...bearer(owner.accessToken), 'content-type': 'application/octet-stream' },
      payload: content,
    });
    expect(created.statusCode).toBe(202);
    const uploadId = created.json().id;
    await expect
      .poll(
        async () =>
          (await database.pool.query('select status from uploads where id = $1', [uploadId])).rows[0]?.status,
        {
          timeout: 60_000,
          interval: 50,
        },
      )
      .toBe('processing');

    await server.stop();
    server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port });

    const done = await waitForUpload(app, uploadId, owner.accessToken, 150_000);
    expect(done.status).toBe('completed');
    const events = await database.pool.query(
      'select count(*)::int as n from log_events where upload_id = $1',
      [uploadId],
    );
    expect(events.rows[0].n).toBe(done.eventCount);
  }, 240_000);
});
