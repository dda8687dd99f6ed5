'use client';
import { Trash2 } from 'lucide-react';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { deleteUpload, getUpload } from '../../lib/api-client';
import { applyUpdate } from '../../lib/apply-update';
import { formatBytes, formatDateTime, formatNumber } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { AnomalyFeed } from '../anomalies/anomaly-feed';
import { useFollowUp, useLiveEvents } from '../live-stream';
import { useSession } from '../session-provider';
import { ConfirmButton } from '../ui/confirm-button';
import { Card } from '../ui/card';
import { ErrorNote, Skeleton } from '../ui/states';
import { isActive, ProcessingProgress } from '../uploads/processing-progress';
import { ComparePanel } from './compare-panel';
import { LogExplorer } from './log-explorer';
import { Overview } from './overview';
import { PatternsTable } from './patterns-table';

const TABS = [
  { id: 'overview', label: 'Overview' },
  { id: 'anomalies', label: 'Anomalies' },
  { id: 'patterns', label: 'Patterns' },
  { id: 'explorer', label: 'Log explorer' },
  { id: 'compare', label: 'Compare' },
] as const;
type Tab = (typeof TABS)[number]['id'];

function toTab(value: string | null): Tab {
  return TABS.find((tab) => tab.id === value)?.id ?? 'overview';
}

export function UploadDetail({ id }: { id: string }) {
  const search = useSearchParams();
  const router = useRouter();
  const { me, can } = useSession();
  const tab = toTab(search.get('tab'));
  const upload = useResource(() => getUpload(id), id);

  useLiveEvents((event) => {
    if (event.type !== 'upload.updated' || event.data.uploadId !== id) return;
    upload.setData((current) => (current ? applyUpdate(current, event.data) : current));
    // Completion brings totals, members and severity: fetch the upload once more.
    if (event.data.status === 'completed' || event.data.status === 'failed') void upload.reload();
  });

  // An analysis in progress is also read again every few seconds (see useFollowUp).
  const isRunning = upload.data ? isActive(upload.data.status) : false;
  const { reload } = upload;
  useFollowUp(isRunning, () => void reload());

  if (upload.error && !upload.data)
    return <ErrorNote onRetry={() => void upload.reload()}>{upload.error}</ErrorNote>;
  if (!upload.data)
    return (
      <div className="space-y-4">
        <Skeleton className="h-8 w-1/2" />
        <Skeleton className="h-40" />
      </div>
    );
  const data = upload.data;
  const isCompleted = data.status === 'completed';
  // Members delete their own uploads, admins any (the API checks the same).
  const mayDelete = can('uploads.delete_any') || (can('uploads.create') && data.uploadedBy === me.user.id);
  return (
    <>
      <div className="mb-4">
        <Link href="/uploads" className="text-sm text-sky-700 hover:underline dark:text-sky-400">
          ← Uploads
        </Link>
        <div className="mt-1 flex flex-wrap items-start justify-between gap-3">
          <h1 className="break-all text-2xl font-semibold tracking-tight">{data.filename}</h1>
          {mayDelete ? (
            <ConfirmButton
              label="Delete"
              ariaLabel={`Delete the upload ${data.filename}`}
              icon={<Trash2 aria-hidden className="h-3.5 w-3.5" />}
              title="Delete this upload?"
              confirmLabel="Delete upload"
              onConfirm={async () => {
                await deleteUpload(id);
                router.replace('/uploads');
              }}
            >
              Its files, events, patterns, anomalies and summary are removed for good.
            </ConfirmButton>
          ) : null}
        </div>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {formatBytes(data.fileSize)} · {formatNumber(data.lineCount)} lines ·{' '}
          {formatNumber(data.eventCount)} events
          {data.members.length > 1 ? ` · ${data.members.length} files` : ''} · uploaded{' '}
          {formatDateTime(data.createdAt)}
        </p>
        {data.duplicateOf ? (
          <p className="mt-1 text-sm text-amber-700 dark:text-amber-300">
            Same content as{' '}
            <Link href={`/uploads/${data.duplicateOf.id}`} className="underline">
              {data.duplicateOf.filename}
            </Link>{' '}
            ({formatDateTime(data.duplicateOf.createdAt)}).
          </p>
        ) : null}
        <div className="mt-3 max-w-md" data-testid="upload-status">
          <ProcessingProgress upload={data} />
        </div>
      </div>
      {isCompleted ? (
        <>
          <nav
            aria-label="Upload views"
            className="mb-5 flex gap-1 overflow-x-auto border-b border-slate-200 dark:border-slate-800"
          >
            {TABS.map((item) => (
              <Link
                key={item.id}
                href={`/uploads/${id}?tab=${item.id}`}
                aria-current={tab === item.id ? 'page' : undefined}
                scroll={false}
                className={`whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
                  tab === item.id
                    ? 'border-sky-600 text-sky-700 dark:text-sky-300'
                    : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100'
                }`}
              >
                {item.label}
                {item.id === 'anomalies' && data.anomalyCount ? (
                  <span className="ml-1.5 rounded-full bg-rose-100 px-1.5 text-xs text-rose-800 dark:bg-rose-950 dark:text-rose-200">
                    {data.anomalyCount}
                  </span>
                ) : null}
              </Link>
            ))}
          </nav>
          {tab === 'overview' ? <Overview upload={data} /> : null}
          {tab === 'anomalies' ? <AnomalyFeed filter={{ uploadId: id }} showUpload={false} /> : null}
          {tab === 'patterns' ? <PatternsTable uploadId={id} /> : null}
          {tab === 'explorer' ? (
            <LogExplorer
              key={search.toString()}
              uploadId={id}
              files={data.members.map((member) => member.name)}
              initial={{
                from: search.get('from') ?? undefined,
                to: search.get('to') ?? undefined,
                pattern: search.get('pattern') ?? undefined,
                q: search.get('q') ?? undefined,
              }}
            />
          ) : null}
          {tab === 'compare' ? <ComparePanel upload={data} /> : null}
        </>
      ) : data.status === 'failed' ? (
        <Card title="This upload could not be analysed">
          <p className="text-sm">{data.error ?? 'The worker gave no reason.'}</p>
        </Card>
      ) : (
        <Card title="Analysing">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            The summary, anomalies and patterns appear here as soon as the analysis completes. This page
            updates by itself.
          </p>
        </Card>
      )}
    </>
  );
}
