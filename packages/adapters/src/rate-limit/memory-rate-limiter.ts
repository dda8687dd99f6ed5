import type { RateDecision, RateLimit, RateLimiter } from '@logai/core';

/** Fixed-window counters in this process's memory: right for one API process (the embedded default). */
export function createMemoryRateLimiter(now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = 0;
  return {
    async hit(key: string, limit: RateLimit): Promise<RateDecision> {
      const time = now();
      if (time >= nextSweep) {
        // Forget expired windows now and then, so memory stays bounded by recent callers.
        for (const [stored, window] of windows) if (window.resetAt <= time) windows.delete(stored);
        nextSweep = time + 60_000;
      }
      let window = windows.get(key);
      if (!window || window.resetAt <= time) {
        window = { count: 0, resetAt: time + limit.windowSeconds * 1000 };
        windows.set(key, window);
      }
      window.count += 1;
      const allowed = window.count <= limit.limit;
      return {
        allowed,
        remaining: Math.max(0, limit.limit - window.count),
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((window.resetAt - time) / 1000)),
      };
    },
  };
}
