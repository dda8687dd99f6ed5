import type { LogEvent } from '@logai/contracts';
import { formatLogTime } from '../../lib/format';
import { LevelBadge } from '../ui/badges';

export const LINE_HEIGHT = 18;
export const ROW_PADDING = 12;
export const COLLAPSED_LINES = 8;

/** Row height follows from the text alone, so the virtual list knows every offset without measuring. */
export function rowHeight(event: LogEvent, isExpanded: boolean, isCompact: boolean): number {
  const lines = lineCount(event.raw);
  // A long event also shows its "more/fewer lines" toggle on a line of its own.
  const shown = lines <= COLLAPSED_LINES ? lines : (isExpanded ? lines : COLLAPSED_LINES) + 1;
  // Compact (phone) rows put time and level on a line of their own above the text.
  return ROW_PADDING + (isCompact ? 1 + shown : Math.max(2, shown)) * LINE_HEIGHT;
}

export function lineCount(text: string): number {
  let count = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

export function Highlighted({ text, query }: { text: string; query: string | undefined }) {
  if (!query) return <>{text}</>;
  const lower = text.toLowerCase();
  const needle = query.toLowerCase();
  const parts = [];
  let last = 0;
  for (
    let index = lower.indexOf(needle);
    index !== -1 && needle;
    index = lower.indexOf(needle, index + needle.length)
  ) {
    if (index > last) parts.push(text.slice(last, index));
    parts.push(
      <mark key={index} className="rounded-sm bg-yellow-200 text-inherit dark:bg-yellow-700/60">
        {text.slice(index, index + needle.length)}
      </mark>,
    );
    last = index + needle.length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

export function EventRow({
  event,
  top,
  isExpanded,
  isCompact,
  isSelected,
  query,
  onSelect,
  onToggle,
}: {
  event: LogEvent;
  top: number;
  isExpanded: boolean;
  isCompact: boolean;
  isSelected: boolean;
  query: string | undefined;
  onSelect: () => void;
  onToggle: () => void;
}) {
  const lines = lineCount(event.raw);
  const isLong = lines > COLLAPSED_LINES;
  // Time and level have their own columns: show the message, then any continuation lines (stack traces).
  const rawLines = event.raw.split('\n');
  const all = [event.message.split('\n')[0] || rawLines[0], ...rawLines.slice(1)];
  const text = (isLong && !isExpanded ? all.slice(0, COLLAPSED_LINES) : all).join('\n');
  return (
    <div
      role="listitem"
      data-event-id={event.id}
      className={`absolute inset-x-0 border-b border-slate-100 px-2 py-1.5 text-xs leading-[18px] dark:border-slate-800 ${
        isCompact ? 'flex flex-col' : 'grid grid-cols-[11rem_3.5rem_minmax(0,1fr)] gap-2'
      } ${isSelected ? 'bg-sky-50 dark:bg-sky-950/50' : 'hover:bg-slate-50 dark:hover:bg-slate-900'}`}
      style={{ top, height: rowHeight(event, isExpanded, isCompact) }}
    >
      {isCompact ? (
        <div className="flex h-[18px] items-center gap-2">
          <LevelBadge level={event.level} />
          <Meta event={event} onSelect={onSelect} isCompact />
        </div>
      ) : (
        <>
          <Meta event={event} onSelect={onSelect} isCompact={false} />
          <span>
            <LevelBadge level={event.level} />
          </span>
        </>
      )}
      <div className="min-w-0">
        <pre className="overflow-x-auto whitespace-pre font-mono [scrollbar-width:none]">
          <Highlighted text={text} query={query} />
        </pre>
        {isLong ? (
          <button
            type="button"
            onClick={onToggle}
            className="font-medium text-sky-700 hover:underline dark:text-sky-400"
          >
            {isExpanded ? 'Show fewer lines' : `Show ${lines - COLLAPSED_LINES} more lines`}
          </button>
        ) : null}
      </div>
    </div>
  );
}

function Meta({ event, onSelect, isCompact }: { event: LogEvent; onSelect: () => void; isCompact: boolean }) {
  return (
    <button
      type="button"
      onClick={onSelect}
      className={`min-w-0 text-left font-mono text-slate-500 dark:text-slate-400 ${isCompact ? 'flex gap-2 truncate' : ''}`}
      aria-label={`Show context of ${event.file} line ${event.line}`}
    >
      <span className="block truncate">{formatLogTime(event.ts)}</span>
      <span className="block truncate">
        {event.file}:{event.line}
      </span>
    </button>
  );
}
