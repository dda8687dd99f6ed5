'use client';
import type { Upload } from '@logai/contracts';
import { ArrowRight, CircleAlert, X } from 'lucide-react';
import Link from 'next/link';
import { formatBytes, formatNumber } from '../../lib/format';
import { SeverityBadge } from '../ui/badges';
import { ProcessingProgress, ProgressBar } from './processing-progress';

export interface Batch {
  key: string;
  files: { name: string; size: number; sent: number }[];
  upload: Upload | null;
  error: string | null;
}

/** One drop: a bar per file while bytes travel, then the analysis progress arriving over SSE. */
export function UploadBatch({ batch, onDismiss }: { batch: Batch; onDismiss: () => void }) {
  const title = batch.files.length === 1 ? (batch.files[0]?.name ?? 'file') : `${batch.files.length} files`;
  const names = batch.files.length > 1 ? batch.files.map((file) => file.name).join(', ') : null;
  return (
    <li
      className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
      aria-label={`Upload of ${title}`}
    >
      <div className="mb-3 flex items-start justify-between gap-2">
        <p className="min-w-0 truncate font-medium">
          {title}
          {names ? (
            <span className="ml-2 text-sm font-normal text-slate-500 dark:text-slate-400">{names}</span>
          ) : null}
        </p>
        <button
          type="button"
          onClick={onDismiss}
          aria-label={`Dismiss ${title}`}
          className="rounded p-1 text-slate-500 hover:bg-slate-100 dark:hover:bg-slate-800"
        >
          <X aria-hidden className="h-4 w-4" />
        </button>
      </div>
      {!batch.upload ? (
        <ul className="space-y-2">
          {batch.files.map((file) => (
            <li key={file.name} className="text-xs">
              <div className="mb-1 flex justify-between gap-2">
                <span className="truncate">{file.name}</span>
                <span className="tabular shrink-0 text-slate-500">
                  {formatBytes(file.sent)} / {formatBytes(file.size)}
                </span>
              </div>
              <ProgressBar
                percent={file.size ? (file.sent / file.size) * 100 : 100}
                label={`Upload of ${file.name}`}
                tone={batch.error ? 'rose' : 'sky'}
              />
            </li>
          ))}
        </ul>
      ) : (
        <div className="space-y-2">
          <ProcessingProgress upload={batch.upload} />
          {batch.upload.status === 'completed' ? (
            <p className="flex flex-wrap items-center gap-2 text-sm">
              {batch.upload.severity ? <SeverityBadge severity={batch.upload.severity} /> : null}
              <span className="tabular text-slate-600 dark:text-slate-400">
                {formatNumber(batch.upload.eventCount)} events · {formatNumber(batch.upload.anomalyCount)}{' '}
                anomalies
              </span>
            </p>
          ) : null}
          {batch.upload.status === 'completed' ? (
            <Link
              href={`/uploads/${batch.upload.id}`}
              className="inline-flex items-center gap-1 text-sm font-medium text-sky-700 hover:underline dark:text-sky-400"
            >
              Open the analysis <ArrowRight aria-hidden className="h-4 w-4" />
            </Link>
          ) : null}
        </div>
      )}
      {batch.error ? (
        <p role="alert" className="mt-3 flex items-start gap-1.5 text-sm text-rose-700 dark:text-rose-300">
          <CircleAlert aria-hidden className="mt-0.5 h-4 w-4 shrink-0" />
          {batch.error}
        </p>
      ) : null}
    </li>
  );
}
