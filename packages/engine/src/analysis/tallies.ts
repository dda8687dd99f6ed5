// Per-file and per-service counters of the analyzer, and a per-minute sampling quota.
import { detach } from '../fields/strings';

export interface FileTally {
  events: number;
  errors: number;
}

export function tallyOf(map: Map<string, FileTally>, key: string, cap = Infinity): FileTally | null {
  let entry = map.get(key);
  if (!entry && map.size < cap) {
    entry = { events: 0, errors: 0 };
    map.set(detach(key), entry);
  }
  return entry ?? null;
}

export function count(tally: FileTally | null, isError: boolean): void {
  // Against null, not by truthiness: V8 tests an object's truthiness against every falsy kind of value.
  if (tally === null) return;
  tally.events++;
  if (isError) tally.errors++;
}

/** Allows `perMinute` notes in each minute. */
export class MinuteQuota {
  private minute = -Infinity;
  private used = 0;

  note(minute: number, perMinute: number): boolean {
    if (minute !== this.minute) {
      this.minute = minute;
      this.used = 0;
    }
    return this.used++ < perMinute;
  }
}
