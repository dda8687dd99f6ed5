import { crc32, createInflateRaw, type InflateRaw } from 'node:zlib';

/** zlib's output as a plain Uint8Array, without copying it. */
function viewOf(data: Buffer): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.length);
}

/**
 * One zip member's data on its way out: kept as it is (stored) or inflated by Node's zlib (deflate, on
 * libuv's threads), its CRC-32 and size counted. Each `write` settles once zlib has taken its input
 * and given what it makes of it, which `take` then hands over.
 */
export class ZipMemberOutput {
  crc32 = 0;
  size = 0;
  private out: Uint8Array[] = [];
  private readonly inflate: InflateRaw | null;
  private failure: Error | null = null;
  /** Settles when the stream is gone (after an error its pending writes' callbacks never come). */
  private readonly closed: Promise<void>;

  constructor(deflated: boolean) {
    this.inflate = deflated ? createInflateRaw({ chunkSize: 64 * 1024 }) : null;
    const inflate = this.inflate;
    this.closed = new Promise<void>((resolve) => inflate?.once('close', () => resolve()));
    inflate?.on('data', (data: Buffer) => this.keep(viewOf(data)));
    inflate?.on('error', (err: Error) => {
      this.failure ??= err;
    });
  }

  /** Passes a piece of the member's data (keep pieces small: its output waits in memory for `take`). */
  async write(data: Uint8Array): Promise<void> {
    const inflate = this.inflate;
    if (inflate === null) {
      this.keep(data);
      return;
    }
    // A copy: zlib reads it later, on its threads.
    const input = data.slice();
    await Promise.race([new Promise<void>((resolve) => inflate.write(input, () => resolve())), this.closed]);
    if (this.failure) throw this.failure;
  }

  /** After the last data: waits for zlib's last output (a deflate stream cut short fails here). */
  async end(): Promise<void> {
    const inflate = this.inflate;
    if (inflate === null) return;
    const ended = new Promise<void>((resolve) => inflate.once('end', () => resolve()));
    inflate.end();
    // 'end' comes only once the output is read: it flows to `keep` through the 'data' listener.
    await Promise.race([ended, this.closed]);
    if (this.failure) throw this.failure;
  }

  /** The output so far, handed over once. */
  take(): Uint8Array[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  destroy(): void {
    this.inflate?.destroy();
  }

  private keep(data: Uint8Array): void {
    if (data.length === 0) return;
    this.out.push(data);
    this.crc32 = crc32(data, this.crc32);
    this.size += data.length;
  }
}
