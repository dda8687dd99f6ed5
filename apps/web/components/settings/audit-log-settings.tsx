'use client';
import type { AuditLogEntry } from '@logai/contracts';
import { useEffect, useState } from 'react';
import { listAuditLogs } from '../../lib/api-client';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/http';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { EmptyState, ErrorNote, Skeleton } from '../ui/states';

export function AuditLogSettings() {
  const [entries, setEntries] = useState<AuditLogEntry[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setLoading] = useState(false);

  const load = async (from?: string) => {
    setLoading(true);
    try {
      const page = await listAuditLogs(from);
      setEntries((current) => [...(from ? (current ?? []) : []), ...page.items]);
      setCursor(page.nextCursor);
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load();
  }, []);

  return (
    <Card
      id="audit-log"
      title="Audit log"
      actions={
        <Button variant="secondary" size="sm" onClick={() => void load()}>
          Refresh
        </Button>
      }
    >
      {error ? <ErrorNote onRetry={() => void load()}>{error}</ErrorNote> : null}
      {!entries ? (
        <Skeleton className="h-24 w-full" />
      ) : entries.length === 0 ? (
        <EmptyState title="Nothing recorded yet" />
      ) : (
        <div className="-mx-4 overflow-x-auto sm:mx-0">
          <table className="w-full min-w-[40rem] text-left text-sm" aria-label="Audit log">
            <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-4 py-2 sm:px-2">
                  When
                </th>
                <th scope="col" className="px-2 py-2">
                  Action
                </th>
                <th scope="col" className="px-2 py-2">
                  Who
                </th>
                <th scope="col" className="px-2 py-2">
                  Target
                </th>
                <th scope="col" className="px-2 py-2">
                  Address
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="whitespace-nowrap px-4 py-2 sm:px-2">{formatDateTime(entry.createdAt)}</td>
                  <td className="px-2 py-2 font-mono text-xs">{entry.action}</td>
                  <td className="px-2 py-2">
                    {entry.actorEmail ?? (entry.actorApiKeyId ? 'API key' : 'system')}
                  </td>
                  <td className="px-2 py-2 text-xs text-slate-500 dark:text-slate-400">
                    {entry.targetType ? `${entry.targetType} ${entry.targetId?.slice(0, 8) ?? ''}` : '—'}
                  </td>
                  <td className="px-2 py-2 font-mono text-xs">{entry.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor ? (
        <Button
          variant="secondary"
          size="sm"
          className="mt-3"
          disabled={isLoading}
          onClick={() => void load(cursor)}
        >
          {isLoading ? 'Loading…' : 'Older entries'}
        </Button>
      ) : null}
    </Card>
  );
}
