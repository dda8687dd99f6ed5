import { normalizeLevel } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import { openedEntries } from './opened-entries';
import { textOnly, type ParsedFields } from './parsed-fields';

// Windows' events as `wevtutil qe <log> /f:text` prints them: a block a event, its fields indented
// under `Event[N]:`, its description on the lines after `Description:`:
//
//   Event[48979]:
//     Log Name: Application
//     Source: MSSQLSERVER
//     Date: 2017-05-28T07:15:43.158
//     Event ID: 3041
//     Task: Backup
//     Level: Error
//     …
//     Computer: SQLPRDSGP05.corp.example.com
//     Description:
//   BACKUP failed to complete the command BACKUP LOG SSISDB. Check the backup application log …
//
// Each block is one event: the description's first line the message, the level its level, the
// source the service, the date its time (the machine's local time: no zone).

const OPENS = /^Event\[\d+\]:\s*$/;
const FIELD = /^ {2}([A-Za-z][A-Za-z ]*): ?(.*)$/;
const ATTRIBUTES: Record<string, string> = {
  'Log Name': 'logName',
  'Event ID': 'eventId',
  Task: 'task',
  Computer: 'computer',
  'User Name': 'userName',
};

/** Whether a line opens a block (see OPENS). */
function opensBlock(line: string): boolean {
  return line.charCodeAt(0) === 69 && line.startsWith('Event[') && OPENS.test(line);
}

/** Evidence that sampled lines are wevtutil's text — three blocks or more, one line in twenty at least — or null. */
export function wevtutilEvidence(lines: readonly string[]): string | null {
  return openedEntries(
    lines,
    opensBlock,
    3,
    20,
    (n) =>
      `Windows events as wevtutil's text: ${n} Event[N]: blocks open in ${lines.length} sampled lines (Source, Date, Level, Description); each is one event`,
  );
}

/** Whether `line` continues the block before it: every line does but a block's `Event[N]:`. */
export function continuesWevtutilBlock(line: string): boolean {
  return !opensBlock(line);
}

/** One block's fields (see the file comment); lines before the first block are an event of their own. */
export function parseWevtutilBlock(text: string, time: TimestampReader): ParsedFields {
  const lines = text.split('\n');
  if (!opensBlock(lines[0] ?? '')) return textOnly(text);
  const attributes: ParsedFields['attributes'] = {};
  let date = '';
  let level = '';
  let source: string | null = null;
  let message = '';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const field = FIELD.exec(line);
    if (field === null) continue;
    const [, key = '', value = ''] = field;
    if (key === 'Description') {
      // On its line, or on the first line after it that says something.
      message = value.trim() || (lines.slice(i + 1).find((l) => l.trim() !== '') ?? '').trim();
      break;
    }
    if (key === 'Date') date = value.trim();
    else if (key === 'Level') level = value.trim();
    else if (key === 'Source') source = value.trim() || null;
    else {
      const name = ATTRIBUTES[key];
      if (name !== undefined && value.trim() !== '' && value.trim() !== 'N/A')
        attributes[name] = value.trim();
    }
  }
  return {
    timestamp: date === '' ? null : time.read(date),
    level: normalizeLevel(level),
    service: source,
    message,
    attributes,
    format: 'text',
  };
}
