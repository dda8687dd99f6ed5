// `npm run bench:e2e [-- --size 200MB] [--database-url URL] [--rps 200] [--log-level info]`
// ARCHITECTURE §7: a 1 GB upload to completed analysis with searchable events in ≤ 60 s on 2 cores,
// worker RSS ≤ 512 MB, API p99 ≤ 50 ms for dashboard reads at 200 requests/s while it is processed.
// Starts the whole stack, uploads through the CLI's streaming code, and prints figures (no asserts).
import { cpus, loadavg } from 'node:os';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { CreatedApiKey, EventPage, Session, Upload } from '@logai/contracts';
import { ApiClient } from '../apps/cli/src/server/api-client';
import { sendUpload } from '../apps/cli/src/server/send-upload';
import { statUploadFiles, uploadBody } from '../apps/cli/src/server/upload-body';
import { ensureInput, findNeedle, parseSize } from './e2e-input';
import { percentile, startLoad, type LoadResult } from './e2e-load';
import { findChild, sampleRss } from './e2e-rss';
import { startStack, type BenchStack } from './e2e-stack';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1GB' },
    file: { type: 'string' },
    'database-url': { type: 'string' },
    rps: { type: 'string', default: '200' },
    'max-load-seconds': { type: 'string', default: '600' },
    'log-level': { type: 'string', default: 'info' },
    'idle-seconds': { type: 'string', default: '10' },
  },
});

const MB = 1e6;
const log = (text: string) =>
  process.stderr.write(`[bench:e2e ${new Date().toISOString().slice(11, 19)}] ${text}\n`);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

const size = parseSize(values.size);
log(`preparing a ${(size / MB).toFixed(0)} MB log…`);
const input = await ensureInput(size, values.file ?? `bench/out/e2e-${values.size.toLowerCase()}.log`);
const needle = await findNeedle(input.path);

log('starting the stack (npm start on free ports, temporary data directory)…');
const stack = await startStack({ databaseUrl: values['database-url'], logLevel: values['log-level'] });
let exitCode = 0;
try {
  await run(stack);
} catch (err) {
  console.error(err);
  exitCode = 1;
} finally {
  log('stopping the stack (SIGINT to its process group)…');
  await stack.stop();
}
process.exit(exitCode);

async function run(stack: BenchStack): Promise<void> {
  const workerPid = await findChild(stack.launcherPid, 'apps/worker/src/main.ts');
  if (workerPid === undefined) throw new Error('worker process not found among the launcher children');
  const rss = sampleRss(workerPid);
  const session = await signUp(stack.apiUrl);
  const apiKey = await createApiKey(stack.apiUrl, session.accessToken);
  const client = new ApiClient({ url: stack.apiUrl, apiKey });

  const loadOptions = {
    baseUrl: stack.apiUrl,
    paths: ['/api/v1/dashboard', '/api/v1/uploads'],
    headers: { authorization: `Bearer ${session.accessToken}` },
    ratePerSecond: Number(values.rps),
  };
  // The same load on the idle stack first: separates the API's own cost from the pipeline's pressure.
  log(`API load on the idle stack for ${values['idle-seconds']} s…`);
  const idle = startLoad({ ...loadOptions, maxSeconds: Number(values['idle-seconds']) });
  await new Promise((resolve) => setTimeout(resolve, Number(values['idle-seconds']) * 1000));
  const idleResult = await idle.stop();
  const loadAverageBefore = loadavg()[0] ?? 0;
  const load = startLoad({ ...loadOptions, maxSeconds: Number(values['max-load-seconds']) });

  log(`uploading ${input.path} (${(input.size / MB).toFixed(0)} MB)…`);
  const t0 = performance.now();
  const upload = await sendUpload(
    client,
    uploadBody(await statUploadFiles([{ path: input.path, name: basename(input.path) }])),
    () => undefined,
  );
  const uploaded = performance.now();
  log(`uploaded in ${seconds(uploaded - t0)} s; waiting for the analysis…`);

  let done = upload;
  let lastReport = 0;
  while (done.status !== 'completed' && done.status !== 'failed') {
    await new Promise((resolve) => setTimeout(resolve, 250));
    done = await client.getJson(`/api/v1/uploads/${upload.id}`, Upload);
    if (performance.now() - lastReport > 5000) {
      lastReport = performance.now();
      const p = done.progress;
      log(
        `${done.status} ${p?.stage ?? ''} ${Math.round(p?.percent ?? 0)}% events ${p?.events ?? '-'} · worker RSS ${(rss.current() / 2 ** 20).toFixed(0)} MiB`,
      );
    }
  }
  const completed = performance.now();
  const loadResult = await load.stop();
  const memory = await rss.stop();

  const t1 = performance.now();
  const search = await client.getJson(
    `/api/v1/uploads/${upload.id}/events?q=${encodeURIComponent(needle)}&limit=5`,
    EventPage,
  );
  const searchMs = performance.now() - t1;

  const processingMs =
    done.startedAt && done.completedAt
      ? Date.parse(done.completedAt) - Date.parse(done.startedAt)
      : Number.NaN;
  const events = done.eventCount ?? 0;
  printReport({
    status: done.status,
    error: done.error,
    uploadMs: uploaded - t0,
    queuedMs: done.startedAt ? Date.parse(done.startedAt) - Date.parse(done.createdAt) : Number.NaN,
    processingMs,
    totalMs: completed - t0,
    events,
    lines: done.lineCount ?? 0,
    peakRss: memory.peak,
    highWaterMark: memory.highWaterMark,
    rssSamples: memory.samples,
    load: loadResult,
    idle: idleResult,
    loadAverage: [loadAverageBefore, loadavg()[0] ?? 0],
    searchMs,
    found: search.items.some((event) => event.raw.includes(needle)),
    phases: workerPhases(stack.running.output()),
  });
}

interface Figures {
  status: string;
  error: string | null;
  uploadMs: number;
  queuedMs: number;
  processingMs: number;
  totalMs: number;
  events: number;
  lines: number;
  peakRss: number;
  highWaterMark: number | undefined;
  rssSamples: number;
  load: LoadResult;
  idle: LoadResult;
  loadAverage: [number, number];
  searchMs: number;
  found: boolean;
  /** The worker's own account of the analysis (its "upload analysed" log line). */
  phases: string;
}

/** "read 41.2 s, report 1.1 s, store 0.3 s, commit 0.8 s" from the worker's log, when it is there. */
function workerPhases(output: string): string {
  const line = output.split('\n').find((l) => l.includes('"upload analysed"'));
  const figure = (name: string) => {
    const match = new RegExp(`"${name}":(\\d+)`).exec(line ?? '');
    return match?.[1] === undefined ? '?' : seconds(Number(match[1]));
  };
  if (line === undefined) return 'not logged';
  return `read ${figure('readMs')} s, index ${figure('indexMs')} s, report ${figure('finishMs')} s, store ${figure('storeMs')} s, commit ${figure('commitMs')} s`;
}

function printReport(f: Figures): void {
  const sorted = [...f.load.latenciesMs].sort((a, b) => a - b);
  const idleSorted = [...f.idle.latenciesMs].sort((a, b) => a - b);
  const mib = (n: number) => `${(n / 2 ** 20).toFixed(0)} MiB`;
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const rows: [string, string, string][] = [
    ['file', `${(input.size / MB).toFixed(0)} MB, ${f.lines.toLocaleString('en-US')} lines`, ''],
    ['status', f.status + (f.error ? ` (${f.error})` : ''), ''],
    ['upload', `${seconds(f.uploadMs)} s, ${(input.size / MB / (f.uploadMs / 1000)).toFixed(0)} MB/s`, ''],
    ['queued', `${seconds(f.queuedMs)} s`, ''],
    ['processing', `${seconds(f.processingMs)} s (worker startedAt → completedAt)`, ''],
    ['total to completed', `${seconds(f.totalMs)} s`, 'target ≤ 60 s'],
    [
      'events stored',
      `${f.events.toLocaleString('en-US')}, ${Math.round(f.events / (f.processingMs / 1000)).toLocaleString('en-US')} rows/s`,
      '',
    ],
    [
      'worker peak RSS',
      `${mib(f.peakRss)} (${f.rssSamples} samples; kernel VmHWM ${f.highWaterMark === undefined ? '?' : mib(f.highWaterMark)})`,
      'target ≤ 512 MiB',
    ],
    [
      'API latency, busy',
      `p50 ${ms(percentile(sorted, 50))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted[sorted.length - 1] ?? Number.NaN)}`,
      'target p99 ≤ 50 ms',
    ],
    [
      'API latency, idle',
      `p50 ${ms(percentile(idleSorted, 50))}, p99 ${ms(percentile(idleSorted, 99))}, max ${ms(idleSorted[idleSorted.length - 1] ?? Number.NaN)}, ${(f.idle.ok / f.idle.seconds).toFixed(0)} ok/s`,
      'same load before the upload',
    ],
    [
      'API load',
      `${(f.load.sent / f.load.seconds).toFixed(0)} req/s sent for ${f.load.seconds.toFixed(0)} s, ${f.load.ok} ok, ${f.load.failed} failed, ${f.load.skipped} skipped (64 in flight)`,
      `asked ${values.rps} req/s`,
    ],
    [
      'machine load',
      `1-min load average ${f.loadAverage[0].toFixed(1)} → ${f.loadAverage[1].toFixed(1)} on ${cpus().length} cores`,
      '',
    ],
    ['searchable events', `${f.found ? 'yes' : 'NO'}: the last session id found in ${ms(f.searchMs)}`, ''],
    ['worker phases', f.phases, 'read+mine+COPY, index, report, store, commit'],
  ];
  console.log('\nLogAi end-to-end benchmark (dashboard + uploads list under load)');
  for (const [name, value, target] of rows)
    console.log(`  ${name.padEnd(20)} ${value}${target ? `   [${target}]` : ''}`);
}

async function signUp(apiUrl: string): Promise<Session & { accessToken: string }> {
  const response = await fetch(`${apiUrl}/api/v1/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `bench-${Date.now()}@example.com`,
      password: 'correct horse battery staple',
      fullName: 'Bench',
      organizationName: 'Bench',
    }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const session = Session.parse(await response.json());
  const { accessToken } = session;
  if (accessToken === undefined) throw new Error('sign-up answered no access token');
  return { ...session, accessToken };
}

async function createApiKey(apiUrl: string, accessToken: string): Promise<string> {
  const response = await fetch(`${apiUrl}/api/v1/organization/api-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ name: 'bench', role: 'member' }),
  });
  if (response.status !== 201) throw new Error(`creating an API key failed: ${response.status}`);
  return CreatedApiKey.parse(await response.json()).secret;
}
