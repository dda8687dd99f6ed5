import {
  lastParseOffset,
  lastParseWasNaive,
  lastParseZoneWord,
  parseTimestamp,
  type TimestampContext,
} from './parse-timestamp';
import { SameSecondCache } from './same-second-cache';
import { sameText } from './strings';

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
   * The offset its zoned times write, while they all write the same one (NaN once two differ), and
   * the last of them. A time without a zone in such a file is read at that offset when that puts it
   * nearer the zoned time before it than UTC does: pm2's own `2020-07-19T18:12:30` lines among its
   * app's `2020-07-19 18:12:29.971 -05:00` (the daemon's local time), while another machine's pm2
   * writes its own lines in UTC beside an app's `+08:00`.
   */
  private zonedOffset: number | null = null;
  private lastZoned: number | null = null;

  constructor(
    public year: number,
    public readonly localOffsetMinutes = 0,
  ) {}

  /** The offset (minutes east of UTC) every zoned time read so far wrote; null for none, or several. */
  get zoneOffset(): number | null {
    const offset = this.zonedOffset;
    return offset === null || Number.isNaN(offset) ? null : offset;
  }

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
      this.lastZoned = value;
      return value;
    }
    const zoned = this.zonedOffset;
    const near = this.lastZoned;
    if (
      !lastParseWasNaive() ||
      zoned === null ||
      near === null ||
      Number.isNaN(zoned) ||
      this.localOffsetMinutes !== 0
    )
      return value;
    const shifted = value - zoned * 60_000;
    return Math.abs(shifted - near) < Math.abs(value - near) ? shifted : value;
  }

  read(text: string): number | null {
    if (sameText(text, this.lastText)) return this.lastValue;
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
