import { z } from 'zod';
import { parseConfig, type Env } from './parse-config';

/** Fallbacks of the `logai` command's --server and --api-key options. */
export const CliConfig = z.object({
  /** The LogAi API, e.g. http://localhost:8000. */
  LOGAI_SERVER: z.url({ error: 'expected a URL such as http://localhost:8000' }).optional(),
  /** An API key (lak_…) of the organisation to upload into. */
  LOGAI_API_KEY: z.string().min(1).optional(),
});
export type CliConfig = z.infer<typeof CliConfig>;

export function loadCliConfig(env: Env = process.env): CliConfig {
  return parseConfig(CliConfig, env);
}
