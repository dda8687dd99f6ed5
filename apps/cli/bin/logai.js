#!/usr/bin/env node
// Runs the CLI from one bundle of its sources (apps/cli/dist), built on first use and again whenever a
// source changes; from the TypeScript sources through tsx when no bundle can be built or loaded, or when
// LOGAI_CLI_FROM_SOURCE=1. `npx logai` works right after `npm install` either way.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { freshBundle } from './fresh-bundle.js';

// Between full collections, let the heap grow by half its live size, not up to four times, V8's own
// choice when collections are cheap: a file of free text (a new pattern a line, ~150 MB live) peaked at
// ~700 MB, now under 400 MB; ordinary logs, whose live heap is small, run as fast. V8 reads this flag
// at every collection, so setting it here, before any work, is as good as on the command line.
setFlagsFromString('--heap-growing-percent=50');

const cliDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = process.env.LOGAI_CLI_DIST ?? path.join(cliDir, 'dist');
const fromSource = process.env.LOGAI_CLI_FROM_SOURCE === '1';

let tsxLoaded = false;
async function loadTsx() {
  if (tsxLoaded) return;
  const { register } = await import('tsx/esm/api');
  register();
  tsxLoaded = true;
}

let bundle = fromSource ? null : freshBundle(cliDir, distDir);
if (bundle === null && !fromSource) {
  await loadTsx();
  const { buildCliBundle } = await import('../src/launch/build-cli-bundle.ts');
  // A folder we may not write to, a missing esbuild: the sources still run, only slower to start.
  bundle = await buildCliBundle({ cliDir, distDir }).catch(() => null);
}
// The bundle's stack traces name its functions; for TypeScript files and lines, run with
// NODE_OPTIONS=--enable-source-maps (a 2.8 MB map: ~45 ms a start if it were always read) or from source.
let entry = null;
if (bundle !== null) {
  // A damaged bundle (a full disk, an edit by hand) fails here, before any command has run.
  entry = await import(pathToFileURL(bundle).href).catch(() => null);
}
if (entry === null) {
  await loadTsx();
  entry = await import('../src/main.ts');
}
process.exitCode = await entry.main(process.argv.slice(2));
