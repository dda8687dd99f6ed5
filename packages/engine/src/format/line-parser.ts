import type { FormatName } from '../types';
import { levelFromMessage, normalizeLevel } from '../fields/normalize-level';
import { parseTimestamp, type TimestampContext } from '../fields/parse-timestamp';
import type { FormatDetection } from './detect-format';
import { HeaderTokens, NUM, TIME } from './header-tokens';
import { parseAccessLine } from './parse-access-line';
import { parseJsonLine } from './parse-json-line';
import { parseLogfmtLine } from './parse-logfmt-line';
import { parseSyslog3164, parseSyslog5424 } from './parse-syslog-line';
import type { ParsedFields } from './parsed-fields';
import { splitHeader, type HeaderParts } from './text-header';

/** Parses the first line of each event by the file's format, falling back to JSON or text per line. */
export class LineParser {
  private readonly tokens = new HeaderTokens();
  private readonly timeTokens = new HeaderTokens();
  private readonly parts: HeaderParts = {
    messageStart: 0,
    timeStart: 0,
    timeEnd: 0,
    levelStart: 0,
    levelEnd: 0,
    componentStart: 0,
    componentEnd: 0,
  };
  private lastTimeText = '';
  private lastTime: number | null = null;
  private lastMonth = 0;

  constructor(
    private readonly detection: FormatDetection,
    private readonly ctx: TimestampContext,
  ) {}

  parse(line: string): ParsedFields & { format: FormatName } {
    const format = this.detection.format;
    if (line.charCodeAt(0) === 123) {
      const json = parseJsonLine(line, this.ctx);
      if (json) return { ...json, format: 'json' };
    }
    let parsed: ParsedFields | null = null;
    if (format === 'syslog3164') parsed = parseSyslog3164(line, this.ctx);
    else if (format === 'syslog5424') parsed = parseSyslog5424(line, this.ctx);
    else if (format === 'access') parsed = parseAccessLine(line, this.ctx);
    else if (format === 'logfmt') parsed = parseLogfmtLine(line, this.ctx);
    if (parsed) {
      if (format === 'syslog3164') this.rollYear(parsed);
      return { ...parsed, format };
    }
    return { ...this.parseText(line), format: format === 'json' ? 'text' : format };
  }

  /** Syslog has no year: a jump back of more than half a year means the year turned. */
  private rollYear(parsed: ParsedFields): void {
    if (parsed.timestamp === null) return;
    const month = new Date(parsed.timestamp).getUTCMonth() + 1;
    if (this.lastMonth >= 10 && month <= 3) this.ctx.year++;
    if (this.lastMonth >= 10 && month <= 3) parsed.timestamp = new Date(parsed.timestamp).setUTCFullYear(this.ctx.year);
    this.lastMonth = month;
  }

  private parseText(line: string): ParsedFields {
    const p = this.parts;
    if (!splitHeader(line, this.detection.header, this.tokens, p)) {
      return { timestamp: null, level: levelFromMessage(line), service: null, message: line, attributes: {} };
    }
    const message = line.slice(p.messageStart);
    const level = p.levelEnd > p.levelStart ? normalizeLevel(line.slice(p.levelStart, p.levelEnd)) : levelFromMessage(message);
    const service = p.componentEnd > p.componentStart ? line.slice(p.componentStart, p.componentEnd) : null;
    return { timestamp: this.headerTime(line.slice(p.timeStart, p.timeEnd)), level, service, message, attributes: {} };
  }

  /** The first run of time-like tokens of the header that parses (cached: neighbours share it). */
  private headerTime(header: string): number | null {
    if (header === this.lastTimeText) return this.lastTime;
    const t = this.timeTokens;
    t.scan(header);
    let result: number | null = null;
    for (let k = 0; k < t.count && result === null; k++) {
      const cls = t.classes[k];
      if (cls !== TIME && cls !== NUM) continue;
      let end = k;
      while (end + 1 < t.count && (t.classes[end + 1] === TIME || t.classes[end + 1] === NUM)) end++;
      for (let e = end; e >= k && result === null; e--) {
        result = parseTimestamp(header.slice(t.starts[k] ?? 0, t.ends[e] ?? 0), this.ctx);
      }
    }
    this.lastTimeText = header;
    this.lastTime = result;
    return result;
  }
}
