import type { Database, Role, Transaction } from '@logai/db';
import type { BlobStore } from './ports/blob-store';
import type { JobQueue } from './ports/job-queue';
import type { Logger } from './ports/logger';
import type { Mailer } from './ports/mailer';
import type { PubSub } from './ports/pub-sub';
import type { RateLimits } from './auth/rate-limits';
import type { RateLimiter } from './ports/rate-limiter';

export interface AuthSettings {
  /** HMAC key of access tokens (HS256, ≥ 32 bytes). */
  jwtSecret: Uint8Array;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  invitationTtlSeconds: number;
  /** Public URL of the web app, for links in invitations. */
  webOrigin: string;
}

/** What every core verb can use; built once by each app's composition root. */
export interface Deps {
  db: Database;
  queue: JobQueue;
  logger: Logger;
  blobs: BlobStore;
  pubsub: PubSub;
  limits: Limits;
}

export interface Limits {
  /** Largest upload accepted, in bytes, enforced while streaming. */
  uploadMaxBytes: number;
}

/** What the account verbs need on top (the API has them; the worker does not). */
export interface AccountDeps extends Deps {
  auth: AuthSettings;
  rateLimiter: RateLimiter;
  rateLimits: RateLimits;
  /** Absent when no SMTP server is configured: invitation links are then handed to the inviter. */
  mailer?: Mailer;
}

/** Where a request came from, for the audit log and rate limits. */
export interface RequestInfo {
  ip?: string;
  userAgent?: string;
}

/** The first argument of every verb. */
export interface Context<D extends Deps = Deps> {
  deps: D;
  /** Run the verb inside this transaction instead of opening its own. */
  tx?: Transaction;
  request?: RequestInfo;
}

/** Who is acting: a signed-in user, or an API key. */
export interface Actor {
  /** `system`: LogAi itself (the worker processing an upload). */
  kind: 'user' | 'api_key' | 'system';
  /** The user's or the API key's id. */
  id: string;
  /** The user behind the action (null for an API key whose creator was removed). */
  userId: string | null;
  role: Role;
}

/** The context of every tenant verb: everything it reads or changes belongs to this organisation. */
export interface OrgContext<D extends Deps = Deps> extends Context<D> {
  organizationId: string;
  actor: Actor;
}
