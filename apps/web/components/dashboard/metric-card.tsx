import type { ReactNode } from 'react';

export function MetricCard({
  label,
  value,
  detail,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
}) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <dt className="text-sm text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="tabular mt-1 text-2xl font-semibold">{value}</dd>
      {detail ? <dd className="mt-1 text-xs text-slate-500 dark:text-slate-400">{detail}</dd> : null}
    </div>
  );
}
