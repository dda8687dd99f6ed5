import { EventContextQuery, type EventContext } from '@logai/contracts';
import { logEvents, patternClusters } from '@logai/db';
import { and, asc, desc, eq, gt, lt } from 'drizzle-orm';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { withTenant } from '../tenancy/with-tenant';
import { findUploadRow } from '../uploads/get-upload';
import { EVENT_SELECTION, PATTERN_JOIN, toLogEvent } from './to-log-event';

/** The events just before and after one event in its own file (by line), as they were written. */
export async function getEventContext({
  ctx,
  uploadId,
  eventId,
  input,
}: {
  ctx: OrgContext;
  uploadId: string;
  eventId: string;
  input: { before?: number; after?: number };
}): Promise<EventContext> {
  assertCan(ctx, 'uploads.read');
  await findUploadRow(ctx, uploadId);
  const { before, after } = EventContextQuery.parse(input);
  const id = Number(eventId);
  if (!Number.isSafeInteger(id) || id <= 0) throw AppError.notFound('event');
  return withTenant(ctx, async (tx) => {
    const base = and(eq(logEvents.uploadId, uploadId), eq(logEvents.organizationId, ctx.organizationId));
    const [event] = await tx
      .select(EVENT_SELECTION)
      .from(logEvents)
      .leftJoin(patternClusters, PATTERN_JOIN)
      .where(and(base, eq(logEvents.id, id)));
    if (!event) throw AppError.notFound('event');
    // An upload's events were stored in reading order: within a file, ids follow the lines.
    const sameFile = and(base, eq(logEvents.file, event.file));
    const earlier = await tx
      .select(EVENT_SELECTION)
      .from(logEvents)
      .leftJoin(patternClusters, PATTERN_JOIN)
      .where(and(sameFile, lt(logEvents.id, event.id)))
      .orderBy(desc(logEvents.id))
      .limit(before);
    const later = await tx
      .select(EVENT_SELECTION)
      .from(logEvents)
      .leftJoin(patternClusters, PATTERN_JOIN)
      .where(and(sameFile, gt(logEvents.id, event.id)))
      .orderBy(asc(logEvents.id))
      .limit(after);
    return {
      before: earlier.reverse().map(toLogEvent),
      event: toLogEvent(event),
      after: later.map(toLogEvent),
    };
  });
}
