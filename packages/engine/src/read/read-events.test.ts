import { describe, expect, it } from 'vitest';
import { gzipSync, zipSync } from 'fflate';
import { InputError } from '../errors/input-error';
import { fixture, makeTar, read, text } from './test-helpers';

async function refusal(promise: Promise<unknown>): Promise<InputError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof InputError)) throw new Error(`expected an InputError, got ${String(err)}`);
  return err;
}

describe('readEvents: formats', () => {
  it('reads JSON lines: timestamp, level, service, message, flattened attributes', async () => {
    const { events, files } = await read(fixture('app.jsonl'));
    expect(files[0]?.format).toBe('json');
    expect(files[0]?.formatEvidence).toMatch(/4 of 4 sampled lines parse as JSON/);
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2026-11-25T10:00:00.123Z'),
      level: 'info',
      service: 'api',
      message: 'request served in 12 ms',
      attributes: { 'http.status': 200, 'http.path': '/users/7' },
    });
    expect(events[1]?.timestamp).toBe(Date.parse('2026-11-25T09:00:01.456Z'));
    expect(events[1]?.level).toBe('error');
    expect(events[2]).toMatchObject({ timestamp: 1764064802000, level: 'warn', service: 'cache' });
    expect(events[3]?.level).toBe('info');
  });

  it('reads logfmt', async () => {
    const { events, files } = await read(fixture('app.logfmt'));
    expect(files[0]?.format).toBe('logfmt');
    expect(events[2]).toMatchObject({
      level: 'error',
      service: 'billing',
      message: 'charge failed',
      attributes: { err: 'gateway timeout' },
    });
  });

  it('reads RFC 3164 syslog with the year supplied, and its PRI severity', async () => {
    const { events, files } = await read(fixture('syslog3164.log'));
    expect(files[0]?.format).toBe('syslog3164');
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2026-11-25T10:00:00Z'),
      service: 'sshd',
      message: 'Accepted password for alice from 10.0.0.9 port 52144 ssh2',
      attributes: { host: 'web1', pid: 2411 },
    });
    expect(events[1]?.level).toBe('fatal'); // <34>: severity 2, critical
  });

  it('reads RFC 5424 syslog', async () => {
    const { events, files } = await read(fixture('syslog5424.log'));
    expect(files[0]?.format).toBe('syslog5424');
    expect(events[0]).toMatchObject({
      service: 'evntslog',
      level: 'info',
      message: 'An application event log entry',
    });
    expect(events[1]).toMatchObject({ level: 'error', message: 'disk /dev/sda1 is 97% full' });
  });

  it('reads access logs: status, bytes, request time, user agent', async () => {
    const { events, files } = await read(fixture('access.log'));
    expect(files[0]?.format).toBe('access');
    expect(events[0]).toMatchObject({
      level: 'info',
      message: 'GET api/users/<*>',
      attributes: { status: 200, bytes: 512 },
    });
    expect(events[1]?.timestamp).toBe(Date.parse('2026-11-25T09:00:01Z'));
    expect(events[1]?.attributes['userAgent']).toBe('Mozilla/5.0 (X11; Linux x86_64)');
    expect(events[2]).toMatchObject({ level: 'error', attributes: { requestTime: 0.215 } });
  });

  it.each([
    [
      'hadoop.log',
      'Created MRAppMaster for application appattempt_1445144423722_0020_000001',
      'org.apache.hadoop.mapreduce.v2.app.MRAppMaster',
      '2015-10-18T18:01:47.978Z',
    ],
    [
      'hdfs.log',
      'PacketResponder 1 for block blk_38865049064139660 terminating',
      'dfs.DataNode$PacketResponder',
      '2008-11-09T20:36:15Z',
    ],
    ['healthapp.log', 'onStandStepChanged 3579', 'Step_LSC', '2017-12-23T22:15:29.606Z'],
  ])('strips the learned text header of %s', async (name, message, service, iso) => {
    const { events, files } = await read(fixture(name));
    expect(files[0]?.format).toBe('text');
    expect(events[0]).toMatchObject({ message, service, timestamp: Date.parse(iso) });
  });

  it('reads a file mixing JSON and text lines line by line', async () => {
    const { events } = await read(fixture('mixed.log'));
    expect(events.map((e) => e.format)).toEqual(['text', 'json', 'text']);
    expect(events[1]).toMatchObject({ level: 'error', message: 'config missing key db.url' });
    expect(events[2]).toMatchObject({ level: 'warn', message: 'using defaults' });
  });

  it('accepts a format override', async () => {
    const { files } = await read(fixture('app.logfmt'), { format: 'text' });
    expect(files[0]?.format).toBe('text');
    expect(files[0]?.formatEvidence).toMatch(/set by the caller/);
  });
});

describe('readEvents: framing and fields', () => {
  it.each([
    ['java.log', [1, 2, 9], [1, 7, 1]],
    ['python.log', [1, 2, 7], [1, 5, 1]],
    ['node.log', [1, 2, 6], [1, 4, 1]],
  ])('frames the multi-line events of %s', async (name, lines, counts) => {
    const { events } = await read(fixture(name));
    expect(events.map((e) => e.line)).toEqual(lines);
    expect(events.map((e) => e.lineCount)).toEqual(counts);
  });

  it('lets an event without a timestamp inherit the previous one, marked', async () => {
    const { events } = await read(
      text('2026-11-25 10:00:00 INFO a: one\n2026-11-25 10:00:01 INFO a: two\nno header here\n'),
    );
    expect(events[2]).toMatchObject({
      timestamp: Date.parse('2026-11-25T10:00:01Z'),
      timestampInherited: true,
    });
    expect(events[0]?.timestampInherited).toBe(false);
  });

  it('handles LF, CRLF and CR line ends', async () => {
    const { events, files } = await read(fixture('newlines.log'), {}, 3);
    expect(events.map((e) => e.raw)).toEqual(['line one', 'line two', 'line three', 'line four']);
    expect(files[0]?.lines).toBe(4);
  });

  it('truncates an event larger than maxEventBytes with a marker, without failing', async () => {
    const long = 'x'.repeat(5000);
    const { events, files } = await read(text(`short\n${long}\nafter\n`), { maxEventBytes: 1000 });
    expect(events.map((e) => e.truncated)).toEqual([false, true, false]);
    expect(events[1]?.raw.length).toBeLessThan(1100);
    expect(files[0]?.truncatedEvents).toBe(1);
  });
});

describe('readEvents: decoding', () => {
  it('replaces and counts invalid UTF-8', async () => {
    const bytes = new Uint8Array([...text('ok line\nbad '), 0xff, 0xfe, ...text(' end\n')]);
    const { events, files } = await read(bytes);
    expect(events[1]?.raw).toContain('\uFFFD');
    expect(files[0]?.invalidUtf8Bytes).toBe(2);
  });

  it.each([
    ['utf-16le', [0xff, 0xfe], (s: string) => Buffer.from(s, 'utf16le')],
    ['utf-16be', [0xfe, 0xff], (s: string) => Buffer.from(s, 'utf16le').swap16()],
  ] as const)('reads %s with a BOM', async (encoding, bom, encode) => {
    const body = 'first line\nsecond line é\n';
    const { events, files } = await read(new Uint8Array([...bom, ...encode(body)]), {}, 5);
    expect(files[0]?.encoding).toBe(encoding);
    expect(events.map((e) => e.raw)).toEqual(['first line', 'second line é']);
  });

  it('reads gzip', async () => {
    const { events, files } = await read(gzipSync(fixture('java.log')), { name: 'java.log.gz' }, 64);
    expect(files[0]?.file).toBe('java.log');
    expect(events).toHaveLength(3);
  });

  it('reads a zip bundle; each member is a file of its own', async () => {
    const zip = zipSync({
      'logs/app.jsonl': fixture('app.jsonl'),
      'logs/java.log.gz': gzipSync(fixture('java.log')),
      'logs/': new Uint8Array(0),
    });
    const { events, files } = await read(zip, { name: 'bundle.zip' }, 100);
    expect(files.map((f) => [f.file, f.format])).toEqual([
      ['logs/app.jsonl', 'json'],
      ['logs/java.log.gz', 'text'],
    ]);
    expect(new Set(events.map((e) => e.file))).toEqual(new Set(['logs/app.jsonl', 'logs/java.log.gz']));
    expect(events.filter((e) => e.file === 'logs/java.log.gz').map((e) => e.line)).toEqual([1, 2, 9]);
  });

  it('reads tar and tar.gz bundles, skipping (and reporting) a binary member', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const tar = makeTar({ 'a.log': fixture('hdfs.log'), 'shot.png': png, 'b.logfmt': fixture('app.logfmt') });
    for (const [bytes, name] of [
      [tar, 'bundle.tar'],
      [gzipSync(tar), 'bundle.tar.gz'],
    ] as const) {
      const { events, files } = await read(bytes, { name }, 333);
      expect(files.map((f) => f.file)).toEqual(['a.log', 'shot.png', 'b.logfmt']);
      expect(files[1]?.skipped).toMatch(/PNG image/);
      expect(events).toHaveLength(5);
    }
  });

  it('reports progress in input bytes', async () => {
    const seen: number[] = [];
    const bytes = fixture('java.log');
    await read(bytes, { onProgress: (n) => seen.push(n) }, 50);
    expect(seen[seen.length - 1]).toBe(bytes.length);
  });
});

describe('readEvents: refusals', () => {
  it('refuses a PNG image, naming it', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(100).fill(1)]);
    const err = await refusal(read(png, { name: 'shot.png' }));
    expect(err.code).toBe('UNSUPPORTED_INPUT');
    expect(err.message).toMatch(/this looks like a PNG image, not a text log/);
  });

  it('refuses unknown binary data by its control bytes', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7) % 32);
    const err = await refusal(read(bytes));
    expect(err.message).toMatch(/binary file/);
  });

  it('refuses an empty file', async () => {
    const err = await refusal(read(new Uint8Array(0), { name: 'empty.log' }));
    expect(err.message).toBe('empty.log is an empty file');
  });

  it('refuses corrupt and truncated gzip', async () => {
    const gz = gzipSync(text('hello world\n'.repeat(100)));
    const bad = gz.slice();
    bad[10] = 0xff; // invalid deflate block type
    expect((await refusal(read(bad, { name: 'x.gz' }, 1000))).message).toMatch(
      /x.gz: the gzip data is corrupt or truncated/,
    );
    expect((await refusal(read(gz.slice(0, 20), { name: 'x.gz' }, 1000))).message).toMatch(
      /corrupt or truncated/,
    );
  });

  it('refuses a truncated zip', async () => {
    const zip = zipSync({ 'a.log': text('line\n'.repeat(1000)) });
    const err = await refusal(read(zip.slice(0, 60), { name: 'x.zip' }));
    expect(err.code).toBe('UNSUPPORTED_INPUT');
  });

  it('refuses an encrypted zip', async () => {
    const zip = zipSync({ 'a.log': text('secret\n') });
    zip[6] = (zip[6] ?? 0) | 1;
    const err = await refusal(read(zip, { name: 'x.zip' }));
    expect(err.message).toMatch(/encrypted/);
  });

  it('refuses an archive bomb by expansion ratio and by expanded size', async () => {
    const bomb = gzipSync(new Uint8Array(20 * 1024 * 1024).fill(97));
    const ratio = await refusal(read(bomb, { name: 'bomb.gz', maxRatio: 100 }, 65536));
    expect(ratio.code).toBe('LIMIT_EXCEEDED');
    expect(ratio.message).toMatch(/archive bomb/);
    const size = await refusal(read(bomb, { name: 'bomb.gz', maxExpandedBytes: 1024 * 1024 }, 65536));
    expect(size.message).toMatch(/expands beyond the 1 MiB limit/);
  });

  it('refuses a zip with too many members', async () => {
    const zip = zipSync({ 'a.log': text('a\n'), 'b.log': text('b\n'), 'c.log': text('c\n') });
    const err = await refusal(read(zip, { name: 'x.zip', maxMembers: 2 }));
    expect(err.code).toBe('LIMIT_EXCEEDED');
  });
});

describe('readEvents: syslog years', () => {
  it('infers the year and rolls it over at new year', async () => {
    const log = 'Dec 31 23:59:58 h app[1]: last of the year\nJan  1 00:00:01 h app[1]: first of the next\n';
    const { events } = await read(text(log), { year: 2025 });
    expect(events.map((e) => e.timestamp)).toEqual([
      Date.parse('2025-12-31T23:59:58Z'),
      Date.parse('2026-01-01T00:00:01Z'),
    ]);
  });
});

describe('readEvents: headers learned without per-format rules', () => {
  it.each([
    [
      'logcat (one-letter level, then "Tag:")',
      '03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogs opening app\n03-17 16:13:38.819  1702  8671 I PowerManagerService: acquire lock=233570404\n',
      'acquire lock=233570404',
      'PowerManagerService',
    ],
    [
      'a "host app[pid]:" column',
      '- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond(pam_unix)[2915]: session closed for user root\n- 1131566461 2005.11.09 dn261 Nov 9 12:01:01 dn261/dn261 crond[2916]: (root) CMD (run-parts /etc/cron.hourly)\n',
      '(root) CMD (run-parts /etc/cron.hourly)',
      'crond[2916]',
    ],
    [
      'time, program, "-"',
      '[10.30 16:49:06] chrome.exe - proxy.example:5070 open through proxy\n[10.30 16:49:07] chrome.exe - proxy.example:5070 close, 0 bytes sent\n',
      'proxy.example:5070 close, 0 bytes sent',
      'chrome.exe',
    ],
    [
      'level, logger, [request context]',
      'n.log 2017-05-16 00:00:00.008 25746 INFO nova.api.server [req-1 - - -] 10.11.10.1 "GET /v2 HTTP/1.1" status: 200\nn.log 2017-05-16 00:00:04.500 2931 INFO nova.compute.manager [req-3 - - - - -] VM Started (Lifecycle Event)\n',
      'VM Started (Lifecycle Event)',
      'nova.compute.manager',
    ],
  ])('strips %s', async (_, log, message, service) => {
    const { events } = await read(text(log));
    expect(events[1]).toMatchObject({ message, service });
  });
});
