import { WILDCARD } from './mask-token';

const isEdge = (c: number): boolean =>
  c === 58 ||
  c === 44 ||
  c === 59 ||
  c === 46 ||
  c === 41 ||
  c === 93 ||
  c === 40 ||
  c === 91 ||
  c === 34 ||
  c === 39;

/** A character that separates a token's parts: not a letter or a digit, nor the wildcard's brackets. */
const isSeparator = (c: number): boolean =>
  !(
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 60 ||
    c === 62 ||
    c === 42
  );

/**
 * Generalises two different tokens into one variable, keeping punctuation they share at both ends:
 * "alice:" and "bob:" give "<*>:", "[x]" and "[y]" give "[<*>]".
 */
export function mergeTokens(a: string, b: string): string {
  if (a === b) return a;
  if (a === WILDCARD || b === WILDCARD) return WILDCARD;
  let lead = 0;
  while (
    lead < a.length &&
    lead < b.length &&
    a.charCodeAt(lead) === b.charCodeAt(lead) &&
    isEdge(a.charCodeAt(lead))
  )
    lead++;
  let trail = 0;
  while (
    trail < a.length - lead &&
    trail < b.length - lead &&
    a.charCodeAt(a.length - 1 - trail) === b.charCodeAt(b.length - 1 - trail) &&
    isEdge(a.charCodeAt(a.length - 1 - trail))
  ) {
    trail++;
  }
  // "rhost=a.example" and "rhost=<*>" keep their key: the common prefix up to its last '=' or ':'.
  let common = 0;
  while (common < a.length && common < b.length && a.charCodeAt(common) === b.charCodeAt(common)) common++;
  for (let i = common - 1; i >= lead; i--) {
    const c = a.charCodeAt(i);
    if (c === 61 || c === 58) {
      lead = i + 1;
      break;
    }
  }
  // A longer common tail that opens on a separator stays too, when the tokens' variable parts are
  // inside them: "…&alias=cn001&noUDP&sock=<*>>" and "…&alias=cn078&noUDP&sock=<*>>" give
  // "…&alias=<*>&noUDP&sock=<*>>", not "…&alias=<*>" (which no later node's token fits: HTCondor's
  // addresses made a cluster a line).
  let tail = 0;
  while (
    tail < a.length - lead &&
    tail < b.length - lead &&
    a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)
  )
    tail++;
  while (tail > trail && !isSeparator(a.charCodeAt(a.length - tail))) tail--;
  if (tail > trail && a.slice(a.length - tail).includes(WILDCARD)) trail = tail;
  if (a.length - lead - trail < 0) trail = 0;
  if (lead === 0 && trail === 0) return WILDCARD;
  // A template token may already be "<*>:"; its own edges are what both share.
  return a.slice(0, lead) + WILDCARD + a.slice(a.length - trail);
}

/**
 * True when `token` fits a template token made of variables with fixed text around them ("<*>:",
 * "<<*>?addrs=<*>&alias=<*>&noUDP"): the text in order, each variable taking one character at least.
 */
export function fitsVariable(template: string, token: string): boolean {
  const at = template.indexOf(WILDCARD);
  if (at < 0) return false;
  const last = template.lastIndexOf(WILDCARD);
  const suffix = template.length - last - WILDCARD.length;
  if (
    token.length <= at + suffix ||
    !token.startsWith(template.slice(0, at)) ||
    !token.endsWith(template.slice(template.length - suffix))
  )
    return false;
  if (last === at) return true;
  // The text between the variables, in order, each after a character of the variable before it.
  let from = at + 1;
  const end = token.length - suffix;
  for (const part of template.slice(at + WILDCARD.length, last).split(WILDCARD)) {
    if (part === '') {
      from++;
      continue;
    }
    const found = token.indexOf(part, from);
    if (found < 0 || found + part.length >= end + 1) return false;
    from = found + part.length + 1;
  }
  return from <= end;
}
