import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshBundle as isFresh } from '../../bin/fresh-bundle.js';
import { buildCliBundle, MANIFEST } from './build-cli-bundle';

let cliDir = '';
let distDir = '';

/** A small "CLI": src/main.ts imports a word from another module. */
async function writeSources(word: string): Promise<void> {
  await mkdir(join(cliDir, 'src'), { recursive: true });
  writeFileSync(join(cliDir, 'src/word.ts'), `export const word: string = ${JSON.stringify(word)};\n`);
  writeFileSync(
    join(cliDir, 'src/main.ts'),
    `import { word } from './word';\nexport async function main(): Promise<string> { return word; }\n`,
  );
  // Written a while before the build: a source whose time is not before the build's start counts as
  // edited while esbuild read it, and a write and a build within one millisecond made this test flaky.
  const before = new Date(Date.now() - 2_000);
  for (const file of ['src/word.ts', 'src/main.ts']) utimesSync(join(cliDir, file), before, before);
}

async function run(bundle: string): Promise<string> {
  // A query string per import: the module cache would otherwise answer a rebuilt path with the old one.
  const module = (await import(`${pathToFileURL(bundle).href}?${Math.random()}`)) as {
    main: () => Promise<string>;
  };
  return module.main();
}

beforeEach(async () => {
  cliDir = mkdtempSync(join(tmpdir(), 'logai-cli-bundle-'));
  distDir = join(cliDir, 'dist');
  await writeSources('first');
});
afterEach(() => rmSync(cliDir, { recursive: true, force: true }));

describe('the CLI bundle', () => {
  it('is built from the sources and found fresh until one of them changes', async () => {
    expect(isFresh(cliDir, distDir)).toBeNull();
    const bundle = await buildCliBundle({ cliDir });
    expect(isFresh(cliDir, distDir)).toBe(bundle);
    expect(await run(bundle)).toBe('first');

    await writeSources('second, longer');
    expect(isFresh(cliDir, distDir)).toBeNull();
    const rebuilt = await buildCliBundle({ cliDir });
    expect(rebuilt).not.toBe(bundle);
    expect(isFresh(cliDir, distDir)).toBe(rebuilt);
    expect(await run(rebuilt)).toBe('second, longer');
  });

  it('is stale when a source is edited in place (same size) or deleted, or the bundle is gone', async () => {
    await buildCliBundle({ cliDir });
    const word = join(cliDir, 'src/word.ts');
    const later = new Date(Date.now() + 5_000);
    utimesSync(word, later, later); // same text and size, another modification time
    expect(isFresh(cliDir, distDir)).toBeNull();

    const bundle = await buildCliBundle({ cliDir });
    // Its input's time lies after the build's start, as if edited while esbuild read it: not recorded.
    expect(readdirSync(distDir)).toContain(bundle.slice(distDir.length + 1));
    expect(isFresh(cliDir, distDir)).toBeNull();

    utimesSync(word, new Date(Date.now() - 5_000), new Date(Date.now() - 5_000));
    const recorded = await buildCliBundle({ cliDir });
    expect(isFresh(cliDir, distDir)).toBe(recorded);
    rmSync(recorded);
    expect(isFresh(cliDir, distDir)).toBeNull();

    await buildCliBundle({ cliDir });
    rmSync(word);
    expect(isFresh(cliDir, distDir)).toBeNull();
  });

  it('is not trusted from a manifest that is unreadable, of another version or incomplete', async () => {
    await buildCliBundle({ cliDir });
    const manifest = join(distDir, MANIFEST);
    const good = readFileSync(manifest, 'utf8');
    for (const bad of ['{"version":1,"bundle":"logai-x.mjs"', '{"version":2}', '[]', 'null', '']) {
      writeFileSync(manifest, bad);
      expect(isFresh(cliDir, distDir)).toBeNull();
    }
    writeFileSync(manifest, good);
    expect(isFresh(cliDir, distDir)).not.toBeNull();
  });

  it('keeps the last good manifest when the sources do not build, and removes old bundles later', async () => {
    const first = await buildCliBundle({ cliDir });
    writeFileSync(join(cliDir, 'src/word.ts'), 'export const word = ;\n');
    await expect(buildCliBundle({ cliDir })).rejects.toThrow();
    expect(JSON.parse(readFileSync(join(distDir, MANIFEST), 'utf8'))).toMatchObject({
      bundle: first.slice(distDir.length + 1),
    });
    // Fixed again: the first bundle is younger than a minute (another process may be loading it)…
    await writeSources('third');
    const second = await buildCliBundle({ cliDir });
    expect(existsSync(first)).toBe(true);
    // …and is removed by a build once it is older.
    const old = new Date(Date.now() - 120_000);
    utimesSync(first, old, old);
    await writeSources('fourth');
    const third = await buildCliBundle({ cliDir });
    expect(existsSync(first)).toBe(false);
    expect(existsSync(second)).toBe(true);
    expect(await run(third)).toBe('fourth');
  });
});
