import { EXHAUSTED_SHARE, type ContainerRestart, type WorkerKill } from '../lifecycle';
import type { DetectionContext, Finding } from '../detection-context';
import type { AnomalyEvidence } from '../report';
import { describeWindow, round, shortTemplate, spokenDuration } from '../format';

/**
 * A container the kubelet saw die and start again, with no stop of its own before: the application in
 * it crashed (see ContainerRestarts). One finding per restart; a pod that restarts again within the
 * window merges by subject.
 */
export function detectContainerRestarts(ctx: DetectionContext): Finding[] {
  return ctx.containerRestarts.map(restartFinding);
}

function restartFinding(restart: ContainerRestart): Finding {
  const { died, started, pod, file } = restart;
  const downMs = started.timestamp - died.timestamp;
  const ran = restart.ranMs === null ? '' : ` after running for ${spokenDuration(restart.ranMs)}`;
  return {
    type: 'rare_event',
    severity: 'high',
    confidence: 0.8,
    startMs: died.timestamp,
    endMs: Math.max(started.timestamp, died.timestamp + 1000),
    files: [file],
    patternId: restart.patternId,
    subject: `container restart:${file}:${pod}`,
    description: `A container of pod ${pod} died${ran} and was started again ${round(downMs / 1000, 1)} s later, with no stop by the kubelet before it (${file}): the application in it likely crashed ${describeWindow(died.timestamp, started.timestamp)}.`,
    evidence: rareEvidence(
      `container deaths of pod ${pod} not caused by the kubelet`,
      1,
      restart.patternId,
      file,
      [died, started].map(({ line, text }) => ({ file, line, text })),
    ),
  };
}

/** Kills of one file's workers by one signal this close together are one finding. */
const KILLS_APART_MS = 5 * 60_000;

/**
 * Workers killed by a signal their master did not send (see WorkerKills): signal 9 without uWSGI's
 * harakiri or gunicorn's timeout before it is most likely the kernel's OOM killer; 11, 6, 7 and 8 are
 * crashes (6 not from gunicorn, which aborts a worker past its timeout so).
 */
export function detectWorkerKills(ctx: DetectionContext): Finding[] {
  const groups: WorkerKill[][] = [];
  const sorted = [...ctx.workerKills].sort((a, b) => a.timestamp - b.timestamp);
  for (const kill of sorted) {
    const group = groups.find(
      (g) =>
        g[0]?.file === kill.file &&
        g[0]?.signal === kill.signal &&
        kill.timestamp - (g.at(-1)?.timestamp ?? 0) <= KILLS_APART_MS,
    );
    if (group) group.push(kill);
    else groups.push([kill]);
  }
  return groups.map(killFinding);
}

function killFinding(kills: WorkerKill[]): Finding {
  const first = kills[0] as WorkerKill;
  const last = kills.at(-1) ?? first;
  const oom = first.signal === 9;
  const what = oom
    ? "killed by signal 9 (SIGKILL) without a harakiri or timeout of its master's before it: most likely by the kernel's OOM killer"
    : `killed by signal ${first.signal}: it crashed`;
  const times = kills.length === 1 ? 'A worker was' : `${kills.length} workers were`;
  return {
    type: 'rare_event',
    severity: oom ? 'high' : 'critical',
    confidence: oom ? 0.75 : 0.85,
    startMs: first.timestamp,
    endMs: last.timestamp + 1000,
    files: [first.file],
    patternId: first.patternId,
    subject: `${oom ? 'out of memory' : 'segmentation fault'}:${first.file}`,
    description: `${times} ${what} (${first.file}: "${shortTemplate(first.text, 90)}") ${describeWindow(first.timestamp, last.timestamp + 1000)}.`,
    evidence: rareEvidence(
      `workers of ${first.file} killed by signal ${first.signal}`,
      kills.length,
      first.patternId,
      first.file,
      kills,
    ),
  };
}

/** A JVM that ran out of heap and started again (see HeapExhaustions): critical, as a crash is. */
export function detectHeapExhaustions(ctx: DetectionContext): Finding[] {
  return ctx.heapExhaustions.map((h) => {
    const { file, first, restart } = h;
    const share = Math.round((100 * h.usedMb) / h.sizeMb);
    return {
      type: 'rare_event',
      severity: 'critical',
      confidence: 0.85,
      startMs: first.timestamp,
      endMs: Math.max(restart.timestamp, first.timestamp + 1000),
      files: [file],
      patternId: h.patternId,
      subject: `out of memory:${file}`,
      description: `The JVM ran out of heap: ${h.fullCollections} full collections in a row left it ${share}% full (${Math.round(h.usedMb)} of ${Math.round(h.sizeMb)} MB), then it started again (${file}) ${describeWindow(first.timestamp, restart.timestamp)}.`,
      evidence: rareEvidence(
        `full collections in a row leaving the heap of ${file} ${Math.round(EXHAUSTED_SHARE * 100)}% full or more`,
        h.fullCollections,
        h.patternId,
        file,
        [first, restart].map(({ line, text }) => ({ file, line, text })),
      ),
    };
  });
}

/**
 * Evidence of an event that matters even once, counted `count` times (none expected), told by its
 * lines: all of them up to ten, three as samples. `total` when the pattern was seen more often.
 */
export function rareEvidence(
  metric: string,
  count: number,
  patternId: string,
  source: string | null,
  items: readonly { file: string; line: number; text: string }[],
  total = count,
): AnomalyEvidence {
  return {
    metric,
    expected: { baseline: 0, lower: null, upper: 0 },
    observed: { value: count, total },
    score: total,
    bucketSeconds: null,
    patternIds: [patternId],
    source,
    lines: items.slice(0, 10).map(({ file, line }) => ({ file, line })),
    samples: items.slice(0, 3).map(({ file, line, text }) => ({ file, line, text })),
    related: [],
  };
}
