import { createWriteStream, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { nameOf, openFileInput, STDIN, STDIN_NAME, statInput } from './open-file-input';
import { UsageError } from './parse-cli-args';

/** A log as a regular file on disk, with the name reports give it. */
export interface LocalFile {
  path: string;
  name: string;
}

export interface SpooledInputs {
  files: LocalFile[];
  /** Removes the copies made of standard input and pipes (call it in a `finally`). */
  remove(): Promise<void>;
}

/**
 * The inputs as regular files (`analyze` reads a file's head and tail before the whole, `upload` sends
 * its length first): standard input ("-") and pipes, readable only once, are copied to a temporary
 * folder; regular files are used where they are.
 */
export async function spoolInputs(
  paths: readonly string[],
  stdin: Readable,
  root: string = tmpdir(),
): Promise<SpooledInputs> {
  if (paths.filter((p) => p === STDIN).length > 1) {
    throw new UsageError('standard input ("-") can be read only once');
  }
  let folder: string | null = null;
  // Also when the process ends before `remove` (Ctrl-C: main.ts turns SIGINT and SIGTERM into an exit).
  const removeAtExit = (): void => {
    if (folder !== null) rmSync(folder, { recursive: true, force: true });
  };
  const remove = async (): Promise<void> => {
    process.off('exit', removeAtExit);
    if (folder !== null) await rm(folder, { recursive: true, force: true });
  };
  const files: LocalFile[] = [];
  try {
    for (const [i, path] of paths.entries()) {
      if (path !== STDIN && (await statInput(path)).isFile()) {
        files.push({ path, name: nameOf(path) });
        continue;
      }
      if (folder === null) {
        folder = await mkdtemp(join(root, 'logai-input-'));
        process.once('exit', removeAtExit);
      }
      // Numbered: two pipes may share a name (/dev/fd/63 of two process substitutions).
      const copy = join(folder, String(i));
      const input = await openFileInput(path, stdin);
      await pipeline(input.source, createWriteStream(copy)).catch((err: unknown) => {
        const what = path === STDIN ? 'standard input' : path;
        const why = err instanceof Error ? err.message : String(err);
        throw new UsageError(`cannot copy ${what} to ${copy} to read it: ${why}`);
      });
      files.push({ path: copy, name: path === STDIN ? STDIN_NAME : input.name });
    }
  } catch (err) {
    await remove();
    throw err;
  }
  return { files, remove };
}
