import { z } from 'zod';
import { adaptersFields, checkAdaptersConfig } from './adapters-config';
import { common, port, positiveInt, postgresUrl } from './fields';
import { parseConfig, type Env } from './parse-config';

export const ApiConfig = z
  .object({
    ...common,
    ...adaptersFields,
    DATABASE_URL: postgresUrl,
    /** Largest upload accepted, in bytes (enforced while streaming). */
    UPLOAD_MAX_BYTES: positiveInt(2 * 1024 ** 3),
    API_HOST: z.string().default('127.0.0.1'),
    API_PORT: port(8000),
    /** Public URL of the web app (CORS origin and links in e-mails). */
    WEB_ORIGIN: z
      .url({ error: 'expected a URL such as http://localhost:3000' })
      .default('http://localhost:3000'),
    /** Where the embedded mode keeps generated secrets. */
    LOGAI_DATA_DIR: z.string().default('.logai'),
    /** HMAC key of access tokens. Required in production; generated once under LOGAI_DATA_DIR otherwise. */
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    ACCESS_TOKEN_TTL_SECONDS: positiveInt(15 * 60),
    REFRESH_TOKEN_TTL_SECONDS: positiveInt(30 * 24 * 3600),
    INVITATION_TTL_SECONDS: positiveInt(7 * 24 * 3600),
    /** Outgoing e-mail (invitations). Unset: invitation links are returned to the inviting admin. */
    SMTP_URL: z
      .string()
      .refine((value) => /^smtps?:\/\/.+/.test(value), 'expected an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().default('LogAi <logai@localhost>'),
    /** Trust X-Forwarded-For from a proxy in front of the API (ALB, nginx) for client addresses. */
    TRUST_PROXY: z
      .enum(['true', 'false'], { error: 'expected true or false' })
      .transform((value) => value === 'true')
      .default(false),
  })
  .superRefine((config, context) => {
    checkAdaptersConfig(config, context);
    if (config.NODE_ENV === 'production' && !config.JWT_SECRET) {
      context.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required in production' });
    }
  });
export type ApiConfig = z.infer<typeof ApiConfig>;

export function loadApiConfig(env: Env = process.env): ApiConfig {
  return parseConfig(ApiConfig, env);
}
