// Formats of the seventh week's blind generators (bench/blind9 …): columns the header learner must not
// take for the header, and records read by their own fields.
import { describe, expect, it } from 'vitest';
import { read, text } from './test-helpers';

describe('header columns', () => {
  it("keeps a number with a unit after the level in the message (Neo4j's query log), not as a pid", async () => {
    const lines = Array.from(
      { length: 40 },
      (_, i) =>
        `2021-07-05 09:14:${String(i).padStart(2, '0')}.704+0000 INFO  ${10 + ((i * 37) % 300)} ms: (planning: ${i % 7}, cpu: 0, waiting: 0) - ${14336 + i} B - 0 page hits, 0 page faults - bolt-session\tbolt\tneo4j - MATCH (n) RETURN n - {} - runtime=pipelined - {}`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[1]?.level).toBe('info');
    expect(events[1]?.service).toBeNull();
    expect(events[1]?.message).toMatch(/^47 ms: \(planning: 1,/);
  });

  it('still reads a number column after the level as a pid when no unit follows it (Spring Boot)', async () => {
    const lines = Array.from(
      { length: 40 },
      (_, i) =>
        `2023-03-18 10:00:${String(i).padStart(2, '0')}.123  INFO 23532 --- [io-8080-exec-${i}] c.w.s.web.ProductController              : listed ${i} products in 12 ms`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[0]?.message).toBe('listed 0 products in 12 ms');
  });
});
