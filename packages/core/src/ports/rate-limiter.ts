export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  remaining: number;
  /** Seconds until the window frees up (0 when allowed). */
  retryAfterSeconds: number;
}

/** Counts hits per key in fixed windows: in memory for one process, in Redis across several. */
export interface RateLimiter {
  hit(key: string, limit: RateLimit): Promise<RateDecision>;
}
