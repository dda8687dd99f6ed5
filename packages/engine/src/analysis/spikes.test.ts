import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findCoarseSpikes, findSpikes, isPeriodic } from './spikes';
import { poisson, seeded } from './testing/synthetic';

const options = { minCount: 10, minFactor: 3, z: 5, minExcess: 20 };

function noisy(length: number, mean: number, seed = 3): number[] {
  const random = seeded(seed);
  return Array.from({ length }, () => poisson(random, mean));
}

describe('findSpikes', () => {
  it('skips the baselines only for series that cannot spike (same spikes as computing them)', () => {
    // A series of mostly similar counts with a few bursts and gaps; alsoFlag forces the full computation.
    const series = fc.array(
      fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 8, max: 30 }) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 200 }) },
      ),
      { minLength: 1, maxLength: 300 },
    );
    const settings = fc.record({
      minCount: fc.integer({ min: 1, max: 40 }),
      minFactor: fc.constantFrom(1.5, 3, 5),
      z: fc.constantFrom(4, 6),
      minExcess: fc.integer({ min: 0, max: 100 }),
    });
    let quiet = 0;
    fc.assert(
      fc.property(series, settings, (values, o) => {
        const fast = findSpikes(values, o);
        const full = findSpikes(values, { ...o, alsoFlag: () => false });
        expect(fast).toEqual(full);
        if (full.length === 0) quiet++;
      }),
      { numRuns: 400 },
    );
    expect(quiet).toBeGreaterThan(0);
  });

  it('finds a burst with its window', () => {
    const values = noisy(200, 8);
    for (let i = 120; i < 125; i++) values[i] = 80;
    const spikes = findSpikes(values, options);
    expect(spikes).toHaveLength(1);
    expect(spikes[0]?.from).toBe(120);
    expect(spikes[0]?.to).toBe(124);
    expect(spikes[0]?.baselineAtPeak).toBeGreaterThan(5);
  });

  // Error counts per 5 minutes of a Heroku app (router timeouts, memory warnings, interrupted
  // requests): about 3 per bucket, widely spread; buckets 19–20 hold a burst of request timeouts.
  const heroku =
    '0 1 6 4 4 0 4 5 1 2 4 0 2 4 2 2 2 5 1 14 15 2 4 6 3 3 5 0 2 2 5 0 3 6 3 2 5 1 1 5 2 1 4 3 3 2 1 3 4 4 0 4 2 3 4 4 4 3 5 2 2 3 3 2 3 1 3 4 6 2 1 7 3 3 0 2 0 5 3 3 2 4 3 0'
      .split(' ')
      .map(Number);
  const errors = { minCount: 5, minFactor: 3, z: 5, minExcess: 12 };

  it('flags neighbouring buckets that clear runZ each and z together (runZ)', () => {
    expect(findSpikes(heroku, errors)).toEqual([]);
    const spikes = findSpikes(heroku, { ...errors, runZ: 3.5 });
    expect(spikes.map((s) => [s.from, s.to, s.observed])).toEqual([[19, 20, 29]]);
    // One such bucket alone is not enough.
    const one = [...heroku];
    one[20] = 3;
    expect(findSpikes(one, { ...errors, runZ: 3.5 })).toEqual([]);
  });

  it('runZ: on healthy counts (Poisson, or a rate wandering between 2 and 4) few flags, all small', () => {
    const found = [];
    for (const rates of [[3], [2, 3, 4]])
      for (let seed = 1; seed <= 100; seed++) {
        const random = seeded(seed);
        const values = Array.from({ length: 240 }, () =>
          poisson(random, rates[Math.floor(random() * rates.length)] ?? 3),
        );
        found.push(...findSpikes(values, { ...errors, runZ: 3.5 }));
      }
    expect(found.length).toBeLessThanOrEqual(3);
    for (const spike of found) expect(spike.observed - spike.expected).toBeLessThan(20);
  });

  it('finds a gentle rise summed over several buckets, in the series own buckets (findCoarseSpikes)', () => {
    const random = seeded(11);
    const values = Array.from({ length: 150 }, () => poisson(random, 0.5));
    for (let i = 90; i < 96; i++) values[i] = 4;
    expect(findSpikes(values, errors)).toEqual([]);
    const spikes = findCoarseSpikes(values, 5, errors);
    expect(spikes).toHaveLength(1);
    expect(spikes[0]?.from).toBeLessThanOrEqual(90);
    expect(spikes[0]?.to).toBeGreaterThanOrEqual(94);
    expect(spikes[0]?.peak).toBe(4);
    expect(spikes[0]?.baselineAtPeak).toBeLessThan(1);
    for (let seed = 1; seed <= 40; seed++) {
      const quiet = seeded(seed);
      const healthy = Array.from({ length: 150 }, () => poisson(quiet, 0.5));
      expect(findCoarseSpikes(healthy, 5, errors)).toEqual([]);
    }
  });

  it('finds a short burst across the boundary of two coarse spans (findCoarseSpikes)', () => {
    // RabbitMQ's channel errors: one every ten minutes or so, then 13 in four minutes, 09:23–09:26,
    // split 4 + 9 by the five-minute spans that start at 09:20 and 09:25.
    const random = seeded(4);
    const values: number[] = Array.from({ length: 240 }, () => (random() < 0.1 ? 1 : 0));
    values.splice(143, 4, 2, 2, 8, 1);
    const spikes = findCoarseSpikes(values, 5, errors);
    expect(spikes).toHaveLength(1);
    expect(spikes[0]?.from).toBeLessThanOrEqual(143);
    expect(spikes[0]?.to).toBeGreaterThanOrEqual(146);
    for (let seed = 1; seed <= 40; seed++) {
      const quiet = seeded(seed);
      const healthy = Array.from({ length: 240 }, () => (quiet() < 0.1 ? 1 : 0));
      expect(findCoarseSpikes(healthy, 5, errors)).toEqual([]);
    }
  });

  it('stays quiet on noisy healthy series, whatever the seed', () => {
    for (let seed = 1; seed <= 30; seed++) expect(findSpikes(noisy(240, 8, seed), options)).toEqual([]);
  });

  it('ignores a slow daily trend', () => {
    const values = Array.from({ length: 240 }, (_, i) =>
      Math.round(30 + 25 * Math.sin((i / 240) * 2 * Math.PI)),
    );
    expect(findSpikes(values, options)).toEqual([]);
  });

  it('recognises bursts recurring at a steady interval as periodic', () => {
    const values = noisy(240, 2);
    for (let i = 10; i < 240; i += 60) values[i] = 200;
    const spikes = findSpikes(values, options);
    expect(spikes.length).toBe(4);
    expect(isPeriodic(spikes)).toBe(true);
  });

  it('isPeriodic: many runs on one grid count, however many of its slots were skipped or a bucket late', () => {
    const at = (...from: number[]) => from.map((f) => ({ from: f }));
    // A job every five minutes whose small runs are no spikes, one run a bucket late.
    expect(isPeriodic(at(3, 8, 13, 28, 38, 43, 48, 53, 68, 73, 83, 93, 103, 128, 138, 144, 158))).toBe(true);
    // Bursts at no common interval, and two bursts of a retry storm, are not a schedule.
    expect(isPeriodic(at(3, 17, 29, 52, 61, 90, 97))).toBe(false);
    expect(isPeriodic(at(40, 41, 90))).toBe(false);
    // Three back-to-back runs an hour apart.
    expect(isPeriodic(at(10, 70, 130))).toBe(true);
    // A message in nearly every bucket, and three bursts a bucket off a fine grid, are not a schedule.
    expect(isPeriodic(at(...Array.from({ length: 60 }, (_, i) => i + Math.floor(i / 7))))).toBe(false);
    expect(isPeriodic(at(66, 73, 76))).toBe(false);
  });
});
