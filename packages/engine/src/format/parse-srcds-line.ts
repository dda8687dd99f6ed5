// Source engine dedicated servers (srcds: Team Fortress 2, Counter-Strike, Garry's Mod) log each line
// as `L 10/23/2025 - 06:30:04: "K4rl<5><[U:1:139595]><Blue>" say "rush b"`: an `L`, the date (month
// first), a dash, the time and a colon, then the message. Half Life's log standard; HLDS writes the same.
import { levelFromMessage } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

const SRCDS = /^L (\d\d\/\d\d\/\d{4}) - (\d\d:\d\d:\d\d): /;

/** Whether a line is a srcds log line (see SRCDS). */
export function opensWithSrcds(line: string): boolean {
  return line.charCodeAt(0) === 76 && line.charCodeAt(1) === 32 && SRCDS.test(line);
}

/** A srcds log line: its time and message (a level only where the message says one), or null. */
export function parseSrcdsLine(line: string, time: TimestampReader): ParsedFields | null {
  if (line.charCodeAt(0) !== 76) return null;
  const m = SRCDS.exec(line);
  if (m === null) return null;
  const message = line.slice(m[0].length);
  return {
    timestamp: time.read(`${m[1] ?? ''} ${m[2] ?? ''}`),
    level: levelFromMessage(message),
    service: null,
    message,
    attributes: {},
    format: 'text',
  };
}
