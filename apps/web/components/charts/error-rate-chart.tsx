import type { Dashboard } from '@logai/contracts';
import { formatNumber, formatPercent } from '../../lib/format';

const WIDTH = 900;
const HEIGHT = 200;
const PAD = { top: 12, right: 8, bottom: 24, left: 40 };

/** Events per day as bars, error rate as a line: a spike in either stands out at a glance. */
type Trend = Dashboard['errorRateTrend'];

/** The last `days` days ending today (UTC), with the API's figures where it has them and zeros elsewhere. */
export function fillDays(trend: Trend, days = 14, today = new Date()): Trend {
  const byDay = new Map(trend.map((day) => [day.day.slice(0, 10), day]));
  return Array.from({ length: days }, (_, index) => {
    const day = new Date(
      Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (days - 1 - index)),
    )
      .toISOString()
      .slice(0, 10);
    return byDay.get(day) ?? { day, events: 0, errors: 0, rate: 0 };
  });
}

export function ErrorRateChart({ trend: given }: { trend: Trend }) {
  const trend = fillDays(given);
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const maxEvents = Math.max(1, ...trend.map((day) => day.events));
  const maxRate = Math.max(0.01, ...trend.map((day) => day.rate));
  const step = innerWidth / Math.max(1, trend.length);
  const points = trend.map((day, index) => {
    const x = PAD.left + step * index + step / 2;
    const y = PAD.top + innerHeight - (day.rate / maxRate) * innerHeight;
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  const peak = trend.reduce<(typeof trend)[number] | null>(
    (best, day) => (!best || day.rate > best.rate ? day : best),
    null,
  );
  return (
    <figure>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
        role="img"
        aria-label={`Error rate per day over ${trend.length} days${peak ? `; highest ${formatPercent(peak.rate)} on ${peak.day}` : ''}`}
      >
        {[0, 0.5, 1].map((fraction) => {
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
                {formatPercent(maxRate * fraction, 0)}
              </text>
            </g>
          );
        })}
        {trend.map((day, index) => {
          const height = (day.events / maxEvents) * innerHeight;
          return (
            <rect
              key={day.day}
              x={PAD.left + step * index + step * 0.15}
              y={PAD.top + innerHeight - height}
              width={step * 0.7}
              height={height}
              rx={2}
              className="fill-sky-100 dark:fill-sky-950"
            >
              <title>{`${day.day}: ${formatNumber(day.events)} events, ${formatNumber(day.errors)} errors (${formatPercent(day.rate)})`}</title>
            </rect>
          );
        })}
        <polyline points={points.join(' ')} fill="none" strokeWidth={2} className="stroke-rose-500" />
        {trend.map((day, index) =>
          day.events > 0 ? (
            <circle
              key={`dot-${day.day}`}
              cx={PAD.left + step * index + step / 2}
              cy={PAD.top + innerHeight - (day.rate / maxRate) * innerHeight}
              r={3.5}
              className="fill-rose-500"
            />
          ) : null,
        )}
        {trend.map((day, index) =>
          index % Math.ceil(trend.length / 7) === 0 ? (
            <text
              key={day.day}
              x={PAD.left + step * index + step / 2}
              y={HEIGHT - 6}
              textAnchor="middle"
              className="fill-slate-500 text-[10px]"
            >
              {day.day.slice(5)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="mt-1 flex gap-4 text-xs text-slate-500 dark:text-slate-400">
        <span className="flex items-center gap-1">
          <span aria-hidden className="h-2 w-3 rounded-sm bg-sky-200 dark:bg-sky-900" /> events per day
        </span>
        <span className="flex items-center gap-1">
          <span aria-hidden className="h-0.5 w-3 bg-rose-500" /> error rate
        </span>
      </figcaption>
    </figure>
  );
}
