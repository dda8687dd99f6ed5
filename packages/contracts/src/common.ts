import { z } from 'zod';

export const ROLE_VALUES = ['owner', 'admin', 'member', 'viewer'] as const;
export const Role = z.enum(ROLE_VALUES, { error: 'expected one of owner, admin, member, viewer' });
export type Role = z.infer<typeof Role>;

export const Email = z
  .email({ error: 'expected an e-mail address' })
  .max(254)
  .transform((value) => value.trim().toLowerCase());

export const IdParams = z.object({ id: z.uuid({ error: 'expected an id (UUID)' }) });
export type IdParams = z.infer<typeof IdParams>;

/** Cursor paging: pass `nextCursor` back as `cursor` for the next page. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
