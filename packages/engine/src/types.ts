// Shared shapes of the engine. Engine I (decode → frame → format → fields → mining) produces them;
// Engine II (aggregates, anomalies, summary, digest) consumes them. Keep this file small and stable.

export const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
export type Level = (typeof LEVELS)[number];

export const FORMATS = ['json', 'csv', 'logfmt', 'syslog3164', 'syslog5424', 'access', 'text'] as const;
export type FormatName = (typeof FORMATS)[number];

export type AttributeValue = string | number | boolean | null;

/** One log event: a physical line, or several joined (stack traces, continuation lines). */
export interface LogEvent {
  /** Member name inside an upload or bundle (the file name for a plain file). */
  file: string;
  /** 1-based number of the event's first physical line within its file. */
  line: number;
  /** Number of physical lines the event spans (≥ 1). */
  lineCount: number;
  /** The event's text as read (lines joined with "\n"), truncated with a marker when too large. */
  raw: string;
  /** Epoch milliseconds, UTC; null when neither the event nor any earlier one had a timestamp. */
  timestamp: number | null;
  /** True when the timestamp was inherited from the previous event. */
  timestampInherited: boolean;
  level: Level | null;
  service: string | null;
  /** The message part, without the header (timestamp, level, component…); what templates are mined on. */
  message: string;
  attributes: Record<string, AttributeValue>;
  format: FormatName;
  truncated: boolean;
}

/** An event after template mining. */
export interface MinedEvent extends LogEvent {
  /** Stable pattern id: a fingerprint of the normalised template, identical across files and runs. */
  patternId: string;
  /** The template, with `<*>` for each variable part. */
  template: string;
  /** The values of the template's variables, in order (may be shorter than the number of `<*>`). */
  params: string[];
  /** The miner's cluster, for `TemplateMiner.templateOf` (its template may generalise later). */
  clusterId?: number;
}

export interface VariableStats {
  /** Position of the `<*>` in the template (0-based). */
  index: number;
  distinct: number;
  /** True when distinct values were capped and `distinct` is a lower bound. */
  distinctCapped: boolean;
  top: { value: string; count: number }[];
  numeric?: { count: number; min: number; max: number; p50: number; p90: number; p99: number };
}

export interface PatternSummary {
  id: string;
  template: string;
  count: number;
  /** The most frequent level of the pattern's events (null when none had one). */
  level: Level | null;
  firstSeen: number | null;
  lastSeen: number | null;
  samples: { file: string; line: number; text: string }[];
  variables: VariableStats[];
}

/** A file's local time, for timestamps written without a zone (see `bundleClock`). */
export interface LocalTime {
  /** Minutes east of UTC. */
  offsetMinutes: number;
  /**
   * For a file timed only by the seconds since its program started (its `uptime`, and no start of its
   * own: Linkerd's proxy), the wall clock of that start, as a bundle places it (see `bundleClock`).
   */
  runStartMs?: number;
  /** Why, for the file's `formatEvidence` ("local time UTC+03:00: …"). */
  evidence: string;
}

/** Per-file reading statistics, filled in by Engine I while reading. */
export interface FileStats {
  file: string;
  format: FormatName;
  /** Why this format was chosen (e.g. "47 of 50 sampled lines parse as JSON objects"). */
  formatEvidence: string;
  bytes: number;
  lines: number;
  events: number;
  invalidUtf8Bytes: number;
  truncatedEvents: number;
  /**
   * The text's encoding: UTF-8, UTF-16 (LE/BE), Windows-1252 for a legacy 8-bit file, or an East
   * Asian double-byte code page (Shift-JIS, EUC-JP, EUC-KR, GB 18030, Big5).
   */
  encoding:
    | 'utf-8'
    | 'utf-16le'
    | 'utf-16be'
    | 'windows-1252'
    | 'shift_jis'
    | 'euc-jp'
    | 'euc-kr'
    | 'gb18030'
    | 'big5';
  firstTimestamp: number | null;
  lastTimestamp: number | null;
  /** Set when most of the file's timestamps carry no zone (local time, read as UTC unless shifted). */
  zoneless?: boolean;
  /**
   * Set when most of its times are times of day alone (no date: placed on the bundle's day, or the
   * reader's `day`); such times count as zone-less too.
   */
  dateless?: boolean;
  /** The offset, in minutes east of UTC, that every zoned time of the file writes (when one does). */
  zoneOffsetMinutes?: number;
  /** A zone abbreviation its times carry that names several zones ("IST"): they count as zone-less. */
  ambiguousZone?: string;
  /** Set when a bundle member was not read (binary, empty, nested archive), with the reason. */
  skipped?: string;
}
