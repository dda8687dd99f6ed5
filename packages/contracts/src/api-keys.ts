import { z } from 'zod';

export const ApiKeyRole = z.enum(['member', 'viewer'], { error: 'an API key is a member or a viewer' });

export const CreateApiKey = z
  .object({ name: z.string().trim().min(1).max(100), role: ApiKeyRole.default('member') })
  .meta({ id: 'CreateApiKey', example: { name: 'CI uploader', role: 'member' } });
export type CreateApiKey = z.infer<typeof CreateApiKey>;

export const ApiKey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    role: ApiKeyRole,
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKey = z.infer<typeof ApiKey>;
export const ApiKeyList = z.object({ items: z.array(ApiKey) }).meta({ id: 'ApiKeyList' });

export const CreatedApiKey = z
  .object({ apiKey: ApiKey, /** Shown once; only its hash is kept. */ secret: z.string() })
  .meta({ id: 'CreatedApiKey' });
export type CreatedApiKey = z.infer<typeof CreatedApiKey>;
