import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * What `bin/fresh-bundle.js` reads to decide whether the bundle can run: the bundle's file name (in
 * the same folder) and every file it was built from, as [path relative to the CLI's folder, size,
 * mtimeMs]. Any of them changed, moved or gone: the bundle is rebuilt.
 */
export interface BundleManifest {
  version: 1;
  bundle: string;
  inputs: [string, number, number][];
}

export const MANIFEST = 'manifest.json';

export interface BuildCliBundleOptions {
  /** The CLI package's folder (holding `src/` and `bin/`). */
  cliDir: string;
  /** Where the bundle and its manifest go (default `<cliDir>/dist`). */
  distDir?: string;
  /** The entry module, relative to cliDir (default `src/main.ts`). */
  entry?: string;
}

/**
 * Bundles the CLI and all it imports into one ES module (one file to load, not ~240 for tsx: a small
 * `templates` 0.63 → 0.28 s, bench/cli-startup.ts); returns its path. The manifest is written last, by
 * a rename: a reader never sees one that names a half-written bundle.
 */
export async function buildCliBundle(options: BuildCliBundleOptions): Promise<string> {
  const cliDir = path.resolve(options.cliDir);
  const distDir = path.resolve(options.distDir ?? path.join(cliDir, 'dist'));
  // Not `recursive`: Node's recursive mkdir spins forever on some paths (/proc/x); the parent must exist.
  await mkdir(distDir).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
  });
  // A folder we may not write to fails here, at once, not after esbuild's work.
  await access(distDir, constants.W_OK);
  const name = `logai-${randomBytes(6).toString('hex')}.mjs`;
  const outfile = path.join(distDir, name);
  const started = Date.now();
  const result = await build({
    absWorkingDir: cliDir,
    entryPoints: [options.entry ?? 'src/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    metafile: true,
    // Internal errors print their stack: with the map (and source maps on, see bin/logai.js) it names
    // the TypeScript file and line.
    sourcemap: 'linked',
    logLevel: 'silent',
  });
  const inputs: BundleManifest['inputs'] = [];
  let changedDuringBuild = false;
  // This file too: how it builds (target, options) is part of what the bundle is.
  const builder = path.relative(cliDir, fileURLToPath(import.meta.url));
  for (const input of [...Object.keys(result.metafile.inputs), builder]) {
    const info = await stat(path.join(cliDir, input));
    // Edited while esbuild read it: the bundle may hold the old text, so it is not recorded as fresh.
    if (info.mtimeMs >= started) changedDuringBuild = true;
    inputs.push([toPosix(input), info.size, info.mtimeMs]);
  }
  if (!changedDuringBuild) {
    const manifest: BundleManifest = { version: 1, bundle: name, inputs };
    const temporary = path.join(distDir, `${MANIFEST}.${name}`);
    await writeFile(temporary, JSON.stringify(manifest));
    await rename(temporary, path.join(distDir, MANIFEST));
    await removeOtherBundles(distDir, name, started);
  }
  return outfile;
}

/**
 * Earlier bundles, once a newer manifest replaced theirs. Only those older than a minute before this
 * build: a process that found one fresh an instant ago may still be about to load it.
 */
async function removeOtherBundles(distDir: string, keep: string, started: number): Promise<void> {
  for (const entry of await readdir(distDir)) {
    if (!entry.startsWith('logai-') || entry.startsWith(keep)) continue;
    const full = path.join(distDir, entry);
    const info = await stat(full).catch(() => undefined);
    if (info !== undefined && info.mtimeMs < started - 60_000) await rm(full, { force: true });
  }
}

const toPosix = (p: string): string => p.split(path.sep).join('/');
