import { TemplateMiner, type PatternSummary } from '@logai/engine';
import { EXIT, type Command } from '../command';
import { mineFile } from '../lib/mine-file';
import { hintTerminalInput } from '../lib/open-file-input';
import { intOption, parseCliArgs, UsageError } from '../lib/parse-cli-args';
import { reportCliError } from '../lib/report-cli-error';
import { BufferedWriter } from '../lib/write-lines';
import { EventLines } from '../lib/event-lines';
import { EvictedTemplatesFile } from '../lib/evicted-templates-file';

const USAGE = `Usage: logai templates FILE [--jsonl | --json] [--format NAME] [--top N] [--max-clusters N]
  FILE       a log file, a gzip, zip or tar of logs, or - for standard input
  (default)  a table of the patterns by count
  --jsonl    one {"line","template","pattern"} object per physical input line
  --json     the patterns with their statistics and the per-file reading statistics
`;

export const command: Command = async ({ argv, stdin, isStdinTTY, stdout, stderr, isStderrTTY }) => {
  let evicted: EvictedTemplatesFile | undefined;
  try {
    const args = parseCliArgs(argv, {
      flags: ['jsonl', 'json', 'help'],
      options: ['format', 'top', 'max-clusters'],
    });
    if (args.flags.has('help')) {
      stdout.write(USAGE);
      return EXIT.ok;
    }
    const path = args.positionals[0];
    if (path === undefined || args.positionals.length > 1) {
      throw new UsageError('expects exactly one FILE');
    }
    const jsonl = args.flags.has('jsonl');
    // The table and --json list the live patterns only; --jsonl needs every line's final template,
    // evicted clusters' in a temporary file (a file of free text evicts millions).
    evicted = jsonl
      ? new EvictedTemplatesFile(undefined, (message) => stderr.write(`logai templates: ${message}\n`))
      : undefined;
    const miner = new TemplateMiner({
      maxClusters: intOption(args, 'max-clusters', 10_000),
      // Each line's pattern is printed, not its values (the patterns' statistics still read them).
      params: false,
      ...(evicted ? { evicted } : { keepGone: () => false }),
    });
    const lines = new EventLines();
    hintTerminalInput(args.positionals, isStdinTTY, stderr);
    const files = await mineFile(path, {
      stdin,
      format: args.options.get('format'),
      stderr,
      progress: isStderrTTY,
      miner,
      onBatch: jsonl ? (events) => events.forEach((e) => lines.add(e)) : undefined,
    });
    const out = new BufferedWriter(stdout);
    if (jsonl) {
      await lines.writeJsonl(out, (id) => miner.templateOf(id) ?? '', files.length > 1);
    } else if (args.flags.has('json')) {
      await out.write(JSON.stringify({ files, patterns: miner.patterns() }) + '\n');
    } else {
      await out.write(formatTable(miner.patterns(), intOption(args, 'top', 50)));
    }
    await out.flush();
    return EXIT.ok;
  } catch (err) {
    return reportCliError(err, 'templates', stderr, USAGE);
  } finally {
    evicted?.close();
  }
};

function formatTable(patterns: PatternSummary[], top: number): string {
  const total = patterns.reduce((n, p) => n + p.count, 0);
  const rows = patterns.slice(0, top).map((p) => {
    const share = total > 0 ? ((p.count / total) * 100).toFixed(1) : '0.0';
    return `${String(p.count).padStart(9)} ${share.padStart(5)}%  ${(p.level ?? '-').padEnd(5)}  ${p.id}  ${p.template}`;
  });
  const more = patterns.length > top ? `… and ${patterns.length - top} more patterns (--top N)\n` : '';
  return `${'count'.padStart(9)} ${'share'.padStart(6)}  level  pattern           template\n${rows.join('\n')}\n${more}${patterns.length} patterns, ${total} events\n`;
}
