import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger, PubSub } from '@logai/core';
import pg from 'pg';
import { assertChannel, createSubscriptions, encodeMessage } from './pub-sub-channels';

export interface PostgresPubSubOptions {
  url: string;
  logger: Logger;
  /** application_name of the listening connection (lets operators, and tests, find it). */
  listenerName?: string;
}

/**
 * The default pub/sub: LISTEN on one dedicated connection, NOTIFY in order on another. When the
 * listening connection drops (database restart) it reconnects with backoff and listens again;
 * messages published meanwhile are lost, which the port allows (readers resume from the database).
 */
export function createPostgresPubSub(options: PostgresPubSubOptions): PubSub {
  const logger = options.logger.child({ component: 'postgres-pub-sub' });
  // One connection, one NOTIFY at a time: two in flight on two connections commit in either order, and
  // a browser was left showing "reading, 0 B" that arrived after the same analysis' "completed".
  const pool = new pg.Pool({ connectionString: options.url, max: 1, application_name: 'logai-pubsub' });
  let published: Promise<unknown> = Promise.resolve();
  pool.on('error', () => undefined);
  const subscriptions = createSubscriptions(logger);
  let listener: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let isClosed = false;
  const closing = new AbortController();

  const listen = (client: pg.Client, channel: string) =>
    client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);

  async function connect(): Promise<pg.Client> {
    for (let failures = 0; ; failures += 1) {
      if (isClosed) throw new Error('pub/sub is closed');
      const client = new pg.Client({
        connectionString: options.url,
        application_name: options.listenerName ?? 'logai-pubsub-listener',
      });
      client.on('notification', (notification) =>
        subscriptions.deliver(notification.channel, notification.payload),
      );
      client.on('error', (error) => {
        logger.warn({ err: error }, 'pub/sub listener connection failed; reconnecting');
        drop(client);
      });
      client.on('end', () => drop(client));
      try {
        await client.connect();
        for (const channel of subscriptions.channels()) await listen(client, channel);
        if (isClosed) throw new Error('pub/sub is closed');
        listener = client;
        if (failures > 0) logger.info({ failures }, 'pub/sub listener reconnected');
        return client;
      } catch (error) {
        client.removeAllListeners('end');
        await client.end().catch(() => undefined);
        if (isClosed) throw error;
        const pause = Math.min(5_000, 100 * 2 ** failures);
        logger.warn({ err: error, retryInMs: pause }, 'pub/sub listener cannot connect; retrying');
        await sleep(pause, undefined, { signal: closing.signal }).catch(() => undefined);
      }
    }
  }

  function drop(client: pg.Client): void {
    if (listener !== client) return;
    listener = undefined;
    client.end().catch(() => undefined);
    if (!isClosed) ensureListener().catch(() => undefined);
  }

  function ensureListener(): Promise<pg.Client> {
    if (listener) return Promise.resolve(listener);
    connecting ??= connect().finally(() => {
      connecting = undefined;
    });
    return connecting;
  }

  return {
    async publish(channel, message) {
      assertChannel(channel);
      const payload = encodeMessage(channel, message);
      const notify = published
        .catch(() => undefined)
        .then(() => pool.query('SELECT pg_notify($1, $2)', [channel, payload]));
      published = notify;
      await notify;
    },

    async subscribe(channel, onMessage) {
      assertChannel(channel);
      const isFirst = subscriptions.add(channel, onMessage);
      const client = await ensureListener();
      // A reconnect that raced with this call may have listened already; LISTEN twice is harmless.
      if (isFirst) await listen(client, channel);
      return async () => {
        if (!subscriptions.remove(channel, onMessage) || !listener) return;
        await listener.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
      };
    },

    async close() {
      isClosed = true;
      closing.abort();
      const client = listener;
      listener = undefined;
      await client?.end().catch(() => undefined);
      await connecting?.catch(() => undefined);
      await pool.end();
    },
  };
}
