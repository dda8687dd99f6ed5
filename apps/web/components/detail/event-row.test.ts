import type { LogEvent } from '@logai/contracts';
import { describe, expect, it } from 'vitest';
import { COLLAPSED_LINES, LINE_HEIGHT, lineCount, rowHeight, ROW_PADDING } from './event-row';

const event = (raw: string): LogEvent => ({
  id: '1',
  file: 'a.log',
  line: 1,
  lineCount: lineCount(raw),
  ts: null,
  level: 'error',
  service: null,
  patternId: null,
  message: raw,
  raw,
});

describe('rowHeight', () => {
  it('gives a one-line event two lines (time over file:line) and a stack trace its lines', () => {
    expect(rowHeight(event('one line'), false, false)).toBe(ROW_PADDING + 2 * LINE_HEIGHT);
    expect(rowHeight(event('a\nb\nc'), false, false)).toBe(ROW_PADDING + 3 * LINE_HEIGHT);
  });

  it('folds long events to a few lines plus their toggle, and unfolds them whole', () => {
    const long = event(Array.from({ length: 30 }, (_, index) => `at frame ${index}`).join('\n'));
    expect(rowHeight(long, false, false)).toBe(ROW_PADDING + (COLLAPSED_LINES + 1) * LINE_HEIGHT);
    expect(rowHeight(long, true, false)).toBe(ROW_PADDING + 31 * LINE_HEIGHT);
  });

  it('adds the header line on phones', () => {
    expect(rowHeight(event('one line'), false, true)).toBe(ROW_PADDING + 2 * LINE_HEIGHT);
    expect(rowHeight(event('a\nb\nc'), false, true)).toBe(ROW_PADDING + 4 * LINE_HEIGHT);
  });
});
