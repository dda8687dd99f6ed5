import type { TimestampReader } from '../fields/timestamp-reader';
import type { ParsedFields } from './parsed-fields';

// MySQL's (and MariaDB's, Percona's) slow query log writes each statement as an entry of several lines:
//
//   # Time: 2024-12-07T20:52:18.428748Z                  (5.x and MariaDB: "# Time: 161207 20:52:18",
//   # User@Host: shop[shop] @  [10.0.3.7]  Id: 765388     and only when the second changed)
//   # Query_time: 2.800857  Lock_time: 0.000172 Rows_sent: 59  Rows_examined: 330188
//   use shop;                                            (when the connection's database changed)
//   SET timestamp=1733604736;
//   SELECT … ;                                           (the statement, possibly over several lines)
//
// Read line by line, its five kinds of lines were five patterns of equal counts, and the one number an
// engineer reads the log for, the query's time, was only a variable of a header line. Read by entry,
// each entry is one event: the statement is its message (its template is the query's shape), the header
// pairs are its attributes (`Query_time` a duration in seconds), its time that of "# Time:".

/** An entry's header opens with "# Time:"; a 5.x server leaves it out when the second did not change. */
const TIME = '# Time: ';
const USER_HOST = '# User@Host: ';
const QUERY_TIME = '# Query_time: ';
/** The banner a server writes into its slow log when it starts: "/usr/sbin/mysqld, Version: 8.0.36 (…). started with:". */
const BANNER = /^\S*mysqld(?:\.exe)?, Version: /;
/** "Key: value" pairs of a header line: "Query_time: 2.8  Lock_time: 0.0001 Rows_sent: 59". */
const PAIR = /([A-Za-z][\w@]*): (\S+)/g;
/** "user[user] @ host [10.0.3.7]", "root[root] @ localhost []", "app[app] @  [10.0.3.7]". */
const USER_AT = /^(\S*?)\[[^\]]*\]\s*@\s*(\S*)\s*\[([^\]]*)\]/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
/** Statement-free lines of an entry: the database it switched to and the session's time. */
const USE = /^use `?([^;`\s]+)`?;$/i;
const SET_TIMESTAMP = /^SET (?:[\w=,]+,)?timestamp=(\d+)(?:,[\w=,]+)?;$/i;
/** Header attributes kept per entry, at most (Percona writes two dozen). */
const MAX_PAIRS = 24;

/**
 * Evidence that sampled lines are a slow query log — entries' "# Query_time:" lines with "# User@Host:"
 * beside them, one in twelve lines or more — or null.
 */
export function slowQueryEvidence(lines: readonly string[]): string | null {
  let queryTimes = 0;
  let users = 0;
  for (const line of lines) {
    if (line.startsWith(QUERY_TIME)) queryTimes++;
    else if (line.startsWith(USER_HOST)) users++;
  }
  if (queryTimes < 3 || users * 2 < queryTimes || queryTimes * 12 < lines.length) return null;
  return `a MySQL slow query log: ${queryTimes} entries of "# User@Host:" and "# Query_time:" header lines; each entry is one event, its statement the message`;
}

/**
 * Whether `line` continues the slow log entry whose first line is `first` (`lines` long so far): every
 * line does but one that opens an entry — "# Time:", "# User@Host:" (unless right after the entry's
 * "# Time:") — or the server's start banner.
 */
export function continuesSlowEntry(line: string, first: string, lines: number): boolean {
  if (line.startsWith(TIME)) return false;
  if (line.startsWith(USER_HOST)) return lines === 1 && first.startsWith(TIME);
  return !BANNER.test(line);
}

/**
 * A slow log entry's text as a reader wants it on one line: its `# Query_time:` figures and its
 * statement, without the time, user and session lines before them (which filled a one-line sample
 * before the statement showed); null for any other text.
 */
export function slowEntryHeadline(text: string): string | null {
  if (!text.startsWith(TIME) && !text.startsWith(USER_HOST)) return null;
  const kept: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith(QUERY_TIME)) kept.push(line.slice(2));
    else if (!line.startsWith('# ') && !USE.test(line) && !SET_TIMESTAMP.test(line) && line.length > 0)
      kept.push(line);
  }
  return kept.length > 0 ? kept.join(' ') : null;
}

/** One slow log entry (all its lines) read into fields: `format` is text, the statement the message. */
export function parseSlowQueryEntry(text: string, time: TimestampReader): ParsedFields {
  const lines = text.split('\n');
  const attributes: ParsedFields['attributes'] = {};
  let timestamp: number | null = null;
  let pairs = 0;
  let at = 0;
  // The header: the leading "# …" lines.
  for (; at < lines.length; at++) {
    const line = lines[at] ?? '';
    if (!line.startsWith('# ')) break;
    if (line.startsWith(TIME)) {
      timestamp = time.read(line.slice(TIME.length).trim());
      continue;
    }
    if (line.startsWith(USER_HOST)) {
      const rest = line.slice(USER_HOST.length);
      const who = USER_AT.exec(rest);
      if (who) {
        attributes['user'] = who[1] ?? '';
        attributes['client'] = who[3] || who[2] || null;
      }
      const id = /\bId:\s*(\d+)/.exec(rest);
      if (id) attributes['thread_id'] = Number(id[1]);
      continue;
    }
    for (const m of line.matchAll(PAIR)) {
      const key = m[1] ?? '';
      if (pairs >= MAX_PAIRS || key in attributes) continue;
      const value = m[2] ?? '';
      attributes[key] = NUMBER.test(value) ? Number(value) : value;
      pairs++;
    }
  }
  // Then the database switched to and the session's time, then the statement.
  for (; at < lines.length; at++) {
    const line = (lines[at] ?? '').trim();
    const use = USE.exec(line);
    if (use) {
      attributes['db'] = use[1] ?? '';
      continue;
    }
    const set = SET_TIMESTAMP.exec(line);
    if (set) {
      // A 5.x server writes "# Time:" only when the second changed: the session's time stands in.
      timestamp ??= time.read(set[1] ?? '');
      continue;
    }
    if (line.length > 0) break;
  }
  const statement = lines.slice(at).join('\n');
  return {
    timestamp,
    level: null,
    service: null,
    // A banner or a header without a statement (a log cut short) keeps its first line as the message.
    message: statement.length > 0 ? statement : (lines[0] ?? ''),
    attributes,
    format: 'text',
  };
}
