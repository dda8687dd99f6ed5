// The first and last bytes of each member of an archive (a tar, zip or tar.gz incident bundle, or one
// gzipped file), for `bundleClock`: an archive streams its members one after another, so their ends
// are known only after a pass over it. The pass only decompresses; nothing is parsed.
import { ExpansionMeter } from '../decode/expansion-meter';
import { expandInput } from '../decode/expand-input';
import { sniffBytes } from '../decode/sniff-bytes';
import { InputError } from '../errors/input-error';
import { concatBytes } from '../decode/concat-bytes';

/** Bytes kept at each end of a member. */
const END_BYTES = 64 * 1024;
/** Archives of more members are not looked into (their clocks are not worth the memory). */
const MAX_MEMBERS = 256;

export interface MemberEnds {
  name: string;
  /** True for the files of a zip/tar bundle (false for one gzipped file). */
  bundle: boolean;
  head: Uint8Array;
  tail: Uint8Array;
}

/** Whether the first bytes of an input are an archive or gzip (its members are read by `memberEnds`). */
export function isArchive(head: Uint8Array): boolean {
  const kind = sniffBytes(head).kind;
  return kind === 'gzip' || kind === 'zip' || kind === 'tar';
}

/**
 * The first and last 64 KiB of each member of an archive, in order; null when the archive is refused
 * (the real read says why), holds more than 256 members, or (`bundlesOnly`) is one gzipped file.
 */
export async function memberEnds(
  source: AsyncIterable<Uint8Array>,
  name: string,
  options: { bundlesOnly?: boolean } = {},
): Promise<MemberEnds[] | null> {
  const meter = new ExpansionMeter(
    { maxExpandedBytes: 10 * 1024 ** 3, maxRatio: 1000, maxMembers: 10_000 },
    name,
  );
  const members: MemberEnds[] = [];
  let current: {
    name: string;
    bundle: boolean;
    head: Uint8Array[];
    headSize: number;
    tail: Uint8Array[];
    tailSize: number;
  } | null = null;
  try {
    for await (const chunk of expandInput(source, name, meter)) {
      if (chunk.kind === 'start') {
        if (members.length >= MAX_MEMBERS) return null;
        // One gzipped file alone has nothing to line up with: not decompressed twice.
        if (options.bundlesOnly === true && !chunk.bundle) return null;
        current = { name: chunk.name, bundle: chunk.bundle, head: [], headSize: 0, tail: [], tailSize: 0 };
      } else if (chunk.kind === 'data' && current !== null) {
        const bytes = chunk.bytes;
        if (current.headSize < END_BYTES) {
          const part = bytes.slice(0, END_BYTES - current.headSize);
          current.head.push(part);
          current.headSize += part.length;
        }
        const kept = bytes.length > END_BYTES ? bytes.slice(bytes.length - END_BYTES) : bytes.slice();
        current.tail.push(kept);
        current.tailSize += kept.length;
        while (current.tailSize - (current.tail[0]?.length ?? 0) >= END_BYTES) {
          current.tailSize -= current.tail.shift()?.length ?? 0;
        }
      } else if (chunk.kind === 'end' && current !== null) {
        const tail = concatBytes(current.tail);
        members.push({
          name: current.name,
          bundle: current.bundle,
          head: concatBytes(current.head),
          tail: tail.length > END_BYTES ? tail.subarray(tail.length - END_BYTES) : tail,
        });
        current = null;
      }
    }
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
  return members;
}
