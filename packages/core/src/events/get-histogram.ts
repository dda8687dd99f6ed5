import { HistogramQuery, type Histogram } from '@logai/contracts';
import { logEvents } from '@logai/db';
import { and, isNotNull, sql } from 'drizzle-orm';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { withTenant } from '../tenancy/with-tenant';
import { findUploadRow } from '../uploads/get-upload';
import { eventConditions } from './event-filter';

const NICE_SECONDS = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800,
];
type Counts = Histogram['buckets'][number]['counts'];

/** Events per time bucket and level, for any filter; buckets are a "nice" width covering the range. */
export async function getHistogram({
  ctx,
  uploadId,
  input,
}: {
  ctx: OrgContext;
  uploadId: string;
  input: HistogramQuery;
}): Promise<Histogram> {
  assertCan(ctx, 'uploads.read');
  await findUploadRow(ctx, uploadId);
  const query = HistogramQuery.parse(input);
  const where = and(eventConditions(ctx.organizationId, uploadId, query), isNotNull(logEvents.ts));
  return withTenant(ctx, async (tx) => {
    let from = query.from ? new Date(query.from).getTime() : null;
    let to = query.to ? new Date(query.to).getTime() : null;
    if (from === null || to === null) {
      const [range] = await tx
        .select({
          min: sql<string | null>`min(${logEvents.ts})::text`,
          max: sql<string | null>`max(${logEvents.ts})::text`,
        })
        .from(logEvents)
        .where(where);
      if (!range?.min || !range.max) return { bucketSeconds: 60, buckets: [] };
      from ??= new Date(range.min).getTime();
      to ??= new Date(range.max).getTime() + 1;
    }
    const spanSeconds = Math.max(1, (to - from) / 1000);
    const bucketSeconds =
      NICE_SECONDS.find((size) => spanSeconds / size <= query.buckets) ??
      Math.ceil(spanSeconds / query.buckets);
    const start = Math.floor(from / 1000 / bucketSeconds) * bucketSeconds;
    // Inlined (both are numbers computed here): with parameters, GROUP BY would not match the SELECT.
    const bucketExpr = sql<number>`floor((extract(epoch from ${logEvents.ts}) - ${sql.raw(String(start))}) / ${sql.raw(String(bucketSeconds))})::int`;
    const rows = await tx
      .select({ bucket: bucketExpr, level: logEvents.level, count: sql<number>`count(*)::int` })
      .from(logEvents)
      .where(where)
      .groupBy(bucketExpr, logEvents.level);
    const count = Math.max(1, Math.ceil((to / 1000 - start) / bucketSeconds));
    const buckets = Array.from({ length: count }, (_, index) => ({
      start: new Date((start + index * bucketSeconds) * 1000).toISOString(),
      counts: { trace: 0, debug: 0, info: 0, warn: 0, error: 0, fatal: 0, none: 0 } satisfies Counts,
    }));
    for (const row of rows) {
      const bucket = buckets[row.bucket];
      if (!bucket) continue;
      const key = isLevelKey(row.level) ? row.level : 'none';
      bucket.counts[key] += row.count;
    }
    return { bucketSeconds, buckets };
  });
}

function isLevelKey(level: string | null): level is Exclude<keyof Counts, 'none'> {
  return (
    level === 'trace' ||
    level === 'debug' ||
    level === 'info' ||
    level === 'warn' ||
    level === 'error' ||
    level === 'fatal'
  );
}
