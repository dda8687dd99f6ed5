// The whole stack as `npm start` runs it (test/support/start-logai.ts: free ports, a throwaway data
// directory, the embedded PostgreSQL), or against a fresh database on a server the caller names.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { prepareLogAi, startLogAi, stopLogAi, type RunningLogAi } from '../test/support/start-logai';

export interface BenchStack {
  apiUrl: string;
  launcherPid: number;
  running: RunningLogAi;
  stop(): Promise<void>;
}

export async function startStack(options: { databaseUrl?: string; logLevel: string }): Promise<BenchStack> {
  const installation = await prepareLogAi({
    LOG_LEVEL: options.logLevel,
    // A 1 GB run under load can outlast the default 15-minute session.
    ACCESS_TOKEN_TTL_SECONDS: '7200',
  });
  let dropDatabase = async (): Promise<void> => undefined;
  if (options.databaseUrl !== undefined) {
    const fresh = await createDatabase(options.databaseUrl);
    installation.env.DATABASE_URL = fresh.url;
    dropDatabase = fresh.drop;
  }
  let running: RunningLogAi;
  try {
    running = await startLogAi(installation.env);
  } catch (err) {
    await dropDatabase();
    await installation.cleanup();
    throw err;
  }
  const launcherPid = running.child.pid;
  if (launcherPid === undefined) throw new Error('the launcher has no pid');
  return {
    apiUrl: installation.apiUrl,
    launcherPid,
    running,
    async stop() {
      await stopLogAi(running);
      await dropDatabase().catch((err: unknown) => console.error('could not drop the bench database:', err));
      await installation.cleanup();
    },
  };
}

async function createDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `logai_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
