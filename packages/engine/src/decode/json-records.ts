import type { TextEncoding } from './sniff-bytes';
import { isJsonObject } from '../format/detect-format';
import { LineSplitter } from './line-splitter';

/**
 * How a JSON document holds its records:
 * - `array`: the elements of its first array of objects — a top-level array (`[{…},{…}]`, an export),
 *   or one under the document's object (CloudTrail's `{"Records":[…]}`, `kubectl … -o json`'s `items`,
 *   Elasticsearch's `hits.hits`);
 * - `stream`: every top-level object, one after another (pretty-printed JSON lines: `jq .`'s output).
 */
export type JsonDocumentMode = 'array' | 'stream';

/** Deepest nesting (in objects) at which the records' array is looked for: `hits.hits` is at two. */
const MAX_ARRAY_DEPTH = 2;

/**
 * Whether a file whose first bytes (decoded) are `head` is a JSON document rather than JSON lines or
 * text, and how it holds its records; null for anything else. JSON lines (the first line a whole
 * object) keep the line path; so does a document whose records cannot be told from its first bytes.
 */
export function jsonDocumentMode(head: string): JsonDocumentMode | null {
  let at = 0;
  while (at < head.length && isSpace(head.charCodeAt(at))) at++;
  const open = head.charCodeAt(at);
  if (open === 91 /* [ */) {
    // An array of objects; a text line opening with a bracket (`[2026-03-04T00:00:00Z] "GET …`,
    // `[INFO] …`) is none.
    let next = at + 1;
    while (next < head.length && isSpace(head.charCodeAt(next))) next++;
    return head.charCodeAt(next) === 123 ? 'array' : null;
  }
  if (open !== 123 /* { */) return null;
  const lineEnd = head.indexOf('\n', at);
  if (lineEnd >= 0 && isJsonObject(head.slice(at, lineEnd))) return null;
  // Read the head's first top-level object: where it ends, and whether it holds an array of objects.
  let depth = 0;
  let inString = false;
  let escaped = false;
  let arrayOfObjects = false;
  let waitingArray = false;
  for (let i = at; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) inString = false;
      continue;
    }
    if (waitingArray && !isSpace(c)) {
      waitingArray = false;
      if (c === 123) arrayOfObjects = true;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (c === 91 && depth <= MAX_ARRAY_DEPTH) waitingArray = true;
      depth++;
    } else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) {
        // The object ends in the head: a record of its own when another follows (a pretty-printed
        // stream), or a document holding its records in an array.
        if (!isJsonObject(head.slice(at, i + 1))) return null;
        let next = i + 1;
        while (next < head.length && isSpace(head.charCodeAt(next))) next++;
        if (next < head.length) return head.charCodeAt(next) === 123 ? 'stream' : null;
        return arrayOfObjects ? 'array' : 'stream';
      }
    }
  }
  // A document larger than the head: its records are the array of objects it opened, if any.
  return arrayOfObjects ? 'array' : null;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

export interface JsonRecord {
  /** The record's text as written, cut at the maximum event size. */
  text: string;
  /** Its first line: the first line it owns, or (owning none) the line it starts on. */
  line: number;
  /**
   * Physical lines it owns, so that every line of the file belongs to exactly one record: the lines
   * from the end of the record before up to its own last line (or the line before the next record),
   * the document's opening lines with the first record and its closing lines with the last. Records
   * sharing a line (a document on one line) leave it to the first of them: the others own none.
   */
  lineCount: number;
  truncated: boolean;
}

/**
 * Decodes a JSON document (see jsonDocumentMode) and splits it into its records, streaming: memory
 * holds the record being read and the one before it, whatever the document's size. Text outside the
 * records (`{"Records": [`, commas, `]}`) belongs to the records beside it.
 */
export class JsonRecordSplitter extends LineSplitter {
  private line = 1;
  private afterCR = false;
  private endsWithBreak = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Depth inside the records' array (array mode; -1 until it is found), or 0 (stream mode). */
  private recordsDepth: number;
  /** Depth right after a `[` whose first element decides whether it holds the records (-1: none). */
  private candidate = -1;
  private parts: string[] = [];
  private size = 0;
  private recording = false;
  private recordTruncated = false;
  private startLine = 0;
  private held: { text: string; startLine: number; endLine: number; truncated: boolean } | null = null;
  /** First line not yet owned by a record. */
  private unowned = 1;
  records = 0;

  constructor(
    encoding: TextEncoding,
    private readonly maxChars: number,
    mode: JsonDocumentMode,
    private readonly onRecord: (record: JsonRecord) => void,
  ) {
    super(encoding, maxChars, () => undefined);
    this.recordsDepth = mode === 'stream' ? 0 : -1;
  }

  /** Physical lines read (a last line without a break counts, as LineSplitter counts it). */
  get lines(): number {
    return this.endsWithBreak ? this.line - 1 : this.line;
  }

  protected override split(text: string): void {
    if (text.length === 0) return;
    this.countInvalid(text);
    let from = this.recording ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        if (!this.afterCR) this.line++;
        this.afterCR = false;
        this.endsWithBreak = true;
        continue;
      }
      if (c === 13) {
        this.line++;
        this.afterCR = true;
        this.endsWithBreak = true;
        continue;
      }
      this.afterCR = false;
      this.endsWithBreak = false;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (this.candidate >= 0 && c !== 32 && c !== 9) {
        if (c === 123) this.recordsDepth = this.candidate;
        this.candidate = -1;
      }
      if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) {
        if (c === 123 && this.depth === this.recordsDepth && !this.recording) {
          this.startRecord();
          from = i;
        }
        this.depth++;
        if (c === 91 && this.recordsDepth < 0 && this.depth <= MAX_ARRAY_DEPTH + 1)
          this.candidate = this.depth;
      } else if (c === 125 || c === 93) {
        this.depth--;
        if (this.recording && this.depth === this.recordsDepth) {
          this.take(text, from, i + 1);
          from = -1;
          this.endRecord();
        }
      }
    }
    if (this.recording && from >= 0) this.take(text, from, text.length);
  }

  protected override finish(): void {
    // A record cut off by the end of the file (a truncated download) is still one.
    if (this.recording) {
      this.recordTruncated = true;
      this.endRecord();
    }
    this.release(Math.max(this.lines, this.unowned - 1));
  }

  private startRecord(): void {
    this.recording = true;
    this.parts = [];
    this.size = 0;
    this.recordTruncated = false;
    this.startLine = this.line;
    // The record before owns the lines up to the one this record starts on.
    this.release(this.line - 1);
  }

  private take(text: string, from: number, to: number): void {
    const room = this.maxChars - this.size;
    if (to - from > room) {
      if (room > 0) this.parts.push(text.slice(from, from + room));
      this.size = this.maxChars;
      this.recordTruncated = true;
      return;
    }
    this.parts.push(text.slice(from, to));
    this.size += to - from;
  }

  private endRecord(): void {
    this.recording = false;
    const text = this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('');
    this.parts = [];
    this.held = { text, startLine: this.startLine, endLine: this.line, truncated: this.recordTruncated };
  }

  /** Passes on the record held back, owning the lines up to `through` (and its own lines at least). */
  private release(through: number): void {
    const held = this.held;
    if (held === null) return;
    this.held = null;
    const last = Math.max(this.unowned - 1, held.endLine, through);
    const lineCount = last - this.unowned + 1;
    this.records++;
    this.onRecord({
      text: held.text,
      line: lineCount > 0 ? this.unowned : held.startLine,
      lineCount,
      truncated: held.truncated,
    });
    this.unowned = last + 1;
  }
}
