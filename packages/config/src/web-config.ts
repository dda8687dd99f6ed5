import { z } from 'zod';
import { port } from './fields';
import { parseConfig, type Env } from './parse-config';

/** Server-side settings of the Next.js app (the browser never sees them). */
export const WebConfig = z.object({
  /** Where the web server reaches the API. */
  LOGAI_API_URL: z
    .url({ error: 'expected a URL such as http://127.0.0.1:8000' })
    .default('http://127.0.0.1:8000'),
  /** The API's address as a browser reaches it (links to the API documentation). */
  LOGAI_PUBLIC_API_URL: z
    .url({ error: 'expected a URL such as http://localhost:8000' })
    .default('http://localhost:8000'),
  WEB_PORT: port(3000),
});
export type WebConfig = z.infer<typeof WebConfig>;

export function loadWebConfig(env: Env = process.env): WebConfig {
  return parseConfig(WebConfig, env);
}
