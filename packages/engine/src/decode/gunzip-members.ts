import { concatBytes } from './concat-bytes';
import type { ExpansionMeter } from './expansion-meter';
import { gunzipChunks } from './gunzip-chunks';
import type { MemberChunk } from './member-chunk';
import { sniffBytes } from './sniff-bytes';

/** Bytes sniffBytes needs to tell gzip (its magic number is the first thing it looks at). */
const MAGIC = 2;

/**
 * The members of a bundle, a gzip member (a rotated `app.log.1.gz` in a tar) inflated as it streams
 * by Node's zlib (see gunzipChunks: faster than fflate, and its CRC checked). Its name stays as
 * written; what it holds is then sniffed as any member's bytes are (text, binary, a nested archive).
 */
export async function* gunzipMembers(
  chunks: AsyncIterable<MemberChunk>,
  meter: ExpansionMeter,
): AsyncGenerator<MemberChunk> {
  const it = chunks[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await it.next();
      if (next.done === true) return;
      yield next.value;
      if (next.value.kind !== 'start') continue;
      const name = next.value.name;
      // The member's first bytes, across chunks however small, and what came after them.
      const head: Uint8Array[] = [];
      let size = 0;
      let after: MemberChunk | null = null;
      while (size < MAGIC) {
        const r = await it.next();
        if (r.done === true) break;
        if (r.value.kind !== 'data') {
          after = r.value;
          break;
        }
        head.push(r.value.bytes);
        size += r.value.bytes.length;
      }
      if (size < MAGIC || sniffBytes(concatBytes(head).subarray(0, MAGIC)).kind !== 'gzip') {
        for (const bytes of head) yield { kind: 'data', bytes };
        if (after !== null) yield after;
        continue;
      }
      // The member's compressed bytes: its head, then its data up to its end.
      async function* compressed(): AsyncGenerator<Uint8Array> {
        yield* head;
        for (;;) {
          const r = await it.next();
          if (r.done === true || r.value.kind !== 'data') return;
          yield r.value.bytes;
        }
      }
      for await (const bytes of gunzipChunks(compressed(), meter, name)) yield { kind: 'data', bytes };
      yield { kind: 'end' };
    }
  } finally {
    await it.return?.();
  }
}
