// Bucket widths, each a multiple of the previous one so counters can be merged when the width grows.
export const BUCKET_LADDER_MS = [
  1, 2, 10, 30, 60, 300, 600, 1800, 3600, 7200, 21600, 43200, 86400, 604800,
].map((seconds) => seconds * 1000);

export function nextWidth(widthMs: number): number {
  return BUCKET_LADDER_MS.find((w) => w > widthMs) ?? widthMs * 2;
}

/** The detection width: the smallest ladder width (≥ the stored one) giving at most `maxBuckets`. */
export function detectionWidth(spanMs: number, storedWidthMs: number, maxBuckets = 240): number {
  let width = storedWidthMs;
  while (spanMs / width > maxBuckets) width = nextWidth(width);
  return width;
}

export function formatWidth(widthMs: number): string {
  const s = widthMs / 1000;
  if (s % 86400 === 0) return `${s / 86400}d`;
  if (s % 3600 === 0) return `${s / 3600}h`;
  if (s % 60 === 0) return `${s / 60}m`;
  return `${s}s`;
}
