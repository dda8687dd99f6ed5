import { createHash } from 'node:crypto';

/** Collapses whitespace so cosmetic spacing never changes an id. */
export function normalizeTemplate(template: string): string {
  return template.trim().split(/\s+/).join(' ');
}

/** Stable pattern id: 16 hex chars of SHA-256 of the normalised template. */
export function patternId(template: string): string {
  return createHash('sha256').update(normalizeTemplate(template)).digest('hex').slice(0, 16);
}
