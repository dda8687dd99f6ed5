import { isContinuationWordAt } from '../fields/normalize-level';
import { isContinuation, type FramingState } from '../frame/is-continuation';
import { HeaderTokens, LEVEL, LEVEL_DATE, NUM, TIME } from './header-tokens';

/**
 * When nearly every sampled line starts with a timestamp, a line that does not (an exception message,
 * a wrapped line) belongs to the event before it; so does a PostgreSQL "DETAIL:"/"HINT:"/… line
 * when the sample has them. Returns that test, or null when neither applies.
 */
export function startsLikeHeader(sample: string[]): ((line: string) => boolean) | null {
  const foreign = untimedLines(sample);
  const tokens = new HeaderTokens();
  const detail = (line: string): boolean => isDetailLine(line, tokens);
  if (!sample.some(detail)) return foreign;
  return foreign === null ? detail : (line) => detail(line) || foreign(line);
}

/** "2026-11-25 10:00:01.456 UTC [1235] DETAIL:  Key (id)=(7) already exists.": a header, then the word. */
function isDetailLine(line: string, tokens: HeaderTokens): boolean {
  const c = line.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return false;
  tokens.scan(line, 8, false);
  // The continuation word first (a cheap test, and most lines have none), then no level before it:
  // the same answer as testing each token for both in turn, without classifying every token.
  let word = 1;
  while (word < tokens.count && !isContinuationWordAt(line, tokens.starts[word] ?? 0, tokens.ends[word] ?? 0))
    word++;
  if (word >= tokens.count) return false;
  for (let k = 1; k < word; k++) if (tokens.classOf(k) === LEVEL) return false;
  return true;
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
  const state: FramingState = { inTraceback: false, inGoroutine: false, inJvmCrash: false, inRustPanic: 0 };
  const lines = sample.filter((l) => l.length > 0 && !isContinuation(l, state));
  if (lines.length < 20) return null;
  const numeric = lines.filter((l) => l.charCodeAt(0) >= 48 && l.charCodeAt(0) <= 57);
  datesOnly = numeric.length >= 20 && numeric.filter(opensOnDigitsOnly).length <= numeric.length * 0.02;
  const share = lines.filter(timed).length / lines.length;
  if (share < 0.95) return null;
  return (line) => line.length > 0 && line.charCodeAt(0) !== 123 && !timed(line);
}
