import type { Dashboard } from '@logai/contracts';
import { anomalies, uploads } from '@logai/db';
import { and, count, desc, eq, gte, sql } from 'drizzle-orm';
import { toSeverity } from '../anomalies/to-anomaly';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { withTenant } from '../tenancy/with-tenant';
import { toUpload } from '../uploads/to-upload';

const DAY = 24 * 3600 * 1000;

/** The organisation at a glance: a handful of indexed aggregates, cheap enough for every page load. */
export async function getDashboard({ ctx }: { ctx: OrgContext }): Promise<Dashboard> {
  assertCan(ctx, 'uploads.read');
  const org = ctx.organizationId;
  return withTenant(ctx, async (tx) => {
    const weekAgo = new Date(Date.now() - 7 * DAY);
    const fortnightAgo = new Date(Date.now() - 14 * DAY);
    const [totals] = await tx
      .select({
        total: count(),
        thisWeek: sql<number>`count(*) filter (where ${uploads.createdAt} >= ${weekAgo.toISOString()}::timestamptz)::int`,
        processing: sql<number>`count(*) filter (where ${uploads.status} in ('queued', 'processing'))::int`,
        lines: sql<string>`coalesce(sum(${uploads.lineCount}), 0)::text`,
      })
      .from(uploads)
      .where(eq(uploads.organizationId, org));
    const open = await tx
      .select({ severity: anomalies.severity, total: count() })
      .from(anomalies)
      .where(and(eq(anomalies.organizationId, org), eq(anomalies.status, 'open')))
      .groupBy(anomalies.severity);
    // Per day of upload: the events analysed and how many were errors (from the summaries' stats).
    const day = sql<string>`to_char(date_trunc('day', ${uploads.createdAt} at time zone 'UTC'), 'YYYY-MM-DD')`;
    const trend = await tx
      .select({
        day,
        events: sql<number>`coalesce(sum(${uploads.eventCount}), 0)::int`,
        errors: sql<number>`coalesce(sum((${uploads.metadata} ->> 'errorCount')::bigint), 0)::int`,
      })
      .from(uploads)
      .where(
        and(
          eq(uploads.organizationId, org),
          eq(uploads.status, 'completed'),
          gte(uploads.createdAt, fortnightAgo),
        ),
      )
      .groupBy(day)
      .orderBy(day);
    const recent = await tx
      .select()
      .from(uploads)
      .where(eq(uploads.organizationId, org))
      .orderBy(desc(uploads.createdAt))
      .limit(8);
    const openAnomalies = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
    for (const row of open) openAnomalies[toSeverity(row.severity)] = row.total;
    return {
      uploads: {
        total: totals?.total ?? 0,
        thisWeek: totals?.thisWeek ?? 0,
        processing: totals?.processing ?? 0,
      },
      linesAnalysed: Number(totals?.lines ?? 0),
      openAnomalies,
      errorRateTrend: trend.map((row) => ({ ...row, rate: row.events > 0 ? row.errors / row.events : 0 })),
      recentUploads: recent.map((row) => toUpload(row)),
    };
  });
}
