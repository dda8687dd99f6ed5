import { execFileSync } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { patternId } from '@logai/engine';
import { scratchDir } from '../testing/scratch-dir';
import { command } from './templates';

const fixtures = join(import.meta.dirname, '../../../../packages/engine/test-fixtures');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runWithStdin(Readable.from([]), ...argv);
}

async function runWithStdin(
  stdin: Readable,
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await command({ argv, stdin, isStdinTTY: false, stdout, stderr, isStderrTTY: false });
  return { code, out, err };
}

describe('logai templates', () => {
  it('prints one {"line","template","pattern"} object per physical line, continuation lines included', async () => {
    const { code, out } = await run(join(fixtures, 'java.log'), '--jsonl');
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; template: string; pattern: string });
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const r of rows) expect(r.pattern).toBe(patternId(r.template));
    expect(new Set(rows.slice(1, 8).map((r) => r.template)).size).toBe(1);
    expect(rows[1]?.template).toBe('Job <*> failed');
  });

  it('prints every physical line of a JSON document once: pretty-printed, and on one line', async () => {
    const rows = async (name: string) =>
      (await run(join(fixtures, name), '--jsonl')).out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { line: number; template: string; pattern: string });
    const pretty = await rows('export.json');
    expect(pretty.map((r) => r.line)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
    expect(pretty[0]?.template).toBe('invoice <*> sent');
    expect(pretty[30]?.template).toBe('invoice <*> failed: card declined');
    expect(await rows('cloudtrail.json')).toEqual([
      { line: 1, template: 's3 GetObject', pattern: patternId('s3 GetObject') },
    ]);
  });

  it('prints every line of a large file in order, through a slow reader of its output', async () => {
    const path = join(scratchDir('logai-jsonl-'), 'many.log');
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++)
      lines.push(`2026-11-25 10:00:00,000 INFO [main] app.Worker - job ${i} done`);
    writeFileSync(path, lines.join('\n') + '\n');
    // A reader that takes its time: the output (~1.4 MB, many 64 KiB flushes) waits for it to drain.
    const stdout = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        received.push(chunk.toString());
        waiting = Math.max(waiting, stdout.writableLength);
        setImmediate(done);
      },
    });
    const received: string[] = [];
    let waiting = 0;
    const code = await command({
      argv: [path, '--jsonl'],
      stdin: Readable.from([]),
      isStdinTTY: false,
      stdout,
      stderr: new PassThrough(),
      isStderrTTY: false,
    });
    const rows = received
      .join('')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; template: string });
    expect(code).toBe(0);
    expect(rows.map((r) => r.line)).toEqual(lines.map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r.template))).toEqual(new Set(['job <*> done']));
    // Never more than one chunk held for the reader: the output of a huge file is not kept in memory.
    expect(waiting).toBeLessThan(2 * 65_536);
  });

  it('prints the final template of lines whose clusters were evicted (kept in a temporary file)', async () => {
    const dir = scratchDir('logai-jsonl-');
    const path = join(dir, 'free.log');
    const word = (i: number) =>
      `${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (((i / 26) | 0) % 26))}w`;
    const messages = [
      'connection pool p0 near capacity: 2/50 in use by tenant t0',
      'connection pool p0 near capacity: 9/50 in use by tenant t1',
      'connection pool p1 near capacity: 9/50 in use by tenant t1',
      ...Array.from({ length: 400 }, (_, i) => `${word(i)} sent ${word(i + 77)} home`),
    ];
    writeFileSync(
      path,
      messages.map((m) => `2026-11-25 10:00:00,000 INFO [main] app.Chat - ${m}\n`).join(''),
    );
    const { code, out } = await run(path, '--jsonl', '--max-clusters', '10');
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; template: string; pattern: string });
    const general = 'connection pool <*> near capacity: <*> in use by tenant <*>';
    expect(rows.map((r) => r.template)).toEqual([general, general, general, ...messages.slice(3)]);
    for (const r of rows) expect(r.pattern).toBe(patternId(r.template));
  });

  it('reads standard input for "-", plain or gzipped, and a pipe (`<(zcat app.log.gz)`)', async () => {
    const log = 'user 1 logged in\nuser 2 logged in\nuser 3 logged in\ndisk full on /var\n';
    const expected = ['user <*> logged in', 'user <*> logged in', 'user <*> logged in', 'disk full on <*>'];
    const templates = (out: string) =>
      out
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { template: string }).template);
    for (const bytes of [Buffer.from(log), gzipSync(log)]) {
      const { code, out } = await runWithStdin(Readable.from([bytes]), '-', '--jsonl');
      expect(code).toBe(0);
      expect(templates(out)).toEqual(expected);
    }
    const fifo = join(scratchDir('logai-fifo-'), 'app.fifo');
    execFileSync('mkfifo', [fifo]);
    createWriteStream(fifo).end(gzipSync(log));
    const piped = await run(fifo, '--json');
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.out)).toMatchObject({ files: [{ file: 'app.fifo', lines: 4 }] });
  });

  it('says how to end standard input when it is a terminal', async () => {
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d: Buffer) => (err += d.toString()));
    const io = {
      stdin: Readable.from([Buffer.from('a line\n')]),
      stdout: new PassThrough(),
      stderr,
      isStderrTTY: false,
    };
    expect(await command({ ...io, argv: ['-'], isStdinTTY: true })).toBe(0);
    expect(err).toMatch(/reading standard input .*Ctrl-D/);
  });

  it('prints a table of patterns by count', async () => {
    const { code, out } = await run(join(fixtures, 'hdfs.log'));
    expect(code).toBe(0);
    expect(out).toContain('PacketResponder <*> for block <*> terminating');
    expect(out).toMatch(/1 patterns, 2 events/);
  });

  it('exits 1 with a readable message for a binary file', async () => {
    const dir = scratchDir('logai-');
    const path = join(dir, 'image.png');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const { code, err } = await run(path, '--jsonl');
    expect(code).toBe(1);
    expect(err).toMatch(
      /^logai templates: image.png: this looks like a PNG image, not a text log \[UNSUPPORTED_INPUT\]/,
    );
  });

  it('exits 2 on wrong usage', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('/no/such/file.log')).code).toBe(2);
    expect((await run(join(fixtures, 'hdfs.log'), '--bogus')).code).toBe(2);
    expect((await run(join(fixtures, 'hdfs.log'), '--format', 'xml')).code).toBe(2);
  });
});
