import { z } from 'zod';
import { common, port, postgresUrl } from './fields';
import { parseConfig, type Env } from './parse-config';

/** Settings of `npm start`, which runs PostgreSQL (unless DATABASE_URL is set), the API, the worker and the web app. */
export const LauncherConfig = z.object({
  ...common,
  /** When set, no embedded PostgreSQL is started. */
  DATABASE_URL: postgresUrl.optional(),
  /** Where LogAi keeps its local state: embedded PostgreSQL data (pg/), blobs, generated secrets. */
  LOGAI_DATA_DIR: z.string().default('.logai'),
  /** Port of the embedded PostgreSQL server. */
  LOGAI_PG_PORT: port(54329),
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: port(8000),
  WEB_PORT: port(3000),
  /** Filesystem blob store root; defaults to LOGAI_DATA_DIR/blobs. */
  BLOB_DIR: z.string().optional(),
  /**
   * Node.js flags of the worker process, space-separated. The default: a 32 MB young generation makes
   * the engine about 8% faster (it makes several short-lived objects per line); a heap let grow by half
   * its live size between full collections, not up to four times (V8's own choice when collections
   * are cheap), keeps a file of free text — a new pattern a line, ~150 MB live — under 400 MB instead
   * of ~700 MB, at no cost measured on ordinary logs (whose live heap is small).
   */
  WORKER_NODE_FLAGS: z
    .string()
    .default('--max-semi-space-size=32 --heap-growing-percent=50')
    .transform((flags) => flags.split(/\s+/).filter((flag) => flag.length > 0))
    .refine(
      (flags) => flags.every((flag) => flag.startsWith('--')),
      'expected Node.js flags such as --max-old-space-size=1024',
    ),
});
export type LauncherConfig = z.infer<typeof LauncherConfig>;

export function loadLauncherConfig(env: Env = process.env): LauncherConfig {
  return parseConfig(LauncherConfig, env);
}
