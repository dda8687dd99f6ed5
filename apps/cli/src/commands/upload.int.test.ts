// `logai upload` and `logai status` against a real API and worker on a fresh database, over real HTTP.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { CreatedApiKey, Upload } from '@logai/contracts';
import type { RunningConsumer } from '@logai/core';
import { useTestDatabase } from '@logai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../api/src/app';
import { bearer, signUp } from '../../../api/src/testing/accounts';
import { buildTestApp } from '../../../api/src/testing/build-test-app';
import { accessLog, appLogWithIncident } from '../../../api/src/testing/fixtures';
import { startTestWorker } from '../../../api/src/testing/start-test-worker';
import { command as status } from './status';
import { command as upload } from './upload';

const database = useTestDatabase();
const LIMIT = 1024 * 1024;
let app: App;
let worker: RunningConsumer;
let server = '';
let apiKey = '';
let dir = '';

beforeAll(async () => {
  app = await buildTestApp(database.current, { limits: { uploadMaxBytes: LIMIT } });
  worker = await startTestWorker(app, database.current);
  server = await app.listen({ port: 0, host: '127.0.0.1' });
  const owner = await signUp(app);
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/organization/api-keys',
    headers: bearer(owner.accessToken),
    payload: { name: 'CLI test', role: 'member' },
  });
  apiKey = CreatedApiKey.parse(created.json()).secret;
  dir = await mkdtemp(path.join(tmpdir(), 'logai-cli-upload-'));
  await writeFile(path.join(dir, 'app.log'), appLogWithIncident());
  await writeFile(path.join(dir, 'access.log'), accessLog());
  await writeFile(path.join(dir, 'huge.log'), 'x'.repeat(LIMIT + 4096));
});
afterAll(async () => {
  await worker.stop();
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

async function run(cli: typeof upload, argv: string[], stdin: Readable = Readable.from([])) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await cli({ argv, stdin, isStdinTTY: false, stdout, stderr, isStderrTTY: false });
  return { code, stdout: out, stderr: err };
}

const file = (name: string) => path.join(dir, name);
const auth = () => ['--server', server, '--api-key', apiKey];

describe('logai upload', () => {
  let uploadId = '';

  it('streams one file, follows the analysis and prints the summary', async () => {
    const result = await run(upload, [file('app.log'), ...auth(), '--wait']);
    // One line per analysis stage seen (live stream or poll), as in a CI log.
    expect(result.stderr).toMatch(/(queued|reading|storing|summarising|done)…/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/status\s+completed/);
    expect(result.stdout).toMatch(/summary\s+\S/);
    expect(result.stdout).toMatch(/severity\s+(critical|high|medium)/);
    expect(result.stdout).toMatch(/anomalies\s+[1-9]/);
    uploadId = /upload\s+([0-9a-f-]{36})/.exec(result.stdout)?.[1] ?? '';
  });

  it('sends several files as one multipart upload; --json prints the final upload', async () => {
    const result = await run(upload, [file('app.log'), file('access.log'), ...auth(), '--wait', '--json']);
    expect(result.code).toBe(0);
    const done = Upload.parse(JSON.parse(result.stdout));
    expect(done.status).toBe('completed');
    expect(done.members.map((m) => m.name).sort()).toEqual(['access.log', 'app.log']);
  });

  it('sends standard input for "-" (copied first: the request states its length), named "stdin"', async () => {
    const log = await readFile(file('app.log'));
    const result = await run(
      upload,
      ['-', file('access.log'), ...auth(), '--wait', '--json'],
      Readable.from([log]),
    );
    expect(result.code).toBe(0);
    const done = Upload.parse(JSON.parse(result.stdout));
    expect(done.status).toBe('completed');
    expect(done.members.map((m) => m.name).sort()).toEqual(['access.log', 'stdin']);
    const lines = log.toString().split('\n').length - 1;
    expect(done.members.find((m) => m.name === 'stdin')?.lines).toBe(lines);
    const missing = await run(upload, [file('nope.log'), ...auth()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot open .*nope\.log/);
  });

  it('without --wait answers as soon as the upload is queued', async () => {
    const result = await run(upload, [file('access.log'), ...auth(), '--json']);
    expect(result.code).toBe(0);
    expect(Upload.parse(JSON.parse(result.stdout)).status).toMatch(/queued|processing|completed/);
  });

  it('passes --timezone to the server: zone-less times are read in it; an unknown zone is refused', async () => {
    await writeFile(
      path.join(dir, 'php-fpm.log'),
      Array.from(
        { length: 30 },
        (_, m) => `[05-Jul-2024 12:${String(m).padStart(2, '0')}:30] NOTICE: child started`,
      ).join('\n') + '\n',
    );
    const result = await run(upload, [
      file('php-fpm.log'),
      ...auth(),
      '--wait',
      '--json',
      '--timezone',
      'Europe/Berlin',
    ]);
    expect(result.code).toBe(0);
    expect(Upload.parse(JSON.parse(result.stdout)).members[0]?.start).toBe('2024-07-05T10:00:30.000Z');
    const refused = await run(upload, [file('php-fpm.log'), ...auth(), '--timezone', 'Mars/Olympus']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/unknown timezone "Mars\/Olympus"/);
  });

  it('exits 1 with the server message when the file is over the limit', async () => {
    const result = await run(upload, [file('huge.log'), ...auth()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/HTTP 413/);
  });

  it('exits 1 on a bad key, 3 when the server cannot be reached, 2 without --server', async () => {
    const bad = await run(upload, [file('app.log'), '--server', server, '--api-key', 'lak_wrong']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/HTTP 401/);
    const down = await run(upload, [file('app.log'), '--server', 'http://127.0.0.1:9', '--api-key', apiKey]);
    expect(down.code).toBe(3);
    expect(down.stderr).toContain('cannot reach the LogAi server at http://127.0.0.1:9');
    const usage = await run(upload, [file('app.log'), '--api-key', apiKey]);
    expect(usage.code).toBe(2);
  });

  it('logai status prints status, counts and severity; 1 for an unknown id', async () => {
    expect(uploadId).not.toBe('');
    const result = await run(status, [uploadId, ...auth()]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/status\s+completed/);
    expect(result.stdout).toMatch(/events\s+[1-9]/);
    expect(result.stdout).toMatch(/severity\s+\w+/);
    const json = await run(status, [uploadId, ...auth(), '--json']);
    expect(Upload.parse(JSON.parse(json.stdout)).id).toBe(uploadId);
    const missing = await run(status, ['00000000-0000-4000-8000-000000000000', ...auth()]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/HTTP 404/);
  });
});
