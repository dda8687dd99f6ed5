'use client';
import type { Anomaly } from '@logai/contracts';
import { ShieldCheck } from 'lucide-react';
import { useRef, useState } from 'react';
import { listAnomalies, type AnomalyFilter } from '../../lib/api-client';
import { useResource } from '../../lib/use-resource';
import { useLiveEvents } from '../live-stream';
import { useSession } from '../session-provider';
import { Button } from '../ui/button';
import { EmptyState, ErrorNote, Skeleton } from '../ui/states';
import { AnomalyCard } from './anomaly-card';

/** A paged, live list of anomalies for a filter; new ones arrive at the top as they are detected. */
export function AnomalyFeed({ filter, showUpload }: { filter: AnomalyFilter; showUpload: boolean }) {
  const { can } = useSession();
  const [more, setMore] = useState<{ items: Anomaly[]; cursor: string | null }>({ items: [], cursor: null });
  const page = useResource(async () => {
    const result = await listAnomalies(filter);
    setMore({ items: [], cursor: result.nextCursor });
    return result.items;
  }, JSON.stringify(filter));

  // Live messages carry a brief; fetch the page again (once per burst) to get full anomalies.
  const reloadTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useLiveEvents((event) => {
    if (event.type !== 'anomaly.created') return;
    if (filter.uploadId && event.data.uploadId !== filter.uploadId) return;
    clearTimeout(reloadTimer.current);
    reloadTimer.current = setTimeout(() => void page.reload(), 800);
  });

  const replace = (updated: Anomaly) => {
    const swap = (items: Anomaly[]) => items.map((item) => (item.id === updated.id ? updated : item));
    page.setData((current) => (current ? swap(current) : current));
    setMore((current) => ({ ...current, items: swap(current.items) }));
  };

  if (page.error) return <ErrorNote onRetry={() => void page.reload()}>{page.error}</ErrorNote>;
  if (!page.data)
    return (
      <div className="space-y-3">
        <Skeleton className="h-36" />
        <Skeleton className="h-36" />
      </div>
    );
  const all = [...page.data, ...more.items];
  if (!all.length)
    return (
      <EmptyState
        title="No anomalies here"
        icon={<ShieldCheck aria-hidden className="h-8 w-8 text-emerald-500" />}
      >
        Nothing matches these filters. Quiet logs are good logs.
      </EmptyState>
    );
  return (
    <div className="space-y-3">
      <ul className="space-y-3" aria-label="Anomalies">
        {all.map((anomaly) => (
          <li key={anomaly.id}>
            <AnomalyCard
              anomaly={anomaly}
              onChanged={replace}
              mayChangeStatus={can('anomalies.update_status')}
              showUpload={showUpload}
            />
          </li>
        ))}
      </ul>
      {more.cursor ? (
        <Button
          variant="secondary"
          size="sm"
          onClick={async () => {
            const cursor = more.cursor;
            if (!cursor) return;
            const next = await listAnomalies({ ...filter, cursor });
            setMore((current) => ({ items: [...current.items, ...next.items], cursor: next.nextCursor }));
          }}
        >
          More anomalies
        </Button>
      ) : null}
    </div>
  );
}
