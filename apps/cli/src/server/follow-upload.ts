import { Upload, type UploadProgress, type UploadStatus } from '@logai/contracts';
import type { ApiClient } from './api-client';
import { sleep, watchStream } from './watch-stream';

export const isSettled = (status: UploadStatus): boolean => status === 'completed' || status === 'failed';

export interface FollowOptions {
  onProgress(status: UploadStatus, progress: UploadProgress | null): void;
  /** Polling interval without a live stream. */
  pollMs?: number;
}

/** While the stream is open it carries progress; a slow poll still guards against a lost message. */
const POLL_WHILE_LIVE_MS = 5000;

/**
 * Waits until an upload is completed or failed. GET /api/v1/uploads/:id is the source of truth; the
 * live stream shows progress as it happens and wakes the poll as soon as the upload settles.
 */
export async function followUpload(
  client: ApiClient,
  uploadId: string,
  options: FollowOptions,
): Promise<Upload> {
  const pollMs = options.pollMs ?? 1000;
  let wake = new AbortController();
  let hasSettled = false;
  const watch = watchStream(client, (update) => {
    if (update.uploadId !== uploadId) return;
    options.onProgress(update.status, update.progress);
    if (isSettled(update.status)) {
      hasSettled = true;
      wake.abort();
    }
  });
  try {
    for (;;) {
      const upload = await client.getJson(`/api/v1/uploads/${uploadId}`, Upload);
      if (isSettled(upload.status)) return upload;
      options.onProgress(upload.status, upload.progress);
      wake = new AbortController();
      if (!hasSettled) await sleep(watch.isConnected() ? POLL_WHILE_LIVE_MS : pollMs, wake.signal);
    }
  } finally {
    await watch.stop();
  }
}
