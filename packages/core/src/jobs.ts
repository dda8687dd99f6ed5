import { z } from 'zod';

/** Every background job, with the schema of its payload (validated again by the worker). */
export const JOBS = {
  ping: z.object({ pingId: z.uuid() }),
  'analyze-upload': z.object({ uploadId: z.uuid(), organizationId: z.uuid() }),
} as const;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]>;
