'use client';
import type { LogEvent } from '@logai/contracts';
import { getEventContext } from '../../lib/api-client';
import { formatLogTime } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { LevelBadge } from '../ui/badges';
import { Card } from '../ui/card';
import { EmptyState, ErrorNote, Skeleton } from '../ui/states';
import { Highlighted } from './event-row';

/** The lines around one event in its own file: what happened just before and after. */
export function EventContextPanel({
  uploadId,
  event,
  query,
}: {
  uploadId: string;
  event: LogEvent | null;
  query?: string;
}) {
  return (
    <Card title="Context" className="xl:sticky xl:top-4 xl:self-start">
      {event ? (
        <ContextBody key={event.id} uploadId={uploadId} event={event} query={query} />
      ) : (
        <EmptyState title="Pick an event">Select an event’s time to read the lines around it.</EmptyState>
      )}
    </Card>
  );
}

function ContextBody({ uploadId, event, query }: { uploadId: string; event: LogEvent; query?: string }) {
  const context = useResource(() => getEventContext(uploadId, event.id), event.id);
  if (context.error) return <ErrorNote onRetry={() => void context.reload()}>{context.error}</ErrorNote>;
  if (!context.data) return <Skeleton className="h-64" />;
  const rows = [...context.data.before, context.data.event, ...context.data.after];
  return (
    <ol
      className="max-h-[60vh] overflow-auto font-mono text-xs"
      aria-label={`Events around ${event.file} line ${event.line}`}
    >
      {rows.map((row) => {
        const isTarget = row.id === context.data?.event.id;
        return (
          <li
            key={row.id}
            aria-current={isTarget ? 'true' : undefined}
            className={`border-l-2 px-2 py-1 ${isTarget ? 'border-sky-500 bg-sky-50 dark:bg-sky-950/50' : 'border-transparent'}`}
          >
            <div className="flex items-center gap-2 text-slate-500 dark:text-slate-400">
              <span>{row.line}</span>
              <LevelBadge level={row.level} />
              <span>{formatLogTime(row.ts)}</span>
            </div>
            <pre className="whitespace-pre-wrap break-all">
              <Highlighted text={row.raw} query={query} />
            </pre>
          </li>
        );
      })}
    </ol>
  );
}
