import { describe, expect, it } from 'vitest';
import { read, text } from './test-helpers';

// What a Kubernetes node keeps in /var/log/containers: the runtime's time, stream and tag, then the
// application's own line.
const cri = (lines: [string, 'stdout' | 'stderr', string][]): Uint8Array =>
  text(lines.map(([time, stream, line]) => `${time} ${stream} F ${line}\n`).join(''));

describe('container runtime logs', () => {
  it('reads the lines of CloudWatch Logs exports (`aws logs tail`): time, log stream, then the line', async () => {
    const stream = '2025/05/05/[39]ec60e363c77e4bc17a4d6e0268b7bc21';
    const id = 'bd1c2acd-047e-4790-902a-d6f4518230f1';
    const lines = [
      `2025-05-05T11:09:01.000000+00:00 ${stream} START RequestId: ${id} Version: 39`,
      `2025-05-05T11:09:01.001417+00:00 ${stream} 2025-05-05T11:09:01.001Z\t${id}\tINFO\tProcessing 11 invoice record(s)`,
      `2025-05-05T11:09:02.001417+00:00 ${stream} 2025-05-05T11:09:02.001Z\t${id}\tWARN\tThrottled, retrying in 500ms`,
      `2025-05-05T11:09:03.930536+00:00 ${stream} RequestId: ${id} Error: Runtime exited with error: signal: killed`,
      'Runtime.ExitError',
      `2025-05-05T11:09:03.930536+00:00 ${stream} END RequestId: ${id}`,
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/5 of 6 sampled lines are AWS CloudWatch Logs lines/);
    // A line without the wrapping is read as it stands: "Runtime.ExitError", the error's type on the
    // line after it (an exception's name), belongs to the error's event.
    expect(events.map((e) => [e.level, e.attributes['stream'], e.lineCount])).toEqual([
      [null, stream, 1],
      ['info', stream, 1],
      ['warn', stream, 1],
      ['error', stream, 2],
      [null, stream, 1],
    ]);
    expect(events[3]?.raw).toMatch(/signal: killed\nRuntime\.ExitError$/);
    expect(events[1]?.timestamp).toBe(Date.parse('2025-05-05T11:09:01.001Z'));
    expect(events[3]?.timestamp).toBe(Date.parse('2025-05-05T11:09:03.930Z'));
  });

  it("reads sd-daemon's level prefix (.NET's systemd formatter): <N> the level, the line read as it stands", async () => {
    const lines = [
      '<6>2024-10-26 03:35:00.169 Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://m.internal/api/v1/orders - 302 38242 application/json 46.4212ms',
      '<7>2024-10-26 03:35:00.436 Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService[101] Health check processing completed after 3.0472ms',
      '<4>2024-10-26 03:35:01.002 Matchmaking.Services.QueueService[0] Queue eu-west is long: 412 parties',
      '<3>2024-10-26 03:35:02.117 Matchmaking.Services.PartyService[0] Failed to notify party members',
      '<2>2024-10-26 03:35:03.001 Microsoft.Extensions.Hosting.Internal.Host[11] Hosting failed to start',
      '<6>Microsoft.Hosting.Lifetime[0] Application is shutting down...',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/sd-daemon's level prefix/);
    expect(events.map((e) => e.level)).toEqual(['info', 'debug', 'warn', 'error', 'fatal', 'info']);
    expect(events[0]).toMatchObject({
      timestamp: Date.UTC(2024, 9, 26, 3, 35, 0, 169),
      service: 'Microsoft.AspNetCore.Hosting.Diagnostics',
    });
    expect(events[3]?.message).toBe('Failed to notify party members');
  });

  it('reads `kubectl logs --prefix`: the container names the service, the pod is kept, the line read as it stands', async () => {
    const lines = [
      '[pod/api-7d9f-abc/api] 2026-11-25T10:00:00.123Z INFO starting server on :8080',
      '[pod/api-7d9f-abc/api] 2026-11-25T10:00:01.223Z ERROR db connect failed: connection refused',
      '[pod/api-7d9f-xyz/api] 2026-11-25T10:00:01.500Z INFO starting server on :8080',
      '[pod/api-7d9f-abc/istio-proxy] [2026-11-25T10:00:02.000Z] "GET /healthz HTTP/1.1" 200 - 0 2 1 1 "-" "kube-probe/1.28" "a1" "10.0.0.5:8080" "127.0.0.1:8080"',
      '[pod/api-7d9f-xyz/api] 2026-11-25T10:00:03.223Z WARN slow query 1200ms',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/5 of 5 sampled lines are lines of `kubectl logs --prefix`/);
    expect(events.map((e) => [e.service, e.attributes['pod'], e.level, e.message])).toEqual([
      ['api', 'api-7d9f-abc', 'info', 'starting server on :8080'],
      ['api', 'api-7d9f-abc', 'error', 'db connect failed: connection refused'],
      ['api', 'api-7d9f-xyz', 'info', 'starting server on :8080'],
      ['istio-proxy', 'api-7d9f-abc', null, expect.stringMatching(/^"GET \/healthz HTTP\/1.1" 200/)],
      ['api', 'api-7d9f-xyz', 'warn', 'slow query 1200ms'],
    ]);
    expect(events[3]?.timestamp).toBe(Date.parse('2026-11-25T10:00:02.000Z'));
  });

  it("reads Grafana Loki's logcli lines: the labels are attributes, a service's label the service, the line read as it stands", async () => {
    const lines = [
      '2026-11-25T10:00:00.123Z {app="api", namespace="prod", pod="api-7d9f"} level=info msg="request served" status=200',
      '2026-11-25T10:00:01.456Z {app="api", namespace="prod", pod="api-7d9f"} level=error msg="db timeout" err="context deadline exceeded"',
      '2026-11-25T11:00:02.001+01:00 {container="worker", note="a \\"quoted\\" }"} 2026-11-25 10:00:02 ERROR Job 881 failed',
      '2026-11-25T11:00:02.501+01:00 {container="worker", note="a \\"quoted\\" }"} 2026-11-25 10:00:02 INFO Job 880 done',
      '2026-11-25T10:00:03.001Z {job="prod/cron"}                              Job 882 done',
      '2026-11-25T10:00:04.001Z {app="api", namespace="prod", pod="api-7d9f"} level=warn msg="slow query" service=db',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/6 of 6 sampled lines are Grafana Loki lines/);
    expect(
      events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.service, e.level, e.message]),
    ).toEqual([
      ['2026-11-25T10:00:00.123Z', 'api', 'info', 'request served'],
      ['2026-11-25T10:00:01.456Z', 'api', 'error', 'db timeout: context deadline exceeded'],
      ['2026-11-25T10:00:02.000Z', 'worker', 'error', 'Job 881 failed'],
      ['2026-11-25T10:00:02.000Z', 'worker', 'info', 'Job 880 done'],
      ['2026-11-25T10:00:03.001Z', 'prod/cron', null, 'Job 882 done'],
      ['2026-11-25T10:00:04.001Z', 'db', 'warn', 'slow query'],
    ]);
    expect(events[0]?.attributes).toMatchObject({
      app: 'api',
      namespace: 'prod',
      pod: 'api-7d9f',
      status: '200',
    });
    expect(events[2]?.attributes).toEqual({ container: 'worker', note: 'a "quoted" }' });
  });

  it('reads `pm2 logs` and `docker compose logs`: the program names the service, its line is read as it stands', async () => {
    const pm2 = [
      '0|geo-api    | 2020-01-17T07:33:28: GET /api/v3/places?page=6 200 11862 - 204.239 ms',
      '1|geo-api    | 2020-01-17T07:33:29: Error: socket hang up',
      '1|geo-api    |     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)',
      'PM2          | 2020-01-17T07:33:30: PM2 log: App [geo-api:0] online',
      '0|geo-api    | 2020-01-17T07:33:31: PUT /api/v3/places/130 200 509 - 39.178 ms',
    ];
    const { events, files } = await read(text(pm2.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/5 of 5 sampled lines are lines of a process manager/);
    expect(events.map((e) => [e.line, e.lineCount, e.service, e.level])).toEqual([
      [1, 1, 'geo-api', null],
      [2, 2, 'geo-api', 'error'],
      [4, 1, 'PM2', null],
      [5, 1, 'geo-api', null],
    ]);
    expect(events[0]?.message).toBe('GET /api/v3/places?page=6 200 11862 - 204.239 ms');
    expect(events[1]?.timestamp).toBe(Date.parse('2020-01-17T07:33:29Z'));
    const compose = [
      'web-1    | {"level":"info","msg":"request served","time":"2026-11-25T10:00:00Z"}',
      'worker-1 | {"level":"error","msg":"job failed","time":"2026-11-25T10:00:01Z"}',
    ];
    const inner = await read(text(compose.join('\n') + '\n'));
    expect(inner.files[0]?.format).toBe('json');
    expect(inner.events.map((e) => [e.service, e.level])).toEqual([
      ['web-1', 'info'],
      ['worker-1', 'error'],
    ]);
  });

  it('reads Go\'s log with a prefix (log.New(w, "reports: ", …)): the program is the service, the date is read', async () => {
    const lines = [
      'reports: 2025/12/19 16:25:41 middleware.go:64: http: GET /api/v1/sessions -> 200 (52.274034ms, 23161 bytes)',
      'reports: 2025/12/19 16:25:42 reconcile.go:140: [WARN] reconcile: retrying stale item c6c64d53',
      'panic: runtime error: invalid memory address or nil pointer dereference',
      '',
      'goroutine 4670 [running]:',
      'github.com/halara/reports/internal/reconcile.(*Handler).process(0xc0007f9bc7)',
      '\t/build/internal/reconcile/handler.go:237 +0x32b',
      'reports: 2025/12/19 16:25:50 main.go:41: [INFO] starting reports v2.17.11',
      'reports: 2025/12/19 16:25:50 server.go:61: [INFO] http: listening on :8080',
      'reports: 2025/12/19 16:25:51 middleware.go:64: http: GET /api/v1/reports/124 -> 200 (22.843219ms, 1976 bytes)',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/open with their program's name before the date/);
    expect(
      events.map((e) => [
        e.line,
        e.service,
        e.timestamp === null ? null : new Date(e.timestamp).toISOString(),
      ]),
    ).toEqual([
      [1, 'reports', '2025-12-19T16:25:41.000Z'],
      [2, 'reports', '2025-12-19T16:25:42.000Z'],
      [3, null, '2025-12-19T16:25:42.000Z'],
      [8, 'reports', '2025-12-19T16:25:50.000Z'],
      [9, 'reports', '2025-12-19T16:25:50.000Z'],
      [10, 'reports', '2025-12-19T16:25:51.000Z'],
    ]);
    expect(events[2]?.level).toBe('fatal');
    expect(events[2]?.lineCount).toBe(5);
  });

  it('reads a program name before a date and time without a colon (update-alternatives)', async () => {
    const lines = [
      'update-alternatives 2025-06-24 14:36:53: run with --quiet --install /usr/bin/pager pager /usr/bin/less 77',
      'update-alternatives 2025-06-24 14:36:53: link group pager updated to point to /usr/bin/less',
      'update-alternatives 2025-06-24 14:37:02: run with --install /usr/bin/c++ c++ /usr/bin/g++ 20',
      'update-alternatives 2025-06-24 14:37:02: link group c++ updated to point to /usr/bin/g++',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/open with a name before their date and time/);
    expect(
      events.map((e) => [
        e.service,
        new Date(e.timestamp ?? 0).toISOString(),
        e.timestampInherited,
        e.message,
      ]),
    ).toEqual([
      [
        'update-alternatives',
        '2025-06-24T14:36:53.000Z',
        false,
        'run with --quiet --install /usr/bin/pager pager /usr/bin/less 77',
      ],
      [
        'update-alternatives',
        '2025-06-24T14:36:53.000Z',
        false,
        'link group pager updated to point to /usr/bin/less',
      ],
      [
        'update-alternatives',
        '2025-06-24T14:37:02.000Z',
        false,
        'run with --install /usr/bin/c++ c++ /usr/bin/g++ 20',
      ],
      [
        'update-alternatives',
        '2025-06-24T14:37:02.000Z',
        false,
        'link group c++ updated to point to /usr/bin/g++',
      ],
    ]);
  });

  it('keeps a word before an ISO time an access log column (AWS load balancer), not a program name', async () => {
    const time = '2026-11-25T10:00:00.123456Z';
    const alb = (status: number) =>
      `https ${time} app/my-alb/50dc6c495c0c9188 10.0.0.1:51234 10.0.1.5:8080 0.001 0.012 0.000 ${status} ${status} 34 1534 "GET https://api.example.com:443/v1/items HTTP/1.1" "curl/8.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "api.example.com" "-" 0 ${time} "forward" "-" "-" "10.0.1.5:8080" "${status}" "-" "-"`;
    const { files } = await read(text([200, 200, 500, 200].map(alb).join('\n') + '\n'));
    expect(files[0]?.format).toBe('access');
  });

  it("reads pm2's own zone-less lines at the offset its app's lines write", async () => {
    const pm2 = [
      '0|telemetry-api | 2020-07-19 15:06:26.384 -05:00: GET /telemetry/v2/metrics/99 200 2657 - 27.318 ms',
      '1|telemetry-api | 2020-07-19 18:12:29.971 -05:00: GET /telemetry/v2/devices 200 2487 - 16.653 ms',
      'PM2             | 2020-07-19T18:12:30: PM2 log: App [telemetry-api:0] exited with code [0] via signal [SIGINT]',
      'PM2             | 2020-07-19T18:12:31: PM2 log: App [telemetry-api:0] online',
      '0|telemetry-api | 2020-07-19 18:12:32.100 -05:00: GET /telemetry/v2/metrics/7 200 2657 - 27.318 ms',
    ];
    const { events } = await read(text(pm2.join('\n') + '\n'));
    expect(events.map((e) => new Date(e.timestamp ?? 0).toISOString())).toEqual([
      '2020-07-19T20:06:26.384Z',
      '2020-07-19T23:12:29.971Z',
      '2020-07-19T23:12:30.000Z',
      '2020-07-19T23:12:31.000Z',
      '2020-07-19T23:12:32.100Z',
    ]);
    // Another machine's pm2 writes its own lines in UTC beside its app's +08:00: read as UTC, they
    // are where the app's lines are.
    const utc = [
      '0|geo-api | 2021-03-10 01:14:16.232 +08:00: GET /geo/v3/geocode/105 200 529 - 25.167 ms',
      'PM2       | 2021-03-09T17:14:17: PM2 log: App [geo-api:0] exited with code [0] via signal [SIGINT]',
    ];
    const daemon = await read(text(utc.join('\n') + '\n'));
    expect(new Date(daemon.events[1]?.timestamp ?? 0).toISOString()).toBe('2021-03-09T17:14:17.000Z');
    // Zoned times at two offsets say nothing of the zone-less ones, which stay as written.
    const mixed = [pm2[0], pm2[1]?.replace('-05:00', '+01:00'), pm2[2]];
    const read2 = await read(text(mixed.join('\n') + '\n'));
    expect(new Date(read2.events[2]?.timestamp ?? 0).toISOString()).toBe('2020-07-19T18:12:30.000Z');
  });

  it('leaves a header that opens with its level and a bar to the text reader ("INFO | …")', async () => {
    const lines = Array.from({ length: 6 }, (_, i) => `INFO | 2026-11-25 10:00:0${i} | job ${i} done`);
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).not.toMatch(/process manager/);
    expect(events[0]?.level).toBe('info');
  });

  it('leaves a log whose second column is an ever-changing path to the application', async () => {
    const lines = Array.from(
      { length: 12 },
      (_, i) => `2026-11-25T10:00:0${i % 10}Z GET/${i} served in ${i} ms`,
    );
    const { files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).not.toMatch(/CloudWatch/);
  });

  it('reads the application JSON inside CRI lines: its level, not the runtime tag', async () => {
    const { events, files } = await read(
      cri([
        [
          '2026-11-25T10:00:00.123456789Z',
          'stdout',
          '{"level":"info","msg":"request served","duration":"12ms"}',
        ],
        ['2026-11-25T10:00:01.000000001Z', 'stderr', '{"level":"error","msg":"db timeout"}'],
      ]),
    );
    expect(files[0]?.format).toBe('json');
    expect(files[0]?.formatEvidence).toMatch(
      /2 of 2 sampled lines are Kubernetes container log lines.*inside: 2 of 2/,
    );
    expect(events.map((e) => e.level)).toEqual(['info', 'error']);
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2026-11-25T10:00:00.123Z'),
      message: 'request served',
      attributes: { duration: '12ms', stream: 'stdout' },
    });
    expect(events[1]?.attributes['stream']).toBe('stderr');
  });

  it("gives lines without a time of their own the runtime's time, and joins a stack trace across CRI lines", async () => {
    const { events } = await read(
      cri([
        ['2026-11-25T10:00:00.100Z', 'stdout', 'worker started'],
        [
          '2026-11-25T10:00:01.200Z',
          'stderr',
          'Exception in thread "main" java.lang.IllegalStateException: boom',
        ],
        ['2026-11-25T10:00:01.200Z', 'stderr', '\tat com.acme.App.run(App.java:42)'],
        ['2026-11-25T10:00:01.201Z', 'stderr', '\tat com.acme.App.main(App.java:7)'],
        ['2026-11-25T10:00:05.000Z', 'stdout', 'worker stopped'],
      ]),
    );
    expect(events.map((e) => [e.line, e.lineCount])).toEqual([
      [1, 1],
      [2, 3],
      [5, 1],
    ]);
    expect(events.map((e) => e.timestamp)).toEqual(
      ['2026-11-25T10:00:00.100Z', '2026-11-25T10:00:01.200Z', '2026-11-25T10:00:05.000Z'].map(Date.parse),
    );
    expect(events.every((e) => !e.timestampInherited && e.level !== 'fatal')).toBe(true);
    expect(events[1]?.raw).toBe(
      'Exception in thread "main" java.lang.IllegalStateException: boom\n\tat com.acme.App.run(App.java:42)\n\tat com.acme.App.main(App.java:7)',
    );
  });

  it("reads Docker's json-file lines: the application's text line with its own header", async () => {
    const docker = (time: string, stream: string, line: string) =>
      JSON.stringify({ log: `${line}\n`, stream, time });
    const { events, files } = await read(
      text(
        [
          docker(
            '2026-11-25T10:00:00.5Z',
            'stdout',
            '2026-11-25 10:00:00,123 INFO  [main] com.acme.App: started',
          ),
          docker(
            '2026-11-25T10:00:01.5Z',
            'stderr',
            '2026-11-25 10:00:01,456 ERROR [main] com.acme.App: failed',
          ),
          docker(
            '2026-11-25T10:00:02.5Z',
            'stdout',
            '2026-11-25 10:00:02,789 WARN  [main] com.acme.Db: slow query',
          ),
        ].join('\n'),
      ),
    );
    expect(files[0]?.formatEvidence).toMatch(/Docker json-file/);
    expect(events.map((e) => [e.level, e.service, e.message])).toEqual([
      ['info', 'com.acme.App', 'started'],
      ['error', 'com.acme.App', 'failed'],
      ['warn', 'com.acme.Db', 'slow query'],
    ]);
    // The application's own time wins over the runtime's.
    expect(events[0]?.timestamp).toBe(Date.parse('2026-11-25T10:00:00.123Z'));
  });

  it("takes the runtime's dated time over a line's time of day alone (Elixir's Logger in Docker)", async () => {
    const docker = (time: string, line: string) =>
      JSON.stringify({ log: `${line}\n`, stream: 'stdout', time });
    const lines = [
      docker('2019-06-25T23:59:58.096921399Z', '23:59:58.096 request_id=Tm1 [info] GET /api/sites/8067823'),
      docker('2019-06-25T23:59:59.119461659Z', '23:59:59.119 request_id=Tm1 [info] Sent 200 in 22ms'),
      // Past midnight, and a line the application wrote without its header.
      docker('2019-06-26T00:00:01.650575425Z', '00:00:01.650 request_id=bM2 [error] GET /health'),
      docker('2019-06-26T00:00:02.700000000Z', 'eheap_alloc: Cannot allocate 2545496 bytes of memory'),
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.message])).toEqual([
      ['info', 'GET /api/sites/8067823'],
      ['info', 'Sent 200 in 22ms'],
      ['error', 'GET /health'],
      ['fatal', 'eheap_alloc: Cannot allocate 2545496 bytes of memory'],
    ]);
    // Not on the day of the analysis (a guess), nor a day apart from the runtime's lines.
    expect(events.map((e) => new Date(e.timestamp ?? 0).toISOString())).toEqual([
      '2019-06-25T23:59:58.096Z',
      '2019-06-25T23:59:59.119Z',
      '2019-06-26T00:00:01.650Z',
      '2019-06-26T00:00:02.700Z',
    ]);
  });

  it('leaves an application JSON log with a "log" key as it is', async () => {
    const { events, files } = await read(
      text(
        [
          '{"time":"2026-11-25T10:00:00Z","level":"warn","log":"disk almost full","host":"a"}',
          '{"time":"2026-11-25T10:00:01Z","level":"info","log":"disk cleaned","host":"a"}',
        ].join('\n'),
      ),
    );
    expect(files[0]?.formatEvidence).not.toMatch(/Docker/);
    expect(events.map((e) => e.level)).toEqual(['warn', 'info']);
    expect(events[0]?.attributes['host']).toBe('a');
  });

  it('rejoins a long line the runtime split in parts, counting every input line', async () => {
    const payload = JSON.stringify({ level: 'error', msg: 'request dump', body: 'x'.repeat(300) });
    const parts = [payload.slice(0, 100), payload.slice(100, 250), payload.slice(250)];
    const at = '2026-11-25T10:00:00.5Z';
    const log = [
      ...parts.map((part, i) => `${at} stdout ${i < parts.length - 1 ? 'P' : 'F'} ${part}`),
      `2026-11-25T10:00:01Z stdout F {"level":"info","msg":"next"}`,
    ].join('\n');
    const { events } = await read(text(log));
    expect(events.map((e) => [e.line, e.lineCount, e.level, e.message])).toEqual([
      [1, 3, 'error', 'request dump'],
      [4, 1, 'info', 'next'],
    ]);
    expect(events[0]?.attributes['body']).toBe('x'.repeat(300));
    // Docker marks the parts of a split line by their missing newline.
    const docker = [
      JSON.stringify({ log: payload.slice(0, 120), stream: 'stdout', time: at }),
      JSON.stringify({ log: `${payload.slice(120)}\n`, stream: 'stdout', time: at }),
    ].join('\n');
    const split = await read(text(docker));
    expect(split.events.map((e) => [e.line, e.lineCount, e.message])).toEqual([[1, 2, 'request dump']]);
  });

  it("applies a format set by the caller to the application's lines", async () => {
    const { events, files } = await read(
      cri([
        ['2026-11-25T10:00:00Z', 'stdout', 'level=warn msg="cache miss storm" service=api'],
        ['2026-11-25T10:00:01Z', 'stdout', 'level=info msg="ok" service=api'],
      ]),
      { format: 'logfmt' },
    );
    expect(files[0]?.format).toBe('logfmt');
    expect(events.map((e) => [e.level, e.service, e.message])).toEqual([
      ['warn', 'api', 'cache miss storm'],
      ['info', 'api', 'ok'],
    ]);
  });
});
