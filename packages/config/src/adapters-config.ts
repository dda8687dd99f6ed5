import { z } from 'zod';
import { parseConfig, type Env } from './parse-config';

const flag = z
  .enum(['true', 'false'], { error: 'expected true or false' })
  .transform((value) => value === 'true');
const url = (example: string) => z.url({ error: `expected a URL such as ${example}` });

/**
 * Which adapter backs each port, and their settings. Spread into an app's schema and add
 * `.superRefine(checkAdaptersConfig)`; AWS credentials come from the SDK's default chain.
 */
export const adaptersFields = {
  BLOB_STORE: z.enum(['filesystem', 's3'], { error: 'expected filesystem or s3' }).default('filesystem'),
  /** Root of the filesystem blob store. */
  BLOB_DIR: z.string().default('.logai/blobs'),
  S3_BUCKET: z.string().optional(),
  /** Defaults to AWS_REGION. */
  S3_REGION: z.string().optional(),
  /** An S3-compatible server (MinIO, moto); unset means AWS. */
  S3_ENDPOINT: url('http://127.0.0.1:9000').optional(),
  S3_FORCE_PATH_STYLE: flag.default(false),
  AWS_REGION: z.string().default('us-east-1'),
  QUEUE: z.enum(['postgres', 'sqs'], { error: 'expected postgres or sqs' }).default('postgres'),
  SQS_QUEUE_URL: url('https://sqs.eu-west-1.amazonaws.com/123456789012/logai-jobs').optional(),
  SQS_DLQ_URL: url('https://sqs.eu-west-1.amazonaws.com/123456789012/logai-jobs-dlq').optional(),
  SQS_ENDPOINT: url('http://127.0.0.1:5000').optional(),
  PUBSUB: z.enum(['postgres', 'redis'], { error: 'expected postgres or redis' }).default('postgres'),
  REDIS_URL: z
    .string()
    .refine((value) => /^rediss?:\/\/.+/.test(value), 'expected a redis:// or rediss:// URL')
    .optional(),
};

const AdaptersObject = z.object(adaptersFields);

/** Settings that only make sense together; each problem names the missing variable. */
export function checkAdaptersConfig(config: z.infer<typeof AdaptersObject>, ctx: z.RefinementCtx): void {
  const require = (name: keyof typeof adaptersFields, when: string) =>
    ctx.addIssue({ code: 'custom', path: [name], message: `is required when ${when}` });
  if (config.BLOB_STORE === 's3' && !config.S3_BUCKET) require('S3_BUCKET', 'BLOB_STORE=s3');
  if (config.QUEUE === 'sqs' && !config.SQS_QUEUE_URL) require('SQS_QUEUE_URL', 'QUEUE=sqs');
  if (config.PUBSUB === 'redis' && !config.REDIS_URL) require('REDIS_URL', 'PUBSUB=redis');
}

export const AdaptersConfig = AdaptersObject.superRefine(checkAdaptersConfig);
export type AdaptersConfig = z.infer<typeof AdaptersConfig>;

export function loadAdaptersConfig(env: Env = process.env): AdaptersConfig {
  return parseConfig(AdaptersConfig, env);
}
