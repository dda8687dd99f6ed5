import cliPackage from '../package.json' with { type: 'json' };
import type { Command } from './command';

const HELP = `logai — log analysis from the command line

Usage:
  logai templates FILE [--jsonl]            mine the patterns of a log file
  logai analyze FILE... [--json] [--baseline FILE] [--emit-baseline FILE]
                                            find anomalies and summarise what happened
  logai upload FILE... --server URL --api-key KEY [--wait] [--json]
                                            send logs to a LogAi server (--wait: follow the analysis)
  logai status UPLOAD_ID --server URL --api-key KEY [--json]
                                            status, progress and results of an upload
  logai --help                              show this help (logai COMMAND --help: its options)
  logai --version                           the version of this logai

A FILE may be - for standard input (kubectl logs api | logai templates -), a pipe, a gzip, or a zip or
tar bundle. --server and --api-key fall back to LOGAI_SERVER and LOGAI_API_KEY.

Exit codes: 0 success, 1 the input was refused (binary, corrupt, too large, rejected by the server, analysis
failed), 2 wrong usage, 3 internal error or server unreachable.
`;

const commands: Record<string, () => Promise<{ command: Command }>> = {
  templates: () => import('./commands/templates'),
  analyze: () => import('./commands/analyze'),
  upload: () => import('./commands/upload'),
  status: () => import('./commands/status'),
};

/**
 * `logai templates big.log --jsonl | head`: when the reader closes the pipe, the command stops quietly
 * with success, as other command-line tools do, instead of dying on an unhandled EPIPE.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

/**
 * Ctrl-C (SIGINT) and SIGTERM end the process as an exit (130, 143), so its 'exit' handlers run: the
 * copies of standard input that `analyze` and `upload` make are removed (see spoolInputs).
 */
function exitOnSignals(): void {
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
}

export async function main(argv: string[]): Promise<number> {
  endQuietlyOnClosedPipe(process.stdout);
  exitOnSignals();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`logai ${cliPackage.version}\n`);
    return 0;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`logai: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  const { command } = await load();
  return command({
    argv: rest,
    stdin: process.stdin,
    isStdinTTY: process.stdin.isTTY === true,
    stdout: process.stdout,
    stderr: process.stderr,
    isStderrTTY: process.stderr.isTTY === true,
  });
}
