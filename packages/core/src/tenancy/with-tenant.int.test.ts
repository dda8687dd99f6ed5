import { apiKeys, organizations } from '@logai/db';
import { useTestDatabase } from '@logai/db/testing';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../context';
import type { Logger } from '../ports/logger';
import { withTenant } from './with-tenant';

/** A port this test never reaches; touching it fails loudly. */
function unusedPort<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get: () => {
      throw new Error(`${name} is not used by this test`);
    },
  });
}

const database = useTestDatabase();
let ours: string;
let theirs: string;
let ctx: OrgContext;

beforeAll(async () => {
  const { db } = database.current;
  const created = await db
    .insert(organizations)
    .values([
      { name: 'Ours', slug: `ours-${crypto.randomUUID()}` },
      { name: 'Theirs', slug: `theirs-${crypto.randomUUID()}` },
    ])
    .returning();
  ours = created[0]?.id ?? '';
  theirs = created[1]?.id ?? '';
  await db.insert(apiKeys).values([
    { organizationId: ours, name: 'ours', prefix: `lak_${crypto.randomUUID().slice(0, 8)}`, keyHash: 'x' },
    {
      organizationId: theirs,
      name: 'theirs',
      prefix: `lak_${crypto.randomUUID().slice(0, 8)}`,
      keyHash: 'y',
    },
  ]);
  const noop = () => undefined;
  const logger: Logger = { info: noop, warn: noop, error: noop, debug: noop, child: () => logger };
  ctx = {
    deps: {
      db,
      logger,
      queue: { enqueue: async () => undefined },
      blobs: unusedPort('blobs'),
      pubsub: unusedPort('pubsub'),
      limits: { uploadMaxBytes: 1024 },
    },
    organizationId: ours,
    actor: { kind: 'user', id: crypto.randomUUID(), userId: null, role: 'owner' },
  };
});

describe('row-level security (the second wall)', () => {
  it('hides other organisations from a query that forgot its filter', async () => {
    const keys = await withTenant(ctx, (tx) => tx.select().from(apiKeys));
    expect(keys.map((key) => key.name)).toEqual(['ours']);
    const orgs = await withTenant(ctx, (tx) => tx.select().from(organizations));
    expect(orgs.map((org) => org.name)).toEqual(['Ours']);
  });

  it('refuses to write a row for another organisation', async () => {
    await expect(
      withTenant(ctx, (tx) =>
        tx
          .insert(apiKeys)
          .values({ organizationId: theirs, name: 'smuggled', prefix: 'lak_smuggled', keyHash: 'z' }),
      ),
    ).rejects.toThrow();
    const updated = await withTenant(ctx, (tx) => tx.update(apiKeys).set({ name: 'renamed' }).returning());
    expect(updated.map((key) => key.name)).toEqual(['renamed']);
    const [theirKey] = await database.current.db
      .select()
      .from(apiKeys)
      .where(eq(apiKeys.organizationId, theirs));
    expect(theirKey?.name).toBe('theirs');
  });

  it('leaves the session as it was after the transaction', async () => {
    await withTenant(ctx, (tx) => tx.select().from(apiKeys));
    const all = await database.current.db.select().from(apiKeys);
    expect(all).toHaveLength(2);
  });
});
