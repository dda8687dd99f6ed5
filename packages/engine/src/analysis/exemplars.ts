import { detach } from '../fields/strings';
import type { SampleLine } from './report';
import type { SeriesHandle, TimeBuckets } from './time-buckets';

export interface Exemplar extends SampleLine {
  timestamp: number;
  patternId: string;
}

const MAX_TEXT = 300;

/** A sample's text: at most MAX_TEXT characters, with a marker when cut. */
export function shortened(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** Characters from a message that lies past the cut kept after the cut line. */
const MESSAGE_TEXT = 150;
/** Shortest opening of a message looked for in its line. */
const MIN_PROBE = 8;

/**
 * A long line shortened so that its message shows: a JSON record whose message comes after other
 * fields past MAX_TEXT (journald's `__CURSOR`, `_BOOT_ID`, … and then `MESSAGE`) keeps its cut text
 * and then 150 characters from its message on. Other lines are cut at MAX_TEXT as usual.
 */
export function sampleText(event: { raw: string; message: string }): string {
  const raw = event.raw;
  if (raw.length <= MAX_TEXT) return raw;
  const probe = event.message.slice(0, 40);
  if (probe.length < MIN_PROBE) return shortened(raw);
  const at = raw.indexOf(probe);
  if (at < 0 || at + probe.length <= MAX_TEXT) return shortened(raw);
  const end = at + MESSAGE_TEXT;
  return `${raw.slice(0, MAX_TEXT)}…${raw.slice(at, end)}${end < raw.length ? '…' : ''}`;
}

/** A sample of `event`: its text as read, shortened (see sampleText), or `text` when given (already shortened). */
export function exemplarOf(
  event: { file: string; line: number; raw: string; message: string; timestamp: number | null },
  patternId: string,
  text: string = sampleText(event),
): Exemplar {
  return {
    file: event.file,
    line: event.line,
    text: detach(text),
    timestamp: event.timestamp ?? 0,
    patternId,
  };
}

/**
 * A bounded set of sample lines spread over time. When full, the sample from the quietest bucket of
 * its series goes (never the first one), so the busiest moments — where anomalies are — keep their
 * evidence. A sample's weight is the count of its bucket; counts of stored buckets are remembered
 * while the series' `version` says they cannot have changed, so a full set does not search the
 * series for every sample at every eviction.
 */
export class ExemplarSet {
  readonly items: Exemplar[] = [];
  /** Per item: its bucket's count, valid while `versions[i]` is the series' version (-1: not known). */
  private readonly weights: number[] = [];
  private readonly versions: number[] = [];

  constructor(private readonly capacity: number) {}

  /** Adds a sample; `series` (in `buckets`) weighs the samples when one must go (all weigh 0 without). */
  add<K>(exemplar: Exemplar, buckets?: TimeBuckets<K>, series?: SeriesHandle): void {
    this.items.push(exemplar);
    this.weights.push(0);
    this.versions.push(-1);
    if (this.items.length <= this.capacity) return;
    let victim = 1;
    let lowest = Infinity;
    for (let i = 1; i < this.items.length - 1; i++) {
      const weight = buckets && series ? this.weightAt(i, buckets, series) : 0;
      if (weight < lowest) {
        lowest = weight;
        victim = i;
      }
    }
    this.items.splice(victim, 1);
    this.weights.splice(victim, 1);
    this.versions.splice(victim, 1);
  }

  private weightAt<K>(i: number, buckets: TimeBuckets<K>, series: SeriesHandle): number {
    if (this.versions[i] === series.version) return this.weights[i] ?? 0;
    const timestamp = this.items[i]?.timestamp ?? 0;
    const weight = buckets.countIn(series, timestamp);
    // The bucket being filled still counts up: its weight is read afresh every time.
    if (!buckets.isFilling(series, timestamp)) {
      this.weights[i] = weight;
      this.versions[i] = series.version;
    }
    return weight;
  }

  within(startMs: number, endMs: number, limit: number): Exemplar[] {
    const inside = this.items.filter((e) => e.timestamp >= startMs && e.timestamp < endMs);
    return inside.slice(0, limit);
  }
}
