import { levelAt, xorgLevel } from '../fields/normalize-level';
import { isZoneWord } from '../fields/parse-timestamp';
import {
  BRACKET,
  COMPONENT,
  DASH,
  LEVEL,
  LEVEL_DATE,
  LOGGER,
  MARK,
  NUM,
  SOURCE,
  TIME,
  WORD,
  isDotted,
  isLeading,
  isLetterLevel,
  isSeparator,
  type HeaderTokens,
} from './header-tokens';

/** The header layout of a text file, learned from a sample of its lines. */
export interface TextHeaderModel {
  /** Header = the first N '|'-separated fields (0: not a pipe layout). */
  pipeFields: number;
  /** Column of the token that ends the fixed part of the header: a level or a "component:" (-1: none). */
  anchorIndex: number;
  anchorClass: number;
  /** Without an anchor: number of leading timestamp/number/bracket tokens. */
  leading: number;
  /** klog: the first leading token is a level letter glued to the date ("E1125"). */
  levelDate: boolean;
  /**
   * Optional tokens after the anchor or leading run, in order: [thread], "-", logger, "component:",
   * a padded word, klog's "file.go:123]", a Redis level mark.
   */
  after: number[];
}

export interface HeaderParts {
  messageStart: number;
  /** Token range holding the timestamp candidates. */
  timeStart: number;
  timeEnd: number;
  levelStart: number;
  levelEnd: number;
  componentStart: number;
  componentEnd: number;
  /**
   * What the split read of the message's first token (token `messageToken`): whether it was tested
   * as a leading token, and the `after` classes (from index `pendingFrom`) it was tested against.
   * A line whose header has the same shape is split the same way if its first message token fails
   * these tests too (see HeaderLayouts). `reusable` is false when other message tokens were read.
   */
  messageToken: number;
  probedLeading: boolean;
  pendingFrom: number;
  /** The message's first token follows a leading level and was tested as a time (see splitHeader). */
  probedTime: boolean;
  reusable: boolean;
}

/** A HeaderParts to be filled by splitHeader (one per parser, reused for every line). */
export function emptyHeaderParts(): HeaderParts {
  return {
    messageStart: 0,
    timeStart: 0,
    timeEnd: 0,
    levelStart: 0,
    levelEnd: 0,
    componentStart: 0,
    componentEnd: 0,
    messageToken: 0,
    probedLeading: false,
    pendingFrom: 0,
    probedTime: false,
    reusable: false,
  };
}

/** A model that finds no header. */
export function empty(): TextHeaderModel {
  return { pipeFields: 0, anchorIndex: -1, anchorClass: 0, leading: 0, levelDate: false, after: [] };
}
/** A word followed by column padding (two or more spaces): "Info      CBS    Loaded …". */
export const PADDED = 9;
export function isPadded(line: string, end: number): boolean {
  return line.charCodeAt(end) === 32 && line.charCodeAt(end + 1) === 32;
}

/** Splits one line by the learned model; a line that does not fit keeps its whole text as message. */
export function splitHeader(
  line: string,
  model: TextHeaderModel,
  tokens: HeaderTokens,
  out: HeaderParts,
): boolean {
  out.timeStart = out.timeEnd = out.levelStart = out.levelEnd = out.componentStart = out.componentEnd = 0;
  out.messageStart = 0;
  out.probedLeading = false;
  out.probedTime = false;
  out.reusable = model.pipeFields === 0;
  if (model.pipeFields > 0) {
    let at = 0;
    for (let f = 0; f < model.pipeFields; f++) {
      const bar = line.indexOf('|', at);
      if (bar < 0) return false;
      if (f === 0) out.timeEnd = bar;
      if (f === 1 && levelAt(line, at, bar) !== null) {
        // "time|LEVEL|logger|message" (NLog's default layout): the level, then the logger.
        out.levelStart = at;
        out.levelEnd = bar;
      } else if (f === 1 || (f === 2 && out.levelEnd > out.levelStart)) {
        out.componentStart = at;
        out.componentEnd = bar;
      }
      at = bar + 1;
    }
    out.messageStart = at;
    return true;
  }
  let k: number;
  if (model.anchorIndex >= 0) {
    tokens.scan(line, model.anchorIndex + model.after.length + 4, false);
    const want = model.anchorClass;
    let at = fits(line, tokens, model.anchorIndex, want) ? model.anchorIndex : -1;
    for (let j = 0; at < 0 && j < tokens.count && j <= model.anchorIndex + 2; j++) {
      if (fits(line, tokens, j, want)) at = j;
    }
    if (at < 0) {
      if (want !== LEVEL || !isOtherLevelWord(line, tokens, model.anchorIndex)) return false;
      at = model.anchorIndex;
    }
    // The anchor's usual column was read too: fine inside the header, not in the message.
    if (at !== model.anchorIndex && model.anchorIndex > at) out.reusable = false;
    out.timeEnd = at > 0 ? (tokens.ends[at - 1] ?? 0) : 0;
    if (want === LEVEL) {
      out.levelStart = tokens.starts[at] ?? 0;
      out.levelEnd = tokens.ends[at] ?? 0;
    } else if (want === TIME) {
      out.timeStart = tokens.starts[at] ?? 0;
      out.timeEnd = tokens.ends[at] ?? 0;
    } else {
      out.componentStart = tokens.starts[at] ?? 0;
      out.componentEnd = withoutPid(line, out.componentStart, (tokens.ends[at] ?? 1) - 1);
    }
    k = at + 1;
    // "ERROR 2026-05-09 04:10:45,751 …" (Python's "%(levelname)s %(asctime)s"): the time follows the level.
    if (at === 0 && want === LEVEL && k < tokens.count && tokens.classOf(k) === TIME) {
      out.timeStart = tokens.starts[k] ?? 0;
      while (k < tokens.count && (tokens.classOf(k) === TIME || tokens.classOf(k) === NUM)) k++;
      out.timeEnd = tokens.ends[k - 1] ?? 0;
      out.reusable = false;
    } else if (at === 0 && want === LEVEL) out.probedTime = true;
  } else if (model.leading > 0) {
    tokens.scan(line, model.leading + model.after.length + 2, false);
    k = 0;
    while (k < model.leading && k < tokens.count && isLeading(tokens.classOf(k))) k++;
    if (k === 0) return false;
    out.probedLeading = k < model.leading;
    // A zone word after the time is the time's (Firefox's MOZ_LOG: "2025-07-05 10:57:40.936000 UTC -
    // [Parent 39137: Main Thread]: D/nsHttp …"), not the message's first word.
    if (
      k === model.leading &&
      k < tokens.count &&
      tokens.classOf(k - 1) === TIME &&
      isZoneWord(line, tokens.starts[k] ?? 0, tokens.ends[k] ?? 0)
    )
      k++;
    out.timeEnd = tokens.ends[k - 1] ?? 0;
    // "[2026-08-13 21:07:12,602: ERROR/ForkPoolWorker-1]" (Celery): the level closes the time's bracket.
    const last = tokens.starts[k - 1] ?? 0;
    if (line.charCodeAt(last) === 91) {
      const space = line.lastIndexOf(' ', out.timeEnd - 1);
      if (space > last && levelAt(line, space + 1, out.timeEnd) !== null) {
        out.levelStart = space + 1;
        out.levelEnd = out.timeEnd;
      }
    }
    // X.Org: "[    12.402] (EE) Failed to load module": a mark among the leading tokens is the level.
    for (let j = 1; j < k; j++) {
      const start = tokens.starts[j] ?? 0;
      if ((tokens.ends[j] ?? 0) - start === 4 && xorgLevel(line, start) !== null) {
        out.levelStart = start;
        out.levelEnd = start + 4;
      }
    }
    // Tornado's "[I 251125 10:00:07 web:2271]", Jupyter's "[W 2026-11-25 10:00:05.223 ServerApp]": the
    // level's letter opens the time's bracket.
    const first = tokens.starts[0] ?? 0;
    if (
      line.charCodeAt(first) === 91 &&
      line.charCodeAt(first + 2) === 32 &&
      isLetterLevel(line.charCodeAt(first + 1)) &&
      out.levelEnd === out.levelStart
    ) {
      out.levelStart = first + 1;
      out.levelEnd = first + 2;
    }
    if (model.levelDate && tokens.classOf(0) === LEVEL_DATE) {
      out.levelStart = tokens.starts[0] ?? 0;
      out.levelEnd = out.levelStart + 1;
      out.timeStart = out.levelEnd;
    }
  } else return false;
  out.pendingFrom = 0;
  for (let a = 0; a < model.after.length; a++) {
    const cls = model.after[a] ?? 0;
    // A logger followed by a second word before the dash ("svchost.exe *64 -"): the name takes both.
    if (
      cls === DASH &&
      model.after[a - 1] === LOGGER &&
      out.componentEnd > 0 &&
      dashAfter(tokens, k) === k + 1
    ) {
      out.componentEnd = tokens.ends[k] ?? 0;
      out.reusable = false;
      k++;
    }
    if (!fits(line, tokens, k, cls)) {
      // "name - message" layouts: a name the logger test does not take ("git-remote-https.exe",
      // "svchost.exe *64") still ends at the dash that follows it.
      const dash = cls === LOGGER && model.after[a + 1] === DASH ? dashAfter(tokens, k) : -1;
      if (dash > k && out.componentEnd === 0) {
        out.componentStart = tokens.starts[k] ?? 0;
        out.componentEnd = tokens.ends[dash - 1] ?? 0;
        out.reusable = false;
        k = dash;
        out.probedLeading = false;
        out.pendingFrom = a + 1;
      }
      continue;
    }
    if (cls === COMPONENT || ((cls === LOGGER || cls === PADDED) && out.componentEnd === 0)) {
      out.componentStart = tokens.starts[k] ?? 0;
      out.componentEnd =
        cls === COMPONENT
          ? withoutPid(line, out.componentStart, (tokens.ends[k] ?? 1) - 1)
          : cls === LOGGER
            ? withoutEventId(line, out.componentStart, tokens.ends[k] ?? 0)
            : (tokens.ends[k] ?? 0);
    } else if (
      cls === BRACKET &&
      out.componentEnd === 0 &&
      isDottedBracket(line, tokens, k) &&
      !namedAfter(model, a)
    ) {
      // A logger's name in brackets, no thread's: Home Assistant's "[homeassistant.components.zha]".
      out.componentStart = (tokens.starts[k] ?? 0) + 1;
      out.componentEnd = (tokens.ends[k] ?? 1) - 1;
    } else if (cls === SOURCE && out.componentEnd === 0) {
      // "reflector.go:138]", Go's "main.go:275:": the file is the component, without its line number;
      // "app::server]" (env_logger's module path closing the bracket its time opened): the path.
      const end = tokens.ends[k] ?? 1;
      out.componentStart = tokens.starts[k] ?? 0;
      out.componentEnd = line.charCodeAt(end - 2) <= 57 ? line.lastIndexOf(':', end - 2) : end - 1;
    } else if (cls === LEVEL) {
      // The level written again as a word after a level letter (Ruby's Logger): the word is read.
      out.levelStart = tokens.starts[k] ?? 0;
      out.levelEnd = tokens.ends[k] ?? 0;
    } else if (cls === MARK && out.levelEnd <= out.levelStart) {
      out.levelStart = tokens.starts[k] ?? 0;
      out.levelEnd = out.levelStart + 1;
    }
    k++;
    out.probedLeading = false;
    out.pendingFrom = a + 1;
  }
  if (model.anchorClass === LEVEL && out.componentEnd === 0 && out.levelStart > 0)
    nameBeforeLevel(line, tokens, out);
  out.messageToken = k;
  // The token tested as a time after the level is the message's first only when nothing else took it.
  if (out.probedTime && k !== 1) out.probedTime = false;
  out.messageStart = messageStartAfter(line, tokens, k);
  // A thread's bracket closed by a colon, Kafka's "[GroupCoordinator 3]: Preparing to rebalance …": the
  // colon is the header's.
  const at = out.messageStart;
  if (line.charCodeAt(at) === 58 && line.charCodeAt(at - 1) === 93 && line.charCodeAt(at + 1) === 32)
    out.messageStart = messageStartAfter(line, tokens, k + 1);
  return true;
}

/**
 * A logger's name between the time and the level, where no column after the level names one:
 * Python's "%(asctime)s - %(name)s - %(levelname)s - %(message)s" (its logging cookbook's),
 * fail2ban's "%(asctime)s %(name)-24s[%(process)d]: %(levelname)-7s", Airflow's "[%(asctime)s]
 * {%(filename)s:%(lineno)d} %(levelname)s - %(message)s". After the time's tokens, dashes, brackets
 * ("[1023]:", a thread) and numbers aside, one dotted name (bare or in brackets, "[shop.db]"),
 * "name:" / "name[pid]:", a word between dashes, or a source file in braces (without its line) is the
 * component; the time ends before it. Anything else there (a host and a program, BGL's "RAS KERNEL")
 * is left alone.
 */
function nameBeforeLevel(line: string, tokens: HeaderTokens, out: HeaderParts): void {
  let k = 0;
  while (k < tokens.count && (tokens.starts[k] ?? 0) < out.levelStart && tokens.classOf(k) === TIME) k++;
  if (k === 0) return;
  let name = -1;
  for (let j = k; j < tokens.count && (tokens.starts[j] ?? 0) < out.levelStart; j++) {
    const cls = tokens.classOf(j);
    const dotted = cls === BRACKET && isDottedBracket(line, tokens, j);
    if (cls === DASH || (cls === BRACKET && !dotted) || cls === NUM) continue;
    if (name >= 0) return;
    if (
      cls === LOGGER ||
      cls === COMPONENT ||
      dotted ||
      (cls === WORD && tokens.classOf(j - 1) === DASH && tokens.classOf(j + 1) === DASH) ||
      (cls === WORD && bracedSourceEnd(line, tokens.starts[j] ?? 0, tokens.ends[j] ?? 0) > 0)
    )
      name = j;
    else return;
  }
  if (name < 0) return;
  const start = tokens.starts[name] ?? 0;
  const end = tokens.ends[name] ?? 0;
  const source = bracedSourceEnd(line, start, end);
  const bracket = line.charCodeAt(start) === 91;
  out.componentStart = source > 0 || bracket ? start + 1 : start;
  out.componentEnd =
    source > 0
      ? source
      : bracket
        ? end - 1
        : line.charCodeAt(end - 1) === 58
          ? withoutPid(line, start, end - 1)
          : end;
  // A zone after the time is the time's (Python's `%(asctime)s %z`: "2022-03-10 02:48:01 -0700 - dagster - INFO").
  const zone = k < tokens.count && isZoneToken(line, tokens.starts[k] ?? 0, tokens.ends[k] ?? 0) ? k : k - 1;
  out.timeEnd = tokens.ends[zone] ?? 0;
}

/** A zone word ("UTC", "CET") or a numeric offset ("-0700", "+05:30", "+08") in line[from, to). */
function isZoneToken(line: string, from: number, to: number): boolean {
  if (isZoneWord(line, from, to)) return true;
  const sign = line.charCodeAt(from);
  if (sign !== 43 && sign !== 45) return false;
  const n = to - from - 1;
  for (let i = from + 1; i < to; i++) {
    const c = line.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c === 58 && n === 5 && i === from + 3))) return false;
  }
  return n === 2 || n === 4 || (n === 5 && line.charCodeAt(from + 3) === 58);
}

/**
 * Airflow's source file and line in braces, "{scheduler_job.py:411}": the end of the file's name (the
 * colon), or -1 for another token.
 */
function bracedSourceEnd(line: string, start: number, end: number): number {
  if (line.charCodeAt(start) !== 123 || line.charCodeAt(end - 1) !== 125) return -1;
  const colon = line.lastIndexOf(':', end - 2);
  if (colon <= start + 1 || colon >= end - 2) return -1;
  for (let i = colon + 1; i < end - 1; i++) {
    const c = line.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  return isDotted(line, start + 1, colon) ? colon : -1;
}

/**
 * A word where the file's level column stands that names no level this reader knows, on a line that
 * opens with a time as the file's do: WebSphere's "A" (audit) and "O" (System.out), macOS's
 * "Default" and "Fault", padded to the column's width as those formats write it (not a syslog
 * program's "Starting …" where a journal's level usually stands). The line keeps its header; its level
 * is the column's (headerLevelAt), or none.
 */
function isOtherLevelWord(line: string, tokens: HeaderTokens, k: number): boolean {
  if (k === 0 || k >= tokens.count) return false;
  const start = tokens.starts[k] ?? 0;
  const end = tokens.ends[k] ?? 0;
  if (end - start > 8) return false;
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  const first = line.charCodeAt(start);
  return first >= 65 && first <= 90 && isPadded(line, end) && tokens.classOf(0) === TIME;
}

/** Whether token k is a dotted name in brackets, "[app.jobs.worker]" (see isDotted). */
function isDottedBracket(line: string, tokens: HeaderTokens, k: number): boolean {
  const start = tokens.starts[k] ?? 0;
  const end = tokens.ends[k] ?? 0;
  return (
    line.charCodeAt(start) === 91 && line.charCodeAt(end - 1) === 93 && isDotted(line, start + 1, end - 1)
  );
}

/** Whether the model names the component after its a-th optional column (a logger, a "component:"). */
function namedAfter(model: TextHeaderModel, a: number): boolean {
  for (let b = a + 1; b < model.after.length; b++) {
    const cls = model.after[b];
    if (cls === LOGGER || cls === COMPONENT || cls === SOURCE || cls === PADDED) return true;
  }
  return false;
}

/**
 * The end of a "component:" name without its process id: "sshd[2345]" is sshd (journalctl's
 * short-iso lines), so each process of a program is not a source of its own.
 */
function withoutPid(line: string, start: number, end: number): number {
  if (line.charCodeAt(end - 1) !== 93) return end;
  let i = end - 2;
  while (i > start && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i--;
  return i > start && i < end - 2 && line.charCodeAt(i) === 91 ? i : end;
}

/** The token at k + 1 or k + 2 when it is a lone "-" (and k holds no dash itself), else -1. */
function dashAfter(tokens: HeaderTokens, k: number): number {
  if (k >= tokens.count || tokens.classOf(k) === DASH) return -1;
  if (k + 1 < tokens.count && tokens.classOf(k + 1) === DASH) return k + 1;
  if (k + 2 < tokens.count && tokens.classOf(k + 2) === DASH) return k + 2;
  return -1;
}

/** Whether the first token of a message (at `start`) passes the tests `splitHeader` made of it. */
export function passesProbes(
  line: string,
  start: number,
  model: TextHeaderModel,
  probedLeading: boolean,
  pendingFrom: number,
  tokens: HeaderTokens,
  probedTime = false,
): boolean {
  if (!probedLeading && !probedTime && pendingFrom >= model.after.length) return true;
  tokens.scan(line, 1, false, start);
  if (probedLeading && isLeading(tokens.classOf(0))) return false;
  // "INFO 0" split with the level alone; "INFO 2026-05-09 04:10:45,751 …" has a time after it.
  if (probedTime && tokens.count > 0 && tokens.classOf(0) === TIME) return false;
  for (let a = pendingFrom; a < model.after.length; a++) {
    if (fits(line, tokens, 0, model.after[a] ?? 0)) return false;
  }
  return true;
}

/** Whether token k is of class `cls`, with cheap character tests before a full classification. */
function fits(line: string, tokens: HeaderTokens, k: number, cls: number): boolean {
  if (k >= tokens.count) return false;
  const start = tokens.starts[k] ?? 0;
  const end = tokens.ends[k] ?? 0;
  const c0 = line.charCodeAt(start);
  switch (cls) {
    case LEVEL:
      return !(end - start === 1 && c0 === 45) && levelAt(line, start, end) !== null;
    case DASH:
      return isSeparator(line, start, end);
    case BRACKET:
      return (c0 === 91 || c0 === 40) && tokens.classOf(k) === BRACKET;
    case COMPONENT:
      return line.charCodeAt(end - 1) === 58 && tokens.classOf(k) === COMPONENT;
    case PADDED:
      return isPadded(line, end) && tokens.classOf(k) === WORD;
    case MARK:
      return end - start === 1 && (c0 === 42 || c0 === 35 || c0 === 46 || c0 === 45);
    case SOURCE:
      return (
        (line.charCodeAt(end - 1) === 93 || line.charCodeAt(end - 1) <= 58) && tokens.classOf(k) === SOURCE
      );
    default:
      return tokens.classOf(k) === cls;
  }
}

function messageStartAfter(line: string, tokens: HeaderTokens, k: number): number {
  let i = k < tokens.count ? (tokens.starts[k] ?? line.length) : k > 0 ? (tokens.ends[k - 1] ?? 0) : 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i;
}

/** A .NET category without its event id: "Microsoft.Hosting.Lifetime[14]" names "Microsoft.Hosting.Lifetime". */
function withoutEventId(line: string, start: number, end: number): number {
  if (line.charCodeAt(end - 1) !== 93) return end;
  const open = line.lastIndexOf('[', end - 1);
  return open > start ? open : end;
}
