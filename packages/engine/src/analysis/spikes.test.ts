import { describe, expect, it } from 'vitest';
import { findSpikes, isPeriodic } from './spikes';
import { poisson, seeded } from './testing/synthetic';

const options = { minCount: 10, minFactor: 3, z: 5, minExcess: 20 };

function noisy(length: number, mean: number, seed = 3): number[] {
  const random = seeded(seed);
  return Array.from({ length }, () => poisson(random, mean));
}

describe('findSpikes', () => {
  it('finds a burst with its window', () => {
    const values = noisy(200, 8);
    for (let i = 120; i < 125; i++) values[i] = 80;
    const spikes = findSpikes(values, options);
    expect(spikes).toHaveLength(1);
    expect(spikes[0]?.from).toBe(120);
    expect(spikes[0]?.to).toBe(124);
    expect(spikes[0]?.baselineAtPeak).toBeGreaterThan(5);
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
});
