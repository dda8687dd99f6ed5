import { reapOrphanBlobs, reapOrphanEvents, type Context } from '@logai/core';

const HOUR = 3600 * 1000;

/**
 * Every hour (the first time a minute after start), deletes blobs that no upload owns any more and
 * unfinished writes, older than a day (what an API process killed mid-upload leaves behind), and the
 * event partitions of deleted uploads. Several workers may do it at once; deleting twice is harmless.
 */
export function scheduleReaper(ctx: Context, every = HOUR, firstAfter = 60_000): { stop(): void } {
  const run = async () => {
    try {
      await reapOrphanBlobs({ ctx, olderThan: new Date(Date.now() - 24 * HOUR) });
      await reapOrphanEvents({ ctx });
    } catch (error) {
      ctx.deps.logger.warn({ err: error }, 'reaping orphans failed; trying again later');
    }
  };
  const first = setTimeout(() => void run(), firstAfter);
  const timer = setInterval(() => void run(), every);
  first.unref();
  timer.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
