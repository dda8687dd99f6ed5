import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

// Everything the web build reads: the whole app (but its build output and tests) and the packages it imports.
const SOURCES = ['apps/web', 'packages/contracts/src', 'packages/config/src'];
const SKIPPED = new Set(['.next', 'node_modules', 'e2e', 'test-results', 'next-env.d.ts']);
const FILES = ['package-lock.json'];

/** True when apps/web has no production build, or its sources changed since the last one. */
export async function isWebBuildStale(root: string): Promise<boolean> {
  const marker = path.join(root, 'apps/web/.next/logai-source-hash');
  if (!existsSync(path.join(root, 'apps/web/.next/BUILD_ID')) || !existsSync(marker)) return true;
  return (await readFile(marker, 'utf8')) !== (await hashWebSources(root));
}

export async function recordWebBuild(root: string): Promise<void> {
  await writeFile(path.join(root, 'apps/web/.next/logai-source-hash'), await hashWebSources(root));
}

async function hashWebSources(root: string): Promise<string> {
  const hash = createHash('sha256');
  const files = [...FILES];
  for (const dir of SOURCES) files.push(...(await listFiles(path.join(root, dir), root)));
  for (const file of files.sort()) {
    const full = path.join(root, file);
    if (existsSync(full)) hash.update(file).update(await readFile(full));
  }
  return hash.digest('hex');
}

async function listFiles(dir: string, root: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of await readdir(dir)) {
    if (SKIPPED.has(entry)) continue;
    const full = path.join(dir, entry);
    if ((await stat(full)).isDirectory()) found.push(...(await listFiles(full, root)));
    else found.push(path.relative(root, full));
  }
  return found;
}
