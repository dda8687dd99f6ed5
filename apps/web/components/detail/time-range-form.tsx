'use client';
import { useState } from 'react';
import { Button } from '../ui/button';

/** `YYYY-MM-DDTHH:mm:ss` in UTC, the shape a datetime-local input takes. */
function toInput(iso: string | undefined): string {
  return iso ? iso.slice(0, 19) : '';
}

function fromInput(value: string): string | undefined {
  if (!value) return undefined;
  const withSeconds = value.length === 16 ? `${value}:00` : value;
  const time = Date.parse(`${withSeconds}Z`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The keyboard way to zoom (the histogram's brush is the pointer way); times in UTC, like the logs. */
export function TimeRangeForm({
  from,
  to,
  onApply,
}: {
  from: string | undefined;
  to: string | undefined;
  onApply: (from: string | undefined, to: string | undefined) => void;
}) {
  const [start, setStart] = useState(toInput(from));
  const [end, setEnd] = useState(toInput(to));
  return (
    <form
      className="flex flex-wrap items-end gap-2 text-xs"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(fromInput(start), fromInput(end));
      }}
    >
      <label className="flex flex-col gap-1">
        From (UTC)
        <input
          type="datetime-local"
          step={1}
          value={start}
          onChange={(event) => setStart(event.target.value)}
          className="rounded-lg border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
        />
      </label>
      <label className="flex flex-col gap-1">
        To (UTC)
        <input
          type="datetime-local"
          step={1}
          value={end}
          onChange={(event) => setEnd(event.target.value)}
          className="rounded-lg border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
        />
      </label>
      <Button type="submit" variant="secondary" size="sm">
        Apply time range
      </Button>
    </form>
  );
}
