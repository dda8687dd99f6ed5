import type { UploadProgress, UploadStatus } from '@logai/contracts';
import type { Writable } from 'node:stream';

/**
 * Analysis progress on stderr: one redrawn line on a terminal, else one line per stage change
 * (readable in CI logs).
 */
export class ProgressLine {
  private last = '';
  private drawn = false;

  constructor(
    private readonly out: Writable,
    private readonly isTTY: boolean,
  ) {}

  show(status: UploadStatus, progress: UploadProgress | null): void {
    const stage = progress?.stage ?? status;
    if (!this.isTTY) {
      if (stage !== this.last) this.out.write(`${stage}…\n`);
      this.last = stage;
      return;
    }
    const percent = Math.max(0, Math.min(100, Math.round(progress?.percent ?? 0)));
    const full = Math.round((percent / 100) * 30);
    const events = progress?.events === undefined ? '' : ` ${progress.events.toLocaleString('en-US')} events`;
    const text = `${stage.padEnd(11)} [${'#'.repeat(full)}${'.'.repeat(30 - full)}] ${percent}%${events}`;
    if (text === this.last) return;
    this.out.write(`\r\x1b[K${text}`);
    this.last = text;
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) this.out.write('\r\x1b[K');
    this.drawn = false;
  }
}
