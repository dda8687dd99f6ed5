import type { UploadComparison } from '@logai/contracts';
import { patterns } from '@logai/db';
import { and, eq } from 'drizzle-orm';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { toLevel } from '../patterns/list-patterns';
import { withTenant } from '../tenancy/with-tenant';
import { findUploadRow } from './get-upload';

type Change = UploadComparison['newPatterns'][number];
const LIMIT = 100;

/**
 * What changed between two uploads, pattern by pattern: new, gone, and those whose share of all events
 * moved by 2× or more. The score is the total-variation distance of the two pattern mixes (0…1).
 */
export async function compareUploads({
  ctx,
  baseId,
  targetId,
}: {
  ctx: OrgContext;
  baseId: string;
  targetId: string;
}): Promise<UploadComparison> {
  assertCan(ctx, 'uploads.read');
  await findUploadRow(ctx, baseId);
  await findUploadRow(ctx, targetId);
  const load = (uploadId: string) =>
    withTenant(ctx, (tx) =>
      tx
        .select({
          id: patterns.fingerprint,
          template: patterns.template,
          level: patterns.level,
          count: patterns.count,
        })
        .from(patterns)
        .where(and(eq(patterns.uploadId, uploadId), eq(patterns.organizationId, ctx.organizationId))),
    );
  const [base, target] = await Promise.all([load(baseId), load(targetId)]);
  const baseTotal = Math.max(
    1,
    base.reduce((sum, row) => sum + row.count, 0),
  );
  const targetTotal = Math.max(
    1,
    target.reduce((sum, row) => sum + row.count, 0),
  );
  const baseById = new Map(base.map((row) => [row.id, row]));
  const targetById = new Map(target.map((row) => [row.id, row]));
  const newPatterns: Change[] = [];
  const gonePatterns: Change[] = [];
  const changedPatterns: Change[] = [];
  let distance = 0;
  for (const row of target) {
    const before = baseById.get(row.id);
    const targetShare = row.count / targetTotal;
    const baseShare = before ? before.count / baseTotal : 0;
    distance += Math.abs(targetShare - baseShare);
    const change = {
      id: row.id,
      template: row.template,
      level: toLevel(row.level),
      baseCount: before?.count ?? 0,
      targetCount: row.count,
    };
    if (!before) newPatterns.push({ ...change, ratio: null });
    else {
      const ratio = targetShare / baseShare;
      if ((ratio >= 2 || ratio <= 0.5) && Math.max(before.count, row.count) >= 10)
        changedPatterns.push({ ...change, ratio });
    }
  }
  for (const row of base) {
    if (targetById.has(row.id)) continue;
    distance += row.count / baseTotal;
    gonePatterns.push({
      id: row.id,
      template: row.template,
      level: toLevel(row.level),
      baseCount: row.count,
      targetCount: 0,
      ratio: null,
    });
  }
  const byImpact = (a: Change, b: Change) =>
    Math.max(b.baseCount, b.targetCount) - Math.max(a.baseCount, a.targetCount);
  return {
    baseUploadId: baseId,
    targetUploadId: targetId,
    score: Math.min(1, Math.round((distance / 2) * 1000) / 1000),
    newPatterns: newPatterns.sort(byImpact).slice(0, LIMIT),
    gonePatterns: gonePatterns.sort(byImpact).slice(0, LIMIT),
    changedPatterns: changedPatterns.sort(byImpact).slice(0, LIMIT),
  };
}
