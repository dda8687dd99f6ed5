'use client';
import { useLiveState } from './live-stream';

const TEXT = { live: 'Live', connecting: 'Connecting', offline: 'Offline' } as const;
const DOT = { live: 'bg-emerald-500', connecting: 'bg-amber-400', offline: 'bg-slate-400' } as const;

export function LiveIndicator() {
  const state = useLiveState();
  return (
    <span
      className="inline-flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400"
      title={state === 'live' ? 'Statuses update live' : 'Live updates reconnecting'}
    >
      <span aria-hidden className={`h-2 w-2 rounded-full ${DOT[state]}`} />
      {TEXT[state]}
    </span>
  );
}
