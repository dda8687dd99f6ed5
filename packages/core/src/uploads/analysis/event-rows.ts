import type { MinedEvent } from '@logai/engine';

/** The log_events columns the worker COPYs, in order. */
export const EVENT_COLUMNS = [
  'organization_id',
  'upload_id',
  'file',
  'line',
  'line_count',
  'ts',
  'level',
  'service',
  'cluster_id',
  'message',
  'raw',
  'attributes',
] as const;

// PostgreSQL text cannot hold NUL; everything else is quoted CSV.
const NUL = String.fromCharCode(0);

function text(value: string | null): string {
  if (value === null) return '';
  const clean = value.includes(NUL) ? value.replaceAll(NUL, '') : value;
  return `"${clean.includes('"') ? clean.replaceAll('"', '""') : clean}"`;
}

/** One event as a CSV line for COPY … (FORMAT csv): an empty unquoted field is NULL. */
export function eventRow(organizationId: string, uploadId: string, event: MinedEvent): string {
  const attributes = Object.keys(event.attributes).length > 0 ? JSON.stringify(event.attributes) : null;
  return (
    [
      organizationId,
      uploadId,
      text(event.file),
      event.line,
      event.lineCount,
      event.timestamp === null ? '' : new Date(event.timestamp).toISOString(),
      event.level ?? '',
      text(event.service),
      event.clusterId ?? '',
      text(event.message),
      text(event.raw),
      text(attributes),
    ].join(',') + '\n'
  );
}
