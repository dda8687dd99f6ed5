import type { AttributeValue, FormatName, Level } from '../types';

/** What a format parser extracts from one event's first line. */
export interface ParsedFields {
  timestamp: number | null;
  level: Level | null;
  service: string | null;
  message: string;
  attributes: Record<string, AttributeValue>;
  format: FormatName;
  /**
   * A line reader's time of day (ms since midnight, local) where the line has no date: the line
   * parser places it on its day (see LineParser.onItsDay) and sets `timestamp`.
   */
  timeOfDay?: number;
}

/**
 * The fields of an entry reader's text that is none of its entries (the lines before a file's first
 * <Event>, db2diag record, audit transaction or Format-List block): its text as the message, nothing else.
 */
export function textOnly(text: string): ParsedFields {
  return {
    timestamp: null,
    level: null,
    service: null,
    message: text.trim(),
    attributes: {},
    format: 'text',
  };
}
