import { WILDCARD } from './mask-token';

/**
 * The values behind a template's variables: the raw token minus the literal text around `<*>`.
 * `positions` receives the token position of each value.
 */
export function extractParams(template: string[], raw: string[], positions: number[]): string[] {
  const params: string[] = [];
  for (let i = 0; i < template.length; i++) {
    const t = template[i] ?? '';
    const value = raw[i] ?? '';
    if (t === WILDCARD) {
      params.push(value);
      positions.push(i);
      continue;
    }
    const at = t.indexOf(WILDCARD);
    if (at < 0) continue;
    const suffix = t.length - t.lastIndexOf(WILDCARD) - WILDCARD.length;
    params.push(value.slice(at, Math.max(at, value.length - suffix)));
    positions.push(i);
  }
  return params;
}
