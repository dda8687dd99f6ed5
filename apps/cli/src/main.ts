import type { Command } from './command';

const HELP = `logai — log analysis from the command line

Usage:
  logai templates FILE [--jsonl]            mine the patterns of a log file
  logai analyze FILE... [--json] [--baseline FILE] [--emit-baseline FILE]
                                            find anomalies and summarise what happened
  logai --help                              show this help

Exit codes: 0 success, 1 the input was refused (binary, corrupt, too large…), 2 wrong usage, 3 internal error.
`;

const commands: Record<string, () => Promise<{ command: Command }>> = {
  templates: () => import('./commands/templates'),
  analyze: () => import('./commands/analyze'),
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
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
    stdout: process.stdout,
    stderr: process.stderr,
    isStderrTTY: process.stderr.isTTY === true,
  });
}
