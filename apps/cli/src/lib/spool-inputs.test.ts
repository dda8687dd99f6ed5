import { execFileSync } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nameOf } from './open-file-input';
import { UsageError } from './parse-cli-args';
import { spoolInputs } from './spool-inputs';

let dir = '';
let root = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'logai-spool-'));
  root = join(dir, 'tmp');
  mkdirSync(root);
});

const none = () => Readable.from([]);

describe('spoolInputs', () => {
  it('uses regular files where they are, and copies nothing', async () => {
    const path = join(dir, 'app.log');
    writeFileSync(path, 'a line\n');
    const spooled = await spoolInputs([path], none(), root);
    expect(spooled.files).toEqual([{ path, name: 'app.log' }]);
    expect(readdirSync(root)).toEqual([]);
  });

  it('copies standard input, named "stdin", and removes the copy after', async () => {
    const log = 'first line\nsecond line\n'.repeat(50_000);
    const stdin = Readable.from([Buffer.from(log.slice(0, 1000)), Buffer.from(log.slice(1000))]);
    const path = join(dir, 'app.log');
    writeFileSync(path, 'a line\n');
    const spooled = await spoolInputs([path, '-'], stdin, root);
    expect(spooled.files.map((f) => f.name)).toEqual(['app.log', 'stdin']);
    expect(readFileSync(spooled.files[1]?.path ?? '', 'utf8')).toBe(log);
    await spooled.remove();
    expect(readdirSync(root)).toEqual([]);
  });

  it('copies a pipe (a FIFO, as `<(zcat app.log.gz)` gives) under its own name', async () => {
    const fifo = join(dir, 'app.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = createWriteStream(fifo);
    writer.end('from a pipe\n');
    const spooled = await spoolInputs([fifo], none(), root);
    expect(spooled.files[0]?.name).toBe('app.fifo');
    expect(readFileSync(spooled.files[0]?.path ?? '', 'utf8')).toBe('from a pipe\n');
    await spooled.remove();
  });

  it('names a pipe by its whole path (`<(zcat a.gz)` is /dev/fd/63), a file by its file name', () => {
    expect(nameOf('/dev/fd/63')).toBe('/dev/fd/63');
    expect(nameOf('/proc/self/fd/0')).toBe('/proc/self/fd/0');
    expect(nameOf('/var/log/app.log')).toBe('app.log');
  });

  it('refuses standard input twice, a missing path and a directory, by name', async () => {
    await expect(spoolInputs(['-', '-'], none(), root)).rejects.toThrow(
      /standard input \("-"\) can be read only once/,
    );
    await expect(spoolInputs([join(dir, 'nope.log')], none(), root)).rejects.toThrow(
      /cannot open .*nope\.log/,
    );
    await expect(spoolInputs([dir], none(), root)).rejects.toThrow(/is a directory/);
    await expect(spoolInputs([dir], none(), root)).rejects.toBeInstanceOf(UsageError);
  });

  it('leaves nothing behind when standard input fails midway', async () => {
    const stdin = new Readable({
      read() {
        this.push('some lines\n');
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(spoolInputs(['-'], stdin, root)).rejects.toThrow(
      /cannot copy standard input .*connection reset/,
    );
    expect(readdirSync(root)).toEqual([]);
  });
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});
