import { WILDCARD } from './mask-token';
import { fitsVariable } from './merge-tokens';
import { isRouteAt, routeFits } from './routes';

/** All-caps words (RUNNING, FOLLOWING) are states: two different ones mean two different events. */
export function isEnumWord(s: string): boolean {
  if (s.length < 2) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || c === 95)) return false;
  }
  return true;
}

/**
 * Share of the template's constant tokens that the event repeats at the same position
 * (0 when the template is all variables or differs in one word only); -1 when the two disagree on a
 * state word.
 */
export function similarity(template: string[], tokens: string[]): number {
  let constants = 0;
  let equal = 0;
  for (let i = 0; i < template.length; i++) {
    const t = template[i];
    if (t === WILDCARD || t === undefined) continue;
    const u = tokens[i] ?? '';
    if (t === u) {
      constants++;
      equal++;
    } else if (t.includes(WILDCARD) && (isRouteAt(template, i) ? routeFits(t, u) : fitsVariable(t, u))) {
      continue; // "<*>:" generalised earlier from "alice:", "bob:"
    } else {
      constants++;
      if (isEnumWord(t) && isEnumWord(u)) return -1;
    }
  }
  if (constants === 0) return 0;
  // One differing word is left to the sibling rule (it may be an enum value, not a variable).
  if (constants - equal < 2) return equal === constants ? 1 : 0;
  return equal / constants;
}
