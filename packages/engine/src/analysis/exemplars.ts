import { detach } from '../fields/strings';
import type { SampleLine } from './report';

export interface Exemplar extends SampleLine {
  timestamp: number;
  patternId: string;
}

const MAX_TEXT = 300;

export function exemplarOf(
  event: { file: string; line: number; raw: string; timestamp: number | null },
  patternId: string,
): Exemplar {
  const text = detach(event.raw.length > MAX_TEXT ? `${event.raw.slice(0, MAX_TEXT)}…` : event.raw);
  return { file: event.file, line: event.line, text, timestamp: event.timestamp ?? 0, patternId };
}

/**
 * A bounded set of sample lines spread over time. When full, the sample from the quietest bucket goes
 * (never the first one), so the busiest moments — where anomalies are — keep their evidence.
 */
export class ExemplarSet {
  readonly items: Exemplar[] = [];

  constructor(private readonly capacity: number) {}

  add(exemplar: Exemplar, weightOf: (timestamp: number) => number): void {
    this.items.push(exemplar);
    if (this.items.length <= this.capacity) return;
    let victim = 1;
    let lowest = Infinity;
    for (let i = 1; i < this.items.length - 1; i++) {
      const weight = weightOf(this.items[i]?.timestamp ?? 0);
      if (weight < lowest) {
        lowest = weight;
        victim = i;
      }
    }
    this.items.splice(victim, 1);
  }

  within(startMs: number, endMs: number, limit: number): Exemplar[] {
    const inside = this.items.filter((e) => e.timestamp >= startMs && e.timestamp < endMs);
    return inside.slice(0, limit);
  }
}
