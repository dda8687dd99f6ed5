// Open-loop HTTP load: requests are started on a fixed schedule whatever the answers' latency, so a
// slow server shows up as latency (and as skipped requests when too many are in flight), not as a
// politely lower rate.
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

export interface LoadResult {
  sent: number;
  ok: number;
  failed: number;
  /** Requests not started because `maxInFlight` were already waiting. */
  skipped: number;
  seconds: number;
  latenciesMs: number[];
}

export interface LoadOptions {
  baseUrl: string;
  paths: string[];
  headers: Record<string, string>;
  ratePerSecond: number;
  maxSeconds: number;
  maxInFlight?: number;
}

export interface RunningLoad {
  stop(): Promise<LoadResult>;
}

/**
 * Starts the load in a process of its own: latencies measured inside the benchmark process would
 * include its own pauses (it streams the upload and polls the status meanwhile).
 */
export function startLoad(options: LoadOptions): RunningLoad {
  const child = fork(
    fileURLToPath(new URL('./e2e-load-process.ts', import.meta.url)),
    [JSON.stringify(options)],
    {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const result = new Promise<LoadResult>((resolve, reject) => {
    child.once('message', (message) => resolve(message as LoadResult));
    child.once('exit', (code) =>
      reject(new Error(`the load process exited (code ${code}) without a result`)),
    );
  });
  return {
    async stop() {
      child.send('stop');
      return result;
    },
  };
}

/** The load itself, in the calling process. */
export function runLoad(options: LoadOptions): RunningLoad {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const maxInFlight = options.maxInFlight ?? 64;
  const url = new URL(options.baseUrl);
  const result: LoadResult = { sent: 0, ok: 0, failed: 0, skipped: 0, seconds: 0, latenciesMs: [] };
  const started = performance.now();
  let inFlight = 0;
  let due = 0;
  const pending = new Set<Promise<void>>();

  function fire(path: string): void {
    inFlight++;
    result.sent++;
    const t0 = performance.now();
    const done = new Promise<void>((resolve) => {
      const req = request(
        { host: url.hostname, port: url.port, path, agent, headers: options.headers },
        (res) => {
          res.resume();
          res.once('end', () => {
            result.latenciesMs.push(performance.now() - t0);
            if (res.statusCode === 200) result.ok++;
            else result.failed++;
            resolve();
          });
        },
      );
      req.once('error', () => {
        result.failed++;
        resolve();
      });
      req.end();
    });
    pending.add(done);
    void done.then(() => {
      inFlight--;
      pending.delete(done);
    });
  }

  const tick = setInterval(() => {
    const elapsed = (performance.now() - started) / 1000;
    if (elapsed > options.maxSeconds) return;
    const target = Math.floor(elapsed * options.ratePerSecond);
    for (; due < target; due++) {
      if (inFlight >= maxInFlight) result.skipped++;
      else fire(options.paths[due % options.paths.length] ?? '/');
    }
  }, 5);

  return {
    async stop() {
      clearInterval(tick);
      result.seconds = Math.min((performance.now() - started) / 1000, options.maxSeconds);
      await Promise.all(pending);
      agent.destroy();
      return result;
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
