import { EventQuery, type EventPage } from '@logai/contracts';
import { logEvents, patternClusters } from '@logai/db';
import { and, asc, eq, gt, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { withTenant } from '../tenancy/with-tenant';
import { findUploadRow } from '../uploads/get-upload';
import { eventConditions } from './event-filter';
import { EVENT_SELECTION, PATTERN_JOIN, toLogEvent } from './to-log-event';

const Position = z.object({ ts: z.number().nullable(), id: z.number() });

/** Events of an upload in time order (untimed first), filtered, keyset-paged on (time, id). */
export async function searchEvents({
  ctx,
  uploadId,
  input,
}: {
  ctx: OrgContext;
  uploadId: string;
  input: EventQuery;
}): Promise<EventPage> {
  assertCan(ctx, 'uploads.read');
  await findUploadRow(ctx, uploadId);
  const query = EventQuery.parse(input);
  const after = query.cursor ? decodePosition(query.cursor) : null;
  // Keyset paging on (ts nulls first, id): the order of each upload partition's index.
  const afterPosition = !after
    ? undefined
    : after.ts === null
      ? or(and(isNull(logEvents.ts), gt(logEvents.id, after.id)), isNotNull(logEvents.ts))
      : or(
          gt(logEvents.ts, new Date(after.ts)),
          and(eq(logEvents.ts, new Date(after.ts)), gt(logEvents.id, after.id)),
        );
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select(EVENT_SELECTION)
      .from(logEvents)
      .leftJoin(patternClusters, PATTERN_JOIN)
      .where(and(eventConditions(ctx.organizationId, uploadId, query), afterPosition))
      // Events without a timestamp first, as the oldest.
      .orderBy(sql`${logEvents.ts} asc nulls first`, asc(logEvents.id))
      .limit(query.limit + 1),
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toLogEvent),
    nextCursor:
      rows.length > query.limit && last
        ? Buffer.from(JSON.stringify({ ts: last.ts?.getTime() ?? null, id: last.id })).toString('base64url')
        : null,
  };
}

function decodePosition(cursor: string) {
  try {
    return Position.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('VALIDATION', 'invalid cursor: pass back the nextCursor of the previous page');
  }
}
