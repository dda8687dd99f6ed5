import { levelAt } from '../fields/normalize-level';
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

/** The header layout of a text file, learned from a sample of its lines. */
export interface TextHeaderModel {
  /** Header = the first N '|'-separated fields (0: not a pipe layout). */
  pipeFields: number;
  /** Column of the token that ends the fixed part of the header: a level or a "component:" (-1: none). */
  anchorIndex: number;
  anchorClass: number;
  /** Without an anchor: number of leading timestamp/number/bracket tokens. */
  leading: number;
  /** klog: the first leading token is a level letter glued to the date ("E1125"). */
  levelDate: boolean;
  /**
   * Optional tokens after the anchor or leading run, in order: [thread], "-", logger, "component:",
   * a padded word, klog's "file.go:123]", a Redis level mark.
   */
  after: number[];
}

export interface HeaderParts {
  messageStart: number;
  /** Token range holding the timestamp candidates. */
  timeStart: number;
  timeEnd: number;
  levelStart: number;
  levelEnd: number;
  componentStart: number;
  componentEnd: number;
  /**
   * What the split read of the message's first token (token `messageToken`): whether it was tested
   * as a leading token, and the `after` classes (from index `pendingFrom`) it was tested against.
   * A line whose header has the same shape is split the same way if its first message token fails
   * these tests too (see HeaderLayouts). `reusable` is false when other message tokens were read.
   */
  messageToken: number;
  probedLeading: boolean;
  pendingFrom: number;
  reusable: boolean;
}

/** A HeaderParts to be filled by splitHeader (one per parser, reused for every line). */
export function emptyHeaderParts(): HeaderParts {
  return {
    messageStart: 0,
    timeStart: 0,
    timeEnd: 0,
    levelStart: 0,
    levelEnd: 0,
    componentStart: 0,
    componentEnd: 0,
    messageToken: 0,
    probedLeading: false,
    pendingFrom: 0,
    reusable: false,
  };
}

function empty(): TextHeaderModel {
  return { pipeFields: 0, anchorIndex: -1, anchorClass: 0, leading: 0, levelDate: false, after: [] };
}
/** A word followed by column padding (two or more spaces): "Info      CBS    Loaded …". */
const PADDED = 9;
const AFTER_CLASSES = [BRACKET, DASH, LOGGER, COMPONENT, PADDED, SOURCE, MARK];

/** Whether a sampled token of class `cls` counts for the column class `after`. */
function isOfColumn(after: number, cls: number | undefined): boolean {
  // A Redis level column holds "-" (verbose) beside "*", "#" and ".".
  return cls === after || (after === MARK && cls === DASH);
}

function isPadded(line: string, end: number): boolean {
  return line.charCodeAt(end) === 32 && line.charCodeAt(end + 1) === 32;
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
    if (field.length === 0 || field.includes(' ')) return fields;
    fields++;
    start = bar + 1;
  }
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
    const comp = classes.indexOf(COMPONENT);
    if (comp >= 0 && comp < 10) componentAt.push(comp);
    let run = 0;
    while (run < Math.min(classes.length, 8) && isLeading(classes[run] ?? 0)) run++;
    leadingRuns.push(run);
  }
  const level = mode(levelAt);
  const component = mode(componentAt);
  // klog's "E1125 10:00:00.123456 …" leads with its level: no level column to anchor on.
  const levelDate = rows.filter((r) => r[0] === LEVEL_DATE).length >= quorum;
  let model: TextHeaderModel;
  let pos: number;
  let fitting: Uint8Array[];
  if (levelDate) {
    const lead = mode(leadingRuns);
    model = { ...empty(), leading: Math.max(1, lead.value), levelDate };
    fitting = rows.filter((r) => r[0] === LEVEL_DATE && r.length > model.leading);
    pos = model.leading;
  } else if (level.count >= quorum) {
    model = { ...empty(), anchorIndex: level.value, anchorClass: LEVEL };
    fitting = rows.filter((r) => r[level.value] === LEVEL);
    pos = level.value + 1;
  } else if (component.count >= quorum) {
    // "… host app[pid]: message": the consistent "component:" column closes the header.
    return { ...empty(), anchorIndex: component.value, anchorClass: COMPONENT };
  } else {
    const lead = mode(leadingRuns);
    if (lead.value <= 0 || lead.count < quorum) return empty();
    model = { ...empty(), leading: lead.value };
    fitting = rows.filter((r) => r.length > lead.value);
    pos = lead.value;
  }
  // Then whatever optional tokens follow in a consistent order: "[thread] logger -", "logger:".
  for (let step = 0; step < 4; step++) {
    const cls = AFTER_CLASSES.find(
      (c) => fitting.filter((r) => isOfColumn(c, r[pos])).length >= Math.max(1, fitting.length * 0.6),
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

/** Splits one line by the learned model; a line that does not fit keeps its whole text as message. */
export function splitHeader(
  line: string,
  model: TextHeaderModel,
  tokens: HeaderTokens,
  out: HeaderParts,
): boolean {
  out.timeStart = out.timeEnd = out.levelStart = out.levelEnd = out.componentStart = out.componentEnd = 0;
  out.messageStart = 0;
  out.probedLeading = false;
  out.reusable = model.pipeFields === 0;
  if (model.pipeFields > 0) {
    let at = 0;
    for (let f = 0; f < model.pipeFields; f++) {
      const bar = line.indexOf('|', at);
      if (bar < 0) return false;
      if (f === 0) out.timeEnd = bar;
      if (f === 1) {
        out.componentStart = at;
        out.componentEnd = bar;
      }
      at = bar + 1;
    }
    out.messageStart = at;
    return true;
  }
  let k: number;
  if (model.anchorIndex >= 0) {
    tokens.scan(line, model.anchorIndex + model.after.length + 4, false);
    const want = model.anchorClass;
    let at = fits(line, tokens, model.anchorIndex, want) ? model.anchorIndex : -1;
    for (let j = 0; at < 0 && j < tokens.count && j <= model.anchorIndex + 2; j++) {
      if (fits(line, tokens, j, want)) at = j;
    }
    if (at < 0) return false;
    // The anchor's usual column was read too: fine inside the header, not in the message.
    if (at !== model.anchorIndex && model.anchorIndex > at) out.reusable = false;
    out.timeEnd = at > 0 ? (tokens.ends[at - 1] ?? 0) : 0;
    if (want === LEVEL) {
      out.levelStart = tokens.starts[at] ?? 0;
      out.levelEnd = tokens.ends[at] ?? 0;
    } else {
      out.componentStart = tokens.starts[at] ?? 0;
      out.componentEnd = (tokens.ends[at] ?? 1) - 1;
    }
    k = at + 1;
  } else if (model.leading > 0) {
    tokens.scan(line, model.leading + model.after.length + 2, false);
    k = 0;
    while (k < model.leading && k < tokens.count && isLeading(tokens.classOf(k))) k++;
    if (k === 0) return false;
    out.probedLeading = k < model.leading;
    out.timeEnd = tokens.ends[k - 1] ?? 0;
    if (model.levelDate && tokens.classOf(0) === LEVEL_DATE) {
      out.levelStart = tokens.starts[0] ?? 0;
      out.levelEnd = out.levelStart + 1;
      out.timeStart = out.levelEnd;
    }
  } else return false;
  out.pendingFrom = 0;
  for (let a = 0; a < model.after.length; a++) {
    const cls = model.after[a] ?? 0;
    if (!fits(line, tokens, k, cls)) continue;
    if (cls === COMPONENT || ((cls === LOGGER || cls === PADDED) && out.componentEnd === 0)) {
      out.componentStart = tokens.starts[k] ?? 0;
      out.componentEnd = (tokens.ends[k] ?? 1) - (cls === COMPONENT ? 1 : 0);
    } else if (cls === SOURCE && out.componentEnd === 0) {
      // "reflector.go:138]": the file is the component, without its line number.
      out.componentStart = tokens.starts[k] ?? 0;
      out.componentEnd = line.lastIndexOf(':', (tokens.ends[k] ?? 1) - 1);
    } else if (cls === MARK && out.levelEnd <= out.levelStart) {
      out.levelStart = tokens.starts[k] ?? 0;
      out.levelEnd = out.levelStart + 1;
    }
    k++;
    out.probedLeading = false;
    out.pendingFrom = a + 1;
  }
  out.messageToken = k;
  out.messageStart = messageStartAfter(line, tokens, k);
  return true;
}

/** Whether the first token of a message (at `start`) passes the tests `splitHeader` made of it. */
export function passesProbes(
  line: string,
  start: number,
  model: TextHeaderModel,
  probedLeading: boolean,
  pendingFrom: number,
  tokens: HeaderTokens,
): boolean {
  if (!probedLeading && pendingFrom >= model.after.length) return true;
  tokens.scan(line, 1, false, start);
  if (probedLeading && isLeading(tokens.classOf(0))) return false;
  for (let a = pendingFrom; a < model.after.length; a++) {
    if (fits(line, tokens, 0, model.after[a] ?? 0)) return false;
  }
  return true;
}

/** Whether token k is of class `cls`, with cheap character tests before a full classification. */
function fits(line: string, tokens: HeaderTokens, k: number, cls: number): boolean {
  if (k >= tokens.count) return false;
  const start = tokens.starts[k] ?? 0;
  const end = tokens.ends[k] ?? 0;
  const c0 = line.charCodeAt(start);
  switch (cls) {
    case LEVEL:
      return !(end - start === 1 && c0 === 45) && levelAt(line, start, end) !== null;
    case DASH:
      return end - start === 1 && (c0 === 45 || c0 === 124);
    case BRACKET:
      return (c0 === 91 || c0 === 40) && tokens.classOf(k) === BRACKET;
    case COMPONENT:
      return line.charCodeAt(end - 1) === 58 && tokens.classOf(k) === COMPONENT;
    case PADDED:
      return isPadded(line, end) && tokens.classOf(k) === WORD;
    case MARK:
      return end - start === 1 && (c0 === 42 || c0 === 35 || c0 === 46 || c0 === 45);
    case SOURCE:
      return line.charCodeAt(end - 1) === 93 && tokens.classOf(k) === SOURCE;
    default:
      return tokens.classOf(k) === cls;
  }
}

function messageStartAfter(line: string, tokens: HeaderTokens, k: number): number {
  let i = k < tokens.count ? (tokens.starts[k] ?? line.length) : k > 0 ? (tokens.ends[k - 1] ?? 0) : 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i;
}
