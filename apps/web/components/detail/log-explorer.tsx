'use client';
import { LEVEL_VALUES, type Level, type LogEvent } from '@logai/contracts';
import { Search, ZoomOut } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getHistogram, listAnomalies, listEvents, type EventFilter } from '../../lib/api-client';
import { formatLogTime, formatNumber } from '../../lib/format';
import { errorMessage } from '../../lib/http';
import { useResource } from '../../lib/use-resource';
import { TYPE_LABEL } from '../anomalies/anomaly-card';
import { LevelLegend, TimelineChart, type TimeWindow } from '../charts/timeline-chart';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { Select, TextInput } from '../ui/field';
import { EmptyState, ErrorNote, Skeleton, Spinner } from '../ui/states';
import { EventContextPanel } from './event-context-panel';
import { TimeRangeForm } from './time-range-form';
import { VirtualEventList } from './virtual-event-list';

interface EventsState {
  items: LogEvent[];
  cursor: string | null;
  isLoading: boolean;
  error: string | null;
  isDone: boolean;
}

export function LogExplorer({
  uploadId,
  initial,
  files,
}: {
  uploadId: string;
  initial: EventFilter;
  /** The upload's files; with several, the explorer offers a file filter. */
  files: string[];
}) {
  const [filter, setFilter] = useState<EventFilter>(initial);
  const [draft, setDraft] = useState(initial.q ?? '');
  const [selected, setSelected] = useState<LogEvent | null>(null);
  const [events, setEvents] = useState<EventsState>({
    items: [],
    cursor: null,
    isLoading: true,
    error: null,
    isDone: false,
  });
  const key = JSON.stringify(filter);
  const histogram = useResource(
    (signal) => getHistogram(uploadId, filter, 100, signal),
    `${uploadId}-${key}`,
  );
  const generation = useRef(0);
  const windows = useResource(
    async (): Promise<TimeWindow[]> =>
      (await listAnomalies({ uploadId })).items.flatMap((anomaly) =>
        anomaly.windowStart && anomaly.windowEnd
          ? [
              {
                start: anomaly.windowStart,
                end: anomaly.windowEnd,
                severity: anomaly.severity,
                label: TYPE_LABEL[anomaly.type],
              },
            ]
          : [],
      ),
    `windows-${uploadId}`,
  );

  const loadPage = useCallback(
    async (cursor: string | null, current: number) => {
      setEvents((state) => ({ ...state, isLoading: true }));
      try {
        const page = await listEvents(uploadId, filter, cursor ?? undefined);
        if (current !== generation.current) return;
        setEvents((state) => ({
          items: cursor ? [...state.items, ...page.items] : page.items,
          cursor: page.nextCursor,
          isLoading: false,
          error: null,
          isDone: page.nextCursor === null,
        }));
      } catch (caught) {
        if (current !== generation.current) return;
        setEvents((state) => ({ ...state, isLoading: false, error: errorMessage(caught) }));
      }
    },
    // `key` is the filter's content: a new filter object with the same content must not reload.
    [uploadId, key],
  );

  useEffect(() => {
    generation.current += 1;
    setSelected(null);
    setEvents({ items: [], cursor: null, isLoading: true, error: null, isDone: false });
    void loadPage(null, generation.current);
  }, [loadPage]);

  const total = histogram.data?.buckets.reduce(
    (sum, bucket) => sum + Object.values(bucket.counts).reduce((a, b) => a + b, 0),
    0,
  );
  const toggleLevel = (level: Level) =>
    setFilter((current) => {
      const levels = current.level ?? [];
      const next = levels.includes(level) ? levels.filter((item) => item !== level) : [...levels, level];
      return { ...current, level: next.length ? next : undefined };
    });

  return (
    <div className="space-y-4">
      <Card>
        <form
          role="search"
          className="flex flex-wrap gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            setFilter((current) => ({ ...current, q: draft.trim() || undefined }));
          }}
        >
          <div className="relative min-w-56 flex-1">
            <Search
              aria-hidden
              className="pointer-events-none absolute left-2.5 top-2.5 h-4 w-4 text-slate-400"
            />
            <TextInput
              aria-label="Search events"
              placeholder="Text the event contains, e.g. connection refused"
              className="pl-8"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
            />
          </div>
          <Button type="submit">Search</Button>
        </form>
        <div className="mt-3 flex flex-wrap items-center gap-1.5" role="group" aria-label="Levels">
          {LEVEL_VALUES.map((level) => {
            const isOn = filter.level?.includes(level) ?? false;
            return (
              <button
                key={level}
                type="button"
                aria-pressed={isOn}
                onClick={() => toggleLevel(level)}
                className={`rounded-full border px-2.5 py-0.5 text-xs font-medium ${
                  isOn
                    ? 'border-sky-600 bg-sky-600 text-white'
                    : 'border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800'
                }`}
              >
                {level}
              </button>
            );
          })}
          {filter.pattern ? (
            <button
              type="button"
              onClick={() => setFilter((current) => ({ ...current, pattern: undefined }))}
              className="rounded-full border border-violet-300 bg-violet-50 px-2.5 py-0.5 text-xs text-violet-800 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-200"
              aria-label="Remove the pattern filter"
            >
              pattern {filter.pattern.slice(0, 10)} ✕
            </button>
          ) : null}
          {filter.from || filter.to ? (
            <Button
              variant="ghost"
              size="sm"
              onClick={() => setFilter((current) => ({ ...current, from: undefined, to: undefined }))}
            >
              <ZoomOut aria-hidden className="h-3.5 w-3.5" />
              Whole time range
            </Button>
          ) : null}
        </div>
        <div className="mt-3 flex flex-wrap items-end gap-4">
          {files.length > 1 ? (
            <label className="flex flex-col gap-1 text-xs">
              File
              <Select
                className="py-1 text-xs"
                value={filter.file ?? ''}
                onChange={(event) =>
                  setFilter((current) => ({ ...current, file: event.target.value || undefined }))
                }
              >
                <option value="">All files</option>
                {files.map((file) => (
                  <option key={file} value={file}>
                    {file}
                  </option>
                ))}
              </Select>
            </label>
          ) : null}
          <TimeRangeForm
            key={`${filter.from ?? ''}-${filter.to ?? ''}`}
            from={filter.from}
            to={filter.to}
            onApply={(from, to) => setFilter((current) => ({ ...current, from, to }))}
          />
        </div>
        <div className="mt-4">
          {histogram.error ? (
            <ErrorNote onRetry={() => void histogram.reload()}>{histogram.error}</ErrorNote>
          ) : null}
          {histogram.data ? (
            histogram.data.buckets.length ? (
              <>
                <TimelineChart
                  histogram={histogram.data}
                  height={120}
                  windows={windows.data ?? []}
                  label="Matching events over time; drag across the chart to zoom into a time range"
                  onBrush={(from, to) => setFilter((current) => ({ ...current, from, to }))}
                />
                <div className="mt-1 flex flex-wrap items-center justify-between gap-2 text-xs text-slate-500 dark:text-slate-400">
                  <LevelLegend />
                  <span className="tabular">
                    {formatNumber(total ?? 0)} events
                    {filter.from ? ` · ${formatLogTime(filter.from)} – ${formatLogTime(filter.to)}` : ''} ·
                    drag to zoom
                  </span>
                </div>
              </>
            ) : null
          ) : histogram.error ? null : (
            <Skeleton className="h-28" />
          )}
        </div>
      </Card>
      <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          {events.error ? (
            <ErrorNote onRetry={() => void loadPage(events.cursor, generation.current)}>
              {events.error}
            </ErrorNote>
          ) : null}
          {events.items.length === 0 && !events.isLoading && !events.error ? (
            <EmptyState title="No events match">
              Try fewer filters, or zoom out to the whole time range.
            </EmptyState>
          ) : events.items.length === 0 && events.isLoading ? (
            <Skeleton className="h-80" />
          ) : (
            <VirtualEventList
              events={events.items}
              query={filter.q}
              selectedId={selected?.id ?? null}
              onSelect={setSelected}
              onNearEnd={() => {
                if (!events.isLoading && events.cursor) void loadPage(events.cursor, generation.current);
              }}
              footer={
                events.isLoading ? (
                  <Spinner label="Loading more events" />
                ) : events.isDone ? (
                  'End of the matching events'
                ) : (
                  ''
                )
              }
            />
          )}
        </div>
        <EventContextPanel uploadId={uploadId} event={selected} query={filter.q} />
      </div>
    </div>
  );
}
