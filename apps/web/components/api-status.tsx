import { CircleCheck, CircleAlert } from 'lucide-react';
import { fetchReadiness } from '../lib/server-api';

/** Shows whether the API and its database are ready, so a self-hoster sees at once that the stack is up. */
export async function ApiStatus() {
  const readiness = await fetchReadiness();
  const ready = readiness?.status === 'ready';
  const text = ready
    ? 'API and database ready'
    : readiness
      ? 'API up, database not ready'
      : 'API not reachable';
  const Icon = ready ? CircleCheck : CircleAlert;
  return (
    <p
      role="status"
      className={`inline-flex items-center gap-2 rounded-full px-3 py-1 text-sm font-medium ${
        ready
          ? 'bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300'
          : 'bg-amber-50 text-amber-800 dark:bg-amber-950 dark:text-amber-300'
      }`}
    >
      <Icon aria-hidden className="h-4 w-4" />
      {text}
    </p>
  );
}
