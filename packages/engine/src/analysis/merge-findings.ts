import { isRequestMessage } from './durations';
import type { Finding } from './detection-context';
import { severityRank } from './severity';

/**
 * Merges findings of one cause: the same type and subject with overlapping or adjacent windows
 * (e.g. one source's spike seen in two files; latency of one file's patterns rising together; variants
 * of one message, whose pattern spikes share a subject, spiking together). A new pattern that is also a short-lived burst is one
 * finding: a pattern spike if it came and went, a new pattern if it kept going.
 */
export function mergeFindings(findings: readonly Finding[], gapMs: number, fileEndMs: number): Finding[] {
  // Latency rising for several patterns of the same files at once is one slowdown (a slow database
  // behind every endpoint), reported once with all their pattern ids; so is one message slowing down
  // in several services at once (its series are kept per service).
  const byFiles = mergeBy(
    findings,
    (f) => (f.type === 'latency_degradation' ? `${f.type}|${f.files.join(',')}` : `${f.type}|${f.subject}`),
    gapMs,
  );
  const merged = mergeBy(byFiles, (f) => `${f.type}|${f.subject}`, gapMs);
  for (const f of merged) {
    const variants = f.evidence.patternIds.length - 1;
    // (A chorus of several warnings names each already: see chorusOf.)
    if (f.type !== 'pattern_spike' || variants === 0 || f.subject.startsWith('chorus:')) continue;
    f.description = `${f.description.replace(/\.$/, '')}, with ${variants} variant${variants > 1 ? 's' : ''} of it (${f.evidence.observed.total} events in all).`;
  }
  const storms = retypeGoneStorms(withoutRoutesOfFloods(merged), gapMs, fileEndMs);
  return mergeNewPatternBursts(mergeCrashSignals(mergeCompanionSpikes(storms, gapMs / 3)), gapMs, fileEndMs);
}

/** How much more a route's spike may rise than its files' flood and still be the flood's. */
const ROUTE_OF_FLOOD = 2;

/** A spike's peak bucket against its baseline there. */
function peakFactor(f: Finding): number {
  return f.evidence.observed.value / Math.max(f.evidence.expected.baseline ?? 1, 1);
}

/**
 * Spikes of a request's route (`GET ubuntu/dists/<*>/main/<*>/<*>`, each route a pattern: see
 * mining/routes.ts) in a flood of their files' traffic, rising about as much as it does: the flood's,
 * which names its busiest route — not one finding per route it took along (a mirror's burst of
 * downloads: blind21 12/s02). A route rising far more than its files is told apart (a burst of 404s
 * on one path).
 */
function withoutRoutesOfFloods(findings: Finding[]): Finding[] {
  const floods = findings.filter((f) => f.type === 'volume_spike');
  if (floods.length === 0) return findings;
  return findings.filter(
    (f) =>
      !(
        f.type === 'pattern_spike' &&
        f.severity !== 'high' &&
        f.severity !== 'critical' &&
        isRequestMessage(f.quoted ?? '') &&
        floods.some(
          (v) =>
            v.files.join(',') === f.files.join(',') &&
            v.startMs <= f.endMs &&
            f.startMs <= v.endMs &&
            peakFactor(f) <= ROUTE_OF_FLOOD * peakFactor(v),
        )
      ),
  );
}

/**
 * Whether a new pattern's finding ended well before the files did: five merge gaps before, or as
 * long before as it lasted (Mosquitto's reconnect storm of six minutes, then none for the last
 * fourteen of the file).
 */
function endedLongBefore(fresh: Finding, gapMs: number, fileEndMs: number): boolean {
  const quietAfter = fileEndMs - fresh.endMs;
  return quietAfter > Math.min(5 * gapMs, Math.max(2 * gapMs, fresh.endMs - fresh.startMs));
}

/** Fewest events, and events a minute, of a new message's storm (see retypeGoneStorms). */
const STORM_EVENTS = 30;
const STORM_PER_MINUTE = 2;

/**
 * A new message that came as a storm and went (30 events or more, two a minute or more, ended long
 * before the files: see endedLongBefore) is a pattern spike — a storm that was also new — as when the
 * spike detector finds it too (left to mergeNewPatternBursts), which it does not for a message never
 * seen before it: Mosquitto's 94 `Client … already connected, closing old connection` in 14 minutes, none
 * in the 45 after (blind5 128/s05). New exceptions under an older message stay news.
 */
function retypeGoneStorms(findings: Finding[], gapMs: number, fileEndMs: number): Finding[] {
  return findings.map((f) => {
    if (f.type !== 'new_pattern' || f.exceptionVariant === true || spikeOf(f, findings, gapMs)) return f;
    const total = f.evidence.observed.total;
    const minutes = Math.max(1, (f.endMs - f.startMs) / 60_000);
    if (total < STORM_EVENTS || total / minutes < STORM_PER_MINUTE || !endedLongBefore(f, gapMs, fileEndMs))
      return f;
    const after = Math.round((fileEndMs - f.endMs) / 60_000);
    return {
      ...f,
      type: 'pattern_spike',
      description: `${f.description.replace(/\.$/, '')}; none in the ${after} minutes after it.`,
      evidence: { ...f.evidence, related: [...new Set([...f.evidence.related, 'new_pattern' as const])] },
    };
  });
}

/** Largest ratio between the counts of two pattern spikes that are lines of the same events. */
const COMPANION_RATIO = 1.25;

/**
 * Pattern spikes of different messages in the same files over the same window (within `slackMs` at
 * each end) with about as many events each: the lines one event writes (Sidekiq's "fail", then
 * "Job raised exception …", then the exception's message), told as one finding — the most severe,
 * else the one with the longest template — that names the others.
 */
function mergeCompanionSpikes(findings: Finding[], slackMs: number): Finding[] {
  const spikes = findings
    .filter((f) => f.type === 'pattern_spike')
    .sort(
      (a, b) =>
        severityRank(b.severity) - severityRank(a.severity) ||
        (b.quoted?.length ?? 0) - (a.quoted?.length ?? 0),
    );
  const drop = new Set<Finding>();
  for (const main of spikes) {
    if (drop.has(main)) continue;
    const total = main.evidence.observed.total;
    const companions = spikes.filter(
      (f) =>
        f !== main &&
        !drop.has(f) &&
        f.files.join(',') === main.files.join(',') &&
        Math.abs(f.startMs - main.startMs) <= slackMs &&
        Math.abs(f.endMs - main.endMs) <= slackMs &&
        Math.max(total, f.evidence.observed.total) <=
          COMPANION_RATIO * Math.min(total, f.evidence.observed.total),
    );
    if (companions.length === 0) continue;
    for (const f of companions) drop.add(f);
    const names = companions.map((f) => `"${f.quoted ?? f.patternId ?? ''}"`);
    main.description = `${main.description.replace(/\.$/, '')}; ${names.join(' and ')} ${names.length > 1 ? 'were' : 'was'} written as often with it (lines of the same events).`;
    main.evidence.patternIds = [
      ...new Set([...main.evidence.patternIds, ...companions.flatMap((f) => f.evidence.patternIds)]),
    ];
  }
  return findings.filter((f) => !drop.has(f));
}

/** How close two rare events of one file must be to be one crash. */
const CRASH_MS = 60_000;

/**
 * Rare events of different signatures in the same files within a minute are one crash, told once:
 * PostgreSQL's "terminated by signal 11: Segmentation fault" and its "all server processes
 * terminated; reinitializing" right after.
 */
function mergeCrashSignals(findings: Finding[]): Finding[] {
  const rare = findings.filter((f) => f.type === 'rare_event').sort((a, b) => a.startMs - b.startMs);
  const drop = new Set<Finding>();
  for (const [i, first] of rare.entries()) {
    if (drop.has(first)) continue;
    let crash = first;
    for (const next of rare.slice(i + 1)) {
      if (next.startMs > crash.endMs + CRASH_MS) break;
      if (drop.has(next) || next.files.join(',') !== crash.files.join(',')) continue;
      const merged = combine(crash, next);
      const other = merged.description === crash.description ? next : crash;
      merged.description = `${merged.description.replace(/\.$/, '')}, with ${lowerFirst(other.description)}`;
      drop.add(next);
      drop.add(crash);
      findings.push(merged);
      crash = merged;
    }
  }
  return findings.filter((f) => !drop.has(f));
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Findings of one key whose windows overlap or lie within `gapMs` of each other, combined. */
function mergeBy(findings: readonly Finding[], keyOf: (f: Finding) => string, gapMs: number): Finding[] {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = keyOf(f);
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  const merged: Finding[] = [];
  for (const group of byKey.values()) {
    group.sort((a, b) => a.startMs - b.startMs);
    let current: Finding | null = null;
    for (const f of group) {
      if (current && f.startMs <= current.endMs + gapMs) current = combine(current, f);
      else {
        if (current) merged.push(current);
        current = f;
      }
    }
    if (current) merged.push(current);
  }
  return merged;
}

function combine(a: Finding, b: Finding): Finding {
  const [main, other] =
    severityRank(b.severity) > severityRank(a.severity) || b.evidence.score > a.evidence.score
      ? [b, a]
      : [a, b];
  return {
    ...main,
    description: withOtherSpike(main, other),
    startMs: Math.min(a.startMs, b.startMs),
    endMs: Math.max(a.endMs, b.endMs),
    files: [...new Set([...a.files, ...b.files])].sort(),
    confidence: Math.max(a.confidence, b.confidence),
    evidence: {
      ...main.evidence,
      observed: { ...main.evidence.observed, total: a.evidence.observed.total + b.evidence.observed.total },
      patternIds: [...new Set([...main.evidence.patternIds, ...other.evidence.patternIds])],
      samples: [...main.evidence.samples, ...other.evidence.samples].slice(0, 3),
      lines: [...main.evidence.lines, ...other.evidence.lines].slice(0, 10),
    },
  };
}

/** Error spikes of other messages told in one finding's description, at most. */
const MAX_TOLD_SPIKES = 2;

/**
 * An error spike's description with that of another message's spike merged into it (errors of the
 * same minutes, or a few buckets apart): "26 errors … mostly "CONNECT <*>"" alone says nothing of a
 * reverse proxy's 5xx ten minutes later, "17 errors … mostly "GET <*>"" (blind6 51/s10).
 */
function withOtherSpike(main: Finding, other: Finding): string {
  if (main.type !== 'error_spike' || other.patternId === null || other.patternId === main.patternId)
    return main.description;
  const told = `${main.description.replace(/\.$/, '')}; also ${lowerFirst(other.description)}`;
  return told.split('; also ').length - 1 > MAX_TOLD_SPIKES ? main.description : told;
}

/** The pattern spike a new pattern's finding came with, if any (see mergeNewPatternBursts). */
function spikeOf(fresh: Finding, findings: readonly Finding[], gapMs: number): Finding | undefined {
  return findings.find(
    (f) =>
      f.type === 'pattern_spike' &&
      fresh.patternId !== null &&
      f.evidence.patternIds.includes(fresh.patternId) &&
      f.startMs <= fresh.endMs + gapMs &&
      // A new exception under an older message came with the message's burst only if it began
      // during it: one starting after the burst (a JWT signature error recurring for an hour, ten
      // minutes after a database outage's failures of the same request handler) is news of its
      // own, whatever the message's burst counted (blind4 209/s01).
      (fresh.exceptionVariant === true
        ? fresh.startMs >= f.startMs && fresh.startMs <= f.endMs
        : fresh.startMs <= f.endMs + gapMs),
  );
}

/** Share of a new pattern's events in its burst that makes it a burst, whatever came after. */
const BURST_SHARE = 0.9;

function mergeNewPatternBursts(findings: Finding[], gapMs: number, fileEndMs: number): Finding[] {
  const drop = new Set<Finding>();
  for (const fresh of findings.filter((f) => f.type === 'new_pattern')) {
    const spike = spikeOf(fresh, findings, gapMs);
    if (!spike) continue;
    // Came and went: it ended well before the file did (see endedLongBefore), or the burst holds
    // nearly all of it (a retry storm of 17 minutes, then two stray retries an hour apart).
    const cameAndWent =
      endedLongBefore(fresh, gapMs, fileEndMs) ||
      spike.evidence.observed.total >= BURST_SHARE * fresh.evidence.observed.total;
    const [keep, lose] = cameAndWent ? [spike, fresh] : [fresh, spike];
    keep.evidence.related = [...new Set([...keep.evidence.related, lose.type])];
    keep.startMs = Math.min(keep.startMs, lose.startMs);
    if (severityRank(lose.severity) > severityRank(keep.severity)) keep.severity = lose.severity;
    drop.add(lose);
  }
  return findings.filter((f) => !drop.has(f));
}
