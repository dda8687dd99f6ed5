import type { AttributeValue, FormatName, Level } from '../types';

/** What a format parser extracts from one event's first line. */
export interface ParsedFields {
  timestamp: number | null;
  level: Level | null;
  service: string | null;
  message: string;
  attributes: Record<string, AttributeValue>;
  format: FormatName;
}
