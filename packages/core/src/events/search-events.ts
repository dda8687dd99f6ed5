import { EventQuery, type EventPage } from '@logai/contracts';
import { logEvents, patternClusters } from '@logai/db';
import { and, asc, gt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { withTenant } from '../tenancy/with-tenant';
import { findUploadRow } from '../uploads/get-upload';
import { eventConditions } from './event-filter';
import { EVENT_SELECTION, PATTERN_JOIN, toLogEvent } from './to-log-event';

const Position = z.object({ ts: z.number().nullable(), id: z.number() });
// Events without a timestamp sort first, as the oldest.
const SORT_TS = sql`coalesce(${logEvents.ts}, '-infinity'::timestamptz)`;

/** Events of an upload in time order, filtered, keyset-paged on (time, id). */
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
  const afterTs = after
    ? after.ts === null
      ? sql`'-infinity'::timestamptz`
      : sql`${new Date(after.ts).toISOString()}::timestamptz`
    : null;
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select(EVENT_SELECTION)
      .from(logEvents)
      .leftJoin(patternClusters, PATTERN_JOIN)
      .where(
        and(
          eventConditions(ctx.organizationId, uploadId, query),
          after && afterTs
            ? or(sql`${SORT_TS} > ${afterTs}`, and(sql`${SORT_TS} = ${afterTs}`, gt(logEvents.id, after.id)))
            : undefined,
        ),
      )
      .orderBy(asc(SORT_TS), asc(logEvents.id))
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
