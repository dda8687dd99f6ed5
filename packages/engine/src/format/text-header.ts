import {
  BRACKET,
  COMPONENT,
  DASH,
  HeaderTokens,
  LEVEL,
  MAX_HEADER_TOKENS,
  NUM,
  TIME,
  isLeading,
} from './header-tokens';

/** The header layout of a text file, learned from a sample of its lines. */
export interface TextHeaderModel {
  /** Header = the first N '|'-separated fields (0: not a pipe layout). */
  pipeFields: number;
  /** Column of the level token (-1: no level column). */
  levelIndex: number;
  /** Without a level column: number of leading timestamp/number/bracket tokens. */
  leading: number;
  /** After the level: a [thread] token, a "-" separator, a "logger:" token. */
  bracketAfter: boolean;
  dashAfter: boolean;
  componentAfter: boolean;
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
}

const EMPTY: TextHeaderModel = {
  pipeFields: 0,
  levelIndex: -1,
  leading: 0,
  bracketAfter: false,
  dashAfter: false,
  componentAfter: false,
};

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
  if (sample.length === 0) return EMPTY;
  const quorum = Math.max(1, Math.ceil(sample.length * 0.5));
  const pipes = mode(sample.map(leadingPipeFields));
  const tokens = new HeaderTokens();
  if (pipes.value >= 2 && pipes.count >= quorum) {
    const timeFirst = sample.filter((l) => {
      tokens.scan(l.slice(0, l.indexOf('|')), 1);
      return tokens.classes[0] === TIME || tokens.classes[0] === NUM;
    }).length;
    if (timeFirst >= quorum) return { ...EMPTY, pipeFields: pipes.value };
  }
  const levelAt: number[] = [];
  const leadingRuns: number[] = [];
  const rows: Uint8Array[] = [];
  for (const line of sample) {
    tokens.scan(line);
    const classes = tokens.classes.slice(0, tokens.count);
    rows.push(classes);
    const at = classes.indexOf(LEVEL);
    if (at >= 0 && at < MAX_HEADER_TOKENS - 2) levelAt.push(at);
    let run = 0;
    while (run < Math.min(classes.length, 8) && isLeading(classes[run] ?? 0)) run++;
    leadingRuns.push(run);
  }
  const level = mode(levelAt);
  const share = (pos: number, cls: number, of: Uint8Array[]): number =>
    of.filter((r) => r[pos] === cls).length / Math.max(1, of.length);
  if (level.count >= quorum) {
    const withLevel = rows.filter((r) => r[level.value] === LEVEL);
    let pos = level.value + 1;
    const bracketAfter = share(pos, BRACKET, withLevel) >= 0.5;
    if (bracketAfter) pos++;
    const dashAfter = share(pos, DASH, withLevel) >= 0.5;
    if (dashAfter) pos++;
    const componentAfter = share(pos, COMPONENT, withLevel) >= 0.5;
    return { ...EMPTY, levelIndex: level.value, bracketAfter, dashAfter, componentAfter };
  }
  const lead = mode(leadingRuns);
  if (lead.value <= 0 || lead.count < quorum) return EMPTY;
  const atLead = rows.filter((r) => r.length > lead.value);
  return { ...EMPTY, leading: lead.value, componentAfter: share(lead.value, COMPONENT, atLead) >= 0.5 };
}

export function hasHeader(model: TextHeaderModel): boolean {
  return model.pipeFields > 0 || model.levelIndex >= 0 || model.leading > 0;
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
  if (model.levelIndex >= 0) {
    tokens.scan(line, model.levelIndex + 5, false);
    let at = tokens.classOf(model.levelIndex) === LEVEL ? model.levelIndex : -1;
    for (let k = 0; at < 0 && k < tokens.count && k <= model.levelIndex + 2; k++) {
      if (tokens.classOf(k) === LEVEL) at = k;
    }
    if (at < 0) return false;
    out.timeStart = 0;
    out.timeEnd = at > 0 ? (tokens.ends[at - 1] ?? 0) : 0;
    out.levelStart = tokens.starts[at] ?? 0;
    out.levelEnd = tokens.ends[at] ?? 0;
    let k = at + 1;
    if (model.bracketAfter && tokens.classOf(k) === BRACKET) k++;
    if (model.dashAfter && tokens.classOf(k) === DASH) k++;
    if (model.componentAfter && tokens.classOf(k) === COMPONENT) {
      out.componentStart = tokens.starts[k] ?? 0;
      out.componentEnd = (tokens.ends[k] ?? 1) - 1;
      k++;
    }
    out.messageStart = messageStartAfter(line, tokens, k);
    return true;
  }
  if (model.leading > 0) {
    tokens.scan(line, model.leading + 2, false);
    let k = 0;
    while (k < model.leading && k < tokens.count && isLeading(tokens.classOf(k))) k++;
    if (k === 0) return false;
    out.timeEnd = tokens.ends[k - 1] ?? 0;
    if (model.componentAfter && tokens.classOf(k) === COMPONENT) {
      out.componentStart = tokens.starts[k] ?? 0;
      out.componentEnd = (tokens.ends[k] ?? 1) - 1;
      k++;
    }
    out.messageStart = messageStartAfter(line, tokens, k);
    return true;
  }
  return false;
}

function messageStartAfter(line: string, tokens: HeaderTokens, k: number): number {
  let i = k < tokens.count ? (tokens.starts[k] ?? line.length) : k > 0 ? (tokens.ends[k - 1] ?? 0) : 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i;
}
