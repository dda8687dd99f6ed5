import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps paths on this site and refuses anything that leaves it', () => {
    expect(safeNext('/uploads/1?tab=explorer')).toBe('/uploads/1?tab=explorer');
    expect(safeNext('//evil.example/x')).toBe('/dashboard');
    expect(safeNext('/\\evil.example')).toBe('/dashboard');
    expect(safeNext('https://evil.example')).toBe('/dashboard');
    expect(safeNext(null)).toBe('/dashboard');
  });
});
