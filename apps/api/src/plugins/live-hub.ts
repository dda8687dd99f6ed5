import type { Message, PubSub, Unsubscribe } from '@logai/core';
import { organizationChannel } from '@logai/core';

export type LiveListener = (message: Message) => void;

interface Feed {
  listeners: Set<LiveListener>;
  recent: Message[];
  unsubscribe: Promise<Unsubscribe>;
  idleTimer?: NodeJS.Timeout;
}

const RECENT = 500;
const KEEP_IDLE_MS = 10 * 60 * 1000;

/**
 * Fans one organisation's live events out to the browsers connected to this API process. Each
 * process subscribes to the pub/sub itself, so events reach every process; the last few hundred are
 * kept (for 10 minutes after the last browser leaves) so a reconnecting browser resumes from Last-Event-ID.
 */
export class LiveHub {
  private readonly feeds = new Map<string, Feed>();

  constructor(private readonly pubsub: PubSub) {}

  /** Starts listening; returns the recent events after `lastEventId` and a function to stop. */
  async join(
    organizationId: string,
    listener: LiveListener,
    lastEventId?: string,
  ): Promise<{ missed: Message[]; leave: () => void }> {
    let feed = this.feeds.get(organizationId);
    if (!feed) {
      const created: Feed = {
        listeners: new Set(),
        recent: [],
        unsubscribe: Promise.resolve(async () => undefined),
      };
      created.unsubscribe = this.pubsub.subscribe(organizationChannel(organizationId), (message) => {
        created.recent.push(message);
        if (created.recent.length > RECENT) created.recent.splice(0, created.recent.length - RECENT);
        for (const each of created.listeners) each(message);
      });
      this.feeds.set(organizationId, created);
      feed = created;
    }
    clearTimeout(feed.idleTimer);
    await feed.unsubscribe;
    feed.listeners.add(listener);
    const missed = lastEventId ? feed.recent.filter((message) => String(message.id) > lastEventId) : [];
    const current = feed;
    return {
      missed,
      leave: () => {
        current.listeners.delete(listener);
        if (current.listeners.size === 0) {
          current.idleTimer = setTimeout(() => void this.drop(organizationId), KEEP_IDLE_MS);
          current.idleTimer.unref();
        }
      },
    };
  }

  async close(): Promise<void> {
    for (const organizationId of [...this.feeds.keys()]) await this.drop(organizationId);
  }

  private async drop(organizationId: string): Promise<void> {
    const feed = this.feeds.get(organizationId);
    if (!feed || feed.listeners.size > 0) return;
    this.feeds.delete(organizationId);
    clearTimeout(feed.idleTimer);
    await (
      await feed.unsubscribe
    )();
  }
}
