import type { RateDecision, RateLimit, RateLimiter } from '@logai/core';
import type { Redis } from 'ioredis';

// INCR and the window's expiry in one atomic step; returns the count and the milliseconds left.
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
return { count, ttl }`;

/** Fixed-window counters in Redis, shared by every API process. */
export function createRedisRateLimiter(redis: Redis, prefix = 'logai:rate:'): RateLimiter {
  return {
    async hit(key: string, limit: RateLimit): Promise<RateDecision> {
      const result = await redis.eval(HIT, 1, `${prefix}${key}`, String(limit.windowSeconds * 1000));
      const [count, ttl] = Array.isArray(result) ? result.map(Number) : [Number.NaN, 0];
      if (count === undefined || Number.isNaN(count)) throw new Error('unexpected answer from Redis');
      const allowed = count <= limit.limit;
      return {
        allowed,
        remaining: Math.max(0, limit.limit - count),
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((ttl ?? 0) / 1000)),
      };
    },
  };
}
