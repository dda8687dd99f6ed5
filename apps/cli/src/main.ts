const HELP = `logai — log analysis from the command line

Usage:
  logai templates FILE [--jsonl]   mine the patterns of a log file
  logai --help                     show this help
`;

export async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(HELP);
    return 0;
  }
  process.stderr.write(`logai: unknown command "${command}"\n${HELP}`);
  return 2;
}
