import { LIFECYCLE_NONE } from './lifecycle';
import { patternId } from '../mining/pattern-id';
import { statusSlotOf } from './durations';
import { LEVELS, type PatternSummary } from '../types';
import { ExemplarSet, type Exemplar } from './exemplars';
import { settleSeen, type PatternTrack } from './pattern-track';

export interface ResolvedPattern {
  /** The merged track, under its final pattern id and template. */
  track: PatternTrack;
  /** Internal keys of the streamed tracks it merges. */
  keys: string[];
}

/**
 * Maps streamed tracks (keyed by miner cluster) onto final patterns: a cluster's template may have
 * generalised after its first events, and clusters ending with the same template are one pattern.
 */
export function resolvePatterns(
  tracks: Iterable<PatternTrack>,
  summaries: readonly PatternSummary[],
  templateOf?: (clusterId: number) => string | undefined,
): ResolvedPattern[] {
  const idByTemplate = new Map(summaries.map((s) => [s.template, s.id]));
  const groups = new Map<string, { template: string; tracks: PatternTrack[] }>();
  for (const track of tracks) {
    settleSeen(track);
    const clusterId = /^c(\d+)$/.exec(track.key)?.[1];
    const template =
      (clusterId !== undefined ? templateOf?.(Number(clusterId)) : undefined) ?? track.template;
    // A cluster evicted after it generalised is not among the live patterns: its id is its template's.
    const id = idByTemplate.get(template) ?? (template === track.template ? track.id : patternId(template));
    const group = groups.get(id) ?? { template, tracks: [] };
    group.tracks.push(track);
    groups.set(id, group);
  }
  return [...groups].map(([id, { template, tracks: group }]) => ({
    track: mergeTracks(id, template, group),
    keys: group.map((t) => t.key),
  }));
}

/** Tracks of one final pattern (or one exception of it) as one, under its id and template. */
export function mergeTracks(id: string, template: string, tracks: PatternTrack[]): PatternTrack {
  const only = tracks[0];
  if (tracks.length === 1 && only) return { ...only, id, template };
  const exemplars = mergeExemplars(tracks.flatMap((t) => t.exemplars.items));
  const levels: PatternTrack['levels'] = {};
  for (const t of tracks)
    for (const level of LEVELS) levels[level] = (levels[level] ?? 0) + (t.levels[level] ?? 0);
  const firsts = tracks.flatMap((t) => (t.firstSeen === null ? [] : [t.firstSeen]));
  const lasts = tracks.flatMap((t) => (t.lastSeen === null ? [] : [t.lastSeen]));
  return {
    key: tracks.map((t) => t.key).join('+'),
    id,
    template,
    count: tracks.reduce((n, t) => n + t.count, 0),
    untimed: tracks.reduce((n, t) => n + t.untimed, 0),
    errors: tracks.reduce((n, t) => n + t.errors, 0),
    levels,
    firstSeen: firsts.length ? Math.min(...firsts) : null,
    lastSeen: lasts.length ? Math.max(...lasts) : null,
    firstMs: Math.min(...tracks.map((t) => t.firstMs)),
    lastMs: Math.max(...tracks.map((t) => t.lastMs)),
    files: new Set(tracks.flatMap((t) => [...t.files])),
    exemplars,
    hasSeries: tracks.some((t) => t.hasSeries),
    durationSlots: [],
    series: null,
    errorSeries: null,
    sampledMinute: -1,
    errorExemplars: mergeExemplars(tracks.flatMap((t) => t.errorExemplars?.items ?? [])),
    errorSampledMinute: -1,
    lastFile: '',
    durationKeys: [],
    unitNamedKeys: null,
    durationBucket: NaN,
    durationEvents: 0,
    feedsRequestTimes: false,
    isRequest: false,
    scannedEvents: 0,
    durationSeries: new Map(),
    keyUnits: [],
    keySeries: [],
    kindKey: null,
    kindIsRoute: false,
    kindSeries: null,
    slotSeries: [],
    durationSource: null,
    otherSources: null,
    // Where the status of the folded clusters' requests is (isRequestSource reads it): Heroku's router
    // lines fold into one pattern as their methods vary, and still answer requests (blind3 329/s09).
    statusKey: tracks.find((t) => t.statusKey !== null)?.statusKey ?? null,
    statusScans: 0,
    statusSlot: tracks.some((t) => t.statusSlot >= 0) ? statusSlotOf(template) : -1,
    statusTemplate: template,
    codeSlot: -1,
    codeTemplate: '',
    codes: 0,
    exceptionScans: null,
    lifecycle: LIFECYCLE_NONE,
    stops: tracks.some((t) => t.stops),
    // Each streamed track's files, with the series they are read from (see errorValuesByFile).
    errorFiles: tracks.some((t) => t.errorFiles !== null) ? tracks.flatMap((t) => t.errorFiles ?? []) : null,
  };
}

function mergeExemplars(items: Exemplar[]): ExemplarSet {
  const set = new ExemplarSet(Math.max(1, items.length));
  for (const item of items.sort((a, b) => a.timestamp - b.timestamp)) set.add(item);
  return set;
}
