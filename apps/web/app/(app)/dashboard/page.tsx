'use client';
import { SEVERITY_VALUES } from '@logai/contracts';
import { FileUp } from 'lucide-react';
import Link from 'next/link';
import { ErrorRateChart } from '../../../components/charts/error-rate-chart';
import { MetricCard } from '../../../components/dashboard/metric-card';
import { useFollowUp, useLiveEvents } from '../../../components/live-stream';
import { isAnalysing } from '../../../components/uploads/processing-progress';
import { UploadTable } from '../../../components/uploads/upload-table';
import { SeverityBadge } from '../../../components/ui/badges';
import { buttonClass } from '../../../components/ui/button';
import { Card, PageHeader } from '../../../components/ui/card';
import { EmptyState, ErrorNote, Skeleton } from '../../../components/ui/states';
import { getDashboard } from '../../../lib/api-client';
import { applyUpdate } from '../../../lib/apply-update';
import { formatNumber } from '../../../lib/format';
import { useResource } from '../../../lib/use-resource';

export default function DashboardPage() {
  const dashboard = useResource(() => getDashboard(), 'dashboard');

  useLiveEvents((event) => {
    if (event.type === 'upload.updated') {
      dashboard.setData((current) =>
        current
          ? {
              ...current,
              recentUploads: current.recentUploads.map((upload) => applyUpdate(upload, event.data)),
            }
          : current,
      );
      const isKnown = dashboard.data?.recentUploads.some((upload) => upload.id === event.data.uploadId);
      if (!isKnown || event.data.status === 'completed' || event.data.status === 'failed')
        void dashboard.reload();
    } else if (event.type === 'anomaly.created') {
      void dashboard.reload();
    }
  });

  const data = dashboard.data;
  useFollowUp(data?.recentUploads.some((upload) => isAnalysing(upload.status)) ?? false, () => {
    void dashboard.reload();
  });
  const openTotal = data
    ? SEVERITY_VALUES.reduce((sum, severity) => sum + data.openAnomalies[severity], 0)
    : 0;
  return (
    <>
      <PageHeader
        title="Dashboard"
        description="What your logs said this week."
        actions={
          <Link href="/uploads" className={buttonClass('primary')}>
            <FileUp aria-hidden className="h-4 w-4" />
            Upload logs
          </Link>
        }
      />
      {dashboard.error ? (
        <ErrorNote onRetry={() => void dashboard.reload()}>{dashboard.error}</ErrorNote>
      ) : null}
      <dl className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        {data ? (
          <>
            <MetricCard
              label="Uploads this week"
              value={formatNumber(data.uploads.thisWeek)}
              detail={`${formatNumber(data.uploads.total)} in all`}
            />
            <MetricCard label="Lines analysed" value={formatNumber(data.linesAnalysed)} />
            <MetricCard
              label="Open anomalies"
              value={
                <Link href="/anomalies" className="hover:underline">
                  {formatNumber(openTotal)}
                </Link>
              }
              detail={
                <span className="flex flex-wrap gap-1">
                  {SEVERITY_VALUES.filter((severity) => data.openAnomalies[severity] > 0).map((severity) => (
                    <span key={severity} className="inline-flex items-center gap-1">
                      <SeverityBadge severity={severity} />
                      <span className="tabular">{data.openAnomalies[severity]}</span>
                    </span>
                  ))}
                </span>
              }
            />
            <MetricCard label="Processing now" value={formatNumber(data.uploads.processing)} />
          </>
        ) : (
          [0, 1, 2, 3].map((index) => <Skeleton key={index} className="h-24" />)
        )}
      </dl>
      <div className="grid gap-6">
        <Card title="Error rate, last 14 days">
          {data ? (
            data.errorRateTrend.some((day) => day.events > 0) ? (
              <ErrorRateChart trend={data.errorRateTrend} />
            ) : (
              <EmptyState title="No events yet">The trend appears once uploads are analysed.</EmptyState>
            )
          ) : (
            <Skeleton className="h-44" />
          )}
        </Card>
        <Card
          title="Recent uploads"
          actions={
            <Link href="/uploads" className="text-sm text-sky-700 hover:underline dark:text-sky-400">
              All uploads
            </Link>
          }
        >
          {data ? (
            data.recentUploads.length ? (
              <UploadTable uploads={data.recentUploads} label="Recent uploads" />
            ) : (
              <EmptyState title="Nothing uploaded yet">
                <Link href="/uploads" className="text-sky-700 hover:underline dark:text-sky-400">
                  Drop your first log file
                </Link>{' '}
                to see patterns, anomalies and a summary.
              </EmptyState>
            )
          ) : (
            <Skeleton className="h-44" />
          )}
        </Card>
      </div>
    </>
  );
}
