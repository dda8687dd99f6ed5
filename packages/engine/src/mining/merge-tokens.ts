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
  if (a.length - lead - trail < 0) trail = 0;
  if (lead === 0 && trail === 0) return WILDCARD;
  // A template token may already be "<*>:"; its own edges are what both share.
  return a.slice(0, lead) + WILDCARD + a.slice(a.length - trail);
}

/** True when `token` fits a template token made of a variable with fixed edges ("<*>:"). */
export function fitsVariable(template: string, token: string): boolean {
  const at = template.indexOf(WILDCARD);
  if (at < 0) return false;
  const suffix = template.length - at - WILDCARD.length;
  return (
    token.length > at + suffix &&
    token.startsWith(template.slice(0, at)) &&
    token.endsWith(template.slice(template.length - suffix))
  );
}
