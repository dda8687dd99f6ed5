import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from './testing/scratch-dir';

const bin = join(import.meta.dirname, '../bin/logai.js');

describe('logai (the executable)', () => {
  it('stops quietly with success when the reader of its output closes the pipe (`| head`)', async () => {
    const dir = scratchDir('logai-pipe-');
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

  it('prints its version', () => {
    const child = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(child.status).toBe(0);
    expect(child.stdout).toMatch(/^logai \d+\.\d+\.\d+\n$/);
  });

  it('reads its standard input for "-" (`kubectl logs api | logai templates -`)', () => {
    const input = 'job 1 done\njob 2 done\nworker 7 crashed\n';
    const child = spawnSync(process.execPath, [bin, 'templates', '-', '--jsonl'], {
      input,
      encoding: 'utf8',
    });
    expect(child.status).toBe(0);
    expect(
      child.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { template: string }).template),
    ).toEqual(['job <*> done', 'job <*> done', 'worker <*> crashed']);
  }, 60_000);

  it('removes its copy of standard input when stopped with Ctrl-C (SIGINT) midway', async () => {
    const tmp = scratchDir('logai-sigint-');
    const child = spawn(process.execPath, [bin, 'analyze', '-'], {
      env: { TMPDIR: tmp },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    // A producer that never ends, as `kubectl logs -f` would be.
    const line = Buffer.from('2026-11-25 10:00:00,000 INFO [main] app.Worker - job 1 done\n'.repeat(1000));
    const feed = setInterval(() => child.stdin.write(line), 5);
    child.stdin.on('error', () => undefined);
    // (tsx may keep its cache there too, when the bundle is rebuilt first.)
    const copying = async (): Promise<boolean> => readdirSync(tmp).some((n) => n.startsWith('logai-input-'));
    for (let i = 0; i < 600 && !(await copying()); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await copying()).toBe(true);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    clearInterval(feed);
    expect(code).toBe(130);
    expect(await copying()).toBe(false);
  }, 60_000);

  it('runs from a bundle it builds on first use, and from the sources when it cannot build one', () => {
    const dir = scratchDir('logai-dist-');
    const dist = join(dir, 'dist');
    // Only these variables: the launcher needs no other (a binary is spawned, not looked up in PATH).
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [bin, '--help'], { env, encoding: 'utf8' });

    const first = run({ LOGAI_CLI_DIST: dist });
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^logai — log analysis/);
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { bundle: string };
    expect(existsSync(join(dist, manifest.bundle))).toBe(true);

    // The next run loads that bundle: a stand-in put in its place is what answers.
    writeFileSync(
      join(dist, manifest.bundle),
      "export async function main() { process.stdout.write('the bundle ran\\n'); return 0; }\n",
    );
    expect(run({ LOGAI_CLI_DIST: dist }).stdout).toBe('the bundle ran\n');
    expect(run({ LOGAI_CLI_DIST: dist, LOGAI_CLI_FROM_SOURCE: '1' }).stdout).toMatch(/^logai — log analysis/);
    // A damaged bundle: the sources answer instead.
    writeFileSync(join(dist, manifest.bundle), 'export async function main() { return 0; ');
    expect(run({ LOGAI_CLI_DIST: dist })).toMatchObject({ status: 0, stdout: first.stdout, stderr: '' });

    // A folder that cannot be made (its parent is a file): the sources run instead, with the same answer.
    writeFileSync(join(dir, 'file'), '');
    const fallback = run({ LOGAI_CLI_DIST: join(dir, 'file', 'dist') });
    expect(fallback.status).toBe(0);
    expect(fallback.stdout).toBe(first.stdout);
    expect(fallback.stderr).toBe('');
  }, 60_000);
});
