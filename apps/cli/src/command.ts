import type { Readable, Writable } from 'node:stream';

export interface CommandIo {
  argv: string[];
  /** Read for the FILE "-" (`kubectl logs api | logai templates -`). */
  stdin: Readable;
  /** Standard input is a terminal: "-" then says how to end it. */
  isStdinTTY: boolean;
  stdout: Writable;
  stderr: Writable;
  /** Progress bars are drawn only when stderr is a terminal. */
  isStderrTTY: boolean;
}

/** A CLI command: parses its own arguments and returns the process exit code. */
export type Command = (io: CommandIo) => Promise<number>;

export const EXIT = { ok: 0, refused: 1, usage: 2, internal: 3 } as const;
