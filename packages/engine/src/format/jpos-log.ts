import { normalizeLevel } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import type { Level } from '../types';
import { openedEntries } from './opened-entries';
import { textOnly, type ParsedFields } from './parsed-fields';

// jPOS (an ISO 8583 payment switch's Q2 container) logs each event as an XML element over several
// lines: its realm (the channel, the transaction manager, a participant), its time with the zone's
// offset and how long it took, then one element whose name says what it is — info, warn, error,
// debug, a message sent or received, a connection tried, an exception — and its text:
//
//   <log realm="channel/172.27.164.50:5000" at="2017-12-08T10:35:32.524+05:45" lifespan="0ms">
//     <connect>
//       Try 4 172.27.164.50:5000
//       Connection refused (Connection refused)
//       Unable to connect
//     </connect>
//   </log>
//
// Each <log> element is one event: the element's name and its first lines of text the message (an
// ISO message sent or received is its type, `receive 0800`), the name the level, the realm the service.

const HEADER = /^<log realm="([^"]*)" at="([^"]+)"(?: lifespan="(\d+)ms")?/;
const ELEMENT = /^\s*<([A-Za-z][\w-]*)(?:\s+name="([^"]*)")?[^>]*?(\/?)>/;
const MTI = /<field id="0" value="(\d{4})"\s*\/>/;
/** Lines of an element's text taken into the message. */
const TEXT_LINES = 3;

/** Whether a line opens a jPOS log event (see HEADER). */
function opensEntry(line: string): boolean {
  return line.charCodeAt(0) === 60 && line.startsWith('<log realm=') && HEADER.test(line);
}

/** Evidence that sampled lines are a jPOS log — three events or more, one line in forty at least — or null. */
export function jposEvidence(lines: readonly string[]): string | null {
  return openedEntries(
    lines,
    opensEntry,
    3,
    40,
    (n) =>
      `jPOS's log: ${n} <log realm=… at=…> events open in ${lines.length} sampled lines; each is one event, its element (info, warn, error, send, receive, connect…) and text the message`,
  );
}

/** Whether `line` continues the event before it: every line does but an event's opening tag. */
export function continuesJposEntry(line: string): boolean {
  return !opensEntry(line);
}

/** One event's fields (see the file comment); lines before the first event are an event of their own. */
export function parseJposEntry(text: string, time: TimestampReader): ParsedFields {
  const lines = text.split('\n');
  const header = HEADER.exec(lines[0] ?? '');
  if (header === null) return textOnly(text);
  const realm = header[1] ?? '';
  const attributes: ParsedFields['attributes'] = { realm };
  if (header[3] !== undefined) attributes.lifespan_ms = Number(header[3]);
  let kind = '';
  let name = '';
  const words: string[] = [];
  for (let i = 1; i < lines.length && words.length < TEXT_LINES; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '' || line.startsWith('<!--') || line.startsWith('</')) continue;
    const element = line.charCodeAt(0) === 60 ? ELEMENT.exec(line) : null;
    if (element !== null) {
      if (kind === '') {
        kind = element[1] ?? '';
        name = element[2] ?? '';
        continue;
      }
      // An ISO message: its type (MTI) is what it says; its fields are values.
      if (element[1] === 'isomsg') {
        const mti = MTI.exec(text)?.[1];
        if (mti !== undefined) words.push(mti);
      }
      break;
    }
    words.push(line);
  }
  const slash = realm.indexOf('/');
  const said = [name, ...words].filter((w) => w !== '').join(' ');
  // An element that names no level (send, receive, connect, commit) is information; an exception an error.
  let level: Level | null =
    kind === '' ? null : kind === 'exception' ? 'error' : (normalizeLevel(kind) ?? 'info');
  // A connection that could not be made (the channel retries it): a warning.
  if (kind === 'connect' && /\bUnable to connect\b|\brefused\b/i.test(text)) level = 'warn';
  return {
    timestamp: time.read(header[2] ?? ''),
    level,
    service: slash > 0 ? realm.slice(0, slash) : realm,
    message: said === '' ? kind : `${kind}: ${said}`,
    attributes,
    format: 'text',
  };
}
