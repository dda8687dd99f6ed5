// `npm start`: LogAi on one machine with its embedded defaults. Starts PostgreSQL (unless DATABASE_URL
// is set), applies migrations, then runs the API, the worker and the web app until Ctrl-C.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, migrateQueue } from '@logai/adapters';
import { ConfigError, inheritedEnvironment, loadLauncherConfig } from '@logai/config';
import { runMigrations, startEmbeddedPostgres, type EmbeddedServer } from '@logai/db';
import { startChild, stopChild, type Child } from './launcher/children';
import { assertPortFree, waitForHttp } from './launcher/ports';
import { isWebBuildStale, recordWebBuild } from './launcher/web-build';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const isDev = process.argv.includes('--dev');

let config;
try {
  config = loadLauncherConfig();
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(2);
}
const logger = createLogger({ name: 'logai', level: config.LOG_LEVEL, pretty: config.LOG_PRETTY });
const started = Date.now();
const children: Child[] = [];
let database: EmbeddedServer | undefined;
let stopping: Promise<never> | undefined;

/** Stops everything once; a second signal (npm and tsx relay Ctrl-C as well) waits for the first stop. */
function shutdown(reason: string, exitCode: number): Promise<never> {
  stopping ??= (async () => {
    logger.info({ reason }, 'stopping LogAi');
    // Web first (no new requests), then the API, then the worker (lets running jobs finish), then PostgreSQL.
    for (const child of [...children].reverse()) await stopChild(child);
    if (database) {
      await database
        .stop()
        .catch((error: unknown) => logger.error({ err: error }, 'PostgreSQL did not stop'));
      logger.info('PostgreSQL stopped');
    }
    logger.info('stopped');
    process.exit(exitCode);
  })();
  return stopping;
}

process.on('SIGINT', () => void shutdown('Ctrl-C', 0));
process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
process.on('SIGHUP', () => void shutdown('terminal closed', 0));

try {
  await assertPortFree(config.API_HOST, config.API_PORT, 'API_PORT');
  await assertPortFree('0.0.0.0', config.WEB_PORT, 'WEB_PORT');

  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = path.resolve(root, config.LOGAI_DATA_DIR, 'pg');
    logger.info({ dataDir, port: config.LOGAI_PG_PORT }, 'starting the embedded PostgreSQL');
    database = await startEmbeddedPostgres({
      dataDir,
      port: config.LOGAI_PG_PORT,
      onLog: (message) => logger.info(message),
    });
    databaseUrl = database.url;
  }
  await runMigrations(databaseUrl);
  await migrateQueue(databaseUrl);
  logger.info({ ms: Date.now() - started }, 'database ready and migrated');

  if (!isDev && (await isWebBuildStale(root))) {
    logger.info('building the web app (first start, or its sources changed)…');
    await run(process.execPath, [nextBin(), 'build'], path.join(root, 'apps/web'));
    await recordWebBuild(root);
  }

  const env = {
    ...inheritedEnvironment(),
    DATABASE_URL: databaseUrl,
    LOGAI_DATA_DIR: path.resolve(root, config.LOGAI_DATA_DIR),
    // The API writes uploads and the worker reads them: one blob directory for both, under the data dir.
    BLOB_DIR: path.resolve(root, config.BLOB_DIR ?? path.join(config.LOGAI_DATA_DIR, 'blobs')),
    API_HOST: config.API_HOST,
    API_PORT: String(config.API_PORT),
    WEB_PORT: String(config.WEB_PORT),
    LOGAI_API_URL: `http://${config.API_HOST === '0.0.0.0' ? '127.0.0.1' : config.API_HOST}:${config.API_PORT}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const tsx = isDev ? [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'watch'] : ['--import', 'tsx'];
  const options = { cwd: root, env, logger };
  children.push(
    startChild(
      'worker',
      process.execPath,
      [...(isDev ? [] : config.WORKER_NODE_FLAGS), ...tsx, 'apps/worker/src/main.ts', '--supervised'],
      options,
    ),
  );
  children.push(
    startChild('api', process.execPath, [...tsx, 'apps/api/src/main.ts', '--supervised'], options),
  );
  children.push(
    startChild('web', process.execPath, [nextBin(), isDev ? 'dev' : 'start', '-p', String(config.WEB_PORT)], {
      ...options,
      cwd: path.join(root, 'apps/web'),
    }),
  );
  for (const child of children) {
    void child.exited.then((code) => {
      if (!stopping) void shutdown(`${child.name} exited unexpectedly (code ${code})`, 1);
    });
  }

  const apiUrl = `${env.LOGAI_API_URL}/readyz`;
  const allAlive = () => children.every((child) => child.isAlive());
  await waitForHttp(apiUrl, 60_000, allAlive);
  await waitForHttp(`http://127.0.0.1:${config.WEB_PORT}/`, 120_000, allAlive);
  logger.info(
    { seconds: ((Date.now() - started) / 1000).toFixed(1) },
    `LogAi is up: web http://localhost:${config.WEB_PORT} · API http://localhost:${config.API_PORT}/docs · Ctrl-C stops everything`,
  );
} catch (error) {
  logger.error({ err: error }, error instanceof Error ? error.message : 'start-up failed');
  await shutdown('start-up failed', 1);
}

function nextBin(): string {
  return path.join(root, 'node_modules/next/dist/bin/next');
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: 'inherit',
      env: { ...inheritedEnvironment(), NEXT_TELEMETRY_DISABLED: '1' },
    });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} failed (${code})`)),
    );
  });
}
