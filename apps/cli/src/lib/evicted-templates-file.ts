import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvictedTemplates } from '@logai/engine';

const BUFFER_BYTES = 1 << 20;
const NEWLINE = 10;

/**
 * Templates of evicted clusters in a temporary file, for `templates --jsonl`, which prints every line
 * with its cluster's final template once mining is done: a file of free text evicts a cluster every
 * other line, millions in a gigabyte, more than the heap should hold. In memory: 8 bytes a cluster
 * (its template's offset) and two 1 MiB buffers. The file is made at the first eviction; `close`
 * removes it (and so does the process's exit).
 */
export class EvictedTemplatesFile implements EvictedTemplates {
  private folder: string | null = null;
  private fd = -1;
  /** Offset + 1 of each evicted cluster's template, by cluster key (0: not evicted). */
  private offsets = new Float64Array(1024);
  /** Bytes written to the file. */
  private written = 0;
  private pending = Buffer.allocUnsafe(BUFFER_BYTES);
  private pendingBytes = 0;
  /** What was last read of the file, from `windowStart`: templates are read near each other's. */
  private window = Buffer.allocUnsafe(BUFFER_BYTES);
  private windowStart = 0;
  private windowBytes = 0;
  /** Templates in memory, when no temporary file could be made. */
  private fallback: Map<number, string> | null = null;
  private readonly removeAtExit = (): void => this.remove();

  /** `warn`: told once when no temporary file can be made (the templates are then kept in memory). */
  constructor(
    private readonly root: string = tmpdir(),
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  set(clusterId: number, template: string): void {
    if (this.fallback !== null) {
      this.fallback.set(clusterId, template);
      return;
    }
    if (this.fd < 0 && !this.open()) {
      this.fallback = new Map([[clusterId, template]]);
      return;
    }
    if (clusterId >= this.offsets.length) {
      const grown = new Float64Array(Math.max(this.offsets.length * 2, clusterId + 1));
      grown.set(this.offsets);
      this.offsets = grown;
    }
    // A template is one line of text: the tokens of a message's first line.
    const bytes = Buffer.byteLength(template) + 1;
    if (this.pendingBytes + bytes > this.pending.length) {
      this.flush();
      if (bytes > this.pending.length) this.pending = Buffer.allocUnsafe(bytes);
    }
    this.offsets[clusterId] = this.written + this.pendingBytes + 1;
    this.pendingBytes += this.pending.write(template, this.pendingBytes);
    this.pending[this.pendingBytes++] = NEWLINE;
  }

  get(clusterId: number): string | undefined {
    if (this.fallback !== null) return this.fallback.get(clusterId);
    const at = (this.offsets[clusterId] ?? 0) - 1;
    if (at < 0) return undefined;
    this.flush();
    let end = this.lineEnd(at);
    if (end < 0) {
      this.load(at);
      end = this.lineEnd(at);
    }
    return this.window.toString('utf8', at - this.windowStart, end);
  }

  /** Removes the file. */
  close(): void {
    process.off('exit', this.removeAtExit);
    this.remove();
  }

  /** Makes the file; false (and a warning) when it cannot be made. */
  private open(): boolean {
    try {
      this.folder = mkdtempSync(join(this.root, 'logai-templates-'));
      process.once('exit', this.removeAtExit);
      this.fd = openSync(join(this.folder, 'evicted'), 'w+');
      return true;
    } catch (err) {
      process.off('exit', this.removeAtExit);
      this.remove();
      const why = err instanceof Error ? err.message : String(err);
      this.warn(`no temporary file for the templates of patterns let go (${why}): they are kept in memory`);
      return false;
    }
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    let done = 0;
    while (done < this.pendingBytes) {
      done += writeSync(this.fd, this.pending, done, this.pendingBytes - done, this.written + done);
    }
    this.written += this.pendingBytes;
    this.pendingBytes = 0;
  }

  /** The end (in the window) of the template at file offset `at`, or -1 when the window does not hold it. */
  private lineEnd(at: number): number {
    if (at < this.windowStart || at >= this.windowStart + this.windowBytes) return -1;
    return this.window.indexOf(NEWLINE, at - this.windowStart);
  }

  /** Reads the file from `at` into the window, grown until it holds the template there. */
  private load(at: number): void {
    for (;;) {
      let bytes = 0;
      while (bytes < this.window.length) {
        const n = readSync(this.fd, this.window, bytes, this.window.length - bytes, at + bytes);
        if (n === 0) break;
        bytes += n;
      }
      this.windowStart = at;
      this.windowBytes = bytes;
      if (this.window.subarray(0, bytes).includes(NEWLINE) || bytes < this.window.length) return;
      this.window = Buffer.allocUnsafe(this.window.length * 2);
    }
  }

  private remove(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    if (this.folder !== null) rmSync(this.folder, { recursive: true, force: true });
    this.folder = null;
  }
}
