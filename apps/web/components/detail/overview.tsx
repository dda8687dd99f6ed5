'use client';
import type { Upload } from '@logai/contracts';
import { ArrowRight } from 'lucide-react';
import Link from 'next/link';
import { getHistogram, getSummary, listAnomalies } from '../../lib/api-client';
import { evidenceHref } from '../../lib/evidence-href';
import { formatLogTime, formatNumber } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { TYPE_LABEL } from '../anomalies/anomaly-card';
import { LevelLegend, TimelineChart } from '../charts/timeline-chart';
import { Markdown } from '../markdown';
import { SeverityBadge } from '../ui/badges';
import { Card } from '../ui/card';
import { EmptyState, ErrorNote, Skeleton } from '../ui/states';

export function Overview({ upload }: { upload: Upload }) {
  const summary = useResource(() => getSummary(upload.id), `summary-${upload.id}`);
  const histogram = useResource(
    (signal) => getHistogram(upload.id, {}, 120, signal),
    `histogram-${upload.id}`,
  );
  const anomalies = useResource(
    async () => (await listAnomalies({ uploadId: upload.id })).items,
    `anomalies-${upload.id}`,
  );

  return (
    <div className="space-y-6">
      <Card
        id="timeline"
        title="Timeline"
        actions={
          <Link
            href={`/uploads/${upload.id}?tab=explorer`}
            className="text-sm text-sky-700 hover:underline dark:text-sky-400"
          >
            Explore events
          </Link>
        }
      >
        {histogram.error ? (
          <ErrorNote onRetry={() => void histogram.reload()}>{histogram.error}</ErrorNote>
        ) : null}
        {histogram.data ? (
          histogram.data.buckets.length ? (
            <>
              <TimelineChart
                histogram={histogram.data}
                label={`Events over time by level, with ${anomalies.data?.length ?? 0} anomaly windows shaded`}
                windows={(anomalies.data ?? []).flatMap((anomaly) =>
                  anomaly.windowStart && anomaly.windowEnd
                    ? [
                        {
                          start: anomaly.windowStart,
                          end: anomaly.windowEnd,
                          severity: anomaly.severity,
                          label: TYPE_LABEL[anomaly.type],
                        },
                      ]
                    : [],
                )}
              />
              <div className="mt-2">
                <LevelLegend />
              </div>
            </>
          ) : (
            <EmptyState title="No timestamps">
              These logs carry no times LogAi could read, so there is no timeline.
            </EmptyState>
          )
        ) : histogram.error ? null : (
          <Skeleton className="h-40" />
        )}
      </Card>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <Card id="summary" title="Summary">
            {summary.error ? (
              <ErrorNote onRetry={() => void summary.reload()}>{summary.error}</ErrorNote>
            ) : null}
            {!summary.data ? (
              summary.error ? null : (
                <div className="space-y-2">
                  <Skeleton className="h-6 w-2/3" />
                  <Skeleton className="h-20" />
                </div>
              )
            ) : (
              <div>
                <div className="flex flex-wrap items-center gap-2">
                  <SeverityBadge severity={summary.data.severity} />
                  <h3 className="text-lg font-semibold" data-testid="summary-title">
                    {summary.data.title}
                  </h3>
                </div>
                <div className="mt-3">
                  <Markdown source={summary.data.content} />
                </div>
                <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
                  Written by {summary.data.model === 'builtin' ? 'the built-in analyst' : summary.data.model}.
                </p>
              </div>
            )}
          </Card>
        </div>
        <Card id="key-issues" title="Key issues">
          {summary.data ? (
            summary.data.keyIssues.length ? (
              <ol className="space-y-3">
                {summary.data.keyIssues.map((issue, index) => (
                  <li
                    key={`${issue.title}-${index}`}
                    className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
                  >
                    <div className="flex items-start gap-2">
                      <SeverityBadge severity={issue.severity} />
                      <p className="text-sm font-medium">{issue.title}</p>
                    </div>
                    <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
                      {formatLogTime(issue.start)} – {formatLogTime(issue.end)} · {formatNumber(issue.count)}{' '}
                      events
                      {issue.anomalyTypes.length
                        ? ` · ${issue.anomalyTypes.join(', ').replaceAll('_', ' ')}`
                        : ''}
                    </p>
                    {issue.sample ? (
                      <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono text-xs dark:bg-slate-950">
                        {issue.sample.text}
                      </pre>
                    ) : null}
                    <Link
                      href={evidenceHref(upload.id, {
                        start: issue.start,
                        end: issue.end,
                        patternId: issue.patternIds[0] ?? null,
                      })}
                      className="mt-2 inline-flex items-center gap-1 text-sm font-medium text-sky-700 hover:underline dark:text-sky-400"
                    >
                      See the evidence <ArrowRight aria-hidden className="h-4 w-4" />
                    </Link>
                  </li>
                ))}
              </ol>
            ) : (
              <EmptyState title="No key issues">Nothing here needs your attention.</EmptyState>
            )
          ) : (
            <Skeleton className="h-40" />
          )}
        </Card>
      </div>
    </div>
  );
}
