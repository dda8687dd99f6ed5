import type { Writable } from 'node:stream';
import type { Upload } from '@logai/contracts';
import { EXIT, type Command } from '../command';
import { hintTerminalInput } from '../lib/open-file-input';
import { parseCliArgs, UsageError } from '../lib/parse-cli-args';
import { spoolInputs } from '../lib/spool-inputs';
import { ProgressBar } from '../lib/progress-bar';
import { ApiClient } from '../server/api-client';
import { describeUpload, fetchSummary } from '../server/describe-upload';
import { followUpload } from '../server/follow-upload';
import { ProgressLine } from '../server/progress-line';
import { reportServerError } from '../server/report-server-error';
import { sendUpload } from '../server/send-upload';
import { resolveServerTarget } from '../server/server-target';
import { statUploadFiles, uploadBody, type UploadFile } from '../server/upload-body';

const USAGE = `Usage: logai upload FILE... --server URL --api-key KEY [--wait] [--json] [--timezone ZONE]
  Sends log files (or bundles) to a LogAi server; several files become one upload; - is standard input.
  --server URL     the LogAi API, e.g. http://localhost:8000 (or LOGAI_SERVER)
  --api-key KEY    an API key of your organisation, lak_… (or LOGAI_API_KEY)
  --wait           follow the analysis; exit 0 when completed, 1 when it failed
  --json           print the upload as JSON (the final one with --wait)
  --timezone ZONE  the zone of times written without one (Europe/Berlin, +05:30); see logai analyze
`;

export const command: Command = async ({ argv, stdin, isStdinTTY, stdout, stderr, isStderrTTY }) => {
  try {
    const args = parseCliArgs(argv, {
      flags: ['wait', 'json', 'help'],
      options: ['server', 'api-key', 'timezone'],
    });
    if (args.flags.has('help')) {
      stdout.write(USAGE);
      return EXIT.ok;
    }
    if (args.positionals.length === 0) throw new UsageError('missing FILE argument');
    const client = new ApiClient(resolveServerTarget(args));
    hintTerminalInput(args.positionals, isStdinTTY, stderr);
    // Standard input and pipes are copied to a file first: the request states its length up front.
    const spooled = await spoolInputs(args.positionals, stdin);
    let upload;
    try {
      const files = await statUploadFiles(spooled.files);
      upload = await sendFiles(client, files, args.options.get('timezone'), stderr, isStderrTTY);
    } finally {
      await spooled.remove();
    }
    if (!args.flags.has('wait')) {
      stdout.write(
        args.flags.has('json') ? `${JSON.stringify(upload)}\n` : describeUpload(upload, undefined),
      );
      return EXIT.ok;
    }
    const line = new ProgressLine(stderr, isStderrTTY);
    try {
      upload = await followUpload(client, upload.id, { onProgress: (status, p) => line.show(status, p) });
    } finally {
      line.done();
    }
    if (args.flags.has('json')) stdout.write(`${JSON.stringify(upload)}\n`);
    else stdout.write(describeUpload(upload, await fetchSummary(client, upload)));
    if (upload.status === 'failed') {
      stderr.write(`logai upload: the analysis failed: ${upload.error ?? 'no reason given'}\n`);
      return EXIT.refused;
    }
    return EXIT.ok;
  } catch (err) {
    return reportServerError(err, 'upload', stderr, USAGE);
  }
};

/** Sends the files as one upload, with a progress bar of the bytes sent on a terminal. */
async function sendFiles(
  client: ApiClient,
  files: UploadFile[],
  timeZone: string | undefined,
  stderr: Writable,
  isStderrTTY: boolean,
): Promise<Upload> {
  const plain = uploadBody(files);
  // The server checks the zone, before it reads the files.
  const body =
    timeZone === undefined
      ? plain
      : {
          ...plain,
          query: `${plain.query}${plain.query ? '&' : '?'}timezone=${encodeURIComponent(timeZone)}`,
        };
  const label = files.length === 1 ? `${files[0]?.name ?? ''} ` : `${files.length} files `;
  const bar = new ProgressBar(stderr, body.length, isStderrTTY, label);
  try {
    return await sendUpload(client, body, (sent) => bar.update(sent));
  } finally {
    bar.done();
  }
}
