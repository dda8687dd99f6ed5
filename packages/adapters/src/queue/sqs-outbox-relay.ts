import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger, RunningConsumer } from '@logai/core';

export interface OutboxRelayLoopOptions {
  /** One relay pass; returns how many jobs it sent. */
  relay: () => Promise<number>;
  logger: Logger;
  /** Pause between passes that found nothing to send. */
  intervalMs?: number;
}

/** Runs relay passes until stopped: at once while there is a backlog, every `intervalMs` otherwise. */
export function startOutboxRelayLoop(options: OutboxRelayLoopOptions): RunningConsumer {
  const controller = new AbortController();
  const { signal } = controller;
  const interval = options.intervalMs ?? 500;
  const loop = (async () => {
    let failures = 0;
    while (!signal.aborted) {
      let pause = interval;
      try {
        const sent = await options.relay();
        failures = 0;
        if (sent > 0) pause = 0;
      } catch (error) {
        failures += 1;
        pause = Math.min(30_000, interval * 2 ** failures);
        options.logger.warn({ err: error, retryInMs: pause }, 'outbox relay failed; retrying');
      }
      if (pause > 0) await sleep(pause, undefined, { signal }).catch(() => undefined);
    }
  })();
  return {
    stop: async () => {
      controller.abort();
      await loop;
    },
  };
}
