import {
  lastParseOffset,
  lastParseWasNaive,
  lastParseZoneWord,
  parseTimestamp,
  type TimestampContext,
} from './parse-timestamp';
import { SameSecondCache } from './same-second-cache';

/**
 * Parses the timestamps of one file. Neighbouring lines repeat their timestamp or change only its
 * fraction, so the last text and the last second are remembered.
 */
export class TimestampReader implements TimestampContext {
  private lastText = '';
  private lastValue: number | null = null;
  private readonly sameSecond = new SameSecondCache();
  /** Distinct timestamp texts parsed without a zone, and with one (or as an epoch). */
  naiveTimes = 0;
  zonedTimes = 0;
  /** The last time read (null before the first). */
  lastTime: number | null = null;
  /** The ambiguous zone abbreviation ("ist") its times were last parsed with, if any. */
  ambiguousZone: string | null = null;
  /**
   * The offset its zoned times write, while they all write the same one (NaN once two differ). A
   * time without a zone in such a file is read at it: pm2's own `2020-07-19T18:12:30` lines among its
   * app's `2020-07-19 15:06:26.384 -05:00`, one process's clock.
   */
  private zonedOffset: number | null = null;

  constructor(
    public year: number,
    public readonly localOffsetMinutes = 0,
  ) {}

  /** Counts the timestamp just parsed (by this reader or beside it) as with or without a zone. */
  noteZone(): void {
    if (lastParseWasNaive()) this.naiveTimes++;
    else this.zonedTimes++;
    const word = lastParseZoneWord();
    if (word !== null) this.ambiguousZone = word;
  }

  /** Sets the year of year-less timestamps; what was read with the old one is forgotten. */
  setYear(year: number): void {
    this.year = year;
    this.lastText = '';
    this.lastValue = null;
    this.lastTime = null;
    this.sameSecond.clear();
  }

  /**
   * The time just parsed, a zone-less one read at the offset of the file's zoned times (see
   * zonedOffset); a zoned one is noted.
   */
  inFileZone(value: number): number {
    const offset = lastParseOffset();
    if (offset !== null) {
      if (this.zonedOffset === null) this.zonedOffset = offset;
      else if (this.zonedOffset !== offset) this.zonedOffset = NaN;
      return value;
    }
    const zoned = this.zonedOffset;
    if (!lastParseWasNaive() || zoned === null || Number.isNaN(zoned) || this.localOffsetMinutes !== 0)
      return value;
    return value - zoned * 60_000;
  }

  read(text: string): number | null {
    if (text === this.lastText) return this.lastValue;
    let value: number | null | undefined = this.sameSecond.get(text);
    if (value === undefined) {
      value = parseTimestamp(text, this);
      if (value !== null) {
        this.noteZone();
        value = this.inFileZone(value);
        this.sameSecond.set(text, value, this);
      }
    }
    this.lastText = text;
    this.lastValue = value;
    if (value !== null) this.lastTime = value;
    return value;
  }
}
