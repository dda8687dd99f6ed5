import type { Logger, PubSub } from '@logai/core';
import { Redis } from 'ioredis';
import { assertChannel, createSubscriptions, encodeMessage } from './pub-sub-channels';

export interface RedisPubSubOptions {
  /** redis:// or rediss:// URL. */
  url: string;
  logger: Logger;
}

/**
 * Pub/sub at scale (ElastiCache): a subscriber connection, which Redis reserves for SUBSCRIBE, and a
 * publisher connection. ioredis reconnects and re-subscribes by itself after a connection loss.
 */
export function createRedisPubSub(options: RedisPubSubOptions): PubSub {
  const logger = options.logger.child({ component: 'redis-pub-sub' });
  const subscriber = new Redis(options.url, { connectionName: 'logai-pubsub-subscriber' });
  const publisher = new Redis(options.url, { connectionName: 'logai-pubsub-publisher' });
  for (const connection of [subscriber, publisher]) {
    connection.on('error', (error: unknown) => logger.warn({ err: error }, 'Redis pub/sub connection error'));
  }
  const subscriptions = createSubscriptions(logger);
  subscriber.on('message', (channel: string, payload: string) => subscriptions.deliver(channel, payload));

  return {
    async publish(channel, message) {
      assertChannel(channel);
      await publisher.publish(channel, encodeMessage(channel, message));
    },

    async subscribe(channel, onMessage) {
      assertChannel(channel);
      if (subscriptions.add(channel, onMessage)) await subscriber.subscribe(channel);
      return async () => {
        if (subscriptions.remove(channel, onMessage)) await subscriber.unsubscribe(channel);
      };
    },

    async close() {
      await Promise.all([subscriber.quit(), publisher.quit()]);
    },
  };
}
