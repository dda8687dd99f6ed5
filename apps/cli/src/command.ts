import type { Writable } from 'node:stream';

export interface CommandIo {
  argv: string[];
  stdout: Writable;
  stderr: Writable;
  /** Progress bars are drawn only when stderr is a terminal. */
  isStderrTTY: boolean;
}

/** A CLI command: parses its own arguments and returns the process exit code. */
export type Command = (io: CommandIo) => Promise<number>;

export const EXIT = { ok: 0, refused: 1, usage: 2, internal: 3 } as const;
