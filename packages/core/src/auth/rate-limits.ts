import type { AccountDeps, Context } from '../context';
import { AppError } from '../errors';
import type { RateLimit } from '../ports/rate-limiter';

/** Limits on the endpoints people try to brute-force, per client address and per account. */
export const DEFAULT_RATE_LIMITS = {
  signInPerIp: { limit: 20, windowSeconds: 60 },
  signInPerAccount: { limit: 10, windowSeconds: 15 * 60 },
  signUpPerIp: { limit: 10, windowSeconds: 60 * 60 },
  refreshPerIp: { limit: 60, windowSeconds: 60 },
  acceptInvitationPerIp: { limit: 20, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimit>;

export type RateLimits = typeof DEFAULT_RATE_LIMITS;

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('LIMIT_EXCEEDED', `too many attempts; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

/** Counts one attempt against each key; the first exhausted one refuses with its Retry-After. */
export async function enforceRateLimits(
  ctx: Context<AccountDeps>,
  checks: [key: string, limit: RateLimit][],
): Promise<void> {
  for (const [key, limit] of checks) {
    const decision = await ctx.deps.rateLimiter.hit(key, limit);
    if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
  }
}

export function clientKey(ctx: Context<AccountDeps>): string {
  return ctx.request?.ip ?? 'unknown';
}
