import type { Upload, UploadProgress, UploadStatus } from '@logai/contracts';
import { formatBytes, formatNumber } from '../../lib/format';
import { UploadStatusBadge } from '../ui/badges';

const STAGE: Record<UploadProgress['stage'], string> = {
  uploading: 'Receiving',
  queued: 'Waiting for a worker',
  reading: 'Reading and mining patterns',
  storing: 'Storing events',
  summarising: 'Writing the summary',
  done: 'Done',
};

export function ProgressBar({
  percent,
  label,
  tone = 'sky',
}: {
  percent: number;
  label: string;
  tone?: 'sky' | 'emerald' | 'rose';
}) {
  const clamped = Math.max(0, Math.min(100, percent));
  const colour = tone === 'emerald' ? 'bg-emerald-500' : tone === 'rose' ? 'bg-rose-500' : 'bg-sky-500';
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(clamped)}
      className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
    >
      <div
        className={`h-full rounded-full transition-[width] duration-300 ${colour}`}
        style={{ width: `${clamped}%` }}
      />
    </div>
  );
}

/** Status, stage and % of one upload's analysis; fixed height so live updates never shift the page. */
export function ProcessingProgress({
  upload,
}: {
  upload: Pick<Upload, 'filename' | 'status' | 'progress' | 'error'>;
}) {
  const { status, progress } = upload;
  const percent = status === 'completed' ? 100 : (progress?.percent ?? 0);
  return (
    <div className="min-w-0 space-y-1">
      <div className="flex items-center justify-between gap-2 text-xs">
        <span className="flex items-center gap-2">
          <UploadStatusBadge status={status} />
          <span className="tabular text-slate-600 dark:text-slate-400">{describe(status, progress)}</span>
        </span>
        {isActive(status) ? <span className="tabular text-slate-500">{Math.round(percent)} %</span> : null}
      </div>
      {isActive(status) ? <ProgressBar percent={percent} label={`Analysis of ${upload.filename}`} /> : null}
      {status === 'failed' && upload.error ? (
        <p className="text-xs text-rose-700 dark:text-rose-300">{upload.error}</p>
      ) : null}
    </div>
  );
}

export function isActive(status: UploadStatus): boolean {
  return status === 'pending' || status === 'queued' || status === 'processing';
}

/** Queued or processing: a worker's part (a `pending` direct upload waits for its sender, maybe forever). */
export function isAnalysing(status: UploadStatus): boolean {
  return status === 'queued' || status === 'processing';
}

function describe(status: UploadStatus, progress: UploadProgress | null): string {
  if (status === 'completed') return 'Analysis ready';
  if (status === 'failed') return 'Not analysed';
  if (!progress) return status === 'processing' ? 'Starting' : 'Waiting for a worker';
  const detail =
    progress.stage === 'reading' && progress.bytesTotal > 0
      ? ` · ${formatBytes(progress.bytesDone)} of ${formatBytes(progress.bytesTotal)}`
      : progress.events !== undefined
        ? ` · ${formatNumber(progress.events)} events`
        : '';
  return `${STAGE[progress.stage]}${detail}`;
}
