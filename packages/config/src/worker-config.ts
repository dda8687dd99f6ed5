import { z } from 'zod';
import { adaptersFields, checkAdaptersConfig } from './adapters-config';
import { common, positiveInt, postgresUrl } from './fields';
import { parseConfig, type Env } from './parse-config';

export const WorkerConfig = z
  .object({
    ...common,
    ...adaptersFields,
    DATABASE_URL: postgresUrl,
    /** Jobs one worker process runs at the same time. */
    WORKER_CONCURRENCY: positiveInt(2),
    /**
     * Scheduling priority (nice value, 0–19) of the worker process: analyses are batch work, so on a
     * machine shared with the API (npm start) the API answers first. 0 keeps the normal priority.
     */
    WORKER_NICE: z.coerce.number().int().min(0).max(19).default(10),
  })
  .superRefine(checkAdaptersConfig);
export type WorkerConfig = z.infer<typeof WorkerConfig>;

export function loadWorkerConfig(env: Env = process.env): WorkerConfig {
  return parseConfig(WorkerConfig, env);
}
