import { hostname } from 'node:os';
import type { Deps, JobConsumer, JobHandlers, RunningConsumer } from '@logai/core';
import { analyzeUploadJob } from './jobs/analyze-upload';
import { pingJob } from './jobs/ping';
import { scheduleReaper } from './tasks/reap-orphans';

export interface WorkerDeps extends Deps {
  consumer: JobConsumer;
}

export interface WorkerOptions {
  concurrency: number;
  workerId?: string;
}

/** Starts consuming jobs; each handler is a thin call into a core verb. */
export async function startWorker(deps: WorkerDeps, options: WorkerOptions): Promise<RunningConsumer> {
  const workerId = options.workerId ?? `${hostname()}:${process.pid}`;
  const ctx = { deps };
  const handlers: JobHandlers = {
    ping: pingJob(ctx, workerId),
    'analyze-upload': analyzeUploadJob(ctx),
  };
  const running = await deps.consumer.start(handlers, { concurrency: options.concurrency });
  const reaper = scheduleReaper(ctx);
  deps.logger.info({ workerId, concurrency: options.concurrency }, 'worker is taking jobs');
  return {
    stop: async () => {
      reaper.stop();
      await running.stop();
    },
  };
}
