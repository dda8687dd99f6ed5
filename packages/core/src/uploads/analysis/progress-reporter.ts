import type { UploadProgress } from '@logai/contracts';
import { uploads } from '@logai/db';
import { eq } from 'drizzle-orm';
import type { Deps } from '../../context';
import { publishEvent } from '../../live/publish';

/**
 * Reports an analysis' progress: live to browsers at most twice a second, and to the uploads row at
 * most once a second (from the pool, not the analysis transaction, so readers see it at once).
 */
export function createProgressReporter(
  deps: Deps,
  organizationId: string,
  uploadId: string,
  bytesTotal: number,
) {
  let lastPublish = 0;
  let lastStore = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const report = (stage: UploadProgress['stage'], bytesDone: number, events?: number, force = false) => {
    const now = Date.now();
    if (!force && now - lastPublish < 500) return;
    lastPublish = now;
    const progress: UploadProgress = {
      stage,
      bytesDone,
      bytesTotal,
      percent: bytesTotal > 0 ? Math.min(100, Math.round((bytesDone / bytesTotal) * 1000) / 10) : 0,
      ...(events === undefined ? {} : { events }),
    };
    const publish = publishEvent(deps, organizationId, {
      type: 'upload.updated',
      data: { uploadId, status: stage === 'done' ? 'completed' : 'processing', progress, error: null },
    });
    const store =
      force || now - lastStore >= 1000
        ? deps.db.update(uploads).set({ progress }).where(eq(uploads.id, uploadId))
        : Promise.resolve();
    if (force || now - lastStore >= 1000) lastStore = now;
    // Never block the analysis on reporting. Each write waits for the one before (an older progress
    // landing last would stand in the row after the analysis' own final write), so `flush` waits for all.
    pending = pending
      .then(() => Promise.all([publish, store]))
      .catch((error: unknown) => deps.logger.warn({ err: error, uploadId }, 'progress report failed'));
  };
  return { report, flush: () => pending };
}
