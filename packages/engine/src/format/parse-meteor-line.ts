// Meteor's server log (Rocket.Chat before 2022, any Meteor app) opens each line with the level's
// letter, the local date and time, and the offset from UTC in hours in parentheses, then `?`:
// `I20201116-18:15:00.221(11)? Apps: app status updated`, `W20201116-…(-5)? DDPRateLimiter ➔ …`,
// `E20190305-10:41:00.123(5.5)? …`.
import type { Level } from '../types';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

const METEOR = /^([IWE])(\d{4})(\d\d)(\d\d)-(\d\d:\d\d:\d\d\.\d{3})\((-?)(\d{1,2})(?:\.(\d+))?\)\? ?/;
const LEVELS: Record<string, Level> = { I: 'info', W: 'warn', E: 'error' };

/** Whether a line is a Meteor log line (see METEOR): its date's dash and the parenthesis checked first. */
export function opensWithMeteor(line: string): boolean {
  return line.charCodeAt(9) === 45 && line.charCodeAt(22) === 40 && METEOR.test(line);
}

/** A Meteor log line: its level, and its time at the offset it writes; null for another line. */
export function parseMeteorLine(line: string, time: TimestampReader): ParsedFields | null {
  const m = METEOR.exec(line);
  if (m === null) return null;
  const minutes = Number(m[7] ?? 0) * 60 + Math.round(Number(`0.${m[8] ?? '0'}`) * 60);
  const sign = m[6] === '-' ? '-' : '+';
  const offset = `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return {
    timestamp: time.read(`${m[2]}-${m[3]}-${m[4]}T${m[5]}${offset}`),
    level: LEVELS[m[1] ?? ''] ?? null,
    service: null,
    message: line.slice(m[0].length),
    attributes: {},
    format: 'text',
  };
}
