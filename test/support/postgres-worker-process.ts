// A worker process whose ping job never finishes, for the test that SIGKILLs a worker mid-job.
// argv: DATABASE_URL LEASE_SECONDS
import { createLogger, createPostgresQueue } from '@logai/adapters';
import { createDatabase } from '@logai/db';

const [url, leaseSeconds] = process.argv.slice(2);
if (!url) throw new Error('usage: postgres-worker-process.ts DATABASE_URL LEASE_SECONDS');
const database = createDatabase(url, { maxConnections: 2 });
const queue = createPostgresQueue({
  url,
  db: database.db,
  logger: createLogger({ name: 'killed-worker', level: 'silent', pretty: false }),
  leaseSeconds: Number(leaseSeconds ?? 2),
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
