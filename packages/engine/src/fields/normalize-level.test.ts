import { describe, expect, it } from 'vitest';
import { levelFromMessage, levelFromNumber, normalizeLevel } from './normalize-level';

describe('levels', () => {
  it.each([
    ['INFO', 'info'],
    ['[notice]', 'info'],
    ['WARNING', 'warn'],
    ['warn:', 'warn'],
    ['SEVERE', 'error'],
    ['err', 'error'],
    ['FATAL', 'fatal'],
    ['CRITICAL', 'fatal'],
    ['<debug>', 'debug'],
    ['TRACE', 'trace'],
  ])('normalises %s to %s', (word, level) => {
    expect(normalizeLevel(word)).toBe(level);
  });

  it('rejects words that are not levels', () => {
    expect(normalizeLevel('constructor')).toBeNull();
    expect(normalizeLevel('2026-11-25')).toBeNull();
  });

  it('maps numeric severities (bunyan, syslog)', () => {
    expect(levelFromNumber(30)).toBe('info');
    expect(levelFromNumber(50)).toBe('error');
    expect(levelFromNumber(3)).toBe('error');
  });

  it('finds a level at the start of a message', () => {
    expect(levelFromMessage('error: Received disconnect')).toBe('error');
    expect(levelFromMessage('all good')).toBeNull();
  });
});
