// Every upload-pipeline endpoint, called with another organisation's ids, answers 404 and leaks nothing.
import type { RunningConsumer } from '@logai/core';
import { useTestDatabase } from '@logai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { bearer, signUp, type TestSession } from '../../testing/accounts';
import { buildTestApp } from '../../testing/build-test-app';
import { appLogWithIncident, multipart } from '../../testing/fixtures';
import { startTestWorker } from '../../testing/start-test-worker';
import { waitForUpload } from '../../testing/wait-for-upload';

const database = useTestDatabase();
let app: App;
let worker: RunningConsumer;
let ours: TestSession;
let theirs: TestSession;
let ourUpload = '';
let theirUpload = '';
let theirAnomaly = '';
let theirEvent = '';

async function uploadAndWait(session: TestSession): Promise<string> {
  const { body, contentType } = multipart([{ name: 'app.log', content: appLogWithIncident() }]);
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: { ...bearer(session.accessToken), 'content-type': contentType },
    payload: body,
  });
  const id = created.json().id;
  await waitForUpload(app, id, session.accessToken);
  return id;
}

beforeAll(async () => {
  app = await buildTestApp(database.current);
  worker = await startTestWorker(app, database.current);
  ours = await signUp(app, 'Ours');
  theirs = await signUp(app, 'Theirs');
  ourUpload = await uploadAndWait(ours);
  theirUpload = await uploadAndWait(theirs);
  const anomalies = await app.inject({
    method: 'GET',
    url: `/api/v1/anomalies?uploadId=${theirUpload}`,
    headers: bearer(theirs.accessToken),
  });
  theirAnomaly = anomalies.json().items[0].id;
  const events = await app.inject({
    method: 'GET',
    url: `/api/v1/uploads/${theirUpload}/events?limit=1`,
    headers: bearer(theirs.accessToken),
  });
  theirEvent = events.json().items[0].id;
});
afterAll(async () => {
  await worker.stop();
  await app.close();
});

describe('another organisation’s ids answer 404', () => {
  const cases: [string, () => { method: 'GET' | 'PATCH' | 'DELETE'; url: string; payload?: object }][] = [
    ['get their upload', () => ({ method: 'GET', url: `/api/v1/uploads/${theirUpload}` })],
    ['delete their upload', () => ({ method: 'DELETE', url: `/api/v1/uploads/${theirUpload}` })],
    ['read their summary', () => ({ method: 'GET', url: `/api/v1/uploads/${theirUpload}/summary` })],
    ['list their patterns', () => ({ method: 'GET', url: `/api/v1/uploads/${theirUpload}/patterns` })],
    ['search their events', () => ({ method: 'GET', url: `/api/v1/uploads/${theirUpload}/events` })],
    [
      'read the context of their event',
      () => ({ method: 'GET', url: `/api/v1/uploads/${theirUpload}/events/${theirEvent}/context` }),
    ],
    [
      'read the context of their event through our upload',
      () => ({ method: 'GET', url: `/api/v1/uploads/${ourUpload}/events/${theirEvent}/context` }),
    ],
    ['chart their events', () => ({ method: 'GET', url: `/api/v1/uploads/${theirUpload}/histogram` })],
    [
      'compare our upload with theirs',
      () => ({ method: 'GET', url: `/api/v1/uploads/${ourUpload}/compare/${theirUpload}` }),
    ],
    ['read their anomaly', () => ({ method: 'GET', url: `/api/v1/anomalies/${theirAnomaly}` })],
    [
      'change their anomaly',
      () => ({ method: 'PATCH', url: `/api/v1/anomalies/${theirAnomaly}`, payload: { status: 'muted' } }),
    ],
  ];

  it.each(cases)('%s', async (_name, request) => {
    const response = await app.inject({ ...request(), headers: bearer(ours.accessToken) });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Connection refused');
  });

  it('left their data untouched', async () => {
    const anomaly = await app.inject({
      method: 'GET',
      url: `/api/v1/anomalies/${theirAnomaly}`,
      headers: bearer(theirs.accessToken),
    });
    expect(anomaly.json().status).toBe('open');
    const upload = await app.inject({
      method: 'GET',
      url: `/api/v1/uploads/${theirUpload}`,
      headers: bearer(theirs.accessToken),
    });
    expect(upload.statusCode).toBe(200);
  });

  it('lists, anomaly filters and the dashboard show only our organisation', async () => {
    for (const url of [
      '/api/v1/uploads',
      '/api/v1/anomalies',
      `/api/v1/anomalies?uploadId=${theirUpload}`,
      '/api/v1/dashboard',
    ]) {
      const response = await app.inject({ method: 'GET', url, headers: bearer(ours.accessToken) });
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(theirUpload);
      expect(response.body).not.toContain(theirAnomaly);
    }
  });
});

describe('roles', () => {
  it('a viewer reads but may not upload or change an anomaly', async () => {
    const invite = await app.inject({
      method: 'POST',
      url: '/api/v1/organization/invitations',
      headers: bearer(ours.accessToken),
      payload: { email: 'viewer-uploads@example.com', role: 'viewer' },
    });
    const token = new URL(invite.json().acceptUrl).searchParams.get('token');
    const viewer = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/invitations/accept',
        payload: { token, password: 'correct horse battery staple', fullName: 'V' },
      })
    ).json();
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/v1/uploads/${ourUpload}`,
          headers: bearer(viewer.accessToken),
        })
      ).statusCode,
    ).toBe(200);
    const { body, contentType } = multipart([{ name: 'x.log', content: 'hello\n' }]);
    const upload = await app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: { ...bearer(viewer.accessToken), 'content-type': contentType },
      payload: body,
    });
    expect(upload.statusCode).toBe(403);
    const anomalies = await app.inject({
      method: 'GET',
      url: `/api/v1/anomalies?uploadId=${ourUpload}`,
      headers: bearer(viewer.accessToken),
    });
    const change = await app.inject({
      method: 'PATCH',
      url: `/api/v1/anomalies/${anomalies.json().items[0].id}`,
      headers: bearer(viewer.accessToken),
      payload: { status: 'muted' },
    });
    expect(change.statusCode).toBe(403);
    const remove = await app.inject({
      method: 'DELETE',
      url: `/api/v1/uploads/${ourUpload}`,
      headers: bearer(viewer.accessToken),
    });
    expect(remove.statusCode).toBe(403);
  });

  it('401s without credentials', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/uploads' })).statusCode).toBe(401);
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/uploads?filename=a.log', payload: 'x' })).statusCode,
    ).toBe(401);
  });
});
