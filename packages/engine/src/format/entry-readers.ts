import type { TimestampReader } from '../fields/timestamp-reader';
import { continuesDb2Record, db2diagEvidence, parseDb2Record } from './db2diag';
import { continuesListRecord, listRecordsLayout, parseListRecord } from './list-records';
import { continuesModsecEntry, modsecEvidence, parseModsecEntry } from './modsec-audit';
import type { ParsedFields } from './parsed-fields';
import { continuesSambaEntry, parseSambaEntry, sambaEvidence } from './samba-log';
import { cmtraceEvidence, continuesCmtraceEntry, parseCmtraceEntry } from './cmtrace-log';
import { continuesFirebirdEntry, firebirdEvidence, parseFirebirdEntry } from './firebird-log';

/** A format of entries over several lines, each one event: how its lines are framed and read. */
export interface EntryReader {
  /** Whether a line continues the entry before it (else it opens one). */
  continues(line: string): boolean;
  /** An entry's fields, from its lines joined with "\n". */
  parse(text: string, time: TimestampReader): ParsedFields;
}

/**
 * The entry reader of the first such format sampled lines are written in, with its evidence, or null:
 * Db2's db2diag.log, ModSecurity's serial audit log, PowerShell's Format-List, Samba's log,
 * Configuration Manager's CMTrace logs, Firebird's firebird.log.
 */
export function entryReaderOf(lines: readonly string[]): { reader: EntryReader; evidence: string } | null {
  const db2 = db2diagEvidence(lines);
  if (db2 !== null)
    return { reader: { continues: continuesDb2Record, parse: parseDb2Record }, evidence: db2 };
  const modsec = modsecEvidence(lines);
  if (modsec !== null)
    return { reader: { continues: continuesModsecEntry, parse: parseModsecEntry }, evidence: modsec };
  const samba = sambaEvidence(lines);
  if (samba !== null)
    return { reader: { continues: continuesSambaEntry, parse: parseSambaEntry }, evidence: samba };
  const cmtrace = cmtraceEvidence(lines);
  if (cmtrace !== null)
    return { reader: { continues: continuesCmtraceEntry, parse: parseCmtraceEntry }, evidence: cmtrace };
  const firebird = firebirdEvidence(lines);
  if (firebird !== null)
    return { reader: { continues: continuesFirebirdEntry, parse: parseFirebirdEntry }, evidence: firebird };
  const list = listRecordsLayout(lines);
  if (list !== null)
    return {
      reader: { continues: continuesListRecord(list.layout), parse: parseListRecord },
      evidence: list.evidence,
    };
  return null;
}
