import { PageQuery, type AuditLogPage } from '@logai/contracts';
import { auditLogs, users } from '@logai/db';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { withTenant } from '../tenancy/with-tenant';

const Cursor = z.object({ t: z.iso.datetime(), id: z.uuid() });

/** Newest first, with a keyset cursor (created_at, id): stable while new entries arrive. */
export async function listAuditLogs({
  ctx,
  input,
}: {
  ctx: OrgContext;
  input: PageQuery;
}): Promise<AuditLogPage> {
  assertCan(ctx, 'audit.read');
  const { limit, cursor } = PageQuery.parse(input);
  const after = cursor ? decodeCursor(cursor) : null;
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select({ entry: auditLogs, actorEmail: users.email })
      .from(auditLogs)
      .leftJoin(users, eq(users.id, auditLogs.actorUserId))
      .where(
        and(
          eq(auditLogs.organizationId, ctx.organizationId),
          after
            ? or(
                lt(auditLogs.createdAt, after.t),
                and(eq(auditLogs.createdAt, after.t), lt(auditLogs.id, after.id)),
              )
            : undefined,
        ),
      )
      .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
      .limit(limit + 1),
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ entry, actorEmail }) => ({
      id: entry.id,
      action: entry.action,
      actorUserId: entry.actorUserId,
      actorEmail,
      actorApiKeyId: entry.actorApiKeyId,
      targetType: entry.targetType,
      targetId: entry.targetId,
      ip: entry.ip,
      userAgent: entry.userAgent,
      metadata: entry.metadata,
      createdAt: entry.createdAt.toISOString(),
    })),
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(JSON.stringify({ t: last.entry.createdAt.toISOString(), id: last.entry.id })).toString(
            'base64url',
          )
        : null,
  };
}

function decodeCursor(cursor: string): { t: Date; id: string } {
  try {
    const parsed = Cursor.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { t: new Date(parsed.t), id: parsed.id };
  } catch {
    throw new AppError('VALIDATION', 'invalid cursor: pass back the nextCursor of the previous page');
  }
}
