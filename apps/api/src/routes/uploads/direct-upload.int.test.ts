import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { createS3BlobStore, createS3Client } from '@logai/adapters';
import type { RunningConsumer } from '@logai/core';
import { useTestDatabase } from '@logai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motoCredentials, motoRegion, useMotoServer } from '../../../../../test/support/moto-server';
import type { App } from '../../app';
import { bearer, signUp, type TestSession } from '../../testing/accounts';
import { buildTestApp } from '../../testing/build-test-app';
import { accessLog, appLogWithIncident } from '../../testing/fixtures';
import { startTestWorker } from '../../testing/start-test-worker';
import { waitForUpload } from '../../testing/wait-for-upload';

const database = useTestDatabase();
const moto = useMotoServer();
let app: App;
let fsApp: App;
let worker: RunningConsumer;
let owner: TestSession;

beforeAll(async () => {
  const bucket = `logai-${crypto.randomUUID()}`;
  const s3 = {
    region: motoRegion,
    endpoint: moto.endpoint,
    forcePathStyle: true,
    credentials: motoCredentials,
  };
  await createS3Client(s3).send(new CreateBucketCommand({ Bucket: bucket }));
  app = await buildTestApp(database.current, { blobs: createS3BlobStore({ bucket, ...s3 }) });
  fsApp = await buildTestApp(database.current);
  worker = await startTestWorker(app, database.current);
  owner = await signUp(app);
});
afterAll(async () => {
  await worker.stop();
  await app.close();
  await fsApp.close();
});

const ticket = (server: App, filename: string, size: number, timezone?: string) =>
  server.inject({
    method: 'POST',
    url: '/api/v1/uploads/direct',
    headers: bearer(owner.accessToken),
    payload: { filename, size, contentType: 'text/plain', ...(timezone === undefined ? {} : { timezone }) },
  });

describe('direct-to-S3 uploads', () => {
  it('a presigned PUT, then complete: the file is analysed like any other', async () => {
    const content = accessLog();
    const created = await ticket(app, 'direct.log', Buffer.byteLength(content));
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ method: 'put', upload: { status: 'pending' } });
    const put = await fetch(body.url, {
      method: 'PUT',
      body: content,
      headers: { 'content-type': 'text/plain' },
    });
    expect(put.status).toBe(200);
    const completed = await app.inject({
      method: 'POST',
      url: `/api/v1/uploads/${body.upload.id}/complete`,
      headers: bearer(owner.accessToken),
      payload: {},
    });
    expect(completed.statusCode).toBe(202);
    const done = await waitForUpload(app, body.upload.id, owner.accessToken);
    expect(done.status).toBe('completed');
    expect(done.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('presigned multipart for a large file', async () => {
    let content = '';
    while (content.length < 18 * 1024 * 1024) content += appLogWithIncident();
    const data = Buffer.from(content);
    const created = (await ticket(app, 'large.log', data.length)).json();
    expect(created.method).toBe('multipart');
    const parts = [];
    for (const part of created.parts) {
      const chunk = data.subarray(
        (part.partNumber - 1) * created.partSize,
        part.partNumber * created.partSize,
      );
      const response = await fetch(part.url, { method: 'PUT', body: chunk });
      expect(response.status).toBe(200);
      parts.push({ partNumber: part.partNumber, etag: response.headers.get('etag') ?? '' });
    }
    const completed = await app.inject({
      method: 'POST',
      url: `/api/v1/uploads/${created.upload.id}/complete`,
      headers: bearer(owner.accessToken),
      payload: { parts },
    });
    expect(completed.statusCode).toBe(202);
    expect(completed.json().fileSize).toBe(data.length);
    const done = await waitForUpload(app, created.upload.id, owner.accessToken, 120_000);
    expect(done.status).toBe('completed');
  }, 180_000);

  it('refuses to complete before the file arrived, and twice', async () => {
    const created = (await ticket(app, 'never.log', 100)).json();
    const early = await app.inject({
      method: 'POST',
      url: `/api/v1/uploads/${created.upload.id}/complete`,
      headers: bearer(owner.accessToken),
      payload: {},
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toMatch(/PUT it/);
  });

  it('is refused over the size limit, and without the S3 store', async () => {
    expect((await ticket(app, 'huge.log', 10 * 1024 ** 3)).statusCode).toBe(413);
    const filesystem = await ticket(fsApp, 'a.log', 10);
    expect(filesystem.statusCode).toBe(400);
    expect(filesystem.json().message).toMatch(/BLOB_STORE=s3/);
  });

  it('keeps the time zone given for the analysis, and refuses one it does not know', async () => {
    expect((await ticket(app, 'local.log', 100, 'Asia/Kolkata')).statusCode).toBe(201);
    const unknown = await ticket(app, 'local.log', 100, 'Mars/Olympus');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toMatch(/unknown timezone "Mars\/Olympus"/);
  });
});
