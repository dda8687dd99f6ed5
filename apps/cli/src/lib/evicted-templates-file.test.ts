import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../testing/scratch-dir';
import { EvictedTemplatesFile } from './evicted-templates-file';

describe('EvictedTemplatesFile', () => {
  it('gives back every template by cluster, in any order, long and non-ASCII ones included', () => {
    const root = scratchDir('logai-evicted-test-');
    const store = new EvictedTemplatesFile(root);
    const templates = new Map<number, string>();
    // Enough to pass the 1 MiB buffers several times; one template longer than them; ids with gaps.
    for (let i = 0; i < 60_000; i++)
      templates.set(3 * i + 1, `user u${i} said «héllo» to <*> ${'x'.repeat(i % 50)}`);
    templates.set(500_000, `huge ${'y'.repeat(3 << 20)} end`);
    templates.set(500_001, '');
    for (const [id, t] of templates) store.set(id, t);
    expect(readdirSync(root)).toHaveLength(1);
    const ids = [...templates.keys()];
    // Shuffled (a fixed permutation), then in order: the window is reloaded and reused.
    const shuffled = ids.map((id, i) => [(i * 7919) % ids.length, id] as const).sort((a, b) => a[0] - b[0]);
    for (const [, id] of shuffled) expect(store.get(id)).toBe(templates.get(id));
    for (const id of ids) expect(store.get(id)).toBe(templates.get(id));
    expect(store.get(2)).toBeUndefined();
    expect(store.get(10_000_000)).toBeUndefined();
    store.close();
    expect(readdirSync(root)).toEqual([]);
  });

  it('makes no file until the first template', () => {
    const root = scratchDir('logai-evicted-test-');
    const store = new EvictedTemplatesFile(root);
    expect(store.get(1)).toBeUndefined();
    store.close();
    expect(readdirSync(root)).toEqual([]);
  });

  it('keeps the templates in memory, with a warning, when no temporary file can be made', () => {
    const warnings: string[] = [];
    const store = new EvictedTemplatesFile(join(tmpdir(), 'logai-no-such-folder', 'deeper'), (m) =>
      warnings.push(m),
    );
    for (let i = 1; i <= 1000; i++) store.set(i, `template ${i}`);
    expect(store.get(1)).toBe('template 1');
    expect(store.get(1000)).toBe('template 1000');
    expect(store.get(1001)).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/no temporary file .*ENOENT.*kept in memory/);
    store.close();
  });
});
