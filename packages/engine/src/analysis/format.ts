import { formatWidth } from './bucket-ladder';

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** "14:05–14:12 UTC" style window for descriptions (date added when the window spans days). */
export function describeWindow(startMs: number, endMs: number): string {
  const a = iso(startMs);
  const b = iso(endMs);
  const sameDay = a.slice(0, 10) === b.slice(0, 10);
  return `${a.slice(0, 10)} ${a.slice(11, 16)}–${sameDay ? b.slice(11, 16) : `${b.slice(0, 10)} ${b.slice(11, 16)}`} UTC`;
}

export function perBucket(widthMs: number): string {
  return `per ${formatWidth(widthMs)}`;
}

export function round(value: number, digits = 1): number {
  const f = Math.pow(10, digits);
  return Math.round(value * f) / f;
}

export function shortTemplate(template: string, max = 80): string {
  const oneLine = template.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
