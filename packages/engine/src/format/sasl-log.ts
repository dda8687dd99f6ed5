import type { Level } from '../types';
import type { TimestampReader } from '../fields/timestamp-reader';
import { textOnly, type ParsedFields } from './parsed-fields';

// Erlang/OTP's error_logger in its tty format — SASL's reports (`sasl-error.log`), RabbitMQ before
// 3.7, CouchDB's and ejabberd's older logs — writes each report as a header line, the report's kind
// and its local time, then its body on lines of their own (often indented), then a blank line:
//
//   =ERROR REPORT==== 28-May-2022::02:20:54.794665 ===
//   Error in process <0.3009.0> on node 'shop@10.0.1.5' with exit value:
//   {{badmatch,{error,timeout}},[{'Elixir.Shop.Cache',refresh,1,[{file,"lib/shop/cache.ex"},{line,52}]}]}
//
// Each report is one event: its kind the level (PROGRESS and INFO information, WARNING a warning,
// ERROR, SUPERVISOR and CRASH errors), its body's first line the message (a crash report's with its
// exception's line, a supervisor report's with its error's context).

const HEADER =
  /^=([A-Z]+(?: [A-Z]+)?) REPORT==== (\d{1,2}-[A-Z][a-z]{2}-\d{4})::(\d\d:\d\d:\d\d(?:\.\d+)?) ===\s*$/;

/** Whether a line opens a report (see HEADER). */
function opensReport(line: string): boolean {
  return line.charCodeAt(0) === 61 && HEADER.test(line);
}

/** Evidence that sampled lines are error_logger's reports — three or more, one line in twelve at least — or null. */
export function saslEvidence(lines: readonly string[]): string | null {
  let reports = 0;
  for (const line of lines) if (opensReport(line)) reports++;
  if (reports < 3 || reports * 12 < lines.length) return null;
  return `Erlang's error_logger reports (SASL): ${reports} open in ${lines.length} sampled lines (=KIND REPORT==== time ===, the report below); each is one event`;
}

/** Whether `line` continues the report before it: every line does but a report's header. */
export function continuesSaslReport(line: string): boolean {
  return !opensReport(line);
}

/** A report's level from its kind (see the file comment). */
function levelOfKind(kind: string): Level {
  if (kind === 'WARNING') return 'warn';
  if (kind === 'ERROR' || kind === 'CRASH' || kind === 'SUPERVISOR') return 'error';
  return 'info';
}

/** One report's fields (see the file comment); lines before the first report are an event of their own. */
export function parseSaslReport(text: string, time: TimestampReader): ParsedFields {
  const lines = text.split('\n');
  const m = HEADER.exec(lines[0] ?? '');
  if (m === null) return textOnly(text);
  const kind = m[1] ?? '';
  const body = lines.slice(1).map((l) => l.trim());
  const first = body.find((l) => l !== '') ?? `${kind} REPORT`;
  // A crash report opens with "crasher:" alone: what says why is its exception's line; a supervisor's
  // report names the supervisor, then what happened to its child ("errorContext: child_terminated").
  const also =
    kind === 'CRASH'
      ? body.find((l) => l.startsWith('exception '))
      : kind === 'SUPERVISOR'
        ? body.find((l) => l.startsWith('errorContext: '))
        : undefined;
  const message = also === undefined ? first : `${first} ${also}`;
  return {
    timestamp: time.read(`${m[2] ?? ''} ${m[3] ?? ''}`),
    level: levelOfKind(kind),
    service: null,
    message,
    attributes: { report: kind.toLowerCase() },
    format: 'text',
  };
}
