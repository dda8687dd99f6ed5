import type { Transaction } from '@logai/db';
import type { JobName, JobPayload } from '../jobs';

export interface EnqueueOptions {
  /** Enqueue inside this transaction: the job exists only if the transaction commits. */
  tx?: Transaction;
  maxAttempts?: number;
  /** A second job with the same key replaces the first while it is still waiting. */
  jobKey?: string;
  runAt?: Date;
}

export interface JobQueue {
  enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options?: EnqueueOptions): Promise<void>;
}

export interface JobContext {
  jobId: string;
  attempt: number;
  maxAttempts: number;
  /** Aborted when the worker is shutting down. */
  signal: AbortSignal;
}

export type JobHandler<N extends JobName> = (payload: JobPayload<N>, job: JobContext) => Promise<void>;
export type JobHandlers = { [N in JobName]: JobHandler<N> };

export interface RunningConsumer {
  /** Stops taking jobs and waits for running ones to finish. */
  stop(): Promise<void>;
}

/** The receiving end of the queue, run by the worker. A handler that throws is retried with backoff. */
export interface JobConsumer {
  start(handlers: JobHandlers, options: { concurrency: number }): Promise<RunningConsumer>;
}
