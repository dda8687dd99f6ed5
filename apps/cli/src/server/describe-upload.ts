import { Summary, type Upload } from '@logai/contracts';
import { ApiError, type ApiClient } from './api-client';

/** The summary of a completed upload; none when it has not been written (yet). */
export async function fetchSummary(client: ApiClient, upload: Upload): Promise<Summary | undefined> {
  if (upload.status !== 'completed') return undefined;
  try {
    return await client.getJson(`/api/v1/uploads/${upload.id}/summary`, Summary);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return undefined;
    throw err;
  }
}

const count = (n: number | null): string => (n === null ? '-' : n.toLocaleString('en-US'));

/** A few aligned lines a person reads at a glance. */
export function describeUpload(upload: Upload, summary: Summary | undefined): string {
  const rows: [string, string][] = [
    ['upload', `${upload.id}  ${upload.filename}`],
    ['status', upload.status],
  ];
  const progress = upload.progress;
  if (progress && upload.status !== 'completed')
    rows.push(['progress', `${progress.stage} ${Math.round(progress.percent)}%`]);
  if (summary) rows.push(['summary', summary.title]);
  const severity = summary?.severity ?? upload.severity;
  if (severity) rows.push(['severity', severity]);
  rows.push(['anomalies', String(upload.anomalyCount)]);
  rows.push(['lines', count(upload.lineCount)], ['events', count(upload.eventCount)]);
  if (upload.fileSize !== null) rows.push(['size', `${(upload.fileSize / 1024 / 1024).toFixed(1)} MB`]);
  if (upload.members.length > 1) rows.push(['files', upload.members.map((m) => m.name).join(', ')]);
  if (upload.duplicateOf)
    rows.push(['duplicate of', `${upload.duplicateOf.id} (${upload.duplicateOf.filename})`]);
  if (upload.error) rows.push(['error', upload.error]);
  return rows.map(([key, value]) => `${key.padEnd(12)} ${value}\n`).join('');
}
