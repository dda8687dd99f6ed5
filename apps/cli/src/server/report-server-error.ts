import type { Writable } from 'node:stream';
import { EXIT } from '../command';
import { reportCliError } from '../lib/report-cli-error';
import { ApiError, ServerUnreachableError } from './api-client';

/** Errors of commands that talk to a server: 4xx are refusals (exit 1), no answer or a 5xx exit 3. */
export function reportServerError(err: unknown, command: string, stderr: Writable, usage: string): number {
  if (err instanceof ApiError) {
    stderr.write(`logai ${command}: ${err.message} (HTTP ${err.status})\n`);
    return err.status < 500 ? EXIT.refused : EXIT.internal;
  }
  if (err instanceof ServerUnreachableError) {
    stderr.write(`logai ${command}: ${err.message}\n`);
    return EXIT.internal;
  }
  return reportCliError(err, command, stderr, usage);
}
