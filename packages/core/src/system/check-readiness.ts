import type { Readiness } from '@logai/contracts';
import { getMigrationStatus } from '@logai/db';
import type { Context } from '../context';

/** Ready means: the database answers and every migration shipped with this build is applied. */
export async function checkReadiness({ ctx }: { ctx: Context }): Promise<Readiness> {
  try {
    const migrations = await getMigrationStatus(ctx.deps.db);
    const ready = migrations.isCurrent;
    return {
      status: ready ? 'ready' : 'not_ready',
      checks: {
        database: { ok: true },
        migrations: { ok: ready, applied: migrations.applied, expected: migrations.expected },
      },
    };
  } catch (error) {
    ctx.deps.logger.warn({ err: error }, 'readiness check: database unreachable');
    return {
      status: 'not_ready',
      checks: {
        database: { ok: false, error: 'database unreachable' },
        migrations: { ok: false, applied: 0, expected: 0 },
      },
    };
  }
}
