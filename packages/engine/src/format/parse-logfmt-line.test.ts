import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeLevel } from '../fields/normalize-level';
import { TimestampReader } from '../fields/timestamp-reader';
import { parseLogfmtLine, readLogfmtPairs } from './parse-logfmt-line';

describe('readLogfmtPairs', () => {
  it('reads bare, quoted and escaped values', () => {
    expect(readLogfmtPairs('a=1 msg="hello world" q="say \\"hi\\"" flag b=')).toEqual([
      ['a', '1'],
      ['msg', 'hello world'],
      ['q', 'say "hi"'],
      ['b', ''],
    ]);
  });
});

describe('readLogfmtPairs on any text', () => {
  it('reads the pairs a character-by-character reader reads', () => {
    const reference = (line: string): [string, string][] => {
      const pairs: [string, string][] = [];
      const n = line.length;
      let i = 0;
      while (i < n) {
        while (i < n && line.charCodeAt(i) === 32) i++;
        const keyStart = i;
        while (i < n && line.charCodeAt(i) !== 61 && line.charCodeAt(i) !== 32) i++;
        if (i >= n || line.charCodeAt(i) !== 61 || i === keyStart) {
          while (i < n && line.charCodeAt(i) !== 32) i++;
          continue;
        }
        const key = line.slice(keyStart, i++);
        let value = '';
        if (line.charCodeAt(i) === 34) {
          let j = i + 1;
          while (j < n && line.charCodeAt(j) !== 34) {
            if (line.charCodeAt(j) === 92 && j + 1 < n) j++;
            value += line[j];
            j++;
          }
          i = j + 1;
        } else {
          const start = i;
          while (i < n && line.charCodeAt(i) !== 32) i++;
          value = line.slice(start, i);
        }
        pairs.push([key, value]);
      }
      return pairs;
    };
    const part = fc.constantFrom('a', 'msg', '=', ' ', '"', '\\', 'x y', '1', '==', '  ');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 14 }), (parts) => {
        const line = parts.join('');
        expect(readLogfmtPairs(line)).toEqual(reference(line));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('parseLogfmtLine', () => {
  it("reads Sophos XG's priority as the level when it is a level's word, else keeps it (blind22 10/s06)", () => {
    const time = new TimestampReader(2024);
    const sophos = (priority: string) =>
      parseLogfmtLine(
        `device="SFW" date=2024-08-24 time=08:35:03 timezone="AEST" log_type="IDP" log_subtype="Drop" priority=${priority} signature_msg="SERVER-APACHE Apache Struts remote code execution attempt"`,
        time,
      );
    expect(sophos('Warning')?.level).toBe('warn');
    expect(sophos('Information')?.level).toBe('info');
    expect(sophos('3')).toMatchObject({ level: null, attributes: { priority: '3' } });
  });

  it('takes time, level, message and service from the keys a comparison with each name takes them from', () => {
    const time = { read: (v: string) => v.length } as unknown as TimestampReader;
    // The fields as they were read before keys were told by their length: each name compared in turn.
    const reference = (line: string) => {
      const pairs = readLogfmtPairs(line);
      if (pairs.length < 2) return null;
      const f = {
        timestamp: null as number | null,
        level: null as string | null,
        service: null as string | null,
      };
      let message = '';
      const attributes: Record<string, string> = {};
      for (const [k, v] of pairs) {
        const key = k.toLowerCase();
        if (f.timestamp === null && (key === 'ts' || key === 'time' || key === 'timestamp' || key === 't'))
          f.timestamp = v.length;
        else if (
          f.level === null &&
          (key === 'level' ||
            key === 'lvl' ||
            key === 'severity' ||
            ((key === 'at' || key === 'priority') && normalizeLevel(v) !== null))
        )
          f.level = normalizeLevel(v);
        else if (!message && (key === 'msg' || key === 'message')) message = v;
        else if (
          f.service === null &&
          (key === 'app' ||
            key === 'component' ||
            key === 'logger' ||
            (key === 'service' && !/^\d+(?:\.\d+)?(?:ms|s|us|µs|ns)$/.test(v)))
        )
          f.service = v;
        else attributes[k] = v;
      }
      return { ...f, attributes };
    };
    const names = ['t', 'ts', 'TS', 'time', 'timestamp', 'level', 'LVL', 'severity', 'at', 'msg', 'message'];
    names.push('app', 'component', 'logger', 'service', 'Service', 'duration', 'user', 'tx', 'mess', 'x');
    names.push('priority', 'Priority');
    // Longer than any name; and keys of one length at one place line after line (see roleAt), some
    // of 13 characters or more (slices of their line, compared otherwise).
    names.push('request_id', 'COMPONENT', 'lvl', 'app', 'Msg', 'request_duration_ms', 'request_DURATION_ms');
    const values = ['info', 'error', 'web', '80ms', '1.5s', 'hello', 'ok', ''];
    fc.assert(
      fc.property(
        // Up to 20 pairs: past the 16 places whose keys are remembered.
        fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...values)), { maxLength: 20 }),
        (pairs) => {
          const line = pairs.map(([k, v]) => `${k}=${v}`).join(' ');
          const parsed = parseLogfmtLine(line, time);
          const expected = reference(line);
          if (expected === null) expect(parsed).toBeNull();
          else {
            const { timestamp, level, service, attributes } = parsed ?? {};
            expect({ timestamp, level, service, attributes }).toEqual(expected);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('parseLogfmtLine: a time before the pairs', () => {
  it('reads the time a line opens with (`docker logs -t`, Loki) when no key holds one', () => {
    const time = new TimestampReader(2026);
    expect(
      parseLogfmtLine('2026-11-25T10:00:01Z level=error msg="db connect failed" err=refused', time),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-25T10:00:01Z'),
      level: 'error',
      message: 'db connect failed: refused',
    });
    expect(
      parseLogfmtLine('2026-11-25T10:00:01Z ts=2026-11-25T10:00:05Z level=info msg=x', time)?.timestamp,
    ).toBe(Date.parse('2026-11-25T10:00:05Z'));
  });
});

describe('parseLogfmtLine: a date and a time of day apart', () => {
  it('reads them together (FortiGate: date=2026-11-25 time=10:00:00)', () => {
    const time = new TimestampReader(2026);
    const line =
      'date=2026-11-25 time=10:00:02 devname="FG100F" logid="0100032002" type="event" level="alert" msg="Administrator admin login failed"';
    expect(parseLogfmtLine(line, time)).toMatchObject({
      timestamp: Date.parse('2026-11-25T10:00:02Z'),
      level: 'fatal',
      message: 'Administrator admin login failed',
      attributes: { date: '2026-11-25', devname: 'FG100F' },
    });
    // Its tz field is the device's offset from UTC (blind22 1/s06: an OOM kill read nine hours off).
    const zoned = parseLogfmtLine(`${line} tz="+0900"`, time);
    expect(zoned?.timestamp).toBe(Date.parse('2026-11-25T01:00:02Z'));
    expect(parseLogfmtLine(`${line} tz="-0330"`, time)?.timestamp).toBe(Date.parse('2026-11-25T13:30:02Z'));
    // A time of day alone stays unread.
    expect(parseLogfmtLine('time=10:00:02 level=info msg=x', time)?.timestamp).toBeNull();
  });
});
