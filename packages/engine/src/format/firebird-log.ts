import { levelFromMessage } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import { openedEntries } from './opened-entries';
import { textOnly, type ParsedFields } from './parsed-fields';

// Firebird's firebird.log writes each entry as a header line — the host (and, up to 3.0, `(Server)`
// or `(Client)`), a tab, the time as ctime writes it — then its message on lines indented by a tab,
// then a blank line:
//
//   ERPDB06 (Server)	Mon Nov 25 16:42:01 2019
//   	INET/inet_error: read errno = 10054, client host = WS074, address = 192.168.15.74/57735, user = farah
//
// Each entry is one event: its first message line the message (a level only where it names one).

const HEADER =
  /^(\S+)(?: \((?:Server|Client)\))?\t([A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4})\s*$/;

/** Whether a line opens an entry (see HEADER). */
function opensEntry(line: string): boolean {
  return line.indexOf('\t') > 0 && HEADER.test(line);
}

/** Evidence that sampled lines are a firebird.log — three entries or more, one line in five at least — or null. */
export function firebirdEvidence(lines: readonly string[]): string | null {
  return openedEntries(
    lines,
    opensEntry,
    3,
    5,
    (n) =>
      `Firebird's firebird.log: ${n} entries open in ${lines.length} sampled lines (host, a tab and the time, the message indented below); each is one event`,
  );
}

/** Whether `line` continues the entry before it: every line does but an entry's header. */
export function continuesFirebirdEntry(line: string): boolean {
  return !opensEntry(line);
}

/** One entry's fields (see the file comment); lines before the first entry are an event of their own. */
export function parseFirebirdEntry(text: string, time: TimestampReader): ParsedFields {
  const lines = text.split('\n');
  const m = HEADER.exec(lines[0] ?? '');
  if (m === null) return textOnly(text);
  const message =
    lines
      .slice(1)
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  return {
    timestamp: time.read(m[2] ?? ''),
    level: levelFromMessage(message),
    service: null,
    message,
    attributes: { host: m[1] ?? '' },
    format: 'text',
  };
}
