import { randomBytes } from 'node:crypto';
import type { Message, PubSub } from '@logai/core';
import { afterEach, describe, expect, it } from 'vitest';

/** A channel name no other test (or test run against the same server) uses. */
export function uniqueChannel(name: string): string {
  return `test-${randomBytes(6).toString('hex')}:${name}`;
}

/** What every PubSub adapter must do; `create` builds one instance on the adapter's real server. */
export function describePubSubContract(adapter: string, create: () => PubSub): void {
  describe(`${adapter} pub/sub contract`, () => {
    const open: PubSub[] = [];
    const instance = () => {
      const pubsub = create();
      open.push(pubsub);
      return pubsub;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((pubsub) => pubsub.close()));
    });

    it('delivers a message published by one instance to subscribers of another', async () => {
      const [publisher, subscriber] = [instance(), instance()];
      const channel = uniqueChannel('progress');
      const received: Message[] = [];
      await subscriber.subscribe(channel, (message) => received.push(message));
      await publisher.publish(channel, { uploadId: 'u1', bytes: 42 });
      await expect.poll(() => received, { timeout: 10_000 }).toEqual([{ uploadId: 'u1', bytes: 42 }]);
    });

    it('delivers what one instance publishes in the order it was published, awaited or not', async () => {
      const [publisher, subscriber] = [instance(), instance()];
      const channel = uniqueChannel('order');
      const received: Message[] = [];
      await subscriber.subscribe(channel, (message) => received.push(message));
      // A worker reports progress without waiting: "reading, 0 B" must not arrive after "completed".
      const sent = Array.from({ length: 200 }, (_, n) => ({ n }));
      await Promise.all(sent.map((message) => publisher.publish(channel, message)));
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(sent.length);
      expect(received).toEqual(sent);
    });

    it('delivers to every subscriber of a channel and to no one else', async () => {
      const [publisher, subscriber] = [instance(), instance()];
      const [channel, other] = [uniqueChannel('a'), uniqueChannel('b')];
      const first: Message[] = [];
      const second: Message[] = [];
      const elsewhere: Message[] = [];
      await subscriber.subscribe(channel, (message) => first.push(message));
      await subscriber.subscribe(channel, (message) => second.push(message));
      await subscriber.subscribe(other, (message) => elsewhere.push(message));
      await publisher.publish(channel, { n: 1 });
      await publisher.publish(other, { n: 2 });
      await expect
        .poll(() => [first, second, elsewhere], { timeout: 10_000 })
        .toEqual([[{ n: 1 }], [{ n: 1 }], [{ n: 2 }]]);
    });

    it('stops delivering to a subscriber that unsubscribed', async () => {
      const [publisher, subscriber] = [instance(), instance()];
      const channel = uniqueChannel('unsubscribe');
      const gone: Message[] = [];
      const staying: Message[] = [];
      const unsubscribe = await subscriber.subscribe(channel, (message) => gone.push(message));
      await subscriber.subscribe(channel, (message) => staying.push(message));
      await unsubscribe();
      await publisher.publish(channel, { n: 1 });
      // The remaining subscriber receiving it proves the message was delivered, to it alone.
      await expect.poll(() => staying, { timeout: 10_000 }).toEqual([{ n: 1 }]);
      expect(gone).toEqual([]);
    });

    it('resumes delivery to a channel subscribed again after everyone left it', async () => {
      const [publisher, subscriber] = [instance(), instance()];
      const channel = uniqueChannel('again');
      const received: Message[] = [];
      const unsubscribe = await subscriber.subscribe(channel, () => undefined);
      await unsubscribe();
      await subscriber.subscribe(channel, (message) => received.push(message));
      await publisher.publish(channel, { n: 3 });
      await expect.poll(() => received, { timeout: 10_000 }).toEqual([{ n: 3 }]);
    });

    it('refuses a message too large to publish and a channel name it cannot carry', async () => {
      const pubsub = instance();
      await expect(pubsub.publish(uniqueChannel('big'), { blob: 'x'.repeat(8000) })).rejects.toMatchObject({
        code: 'LIMIT_EXCEEDED',
        message: expect.stringContaining('7900'),
      });
      await expect(pubsub.publish('bad channel"; drop table x', { n: 1 })).rejects.toMatchObject({
        code: 'VALIDATION',
      });
      await expect(pubsub.subscribe('x'.repeat(64), () => undefined)).rejects.toMatchObject({
        code: 'VALIDATION',
      });
    });
  });
}
