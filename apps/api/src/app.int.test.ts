import type { RunningConsumer } from '@logai/core';
import { useTestDatabase } from '@logai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from './app';
import { bearer, signUp, type TestSession } from './testing/accounts';
import { buildTestApp } from './testing/build-test-app';
import { startTestWorker } from './testing/start-test-worker';

const database = useTestDatabase();
let app: App;
let session: TestSession;

beforeAll(async () => {
  app = await buildTestApp(database.current);
  session = await signUp(app);
});
afterAll(async () => app.close());

describe('health', () => {
  it('answers /healthz while the process is up', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz once the database is reachable and migrated', async () => {
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe('ready');
    expect(body.checks.migrations.applied).toBe(body.checks.migrations.expected);
  });
});

describe('OpenAPI', () => {
  it('documents the routes with their schemas', async () => {
    const response = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/healthz', '/readyz', '/api/v1/system/pings', '/api/v1/system/pings/{id}']),
    );
    expect(document.components.schemas).toHaveProperty('Ping');
  });

  it('serves the interactive documentation at /docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('errors', () => {
  it('answers an unknown route with a NOT_FOUND body carrying the request id', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/nope',
      headers: { 'x-request-id': 'trace-42' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND', requestId: 'trace-42' });
    expect(response.headers['x-request-id']).toBe('trace-42');
  });

  it('names the field of a bad body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/system/pings',
      payload: { message: 42 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION' });
    expect(response.json().message).toMatch(/message/);
  });

  it('rejects malformed JSON with a clear message', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/system/pings',
      headers: { 'content-type': 'application/json', ...bearer(session.accessToken) },
      payload: '{"message": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION');
  });

  it('answers an unknown ping with 404 and a malformed id with 400', async () => {
    const unknown = await app.inject({
      method: 'GET',
      url: `/api/v1/system/pings/${crypto.randomUUID()}`,
      headers: bearer(session.accessToken),
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await app.inject({
      method: 'GET',
      url: '/api/v1/system/pings/abc',
      headers: bearer(session.accessToken),
    });
    expect(malformed.statusCode).toBe(400);
  });
});

describe('queue: API → queue → worker', () => {
  let worker: RunningConsumer;
  beforeAll(async () => {
    worker = await startTestWorker(app, database.current);
  });
  afterAll(async () => worker.stop());

  it('is for signed-in callers only', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/system/pings',
      payload: { message: 'x' },
    });
    expect(response.statusCode).toBe(401);
  });

  it('delivers a ping to a worker, which answers it', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/system/pings',
      headers: bearer(session.accessToken),
      payload: { message: 'hi' },
    });
    expect(created.statusCode).toBe(202);
    const { id } = created.json();
    await expect
      .poll(
        async () =>
          (
            await app.inject({
              method: 'GET',
              url: `/api/v1/system/pings/${id}`,
              headers: bearer(session.accessToken),
            })
          ).json().status,
        { timeout: 15_000, interval: 100 },
      )
      .toBe('processed');
    const ping = (
      await app.inject({
        method: 'GET',
        url: `/api/v1/system/pings/${id}`,
        headers: bearer(session.accessToken),
      })
    ).json();
    expect(ping).toMatchObject({ message: 'hi', processedBy: 'test-worker', attempts: 1 });
  });
});
