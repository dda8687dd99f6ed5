import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createFilesystemBlobStore, createLogger } from '@logai/adapters';
import { dropUploadEvents, reapOrphanBlobs, reapOrphanEvents, type Deps } from '@logai/core';
import { organizations, uploads, withDedicatedTransaction } from '@logai/db';
import { useTestDatabase } from '@logai/db/testing';
import { afterAll, describe, expect, it } from 'vitest';

const database = useTestDatabase();
const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

/** A port this test never reaches; touching it fails loudly. */
function unused<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get: () => {
      throw new Error(`${name} is not used by this test`);
    },
  });
}

async function age(file: string, hours: number): Promise<void> {
  const when = new Date(Date.now() - hours * 3600_000);
  await utimes(file, when, when);
}

describe('reapOrphanBlobs', () => {
  it('deletes old blobs no upload owns and old partial writes, and keeps everything else', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'logai-reap-'));
    roots.push(root);
    const blobs = createFilesystemBlobStore({ root });
    const { db } = database.current;
    const [org] = await db
      .insert(organizations)
      .values({ name: 'Reaped', slug: `reaped-${crypto.randomUUID()}` })
      .returning();
    const orgId = org?.id ?? '';
    const [kept] = await db
      .insert(uploads)
      .values({ organizationId: orgId, filename: 'app.log', s3Key: 'x', fileSize: 3, status: 'completed' })
      .returning();
    const keptId = kept?.id ?? '';
    const gone = crypto.randomUUID(); // an upload whose row never came (API killed) or was deleted
    const fresh = crypto.randomUUID(); // an upload still streaming its other files
    for (const key of [
      `${orgId}/${keptId}/0`,
      `${orgId}/${gone}/0`,
      `${orgId}/${gone}/1`,
      `${orgId}/${fresh}/0`,
    ])
      await blobs.put(key, Readable.from(['abc']));
    await blobs.put('not-an-upload/readme', Readable.from(['abc']));
    const partial = path.join(root, orgId, fresh, '.1.partial.tmp');
    await writeFile(partial, 'half');
    for (const key of [
      `${orgId}/${keptId}/0`,
      `${orgId}/${gone}/0`,
      `${orgId}/${gone}/1`,
      'not-an-upload/readme',
    ])
      await age(path.join(root, ...key.split('/')), 48);
    await age(partial, 48);

    const deps: Deps = {
      db,
      blobs,
      logger: createLogger({ name: 'test', level: 'silent', pretty: false }),
      queue: unused('queue'),
      pubsub: unused('pubsub'),
      limits: { uploadMaxBytes: 1024 },
    };
    const result = await reapOrphanBlobs({ ctx: { deps }, olderThan: new Date(Date.now() - 24 * 3600_000) });

    expect(result).toEqual({ orphans: 2, partial: 1 });
    const left = [];
    for await (const blob of blobs.list()) left.push(blob.key);
    expect(left.sort()).toEqual(
      [`${orgId}/${fresh}/0`, `${orgId}/${keptId}/0`, 'not-an-upload/readme'].sort(),
    );
    expect(await readdir(path.join(root, orgId, fresh))).toEqual(['0']);
  });
});

describe('reapOrphanEvents', () => {
  it('drops the event partition of an upload that is gone, and keeps the others', async () => {
    const { db, pool } = database.current;
    const [org] = await db
      .insert(organizations)
      .values({ name: 'Events', slug: `events-${crypto.randomUUID()}` })
      .returning();
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const [row] = await db
        .insert(uploads)
        .values({ organizationId: org?.id ?? '', filename: `u${i}.log`, status: 'completed' })
        .returning();
      const uploadId = row?.id ?? '';
      ids.push(uploadId);
      await withDedicatedTransaction(db, async (tx) => {
        const table = `log_events_${uploadId.replaceAll('-', '')}_t`;
        await tx.query('select logai_create_event_table($1, $2)', [table, uploadId]);
        await tx.query(
          `insert into ${table} (organization_id, upload_id, file, line, raw) values ($1, $2, 'a.log', 1, 'x')`,
          [org?.id, uploadId],
        );
        await tx.query('select logai_index_event_table($1)', [table]);
        await tx.query('select logai_attach_event_partition($1, $2)', [table, uploadId]);
      });
    }
    const count = async (uploadId: string) =>
      (await pool.query('select count(*)::int as n from log_events where upload_id = $1', [uploadId])).rows[0]
        .n;
    expect([await count(ids[0] ?? ''), await count(ids[1] ?? '')]).toEqual([1, 1]);
    await pool.query('delete from uploads where id = $1', [ids[0]]);
    const deps: Deps = {
      db,
      blobs: unused('blobs'),
      logger: createLogger({ name: 'test', level: 'silent', pretty: false }),
      queue: unused('queue'),
      pubsub: unused('pubsub'),
      limits: { uploadMaxBytes: 1024 },
    };
    expect(await reapOrphanEvents({ ctx: { deps } })).toBe(1);
    expect([await count(ids[0] ?? ''), await count(ids[1] ?? '')]).toEqual([0, 1]);
    expect(await dropUploadEvents({ deps }, ids[1] ?? '')).toBe(true);
    expect(await count(ids[1] ?? '')).toBe(0);
  });
});
