// Words that are values by their place in the message, not by their characters:
// - month and weekday names inside a date ("at Sat Jun 18 02:08:10 2005") are masked with it, so
//   lines of different days share their template. A name counts only beside the day of the month,
//   so "May" or "Sun" elsewhere stay words;
// - the method of a quoted HTTP request line ('"GET /v2/servers HTTP/1.1"'), as access logs do.

const MONTH = 1;
const WEEKDAY = 2;

const NAMES = new Map<string, number>();
for (const m of ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'])
  NAMES.set(m, MONTH);
for (const d of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) NAMES.set(d, WEEKDAY);

/** MONTH, WEEKDAY or 0 for the token s[from, to): "Jun" or "JUN", not "jun" (a word, as in "jun-3"). */
function calendarWord(s: string, from: number, to: number): number {
  if (to - from !== 3) return 0;
  const c0 = s.charCodeAt(from);
  if (c0 < 65 || c0 > 90) return 0;
  const c1 = s.charCodeAt(from + 1);
  const c2 = s.charCodeAt(from + 2);
  const upper = c1 >= 65 && c1 <= 90;
  if (upper !== (c2 >= 65 && c2 <= 90)) return 0;
  return NAMES.get(s.slice(from, to).toLowerCase()) ?? 0;
}

/** s[from, to) is all digits, `min` to `max` of them. */
function isDigits(s: string, from: number, to: number, min: number, max: number): boolean {
  if (to - from < min || to - from > max) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Whether token t of the message s (token k spans bounds[2k] to bounds[2k + 1], `count` tokens) is a
 * month or weekday name within a date: "Jun 18", "18 Jun 2005", "Sat Jun 18", "Sat 18 Jun".
 */
export function isCalendarWordAt(s: string, bounds: ArrayLike<number>, count: number, t: number): boolean {
  const kind = calendarWord(s, bounds[2 * t] ?? 0, bounds[2 * t + 1] ?? 0);
  if (kind === 0) return false;
  const day = (k: number): boolean =>
    k >= 0 && k < count && isDigits(s, bounds[2 * k] ?? 0, bounds[2 * k + 1] ?? 0, 1, 2);
  if (kind === MONTH) {
    if (day(t + 1)) return true;
    return day(t - 1) && t + 1 < count && isDigits(s, bounds[2 * t + 2] ?? 0, bounds[2 * t + 3] ?? 0, 4, 4);
  }
  if (day(t + 1)) return true;
  return (
    t + 1 < count &&
    calendarWord(s, bounds[2 * t + 2] ?? 0, bounds[2 * t + 3] ?? 0) === MONTH &&
    isCalendarWordAt(s, bounds, count, t + 1)
  );
}

/** hh:mm or hh:mm:ss, a fraction of a second after it allowed ("02:08:10", "02:08:10.123"). */
function isTimeOfDay(s: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 5 || s.charCodeAt(from + 2) !== 58 || !isDigits(s, from, from + 2, 2, 2)) return false;
  if (!isDigits(s, from + 3, from + 5, 2, 2)) return false;
  if (n === 5) return true;
  if (s.charCodeAt(from + 5) !== 58 || !isDigits(s, from + 6, Math.min(to, from + 8), 2, 2)) return false;
  if (n === 8) return true;
  return (s.charCodeAt(from + 8) === 46 || s.charCodeAt(from + 8) === 44) && isDigits(s, from + 9, to, 1, 9);
}

/**
 * The runs of tokens that write one date ("Sat Jun 18 02:08:10 2005", "18 Jun 2005", "Jun 18
 * 02:08:10"): from a month or weekday name that `isCalendarWordAt` takes (or the day before its month),
 * on through names, days, times of day and a year; two tokens or more. As (first token, token count)
 * pairs. A date is one value: its template has one `<*>` for it, its value the whole date.
 */
export function dateRuns(s: string, bounds: ArrayLike<number>, count: number): number[] {
  const runs: number[] = [];
  const at = (k: number): [number, number] => [bounds[2 * k] ?? 0, bounds[2 * k + 1] ?? 0];
  for (let t = 0; t < count; t++) {
    if (!isCalendarWordAt(s, bounds, count, t)) continue;
    let first = t;
    const [from0, to0] = at(t);
    const [dayFrom, dayTo] = at(t - 1);
    if (calendarWord(s, from0, to0) === MONTH && t > 0 && isDigits(s, dayFrom, dayTo, 1, 2)) first = t - 1;
    let last = t;
    while (last + 1 < count && last - first < 5) {
      const [from, to] = at(last + 1);
      if (
        calendarWord(s, from, to) === 0 &&
        !isDigits(s, from, to, 1, 2) &&
        !isTimeOfDay(s, from, to) &&
        !isDigits(s, from, to, 4, 4)
      )
        break;
      last++;
    }
    if (last > first) runs.push(first, last - first + 1);
    t = last;
  }
  return runs;
}

/** Whether s[from, to) is the word `word` (lower case), in any case. */
function isWordAt(s: string, from: number, to: number, word: string): boolean {
  return to - from === word.length && s.slice(from, to).toLowerCase() === word;
}

/**
 * Whether token t of the message (bounds as in `isCalendarWordAt`) is a user's name: the word after
 * "for user" or "invalid user" ("session opened for user cyrus by (uid=0)", "Invalid user admin from
 * …"), a name of letters, digits, `_`, `.` and `-`. A name is data even when a file only ever shows
 * root's ("check pass; user unknown" has no "for" before it).
 */
export function isUserNameAt(s: string, bounds: ArrayLike<number>, t: number): boolean {
  if (t < 2) return false;
  const from = bounds[2 * t] ?? 0;
  const to = bounds[2 * t + 1] ?? 0;
  if (to <= from || s.charCodeAt(to - 1) === 46) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!letter && (i === from || !((c >= 48 && c <= 57) || c === 45 || c === 46))) return false;
  }
  const user = isWordAt(s, bounds[2 * t - 2] ?? 0, bounds[2 * t - 1] ?? 0, 'user');
  if (!user) return false;
  const a = bounds[2 * t - 4] ?? 0;
  const b = bounds[2 * t - 3] ?? 0;
  return isWordAt(s, a, b, 'for') || isWordAt(s, a, b, 'invalid');
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'CONNECT', 'TRACE']);

/** An HTTP method, as written ("GET"). */
export const isRequestMethod = (word: string): boolean => METHODS.has(word);
