import { UploadUpdate } from '@logai/contracts';
import { ApiError, type ApiClient } from './api-client';
import { parseSse } from './sse';

export interface StreamWatch {
  /** True while a stream is open; polling slows down then. */
  isConnected(): boolean;
  stop(): Promise<void>;
}

const RECONNECT_MS = 1000;

/**
 * Follows GET /api/v1/stream and hands on the upload.updated messages, reconnecting with
 * Last-Event-ID so nothing is missed in between. Gives up only on a 4xx (polling carries on then).
 */
export function watchStream(client: ApiClient, onUpdate: (update: UploadUpdate) => void): StreamWatch {
  const abort = new AbortController();
  let connected = false;
  let lastEventId: string | undefined;

  async function run(): Promise<void> {
    while (!abort.signal.aborted) {
      try {
        const headers: Record<string, string> = { accept: 'text/event-stream' };
        if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
        const response = await client.send('/api/v1/stream', { headers, signal: abort.signal });
        if (!response.body) throw new Error('no body');
        connected = true;
        for await (const message of parseSse(response.body)) {
          if (message.id !== undefined) lastEventId = message.id;
          if (message.event !== 'upload.updated') continue;
          const update = UploadUpdate.safeParse(safeJson(message.data));
          if (update.success) onUpdate(update.data);
        }
      } catch (err) {
        if (err instanceof ApiError && err.status < 500) return;
      } finally {
        connected = false;
      }
      await sleep(RECONNECT_MS, abort.signal);
    }
  }

  const running = run();
  return {
    isConnected: () => connected,
    stop: async () => {
      abort.abort();
      await running;
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
