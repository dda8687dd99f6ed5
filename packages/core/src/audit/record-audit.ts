import { auditLogs, type Executor } from '@logai/db';
import type { Actor, Context } from '../context';

export interface AuditEntry {
  action: string;
  organizationId: string | null;
  actor?: Pick<Actor, 'kind' | 'id' | 'userId'> | null;
  target?: { type: string; id: string };
  metadata?: Record<string, unknown>;
}

/** Appends to the audit log, inside the caller's transaction when there is one. */
export async function recordAudit(
  ctx: Context,
  entry: AuditEntry,
  executor: Executor = ctx.tx ?? ctx.deps.db,
): Promise<void> {
  await executor.insert(auditLogs).values({
    organizationId: entry.organizationId,
    actorUserId: entry.actor?.userId ?? null,
    actorApiKeyId: entry.actor?.kind === 'api_key' ? entry.actor.id : null,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    ip: ctx.request?.ip ?? null,
    userAgent: ctx.request?.userAgent?.slice(0, 500) ?? null,
    metadata: entry.metadata ?? {},
  });
}
