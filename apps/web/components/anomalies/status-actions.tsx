'use client';
import type { Anomaly, AnomalyStatus } from '@logai/contracts';
import { BellOff, Check, CheckCheck, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { changeAnomalyStatus } from '../../lib/api-client';
import { errorMessage } from '../../lib/http';
import { Button } from '../ui/button';
import { ErrorNote } from '../ui/states';

const ACTIONS: { status: AnomalyStatus; label: string; icon: typeof Check }[] = [
  { status: 'acknowledged', label: 'Acknowledge', icon: Check },
  { status: 'resolved', label: 'Resolve', icon: CheckCheck },
  { status: 'muted', label: 'Mute', icon: BellOff },
  { status: 'open', label: 'Reopen', icon: RotateCcw },
];

/** Acknowledge, resolve, mute or reopen, with an optional note for whoever looks next. */
export function StatusActions({
  anomaly,
  onChanged,
}: {
  anomaly: Anomaly;
  onChanged: (updated: Anomaly) => void;
}) {
  const [pending, setPending] = useState<AnomalyStatus | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const available = ACTIONS.filter(
    (action) => action.status !== anomaly.status && (action.status !== 'open' || anomaly.status !== 'open'),
  );

  if (pending) {
    const action = ACTIONS.find((candidate) => candidate.status === pending);
    return (
      <form
        className="w-full space-y-2"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          try {
            onChanged(await changeAnomalyStatus(anomaly.id, pending, note.trim()));
            setPending(null);
            setNote('');
          } catch (caught) {
            setError(errorMessage(caught));
          } finally {
            setBusy(false);
          }
        }}
      >
        <label className="block text-xs font-medium text-slate-600 dark:text-slate-400">
          Note (optional)
          <textarea
            value={note}
            onChange={(event) => setNote(event.target.value)}
            rows={2}
            maxLength={2000}
            placeholder="What you found, or who is on it"
            className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-950"
          />
        </label>
        {error ? <ErrorNote>{error}</ErrorNote> : null}
        <div className="flex gap-2">
          <Button type="submit" size="sm" disabled={isBusy}>
            {`Confirm: ${action?.label.toLowerCase() ?? pending}`}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setPending(null)}>
            Cancel
          </Button>
        </div>
      </form>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      {available.map(({ status, label, icon: Icon }) => (
        <Button key={status} variant="secondary" size="sm" onClick={() => setPending(status)}>
          <Icon aria-hidden className="h-3.5 w-3.5" />
          {label}
        </Button>
      ))}
    </div>
  );
}
