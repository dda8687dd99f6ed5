// Plain JavaScript: it runs before tsx is loaded, and must cost next to nothing.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The CLI's bundle (see src/launch/build-cli-bundle.ts) when it is current — every file it was built
 * from has the size and modification time the manifest recorded, and the bundle is there — or null.
 * @param {string} cliDir the CLI package's folder
 * @param {string} distDir the folder of the bundle and its manifest
 * @returns {string | null}
 */
export function freshBundle(cliDir, distDir) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(distDir, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
  if (manifest?.version !== 1 || typeof manifest.bundle !== 'string' || !Array.isArray(manifest.inputs)) {
    return null;
  }
  const bundle = path.resolve(distDir, manifest.bundle);
  if (statSync(bundle, { throwIfNoEntry: false }) === undefined) return null;
  for (const [file, size, mtimeMs] of manifest.inputs) {
    const info = statSync(path.resolve(cliDir, String(file)), { throwIfNoEntry: false });
    if (info === undefined || info.size !== size || info.mtimeMs !== mtimeMs) return null;
  }
  return bundle;
}
