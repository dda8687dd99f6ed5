import { LEVEL_VALUES, PatternQuery, type Level, type Pattern } from '@logai/contracts';
import { patterns } from '@logai/db';
import { and, desc, eq, ilike, inArray, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import { assertCan } from '../auth/permissions';
import type { OrgContext } from '../context';
import { AppError } from '../errors';
import { withTenant } from '../tenancy/with-tenant';
import { findUploadRow } from '../uploads/get-upload';
import { escapeLike } from '../events/escape-like';

const Sample = z.object({ file: z.string(), line: z.number(), text: z.string() });
const Position = z.object({ count: z.number(), fingerprint: z.string() });

/** An upload's patterns by count, with samples, variable statistics and a sparkline. */
export async function listPatterns({
  ctx,
  uploadId,
  input,
}: {
  ctx: OrgContext;
  uploadId: string;
  input: PatternQuery;
}): Promise<{ items: Pattern[]; nextCursor: string | null }> {
  assertCan(ctx, 'uploads.read');
  await findUploadRow(ctx, uploadId);
  const query = PatternQuery.parse(input);
  const after = query.cursor ? decodePosition(query.cursor) : null;
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select()
      .from(patterns)
      .where(
        and(
          eq(patterns.uploadId, uploadId),
          eq(patterns.organizationId, ctx.organizationId),
          query.level?.length ? inArray(patterns.level, query.level) : undefined,
          query.q ? ilike(patterns.template, `%${escapeLike(query.q)}%`) : undefined,
          after
            ? or(
                lt(patterns.count, after.count),
                and(eq(patterns.count, after.count), lt(patterns.fingerprint, after.fingerprint)),
              )
            : undefined,
        ),
      )
      .orderBy(desc(patterns.count), desc(patterns.fingerprint))
      .limit(query.limit + 1),
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.fingerprint,
      template: row.template,
      count: row.count,
      level: toLevel(row.level),
      firstSeen: row.firstSeen?.toISOString() ?? null,
      lastSeen: row.lastSeen?.toISOString() ?? null,
      samples: z.array(Sample).catch([]).parse(row.samples),
      variables: z.array(z.record(z.string(), z.unknown())).catch([]).parse(row.variables),
      sparkline: z.array(z.number().int()).catch([]).parse(row.sparkline),
    })),
    nextCursor:
      rows.length > query.limit && last
        ? Buffer.from(JSON.stringify({ count: last.count, fingerprint: last.fingerprint })).toString(
            'base64url',
          )
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

export function toLevel(value: string | null): Level | null {
  return LEVEL_VALUES.find((level) => level === value) ?? null;
}
