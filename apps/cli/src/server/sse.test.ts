import { describe, expect, it } from 'vitest';
import { parseSse, type SseMessage } from './sse';

async function parse(chunks: string[]): Promise<SseMessage[]> {
  async function* body() {
    for (const chunk of chunks) yield new TextEncoder().encode(chunk);
  }
  const out: SseMessage[] = [];
  for await (const message of parseSse(body())) out.push(message);
  return out;
}

describe('parseSse', () => {
  it('reads event, data and id, across chunk boundaries, skipping comments and retry', async () => {
    const messages = await parse([
      'retry: 3000\n\n: heartbeat\n\nid: 4\nevent: upload.upd',
      'ated\ndata: {"a":1}\n\nid: 5\r\ndata: one\r\ndata: two\r\n\r\n',
    ]);
    expect(messages).toEqual([
      { id: '4', event: 'upload.updated', data: '{"a":1}' },
      { id: '5', event: 'message', data: 'one\ntwo' },
    ]);
  });

  it('drops an event cut off before its blank line', async () => {
    expect(await parse(['event: x\ndata: partial'])).toEqual([]);
  });
});
