import { AppError, type Logger, type Message } from '@logai/core';
import { z } from 'zod';

/** NOTIFY payloads must stay under 8000 bytes; the same bound applies to Redis so both behave alike. */
export const MAX_MESSAGE_BYTES = 7900;

// Also a valid PostgreSQL identifier length (63 bytes), so a channel is never silently truncated.
const CHANNEL = /^[A-Za-z0-9_.:-]{1,63}$/;

export function assertChannel(channel: string): void {
  if (!CHANNEL.test(channel)) {
    throw new AppError(
      'VALIDATION',
      `pub/sub channel ${JSON.stringify(channel)} must be 1–63 characters of letters, digits, "_", ".", ":" or "-"`,
    );
  }
}

/** Serialises a message, refusing one too large to cross every pub/sub adapter. */
export function encodeMessage(channel: string, message: Message): string {
  const text = JSON.stringify(message);
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_MESSAGE_BYTES) {
    throw new AppError(
      'LIMIT_EXCEEDED',
      `pub/sub message on ${channel} is ${bytes} bytes; at most ${MAX_MESSAGE_BYTES} can be published (send an id and let readers load the rest)`,
    );
  }
  return text;
}

const MessageSchema = z.record(z.string(), z.unknown());

/** Who listens on which channel, and delivery of a raw payload to them. */
export function createSubscriptions(logger: Logger) {
  const byChannel = new Map<string, Set<(message: Message) => void>>();
  return {
    /** Adds a handler; true when it is the channel's first (the transport must start listening). */
    add(channel: string, handler: (message: Message) => void): boolean {
      const handlers = byChannel.get(channel) ?? new Set();
      byChannel.set(channel, handlers);
      handlers.add(handler);
      return handlers.size === 1;
    },
    /** Removes a handler; true when it was the channel's last (the transport may stop listening). */
    remove(channel: string, handler: (message: Message) => void): boolean {
      const handlers = byChannel.get(channel);
      if (!handlers?.delete(handler)) return false;
      if (handlers.size > 0) return false;
      byChannel.delete(channel);
      return true;
    },
    channels: () => [...byChannel.keys()],
    has: (channel: string) => byChannel.has(channel),
    deliver(channel: string, payload: string | undefined): void {
      let message: Message;
      try {
        message = MessageSchema.parse(JSON.parse(payload ?? ''));
      } catch {
        logger.warn({ channel }, 'ignoring a pub/sub message that is not a JSON object');
        return;
      }
      for (const handler of byChannel.get(channel) ?? []) {
        try {
          handler(message);
        } catch (error) {
          logger.error({ err: error, channel }, 'a pub/sub subscriber threw');
        }
      }
    },
  };
}
