import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixture, read, text } from './test-helpers';
import { readEvents } from './read-events';
import { TemplateMiner } from '../mining/template-miner';
import type { LogEvent } from '../types';
import { criticalSignature } from '../analysis/detectors/critical-signatures';

/** Each event's time (ISO), level, service, message (its first `chars` characters) and attributes. */
function fieldRows(events: readonly LogEvent[], chars = Infinity): unknown[][] {
  return events.map((e) => [
    new Date(e.timestamp ?? 0).toISOString(),
    e.level,
    e.service,
    e.message.slice(0, chars),
    e.attributes,
  ]);
}

describe('readEvents: formats', () => {
  it('reads JSON lines: timestamp, level, service, message, flattened attributes', async () => {
    const { events, files } = await read(fixture('app.jsonl'));
    expect(files[0]?.format).toBe('json');
    expect(files[0]?.formatEvidence).toMatch(/4 of 4 sampled lines parse as JSON/);
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2026-11-25T10:00:00.123Z'),
      level: 'info',
      service: 'api',
      message: 'request served in 12 ms',
      attributes: { 'http.status': 200, 'http.path': '/users/7' },
    });
    expect(events[1]?.timestamp).toBe(Date.parse('2026-11-25T09:00:01.456Z'));
    expect(events[1]?.level).toBe('error');
    expect(events[2]).toMatchObject({ timestamp: 1764064802000, level: 'warn', service: 'cache' });
    expect(events[3]?.level).toBe('info');
  });

  it('reads a JSON document record by record: CloudTrail on one line, its calls and their failures', async () => {
    const { events, files } = await read(fixture('cloudtrail.json'));
    expect(files[0]).toMatchObject({ format: 'json', lines: 1, events: 5 });
    expect(files[0]?.formatEvidence).toMatch(/^a JSON document, read record by record; 5 of 5 sampled/);
    expect(events.map((e) => [e.line, e.lineCount])).toEqual([
      [1, 1],
      [1, 0],
      [1, 0],
      [1, 0],
      [1, 0],
    ]);
    expect(events[2]).toMatchObject({
      timestamp: Date.parse('2026-11-20T10:00:15Z'),
      level: 'error',
      service: 's3.amazonaws.com',
      message: 's3 GetObject: AccessDenied',
      attributes: { sourceIPAddress: '198.51.100.7', 'requestParameters.key': 'builds/15.tar.gz' },
    });
    expect(events[4]).toMatchObject({
      level: 'info',
      service: 'sts.amazonaws.com',
      message: 'sts AssumeRole',
    });
    expect(events[0]?.raw.startsWith('{"eventVersion": "1.08", "userIdentity": {')).toBe(true);
    // Delivered gzipped by S3, in a small chunk at a time.
    const gz = gzipSync(fixture('cloudtrail.json'));
    expect((await read(new Uint8Array(gz), {}, 3)).events.map((e) => e.message)).toEqual(
      events.map((e) => e.message),
    );
  });

  it('reads a pretty-printed JSON export: each record one event, on one line, owning its lines', async () => {
    const { events, files } = await read(fixture('export.json'), {}, 5);
    expect(files[0]).toMatchObject({ format: 'json', lines: 54, events: 4 });
    expect(events.map((e) => e.message)).toEqual([
      'invoice 0 sent',
      'invoice 1 sent',
      'invoice 2 failed: card declined',
      'invoice 3 sent',
    ]);
    expect(events[2]).toMatchObject({ level: 'error', service: 'billing', attributes: { 'attempt.n': 2 } });
    expect(events.map((e) => e.line)).toEqual([1, 15, 28, 41]);
    expect(events.reduce((n, e) => n + e.lineCount, 0)).toBe(54);
    expect(events[0]?.raw).toMatch(/^\{ "timestamp": "2026-11-20T10:00:00Z", "level": "info",/);
    // As text, on request: line by line, framed as text is.
    const asText = await read(fixture('export.json'), { format: 'text' });
    expect(asText.files[0]).toMatchObject({ format: 'text', lines: 54 });
    expect(asText.events.map((e) => e.message)).not.toContain('invoice 0 sent');
  });

  it('reads logfmt', async () => {
    const { events, files } = await read(fixture('app.logfmt'));
    expect(files[0]?.format).toBe('logfmt');
    expect(events[2]).toMatchObject({
      level: 'error',
      service: 'billing',
      // The error is part of the message, as a JSON line's.
      message: 'charge failed: gateway timeout',
      attributes: { err: 'gateway timeout' },
    });
  });

  it("reads a logfmt file's text lines by a header learned from its text lines, not from its pairs", async () => {
    const log = [
      'time=2026-11-25T10:00:00Z level=info msg="request served" path=/v1/users status=200',
      'time=2026-11-25T10:00:01Z level=info msg="request served" path=/v1/orders status=200',
      '2026-11-25 10:00:02 ERROR [pool-1] db.Pool: connection reset',
      'time=2026-11-25T10:00:03Z level=error msg="db timeout" err="context deadline exceeded"',
      '2026-11-25 10:00:04 WARN [pool-1] db.Pool: retrying in 2s',
    ];
    const { events, files } = await read(text(log.join('\n') + '\n'));
    expect(files[0]?.format).toBe('logfmt');
    expect(events.map((e) => [e.level, e.service, e.message])).toEqual([
      ['info', null, 'request served'],
      ['info', null, 'request served'],
      ['error', 'db.Pool', 'connection reset'],
      ['error', null, 'db timeout: context deadline exceeded'],
      ['warn', 'db.Pool', 'retrying in 2s'],
    ]);
  });

  it.each([
    [
      [
        '2026-11-25T10:00:00.123456+00:00',
        '2026-11-25T10:00:05.789012+00:00',
        '2026-11-25T10:00:09.012345+00:00',
      ],
      ['2026-11-25T10:00:00.123Z', '2026-11-25T10:00:05.789Z', '2026-11-25T10:00:09.012Z'],
    ],
    [
      ['Wed Nov 25 10:00:00 2026', 'Wed Nov 25 10:00:05 2026', 'Wed Nov 25 10:00:09 2026'],
      ['2026-11-25T10:00:00.000Z', '2026-11-25T10:00:05.000Z', '2026-11-25T10:00:09.000Z'],
    ],
  ])(
    "reads Oracle's alert log: each entry's time on a line of its own, its lines after it (%s)",
    async (times, iso) => {
      const lines = [
        times[0],
        'Starting ORACLE instance (normal) (OS id: 1234)',
        times[1],
        'Errors in file /u01/app/oracle/diag/rdbms/orcl/orcl/trace/orcl_ora_5678.trc  (incident=12345):',
        'ORA-00600: internal error code, arguments: [kcbgtcr_13], [], [], [], [], [], [], []',
        times[2],
        'Thread 1 advanced to log sequence 42 (LGWR switch)',
        '  Current log# 2 seq# 42 mem# 0: /u01/app/oracle/oradata/ORCL/redo02.log',
      ];
      const { events } = await read(text(lines.join('\n') + '\n'));
      expect(events.map((e) => [e.line, e.lineCount, new Date(e.timestamp ?? 0).toISOString()])).toEqual([
        [1, 2, iso[0]],
        [3, 3, iso[1]],
        [6, 3, iso[2]],
      ]);
      expect(events.map((e) => e.message.split('\n')[0])).toEqual([
        'Starting ORACLE instance (normal) (OS id: 1234)',
        'Errors in file /u01/app/oracle/diag/rdbms/orcl/orcl/trace/orcl_ora_5678.trc  (incident=12345):',
        'Thread 1 advanced to log sequence 42 (LGWR switch)',
      ]);
      expect(events.every((e) => !e.timestampInherited)).toBe(true);
    },
  );

  it("ends an Oracle alert entry's box of stars with no closing rule (a TNS error report) at the next entry's time", async () => {
    const tnsReport = (time: string, port: number) => [
      '',
      '',
      '*'.repeat(71),
      '',
      'Fatal NI connect error 12170.',
      '',
      '  VERSION INFORMATION:',
      '\tTNS for Linux: Version 11.0.0.0.0 - Production',
      `  Time: 16-MAR-2020 ${time}`,
      '    ',
      'TNS-12535: TNS:operation timed out',
      '    nt secondary err code: 110',
      `  Client address: (ADDRESS=(PROTOCOL=tcp)(HOST=10.232.10.50)(PORT=${port}))`,
    ];
    const entry = (i: number) => [
      `Mon Mar 16 05:${String(10 + i).padStart(2, '0')}:00 2020`,
      i % 2 === 0
        ? `Thread 1 advanced to log sequence ${71000 + i} (LGWR switch)`
        : `Archived Log entry ${5000 + i} added for thread 1 sequence ${71000 + i} ID 0x5f3a1b2c dest 1:`,
    ];
    const lines = [
      'Mon Mar 16 05:01:50 2020',
      ...tnsReport('05:01:50', 54782),
      ...Array.from({ length: 30 }, (_, i) => entry(i)).flat(),
      'Mon Mar 16 05:45:00 2020',
      ...tnsReport('05:45:00', 46929),
      'Mon Mar 16 05:46:00 2020',
      'Thread 1 advanced to log sequence 71099 (LGWR switch)',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.line, e.lineCount])).toEqual([
      [1, 14],
      ...Array.from({ length: 30 }, (_, i) => [15 + 2 * i, 2]),
      [75, 14],
      [89, 2],
    ]);
    expect(events[0]?.message).toMatch(/^Fatal NI connect error 12170\.\n/);
    // A client's timeout, whatever its first word says: no level where the entry wrote none.
    expect(events[0]?.level).toBeNull();
    expect(events.at(-1)?.timestamp).toBe(Date.parse('2020-03-16T05:46:00Z'));
  });

  it("reads auditd's records: the time in msg=audit(…), the record's type and fields as its message", async () => {
    const lines = [
      'type=SYSCALL msg=audit(1764064800.123:24287): arch=c000003e syscall=2 success=yes exit=3 a0=7fffd19c5592 a1=0 items=1 ppid=2686 pid=3538 auid=1000 uid=1000 comm="cat" exe="/bin/cat" key="sshd_config"',
      'type=CWD msg=audit(1764064800.123:24287):  cwd="/home/shadowman"',
      'type=PATH msg=audit(1764064800.123:24287): item=0 name="/etc/ssh/sshd_config" inode=409248 dev=fd:00 mode=0100600 ouid=0 ogid=0',
      'type=USER_LOGIN msg=audit(1764064805.456:24288): pid=3540 uid=0 auid=1000 ses=2 msg=\'op=login acct="root" exe="/usr/sbin/sshd" hostname=? addr=10.0.0.5 terminal=ssh res=failed\'',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.message.split(' ')[0]])).toEqual([
      ['2025-11-25T10:00:00.123Z', 'SYSCALL'],
      ['2025-11-25T10:00:00.123Z', 'CWD'],
      ['2025-11-25T10:00:00.123Z', 'PATH'],
      ['2025-11-25T10:00:05.456Z', 'USER_LOGIN'],
    ]);
    expect(events[1]?.message).toBe('CWD cwd="/home/shadowman"');
    expect(events[0]?.attributes).toMatchObject({ type: 'SYSCALL', syscall: '2', exe: '/bin/cat' });
    // Levels it does not write: a refused login a warning, as are SELinux's denials; a process ended
    // by a signal (ANOM_ABEND) an error, with a crash's signature.
    expect(events.map((e) => e.level)).toEqual(['info', 'info', 'info', 'warn']);
    const more = [
      'type=AVC msg=audit(1764064810.001:24290): avc:  denied  { write } for  pid=812 comm="httpd" name="uploads" tclass=dir permissive=0',
      'type=ANOM_ABEND msg=audit(1764064811.002:24291): auid=4294967295 uid=48 gid=48 ses=4294967295 subj=system_u:system_r:httpd_t:s0 pid=2211 comm="httpd" exe="/usr/sbin/httpd" sig=11 res=1',
      'type=SERVICE_STOP msg=audit(1764064812.003:24292): pid=1 uid=0 auid=4294967295 ses=4294967295 msg=\'unit=httpd comm="systemd" exe="/usr/lib/systemd/systemd" hostname=? addr=? terminal=? res=failed\'',
      'type=SERVICE_START msg=audit(1764064813.004:24293): pid=1 uid=0 auid=4294967295 ses=4294967295 msg=\'unit=httpd comm="systemd" exe="/usr/lib/systemd/systemd" hostname=? addr=? terminal=? res=success\'',
    ];
    const { events: crash } = await read(text([...lines, ...more].join('\n') + '\n'));
    expect(crash.slice(4).map((e) => e.level)).toEqual(['warn', 'error', 'warn', 'info']);
    expect(criticalSignature(crash[5]?.message ?? '')).toBe('process crashed');
  });

  it("reads Apache's vhost_combined: the virtual host before a combined line is the service", async () => {
    const lines = [
      'example.com:443 10.0.0.1 - - [25/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 1234 "-" "curl/8.0"',
      'example.com:443 10.0.0.2 - - [25/Nov/2026:10:00:01 +0000] "GET /api/orders HTTP/1.1" 500 234 "-" "curl/8.0"',
      'shop.example.com:80 10.0.0.3 - - [25/Nov/2026:10:00:05 +0000] "POST /cart HTTP/1.1" 302 0 "-" "Mozilla/5.0"',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.format).toBe('access');
    expect(
      events.map((e) => [
        new Date(e.timestamp ?? 0).toISOString(),
        e.service,
        e.level,
        e.attributes['client'],
      ]),
    ).toEqual([
      ['2026-11-25T10:00:00.000Z', 'example.com', 'info', '10.0.0.1'],
      ['2026-11-25T10:00:01.000Z', 'example.com', 'error', '10.0.0.2'],
      ['2026-11-25T10:00:05.000Z', 'shop.example.com', 'info', '10.0.0.3'],
    ]);
  });

  it("reads PHP's error log by its labels: the level of each, the text after it", async () => {
    const lines = [
      '[25-Nov-2026 10:00:00 UTC] PHP Fatal error:  Uncaught Error: Call to a member function getId() on null in /var/www/src/Order.php:42',
      'Stack trace:',
      '#0 /var/www/src/Controller.php(17): Order->total()',
      '#1 {main}',
      '  thrown in /var/www/src/Order.php on line 42',
      '[25-Nov-2026 10:00:01 UTC] PHP Warning:  Undefined array key "x" in /var/www/src/View.php on line 9',
      '[25-Nov-2026 10:00:02 UTC] PHP Parse error:  syntax error, unexpected token "}" in /var/www/src/A.php on line 3',
      '[25-Nov-2026 10:00:03 UTC] PHP Deprecated:  strlen(): Passing null to parameter #1 is deprecated in /var/www/src/B.php on line 7',
      '[25-Nov-2026 10:00:04 UTC] PHP Notice:  Undefined index: id in /var/www/src/C.php on line 5',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/5 are PHP's error log lines/);
    expect(events.map((e) => [e.line, e.lineCount, e.level, e.message.split('\n')[0]])).toEqual([
      [
        1,
        5,
        'fatal',
        'Uncaught Error: Call to a member function getId() on null in /var/www/src/Order.php:42',
      ],
      [6, 1, 'warn', 'Undefined array key "x" in /var/www/src/View.php on line 9'],
      [7, 1, 'fatal', 'syntax error, unexpected token "}" in /var/www/src/A.php on line 3'],
      [8, 1, 'info', 'strlen(): Passing null to parameter #1 is deprecated in /var/www/src/B.php on line 7'],
      [9, 1, 'info', 'Undefined index: id in /var/www/src/C.php on line 5'],
    ]);
    expect(new Date(events[4]?.timestamp ?? 0).toISOString()).toBe('2026-11-25T10:00:04.000Z');
  });

  it("reads Dovecot's own log: a program, not a host, after the syslog time", async () => {
    const lines = [
      'Nov 25 10:00:00 imap-login: Info: Login: user=<alice>, method=PLAIN, rip=10.0.0.5, lip=10.0.0.1, mpid=1234, TLS',
      'Nov 25 10:00:01 imap(alice)<1234><abcd>: Info: Disconnected: Logged out in=123 out=456',
      'Nov 25 10:00:05 auth: Error: auth worker: Aborted request: Lookup timed out',
      'Nov 25 10:00:09 imap-login: Info: Disconnected (auth failed, 1 attempts in 2 secs): user=<bob>, method=PLAIN',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.format).toBe('text');
    expect(events.map((e) => [e.level, e.message.split(':')[0], e.attributes['host']])).toEqual([
      ['info', 'Login', undefined],
      ['info', 'Disconnected', undefined],
      ['error', 'auth worker', undefined],
      ['info', 'Disconnected (auth failed, 1 attempts in 2 secs)', undefined],
    ]);
  });

  it("reads a Cisco ASA's syslog: the facility is the service, the mnemonic's severity the level", async () => {
    const lines = [
      'Nov 25 10:00:00 fw1 %ASA-6-302013: Built outbound TCP connection 12345 for outside:10.0.0.5/443 (10.0.0.5/443) to inside:192.168.1.10/51234 (10.0.0.1/51234)',
      'Nov 25 10:00:05 fw1 %ASA-4-106023: Deny tcp src outside:203.0.113.5/51234 dst inside:192.168.1.10/22 by access-group "outside_in" [0x0, 0x0]',
      'Nov 25 10:00:09 fw1 %ASA-3-710003: TCP access denied by ACL from 203.0.113.6/51235 to outside:10.0.0.1/22',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.service, e.level, e.attributes['mnemonic']])).toEqual([
      ['ASA', 'info', 'ASA-6-302013'],
      ['ASA', 'warn', 'ASA-4-106023'],
      ['ASA', 'error', 'ASA-3-710003'],
    ]);
    expect(events[2]?.message).toBe('TCP access denied by ACL from 203.0.113.6/51235 to outside:10.0.0.1/22');
  });

  it('reads RFC 3164 syslog with the year supplied, and its PRI severity', async () => {
    const { events, files } = await read(fixture('syslog3164.log'));
    expect(files[0]?.format).toBe('syslog3164');
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2026-11-25T10:00:00Z'),
      service: 'sshd',
      message: 'Accepted password for alice from 10.0.0.9 port 52144 ssh2',
      attributes: { host: 'web1', pid: 2411 },
    });
    expect(events[1]?.level).toBe('fatal'); // <34>: severity 2, critical
  });

  it('reads RFC 5424 syslog', async () => {
    const { events, files } = await read(fixture('syslog5424.log'));
    expect(files[0]?.format).toBe('syslog5424');
    expect(events[0]).toMatchObject({
      service: 'evntslog',
      level: 'info',
      message: 'An application event log entry',
    });
    expect(events[1]).toMatchObject({ level: 'error', message: 'disk /dev/sda1 is 97% full' });
  });

  it('takes the klog header off a Kubernetes component logging to syslog: level and source', async () => {
    const lines = [
      'Aug 18 00:00:49 ip-10-4-141-139 kubelet[2422]: I0818 00:00:49.876586    2422 kuberuntime_manager.go:1055] "Removing container" containerID="abc"',
      'Aug 18 00:00:52 ip-10-4-141-139 kubelet[2422]: W0818 00:00:52.001002    2422 prober.go:107] "Probe failed" probeType="Readiness"',
      'Aug 18 00:00:53 ip-10-4-141-139 kubelet[2422]: E0818 00:00:53.101002    2422 pod_workers.go:1298] "Error syncing pod, skipping"',
      'Aug 18 00:00:54 ip-10-4-141-139 sshd[811]: Accepted publickey for ubuntu from 10.0.0.5 port 51022 ssh2',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(
      events.map((e) => [e.level, e.service, e.message.slice(0, 20), e.attributes['source'] ?? null]),
    ).toEqual([
      ['info', 'kubelet', '"Removing container"', 'kuberuntime_manager.go:1055'],
      ['warn', 'kubelet', '"Probe failed" probe', 'prober.go:107'],
      ['error', 'kubelet', '"Error syncing pod, ', 'pod_workers.go:1298'],
      [null, 'sshd', 'Accepted publickey f', null],
    ]);
  });

  it('reads access logs: status, bytes, request time, user agent', async () => {
    const { events, files } = await read(fixture('access.log'));
    expect(files[0]?.format).toBe('access');
    expect(events[0]).toMatchObject({
      level: 'info',
      message: 'GET api/users/<*>',
      attributes: { status: 200, bytes: 512 },
    });
    expect(events[1]?.timestamp).toBe(Date.parse('2026-11-25T09:00:01Z'));
    expect(events[1]?.attributes['userAgent']).toBe('Mozilla/5.0 (X11; Linux x86_64)');
    expect(events[2]).toMatchObject({ level: 'error', attributes: { requestTime: 0.215 } });
  });

  // Apache writes its request time as an integer: microseconds with %D, whole seconds with %T;
  // gunicorn's access log milliseconds with %(M)s.
  const apache = (times: number[]): Uint8Array =>
    text(
      times
        .map(
          (t, i) =>
            `10.0.0.${i} - - [25/Nov/2026:10:00:0${i % 10} +0000] "GET /a HTTP/1.1" 200 5 "-" "curl/8.0" ${t}\n`,
        )
        .join(''),
    );

  it.each([
    [
      '%D, microseconds',
      [5123, 870, 250000, 4100],
      [0.005123, 0.00087, 0.25, 0.0041],
      /microseconds \(Apache %D/,
    ],
    ['%T, whole seconds', [0, 1, 0, 3], [0, 1, 0, 3], /whole seconds \(Apache %T/],
    // gunicorn's %(M)s: no application answers most requests in under 0.1 ms.
    [
      'milliseconds (gunicorn %(M)s)',
      [32, 12, 250, 41],
      [0.032, 0.012, 0.25, 0.041],
      /milliseconds \(integers/,
    ],
  ])('reads Apache request times in %s, as seconds', async (_, times, seconds, evidence) => {
    const { events, files } = await read(apache(times));
    expect(files[0]?.format).toBe('access');
    expect(files[0]?.formatEvidence).toMatch(evidence);
    expect(events.map((e) => e.attributes['requestTime'])).toEqual(seconds);
  });

  it("reads Ruby's Logger lines among Rack's access lines: level and message, the request's time (blind5 49/s10)", async () => {
    const lines = [
      'I, [2019-03-25T00:04:31.388235 #4]  INFO -- : Booted media (sinatra, ruby 2.6.5) TZ=Pacific/Honolulu (UTC-10:00)',
      '56.207.241.145 - - [25/Mar/2019:00:04:35 -1000] "GET /media/v3/images/112 HTTP/1.1" 200 2735 0.0150',
      '96.30.187.162, 10.0.2.217 - - [25/Mar/2019:00:04:36 -1000] "GET /media/v3/renditions/100 HTTP/1.1" 200 2084 0.0470',
      'E, [2019-03-25T00:04:37.946235 #4] ERROR -- media: No space left on device @ io_write - /app/tmp/x (Errno::ENOSPC)',
      '10.0.0.1 - - [25/Mar/2019:00:04:40 -1000] "GET /health HTTP/1.1" 200 15 0.0015',
    ];
    const { events, files } = await read(text(`${lines.join('\n')}\n`));
    expect(files[0]?.format).toBe('access');
    const ruby = events.filter((e) => e.format === 'access' && e.attributes['status'] === undefined);
    expect(ruby.map((e) => [e.level, e.service, e.message])).toEqual([
      ['info', null, 'Booted media (sinatra, ruby 2.6.5) TZ=Pacific/Honolulu (UTC-10:00)'],
      ['error', 'media', 'No space left on device @ io_write - /app/tmp/x (Errno::ENOSPC)'],
    ]);
    // Local time without a zone before any request's zoned time: not taken; after one, read in the
    // requests' zone and within minutes of the request before it: its own.
    expect(ruby[0]?.timestamp).toBeNull();
    expect(ruby[1]?.timestamp).toBe(Date.UTC(2019, 2, 25, 10, 4, 37, 946));
    expect(ruby[1]?.timestampInherited).toBe(false);
    // Django's lines beside gunicorn's requests, both in UTC: their own times.
    const django = await read(
      text(
        [
          '27.212.252.164 - - [02/Jun/2025:09:47:33 +0000] "POST /api/v1/pricing HTTP/1.1" 201 3032 "-" "okhttp/4.12.0" 0.015417',
          '2025-06-02 09:47:55,750 INFO [pricing.services] Loaded 41 feature flags from configmap',
          '10.10.38.42 - - [02/Jun/2025:09:48:01 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" 0.000331',
          '10.10.38.42 - - [02/Jun/2025:09:48:21 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" 0.000331',
        ].join('\n') + '\n',
      ),
    );
    expect(django.events[1]).toMatchObject({
      timestamp: Date.UTC(2025, 5, 2, 9, 47, 55, 750),
      timestampInherited: false,
      level: 'info',
    });
    expect(files[0]?.firstTimestamp).toBe(Date.UTC(2019, 2, 25, 10, 4, 35));
  });

  it("reads ingress-nginx's controller lines (klog) among its access lines: their level and message", async () => {
    const request = (s: number) =>
      `112.164.34.${s} - - [24/Aug/2019:10:58:${String(s).padStart(2, '0')} +0000] "GET /v1/reports?page=1 HTTP/1.1" 200 19597 "-" "Mozilla/5.0" 403 0.046 [dunton-reports-80] [] 10.0.1.7:8080 19597 0.045 200 4f1c`;
    const lines = [
      ...Array.from({ length: 12 }, (_, s) => request(s)),
      'I0824 10:58:12.927562       7 store.go:440] "Found valid IngressClass" ingress="dunton/dispatch" ingressclass="nginx"',
      request(13),
      'W0824 10:58:14.507818       7 controller.go:1214] Service "dunton/dispatch-legacy" does not have any active Endpoint.',
      request(15),
      'I0824 10:58:16.927562       7 controller.go:190] "Backend successfully reloaded"',
      request(17),
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(
      events.filter((e) => e.attributes['status'] === undefined).map((e) => [e.level, e.message]),
    ).toEqual([
      ['info', '"Found valid IngressClass" ingress="dunton/dispatch" ingressclass="nginx"'],
      ['warn', 'Service "dunton/dispatch-legacy" does not have any active Endpoint.'],
      ['info', '"Backend successfully reloaded"'],
    ]);
    // One such line, too few to learn their header from: its klog header is still read.
    const one = await read(text([...lines.slice(0, 13), request(13)].join('\n') + '\n'));
    expect(one.events[12]).toMatchObject({
      level: 'info',
      message: '"Found valid IngressClass" ingress="dunton/dispatch" ingressclass="nginx"',
    });
  });

  it.each([
    [
      'nginx with $http_x_forwarded_for $upstream_addr $request_time $upstream_response_time',
      '"-" 10.0.125.90:3000 0.250 0.249',
    ],
    [
      'ingress-nginx ($request_length $request_time [upstream] …)',
      '512 0.250 [prod-api-80] [] 10.0.1.7:8080 1284 0.249 200 4f1c',
    ],
    ['a key=value tail', 'rt=0.250 uct="0.001" urt="0.249"'],
  ])('finds the request time after the user agent: %s', async (_, tail) => {
    const line = `10.0.0.1 - - [25/Nov/2026:10:00:00 +0000] "GET /api/me HTTP/2.0" 200 1284 "-" "okhttp/4.12.0" ${tail}\n`;
    const { events } = await read(text(line.repeat(3)));
    expect(events.map((e) => e.attributes['requestTime'])).toEqual([0.25, 0.25, 0.25]);
  });

  it.each([
    [
      'hadoop.log',
      'Created MRAppMaster for application appattempt_1445144423722_0020_000001',
      'org.apache.hadoop.mapreduce.v2.app.MRAppMaster',
      '2015-10-18T18:01:47.978Z',
    ],
    [
      'hdfs.log',
      'PacketResponder 1 for block blk_38865049064139660 terminating',
      'dfs.DataNode$PacketResponder',
      '2008-11-09T20:36:15Z',
    ],
    ['healthapp.log', 'onStandStepChanged 3579', 'Step_LSC', '2017-12-23T22:15:29.606Z'],
  ])('strips the learned text header of %s', async (name, message, service, iso) => {
    const { events, files } = await read(fixture(name));
    expect(files[0]?.format).toBe('text');
    expect(events[0]).toMatchObject({ message, service, timestamp: Date.parse(iso) });
  });

  it('reads a file mixing JSON and text lines line by line', async () => {
    const { events } = await read(fixture('mixed.log'));
    expect(events.map((e) => e.format)).toEqual(['text', 'json', 'text']);
    expect(events[1]).toMatchObject({ level: 'error', message: 'config missing key db.url' });
    expect(events[2]).toMatchObject({ level: 'warn', message: 'using defaults' });
  });

  it('accepts a format override', async () => {
    const { files } = await read(fixture('app.logfmt'), { format: 'text' });
    expect(files[0]?.format).toBe('text');
    expect(files[0]?.formatEvidence).toMatch(/set by the caller/);
  });
});

describe('readEvents: framing and fields', () => {
  it.each([
    ['java.log', [1, 2, 9], [1, 7, 1]],
    ['python.log', [1, 2, 7], [1, 5, 1]],
    ['node.log', [1, 2, 6], [1, 4, 1]],
  ])('frames the multi-line events of %s', async (name, lines, counts) => {
    const { events } = await read(fixture(name));
    expect(events.map((e) => e.line)).toEqual(lines);
    expect(events.map((e) => e.lineCount)).toEqual(counts);
  });

  it("joins a stack trace logged line by line under a header each (Android's logcat) into its event", async () => {
    const h = '02-19 15:19:53.492  5092  5257 E SyncRepository: ';
    const { events, files } = await read(
      text(
        [
          '02-19 15:19:53.156  5092  5092 D CartViewModel: cart updated: 1 items',
          `${h}Sync failed for batch 56731`,
          `${h}retrofit2.HttpException: HTTP 409`,
          `${h}\tat retrofit2.OkHttpCall$1.onResponse(OkHttpCall.java:164)`,
          `${h}Caused by: java.net.SocketTimeoutException: timeout`,
          `${h}\t... 12 more`,
          // The same tag again, not a trace: an event of its own; a frame over a second later too.
          `${h}Sync failed for batch 56732`,
          '02-19 15:19:55.000  5092  5257 E SyncRepository: \tat retrofit2.OkHttpCall.execute(OkHttpCall.java:190)',
          '02-19 15:19:55.100  5092  5092 I ActivityManager: at the end of the line is prose, not a frame',
          '02-19 15:19:55.100  5092  5092 I ActivityManager: \tat least one line indented',
        ].join('\n') + '\n',
      ),
    );
    expect(events.map((e) => [e.line, e.lineCount])).toEqual([
      [1, 1],
      [2, 5],
      [7, 1],
      [8, 1],
      [9, 1],
      [10, 1],
    ]);
    expect(events[1]?.message).toBe(
      'Sync failed for batch 56731\nretrofit2.HttpException: HTTP 409\nat retrofit2.OkHttpCall$1.onResponse(OkHttpCall.java:164)\n' +
        'Caused by: java.net.SocketTimeoutException: timeout\n... 12 more',
    );
    expect(events[1]?.raw.split('\n')).toHaveLength(5);
    expect(files[0]?.events).toBe(6);
  });

  it.each([
    [
      'brief',
      [
        'I/ActivityManager( 1436): Killing 4793:com.spotify.music/u0a229 (adj 905): empty #17',
        'D/OkHttp  (19228): <-- 200 https://api.shop.example/items (158ms)',
        'F/libc    ( 4242): Fatal signal 11 (SIGSEGV), code 1, fault addr 0x0',
      ],
      [null, null, null],
    ],
    [
      'time',
      [
        '01-26 05:35:00.767 I/ActivityManager( 1436): Killing 4793:com.spotify.music/u0a229 (adj 905): empty #17',
        '01-26 05:35:01.707 D/OkHttp  ( 8224): <-- 200 https://api.shop.example/items (158ms)',
        '01-26 05:35:02.001 F/libc    ( 4242): Fatal signal 11 (SIGSEGV), code 1, fault addr 0x0',
      ],
      ['2026-01-26T05:35:00.767Z', '2026-01-26T05:35:01.707Z', '2026-01-26T05:35:02.001Z'],
    ],
    [
      'threadtime with its year and zone',
      [
        '2026-01-26 05:35:00.767 -0800  1436  1450 I ActivityManager: Killing 4793:com.spotify.music/u0a229 (adj 905): empty #17',
        '2026-01-26 05:35:01.707 -0800  8224  8250 D OkHttp  : <-- 200 https://api.shop.example/items (158ms)',
        '2026-01-26 05:35:02.001 -0800  4242  4242 F libc    : Fatal signal 11 (SIGSEGV), code 1, fault addr 0x0',
      ],
      ['2026-01-26T13:35:00.767Z', '2026-01-26T13:35:01.707Z', '2026-01-26T13:35:02.001Z'],
    ],
  ])(
    "reads Android's logcat, %s: the priority's letter the level, the tag the service",
    async (_, lines, times) => {
      const { events, files } = await read(text(`${lines.join('\n')}\n`), { year: 2026 });
      expect(events.map((e) => [e.level, e.service, e.message.slice(0, 24)])).toEqual([
        ['info', 'ActivityManager', 'Killing 4793:com.spotify'],
        ['debug', 'OkHttp', '<-- 200 https://api.shop'],
        ['fatal', 'libc', 'Fatal signal 11 (SIGSEGV'],
      ]);
      expect(events.map((e) => (e.timestamp === null ? null : new Date(e.timestamp).toISOString()))).toEqual(
        times,
      );
      expect(events[2]?.attributes).toMatchObject({ pid: 4242 });
      expect(files[0]?.formatEvidence).toMatch(/Android's logcat/);
    },
  );

  it("times Factorio's and X.Org's lines by the seconds since their start, from the start's own line on", async () => {
    const factorio = [
      '   0.000 2025-07-18 17:59:25; Factorio 2.0.55 (build 72032, linux64, headless, space-age)',
      '   0.001 Operating system: Linux (Debian 12)',
      '  12.345 Info ServerRouter.cpp:549: Asking pingpong servers (4) to forward connection from 77.28.11.230:34197',
      '37377.374 Error ServerRouter.cpp:567: mapping public ip port (34197) failed, retrying (1)',
      "37379.005 Warning ServerMultiplayerManager.cpp:804: Can't send heartbeat to peer(17) because connection is not established.",
    ];
    const { events, files } = await read(text(`${factorio.join('\n')}\n`));
    // Padded seconds open a line of their own, not an indented continuation.
    expect(events.map((e) => [e.line, e.lineCount])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
    ]);
    expect(
      events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.message.slice(0, 22)]),
    ).toEqual([
      ['2025-07-18T17:59:25.000Z', null, 'Factorio 2.0.55 (build'],
      ['2025-07-18T17:59:25.001Z', null, 'Operating system: Linu'],
      ['2025-07-18T17:59:37.345Z', 'info', 'ServerRouter.cpp:549: '],
      ['2025-07-19T04:22:22.374Z', 'error', 'ServerRouter.cpp:567: '],
      ['2025-07-19T04:22:24.005Z', 'warn', 'ServerMultiplayerManag'],
    ]);
    expect(files[0]?.formatEvidence).toMatch(/seconds since their program started/);
    const xorg = [
      '[    24.608] ',
      'X.Org X Server 1.21.1.4',
      '[    24.612] (==) Log file: "/var/log/Xorg.0.log", Time: Tue Jun  4 12:01:35 2024',
      '[    24.620] (II) Loader magic: 0x55d0',
      '[    25.001] (EE) Failed to load module "nvidia" (module does not exist, 0)',
      "[    26.101] (WW) Warning, couldn't open module fbdev",
    ];
    const x = await read(text(`${xorg.join('\n')}\n`));
    expect(
      x.events
        .slice(2)
        .map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.message.slice(0, 9)]),
    ).toEqual([
      ['2024-06-04T12:01:35.000Z', null, 'Log file:'],
      ['2024-06-04T12:01:35.008Z', 'info', 'Loader ma'],
      ['2024-06-04T12:01:35.389Z', 'error', 'Failed to'],
      ['2024-06-04T12:01:36.489Z', 'warn', 'Warning, '],
    ]);
    // Before the start is known, a line has no time.
    expect(x.events[0]?.timestamp).toBeNull();
  });

  it("reads Linkerd's proxy by its uptime, untimed until a bundle places its start (LocalTime.runStartMs)", async () => {
    const linkerd = [
      '[     0.008313s]  INFO ThreadId(01) outbound:proxy{addr=172.22.245.22:8080}: linkerd_reconnect: Connected remote.addr=10.1.177.37:8080',
      '[     4.132202s]  WARN ThreadId(02) inbound:server{port=8080}: linkerd_app_core::serve: Connection closed error=connection reset',
      '[ 21597.997112s] ERROR ThreadId(01) outbound:proxy{addr=172.18.240.33:8080}: linkerd_reconnect: Failed to connect error=Connection refused (os error 111)',
    ];
    const bytes = text(`${linkerd.join('\n')}\n`);
    const alone = await read(bytes);
    expect(
      alone.events.map((e) => [e.timestamp, e.level, e.message.slice(0, 21), e.attributes.uptime]),
    ).toEqual([
      [null, 'info', 'ThreadId(01) outbound', 0.008],
      [null, 'warn', 'ThreadId(02) inbound:', 4.132],
      [null, 'error', 'ThreadId(01) outbound', 21597.997],
    ]);
    const start = Date.parse('2018-11-14T11:14:59.992Z');
    const placed = await read(bytes, {
      localTime: { offsetMinutes: 0, runStartMs: start, evidence: 'placed' },
    });
    expect(placed.events.map((e) => new Date(e.timestamp ?? 0).toISOString())).toEqual([
      '2018-11-14T11:15:00.000Z',
      '2018-11-14T11:15:04.124Z',
      '2018-11-14T17:14:57.989Z',
    ]);
    expect(placed.files[0]?.formatEvidence).toMatch(/seconds since their program started.*; placed$/);
  });

  it('joins such a trace where logcat pads its short tags before the colon, read as the service', async () => {
    const okhttp = (k: number) =>
      `02-08 03:04:0${k}.100  8110  8196 I OkHttp  : <-- 200 https://api.example.com/v1/items/${k} (74ms, 2599-byte body)`;
    const h = '02-08 03:04:10.167  8110  8196 E SyncRepository: ';
    const { events } = await read(
      text(
        [
          ...[1, 2, 3, 4, 5, 6].map(okhttp),
          `${h}Sync failed for batch 7350`,
          `${h}retrofit2.HttpException: HTTP 409`,
          `${h}\tat retrofit2.OkHttpCall$1.onResponse(OkHttpCall.java:164)`,
          '02-08 03:04:10.181  8110  8196 I OkHttp  : --> GET https://api.example.com/v1/items/7',
        ].join('\n') + '\n',
      ),
    );
    expect(events.map((e) => [e.line, e.lineCount])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
      [6, 1],
      [7, 3],
      [10, 1],
    ]);
    expect(events[6]?.message).toMatch(
      /Sync failed for batch 7350\nretrofit2\.HttpException: HTTP 409\nat retrofit2/,
    );
    // The padded tag is the service, as a tag of full length is (a learned header's column did not take it in).
    expect(events.map((e) => e.service)).toEqual([
      ...Array<string>(6).fill('OkHttp'),
      'SyncRepository',
      'OkHttp',
    ]);
    expect(events[0]).toMatchObject({
      level: 'info',
      message: '<-- 200 https://api.example.com/v1/items/1 (74ms, 2599-byte body)',
    });
  });

  it('lets an event without a timestamp inherit the previous one, marked', async () => {
    const { events } = await read(
      text('2026-11-25 10:00:00 INFO a: one\n2026-11-25 10:00:01 INFO a: two\nno header here\n'),
    );
    expect(events[2]).toMatchObject({
      timestamp: Date.parse('2026-11-25T10:00:01Z'),
      timestampInherited: true,
    });
    expect(events[0]?.timestampInherited).toBe(false);
  });

  it("reads every time of a file that opens at midnight, not the first one's date alone", async () => {
    // A log rotated at midnight: "00:00:00" after the date changes nothing in the first line's time,
    // yet it is the time of day of every later line (it was left out: every line read 00:00:00).
    const { events } = await read(
      text(
        '2024-01-01 00:00:00 INFO app started\n2024-01-01 00:00:02 INFO request 1\n' +
          '2024-01-01 03:05:02.250 INFO request 2\n',
      ),
    );
    expect(events.map((e) => e.timestamp)).toEqual([
      Date.parse('2024-01-01T00:00:00Z'),
      Date.parse('2024-01-01T00:00:02Z'),
      Date.parse('2024-01-01T03:05:02.250Z'),
    ]);
    const hdfs = await read(
      text('081109 000000 148 INFO dfs.DataNode: x\n081109 203615 148 INFO dfs.DataNode: y\n'),
    );
    expect(hdfs.events.map((e) => e.timestamp)).toEqual([
      Date.parse('2008-11-09T00:00:00Z'),
      Date.parse('2008-11-09T20:36:15Z'),
    ]);
  });

  it("takes a line's time of day alone on the day of the file's dated lines (logback's status lines)", async () => {
    const spring = (time: string, message: string) =>
      `2023-03-18 ${time}  INFO 23532 --- [io-8080-exec-47] c.w.s.web.ProductController              : ${message}\n`;
    const { events } = await read(
      text(
        spring('23:59:05.795', 'Customer 43915 logged in') +
          '23:59:06,559 |-ERROR in ch.qos.logback.core.rolling.RollingFileAppender[FILE] - IO failure in appender java.io.IOException: No space left on device\n' +
          '\tat java.io.IOException: No space left on device\n' +
          '00:00:01,002 |-WARN in ch.qos.logback.core.rolling.RollingFileAppender[FILE] - Attempted to append to non started appender [FILE].\n',
      ),
    );
    expect(events.map((e) => [e.timestamp, e.timestampInherited, e.level])).toEqual([
      [Date.parse('2023-03-18T23:59:05.795Z'), false, 'info'],
      [Date.parse('2023-03-18T23:59:06.559Z'), false, 'error'],
      // Past midnight: the next day, not twenty-four hours back.
      [Date.parse('2023-03-19T00:00:01.002Z'), false, 'warn'],
    ]);
    // The time is not part of the message (its template would start with a variable).
    expect(events[1]?.message).toMatch(/^(?!23:59)\S.*No space left on device/);
    // Dated lines that write their zone: the status line's time of day is in that zone too.
    const zoned = await read(
      text(
        '2026-06-29T17:51:37.392-06:00  INFO 22 --- [mandate-gateway] [   scheduling-1] c.j.m.jobs.BalanceExportJob : Export started\n' +
          '17:51:38,430 |-ERROR in ch.qos.logback.core.rolling.RollingFileAppender[FILE] - IO failure in appender java.io.IOException: No space left on device\n',
      ),
    );
    expect(zoned.events.map((e) => e.timestamp)).toEqual([
      Date.parse('2026-06-29T23:51:37.392Z'),
      Date.parse('2026-06-29T23:51:38.430Z'),
    ]);
  });

  it('reads MySQL\'s slow query log: each entry\'s lines take the time of its "# Time:" line', async () => {
    const entry = (time: string, seconds: string) =>
      `# Time: ${time}\n# User@Host: app[app] @  [10.5.154.169]  Id: 79304\n# Query_time: ${seconds}  Lock_time: 0.000175 Rows_sent: 95  Rows_examined: 94227\nSET timestamp=1735859364;\nSELECT * FROM orders LIMIT 100;\n`;
    const { events } = await read(
      text(entry('2025-01-02T23:09:24.457383Z', '0.737613') + entry('2025-01-02T23:09:29.850523Z', '1.2')),
    );
    expect(events.map((e) => e.timestamp)).toEqual([
      ...Array<number>(5).fill(Date.parse('2025-01-02T23:09:24.457Z')),
      ...Array<number>(5).fill(Date.parse('2025-01-02T23:09:29.850Z')),
    ]);
    expect(events.map((e) => e.timestampInherited)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(events[0]?.message).toBe('# Time: 2025-01-02T23:09:24.457383Z');
  });

  it('handles LF, CRLF and CR line ends', async () => {
    const { events, files } = await read(fixture('newlines.log'), {}, 3);
    expect(events.map((e) => e.raw)).toEqual(['line one', 'line two', 'line three', 'line four']);
    expect(files[0]?.lines).toBe(4);
  });

  it('truncates an event larger than maxEventBytes with a marker, without failing', async () => {
    const long = 'x'.repeat(5000);
    const { events, files } = await read(text(`short\n${long}\nafter\n`), { maxEventBytes: 1000 });
    expect(events.map((e) => e.truncated)).toEqual([false, true, false]);
    expect(events[1]?.raw.length).toBeLessThan(1100);
    expect(files[0]?.truncatedEvents).toBe(1);
  });

  it("keeps PostgreSQL's duration: in the message where nearly every line has one (no component column)", async () => {
    const lines: string[] = [];
    for (let i = 0; i < 60; i++) {
      const t = `2024-11-14 03:23:${String(i).padStart(2, '0')}.804 UTC [13763] app@app`;
      lines.push(
        `${t} LOG:  duration: 1.223 ms  execute <unnamed>: UPDATE carts SET updated_at = now() WHERE id = $1`,
      );
      lines.push(`${t} DETAIL:  parameters: $1 = '810310'`);
    }
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[0]?.service).toBeNull();
    expect(events[0]?.message).toMatch(/^duration: 1\.223 ms/);
  });

  it("starts an event at a runtime's last words written without a header (Rust, the Erlang VM)", async () => {
    const lines: string[] = [];
    for (let i = 0; i < 40; i++)
      lines.push(
        `[2020-02-01T17:03:${String(i).padStart(2, '0')}.040Z INFO  feed_builder::consumer] processed batch`,
      );
    lines.push('memory allocation of 268435456 bytes failed');
    lines.push('2024-01-20 13:47:07.789 request_id=XX6 [info] Sent 200 in 614µs');
    lines.push('eheap_alloc: Cannot allocate 6801972136 bytes of memory (of type "heap").');
    lines.push('Kernel pid terminated (application_controller) ("{application_terminated,shop,shutdown}")');
    const { events } = await read(text(lines.join('\n') + '\n'));
    const last = events.slice(-4).map((e) => [e.level, e.message.split(' ')[0]]);
    expect(last).toEqual([
      ['fatal', 'memory'],
      ['info', 'Sent'],
      ['fatal', 'eheap_alloc:'],
      ['fatal', 'Kernel'],
    ]);
  });

  it('keeps a bare number on a line of its own inside a multi-line statement in that event, not as an epoch', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 120; i++) {
      const t = `2021-04-03 06:${String(10 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.767 IST`;
      lines.push(`${t} [40221] app@shop LOG:  duration: 1.2 ms  statement: SELECT id`);
      if (i % 60 === 5) lines.push('  FROM orders', '1617411910063 retry', ')');
    }
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events).toHaveLength(120);
    expect(events.filter((e) => e.lineCount === 4)).toHaveLength(2);
    expect(events.every((e) => (e.timestamp ?? 0) >= Date.parse('2021-04-03T06:10:00Z'))).toBe(true);
  });
});

describe('readEvents: year-less timestamps', () => {
  it('infers the year and rolls it over at new year', async () => {
    const log = 'Dec 31 23:59:58 h app[1]: last of the year\nJan  1 00:00:01 h app[1]: first of the next\n';
    const { events } = await read(text(log), { year: 2025 });
    expect(events.map((e) => e.timestamp)).toEqual([
      Date.parse('2025-12-31T23:59:58Z'),
      Date.parse('2026-01-01T00:00:01Z'),
    ]);
  });

  // The first line of the new year is parsed with the old year and remembered: the lines after it
  // with the same time must not reuse that.
  it.each([
    ['syslog', (time: string, msg: string) => `${time.replace(/^(\w+) (\d) /, '$1  $2 ')} h app[1]: ${msg}`],
    ['a text header', (time: string, msg: string) => `${time} INFO [main] com.acme.App: ${msg}`],
  ])('rolls the year over for every line of the new year (%s)', async (_, line) => {
    const times = ['Dec 31 23:59:59', 'Jan 1 00:00:00', 'Jan 1 00:00:00', 'Jan 1 00:00:01', 'Feb 2 10:00:00'];
    const { events } = await read(text(times.map((t, i) => line(t, `tick ${i}`)).join('\n')), { year: 2025 });
    expect(events.map((e) => new Date(e.timestamp ?? 0).toISOString())).toEqual([
      '2025-12-31T23:59:59.000Z',
      '2026-01-01T00:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
      '2026-01-01T00:00:01.000Z',
      '2026-02-02T10:00:00.000Z',
    ]);
  });

  it("reads year-less times in the year nearest the analysis's common day, when it is given", async () => {
    // A kubelet's log over new year beside files of 2024-01-01 (blind4 92/s07): its December is 2023's.
    const klog = ['I1231 23:08:22.642998    1 a.go:1] tick', 'I0101 05:45:32.062978    1 a.go:1] tock'];
    const near = await read(text(klog.join('\n')), { year: 2024, day: Date.parse('2024-01-01T00:00:00Z') });
    expect(near.events.map((e) => new Date(e.timestamp ?? 0).toISOString())).toEqual([
      '2023-12-31T23:08:22.642Z',
      '2024-01-01T05:45:32.062Z',
    ]);
    const syslog =
      'Dec 31 23:59:58 h app[1]: last of the year\nJan  1 00:00:01 h app[1]: first of the next\n';
    const { events } = await read(text(syslog), { year: 2024, day: Date.parse('2024-01-01T00:00:00Z') });
    expect(events.map((e) => e.timestamp)).toEqual([
      Date.parse('2023-12-31T23:59:58Z'),
      Date.parse('2024-01-01T00:00:01Z'),
    ]);
    // Without a common day, the year given is the year of the first time, and January of the
    // next year is nearer than last January to a day in December.
    const alone = await read(text(klog.join('\n')), { year: 2024 });
    expect(alone.events.map((e) => new Date(e.timestamp ?? 0).toISOString().slice(0, 10))).toEqual([
      '2024-12-31',
      '2025-01-01',
    ]);
    const autumn = await read(text(syslog), { year: 2024, day: Date.parse('2024-09-01T00:00:00Z') });
    expect(autumn.events.map((e) => new Date(e.timestamp ?? 0).toISOString().slice(0, 10))).toEqual([
      '2024-12-31',
      '2025-01-01',
    ]);
  });

  it(".NET's console logging: level and category on one line, the message on the next, indented", async () => {
    const dotnet = [
      '[2026-03-11 08:27:09] info: Microsoft.Hosting.Lifetime[14]',
      '      Now listening on: http://[::]:8080',
      '[2026-03-11 08:27:12] info: Microsoft.AspNetCore.Hosting.Diagnostics[2]',
      '      Request finished HTTP/1.1 GET http://fleet.example/api/v1/vehicles/218 - 503 165 application/json 3.0210ms',
      '[2026-03-11 08:27:13] fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]',
      '      An unhandled exception has occurred while executing the request.',
      '      System.Net.Http.HttpRequestException: Connection refused (inventory:8080)',
      '         at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port)',
      '[2026-03-11 08:27:14] dbug: Ostholm.Fleet.Cache[0]',
      '      cache hit',
    ];
    const { events } = await read(text(dotnet.join('\n') + '\n'));
    expect(events.map((e) => [e.line, e.lineCount, e.level, e.service])).toEqual([
      [1, 2, 'info', 'Microsoft.Hosting.Lifetime'],
      [3, 2, 'info', 'Microsoft.AspNetCore.Hosting.Diagnostics'],
      [5, 4, 'error', 'Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware'],
      [9, 2, 'debug', 'Ostholm.Fleet.Cache'],
    ]);
    // The message is what the indented lines say: the template of a request is not its category's.
    expect(events[1]?.message).toBe(
      'Request finished HTTP/1.1 GET http://fleet.example/api/v1/vehicles/218 - 503 165 application/json 3.0210ms',
    );
    expect(events[2]?.message.split('\n')[0]).toBe(
      'An unhandled exception has occurred while executing the request.',
    );
  });

  it("reads CockroachDB's header: level letter and yymmdd, goroutine, Go source, ⋮, tags and counter", async () => {
    const crdb = [
      'I200117 07:33:41.670503 1386 storage/pebble.go:1219 ⋮ [n1,s1,pebble] 2  [JOB 3509] flushed 1 memtable to L0',
      'W200117 10:10:09.177898 4670 sql/pgwire/conn.go:766 ⋮ [n1,client=10.0.1.41:52766,user=‹app›] 5236  error while reading from client',
      'E200117 12:30:43.663058 2633 kv/kvserver/liveness/liveness.go:821 ⋮ [n1,liveness-hb] 10387  failed node liveness heartbeat',
    ];
    const { events } = await read(text(crdb.join('\n') + '\n'));
    expect(events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.service])).toEqual([
      ['2020-01-17T07:33:41.670Z', 'info', 'storage/pebble.go'],
      ['2020-01-17T10:10:09.177Z', 'warn', 'sql/pgwire/conn.go'],
      ['2020-01-17T12:30:43.663Z', 'error', 'kv/kvserver/liveness/liveness.go'],
    ]);
    expect(events[2]?.message).toBe('failed node liveness heartbeat');
  });

  it('rolls klog times over at new year, and leaves times with their own year alone', async () => {
    const klog = ['I1231 23:59:59.500000    1 a.go:1] tick', 'I0101 00:00:00.100000    1 a.go:1] tock'];
    const { events } = await read(text(klog.join('\n')), { year: 2025 });
    expect(events.map((e) => e.timestamp)).toEqual([
      Date.parse('2025-12-31T23:59:59.500Z'),
      Date.parse('2026-01-01T00:00:00.100Z'),
    ]);
    const dated = ['2024-12-31 23:59:59,000 INFO a: tick', '2024-01-01 00:00:00,000 INFO a: back in time'];
    const again = await read(text(dated.join('\n')), { year: 2025 });
    expect(again.events.map((e) => e.timestamp)).toEqual([
      Date.parse('2024-12-31T23:59:59Z'),
      Date.parse('2024-01-01T00:00:00Z'),
    ]);
  });
});

describe('readEvents: headers learned without per-format rules', () => {
  it.each([
    // Tomcat's catalina.out (`dd-MMM-yyyy`), a dotted date (German, Russian), a UK date: the date is
    // read (a header whose date was not was put on today by its time of day).
    [
      '25-Nov-2026 10:00:00.123 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [1234] milliseconds\n25-Nov-2026 10:00:05.789 SEVERE [main] org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start.\n',
      ['2026-11-25T10:00:00.123Z', '2026-11-25T10:00:05.789Z'],
      'error',
      'One or more listeners failed to start.',
    ],
    [
      '25.11.2026 10:00:00,123 INFO  Auftrag 7 gestartet\n26.11.2026 08:15:00,456 ERROR Auftrag 7 fehlgeschlagen\n',
      ['2026-11-25T10:00:00.123Z', '2026-11-26T08:15:00.456Z'],
      'error',
      'Auftrag 7 fehlgeschlagen',
    ],
    [
      '25/11/2026 10:00:00 INFO job 7 started\n26/11/2026 08:15:00 WARN job 7 slow\n',
      ['2026-11-25T10:00:00.000Z', '2026-11-26T08:15:00.000Z'],
      'warn',
      'job 7 slow',
    ],
    // WebLogic: the month glued to the marks before it, the date read from the whole header.
    [
      '####<Nov 25, 2026 10:00:00,123 AM UTC> <Info> <Server> <host1> <AdminServer> <main> <<WLS Kernel>> <> <> <1764064800123> <BEA-000365> <Server state changed to RUNNING.>\n####<Nov 25, 2026 10:00:05,789 PM UTC> <Error> <HTTP> <host1> <AdminServer> <main> <<WLS Kernel>> <> <> <1764108005789> <BEA-101020> <Servlet failed with an Exception>\n',
      ['2026-11-25T10:00:00.123Z', '2026-11-25T22:00:05.789Z'],
      'error',
      '<HTTP> <host1> <AdminServer> <main> <<WLS Kernel>> <> <> <1764108005789> <BEA-101020> <Servlet failed with an Exception>',
    ],
    // Python's "%(asctime)s:%(levelname)s:%(name)s:%(message)s" (certbot): the time glued to the level.
    [
      '2026-11-25 10:00:00,123:DEBUG:certbot._internal.main:certbot version: 2.1.0\n2026-11-25 10:00:05,789:ERROR:certbot._internal.error_handler:Encountered exception during recovery\n',
      ['2026-11-25T10:00:00.123Z', '2026-11-25T10:00:05.789Z'],
      'error',
      'Encountered exception during recovery',
    ],
    // Telegraf's level marks, "I!", "W!", "E!", "D!".
    [
      '2026-11-25T10:00:00Z I! Starting Telegraf 1.28.0\n2026-11-25T10:00:05Z E! [outputs.influxdb] When writing to [http://influx:8086]: no such host\n',
      ['2026-11-25T10:00:00.000Z', '2026-11-25T10:00:05.000Z'],
      'error',
      '[outputs.influxdb] When writing to [http://influx:8086]: no such host',
    ],
    // Quarkus and WildFly: a thread in parentheses, spaces inside, is a header column.
    [
      '2026-11-25 10:00:00,123 INFO  [io.quarkus] (main) shop 1.0.0 started in 1.234s.\n2026-11-25 10:00:09,012 ERROR [io.quarkus] (Shutdown thread) shop stopped in 0.012s\n',
      ['2026-11-25T10:00:00.123Z', '2026-11-25T10:00:09.012Z'],
      'error',
      'shop stopped in 0.012s',
    ],
  ])('reads the date of a header: %s', async (log, times, level, message) => {
    const { events } = await read(text(log), { day: Date.UTC(2026, 11, 6) });
    expect(events.map((e) => (e.timestamp === null ? null : new Date(e.timestamp).toISOString()))).toEqual(
      times,
    );
    expect(events[1]).toMatchObject({ level, message, timestampInherited: false });
  });

  it.each([
    [
      'logcat (one-letter level, then "Tag:")',
      '03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogs opening app\n03-17 16:13:38.819  1702  8671 I PowerManagerService: acquire lock=233570404\n',
      'acquire lock=233570404',
      'PowerManagerService',
    ],
    [
      'a "host app[pid]:" column',
      '- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond(pam_unix)[2915]: session closed for user root\n- 1131566461 2005.11.09 dn261 Nov 9 12:01:01 dn261/dn261 crond[2916]: (root) CMD (run-parts /etc/cron.hourly)\n',
      '(root) CMD (run-parts /etc/cron.hourly)',
      'crond',
    ],
    [
      'time, program, "-"',
      '[10.30 16:49:06] chrome.exe - proxy.example:5070 open through proxy\n[10.30 16:49:07] chrome.exe - proxy.example:5070 close, 0 bytes sent\n',
      'proxy.example:5070 close, 0 bytes sent',
      'chrome.exe',
    ],
    [
      'level, logger, [request context]',
      'n.log 2017-05-16 00:00:00.008 25746 INFO nova.api.server [req-1 - - -] 10.11.10.1 "GET /v2 HTTP/1.1" status: 200\nn.log 2017-05-16 00:00:04.500 2931 INFO nova.compute.manager [req-3 - - - - -] VM Started (Lifecycle Event)\n',
      'VM Started (Lifecycle Event)',
      'nova.compute.manager',
    ],
    [
      'a column padded with spaces after the level',
      '2016-09-28 04:30:30, Info                  CBS    Loaded Servicing Stack v6.1.7601.23505\n2016-09-28 04:30:31, Info                  CSI    Ending TrustedInstaller initialization.\n',
      'Ending TrustedInstaller initialization.',
      'CSI',
    ],
    [
      "Python's basicConfig prefix (level, logger), after a time or alone",
      '2026-11-25 10:00:00,123:DEBUG:certbot._internal.main:certbot version: 2.1.0\n2026-11-25 10:00:05,789:ERROR:certbot._internal.error_handler:Encountered exception\n',
      'Encountered exception',
      'certbot._internal.error_handler',
    ],
    [
      "Python's basicConfig lines without a time",
      'INFO:root:starting worker\nWARNING:urllib3.connectionpool:Retrying (Retry(total=2)) after connection broken\nERROR:app.jobs:job 42 failed: timeout\n',
      'Retrying (Retry(total=2)) after connection broken',
      'urllib3.connectionpool',
    ],
    [
      'no basicConfig prefix in a message that only looks like one',
      'ERROR: relation users does not exist\nHINT:see:the docs\nCAUTION:x:y\n',
      'HINT:see:the docs',
      null,
    ],
  ])('strips %s', async (_, log, message, service) => {
    const { events } = await read(text(log));
    expect(events[1]).toMatchObject({ message, service });
  });
});

describe('readEvents: common server log headers', () => {
  it("reads Rust's env_logger and tracing headers (the module path is the service) and Loguru's SUCCESS", async () => {
    const envLogger = [
      '[2026-11-25T10:00:00Z INFO  app::server] listening on 0.0.0.0:8080',
      '[2026-11-25T10:00:02Z WARN  app::db] slow query took 1200ms',
      '[2026-11-25T10:00:03Z ERROR app::handler] request failed: connection refused',
    ];
    const a = await read(text(envLogger.join('\n') + '\n'));
    expect(a.events.map((e) => [e.level, e.service, e.message])).toEqual([
      ['info', 'app::server', 'listening on 0.0.0.0:8080'],
      ['warn', 'app::db', 'slow query took 1200ms'],
      ['error', 'app::handler', 'request failed: connection refused'],
    ]);
    const tracing = [
      '2026-11-25T10:00:00.123456Z  INFO app::server: listening addr=0.0.0.0:8080',
      '2026-11-25T10:00:02.323456Z  WARN app::db: slow query elapsed_ms=1200',
      '2026-11-25T10:00:03.423456Z ERROR app::handler: request failed error=connection refused',
    ];
    const b = await read(text(tracing.join('\n') + '\n'));
    expect(b.events.map((e) => [e.level, e.service, e.message])).toEqual([
      ['info', 'app::server', 'listening addr=0.0.0.0:8080'],
      ['warn', 'app::db', 'slow query elapsed_ms=1200'],
      ['error', 'app::handler', 'request failed error=connection refused'],
    ]);
    const loguru = [
      '2026-11-25 10:00:01.223 | DEBUG    | app.db:connect:40 - Connecting',
      '2026-11-25 10:00:02.323 | SUCCESS  | app.jobs:run:88 - Job 42 finished in 1.2s',
      '2026-11-25 10:00:04.523 | ERROR    | app.jobs:run:95 - Job 44 failed: timeout',
    ];
    const c = await read(text(loguru.join('\n') + '\n'));
    expect(c.events.map((e) => [e.level, e.message])).toEqual([
      ['debug', 'app.db:connect:40 - Connecting'],
      ['info', 'app.jobs:run:88 - Job 42 finished in 1.2s'],
      ['error', 'app.jobs:run:95 - Job 44 failed: timeout'],
    ]);
  });

  it("keeps the header of a line whose level column holds a word of the format's own (WebSphere's A and O, macOS's Default and Fault)", async () => {
    const websphere = [
      '[11/25/26 10:00:00:123 UTC] 00000001 WsServerImpl  A   WSVR0001I: Server server1 open for e-business',
      '[11/25/26 10:00:01:223 UTC] 0000001a WebContainer  I   SRVE0242I: Initialization successful.',
      '[11/25/26 10:00:02:323 UTC] 0000001b WebContainer  E   SRVE0777E: Exception thrown by application class',
      '[11/25/26 10:00:04:523 UTC] 0000001d SystemOut     O   Hello from System.out',
    ];
    const a = await read(text(websphere.join('\n') + '\n'));
    expect(a.events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.message])).toEqual([
      ['2026-11-25T10:00:00.123Z', 'info', 'WSVR0001I: Server server1 open for e-business'],
      ['2026-11-25T10:00:01.223Z', 'info', 'SRVE0242I: Initialization successful.'],
      ['2026-11-25T10:00:02.323Z', 'error', 'SRVE0777E: Exception thrown by application class'],
      ['2026-11-25T10:00:04.523Z', null, 'Hello from System.out'],
    ]);
    const macos = [
      '2026-11-25 10:00:00.123456+0000 0x1a2b     Default     0x0                  123    0    kernel: (AppleACPIPlatform) ACPI: sleep states S3 S4 S5',
      '2026-11-25 10:00:01.223456+0000 0x1a2c     Info        0x0                  456    0    WindowServer: Display added',
      '2026-11-25 10:00:02.323456+0000 0x1a2d     Error       0x0                  789    0    mds_stores: Failed to open index',
      '2026-11-25 10:00:03.423456+0000 0x1a2e     Fault       0x0                  790    0    launchd: Service exited due to SIGKILL',
    ];
    const b = await read(text(macos.join('\n') + '\n'));
    expect(b.events.map((e) => [e.level, e.service, e.message])).toEqual([
      ['info', 'kernel', '(AppleACPIPlatform) ACPI: sleep states S3 S4 S5'],
      ['info', 'WindowServer', 'Display added'],
      ['error', 'mds_stores', 'Failed to open index'],
      ['error', 'launchd', 'Service exited due to SIGKILL'],
    ]);
  });

  it("reads a JVM's garbage collection log: the time and uptime are the header, the collection the message", async () => {
    const log = [
      '2026-11-25T10:00:00.123+0000: 12.345: [GC (Allocation Failure) [PSYoungGen: 524288K->65536K(611840K)] 524288K->65560K(2010112K), 0.0456789 secs] [Times: user=0.12 sys=0.01, real=0.05 secs]',
      '2026-11-25T10:00:05.223+0000: 17.445: [GC pause (G1 Evacuation Pause) (young) 512M->128M(1024M), 0.0123 secs]',
      '2026-11-25T10:00:30.323+0000: 42.545: [Full GC (Ergonomics) [PSYoungGen: 65536K->0K(611840K)] [ParOldGen: 1398101K->1300000K(1398272K)] 1463637K->1300000K(2010112K), [Metaspace: 50000K->50000K(1095680K)], 2.3456789 secs] [Times: user=4.50 sys=0.10, real=2.35 secs]',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(
      events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.message.slice(0, 30)]),
    ).toEqual([
      ['2026-11-25T10:00:00.123Z', null, '[GC (Allocation Failure) [PSYo'],
      ['2026-11-25T10:00:05.223Z', null, '[GC pause (G1 Evacuation Pause'],
      ['2026-11-25T10:00:30.323Z', null, '[Full GC (Ergonomics) [PSYoung'],
    ]);
  });

  it("reads X.Org's marks after its uptime as levels: (EE) error, (WW) warning, (II) information", async () => {
    const log = [
      '[    12.345] (--) Log file renamed from "/var/log/Xorg.pid-1234.log" to "/var/log/Xorg.0.log"',
      '[    12.346] X.Org X Server 1.21.1.7',
      '[    12.400] (II) LoadModule: "nvidia"',
      "[    12.401] (WW) Warning, couldn't open module nvidia",
      '[    12.402] (EE) Failed to load module "nvidia" (module does not exist, 0)',
      '[    12.500] (**) Option "fd" "23"',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.message])).toEqual([
      [null, 'Log file renamed from "/var/log/Xorg.pid-1234.log" to "/var/log/Xorg.0.log"'],
      [null, 'X.Org X Server 1.21.1.7'],
      ['info', 'LoadModule: "nvidia"'],
      ['warn', "Warning, couldn't open module nvidia"],
      ['error', 'Failed to load module "nvidia" (module does not exist, 0)'],
      [null, 'Option "fd" "23"'],
    ]);
  });

  it("reads Nagios' log: the bracketed epoch as the time, a state change's state as its level, its host and check", async () => {
    const log = [
      '[1764064800] SERVICE ALERT: web01;HTTP;CRITICAL;SOFT;1;CRITICAL - Socket timeout after 10 seconds',
      '[1764064860] SERVICE NOTIFICATION: admin;web01;HTTP;CRITICAL;notify-service-by-email;CRITICAL - Socket timeout after 10 seconds',
      '[1764064920] HOST ALERT: db02;DOWN;HARD;3;PING CRITICAL - Packet loss = 100%',
      '[1764064980] SERVICE ALERT: web01;Disk /var;WARNING;HARD;3;DISK WARNING - free space: /var 812 MB (9%)',
      '[1764065000] Auto-save of retention data completed successfully.',
      '[1764065100] SERVICE ALERT: web01;HTTP;OK;HARD;3;HTTP OK: HTTP/1.1 200 OK - 1234 bytes in 0.012 second response time',
      '[1764065120] HOST NOTIFICATION: oncall;db02;ACKNOWLEDGEMENT (DOWN);notify-host-by-email;PING CRITICAL - Packet loss = 100%;alice;on it',
      '[1764065160.250] EXTERNAL COMMAND: SCHEDULE_FORCED_SVC_CHECK;web01;HTTP;1764065160',
      "[1764065200] Warning: Check result queue contained results for host 'web03', but the host could not be found!",
    ];
    const { events, files } = await read(text(log.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/9 open with seconds since 1970 in brackets \(Nagios/);
    expect(events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.service])).toEqual([
      ['2025-11-25T10:00:00.000Z', 'error', 'web01'],
      ['2025-11-25T10:01:00.000Z', 'error', 'web01'],
      ['2025-11-25T10:02:00.000Z', 'error', 'db02'],
      ['2025-11-25T10:03:00.000Z', 'warn', 'web01'],
      ['2025-11-25T10:03:20.000Z', null, null],
      ['2025-11-25T10:05:00.000Z', 'info', 'web01'],
      ['2025-11-25T10:05:20.000Z', 'info', 'db02'],
      ['2025-11-25T10:06:00.250Z', null, null],
      ['2025-11-25T10:06:40.000Z', 'warn', null],
    ]);
    expect(events[0]?.message).toBe(log[0]?.slice(13));
    expect(events[0]?.attributes).toEqual({
      host: 'web01',
      check: 'HTTP',
      state: 'CRITICAL',
      state_type: 'SOFT',
    });
    expect(events[1]?.attributes).toEqual({
      contact: 'admin',
      host: 'web01',
      check: 'HTTP',
      state: 'CRITICAL',
    });
    expect(events[3]?.attributes).toMatchObject({ check: 'Disk /var', state: 'WARNING' });
    expect(events[6]?.attributes).toEqual({
      contact: 'oncall',
      host: 'db02',
      state: 'ACKNOWLEDGEMENT (DOWN)',
    });
  });

  it("reads OpenVPN's microseconds after its time (us=), and keeps its peer's address in the message", async () => {
    const log = [
      '2026-11-25 10:00:00 us=123456 OpenVPN 2.6.8 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL]',
      '2026-11-25 10:00:00 us=223456 library versions: OpenSSL 3.0.11 19 Sep 2023, LZO 2.10',
      '2026-11-25 10:00:00 us=323456 Diffie-Hellman initialized with 2048 bit key',
      '2026-11-25 10:00:00 us=423456 TUN/TAP device tun0 opened',
      '2026-11-25 10:00:00 us=523456 /sbin/ip link set dev tun0 up mtu 1500',
      '2026-11-25 10:00:00 us=623456 Initialization Sequence Completed',
      '2026-11-25 10:00:05 us=23456 203.0.113.7:51234 TLS: Initial packet from [AF_INET]203.0.113.7:51234, sid=5e1b3c9a 0d4f2a11',
      '2026-11-25 10:00:06 us=423456 203.0.113.7:51234 VERIFY OK: depth=0, CN=alice',
      '2026-11-25 10:00:07 us=523456 alice/203.0.113.7:51234 MULTI_sva: pool returned IPv4=10.8.0.6',
      '2026-11-25 10:01:07 us=623456 203.0.113.9:40000 TLS Error: TLS handshake failed',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.message])).toEqual([
      ['2026-11-25T10:00:00.123Z', null, log[0]?.slice(30)],
      ['2026-11-25T10:00:00.223Z', null, 'library versions: OpenSSL 3.0.11 19 Sep 2023, LZO 2.10'],
      ['2026-11-25T10:00:00.323Z', null, 'Diffie-Hellman initialized with 2048 bit key'],
      ['2026-11-25T10:00:00.423Z', null, 'TUN/TAP device tun0 opened'],
      ['2026-11-25T10:00:00.523Z', null, '/sbin/ip link set dev tun0 up mtu 1500'],
      ['2026-11-25T10:00:00.623Z', null, 'Initialization Sequence Completed'],
      ['2026-11-25T10:00:05.023Z', null, log[6]?.slice(29)],
      ['2026-11-25T10:00:06.423Z', null, '203.0.113.7:51234 VERIFY OK: depth=0, CN=alice'],
      ['2026-11-25T10:00:07.523Z', null, 'alice/203.0.113.7:51234 MULTI_sva: pool returned IPv4=10.8.0.6'],
      ['2026-11-25T10:01:07.623Z', 'error', '203.0.113.9:40000 TLS Error: TLS handshake failed'],
    ]);
    expect(events.every((e) => !('us' in e.attributes))).toBe(true);
  });

  it("reads Ansible's log: the pairs before the bar as attributes, the level after them or in the message", async () => {
    const log = [
      '2026-11-25 10:00:00,123 p=4312 u=deploy n=ansible | PLAY [webservers] *****************************',
      '2026-11-25 10:00:02,789 p=4312 u=deploy n=ansible | ok: [web01]',
      '2026-11-25 10:00:03,001 p=4312 u=deploy n=ansible | fatal: [web02]: UNREACHABLE! => {"changed": false, "unreachable": true}',
      '2026-11-25 10:00:05,001 p=4312 u=deploy n=ansible | [WARNING]: Could not match supplied host pattern, ignoring: dbservers',
      // ansible-core 2.15 and later write the level before the bar.
      '2026-11-25 10:01:00,001 p=4400 u=deploy n=ansible INFO| changed: [web01]',
      '2026-11-25 10:01:01,001 p=4400 u=deploy n=ansible ERROR| fatal: [web03]: FAILED! => {"msg": "timeout"}',
    ];
    const { events, files } = await read(text(log.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/6 open with a time, key=value pairs and a "\|"/);
    expect(events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.message])).toEqual([
      ['2026-11-25T10:00:00.123Z', null, 'PLAY [webservers] *****************************'],
      ['2026-11-25T10:00:02.789Z', null, 'ok: [web01]'],
      [
        '2026-11-25T10:00:03.001Z',
        'fatal',
        'fatal: [web02]: UNREACHABLE! => {"changed": false, "unreachable": true}',
      ],
      [
        '2026-11-25T10:00:05.001Z',
        'warn',
        '[WARNING]: Could not match supplied host pattern, ignoring: dbservers',
      ],
      ['2026-11-25T10:01:00.001Z', 'info', 'changed: [web01]'],
      ['2026-11-25T10:01:01.001Z', 'error', 'fatal: [web03]: FAILED! => {"msg": "timeout"}'],
    ]);
    expect(events[0]?.attributes).toEqual({ p: '4312', u: 'deploy', n: 'ansible' });
  });

  it("reads AWS VPC flow logs: S3's files with their header row, CloudWatch's default format without", async () => {
    const rows = [
      '2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1764064800 1764064860 ACCEPT OK',
      '2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1764064800 1764064860 REJECT OK',
      '2 123456789010 eni-1235b8ca123456789 - - - - - - - 1764064800 1764064860 - NODATA',
      '2 123456789010 eni-1235b8ca123456789 203.0.113.12 172.31.16.139 0 0 1 4 336 1764064870 1764064920 ACCEPT OK',
      '2 123456789010 eni-1235b8ca123456789 - - - - - - - 1764064930 1764064990 - SKIPDATA',
    ];
    const header =
      'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status';
    const s3 = await read(text([header, ...rows].join('\n') + '\n'));
    const cloudwatch = await read(text(rows.join('\n') + '\n'));
    expect(s3.files[0]?.formatEvidence).toMatch(
      /^a table of space-separated columns with a header row .* the time in start$/,
    );
    expect(cloudwatch.files[0]?.formatEvidence).toMatch(
      /^AWS VPC flow logs \(the default format, no header row\)/,
    );
    for (const events of [s3.events.slice(1), cloudwatch.events]) {
      expect(events.map((e) => [e.format, new Date(e.timestamp ?? 0).toISOString()])).toEqual([
        ['csv', '2025-11-25T10:00:00.000Z'],
        ['csv', '2025-11-25T10:00:00.000Z'],
        ['csv', '2025-11-25T10:00:00.000Z'],
        ['csv', '2025-11-25T10:01:10.000Z'],
        ['csv', '2025-11-25T10:02:10.000Z'],
      ]);
      // An interval whose records AWS skipped (a capacity limit, an internal error) is a warning; no
      // traffic, a rejected connection are not.
      expect(events.map((e) => e.level)).toEqual([null, null, null, null, 'warn']);
      expect(events[1]?.attributes).toMatchObject({
        srcaddr: '172.31.9.69',
        dstport: 3389,
        action: 'REJECT',
      });
      // A "-" is no value.
      expect(events[2]?.attributes).toEqual({
        version: 2,
        'account-id': 123456789010,
        'interface-id': 'eni-1235b8ca123456789',
        end: 1764064860,
        'log-status': 'NODATA',
      });
    }
  });

  it('reads a colored log without its terminal escapes: its header, level and time', async () => {
    const log = [
      '\x1b[2m2026-11-25 10:00:00.123\x1b[0m \x1b[32m INFO\x1b[0m \x1b[35m4242\x1b[0m --- [main] \x1b[36mcom.example.App\x1b[0m : started in 12 ms',
      '\x1b[2m2026-11-25 10:00:01.123\x1b[0m \x1b[31mERROR\x1b[0m \x1b[35m4242\x1b[0m --- [main] \x1b[36mcom.example.App\x1b[0m : failed id=42',
      '\x1b[2m2026-11-25 10:00:02.123\x1b[0m \x1b[33m WARN\x1b[0m \x1b[35m4242\x1b[0m --- [main] \x1b[36mcom.example.App\x1b[0m : slow 200 ms',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(
      events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.service, e.message]),
    ).toEqual([
      ['2026-11-25T10:00:00.123Z', 'info', 'com.example.App', 'started in 12 ms'],
      ['2026-11-25T10:00:01.123Z', 'error', 'com.example.App', 'failed id=42'],
      ['2026-11-25T10:00:02.123Z', 'warn', 'com.example.App', 'slow 200 ms'],
    ]);
    expect(events[1]?.raw).toBe(
      '2026-11-25 10:00:01.123 ERROR 4242 --- [main] com.example.App : failed id=42',
    );
  });

  it("reads Zabbix's log: its padded process id, then the date and time as digits", async () => {
    const log = [
      '  1234:20261125:100000.123 Starting Zabbix Server. Zabbix 6.0.25 (revision 1234abcd).',
      ' 12400:20261125:100005.456 cannot send list of active checks to "10.0.0.5": host [web01] not found',
      '123456:20261125:100010.789 item "web01:system.cpu.load[percpu,avg1]" became not supported: Cannot evaluate function',
      '  1241:20261125:100011.001 Zabbix agent item "vfs.fs.size[/,pfree]" on host "db01" failed: first network error',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(
      events.map((e) => [
        e.line,
        new Date(e.timestamp ?? 0).toISOString(),
        e.service,
        e.message.slice(0, 30),
      ]),
    ).toEqual([
      [1, '2026-11-25T10:00:00.123Z', null, 'Starting Zabbix Server. Zabbix'],
      [2, '2026-11-25T10:00:05.456Z', null, 'cannot send list of active che'],
      [3, '2026-11-25T10:00:10.789Z', null, 'item "web01:system.cpu.load[pe'],
      [4, '2026-11-25T10:00:11.001Z', null, 'Zabbix agent item "vfs.fs.size'],
    ]);
  });

  it("reads Cisco IOS: its buffer's marked times, and through syslog its numbered lines, by the mnemonic's severity", async () => {
    const buffer = [
      '*Nov 25 10:00:00.123: %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down',
      '*Nov 25 10:00:01.223: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/1, changed state to down',
      '.Nov 25 10:00:30.323: %SYS-5-CONFIG_I: Configured from console by admin on vty0 (10.0.0.5)',
    ];
    const a = await read(text(buffer.join('\n') + '\n'), { year: 2026 });
    expect(
      a.events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.message.slice(0, 22)]),
    ).toEqual([
      ['2026-11-25T10:00:00.123Z', 'error', '%LINK-3-UPDOWN: Interf'],
      ['2026-11-25T10:00:01.223Z', 'info', '%LINEPROTO-5-UPDOWN: L'],
      ['2026-11-25T10:00:30.323Z', 'info', '%SYS-5-CONFIG_I: Confi'],
    ]);
    const syslog = [
      'Nov 25 10:00:00 router1 1234: *Nov 25 10:00:00.123: %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down',
      'Nov 25 10:00:05 10.0.0.1 4567: 000123: .Nov 25 10:00:05.001 UTC: %SYS-5-CONFIG_I: Configured from console by admin on vty0 (10.0.0.5)',
      'Nov 25 10:00:06 router1 4568: %SYS-3-CPUHOG: Task is running for (2004)msecs',
    ];
    const b = await read(text(syslog.join('\n') + '\n'), { year: 2026 });
    expect(b.events.map((e) => [e.level, e.service, e.message, e.attributes])).toEqual([
      [
        'error',
        'LINK',
        'Interface GigabitEthernet0/1, changed state to down',
        { host: 'router1', sequence: 1234, mnemonic: 'LINK-3-UPDOWN' },
      ],
      [
        'info',
        'SYS',
        'Configured from console by admin on vty0 (10.0.0.5)',
        { host: '10.0.0.1', sequence: 4567, mnemonic: 'SYS-5-CONFIG_I' },
      ],
      [
        'error',
        'SYS',
        'Task is running for (2004)msecs',
        { host: 'router1', sequence: 4568, mnemonic: 'SYS-3-CPUHOG' },
      ],
    ]);
  });

  it("reads Amazon S3's server access logs: the operation (and its error) as the message, the bucket as the service", async () => {
    const owner = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
    const tail =
      '- s9lzHYrFp76ZVxRcpX9+5cjAnEH2ROuNkd2BHfIa6UkFVdtjf5mKR3/eTPFvsiP/XV/VLi31234= SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader bucket1.s3.us-west-1.amazonaws.com TLSv1.2 - -';
    const log = [
      `${owner} bucket1 [25/Nov/2026:10:00:38 +0000] 192.0.2.3 ${owner} 3E57427F3EXAMPLE REST.GET.OBJECT photos/cat.jpg "GET /bucket1/photos/cat.jpg HTTP/1.1" 200 - 2662992 3462992 70 10 "-" "aws-cli/2.15.0" ${tail}`,
      `${owner} bucket1 [25/Nov/2026:10:00:39 +0000] 192.0.2.3 arn:aws:iam::123456789012:user/bob 891CE47D2EXAMPLE REST.GET.OBJECT photos/dog.jpg "GET /bucket1/photos/dog.jpg HTTP/1.1" 403 AccessDenied 243 - 8 - "-" "aws-cli/2.15.0" ${tail}`,
      `${owner} bucket1 [25/Nov/2026:10:00:40 +0000] - AmazonS3 A1206F460EXAMPLE S3.EXPIRE.OBJECT logs/old.gz "-" - - - 1024 - - "-" "-" -`,
    ];
    const { events, files } = await read(text(log.join('\n') + '\n'));
    expect(files[0]?.format).toBe('access');
    expect(
      events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.service, e.message]),
    ).toEqual([
      ['2026-11-25T10:00:38.000Z', 'info', 'bucket1', 'REST.GET.OBJECT'],
      ['2026-11-25T10:00:39.000Z', 'warn', 'bucket1', 'REST.GET.OBJECT: AccessDenied'],
      ['2026-11-25T10:00:40.000Z', null, 'bucket1', 'S3.EXPIRE.OBJECT'],
    ]);
    expect(events[0]?.attributes).toMatchObject({
      status: 200,
      key: 'photos/cat.jpg',
      bytes: 2662992,
      requestTime: 0.07,
      method: 'GET',
    });
    expect(events[1]?.attributes).toMatchObject({
      status: 403,
      errorCode: 'AccessDenied',
      requester: 'arn:aws:iam::123456789012:user/bob',
    });
  });

  it("reads Tornado's and Jupyter's level letter opening the time's bracket", async () => {
    const log = [
      '[I 2026-11-25 10:00:00.123 ServerApp] Jupyter Server 2.12.1 is running at:',
      '[W 2026-11-25 10:00:05.223 ServerApp] 404 GET /api/kernels/abc (127.0.0.1) 3.21ms referer=None',
      '[E 2026-11-25 10:00:06.323 ServerApp] Uncaught exception GET /api/contents (127.0.0.1)',
      '[D 2026-11-25 10:00:07.423 ServerApp] Searching [/home/jovyan] for config files',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(
      events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.message.slice(0, 20)]),
    ).toEqual([
      ['2026-11-25T10:00:00.123Z', 'info', 'Jupyter Server 2.12.'],
      ['2026-11-25T10:00:05.223Z', 'warn', '404 GET /api/kernels'],
      ['2026-11-25T10:00:06.323Z', 'error', 'Uncaught exception G'],
      ['2026-11-25T10:00:07.423Z', 'debug', 'Searching [/home/jov'],
    ]);
  });

  it("reads `kubectl get events`' table: its columns cut where the header's start, the message, the type as level", async () => {
    const events = [
      'LAST SEEN   TYPE      REASON              OBJECT                  MESSAGE',
      '5m          Normal    Scheduled           pod/api-7d9f-abc        Successfully assigned prod/api-7d9f-abc to node-1',
      '4m          Warning   BackOff             pod/api-7d9f-abc        Back-off restarting failed container api in pod api-7d9f-abc_prod(1234)',
      '90s         Warning   Unhealthy           pod/api-7d9f-xyz        Readiness probe failed: HTTP probe failed with statuscode: 503',
    ];
    const a = await read(text(events.join('\n') + '\n'));
    expect(a.files[0]?.formatEvidence).toMatch(
      /^a table of fixed-width columns under a header row \(LAST SEEN, TYPE, REASON, OBJECT, MESSAGE\)/,
    );
    expect(
      a.events.slice(1).map((e) => [e.level, e.message, e.attributes['reason'], e.attributes['object']]),
    ).toEqual([
      ['info', 'Successfully assigned prod/api-7d9f-abc to node-1', 'Scheduled', 'pod/api-7d9f-abc'],
      [
        'warn',
        'Back-off restarting failed container api in pod api-7d9f-abc_prod(1234)',
        'BackOff',
        'pod/api-7d9f-abc',
      ],
      [
        'warn',
        'Readiness probe failed: HTTP probe failed with statuscode: 503',
        'Unhealthy',
        'pod/api-7d9f-xyz',
      ],
    ]);
    // -o wide: the message in the middle, <none> for no value.
    const wide = [
      'LAST SEEN   TYPE      REASON     OBJECT             SUBOBJECT                SOURCE              MESSAGE                                FIRST SEEN   COUNT   NAME',
      '4m          Warning   BackOff    pod/api-7d9f-abc   spec.containers{api}     kubelet, node-1     Back-off restarting failed container   20m          42      api-7d9f-abc.17a1',
      '2m          Normal    Pulled     pod/api-7d9f-xyz   <none>                   kubelet, node-2     Container image already present        2m           1       api-7d9f-xyz.17a2',
    ];
    const b = await read(text(wide.join('\n') + '\n'));
    expect(b.events.slice(1).map((e) => [e.level, e.message, e.attributes])).toEqual([
      [
        'warn',
        'Back-off restarting failed container',
        {
          last_seen: '4m',
          type: 'Warning',
          reason: 'BackOff',
          object: 'pod/api-7d9f-abc',
          subobject: 'spec.containers{api}',
          source: 'kubelet, node-1',
          first_seen: '20m',
          count: 42,
          resource: 'api-7d9f-abc.17a1',
        },
      ],
      [
        'info',
        'Container image already present',
        {
          last_seen: '2m',
          type: 'Normal',
          reason: 'Pulled',
          object: 'pod/api-7d9f-xyz',
          source: 'kubelet, node-2',
          first_seen: '2m',
          count: 1,
          resource: 'api-7d9f-xyz.17a2',
        },
      ],
    ]);
  });

  it('reads a dotted logger in brackets as the service, a thread in brackets not (Home Assistant, Keycloak)', async () => {
    const log = [
      '2026-11-25 10:00:00.123 INFO (MainThread) [homeassistant.setup] Setting up http',
      '2026-11-25 10:00:06.323 ERROR (SyncWorker_3) [homeassistant.components.ring] Error fetching data: 401 Unauthorized',
      '2026-11-25 10:00:07,042 INFO  [org.keycloak.events] (executor-thread-44) type="LOGIN", clientId="web-portal"',
      '2026-11-25 10:00:08,042 WARN  [main] (executor-thread-45) slow start',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.service, e.message])).toEqual([
      ['info', 'homeassistant.setup', 'Setting up http'],
      ['error', 'homeassistant.components.ring', 'Error fetching data: 401 Unauthorized'],
      ['info', 'org.keycloak.events', 'type="LOGIN", clientId="web-portal"'],
      ['warn', null, 'slow start'],
    ]);
  });

  it("reads a logger's name between the time and the level as the service (Python's logging, fail2ban)", async () => {
    const cases: [string, string | null, string][] = [
      // The logging cookbook's "%(asctime)s - %(name)s - %(levelname)s - %(message)s".
      [
        '2026-11-25 10:00:0S,123 - shop.db - ERROR - connection to 10.0.0.S failed',
        'shop.db',
        'connection to 10.0.0.S failed',
      ],
      [
        '2026-11-25 10:00:0S,123 - worker - ERROR - connection to 10.0.0.S failed',
        'worker',
        'connection to 10.0.0.S failed',
      ],
      [
        '2026-11-25 10:00:0S,123 shop.db ERROR connection to 10.0.0.S failed',
        'shop.db',
        'connection to 10.0.0.S failed',
      ],
      // fail2ban: the name padded, then the pid.
      [
        '2026-11-25 10:00:0S,123 fail2ban.actions        [1023]: NOTICE  [sshd] Ban 203.0.113.S',
        'fail2ban.actions',
        'Ban 203.0.113.S',
      ],
      [
        '2026-11-25 10:00:0S,123 shop.db[1023]: ERROR connection to 10.0.0.S failed',
        'shop.db',
        'connection to 10.0.0.S failed',
      ],
      // A dotted name in brackets ("%(asctime)s [%(name)s] %(levelname)s: %(message)s").
      [
        '2026-11-25 10:00:0S,123 [shop.db] ERROR: connection to 10.0.0.S failed',
        'shop.db',
        'connection to 10.0.0.S failed',
      ],
      // Airflow: the source file in braces, without its line.
      [
        '[2026-11-25 10:00:0S,123] {scheduler_job.py:411} ERROR - task S of dag_a failed',
        'scheduler_job.py',
        'task S of dag_a failed',
      ],
      // A word alone there may be a host or a thread: not taken.
      [
        '2026-11-25 10:00:0S,123 worker ERROR connection to 10.0.0.S failed',
        null,
        'connection to 10.0.0.S failed',
      ],
    ];
    for (const [line, service, message] of cases) {
      const log = [1, 2, 3, 4].map((s) => line.replaceAll('S', String(s))).join('\n') + '\n';
      const { events } = await read(text(log));
      expect(events.map((e) => [e.timestamp, e.service, e.message])).toEqual(
        [1, 2, 3, 4].map((s) => [
          Date.UTC(2026, 10, 25, 10, 0, s, 123),
          service,
          message.replaceAll('S', String(s)),
        ]),
      );
    }
  });

  it("reads Go's standard logger with its file (log.Lshortfile): the file is the service", async () => {
    const log = [
      '2023/05/03 07:05:39.316324 main.go:275: resized 68a35533.jpg -> 1200 (772KB) in 22.5ms',
      '2023/05/03 07:05:40.381317 worker.go:85: error: flush failed: connection reset',
      '2023/05/03 07:05:41.381317 main.go:91: resized 869a21ef.jpg -> 240 (433KB) in 41.5ms',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.service, e.message])).toEqual([
      [null, 'main.go', 'resized 68a35533.jpg -> 1200 (772KB) in 22.5ms'],
      ['error', 'worker.go', 'error: flush failed: connection reset'],
      [null, 'main.go', 'resized 869a21ef.jpg -> 240 (433KB) in 41.5ms'],
    ]);
  });

  it("reads log4j's %F:%L source file as the service: after the thread, or after a time that follows it (Cassandra)", async () => {
    const layouts = [
      [
        '2026-11-25 10:00:00,123 INFO  [main] App.java:42 - Started in 3.2 s',
        '2026-11-25 10:00:01,123 ERROR [pool-1] OrderService.java:118 - Order 17 failed',
      ],
      [
        'INFO  [main] 2026-11-25 10:00:00,123 App.java:42 - Started in 3.2 s',
        'ERROR [CompactionExecutor:2] 2026-11-25 10:00:01,123 OrderService.java:118 - Order 17 failed',
      ],
    ];
    for (const log of layouts) {
      const { events } = await read(text(log.join('\n') + '\n'));
      expect(events.map((e) => [e.timestamp, e.level, e.service, e.message])).toEqual([
        [Date.UTC(2026, 10, 25, 10, 0, 0, 123), 'info', 'App.java', 'Started in 3.2 s'],
        [Date.UTC(2026, 10, 25, 10, 0, 1, 123), 'error', 'OrderService.java', 'Order 17 failed'],
      ]);
    }
  });

  it("reads zap's console lines: the source file as the service, the fields' JSON as attributes", async () => {
    const log = [
      '2026-11-25T10:00:00.123Z\tINFO\tserver/server.go:42\tstarting server\t{"addr": ":8080"}',
      '2026-11-25T10:00:01.123Z\tERROR\tdb/pool.go:88\tquery failed\t{"err": "timeout", "query_id": 17, "tags": {"a": 1}}',
      '2026-11-25T10:00:02.123Z\tWARN\tdb/pool.go:91\tslow query {not json}',
      // A Go module's version in the caller's path; a message of one word (the OpenTelemetry Collector's).
      '2026-11-25T10:00:03.123Z\tinfo\tdebugexporter@v0.100.0/exporter.go:50\tLogs\t{"kind": "exporter", "log records": 825}',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.service, e.message, e.attributes])).toEqual([
      ['info', 'server/server.go', 'starting server', { addr: ':8080' }],
      // The error stays in the message, as a JSON line's does.
      ['error', 'db/pool.go', 'query failed: timeout', { err: 'timeout', query_id: 17, tags: '{"a":1}' }],
      ['warn', 'db/pool.go', 'slow query {not json}', {}],
      ['info', 'debugexporter@v0.100.0/exporter.go', 'Logs', { kind: 'exporter', 'log records': 825 }],
    ]);
  });

  it("reads Jenkins' log: its tab columns, the class that logged as the service", async () => {
    const log = [
      '2026-11-25 10:00:00.123+0000 [id=1]\tINFO\twinstone.Logger#logInternal: Beginning extraction from war file',
      '2026-11-25 10:00:06.323+0000 [id=58]\tWARNING\thudson.model.UpdateCenter#updateDefaultSite: Failed to update the default Update Site',
      '2026-11-25 10:00:07.423+0000 [id=58]\tSEVERE\thudson.model.Run#execute: job/build #12 aborted',
      'java.io.IOException: Pipe closed',
      '\tat java.base/java.io.PipedInputStream.read(PipedInputStream.java:307)',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.service, e.message.split('\n')[0], e.lineCount])).toEqual([
      ['info', 'winstone.Logger', 'Beginning extraction from war file', 1],
      ['warn', 'hudson.model.UpdateCenter', 'Failed to update the default Update Site', 1],
      ['error', 'hudson.model.Run', 'job/build #12 aborted', 3],
    ]);
  });

  it("reads Apache 2.4's error log: the module is the service, client, pid and referer are attributes", async () => {
    const log = [
      '[Tue Aug 02 12:37:02.204003 2022] [core:error] [pid 2666:tid 139752688584704] [client 154.114.20.166:48811] AH00126: Invalid URI in request GET /cgi-bin/.%2e/.%2e/bin/sh HTTP/1.1',
      "[Tue Aug 02 12:37:05.425055 2022] [proxy_fcgi:error] [pid 2700:tid 139902260873216] [client 131.57.112.198:52975] AH01071: Got error 'PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted'",
      "[Tue Aug 02 12:37:06.425055 2022] [proxy_fcgi:error] [pid 2700:tid 139902260873216] [client 131.57.112.199:52976] AH01071: Got error 'PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted', referer: https://shop.example/cart?id=7",
      '[Tue Aug 02 12:37:07.000001 2022] [proxy:error] [pid 12:tid 34] (111)Connection refused: [client 10.0.0.9:5000] AH00957: HTTP: attempt to connect to 127.0.0.1:8080 (127.0.0.1) failed',
      '[Tue Aug 02 12:37:08.000001 2022] [mpm_event:notice] [pid 1:tid 140] AH00489: Apache/2.4.57 (Unix) configured -- resuming normal operations',
      "[Tue Aug 02 12:37:09.000001 2022] [proxy_fcgi:error] [pid 2700:tid 1] [client 10.0.0.1:1] AH01071: Got error 'PHP message: PHP Warning:  Undefined variable $x in /var/www/a.php on line 3'",
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(fieldRows(events)).toEqual([
      [
        '2022-08-02T12:37:02.204Z',
        'error',
        'core',
        'AH00126: Invalid URI in request GET /cgi-bin/.%2e/.%2e/bin/sh HTTP/1.1',
        { pid: '2666', client: '154.114.20.166:48811' },
      ],
      [
        '2022-08-02T12:37:05.425Z',
        'error',
        'proxy_fcgi',
        "AH01071: Got error 'PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted'",
        { pid: '2700', client: '131.57.112.198:52975' },
      ],
      [
        '2022-08-02T12:37:06.425Z',
        'error',
        'proxy_fcgi',
        "AH01071: Got error 'PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted'",
        { pid: '2700', client: '131.57.112.199:52976', referer: 'https://shop.example/cart?id=7' },
      ],
      [
        '2022-08-02T12:37:07.000Z',
        'error',
        'proxy',
        '(111)Connection refused: AH00957: HTTP: attempt to connect to 127.0.0.1:8080 (127.0.0.1) failed',
        { pid: '12', client: '10.0.0.9:5000' },
      ],
      [
        '2022-08-02T12:37:08.000Z',
        'info',
        'mpm_event',
        'AH00489: Apache/2.4.57 (Unix) configured -- resuming normal operations',
        { pid: '1' },
      ],
      // PHP's warning relayed at Apache's "error" keeps PHP's level.
      [
        '2022-08-02T12:37:09.000Z',
        'warn',
        'proxy_fcgi',
        "AH01071: Got error 'PHP message: PHP Warning:  Undefined variable $x in /var/www/a.php on line 3'",
        { pid: '2700', client: '10.0.0.1:1' },
      ],
    ]);
    // The error with a referer and the one without are one pattern.
    const miner = new TemplateMiner();
    const ids = events.slice(1, 3).map((e) => miner.mine(e).patternId);
    expect(ids[0]).toBe(ids[1]);
  });

  it("reads nginx's error log: the message without the request's context, which is read into attributes", async () => {
    const log = [
      '2026/11/25 10:00:00 [error] 1234#1234: *456 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.1, server: shop.example.com, request: "GET /api/items/1 HTTP/1.1", upstream: "http://127.0.0.1:8080/api/items/1", host: "shop.example.com"',
      '2026/11/25 10:00:01 [error] 1234#1234: *457 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.2, server: shop.example.com, request: "POST /api/cart HTTP/2.0", upstream: "http://127.0.0.1:8080/api/cart", host: "shop.example.com", referrer: "https://shop.example.com/cart"',
      '2026/11/25 10:00:03 [notice] 1#1: signal process started',
      '2026/11/25 10:00:04 [warn] 1234#1234: *459 a client request body is buffered to a temporary file /var/cache/nginx/client_temp/0000000001, client: 10.0.0.4, server: _, request: "POST /upload HTTP/1.1", host: "say \\"hi\\", then"',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(
      events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.message, e.attributes]),
    ).toEqual([
      [
        '2026-11-25T10:00:00.000Z',
        'error',
        'connect() failed (111: Connection refused) while connecting to upstream',
        {
          pid: '1234',
          connection: '456',
          client: '10.0.0.1',
          server: 'shop.example.com',
          request: 'GET /api/items/1 HTTP/1.1',
          upstream: 'http://127.0.0.1:8080/api/items/1',
          host: 'shop.example.com',
        },
      ],
      [
        '2026-11-25T10:00:01.000Z',
        'error',
        'connect() failed (111: Connection refused) while connecting to upstream',
        {
          pid: '1234',
          connection: '457',
          client: '10.0.0.2',
          server: 'shop.example.com',
          request: 'POST /api/cart HTTP/2.0',
          upstream: 'http://127.0.0.1:8080/api/cart',
          host: 'shop.example.com',
          referrer: 'https://shop.example.com/cart',
        },
      ],
      ['2026-11-25T10:00:03.000Z', 'info', 'signal process started', { pid: '1' }],
      [
        '2026-11-25T10:00:04.000Z',
        'warn',
        'a client request body is buffered to a temporary file /var/cache/nginx/client_temp/0000000001',
        {
          pid: '1234',
          connection: '459',
          client: '10.0.0.4',
          server: '_',
          request: 'POST /upload HTTP/1.1',
          host: 'say \\"hi\\", then',
        },
      ],
    ]);
    // One pattern for the error, whatever the request's method and referrer.
    const miner = new TemplateMiner();
    const ids = events.slice(0, 2).map((e) => miner.mine(e).patternId);
    expect(ids[0]).toBe(ids[1]);
  });

  it("reads WebSphere's SystemOut.log: the component is the service, its type letter the level, a trace on SystemErr one event", async () => {
    const h = '[10/31/26 0:56:54:541 CET] 000000ca';
    const log = [
      '[10/31/26 0:51:25:058 CET] 000000cb SystemOut     O HealthCheck OK: db=2ms mq=35ms',
      // An application's own header on standard output is read whole (a learned header: most lines here).
      ...[1, 2, 3, 4, 5, 6, 7].map(
        (k) =>
          `[10/31/26 0:51:2${k}:427 CET] 000000a5 SystemOut     O 2026-10-31 00:51:2${k},427 ${k === 7 ? 'WARN ' : 'INFO '} [WebContainer : 15] k.s.p.StoreService - Category 108926${k} angelegt`,
      ),
      `${h} servlet       E com.ibm.ws.webcontainer.servlet.ServletWrapper service SRVE0014E: Uncaught service() exception`,
      `${h} SystemErr     R java.lang.NullPointerException`,
      `${h} SystemErr     R \tat kalis.svc.portal.service.StoreService.loadStore(StoreService.java:287)`,
      `${h} SystemErr     R \tat javax.servlet.http.HttpServlet.service(HttpServlet.java:668)`,
      '[3/5/24, 10:00:00:123 UTC] 0000004a WSChannelFram A   CWWKO0219I: TCP Channel defaultHttpEndpoint has been started',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(
      events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.service, e.lineCount]),
    ).toEqual([
      ['2026-10-30T23:51:25.058Z', null, 'SystemOut', 1],
      ...[1, 2, 3, 4, 5, 6].map((k) => [`2026-10-30T23:51:2${k}.427Z`, 'info', 'k.s.p.StoreService', 1]),
      ['2026-10-30T23:51:27.427Z', 'warn', 'k.s.p.StoreService', 1],
      ['2026-10-30T23:56:54.541Z', 'error', 'servlet', 1],
      ['2026-10-30T23:56:54.541Z', null, 'SystemErr', 3],
      // Open Liberty's messages.log: a comma after the date, the month first.
      ['2024-03-05T10:00:00.123Z', 'info', 'WSChannelFram', 1],
    ]);
    expect(events[0]?.attributes).toEqual({ thread: '000000cb' });
  });

  it("reads Asterisk's full log: the level before its thread and call, the source file as the service", async () => {
    const log = [
      '[Jan 11 20:47:13] VERBOSE[3600] res_pjsip/pjsip_options.c: Contact 100/sip:100@10.235.11.45:5060;ob is now Reachable.',
      '[Jan 11 20:47:31] VERBOSE[9431][C-00002518] pbx.c: Executing [106@from-internal:1] Set("PJSIP/139-00007935") in new stack',
      '[Jan 11 20:57:56] ERROR[3871][C-0000287a] res_pjsip_session.c: Session timer expired on channel PJSIP/142-00007ff9',
      '[Jan 11 20:58:02] WARNING[3872] chan_pjsip.c: Request to endpoint 139 failed',
      '[Jan 11 20:58:09] NOTICE[3601] res_pjsip/pjsip_distributor.c: Request from \'"2000" <sip:2000@10.0.0.1>\' failed',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.service])).toEqual([
      ['trace', 'res_pjsip/pjsip_options.c'],
      ['trace', 'pbx.c'],
      ['error', 'res_pjsip_session.c'],
      ['warn', 'chan_pjsip.c'],
      ['info', 'res_pjsip/pjsip_distributor.c'],
    ]);
    expect(events[2]?.message).toBe('Session timer expired on channel PJSIP/142-00007ff9');
    // Its day padded with a blank inside the bracket (blind21 2/s02).
    const padded = await read(text(log.map((l) => l.replace('[Jan 11', '[Jun  2')).join('\n') + '\n'), {
      year: 2019,
    });
    expect(padded.events[2]?.timestamp).toBe(Date.UTC(2019, 5, 2, 20, 57, 56));
  });

  it("reads log4j2's time of day with the level in its bracket, and the level after the thread's slash (game servers)", async () => {
    const paper = [
      '[15:07:25 INFO]: Loaded 1196 recipes',
      "[15:07:26 WARN]: Can't keep up! Running 2034ms behind",
    ];
    const vanilla = [
      '[15:07:25] [Server thread/INFO]: Loaded 1196 recipes',
      "[15:07:26] [Server thread/WARN]: Can't keep up! Running 2034ms behind",
      '[15:07:27] [User Authenticator #1/ERROR]: Could not verify username',
    ];
    for (const lines of [paper, vanilla]) {
      const { events } = await read(text([...lines, ...lines, ...lines].join('\n') + '\n'), {
        day: Date.UTC(2026, 11, 5),
      });
      expect(
        events
          .slice(0, lines.length)
          .map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.message]),
      ).toEqual(
        lines.map((l, i) => [
          `2026-12-05T15:07:2${5 + i}.000Z`,
          ['info', 'warn', 'error'][i],
          l.slice(l.indexOf(']: ') + 3),
        ]),
      );
    }
  });

  it("reads every time of WebLogic's server log, its hour of one digit and the comma after its year (JDK 11+)", async () => {
    const log = ['9:00:55,470', '9:01:02,863', '9:59:59,001', '10:00:01,002'].map(
      (t, i) =>
        `####<Mar 18, 2026, ${t} AM UTC> <Info> <Health> <host-1> <ManagedServer_1> <weblogic.GCMonitor> <<anonymous>> <> <> <${1773824455470 + i}> <BEA-310002> <${i + 40}% of the total memory in the server is free.>`,
    );
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(events.map((e) => new Date(e.timestamp ?? 0).toISOString())).toEqual([
      '2026-03-18T09:00:55.470Z',
      '2026-03-18T09:01:02.863Z',
      '2026-03-18T09:59:59.001Z',
      '2026-03-18T10:00:01.002Z',
    ]);
  });

  it("reads MySQL 8's error log: the subsystem is the service, the thread and the error code attributes", async () => {
    const log = [
      '2026-11-25T10:00:00.123456Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: 8.0.35',
      "2026-11-25T10:00:01.123456Z 8 [Warning] [MY-010055] [Server] IP address '10.19.0.48' could not be resolved: Name or service not known",
      '2026-11-25T10:00:02.123456Z 0 [ERROR] [MY-012592] [InnoDB] Operating system error number 28 in a file operation.',
      "2026-11-25T10:00:03.123456Z 9 [Note] [MY-010914] [Server] Aborted connection 9 to db: 'shop' user: 'app' host: '10.0.0.7' (Got timeout reading communication packets).",
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(fieldRows(events, 24)).toEqual([
      [
        '2026-11-25T10:00:00.123Z',
        'info',
        'Server',
        '/usr/sbin/mysqld: ready ',
        { thread: '0', code: 'MY-010931' },
      ],
      [
        '2026-11-25T10:00:01.123Z',
        'warn',
        'Server',
        "IP address '10.19.0.48' ",
        { thread: '8', code: 'MY-010055' },
      ],
      [
        '2026-11-25T10:00:02.123Z',
        'error',
        'InnoDB',
        'Operating system error n',
        { thread: '0', code: 'MY-012592' },
      ],
      [
        '2026-11-25T10:00:03.123Z',
        'info',
        'Server',
        'Aborted connection 9 to ',
        { thread: '9', code: 'MY-010914' },
      ],
    ]);
  });

  it("reads the logger at the end of Kafka's lines as the service, and a thread's bracket closed by a colon", async () => {
    const log = [
      '[2026-11-25 10:00:00,123] INFO [LocalLog partition=orders-14, dir=/kafka/data] Rolled new log segment at offset 9142482 in 3 ms. (kafka.log.LocalLog)',
      '[2026-11-25 10:00:01,123] INFO [GroupCoordinator 3]: Stabilized group payments generation 17 (__consumer_offsets-0) with 4 members (kafka.coordinator.group.GroupCoordinator)',
      '[2026-11-25 10:00:02,123] ERROR [ReplicaFetcher replicaId=1, leaderId=2, fetcherId=0] Error for partition orders-3 at offset 77 (kafka.server.ReplicaFetcherThread)',
      'org.apache.kafka.common.errors.NotLeaderOrFollowerException: This server is not the leader for that topic-partition.',
      '[2026-11-25 10:00:03,123] INFO Loaded config (app.yaml) from disk',
      '[2026-11-25 10:00:04,123] INFO [Controller id=1] Processing automatic preferred replica leader election (state.change.logger)',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.service, e.message.split('\n')[0], e.lineCount])).toEqual([
      ['info', 'kafka.log.LocalLog', 'Rolled new log segment at offset 9142482 in 3 ms.', 1],
      [
        'info',
        'kafka.coordinator.group.GroupCoordinator',
        'Stabilized group payments generation 17 (__consumer_offsets-0) with 4 members',
        1,
      ],
      ['error', 'kafka.server.ReplicaFetcherThread', 'Error for partition orders-3 at offset 77', 2],
      // A line without its logger keeps its message whole.
      ['info', null, 'Loaded config (app.yaml) from disk', 1],
      ['info', 'state.change.logger', 'Processing automatic preferred replica leader election', 1],
    ]);
  });

  it("reads Elasticsearch's and Logstash's bracketed columns: time, level, logger (the service), node", async () => {
    const log = [
      '[2026-11-25T10:00:00,123][INFO ][o.e.n.Node               ] [node-1] started {7.17.0}',
      '[2026-11-25T10:00:05,223][WARN ][o.e.c.r.a.DiskThresholdMonitor] [node-1] high disk watermark [90%] exceeded on [abc][node-1]',
      '[2026-11-25T10:00:06,323][ERROR][o.e.b.ElasticsearchUncaughtExceptionHandler] [node-1] uncaught exception in thread [main]',
      'org.elasticsearch.bootstrap.StartupException: java.lang.IllegalStateException: failed to obtain node locks',
      '\tat org.elasticsearch.bootstrap.Elasticsearch.init(Elasticsearch.java:173) ~[elasticsearch-7.17.0.jar:7.17.0]',
      '[2026-11-25T10:00:08,523][INFO ][logstash.runner          ] Starting Logstash {"logstash.version"=>"8.11.0"}',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(
      events.map((e) => [
        new Date(e.timestamp ?? 0).toISOString(),
        e.level,
        e.service,
        e.message.split('\n')[0],
        e.attributes,
      ]),
    ).toEqual([
      ['2026-11-25T10:00:00.123Z', 'info', 'o.e.n.Node', 'started {7.17.0}', { node: 'node-1' }],
      [
        '2026-11-25T10:00:05.223Z',
        'warn',
        'o.e.c.r.a.DiskThresholdMonitor',
        'high disk watermark [90%] exceeded on [abc][node-1]',
        { node: 'node-1' },
      ],
      [
        '2026-11-25T10:00:06.323Z',
        'error',
        'o.e.b.ElasticsearchUncaughtExceptionHandler',
        'uncaught exception in thread [main]',
        { node: 'node-1' },
      ],
      [
        '2026-11-25T10:00:08.523Z',
        'info',
        'logstash.runner',
        'Starting Logstash {"logstash.version"=>"8.11.0"}',
        {},
      ],
    ]);
  });

  it("reads PostgreSQL's log on RDS: its colon-joined prefix, the severity's level, a STATEMENT joined to its error", async () => {
    const log = [
      '2026-11-25 10:00:00 UTC::@:[1234]:LOG:  checkpoint starting: time',
      '2026-11-25 10:00:05 UTC:10.0.0.5(51234):app@orders:[2345]:ERROR:  relation "order_itemz" does not exist at character 15',
      '2026-11-25 10:00:05 UTC:10.0.0.5(51234):app@orders:[2345]:STATEMENT:  SELECT * FROM order_itemz WHERE id = 42',
      '2026-11-25 10:00:06 UTC:10.0.0.6(51235):app@orders:[2346]:FATAL:  password authentication failed for user "app"',
      '2026-11-25 10:00:07 UTC:10.0.0.7(51236):app@orders:[2347]:WARNING:  there is no transaction in progress',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(events.map((e) => [e.line, e.lineCount, e.level, e.message.split('\n')[0]])).toEqual([
      [1, 1, 'info', 'checkpoint starting: time'],
      [2, 2, 'error', 'relation "order_itemz" does not exist at character 15'],
      [4, 1, 'error', 'password authentication failed for user "app"'],
      [5, 1, 'warn', 'there is no transaction in progress'],
    ]);
    expect(events[0]?.attributes).toEqual({ pid: 1234 });
    expect(events[1]?.attributes).toEqual({
      pid: 2345,
      client: '10.0.0.5(51234)',
      user: 'app',
      database: 'orders',
    });
  });

  it("reads Django's runserver requests among its tracebacks: the share of request lines counts events, not lines", async () => {
    const log = [
      '[25/Nov/2026 10:00:00] "GET / HTTP/1.1" 200 1234',
      'Internal Server Error: /api/orders',
      'Traceback (most recent call last):',
      '  File "/app/views.py", line 12, in orders',
      '    raise ValueError("bad")',
      'ValueError: bad',
      '[25/Nov/2026 10:00:02] "GET /api/orders HTTP/1.1" 500 145',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.attributes['status'] ?? null, e.lineCount])).toEqual([
      ['info', 200, 1],
      ['error', null, 5],
      ['error', 500, 1],
    ]);
  });

  it("reads Windows' events as XML: one <Event> a line or pretty-printed, its provider, level, time, id and data", async () => {
    const ns = 'http://schemas.microsoft.com/win/2004/08/events/event';
    const oneLine = [
      `<Event xmlns='${ns}'><System><Provider Name='Service Control Manager'/><EventID Qualifiers='49152'>7000</EventID><Level>2</Level><TimeCreated SystemTime='2026-11-25T10:00:00.1234567Z'/><Execution ProcessID='684' ThreadID='7890'/><Channel>System</Channel><Computer>WIN-SRV01</Computer></System><EventData><Data Name='param1'>Foo Service</Data><Data Name='param2'>%%1053</Data></EventData></Event>`,
      `<Event xmlns='${ns}'><System><Provider Name='Microsoft-Windows-Kernel-General'/><EventID>16</EventID><Level>4</Level><TimeCreated SystemTime='2026-11-25T10:00:05.0000000Z'/><Channel>System</Channel><Computer>WIN-SRV01</Computer></System><RenderingInfo Culture='en-US'><Message>The access history in hive was cleared updating 10 keys &amp; creating 2 pages.</Message></RenderingInfo></Event>`,
    ];
    const a = await read(text(oneLine.join('\n') + '\n'));
    expect(a.files[0]?.formatEvidence).toMatch(/^text: Windows events as XML: 2 <Event> elements/);
    expect(
      a.events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.service, e.message]),
    ).toEqual([
      [
        '2026-11-25T10:00:00.123Z',
        'error',
        'Service Control Manager',
        'Event 7000: param1=Foo Service, param2=%%1053',
      ],
      [
        '2026-11-25T10:00:05.000Z',
        'info',
        'Microsoft-Windows-Kernel-General',
        'The access history in hive was cleared updating 10 keys & creating 2 pages.',
      ],
    ]);
    expect(a.events[0]?.attributes).toEqual({
      eventId: 7000,
      channel: 'System',
      host: 'WIN-SRV01',
      pid: 684,
      'data.param1': 'Foo Service',
      'data.param2': '%%1053',
    });
    const event = (user: string, second: number) => [
      `  <Event xmlns="${ns}">`,
      '    <System>',
      '      <Provider Name="Microsoft-Windows-Security-Auditing" />',
      '      <EventID>4625</EventID>',
      '      <Level>0</Level>',
      `      <TimeCreated SystemTime="2026-11-25T10:00:0${second}.1234567Z" />`,
      '      <Computer>DC01</Computer>',
      '    </System>',
      `    <EventData><Data Name="TargetUserName">${user}</Data></EventData>`,
      '  </Event>',
    ];
    const pretty = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<Events>',
      ...event('administrator', 0),
      ...event('admin', 1),
      '</Events>',
    ];
    const b = await read(text(pretty.join('\n') + '\n'));
    expect(b.events.map((e) => [e.line, e.lineCount, e.message])).toEqual([
      [1, 2, '<?xml version="1.0" encoding="utf-8"?>\n<Events>'],
      [3, 10, 'Event 4625: TargetUserName=administrator'],
      [13, 11, 'Event 4625: TargetUserName=admin'],
    ]);
    expect(b.events[2]).toMatchObject({
      level: 'info',
      service: 'Microsoft-Windows-Security-Auditing',
      timestamp: Date.parse('2026-11-25T10:00:01.123Z'),
    });
  });

  it("reads ISO 8601's basic format as the time: 20261125T100000Z, with a fraction or an offset", async () => {
    const log = [
      '20261125T100000Z INFO starting worker pool size=4',
      '20261125T100001Z WARN queue depth 120 above threshold',
      '20261125T100002.123Z ERROR job 881 failed: timeout after 30s',
      '20261125T110003+0100 INFO job 882 done in 12 ms',
    ];
    const { events } = await read(text(log.join('\n') + '\n'));
    expect(events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.message])).toEqual([
      ['2026-11-25T10:00:00.000Z', 'info', 'starting worker pool size=4'],
      ['2026-11-25T10:00:01.000Z', 'warn', 'queue depth 120 above threshold'],
      ['2026-11-25T10:00:02.123Z', 'error', 'job 881 failed: timeout after 30s'],
      ['2026-11-25T10:00:03.000Z', 'info', 'job 882 done in 12 ms'],
    ]);
  });

  const at = (iso: string): number => Date.parse(iso);
  it.each([
    [
      'klog.log',
      [
        // Year from the reader's year option; microseconds cut to milliseconds.
        {
          timestamp: at('2026-11-25T10:00:00.123Z'),
          level: 'info',
          service: 'leaderelection.go',
          message: 'attempting to acquire leader lease kube-system/kube-controller-manager...',
        },
        { timestamp: at('2026-11-25T10:00:01.234Z'), level: 'error', service: 'reflector.go' },
        {
          level: 'warn',
          message: 'policy/v1beta1 PodSecurityPolicy is deprecated in v1.21+, unavailable in v1.25+',
        },
        { timestamp: at('2026-11-25T10:00:03.456Z'), level: 'error', lineCount: 4 },
        {
          timestamp: at('2026-11-25T10:00:04.567Z'),
          level: 'fatal',
          service: 'server.go',
          message: 'failed to load kubeconfig: open /etc/kubernetes/kubelet.conf: no such file or directory',
        },
      ],
    ],
    [
      'postgres.log',
      [
        { timestamp: at('2026-11-25T10:00:00.123Z'), level: 'info', message: 'checkpoint starting: time' },
        // Its DETAIL and STATEMENT lines belong to the entry.
        {
          timestamp: at('2026-11-25T10:00:01.456Z'),
          level: 'error',
          lineCount: 3,
          message: expect.stringMatching(
            /^duplicate key value violates unique constraint "users_pkey"\n.*DETAIL: {2}Key/,
          ),
        },
        // PostgreSQL's FATAL ends a session, not the server: an error (its PANIC is fatal).
        { level: 'error', message: 'password authentication failed for user "app"' },
        { timestamp: at('2026-11-25T10:00:03.012Z'), level: 'info' },
        { level: 'warn', message: 'there is no transaction in progress' },
        { level: 'debug', message: 'autovacuum: processing database "shop"' },
      ],
    ],
    [
      'redis.log',
      [
        { timestamp: at('2026-11-25T10:00:00.001Z'), level: 'warn' },
        {
          timestamp: at('2026-11-25T10:00:00.123Z'),
          level: 'info',
          message: 'Ready to accept connections tcp',
        },
        { level: 'warn', message: expect.stringMatching(/^WARNING overcommit_memory is set to 0!/) },
        { level: 'debug', message: 'Accepted 127.0.0.1:53412' },
        { timestamp: at('2026-11-25T10:00:03.500Z'), level: 'info', message: 'DB saved on disk' },
        { level: 'debug', message: 'Client closed connection' },
        { level: 'warn', message: '+monitor master mymaster 127.0.0.1 6379 quorum 2' },
      ],
    ],
    [
      'mysql.log',
      [
        {
          timestamp: at('2026-11-25T10:00:00.123Z'),
          level: 'info',
          message: '/usr/sbin/mysqld (mysqld 8.0.35) starting as process 1',
        },
        { level: 'info', message: 'InnoDB initialization has started.' },
        { level: 'warn', message: 'CA certificate ca.pem is self signed.' },
        { level: 'info', message: 'Event Scheduler: scheduler thread started with id 1' },
        { timestamp: at('2026-11-25T10:00:02.123Z'), level: 'info' },
        { level: 'error', message: 'Operating system error number 2 in a file operation.' },
      ],
    ],
  ])('reads the time, level and message of %s', async (name, expected) => {
    const { events, files } = await read(fixture(name));
    expect(files[0]?.format).toBe('text');
    expect(events).toHaveLength(expected.length);
    expected.forEach((fields, i) => expect(events[i], `event ${i + 1}`).toMatchObject(fields));
    expect(events.every((e) => !e.timestampInherited)).toBe(true);
  });

  it.each([
    [
      'klog with other pids and padding',
      'I0301 23:59:59.999999   7 main.go:12] a\nW0302 00:00:00.000001 4242 x/y.go:3] b\n',
      [at('2026-03-01T23:59:59.999Z'), at('2026-03-02T00:00:00.000Z')],
      ['info', 'warn'],
    ],
    [
      'Redis before 3.0 ("[pid]", no year)',
      '[1234] 25 Nov 10:00:00.123 * Server started\n[1234] 25 Nov 10:00:01.456 # WARNING overcommit_memory\n[1234] 25 Nov 10:00:02.000 - 1 clients connected\n',
      [at('2026-11-25T10:00:00.123Z'), at('2026-11-25T10:00:01.456Z'), at('2026-11-25T10:00:02.000Z')],
      ['info', 'warn', 'debug'],
    ],
    [
      'PostgreSQL without a user@database',
      '2026-11-25 10:00:00.123 UTC [1] LOG:  database system is ready to accept connections\n2026-11-25 10:00:09.000 UTC [77] PANIC:  could not write to file\n',
      [at('2026-11-25T10:00:00.123Z'), at('2026-11-25T10:00:09.000Z')],
      ['info', 'fatal'],
    ],
    [
      'PostgreSQL in a server zone other than UTC',
      '2026-11-25 10:00:00.123 EST [1] LOG:  database system is ready to accept connections\n2026-11-25 10:00:09 CET [77] PANIC:  could not write to file\n',
      [at('2026-11-25T15:00:00.123Z'), at('2026-11-25T09:00:09.000Z')],
      ['info', 'fatal'],
    ],
    [
      'PgBouncer (a bare LOG is a level, in capitals like its WARNING)',
      '2026-03-28 07:39:40.553 UTC [5336] LOG C-0x5574f4bcb5e5: shop/app@10.14.251.120:56654 login attempt: db=shop user=app tls=no\n2026-03-28 07:39:41.000 UTC [5336] WARNING C-0x556222034ca1: shop/app@10.14.251.120:56654 pooler error: query_wait_timeout\n',
      [at('2026-03-28T07:39:40.553Z'), at('2026-03-28T07:39:41.000Z')],
      ['info', 'warn'],
    ],
    [
      "PostgreSQL's %t prefix, its first line in UTC (the zone word is kept, not trimmed as a no-op)",
      '2026-11-25 10:00:00 UTC [1]: [1-1] user=,db=,app=,client= LOG:  database system is ready to accept connections\n2026-11-25 10:00:09 CET [77]: [2-1] user=app,db=shop,app=psql,client=10.0.0.5 LOG:  connection authorized: user=app\n',
      [at('2026-11-25T10:00:00.000Z'), at('2026-11-25T09:00:09.000Z')],
      ['info', 'info'],
    ],
    [
      "PostgreSQL's %t in a zone without an abbreviation (+08), and +00 kept as a zone too",
      '2026-10-10 07:12:09 +08 [20561]: [1-1] user=,db=,app=,client= LOG:  connection received: host=10.11.116.39 port=52184\n2026-10-10 07:12:12 +00 [21415]: [2-1] user=,db=,app=,client= LOG:  connection received: host=10.11.116.39 port=57560\n',
      [at('2026-10-09T23:12:09.000Z'), at('2026-10-10T07:12:12.000Z')],
      ['info', 'info'],
    ],
  ])('reads %s', async (_, log, timestamps, levels) => {
    const { events } = await read(text(log));
    expect(events.map((e) => e.timestamp)).toEqual(timestamps);
    expect(events.map((e) => e.level)).toEqual(levels);
  });

  it('says which files write their times without a zone (local time), and which with one', async () => {
    const pg = await read(text('2026-11-25 10:00:00 UTC [1]: [1-1] user=,db=,app=,client= LOG:  ready\n'));
    expect(pg.files[0]?.zoneless).toBeUndefined();
    const offset = await read(
      text('2026-11-25 10:00:00 +00 [1]: [1-1] user=,db=,app=,client= LOG:  ready\n'),
    );
    expect(offset.files[0]?.zoneless).toBeUndefined();
    const fpm = await read(text('[25-Nov-2026 10:00:00] NOTICE: fpm is running, pid 7\n'));
    expect(fpm.files[0]?.zoneless).toBe(true);
    const iso = await read(text('2026-11-25T10:00:00.123Z INFO ready\n'));
    expect(iso.files[0]?.zoneless).toBeUndefined();
  });

  it('reads the time after a leading level (Python\'s "%(levelname)s %(asctime)s %(module)s …")', async () => {
    const lines = [
      'INFO 2026-05-09 04:10:40,001 views 169 139710630206207 GET /api/cart 200',
      'ERROR 2026-05-09 04:10:45,751 export 169 139710630206207 Failed to write export /tmp/x.csv: [Errno 28] No space left on device',
      'WARNING 2026-05-09 04:10:46,002 cache 169 139710630206207 cache miss ratio high',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(
      events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.message.split(' ')[0]]),
    ).toEqual([
      ['2026-05-09T04:10:40.001Z', 'info', 'views'],
      ['2026-05-09T04:10:45.751Z', 'error', 'export'],
      ['2026-05-09T04:10:46.002Z', 'warn', 'cache'],
    ]);
  });

  it("reads Celery's bracketed header", async () => {
    const lines = [
      '[2026-08-13 21:07:12,602: INFO/MainProcess] Task app.tasks.import_tracking[26ad9df7-1401-487a] received',
      "[2026-08-13 21:07:12,642: INFO/ForkPoolWorker-2] Task app.tasks.import_tracking[26ad9df7-1401-487a] succeeded in 0.02454s: {'status': 'ok'}",
      '[2026-08-13 21:07:13,744: WARNING/MainProcess] Task app.tasks.refresh_rates[092efc0d-a8fe-48c5] received',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(
      events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.message.split(' ')[0]]),
    ).toEqual([
      ['2026-08-13T21:07:12.602Z', 'info', 'Task'],
      ['2026-08-13T21:07:12.642Z', 'info', 'Task'],
      ['2026-08-13T21:07:13.744Z', 'warn', 'Task'],
    ]);
  });

  it("reads AWS Lambda's logs: platform lines keep their words, a runtime line's level column ends its header", async () => {
    const rid = (k: number): string => `8f5b1c2e-0000-4000-8000-00000000000${k}`;
    const invocation = (k: number, app: string[]): string[] => [
      `START RequestId: ${rid(k)} Version: $LATEST`,
      ...app.map((a) => `2026-03-05T10:00:0${k}.120Z\t${rid(k)}\t${a}`),
      `END RequestId: ${rid(k)}`,
      `REPORT RequestId: ${rid(k)}\tDuration: 12${k}.30 ms\tBilled Duration: 12${k + 1} ms\tMemory Size: 128 MB\tMax Memory Used: 70 MB\t`,
    ];
    const lines = [
      ...invocation(1, ['INFO\tProcessing order 1234']),
      ...invocation(2, ['INFO\tProcessing order 77', 'ERROR\tPayment gateway timeout after 3000 ms']),
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.service, e.message.split(/\s/).slice(0, 2).join(' ')])).toEqual([
      [null, null, 'START RequestId:'],
      ['info', null, 'Processing order'],
      [null, null, 'END RequestId:'],
      [null, null, 'REPORT RequestId:'],
      [null, null, 'START RequestId:'],
      ['info', null, 'Processing order'],
      ['error', null, 'Payment gateway'],
      [null, null, 'END RequestId:'],
      [null, null, 'REPORT RequestId:'],
    ]);
    expect(events[6]?.timestamp).toBe(Date.parse('2026-03-05T10:00:02.120Z'));
  });

  it('reads the Python Lambda runtime\'s "[LEVEL]\\t<time>\\t<request id>\\t<text>", whether or not its lines are most of the file', async () => {
    const rid = '63db661f-1c03-46e5-b829-8a5df7725fcb';
    const app = (k: number): string[] => [
      `[INFO]\t2024-07-19T04:44:1${k}.001Z\t${rid}\tProcessing ${k} quote record(s) from SQS`,
      `[WARNING]\t2024-07-19T04:44:1${k}.002Z\t${rid}\tThrottled by api.partner-geo.com, retrying in 2s`,
    ];
    const invocation = (k: number, appLines: number): string[] => [
      `START RequestId: ${rid} Version: $LATEST`,
      ...Array.from({ length: appLines }, () => app(k)).flat(),
      `END RequestId: ${rid}`,
    ];
    for (const appLines of [1, 5]) {
      const lines = [...invocation(1, appLines), ...invocation(2, appLines)];
      const { events } = await read(text(lines.join('\n') + '\n'));
      const throttled = events.find((e) => e.level === 'warn');
      expect(throttled?.message).toBe('Throttled by api.partner-geo.com, retrying in 2s');
      expect(throttled?.timestamp).toBe(Date.parse('2024-07-19T04:44:11.002Z'));
      expect(events.filter((e) => e.message.startsWith('Processing'))).toHaveLength(2 * appLines);
      expect(events[0]?.message).toBe(`START RequestId: ${rid} Version: $LATEST`);
    }
  });

  it('reads the klog, logfmt or JSON line inside a journal or syslog message: its level and its text', async () => {
    const lines = [
      '2024-05-08T23:59:58+00:00 worker-26 kubelet[1624]: I0508 23:59:58.568133    1624 kubelet.go:2432] "SyncLoop (probe)" probe="readiness" status="ready"',
      '2024-05-09T00:00:07+00:00 worker-26 kubelet[1624]: E0509 00:00:07.625555    1624 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to StartContainer"',
      '2024-05-09T00:00:08+00:00 worker-26 containerd[697]: time="2024-05-09T00:00:08.915996830Z" level=error msg="failed to pull image" image="app:v4"',
      '2024-05-09T00:00:09+00:00 worker-26 app[12]: {"level":"warn","msg":"cache miss storm","keys":120}',
      '2024-05-09T00:00:10+00:00 worker-26 kernel: cni0: port 15(vethc11c6b8d) entered disabled state',
      '2024-05-09T00:00:11+00:00 worker-26 sshd[88]: level=3 is not a logfmt line but text',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.service, e.level, e.message])).toEqual([
      ['kubelet', 'info', '"SyncLoop (probe)" probe="readiness" status="ready"'],
      ['kubelet', 'error', '"Error syncing pod, skipping" err="failed to StartContainer"'],
      ['containerd', 'error', 'failed to pull image'],
      ['app', 'warn', 'cache miss storm'],
      ['kernel', null, 'cni0: port 15(vethc11c6b8d) entered disabled state'],
      ['sshd', null, 'level=3 is not a logfmt line but text'],
    ]);
    expect(events[2]?.attributes).toEqual({ image: 'app:v4' });
    expect(events[1]?.timestamp).toBe(Date.parse('2024-05-09T00:00:07Z'));
  });

  it("reads a journal whose busiest program logs logfmt as text: each line's program is its service", async () => {
    const consumer = (s: number) =>
      `2019-01-27T02:58:${String(s).padStart(2, '0')}+0000 ip-10-125-16-226 itineraries-consumer[23406]: time=2019-01-27T02:58:${String(s).padStart(2, '0')}.178Z level=INFO msg="processed message" id=${177272282 + s} queue=itineraries`;
    const lines = [
      ...Array.from({ length: 6 }, (_, s) => consumer(s)),
      '2019-01-27T02:58:41+0000 ip-10-125-16-226 sshd[826094]: Connection closed by authenticating user root 158.254.150.50 port 36575 [preauth]',
      '2019-01-27T02:58:46+0000 ip-10-125-16-226 kernel: [UFW BLOCK] IN=ens5 OUT= SRC=189.232.130.130 DST=10.125.0.12 LEN=44 PROTO=TCP SPT=37977 DPT=8080',
      '2019-01-27T02:58:47+0000 ip-10-125-16-226 itineraries-consumer[23406]: time=2019-01-27T02:58:47.001Z level=WARN msg="upstream call failed, retrying" err="read timeout"',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.format).toBe('text');
    expect(events.slice(5).map((e) => [e.service, e.level, e.message])).toEqual([
      ['itineraries-consumer', 'info', 'processed message'],
      ['sshd', null, 'Connection closed by authenticating user root 158.254.150.50 port 36575 [preauth]'],
      [
        'kernel',
        null,
        '[UFW BLOCK] IN=ens5 OUT= SRC=189.232.130.130 DST=10.125.0.12 LEN=44 PROTO=TCP SPT=37977 DPT=8080',
      ],
      ['itineraries-consumer', 'warn', 'upstream call failed, retrying: read timeout'],
    ]);
    expect(events[0]?.attributes).toEqual({ id: '177272282', queue: 'itineraries' });
  });

  it("reads the other programs' lines of a journal whose busiest program writes its own level and logger after its tag", async () => {
    const api = (s: number) =>
      `2025-07-15T05:54:${String(s).padStart(2, '0')}+00:00 ip-10-66-51-180 neighbourhoods-api[11531]: INFO neighbourhoods_api.consumer: processed message id=${103285376 + s} queue=ViewingReminderJob duration_ms=42`;
    const lines = [
      ...Array.from({ length: 8 }, (_, s) => api(s)),
      '2025-07-15T05:54:41+00:00 ip-10-66-51-180 sshd[874420]: Connection closed by authenticating user root 36.213.123.70 port 42169 [preauth]',
      '2025-07-15T05:54:46+00:00 ip-10-66-51-180 kernel: [UFW BLOCK] IN=ens5 OUT= SRC=189.232.130.130 DST=10.66.0.12 PROTO=TCP DPT=8080',
      '2025-07-15T05:55:01+00:00 ip-10-66-51-180 CRON[16836]: pam_unix(cron:session): session opened for user app(uid=1001) by (uid=0)',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.service, e.level, e.message.split(' ')[0]])).toEqual([
      ...Array.from({ length: 8 }, () => ['neighbourhoods_api.consumer', 'info', 'processed']),
      ['sshd', null, 'Connection'],
      ['kernel', null, '[UFW'],
      ['CRON', null, 'pam_unix(cron:session):'],
    ]);
    expect(events[9]?.timestamp).toBe(Date.parse('2025-07-15T05:54:46Z'));
  });

  it("reads Ruby's Logger (Rails): the level word after the time, the program and Rails' request tag are header", async () => {
    const lines = [
      'I, [2026-02-21T03:36:51.614040 #19178]  INFO -- : [1309fae6-8460-4729-be0e-7cc0f9161e7b] Started POST "/v1/documents" for 122.31.158.176',
      'I, [2026-02-21T03:36:51.615146 #19178]  INFO -- : [1309fae6-8460-4729-be0e-7cc0f9161e7b] Completed 201 Created in 12ms',
      'E, [2026-02-21T03:36:52.001000 #19178] ERROR -- : [5b2c0a1e-0000-4000-8000-000000000002] PG::ConnectionBad: could not connect to server',
      'W, [2026-02-21T03:36:53.500000 #19180]  WARN -- : [77aa0a1e-0000-4000-8000-000000000003] Slow query took 2.1s',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(
      events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.message.split(' ')[0]]),
    ).toEqual([
      ['2026-02-21T03:36:51.614Z', 'info', 'Started'],
      ['2026-02-21T03:36:51.615Z', 'info', 'Completed'],
      ['2026-02-21T03:36:52.001Z', 'error', 'PG::ConnectionBad:'],
      ['2026-02-21T03:36:53.500Z', 'warn', 'Slow'],
    ]);
  });

  it("joins Rails' report of a request's exception (tagged lines without a time) to its FATAL line", async () => {
    const id = '[fcd72398-7603-47c3-931b-67fdacb8e4c9]';
    const lines = [
      ...Array.from(
        { length: 120 },
        (_, i) =>
          `I, [2025-11-25T09:0${4 + Math.floor(i / 60)}:${String(i % 60).padStart(2, '0')}.887560 #12877]  INFO -- : [bdf57de4-${i}] Completed 200 OK in 15ms`,
      ),
      `F, [2025-11-25T09:06:56.864541 #12877] FATAL -- : ${id}   `,
      `${id} Faraday::TimeoutError (Net::ReadTimeout with #<TCPSocket:(closed)>):`,
      `${id}   `,
      `${id} app/services/reviews_client.rb:21:in \`fetch'`,
      `${id} app/controllers/pricing_controller.rb:8:in \`show'`,
      'I, [2025-11-25T09:07:02.339388 #20156]  INFO -- : [2483d35b] Updated quote 6326120 status to failed',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events).toHaveLength(122);
    expect(events[120]).toMatchObject({ line: 121, lineCount: 5, level: 'fatal' });
    expect(events[120]?.raw).toContain('Faraday::TimeoutError');
    // The FATAL line is all header (its tag): the lines after it are the message.
    expect(events[120]?.message.split('\n')[0]).toBe(
      `${id} Faraday::TimeoutError (Net::ReadTimeout with #<TCPSocket:(closed)>):`,
    );
    expect(events[121]?.level).toBe('info');
  });

  it('does not take a "key:" that opens most messages for a component column (PostgreSQL\'s "LOG:  duration:")', async () => {
    const lines = Array.from({ length: 20 }, (_, i) =>
      i % 4 === 3
        ? `2024-03-05 10:00:${String(i).padStart(2, '0')}.120 UTC [41${i}] LOG:  checkpoint complete: wrote ${i} buffers`
        : `2024-03-05 10:00:${String(i).padStart(2, '0')}.120 UTC [41${i}] LOG:  duration: ${i}.5 ms  statement: SELECT * FROM orders WHERE id = ${i}`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[0]?.service).toBe(null);
    expect(events[0]?.message).toBe('duration: 0.5 ms  statement: SELECT * FROM orders WHERE id = 0');
    expect(events[3]?.message).toBe('checkpoint complete: wrote 3 buffers');
  });

  it('reads the level of Monolog\'s "channel.LEVEL:" (Laravel), not a component named after it', async () => {
    const lines = [
      '[2023-01-23 01:57:47] production.INFO: Search "winter jacket" returned 108 results {"request_id":"6252a8da"}',
      '[2023-01-23 01:57:59] production.ERROR: cURL error 28: Operation timed out after 10001 milliseconds',
      '[2023-01-23 01:58:01] local.WARNING: Product SKU-9487 low on stock',
      '[2023-01-23 01:58:02] production.DEBUG: cache hit for SKU-9487',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.service, e.message.split(' ')[0]])).toEqual([
      ['info', null, 'Search'],
      ['error', null, 'cURL'],
      ['warn', null, 'Product'],
      ['debug', null, 'cache'],
    ]);
  });

  it("reads a file whose lines are all indented alike (Laravel's queue worker) line by line, without the indent", async () => {
    const lines = [
      '  2025-11-26 14:24:29 App\\Listeners\\UpdateSearchIndex .................. RUNNING',
      '  2025-11-26 14:24:29 App\\Listeners\\UpdateSearchIndex ............. 59.38ms DONE',
      '  2025-11-26 14:42:06 App\\Jobs\\ChargeSubscription ...................... RUNNING',
      '  2025-11-26 14:42:07 App\\Jobs\\ChargeSubscription ................ 894.74ms FAIL',
      '  2025-11-26 14:42:08 App\\Mail\\AbandonedCartReminder ................... RUNNING',
      '  2025-11-26 14:42:08 App\\Mail\\AbandonedCartReminder ............. 39.34ms DONE',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(
      events.map((e) => [
        e.line,
        e.lineCount,
        new Date(e.timestamp ?? 0).toISOString().slice(11, 19),
        e.level,
      ]),
    ).toEqual([
      [1, 1, '14:24:29', null],
      [2, 1, '14:24:29', null],
      [3, 1, '14:42:06', null],
      [4, 1, '14:42:07', 'error'],
      [5, 1, '14:42:08', null],
      [6, 1, '14:42:08', null],
    ]);
    expect(events[3]?.message).toBe('App\\Jobs\\ChargeSubscription ................ 894.74ms FAIL');
  });

  it("reads Traefik's access log: the number after the user agent is a request count, the duration ends the line", async () => {
    const lines = [
      '10.2.12.180 - - [15/Sep/2026:07:08:46 -0500] "GET /status HTTP/1.1" 200 19 "-" "ELB-HealthChecker/2.0" 714782 "gateway-router@file" "http://172.19.0.7:80" 1ms',
      '122.188.85.187 - - [15/Sep/2026:07:08:47 -0500] "GET /v1/items?limit=50 HTTP/1.1" 502 39932 "-" "curl/8.0" 714783 "gateway-router@file" "http://172.19.0.7:80" 2417ms',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.format).toBe('access');
    expect(events.map((e) => [e.attributes['status'], e.attributes['requestTime']])).toEqual([
      [200, 0.001],
      [502, 2.417],
    ]);
  });

  it("reads Squid's native access log: status, request time, method and route", async () => {
    const lines = [
      '1789309975.324      1 10.34.9.241 TCP_DENIED/407 4100 CONNECT www.atlassian.com:443 - HIER_NONE/- text/html',
      '1789309975.454    426 10.24.4.170 TCP_MISS/200 984 GET http://r3.o.lencr.org/ocsp/12345 rosa HIER_DIRECT/81.14.170.55 application/ocsp-response',
      '1789309976.101  30012 10.24.4.171 TCP_MISS/504 312 GET http://api.example.com/v1/items/77 - HIER_DIRECT/81.14.170.56 text/html',
      '1789309977.002      0 10.24.4.172 TAG_NONE/000 0 CONNECT 10.0.0.1:443 - HIER_NONE/- -',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(
      events.map((e) => [e.level, e.message, e.attributes['status'], e.attributes['requestTime']]),
    ).toEqual([
      ['warn', 'CONNECT www.atlassian.com:443', 407, 0.001],
      ['info', 'GET ocsp/<*>', 200, 0.426],
      ['error', 'GET v1/items/<*>', 504, 30.012],
      [null, 'CONNECT 10.0.0.1:443', undefined, 0],
    ]);
  });

  it("reads BentoML's access log: status, request time, method and route, its INFO whatever the status", async () => {
    const line = (i: number, path: string, status: number, type: string, ms: string) =>
      `2026-12-18T08:00:${String(10 + i).padStart(2, '0')}-0600 [INFO] [api_server:iris_classifier:2] 10.21.122.158:5943${i} (scheme=http,method=POST,path=${path},type=application/json,length=510) (status=${status},type=${type},length=568) ${ms}ms (trace=f9087cf40ea51f436a4ba543b1d09455,span=64681e3a6fd3a2ba,sampled=0,service.name=iris_classifier)`;
    const lines = [
      line(0, '/classify', 200, 'application/json', '13.151'),
      line(1, '/embed', 502, 'text/plain; charset=utf-8', '10.560'),
      line(2, '/healthz', 200, '', '0.465'),
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(
      events.map((e) => [e.level, e.message, e.attributes['status'], e.attributes['requestTime']]),
    ).toEqual([
      ['info', 'POST classify', 200, 0.013151],
      ['info', 'POST embed', 502, 0.01056],
      ['info', 'POST healthz', 200, 0.000465],
    ]);
    expect(events[1]?.timestamp).toBe(Date.parse('2026-12-18T14:00:11Z'));
  });

  it("reads header times without a date (logback's default, pino-pretty) on the given day, past midnight too", async () => {
    const lines = [
      '23:59:58.120 [main] INFO  c.e.demo.Application - Started Application in 3.2 seconds',
      '23:59:59.999 [http-nio-8080-exec-1] ERROR c.e.demo.web.OrderController - Failed to load order 42',
      'java.lang.IllegalStateException: boom',
      '\tat c.e.demo.web.OrderController.get(OrderController.java:42)',
      '00:00:01.5 [main] WARN  c.e.demo.Application - tick',
    ];
    const day = Date.UTC(2025, 0, 4);
    const { events } = await read(text(lines.join('\n') + '\n'), { day });
    expect(
      events.map((e) => [
        e.timestamp === null ? null : new Date(e.timestamp).toISOString(),
        e.level,
        e.service,
      ]),
    ).toEqual([
      ['2025-01-04T23:59:58.120Z', 'info', 'c.e.demo.Application'],
      ['2025-01-04T23:59:59.999Z', 'error', 'c.e.demo.web.OrderController'],
      ['2025-01-05T00:00:01.500Z', 'warn', 'c.e.demo.Application'],
    ]);
    const pino = await read(
      text(
        '[10:23:45.123] INFO (1234): server listening on port 3000\n[10:23:46,456] ERROR (1234): request failed\n',
      ),
      { day },
    );
    expect(pino.events.map((e) => [e.timestamp, e.level])).toEqual([
      [day + 37_425_123, 'info'],
      [day + 37_426_456, 'error'],
    ]);
    // Serilog's console default, "[{Timestamp:HH:mm:ss} {Level:u3}] {Message}": the level in the time's bracket.
    const serilog = await read(
      text(
        [
          '[10:23:45 INF] Starting web host',
          '[10:23:45 INF] Now listening on: http://localhost:5000',
          '[10:23:50 WRN] Slow request /api/orders took 1234 ms',
          '[10:23:52 ERR] Unhandled exception in request /api/orders',
        ].join('\n') + '\n',
      ),
      { day },
    );
    expect(serilog.events.map((e) => [e.timestamp, e.level, e.message])).toEqual([
      [day + 37_425_000, 'info', 'Starting web host'],
      [day + 37_425_000, 'info', 'Now listening on: http://localhost:5000'],
      [day + 37_430_000, 'warn', 'Slow request /api/orders took 1234 ms'],
      [day + 37_432_000, 'error', 'Unhandled exception in request /api/orders'],
    ]);
  });

  it('reads IIS\'s W3C extended log by its "#Fields:" directive; a directive is an event of its own', async () => {
    const fields =
      '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken';
    const lines = [
      '#Software: Microsoft Internet Information Services 10.0',
      '#Version: 1.0',
      '#Date: 2025-01-04 07:46:56',
      fields,
      '2025-01-04 07:46:56 10.5.5.173 GET /api/customers - 443 CONTOSO\\uma.tomasz 217.240.73.95 Mozilla/5.0+(Windows+NT+10.0) - 200 0 0 25',
      '2025-01-04 07:59:16 10.5.5.173 POST /Account/Login - 443 - 104.39.163.30 Mozilla/5.0+(Windows+NT+10.0) - 503 0 0 3',
      '#Software: Microsoft Internet Information Services 10.0',
      '#Fields: date time cs-method cs-uri-stem sc-status time-taken',
      '2025-01-04 08:01:02 GET /api/products/106/stock 404 1250',
    ];
    const { events, files } = await read(text(lines.join('\r\n') + '\r\n'));
    expect(files[0]?.format).toBe('access');
    expect(files[0]?.formatEvidence).toContain('W3C extended log');
    expect(events.map((e) => e.lineCount)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const requests = events.filter((e) => !e.message.startsWith('#'));
    expect(
      requests.map((e) => [
        e.timestamp === null ? null : new Date(e.timestamp).toISOString(),
        e.level,
        e.message,
        e.attributes['status'],
        e.attributes['requestTime'],
      ]),
    ).toEqual([
      ['2025-01-04T07:46:56.000Z', 'info', 'GET api/customers', 200, 0.025],
      ['2025-01-04T07:59:16.000Z', 'error', 'POST Account/Login', 503, 0.003],
      ['2025-01-04T08:01:02.000Z', 'warn', 'GET api/products/<*>/stock', 404, 1.25],
    ]);
    expect(requests[0]?.attributes).toMatchObject({
      client: '217.240.73.95',
      user: 'CONTOSO\\uma.tomasz',
      method: 'GET',
      path: '/api/customers',
    });
  });

  it("reads Blue Coat ProxySG's W3C log: quoted values with blanks, cs-uri-path, a refusal's reason; its times UTC", async () => {
    const lines = [
      '#Software: SGOS 6.7.5.3',
      '#Version: 1.0',
      '#Date: 2023-04-16 09:35:00',
      '#Fields: date time time-taken c-ip cs-username cs-auth-group x-exception-id sc-filter-result cs-categories sc-status s-action cs-method cs-uri-scheme cs-host cs-uri-port cs-uri-path cs-uri-query cs(User-Agent) s-ip sc-bytes',
      ...Array.from(
        { length: 6 },
        (_, i) =>
          `2023-04-16 09:35:0${i} 19 10.20.13.138 sarah.wagner "UMBRELLA\\Staff" - OBSERVED "News" 200 TCP_NC_MISS GET https www.example.com 443 /api/v2/updates/${i} - "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15" 10.0.0.9 697`,
      ),
      '2023-04-16 09:36:16 31 10.10.12.36 pierre.silva "UMBRELLA\\Staff" dns_server_failure OBSERVED "Technology/Internet" 502 TCP_ERR_MISS GET https login.example.com 443 / - "curl/8.0" 10.0.0.9 0',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toContain('W3C extended log');
    // The format's times are UTC: the file is a zoned one, which zone-less files beside it line up with.
    expect(files[0]?.zoneless).toBeUndefined();
    expect(files[0]?.zoneOffsetMinutes).toBe(0);
    const requests = events.filter((e) => !e.message.startsWith('#'));
    expect(requests).toHaveLength(7);
    expect(requests[0]).toMatchObject({
      timestamp: Date.UTC(2023, 3, 16, 9, 35, 0),
      level: 'info',
      message: 'GET api/v2/updates/<*>',
      attributes: {
        user: 'sarah.wagner',
        'cs-auth-group': 'UMBRELLA\\Staff',
        userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15',
        status: 200,
      },
    });
    expect(requests[6]).toMatchObject({
      level: 'error',
      message: 'GET: dns_server_failure',
      attributes: { status: 502 },
    });
  });

  it("reads CloudFront's tab-separated W3C log, whose time-taken is in seconds", async () => {
    const lines = [
      '#Version: 1.0',
      '#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken',
      '2019-12-04\t21:02:31\tLAX1-C3\t392\t192.0.2.100\tGET\td111111abcdef8.cloudfront.net\t/index.html\t200\t-\tMozilla/5.0%20(Windows%20NT%2010.0)\t-\t-\tHit\tSOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ==\td111111abcdef8.cloudfront.net\thttps\t23\t0.001',
      '2019-12-04\t21:02:32\tLAX1-C3\t924\t192.0.2.101\tGET\td111111abcdef8.cloudfront.net\t/api/orders/17\t502\t-\tcurl/8.0\t-\t-\tError\tk6WGMNkEzR5BEM_SaF47gjtX9zBDO2m349OY2an0QPEaUum1ZOLrow==\td111111abcdef8.cloudfront.net\thttps\t23\t2.417',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(
      events
        .filter((e) => e.format === 'access' && !e.message.startsWith('#'))
        .map((e) => [
          e.level,
          e.message,
          e.attributes['status'],
          e.attributes['requestTime'],
          e.attributes['bytes'],
        ]),
    ).toEqual([
      ['info', 'GET index.html', 200, 0.001, 392],
      ['error', 'GET api/orders/<*>', 502, 2.417, 924],
    ]);
  });

  it('reads Heroku\'s router lines ("at=error" is their level) and their status', async () => {
    const lines = [
      '2021-04-17T15:04:07.713282+00:00 heroku[router]: at=info method=POST path="/api/v2/tasks" host=x.herokuapp.com dyno=web.2 connect=0ms service=3ms status=502 bytes=335',
      '2021-04-17T15:04:08.113282+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/api/v2/users" dyno=web.1 connect=1ms service=30000ms status=503 bytes=0',
      '2021-04-17T15:04:09.114315+00:00 heroku[web.3]: Error R14 (Memory quota exceeded)',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.service, e.level, e.attributes['status'] ?? null])).toEqual([
      ['heroku[router]', 'info', '502'],
      ['heroku[router]', 'error', '503'],
      ['heroku[web.3]', 'error', null],
    ]);
  });

  it('reads NLog\'s default layout "date time|LEVEL|logger|message"', async () => {
    const lines = [
      '2021-04-10 06:55:30.5582|INFO|Microsoft.AspNetCore.Hosting.Diagnostics|Request starting HTTP/1.1 GET https://x/api/orders/161 - -',
      '2021-04-10 06:55:31.6631|ERROR|Globex.Orders.Services.OrderService|Unhandled error while processing request 42',
      '2021-04-10 06:55:32.0001|WARN|Globex.Orders.Http.ResiliencePolicy|Retry 1 of 3 for GET https://erp/items after 200ms',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(
      events.map((e) => [
        new Date(e.timestamp ?? 0).toISOString(),
        e.level,
        e.service,
        e.message.split(' ')[0],
      ]),
    ).toEqual([
      ['2021-04-10T06:55:30.558Z', 'info', 'Microsoft.AspNetCore.Hosting.Diagnostics', 'Request'],
      ['2021-04-10T06:55:31.663Z', 'error', 'Globex.Orders.Services.OrderService', 'Unhandled'],
      ['2021-04-10T06:55:32.000Z', 'warn', 'Globex.Orders.Http.ResiliencePolicy', 'Retry'],
    ]);
  });

  it("reads Asterisk's queue_log by its fields: the time, the event as the message, the rest attributes", async () => {
    const lines = [
      '1709635270|1709635255.123|support|PJSIP/1001|CONNECT|15|1709635268.130|3',
      '1709635271|1709635256.124|support|PJSIP/1002|CONNECT|12|1709635269.131|2',
      '1709635290|1709635255.123|support|PJSIP/1001|COMPLETEAGENT|15|20|1',
      '1709635291|1709635257.125|sales|NONE|ENTERQUEUE||5551234|1',
      '1709635293|1709635259.127|sales|NONE|ABANDON|1|1|30',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/Asterisk's queue_log/);
    expect(
      events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.message, e.attributes['queue']]),
    ).toEqual([
      ['2024-03-05T10:41:10.000Z', 'CONNECT', 'support'],
      ['2024-03-05T10:41:11.000Z', 'CONNECT', 'support'],
      ['2024-03-05T10:41:30.000Z', 'COMPLETEAGENT', 'support'],
      ['2024-03-05T10:41:31.000Z', 'ENTERQUEUE', 'sales'],
      ['2024-03-05T10:41:33.000Z', 'ABANDON', 'sales'],
    ]);
  });
  it("keeps RabbitMQ's message that goes on after a colon on the next line in its event", async () => {
    const accept = (s: number) =>
      `2026-04-12 06:22:${String(s).padStart(2, '0')}.783 [info] <0.587${s}.0> accepting AMQP connection <0.587${s}.0> (10.249.42.195:556${s} -> 10.249.15.151:5672)`;
    const close = (s: number) => [
      `2026-04-12 06:22:${String(s).padStart(2, '0')}.280 [warning] <0.587${s}.0> closing AMQP connection <0.587${s}.0> (10.249.42.195:556${s} -> 10.249.15.151:5672, vhost: '/', user: 'addresses'):`,
      'client unexpectedly closed TCP connection',
    ];
    // A connection in three closed so: one line in nine without a time.
    const lines = Array.from({ length: 30 }, (_, s) => (s % 3 === 2 ? close(s) : [accept(s)])).flat();
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events).toHaveLength(30);
    expect(events[2]).toMatchObject({ level: 'warn', lineCount: 2, timestampInherited: false });
    expect(
      events[2]?.message.endsWith("user: 'addresses'):\nclient unexpectedly closed TCP connection"),
    ).toBe(true);
  });

  it("keeps Entity Framework Core's SQL lines and .NET's async frame marks in their events (NLog's file target)", async () => {
    const request = (s: number) =>
      `2026-11-06 08:00:${String(s).padStart(2, '0')}.0571|INFO|Microsoft.AspNetCore.Hosting.Diagnostics|Request finished HTTP/1.1 GET https://localhost:5000/api/orders/${400 + s} - 200 1576 87.8750ms`;
    const command = (s: number) => [
      `2026-11-06 08:00:${String(s).padStart(2, '0')}.0572|INFO|Microsoft.EntityFrameworkCore.Database.Command|Executed DbCommand (35ms) [Parameters=[@__id_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']`,
      'SELECT TOP(1) [o].[Id], [o].[CustomerId], [o].[Status], [o].[Total]',
      'FROM [Orders] AS [o]',
      'WHERE [o].[Id] = @__id_0',
    ];
    const lines = [
      ...Array.from({ length: 24 }, (_, s) => [request(s), ...command(s)]).flat(),
      '2026-11-06 08:00:31.9094|ERROR|Aperture.Backoffice.Services.OrderService|Unhandled error while processing request System.TimeoutException: The operation has timed out.',
      '   at Aperture.Backoffice.Services.InvoiceService.Post(Int32 id) in C:\\src\\InvoiceService.cs:line 158',
      '--- End of stack trace from previous location ---',
      '   at Aperture.Backoffice.Data.OrderRepository.CreateAsync(Int32 id) in C:\\src\\OrderRepository.cs:line 90',
      request(32),
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events).toHaveLength(50);
    expect(events.map((e) => e.lineCount).slice(0, 2)).toEqual([1, 4]);
    expect(events[1]?.message.split('\n').at(-1)).toBe('WHERE [o].[Id] = @__id_0');
    expect(events.at(-2)).toMatchObject({ line: 121, lineCount: 4, level: 'error' });
    expect(events.filter((e) => e.timestampInherited || e.service === null).map((e) => e.line)).toEqual([]);
  });

  it('reads a time that follows the level and the thread (Cassandra\'s "INFO  [main] 2024-10-21 10:15:07,547 …")', async () => {
    const lines = [
      'INFO  [CompactionExecutor:1] 2024-10-21 15:31:04,337 CompactionTask.java:164 - Compacting (ef13d394) [nb-8158-big-Data.db:level=0, ]',
      'ERROR [ReadStage-3] 2024-10-21 15:31:20,825 JVMStabilityInspector.java:196 - OutOfMemory error letting the JVM handle the error:',
      'WARN  [GossipTasks:1] 2024-10-21 15:31:21,002 FailureDetector.java:288 - Not marking nodes down due to local pause',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    // The source file after the time is the service (see the %F:%L test).
    expect(
      events.map((e) => [
        new Date(e.timestamp ?? 0).toISOString(),
        e.level,
        e.service,
        e.message.split(' ')[0],
      ]),
    ).toEqual([
      ['2024-10-21T15:31:04.337Z', 'info', 'CompactionTask.java', 'Compacting'],
      ['2024-10-21T15:31:20.825Z', 'error', 'JVMStabilityInspector.java', 'OutOfMemory'],
      ['2024-10-21T15:31:21.002Z', 'warn', 'FailureDetector.java', 'Not'],
    ]);
  });

  it("reads the level that closes Celery's time bracket, so its errors count as errors", async () => {
    const lines = [
      '[2026-11-30 10:00:00,123: INFO/MainProcess] Task tasks.send_email[1a2b3c4d-0000-4000-8000-000000000001] received',
      '[2026-11-30 10:00:01,001: ERROR/ForkPoolWorker-1] Task tasks.charge[1a2b3c4d-0000-4000-8000-000000000002] raised unexpected: ConnectionError()',
      '[2026-11-30 10:00:01,002: WARNING/MainProcess] consumer: Connection to broker lost.',
      '[2026-11-30 10:00:02,500: CRITICAL/MainProcess] Unrecoverable error: OperationalError()',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.message.split(' ')[0]])).toEqual([
      ['info', 'Task'],
      ['error', 'Task'],
      ['warn', 'consumer:'],
      ['fatal', 'Unrecoverable'],
    ]);
  });

  it("reads Rust env_logger's bracketed header: the time and the level inside the bracket", async () => {
    const lines = [
      '[2021-07-10T12:54:51Z INFO  geo_indexer::consumer] processed batch partition=0 offset=32068681 events=131 in 61ms',
      '[2021-07-10T12:54:52.120Z ERROR geo_indexer::consumer] failed to decode message: invalid utf-8',
      '[2021-07-10T12:54:53Z WARN  geo_indexer::decoder] slow batch partition=3',
      // Ruby's Logger and Elasticsearch keep their own brackets (see the tests of each).
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level])).toEqual([
      ['2021-07-10T12:54:51.000Z', 'info'],
      ['2021-07-10T12:54:52.120Z', 'error'],
      ['2021-07-10T12:54:53.000Z', 'warn'],
    ]);
  });

  it("reads Sidekiq's level after its key=value pairs, with backtraces and warnings among the lines", async () => {
    const lines: string[] = [];
    for (let i = 0; i < 30; i++) {
      const t = `2024-07-26T03:34:${String(i).padStart(2, '0')}.857Z`;
      lines.push(`${t} pid=11 tid=t${i} class=SearchIndexJob jid=j${i} INFO: start`);
      lines.push(`${t} pid=11 tid=t${i} class=SearchIndexJob jid=j${i} elapsed=0.186 INFO: done`);
      if (i % 10 === 3)
        lines.push(
          `${t} pid=11 tid=t${i} WARN: Your Redis network connection is performing extremely poorly.`,
          'Last RTT readings were [158096, 144138, 9668, 191147, 127602], ideally these should be < 1000.',
          'Ensure Redis is running in the same AZ or datacenter as Sidekiq.',
          `${t} pid=11 tid=t${i} class=ImportCsvJob jid=k${i} ERROR: Job raised exception`,
          "/app/app/jobs/shopify_sync.rb:145:in `perform'",
          "/usr/local/bundle/gems/sidekiq-7.2.1/lib/sidekiq/processor.rb:202:in `execute_job'",
          "/usr/local/bundle/gems/sidekiq-7.2.1/lib/sidekiq/processor.rb:170:in `block (2 levels) in process'",
        );
    }
    const { events } = await read(text(lines.join('\n') + '\n'));
    const done = events.find((e) => e.message === 'done');
    expect(done).toMatchObject({ level: 'info', attributes: { class: 'SearchIndexJob', elapsed: '0.186' } });
    expect(events.find((e) => e.message.startsWith('Your Redis'))?.level).toBe('warn');
  });

  it("reads uWSGI's request lines as requests (time, status, duration, route) among the app's own lines", async () => {
    const req = (t: string, method: string, path: string, ms: number, status: number) =>
      `[pid: 41|app: 0|req: 1/1] 10.18.184.15 () {40 vars in 589 bytes} [${t}] ${method} ${path} => generated 26713 bytes in ${ms} msecs (HTTP/1.1 ${status}) 6 headers in 229 bytes (1 switches on core 0)`;
    const lines = [
      req('Wed Apr 19 01:16:04 2023', 'GET', '/api/v1/listings/76447', 23, 200),
      req('Wed Apr 19 01:16:05 2023', 'POST', '/api/v1/orders', 812, 502),
      '2023-04-19 01:16:06,389 ERROR [ixdax] Internal Server Error: /api/v1/orders',
      req('Wed Apr 19 01:16:07 2023', 'GET', '/', 5, 200),
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.level, e.message])).toEqual([
      ['2023-04-19T01:16:04.000Z', 'info', 'GET api/v1/listings/<*>'],
      ['2023-04-19T01:16:05.000Z', 'error', 'POST api/v1/orders'],
      ['2023-04-19T01:16:06.389Z', 'error', 'Internal Server Error: /api/v1/orders'],
      ['2023-04-19T01:16:07.000Z', 'info', 'GET '],
    ]);
    expect(events[1]?.attributes).toMatchObject({ status: 502, requestTime: 0.812, method: 'POST' });
  });

  it('reads log4j\'s padded level brackets (Elasticsearch\'s "[%-5p]") as the level', async () => {
    const lines = [
      '[2026-03-04T10:15:00,123][INFO ][o.e.c.r.a.AllocationService] [node-1] Cluster health status changed from [YELLOW] to [GREEN]',
      '[2026-03-04T10:15:01,456][WARN ][o.e.m.j.JvmGcMonitorService] [node-1] [gc][12345] overhead, spent [1.2s] collecting in the last [1.5s]',
      '[2026-03-04T10:15:02,789][ERROR][o.e.b.ElasticsearchUncaughtExceptionHandler] [node-1] fatal error in thread [main], exiting',
      '[2026-03-04T10:15:03,001][ INFO][o.e.n.Node] [node-1] started',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.message.split(' ')[0]])).toEqual([
      ['info', 'Cluster'],
      ['warn', '[gc][12345]'],
      // The header says ERROR: "fatal error" in the message does not make it fatal.
      ['error', 'fatal'],
      ['info', 'started'],
    ]);
  });

  it('reads the status after a quoted request line in logs of their own layout (Envoy, uvicorn)', async () => {
    const envoy = [
      '[2026-03-04T10:15:00.123Z] "GET /api/v1/items HTTP/1.1" 200 - via_upstream - "-" 0 1534 23 22 "10.1.2.3" "Mozilla/5.0" "5f1c2d3e" "api.example.com" "10.4.5.6:8080"',
      '[2026-03-04T10:15:01.223Z] "POST /api/v1/orders HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure} - "-" 120 91 5002 - "10.1.2.4" "okhttp/4.9" "5f1c2d3f" "api.example.com" "10.4.5.7:8080"',
      // Its 0: no response sent, the client gone first (DC).
      '[2026-03-04T10:15:02.668Z] "GET /api/v1/items/6936598 HTTP/2" 0 DC 0 0 10 - "-" "Mozilla/5.0" "2cb91164" "api.example.com" "10.4.5.6:8080"',
    ];
    const { events, files } = await read(text(envoy.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.attributes.status, e.attributes.requestTime])).toEqual([
      ['info', 200, 0.023],
      ['error', 503, 5.002],
      ['info', undefined, 0.01],
    ]);
    // Its message is the method and route, as an access log's: each route is a pattern.
    expect(events.map((e) => [e.message, e.attributes.path])).toEqual([
      ['GET api/v1/items', '/api/v1/items'],
      ['POST api/v1/orders', '/api/v1/orders'],
      ['GET api/v1/items/<*>', '/api/v1/items/6936598'],
    ]);
    expect(files[0]?.formatEvidence).toMatch(/2 hold an HTTP request line and its status/);
    // HAProxy's HTTP log via syslog: the status after its timers, the last of them the request's time.
    const haproxy = [
      'Mar  4 10:15:00 lb1 haproxy[1234]: 10.0.0.1:51234 [04/Mar/2026:10:15:00.123] http-in~ be_app/app1 0/0/1/35/36 200 1534 - - ---- 12/12/3/1/0 0/0 "GET /api/v1/items HTTP/1.1"',
      'Mar  4 10:15:01 lb1 haproxy[1234]: 10.0.0.2:51235 [04/Mar/2026:10:15:01.223] http-in~ be_app/app2 0/0/-1/-1/3001 503 212 - - sC-- 12/12/3/1/0 0/0 "GET /api/v1/orders HTTP/1.1"',
      'Mar  4 10:15:02 lb1 haproxy[1234]: 10.0.0.3:51236 [04/Mar/2026:10:15:02.001] http-in~ be_app/app1 0/0/0/-1/-1 400 0 - - CR-- 12/12/3/1/0 0/0 "<BADREQ>"',
    ];
    const proxied = await read(text(haproxy.join('\n') + '\n'));
    expect(proxied.files[0]?.format).toBe('syslog3164');
    // Tr, the server's time to answer, apart from Ta (which holds the body's transfer too).
    expect(
      proxied.events.map((e) => [
        e.level,
        e.attributes.status,
        e.attributes.requestTime,
        e.attributes.server_response_time_ms,
      ]),
    ).toEqual([
      ['info', 200, 0.036, 35],
      ['error', 503, 3.001, undefined],
      ['warn', 400, undefined, undefined],
    ]);
    // Its TCP log: no status; the times to connect to the server and of the whole session (ms: not of
    // one the client ended, whose length is the client's doing), and the termination state: the
    // server's refusal or timeout is an error or a warning, the client's not.
    const tcp = [
      '2026-04-09T23:54:14+00:00 haproxy-1 haproxy[5704]: 10.0.0.183:44718 [09/Apr/2026:23:54:13.917] amqp_fe amqp_be/rabbit-4 0/1/133 393 CD 10/10/9/3/0 0/0',
      '2026-04-09T23:54:17+00:00 haproxy-1 haproxy[5704]: 10.0.1.221:45687 [09/Apr/2026:23:54:17.465] amqp_fe amqp_be/rabbit-3 0/-1/3002 0 sC 10/10/9/3/0 0/0',
      '2026-04-09T23:54:18+00:00 haproxy-1 haproxy[5704]: 10.0.3.174:56517 [09/Apr/2026:23:54:18.853] amqp_fe amqp_be/rabbit-2 0/-1/1 0 SC 36/36/35/12/2 0/0',
      '2026-04-09T23:54:19+00:00 haproxy-1 haproxy[5704]: 10.0.7.112:9402 [09/Apr/2026:23:53:49.557] amqp_fe amqp_be/rabbit-1 0/2/30010 228 sD 39/39/38/13/0 0/0',
      '2026-04-09T23:54:20+00:00 haproxy-1 haproxy[5704]: 10.0.4.78:38742 [09/Apr/2026:23:53:50.908] amqp_fe amqp_be/rabbit-2 0/1/30006 102 cD 39/39/38/13/0 0/0',
    ];
    const sessions = await read(text(tcp.join('\n') + '\n'));
    expect(sessions.events.map((e) => [e.level, e.attributes])).toEqual([
      [null, { connect_ms: 1, termination_state: 'CD' }],
      ['error', { session_ms: 3002, termination_state: 'sC' }],
      ['error', { session_ms: 1, termination_state: 'SC' }],
      ['warn', { connect_ms: 2, session_ms: 30010, termination_state: 'sD' }],
      [null, { connect_ms: 1, termination_state: 'cD' }],
    ]);
    const uvicorn = [
      'INFO:     10.0.0.1:51234 - "GET /api/items HTTP/1.1" 200 OK',
      'INFO:     10.0.0.2:51235 - "POST /api/orders HTTP/1.1" 500 Internal Server Error',
    ];
    expect((await read(text(uvicorn.join('\n') + '\n'))).events.map((e) => e.attributes.status)).toEqual([
      200, 500,
    ]);
    // A Go middleware's line after the standard logger's header: the request's time closes it, with
    // its unit (the message becomes the route, so it is read before).
    const go = [
      '2025/04/20 18:00:40.229891 middleware.go:64: 175.168.141.134 - "GET /api/v3/users/107 HTTP/1.1" 200 837 46.076028ms',
      '2025/04/20 18:00:46.545643 middleware.go:64: 217.144.30.63 - "POST /api/v3/trips HTTP/1.1" 502 91 1.5s',
      '2025/04/20 18:00:47.919545 middleware.go:64: 4.212.159.26 - "GET /api/v3/users HTTP/1.1" 200 504 850µs',
    ];
    const timed = await read(text(go.join('\n') + '\n'));
    expect(timed.events.map((e) => [e.attributes.status, e.attributes.requestTime])).toEqual([
      [200, 0.046076028],
      [502, 1.5],
      [200, 0.00085],
    ]);
    // A text log that mentions a request now and then is not read for statuses.
    const app = [
      '2026-03-04 10:15:00,001 INFO  [main] c.a.Client - sent "GET /x HTTP/1.1" 200 times',
      '2026-03-04 10:15:01,001 INFO  [main] c.a.Client - ready',
      '2026-03-04 10:15:02,001 INFO  [main] c.a.Client - idle',
    ];
    expect((await read(text(app.join('\n') + '\n'))).events.map((e) => e.attributes)).toEqual([{}, {}, {}]);
  });

  it("reads AWS load balancer (ALB) access logs: time, status, path and the request's total time", async () => {
    const alb = (time: string, times: string, status: string, url: string) =>
      `https ${time} app/my-alb/50dc6c495c0c9188 10.0.0.1:51234 10.0.1.5:8080 ${times} ${status} ${status} 34 1534 "GET ${url} HTTP/1.1" "curl/8.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "api.example.com" "arn:aws:acm:us-east-1:123456789012:certificate/12345678" 0 ${time} "forward" "-" "-" "10.0.1.5:8080" "${status}" "-" "-"`;
    const lines = [
      alb(
        '2026-03-04T10:15:00.123456Z',
        '0.001 0.035 0.000',
        '200',
        'https://api.example.com:443/api/v1/items?page=2',
      ),
      alb('2026-03-04T10:15:01.123456Z', '-1 -1 -1', '504', 'https://api.example.com:443/api/v1/orders'),
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.format).toBe('access');
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2026-03-04T10:15:00.123Z'),
      level: 'info',
      message: 'GET api/v1/items',
      attributes: { status: 200, path: '/api/v1/items?page=2' },
    });
    expect(events[0]?.attributes.requestTime).toBeCloseTo(0.036, 6);
    expect(events[1]).toMatchObject({ level: 'error', attributes: { status: 504 } });
    expect(events[1]?.attributes.requestTime).toBeUndefined();
  });

  it('reads AWS Classic Load Balancer access logs: the fields of an ALB line without its type (blind22 5/s07)', async () => {
    const elb = (i: number, times: string, status: string, backend: string) =>
      `2024-03-15T10:02:${String(i).padStart(2, '0')}.236260Z contoso-api-elb 45.202.147.66:33502 10.0.3.97:80 ${times} ${status} ${backend} 0 673 "GET https://api.contoso.com:443/images/52822.jpg HTTP/1.1" "curl/8.4.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2`;
    const lines = Array.from({ length: 10 }, (_, i) =>
      i === 9 ? elb(i, '-1 -1 -1', '504', '0') : elb(i, '0.000053 0.094531 0.000048', '200', '200'),
    );
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.format).toBe('access');
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2024-03-15T10:02:00.236Z'),
      level: 'info',
      message: 'GET images/<*>',
      attributes: { status: 200, client: '45.202.147.66:33502' },
    });
    expect(events[0]?.attributes.requestTime).toBeCloseTo(0.094632, 6);
    expect(events[9]).toMatchObject({ level: 'error', attributes: { status: 504 } });
  });

  it("splits Spring Boot's default header: level, pid, ---, [app] [thread], logger, ':'", async () => {
    const boot2 = [
      "2026-03-04T10:15:00.123Z  INFO 12345 --- [main] o.s.b.w.e.tomcat.TomcatWebServer         : Tomcat started on port 8080 (http) with context path ''",
      '2026-03-04T10:15:01.456Z  WARN 12345 --- [nio-8080-exec-1] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: 08001',
      '2026-03-04T10:15:02.789Z ERROR 12345 --- [nio-8080-exec-1] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() threw exception',
      'java.net.ConnectException: Connection refused',
      '\tat java.base/sun.nio.ch.Net.connect0(Native Method)',
    ];
    const { events } = await read(text(boot2.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.service, e.message.split('\n')[0]])).toEqual([
      ['info', 'o.s.b.w.e.tomcat.TomcatWebServer', "Tomcat started on port 8080 (http) with context path ''"],
      ['warn', 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 0, SQLState: 08001'],
      ['error', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() threw exception'],
    ]);
    const boot3 = [
      "2026-03-04T10:15:00.123+00:00  INFO 12345 --- [orders] [           main] o.s.b.w.e.tomcat.TomcatWebServer         : Tomcat started on port 8080 (http) with context path '/'",
      '2026-03-04T10:15:01.456+00:00  WARN 12345 --- [orders] [nio-8080-exec-1] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: 08001',
    ];
    const again = await read(text(boot3.join('\n') + '\n'));
    expect(again.events.map((e) => [e.service, e.message])).toEqual([
      ['o.s.b.w.e.tomcat.TomcatWebServer', "Tomcat started on port 8080 (http) with context path '/'"],
      ['o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 0, SQLState: 08001'],
    ]);
  });

  it('reads Apache\'s error log: the level of "[module:level]", its module as the service, no message code', async () => {
    const lines = [
      '[Wed Mar 04 10:15:00.123456 2026] [proxy:error] [pid 1234:tid 5678] AH00957: HTTP: attempt to connect to 10.0.0.2:8080 (backend) failed',
      '[Wed Mar 04 10:15:01.123456 2026] [mpm_event:notice] [pid 1:tid 2] AH00489: Apache/2.4.57 (Unix) configured -- resuming normal operations',
      '[Wed Mar 04 10:15:02.123456 2026] [core:warn] [pid 1234:tid 5678] AH00111: Config variable ${X} is not defined',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.timestamp, e.level, e.service, e.message.split(' ')[0]])).toEqual([
      [Date.parse('2026-03-04T10:15:00.123Z'), 'error', 'proxy', 'AH00957:'],
      [Date.parse('2026-03-04T10:15:01.123Z'), 'info', 'mpm_event', 'AH00489:'],
      [Date.parse('2026-03-04T10:15:02.123Z'), 'warn', 'core', 'AH00111:'],
    ]);
  });

  it("reads the level of Python's basicConfig format (LEVEL:logger:message)", async () => {
    const lines = [
      'INFO:root:starting worker',
      'WARNING:urllib3.connectionpool:Retrying (Retry(total=2)) after connection broken',
      'ERROR:app.jobs:job 17 failed',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => e.level)).toEqual(['info', 'warn', 'error']);
  });

  it("names journalctl's programs without their process ids", async () => {
    const lines = [
      '2026-03-04T10:15:00+0000 web-1 systemd[1]: Started Daily apt download activities.',
      '2026-03-04T10:15:01+0000 web-1 kernel: Out of memory: Killed process 4321 (java)',
      '2026-03-04T10:15:02+0000 web-1 sshd[2345]: Accepted publickey for deploy from 10.0.0.9 port 51234 ssh2',
      '2026-03-04T10:15:03+0000 web-1 sshd[2399]: Accepted publickey for deploy from 10.0.0.9 port 51240 ssh2',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => e.service)).toEqual(['systemd', 'kernel', 'sshd', 'sshd']);
    expect(events[3]?.timestamp).toBe(Date.parse('2026-03-04T10:15:03Z'));
  });

  it('takes a program named by its path for the program column ("/usr/sbin/gmetad[1682]:")', async () => {
    const lines = [
      '- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond(pam_unix)[2915]: session closed for user root',
      '- 1131566461 2005.11.09 tbird-admin1 Nov 9 12:01:01 local@tbird-admin1 /apps/x86_64/system/ganglia-3.0.1/sbin/gmetad[1682]: data_thread() got not answer from any [Thunderbird_A8] datasource',
      '- 1131566501 2005.11.09 aadmin2 Nov 9 12:01:41 src@aadmin2 dhcpd: DHCPDISCOVER from 00:11:43:e3:ba:c3 via eth1: network A_net: no free leases',
      '- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond[2916]: (root) CMD (run-parts /etc/cron.hourly)',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[1]?.message).toBe('data_thread() got not answer from any [Thunderbird_A8] datasource');
    expect(events.map((e) => e.message.slice(0, 12))).toEqual([
      'session clos',
      'data_thread(',
      'DHCPDISCOVER',
      '(root) CMD (',
    ]);
  });

  it('gives no made-up time to lines of a level-first header without one (uvicorn)', async () => {
    const lines = [
      'INFO:     10.0.0.1:51234 - "GET /api/items HTTP/1.1" 200 OK',
      'ERROR:    Exception in ASGI application',
      'INFO:     10.0.0.2:51235 - "POST /api/orders HTTP/1.1" 500 Internal Server Error',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.timestamp, e.level])).toEqual([
      [null, 'info'],
      [null, 'error'],
      [null, 'info'],
    ]);
  });

  it('finds a level between tabs (AWS Lambda: time, request id, level, message)', async () => {
    const id = '3f2e1d0c-1111-2222-3333-444455556666';
    const lines = [
      `START RequestId: ${id} Version: $LATEST`,
      `2026-03-04T10:15:00.123Z\t${id}\tINFO\tprocessing order 1234`,
      `2026-03-04T10:15:00.223Z\t${id}\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"boom"}`,
      `END RequestId: ${id}`,
      `REPORT RequestId: ${id}\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 70 MB`,
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => e.level)).toEqual([null, 'info', 'error', null, null]);
    expect(events[2]?.timestamp).toBe(Date.parse('2026-03-04T10:15:00.223Z'));
  });

  it('starts an event at a Go crash in a file whose lines all carry a timestamp', async () => {
    const lines = Array.from(
      { length: 30 },
      (_, i) => `2026-12-13T01:20:${String(i).padStart(2, '0')}.000Z INF request completed status=200`,
    );
    lines.push(
      'fatal error: concurrent map writes',
      '',
      'goroutine 50897 [running]:',
      'github.com/acme/hub/internal/cache.(*Cache).merge(0xc0001b695a)',
      '\t/src/internal/cache/items.go:317 +0x105',
      '2026-12-13T01:20:48.919Z INF starting hub version=v1.22.7',
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events).toHaveLength(32);
    expect(events[30]?.level).toBe('fatal');
    expect(events[30]?.message).toMatch(/^fatal error: concurrent map writes\n\ngoroutine 50897/);
    expect(events[30]?.lineCount).toBe(5);
    expect(events[29]?.lineCount).toBe(1);
  });

  it("joins Laravel's exception report: its message's further lines, [stacktrace], PHP's frames and the closing", async () => {
    const info = (i: number) =>
      `[2026-03-18 17:36:${String(10 + (i % 40)).padStart(2, '0')}] production.INFO: Cart 6a620f1acd5e updated: ${i} items`;
    const report = [
      '[2026-03-18 18:43:14] production.ERROR: HTTP request returned status code 503:',
      '<html><head><title>503 Service Temporarily Unavailable</title></head></html> {"userId":49488,"exception":"[object] (Illuminate\\Http\\Client\\RequestException(code: 0): HTTP request returned status code 503:',
      '<html><head><title>503 Service Temporarily Unavailable</title></head></html> at /var/www/html/vendor/laravel/framework/src/Illuminate/Http/Client/Response.php:272)',
      '[stacktrace]',
      '#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(776): Illuminate\\Database\\Connection->runQueryCallback()',
      '#1 /var/www/html/public/index.php(51): Illuminate\\Foundation\\Http\\Kernel->handle()',
      '#2 {main}',
      '"} ',
    ];
    // A report every 60 lines: with their frames, an eighth of the sample's lines have no time.
    const lines = Array.from({ length: 4 }, (_, k) => [
      ...Array.from({ length: 60 }, (_, i) => info(k * 60 + i)),
      ...report,
    ]).flat();
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events).toHaveLength(244);
    expect(events.filter((e) => e.level === 'error').map((e) => e.lineCount)).toEqual(Array(4).fill(8));
    expect(events.every((e) => e.timestamp !== null && !e.timestampInherited)).toBe(true);
  });

  it("learns the header of a short file whose trace lines outnumber its headers (Laravel's report)", async () => {
    const lines = [
      '[2026-11-25 10:00:00] production.INFO: User logged in {"user_id":42}',
      '[2026-11-25 10:00:05] production.ERROR: SQLSTATE[HY000] [2002] Connection refused {"exception":"[object] (PDOException(code: 2002): Connection refused at /var/www/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php:65)',
      '[stacktrace]',
      '#0 /var/www/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct()',
      '#1 /var/www/vendor/laravel/framework/src/Illuminate/Database/Connection.php(1181): Illuminate\\Database\\Connectors\\Connector->createConnection()',
      '#2 {main}',
      '"} ',
      '[2026-11-25 10:00:06] production.WARNING: Slow request {"path":"/api/orders","ms":1234}',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.line, e.lineCount, e.level, e.message.slice(0, 24)])).toEqual([
      [1, 1, 'info', 'User logged in {"user_id'],
      [2, 6, 'error', 'SQLSTATE[HY000] [2002] C'],
      [8, 1, 'warn', 'Slow request {"path":"/a'],
    ]);
  });

  it("starts an event at the JVM's crash banner, in a container log whose lines all carry a time", async () => {
    const cri = (t: string, line: string) => `2025-07-17T08:48:${t}Z stdout F ${line}`;
    const lines = Array.from({ length: 20 }, (_, i) =>
      cri(
        `0${(i % 5).toFixed(3)}`,
        `2025-07-17T08:48:0${i % 5}.000Z  INFO 1 --- [main] c.d.catalog.web.RequestLoggingFilter     : GET /api/catalog -> 200 (8 ms)`,
      ),
    );
    lines.push(
      cri('05.001', '#'),
      cri('05.002', '# A fatal error has been detected by the Java Runtime Environment:'),
      cri('05.003', '#'),
      cri('05.004', '#  SIGSEGV (0xb) at pc=0x00007f8f7be338d9, pid=1, tid=253'),
      cri(
        '07.000',
        '2025-07-17T08:48:07.000Z  INFO 1 --- [main] c.d.catalog.CatalogApplication     : Started',
      ),
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    const crash = events.find((e) => e.message.startsWith('# A fatal error'));
    expect(crash).toMatchObject({ level: 'fatal', lineCount: 3 });
    expect(crash?.message).toMatch(/SIGSEGV/);
    expect(events.at(-1)?.message).toBe('Started');
  });

  it('starts an event at a Rust panic in a file whose lines all carry a time', async () => {
    const lines = [
      ...Array.from(
        { length: 80 },
        (_, i) =>
          `2024-10-18T04:0${Math.floor(i / 60)}:${String(i % 60).padStart(2, '0')}.267154Z  INFO catalog_backend: request finished latency=12 ms`,
      ),
      "thread 'main' panicked at src/handlers/catalog.rs:141:42:",
      'called `Result::unwrap()` on an `Err` value: Io(Custom { kind: ConnectionReset })',
      'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace',
      '2024-10-18T04:00:54.073000Z  INFO catalog_backend: starting catalog-backend v2.30.6',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events).toHaveLength(82);
    expect(events[80]).toMatchObject({ level: 'fatal', lineCount: 3 });
    expect(events[80]?.message).toMatch(/^thread 'main' panicked at/);
  });

  it("keeps Node's report of an uncaught exception in one fatal event, in a JSON log", async () => {
    const json = (t: string, m: string) =>
      `{"level":"info","message":"${m}","service":"carts","timestamp":"2025-08-23T13:52:${t}Z"}`;
    const lines = [
      json('40.000', 'GET /carts 200'),
      json('45.000', 'GET /carts 200'),
      '/app/dist/lib/price-formatter.js:73',
      '    const code = price.currency.toUpperCase();',
      '                               ^',
      '',
      "TypeError: Cannot read properties of undefined (reading 'currency')",
      '    at formatPrice (/app/dist/lib/price-formatter.js:34:37)',
      '',
      'Node.js v18.19.0',
      json('55.283', 'Starting carts-backend v4.13.9'),
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.level, e.lineCount])).toEqual([
      ['info', 1],
      ['info', 1],
      ['fatal', 8],
      ['info', 1],
    ]);
    expect(events[2]?.message).toMatch(
      /^\/app\/dist\/lib\/price-formatter\.js:73\n[\s\S]*Node\.js v18\.19\.0$/,
    );
  });

  it("reads the time of lines in another header style than the file's (Go's log beside zerolog)", async () => {
    const lines = [
      '2026-02-25T01:52:56.152Z INF served method=GET path=/api/search status=200',
      '2026-02-25T01:52:58.119Z INF flushed batch topic=search.reindex count=402',
      '2026/02/25 01:58:48 http: TLS handshake error from 9.126.64.59:14791: EOF',
      '2026/02/25 02:00:26 WARNING: [core] grpc: addrConn.createTransport failed to connect',
      '2026-02-25T02:01:00.000Z WRN flushed batch slow',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(
      events.map((e) => [new Date(e.timestamp ?? 0).toISOString(), e.timestampInherited, e.level]),
    ).toEqual([
      ['2026-02-25T01:52:56.152Z', false, 'info'],
      ['2026-02-25T01:52:58.119Z', false, 'info'],
      ['2026-02-25T01:58:48.000Z', false, null],
      ['2026-02-25T02:00:26.000Z', false, 'warn'],
      ['2026-02-25T02:01:00.000Z', false, 'warn'],
    ]);
    expect(events[2]?.message).toBe('http: TLS handshake error from 9.126.64.59:14791: EOF');
  });

  it('reads fixed columns up to an epoch timestamp as the header', async () => {
    const lines = [
      '134681 node-246 unix.hw state_change.unavailable 1077804742 1 Component State Change: Component "alt0" is in the unavailable state (HWID=1973)',
      '2286759 full partition status 1061219795 -1 running',
      '2561 node-130 action start 1074119817 1 clusterAddMember  (command 1902)',
      '344448 node-153 unix.hw state_change.unavailable 1084270952 1 Component State Change: Component "alt0" is in the unavailable state (HWID=4088)',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/epoch timestamp in column 5, then a number/);
    expect(events.map((e) => [e.timestamp, e.message.split(' ')[0]])).toEqual([
      [1077804742000, 'Component'],
      [1061219795000, 'running'],
      [1074119817000, 'clusterAddMember'],
      [1084270952000, 'Component'],
    ]);
  });

  it('ends a "name - message" header at its dash, whatever the name looks like', async () => {
    const lines = [
      '[10.30 16:49:06] chrome.exe - proxy.example.net:5070 open through proxy proxy.example.net:5070 HTTPS',
      '[10.30 16:49:07] chrome.exe - proxy.example.net:5070 close, 1190 bytes sent, 8563 bytes received, lifetime 00:01',
      '[10.30 16:51:56] svchost.exe *64 - proxy.example.net:5070 close, 303 bytes sent, 275 bytes received, lifetime 00:02',
      '[10.30 17:59:17] git-remote-https.exe - proxy.example.net:5070 open through proxy proxy.example.net:5070 HTTPS',
      '[10.30 18:00:01] Dropbox.exe - proxy.example.net:5070 open through proxy proxy.example.net:5070 HTTPS',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.service, e.message.split(' ')[1]])).toEqual([
      ['chrome.exe', 'open'],
      ['chrome.exe', 'close,'],
      ['svchost.exe *64', 'close,'],
      ['git-remote-https.exe', 'open'],
      ['Dropbox.exe', 'open'],
    ]);
  });

  it('keeps "log" and "note" at the start of a message as words, not levels', async () => {
    const { events } = await read(
      text('2026-11-25 10:00:00 app: log rotated\n2026-11-25 10:00:01 app: note to self\n'),
    );
    expect(events.map((e) => [e.level, e.message])).toEqual([
      [null, 'log rotated'],
      [null, 'note to self'],
    ]);
  });
});

describe('readEvents: statistics', () => {
  it('reports a file after all of its events', async () => {
    const order: string[] = [];
    const source = (async function* () {
      yield text('2026-11-25 10:00:00 INFO a: one\n2026-11-25 10:00:01 INFO a: two\n');
    })();
    for await (const e of readEvents(source, {
      name: 'x.log',
      onFileDone: (s) => order.push(`done ${s.events}`),
    })) {
      order.push(`event ${e.line}`);
    }
    expect(order).toEqual(['event 1', 'event 2', 'done 2']);
  });
});
