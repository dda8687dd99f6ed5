'use client';
import type { LogEvent } from '@logai/contracts';
import { useMemo, useState, type ReactNode } from 'react';
import { useWidth } from '../../lib/use-width';
import { EventRow, rowHeight } from './event-row';

const OVERSCAN_PX = 600;

/**
 * Renders only the events in view (plus a margin) so a million-event upload scrolls like a small one.
 * Heights come from each event's line count, so offsets are exact without measuring the DOM.
 */
export function VirtualEventList({
  events,
  query,
  selectedId,
  onSelect,
  onNearEnd,
  footer,
}: {
  events: LogEvent[];
  query: string | undefined;
  selectedId: string | null;
  onSelect: (event: LogEvent) => void;
  onNearEnd: () => void;
  footer: ReactNode;
}) {
  const { ref: container, width } = useWidth<HTMLDivElement>(800);
  const isCompact = width < 560;
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const offsets = useMemo(() => {
    const result = new Array<number>(events.length + 1);
    result[0] = 0;
    events.forEach((event, index) => {
      result[index + 1] = (result[index] ?? 0) + rowHeight(event, expanded.has(event.id), isCompact);
    });
    return result;
  }, [events, expanded, isCompact]);
  const total = offsets[events.length] ?? 0;

  const first = Math.max(0, findIndex(offsets, scrollTop - OVERSCAN_PX));
  const last = Math.min(events.length, findIndex(offsets, scrollTop + viewport + OVERSCAN_PX) + 1);

  return (
    <div
      ref={container}
      role="list"
      aria-label="Events"
      tabIndex={0}
      className="relative h-[60vh] min-h-80 overflow-y-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950"
      onScroll={(event) => {
        const element = event.currentTarget;
        setScrollTop(element.scrollTop);
        setViewport(element.clientHeight);
        if (element.scrollTop + element.clientHeight > total - 800) onNearEnd();
      }}
    >
      <div style={{ height: total, position: 'relative' }}>
        {events.slice(first, last).map((event, index) => (
          <EventRow
            key={event.id}
            event={event}
            top={offsets[first + index] ?? 0}
            isExpanded={expanded.has(event.id)}
            isCompact={isCompact}
            isSelected={event.id === selectedId}
            query={query}
            onSelect={() => onSelect(event)}
            onToggle={() =>
              setExpanded((current) => {
                const next = new Set(current);
                if (next.has(event.id)) next.delete(event.id);
                else next.add(event.id);
                return next;
              })
            }
          />
        ))}
      </div>
      <div className="p-3 text-center text-xs text-slate-500">{footer}</div>
    </div>
  );
}

/** Index of the row containing pixel offset `y` (binary search over cumulative heights). */
function findIndex(offsets: number[], y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((offsets[middle] ?? 0) <= y) low = middle;
    else high = middle - 1;
  }
  return low;
}
