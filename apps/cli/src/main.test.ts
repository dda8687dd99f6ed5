import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../bin/logai.js');

describe('logai (the executable)', () => {
  it('stops quietly with success when the reader of its output closes the pipe (`| head`)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logai-pipe-'));
    const path = join(dir, 'big.log');
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++)
      lines.push(
        `2026-11-25 10:00:${String(i % 60).padStart(2, '0')},000 INFO [main] app.Worker - job ${i} done`,
      );
    writeFileSync(path, lines.join('\n') + '\n');
    const child = spawn(process.execPath, [bin, 'templates', path, '--jsonl'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk, then close the pipe as `head -1` would.
    const first = await new Promise<string>((resolve) =>
      child.stdout.once('data', (d: Buffer) => resolve(d.toString())),
    );
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(first).toMatch(/^\{"line":1,/);
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);
});
