import { createRedisRateLimiter } from '@logai/adapters';
import { DEFAULT_RATE_LIMITS } from '@logai/core';
import { useTestDatabase } from '@logai/db/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app';
import { PASSWORD, signUp } from '../../testing/accounts';
import { buildTestApp } from '../../testing/build-test-app';

const database = useTestDatabase();
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 2 });
const prefix = `logai:test:${crypto.randomUUID()}:`;
let memoryApp: App;
let redisApps: App[];

beforeAll(async () => {
  memoryApp = await buildTestApp(database.current, { rateLimits: DEFAULT_RATE_LIMITS });
  // Two API processes sharing one Redis share their counters.
  redisApps = [
    await buildTestApp(database.current, {
      rateLimits: DEFAULT_RATE_LIMITS,
      rateLimiter: createRedisRateLimiter(redis, prefix),
    }),
    await buildTestApp(database.current, {
      rateLimits: DEFAULT_RATE_LIMITS,
      rateLimiter: createRedisRateLimiter(redis, prefix),
    }),
  ];
});
afterAll(async () => {
  await memoryApp.close();
  for (const app of redisApps) await app.close();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

const signIn = (app: App, email: string, remoteAddress: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    remoteAddress,
    payload: { email, password: 'wrong password!' },
  });

describe('rate limits', () => {
  it('stop password guessing on one account, from any address, with 429 and Retry-After', async () => {
    const owner = await signUp(memoryApp);
    const { limit } = DEFAULT_RATE_LIMITS.signInPerAccount;
    for (let attempt = 0; attempt < limit; attempt += 1) {
      expect((await signIn(memoryApp, owner.user.email, `198.51.100.${attempt + 1}`)).statusCode).toBe(401);
    }
    const blocked = await signIn(memoryApp, owner.user.email, '198.51.100.200');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().code).toBe('LIMIT_EXCEEDED');
    // Even the right password waits: the limiter does not tell right from wrong.
    const right = await memoryApp.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      remoteAddress: '198.51.100.201',
      payload: { email: owner.user.email, password: PASSWORD },
    });
    expect(right.statusCode).toBe(429);
  });

  it('stop one address from spraying many accounts', async () => {
    const { limit } = DEFAULT_RATE_LIMITS.signInPerIp;
    for (let attempt = 0; attempt < limit; attempt += 1) {
      await signIn(memoryApp, `spray-${attempt}@example.com`, '192.0.2.50');
    }
    expect((await signIn(memoryApp, 'spray-last@example.com', '192.0.2.50')).statusCode).toBe(429);
    expect((await signIn(memoryApp, 'spray-last@example.com', '192.0.2.51')).statusCode).toBe(401);
  });

  it('limit refresh and invitation acceptance per address', async () => {
    const refresh = DEFAULT_RATE_LIMITS.refreshPerIp.limit;
    for (let attempt = 0; attempt < refresh; attempt += 1) {
      await memoryApp.inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        remoteAddress: '192.0.2.60',
        payload: { refreshToken: 'x' },
      });
    }
    const blocked = await memoryApp.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      remoteAddress: '192.0.2.60',
      payload: { refreshToken: 'x' },
    });
    expect(blocked.statusCode).toBe(429);
    const accept = DEFAULT_RATE_LIMITS.acceptInvitationPerIp.limit;
    for (let attempt = 0; attempt < accept; attempt += 1) {
      await memoryApp.inject({
        method: 'POST',
        url: '/api/v1/invitations/accept',
        remoteAddress: '192.0.2.61',
        payload: { token: 'inv_nope', password: PASSWORD },
      });
    }
    const acceptBlocked = await memoryApp.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      remoteAddress: '192.0.2.61',
      payload: { token: 'inv_nope', password: PASSWORD },
    });
    expect(acceptBlocked.statusCode).toBe(429);
  });

  it('are shared across API processes through Redis', async () => {
    const { limit } = DEFAULT_RATE_LIMITS.signUpPerIp;
    for (let attempt = 0; attempt < limit; attempt += 1) {
      const app = redisApps[attempt % 2];
      if (!app) throw new Error('no app');
      await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        remoteAddress: '192.0.2.70',
        payload: {
          email: `r${attempt}-${crypto.randomUUID()}@example.com`,
          password: PASSWORD,
          fullName: 'R',
          organizationName: 'R',
        },
      });
    }
    const blocked = await redisApps[0]?.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      remoteAddress: '192.0.2.70',
      payload: {
        email: `last-${crypto.randomUUID()}@example.com`,
        password: PASSWORD,
        fullName: 'R',
        organizationName: 'R',
      },
    });
    expect(blocked?.statusCode).toBe(429);
    expect(Number(blocked?.headers['retry-after'])).toBeGreaterThan(0);
  });
});
