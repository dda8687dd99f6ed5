import {
  isContinuation,
  isCrashStart,
  isRustPanic,
  isUnloggedTraceback,
  newFramingState,
  type FramingState,
} from './is-continuation';

export interface FramedEvent {
  line: number;
  lineCount: number;
  /** First line of the event (what the format parser reads). */
  first: string;
  /** All lines joined with "\n", truncated to the maximum event size. */
  text: string;
  truncated: boolean;
}

/**
 * Joins physical lines into events. Lines are pushed in order; a completed event is returned when the
 * next one starts. `isForeign` (from format detection) marks lines that cannot start an event; it is
 * given the first line of the event being framed and its number of lines so far. With `entries` (an
 * entry reader's, see entry-readers.ts), `isForeign` alone decides: its format's header lines open
 * entries even where they look like a continuation elsewhere (Wazuh's `** Alert …` after a blank line
 * is no box of stars closing the event before it).
 */
export class EventFramer {
  private current: FramedEvent | null = null;
  /**
   * The lines of a multi-line event being framed, its first included; null while it has one line (most
   * events): no array made and dropped per line.
   */
  private parts: string[] | null = null;
  private bytes = 0;
  private readonly state: FramingState = newFramingState();

  constructor(
    private readonly maxEventBytes: number,
    private readonly isForeign: ((line: string, first: string, lines: number) => boolean) | null = null,
    private readonly entries = false,
  ) {}

  /** `physicalLines`: how many input lines `line` stands for (a container runtime's split line, rejoined). */
  push(line: string, lineNo: number, truncatedLine = false, physicalLines = 1): FramedEvent | null {
    const cur = this.current;
    if (
      cur !== null &&
      !this.endsStarBox(line, cur) &&
      (this.entries
        ? this.isForeign?.(line, cur.first, cur.lineCount) === true
        : !isUnloggedTraceback(line, cur.first) &&
          (isContinuation(line, this.state) ||
            (this.isForeign !== null &&
              this.isForeign(line, cur.first, cur.lineCount) &&
              !isCrashStart(line))))
    ) {
      if (truncatedLine) cur.truncated = true;
      cur.lineCount += physicalLines;
      if (!cur.truncated) {
        if (this.bytes + line.length + 1 > this.maxEventBytes) {
          cur.truncated = true;
          const room = Math.max(0, this.maxEventBytes - this.bytes - 1);
          if (room > 0) (this.parts ??= [cur.first]).push(line.slice(0, room));
          this.bytes = this.maxEventBytes;
        } else {
          (this.parts ??= [cur.first]).push(line);
          this.bytes += line.length + 1;
        }
      }
      return null;
    }
    this.state.inTraceback = false;
    this.state.inStarBox = 0;
    this.state.afterBlank = false;
    // Each opening tested only for a line starting with its first letter (a builtin call each).
    const c = line.charCodeAt(0);
    if (c !== 103 || !line.startsWith('goroutine ')) this.state.inGoroutine = false;
    if (c === 84 && line.startsWith('Traceback (most recent call last)')) this.state.inTraceback = true;
    this.state.inJvmCrash = c === 35 && isCrashStart(line);
    this.state.inRustPanic = c === 116 && isRustPanic(line) ? 1 : 0;
    const done = this.flush();
    let first = line;
    let truncated = truncatedLine;
    if (first.length > this.maxEventBytes) {
      first = first.slice(0, this.maxEventBytes);
      truncated = true;
    }
    this.current = { line: lineNo, lineCount: physicalLines, first, text: first, truncated };
    this.bytes = first.length;
    return done;
  }

  /**
   * Whether a line inside a box of stars (see FramingState.inStarBox) is one the file's format opens
   * events with: the box had no closing rule, and ends there. Oracle's alert log reports a client's
   * TNS timeout as a blank line, a rule of stars and the error's lines, with no rule after them; the
   * next entry's time, alone on its line, opens that entry, not a line of the report (blind7 36/s01:
   * five minutes of entries, read as one event, hid a silence after them).
   */
  private endsStarBox(line: string, cur: FramedEvent): boolean {
    if (this.state.inStarBox === 0 || this.isForeign === null || line.length === 0) return false;
    const c = line.charCodeAt(0);
    return c !== 32 && c !== 9 && !this.isForeign(line, cur.first, cur.lineCount);
  }

  /** The first line of the event being framed (-1: none). */
  currentLine(): number {
    return this.current?.line ?? -1;
  }

  /** Returns the pending event, if any (call at the end of a file). */
  flush(): FramedEvent | null {
    const cur = this.current;
    if (cur === null) return null;
    if (this.parts !== null) cur.text = this.parts.join('\n');
    if (cur.truncated) cur.text += ` …[truncated: ${cur.lineCount} lines]`;
    this.current = null;
    this.parts = null;
    return cur;
  }
}
