import { describe, expect, it } from 'vitest';
import { Zip, ZipDeflate, ZipPassThrough, gzipSync, zipSync } from 'fflate';
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

describe('readEvents: decoding', () => {
  it('reads an input alike whether its head comes in one chunk or in many (plain, gzip, tar)', async () => {
    const lines = Array.from(
      { length: 2000 },
      (_, i) =>
        `2026-11-25 10:00:${String(i % 60).padStart(2, '0')},${String(i % 1000).padStart(3, '0')} INFO [w-${i % 7}] Sent ${i * 13} bytes to 10.0.0.${i % 250}`,
    );
    const log = new Uint8Array([...text(lines.join('\n') + '\n'), ...fixture('java.log')]);
    const inputs: [string, Uint8Array][] = [
      ['app.log', log],
      ['app.log.gz', gzipSync(log)],
      ['logs.tar', makeTar({ 'a.log': fixture('hdfs.log'), 'b.log': log })],
    ];
    for (const [name, bytes] of inputs) {
      const whole = await read(bytes, { name }, bytes.length);
      const split = await read(bytes, { name }, 7);
      expect(whole.events.length).toBeGreaterThan(2000);
      expect(whole).toEqual(split);
    }
  });

  it('replaces and counts invalid UTF-8', async () => {
    const bytes = new Uint8Array([...text('ok line\nbad '), 0xff, 0xfe, ...text(' end\n')]);
    const { events, files } = await read(bytes);
    expect(events[1]?.raw).toContain('\uFFFD');
    expect(files[0]?.invalidUtf8Bytes).toBe(2);
  });

  it('reads a file in a legacy 8-bit code page (Windows-1252, Latin-1) as such, not as damaged UTF-8', async () => {
    const body =
      '2026-11-25 10:00:00 INFO Benutzer Müller angemeldet\n2026-11-25 10:00:01 ERROR informação: 10€ fehlt\n';
    const { events, files } = await read(
      new Uint8Array(Buffer.from(body.replace('€', '\x80'), 'latin1')),
      {},
      9,
    );
    expect(files[0]).toMatchObject({ encoding: 'windows-1252', invalidUtf8Bytes: 0 });
    expect(events.map((e) => e.message)).toEqual(['Benutzer Müller angemeldet', 'informação: 10€ fehlt']);
    // One valid UTF-8 character makes the file UTF-8, its other bytes damage, replaced and counted.
    const mixed = await read(new Uint8Array([...text('caf\u00e9 ok\nM'), 0xfc, ...text('ller\n')]));
    expect(mixed.files[0]).toMatchObject({ encoding: 'utf-8', invalidUtf8Bytes: 1 });
    expect(mixed.events[1]?.raw).toBe('M\uFFFDller');
  });

  it.each([
    [
      'shift_jis',
      '323032362d31312d32352031303a30303a3030204552524f52208366815b835e8378815b835882d682cc90da91b182c98eb8947382b582dc82b582bd3a20835e834383808341834583670a323032362d31312d32352031303a30303a303120494e464f208386815b8355815b2074616e616b612082aa838d834f8343839382b582dc82b582bd0a',
      ['データベースへの接続に失敗しました: タイムアウト', 'ユーザー tanaka がログインしました'],
    ],
    [
      'euc-kr',
      '323032362d31312d32352031303a30303a3030204552524f5220b5a5c0ccc5cdbaa3c0ccbdba20bfacb0e1bfa120bdc7c6d0c7dfbdc0b4cfb4d90a',
      ['데이터베이스 연결에 실패했습니다'],
    ],
    [
      'gb18030',
      '323032362d31312d32352031303a30303a3030204552524f5220cafdbeddbfe2c1acbdd3caa7b0dc3a20b3accab10a',
      ['数据库连接失败: 超时'],
    ],
  ])('reads a file in an East Asian double-byte code page (%s) as such', async (encoding, hex, messages) => {
    const { events, files } = await read(new Uint8Array(Buffer.from(hex, 'hex')), {}, 5);
    expect(files[0]).toMatchObject({ encoding, invalidUtf8Bytes: 0 });
    expect(events.map((e) => e.message)).toEqual(messages);
    expect(events[0]?.level).toBe('error');
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

  it('recognises UTF-16 LE without a BOM by its NUL bytes', async () => {
    const { events, files } = await read(
      new Uint8Array(Buffer.from('no bom here\nsecond\n', 'utf16le')),
      {},
      8,
    );
    expect(files[0]?.encoding).toBe('utf-16le');
    expect(events.map((e) => e.raw)).toEqual(['no bom here', 'second']);
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

  it("reads a bundle's gzip members (rotated logs) wherever its chunks cut them; refuses a corrupt one by name", async () => {
    const tar = makeTar({
      'var/log/app.log.2.gz': gzipSync(fixture('java.log')),
      'var/log/app.log.1': fixture('java.log'),
      'var/log/nested.tar.gz': gzipSync(makeTar({ 'x.log': fixture('java.log') })),
      'var/log/app.log': fixture('hdfs.log'),
    });
    for (const chunk of [1, 2, 3, 512, tar.length]) {
      const { events, files } = await read(tar, { name: 'logs.tar' }, chunk);
      expect(files.map((f) => [f.file, f.skipped === undefined])).toEqual([
        ['var/log/app.log.2.gz', true],
        ['var/log/app.log.1', true],
        ['var/log/nested.tar.gz', false],
        ['var/log/app.log', true],
      ]);
      const of = (file: string) => events.filter((e) => e.file === file).map((e) => e.raw);
      expect(of('var/log/app.log.2.gz')).toEqual(of('var/log/app.log.1'));
      expect(files[2]?.skipped).toMatch(/a tar archive inside a bundle is not opened/);
    }
    const gz = gzipSync(fixture('java.log'));
    const damaged = gz.slice();
    damaged[gz.length - 8] = (damaged[gz.length - 8] ?? 0) ^ 0xff;
    const err = await refusal(
      read(makeTar({ 'a.log': fixture('hdfs.log'), 'b.log.gz': damaged }), { name: 't.tar' }, 100),
    );
    expect(err.message).toMatch(/b\.log\.gz: the gzip data is corrupt or truncated \(incorrect data check\)/);
  });

  it("reads a zip's deflated and stored members in order, whole, wherever its chunks cut them", async () => {
    const log = (tag: string) =>
      text(
        Array.from(
          { length: 3000 },
          (_, i) => `2026-11-25 10:00:00,000 INFO [${tag}] job ${i} done in ${i % 97} ms`,
        ).join('\n') + '\n',
      );
    const zip = zipSync({
      'a.log': log('a'),
      'b.log': [log('b'), { level: 0 }],
      'c.log': log('c'),
      'd.log': fixture('java.log'),
    });
    const expected = (await read(log('a'), { name: 'a.log' }, 1 << 20)).events.map((e) => e.raw);
    for (const chunk of [3, 65_536, zip.length]) {
      const { events, files } = await read(zip, { name: 'bundle.zip' }, chunk);
      expect(files.map((f) => [f.file, f.lines])).toEqual([
        ['a.log', 3000],
        ['b.log', 3000],
        ['c.log', 3000],
        ['d.log', 9],
      ]);
      expect(events.filter((e) => e.file === 'a.log').map((e) => e.raw)).toEqual(expected);
      expect(events.filter((e) => e.file === 'c.log').map((e) => e.raw.replace('[c]', '[a]'))).toEqual(
        expected,
      );
    }
    const damaged = zip.slice();
    damaged[60] = (damaged[60] ?? 0) ^ 0xff; // inside a.log's deflate data
    expect((await refusal(read(damaged, { name: 'bundle.zip' }, 4096))).message).toMatch(
      /bundle\.zip: the zip member a\.log is corrupt or truncated/,
    );
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

  it.each([
    [
      'System.evtx',
      'ElfFile\0',
      /System\.evtx: this looks like a Windows event log \(\.evtx; export it as CSV: .*`Get-WinEvent -Path <file> \| Export-Csv/,
    ],
    [
      'system.journal',
      'LPKSHHRH',
      /this looks like a systemd journal file \(export it: `journalctl --file <file> -o json`/,
    ],
    ['dump.pcapng', '\n\r\r\n', /this looks like a packet capture \(pcapng\), not a text log/],
    ['heap.hprof', 'JAVA PROFILE 1.0.2\0', /this looks like a Java heap dump \(hprof\)/],
  ])(
    'refuses %s, a log in a binary form of its own, saying how to export it',
    async (name, magic, message) => {
      const bytes = new Uint8Array([...text(magic), ...new Array(200).fill(0)]);
      expect((await refusal(read(bytes, { name }))).message).toMatch(message);
    },
  );

  it('refuses unknown binary data by its control bytes', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7) % 32);
    const err = await refusal(read(bytes));
    expect(err.message).toMatch(/binary file/);
  });

  it('refuses an empty file', async () => {
    const err = await refusal(read(new Uint8Array(0), { name: 'empty.log' }));
    expect(err.message).toBe('empty.log is an empty file');
  });

  it("checks a zip's members against its central directory (CRC-32, size, none missing)", async () => {
    const find = (bytes: Uint8Array, what: string, from = 0) => Buffer.from(bytes).indexOf(what, from);
    const lines = (tag: string) => text(`2026-11-25 10:00:00,000 INFO [${tag}] job done\n`.repeat(200));
    const zip = zipSync({ 'a.log': [lines('a'), { level: 0 }], 'b.log': lines('b') });
    expect((await read(zip, { name: 'x.zip' }, 100)).files).toHaveLength(2);
    const padded = new Uint8Array([...zip, ...new Uint8Array(300)]);
    expect((await read(padded, { name: 'x.zip' }, 100)).files).toHaveLength(2);
    const messageOf = async (bytes: Uint8Array) =>
      (await refusal(read(bytes, { name: 'x.zip' }, 100))).message;
    // A stored member's byte changed: it inflates (is copied) without error.
    const flipped = zip.slice();
    flipped[find(zip, '[a] job done') + 1] = 0x62;
    expect(await messageOf(flipped)).toMatch(
      /x\.zip: the zip member a\.log is corrupt or truncated \(its CRC-32 does not match\)/,
    );
    // Every member whole, the directory gone.
    expect(await messageOf(zip.slice(0, find(zip, 'PK\x01\x02')))).toMatch(
      /x\.zip: the zip archive is corrupt or truncated \(its central directory is missing\)/,
    );
    // The second member's local header damaged; or gone, with its data: the directory still lists it.
    const second = find(zip, 'PK\x03\x04', 4);
    const damaged = zip.slice();
    damaged[second + 2] = 0;
    expect(await messageOf(damaged)).toMatch(
      /x\.zip: the zip archive is corrupt or truncated \(no file header after a\.log\)/,
    );
    const cut = new Uint8Array([...zip.subarray(0, second), ...zip.subarray(find(zip, 'PK\x01\x02'))]);
    expect(await messageOf(cut)).toMatch(/its central directory lists files not found in it: b\.log/);
  });

  it('ends a file whose sizes follow its data at the descriptor whose size matches, not at the first signature', async () => {
    // Streaming writers (Java's ZipOutputStream, Go's archive/zip, fflate's Zip) put a data descriptor
    // after each file; its signature may also occur in the data (here written out, as a gzipped or
    // stored member's bytes hold it by chance).
    const body = text(
      Array.from(
        { length: 300 },
        (_, i) => `2026-11-25 10:00:00,000 INFO [w] job ${i} sent PK\x07\x08 ok`,
      ).join('\n') + '\n',
    );
    const parts: Uint8Array[] = [];
    const zip = new Zip((err, data) => {
      if (err) throw err;
      parts.push(data);
    });
    const files = [
      new ZipPassThrough('stored.log'),
      new ZipDeflate('raw.log', { level: 0 }),
      new ZipDeflate('packed.log'),
    ];
    for (const file of files) {
      zip.add(file);
      file.push(body, true);
    }
    zip.end();
    const bytes = new Uint8Array(Buffer.concat(parts));
    expect(Buffer.from(bytes).readUInt16LE(6) & 8).toBe(8);
    for (const chunk of [1, 7, 4096, bytes.length]) {
      const { files: got, events } = await read(bytes, { name: 'dd.zip' }, chunk);
      expect(got.map((f) => [f.file, f.lines])).toEqual([
        ['stored.log', 300],
        ['raw.log', 300],
        ['packed.log', 300],
      ]);
      expect(events.filter((e) => e.file === 'raw.log').at(-1)?.raw).toContain('job 299 sent PK\x07\x08 ok');
    }
  });

  it("reads a zip's unflagged file names as UTF-8 when they are, else as code page 437", async () => {
    // Names written by byte, without the UTF-8 flag: Windows' code page 437 ("\x81" is ü), and
    // Info-ZIP's UTF-8 on Linux.
    const named = (placeholder: string, bytes: number[]) => {
      const zip = Buffer.from(zipSync({ [`${placeholder}.log`]: text('2026-11-25 10:00:00,000 INFO ok\n') }));
      expect(zip.readUInt16LE(6) & 0x800).toBe(0);
      for (let at = zip.indexOf(placeholder); at >= 0; at = zip.indexOf(placeholder, at + 1))
        zip.set(bytes, at);
      return new Uint8Array(zip);
    };
    for (const zip of [
      named('PrXfung', [0x50, 0x72, 0x81, 0x66, 0x75, 0x6e, 0x67]),
      named('PrXXfung', [0x50, 0x72, 0xc3, 0xbc, 0x66, 0x75, 0x6e, 0x67]),
    ]) {
      const { files } = await read(zip, { name: 'names.zip' }, 100);
      expect(files.map((f) => f.file)).toEqual(['Prüfung.log']);
    }
  });

  it('reads data descriptors written without their (optional) signature', async () => {
    const parts: Uint8Array[] = [];
    const zip = new Zip((err, data) => {
      if (err) throw err;
      parts.push(data);
    });
    const body = text('2026-11-25 10:00:00,000 INFO [w] job done\n'.repeat(500));
    for (const file of [new ZipPassThrough('a.log'), new ZipDeflate('b.log'), new ZipPassThrough('c.log')]) {
      zip.add(file);
      file.push(body, true);
    }
    zip.end();
    // As old writers did: each descriptor's 4-byte signature left out (nothing else holds those bytes).
    const withSignatures = Buffer.concat(parts);
    const signature = Buffer.from('PK\x07\x08', 'latin1');
    const pieces: Buffer[] = [];
    let from = 0;
    for (let at = withSignatures.indexOf(signature); at >= 0; at = withSignatures.indexOf(signature, from)) {
      pieces.push(withSignatures.subarray(from, at));
      from = at + 4;
    }
    expect(pieces).toHaveLength(3);
    const bytes = new Uint8Array(Buffer.concat([...pieces, withSignatures.subarray(from)]));
    for (const chunk of [1, 5, 4096, bytes.length]) {
      const { files } = await read(bytes, { name: 'old.zip' }, chunk);
      expect(files.map((f) => [f.file, f.lines])).toEqual([
        ['a.log', 500],
        ['b.log', 500],
        ['c.log', 500],
      ]);
    }
  });

  it('reads a Zip64 archive with data descriptors written by Python; refuses it with a wrong CRC-32', async () => {
    const zip = fixture('python-zip64.zip');
    for (const chunk of [1, 100, zip.length]) {
      const { files } = await read(zip, { name: 'py.zip' }, chunk);
      expect(files.map((f) => [f.file, f.lines])).toEqual([
        ['logs/app.log', 200],
        ['logs/err.log', 3],
      ]);
    }
    const damaged = zip.slice();
    const entry = Buffer.from(zip).lastIndexOf('PK\x01\x02');
    damaged[entry + 16] = (damaged[entry + 16] ?? 0) ^ 1;
    const err = await refusal(read(damaged, { name: 'py.zip' }, 100));
    expect(err.message).toMatch(
      /py\.zip: the zip member logs\/err\.log is corrupt or truncated \(its CRC-32/,
    );
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

  it('refuses a gzip cut within its last 8 bytes or with a damaged checksum; reads one padded with zeros', async () => {
    const log = text('hello world\n'.repeat(100));
    const gz = gzipSync(log);
    // The deflate data is whole: only the member's CRC-32 and length are missing or wrong.
    const cut = await refusal(read(gz.slice(0, gz.length - 3), { name: 'x.gz' }, 1000));
    expect(cut.message).toMatch(/x.gz: the gzip data is corrupt or truncated \(unexpected end of file\)/);
    const damaged = gz.slice();
    damaged[gz.length - 8] = (damaged[gz.length - 8] ?? 0) ^ 0xff;
    expect((await refusal(read(damaged, { name: 'x.gz' }, 1000))).message).toMatch(/incorrect data check/);
    const padded = new Uint8Array([...gz, ...new Uint8Array(512)]);
    expect((await read(padded, { name: 'x.gz' }, 1000)).events).toHaveLength(100);
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

  it('refuses a zip member compressed by a method it cannot read, naming the method', async () => {
    const zip = zipSync({ 'a.log': text('line\n'.repeat(100)) });
    zip[8] = 9; // the local header's method: Deflate64, as Windows writes for large files
    const err = await refusal(read(zip, { name: 'x.zip' }));
    expect(err.message).toBe(
      'x.zip: cannot read a.log because it uses the Deflate64 (Windows) compression method 9; zip it again with standard Deflate',
    );
  });

  it('refuses a zip with too many members', async () => {
    const zip = zipSync({ 'a.log': text('a\n'), 'b.log': text('b\n'), 'c.log': text('c\n') });
    const err = await refusal(read(zip, { name: 'x.zip', maxMembers: 2 }));
    expect(err.code).toBe('LIMIT_EXCEEDED');
  });

  it('refuses a tar archive with a corrupt header', async () => {
    const tar = makeTar({ 'a.log': 'hello\n' });
    tar[0] = 0x41; // the name changes, the checksum no longer matches
    const err = await refusal(read(tar, { name: 'x.tar' }));
    expect(err.message).toBe('x.tar: the tar archive is corrupt (bad header checksum)');
  });

  it('skips (and reports) an archive nested in a bundle', async () => {
    const inner = zipSync({ 'deep.log': text('x\n') });
    const tar = makeTar({ 'inner.zip': inner, 'a.log': 'hello\n' });
    const { events, files } = await read(tar, { name: 'b.tar' }, 512);
    expect(files[0]?.skipped).toMatch(/one level of nesting/);
    expect(events.map((e) => e.file)).toEqual(['a.log']);
  });

  it('refuses a bundle none of whose files can be read, naming each and why', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const two = await refusal(
      read(zipSync({ 'shot.png': png, 'app.log': new Uint8Array(0) }), { name: 'x.zip' }),
    );
    expect(two.code).toBe('UNSUPPORTED_INPUT');
    expect(two.message).toBe(
      'x.zip: none of its 2 files can be read (shot.png: this looks like a PNG image, not a text log; app.log is an empty file)',
    );
    const one = await refusal(read(makeTar({ 'app.log': '' }), { name: 'x.tar' }));
    expect(one.message).toBe('x.tar: its only file cannot be read (app.log is an empty file)');
    // One readable file is enough: the others are reported beside it.
    const { files } = await read(zipSync({ 'shot.png': png, 'a.log': text('hello\n') }), { name: 'y.zip' });
    expect(files.map((f) => f.skipped ?? null)).toEqual([
      'shot.png: this looks like a PNG image, not a text log',
      null,
    ]);
  });

  it('refuses an office document (a zip of XML parts), not reading its parts as logs', async () => {
    const xlsx = zipSync({
      '[Content_Types].xml': text('<?xml version="1.0"?><Types/>'),
      'xl/worksheets/sheet1.xml': text('<?xml version="1.0"?><worksheet/>'),
    });
    const err = await refusal(read(xlsx, { name: 'export.xlsx' }));
    expect(err.message).toBe(
      'export.xlsx: this looks like an office document (Excel, Word, OpenDocument), not a log bundle; export the sheet as CSV',
    );
  });
});
