import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getMigrationStatus } from './migrations';
import { organizations, summaries, uploads, users } from './schema/index';
import { useTestDatabase } from './testing/index';

const database = useTestDatabase();

/** The name of the constraint a failed statement violated (drizzle keeps the pg error as its cause). */
async function violatedConstraint(statement: PromiseLike<unknown>): Promise<string | undefined> {
  try {
    await statement;
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    if (cause && typeof cause === 'object' && 'constraint' in cause) return String(cause.constraint);
    throw error;
  }
  return undefined;
}

async function createOrg(slug: string) {
  const [org] = await database.current.db.insert(organizations).values({ name: slug, slug }).returning();
  if (!org) throw new Error('no org');
  return org;
}

describe('database schema', () => {
  it('is fully migrated in a fresh test database', async () => {
    const status = await getMigrationStatus(database.current.db);
    expect(status.isCurrent).toBe(true);
    expect(status.applied).toBeGreaterThan(0);
  });

  it('rejects values outside the closed sets (role, status, severity)', async () => {
    const org = await createOrg('enums');
    const { db } = database.current;
    expect(
      await violatedConstraint(
        db
          .insert(users)
          .values({ email: 'a@x.io', hashedPassword: 'h', organizationId: org.id, role: 'god' }),
      ),
    ).toBe('users_role_check');
    expect(
      await violatedConstraint(
        db.insert(uploads).values({ organizationId: org.id, filename: 'a.log', status: 'exploded' }),
      ),
    ).toBe('uploads_status_check');
    const [upload] = await db
      .insert(uploads)
      .values({ organizationId: org.id, filename: 'a.log' })
      .returning();
    if (!upload) throw new Error('no upload');
    expect(
      await violatedConstraint(
        db.insert(summaries).values({
          organizationId: org.id,
          uploadId: upload.id,
          title: 't',
          content: 'c',
          severity: 'apocalyptic',
        }),
      ),
    ).toBe('summaries_severity_check');
  });

  it('treats e-mail addresses case-insensitively', async () => {
    const org = await createOrg('emails');
    const { db } = database.current;
    await db.insert(users).values({ email: 'Ada@Example.com', hashedPassword: 'h', organizationId: org.id });
    expect(
      await violatedConstraint(
        db.insert(users).values({ email: 'ada@example.COM', hashedPassword: 'h', organizationId: org.id }),
      ),
    ).toBe('users_email_key');
  });

  it('removes every tenant row with its organisation', async () => {
    const org = await createOrg('cascade');
    const { db } = database.current;
    await db.insert(uploads).values({ organizationId: org.id, filename: 'b.log' });
    await db.delete(organizations).where(eq(organizations.id, org.id));
    const left = await db.select().from(uploads).where(eq(uploads.organizationId, org.id));
    expect(left).toHaveLength(0);
  });

  it('puts every table holding organisation data under row-level security', async () => {
    // users.organization_id only points at a default organisation: users span organisations.
    const result = await database.current.db.execute<{ table_name: string; rls: boolean }>(sql`
      select c.table_name, cl.relrowsecurity as rls
      from information_schema.columns c
      join pg_class cl on cl.relname = c.table_name and cl.relnamespace = 'public'::regnamespace
      where c.table_schema = 'public' and c.column_name = 'organization_id' and c.table_name <> 'users'`);
    expect(result.rows.length).toBeGreaterThan(10);
    expect(result.rows.filter((row) => !row.rls).map((row) => row.table_name)).toEqual([]);
  });
});
