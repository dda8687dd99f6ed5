import { isContinuationWordAt } from '../fields/normalize-level';
import { parseTimestamp, type TimestampContext } from '../fields/parse-timestamp';
import { isContinuation, newFramingState, type FramingState } from '../frame/is-continuation';
import { HeaderTokens, LEVEL, LEVEL_DATE, NUM, TIME } from './header-tokens';
import { isRdsPostgresContinuation } from './parse-postgres-prefix';

/**
 * When nearly every sampled line starts with a timestamp, a line that does not (an exception message,
 * a wrapped line) belongs to the event before it; so does a PostgreSQL "DETAIL:"/"HINT:"/… line
 * when the sample has them; in a log that writes each entry's time on a line of its own, every line
 * but such a time. Returns that test, or null when none applies.
 */
export function startsLikeHeader(sample: string[]): ((line: string) => boolean) | null {
  const entries = timeLineEntries(sample);
  if (entries !== null) return entries;
  const foreign = untimedLines(sample);
  const tokens = new HeaderTokens();
  const detail = (line: string): boolean => isDetailLine(line, tokens);
  if (!sample.some(detail)) return foreign;
  return foreign === null ? detail : (line) => detail(line) || foreign(line);
}

/**
 * Whether a line is a date and time alone: "2026-11-25T10:00:00.123456+00:00", "Wed Nov 25 10:00:00
 * 2026" (Oracle's alert log, before and since 11g). Every token a time or a number, and a date in it.
 */
function isTimeLine(line: string, tokens: HeaderTokens, time: TimestampContext): boolean {
  const c = line.charCodeAt(0);
  if (line.length < 8 || line.length > 40 || !((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  tokens.scan(line, 7, false);
  if (tokens.count === 0 || tokens.count > 6 || (tokens.ends[tokens.count - 1] ?? 0) < line.trimEnd().length)
    return false;
  for (let k = 0; k < tokens.count; k++) {
    const cls = tokens.classOf(k);
    if (cls !== TIME && cls !== NUM) return false;
  }
  return parseTimestamp(line, time) !== null;
}

/**
 * Oracle's alert log writes each entry's time on a line of its own and the entry's lines after it
 * ("2026-11-25T10:00:05.789012+00:00", then "Errors in file …", "ORA-00600: internal error code …").
 * Where a tenth or more of the sampled lines are such a time, and few of the others open with one, a
 * line starts an event only if it is a time alone: the entry is one event, its time the line's.
 */
function timeLineEntries(sample: string[]): ((line: string) => boolean) | null {
  const tokens = new HeaderTokens();
  const time: TimestampContext = { year: 2000 };
  let lines = 0;
  let times = 0;
  for (const line of sample) {
    if (line.trim().length === 0) continue;
    lines++;
    if (isTimeLine(line, tokens, time)) times++;
  }
  if (times < 2 || times * 10 < lines) return null;
  let timedOthers = 0;
  for (const line of sample) {
    if (line.trim().length === 0 || isTimeLine(line, tokens, time)) continue;
    tokens.scan(line, 1);
    const cls = tokens.classes[0];
    if (tokens.count > 0 && (cls === TIME || cls === NUM)) timedOthers++;
  }
  if (timedOthers * 10 > lines - times) return null;
  return (line) => line.length > 0 && !isTimeLine(line, tokens, time);
}

/** "2026-11-25 10:00:01.456 UTC [1235] DETAIL:  Key (id)=(7) already exists.": a header, then the word. */
export function isDetailLine(line: string, tokens: HeaderTokens): boolean {
  const c = line.charCodeAt(0);
  if (!(c >= 48 && c <= 57) || !hasContinuationColon(line)) return false;
  tokens.scan(line, 8, false);
  // The continuation word first (a cheap test, and most lines have none), then no level before it:
  // the same answer as testing each token for both in turn, without classifying every token.
  let word = 1;
  while (
    word < tokens.count &&
    !(
      isContinuationWordAt(line, tokens.starts[word] ?? 0, tokens.ends[word] ?? 0) &&
      closesSeverity(line, tokens.ends[word] ?? 0)
    )
  )
    word++;
  // RDS's prefix joins its fields and the word with colons: one token ("UTC:…:[2345]:STATEMENT:").
  if (word >= tokens.count) return isRdsPostgresContinuation(line);
  for (let k = 1; k < word; k++) if (tokens.classOf(k) === LEVEL) return false;
  return true;
}

/**
 * Whether a colon in the line could close one of PostgreSQL's continuation words (DETAIL, HINT,
 * STATEMENT, CONTEXT, QUERY, LOCATION): capitals ending in L, T, Y or N before it, two blanks or the
 * end after it, as PostgreSQL writes its severities (`DETAIL:  Key …`); pgBackRest's `P01 DETAIL: pushed
 * WAL file …`, one blank, is a level of its own. Most lines have none, and are not split into tokens for
 * the full test.
 */
function hasContinuationColon(line: string): boolean {
  for (let colon = line.indexOf(':', 2); colon >= 0; colon = line.indexOf(':', colon + 1)) {
    if (!closesSeverity(line, colon + 1)) continue;
    const last = line.charCodeAt(colon - 1);
    const before = line.charCodeAt(colon - 2);
    if ((last === 76 || last === 84 || last === 89 || last === 78) && before >= 65 && before <= 90)
      return true;
  }
  return false;
}

/** First words of the lines of an SQL statement written across several lines. */
const SQL_WORDS = new Set(
  (
    'SELECT FROM WHERE AND OR ON JOIN INNER LEFT RIGHT FULL CROSS ORDER GROUP HAVING LIMIT OFFSET ' +
    'UNION WITH INSERT VALUES UPDATE SET DELETE RETURNING OUTPUT MERGE DECLARE'
  ).split(' '),
);

/** Whether a line opens with an SQL keyword in capitals followed by a blank ("FROM [Orders] AS [o]"). */
export function opensLikeSql(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  const space = line.indexOf(' ');
  return space > 1 && space <= 9 && SQL_WORDS.has(line.slice(0, space));
}

/** Whether the line's first token is digits only ("1617411910063" of "1617411910063 retry"). */
function opensOnDigitsOnly(line: string): boolean {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
  return i > 0 && (i === line.length || line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9);
}

/**
 * Ruby's Logger (Rails): "I, [2025-11-25T09:06:43.887560 #12877]  INFO -- : …", its severity's letter
 * before the time. The lines after it without one (a request's exception and backtrace, tagged with
 * the request's id) are that event's.
 */
export function opensLikeRubyLogger(line: string): boolean {
  const c = line.charCodeAt(4);
  return (
    line.charCodeAt(1) === 44 &&
    line.charCodeAt(2) === 32 &&
    line.charCodeAt(3) === 91 &&
    c >= 48 &&
    c <= 57 &&
    'DIWEFAU'.includes(line.charAt(0))
  );
}

function untimedLines(sample: string[]): ((line: string) => boolean) | null {
  const tokens = new HeaderTokens();
  // Lines mostly start with the same word (a month, a weekday): its answer is remembered.
  let lastWord = '';
  let lastAnswer = false;
  // Where the timed lines open on a date ("2021-04-03 06:25:54.767 IST …"), a line opening on a bare
  // number is no header: a value on a line of its own in a multi-line SQL statement, not an epoch.
  let datesOnly = false;
  const timed = (line: string): boolean => {
    const c = line.charCodeAt(0);
    if (c >= 48 && c <= 57) return !(datesOnly && opensOnDigitsOnly(line));
    // A JSON line opens on no time (its first token, often the whole line, is not classified).
    if (c === 123) return false;
    if (opensLikeRubyLogger(line)) return true;
    const n = lastWord.length;
    if (n > 0 && line.startsWith(lastWord)) {
      const after = line.charCodeAt(n);
      if (after === 32 || after === 9 || Number.isNaN(after)) return lastAnswer;
    }
    tokens.scan(line, 1);
    const cls = tokens.classes[0];
    // klog's "E1125 10:00:00.123456" starts with its level letter glued to the date.
    const answer = tokens.count > 0 && (cls === TIME || cls === NUM || cls === LEVEL_DATE);
    // Only a plain first word (no leading blank, no bracket) is remembered.
    if (tokens.count > 0 && tokens.starts[0] === 0 && c !== 91) {
      lastWord = line.slice(0, tokens.ends[0]);
      lastAnswer = answer;
    }
    return answer;
  };
  // Lines the framing rules already join (stack frames, indented lines) are not counted.
  const state: FramingState = newFramingState();
  // Nor the lines of an SQL statement logged across several lines (Entity Framework Core's
  // "Executed DbCommand (4ms) […]" and its SELECT, FROM and WHERE lines unindented after it): many, and
  // each the event's before it. Nor a line after one that ends with a colon: the message goes on there
  // (RabbitMQ's "closing AMQP connection <0.58733.0> (…, user: 'orders'):", then "client unexpectedly
  // closed TCP connection").
  const lines = sample.filter(
    (l, i) =>
      l.length > 0 &&
      !isContinuation(l, state) &&
      !opensLikeSql(l) &&
      !(i > 0 && (sample[i - 1] ?? '').endsWith(':')),
  );
  if (lines.length < 20) return null;
  const numeric = lines.filter((l) => l.charCodeAt(0) >= 48 && l.charCodeAt(0) <= 57);
  datesOnly = numeric.length >= 20 && numeric.filter(opensOnDigitsOnly).length <= numeric.length * 0.02;
  const share = lines.filter(timed).length / lines.length;
  if (share < 0.95) return null;
  return (line) => line.length > 0 && line.charCodeAt(0) !== 123 && !timed(line);
}

/** Whether a severity's colon ends at `at` as PostgreSQL writes it: two blanks after it, or the line's end. */
export function closesSeverity(line: string, at: number): boolean {
  if (at >= line.length) return true;
  const a = line.charCodeAt(at);
  const b = line.charCodeAt(at + 1);
  return (a === 32 || a === 9) && (b === 32 || b === 9);
}
