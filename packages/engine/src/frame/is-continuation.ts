// Rules that decide whether a physical line continues the previous event (stack traces, tracebacks,
// Go panics, indented continuation lines) rather than starting a new one.

const JAVA_EXCEPTION = /^(?:[a-zA-Z_$][\w$]*\.)+[\w$]*(?:Exception|Error|Throwable)(?::|$)/;
const NODE_OR_PY_ERROR = /^[A-Z]\w*(?:Error|Exception|Warning)(?::|$)/;
const GO_FRAME = /^(?:[\w.\-/]+\.)?[\w.*()\-[\]]+\(.*\)$/;

export interface FramingState {
  /** Inside a Python traceback: its last unindented line ("ValueError: …") still belongs to it. */
  inTraceback: boolean;
  /** Inside a Go goroutine dump. */
  inGoroutine: boolean;
}

export function isContinuation(line: string, state: FramingState): boolean {
  const c = line.charCodeAt(0);
  // A blank line never starts an event (tracebacks and Go dumps contain them).
  if (line.length === 0) return true;
  if (c === 32 || c === 9) return true;
  // Most lines start with a timestamp or "{": no rule below can apply to them.
  if (((c >= 48 && c <= 57) || c === 123) && !state.inTraceback && !state.inGoroutine) return false;
  if (state.inTraceback) {
    state.inTraceback = false;
    return true;
  }
  if (line.startsWith('Traceback (most recent call last)')) {
    state.inTraceback = true;
    return true;
  }
  if (
    line.startsWith('Caused by: ') ||
    line.startsWith('Suppressed: ') ||
    line.startsWith('During handling of the above')
  )
    return true;
  if (line.startsWith('The above exception was the direct cause')) return true;
  if (line.startsWith('goroutine ') && line.endsWith(':')) {
    state.inGoroutine = true;
    return true;
  }
  if (state.inGoroutine) {
    if (line.startsWith('created by ') || GO_FRAME.test(line) || line.startsWith('exit status')) return true;
    state.inGoroutine = false;
  }
  if (line.startsWith('[signal ')) return true;
  if (c >= 97 && c <= 122 && JAVA_EXCEPTION.test(line)) return true;
  return NODE_OR_PY_ERROR.test(line);
}
