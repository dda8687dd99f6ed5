'use client';
import type { Upload } from '@logai/contracts';
import { useCallback, useRef, useState } from 'react';
import { useFollowUp, useLiveEvents } from '../../../components/live-stream';
import { useSession } from '../../../components/session-provider';
import { DropZone } from '../../../components/uploads/drop-zone';
import { TimeZoneSelect, useUploadTimeZone } from '../../../components/uploads/time-zone-select';
import { isActive, isAnalysing } from '../../../components/uploads/processing-progress';
import { UploadBatch, type Batch } from '../../../components/uploads/upload-batch';
import { UploadTable } from '../../../components/uploads/upload-table';
import { Button } from '../../../components/ui/button';
import { Card, PageHeader } from '../../../components/ui/card';
import { EmptyState, ErrorNote, Skeleton } from '../../../components/ui/states';
import { getUpload, listUploads } from '../../../lib/api-client';
import { applyUpdate } from '../../../lib/apply-update';
import { ApiError, errorMessage } from '../../../lib/http';
import { uploadFiles } from '../../../lib/upload-files';
import { useResource } from '../../../lib/use-resource';

export default function UploadsPage() {
  const { can } = useSession();
  const [batches, setBatches] = useState<Batch[]>([]);
  const [older, setOlder] = useState<{ items: Upload[]; cursor: string | null; isLoading: boolean }>({
    items: [],
    cursor: null,
    isLoading: false,
  });
  const uploads = useResource(async () => {
    const page = await listUploads();
    setOlder({ items: [], cursor: page.nextCursor, isLoading: false });
    return page.items;
  }, 'uploads');
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [timeZone, setTimeZone] = useUploadTimeZone();

  const patchBatch = (key: string, patch: (batch: Batch) => Batch) =>
    setBatches((current) => current.map((batch) => (batch.key === key ? patch(batch) : batch)));

  const start = useCallback(
    async (files: File[]) => {
      const key = crypto.randomUUID();
      setBatches((current) => [
        {
          key,
          files: files.map((file) => ({ name: file.name, size: file.size, sent: 0 })),
          upload: null,
          error: null,
        },
        ...current,
      ]);
      try {
        const upload = await uploadFiles(
          files,
          ({ perFile }) =>
            patchBatch(key, (batch) => ({
              ...batch,
              files: batch.files.map((file, index) => ({ ...file, sent: perFile[index] ?? file.sent })),
            })),
          { timeZone: timeZone || undefined },
        );
        patchBatch(key, (batch) => ({ ...batch, upload }));
        void uploads.reload();
      } catch (caught) {
        const message =
          caught instanceof ApiError && caught.status === 413
            ? `Too big: ${caught.message}`
            : `Not uploaded: ${errorMessage(caught)}`;
        patchBatch(key, (batch) => ({ ...batch, error: message }));
      }
    },
    [uploads, timeZone],
  );

  /** One upload as the API has it now, in the table and in its batch. */
  const refresh = (id: string) =>
    void getUpload(id)
      .then((fresh) => {
        uploads.setData(
          (current) => current?.map((upload) => (upload.id === fresh.id ? fresh : upload)) ?? current,
        );
        setBatches((current) =>
          current.map((batch) => (batch.upload?.id === fresh.id ? { ...batch, upload: fresh } : batch)),
        );
      })
      .catch(() => undefined);

  // Analyses in progress are also read again every few seconds (see useFollowUp).
  const following = new Set([
    ...batches.flatMap((batch) => (batch.upload && isActive(batch.upload.status) ? [batch.upload.id] : [])),
    ...(uploads.data ?? []).flatMap((upload) => (isAnalysing(upload.status) ? [upload.id] : [])),
  ]);
  useFollowUp(following.size > 0, () => following.forEach((id) => refresh(id)));

  useLiveEvents((event) => {
    if (event.type !== 'upload.updated') return;
    const update = event.data;
    setBatches((current) =>
      current.map((batch) =>
        batch.upload ? { ...batch, upload: applyUpdate(batch.upload, update) } : batch,
      ),
    );
    const isKnown = uploads.data?.some((upload) => upload.id === update.uploadId);
    if (isKnown)
      uploads.setData((current) => current?.map((upload) => applyUpdate(upload, update)) ?? current);
    // A finished analysis has new totals (lines, severity): fetch that one row, not the whole page.
    if (update.status === 'completed' || update.status === 'failed') refresh(update.uploadId);
    if (!isKnown) {
      clearTimeout(reloadTimer.current);
      reloadTimer.current = setTimeout(() => void uploads.reload(), 500);
    }
  });

  const all = [...(uploads.data ?? []), ...older.items];
  return (
    <>
      <PageHeader title="Uploads" description="Every file and bundle your organisation sent to LogAi." />
      {can('uploads.create') ? (
        <div className="mb-6 grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <div className="space-y-3">
            <DropZone onFiles={(files) => void start(files)} />
            <TimeZoneSelect value={timeZone} onChange={setTimeZone} />
          </div>
          {batches.length ? (
            <ul className="space-y-3" aria-label="Uploads in progress">
              {batches.map((batch) => (
                <UploadBatch
                  key={batch.key}
                  batch={batch}
                  onDismiss={() => setBatches((current) => current.filter((item) => item.key !== batch.key))}
                />
              ))}
            </ul>
          ) : (
            <div className="hidden rounded-xl border border-slate-200 p-5 text-sm text-slate-600 lg:block dark:border-slate-800 dark:text-slate-400">
              <p className="font-medium text-slate-900 dark:text-slate-100">Or from a terminal</p>
              <pre className="mt-2 overflow-x-auto rounded-lg bg-slate-100 p-3 font-mono text-xs dark:bg-slate-800">
                {`curl -H "authorization: Bearer lak_…" \\\n  -F file=@app.log -F file=@db.log \\\n  $LOGAI_URL/api/v1/uploads`}
              </pre>
              <p className="mt-2">Create an API key in Settings.</p>
            </div>
          )}
        </div>
      ) : null}
      <Card title="All uploads">
        {uploads.error ? <ErrorNote onRetry={() => void uploads.reload()}>{uploads.error}</ErrorNote> : null}
        {!uploads.data ? (
          <div className="space-y-3">
            <Skeleton className="h-10" />
            <Skeleton className="h-10" />
            <Skeleton className="h-10" />
          </div>
        ) : all.length === 0 ? (
          <EmptyState title="No uploads yet">
            Drop a log file above to get patterns, anomalies and a summary.
          </EmptyState>
        ) : (
          <>
            <UploadTable uploads={all} />
            {older.cursor ? (
              <Button
                variant="secondary"
                size="sm"
                className="mt-3"
                disabled={older.isLoading}
                onClick={async () => {
                  const cursor = older.cursor;
                  if (!cursor) return;
                  setOlder((current) => ({ ...current, isLoading: true }));
                  try {
                    const page = await listUploads({ cursor });
                    setOlder((current) => ({
                      items: [...current.items, ...page.items],
                      cursor: page.nextCursor,
                      isLoading: false,
                    }));
                  } catch {
                    setOlder((current) => ({ ...current, isLoading: false }));
                  }
                }}
              >
                Older uploads
              </Button>
            ) : null}
          </>
        )}
      </Card>
    </>
  );
}
