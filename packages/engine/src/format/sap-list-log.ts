import { normalizeLevel } from '../fields/normalize-level';
import type { TimestampReader } from '../fields/timestamp-reader';
import { openedEntries } from './opened-entries';
import { textOnly, type ParsedFields } from './parsed-fields';

// SAP NetWeaver AS Java's logs and traces (defaultTrace_NN.trc, applications_NN.log; PI/PO's adapter
// engine) in the list format, version 2.0: a record of fields separated by "#" over several lines —
// the version, the date and time, the zone's offset, the severity, the source, then the component,
// GUIDs, the location, user, thread, the message's type and the message, closed by "#":
//
//   #2.0#2017 05 28 09:04:27:021#+0800#Error#com.sap.aii.adapter.rfc.afcommunication#
//   #BC-XI-CON-AFW#com.sap.aii.adapter.rfc.afcommunication#61600CEB…#…#Thread[XI AF Queue Worker…]#Plain##
//   RFC adapter: JCO_ERROR_LOGON_FAILURE: Password logon no longer possible - too many failed attempts#
//
// Each record is one event: its severity the level (Path and Debug debug, Warning warn, Error and
// Fatal errors), its source the service, its message the text after the message type.

const HEADER = /^#\d\.\d ?#(\d{4}) (\d\d) (\d\d) (\d\d:\d\d:\d\d):(\d{3})#([+-]\d{4})?[^#]*#(\w+)#([^#]*)#/;
/** Where the message field opens: after the message's type (Plain, Java) and its resource bundle. */
const MESSAGE_AFTER = /#(?:Plain|Java)#[^#\n]*#+/g;

/** Whether a line opens a record (see HEADER): its first characters checked before the expression. */
function opensRecord(line: string): boolean {
  return line.charCodeAt(0) === 35 && line.charCodeAt(2) === 46 && HEADER.test(line);
}

/** Evidence that sampled lines are an SAP list-format log — three records or more, one line in ten at least — or null. */
export function sapListLogEvidence(lines: readonly string[]): string | null {
  return openedEntries(
    lines,
    opensRecord,
    3,
    10,
    (n) =>
      `SAP AS Java's list-format log: ${n} records open in ${lines.length} sampled lines (#2.0#date#zone#severity#source#…#message#); each is one event`,
  );
}

/** Whether `line` continues the record before it: every line does but a record's header. */
export function continuesSapRecord(line: string): boolean {
  return !opensRecord(line);
}

/** One record's fields (see the file comment); lines before the first record are an event of their own. */
export function parseSapRecord(text: string, time: TimestampReader): ParsedFields {
  const header = HEADER.exec(text);
  if (header === null) return textOnly(text);
  const [, y, mo, d, hms, ms, zone, severity, source] = header;
  let last: RegExpExecArray | null = null;
  MESSAGE_AFTER.lastIndex = 0;
  for (let m = MESSAGE_AFTER.exec(text); m !== null; m = MESSAGE_AFTER.exec(text)) last = m;
  // Without a message type: the record's last line.
  let message =
    last !== null ? text.slice(last.index + last[0].length) : text.slice(text.lastIndexOf('\n') + 1);
  // The record closes its message with "#" (fields may follow it: a data number, arguments).
  const close = message.indexOf('#');
  if (close >= 0) message = message.slice(0, close);
  return {
    timestamp: time.read(`${y}-${mo}-${d}T${hms}.${ms}${zone ?? ''}`),
    // (SAP's Path, a trace of the code's path, is debugging.)
    level: severity === 'Path' ? 'debug' : normalizeLevel(severity ?? ''),
    service: source === undefined || source === '' ? null : source,
    message: message.trim(),
    attributes: {},
    format: 'text',
  };
}
