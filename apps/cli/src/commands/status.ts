import { IdParams, Upload } from '@logai/contracts';
import { EXIT, type Command } from '../command';
import { parseCliArgs, UsageError } from '../lib/parse-cli-args';
import { ApiClient } from '../server/api-client';
import { describeUpload, fetchSummary } from '../server/describe-upload';
import { reportServerError } from '../server/report-server-error';
import { resolveServerTarget } from '../server/server-target';

const USAGE = `Usage: logai status UPLOAD_ID --server URL --api-key KEY [--json]
  Status, progress, counts, severity and error of one upload.
  --json           the upload as JSON (GET /api/v1/uploads/UPLOAD_ID)
`;

export const command: Command = async ({ argv, stdout, stderr }) => {
  try {
    const args = parseCliArgs(argv, { flags: ['json', 'help'], options: ['server', 'api-key'] });
    if (args.flags.has('help')) {
      stdout.write(USAGE);
      return EXIT.ok;
    }
    const [id, ...extra] = args.positionals;
    if (id === undefined || extra.length > 0) throw new UsageError('expects exactly one UPLOAD_ID');
    if (!IdParams.safeParse({ id }).success) throw new UsageError(`"${id}" is not an upload id (a UUID)`);
    const client = new ApiClient(resolveServerTarget(args));
    const upload = await client.getJson(`/api/v1/uploads/${id}`, Upload);
    if (args.flags.has('json')) stdout.write(`${JSON.stringify(upload)}\n`);
    else stdout.write(describeUpload(upload, await fetchSummary(client, upload)));
    return EXIT.ok;
  } catch (err) {
    return reportServerError(err, 'status', stderr, USAGE);
  }
};
