// The benchmark's input: a realistic log of about the requested size (bench/generate-lines.ts, log4j
// with stack traces), generated once under bench/out/ and reused, plus a line known to be in it.
import { open, stat } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { generateFile } from './generate-lines';

/** "1GB", "200MB", "500M", "1e9" → bytes (decimal units, as disk sizes are sold). */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?(?:e\d+)?)\s*(k|m|g)?b?$/i.exec(text.trim());
  const unit = { k: 1e3, m: 1e6, g: 1e9 } as const;
  if (!match?.[1]) throw new Error(`--size: expected a size such as 1GB or 200MB, got "${text}"`);
  const key = match[2]?.toLowerCase();
  const factor = key === 'k' || key === 'm' || key === 'g' ? unit[key] : 1;
  return Math.round(Number(match[1]) * factor);
}

export async function ensureInput(bytes: number, path: string): Promise<{ path: string; size: number }> {
  const existing = await stat(path).catch(() => undefined);
  if (existing && Math.abs(existing.size - bytes) < bytes * 0.05) return { path, size: existing.size };
  await mkdir('bench/out', { recursive: true });
  // log4j lines average about 100 bytes (generate-lines.ts --big makes the same assumption).
  await generateFile(path, 'log4j', Math.ceil(bytes / 100), 7);
  return { path, size: (await stat(path)).size };
}

/**
 * A needle near the end of the file (so finding it proves the whole file was stored): the session
 * UUID of the last "Session … expired" line, unique in the file.
 */
export async function findNeedle(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const length = Math.min(size, 4 * 1024 * 1024);
    const buffer = Buffer.alloc(length);
    await file.read(buffer, 0, length, size - length);
    const matches = buffer.toString('utf8').match(/Session [0-9a-f-]{36} expired/g) ?? [];
    const last = matches[matches.length - 1];
    if (last === undefined) throw new Error(`no "Session … expired" line in the last 4 MB of ${path}`);
    return last.slice('Session '.length, 'Session '.length + 36);
  } finally {
    await file.close();
  }
}
