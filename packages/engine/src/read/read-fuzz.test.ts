import { describe, it } from 'vitest';
import fc from 'fast-check';
import { gzipSync, zipSync } from 'fflate';
import { InputError } from '../errors/input-error';
import { TemplateMiner } from '../mining/template-miner';
import { makeTar, read } from './test-helpers';

/** Reads and mines; the only acceptable failure is an InputError. */
async function survives(bytes: Uint8Array, name: string): Promise<void> {
  const miner = new TemplateMiner({ maxClusters: 20 });
  try {
    const { events } = await read(bytes, { name, maxEventBytes: 200 }, 13);
    for (const e of events) miner.mine(e);
    miner.patterns();
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
  }
}

const textish = fc
  .array(fc.constantFrom(...'ab 09:-.[]{}"=\n\r\t{"level":"x"}Traceback\tat \u00e9\ufffd'.split('')), {
    maxLength: 400,
  })
  .map((cs) => new TextEncoder().encode(cs.join('')));

describe('readEvents never fails with anything but an InputError', () => {
  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), (b) => survives(b, 'r.log')),
      { numRuns: 200 },
    );
  });

  it('on random text-like input, plain and in archives', async () => {
    await fc.assert(
      fc.asyncProperty(textish, async (b) => {
        await survives(b, 't.log');
        await survives(gzipSync(b), 't.log.gz');
        await survives(zipSync({ 'a.log': b }), 't.zip');
        await survives(makeTar({ 'a.log': b }), 't.tar');
      }),
      { numRuns: 100 },
    );
  });

  it('on archives cut or damaged at random places', async () => {
    const base = zipSync({ 'a.log': new TextEncoder().encode('line 1\nline 2\n'.repeat(50)) });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: base.length }),
        fc.integer({ min: 0, max: 255 }),
        async (cut, byte) => {
          const damaged = base.slice(0, cut);
          if (cut > 40) damaged[cut - 20] = byte;
          await survives(damaged, 'd.zip');
          await survives(gzipSync(base).slice(0, cut), 'd.gz');
        },
      ),
      { numRuns: 100 },
    );
  });
});
