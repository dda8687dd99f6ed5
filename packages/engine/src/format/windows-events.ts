import type { TimestampReader } from '../fields/timestamp-reader';
import type { AttributeValue, Level } from '../types';
import { textOnly, type ParsedFields } from './parsed-fields';

// Windows' event log exported as XML — `wevtutil qe System /f:xml`, PowerShell's `Get-WinEvent |
// ForEach-Object { $_.ToXml() }`, Event Viewer's XML view or its "Save As … XML" — writes each event
// as an <Event> element, on one line or over several (pretty-printed):
//
//   <Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Service
//   Control Manager'/><EventID Qualifiers='49152'>7000</EventID><Level>2</Level>…<TimeCreated
//   SystemTime='2026-11-25T10:00:00.1234567Z'/>…<Computer>WIN-SRV01</Computer></System><EventData>
//   <Data Name='param1'>Foo</Data>…</EventData><RenderingInfo Culture='en-US'><Message>The Foo service
//   failed to start …</Message>…</RenderingInfo></Event>
//
// Each element is one event: its provider the service, its level (1 critical, 2 error, 3 warning, 4
// and 0 information, 5 verbose) the level, its rendered message the message (or, without one, its
// id and data), the id, channel, computer, process and data the attributes.

/** An event's opening tag, at the start of a line (after blanks). */
const OPENING = /^\s*<Event[\s>]/;

/**
 * Evidence that sampled lines are Windows events as XML — an <Event> opening one line in forty or
 * more (a pretty-printed event is about twenty-five), two at least or a short sample's one, with the
 * event schema's namespace or <System> beside them — or null.
 */
export function windowsEventsEvidence(lines: readonly string[]): string | null {
  let events = 0;
  let system = false;
  for (const line of lines) {
    // Only a line that opens with a tag (after blanks) is looked at: most files have none.
    const c = line.charCodeAt(0);
    if (c !== 60 && ((c !== 32 && c !== 9) || line.trimStart().charCodeAt(0) !== 60)) continue;
    if (OPENING.test(line)) events++;
    if (
      !system &&
      (line.includes('schemas.microsoft.com/win/2004/08/events/event') || line.includes('<System>'))
    )
      system = true;
  }
  if (!system || events === 0 || (events < 2 && lines.length >= 40) || events * 40 < lines.length)
    return null;
  return `Windows events as XML: ${events} <Event> elements open in ${lines.length} sampled lines; each is one event`;
}

/** Whether `line` continues the event before it: every line does but one that opens an <Event>. */
export function continuesWindowsEvent(line: string): boolean {
  return !OPENING.test(line);
}

const PROVIDER = /<Provider\s+Name=(['"])(.*?)\1/;
const EVENT_ID = /<EventID(?:\s[^>]*)?>(\d+)<\/EventID>/;
const LEVEL = /<Level>(\d+)<\/Level>/;
const TIME_CREATED = /<TimeCreated\s+SystemTime=(['"])(.*?)\1/;
const COMPUTER = /<Computer>([^<]*)<\/Computer>/;
const CHANNEL = /<Channel>([^<]*)<\/Channel>/;
const PROCESS = /<Execution\s+ProcessID=(['"])(\d+)\1/;
const MESSAGE = /<RenderingInfo[\s\S]*?<Message>([\s\S]*?)<\/Message>/;
const DATA = /<Data(?:\s+Name=(['"])(.*?)\1)?\s*(?:\/>|>([\s\S]*?)<\/Data>)/g;
/** Data values kept per event, at most (some events carry dozens). */
const MAX_DATA = 24;

const LEVELS: Record<string, Level> = {
  '0': 'info',
  '1': 'fatal',
  '2': 'error',
  '3': 'warn',
  '4': 'info',
  '5': 'debug',
};

/** XML's entities and character references, undone. */
function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_, hex, dec, name) => {
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name as string] ?? '';
  });
}

/**
 * One <Event> element's fields (see the file comment); the lines before the first one (`<?xml …?>`,
 * `<Events>`) are an event of their own, their text the message.
 */
export function parseWindowsEvent(text: string, time: TimestampReader): ParsedFields {
  if (!OPENING.test(text)) return textOnly(text);
  const id = EVENT_ID.exec(text)?.[1];
  const attributes: Record<string, AttributeValue> = {};
  if (id !== undefined) attributes.eventId = Number(id);
  const channel = CHANNEL.exec(text)?.[1];
  if (channel) attributes.channel = unescapeXml(channel);
  const computer = COMPUTER.exec(text)?.[1];
  if (computer) attributes.host = unescapeXml(computer);
  const pid = PROCESS.exec(text)?.[2];
  if (pid !== undefined) attributes.pid = Number(pid);
  const data: string[] = [];
  let unnamed = 0;
  for (const m of text.matchAll(DATA)) {
    if (data.length >= MAX_DATA) break;
    const name = m[2] === undefined ? `data${++unnamed}` : unescapeXml(m[2]);
    const value = unescapeXml((m[3] ?? '').trim());
    attributes[`data.${name}`] = value;
    data.push(`${name}=${value}`);
  }
  const rendered = MESSAGE.exec(text)?.[1];
  const message =
    rendered !== undefined && rendered.trim() !== ''
      ? unescapeXml(rendered.trim())
      : `Event ${id ?? '?'}${data.length > 0 ? `: ${data.join(', ')}` : ''}`;
  const timeText = TIME_CREATED.exec(text)?.[2];
  return {
    timestamp: timeText === undefined ? null : time.read(timeText),
    level: LEVELS[LEVEL.exec(text)?.[1] ?? ''] ?? null,
    service: unescapeXml(PROVIDER.exec(text)?.[2] ?? '') || null,
    message,
    attributes,
    format: 'text',
  };
}
