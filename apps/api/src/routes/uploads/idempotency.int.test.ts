// A retried or duplicated analyze-upload job replaces its own earlier output: same rows, never twice.
import { analyzeUpload } from '@logai/core';
import { useTestDatabase } from '@logai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { bearer, signUp, type TestSession } from '../../testing/accounts';
import { buildTestApp } from '../../testing/build-test-app';
import { appLogWithIncident, multipart } from '../../testing/fixtures';

const database = useTestDatabase();
let app: App;
let owner: TestSession;

beforeAll(async () => {
  app = await buildTestApp(database.current);
  owner = await signUp(app);
});
afterAll(async () => app.close());

/** Everything the analysis stored for an upload, in a stable order, ids left out. */
async function snapshot(uploadId: string) {
  const query = async (sql: string) => (await database.current.pool.query(sql, [uploadId])).rows;
  return {
    events: await query(
      `select e.file, e.line, e.line_count, e.ts, e.level, e.message, pc.fingerprint
       from log_events e left join pattern_clusters pc on pc.upload_id = e.upload_id and pc.cluster_id = e.cluster_id
       where e.upload_id = $1 order by e.file, e.line`,
    ),
    patterns: await query(
      `select fingerprint, template, count, level from patterns where upload_id = $1 order by fingerprint`,
    ),
    anomalies: await query(
      `select type, severity, pattern_id, window_start, window_end, description from anomalies where upload_id = $1 order by type, window_start, pattern_id`,
    ),
    summary: await query(`select title, content, severity from summaries where upload_id = $1`),
  };
}

describe('analyze-upload', () => {
  it('gives identical rows when the same upload is processed twice, and never duplicates them', async () => {
    const { body, contentType } = multipart([{ name: 'app.log', content: appLogWithIncident() }]);
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: { ...bearer(owner.accessToken), 'content-type': contentType },
      payload: body,
    });
    const uploadId = created.json().id;
    const input = { uploadId, organizationId: owner.organization.id };
    const job = { attempt: 1, maxAttempts: 5 };

    expect(await analyzeUpload({ ctx: { deps: app.deps }, input, job })).toBe('completed');
    const once = await snapshot(uploadId);
    expect(once.events.length).toBeGreaterThan(1000);

    // A duplicate job (e.g. redelivered after a crash that happened after commit) changes nothing.
    expect(await analyzeUpload({ ctx: { deps: app.deps }, input, job })).toBe('skipped');
    // A retry after a crash before completion starts over and replaces the partial output.
    await database.current.pool.query(`update uploads set status = 'processing' where id = $1`, [uploadId]);
    expect(await analyzeUpload({ ctx: { deps: app.deps }, input, job })).toBe('completed');
    const twice = await snapshot(uploadId);
    expect(twice).toEqual(once);
  });
});
