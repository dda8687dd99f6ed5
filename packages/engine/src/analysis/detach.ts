const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A fresh copy of a string. V8 keeps a sliced string's parent alive: a 20-character service name
 * sliced from a 1 MB input chunk would pin the whole chunk in a long-lived map or sample.
 */
export function detach(text: string): string {
  return decoder.decode(encoder.encode(text));
}
