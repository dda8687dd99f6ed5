import { gzipSync } from 'node:zlib';
import type { RunningConsumer } from '@logai/core';
import { useTestDatabase } from '@logai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { bearer, signUp, type TestSession } from '../../testing/accounts';
import { buildTestApp } from '../../testing/build-test-app';
import { accessLog, appLogWithIncident, multipart } from '../../testing/fixtures';
import { startTestWorker } from '../../testing/start-test-worker';
import { makeTar } from '../../../../../packages/engine/src/read/test-helpers';

const database = useTestDatabase();
let app: App;
let worker: RunningConsumer;
let owner: TestSession;

beforeAll(async () => {
  app = await buildTestApp(database.current, { limits: { uploadMaxBytes: 2 * 1024 * 1024 } });
  worker = await startTestWorker(app, database.current);
  owner = await signUp(app);
});
afterAll(async () => {
  await worker.stop();
  await app.close();
});

async function upload(files: { name: string; content: string | Buffer }[], session = owner, query = '') {
  const { body, contentType } = multipart(files);
  return app.inject({
    method: 'POST',
    url: `/api/v1/uploads${query}`,
    headers: { ...bearer(session.accessToken), 'content-type': contentType },
    payload: body,
  });
}

async function settled(id: string, session = owner) {
  await expect
    .poll(
      async () =>
        (
          await app.inject({
            method: 'GET',
            url: `/api/v1/uploads/${id}`,
            headers: bearer(session.accessToken),
          })
        ).json().status,
      { timeout: 60_000, interval: 200 },
    )
    .toMatch(/completed|failed/);
  return (
    await app.inject({ method: 'GET', url: `/api/v1/uploads/${id}`, headers: bearer(session.accessToken) })
  ).json();
}

const get = (url: string, session = owner) =>
  app.inject({ method: 'GET', url, headers: bearer(session.accessToken) });

describe('upload → queue → worker → stored results', () => {
  let uploadId = '';
  const appLog = appLogWithIncident();

  it('takes several files in one multipart request and answers 202 with the queued upload', async () => {
    const response = await upload([
      { name: 'app.log', content: appLog },
      { name: 'access.log', content: accessLog() },
    ]);
    expect(response.statusCode).toBe(202);
    const body = response.json();
    expect(body).toMatchObject({ status: 'queued', filename: '2 files: app.log, access.log' });
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);
    uploadId = body.id;
  });

  it('analyses it: events, patterns, anomalies and a summary naming the incident', async () => {
    const done = await settled(uploadId);
    expect(done.status).toBe('completed');
    expect(done.members.map((member: { name: string }) => member.name).sort()).toEqual([
      'access.log',
      'app.log',
    ]);
    const lines = appLog.split('\n').length - 1 + 1200;
    expect(done.lineCount).toBe(lines);
    const stored = await database.current.pool.query(
      'select count(*)::int as n from log_events where upload_id = $1',
      [uploadId],
    );
    expect(stored.rows[0].n).toBe(done.eventCount);

    const summary = (await get(`/api/v1/uploads/${uploadId}/summary`)).json();
    expect(summary.content).toMatch(/Connection refused/);
    const anomalies = (await get(`/api/v1/anomalies?uploadId=${uploadId}`)).json().items;
    const burst = anomalies.find(
      (item: { description: string; evidence: { samples?: { text: string }[] } }) =>
        JSON.stringify(item).includes('Connection refused'),
    );
    expect(burst).toBeDefined();
    expect(new Date(burst.windowStart).getTime()).toBeGreaterThanOrEqual(
      new Date('2026-11-25T10:35:00Z').getTime(),
    );
    expect(new Date(burst.windowStart).getTime()).toBeLessThanOrEqual(
      new Date('2026-11-25T10:46:00Z').getTime(),
    );

    const patterns = (await get(`/api/v1/uploads/${uploadId}/patterns?level=error`)).json().items;
    expect(patterns[0].template).toMatch(/Connection refused/);
    expect(patterns[0].sparkline.reduce((a: number, b: number) => a + b, 0)).toBe(patterns[0].count);
  });

  it('searches events by text, level, pattern and time, with cursor paging and context', async () => {
    const byText = (
      await get(`/api/v1/uploads/${uploadId}/events?q=${encodeURIComponent('db-primary:5432')}&limit=50`)
    ).json();
    expect(byText.items).toHaveLength(50);
    expect(byText.items.every((event: { raw: string }) => event.raw.includes('db-primary:5432'))).toBe(true);
    const next = (
      await get(`/api/v1/uploads/${uploadId}/events?q=db-primary&limit=50&cursor=${byText.nextCursor}`)
    ).json();
    expect(next.items[0].id).not.toBe(byText.items[0].id);
    expect(new Date(next.items[0].ts).getTime()).toBeGreaterThanOrEqual(
      new Date(byText.items[49].ts).getTime(),
    );

    const pattern = byText.items[0].patternId;
    const byPattern = (
      await get(`/api/v1/uploads/${uploadId}/events?pattern=${pattern}&level=error&limit=500`)
    ).json();
    expect(byPattern.items.every((event: { patternId: string }) => event.patternId === pattern)).toBe(true);

    const window = (
      await get(
        `/api/v1/uploads/${uploadId}/events?from=2026-11-25T10:00:00Z&to=2026-11-25T10:01:00Z&limit=500`,
      )
    ).json();
    expect(window.items.length).toBeGreaterThan(10);
    expect(window.items.every((event: { ts: string }) => event.ts < '2026-11-25T10:01:00')).toBe(true);

    const context = (
      await get(`/api/v1/uploads/${uploadId}/events/${byText.items[0].id}/context?before=3&after=3`)
    ).json();
    expect(context.before).toHaveLength(3);
    expect(context.after).toHaveLength(3);
    expect(context.before[2].line).toBeLessThan(context.event.line);
  });

  it('charts the events per time bucket and level', async () => {
    const histogram = (await get(`/api/v1/uploads/${uploadId}/histogram?buckets=60`)).json();
    expect(histogram.bucketSeconds).toBe(60);
    const errors = histogram.buckets.map((bucket: { counts: { error: number } }) => bucket.counts.error);
    const peak = errors.indexOf(Math.max(...errors));
    expect(peak).toBeGreaterThanOrEqual(40);
    expect(peak).toBeLessThan(45);
  });

  it('shows on the dashboard and compares with another upload', async () => {
    const dashboard = (await get('/api/v1/dashboard')).json();
    expect(dashboard.uploads.total).toBeGreaterThanOrEqual(1);
    expect(dashboard.linesAnalysed).toBeGreaterThan(0);
    const healthy = await upload([
      { name: 'healthy.log', content: appLogWithIncident({ incidentMinute: 999 }) },
    ]);
    const healthyId = healthy.json().id;
    await settled(healthyId);
    const comparison = (await get(`/api/v1/uploads/${healthyId}/compare/${uploadId}`)).json();
    expect(comparison.newPatterns.map((p: { template: string }) => p.template).join('\n')).toMatch(
      /Connection refused/,
    );
    expect(comparison.score).toBeGreaterThan(0);
  });

  it('lets a member acknowledge an anomaly with a note', async () => {
    const [anomaly] = (await get(`/api/v1/anomalies?uploadId=${uploadId}&status=open`)).json().items;
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/v1/anomalies/${anomaly.id}`,
      headers: bearer(owner.accessToken),
      payload: { status: 'acknowledged', note: 'DB failover in progress' },
    });
    expect(response.json()).toMatchObject({ status: 'acknowledged', statusNote: 'DB failover in progress' });
  });

  it('reports an upload with the same content as a duplicate', async () => {
    const again = await upload([{ name: 'again.log', content: appLogWithIncident({ incidentMinute: 999 }) }]);
    expect(again.json().duplicateOf).not.toBeNull();
  });
});

/** Uploads the files, waits for the analysis, and answers the stored events' first and last times. */
async function storedSpan(files: { name: string; content: string | Buffer }[], file?: string, query = '') {
  const response = await upload(files, owner, query);
  expect(response.statusCode).toBe(202);
  const id = response.json().id as string;
  expect((await settled(id)).status).toBe('completed');
  const stored = await database.current.pool.query(
    'select min(ts) as first, max(ts) as last from log_events where upload_id = $1 and ($2::text is null or file = $2)',
    [id, file ?? null],
  );
  return {
    first: new Date(stored.rows[0].first).toISOString(),
    last: new Date(stored.rows[0].last).toISOString(),
  };
}

const syslog = 'Mar  6 15:13:13 web-1 sshd[2345]: Accepted publickey for deploy\n';
const appJson = '{"time":"2024-03-06T15:13:33Z","level":"info","msg":"request completed"}\n';

describe('an upload of several files', () => {
  it("reads year-less syslog times in the year the upload's other files write", async () => {
    const span = await storedSpan([
      { name: 'syslog', content: syslog },
      { name: 'app.jsonl', content: appJson },
    ]);
    expect(span).toEqual({ first: '2024-03-06T15:13:13.000Z', last: '2024-03-06T15:13:33.000Z' });
  });

  it('reads a zone-less file in the local time that fits it beside the files that write a zone', async () => {
    // An hour of access log in Berlin summer time (+0200) and PHP-FPM's zone-less local time beside it.
    const access: string[] = [];
    const fpm: string[] = [];
    const pad = (n: number) => String(n).padStart(2, '0');
    for (let minute = 0; minute <= 60; minute++) {
      const h = 12 + Math.floor(minute / 60);
      const m = pad(minute % 60);
      access.push(
        `10.0.0.1 - - [05/Jul/2024:${h}:${m}:00 +0200] "GET /api/items HTTP/1.1" 200 512 "-" "curl/8"`,
      );
      fpm.push(`[05-Jul-2024 ${h}:${m}:30] NOTICE: [pool www] child ${1000 + minute} started`);
    }
    const span = await storedSpan(
      [
        { name: 'access.log', content: access.join('\n') + '\n' },
        { name: 'php-fpm.log', content: fpm.join('\n') + '\n' },
      ],
      'php-fpm.log',
    );
    expect(span.first).toBe('2024-07-05T10:00:30.000Z');
  });

  it('reads zone-less times in the zone the uploader gives (?timezone=), and refuses a zone it does not know', async () => {
    const fpm = Array.from(
      { length: 30 },
      (_, m) => `[05-Jul-2024 12:${String(m).padStart(2, '0')}:30] NOTICE: [pool www] child started`,
    ).join('\n');
    const span = await storedSpan(
      [{ name: 'php-fpm.log', content: fpm + '\n' }],
      undefined,
      '?timezone=Europe/Berlin',
    );
    expect(span.first).toBe('2024-07-05T10:00:30.000Z');
    const refused = await upload(
      [{ name: 'php-fpm.log', content: fpm + '\n' }],
      owner,
      '?timezone=Mars/Olympus',
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toMatch(/unknown timezone "Mars\/Olympus"/);
  });

  it("reads an incident bundle's members like files: a syslog member in the year of the others", async () => {
    const tarGz = gzipSync(makeTar({ 'var/log/syslog': syslog, 'app/app.jsonl': appJson }));
    const span = await storedSpan([{ name: 'incident.tar.gz', content: tarGz }]);
    expect(span.first).toBe('2024-03-06T15:13:13.000Z');
  });
});

describe('bad input', () => {
  it('refuses a file over the size limit while streaming, leaving no row and no blob', async () => {
    const before = await database.current.pool.query('select count(*)::int as n from uploads');
    const response = await upload([{ name: 'huge.log', content: 'x'.repeat(3 * 1024 * 1024) }]);
    expect(response.statusCode).toBe(413);
    // The rest of the body is not read: the connection closes after the answer.
    expect(response.headers.connection).toBe('close');
    expect(response.json().message).toMatch(/larger than the limit of 2 MiB/);
    const after = await database.current.pool.query('select count(*)::int as n from uploads');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses an empty file at once', async () => {
    const response = await upload([{ name: 'empty.log', content: '' }]);
    expect(response.statusCode).toBe(422);
    expect(response.json().message).toMatch(/empty/);
  });

  it.each([
    [
      'a PNG image',
      'shot.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array(200).fill(0)]),
      /PNG/,
    ],
    [
      'a corrupt gzip',
      'broken.log.gz',
      gzipSync(Buffer.from(appLogWithIncident())).subarray(0, 400),
      /corrupt|truncated|damaged/i,
    ],
  ])('ends %s as failed, with the reason', async (_name, filename, content, reason) => {
    const response = await upload([{ name: filename, content }]);
    expect(response.statusCode).toBe(202);
    const done = await settled(response.json().id);
    expect(done.status).toBe('failed');
    expect(done.error).toMatch(reason);
  });

  it('takes a raw body too', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/uploads?filename=raw.log',
      headers: { ...bearer(owner.accessToken), 'content-type': 'text/plain' },
      payload: accessLog(),
    });
    expect(response.statusCode).toBe(202);
    expect((await settled(response.json().id)).status).toBe('completed');
  });
});

describe('deleting an upload', () => {
  it('removes the row, every derived row and the blobs', async () => {
    const created = (await upload([{ name: 'gone.log', content: accessLog() }])).json();
    await settled(created.id);
    const response = await app.inject({
      method: 'DELETE',
      url: `/api/v1/uploads/${created.id}`,
      headers: bearer(owner.accessToken),
    });
    expect(response.statusCode).toBe(204);
    for (const table of ['log_events', 'patterns', 'pattern_clusters', 'anomalies', 'summaries', 'uploads']) {
      const column = table === 'uploads' ? 'id' : 'upload_id';
      const left = await database.current.pool.query(
        `select count(*)::int as n from ${table} where ${column} = $1`,
        [created.id],
      );
      expect(left.rows[0].n, table).toBe(0);
    }
    expect(await app.deps.blobs.stat(`${owner.organization.id}/${created.id}/0`)).toBeNull();
    expect((await get(`/api/v1/uploads/${created.id}`)).statusCode).toBe(404);
  });
});
