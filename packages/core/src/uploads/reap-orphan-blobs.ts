import { uploads } from '@logai/db';
import { inArray } from 'drizzle-orm';
import type { Context } from '../context';

export interface ReapResult {
  /** Blobs deleted because no upload row owns them. */
  orphans: number;
  /** Unfinished writes removed (temporary files, multipart uploads). */
  partial: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BATCH = 500;

/**
 * Deletes what a process killed mid-upload (or mid-delete) left in the blob store: blobs whose upload
 * row does not exist, last changed before `olderThan`, and unfinished writes older than that. An
 * upload's row is written once all its files have streamed, so `olderThan` must be further back than
 * the longest upload (the worker uses a day). Keys are `org/upload/…`; other keys are left alone.
 */
export async function reapOrphanBlobs({
  ctx,
  olderThan,
}: {
  ctx: Context;
  olderThan: Date;
}): Promise<ReapResult> {
  const { blobs, db, logger } = ctx.deps;
  const partial = await blobs.reapPartial(olderThan);
  let orphans = 0;
  let pending = new Map<string, string[]>();
  const sweep = async () => {
    const ids = [...pending.keys()];
    const owned = new Set(
      (await db.select({ id: uploads.id }).from(uploads).where(inArray(uploads.id, ids))).map((r) => r.id),
    );
    for (const [uploadId, keys] of pending) {
      if (owned.has(uploadId)) continue;
      for (const key of keys) await blobs.delete(key);
      orphans += keys.length;
    }
    pending = new Map();
  };
  for await (const blob of blobs.list()) {
    const uploadId = blob.key.split('/')[1];
    if (uploadId === undefined || !UUID.test(uploadId) || blob.modifiedAt >= olderThan) continue;
    const keys = pending.get(uploadId) ?? [];
    keys.push(blob.key);
    pending.set(uploadId, keys);
    if (pending.size >= BATCH) await sweep();
  }
  if (pending.size > 0) await sweep();
  if (orphans + partial > 0) logger.info({ orphans, partial }, 'reaped blobs no upload owns');
  return { orphans, partial };
}
