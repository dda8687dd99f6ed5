import type { EventFilter } from '@logai/contracts';
import { logEvents } from '@logai/db';
import { and, eq, gte, ilike, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { escapeLike } from './escape-like';

/** The WHERE of event search and histogram: one upload, then the caller's filters. */
export function eventConditions(
  organizationId: string,
  uploadId: string,
  filter: EventFilter,
): SQL | undefined {
  const levels = filter.level ?? [];
  return and(
    eq(logEvents.uploadId, uploadId),
    eq(logEvents.organizationId, organizationId),
    filter.from ? gte(logEvents.ts, new Date(filter.from)) : undefined,
    filter.to ? lt(logEvents.ts, new Date(filter.to)) : undefined,
    levels.length ? inArray(logEvents.level, levels) : undefined,
    filter.file ? eq(logEvents.file, filter.file) : undefined,
    filter.q ? ilike(logEvents.raw, `%${escapeLike(filter.q)}%`) : undefined,
    // The clusters that ended as this pattern (pattern_clusters holds one row per cluster).
    filter.pattern
      ? sql`${logEvents.clusterId} in (select cluster_id from pattern_clusters where upload_id = ${uploadId} and fingerprint = ${filter.pattern})`
      : undefined,
  );
}
