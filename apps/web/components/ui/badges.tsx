import type { AnomalyStatus, Level, Severity, UploadStatus } from '@logai/contracts';

const SEVERITY: Record<Severity, string> = {
  critical: 'bg-rose-600 text-white',
  high: 'bg-orange-500 text-white',
  medium: 'bg-amber-300 text-amber-950',
  low: 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100',
  info: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold capitalize ${SEVERITY[severity]}`}
    >
      {severity}
    </span>
  );
}

const STATUS: Record<UploadStatus, string> = {
  pending: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  queued: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  processing: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200',
  completed: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200',
  failed: 'bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-200',
};

export function UploadStatusBadge({ status }: { status: UploadStatus }) {
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium capitalize ${STATUS[status]}`}>
      {status}
    </span>
  );
}

const ANOMALY_STATUS: Record<AnomalyStatus, string> = {
  open: 'bg-rose-50 text-rose-700 ring-1 ring-rose-200 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-900',
  acknowledged:
    'bg-amber-50 text-amber-800 ring-1 ring-amber-200 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-900',
  resolved:
    'bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-900',
  muted:
    'bg-slate-100 text-slate-600 ring-1 ring-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-700',
};

export function AnomalyStatusBadge({ status }: { status: AnomalyStatus }) {
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium capitalize ${ANOMALY_STATUS[status]}`}
    >
      {status}
    </span>
  );
}

/** Level colours, shared by badges and charts so a colour means one thing everywhere. */
export const LEVEL_COLOURS: Record<Level | 'none', string> = {
  fatal: '#be123c',
  error: '#e11d48',
  warn: '#f59e0b',
  info: '#0ea5e9',
  debug: '#94a3b8',
  trace: '#cbd5e1',
  none: '#64748b',
};

export function LevelBadge({ level }: { level: Level | null }) {
  const name = level ?? 'none';
  return (
    <span
      className="inline-flex min-w-12 justify-center rounded px-1.5 py-0.5 font-mono text-[11px] font-semibold uppercase text-white"
      style={{ backgroundColor: LEVEL_COLOURS[name] }}
    >
      {level ?? '—'}
    </span>
  );
}
