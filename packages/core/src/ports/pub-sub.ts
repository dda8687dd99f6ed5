/** A JSON value that can cross the pub/sub (PostgreSQL NOTIFY payloads must stay under ~8 kB). */
export type Message = Record<string, unknown>;

export type Unsubscribe = () => Promise<void>;

/**
 * Fan-out of live events (upload progress, new anomalies) to every API process: PostgreSQL
 * LISTEN/NOTIFY by default, Redis at scale. Delivery is at-most-once, in the order one instance
 * published; readers resume from the database.
 */
export interface PubSub {
  publish(channel: string, message: Message): Promise<void>;
  subscribe(channel: string, onMessage: (message: Message) => void): Promise<Unsubscribe>;
  close(): Promise<void>;
}
