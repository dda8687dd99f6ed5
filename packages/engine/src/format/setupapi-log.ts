import type { Level } from '../types';
import type { TimestampReader } from '../fields/timestamp-reader';
import { textOnly, type ParsedFields } from './parsed-fields';

// Windows' device installation log (C:\Windows\INF\setupapi.dev.log, setupapi.app.log) writes each
// operation as a section: its title, its start time, what it did (times of day alone), its end and
// exit status. Lines marked `!!!` are its errors, `!` its warnings:
//
//   >>>  [Device Install (Hardware initiated) - USB\VID_046D&PID_C52B\5&2a3b&0&2]
//   >>>  Section start 2022/05/23 06:41:23.980
//        ump: Creating Install Process: DrvInst.exe 06:41:23.982
//   !!!  dvi: Device not started: Device has problem: 0x0a (CM_PROB_FAILED_START), problem status: 0xc0000001.
//   <<<  Section end 2022/05/23 06:41:24.300
//   <<<  [Exit status: SUCCESS]
//
// Each section is one event: its first error's text the message (else its first warning's, else its
// title), its level the worst mark, or an exit status other than SUCCESS.

const OPENS = '>>>  [';
const START = /^>>> {2}Section start (\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d+)?)/m;
const EXIT = /^<<< {2}\[Exit status: ([A-Z_]+)/m;

/** Evidence that sampled lines are a setupapi log — two sections or more, with their start times — or null. */
export function setupapiEvidence(lines: readonly string[]): string | null {
  let sections = 0;
  let starts = 0;
  for (const line of lines) {
    if (line.startsWith(OPENS)) sections++;
    else if (line.startsWith('>>>  Section start ')) starts++;
  }
  if (sections < 2 || starts < sections / 2) return null;
  return `Windows' setupapi log: ${sections} sections open in ${lines.length} sampled lines (a title, its start time, its lines; !!! its errors); each is one event`;
}

/** Whether `line` continues the section before it: every line does but a section's title. */
export function continuesSetupapiSection(line: string): boolean {
  return !line.startsWith(OPENS);
}

/** One section's fields (see the file comment); lines before the first section are an event of their own. */
export function parseSetupapiSection(text: string, time: TimestampReader): ParsedFields {
  if (!text.startsWith(OPENS)) return textOnly(text);
  const title = text.slice(OPENS.length, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  const start = START.exec(text);
  const exit = EXIT.exec(text)?.[1] ?? null;
  const error = markedLine(text, '\n!!!  ');
  const warning = error === null ? markedLine(text, '\n!    ') : null;
  const level: Level =
    error !== null || (exit !== null && exit !== 'SUCCESS') ? 'error' : warning !== null ? 'warn' : 'info';
  const attributes: ParsedFields['attributes'] = { section: title.replace(/\]\s*$/, '') };
  if (exit !== null) attributes.exitStatus = exit;
  return {
    timestamp: start === null ? null : time.read(start[1] ?? ''),
    level,
    service: null,
    message:
      error ??
      warning ??
      (exit !== null && exit !== 'SUCCESS'
        ? `${attributes.section}: exit status ${exit}`
        : String(attributes.section)),
    attributes,
    format: 'text',
  };
}

/** The text after the first line opening with `mark` ("\n!!!  "), or null. */
function markedLine(text: string, mark: string): string | null {
  const at = text.indexOf(mark);
  if (at < 0) return null;
  const end = text.indexOf('\n', at + mark.length);
  return text.slice(at + mark.length, end < 0 ? text.length : end).trim();
}
