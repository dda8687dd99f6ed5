// Starts LogAi the way a user does (`npm start`: embedded PostgreSQL, API, worker, web app) on free
// ports with a throwaway data directory, for whole-system tests; stop() is Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, rmdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inheritedEnvironment } from '@logai/config';
import { isWebBuildStale, recordWebBuild } from '../../scripts/launcher/web-build';
import { freePort } from './free-port';

const root = path.resolve(import.meta.dirname, '../..');

export interface LogAiPorts {
  api: number;
  web: number;
  pg: number;
}

export interface RunningLogAi {
  child: ChildProcess;
  output: () => string;
}

/** A set of free ports and a fresh data directory: one LogAi installation, startable several times. */
export async function prepareLogAi(extraEnv: Record<string, string> = {}) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'logai-start-'));
  await chmod(dataDir, 0o755);
  const ports: LogAiPorts = { api: await freePort(), web: await freePort(), pg: await freePort() };
  const env: Record<string, string> = {
    ...inheritedEnvironment(),
    LOGAI_DATA_DIR: dataDir,
    API_PORT: String(ports.api),
    WEB_PORT: String(ports.web),
    LOGAI_PG_PORT: String(ports.pg),
    WEB_ORIGIN: `http://localhost:${ports.web}`,
    LOG_PRETTY: 'false',
    ...extraEnv,
  };
  // The embedded PostgreSQL, as on a fresh machine, whatever the test run was given.
  delete env.DATABASE_URL;
  return {
    dataDir,
    ports,
    env,
    webUrl: `http://localhost:${ports.web}`,
    apiUrl: `http://127.0.0.1:${ports.api}`,
    cleanup: () => rm(dataDir, { recursive: true, force: true }),
  };
}

const running = new Set<ChildProcess>();

/** Spawns `npm start`'s script in its own process group and waits for "LogAi is up". */
export async function startLogAi(env: Record<string, string>, timeoutMs = 240_000): Promise<RunningLogAi> {
  await buildWebOnce();
  // NODE_ENV spelled out (same value the config would default to): Next's types require it.
  const nodeEnv = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: { ...env, NODE_ENV: nodeEnv },
    detached: true,
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  while (!output.includes('LogAi is up')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`LogAi did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { child, output: () => output };
}

/** What a terminal does on Ctrl-C: SIGINT to the whole foreground process group. */
export async function stopLogAi({ child }: RunningLogAi): Promise<void> {
  if (!child.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGINT');
  await exited;
}

/** Last resort in afterAll: whatever is still running is killed with its whole process group. */
export function killLeftovers(): void {
  for (const child of running) if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '0.0.0.0', () => probe.close(() => resolve(true)));
  });
}

/**
 * Test files run in parallel and share apps/web/.next: build it here, one process at a time (a mkdir
 * lock), so two launchers never run `next build` into the same directory at once.
 */
async function buildWebOnce(): Promise<void> {
  const lock = path.join(root, 'apps/web/.build-lock');
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      const age = await stat(lock).then(
        (info) => Date.now() - info.mtimeMs,
        () => 0,
      );
      if (age > 300_000) await rmdir(lock).catch(() => undefined);
      if (Date.now() > deadline) throw new Error('timed out waiting for another web build');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    if (!(await isWebBuildStale(root))) return;
    await new Promise<void>((resolve, reject) => {
      const build = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
        cwd: path.join(root, 'apps/web'),
        env: { ...inheritedEnvironment(), NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let log = '';
      build.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
      build.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
      build.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`next build failed (${code}):\n${log}`)),
      );
    });
    await recordWebBuild(root);
  } finally {
    await rmdir(lock).catch(() => undefined);
  }
}
