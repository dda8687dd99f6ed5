import type { App } from '../app';
import { bearer } from './accounts';

/** Polls an upload until it completes or fails (usable in hooks, where expect.poll is not). */
export async function waitForUpload(app: App, uploadId: string, accessToken: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/uploads/${uploadId}`,
      headers: bearer(accessToken),
    });
    const upload = response.json();
    if (upload.status === 'completed' || upload.status === 'failed') return upload;
    if (Date.now() > deadline)
      throw new Error(`upload ${uploadId} still ${upload.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
