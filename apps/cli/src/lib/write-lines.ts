import type { Writable } from 'node:stream';

/** Buffers text and writes it in large chunks, waiting for the stream to drain when it asks to. */
export class BufferedWriter {
  private buffer: string[] = [];
  private size = 0;

  constructor(private readonly out: Writable) {}

  async write(text: string): Promise<void> {
    if (this.add(text)) await this.flush();
  }

  /**
   * Adds text without waiting; true when the buffer is full and the caller should `await flush()`.
   * For a loop that writes a line per event: an `await` per line cost more than building the line.
   */
  add(text: string): boolean {
    this.buffer.push(text);
    this.size += text.length;
    return this.size >= 1 << 16;
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.out.write(chunk)) {
      await new Promise<void>((resolve) => this.out.once('drain', () => resolve()));
    }
  }
}
