import type { TimestampReader } from '../fields/timestamp-reader';
import { continuesDb2Record, db2diagEvidence, parseDb2Record } from './db2diag';
import { continuesListRecord, listRecordsLayout, parseListRecord } from './list-records';
import { continuesModsecEntry, modsecEvidence, parseModsecEntry } from './modsec-audit';
import type { ParsedFields } from './parsed-fields';
import { continuesSambaEntry, parseSambaEntry, sambaEvidence } from './samba-log';
import { continuesSaslReport, parseSaslReport, saslEvidence } from './sasl-log';
import { cmtraceEvidence, continuesCmtraceEntry, parseCmtraceEntry } from './cmtrace-log';
import { continuesFirebirdEntry, firebirdEvidence, parseFirebirdEntry } from './firebird-log';
import { continuesMqEntry, mqErrorLogEvidence, parseMqEntry } from './mq-error-log';
import { continuesSetupapiSection, parseSetupapiSection, setupapiEvidence } from './setupapi-log';
import { continuesWazuhAlert, parseWazuhAlert, wazuhAlertsEvidence } from './wazuh-alerts';
import { continuesJposEntry, jposEvidence, parseJposEntry } from './jpos-log';
import { continuesSapRecord, parseSapRecord, sapListLogEvidence } from './sap-list-log';
import { continuesSapDevEntry, parseSapDevEntry, sapDevTraceEvidence } from './sap-dev-trace';
import { continuesWevtutilBlock, parseWevtutilBlock, wevtutilEvidence } from './wevtutil-text';

/** A format of entries over several lines, each one event: how its lines are framed and read. */
export interface EntryReader {
  /** Whether a line continues the entry before it (else it opens one). */
  continues(line: string): boolean;
  /** An entry's fields, from its lines joined with "\n". */
  parse(text: string, time: TimestampReader): ParsedFields;
}

/** Formats whose entries a reader of its own frames, with the evidence that sampled lines are of it. */
const READERS: [(lines: readonly string[]) => string | null, EntryReader][] = [
  [db2diagEvidence, { continues: continuesDb2Record, parse: parseDb2Record }],
  [modsecEvidence, { continues: continuesModsecEntry, parse: parseModsecEntry }],
  [sambaEvidence, { continues: continuesSambaEntry, parse: parseSambaEntry }],
  [cmtraceEvidence, { continues: continuesCmtraceEntry, parse: parseCmtraceEntry }],
  [firebirdEvidence, { continues: continuesFirebirdEntry, parse: parseFirebirdEntry }],
  [mqErrorLogEvidence, { continues: continuesMqEntry, parse: parseMqEntry }],
  [setupapiEvidence, { continues: continuesSetupapiSection, parse: parseSetupapiSection }],
  [saslEvidence, { continues: continuesSaslReport, parse: parseSaslReport }],
  [wazuhAlertsEvidence, { continues: continuesWazuhAlert, parse: parseWazuhAlert }],
  [jposEvidence, { continues: continuesJposEntry, parse: parseJposEntry }],
  [sapListLogEvidence, { continues: continuesSapRecord, parse: parseSapRecord }],
  [sapDevTraceEvidence, { continues: continuesSapDevEntry, parse: parseSapDevEntry }],
  [wevtutilEvidence, { continues: continuesWevtutilBlock, parse: parseWevtutilBlock }],
];

/**
 * The entry reader of the first such format sampled lines are written in, with its evidence, or null:
 * Db2's db2diag.log, ModSecurity's serial audit log, Samba's log, Configuration Manager's CMTrace logs,
 * Firebird's firebird.log, IBM MQ's AMQERR01.LOG, Windows' setupapi.dev.log, Erlang's SASL reports, Wazuh's and OSSEC's alerts.log, jPOS's <log> events, SAP AS Java's list-format logs (defaultTrace), SAP's developer traces (dev_w0), Windows events as wevtutil's text, PowerShell's Format-List (whose blocks' layout the sample gives).
 */
export function entryReaderOf(lines: readonly string[]): { reader: EntryReader; evidence: string } | null {
  for (const [evidenceOf, reader] of READERS) {
    const evidence = evidenceOf(lines);
    if (evidence !== null) return { reader, evidence };
  }
  const list = listRecordsLayout(lines);
  if (list !== null)
    return {
      reader: { continues: continuesListRecord(list.layout), parse: parseListRecord },
      evidence: list.evidence,
    };
  return null;
}
