import { describe, expect, it } from 'vitest';
import { LogHistogram } from './log-histogram';

describe('LogHistogram', () => {
  it('estimates quantiles within about 10%', () => {
    const h = new LogHistogram();
    for (let i = 1; i <= 1000; i++) h.add(i);
    expect(h.quantile(0.5)).toBeGreaterThan(450);
    expect(h.quantile(0.5)).toBeLessThan(550);
    expect(h.quantile(0.99)).toBeGreaterThan(900);
    expect(h.quantile(1)).toBeLessThanOrEqual(1000);
    expect(h.count).toBe(1000);
  });
});
