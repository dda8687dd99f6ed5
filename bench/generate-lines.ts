// Generates realistic, varied log files for the benchmarks: several formats (text with different
// headers, JSON lines, logfmt, syslog, access logs), many message shapes, random values, and some
// multi-line stack traces. Deterministic (seeded), so figures are comparable between runs.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { makeTar } from '../packages/engine/src/read/test-helpers';

export type BenchFormat = 'log4j' | 'hdfs' | 'json' | 'logfmt' | 'syslog' | 'access' | 'pipe';
export const BENCH_FORMATS: BenchFormat[] = ['log4j', 'hdfs', 'json', 'logfmt', 'syslog', 'access', 'pipe'];

/** Small fast PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const USERS = [
  'alice',
  'bob',
  'carol',
  'dave',
  'erin',
  'frank',
  'grace',
  'heidi',
  'ivan',
  'judy',
  'mallory',
  'oscar',
];
const SERVICES = ['api', 'billing', 'auth', 'search', 'worker', 'gateway', 'scheduler', 'notifier'];
const CLASSES = [
  'com.acme.api.UserController',
  'com.acme.db.Pool',
  'org.apache.kafka.Consumer',
  'com.acme.cache.Lru',
  'io.netty.Channel',
];
const PATHS = [
  '/api/users/',
  '/api/orders/',
  '/static/app.',
  '/health',
  '/api/search?q=',
  '/login',
  '/api/items/',
];
const LEVELS = ['INFO', 'INFO', 'INFO', 'INFO', 'DEBUG', 'WARN', 'ERROR'];

function pick<T>(r: () => number, xs: T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function ip(r: () => number): string {
  return `10.${Math.floor(r() * 256)}.${Math.floor(r() * 256)}.${Math.floor(r() * 256)}`;
}

function hex(r: () => number, n: number): string {
  let s = '';
  while (s.length < n)
    s += Math.floor(r() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return s.slice(0, n);
}

/** A version-4 UUID from the seeded generator (crypto.randomUUID would make every run's files differ). */
function uuid(r: () => number): string {
  return `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${pick(r, ['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`;
}

/** About 60 message shapes with variables. */
function message(r: () => number): string {
  const n = Math.floor(r() * 1000);
  const user = pick(r, USERS);
  const shapes: (() => string)[] = [
    () => `User ${user} logged in from ${ip(r)}`,
    () => `Failed password for ${user} from ${ip(r)} port ${1024 + n * 7} ssh2`,
    () => `Request ${hex(r, 16)} completed in ${n} ms with status ${pick(r, [200, 201, 204, 404, 500])}`,
    () => `Connection to ${ip(r)}:${5432 + (n % 5)} established after ${n % 17} retries`,
    () => `Cache miss for key user:${n}:profile, loading from database`,
    () => `Processed batch ${n} of ${n + 100} (${(r() * 100).toFixed(1)}%)`,
    () => `Scheduled job ${pick(r, ['cleanup', 'report', 'sync', 'backup'])} to run at ${n % 24}:00`,
    () => `Slow query took ${(r() * 10).toFixed(3)}s: SELECT * FROM orders WHERE id = ${n}`,
    () => `Received block blk_${hex(r, 12)} of size ${n * 1024} from /${ip(r)}`,
    () => `GC pause ${n % 300}ms, heap ${n % 900}MB/${1024}MB`,
    () => `Session ${uuid(r)} expired for user ${user}`,
    () => `Uploading file /var/data/${user}/report-${n}.csv to s3://bucket/${user}/`,
    () => `Sent email to ${user}@example.com (template welcome, ${n} bytes)`,
    () => `Worker ${n % 16} picked up task ${hex(r, 8)} from queue ${pick(r, SERVICES)}`,
    () => `Retrying request to https://api.partner.com/v2/items/${n} (attempt ${n % 5})`,
    () => `Disk usage on /dev/sda${n % 4} at ${n % 100}%`,
    () => `Transaction ${n} committed, ${n % 50} rows affected`,
    () => `Rate limit exceeded for client ${ip(r)}: ${n} requests in 60s`,
    () => `Loaded configuration from /etc/app/config.yaml (${n % 40} keys)`,
    () => `Health check passed`,
    () => `Shutting down gracefully`,
    () => `Invalid token for user ${user}: signature mismatch`,
    () => `Order ${n} state changed from PENDING to ${pick(r, ['PAID', 'SHIPPED', 'CANCELLED'])}`,
    () => `Consumer group ${pick(r, SERVICES)} rebalanced, ${n % 12} partitions assigned`,
    () => `Thread pool saturated: ${n % 64} active, ${n} queued`,
  ];
  return pick(r, shapes)();
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function stamp(t: number): Record<'iso' | 'log4j' | 'hdfs' | 'syslog' | 'access' | 'pipe', string> {
  const d = new Date(t);
  const Y = d.getUTCFullYear();
  const M = pad(d.getUTCMonth() + 1);
  const D = pad(d.getUTCDate());
  const h = pad(d.getUTCHours());
  const m = pad(d.getUTCMinutes());
  const s = pad(d.getUTCSeconds());
  const ms = pad(d.getUTCMilliseconds(), 3);
  const mon = d.toUTCString().slice(8, 11);
  return {
    iso: d.toISOString(),
    log4j: `${Y}-${M}-${D} ${h}:${m}:${s},${ms}`,
    hdfs: `${String(Y).slice(2)}${M}${D} ${h}${m}${s}`,
    syslog: `${mon} ${String(d.getUTCDate()).padStart(2, ' ')} ${h}:${m}:${s}`,
    access: `${D}/${mon}/${Y}:${h}:${m}:${s} +0000`,
    pipe: `${Y}${M}${D}-${h}:${m}:${s}:${ms}`,
  };
}

const STACK = (cls: string): string =>
  `java.lang.IllegalStateException: unexpected state\n\tat ${cls}.handle(Handler.java:42)\n\tat ${cls}.run(Runner.java:17)\n\tat java.base/java.lang.Thread.run(Thread.java:833)\nCaused by: java.io.IOException: Broken pipe\n\tat ${cls}.write(Writer.java:88)\n\t... 3 more`;

/** One line (or a few, for stack traces) of the given format. */
export function line(format: BenchFormat, r: () => number, t: number): string {
  const ts = stamp(t);
  const level = pick(r, LEVELS);
  const msg = message(r);
  const cls = pick(r, CLASSES);
  switch (format) {
    case 'log4j': {
      const head = `${ts.log4j} ${level} [${pick(r, ['main', 'pool-1-thread-3', 'http-nio-8080-exec-7'])}] ${cls}: ${msg}`;
      return level === 'ERROR' && r() < 0.3 ? `${head}\n${STACK(cls)}` : head;
    }
    case 'hdfs':
      return `${ts.hdfs} ${Math.floor(r() * 400)} ${level} ${cls.split('.').slice(-2).join('.')}: ${msg}`;
    case 'json':
      return JSON.stringify({
        ts: ts.iso,
        level: level.toLowerCase(),
        service: pick(r, SERVICES),
        msg,
        req: { id: hex(r, 12), ms: Math.floor(r() * 900) },
      });
    case 'logfmt':
      return `ts=${ts.iso} level=${level.toLowerCase()} service=${pick(r, SERVICES)} msg="${msg}" duration=${Math.floor(r() * 900)}ms`;
    case 'syslog':
      return `${ts.syslog} host${Math.floor(r() * 9)} ${pick(r, ['sshd', 'cron', 'kernel', 'systemd'])}[${Math.floor(r() * 30000)}]: ${msg}`;
    case 'access': {
      const path = pick(r, PATHS) + Math.floor(r() * 5000);
      const status = pick(r, [200, 200, 200, 304, 404, 500]);
      return `${ip(r)} - ${r() < 0.3 ? pick(r, USERS) : '-'} [${ts.access}] "${pick(r, ['GET', 'GET', 'POST', 'PUT'])} ${path} HTTP/1.1" ${status} ${Math.floor(r() * 50000)} "-" "Mozilla/5.0 (X11; Linux x86_64)" ${(r() * 2).toFixed(3)}`;
    }
    case 'pipe':
      return `${ts.pipe}|${pick(r, SERVICES)}_svc|${Math.floor(r() * 99999)}|${msg}`;
  }
}

/** Writes `lines` physical lines of a format to `path`; returns the bytes written. */
export async function generateFile(
  path: string,
  format: BenchFormat,
  lines: number,
  seed: number,
): Promise<number> {
  const r = rng(seed);
  const out = createWriteStream(path);
  let t = Date.UTC(2026, 10, 25, 8, 0, 0);
  let written = 0;
  let bytes = 0;
  let buf: string[] = [];
  while (written < lines) {
    t += Math.floor(r() * 50);
    const text = line(format, r, t);
    buf.push(text);
    written += text.split('\n').length;
    if (buf.length >= 2000) {
      const chunk = buf.join('\n') + '\n';
      bytes += Buffer.byteLength(chunk);
      buf = [];
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
  const chunk = buf.length > 0 ? buf.join('\n') + '\n' : '';
  bytes += Buffer.byteLength(chunk);
  await new Promise<void>((resolve, reject) => out.end(chunk, () => resolve()).once('error', reject));
  return bytes;
}

/** Generates one file per format, `total` lines in all, under `dir`. */
export async function generateSuite(dir: string, total: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const per = Math.ceil(total / BENCH_FORMATS.length);
  const paths: string[] = [];
  for (const [i, format] of BENCH_FORMATS.entries()) {
    const path = join(dir, `${format}-${per}.log`);
    await generateFile(path, format, per, 1000 + i);
    paths.push(path);
  }
  return paths;
}

/**
 * Writes `lines` lines of free text after a log4j header: "search for" (`prefix`) and 3 to 8 words
 * drawn from 3,000 made-up ones, sometimes a number. Nearly every line is a template of its own,
 * which no mask takes: what chat messages, search terms or user-written text logged as they are do to
 * a miner. After a fixed prefix the miner takes such a bucket for free text (one pattern a length);
 * with no prefix (`--bare`: the first word varies too) the clusters fill up and the least recently
 * used are evicted all along, the worst case.
 */
export async function generateFreeText(
  path: string,
  lines: number,
  seed = 11,
  prefix = 'search for ',
): Promise<void> {
  const r = rng(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const words = Array.from({ length: 3000 }, () =>
    Array.from({ length: 3 + Math.floor(r() * 6) }, () => letters[Math.floor(r() * 26)]).join(''),
  );
  await writeTimedLines(path, lines, r, (k) => {
    const message = Array.from({ length: 3 + Math.floor(r() * 6) }, () =>
      r() < 0.1 ? String(Math.floor(r() * 1000)) : words[Math.floor(r() * words.length)],
    ).join(' ');
    return `INFO [http-${k % 8}] com.example.Search - ${prefix}${message}`;
  });
}

/**
 * Writes `lines` lines, each a log4j time (from 2026-11-25 08:00, 0–49 ms apart) and what `rest`
 * gives for the line's index, in chunks of a thousand.
 */
async function writeTimedLines(
  path: string,
  lines: number,
  r: () => number,
  rest: (k: number) => string,
): Promise<void> {
  const out = createWriteStream(path);
  let t = Date.UTC(2026, 10, 25, 8, 0, 0);
  for (let i = 0; i < lines; i += 1000) {
    const chunk: string[] = [];
    for (let k = i; k < Math.min(lines, i + 1000); k++) {
      t += Math.floor(r() * 50);
      const text = rest(k);
      const time = new Date(t).toISOString().replace('T', ' ').replace('Z', '').replace('.', ',');
      chunk.push(`${time} ${text}\n`);
    }
    if (!out.write(chunk.join(''))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end(() => resolve()).once('error', reject));
}

/**
 * Writes `lines` lines whose message is one word after a log4j header: letters, a number, letters
 * ("qlqvrfoz91694mwxouq"), each of them new — what a log of ids, tokens or keys alone on their lines
 * does to a miner: a cluster a line, every one a sibling of every other at its one position, the
 * oldest evicted all along (10,000 clusters held).
 */
export async function generateOneWord(path: string, lines: number, seed = 13): Promise<void> {
  const r = rng(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const word = (): string =>
    Array.from({ length: 3 + Math.floor(r() * 28) }, () => letters[Math.floor(r() * 26)]).join('');
  await writeTimedLines(
    path,
    lines,
    r,
    (k) => `INFO [worker-${k % 4}] com.example.Keys - ${word()}${Math.floor(r() * 100_000)}${word()}`,
  );
}

/**
 * An incident bundle of many small files (a tar): `files` members of about `linesPerFile` physical
 * lines each, the suite's seven formats in turn, each member of its own seed. Every member is a file
 * of its own to the reader (format detected, header learned), so this measures what a file costs
 * beside its lines: with 200-line members, the detection sample is the whole file.
 */
export async function generateBundle(path: string, files: number, linesPerFile = 200): Promise<void> {
  const members: Record<string, string> = {};
  for (let i = 0; i < files; i++) {
    const format = BENCH_FORMATS[i % BENCH_FORMATS.length] ?? 'log4j';
    const r = rng(5000 + i);
    let t = Date.UTC(2026, 10, 25, 8, 0, 0) + i * 60_000;
    const lines: string[] = [];
    let physical = 0;
    while (physical < linesPerFile) {
      t += Math.floor(r() * 50);
      const text = line(format, r, t);
      lines.push(text);
      physical += text.split('\n').length;
    }
    members[`${format}-${i}.log`] = `${lines.join('\n')}\n`;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, makeTar(members));
}

// Run directly: tsx bench/generate-lines.ts [TOTAL_LINES] [DIR]  or  --big BYTES PATH (one big log4j file,
// with stack traces)  or  --free-text LINES PATH [--bare] (see generateFreeText)  or  --one-word LINES PATH
// (see generateOneWord)  or  --bundle FILES PATH (see generateBundle)
if (process.argv[1]?.endsWith('generate-lines.ts')) {
  const [, , a, b, c] = process.argv;
  if (a === '--bundle') {
    const path = c ?? 'bench/out/bundle.tar';
    await generateBundle(path, Number(b ?? 1400));
    console.log(`wrote ${path}`);
  } else if (a === '--free-text') {
    const path = c ?? 'bench/out/free-text.log';
    await mkdir('bench/out', { recursive: true });
    await generateFreeText(
      path,
      Number(b ?? 200_000),
      11,
      process.argv.includes('--bare') ? '' : 'search for ',
    );
    console.log(`wrote ${path}`);
  } else if (a === '--one-word') {
    const path = c ?? 'bench/out/one-word.log';
    await mkdir('bench/out', { recursive: true });
    await generateOneWord(path, Number(b ?? 200_000));
    console.log(`wrote ${path}`);
  } else if (a === '--big') {
    const target = Number(b ?? 1e9);
    const path = c ?? 'bench/out/big.log';
    await mkdir('bench/out', { recursive: true });
    const approxLineBytes = 100; // log4j lines average about 100 bytes
    await generateFile(path, 'log4j', Math.ceil(target / approxLineBytes), 7);
    console.log(`wrote ${path}`);
  } else {
    const paths = await generateSuite(b ?? 'bench/out', Number(a ?? 1_050_000));
    console.log(paths.join('\n'));
  }
}
