import { describe, expect, it } from 'vitest';
import { headerLevelAt, levelFromMessage, levelFromNumber, normalizeLevel } from './normalize-level';

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
    // Celery writes the process after the level.
    ['INFO/MainProcess]', 'info'],
    ['WARNING/ForkPoolWorker-2', 'warn'],
    // Serilog's three letters.
    ['[FTL]', 'fatal'],
    ['[VRB]', 'trace'],
    ['[ERR]', 'error'],
  ])('normalises %s to %s', (word, level) => {
    expect(normalizeLevel(word)).toBe(level);
  });

  it('rejects words that are not levels', () => {
    expect(normalizeLevel('constructor')).toBeNull();
    expect(normalizeLevel('2026-11-25')).toBeNull();
    expect(normalizeLevel('I/O')).toBeNull();
    expect(levelFromMessage('I/O error on /dev/sda')).toBe('error');
  });

  it.each([
    ['LOG:', 'info'],
    ['DEBUG1:', 'debug'],
    ['DEBUG5:', 'debug'],
    ['DETAIL:', 'info'],
    ['STATEMENT:', 'info'],
    ['[System]', 'info'],
    ['[Note]', 'info'],
    ['[NOTE]', 'info'],
    // PgBouncer's bare level, in capitals ("… [5336] LOG C-0x55…: db/user@host login attempt").
    ['LOG', 'info'],
  ])('reads the marked level word %s as %s', (word, level) => {
    expect(normalizeLevel(word)).toBe(level);
  });

  it.each([
    'log',
    'Log:',
    'log:',
    'Log',
    'note',
    'Note:',
    'system',
    'System:',
    'debug1',
    'DEBUG6:',
    'detail:',
  ])('does not read %s as a level (not marked as one)', (word) => {
    expect(normalizeLevel(word)).toBeNull();
  });

  it("looks past the kernel's time since boot for the level word", () => {
    expect(
      levelFromMessage(
        '[3287514.881269] blk_update_request: I/O error, dev nvme1n1, sector 365437448 op 0x1:(WRITE)',
      ),
    ).toBe('error');
    expect(levelFromMessage('[    5.123456] EXT4-fs error (device sda1): ext4_find_entry:1455')).toBe(
      'error',
    );
    expect(
      levelFromMessage('[3287514.881269] usb 1-1: new high-speed USB device number 2 using error'),
    ).toBeNull();
    expect(levelFromMessage('[12] a b error')).toBeNull();
  });

  it("reads a status in capitals closing the line as an error (Laravel's console, test runners)", () => {
    expect(levelFromMessage('App\\Jobs\\ChargeSubscription ................ 894.74ms FAIL')).toBe('error');
    expect(levelFromMessage('test_login (tests.test_auth.AuthTest) ... FAILED')).toBe('error');
    expect(levelFromMessage('App\\Jobs\\ChargeSubscription ................ 94.74ms DONE')).toBeNull();
    expect(levelFromMessage('retrying after a fail')).toBeNull();
  });

  it.each(['log rotated', 'note to self', 'system is up', 'Log: rotated', 'Note: see above'])(
    'finds no level in the message "%s"',
    (message) => {
      expect(levelFromMessage(message)).toBeNull();
    },
  );

  it('reads Redis level marks only in a header level column', () => {
    expect(['.', '-', '*', '#'].map((m) => headerLevelAt(m, 0, 1))).toEqual([
      'debug',
      'debug',
      'info',
      'warn',
    ]);
    expect(normalizeLevel('*')).toBeNull();
    expect(headerLevelAt('E', 0, 1)).toBe('error');
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
