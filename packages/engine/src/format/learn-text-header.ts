// Learns a text file's header layout (TextHeaderModel) from the columns of its sampled lines.
import { isZabbixHead } from '../frame/is-continuation';
import {
  BRACKET,
  COMPONENT,
  DASH,
  HeaderTokens,
  LEVEL,
  LEVEL_DATE,
  LOGGER,
  MARK,
  NUM,
  SOURCE,
  MAX_HEADER_TOKENS,
  TIME,
  WORD,
  classify,
  isLeading,
  mayBeOfClass,
} from './header-tokens';
import { empty, isPadded, PADDED, type TextHeaderModel } from './text-header';

// A "component:" column after the level is in nearly every line; a "key:" that opens most messages is
// not one (PostgreSQL's "LOG:  duration: 1.2 ms  statement: …" beside its other LOG lines).
const COMPONENT_QUORUM = 0.85;

// A number last: a pid column after the level ("INFO 12345 --- [main] …").
// A number with a unit after it opens the message instead (Neo4j's query log: "INFO  136 ms: (planning: …").
const UNIT = /^(?:ms|s|sec|secs|us|µs|ns|B|KB|KiB|MB|MiB|bytes|%)[:,]?$/;
const AFTER_CLASSES = [BRACKET, DASH, LOGGER, COMPONENT, PADDED, SOURCE, MARK, NUM];

/** Whether a sampled token of class `cls` counts for the column class `after`. */
function isOfColumn(after: number, cls: number | undefined): boolean {
  // A Redis level column holds "-" (verbose) beside "*", "#" and ".".
  return cls === after || (after === MARK && cls === DASH);
}

function mode(values: number[]): { value: number; count: number } {
  const counts = new Map<number, number>();
  let value = -1;
  let count = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > count || (c === count && v < value)) {
      count = c;
      value = v;
    }
  }
  return { value, count };
}

function leadingPipeFields(line: string): number {
  let fields = 0;
  let start = 0;
  for (;;) {
    const bar = line.indexOf('|', start);
    if (bar < 0 || fields >= 6) return fields;
    const field = line.slice(start, bar);
    // The first field may be a date and a time ("2021-04-10 00:00:00.1234|INFO|…", NLog's default).
    const timeFirst =
      fields === 0 && field.length <= 32 && field.charCodeAt(0) >= 48 && field.charCodeAt(0) <= 57;
    if (field.length === 0 || (field.includes(' ') && !timeFirst)) return fields;
    fields++;
    start = bar + 1;
  }
}

/** Whether the line holds at least `n` bars. */
function barsAtLeast(line: string, n: number): boolean {
  for (let at = line.indexOf('|'); at >= 0; at = line.indexOf('|', at + 1)) if (--n === 0) return true;
  return false;
}

/**
 * The sampled lines' leading tokens (up to MAX_HEADER_TOKENS a line): their bounds, and their classes
 * (a word followed by padding read as PADDED), each classified when first asked for. Learning asks
 * for a few columns of most lines; classifying every token of every line was most of what detecting
 * a file's format cost (~14 tokens a line), which an incident bundle of many small files pays per file.
 * Row r is the r-th line added.
 */
class Rows {
  private readonly lines: string[] = [];
  private readonly counts: Uint8Array;
  private readonly bounds: Int32Array;
  /** 0 until classified (no class is 0). */
  private readonly classes: Uint8Array;

  constructor(size: number) {
    this.counts = new Uint8Array(size);
    this.bounds = new Int32Array(2 * MAX_HEADER_TOKENS * size);
    this.classes = new Uint8Array(MAX_HEADER_TOKENS * size);
  }

  /** Adds the line the tokens were scanned from; returns its row. */
  add(line: string, tokens: HeaderTokens): number {
    const r = this.lines.length;
    this.lines.push(line);
    const n = tokens.count;
    this.counts[r] = n;
    const at = 2 * MAX_HEADER_TOKENS * r;
    for (let k = 0; k < n; k++) {
      this.bounds[at + 2 * k] = tokens.starts[k] ?? 0;
      this.bounds[at + 2 * k + 1] = tokens.ends[k] ?? 0;
    }
    return r;
  }

  /** Number of tokens of row r. */
  length(r: number): number {
    return this.counts[r] ?? 0;
  }

  /** The class of token k of row r (undefined past its last token). */
  classAt(r: number, k: number): number | undefined {
    if (k < 0 || k >= (this.counts[r] ?? 0)) return undefined;
    const slot = MAX_HEADER_TOKENS * r + k;
    let cls = this.classes[slot] ?? 0;
    if (cls === 0) {
      const line = this.lines[r] ?? '';
      const end = this.bounds[2 * slot + 1] ?? 0;
      cls = classify(line, this.bounds[2 * slot] ?? 0, end);
      if (cls === WORD && isPadded(line, end)) cls = PADDED;
      this.classes[slot] = cls;
    }
    return cls;
  }

  /**
   * The first token of row r of class `cls` before token `limit`, or -1. A token that cannot be of
   * the class (see mayBeOfClass) is not classified.
   */
  first(r: number, cls: number, limit: number): number {
    const n = Math.min(limit, this.counts[r] ?? 0);
    const line = this.lines[r] ?? '';
    const at = 2 * MAX_HEADER_TOKENS * r;
    for (let k = 0; k < n; k++) {
      if (!mayBeOfClass(line, this.bounds[at + 2 * k] ?? 0, this.bounds[at + 2 * k + 1] ?? 0, cls)) continue;
      if (this.classAt(r, k) === cls) return k;
    }
    return -1;
  }

  /** Whether token k of row r is all digits (a TIME of digits only is an epoch timestamp, see `classify`). */
  isDigits(r: number, k: number): boolean {
    const line = this.lines[r] ?? '';
    const at = 2 * (MAX_HEADER_TOKENS * r + k);
    for (let i = this.bounds[at] ?? 0; i < (this.bounds[at + 1] ?? 0); i++) {
      const c = line.charCodeAt(i);
      if (c < 48 || c > 57) return false;
    }
    return true;
  }

  /** Whether token k of row r is a unit of time or size ("12 ms: …", "3 s", "14336 B"), a colon or comma after it allowed. */
  isUnit(r: number, k: number): boolean {
    if (k >= (this.counts[r] ?? 0)) return false;
    const at = 2 * (MAX_HEADER_TOKENS * r + k);
    const word = (this.lines[r] ?? '').slice(this.bounds[at] ?? 0, this.bounds[at + 1] ?? 0);
    return UNIT.test(word);
  }

  hasLeadingBefore(r: number, k: number): boolean {
    for (let j = 0; j < k; j++) if (isLeading(this.classAt(r, j) ?? 0)) return true;
    return false;
  }
}

/** Learns where the header of a text file ends, from the columns of its sampled lines. */
export function learnTextHeader(lines: string[]): TextHeaderModel {
  // Indented lines continue an event, but for Zabbix's, whose process id is padded to its width.
  const sample = lines
    .filter((l) => l.length > 0 && l.charCodeAt(0) !== 9 && (l.charCodeAt(0) !== 32 || isZabbixHead(l)))
    .map((l) => (l.charCodeAt(0) === 32 ? l.trimStart() : l));
  if (sample.length === 0) return empty();
  const quorum = Math.max(1, Math.ceil(sample.length * 0.5));
  const pipes = mode(sample.map(leadingPipeFields));
  const tokens = new HeaderTokens();
  if (pipes.value >= 2 && pipes.count >= quorum) {
    const timeFirst = sample.filter((l) => {
      tokens.scan(l.slice(0, l.indexOf('|')), 1);
      return tokens.classes[0] === TIME || tokens.classes[0] === NUM;
    }).length;
    // Records of '|'-separated fields with no blank anywhere (Asterisk's queue_log:
    // `1709635270|1709635255.123|support|PJSIP/1001|CONNECT|15|1709635268.130|3`) have no header
    // but their time: the fields after it are the record (its queue, channel and event), not a level
    // and a logger before a message.
    const records = sample.filter((l) => l.indexOf(' ') < 0 && barsAtLeast(l, 4)).length;
    if (timeFirst >= quorum) return { ...empty(), pipeFields: records >= quorum ? 1 : pipes.value };
  }
  const levelAt: number[] = [];
  const componentAt: number[] = [];
  const epochAt: number[] = [];
  const leadingRuns: number[] = [];
  const table = new Rows(sample.length);
  const rows: number[] = [];
  for (const line of sample) {
    tokens.scan(line, MAX_HEADER_TOKENS, false);
    const row = table.add(line, tokens);
    rows.push(row);
    // The first level, "component:" and time of a line count where they are in its first columns.
    const at = table.first(row, LEVEL, 10);
    if (at >= 0) levelAt.push(at);
    // A "component:" column closes a header that has a time or number before it ("… host app[pid]:");
    // a "Key:" after a word ("START RequestId: …", AWS Lambda) is the message's own.
    const comp = table.first(row, COMPONENT, 10);
    if (comp >= 0 && table.hasLeadingBefore(row, comp)) componentAt.push(comp);
    const time = table.first(row, TIME, 8);
    if (time >= 1 && table.isDigits(row, time)) epochAt.push(time);
    let run = 0;
    // A line's last token is its message, whatever its class: "…: 12.345: [GC pause (young) …]".
    while (run < Math.min(table.length(row) - 1, 8) && isLeading(table.classAt(row, run) ?? 0)) run++;
    leadingRuns.push(run);
  }
  const level = mode(levelAt);
  const component = mode(componentAt);
  const epoch = mode(epochAt);
  const epochColumn = epoch.count >= quorum && epoch.value > mode(leadingRuns).value;
  // An epoch column in front of a "component:" column that fewer lines have: the columns end at the time.
  const epochFirst = epochColumn && epoch.count >= component.count && epoch.value < component.value;
  // klog's "E1125 10:00:00.123456 …" leads with its level: no level column to anchor on.
  const levelDate = rows.filter((r) => table.classAt(r, 0) === LEVEL_DATE).length >= quorum;
  let model: TextHeaderModel;
  let pos: number;
  let levelFirst = false;
  let fitting: number[];
  if (levelDate) {
    const lead = mode(leadingRuns);
    model = { ...empty(), leading: Math.max(1, lead.value), levelDate };
    fitting = rows.filter((r) => table.classAt(r, 0) === LEVEL_DATE && table.length(r) > model.leading);
    pos = model.leading;
  } else if (levelAt.filter((at) => at <= level.value + 2).length >= quorum) {
    // Lines read their level up to two columns past the anchor (see splitHeader): Sidekiq's "INFO:"
    // comes after its key=value pairs, one more on "done" lines (elapsed=) than on "start" lines.
    model = { ...empty(), anchorIndex: level.value, anchorClass: LEVEL };
    fitting = rows.filter((r) => table.classAt(r, level.value) === LEVEL);
    pos = level.value + 1;
    // A level first, then the time: "E, [2026-02-21T03:36:51.614040 #19178] ERROR -- app: …" (Ruby's
    // Logger), "ERROR 2026-05-09 04:10:45,751 …". The columns after the time follow.
    if (level.value === 0) {
      while (
        pos < 4 &&
        fitting.filter((r) => table.classAt(r, pos) === TIME || table.classAt(r, pos) === NUM).length >=
          fitting.length * 0.6
      )
        pos++;
      if (pos > 1) levelFirst = true;
    }
  } else if (component.count >= quorum && !epochFirst) {
    // "… host app[pid]: message": the consistent "component:" column closes the header.
    return { ...empty(), anchorIndex: component.value, anchorClass: COMPONENT };
  } else if (epochColumn) {
    // Fixed columns up to an epoch timestamp: "134681 node-246 unix.hw state_change.unavailable 1077804742 …".
    model = { ...empty(), anchorIndex: epoch.value, anchorClass: TIME };
    fitting = rows.filter((r) => table.classAt(r, epoch.value) === TIME);
    pos = epoch.value + 1;
  } else {
    const lead = mode(leadingRuns);
    if (lead.value <= 0 || lead.count < quorum) return empty();
    model = { ...empty(), leading: lead.value };
    fitting = rows.filter((r) => table.length(r) > lead.value);
    pos = lead.value;
  }
  // Then whatever optional tokens follow in a consistent order: "[thread] logger -", "logger:".
  // Fixed columns may go on past an epoch timestamp with a number ("… 1077804742 1 message"), and
  // with nothing else: what follows them is free text.
  // After a level letter and the time, Ruby's Logger writes the level again as a word.
  const afterClasses =
    model.anchorClass === TIME ? [NUM] : levelFirst ? [LEVEL, ...AFTER_CLASSES] : AFTER_CLASSES;
  for (let step = 0; step < 6; step++) {
    const cls = afterClasses.find(
      (c) =>
        fitting.filter((r) => isOfColumn(c, table.classAt(r, pos))).length >=
        Math.max(1, fitting.length * (c === COMPONENT ? COMPONENT_QUORUM : 0.6)),
    );
    if (cls === undefined) break;
    if (cls === NUM && fitting.filter((r) => table.isUnit(r, pos + 1)).length * 2 >= fitting.length) break;
    model.after.push(cls);
    pos++;
    if (cls === COMPONENT) break;
  }
  return model;
}

export function hasHeader(model: TextHeaderModel): boolean {
  return model.pipeFields > 0 || model.anchorIndex >= 0 || model.leading > 0;
}
