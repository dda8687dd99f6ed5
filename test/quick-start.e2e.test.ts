// The README's promise: `npm start` brings up PostgreSQL, the API, the worker and the web app, and one
// Ctrl-C stops all of them, leaving no process or port behind; a second start reuses the data.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inheritedEnvironment } from '@logai/config';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
let dataDir = '';
const running: ChildProcess[] = [];

afterAll(async () => {
  for (const child of running) if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('starts everything, stops cleanly on Ctrl-C and keeps the data for the next start', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'logai-start-'));
    await chmod(dataDir, 0o755);
    const ports = { api: await freePort(), web: await freePort(), pg: await freePort() };
    const env: Record<string, string> = {
      ...inheritedEnvironment(),
      LOGAI_DATA_DIR: dataDir,
      API_PORT: String(ports.api),
      WEB_PORT: String(ports.web),
      LOGAI_PG_PORT: String(ports.pg),
      LOG_PRETTY: 'false',
    };
    delete env.DATABASE_URL;

    const first = await start(env);
    const ready = await fetch(`http://127.0.0.1:${ports.api}/readyz`);
    expect(ready.status).toBe(200);
    const page = await (await fetch(`http://127.0.0.1:${ports.web}/`)).text();
    expect(page).toContain('Find out what your logs are telling you');
    expect(page).toContain('API and database ready');
    const account = { email: 'first@example.com', password: 'correct horse battery staple' };
    const signUp = await fetch(`http://127.0.0.1:${ports.api}/api/v1/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...account, fullName: 'First User', organizationName: 'First Org' }),
    });
    expect(signUp.status).toBe(201);
    const { accessToken } = (await signUp.json()) as { accessToken: string };
    const ping = await fetch(`http://127.0.0.1:${ports.api}/api/v1/system/pings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ message: 'kept across restarts' }),
    });
    const { id } = (await ping.json()) as { id: string };
    await stop(first);
    for (const port of Object.values(ports)) expect(await isPortFree(port)).toBe(true);

    const second = await start(env);
    // The account, its signing key (generated once under the data directory) and the ping all survived.
    const signIn = await fetch(`http://127.0.0.1:${ports.api}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(account),
    });
    expect(signIn.status).toBe(200);
    const again = await fetch(`http://127.0.0.1:${ports.api}/api/v1/system/pings/${id}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(await again.json()).toMatchObject({ message: 'kept across restarts', status: 'processed' });
    await stop(second);
    for (const port of Object.values(ports)) expect(await isPortFree(port)).toBe(true);
  }, 240_000);
});

async function start(env: Record<string, string>): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env,
    detached: true,
  });
  running.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 180_000;
  while (!output.includes('LogAi is up')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`LogAi did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { child, output: () => output };
}

/** What a terminal does on Ctrl-C: SIGINT to the whole foreground process group. */
async function stop({ child, output }: { child: ChildProcess; output: () => string }): Promise<void> {
  if (!child.pid) throw new Error('no pid');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGINT');
  await exited;
  expect(output()).toContain('PostgreSQL stopped');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '0.0.0.0', () => probe.close(() => resolve(true)));
  });
}
