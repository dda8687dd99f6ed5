import { withDedicatedTransaction } from '@logai/db';
import { useTestDatabase } from '@logai/db/testing';
import type { MinedEvent } from '@logai/engine';
import { describe, expect, it } from 'vitest';
import { copyEventsInto, EventRowEncoder } from './event-rows';

const database = useTestDatabase();

function event(overrides: Partial<MinedEvent>): MinedEvent {
  return {
    file: 'app.log',
    line: 1,
    lineCount: 1,
    raw: 'line',
    timestamp: null,
    timestampInherited: false,
    level: null,
    service: null,
    message: 'line',
    attributes: {},
    format: 'text',
    truncated: false,
    patternId: 'p',
    template: 'line',
    params: [],
    ...overrides,
  };
}

describe('EventRowEncoder', () => {
  it('writes rows PostgreSQL reads back as they were: nulls, times, unicode, NUL bytes, JSON', async () => {
    const organizationId = crypto.randomUUID();
    const uploadId = crypto.randomUUID();
    const events = [
      event({}),
      event({
        file: 'bundle/db.log',
        line: 2_000_000_000,
        lineCount: 3,
        timestamp: Date.UTC(2026, 10, 25, 10, 0, 0, 123),
        level: 'error',
        service: 'db-primary',
        clusterId: 42,
        message: 'Connection refused — 数据库 🚀\nat x',
        raw: '2026-11-25 ERROR Connection refused — 数据库 🚀\nat x',
        attributes: { status: 503, 'req.id': 'a"b', ok: true, none: null },
      }),
      event({
        timestamp: Date.UTC(1999, 11, 31, 23, 59, 59, 1),
        raw: 'a\u0000b',
        message: 'a\u0000b',
        attributes: { user: 'x\u0000y' },
      }),
      event({ raw: '{"msg":"hello","level":"info"}', message: 'hello', format: 'json' }),
      event({ raw: '🚀 INFO started', message: 'started' }),
    ];
    const encoder = new EventRowEncoder(organizationId, uploadId);
    encoder.add(events[0] ?? event({}));
    const first = encoder.take();
    for (const e of events.slice(1)) encoder.add(e);
    const rest = encoder.finish();
    await withDedicatedTransaction(database.current.db, async (tx) => {
      // As the worker does: a table of the upload's own, indexed, then attached as its partition.
      const table = `log_events_${uploadId.replaceAll('-', '')}_test`;
      await tx.query('select logai_create_event_table($1, $2)', [table, uploadId]);
      const copy = tx.copyFrom(copyEventsInto(table));
      copy.stream.write(first);
      copy.stream.end(rest);
      await copy.done;
      await tx.query('select logai_index_event_table($1)', [table]);
      await tx.query('select logai_attach_event_partition($1, $2)', [table, uploadId]);
    });
    const { rows } = await database.current.pool.query(
      `select organization_id, file, line, line_count, ts, level, service, cluster_id, raw, attributes,
         message is null as by_offset, coalesce(message, substr(raw, message_offset + 1)) as message
       from log_events where upload_id = $1 order by id`,
      [uploadId],
    );
    expect(rows).toHaveLength(5);
    // Messages that end their raw text are stored as an offset, others as text; both read back alike.
    expect(rows.map((r) => [r.message, r.by_offset])).toEqual([
      ['line', true],
      ['Connection refused — 数据库 🚀\nat x', true],
      ['ab', false],
      ['hello', false],
      ['started', false],
    ]);
    expect(rows[0]).toMatchObject({
      organization_id: organizationId,
      ts: null,
      level: null,
      cluster_id: null,
    });
    expect(rows[0]?.attributes).toBeNull();
    expect(rows[1]).toMatchObject({
      file: 'bundle/db.log',
      line: 2_000_000_000,
      line_count: 3,
      level: 'error',
      service: 'db-primary',
      cluster_id: 42,
      message: 'Connection refused — 数据库 🚀\nat x',
      attributes: { status: 503, 'req.id': 'a"b', ok: true, none: null },
    });
    expect((rows[1]?.ts as Date).toISOString()).toBe('2026-11-25T10:00:00.123Z');
    expect((rows[2]?.ts as Date).toISOString()).toBe('1999-12-31T23:59:59.001Z');
    expect(rows[2]?.raw).toBe('ab');
    // jsonb refuses \u0000: the NUL is dropped from attribute values too.
    expect(rows[2]?.attributes).toEqual({ user: 'xy' });
  });

  it('writes a valid empty COPY when there are no events', async () => {
    await withDedicatedTransaction(database.current.db, async (tx) => {
      await tx.query('create temporary table no_events (like log_events including defaults)');
      const copy = tx.copyFrom(copyEventsInto('no_events'));
      copy.stream.end(new EventRowEncoder(crypto.randomUUID(), crypto.randomUUID()).finish());
      await copy.done;
    });
  });
});
