import { createReadStream } from 'node:fs';
import { Analyzer, inputClock, TemplateMiner, zoneOffsetMinutes, type FileStats } from '@logai/engine';
import { readBaseline, writeBaseline } from '../analyze/baseline-file';
import { renderReport } from '../analyze/render-report';
import { EXIT, type Command } from '../command';
import { mineFile } from '../lib/mine-file';
import { hintTerminalInput, readHead, readTail } from '../lib/open-file-input';
import { parseCliArgs, UsageError } from '../lib/parse-cli-args';
import { reportCliError } from '../lib/report-cli-error';
import { spoolInputs } from '../lib/spool-inputs';
import { BufferedWriter } from '../lib/write-lines';

const USAGE = `Usage: logai analyze FILE... [--json] [--baseline FILE] [--emit-baseline FILE] [--format NAME] [--timezone ZONE]
  FILE                  a log file, a gzip, zip or tar of logs, or - for standard input
  (default)             a terminal report: severity, timeline, anomalies with evidence, top patterns
  --json                the report of ARCHITECTURE §5: files, stats, patterns, anomalies, summary
  --baseline FILE       pattern ids of earlier runs: patterns outside it are reported as new
  --emit-baseline FILE  write this run's pattern ids (plus the --baseline ones) for the next run
  --timezone ZONE       the zone that times written without one are in (Europe/Berlin, +05:30);
                        without it, such a file beside files that write a zone is read at the
                        offset that lines it up with them, else as UTC (the report's files say which)
  Several files (or a bundle) are merged into one timeline, in UTC; timestamps without a year
  (syslog) take the year the other files write.
`;

export const command: Command = async ({ argv, stdin, isStdinTTY, stdout, stderr, isStderrTTY }) => {
  try {
    const args = parseCliArgs(argv, {
      flags: ['json', 'help'],
      options: ['baseline', 'emit-baseline', 'format', 'timezone'],
    });
    if (args.flags.has('help')) {
      stdout.write(USAGE);
      return EXIT.ok;
    }
    if (args.positionals.length === 0) {
      stderr.write(`logai analyze: missing FILE argument\n${USAGE}`);
      return EXIT.usage;
    }
    const baselinePath = args.options.get('baseline');
    const baseline = baselinePath === undefined ? undefined : await readBaseline(baselinePath);
    const analyzer = new Analyzer({ baselinePatternIds: baseline });
    // Only the clusters the analyser counts need their final template (`finish`).
    const miner = new TemplateMiner({ keepGone: (id) => analyzer.tracksCluster(id) });
    const files: FileStats[] = [];
    // Timestamps without a year (syslog) take the year the other files write, without a zone the
    // local time that fits them beside the others, in plain files and in a bundle's members alike
    // (see inputClock).
    const timeZone = args.options.get('timezone');
    if (timeZone !== undefined && zoneOffsetMinutes(timeZone, Date.now()) === null)
      throw new UsageError(
        `unknown --timezone "${timeZone}" (an IANA name such as Europe/Berlin, or an offset such as +05:30)`,
      );
    hintTerminalInput(args.positionals, isStdinTTY, stderr);
    // Regular files, standard input and pipes copied to one: each is read more than once.
    const spooled = await spoolInputs(args.positionals, stdin);
    try {
      const clock = await inputClock(
        await Promise.all(
          spooled.files.map(async ({ path, name }) => ({
            name,
            head: await readHead(path),
            tail: await readTail(path),
            reopen: () => createReadStream(path, { highWaterMark: 1024 * 1024 }),
          })),
        ),
        timeZone === undefined ? {} : { timeZone },
      );
      for (const [at, { path, name }] of spooled.files.entries()) {
        const read = await mineFile(path, {
          stdin,
          name,
          format: args.options.get('format'),
          stderr,
          progress: isStderrTTY,
          miner,
          year: clock.year,
          day: clock.day,
          ...clock.inputs[at],
          onBatch: (events) => analyzer.addBatch(events),
        });
        files.push(...read);
      }
    } finally {
      await spooled.remove();
    }
    const patterns = miner.patterns();
    const report = analyzer.finish({ patterns, files, templateOf: (id) => miner.templateOf(id) });
    const emitPath = args.options.get('emit-baseline');
    if (emitPath !== undefined)
      await writeBaseline(emitPath, [...(baseline ?? []), ...patterns.map((p) => p.id)]);
    const out = new BufferedWriter(stdout);
    await out.write(args.flags.has('json') ? JSON.stringify(report) + '\n' : renderReport(report));
    await out.flush();
    return EXIT.ok;
  } catch (err) {
    return reportCliError(err, 'analyze', stderr, USAGE);
  }
};
