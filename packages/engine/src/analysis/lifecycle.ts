import type { MinedEvent } from '../types';
import { detach } from '../fields/strings';

/**
 * The kubelet's view of a container that died and was started again without the kubelet stopping it:
 * a crash of the application in that container, told by the node's log even when the application's own
 * log says nothing (a segfault, `exit(1)`, a kill by the runtime).
 *
 * The kubelet's pod lifecycle events (PLEG) say `ContainerDied` and `ContainerStarted` with the
 * container's id, in the structured form (`"SyncLoop (PLEG): event for pod" pod="ns/name"
 * event={"ID":"…","Type":"ContainerDied","Data":"<container id>"}`) or the older one (`SyncLoop
 * (PLEG): "name_ns(uid)", event: &pleg.PodLifecycleEvent{ID:"…", Type:"ContainerDied", Data:"…"}`).
 * The same pair is written when a pod is deleted or rolled (the kubelet kills its containers first and
 * says so), when an init container finishes (it was started moments before) and when a job's container
 * completes (nothing is started again): those are not crashes.
 */
export interface ContainerRestart {
  file: string;
  pod: string;
  died: { line: number; timestamp: number; text: string };
  started: { line: number; timestamp: number; text: string };
  /** How long the container had run, when the file saw it start (ms); null if it started before the file. */
  ranMs: number | null;
  patternId: string;
}

/** What a pattern says about processes' lives, decided once per pattern from its template. */
export const LIFECYCLE_NONE = 0;
/** The kubelet's pod lifecycle events (container died, started). */
export const KUBELET_PLEG = 1;
/** The kubelet stopping a pod's containers on purpose: a deletion, an eviction, a rollout. */
export const KUBELET_STOP = 2;
/**
 * A master process telling a worker died from a signal: uWSGI's "DAMN ! worker 1 (pid: 92) died, killed
 * by signal 9", gunicorn's "Worker with pid 4571 was terminated due to signal 9".
 */
export const WORKER_SIGNAL = 3;

/** A JVM's full collection in its GC log ("GC(12) Pause Full (G1 Compaction Pause) 8151M->8074M(8192M) 3531ms"). */
export const GC_FULL = 4;
/** A JVM starting, as its GC log says first ("Using G1"). */
export const JVM_START = 5;

export function lifecycleRole(template: string): number {
  if (template.includes('SyncLoop (PLEG)')) return KUBELET_PLEG;
  // (gunicorn's "WORKER TIMEOUT (pid:4571)" too: what its arbiter kills next is its own doing.)
  if (
    template.includes('killed by signal') ||
    template.includes('terminated due to signal') ||
    template.includes('WORKER TIMEOUT')
  )
    return WORKER_SIGNAL;
  if (template.includes('Pause Full')) return GC_FULL;
  if (JVM_STARTS.test(template)) return JVM_START;
  return STOP.test(template) ? KUBELET_STOP : LIFECYCLE_NONE;
}

const JVM_STARTS = /^Using (?:G1|Parallel|Serial|Shenandoah|The Z Garbage Collector|Concurrent Mark Sweep)\b/;
const STOP =
  /Killing container|SyncLoop (?:\()?(?:DELETE|REMOVE|KILL)|Killing unwanted pod|Evicting pod|Preempting pod|killPodWithSyncResult/;
const PLEG_EVENT = /"?Type"?:\s*"(ContainerDied|ContainerStarted)",\s*"?Data"?:\s*"([^"]+)"/;
/** `pod="ns/name"` (structured), `pods=["ns/name"]`, or the older `"name_ns(uid)"` after "SyncLoop …:". */
const POD = /\bpods?=\[?"([^"]+)"|SyncLoop \([A-Z]+(?:, "\w+")?\): "([^"(]+)/;

/** A container that ran at least this long before it died is not an init container. */
const INIT_CONTAINER_MS = 10 * 60_000;
/** A stop the kubelet announced this long before a death explains it. */
const STOP_EXPLAINS_MS = 5 * 60_000;
/** Started again within this (a crash loop's back-off reaches 5 minutes): a restart. */
const RESTART_WITHIN_MS = 5 * 60_000;
const MAX_KEYS = 10_000;
const MAX_RESTARTS = 200;

interface Death {
  line: number;
  timestamp: number;
  text: string;
  ranMs: number | null;
  patternId: string;
}

export class ContainerRestarts {
  readonly found: ContainerRestart[] = [];
  /** Container id → when the file saw it start. */
  private readonly startedAt = new Map<string, number>();
  /** Pod → when the kubelet last said it was stopping it. */
  private readonly stoppedAt = new Map<string, number>();
  /** Pod (in its file) → the death waiting for a start. */
  private readonly deaths = new Map<string, Death>();

  note(role: number, event: MinedEvent, timestamp: number): void {
    const pod = podOf(event.message);
    if (pod === null) return;
    if (role === KUBELET_STOP) {
      remember(this.stoppedAt, pod, timestamp);
      return;
    }
    const m = PLEG_EVENT.exec(event.message);
    if (m === null) return;
    const container = m[2] ?? '';
    const key = `${event.file}\u0000${pod}`;
    if (m[1] === 'ContainerStarted') {
      remember(this.startedAt, container, timestamp);
      const death = this.deaths.get(key);
      if (death === undefined) return;
      this.deaths.delete(key);
      if (timestamp - death.timestamp > RESTART_WITHIN_MS || this.found.length >= MAX_RESTARTS) return;
      this.found.push({
        file: detach(event.file),
        pod: detach(pod),
        died: { line: death.line, timestamp: death.timestamp, text: death.text },
        started: { line: event.line, timestamp, text: detach(event.raw.slice(0, 500)) },
        ranMs: death.ranMs,
        patternId: death.patternId,
      });
      return;
    }
    const started = this.startedAt.get(container);
    if (started !== undefined && timestamp - started < INIT_CONTAINER_MS) return;
    const stopped = this.stoppedAt.get(pod);
    if (stopped !== undefined && timestamp - stopped <= STOP_EXPLAINS_MS) return;
    if (this.deaths.size >= MAX_KEYS) this.deaths.clear();
    this.deaths.set(detach(key), {
      line: event.line,
      timestamp,
      text: detach(event.raw.slice(0, 500)),
      ranMs: started === undefined ? null : timestamp - started,
      patternId: event.patternId,
    });
  }
}

function podOf(message: string): string | null {
  const m = POD.exec(message);
  return m === null ? null : (m[1] ?? m[2] ?? null);
}

function remember(map: Map<string, number>, key: string, value: number): void {
  if (!map.has(key) && map.size >= MAX_KEYS) map.clear();
  map.set(detach(key), value);
}

/**
 * A worker a uWSGI master saw die from a signal it did not send: "DAMN ! worker 1 (pid: 92) died,
 * killed by signal 9 :( trying respawn ...". uWSGI's own harakiri (a request over its time limit) kills
 * with signal 9 too, and says so on the lines right before ("HARAKIRI !!! end of worker 1 status !!!");
 * without them, a SIGKILL came from outside: the kernel's OOM killer, most likely. Other signals (11: a
 * segfault, 6: an abort) are crashes whatever came before. gunicorn's arbiter says "Worker with pid 4571
 * was terminated due to signal 9"; it aborts a worker past its timeout itself (SIGABRT, then SIGKILL
 * if it lingers), after saying "WORKER TIMEOUT (pid:4571)": its signal 6 is its own, and so is a 9 right
 * after a timeout.
 */
export interface WorkerKill {
  file: string;
  line: number;
  timestamp: number;
  text: string;
  signal: number;
  patternId: string;
}

const KILLED_BY = /(killed by|terminated due to) signal (\d+)/;
const MAX_KILLS = 200;

const TIMED_OUT = /WORKER TIMEOUT \(pid:(\d+)\)/;
const GUNICORN_PID = /Worker with pid (\d+)/;
/** A worker gunicorn killed this soon after saying it timed out is its own doing (it waits `graceful_timeout`, 30 s by default). */
const TIMEOUT_KILL_MS = 60_000;

export class WorkerKills {
  readonly found: WorkerKill[] = [];
  /** gunicorn's workers past their timeout, by pid: when it said so. */
  private readonly timedOut = new Map<string, number>();

  /** `previous`: the file's message before this event (null when unknown). */
  note(event: MinedEvent, timestamp: number, previous: string | null): void {
    const timeout = TIMED_OUT.exec(event.message);
    if (timeout !== null) return remember(this.timedOut, `${event.file}|${timeout[1]}`, timestamp);
    const m = KILLED_BY.exec(event.message);
    if (m === null || this.found.length >= MAX_KILLS) return;
    const signal = Number(m[2]);
    // SIGTERM/SIGINT/SIGQUIT/SIGHUP: a stop or reload.
    if (signal === 15 || signal === 2 || signal === 3 || signal === 1) return;
    if (m[1] === 'terminated due to') {
      // gunicorn aborts a worker past its timeout (6), then kills it if it lingers (9).
      if (signal === 6) return;
      const pid = GUNICORN_PID.exec(event.message)?.[1];
      const said = pid === undefined ? undefined : this.timedOut.get(`${event.file}|${pid}`);
      if (said !== undefined && timestamp - said <= TIMEOUT_KILL_MS) return;
    }
    if (signal === 9 && previous !== null && previous.includes('HARAKIRI')) return;
    this.found.push({
      file: detach(event.file),
      line: event.line,
      timestamp,
      text: detach(event.raw.slice(0, 500)),
      signal,
      patternId: event.patternId,
    });
  }
}

/**
 * A JVM that ran out of heap, as its GC log tells it: full collections one after another that each
 * leave the heap 95% full or more (nothing left to free: the next allocation throws OutOfMemoryError),
 * then the JVM starting again ("Using G1") — the process died, or was killed by the kernel or the
 * container's limit, and was restarted.
 */
export interface HeapExhaustion {
  file: string;
  /** The first of the full collections, and the JVM's start after them. */
  first: { line: number; timestamp: number; text: string };
  restart: { line: number; timestamp: number; text: string };
  fullCollections: number;
  /** Heap left after the last full collection, and the heap's size (MB). */
  usedMb: number;
  sizeMb: number;
  patternId: string;
}

/** Full collections in a row, each leaving the heap this full, before a restart that counts. */
const MIN_EXHAUSTED_FULL_GCS = 3;
export const EXHAUSTED_SHARE = 0.95;
const HEAP = /(\d+)([KMG])->(\d+)([KMG])\((\d+)([KMG])\)/;
const MB: Record<string, number> = { K: 1 / 1024, M: 1, G: 1024 };

interface ExhaustedRun {
  count: number;
  first: { line: number; timestamp: number; text: string };
  usedMb: number;
  sizeMb: number;
  patternId: string;
}

export class HeapExhaustions {
  readonly found: HeapExhaustion[] = [];
  /** Per file, the full collections in a row that left the heap full, since the last that did not. */
  private readonly runs = new Map<string, ExhaustedRun>();

  note(role: number, event: MinedEvent, timestamp: number): void {
    if (role === JVM_START) {
      const run = this.runs.get(event.file);
      this.runs.delete(event.file);
      if (run === undefined || run.count < MIN_EXHAUSTED_FULL_GCS || this.found.length >= MAX_RESTARTS)
        return;
      this.found.push({
        file: detach(event.file),
        first: run.first,
        restart: { line: event.line, timestamp, text: detach(event.raw.slice(0, 500)) },
        fullCollections: run.count,
        usedMb: run.usedMb,
        sizeMb: run.sizeMb,
        patternId: run.patternId,
      });
      return;
    }
    const m = HEAP.exec(event.message);
    if (m === null) return;
    const usedMb = Number(m[3]) * (MB[m[4] ?? 'M'] ?? 1);
    const sizeMb = Number(m[5]) * (MB[m[6] ?? 'M'] ?? 1);
    if (sizeMb <= 0 || usedMb < EXHAUSTED_SHARE * sizeMb) {
      this.runs.delete(event.file);
      return;
    }
    const run = this.runs.get(event.file);
    if (run !== undefined) {
      run.count++;
      run.usedMb = usedMb;
      run.sizeMb = sizeMb;
    } else if (this.runs.size < MAX_KEYS) {
      this.runs.set(detach(event.file), {
        count: 1,
        first: { line: event.line, timestamp, text: detach(event.raw.slice(0, 500)) },
        usedMb,
        sizeMb,
        patternId: event.patternId,
      });
    }
  }
}
