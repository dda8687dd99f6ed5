import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonDocumentMode, JsonRecordSplitter, type JsonDocumentMode, type JsonRecord } from './json-records';

/** Splits `text` in chunks of `size` bytes (UTF-8) and returns the records and the lines counted. */
function split(text: string, mode: JsonDocumentMode, size = 7, max = 1 << 20) {
  const records: JsonRecord[] = [];
  const splitter = new JsonRecordSplitter('utf-8', max, mode, (r) => records.push(r));
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) splitter.write(bytes.subarray(i, i + size));
  splitter.end();
  return { records, lines: splitter.lines };
}

/** Physical lines as LineSplitter counts them: a last line without a break counts. */
function physicalLines(text: string): number {
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /(?:\r\n|\r|\n)$/.test(text) || text.length === 0 ? breaks : breaks + 1;
}

describe('jsonDocumentMode', () => {
  it('tells JSON documents from JSON lines and text by their first bytes', () => {
    expect(jsonDocumentMode('{"level":"info","msg":"up"}\n{"level":"info","msg":"down"}\n')).toBeNull();
    expect(jsonDocumentMode('2026-11-25 10:00:00 INFO up\n')).toBeNull();
    expect(jsonDocumentMode('[2026-03-04T00:00:00.000Z] "GET /api/v1/items/7 HTTP/1.1" 200\n')).toBeNull();
    expect(jsonDocumentMode('[INFO] {"a": 1}\n')).toBeNull();
    expect(jsonDocumentMode('{main} INFO started\n{main} INFO ready\n')).toBeNull();
    expect(jsonDocumentMode('{\n  not json\n}\n{\n  nor this\n}\n')).toBeNull();
    expect(jsonDocumentMode('[\n  {"a": 1},\n  {"a": 2}\n]\n')).toBe('array');
    // CloudTrail on one line, longer than the head: the array of objects it opened holds the records.
    expect(jsonDocumentMode(`{"Records":[{"eventVersion":"1.08","eventName":"GetObject"},{"eventVer`)).toBe(
      'array',
    );
    expect(
      jsonDocumentMode('{\n  "Records": [\n    {\n      "eventName": "GetObject"\n    }\n  ]\n}\n'),
    ).toBe('array');
    expect(jsonDocumentMode('{\n  "apiVersion": "v1",\n  "items": [\n    {\n      "kind": "Event"')).toBe(
      'array',
    );
    // Pretty-printed objects one after another (jq's output), each a record.
    expect(jsonDocumentMode('{\n  "msg": "up",\n  "tags": [{"k": 1}]\n}\n{\n  "msg": "down"\n}\n')).toBe(
      'stream',
    );
    expect(jsonDocumentMode('{\n  "msg": "up"\n}\n')).toBe('stream');
    // An object larger than the head, with no array of objects in it: left to the line path.
    expect(jsonDocumentMode('{\n  "msg": "a very long record …')).toBeNull();
  });
});

describe('JsonRecordSplitter', () => {
  const records = [
    { eventTime: '2026-11-20T10:00:00Z', eventName: 'GetObject', note: 'a } and a { in a "string"' },
    { eventTime: '2026-11-20T10:00:01Z', eventName: 'PutObject', resources: [{ arn: 'x' }, { arn: 'y' }] },
    { eventTime: '2026-11-20T10:00:02Z', eventName: 'ListBucket', escaped: 'back\\slash \\" quote' },
  ];

  it('reads CloudTrail on one line: every record, the line owned by the first', () => {
    const { records: out, lines } = split(JSON.stringify({ Records: records }), 'array');
    expect(out.map((r) => JSON.parse(r.text))).toEqual(records);
    expect(out.map((r) => [r.line, r.lineCount])).toEqual([
      [1, 1],
      [1, 0],
      [1, 0],
    ]);
    expect(lines).toBe(1);
  });

  it('reads a pretty-printed document: the opening lines go with the first record, the closing with the last', () => {
    const text = JSON.stringify({ Records: records }, null, 2);
    const { records: out, lines } = split(text, 'array', 5);
    expect(out.map((r) => JSON.parse(r.text))).toEqual(records);
    expect(out[0]?.line).toBe(1);
    expect(out.reduce((n, r) => n + r.lineCount, 0)).toBe(lines);
    expect(lines).toBe(physicalLines(text));
    // Each record owns the lines from the end of the one before through its own last line.
    const starts = out.map((r) => r.line);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('never loses, duplicates or reorders a record, and gives every line to exactly one (any layout, any chunks)', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    const record = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 6 }),
      fc.oneof(value, fc.array(value)),
      {
        minKeys: 1,
        maxKeys: 5,
      },
    );
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('array', 'object', 'stream'),
        fc.constantFrom(undefined, 2, '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 40 }),
        (items, shape, indent, eol, size) => {
          const pretty = (v: unknown) => JSON.stringify(v, null, indent).replace(/\n/g, eol);
          const text =
            shape === 'array'
              ? pretty(items)
              : shape === 'object'
                ? pretty({ kind: 'List', items })
                : items.map(pretty).join(eol) + eol;
          const { records: out, lines } = split(text, shape === 'stream' ? 'stream' : 'array', size);
          expect(out.map((r) => JSON.parse(r.text))).toEqual(items);
          expect(lines).toBe(physicalLines(text));
          expect(out.reduce((n, r) => n + r.lineCount, 0)).toBe(lines);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts a record longer than the maximum event size and goes on with the next', () => {
    const big = { eventName: 'PutObject', body: 'x'.repeat(5000) };
    const { records: out } = split(
      JSON.stringify({ Records: [records[0], big, records[2]] }),
      'array',
      64,
      1000,
    );
    expect(out.map((r) => r.truncated)).toEqual([false, true, false]);
    expect(out[1]?.text.length).toBe(1000);
    expect(JSON.parse(out[2]?.text ?? '')).toEqual(records[2]);
  });
});
