'use client';
import type { Anomaly } from '@logai/contracts';
import { ArrowRight } from 'lucide-react';
import Link from 'next/link';
import { formatMetricValue, readEvidence } from '../../lib/evidence';
import { formatLogTime, formatRelative } from '../../lib/format';
import { evidenceHref } from '../../lib/evidence-href';
import { AnomalyStatusBadge, SeverityBadge } from '../ui/badges';
import { StatusActions } from './status-actions';

export const TYPE_LABEL: Record<Anomaly['type'], string> = {
  error_spike: 'Error spike',
  volume_spike: 'Volume spike',
  volume_drop: 'Volume drop',
  pattern_spike: 'Pattern spike',
  new_pattern: 'New pattern',
  rare_event: 'Rare event',
  latency_degradation: 'Latency degradation',
};

export function AnomalyCard({
  anomaly,
  onChanged,
  mayChangeStatus,
  showUpload = false,
}: {
  anomaly: Anomaly;
  onChanged: (updated: Anomaly) => void;
  mayChangeStatus: boolean;
  showUpload?: boolean;
}) {
  const evidence = readEvidence(anomaly.evidence);
  const { expected, observed } = evidence;
  const bounds =
    expected.lower !== null && expected.upper !== null
      ? ` (normal range ${formatMetricValue(expected.lower)} – ${formatMetricValue(expected.upper)})`
      : expected.upper !== null
        ? ` (normal: up to ${formatMetricValue(expected.upper)})`
        : expected.lower !== null
          ? ` (normal: at least ${formatMetricValue(expected.lower)})`
          : '';
  return (
    <article
      data-anomaly-id={anomaly.id}
      aria-label={`${TYPE_LABEL[anomaly.type]}: ${anomaly.description}`}
      className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <header className="flex flex-wrap items-center gap-2">
        <SeverityBadge severity={anomaly.severity} />
        <span className="text-sm font-semibold">{TYPE_LABEL[anomaly.type]}</span>
        <AnomalyStatusBadge status={anomaly.status} />
        <span className="ml-auto text-xs text-slate-500 dark:text-slate-400">
          confidence {Math.round(anomaly.confidence * 100)} %
        </span>
      </header>
      <p className="mt-2 text-sm">{anomaly.description}</p>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        {anomaly.windowStart
          ? `${formatLogTime(anomaly.windowStart)} – ${formatLogTime(anomaly.windowEnd)}`
          : 'no time window'}
        {showUpload ? (
          <>
            {' · '}
            <Link
              href={`/uploads/${anomaly.uploadId}`}
              className="text-sky-700 hover:underline dark:text-sky-400"
            >
              {anomaly.uploadFilename}
            </Link>
          </>
        ) : null}
      </p>
      <div className="mt-3 rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-950/60">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
          Why flagged
        </p>
        <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          {evidence.metric ? (
            <>
              <dt className="text-slate-500 dark:text-slate-400">Measure</dt>
              <dd>{evidence.metric}</dd>
            </>
          ) : null}
          <dt className="text-slate-500 dark:text-slate-400">Expected</dt>
          <dd className="tabular">
            {formatMetricValue(expected.baseline)}
            {bounds}
          </dd>
          <dt className="text-slate-500 dark:text-slate-400">Observed</dt>
          <dd className="tabular font-semibold text-rose-700 dark:text-rose-300">
            {formatMetricValue(observed.value)}
            {evidence.score !== null ? (
              <span className="ml-2 font-normal text-slate-500">
                score {formatMetricValue(evidence.score)}
              </span>
            ) : null}
          </dd>
        </dl>
        {evidence.samples.length ? (
          <pre className="mt-2 max-h-32 overflow-auto whitespace-pre rounded bg-white p-2 font-mono text-xs dark:bg-slate-900">
            {evidence.samples
              .slice(0, 3)
              .map((sample) => `${sample.file}:${sample.line}  ${sample.text}`)
              .join('\n')}
          </pre>
        ) : null}
      </div>
      {anomaly.statusNote ? (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          Note ({formatRelative(anomaly.statusChangedAt)}): {anomaly.statusNote}
        </p>
      ) : null}
      <footer className="mt-3 flex flex-wrap items-start justify-between gap-2">
        {mayChangeStatus ? <StatusActions anomaly={anomaly} onChanged={onChanged} /> : <span />}
        <Link
          href={evidenceHref(anomaly.uploadId, {
            start: anomaly.windowStart,
            end: anomaly.windowEnd,
            patternId: anomaly.patternId,
          })}
          className="inline-flex items-center gap-1 text-sm font-medium text-sky-700 hover:underline dark:text-sky-400"
        >
          Evidence <ArrowRight aria-hidden className="h-4 w-4" />
        </Link>
      </footer>
    </article>
  );
}
