import { z } from 'zod';
import { common, port, postgresUrl } from './fields';
import { parseConfig, type Env } from './parse-config';

export const ApiConfig = z.object({
  ...common,
  DATABASE_URL: postgresUrl,
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: port(8000),
  /** Public URL of the web app (CORS origin and links in e-mails). */
  WEB_ORIGIN: z
    .url({ error: 'expected a URL such as http://localhost:3000' })
    .default('http://localhost:3000'),
});
export type ApiConfig = z.infer<typeof ApiConfig>;

export function loadApiConfig(env: Env = process.env): ApiConfig {
  return parseConfig(ApiConfig, env);
}
