import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analyzeInputs } from './analyze-inputs';

const T0 = Date.parse('2026-06-21T06:00:00Z');
const klog = (ms: number, text: string): string => {
  const d = new Date(T0 + ms);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `I0621 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}000     869 kubelet.go:2431] ${text}`;
};
const pleg = (pod: string, type: 'ContainerDied' | 'ContainerStarted', container: string): string =>
  `"SyncLoop (PLEG): event for pod" pod="${pod}" event={"ID":"720757ad-f0ce-48ca-a2ba-27fd827ec4b1","Type":"${type}","Data":"${container}"}`;
const id = (n: number): string => n.toString(16).padStart(64, 'c');

/** Two hours of a kubelet's routine (probes every 10 s), with `extra` lines at their times. */
async function restarts(extra: [number, string][]) {
  const lines: [number, string][] = [...extra];
  for (let ms = 0; ms < 2 * 3_600_000; ms += 10_000)
    lines.push([ms, `"SyncLoop (probe)" probe="readiness" status="ready" pod="shop/web-7d9f8-abcde"`]);
  lines.sort((a, b) => a[0] - b[0]);
  const text = lines.map(([ms, line]) => klog(ms, line)).join('\n') + '\n';
  const { report } = await analyzeInputs([
    { name: 'kubelet.log', source: Readable.from([Buffer.from(text)]) },
  ]);
  return report.anomalies.filter((a) => a.description.includes('was started again'));
}

describe('container restarts seen by the kubelet', () => {
  it('finds a container that died and was started again without the kubelet stopping it', async () => {
    const found = await restarts([
      [60 * 60_000, pleg('shop/web-7d9f8-abcde', 'ContainerDied', id(1))],
      [60 * 60_000 + 12_000, pleg('shop/web-7d9f8-abcde', 'ContainerStarted', id(2))],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      type: 'rare_event',
      severity: 'high',
      start: '2026-06-21T07:00:00.000Z',
      end: '2026-06-21T07:00:12.000Z',
    });
    expect(found[0]?.description).toMatch(/pod shop\/web-7d9f8-abcde died and was started again 12 s later/);
  });

  it("reads the kubelet's older PLEG lines too", async () => {
    const old = (type: string, container: string) =>
      `SyncLoop (PLEG): "web-7d9f8-abcde_shop(720757ad-f0ce-48ca-a2ba-27fd827ec4b1)", event: &pleg.PodLifecycleEvent{ID:"720757ad-f0ce-48ca-a2ba-27fd827ec4b1", Type:"${type}", Data:"${container}"}`;
    const found = await restarts([
      [60 * 60_000, old('ContainerDied', id(1))],
      [60 * 60_000 + 30_000, old('ContainerStarted', id(2))],
    ]);
    expect(found.map((a) => a.start)).toEqual(['2026-06-21T07:00:00.000Z']);
  });

  it('leaves alone an init container, a deleted pod and a completed job', async () => {
    const found = await restarts([
      // A new pod: its init container runs for 20 s, then the app container starts.
      [30 * 60_000, pleg('shop/web-new-xyz12', 'ContainerStarted', id(10))],
      [30 * 60_000 + 20_000, pleg('shop/web-new-xyz12', 'ContainerDied', id(10))],
      [30 * 60_000 + 21_000, pleg('shop/web-new-xyz12', 'ContainerStarted', id(11))],
      // A StatefulSet's rolling update: the kubelet kills db-0's container first, then a new db-0
      // (same name) starts.
      [50 * 60_000, '"SyncLoop DELETE" source="api" pods=["shop/db-0"]'],
      [
        50 * 60_000 + 1_000,
        '"Killing container with a grace period" pod="shop/db-0" podUID="1b2c" containerName="db" containerID="containerd://abc" gracePeriod=30',
      ],
      [50 * 60_000 + 9_000, pleg('shop/db-0', 'ContainerDied', id(20))],
      [50 * 60_000 + 25_000, pleg('shop/db-0', 'ContainerStarted', id(21))],
      // A job's container completes: nothing starts again.
      [70 * 60_000, pleg('jobs/report-28712-q2x9z', 'ContainerDied', id(30))],
    ]);
    expect(found).toEqual([]);
  });
});

describe('workers killed by a signal their master did not send', () => {
  const ctime = (ms: number): string => {
    const d = new Date(Date.parse('2023-04-14T07:00:00Z') + ms);
    // "Fri, 14 Apr 2023 07:00:00 GMT" → "Fri Apr 14 07:00:00 2023" (uWSGI's ctime)
    const [day, date, month, year] = d.toUTCString().replace(',', '').split(' ');
    return `${day} ${month} ${date?.replace(/^0/, '')} ${d.toISOString().slice(11, 19)} ${year}`;
  };
  const request = (ms: number, n: number) =>
    `[pid: ${40 + (n % 8)}|app: 0|req: ${n}/${n * 3}] 10.38.127.175 () {36 vars in 674 bytes} [${ctime(ms)}] GET /api/v1/tickets/${n} => generated 4253 bytes in 26 msecs (HTTP/1.1 200) 5 headers in 157 bytes (1 switches on core 0)`;

  async function kills(extra: [number, string][]) {
    const lines: [number, string][] = extra.map(([ms, line]) => [ms, `${ctime(ms)} - ${line}`]);
    for (let ms = 0, n = 1; ms < 2 * 3_600_000; ms += 2_000, n++) lines.push([ms + 1, request(ms, n)]);
    lines.sort((a, b) => a[0] - b[0]);
    const text = lines.map(([, line]) => line).join('\n') + '\n';
    const { report } = await analyzeInputs([
      { name: 'uwsgi.log', source: Readable.from([Buffer.from(text)]) },
    ]);
    return report.anomalies.filter((a) => a.description.includes('killed by signal'));
  }

  it("reads a SIGKILL without uWSGI's harakiri before it as the OOM killer's, and leaves the harakiri's alone", async () => {
    const found = await kills([
      [30 * 60_000, '*** HARAKIRI ON WORKER 1 (pid: 41, try: 1) ***'],
      [30 * 60_000, 'HARAKIRI !!! worker 1 status !!!'],
      [30 * 60_000, 'HARAKIRI [core 0] 10.38.127.175 - GET /api/v1/reports/export since 1681460179'],
      [30 * 60_000, 'HARAKIRI !!! end of worker 1 status !!!'],
      [30 * 60_000, 'DAMN ! worker 1 (pid: 41) died, killed by signal 9 :( trying respawn ...'],
      [30 * 60_000, 'Respawned uWSGI worker 1 (new pid: 103)'],
      [80 * 60_000, 'DAMN ! worker 3 (pid: 43) died, killed by signal 9 :( trying respawn ...'],
      [80 * 60_000, 'Respawned uWSGI worker 3 (new pid: 104)'],
    ]);
    expect(found.map((a) => [a.start, a.severity])).toEqual([['2023-04-14T08:20:00.000Z', 'high']]);
    expect(found[0]?.description).toMatch(/OOM killer/);
  });

  it('reads a segfault as a crash whatever came before', async () => {
    const found = await kills([
      [50 * 60_000, 'DAMN ! worker 2 (pid: 42) died, killed by signal 11 :( trying respawn ...'],
    ]);
    expect(found.map((a) => [a.start, a.severity])).toEqual([['2023-04-14T07:50:00.000Z', 'critical']]);
  });

  it("reads gunicorn's SIGKILLed workers as the OOM killer's, not its own aborts of workers past their timeout", async () => {
    // Two hours of a gunicorn service's request lines; its arbiter's own lines at 07:20, 07:50, 08:20.
    const stamp = (ms: number) =>
      `[${new Date(Date.parse('2023-04-14T07:00:00Z') + ms).toISOString().replace('T', ' ').slice(0, 19)} +0000]`;
    const lines: [number, string][] = [];
    for (let ms = 0, n = 1; ms < 2 * 3_600_000; ms += 2_000, n++)
      lines.push([ms + 1, `${stamp(ms)} [4571] [INFO] GET /api/v1/menus/${n} 200 in ${20 + (n % 9)}ms`]);
    const arbiter = (ms: number, level: string, text: string): [number, string] => [
      ms,
      `${stamp(ms)} [4562] [${level}] ${text}`,
    ];
    lines.push(
      // Its own: a timeout, then the abort (signal 6) and the kill of a worker that lingered.
      arbiter(20 * 60_000, 'CRITICAL', 'WORKER TIMEOUT (pid:4570)'),
      arbiter(20 * 60_000 + 100, 'ERROR', 'Worker with pid 4570 was terminated due to signal 6'),
      arbiter(50 * 60_000, 'CRITICAL', 'WORKER TIMEOUT (pid:4572)'),
      arbiter(50 * 60_000 + 100, 'WARNING', 'Worker with pid 4572 was terminated due to signal 9'),
      // From outside: the kernel's OOM killer, twice in four minutes.
      arbiter(80 * 60_000, 'WARNING', 'Worker with pid 4573 was terminated due to signal 9'),
      arbiter(80 * 60_000 + 6000, 'INFO', 'Booting worker with pid: 18845'),
      arbiter(84 * 60_000, 'WARNING', 'Worker with pid 4574 was terminated due to signal 9'),
    );
    lines.sort((a, b) => a[0] - b[0]);
    const text = lines.map(([, line]) => line).join('\n') + '\n';
    const { report } = await analyzeInputs([
      { name: 'gunicorn.log', source: Readable.from([Buffer.from(text)]) },
    ]);
    const found = report.anomalies.filter((a) => a.description.includes('killed by signal'));
    expect(found.map((a) => [a.start, a.severity])).toEqual([['2023-04-14T08:20:00.000Z', 'high']]);
    expect(found[0]?.description).toMatch(/^2 workers were killed by signal 9 .*OOM killer/);
  });
});
