import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readEventBatches } from '../read/read-events';
import type { EventBatch } from '../read/event-batch';
import type { LogEvent } from '../types';
import { MaskedKeyScanner } from './masked-key';
import { TemplateMiner } from './template-miner';

/** What a scan leaves for the miner: tokens, the shape's fingerprint, and the masked key's. */
function scanned(s: MaskedKeyScanner): unknown[] {
  const shape = [
    s.count,
    Array.from(s.bounds.subarray(0, 2 * s.count)),
    s.shapeHash,
    s.shapeHash2,
    s.shapeLength,
  ];
  s.mask();
  return [...shape, s.hash, s.hash2, s.length, s.keptDigits, s.digitTokenCount];
}

// Words, numbers, ids, hex runs, blanks and separators: what the shape pass and masking tell apart.
const piece = fc.constantFrom(
  'user',
  'for',
  'port',
  'Jun',
  '18',
  'true',
  'ssh2',
  'blk_9085c07c8b67',
  '0123456789abcdef',
  '2b15ba18-2ebd-47fe-9e30-5c6f88a05e5e',
  '10.1.2.3:8080',
  '/var/log/app.log',
  'key=value',
  '"quoted"',
  '(x)',
  ' ',
  ' ',
  '  ',
  '\t',
  '\r',
  '\n',
  '-',
  ':',
);

describe('MaskedKeyScanner.scanBytes', () => {
  it('reads a message from its bytes as scan reads its text', () => {
    const a = new MaskedKeyScanner(64);
    const b = new MaskedKeyScanner(64);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.string({ maxLength: 6 }), (pieces, header) => {
        const message = pieces.join('');
        const first = message.split('\n')[0] ?? '';
        // The message's first line where a line puts it: after a header, before the next line.
        const head = header.replace(/[^\x20-\x7e]/g, 'x');
        const bytes = Buffer.from(`${head}${first}\nthe next line 42`, 'latin1');
        a.scan(message);
        b.scanBytes(message, bytes, head.length, head.length + first.length);
        expect(scanned(b)).toEqual(scanned(a));
      }),
      { numRuns: 3000 },
    );
  });
});

/** The events and mined events of a file's text, read in one chunk or in several. */
async function mineText(text: Buffer, chunk: number): Promise<{ batches: EventBatch[]; mined: unknown[] }> {
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let at = 0; at < text.length; at += chunk) yield text.subarray(at, at + chunk);
  }
  const miner = new TemplateMiner();
  const batches: EventBatch[] = [];
  const mined: unknown[] = [];
  for await (const batch of readEventBatches(chunks(), { name: 'app.log', year: 2026 })) {
    batches.push(batch);
    mined.push(...miner.mineBatch(batch));
  }
  return { batches, mined };
}

describe('mining from input bytes', () => {
  const lines: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const s = String(i % 60).padStart(2, '0');
    lines.push(
      `2026-11-25 08:00:${s},${String(i).padStart(3, '0')} INFO [main] com.acme.Pool: Worker ${i} picked up task ${(i * 7919).toString(16)} from queue billing`,
    );
    if (i % 50 === 7)
      lines.push('java.lang.IllegalStateException: pool closed', '\tat com.acme.Pool.take(Pool.java:42)');
    // A structured message inside the line: the message read from it is no longer the line's rest.
    if (i % 70 === 5)
      lines.push(
        `2026-11-25 08:00:${s},500 ERROR [main] com.acme.Api: {"level":"error","msg":"nested failure ${i}"}`,
      );
    if (i % 90 === 3)
      lines.push(`2026-11-25 08:00:${s},999 WARN [main] com.acme.Api: user=alice {"nested":true} ${i}`);
  }

  it('reads most text lines from their bytes, and mines what the text alone gives', async () => {
    for (const eol of ['\n', '\r\n']) {
      const text = Buffer.from(lines.join(eol) + eol, 'latin1');
      // Chunks that split lines (and a CRLF) at many places: a line spanning two is read from its text.
      for (const chunk of [text.length, 4096, 1000, 333]) {
        const { batches, mined } = await mineText(text, chunk);
        const events = batches.flatMap((b) => [...b]);
        const fromBytes = batches.flatMap((b) => b.messageBytes ?? []).filter((x) => x !== null).length;
        expect(fromBytes).toBeGreaterThan(events.length * 0.5);
        const plain = new TemplateMiner();
        // The same events as a plain array: mined from their messages' text.
        const expected = plain.mineBatch(events.map((e): LogEvent => ({ ...e })));
        expect(mined).toEqual(expected);
      }
    }
  });

  it('reads a line of other than ASCII from its text', async () => {
    const text = Buffer.from(
      `${lines.slice(0, 300).join('\n')}\n2026-11-25 08:00:01,000 INFO [main] com.acme.Pool: café ${'x'.repeat(40)} 12\n`,
      'utf8',
    );
    const { batches, mined } = await mineText(text, text.length);
    const events = batches.flatMap((b) => [...b]);
    const last = batches.flatMap((b) => b.messageBytes ?? []);
    expect(last[last.length - 1]).toBeNull();
    expect(mined).toEqual(new TemplateMiner().mineBatch(events.map((e): LogEvent => ({ ...e }))));
  });
});
