import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from './free-port';

/** moto accepts any credentials; they are passed to the SDK explicitly, never through the environment. */
export const motoCredentials = { accessKeyId: 'test', secretAccessKey: 'test' };
export const motoRegion = 'us-east-1';

export interface MotoServer {
  endpoint: string;
  stop(): Promise<void>;
}

/** Starts `moto_server` (a local AWS emulator) on a free port and resolves once it answers HTTP. */
export async function startMotoServer(command = 'moto_server'): Promise<MotoServer> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(command, ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitUntilAnswering(endpoint, child);
  } catch (error) {
    await kill(child, exited);
    throw new Error(`moto_server did not start: ${String(error)}\n${output}`, { cause: error });
  }
  return { endpoint, stop: () => kill(child, exited) };
}

/** One moto server for the calling test file: started before its tests, stopped after them. */
export function useMotoServer(command?: string): { readonly endpoint: string } {
  let server: MotoServer | undefined;
  beforeAll(async () => {
    server = await startMotoServer(command);
  });
  afterAll(async () => {
    await server?.stop();
  });
  return {
    get endpoint() {
      if (!server) throw new Error('useMotoServer(): the server exists only inside tests and hooks');
      return server.endpoint;
    },
  };
}

async function waitUntilAnswering(endpoint: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error('timed out waiting for HTTP');
}

async function kill(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exited;
  }
}
