import type { RunningConsumer } from '@logai/core';
import { useTestDatabase } from '@logai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { bearer, signUp, type TestSession } from '../../testing/accounts';
import { buildTestApp } from '../../testing/build-test-app';
import { accessLog, multipart } from '../../testing/fixtures';
import { startTestWorker } from '../../testing/start-test-worker';

const database = useTestDatabase();
let first: App;
let second: App;
let worker: RunningConsumer;
let owner: TestSession;
let secondUrl = '';

beforeAll(async () => {
  // Two API processes on one database: live events must reach browsers connected to either.
  first = await buildTestApp(database.current);
  second = await buildTestApp(database.current, { blobs: first.deps.blobs });
  secondUrl = await second.listen({ port: 0, host: '127.0.0.1' });
  worker = await startTestWorker(first, database.current);
  owner = await signUp(first);
});
afterAll(async () => {
  await worker.stop();
  await first.close();
  await second.close();
});

interface ServerSentEvent {
  id: string;
  event: string;
  data: { uploadId?: string; status?: string };
}

/** Reads server-sent events until `until` says stop (or the time is up). */
async function readEvents(
  headers: Record<string, string>,
  until: (events: ServerSentEvent[]) => boolean,
  timeoutMs = 30_000,
) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const response = await fetch(`${secondUrl}/api/v1/stream`, { headers, signal: controller.signal });
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const events: ServerSentEvent[] = [];
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    while (reader && !until(events)) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) =>
          block
            .split('\n')
            .find((line) => line.startsWith(`${name}: `))
            ?.slice(name.length + 2);
        const event = field('event');
        const data = field('data');
        if (event && data) events.push({ id: field('id') ?? '', event, data: JSON.parse(data) });
      }
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}

describe('GET /api/v1/stream', () => {
  it('401s without credentials', async () => {
    const response = await fetch(`${secondUrl}/api/v1/stream`);
    expect(response.status).toBe(401);
  });

  it('delivers progress and completion of an upload made through another API process, then resumes from Last-Event-ID', async () => {
    const listening = readEvents(bearer(owner.accessToken), (events) =>
      events.some((event) => event.event === 'upload.updated' && event.data.status === 'completed'),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { body, contentType } = multipart([{ name: 'access.log', content: accessLog() }]);
    const created = await first.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: { ...bearer(owner.accessToken), 'content-type': contentType },
      payload: body,
    });
    const uploadId = created.json().id;
    const events = await listening;
    const mine = events.filter((event) => event.data.uploadId === uploadId);
    // In order: the API's "queued" (sent before a worker can start), the worker's reports, "completed".
    const statuses = mine
      .filter((event) => event.event === 'upload.updated')
      .map((event) => event.data.status);
    expect(statuses[0]).toBe('queued');
    expect(statuses.slice(1, -1)).toContain('processing');
    expect(statuses.slice(1, -1).every((status) => status === 'processing')).toBe(true);
    expect(statuses.at(-1)).toBe('completed');

    // A browser that lost its connection after the first event gets the rest on reconnect.
    const [firstEvent] = mine;
    const resumed = await readEvents(
      { ...bearer(owner.accessToken), 'last-event-id': firstEvent?.id ?? '' },
      (received) => received.some((event) => event.data.status === 'completed'),
      10_000,
    );
    expect(resumed.length).toBeGreaterThan(0);
    expect(resumed.every((event) => event.id > (firstEvent?.id ?? ''))).toBe(true);
  });

  it("never shows another organisation's events", async () => {
    const stranger = await signUp(first, 'Strangers');
    const listening = readEvents(bearer(stranger.accessToken), () => false, 6_000);
    const { body, contentType } = multipart([{ name: 'private.log', content: accessLog() }]);
    await first.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: { ...bearer(owner.accessToken), 'content-type': contentType },
      payload: body,
    });
    expect(await listening).toEqual([]);
  });
});
