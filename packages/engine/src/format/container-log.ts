// Logs written by a container runtime wrap each line of the application: Kubernetes nodes
// (/var/log/containers, CRI) write `<RFC 3339 time> stdout|stderr F|P <line>`, Docker's json-file
// driver writes `{"log":"<line>\n","stream":"stdout","time":"<RFC 3339 time>"}`. The application's own
// line (JSON, logfmt, text with a header…) is what the rest of the engine reads; the runtime's time
// stands in when that line has none. Process managers that gather several programs' output (`pm2 logs`,
// `docker compose logs`) put each program's name before its line: `0|api   | <line>`, `web-1  | <line>`.

import { levelAt } from '../fields/normalize-level';
import type { Level } from '../types';
import { countUpTo } from './count-up-to';

export type ContainerRuntime =
  'cri' | 'docker' | 'cloudwatch' | 'multiplexed' | 'prefixed' | 'named' | 'kubectl' | 'loki' | 'priority';

export interface Unwrapped {
  /** The application's line. */
  line: string;
  /** The runtime's timestamp text (RFC 3339, nanoseconds). */
  time: string;
  stream: string;
  /** The runtime split a long line: the next record continues this one (CRI tag P; Docker: no newline). */
  partial: boolean;
}

const CRI = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)) (stdout|stderr) ([FP]) ?/;

function unwrapCri(line: string): Unwrapped | null {
  const m = CRI.exec(line);
  if (!m) return null;
  return { line: line.slice(m[0].length), time: m[1] ?? '', stream: m[2] ?? '', partial: m[3] === 'P' };
}

/**
 * AWS CloudWatch Logs as `aws logs tail` prints them: `<time> <log stream> <line>`, the stream a name
 * with a slash (Lambda's "2025/05/05/[$LATEST]ec60…", ECS's "ecs/api/5d2c…").
 */
const CLOUDWATCH = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)) ([^\s/]*\/\S*) /;

function unwrapCloudWatch(line: string): Unwrapped | null {
  const m = CLOUDWATCH.exec(line);
  if (!m) return null;
  return { line: line.slice(m[0].length), time: m[1] ?? '', stream: m[2] ?? '', partial: false };
}

/** `pm2 logs` ("0|api   | …", "PM2      | …") and `docker compose logs` ("web-1  | …"): a name, a bar. */
const MULTIPLEXED = /^(?:\d+\|)?([A-Za-z][\w.@/-]*) *\| /;

function unwrapMultiplexed(line: string): Unwrapped | null {
  const m = MULTIPLEXED.exec(line);
  if (!m) return null;
  return { line: line.slice(m[0].length), time: '', stream: m[1] ?? '', partial: false };
}

/** Go's log.New(w, "reports: ", flags): a program's name and a colon before each dated line. */
const PREFIXED = /^([A-Za-z][\w.-]*): (?=\d{4}[/-]\d\d[/-]\d\d[ T]\d\d:)/;

function unwrapPrefixed(line: string): Unwrapped | null {
  const m = PREFIXED.exec(line);
  if (!m) return null;
  return { line: line.slice(m[0].length), time: '', stream: m[1] ?? '', partial: false };
}

/**
 * A program's name and a blank before each line's date and time, the two apart: Debian's
 * update-alternatives ("update-alternatives 2025-06-24 14:36:53: run with …"). A word before an ISO
 * time ("https 2026-…T…Z", an AWS load balancer's request type) is an access log's column, not this.
 */
const NAMED = /^([A-Za-z][\w.-]*) (?=\d{4}[/-]\d\d[/-]\d\d \d\d:)/;

function unwrapNamed(line: string): Unwrapped | null {
  const m = NAMED.exec(line);
  if (!m) return null;
  return { line: line.slice(m[0].length), time: '', stream: m[1] ?? '', partial: false };
}

/**
 * sd-daemon's level prefix for a service's output to the journal, `<N>` before each line (0 emerg …
 * 3 err, 4 warning, 6 info, 7 debug): .NET's systemd console formatter, `<6>2024-10-26 03:35:00.169
 * Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished …`, or without its time, `<6>Category[0] …`.
 * (Not RFC 5424's `<PRI>1 ` nor a syslog line's facility and severity: one digit, then a date or a category.)
 */
const PRIORITY = /^<([0-7])>(?=\d{4}-\d\d-\d\d[ T]\d\d:|[A-Za-z][\w.]*\[\d+\] )/;

function unwrapPriority(line: string): Unwrapped | null {
  if (line.charCodeAt(0) !== 60) return null;
  const m = PRIORITY.exec(line);
  if (!m) return null;
  return { line: line.slice(3), time: '', stream: m[1] ?? '', partial: false };
}

/** The level of an sd-daemon priority (see PRIORITY). */
export function priorityLevel(priority: string): Level | null {
  const p = Number(priority);
  return p <= 2 ? 'fatal' : p === 3 ? 'error' : p === 4 ? 'warn' : p <= 6 ? 'info' : 'debug';
}

/** `kubectl logs --prefix`: "[pod/<pod>/<container>] <line>"; the stream is "<pod>/<container>". */
const KUBECTL = /^\[pod\/([^\s/\]]+\/[^\s/\]]+)\] /;

function unwrapKubectl(line: string): Unwrapped | null {
  if (line.charCodeAt(0) !== 91) return null;
  const m = KUBECTL.exec(line);
  if (!m) return null;
  return { line: line.slice(m[0].length), time: '', stream: m[1] ?? '', partial: false };
}

/**
 * Grafana Loki's `logcli query` (its default output): "<RFC 3339 time> {app="api", pod="api-7d9f"} <line>",
 * the stream's labels padded to the widest; the stream is the labels' text.
 */
const LOKI =
  /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)) (\{[A-Za-z_][\w.]*="(?:[^"\\]|\\.)*"(?:, ?[A-Za-z_][\w.]*="(?:[^"\\]|\\.)*")*\}) +/;

function unwrapLoki(line: string): Unwrapped | null {
  // RFC 3339's "T" first: most lines fail there, before the expression is run (detection's code is
  // seldom optimised: a loop over characters there costs a call a character).
  const m = line.charCodeAt(10) === 84 ? LOKI.exec(line) : null;
  if (!m) return null;
  return { line: line.slice(m[0].length), time: m[1] ?? '', stream: m[2] ?? '', partial: false };
}

const LABEL = /([A-Za-z_][\w.]*)="((?:[^"\\]|\\.)*)"/g;

/** The labels of a Loki stream, `{app="api", pod="api-7d9f"}`, by name (Go's escapes in values undone). */
export function lokiLabels(stream: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const m of stream.matchAll(LABEL)) {
    const value = m[2] ?? '';
    labels[m[1] ?? ''] = value.includes('\\') ? value.replace(/\\(.)/g, '$1') : value;
  }
  return labels;
}

/** The labels that name a Loki stream's service, in order of preference. */
const SERVICE_LABELS = ['service_name', 'service', 'app', 'app_kubernetes_io_name', 'container', 'job'];

/** The service a Loki stream's labels name, or null. */
export function lokiService(labels: Record<string, string>): string | null {
  for (const name of SERVICE_LABELS) {
    const value = labels[name];
    if (value !== undefined && value !== '') return value;
  }
  return null;
}

function unwrapDocker(line: string): Unwrapped | null {
  if (line.charCodeAt(0) !== 123 || !line.includes('"log"')) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  // All three keys, as the driver writes them: an application's own JSON with a "log" key is not this.
  const { log, stream, time } = value as Record<string, unknown>;
  if (typeof log !== 'string' || typeof time !== 'string' || (stream !== 'stdout' && stream !== 'stderr'))
    return null;
  // The runtime keeps the line's own newline; a line it split (over 16 KiB) has none.
  const end = log.endsWith('\r\n') ? log.length - 2 : log.endsWith('\n') ? log.length - 1 : log.length;
  return { line: log.slice(0, end), time, stream, partial: end === log.length };
}

export function unwrapContainerLine(line: string, runtime: ContainerRuntime): Unwrapped | null {
  return runtime === 'cri'
    ? unwrapCri(line)
    : runtime === 'docker'
      ? unwrapDocker(line)
      : runtime === 'cloudwatch'
        ? unwrapCloudWatch(line)
        : runtime === 'multiplexed'
          ? unwrapMultiplexed(line)
          : runtime === 'prefixed'
            ? unwrapPrefixed(line)
            : runtime === 'kubectl'
              ? unwrapKubectl(line)
              : runtime === 'loki'
                ? unwrapLoki(line)
                : runtime === 'priority'
                  ? unwrapPriority(line)
                  : unwrapNamed(line);
}

const NAMES: Record<ContainerRuntime, string> = {
  cri: 'Kubernetes container log lines (CRI: "<time> stdout|stderr F|P <line>")',
  docker: 'Docker json-file lines ({"log": …, "stream": …, "time": …})',
  cloudwatch: 'AWS CloudWatch Logs lines ("<time> <log stream> <line>")',
  multiplexed: 'lines of a process manager naming their program ("<name> | <line>": pm2, docker compose)',
  prefixed:
    'lines that open with their program\'s name before the date ("<name>: 2026/01/02 …": Go\'s log prefix)',
  named: 'lines that open with a name before their date and time ("<name> 2026-01-02 10:00:00 …")',
  kubectl: 'lines of `kubectl logs --prefix` ("[pod/<pod>/<container>] <line>")',
  loki: 'Grafana Loki lines ("<time> {<labels>} <line>": logcli)',
  priority:
    'lines with sd-daemon\'s level prefix ("<6>…": a service writing for the journal, .NET\'s systemd formatter)',
};

/** The runtime whose wrapping at least half of the sampled lines carry, with the evidence. */
export function detectContainerRuntime(
  sample: readonly string[],
): { runtime: ContainerRuntime; evidence: string } | null {
  const lines = sample.filter((l) => l.trim().length > 0);
  if (lines.length === 0) return null;
  for (const runtime of [
    'cri',
    'docker',
    'cloudwatch',
    'kubectl',
    'loki',
    'priority',
    'multiplexed',
    'prefixed',
    'named',
  ] as const) {
    // Most files have no wrapping: a runtime is given up once the lines left cannot make half.
    const half = Math.ceil(lines.length / 2);
    if (countUpTo(lines, (l) => unwrapContainerLine(l, runtime) !== null, half) < half) continue;
    const inner = lines.map((l) => unwrapContainerLine(l, runtime)).filter((u) => u !== null);
    const count = inner.length;
    // CloudWatch's streams are few (a function's instances, a service's tasks): a second column of
    // ever-changing paths is the application's own text. So are a process manager's programs, and a
    // level is no program ("INFO | 2026-… | message" is a header).
    const names = new Set(inner.map((u) => u.stream));
    const named = runtime === 'multiplexed' || runtime === 'prefixed' || runtime === 'named';
    if ((runtime === 'cloudwatch' || named) && names.size > Math.max(4, count / 4)) continue;
    if (named && [...names].some((name) => levelAt(name, 0, name.length) !== null)) continue;
    if (count * 2 >= lines.length) {
      return { runtime, evidence: `${count} of ${lines.length} sampled lines are ${NAMES[runtime]}` };
    }
  }
  return null;
}
