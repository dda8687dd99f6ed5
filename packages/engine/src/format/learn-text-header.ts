// Learns a text file's header layout (TextHeaderModel) from the columns of its sampled lines.
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
  TIME,
  WORD,
  isLeading,
} from './header-tokens';
import { empty, isPadded, PADDED, type TextHeaderModel } from './text-header';

// A "component:" column after the level is in nearly every line; a "key:" that opens most messages is
// not one (PostgreSQL's "LOG:  duration: 1.2 ms  statement: …" beside its other LOG lines).
const COMPONENT_QUORUM = 0.85;

// A number last: a pid column after the level ("INFO 12345 --- [main] …").
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

/** Whether token k is all digits (a TIME of digits only is an epoch timestamp, see `classify`). */
function isEpochToken(line: string, tokens: HeaderTokens, k: number): boolean {
  for (let i = tokens.starts[k] ?? 0; i < (tokens.ends[k] ?? 0); i++) {
    const c = line.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function hasLeadingBefore(classes: Uint8Array, k: number): boolean {
  for (let j = 0; j < k; j++) if (isLeading(classes[j] ?? 0)) return true;
  return false;
}

/** Learns where the header of a text file ends, from the columns of its sampled lines. */
export function learnTextHeader(lines: string[]): TextHeaderModel {
  const sample = lines.filter((l) => l.length > 0 && l.charCodeAt(0) !== 32 && l.charCodeAt(0) !== 9);
  if (sample.length === 0) return empty();
  const quorum = Math.max(1, Math.ceil(sample.length * 0.5));
  const pipes = mode(sample.map(leadingPipeFields));
  const tokens = new HeaderTokens();
  if (pipes.value >= 2 && pipes.count >= quorum) {
    const timeFirst = sample.filter((l) => {
      tokens.scan(l.slice(0, l.indexOf('|')), 1);
      return tokens.classes[0] === TIME || tokens.classes[0] === NUM;
    }).length;
    if (timeFirst >= quorum) return { ...empty(), pipeFields: pipes.value };
  }
  const levelAt: number[] = [];
  const componentAt: number[] = [];
  const epochAt: number[] = [];
  const leadingRuns: number[] = [];
  const rows: Uint8Array[] = [];
  for (const line of sample) {
    tokens.scan(line);
    const classes = tokens.classes.slice(0, tokens.count);
    for (let k = 0; k < classes.length; k++) {
      if (classes[k] === WORD && isPadded(line, tokens.ends[k] ?? 0)) classes[k] = PADDED;
    }
    rows.push(classes);
    const at = classes.indexOf(LEVEL);
    if (at >= 0 && at < 10) levelAt.push(at);
    // A "component:" column closes a header that has a time or number before it ("… host app[pid]:");
    // a "Key:" after a word ("START RequestId: …", AWS Lambda) is the message's own.
    const comp = classes.indexOf(COMPONENT);
    if (comp >= 0 && comp < 10 && hasLeadingBefore(classes, comp)) componentAt.push(comp);
    const time = classes.indexOf(TIME);
    if (time >= 1 && time < 8 && isEpochToken(line, tokens, time)) epochAt.push(time);
    let run = 0;
    while (run < Math.min(classes.length, 8) && isLeading(classes[run] ?? 0)) run++;
    leadingRuns.push(run);
  }
  const level = mode(levelAt);
  const component = mode(componentAt);
  const epoch = mode(epochAt);
  const epochColumn = epoch.count >= quorum && epoch.value > mode(leadingRuns).value;
  // An epoch column in front of a "component:" column that fewer lines have: the columns end at the time.
  const epochFirst = epochColumn && epoch.count >= component.count && epoch.value < component.value;
  // klog's "E1125 10:00:00.123456 …" leads with its level: no level column to anchor on.
  const levelDate = rows.filter((r) => r[0] === LEVEL_DATE).length >= quorum;
  let model: TextHeaderModel;
  let pos: number;
  let levelFirst = false;
  let fitting: Uint8Array[];
  if (levelDate) {
    const lead = mode(leadingRuns);
    model = { ...empty(), leading: Math.max(1, lead.value), levelDate };
    fitting = rows.filter((r) => r[0] === LEVEL_DATE && r.length > model.leading);
    pos = model.leading;
  } else if (levelAt.filter((at) => at <= level.value + 2).length >= quorum) {
    // Lines read their level up to two columns past the anchor (see splitHeader): Sidekiq's "INFO:"
    // comes after its key=value pairs, one more on "done" lines (elapsed=) than on "start" lines.
    model = { ...empty(), anchorIndex: level.value, anchorClass: LEVEL };
    fitting = rows.filter((r) => r[level.value] === LEVEL);
    pos = level.value + 1;
    // A level first, then the time: "E, [2026-02-21T03:36:51.614040 #19178] ERROR -- app: …" (Ruby's
    // Logger), "ERROR 2026-05-09 04:10:45,751 …". The columns after the time follow.
    if (level.value === 0) {
      while (
        pos < 4 &&
        fitting.filter((r) => r[pos] === TIME || r[pos] === NUM).length >= fitting.length * 0.6
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
    fitting = rows.filter((r) => r[epoch.value] === TIME);
    pos = epoch.value + 1;
  } else {
    const lead = mode(leadingRuns);
    if (lead.value <= 0 || lead.count < quorum) return empty();
    model = { ...empty(), leading: lead.value };
    fitting = rows.filter((r) => r.length > lead.value);
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
        fitting.filter((r) => isOfColumn(c, r[pos])).length >=
        Math.max(1, fitting.length * (c === COMPONENT ? COMPONENT_QUORUM : 0.6)),
    );
    if (cls === undefined) break;
    model.after.push(cls);
    pos++;
    if (cls === COMPONENT) break;
  }
  return model;
}

export function hasHeader(model: TextHeaderModel): boolean {
  return model.pipeFields > 0 || model.anchorIndex >= 0 || model.leading > 0;
}
