// Formats of security, network and operations tools (bench/blind8's kinds, written from each tool's
// documentation): entries of several lines read whole, and records read by their own fields.
import { describe, expect, it } from 'vitest';
import { read, text } from './test-helpers';
import type { LogEvent } from '../types';

const iso = (e: LogEvent | undefined) => (e?.timestamp == null ? null : new Date(e.timestamp).toISOString());

/** UTF-16 LE with its BOM and CRLF line ends, as PowerShell's Out-File writes. */
function utf16(lines: string[]): Uint8Array {
  const body = lines.join('\r\n') + '\r\n';
  const bytes = new Uint8Array(2 + body.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    bytes[2 + 2 * i] = c & 0xff;
    bytes[3 + 2 * i] = c >> 8;
  }
  return bytes;
}

describe('entries of several lines, each one event', () => {
  it("reads PowerShell's Format-List blocks (UTF-16, newest first) as events of their own", async () => {
    const block = (time: string, provider: string, id: number, message: string[]) => [
      '',
      `TimeCreated  : ${time}`,
      `ProviderName : ${provider}`,
      `Id           : ${id}`,
      `Message      : ${message[0] ?? ''}`,
      ...message.slice(1).map((m) => `               ${m}`),
    ];
    const lines = [
      ...block('6/25/2021 11:12:06 AM', 'Service Control Manager', 7036, [
        'The Windows Update service entered the running state.',
      ]),
      ...block('6/25/2021 11:10:55 AM', 'Application Error', 1000, [
        'Faulting application name: AcmeSyncAgent.exe, version: 2.3.5.0',
        'Faulting module name: KERNELBASE.dll',
      ]),
      ...block('6/25/2021 11:09:41 AM', 'Microsoft-Windows-GroupPolicy', 1500, [
        'The Group Policy settings for the computer were processed successfully.',
      ]),
      ...block('6/25/2021 11:08:00 AM', 'Service Control Manager', 7036, [
        'The Windows Update service entered the stopped state.',
      ]),
      '',
    ];
    const { events, files } = await read(utf16(lines));
    expect(files[0]?.formatEvidence).toMatch(
      /PowerShell's Format-List\): 4 blocks .* open with "TimeCreated"/,
    );
    const blocks = events.filter((e) => e.message !== '');
    expect(blocks.map((e) => [iso(e), e.service, e.message])).toEqual([
      [
        '2021-06-25T11:12:06.000Z',
        'Service Control Manager',
        'The Windows Update service entered the running state.',
      ],
      [
        '2021-06-25T11:10:55.000Z',
        'Application Error',
        'Faulting application name: AcmeSyncAgent.exe, version: 2.3.5.0 Faulting module name: KERNELBASE.dll',
      ],
      [
        '2021-06-25T11:09:41.000Z',
        'Microsoft-Windows-GroupPolicy',
        'The Group Policy settings for the computer were processed successfully.',
      ],
      [
        '2021-06-25T11:08:00.000Z',
        'Service Control Manager',
        'The Windows Update service entered the stopped state.',
      ],
    ]);
    expect(blocks[1]?.attributes).toMatchObject({ Id: 1000 });
    // Every physical line is counted once.
    expect(events.reduce((n, e) => n + e.lineCount, 0)).toBe(lines.length);
  });

  it("reads Db2's db2diag.log records: the offset in minutes, the level, the function's component, the message", async () => {
    const record = (
      time: string,
      id: string,
      level: string,
      fn: string,
      message: string,
      extra: string[] = [],
    ) => [
      `${time} ${id}          LEVEL: ${level}`,
      'PID     : 50895                TID : 140463367329260 PROC : db2sysc 0',
      'INSTANCE: db2inst1             NODE : 000            DB   : ORDERS',
      'EDUID   : 135                  EDUNAME: db2agent (ORDERS) 0',
      `FUNCTION: DB2 UDB, ${fn}`,
      `MESSAGE : ${message}`,
      ...extra,
      '',
    ];
    const lines = [
      ...record(
        '2026-11-07-01.36.43.895495+060',
        'I6501E614',
        'Error',
        'common communication, sqlcctcpconnmgr_child, probe:125',
        'ZRC=0x8135001C=-2127233002=SQLZ_RC_CMERR "communication error"',
        [
          'DATA #1 : <preformatted>',
          'A communication error occurred while receiving data from client 10.0.24.235.',
        ],
      ),
      ...record(
        '2026-11-07-01.37.01.433589-300',
        'I1009E533',
        'Info',
        'data protection services, sqlpgArchiveLogFile, probe:3180',
        'ADM1846I  Completed archive for log file "S0045434.LOG".',
      ),
      ...record(
        '2026-11-07-01.38.03.944992+060',
        'I423788E557',
        'Severe',
        'base sys utilities, sqleWatchDog, probe:20',
        'ADM0503C  An unexpected internal processing error has occurred.',
      ),
    ];
    const { events, files } = await read(text(lines.join('\n')));
    expect(files[0]?.formatEvidence).toMatch(/^text: IBM Db2's db2diag\.log: 3 records/);
    expect(events.map((e) => [iso(e), e.level, e.service, e.message, e.lineCount])).toEqual([
      [
        '2026-11-07T00:36:43.895Z',
        'error',
        'common communication',
        'ZRC=0x8135001C=-2127233002=SQLZ_RC_CMERR "communication error"',
        9,
      ],
      [
        '2026-11-07T06:37:01.433Z',
        'info',
        'data protection services',
        'ADM1846I  Completed archive for log file "S0045434.LOG".',
        7,
      ],
      [
        '2026-11-07T00:38:03.944Z',
        'error',
        'base sys utilities',
        'ADM0503C  An unexpected internal processing error has occurred.',
        6,
      ],
    ]);
    expect(events[0]?.attributes).toMatchObject({
      pid: 50895,
      instance: 'db2inst1',
      db: 'ORDERS',
      eduid: 135,
    });
  });

  it("reads ModSecurity's serial audit log: one event a transaction, its request, status, rule and time taken", async () => {
    const transaction = (id: string, time: string, request: string, status: string, h: string[]) => [
      `--${id}-A--`,
      `[${time}] oHfEbadbaZD5mBQGx3mPHUtcgo8 63.64.242.189 56941 10.30.0.24 443`,
      `--${id}-B--`,
      request,
      'Host: intranet.acme.lan',
      '',
      `--${id}-F--`,
      status,
      'Content-Type: text/html',
      '',
      `--${id}-H--`,
      ...h,
      '',
      `--${id}-Z--`,
      '',
    ];
    const lines = [
      ...transaction(
        'fce3a238',
        '07/Nov/2026:01:31:35.996501 +0100',
        'GET /login HTTP/1.1',
        'HTTP/1.1 200 OK',
        ['Stopwatch: 1794011495996501 12856 (- - -)'],
      ),
      ...transaction(
        'ddfd1857',
        '07/Nov/2026:01:31:43.677161 +0100',
        'GET /api/v1/users/42?id=1%27%20OR%201=1 HTTP/1.1',
        'HTTP/1.1 403 Forbidden',
        [
          'Message: Access denied with code 403 (phase 2). detected SQLi using libinjection. [file "/etc/crs/REQUEST-942-APPLICATION-ATTACK-SQLI.conf"] [id "942100"] [msg "SQL Injection Attack Detected via libinjection"]',
          'Stopwatch: 1794011503677161 4861 (- - -)',
        ],
      ),
      ...transaction(
        '24c20d62',
        '07/Nov/2026:01:32:22.161397 +0100',
        'POST /api/v1/sessions HTTP/1.1',
        'HTTP/1.1 502 Bad Gateway',
        ['Stopwatch: 1794011542161397 60012000 (- - -)'],
      ),
    ];
    const { events, files } = await read(text(lines.join('\n')));
    expect(files[0]?.formatEvidence).toMatch(/^text: ModSecurity's serial audit log: 3 transactions/);
    expect(
      events.map((e) => [iso(e), e.level, e.message, e.attributes['status'], e.attributes['requestTime']]),
    ).toEqual([
      ['2026-11-07T00:31:35.996Z', 'info', 'GET login', 200, 0.012856],
      [
        '2026-11-07T00:31:43.677Z',
        'warn',
        'GET api/v1/users/<*>: SQL Injection Attack Detected via libinjection',
        403,
        0.004861,
      ],
      ['2026-11-07T00:32:22.161Z', 'error', 'POST api/v1/sessions', 502, 60.012],
    ]);
    // (The last element, empty, only ends the last line.)
    expect(events.reduce((n, e) => n + e.lineCount, 0)).toBe(lines.length - 1);
  });
});

describe('records read by their own fields', () => {
  it("reads Zeek's TSV logs by their #fields directive: the epoch time, and an HTTP log's requests", async () => {
    const fields = ['ts', 'uid', 'id.orig_h', 'method', 'host', 'uri', 'status_code', 'status_msg', 'tags'];
    const lines = [
      '#separator \\x09',
      '#set_separator\t,',
      '#empty_field\t(empty)',
      '#unset_field\t-',
      '#path\thttp',
      `#fields\t${fields.join('\t')}`,
      `#types\ttime\tstring\taddr\tstring\tstring\tstring\tcount\tstring\tset[enum]`,
      '1624625000.885536\tC8rzoTV59QK3zO5oyI\t10.10.14.16\tGET\tintranet.acme.lan\t/api/v1/orders/19897\t200\tOK\t(empty)',
      '1624625001.002000\tCsauwzdiiupRTOenb0\t10.10.5.31\tPOST\tintranet.acme.lan\t/api/v1/orders\t503\tService Unavailable\t-',
      '1624625002.500000\tCchiRn967Xf9kXuaHF\t10.10.21.192\tGET\tintranet.acme.lan\t/\t200\tOK\t(empty)',
      '#close\t2021-06-25-13-00-00',
    ];
    const { events, files } = await read(text(lines.join('\n')));
    expect(files[0]?.format).toBe('csv');
    expect(files[0]?.formatEvidence).toMatch(/^Zeek's http log \(TSV\): "#fields" names 9 columns/);
    const rows = events.filter((e) => e.attributes['uid'] !== undefined);
    expect(rows.map((e) => [iso(e), e.message, e.attributes['status_code'], e.attributes['tags']])).toEqual([
      ['2021-06-25T12:43:20.885Z', 'GET api/v1/orders/<*>', 200, undefined],
      ['2021-06-25T12:43:21.002Z', 'POST api/v1/orders', 503, undefined],
      ['2021-06-25T12:43:22.500Z', 'GET ', 200, undefined],
    ]);
  });

  it('reads PAN-OS records by their type, behind a syslog header or not', async () => {
    const traffic =
      '1,2026/12/25 17:09:09,089231761586,TRAFFIC,end,2561,2026/12/25 17:09:09,10.0.16.193,61.211.183.175,198.51.100.7,61.211.183.175,allow-outbound,acme\\deploy,,ssl,vsys1,trust,untrust,ethernet1/2,ethernet1/1,default,2026/12/25 17:09:09,973108,1,22428,443,33261,443,0x400053,tcp,allow,93491,41497,51994,105,2026/12/25 17:09:09,12,business-and-economy,0,1618010680,0x0,10.0.0.0-10.255.255.255,United States,0,47,58,tcp-fin,0,0,0,0,,PA-850-HQ,from-policy';
    const threat =
      '<14>Dec 25 17:09:10 PA-3220 1,2026/12/25 17:09:10,089231761586,THREAT,vulnerability,2561,2026/12/25 17:09:10,203.0.113.9,10.0.4.10,0.0.0.0,0.0.0.0,allow-ssh,,,ssh,vsys1,untrust,trust,ethernet1/1,ethernet1/2,default,2026/12/25 17:09:10,973109,1,51000,22,0,0,0x2000,tcp,reset-both,,SSH2 Login Attempt(40015),brute-force,high,client-to-server';
    const system =
      '1,2026/12/25 17:09:14,089231761586,SYSTEM,general,0,2026/12/25 17:09:14,,auth-success,,0,0,general,informational,"User dave logged in via Web from 10.1.9.5 using https",1618010682,0x0,0,0,0,0,,PA-850-HQ';
    const { events, files } = await read(text([traffic, threat, system, traffic, system].join('\n')));
    expect(files[0]?.formatEvidence).toMatch(/open as PAN-OS' records do/);
    expect(events.slice(0, 3).map((e) => [iso(e), e.level, e.message])).toEqual([
      ['2026-12-25T17:09:09.000Z', 'info', 'TRAFFIC end allow ssl'],
      ['2026-12-25T17:09:10.000Z', 'error', 'THREAT vulnerability SSH2 Login Attempt(40015) reset-both'],
      ['2026-12-25T17:09:14.000Z', 'info', 'User dave logged in via Web from 10.1.9.5 using https'],
    ]);
    expect(events[0]?.attributes).toMatchObject({ app: 'ssl', action: 'allow', dport: 443, elapsed: 12 });
    // A syslog header without its priority, as a relay writes its file (blind22 12/s02: read as CSV,
    // every TRAFFIC record was one pattern `<*> <*> <*>`).
    const relayed = [
      `Dec 25 17:09:09 PA-850 ${traffic}`,
      threat.replace('<14>', ''),
      `Dec 25 17:09:14 PA-850 ${system}`,
    ];
    const again = await read(text(relayed.join('\n')));
    expect(again.files[0]?.formatEvidence).toMatch(/open as PAN-OS' records do/);
    expect(again.events.map((e) => [e.level, e.message])).toEqual([
      ['info', 'TRAFFIC end allow ssl'],
      ['error', 'THREAT vulnerability SSH2 Login Attempt(40015) reset-both'],
      ['info', 'User dave logged in via Web from 10.1.9.5 using https'],
    ]);
  });

  it("reads IBM DataPower's syslog lines: the category the service, a latency message's largest number its time (blind20 12/s05)", async () => {
    const lines = [
      'Jun 25 06:40:02 dp02nyc [b2b][0x80e0006b][mpgw][info] mpgw(B2B-Orders-MPGW): tid(2953079)[10.52.42.20] gtid(2953079): Response code 202 from backside 10.59.22.83:8443',
      'Jun 25 06:40:04 dp02nyc [b2b][0x80e003a6][latency][info] mpgw(B2B-Orders-MPGW): tid(2953080)[10.2.165.191] gtid(2953080): Latency:   0   1   0   1   3   0   0 106 108   3 108   2   0   0   2 109 [https://10.59.22.83:8443/payments]',
      'Jun 25 06:40:05 dp02nyc [b2b][0x80e0014a][mpgw][warn] mpgw(B2B-Orders-MPGW): tid(2953081): Backside response took 5210 ms, above warning threshold',
      'Jun 25 06:40:06 dp02nyc [b2b][0x8060016b][ssl][critic] sslproxy(B2B-SSL): SSL handshake with 10.59.22.83 failed',
    ];
    const { events, files } = await read(text(lines.join('\n')), { year: 2017 });
    expect(files[0]?.formatEvidence).toMatch(/4 are IBM DataPower's/);
    expect(events.map((e) => [iso(e), e.level, e.service])).toEqual([
      ['2017-06-25T06:40:02.000Z', 'info', 'mpgw'],
      ['2017-06-25T06:40:04.000Z', 'info', 'latency'],
      ['2017-06-25T06:40:05.000Z', 'warn', 'mpgw'],
      ['2017-06-25T06:40:06.000Z', 'error', 'ssl'],
    ]);
    expect(events[1]?.attributes).toEqual({
      host: 'dp02nyc',
      domain: 'b2b',
      msgid: '0x80e003a6',
      latency_ms: 109,
    });
    expect(events[1]?.message).toMatch(/^mpgw\(B2B-Orders-MPGW\): tid\(2953080\)/);
  });

  it("reads Apple's `log show` lines: the type as the level, the process as the service, CFNetwork's summary pairs", async () => {
    const lines = [
      'Filtering the log data using "process == "FieldSync""',
      'Timestamp                       Thread     Type        Activity             PID    TTL  ',
      '2025-10-21 19:05:37.673354+0100 0xdd212    Default     0x0                  4186   0    FieldSync: [com.acme.fieldsync:sync] Synced 136 records in 818ms',
      '2025-10-21 19:05:38.395763+0100 0x2433b    Default     0x1d4a               4186   0    FieldSync: (CFNetwork) [com.apple.CFNetwork:Summary] Task <7C68F026>.<26> summary for task success {transaction_duration_ms=201, response_status=200, protocol="h2"}',
      '2025-10-21 19:06:46.568082+0100 0x48113    Error       0x0                  4186   0    FieldSync: (CFNetwork) [com.apple.CFNetwork:Default] Task <08EDDCDB>.<105> finished with error [-1001]',
      '2025-10-21 19:06:47.000000+0100 0x48113    Fault       0x0                  4186   0    FieldSync: [com.acme.fieldsync:db] database is locked',
    ];
    const { events, files } = await read(text(lines.join('\n')));
    expect(files[0]?.formatEvidence).toMatch(/open as Apple's `log show` does/);
    const timed = events.filter((e) => e.timestamp !== null && !e.timestampInherited);
    expect(timed.map((e) => [iso(e), e.level, e.service, e.message])).toEqual([
      [
        '2025-10-21T18:05:37.673Z',
        'info',
        'FieldSync',
        '[com.acme.fieldsync:sync] Synced 136 records in 818ms',
      ],
      [
        '2025-10-21T18:05:38.395Z',
        'info',
        'FieldSync',
        '(CFNetwork) [com.apple.CFNetwork:Summary] Task <7C68F026>.<26> summary for task success',
      ],
      [
        '2025-10-21T18:06:46.568Z',
        'error',
        'FieldSync',
        '(CFNetwork) [com.apple.CFNetwork:Default] Task <08EDDCDB>.<105> finished with error [-1001]',
      ],
      ['2025-10-21T18:06:47.000Z', 'error', 'FieldSync', '[com.acme.fieldsync:db] database is locked'],
    ]);
    expect(timed[1]?.attributes).toMatchObject({
      library: 'CFNetwork',
      subsystem: 'com.apple.CFNetwork:Summary',
      transaction_duration_ms: 201,
      response_status: 200,
      protocol: 'h2',
    });
  });

  it("times the kernel's seconds since boot from the boot's setting of the clock", async () => {
    const lines = [
      '[    0.000000] Linux version 5.15.0-91-generic (buildd@lcy02-amd64-045)',
      '[    0.512345] Freeing SMP alternatives memory: 40K',
      '[    2.195991] rtc_cmos 00:00: setting system clock to 2020-06-18T07:48:32 UTC (1592466512)',
      '[   39.005825] nfs: server nas01 not responding, still trying',
      '[18373.412000] Out of memory: Killed process 4242 (java) total-vm:9830400kB',
    ];
    const { events, files } = await read(text(lines.join('\n')));
    expect(files[0]?.formatEvidence).toMatch(/open with the kernel's seconds since boot/);
    expect(events.map((e) => [iso(e), e.service])).toEqual([
      [null, null],
      [null, null],
      ['2020-06-18T07:48:32.000Z', null],
      ['2020-06-18T07:49:08.809Z', 'nfs'],
      ['2020-06-18T12:54:43.216Z', null],
    ]);
    // Lines a few seconds out of order are of the same boot.
    const shuffled = [...lines.slice(0, 4), '[   31.100000] nfs: server nas01 OK', lines[4] ?? ''];
    const { events: same } = await read(text(shuffled.join('\n')));
    expect(same.map((e) => iso(e)).slice(3)).toEqual([
      '2020-06-18T07:49:08.809Z',
      '2020-06-18T07:49:00.904Z',
      '2020-06-18T12:54:43.216Z',
    ]);
    // A capture across a reboot: the new boot's lines are timed from its own setting of the clock.
    const reboot = [
      ...lines,
      '[    0.000000] Linux version 5.15.0-91-generic (buildd@lcy02-amd64-045)',
      '[    2.100000] rtc_cmos 00:00: setting system clock to 2020-06-18T13:00:02 UTC (1592485202)',
      '[   10.100000] nfs: server nas01 OK',
    ];
    const { events: after } = await read(text(reboot.join('\n')));
    // (Its first line has no time of its own: it takes the one before it, and says so.)
    expect(after.slice(5).map((e) => [iso(e), e.timestampInherited])).toEqual([
      ['2020-06-18T12:54:43.216Z', true],
      ['2020-06-18T13:00:02.000Z', false],
      ['2020-06-18T13:00:10.000Z', false],
    ]);
  });

  it("times a console captured after the boot from its first audit record's own time (blind19 17/s08)", async () => {
    const lines = [
      '[30357.230414] brcmfmac: brcmf_cfg80211_set_power_mgmt: power save disabled',
      '[30357.722481] audit: type=1400 audit(1645876021.184:6578): apparmor="DENIED" operation="open" profile="snap.shop-agent.daemon" pid=1584',
      '[37678.264847] Kernel panic - not syncing: Oops: Fatal exception',
    ];
    const { events } = await read(text(lines.join('\n')));
    expect(events.map((e) => iso(e))).toEqual([null, '2022-02-26T11:47:01.184Z', '2022-02-26T13:49:01.726Z']);
  });

  it("takes Node's `debug` namespace after the time as the service: morgan's request lines are requests then", async () => {
    const lines = [
      '2026-06-01T01:02:59.749Z app:http GET /api/v1/products 200 8.977 ms - 24647',
      '2026-06-01T01:03:00.100Z express:router dispatching GET /api/v1/cart',
      '2026-06-01T01:03:01.486Z app:cache hit user:73785',
      '2026-06-01T01:03:02.000Z ioredis:redis status[10.0.3.7:6379]: connect -> ready',
      '2026-06-01T01:03:03.749Z app:http GET /api/v1/products 503 12.100 ms - 120',
    ];
    const { events } = await read(text(lines.join('\n')));
    expect(events.map((e) => [e.service, e.message])).toEqual([
      ['app:http', 'GET /api/v1/products 200 8.977 ms - 24647'],
      ['express:router', 'dispatching GET /api/v1/cart'],
      ['app:cache', 'hit user:73785'],
      ['ioredis:redis', 'status[10.0.3.7:6379]: connect -> ready'],
      ['app:http', 'GET /api/v1/products 503 12.100 ms - 120'],
    ]);
  });

  it("reads Plex's `Sep 05, 2024` time, ESXi's `In(182)` levels and a tagged request line's own time (InfluxDB)", async () => {
    const plex = await read(
      text(
        [
          'Sep 05, 2024 11:15:07.397 [140895615220908] DEBUG - Request: [192.168.1.2:61399 (Subnet)] GET /library/sections/1/all',
          'Sep 05, 2024 11:15:08.422 [140117820002579] WARN - Butler: Scheduled task took too long',
        ].join('\n'),
      ),
    );
    expect(plex.events.map((e) => [iso(e), e.level])).toEqual([
      ['2024-09-05T11:15:07.397Z', 'debug'],
      ['2024-09-05T11:15:08.422Z', 'warn'],
    ]);
    const esxi = await read(
      text(
        [
          '2026-09-22T22:44:06.255Z In(182) vmkernel: cpu15:2104912)CpuSched: 827: user latency changed',
          '2026-09-22T22:44:07.000Z Wa(180) vmkernel: cpu8:2106841)WARNING: NMP: nmp_DeviceRequestFastDeviceProbe',
          '2026-09-22T22:44:08.449Z Er(179) vmkernel: cpu10:2097969)Vol3: 4185: Failed to get object 28',
        ].join('\n'),
      ),
    );
    expect(esxi.events.map((e) => [e.level, e.service])).toEqual([
      ['info', 'vmkernel'],
      ['warn', 'vmkernel'],
      ['error', 'vmkernel'],
    ]);
    const influx = await read(
      text(
        [
          '[httpd] 10.0.4.51 - telegraf [17/Oct/2019:05:31:05 +0100] "POST /write?db=telegraf HTTP/1.1" 204 0 "-" "Telegraf/1.21.4" b538b267 3933',
          'ts=2019-10-17T04:31:06.343989Z lvl=info msg="Executing query" log_id=0jRceM76NWL service=query',
          '[httpd] 10.0.1.232 - - [17/Oct/2019:05:31:07 +0100] "GET /query?db=telegraf HTTP/1.1" 500 15808 "-" "Grafana/9.3.2" bd5f92b3 32377',
        ].join('\n'),
      ),
    );
    // Its request's time closes the line, in microseconds, after the request's id (blind9 20/s09).
    expect(
      influx.events.map((e) => [
        iso(e),
        e.timestampInherited,
        e.attributes['status'] ?? null,
        e.attributes['requestTime'] ?? null,
      ]),
    ).toEqual([
      ['2019-10-17T04:31:05.000Z', false, 204, 0.003933],
      ['2019-10-17T04:31:06.343Z', false, null, null],
      ['2019-10-17T04:31:07.000Z', false, 500, 0.032377],
    ]);
  });

  it("reads a CSV whose header row follows a preamble (Windows' DHCP server audit log)", async () => {
    const lines = [
      '\t\tMicrosoft DHCP Service Activity Log',
      '',
      'Event ID  Meaning',
      '00\tThe log was started.',
      '10\tA new IP address was leased to a client.',
      '11\tA lease was renewed by a client.',
      '',
      'ID,Date,Time,Description,IP Address,Host Name,MAC Address,User Name, TransactionID, QResult,Probationtime, CorrelationID,Dhcid,VendorClass(Hex),VendorClass(ASCII),UserClass(Hex),UserClass(ASCII),RelayAgentInformation,DnsRegError.',
      '10,08/18/25,07:07:15,Assign,10.3.4.132,DESKTOP-F074C.office.lan,C1177ED7837D,,1650152318,0,,,,0x4D53465420352E30,MSFT 5.0,,,,0',
      '11,08/18/25,07:07:16,Renew,10.4.0.160,android-54D57.office.lan,896796734CFE,,463560987,0,,,,0x4D53465420352E30,MSFT 5.0,,,,0',
      '31,08/18/25,07:07:18,DNS Update Failed,10.9.0.204,android-B96BC.office.lan,,,0,6,,,,,,,,,0',
    ];
    const { events, files } = await read(text(lines.join('\n')));
    expect(files[0]?.format).toBe('csv');
    const rows = events.filter((e) => e.attributes['ID'] !== undefined);
    expect(rows.map((e) => [iso(e), e.message, e.attributes['IP Address']])).toEqual([
      ['2025-08-18T07:07:15.000Z', 'Assign', '10.3.4.132'],
      ['2025-08-18T07:07:16.000Z', 'Renew', '10.4.0.160'],
      ['2025-08-18T07:07:18.000Z', 'DNS Update Failed', '10.9.0.204'],
    ]);
  });

  it("reads a 12-hour clock's AM/PM with the header's time", async () => {
    const lines = [
      '12/25/2026 5:08:42 PM 15DF INFO Service started on port 8080',
      '12/25/2026 5:08:43 PM 15DF WARN Cache miss ratio above 40%',
      '12/25/2026 11:08:43 AM 14DE INFO Nightly export finished',
    ];
    const { events } = await read(text(lines.join('\n')));
    expect(events.map((e) => [iso(e), e.level])).toEqual([
      ['2026-12-25T17:08:42.000Z', 'info'],
      ['2026-12-25T17:08:43.000Z', 'warn'],
      ['2026-12-25T11:08:43.000Z', 'info'],
    ]);
  });

  it("reads Windows' DNS debug log's packets: a query, a response with its code (SERVFAIL an error)", async () => {
    const lines = [
      '5/13/2025 4:36:06 PM 1C01 PACKET  00001DA313EBC893 UDP Rcv 10.1.9.197      e2e6   Q [0001   D   NOERROR] A      (3)cdn(8)partner1(3)net(0)',
      '5/13/2025 4:36:06 PM 1C01 PACKET  00001DA313EBC893 UDP Snd 10.1.9.197      e2e6 R Q [8082   DR SERVFAIL] A      (3)cdn(8)partner1(3)net(0)',
      '5/13/2025 4:36:07 PM 1D78 PACKET  00001DA313F6EA0E UDP Snd 10.1.7.248      b880 R Q [8183   DR NXDOMAIN] AAAA   (4)wpad(4)acme(5)local(0)',
    ];
    const { events, files } = await read(text(lines.join('\n')));
    expect(files[0]?.formatEvidence).toMatch(/packets of Windows' DNS debug log/);
    expect(events.map((e) => [iso(e), e.level, e.message, e.attributes['question']])).toEqual([
      ['2025-05-13T16:36:06.000Z', 'info', 'Rcv query A', 'cdn.partner1.net'],
      ['2025-05-13T16:36:06.000Z', 'error', 'Snd response A SERVFAIL', 'cdn.partner1.net'],
      ['2025-05-13T16:36:07.000Z', 'info', 'Snd response AAAA NXDOMAIN', 'wpad.acme.local'],
    ]);
  });
});
