import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createFilesystemBlobStore,
  createLogger,
  createMemoryRateLimiter,
  createPostgresPubSub,
  createPostgresQueue,
} from '@logai/adapters';
import { loadTestConfig } from '@logai/config';
import { DEFAULT_RATE_LIMITS, type RateLimits } from '@logai/core';
import type { TestDatabase } from '@logai/db/testing';
import { buildApp, type App, type AppDeps } from '../app';

export const TEST_JWT_SECRET = new TextEncoder().encode('test-secret-that-is-long-enough-for-hs256!');

/** Limits no ordinary test reaches; rate-limit tests pass their own. */
const GENEROUS: RateLimits = {
  signInPerIp: { ...DEFAULT_RATE_LIMITS.signInPerIp, limit: 10_000 },
  signInPerAccount: { ...DEFAULT_RATE_LIMITS.signInPerAccount, limit: 10_000 },
  signUpPerIp: { ...DEFAULT_RATE_LIMITS.signUpPerIp, limit: 10_000 },
  refreshPerIp: { ...DEFAULT_RATE_LIMITS.refreshPerIp, limit: 10_000 },
  acceptInvitationPerIp: { ...DEFAULT_RATE_LIMITS.acceptInvitationPerIp, limit: 10_000 },
};

/** The API on real adapters pointed at the test's own database, as main.ts builds it. */
export async function buildTestApp(database: TestDatabase, overrides: Partial<AppDeps> = {}): Promise<App> {
  const logger = createLogger({ name: 'test', level: loadTestConfig().TEST_LOG_LEVEL, pretty: false });
  const pubsub = overrides.pubsub ?? createPostgresPubSub({ url: database.url, logger });
  // The test's uploads, removed when the app closes (only made when the test brings no store).
  const blobRoot = overrides.blobs ? undefined : mkdtempSync(path.join(tmpdir(), 'logai-blobs-'));
  const app = await buildApp({
    db: database.db,
    queue: createPostgresQueue({ url: database.url, db: database.db, logger }),
    blobs: overrides.blobs ?? createFilesystemBlobStore({ root: blobRoot ?? tmpdir() }),
    pubsub,
    limits: { uploadMaxBytes: 50 * 1024 * 1024 },
    logger,
    auth: {
      jwtSecret: TEST_JWT_SECRET,
      accessTtlSeconds: 900,
      refreshTtlSeconds: 30 * 24 * 3600,
      invitationTtlSeconds: 7 * 24 * 3600,
      webOrigin: 'http://localhost:3000',
    },
    rateLimiter: createMemoryRateLimiter(),
    rateLimits: GENEROUS,
    cookies: { secure: false },
    corsOrigins: ['http://localhost:3000'],
    ...overrides,
  });
  app.addHook('onClose', async () => {
    await pubsub.close();
    if (blobRoot !== undefined) await rm(blobRoot, { recursive: true, force: true });
  });
  return app;
}
