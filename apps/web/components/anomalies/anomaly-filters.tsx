'use client';
import {
  ANOMALY_STATUS_VALUES,
  ANOMALY_TYPE_VALUES,
  SEVERITY_VALUES,
  type AnomalyStatus,
  type Severity,
} from '@logai/contracts';
import { TYPE_LABEL } from './anomaly-card';

export interface InboxFilter {
  severity: Severity[];
  status: AnomalyStatus[];
  type: (typeof ANOMALY_TYPE_VALUES)[number][];
}

function toggle<T>(values: T[], value: T): T[] {
  return values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
}

function Chips<T extends string>({
  legend,
  options,
  selected,
  onChange,
  labelOf = (value) => value,
}: {
  legend: string;
  options: readonly T[];
  selected: T[];
  onChange: (next: T[]) => void;
  labelOf?: (value: T) => string;
}) {
  return (
    <div role="group" aria-label={legend}>
      <p
        aria-hidden
        className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400"
      >
        {legend}
      </p>
      <div className="flex flex-wrap items-center gap-1.5">
        {options.map((option) => {
          const isOn = selected.includes(option);
          return (
            <button
              key={option}
              type="button"
              aria-pressed={isOn}
              onClick={() => onChange(toggle(selected, option))}
              className={`rounded-full border px-2.5 py-1 text-xs font-medium capitalize ${
                isOn
                  ? 'border-sky-600 bg-sky-600 text-white'
                  : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300 dark:hover:bg-slate-800'
              }`}
            >
              {labelOf(option)}
            </button>
          );
        })}
      </div>
    </div>
  );
}

export function AnomalyFilters({
  filter,
  onChange,
}: {
  filter: InboxFilter;
  onChange: (next: InboxFilter) => void;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <Chips
        legend="Status"
        options={ANOMALY_STATUS_VALUES}
        selected={filter.status}
        onChange={(status) => onChange({ ...filter, status })}
      />
      <Chips
        legend="Severity"
        options={SEVERITY_VALUES}
        selected={filter.severity}
        onChange={(severity) => onChange({ ...filter, severity })}
      />
      <Chips
        legend="Type"
        options={ANOMALY_TYPE_VALUES}
        selected={filter.type}
        onChange={(type) => onChange({ ...filter, type })}
        labelOf={(type) => TYPE_LABEL[type]}
      />
    </div>
  );
}
