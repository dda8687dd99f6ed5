import { randomBytes } from 'node:crypto';
import type { Message } from '@logai/core';
import { useTestDatabase, withAdmin } from '@logai/db/testing';
import { describe, expect, inject, it } from 'vitest';
import { describePubSubContract, uniqueChannel } from '../../../../test/support/pub-sub-contract';
import { createLogger } from '../logger';
import { createPostgresPubSub } from './postgres-pub-sub';

const database = useTestDatabase();
const logger = createLogger({ name: 'test', level: 'silent', pretty: false });

describePubSubContract('PostgreSQL', () => createPostgresPubSub({ url: database.current.url, logger }));

describe('PostgreSQL pub/sub', () => {
  it('reconnects and keeps delivering after its listening connection is terminated', async () => {
    const listenerName = `logai-test-listener-${randomBytes(4).toString('hex')}`;
    const subscriber = createPostgresPubSub({ url: database.current.url, logger, listenerName });
    const publisher = createPostgresPubSub({ url: database.current.url, logger });
    try {
      const channel = uniqueChannel('restart');
      const received: Message[] = [];
      await subscriber.subscribe(channel, (message) => received.push(message));
      await publisher.publish(channel, { n: 'before' });
      await expect.poll(() => received, { timeout: 10_000 }).toEqual([{ n: 'before' }]);

      const terminated = await withAdmin(inject('databaseServerUrl'), (admin) =>
        admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
          listenerName,
        ]),
      );
      expect(terminated.rowCount).toBe(1);

      // Messages sent while it reconnects are lost (at-most-once), so keep publishing until one arrives.
      await expect
        .poll(
          async () => {
            await publisher.publish(channel, { n: 'after' });
            return received.some((message) => message.n === 'after');
          },
          { timeout: 20_000, interval: 200 },
        )
        .toBe(true);
    } finally {
      await Promise.all([subscriber.close(), publisher.close()]);
    }
  });
});
