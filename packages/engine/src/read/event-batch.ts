import type { LogEvent } from '../types';

/**
 * A batch of events as `readEventBatches` yields it. Beside the events (not on them: `LogEvent` is what
 * callers keep and print), for each event whose message's first line is ASCII input bytes read as they
 * are (a text or syslog header's rest of the line), those bytes and the line's span in them:
 * `bytes[k]` and `spans[2k]`, `spans[2k + 1]`; null for the others. The miner reads such a message's
 * characters from the bytes (see `MaskedKeyScanner.scanBytes`). An array of events without them (a
 * caller's own) is mined from the messages' text.
 */
export interface EventBatch extends Array<LogEvent> {
  messageBytes?: (Uint8Array | null)[];
  messageSpans?: number[];
}

/** An empty batch, with its arrays of bytes and spans. */
export function emptyBatch(): EventBatch {
  const batch: EventBatch = [];
  batch.messageBytes = [];
  batch.messageSpans = [];
  return batch;
}
