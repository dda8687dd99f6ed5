/** A link into the upload's log explorer, narrowed to an anomaly's or key issue's window and pattern. */
export function evidenceHref(
  uploadId: string,
  { start, end, patternId }: { start: string | null; end: string | null; patternId: string | null },
): string {
  const params = new URLSearchParams({ tab: 'explorer' });
  if (start) {
    params.set('from', start);
    // A single-instant window would select nothing: widen it to a minute.
    const to =
      end && Date.parse(end) > Date.parse(start) ? end : new Date(Date.parse(start) + 60_000).toISOString();
    params.set('to', to);
  }
  if (patternId) params.set('pattern', patternId);
  return `/uploads/${uploadId}?${params.toString()}`;
}
