import { InputError } from '../errors/input-error';
import type { ExpansionMeter } from './expansion-meter';
import type { MemberChunk } from './member-chunk';
import { concatBytes } from './concat-bytes';

const BLOCK = 512;
const decoder = new TextDecoder();

function text(b: Uint8Array, from: number, len: number): string {
  const slice = b.subarray(from, from + len);
  const nul = slice.indexOf(0);
  return decoder.decode(nul >= 0 ? slice.subarray(0, nul) : slice);
}

function octal(b: Uint8Array, from: number, len: number): number {
  const s = text(b, from, len).trim();
  return s.length === 0 ? 0 : parseInt(s, 8);
}

function checksumOk(h: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (h[i] ?? 0);
  return sum === octal(h, 148, 8);
}

function paxPath(data: Uint8Array): string | null {
  for (const record of decoder.decode(data).split('\n')) {
    const m = /^\d+ path=(.*)$/.exec(record);
    if (m) return m[1] ?? null;
  }
  return null;
}

/** Streams the regular files of a tar archive (ustar, GNU long names, PAX paths). */
export async function* untarMembers(
  chunks: AsyncIterable<Uint8Array>,
  meter: ExpansionMeter,
  name: string,
): AsyncGenerator<MemberChunk> {
  let pending: Uint8Array = new Uint8Array(0);
  let remaining = 0; // data bytes of the current entry still to come
  let padding = 0;
  let entry: { kind: 'file' | 'meta' | 'skip'; name: string; meta: Uint8Array[] } | null = null;
  let longName: string | null = null;
  let members = 0;
  let ended = false;
  for await (const chunk of chunks) {
    if (ended) continue;
    pending = pending.length === 0 ? chunk : concatBytes([pending, chunk]);
    let at = 0;
    while (at < pending.length && !ended) {
      if (entry !== null) {
        const n = Math.min(remaining, pending.length - at);
        const data = pending.subarray(at, at + n);
        if (entry.kind === 'file' && n > 0) {
          meter.addExpanded(n);
          yield { kind: 'data', bytes: data.slice() };
        } else if (entry.kind === 'meta') entry.meta.push(data.slice());
        at += n;
        remaining -= n;
        if (remaining > 0) break;
        if (entry.kind === 'file') yield { kind: 'end' };
        else if (entry.kind === 'meta') {
          const all = concatBytes(entry.meta);
          longName = entry.name === 'L' ? text(all, 0, all.length) : paxPath(all);
        }
        entry = null;
      }
      if (padding > 0) {
        const n = Math.min(padding, pending.length - at);
        at += n;
        padding -= n;
        if (padding > 0) break;
      }
      if (pending.length - at < BLOCK) break;
      const h = pending.subarray(at, at + BLOCK);
      at += BLOCK;
      if (h.every((b) => b === 0)) {
        ended = true;
        break;
      }
      if (!checksumOk(h))
        throw new InputError(
          'UNSUPPORTED_INPUT',
          `${name}: the tar archive is corrupt (bad header checksum)`,
        );
      const size = octal(h, 124, 12);
      const type = String.fromCharCode(h[156] ?? 0);
      const prefix = text(h, 345, 155);
      const path: string = longName ?? (prefix ? `${prefix}/${text(h, 0, 100)}` : text(h, 0, 100));
      remaining = size;
      padding = (BLOCK - (size % BLOCK)) % BLOCK;
      if (type === 'L' || type === 'x') {
        entry = { kind: 'meta', name: type, meta: [] };
        continue;
      }
      longName = null;
      if (type === '0' || type === '\0' || type === '7') {
        if (++members > meter.limits.maxMembers) {
          throw new InputError(
            'LIMIT_EXCEEDED',
            `${name}: the archive holds more than ${meter.limits.maxMembers} files`,
          );
        }
        yield { kind: 'start', name: path, bundle: true };
        entry = { kind: 'file', name: path, meta: [] };
      } else entry = { kind: 'skip', name: path, meta: [] };
    }
    pending = pending.subarray(at).slice();
  }
  if (!ended && (entry !== null || pending.length > 0)) {
    throw new InputError('UNSUPPORTED_INPUT', `${name}: the tar archive is truncated`);
  }
  if (members === 0) throw new InputError('UNSUPPORTED_INPUT', `${name}: the tar archive holds no files`);
}
