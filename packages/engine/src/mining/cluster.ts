import { LEVELS, type Level, type LogEvent, type PatternSummary, type VariableStats } from '../types';
import { internalized } from '../fields/strings';
import { patternId } from './pattern-id';
import { VariableTracker } from './variable-tracker';
import { WILDCARD } from './mask-token';
import { slotsOf } from './masked-key';

/** Events of a cluster whose values are all tracked; one in eight after them (see `Cluster.record`). */
const TRACK_ALL = 1024;

export interface ClusterLimits {
  maxSamples: number;
  maxVariables: number;
  maxDistinct: number;
  maxSampleChars: number;
}

/**
 * A level's place in LEVELS, by comparisons (the literals are internalized strings: each is a pointer
 * check), the commonest first: an object indexed by the level was a megamorphic keyed load per event.
 */
function levelIndex(level: Level): number {
  if (level === 'info') return 2;
  if (level === 'debug') return 1;
  if (level === 'warn') return 3;
  if (level === 'error') return 4;
  return level === 'trace' ? 0 : 5;
}

// What a released cluster holds instead of its own (frozen: nothing adds to a released cluster).
const NO_SAMPLES: PatternSummary['samples'] = Object.freeze([]) as unknown as PatternSummary['samples'];
const NO_VARIABLES: VariableTracker[] = Object.freeze([]) as unknown as VariableTracker[];
const NO_TOKENS: string[] = Object.freeze([]) as unknown as string[];
const NO_LEVELS = new Uint32Array(0);
const NO_SLOTS = new Int32Array(0);

/**
 * One mined pattern: its template tokens and bounded statistics of the events it matched. A date's
 * tokens (`dates`) are one `<*>` of the template and one value, but stay apart in `tokens`, which
 * the miner compares position by position.
 */
export class Cluster {
  /** The template as shown: tokens joined by spaces, a date's run of `<*>` written once. */
  template: string;
  /** The tokens joined by spaces, each date's as well: what the miner's index knows the cluster by. */
  joined: string;
  private id: string | null = null;
  count = 0;
  firstSeen: number | null = null;
  lastSeen: number | null = null;
  touchedAt = 0;
  alive = true;
  /** Set when this cluster was folded into another one. */
  mergedInto: Cluster | null = null;
  /** Made of a run of free text (see the miner's `freeTextTokens`): its messages seldom repeat. */
  freeText = false;
  levels = new Uint32Array(LEVELS.length);
  samples: PatternSummary['samples'] = [];
  variables: VariableTracker[] = [];

  /** Where the template's variables are (see slotsOf), kept in step with `tokens`. */
  slots: Int32Array;

  constructor(
    readonly key: number,
    public tokens: string[],
    private readonly limits: ClusterLimits,
    /** Runs of tokens that write one date: (first token, token count) pairs, in order. */
    private readonly dates: readonly number[] = [],
  ) {
    this.joined = tokens.join(' ');
    // Internalized: every event carries it, and the analyzer compares it with the last one seen.
    this.template = internalized(this.shown());
    this.slots = slotsOf(tokens, this.dates);
  }

  /** A fingerprint of the tokens (a date's each one): clusters of other lengths never share it. */
  get patternId(): string {
    // Small enough to be inlined into the miner's loop: the id is made apart, once.
    return this.id ?? this.makeId();
  }

  private makeId(): string {
    // Internalized: every event carries it, and the analyzer compares it with the last one seen.
    this.id = internalized(patternId(this.joined));
    return this.id;
  }

  /** Whether an event of this cluster was a warning, an error or fatal. */
  get warned(): boolean {
    for (let at = levelIndex('warn'); at < this.levels.length; at++)
      if ((this.levels[at] ?? 0) > 0) return true;
    return false;
  }

  /** Replaces the template tokens (the miner re-indexes the cluster around this call). */
  setTokens(tokens: string[]): void {
    this.tokens = tokens;
    this.joined = tokens.join(' ');
    this.template = internalized(this.shown());
    this.slots = slotsOf(tokens, this.dates);
    this.id = null;
  }

  /** The template as shown: `joined`, each date's run of `<*>` written once. */
  private shown(): string {
    if (this.dates.length === 0) return this.joined;
    const out: string[] = [];
    let d = 0;
    for (let k = 0; k < this.tokens.length; k++) {
      out.push(this.tokens[k] ?? '');
      if (d < this.dates.length && k === this.dates[d]) {
        k += (this.dates[d + 1] ?? 1) - 1;
        d += 2;
      }
    }
    return out.join(' ');
  }

  /** Whether token `at` continues a date begun by the token before it (not a variable of its own). */
  private inDate(at: number): boolean {
    for (let d = 0; d < this.dates.length; d += 2) {
      const first = this.dates[d] ?? 0;
      if (at > first && at < first + (this.dates[d + 1] ?? 0)) return true;
    }
    return false;
  }

  record(event: LogEvent, params: string[], positions: Int32Array): void {
    const { level, timestamp } = event;
    this.count++;
    if (level !== null) {
      const at = levelIndex(level);
      this.levels[at] = (this.levels[at] ?? 0) + 1;
    }
    if (timestamp !== null) {
      if (this.firstSeen === null || timestamp < this.firstSeen) this.firstSeen = timestamp;
      if (this.lastSeen === null || timestamp > this.lastSeen) this.lastSeen = timestamp;
    }
    if (this.samples.length < this.limits.maxSamples) {
      const max = this.limits.maxSampleChars;
      const text = event.raw.length > max ? event.raw.slice(0, max) + '…' : event.raw;
      this.samples.push({ file: event.file, line: event.line, text });
    }
    // Values are tracked for every event at first, then for one in eight: enough for top values
    // and percentiles, at an eighth of the cost on the hot path.
    const sampled = this.count > TRACK_ALL;
    if (sampled && (this.count & 7) !== 0) return;
    this.track(params, positions, sampled ? 8 : 1);
  }

  /** Whether `record` tracks the values of the next event (see there). */
  willTrack(): boolean {
    const next = this.count + 1;
    return next <= TRACK_ALL || (next & 7) === 0;
  }

  /** Adds an event's values to their trackers (weight: the events each stands for). */
  private track(params: string[], positions: Int32Array, weight: number): void {
    // Trackers are kept by token position, so they survive the template gaining new variables.
    const n = Math.min(params.length, this.limits.maxVariables);
    for (let i = 0; i < n; i++) {
      const at = positions[i] ?? 0;
      let tracker = this.variables[at];
      if (tracker === undefined) {
        tracker = new VariableTracker(at, this.limits.maxDistinct);
        this.variables[at] = tracker;
      }
      tracker.add(params[i] ?? '', weight);
    }
  }

  /** Folds another cluster with the same template into this one. */
  merge(other: Cluster): void {
    this.count += other.count;
    for (let i = 0; i < LEVELS.length; i++) this.levels[i] = (this.levels[i] ?? 0) + (other.levels[i] ?? 0);
    if (other.firstSeen !== null && (this.firstSeen === null || other.firstSeen < this.firstSeen)) {
      this.firstSeen = other.firstSeen;
    }
    if (other.lastSeen !== null && (this.lastSeen === null || other.lastSeen > this.lastSeen)) {
      this.lastSeen = other.lastSeen;
    }
    for (const s of other.samples) {
      if (this.samples.length < this.limits.maxSamples) this.samples.push(s);
    }
    other.variables.forEach((v, i) => {
      const mine = this.variables[i];
      if (mine) mine.merge(v);
      else this.variables[i] = v;
    });
    other.release();
  }

  /**
   * Drops all but the template of a cluster that was folded into another or evicted: the miner's
   * caches may still point at it until they are cleared (a file of free text evicts a cluster a line).
   */
  release(): void {
    this.samples = NO_SAMPLES;
    this.variables = NO_VARIABLES;
    this.tokens = NO_TOKENS;
    this.levels = NO_LEVELS;
    this.slots = NO_SLOTS;
    this.id = null;
  }

  private variableStats(): VariableStats[] {
    const out: VariableStats[] = [];
    let index = 0;
    this.tokens.forEach((t, at) => {
      if (!t.includes(WILDCARD) || this.inDate(at)) return;
      const tracker = this.variables[at];
      if (tracker) out.push({ ...tracker.stats(), index });
      index++;
    });
    return out;
  }

  summary(): PatternSummary {
    let best = -1;
    for (let i = 0; i < LEVELS.length; i++) {
      if ((this.levels[i] ?? 0) > 0 && (best < 0 || (this.levels[i] ?? 0) > (this.levels[best] ?? 0)))
        best = i;
    }
    return {
      id: this.patternId,
      template: this.template,
      count: this.count,
      level: best < 0 ? null : (LEVELS[best] ?? null),
      firstSeen: this.firstSeen,
      lastSeen: this.lastSeen,
      samples: this.samples,
      variables: this.variableStats(),
    };
  }
}
