import { describe, expect, it } from 'vitest';
import { TemplateMiner } from '../mining/template-miner';
import { fixture, read } from '../read/test-helpers';
import { continuesSlowEntry, slowEntryHeadline, slowQueryEvidence } from './slow-query-log';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

describe('MySQL slow query log', () => {
  it('is detected and read entry by entry: the statement is the message, the header its attributes', async () => {
    const { events, files } = await read(fixture('mysql-slow.log'));
    expect(files[0]?.format).toBe('text');
    expect(files[0]?.formatEvidence).toContain('MySQL slow query log');
    // The start banner, five entries; every line in exactly one event, in order.
    expect(events.map((e) => [e.line, e.lineCount])).toEqual([
      [1, 3],
      [4, 6],
      [10, 5],
      [15, 10],
      [25, 6],
      [31, 5],
    ]);
    const [banner, first, update, report, , quit] = events;
    expect(banner?.message).toMatch(/^\/usr\/sbin\/mysqld, Version: 8\.0\.36/);
    expect(first?.message).toMatch(/^SELECT orders\.\* FROM orders LEFT JOIN customers/);
    expect(iso(first?.timestamp ?? null)).toBe('2026-11-25T10:00:01.204Z');
    expect(first?.attributes).toEqual({
      user: 'shop',
      client: '10.0.3.7',
      thread_id: 41,
      Query_time: 2.800857,
      Lock_time: 0.000172,
      Rows_sent: 59,
      Rows_examined: 330188,
      db: 'shop',
    });
    expect(first?.raw).toContain('# Query_time: 2.800857');
    expect(update?.message).toBe(
      'UPDATE orders SET updated_at = NOW(), version = version + 1 WHERE id = 7571562;',
    );
    expect(update?.attributes['db']).toBeUndefined();
    // A statement over several lines keeps them; the host name stands in for a missing address.
    expect(report?.message.split('\n')).toHaveLength(5);
    expect(report?.attributes['client']).toBe('10.0.9.2');
    expect(report?.attributes['db']).toBe('analytics');
    expect(quit?.message).toBe('# administrator command: Quit;');
    expect(quit?.attributes['client']).toBe('localhost');
    expect(events.every((e) => (e.level === null && !e.timestampInherited) || e === banner)).toBe(true);
  });

  it('gives one template to a statement whatever its values, and to every line of its entry', async () => {
    const { events } = await read(fixture('mysql-slow.log'));
    const miner = new TemplateMiner();
    const mined = events.map((e) => miner.mine(e));
    expect(mined[1]?.template).toBe(mined[4]?.template);
    expect(mined[1]?.template).toContain('LIMIT <*>;');
    expect(mined[1]?.template).not.toContain('Query_time');
  });

  it('reads MariaDB and MySQL 5.x entries: "# Time:" only when the second changed, SET timestamp otherwise', async () => {
    const { events, files } = await read(fixture('mariadb-slow.log'));
    expect(files[0]?.formatEvidence).toContain('MySQL slow query log');
    expect(events.map((e) => [e.line, e.lineCount])).toEqual([
      [1, 7],
      [8, 6],
      [14, 7],
      [21, 6],
    ]);
    expect(events.map((e) => iso(e.timestamp))).toEqual([
      '2026-11-25T10:00:01.000Z',
      '2026-11-25T10:00:01.000Z',
      '2026-11-25T10:00:09.000Z',
      '2026-11-25T10:00:09.000Z',
    ]);
    expect(events.every((e) => !e.timestampInherited)).toBe(true);
    expect(events[1]?.attributes).toMatchObject({
      user: 'shop',
      client: '10.0.3.8',
      Thread_id: 42,
      Schema: 'shop',
      QC_hit: 'No',
      Query_time: 1.411643,
      Rows_affected: 1,
      Bytes_sent: 52,
    });
    expect(events[1]?.message).toBe('UPDATE orders SET updated_at = NOW() WHERE id = 7571562;');
  });

  it('shows an entry on one line by its query time and statement, without its time, user and session lines', () => {
    const entry = [
      '# Time: 2026-03-04T08:41:07.101522Z',
      '# User@Host: report[report] @  [10.0.4.12]  Id: 8812',
      '# Query_time: 21.402311  Lock_time: 0.000094 Rows_sent: 31  Rows_examined: 9120443',
      'use shop;',
      'SET timestamp=1772613667;',
      'SELECT DATE(created_at), SUM(total_cents)',
      'FROM orders GROUP BY 1;',
    ].join('\n');
    expect(slowEntryHeadline(entry)).toBe(
      'Query_time: 21.402311  Lock_time: 0.000094 Rows_sent: 31  Rows_examined: 9120443 SELECT DATE(created_at), SUM(total_cents) FROM orders GROUP BY 1;',
    );
    expect(slowEntryHeadline('2026-03-04 08:41:07 ERROR boom')).toBeNull();
  });

  it('is not taken for lines that only mention its headers', () => {
    const app = Array.from(
      { length: 60 },
      (_, i) => `2026-11-25 10:00:${String(i).padStart(2, '0')} INFO served request`,
    );
    const quoting = [...app, '# Query_time: 2.1  Lock_time: 0.0', '# User@Host: a[a] @ [10.0.0.1]'];
    expect(slowQueryEvidence(quoting)).toBeNull();
    const entry = [
      '# Time: 2026-11-25T10:00:01Z',
      '# User@Host: a[a] @  [10.0.0.1]  Id: 1',
      '# Query_time: 2.1  Lock_time: 0.0 Rows_sent: 1  Rows_examined: 1',
      'SELECT 1;',
    ];
    expect(slowQueryEvidence([...entry, ...entry, ...entry])).toContain('3 entries');
  });

  it('opens an entry at "# Time:", at "# User@Host:" unless right after it, and at the start banner', () => {
    expect(continuesSlowEntry('# Time: 2026-11-25T10:00:01Z', '# Time: x', 3)).toBe(false);
    expect(continuesSlowEntry('# User@Host: a[a] @ [1.2.3.4]', '# Time: x', 1)).toBe(true);
    expect(continuesSlowEntry('# User@Host: a[a] @ [1.2.3.4]', '# Time: x', 4)).toBe(false);
    expect(continuesSlowEntry('# User@Host: a[a] @ [1.2.3.4]', '# User@Host: b', 1)).toBe(false);
    expect(
      continuesSlowEntry(
        '/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:',
        '# Time: x',
        5,
      ),
    ).toBe(false);
    expect(continuesSlowEntry('SET timestamp=1795600801;', '# Time: x', 3)).toBe(true);
    expect(continuesSlowEntry('2026-11-25 10:00:00 looks like a header', '# Time: x', 3)).toBe(true);
  });
});
