import { z } from 'zod';

export const Health = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;

export const Readiness = z
  .object({
    status: z.enum(['ready', 'not_ready']),
    checks: z.object({
      database: z.object({ ok: z.boolean(), error: z.string().optional() }),
      migrations: z.object({ ok: z.boolean(), applied: z.number().int(), expected: z.number().int() }),
    }),
  })
  .meta({
    id: 'Readiness',
    example: {
      status: 'ready',
      checks: { database: { ok: true }, migrations: { ok: true, applied: 1, expected: 1 } },
    },
  });
export type Readiness = z.infer<typeof Readiness>;

export const CreatePing = z
  .object({ message: z.string().trim().min(1).max(200).default('ping') })
  .meta({ id: 'CreatePing', example: { message: 'hello worker' } });
export type CreatePing = z.infer<typeof CreatePing>;

export const Ping = z
  .object({
    id: z.uuid(),
    message: z.string(),
    status: z.enum(['queued', 'processed']),
    attempts: z.number().int(),
    processedBy: z.string().nullable(),
    createdAt: z.iso.datetime(),
    processedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Ping' });
export type Ping = z.infer<typeof Ping>;

export const PingParams = z.object({ id: z.uuid({ error: 'expected a ping id (UUID)' }) });
export type PingParams = z.infer<typeof PingParams>;
