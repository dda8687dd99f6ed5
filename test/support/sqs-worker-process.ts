// A worker process for crash tests: consumes one SQS queue, reports each job it starts on stdout
// ("started <attempt>") and never finishes it, so the test can SIGKILL it mid-job.
import { createLogger, createSqsQueue } from '@logai/adapters';
import { createDatabase } from '@logai/db';
import { z } from 'zod';

const Settings = z.object({
  queueUrl: z.string(),
  endpoint: z.string(),
  region: z.string(),
  databaseUrl: z.string(),
  visibilityTimeoutSeconds: z.number().int().positive(),
  credentials: z.object({ accessKeyId: z.string(), secretAccessKey: z.string() }),
});

const settings = Settings.parse(JSON.parse(process.argv[2] ?? '{}'));
const database = createDatabase(settings.databaseUrl, { maxConnections: 1 });
const queue = createSqsQueue({
  ...settings,
  db: database.db,
  logger: createLogger({ name: 'sqs-worker-process', level: 'silent', pretty: false }),
  waitTimeSeconds: 1,
});
await queue.start(
  {
    ping: async (_payload, job) => {
      process.stdout.write(`started ${job.attempt}\n`);
      await new Promise(() => undefined);
    },
    'analyze-upload': async () => undefined,
  },
  { concurrency: 1 },
);
