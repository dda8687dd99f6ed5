'use client';
import type { Histogram, Severity } from '@logai/contracts';
import { useState, type PointerEvent } from 'react';
import { useWidth } from '../../lib/use-width';
import { formatLogTime, formatNumber } from '../../lib/format';
import { LEVEL_COLOURS } from '../ui/badges';

const PAD = { top: 14, right: 8, bottom: 22, left: 44 };
/** Bottom to top: errors sit on the axis, where the eye looks first. */
const STACK = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'none'] as const;

export interface TimeWindow {
  start: string;
  end: string;
  label: string;
  severity: Severity;
}

/**
 * Event volume by level over time as stacked bars, with anomaly windows shaded. Dragging across it
 * selects a time range (`onBrush`), the way one zooms in on the moment things went wrong.
 */
export function TimelineChart({
  histogram,
  windows = [],
  height = 160,
  onBrush,
  label,
}: {
  histogram: Histogram;
  windows?: TimeWindow[];
  height?: number;
  onBrush?: (from: string, to: string) => void;
  label: string;
}) {
  const { ref: svg, width: WIDTH } = useWidth<SVGSVGElement>(800);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const buckets = histogram.buckets;
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (!first || !last) return null;
  const start = Date.parse(first.start);
  const end = Date.parse(last.start) + histogram.bucketSeconds * 1000;
  const span = Math.max(1, end - start);
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = height - PAD.top - PAD.bottom;
  const totals = buckets.map((bucket) => STACK.reduce((sum, level) => sum + bucket.counts[level], 0));
  const max = Math.max(1, ...totals);
  const xOf = (time: number) => PAD.left + ((time - start) / span) * innerWidth;
  // Few buckets (a narrow search) must not become one slab across the chart.
  const barWidth = Math.min(48, Math.max(1, (innerWidth / buckets.length) * 0.85));
  // Tints go behind the bars (their colours stay true), outlines and a band above go on top;
  // severe windows are drawn last so they stay visible where windows overlap.
  const shapes = windows
    .map((item) => {
      const x1 = xOf(Math.max(start, Date.parse(item.start)));
      const windowEnd = Math.max(
        Date.parse(item.end),
        Date.parse(item.start) + histogram.bucketSeconds * 1000,
      );
      const x2 = xOf(Math.min(end, windowEnd));
      return { ...item, x: x1, width: Math.max(3, x2 - x1), isSevere: isSevere(item.severity) };
    })
    .filter((shape) => shape.x + shape.width >= PAD.left && shape.x <= WIDTH - PAD.right)
    .sort((a, b) => Number(a.isSevere) - Number(b.isSevere));

  const toSvgX = (event: PointerEvent<SVGSVGElement>) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return PAD.left;
    const x = ((event.clientX - box.left) / box.width) * WIDTH;
    return Math.max(PAD.left, Math.min(WIDTH - PAD.right, x));
  };
  const timeOf = (x: number) => new Date(start + ((x - PAD.left) / innerWidth) * span).toISOString();

  return (
    <svg
      ref={svg}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className={`h-auto w-full select-none ${onBrush ? 'cursor-crosshair' : ''}`}
      role="img"
      aria-label={label}
      style={{ touchAction: onBrush ? 'none' : undefined }}
      onPointerDown={
        onBrush
          ? (event) => {
              event.currentTarget.setPointerCapture(event.pointerId);
              const x = toSvgX(event);
              setDrag({ from: x, to: x });
            }
          : undefined
      }
      onPointerMove={onBrush && drag ? (event) => setDrag({ ...drag, to: toSvgX(event) }) : undefined}
      onPointerUp={
        onBrush && drag
          ? () => {
              const [a, b] = [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)];
              setDrag(null);
              if (b - a >= 4) onBrush(timeOf(a), timeOf(b));
            }
          : undefined
      }
    >
      {(max < 2 ? [0, 1] : [0, 0.5, 1]).map((fraction) => {
        const y = PAD.top + innerHeight - fraction * innerHeight;
        return (
          <g key={fraction}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y}
              y2={y}
              className="stroke-slate-200 dark:stroke-slate-800"
            />
            <text x={PAD.left - 6} y={y + 3} textAnchor="end" className="fill-slate-500 text-[10px]">
              {formatNumber(Math.round(max * fraction))}
            </text>
          </g>
        );
      })}
      {shapes.map((shape, index) => (
        <rect
          key={`tint-${shape.start}-${index}`}
          x={shape.x}
          y={PAD.top}
          width={shape.width}
          height={innerHeight}
          className={shape.isSevere ? 'fill-rose-500/15' : 'fill-amber-400/15'}
        />
      ))}
      {buckets.map((bucket, index) => {
        let y = PAD.top + innerHeight;
        const x = xOf(Date.parse(bucket.start));
        return (
          <g key={bucket.start}>
            {STACK.map((level) => {
              const count = bucket.counts[level];
              if (!count) return null;
              const h = (count / max) * innerHeight;
              y -= h;
              return (
                <rect
                  key={level}
                  x={x}
                  y={y}
                  width={barWidth}
                  height={Math.max(0.5, h)}
                  fill={LEVEL_COLOURS[level]}
                />
              );
            })}
            <title>{`${formatLogTime(bucket.start)}: ${formatNumber(totals[index] ?? 0)} events, ${formatNumber(bucket.counts.error + bucket.counts.fatal)} errors`}</title>
          </g>
        );
      })}
      {shapes.map((shape, index) => (
        <g key={`${shape.start}-${index}`} data-testid="anomaly-window">
          <title>{`${shape.label}: ${formatLogTime(shape.start)} – ${formatLogTime(shape.end)}`}</title>
          <rect
            x={shape.x}
            y={PAD.top}
            width={shape.width}
            height={innerHeight}
            fill="none"
            className={shape.isSevere ? 'stroke-rose-600' : 'stroke-amber-500'}
            strokeDasharray="4 3"
            strokeWidth={1.5}
          />
          <rect
            x={shape.x}
            y={PAD.top - 9}
            width={shape.width}
            height={5}
            rx={1}
            className={shape.isSevere ? 'fill-rose-600' : 'fill-amber-500'}
          />
        </g>
      ))}
      {(WIDTH < 520 ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1]).map((fraction) => {
        const time = new Date(start + fraction * span).toISOString();
        return (
          <text
            key={fraction}
            x={PAD.left + fraction * innerWidth}
            y={height - 6}
            textAnchor={fraction === 0 ? 'start' : fraction === 1 ? 'end' : 'middle'}
            className="fill-slate-500 text-[10px]"
          >
            {span > 86_400_000
              ? time.slice(5, 16).replace('T', ' ')
              : span < 10_000
                ? time.slice(11, 23)
                : time.slice(11, 19)}
          </text>
        );
      })}
      {drag ? (
        <rect
          x={Math.min(drag.from, drag.to)}
          y={PAD.top}
          width={Math.abs(drag.to - drag.from)}
          height={innerHeight}
          className="fill-sky-500/20 stroke-sky-500"
        />
      ) : null}
    </svg>
  );
}

function isSevere(severity: Severity): boolean {
  return severity === 'critical' || severity === 'high';
}

export function LevelLegend() {
  return (
    <ul className="flex flex-wrap gap-3 text-xs text-slate-500 dark:text-slate-400" aria-label="Levels">
      {STACK.slice(0, 5).map((level) => (
        <li key={level} className="flex items-center gap-1">
          <span
            aria-hidden
            className="h-2.5 w-2.5 rounded-sm"
            style={{ backgroundColor: LEVEL_COLOURS[level] }}
          />
          {level}
        </li>
      ))}
      <li className="flex items-center gap-1">
        <span
          aria-hidden
          className="h-2.5 w-3 rounded-sm border border-dashed border-rose-500 bg-rose-500/15"
        />
        anomaly window
      </li>
    </ul>
  );
}
