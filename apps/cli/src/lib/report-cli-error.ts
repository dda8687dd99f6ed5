import type { Writable } from 'node:stream';
import { InputError } from '@logai/engine';
import { EXIT } from '../command';
import { UsageError } from './parse-cli-args';

/** Prints an error the way scripts can rely on ("logai CMD: message") and returns the exit code. */
export function reportCliError(err: unknown, command: string, stderr: Writable, usage = ''): number {
  if (err instanceof UsageError) {
    stderr.write(`logai ${command}: ${err.message}\n${usage}`);
    return EXIT.usage;
  }
  if (err instanceof InputError) {
    stderr.write(`logai ${command}: ${err.message} [${err.code}]\n`);
    return EXIT.refused;
  }
  stderr.write(
    `logai ${command}: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  return EXIT.internal;
}
