import { readFile, writeFile } from 'node:fs/promises';
import { UsageError } from '../lib/parse-cli-args';

/** A baseline: the pattern ids of earlier runs. Written by --emit-baseline, read by --baseline. */
export interface BaselineFile {
  version: 1;
  patternIds: string[];
}

function idsOf(value: unknown): string[] | null {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? value : null;
  if (typeof value !== 'object' || value === null) return null;
  if ('patternIds' in value) return idsOf(value.patternIds);
  // A saved `logai analyze --json` report works too: its pattern ids are the baseline.
  if ('patterns' in value && Array.isArray(value.patterns)) {
    const ids = value.patterns.map((p: unknown) =>
      typeof p === 'object' && p !== null && 'id' in p && typeof p.id === 'string' ? p.id : null,
    );
    return ids.every((id): id is string => id !== null) ? ids : null;
  }
  return null;
}

export async function readBaseline(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(
      `cannot read --baseline ${path}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(
      `--baseline ${path} is not JSON (expected {"patternIds": [...]}, as written by --emit-baseline)`,
    );
  }
  const ids = idsOf(parsed);
  if (!ids) throw new UsageError(`--baseline ${path} has no pattern ids (expected {"patternIds": [...]})`);
  return ids;
}

export async function writeBaseline(path: string, ids: Iterable<string>): Promise<void> {
  const file: BaselineFile = { version: 1, patternIds: [...new Set(ids)].sort() };
  await writeFile(path, JSON.stringify(file) + '\n');
}
