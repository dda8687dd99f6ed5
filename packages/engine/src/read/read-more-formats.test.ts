// Formats of the seventh week's blind generators (bench/blind9 …): columns the header learner must not
// take for the header, and records read by their own fields.
import { describe, expect, it } from 'vitest';
import { spacedPairs } from '../format/pipe-pairs';
import { criticalSignature } from '../analysis/detectors/critical-signatures';
import { fixture, read, text } from './test-helpers';
import { TemplateMiner } from '../mining/template-miner';

describe('game servers', () => {
  it("reads a Source engine server's log lines (L date - time: message)", async () => {
    const lines = [
      'L 10/23/2025 - 06:30:00: Log file started (file "logs/L1023000.log") (game "/home/steam/tf") (version "7992")',
      ...Array.from(
        { length: 20 },
        (_, i) =>
          `L 10/23/2025 - 06:30:${String(i + 1).padStart(2, '0')}: "K4rl<5><[U:1:139595]><Blue>" say "rush b"`,
      ),
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/Source engine server's log/);
    expect(events[1]).toMatchObject({
      timestamp: Date.UTC(2025, 9, 23, 6, 30, 1),
      message: '"K4rl<5><[U:1:139595]><Blue>" say "rush b"',
    });
  });
});

describe('header columns', () => {
  it("keeps a number with a unit after the level in the message (Neo4j's query log), not as a pid", async () => {
    const lines = Array.from(
      { length: 40 },
      (_, i) =>
        `2021-07-05 09:14:${String(i).padStart(2, '0')}.704+0000 INFO  ${10 + ((i * 37) % 300)} ms: (planning: ${i % 7}, cpu: 0, waiting: 0) - ${14336 + i} B - 0 page hits, 0 page faults - bolt-session\tbolt\tneo4j - MATCH (n) RETURN n - {} - runtime=pipelined - {}`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[1]?.level).toBe('info');
    expect(events[1]?.service).toBeNull();
    expect(events[1]?.message).toMatch(/^47 ms: \(planning: 1,/);
  });

  it('still reads a number column after the level as a pid when no unit follows it (Spring Boot)', async () => {
    const lines = Array.from(
      { length: 40 },
      (_, i) =>
        `2023-03-18 10:00:${String(i).padStart(2, '0')}.123  INFO 23532 --- [io-8080-exec-${i}] c.w.s.web.ProductController              : listed ${i} products in 12 ms`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[0]?.message).toBe('listed 0 products in 12 ms');
  });
});

describe('request lines of web frameworks', () => {
  it("reads CouchDB's request lines as an access log's; its other lines keep the learned header", async () => {
    const lines = [
      ...Array.from(
        { length: 10 },
        (_, i) =>
          `[notice] 2018-09-30T07:42:0${i}.626775Z couchdb@127.0.0.1 <0.3489.0> 42be77e706 localhost:5984 10.0.10.5 admin GET /orders/68c694f4 ${i === 2 ? 500 : 200} ok ${7 + i}`,
      ),
      '[error] 2018-09-30T07:42:11.057576Z couchdb@127.0.0.1 <0.22065.8> -------- couch_replicator_scheduler: Job started',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[0]).toMatchObject({
      timestamp: Date.UTC(2018, 8, 30, 7, 42, 0, 626),
      message: 'GET orders/<*>',
      attributes: { status: 200, requestTime: 0.007, client: '10.0.10.5' },
    });
    expect(events[2]?.level).toBe('error');
    expect(events[10]).toMatchObject({ level: 'error', timestamp: Date.UTC(2018, 8, 30, 7, 42, 11, 57) });
  });

  it("reads the request time of APISIX's access log (the host before the request, seconds after the bytes)", async () => {
    const lines = Array.from(
      { length: 10 },
      (_, i) =>
        `193.19.154.${i} - - [12/Aug/2018:09:00:0${i} -0400] api.example.com "GET /api/v2/catalog/items HTTP/1.1" 200 5517 0.${String(60 + i).padStart(3, '0')} "-" "Mozilla/5.0" 172.29.210.51:8080 200 0.066 "http://api.example.com/x"`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[3]?.attributes).toMatchObject({ status: 200, requestTime: 0.063 });
  });

  it("reads the request time OpenStack's eventlet WSGI server writes closing its request lines, to the microsecond", async () => {
    const lines = Array.from(
      { length: 20 },
      (_, i) =>
        `2024-01-27 19:00:${String(10 + i).padStart(2, '0')}.309 27921 INFO eventlet.wsgi.server [None req-17424fa9-5717-023b-7ebb-a9369adaf674 1a59eb164ec39fa8d3588be4c2baadf1 92e4c1cf208b6d15f89b85b406cb3007 - - default default] 10.11.3.233 - - [27/Jan/2024 19:00:${String(10 + i).padStart(2, '0')}] "HEAD /v2/images/f6a801f1-ab28-455c-a4a4-aae7951c7e5b HTTP/1.1" 200 16165 0.1448${String(i).padStart(2, '0')}`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[3]?.attributes).toMatchObject({ status: 200, requestTime: 0.144803 });
  });

  it("reads oauth2-proxy's request lines as an access log's and its authentication events at their status", async () => {
    const request = (i: number, status: number) =>
      `192.168.1.${i} - 67117c7a-a98a-49b6-a9ee-bec95f6da943 - grace@example.com [2021/07/25 13:30:${String(i).padStart(2, '0')}] app.example.com GET - "/oauth2/auth" HTTP/1.1 "python-requests/2.31.0" ${status} 2762 0.028`;
    const lines = [
      ...Array.from({ length: 10 }, (_, i) => request(i, i === 4 ? 502 : 202)),
      '192.168.1.22 - bab902e1-a326-433f-bc03-4e37db11bb34 - alice@example.com [2021/07/25 13:30:30] [AuthFailure] Invalid authentication via OAuth2: unauthorized',
      '[2021/07/25 13:31:50] [proxy.go:75] WARNING: Multiple cookies are required for this session',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/oauth2-proxy's request and authentication lines/);
    expect(events[0]).toMatchObject({
      timestamp: Date.UTC(2021, 6, 25, 13, 30, 0),
      level: 'info',
      attributes: { status: 202, requestTime: 0.028, user: 'grace@example.com', path: '/oauth2/auth' },
    });
    expect(events[4]?.level).toBe('error');
    expect(events[10]).toMatchObject({
      level: 'warn',
      message: '[AuthFailure] Invalid authentication via OAuth2: unauthorized',
    });
    expect(events[11]?.timestamp).toBe(Date.UTC(2021, 6, 25, 13, 31, 50));
  });

  it("reads PHP-FPM's access log in its documented format (no brackets, no protocol, ms and KB)", async () => {
    const lines = Array.from(
      { length: 20 },
      (_, i) =>
        `217.120.113.${i} -  26/May/2023:06:45:${String(i).padStart(2, '0')} -0230 "GET /index.php" ${i === 3 ? 502 : 200} /var/www/html/index.php ${38 + i}.975 2048 58.67%`,
    );
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/PHP-FPM's access lines/);
    expect(events[0]).toMatchObject({
      timestamp: Date.UTC(2023, 4, 26, 9, 15, 0),
      level: 'info',
      message: 'GET index.php',
      attributes: { status: 200, requestTime: 0.038975, memoryKb: 2048, cpu: 58.67 },
    });
    expect(events[3]).toMatchObject({ level: 'error', attributes: { status: 502 } });
  });

  it("reads the time of Payara's access log, whose fields are each quoted", async () => {
    const lines = Array.from(
      { length: 20 },
      (_, i) =>
        `"10.20.17.${i}" "NULL-AUTH-USER" "26/Dec/2025:13:00:${String(i).padStart(2, '0')} +0530" "GET /shop/api/session HTTP/1.1" ${i === 5 ? 503 : 200} 27723 ${5 + i}`,
    );
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(events[0]).toMatchObject({
      timestamp: Date.UTC(2025, 11, 26, 7, 30, 0),
      message: 'GET shop/api/session',
      attributes: { status: 200, requestTime: 0.005 },
    });
    expect(events[5]).toMatchObject({ level: 'error', attributes: { status: 503, requestTime: 0.01 } });
    // Its time taken closes the line, in milliseconds (blind10 12/s10); Apache's %D in microseconds.
    expect(files[0]?.formatEvidence).toMatch(/closed by its request times in milliseconds/);
    const apache = lines.map((l) => `${l}${l.endsWith(' 5') ? '' : '000'}`);
    const micros = await read(text(apache.join('\n') + '\n'));
    expect(micros.events[1]?.attributes['requestTime']).toBe(0.006);
  });

  it("reads Gin's request lines as an access log's, beside the service's own lines from Go's log", async () => {
    const gin = (s: number, status: number, latency: string, method: string, path: string) =>
      `[GIN] 2023/03/06 - 19:00:${String(s).padStart(2, '0')} | ${status} | ${latency.padStart(14)} | ${'77.124.15.245'.padStart(15)} | ${method.padEnd(8)} "${path}"`;
    const lines = [
      ...Array.from({ length: 30 }, (_, i) =>
        gin(i, 200, `${40 + i}.295852ms`, 'GET', `/api/v1/lobbies/${i}`),
      ),
      gin(31, 502, '1m2.5s', 'POST', '/login'),
      gin(32, 200, '42.658µs', 'GET', '/healthz'),
      '[GIN] 2018/07/02 - 10:00:00 | 404 |     1.502s |     10.0.0.1 |  GET     /old',
      '2023/03/06 19:00:38 session store: 325 active sessions',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/are Gin's request lines/);
    expect(events[0]).toMatchObject({
      timestamp: Date.UTC(2023, 2, 6, 19, 0, 0),
      level: 'info',
      message: 'GET api/v1/lobbies/<*>',
      attributes: { status: 200, method: 'GET', path: '/api/v1/lobbies/0', client: '77.124.15.245' },
    });
    expect(events[0]?.attributes.requestTime).toBeCloseTo(0.040295852, 9);
    expect(events[30]).toMatchObject({
      level: 'error',
      message: 'POST login',
      attributes: { requestTime: 62.5 },
    });
    expect(events[31]?.attributes.requestTime).toBeCloseTo(0.000042658, 9);
    expect(events[32]).toMatchObject({
      level: 'warn',
      message: 'GET old',
      attributes: { status: 404, requestTime: 1.502 },
    });
    expect(events[33]).toMatchObject({
      timestamp: Date.UTC(2023, 2, 6, 19, 0, 38),
      message: 'session store: 325 active sessions',
    });
  });
});

describe('header times', () => {
  it('reads a time whose date and time of day a lone dash parts (KrakenD: `2020/03/17 - 18:45:01.001`)', async () => {
    const lines = Array.from(
      { length: 20 },
      (_, i) =>
        `[KRAKEND] 2020/03/17 - 18:45:${String(i).padStart(2, '0')}.001 ▶ DEBUG [SERVICE: Gin] Serving request to /healthz`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[3]?.timestamp).toBe(Date.UTC(2020, 2, 17, 18, 45, 3, 1));
  });

  it("does not read another token as the time's first where lines differ (FreeSWITCH's call uuid before some)", async () => {
    const line = (s: number, uuid: string | null) =>
      `${uuid === null ? '' : `${uuid} `}2026-12-21 06:04:${String(s).padStart(2, '0')}.179754 60.14% [INFO] switch_core_session.c:2910 Session 73356 Ended`;
    const lines = [
      ...Array.from({ length: 10 }, (_, i) => line(i, `${String(i).repeat(8)}-5ae2-4a59-846f-6abb2107ebd7`)),
      line(10, null),
      line(11, '7d5d0935-5ae2-4a59-846f-6abb2107ebd7'),
      line(12, null),
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.slice(-3).map((e) => e.timestamp)).toEqual(
      [10, 11, 12].map((s) => Date.UTC(2026, 11, 21, 6, 4, s, 179)),
    );
  });

  it("keeps PM in a time learned from a morning's lines (java.util.logging's two-line records)", async () => {
    // blind11 2/s02's server.log: a morning's 205 lines (the time's tokens learned from the sampled
    // ones, where "11:00:00 AM" reads the same without its AM), then two records after 1 PM.
    const { events } = await read(fixture('jul-morning-then-pm.log'));
    expect(
      events
        .filter((e) => !e.timestampInherited)
        .slice(-2)
        .map((e) => new Date(e.timestamp ?? 0).toISOString()),
    ).toEqual(['2024-10-04T12:59:57.000Z', '2024-10-04T13:00:01.000Z']);
  });

  it("reads a time whose AM/PM follows a narrow no-break space (NestJS' logger on Node 20's ICU)", async () => {
    const lines = Array.from(
      { length: 30 },
      (_, i) =>
        `[Nest] 57268  - 09/26/2025, 7:00:${String(i).padStart(2, '0')}\u202fPM     LOG [HTTP] GET /api/v1/products 200 ${8 + i}ms - Go-http-client/1.1 85.232.68.117 +0ms`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => e.timestamp)).toEqual(lines.map((_, i) => Date.UTC(2025, 8, 26, 19, 0, i)));
    expect(events[0]).toMatchObject({
      level: 'info',
      message: 'GET /api/v1/products 200 8ms - Go-http-client/1.1 85.232.68.117 +0ms',
    });
  });
});

describe('entries of several lines', () => {
  it("reads Configuration Manager's CMTrace entries, a message over several lines too, at the bias they write", async () => {
    const entry = (message: string, time: string, type: number) =>
      `<![LOG[${message}]LOG]!><time="${time}-345" date="11-15-2022" component="ContentAccess" context="" type="${type}" thread="2900" file="downloadmanager.cpp:1101">`;
    const lines = [
      entry('Location update from CTM for content P0100106.6', '06:15:00.300', 1),
      entry('Download failed for content P0100106.6, error 0x80070070', '06:15:01.000', 3),
      '<![LOG[DTS job {5501AB49-8CCE-4CE4-95D9-43A3DB43D028} has completed:',
      '\tStatus : SUCCESS,',
      entry('\tElapsed time : 25 seconds', '06:15:58.469', 1).slice('<![LOG['.length),
      entry('Location update from CTM for content P0100165.1', '06:16:00.000', 2),
    ];
    const { events, files } = await read(text(lines.join('\r\n') + '\r\n'));
    expect(files[0]?.formatEvidence).toMatch(/Configuration Manager's \(CMTrace\) log: 4 entries/);
    expect(events.map((e) => [e.line, e.lineCount, e.level, e.service])).toEqual([
      [1, 1, 'info', 'ContentAccess'],
      [2, 1, 'error', 'ContentAccess'],
      [3, 3, 'info', 'ContentAccess'],
      [6, 1, 'warn', 'ContentAccess'],
    ]);
    // 06:15 in Kathmandu (bias -345) is 00:30 UTC.
    expect(events[0]?.timestamp).toBe(Date.UTC(2022, 10, 15, 0, 30, 0, 300));
    expect(events[2]?.message).toBe(
      'DTS job {5501AB49-8CCE-4CE4-95D9-43A3DB43D028} has completed:\n\tStatus : SUCCESS,\n\tElapsed time : 25 seconds',
    );
    expect(events[0]?.attributes).toEqual({ thread: 2900, source: 'downloadmanager.cpp:1101' });
  });

  it("reads Samba's log entries (a header with time, level and function, the message indented below) as one event each", async () => {
    const lines = [
      '[2020/02/13 01:27:20.300000,  2] ../../source3/smbd/service.c:1133(make_connection_snum)',
      '  ws170 (ipv4:10.20.124.178:64716) connect to service scans initially as user alice (uid=10144, gid=10025) (pid 26363)',
      '[2020/02/13 01:27:21.172250,  1, pid=4242, effective(0, 0), real(0, 0)] ../../source3/smbd/service.c:1333(close_cnum)',
      '  ws118 (ipv4:10.20.242.55:50864) closed connection to service finance',
      '[2020/02/13 01:27:26.351352,  0] ../../lib/util/fault.c:184(smb_panic_log)',
      '  PANIC (pid 5011): Signal 11: Segmentation fault in 4.11.6-Ubuntu',
      '[2020/02/13 01:27:26.351352,  0] ../../lib/util/fault.c:265(log_stack_trace)',
      '  BACKTRACE: 2 stack frames:',
      '   #0 /lib/x86_64-linux-gnu/libsamba-util.so.0(log_stack_trace+0x2e) [0x7fa4cd8423f4]',
      '   #1 /lib/x86_64-linux-gnu/libsamba-util.so.0(smb_panic+0x2d) [0x7f1897e9c419]',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/Samba's log: 4 entries/);
    expect(events.map((e) => [e.line, e.lineCount, e.level, e.service, e.message])).toEqual([
      [1, 2, 'info', 'make_connection_snum', lines[1]?.trim()],
      [3, 2, 'warn', 'close_cnum', 'ws118 (ipv4:10.20.242.55:50864) closed connection to service finance'],
      [5, 2, 'error', 'smb_panic_log', 'PANIC (pid 5011): Signal 11: Segmentation fault in 4.11.6-Ubuntu'],
      [7, 4, 'error', 'log_stack_trace', 'BACKTRACE: 2 stack frames:'],
    ]);
    expect(events[0]?.timestamp).toBe(Date.UTC(2020, 1, 13, 1, 27, 20, 300));
    expect(events[1]?.attributes).toEqual({ source: '../../source3/smbd/service.c:1333', debugLevel: 1 });
  });
});

describe('databases and backup tools', () => {
  it("reads SAP HANA's trace lines (level letter, component) and SAP ASE's errorlog (severity)", async () => {
    const hana = Array.from(
      { length: 10 },
      (_, i) =>
        `[33839]{-1}[-1/-1] 2020-02-07 09:26:${String(i).padStart(2, '0')}.647561 ${i === 3 ? 'e' : 'i'} TableReload      TRexApiSystem.cpp(00434) : Merge of table SAPHANADB:VBAP finished, ${i} rows`,
    );
    const { events: h } = await read(text(hana.join('\n') + '\n'));
    expect(h[3]).toMatchObject({
      timestamp: Date.UTC(2020, 1, 7, 9, 26, 3, 647),
      level: 'error',
      service: 'TableReload',
      message: 'Merge of table SAPHANADB:VBAP finished, 3 rows',
    });
    const ase = [
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `00:0006:00000:00207:2020/02/07 09:26:0${i}.04 kernel  Cannot read, host process disconnected: APPSRV01 spid: 207`,
      ),
      '00:0004:00000:00268:2020/02/07 09:26:58.27 server  Error: 1608, Severity: 18, State: 4',
    ];
    const { events: a } = await read(text(ase.join('\n') + '\n'));
    expect(a[0]).toMatchObject({ timestamp: Date.UTC(2020, 1, 7, 9, 26, 0, 40), service: 'kernel' });
    expect(a[9]).toMatchObject({ level: 'error', service: 'server', attributes: { engine: 4, spid: 268 } });
  });

  it("reads Firebird's entries (host, tab, ctime; the message indented below) and Bacula's day-month times", async () => {
    const firebird = [
      'ERPDB06 (Server)\tMon Nov 25 16:42:01 2019',
      '\tINET/inet_error: read errno = 10054, user = farah',
      '',
    ];
    const { events: f } = await read(text([...firebird, ...firebird, ...firebird].join('\r\n') + '\r\n'));
    expect(f.map((e) => [e.line, e.lineCount, e.message])).toEqual([
      [1, 3, 'INET/inet_error: read errno = 10054, user = farah'],
      [4, 3, 'INET/inet_error: read errno = 10054, user = farah'],
      [7, 3, 'INET/inet_error: read errno = 10054, user = farah'],
    ]);
    expect(f[0]?.timestamp).toBe(Date.UTC(2019, 10, 25, 16, 42, 1));
    const bacula = Array.from(
      { length: 10 },
      (_, i) =>
        `04-Oct 12:0${i} bacula-sd JobId 5488: Elapsed time=00:26:47, Transfer rate=68.50 M Bytes/second`,
    );
    const { events: b } = await read(text(bacula.join('\n') + '\n'), { year: 2022 });
    expect(b[5]?.timestamp).toBe(Date.UTC(2022, 9, 4, 12, 5));
  });

  it("reads TIBCO BusinessWorks 5's engine log: its time's offset from GMT in a token of its own", async () => {
    const lines = Array.from(
      { length: 10 },
      (_, i) =>
        `2016 Jul 15 06:40:0${i}:061 GMT +1 BW.OrdersEngine Info [BW-User] - Job-1362${i} [Processes/Orders/ProcessOrder.process/Log]: Order 9315389${i} received from EDI`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[3]).toMatchObject({ timestamp: Date.UTC(2016, 6, 15, 5, 40, 3, 61), level: 'info' });
    expect(events[3]?.message).toMatch(/^Job-13623 \[Processes/);
    // An offset that is not whole hours, its minutes after a colon (Nepal's; blind20 4/s04).
    const nepal = lines.map((l) => l.replace('2016 Jul 15', '2017 Dec 08').replace('GMT +1', 'GMT +5:45'));
    const { events: n } = await read(text(nepal.join('\n') + '\n'));
    expect(n[3]).toMatchObject({ timestamp: Date.UTC(2017, 11, 8, 0, 55, 3, 61), level: 'info' });
    expect(n[3]?.message).toMatch(/^Job-13623 \[Processes/);
  });

  it("reads SAP AS Java's list-format log (defaultTrace) a record an event: its zone, severity, source and message", async () => {
    const record = (i: number): string[] => [
      `#2.0#2017 05 28 09:04:${String(20 + i).padStart(2, '0')}:021#+0800#${i % 4 === 3 ? 'Error' : 'Info'}#com.sap.aii.adapter.rfc.afcommunication#`,
      `#BC-XI-CON-AFW#com.sap.aii.adapter.rfc.afcommunication#61600CEB9AAD4667688F9315C6CB38F${i}#7301956136392049#sap.com/com.sap.aii.af.app#com.sap.aii.adapter.rfc.afcommunication.Connector#PIAFUSER#0##d578a642f3c4a02e603ed4ee0d5599db#0#Thread[XI AF Queue Worker [3_86500],5,Dedicated_Application_Thread]#Plain##`,
      i % 4 === 3
        ? 'RFC adapter: JCO_ERROR_LOGON_FAILURE: Password logon no longer possible - too many failed attempts#'
        : `Receiver channel CC_JDBC_ORDERS: ${20 + i} statement(s) executed successfully#`,
    ];
    const lines = Array.from({ length: 8 }, (_, i) => record(i)).flat();
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/^text: SAP AS Java's list-format log/);
    expect(events).toHaveLength(8);
    expect(events[0]).toMatchObject({
      line: 1,
      lineCount: 3,
      timestamp: Date.UTC(2017, 4, 28, 1, 4, 20, 21),
      level: 'info',
      service: 'com.sap.aii.adapter.rfc.afcommunication',
      message: 'Receiver channel CC_JDBC_ORDERS: 20 statement(s) executed successfully',
    });
    expect(events[3]).toMatchObject({
      level: 'error',
      message:
        'RFC adapter: JCO_ERROR_LOGON_FAILURE: Password logon no longer possible - too many failed attempts',
    });
  });

  it("reads SAP's developer trace (dev_w0) an entry an event: the letter and ctime line, the text below it", async () => {
    const lines = Array.from({ length: 8 }, (_, i) =>
      i % 4 === 3
        ? [
            `A Sun May 28 07:16:1${i}:868 2017`,
            'A  *** ERROR => ab_LongRunner: report RFFOBJ_L failed [abrlist.c   1216]',
            'A  ABAP Program RFFOBJ_L .',
          ]
        : [
            `M Sun May 28 07:15:1${i}:809 2017`,
            `M  ThStatEnd: user RFC_PI, tcode SM37, report SAPLMEGUI, resp 10${i}1 ms, cpu 29 ms, db 46 ms`,
          ],
    ).flat();
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/^text: SAP's developer trace/);
    expect(events).toHaveLength(8);
    expect(events[0]).toMatchObject({
      lineCount: 2,
      timestamp: Date.UTC(2017, 4, 28, 7, 15, 10, 809),
      message: 'ThStatEnd: user RFC_PI, tcode SM37, report SAPLMEGUI, resp 1001 ms, cpu 29 ms, db 46 ms',
      attributes: { component: 'M' },
    });
    expect(events[3]).toMatchObject({ lineCount: 3, level: 'error', attributes: { component: 'A' } });
  });

  it("reads Windows events as wevtutil's text (Event[N]: blocks): the description, level, source and date", async () => {
    const block = (i: number): string[] => [
      `Event[${48978 + i}]:`,
      '  Log Name: Application',
      `  Source: ${i % 3 === 2 ? 'MSSQLSERVER' : 'Microsoft-Windows-Security-SPP'}`,
      `  Date: 2017-05-28T07:15:${String(10 + i).padStart(2, '0')}.937`,
      `  Event ID: ${i % 3 === 2 ? 3041 : 16384}`,
      '  Task: None',
      `  Level: ${i % 3 === 2 ? 'Error' : 'Information'}`,
      '  Opcode: Info',
      '  User: N/A',
      '  Computer: SQLPRDSGP05.corp.example.com',
      '  Description: ',
      i % 3 === 2
        ? 'BACKUP failed to complete the command BACKUP LOG SSISDB. Check the backup application log for detailed messages.'
        : 'Successfully scheduled Software Protection service for re-start at 2017-05-28T23:15:17Z. Reason: RulesEngine.',
    ];
    const lines = Array.from({ length: 6 }, (_, i) => block(i)).flat();
    const { events, files } = await read(text(lines.join('\r\n') + '\r\n'));
    expect(files[0]?.formatEvidence).toMatch(/^text: Windows events as wevtutil's text/);
    expect(events).toHaveLength(6);
    expect(events[2]).toMatchObject({
      line: 25,
      lineCount: 12,
      timestamp: Date.UTC(2017, 4, 28, 7, 15, 12, 937),
      level: 'error',
      service: 'MSSQLSERVER',
      message:
        'BACKUP failed to complete the command BACKUP LOG SSISDB. Check the backup application log for detailed messages.',
      attributes: { eventId: '3041', logName: 'Application', computer: 'SQLPRDSGP05.corp.example.com' },
    });
    expect(events[0]?.level).toBe('info');
  });

  it("reads SSIS's text file log provider: CSV under #Fields, starttime the time, event its level, commas in the message", async () => {
    const row = (i: number, event: string, message: string) =>
      `${event},ETLSRVTYO06,CORP\\svc_ssis,Data Flow Task,{6DD795A4-58DC-47F7-9C35-FAA4E7431239},{E668775D-46F3-4684-9F2A-91C34796DC51},1/6/2026 12:20:0${i} AM,1/6/2026 12:20:0${i} AM,0,0x,${message}`;
    const lines = [
      '#Fields: event,computer,operator,source,sourceid,executionid,starttime,endtime,datacode,databytes,message',
      ...Array.from({ length: 8 }, (_, i) =>
        i === 5
          ? row(
              i,
              'OnWarning',
              'Warning: 0x80047076 at Data Flow Task, SSIS.Pipeline: The output column "Region" is not subsequently used.',
            )
          : i === 6
            ? row(
                i,
                'OnError',
                'SSIS Error Code DTS_E_OLEDBERROR. An OLE DB error has occurred. Error code: 0x80004005.',
              )
            : row(i, 'OnInformation', 'Data Flow Task:Information: Post Execute phase is beginning.'),
      ),
    ];
    const { events, files } = await read(text(lines.join('\r\n') + '\r\n'));
    expect(files[0]?.format).toBe('csv');
    const rows = events.filter((e) => !e.message.startsWith('#'));
    expect(rows.map((e) => [e.level, e.message])).toEqual([
      ...Array.from({ length: 5 }, () => [
        'info',
        'Data Flow Task:Information: Post Execute phase is beginning.',
      ]),
      [
        'warn',
        'Warning: 0x80047076 at Data Flow Task, SSIS.Pipeline: The output column "Region" is not subsequently used.',
      ],
      ['error', 'SSIS Error Code DTS_E_OLEDBERROR. An OLE DB error has occurred. Error code: 0x80004005.'],
      ['info', 'Data Flow Task:Information: Post Execute phase is beginning.'],
    ]);
    expect(rows[0]?.timestamp).toBe(Date.UTC(2026, 0, 6, 0, 20, 0));
    expect(rows[0]?.attributes['event']).toBe('OnInformation');
  });

  it("reads ESXi's vmkernel prefix (cpuN:world) as attributes and the level after it", async () => {
    const lines = Array.from({ length: 12 }, (_, i) =>
      i % 4 === 3
        ? `2022-01-02T17:03:3${i % 10}.052Z cpu${i}:210833${i})WARNING: NMP: nmp_DeviceRequestFastDeviceProbe:237: NMP device "naa.6000e9d9e97594${i}" state in doubt; requested fast path state update...`
        : `2022-01-02T17:03:3${i % 10}.459Z cpu${i + 3}:2100162 opID=8a1d0b5${i})NetPort: 1359: enabled port 0x3b0041${i} with mac 00:50:56:a0:71:b${i}`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[3]).toMatchObject({
      level: 'warn',
      message: expect.stringMatching(/^WARNING: NMP: nmp_DeviceRequestFastDeviceProbe:237: NMP device/),
      attributes: { cpu: 3, world: 2108333 },
    });
    expect(events[0]).toMatchObject({
      level: null,
      message: 'NetPort: 1359: enabled port 0x3b00410 with mac 00:50:56:a0:71:b0',
      attributes: { cpu: 3, world: 2100162, opID: '8a1d0b50' },
    });
    // One pattern for the warnings of every CPU.
    const miner = new TemplateMiner();
    const ids = new Set(events.filter((e) => e.level === 'warn').map((e) => miner.mine(e).patternId));
    expect(ids.size).toBe(1);
  });

  it("reads jPOS's log an element an event: its time and zone, the element's name and text, the realm", async () => {
    const entry = (i: number): string[] => {
      const at = `2017-12-08T10:3${i}:10.090+05:45`;
      if (i % 3 === 0)
        return [
          `<log realm="channel/172.27.164.50:5000" at="${at}" lifespan="0ms">`,
          '  <connect>',
          '    Try 4 172.27.164.50:5000',
          '    Connection refused (Connection refused)',
          '    Unable to connect',
          '  </connect>',
          '</log>',
        ];
      if (i % 3 === 1)
        return [
          `<log realm="channel/10.10.14.168:8000" at="${at}" lifespan="2ms">`,
          '  <receive>',
          '    <isomsg direction="incoming">',
          '      <!-- org.jpos.iso.packager.GenericPackager[cfg/iso87ascii.xml] -->',
          '      <field id="0" value="0800"/>',
          '      <field id="11" value="860614"/>',
          '    </isomsg>',
          '  </receive>',
          '</log>',
        ];
      return [
        `<log realm="com.acme.switch.ValidateTerminal" at="${at}" lifespan="0ms">`,
        '  <error>',
        '    Unknown terminal T7653208 for merchant MERCH0880050604, responding 58',
        '  </error>',
        '</log>',
      ];
    };
    const lines = Array.from({ length: 9 }, (_, i) => entry(i)).flat();
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/^text: jPOS's log/);
    expect(events).toHaveLength(9);
    expect(events.map((e) => [e.timestamp, e.level, e.service, e.message]).slice(0, 3)).toEqual([
      [
        Date.parse('2017-12-08T04:45:10.090Z'),
        'warn',
        'channel',
        'connect: Try 4 172.27.164.50:5000 Connection refused (Connection refused) Unable to connect',
      ],
      [Date.parse('2017-12-08T04:46:10.090Z'), 'info', 'channel', 'receive: 0800'],
      [
        Date.parse('2017-12-08T04:47:10.090Z'),
        'error',
        'com.acme.switch.ValidateTerminal',
        'error: Unknown terminal T7653208 for merchant MERCH0880050604, responding 58',
      ],
    ]);
    expect(events[0]?.attributes).toMatchObject({ realm: 'channel/172.27.164.50:5000', lifespan_ms: 0 });
  });

  it("reads SSSD's time in parentheses, a colon after it, its microseconds after a colon (blind21 2/s07)", async () => {
    const lines = Array.from(
      { length: 10 },
      (_, i) =>
        `(2018-11-13 17:44:0${i}:047811): [be[corp.example.net]] [dp_attach_req] (0x0400): [RID#102${i}] Number of active DP request: ${i}`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[2]?.timestamp).toBe(Date.UTC(2018, 10, 13, 17, 44, 2, 47));
    expect(events[2]?.message).toBe('Number of active DP request: 2');
  });

  it("takes the scalars of a JSON object closing a text message as attributes (WSO2's analytics, blind20 1/s01)", async () => {
    const lines = Array.from(
      { length: 10 },
      (_, i) =>
        `TID: [-1234] [] [2024-08-20 11:40:0${i},054]  INFO {org.wso2.am.analytics.publisher.reporter.elk.ELKCounterMetric} - apimMetrics: apim:response, properties :{"apiName":"PolicyAPI","proxyResponseCode":200,"responseLatency":${100 + i},"nested":{"backendLatency":${80 + i}}}`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[2]?.attributes).toMatchObject({
      apiName: 'PolicyAPI',
      proxyResponseCode: 200,
      responseLatency: 102,
      'nested.backendLatency': 82,
    });
    expect(events[2]?.message).toMatch(/properties :\{"apiName"/);
    // Not an object, or not JSON: nothing taken.
    const plain = await read(
      text('2024-08-20 11:40:00,054 INFO done {"a":1\n2024-08-20 11:40:01,054 INFO set {x}\n'),
    );
    expect(plain.events.map((e) => Object.keys(e.attributes).includes('a'))).toEqual([false, false]);
  });

  it("reads z/OS SYSLOG records: the year and day's date, the message id's type, an ABEND an error (blind20 1/s04)", async () => {
    const lines = [
      'N 0000000 SYSA     16105 07:05:35.19 JOB22520 00000090  IEF142I DB2REORG STEP020 - STEP WAS EXECUTED - COND CODE 0000',
      'N 0000000 SYSA     16105 07:05:35.98 JOB22521 00000090  $HASP373 DB2REORG STARTED - INIT 22   - CLASS C        - SYS SYSA',
      'N 0000000 SYSA     16105 07:07:51.58 JOB22558 00000090  IEF450I LOANACR STEP030 - ABEND=S806 U0000 REASON=00000004',
      'N 4000000 SYSA     16105 07:08:00.00 STC00012 00000090  IEA995I SYMPTOM DUMP OUTPUT',
      'W 0000000 SYSB     2016106 23:59:59.99 JOB00001 00000281  IEA404A SEVERE WARNING - REPLY',
    ];
    const { events } = await read(text([...lines, ...lines].join('\n') + '\n'));
    expect(events.slice(0, 5).map((e) => [e.timestamp, e.level])).toEqual([
      [Date.UTC(2016, 3, 14, 7, 5, 35, 190), 'info'],
      // (JES2's $HASP ids end with no type letter.)
      [Date.UTC(2016, 3, 14, 7, 5, 35, 980), null],
      [Date.UTC(2016, 3, 14, 7, 7, 51, 580), 'error'],
      [Date.UTC(2016, 3, 14, 7, 8, 0), 'info'],
      [Date.UTC(2016, 3, 15, 23, 59, 59, 990), 'warn'],
    ]);
    expect(events[2]?.message).toBe('IEF450I LOANACR STEP030 - ABEND=S806 U0000 REASON=00000004');
    expect(events[2]?.attributes).toMatchObject({ system: 'SYSA', job: 'JOB22558' });
  });

  it("reads a FIX engine's message log with its pairs apart: one token each, not one a message (blind20 3/s02)", async () => {
    const fix = (i: number, type: string) =>
      `20241005-06:00:0${i}.112 : 8=FIX.4.4|9=172|35=${type}|34=8661${i}|49=BANKOMS|52=20241005-06:00:0${i}.112|56=EXCHGW|11=OMS40831014${i}|55=RELIANCE.NS|10=22${i}|`;
    const lines = [...Array.from({ length: 8 }, (_, i) => fix(i, 'D')), fix(8, '8'), fix(9, '8')];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[0]?.message).toBe(
      '8=FIX.4.4 9=172 35=D 34=86610 49=BANKOMS 52=20241005-06:00:00.112 56=EXCHGW 11=OMS408310140 55=RELIANCE.NS 10=220|',
    );
    // Bars between words, not pairs, stay; so do pairs apart already, or fewer than four.
    expect(spacedPairs('route a|b|c|d|e chosen')).toBe('route a|b|c|d|e chosen');
    expect(spacedPairs('a=1|b=2|c=3')).toBe('a=1|b=2|c=3');
    expect(spacedPairs('8=FIX.4.2\x019=65\x0135=0\x0134=2\x0110=128\x01')).toBe(
      '8=FIX.4.2 9=65 35=0 34=2 10=128\x01',
    );
    // OpenSIPS' accounting joins its pairs by ";": one token a message made every call its own pattern.
    expect(
      spacedPairs(
        'ACC: transaction answered: timestamp=1733551200;method=INVITE;from_tag=9f2c;call_id=a81@10.0.0.7;code=200',
      ),
    ).toBe(
      'ACC: transaction answered: timestamp=1733551200 method=INVITE from_tag=9f2c call_id=a81@10.0.0.7 code=200',
    );
    expect(spacedPairs('a=1;b=2;c=3')).toBe('a=1;b=2;c=3');
    expect(spacedPairs('SET a=1; SET b=2; SET c=3; SET d=4;')).toBe('SET a=1; SET b=2; SET c=3; SET d=4;');
  });

  it("reads a CICS message log: the id first, a month-first date, the id's type (blind20 3/s10)", async () => {
    const lines = [
      'DFHSO0107 06/09/2019 05:00:02 CICSPRD1 TCPIPSERVICE HTTP8088 has been opened on port 8096 at IP address ANY.',
      'CLMS0069I 06/09/2019 05:00:04 CICSPRD1 CLM3 CLMP030 record 4865346 updated, elapsed 37 ms',
      'DFHAC2236 06/09/2019 05:03:24 CICSPRD1 Transaction ACC1 abend AKCT in program ACCP002 term T133.',
      'CLMS0070W 06/09/2019 05:03:30 CICSPRD1 CLM3 queue depth 812 above 800',
    ];
    const { events } = await read(text([...lines, ...lines].join('\n') + '\n'));
    expect(events.slice(0, 4).map((e) => [e.timestamp, e.level])).toEqual([
      [Date.UTC(2019, 5, 9, 5, 0, 2), null],
      [Date.UTC(2019, 5, 9, 5, 0, 4), 'info'],
      [Date.UTC(2019, 5, 9, 5, 3, 24), 'error'],
      [Date.UTC(2019, 5, 9, 5, 3, 30), 'warn'],
    ]);
    expect(events[1]?.message).toBe('CLMS0069I CLM3 CLMP030 record 4865346 updated, elapsed 37 ms');
    expect(events[1]?.attributes).toMatchObject({ messageId: 'CLMS0069I', applid: 'CICSPRD1' });
  });

  it("reads Exchange's message tracking log: CSV under a #Fields: directive, its event and status the message", async () => {
    const row = (s: number, source: string, event: string, status: string) =>
      `2018-01-02T08:51:${String(s).padStart(2, '0')}.117Z,10.21.49.21,EX02,,ex02.initech.lan,,,${source},${event},5820498255952${s},<f1e8${s}@EX02.initech.lan>,${status},"Quarterly report, Q4",info@supplier.net`;
    const lines = [
      '\ufeff#Software: Microsoft Exchange Server',
      '#Version: 15.01.1531.003',
      '#Log-type: Message Tracking Log',
      '#Date: 2018-01-02T04:41:36.000Z',
      '#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,recipient-status,message-subject,sender-address',
      ...Array.from({ length: 8 }, (_, i) => row(i, 'STOREDRIVER', 'DELIVER', '')),
      row(8, 'ROUTING', 'FAIL', '554 5.4.14 Hop count exceeded - possible mail loop ATTR34'),
      row(9, 'SMTP', 'DEFER', '451 4.7.0 Temporary server error. Please try again later. PRX5'),
    ];
    const { events, files } = await read(text(lines.join('\r\n') + '\r\n'));
    expect(files[0]?.formatEvidence).toMatch(
      /a "#Fields:" directive names .*the message event-id and recipient-status/,
    );
    const rows = events.filter((e) => e.timestamp !== null);
    expect(rows.map((e) => [e.level, e.service, e.message]).slice(7)).toEqual([
      ['info', 'STOREDRIVER', 'DELIVER'],
      ['error', 'ROUTING', 'FAIL 554 5.4.14 Hop count exceeded - possible mail loop ATTR34'],
      ['warn', 'SMTP', 'DEFER 451 4.7.0 Temporary server error. Please try again later. PRX5'],
    ]);
    expect(rows[0]?.timestamp).toBe(Date.UTC(2018, 0, 2, 8, 51, 0, 117));
    expect(rows[0]?.attributes['message-subject']).toBe('Quarterly report, Q4');
  });

  it("reads Erlang's error_logger reports (SASL): one event a report, its kind the level (blind11 13/s04)", async () => {
    const progress = (s: number) => [
      `=PROGRESS REPORT==== 28-May-2022::02:20:${String(s).padStart(2, '0')}.724864 ===`,
      "    supervisor: {local,'Elixir.Shop.Workers.Supervisor'}",
      '    started: [{pid,<0.1413.0>},',
      '              {child_type,worker}]',
      '',
    ];
    const lines = [
      ...progress(0),
      '=ERROR REPORT==== 28-May-2022::02:20:54.794665 ===',
      "Error in process <0.3009.0> on node 'shop@10.0.1.5' with exit value:",
      '{{badmatch,{error,timeout}},[]}',
      '',
      ...progress(56),
      '=CRASH REPORT==== 28-May-2022::02:21:02 ===',
      '  crasher:',
      "    initial call: 'Elixir.Shop.Payments.Poller':init/1",
      '    pid: <0.4476.0>',
      '    exception exit: {timeout,{gen_server,call,[pool,checkout,5000]}}',
      '',
      '=WARNING REPORT==== 5-Jun-2022::02:21:03 ===',
      '** Node shop@10.0.1.9 not responding **',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/error_logger reports \(SASL\): 5 open/);
    expect(events.map((e) => [e.line, e.lineCount, e.level, e.message])).toEqual([
      [1, 5, 'info', "supervisor: {local,'Elixir.Shop.Workers.Supervisor'}"],
      [6, 4, 'error', "Error in process <0.3009.0> on node 'shop@10.0.1.5' with exit value:"],
      [10, 5, 'info', "supervisor: {local,'Elixir.Shop.Workers.Supervisor'}"],
      [15, 6, 'error', 'crasher: exception exit: {timeout,{gen_server,call,[pool,checkout,5000]}}'],
      [21, 2, 'warn', '** Node shop@10.0.1.9 not responding **'],
    ]);
    expect(events[1]?.timestamp).toBe(Date.UTC(2022, 4, 28, 2, 20, 54, 794));
    expect(events[4]?.timestamp).toBe(Date.UTC(2022, 5, 5, 2, 21, 3));
  });
});

describe('crash dumps', () => {
  it("starts an event at Node's report of running out of heap", async () => {
    const lines = [
      ...Array.from(
        { length: 210 },
        (_, i) =>
          `16 Apr 05:32:${String(i % 60).padStart(2, '0')} - [info] [debug:telemetry] {"temp":20.0,"device":"th-${i}"}`,
      ),
      '',
      '<--- Last few GCs --->',
      '',
      '[1:0x96f4dbbaf2]  8129268 ms: Mark-sweep (reduce) 2046.4 (2083.9) -> 2045.9 (2084.4) MB',
      '',
      '<--- JS stacktrace --->',
      '',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      ' 1: 0xb7b3e0 node::Abort() [node-red]',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.slice(-3).map((e) => [e.line, e.lineCount])).toEqual([
      [210, 2],
      [212, 6],
      [218, 2],
    ]);
  });

  it("starts an event at GlusterFS' crash dump, not as the log line's continuation", async () => {
    const lines = [
      // Past the lines sampled for the format.
      ...Array.from(
        { length: 210 },
        (_, i) =>
          `[2026-11-16 03:47:0${i % 10}.716054 +0000] I [MSGID: 106143] [glusterd-pmap.c:359:pmap_registry_bind] 0-management: adding brick /data/b${i} on port 49155`,
      ),
      'pending frames:',
      'frame : type(0) op(0)',
      'signal received: 11',
      'time of crash: ',
      '2026-11-16 03:47:04',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    // (The crash's time, a line of its own, starts an event too.)
    expect(events.slice(-3).map((e) => [e.line, e.lineCount])).toEqual([
      [210, 1],
      [211, 4],
      [215, 1],
    ]);
    expect(events[210]?.message).toMatch(/^pending frames:\n.*\nsignal received: 11/);
  });

  it("starts an event at Triton's signal handler, its frames after it, and names it a crash", async () => {
    const lines = [
      ...Array.from(
        { length: 210 },
        (_, i) =>
          `I1210 20:56:${String(i % 60).padStart(2, '0')}.428634 1 infer_handler.cc:691] model resnet50, instance resnet50_0_3, executing ${i % 9} requests; compute_infer 21034 us`,
      ),
      'Signal (11) received.',
      ' 0# 0x0000772831CA4CEB in tritonserver',
      ' 1# 0x000034927D1CF76A in /lib/x86_64-linux-gnu/libc.so.6',
      "I1210 20:56:54.679880 1 pinned_memory_manager.cc:241] Pinned memory pool is created at '0x7f2c3e000000' with size 268435456",
    ];
    const { events } = await read(text(lines.join('\n') + '\n'), { year: 2024 });
    expect(events.slice(-3).map((e) => [e.line, e.lineCount])).toEqual([
      [210, 1],
      [211, 3],
      [214, 1],
    ]);
    expect(criticalSignature(events[210]?.message ?? '')).toBe('runtime crash');
  });

  it('starts an event at Perl\'s "Out of memory!" and names it running out of memory', async () => {
    const lines = [
      ...Array.from(
        { length: 210 },
        (_, i) =>
          `2022/06/09 19:0${Math.floor(i / 60)}:${String(i % 60).padStart(2, '0')} [21840] INFO  Shop::Queue - picked job ${778980 + i} (type=email)`,
      ),
      'Out of memory!',
      'Out of memory during "large" request for 134221824 bytes, total sbrk() is 2147618816 bytes at /opt/shop/lib/Shop/Export.pm line 96.',
      '2022/06/09 19:08:19 [22625] INFO  Shop::Daemon - shop-worker 3.4.8 starting (perl 5.38.1, pid 22625)',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'), { year: 2022 });
    expect(events.slice(-3).map((e) => [e.line, e.lineCount])).toEqual([
      [211, 1],
      [212, 1],
      [213, 1],
    ]);
    expect(criticalSignature(events[210]?.message ?? '')).toBe('out of memory');
    expect(events[209]?.message).toBe('picked job 779189 (type=email)');
  });

  it('starts an event at a JavaScript runtime\'s "RangeError: Out of memory" after a JSON line (Bun)', async () => {
    const lines = [
      ...Array.from(
        { length: 210 },
        (_, i) =>
          `{"level":20,"time":${1751308900000 + i * 100},"pid":17578,"hostname":"api-1","msg":"ws: ${200 + i} clients connected"}`,
      ),
      'RangeError: Out of memory',
      '      at JSON.stringify (native)',
      '      at exportOrders (/app/src/export.ts:88:23)',
      '{"level":30,"time":1751309112270,"pid":18107,"hostname":"api-1","msg":"starting shop-api 3.5.0 on Bun v1.2.1"}',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.slice(-3).map((e) => [e.line, e.lineCount])).toEqual([
      [210, 1],
      [211, 3],
      [214, 1],
    ]);
    expect(criticalSignature(events[210]?.message ?? '')).toBe('out of memory');
  });

  it("starts an event at a traceback behind torchrun's rank prefix after an INFO line, and names it a crash", async () => {
    const lines = [
      ...Array.from(
        { length: 210 },
        (_, i) =>
          `[2023-08-31 22:38:${String(i % 60).padStart(2, '0')},354] [INFO] [timer.py:260:stop] epoch=0/micro_step=${126000 + i}, RunningAvgSamplesPerSec=8.46`,
      ),
      '[rank7]: Traceback (most recent call last):',
      '[rank7]:   File "/workspace/pretrain.py", line 501, in <module>',
      '[rank7]: torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 0.50 GiB.',
      '[2023-08-31 22:39:01,551] [INFO] [launch.py:316:sigkill_handler] Killing subprocess 79282',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'), { year: 2023 });
    expect(events.slice(-3).map((e) => [e.line, e.lineCount])).toEqual([
      [210, 1],
      [211, 3],
      [214, 1],
    ]);
    expect(criticalSignature(events[210]?.message ?? '')).toBe('out of memory');
    expect(criticalSignature('[rank7]: Traceback (most recent call last):')).toBe('runtime crash');
  });

  it("starts an event at C++'s std::terminate, its what() line after it, and names it a crash", async () => {
    const lines = [
      ...Array.from(
        { length: 210 },
        (_, i) => `[ INFO] [${1747250852 + i}.619022369]: Got new plan for goal ${i}`,
      ),
      "terminate called after throwing an instance of 'boost::lock_error'",
      '  what():  boost: mutex lock failed in pthread_mutex_lock: Invalid argument',
      '[ INFO] [1747250874.139545917]: Using plugin "static_layer"',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.slice(-3).map((e) => [e.line, e.lineCount])).toEqual([
      [210, 1],
      [211, 2],
      [213, 1],
    ]);
    expect(criticalSignature(events[210]?.message ?? '')).toBe('runtime crash');
    expect(criticalSignature('terminate called without an active exception')).toBe('runtime crash');
    expect(criticalSignature('job terminate called by operator')).toBeNull();
    // Under ROS 2's launch, each line behind the node's name; launch's own word on the node's end.
    expect(
      criticalSignature(
        "1657510442.7970965 [controller_server-1] terminate called after throwing an instance of 'std::runtime_error'",
      ),
    ).toBe('runtime crash');
    expect(
      criticalSignature(
        "[ERROR] [controller_server-1]: process has died [pid 10342, exit code -6, cmd '/opt/ros/humble/lib/nav2_controller/controller_server']",
      ),
    ).toBe('runtime crash');
    expect(criticalSignature('[INFO] [amcl-4]: process has finished cleanly [pid 10945]')).toBeNull();
    // GHC's top handler on a partial function's failure.
    expect(criticalSignature('shop-api: Prelude.head: empty list')).toBe('runtime crash');
    expect(criticalSignature('shop-api: Prelude.!!: index too large')).toBe('runtime crash');
    expect(criticalSignature('avoid Prelude.head in new code')).toBeNull();
    // Deno's uncaught error; an ESP32's crash.
    expect(
      criticalSignature(
        "error: Uncaught (in promise) TypeError: Cannot read properties of undefined (reading 'id')",
      ),
    ).toBe('runtime crash');
    expect(criticalSignature('error: Uncaught exceptions are counted below')).toBeNull();
    expect(
      criticalSignature(
        "Guru Meditation Error: Core  0 panic'ed (IllegalInstruction). Exception was unhandled.",
      ),
    ).toBe('panic');
    expect(
      criticalSignature('[ERROR] [amcl-4]: process has died [pid 10945, exit code -2, cmd …]'),
    ).toBeNull();
  });

  it("reads Log4perl's `%d [%P] %-5p %c - %m%n`: the package is the service, a request's status its own", async () => {
    const lines = Array.from({ length: 40 }, (_, i) => {
      const t = `2020/07/07 20:22:${String(10 + i).padStart(2, '0')} [4768]`;
      return i % 2 === 0
        ? `${t} INFO  Shop::Web - GET /api/v1/items/${19270 + i} ${i % 10 === 0 ? 504 : 200} 29.8ms`
        : `${t} WARN  Shop::Queue::Worker - picked job ${709914 + i} (type=label)`;
    });
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[0]).toMatchObject({
      level: 'info',
      service: 'Shop::Web',
      message: 'GET /api/v1/items/19270 504 29.8ms',
    });
    expect(events[1]).toMatchObject({ level: 'warn', service: 'Shop::Queue::Worker' });
  });

  it("keeps a kernel message's pattern in syslog when its time since boot passes 10,000 s (its padding gone)", async () => {
    const lines = Array.from({ length: 40 }, (_, i) => {
      const uptime = (9990 + i).toFixed(6).padStart(12, ' ');
      return `Sep 10 19:0${Math.floor(i / 10)}:${String(10 + (i % 10)).padStart(2, '0')} raspberrypi kernel: [${uptime}] brcmfmac: brcmf_cfg80211_set_power_mgmt: power save enabled`;
    });
    const { events } = await read(text(lines.join('\n') + '\n'), { year: 2017 });
    expect(events[0]?.message).toBe(
      '[9990.000000] brcmfmac: brcmf_cfg80211_set_power_mgmt: power save enabled',
    );
    expect(events[39]?.message).toBe(
      '[10029.000000] brcmfmac: brcmf_cfg80211_set_power_mgmt: power save enabled',
    );
    const miner = new TemplateMiner();
    miner.mineBatch(events);
    expect(miner.patterns()).toHaveLength(1);
    expect(events[0]?.raw).toContain('[ 9990.000000]');
  });

  it("reads Cisco IOS's time with its year and zone, the zone's colon closing it (no component named UTC)", async () => {
    const lines = Array.from(
      { length: 30 },
      (_, i) =>
        `May 22 2026 02:45:${String(10 + i).padStart(2, '0')}.300 CET: %SEC-6-IPACCESSLOGP: list OUTSIDE-IN denied udp 91.157.209.63(60845) -> 198.51.100.245(1433), ${i + 1} packets`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2026-05-22T01:45:10.300Z'),
      service: null,
      message:
        '%SEC-6-IPACCESSLOGP: list OUTSIDE-IN denied udp 91.157.209.63(60845) -> 198.51.100.245(1433), 1 packets',
    });
  });

  it("reads Commvault's CVD.log times after its process and thread ids, a thread id of digits alone too", async () => {
    const lines = Array.from({ length: 240 }, (_, i) => {
      const tid = ['62c1', '6735', '11b3', '3660', '47c6', '2021'][i % 6];
      const job = i % 3 === 0 ? '###' : String(107055 + i);
      return `${24609 + (i % 4)} ${tid}  03/25 20:${String(33 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} ${job} CVArchive::SendFileHeader() - Sent header for [D:\\Shares\\doc_${i}.pdf]`;
    });
    const { events } = await read(text(lines.join('\n') + '\n'), { year: 2025 });
    // Every line at its own time: no thread id read as a year ("6735 03/25", "2021 03/25").
    expect(events.map((e) => new Date(e.timestamp ?? 0).toISOString())).toEqual(
      lines.map(
        (_, i) =>
          `2025-03-25T20:${String(33 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000Z`,
      ),
    );
    expect(events[1]?.message).toBe(
      '107056 CVArchive::SendFileHeader() - Sent header for [D:\\Shares\\doc_1.pdf]',
    );
  });

  it("reads IBM MQ's error log an entry an event: its AMQ message, the code's severity, the UTC time it writes", async () => {
    const entry = (i: number, code: string, text: string[]) => [
      `05/25/2025 01:${String(6 + i).padStart(2, '0')}:33 PM - Process(56714.15) User(mqm) Program(amqrmppa)`,
      '                    Host(mqhost01) Installation(Installation1)',
      '                    VRMF(9.4.0.7) QMgr(GWQM01)',
      `                    Time(2025-05-25T17:${String(6 + i).padStart(2, '0')}:33.184Z)`,
      '                   ',
      `${code}: ${text[0]}`,
      ...text.slice(1),
      '',
      'EXPLANATION:',
      'An error occurred receiving data over TCP/IP.',
      'ACTION:',
      'Tell the systems administrator.',
      '----- amqccita.c : 4311 -------------------------------------------------------',
    ];
    const lines = Array.from({ length: 24 }, (_, i) =>
      i % 2 === 0
        ? entry(i, 'AMQ9209E', [
            "Connection to host 'app05 (10.25.191.194)' for channel",
            "'ORDERS.SVRCONN' closed.",
          ])
        : entry(i, 'AMQ9002I', ["Channel 'ORDERS.SVRCONN' is starting."]),
    ).flat();
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/^text: IBM MQ's error log/);
    expect(events).toHaveLength(24);
    expect(events[0]).toMatchObject({
      line: 1,
      lineCount: 13,
      timestamp: Date.parse('2025-05-25T17:06:33.184Z'),
      level: 'error',
      service: 'amqrmppa',
      message: "AMQ9209E: Connection to host 'app05 (10.25.191.194)' for channel 'ORDERS.SVRCONN' closed.",
      attributes: { qmgr: 'GWQM01', code: 'AMQ9209E' },
    });
    expect(events[1]?.level).toBe('info');
  });

  it("reads Wazuh's and OSSEC's alerts.log an alert an event: the rule's description, its level, the UTC time", async () => {
    const alert = (i: number): string[] =>
      i % 3 === 2
        ? [
            // OSSEC 2.x: "mail" before the dash, a host's name without an agent's parentheses.
            `** Alert ${1708648442 + i}.${47342639 + i * 577}: mail  - syslog,sshd,authentication_failed,`,
            `2024 Feb 22 19:34:${String(2 + i).padStart(2, '0')} bastion->/var/log/secure`,
            "Rule: 5716 (level 5) -> 'SSHD authentication failed.'",
            'Src IP: 198.51.100.7',
            'User: root',
            `Feb 22 19:34:${String(2 + i).padStart(2, '0')} bastion sshd[8812]: Failed password for root from 198.51.100.7 port 50122 ssh2`,
            '',
          ]
        : [
            `** Alert ${1708648442 + i}.${47342639 + i * 577}: - web,accesslog,attack,`,
            `2024 Feb 22 19:34:${String(2 + i).padStart(2, '0')} (web01) 10.20.6.12->/var/log/nginx/access.log`,
            `Rule: 31106 (level 12) -> 'A web attack returned code 200 (success).'`,
            'Src IP: 203.0.113.9',
            '203.0.113.9 - - [22/Feb/2024:19:34:02 -0500] "GET /?id=1%27%20OR%201=1 HTTP/1.1" 200 512 "-" "sqlmap/1.7"',
            '',
          ];
    const lines = Array.from({ length: 12 }, (_, i) => alert(i)).flat();
    const { events, files } = await read(text(lines.join('\n')));
    expect(files[0]?.formatEvidence).toMatch(/^text: Wazuh\/OSSEC alerts\.log/);
    expect(events).toHaveLength(12);
    expect(events[0]).toMatchObject({
      line: 1,
      lineCount: 6,
      // The header's seconds since 1970, not the agent's local time on the line after it.
      timestamp: 1708648442000,
      level: 'error',
      message: 'A web attack returned code 200 (success).',
      attributes: { rule: 31106, ruleLevel: 12, agent: 'web01', location: '/var/log/nginx/access.log' },
    });
    expect(events[2]).toMatchObject({
      line: 13,
      lineCount: 7,
      level: 'warn',
      message: 'SSHD authentication failed.',
      attributes: {
        agent: 'bastion',
        srcip: '198.51.100.7',
        user: 'root',
        groups: 'syslog,sshd,authentication_failed',
      },
    });
  });

  it("reads PBS daemons' logs (the event class its level, the daemon the service) and GridFTP's NetLogger transfer log (UTC, its length)", async () => {
    const pbs = Array.from({ length: 12 }, (_, i) =>
      i === 5
        ? `08/20/2024 20:15:${String(10 + i).padStart(2, '0')};0001;Server@greatlakespbs;Svr;net_down_handler;net restore handler called for cn198, connection timed out`
        : `08/20/2024 20:15:${String(10 + i).padStart(2, '0')};0100;Server@greatlakespbs;Req;;Type 19 request received from alice@login1, sock=${40 + i}`,
    );
    const { events: p, files: pf } = await read(text(pbs.join('\n') + '\n'));
    expect(pf[0]?.formatEvidence).toContain("PBS daemon's");
    expect(p[0]).toMatchObject({
      timestamp: Date.UTC(2024, 7, 20, 20, 15, 10),
      level: 'debug',
      service: 'Server',
      message: 'Type 19 request received from alice@login1, sock=40',
      attributes: { host: 'greatlakespbs', objectType: 'Req' },
    });
    expect(p[5]).toMatchObject({
      level: 'error',
      message: 'net restore handler called for cn198, connection timed out',
      attributes: { object: 'net_down_handler' },
    });
    const transfers = Array.from(
      { length: 10 },
      (_, i) =>
        `DATE=20240820101526.${String(600000 + i)} HOST=dtn98 PROG=globus-gridftp-server NL.EVNT=FTP_INFO START=20240820101521.069576 USER=alice FILE=/gpfs/run_${i}.h5 BUFFER=87380 BLOCK=262144 NBYTES=890385900 VOLUME=/ STREAMS=4 STRIPES=1 DEST=[192.168.4.144] TYPE=${i % 2 ? 'STOR' : 'RETR'} CODE=${i === 9 ? 451 : 226}`,
    );
    const { events: g, files: gf } = await read(text(transfers.join('\n') + '\n'));
    expect(gf[0]).toMatchObject({ format: 'logfmt', zoneOffsetMinutes: 0 });
    expect(g[0]).toMatchObject({
      timestamp: Date.parse('2024-08-20T10:15:26.600Z'),
      level: 'info',
      service: 'globus-gridftp-server',
      message: 'FTP_INFO RETR',
    });
    expect(g[0]?.attributes['elapsed_s']).toBeCloseTo(5.531, 3);
    expect(g[9]).toMatchObject({ level: 'error', message: 'FTP_INFO STOR 451' });
  });

  it("reads Firefox's MOZ_LOG (its level letter and module) and a zone word after a header's time as the time's", async () => {
    const moz = Array.from(
      { length: 30 },
      (_, i) =>
        `2025-07-05 10:57:${String(10 + i).padStart(2, '0')}.198000 UTC - [Parent 39137: Main Thread]: ${i % 10 === 0 ? 'W' : 'D'}/nsHttp nsHttpChannel::AsyncOpen [this=7fcaf8d3de${i}]`,
    );
    const { events: m } = await read(text(moz.join('\n') + '\n'));
    expect(m[0]).toMatchObject({
      timestamp: Date.parse('2025-07-05T10:57:10.198Z'),
      level: 'warn',
      service: 'nsHttp',
      message: 'nsHttpChannel::AsyncOpen [this=7fcaf8d3de0]',
      attributes: { process: 'Parent', pid: '39137', thread: 'Main Thread' },
    });
    expect(m[1]?.level).toBe('debug');
    // A header of a time and its zone, then the message: the zone is no word of the message.
    const zoned = Array.from(
      { length: 30 },
      (_, i) => `2025-07-05 10:57:${String(10 + i).padStart(2, '0')}.936 UTC sync worker ${i} done`,
    );
    const { events: z, files } = await read(text(zoned.join('\n') + '\n'));
    expect(z[0]?.message).toBe('sync worker 0 done');
    expect(files[0]?.formatEvidence).toMatch(/leading/);
  });

  it("reads a wrapper's zone-less times in the zone of the zoned times it wraps, its lines without one too", async () => {
    // containerd under journalctl -o short-precise, on a host at -03:00; a Go panic among its lines.
    const at = (i: number) =>
      `19:${String(30 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    const containerd = Array.from({ length: 40 }, (_, i) =>
      i === 30
        ? `Feb 19 ${at(i)}.155057 kube-17 containerd[28080]: panic: send on closed channel`
        : `Feb 19 ${at(i)}.002788 kube-17 containerd[28080]: time="2022-02-19T${at(i)}.002788156-03:00" level=info msg="RunPodSandbox for sandbox ${i}"`,
    );
    const { events: c } = await read(text(containerd.join('\n') + '\n'), { year: 2022 });
    expect(c.map((e) => new Date(e.timestamp ?? 0).toISOString().slice(11, 19))).toEqual(
      containerd.map((_, i) => at(i).replace(/^19/, '22')),
    );
    expect(c[0]?.message).toBe('RunPodSandbox for sandbox 0');
    // hclog under syslog (Nomad's client): its level and message, the time in its zone.
    const nomad = Array.from(
      { length: 40 },
      (_, i) =>
        `Feb 19 ${at(i)} kube-17 nomad[10463]:     2022-02-19T${at(i)}.288-0300 [${i % 7 === 0 ? 'ERROR' : 'INFO'}]  client.driver_mgr.docker: created container: container_id=${i}`,
    );
    const { events: n } = await read(text(nomad.join('\n') + '\n'), { year: 2022 });
    expect(n[0]).toMatchObject({
      timestamp: Date.parse('2022-02-19T22:30:00Z'),
      level: 'error',
      message: 'client.driver_mgr.docker: created container: container_id=0',
    });
    expect(n[1]?.level).toBe('info');
  });

  it("reads Karaf's bar-separated columns: time, level, thread, logger (the service), bundle, message", async () => {
    const lines = Array.from(
      { length: 40 },
      (_, i) =>
        `2026-03-04T00:55:${String(10 + i).padStart(2, '0')},559 | ${i % 5 === 0 ? 'WARN ' : 'INFO '} | ${i % 2 === 0 ? 'qtp62009-64     ' : 'Camel (camel-1) '} | ${'orders-rest'.padEnd(32)} | 183 - org.apache.camel.camel-base-engine - 4.10.1 | GET /cxf/orders/${i} -> HTTP ${i % 5 === 0 ? 502 : 200} in 88 ms`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2026-03-04T00:55:10.559Z'),
      level: 'warn',
      service: 'orders-rest',
      message: 'GET /cxf/orders/0 -> HTTP 502 in 88 ms',
      attributes: { thread: 'qtp62009-64', bundle: 'org.apache.camel.camel-base-engine', bundleId: '183' },
    });
    expect(events[1]?.attributes.thread).toBe('Camel (camel-1)');
  });

  it("reads Ceph's daemon log: its time, its priority as the level (-1 an error), the thread an attribute", async () => {
    const lines = Array.from({ length: 30 }, (_, i) => {
      const t = `2023-11-06T05:49:${String(10 + i).padStart(2, '0')}.803-0330`;
      return i % 3 === 0
        ? `${t} 7fb1250644f6  5 prioritycache tune_memory target: 4294967296 mapped: 3623471035`
        : i % 3 === 1
          ? `${t} 7f6e639a374b  4 rocksdb: [db/flush_job.cc:350] [default] [JOB 7052] Flushing memtable`
          : `${t} 7fe4ce8f8535  0 log_channel(cluster) log [DBG] : 5.17 deep-scrub starts`;
    });
    lines.push(
      '2023-11-06T05:49:40.803-0330 7fe4ce8f8535 -1 /builddir/build/BUILD/ceph-17.2.6/src/os/bluestore/BlueStore.cc: 13389: FAILED ceph_assert(0 == "unexpected error")',
      '',
      ' ceph version 17.2.6 (da67c3b8970c01395397fed0492137419bed8ff0) quincy (stable)',
      ' 1: (ceph::__ceph_assert_fail(char const*, char const*, int, char const*)+0x135) [0x553f50d67ce1]',
      '2023-11-06T05:49:41.508-0330 7f7c23b925e8  0 set uid:gid to 167:167 (ceph:ceph)',
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2023-11-06T09:19:10.803Z'),
      level: 'debug',
      message: 'prioritycache tune_memory target: 4294967296 mapped: 3623471035',
      attributes: { thread: '7fb1250644f6', priority: 5 },
    });
    expect(events.slice(1, 3).map((e) => e.level)).toEqual(['info', 'info']);
    expect(events.at(-2)).toMatchObject({ level: 'error', lineCount: 4 });
    expect(events.at(-2)?.message).toMatch(/^\/builddir\/.*FAILED ceph_assert/);
    expect(events.at(-1)?.message).toBe('set uid:gid to 167:167 (ceph:ceph)');
    // Before Octopus: a space between date and time, microseconds, no zone.
    const old = Array.from(
      { length: 20 },
      (_, i) =>
        `2019-03-05 10:41:${String(10 + i).padStart(2, '0')}.123456 7f1234567700  1 mon.a@0(leader).osd e42 tick`,
    );
    const { events: before } = await read(text(old.join('\n') + '\n'), { year: 2019 });
    expect(before[0]).toMatchObject({ level: 'info', message: 'mon.a@0(leader).osd e42 tick' });
  });

  it("reads Windows' setupapi.dev.log a section an event: its first error's text, or its title", async () => {
    const section = (i: number, error: boolean) => [
      '>>>  [Device Install (Hardware initiated) - USB\\VID_046D&PID_C52B\\5&2a3b&0&2]',
      `>>>  Section start 2022/05/23 06:${String(10 + i).padStart(2, '0')}:23.980`,
      `     ump: Creating Install Process: DrvInst.exe 06:${String(10 + i).padStart(2, '0')}:23.982`,
      '     dvi: {Core Device Install} 06:41:24.018',
      ...(error
        ? [
            '!!!  dvi: Device not started: Device has problem: 0x0a (CM_PROB_FAILED_START), problem status: 0xc0000001.',
          ]
        : []),
      `<<<  Section end 2022/05/23 06:${String(10 + i).padStart(2, '0')}:24.300`,
      '<<<  [Exit status: SUCCESS]',
      '',
    ];
    const lines = [
      '[Device Install Log]',
      '     OS Version = 10.0.19045',
      '',
      ...Array.from({ length: 12 }, (_, i) => section(i, i % 4 === 1)).flat(),
    ];
    const { events } = await read(text(lines.join('\r\n') + '\r\n'));
    expect(events).toHaveLength(13);
    expect(events[1]).toMatchObject({
      timestamp: Date.parse('2022-05-23T06:10:23.980Z'),
      level: 'info',
      message: 'Device Install (Hardware initiated) - USB\\VID_046D&PID_C52B\\5&2a3b&0&2',
    });
    expect(events[2]).toMatchObject({
      level: 'error',
      message:
        'dvi: Device not started: Device has problem: 0x0a (CM_PROB_FAILED_START), problem status: 0xc0000001.',
    });
  });

  it("reads Chromium's log lines: month and day, time, level, source file; ids where written", async () => {
    const lines = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 2
        ? `[0825/1914${String(10 + i).padStart(2, '0')}.123:WARNING:gpu_init.cc(440)] Passthrough is not supported`
        : `[13039:3564:0825/1914${String(10 + i).padStart(2, '0')}.398765:ERROR:command_buffer_proxy_impl.cc(127)] ContextResult::kTransientFailure: Failed to send GpuControl.CreateCommandBuffer.`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'), { year: 2026 });
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2026-08-25T19:14:10.398Z'),
      level: 'error',
      service: 'command_buffer_proxy_impl.cc',
      message: 'ContextResult::kTransientFailure: Failed to send GpuControl.CreateCommandBuffer.',
      attributes: { pid: '13039', tid: '3564', source: 'command_buffer_proxy_impl.cc(127)' },
    });
    expect(events[2]).toMatchObject({ level: 'warn', message: 'Passthrough is not supported' });
  });

  it("frames Mule's error report, its box of stars, with its ERROR line; its Message the event's message", async () => {
    const info = (i: number) =>
      `INFO  2026-06-04 00:56:${String(10 + (i % 40)).padStart(2, '0')},381 [[MuleRuntime].uber.15: [payments-papi].payments-papi-main.CPU_LITE @db4b6d5f] org.mule.runtime.core.internal.processor.LoggerMessageProcessor: Response sent: GET /api/v1/orders/${i} status=200`;
    const report = [
      'ERROR 2026-06-04 00:56:40,149 [[MuleRuntime].uber.01: [payments-papi].payments-papi-main.CPU_LITE @e60606d4] org.mule.runtime.core.internal.exception.OnErrorPropagateHandler: ',
      '',
      '*'.repeat(80),
      "Message               : HTTP GET on resource 'http://inventory.internal:8081/api/stock/41689' failed: not found (404).",
      'Error type            : HTTP:NOT_FOUND',
      '',
      "  (set debug level logging or '-Dmule.verbose.exceptions=true' for everything)",
      '*'.repeat(80),
    ];
    const lines = [
      ...Array.from({ length: 30 }, (_, i) => info(i)),
      ...report,
      info(30),
      '*'.repeat(40),
      info(31),
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.line, e.lineCount])).toEqual([
      ...Array.from({ length: 30 }, (_, i) => [i + 1, 1]),
      [31, 8],
      [39, 1],
      // A rule of stars not after a blank line opens no box: it is an event of its own.
      [40, 1],
      [41, 1],
    ]);
    expect(events[30]?.message).toMatch(
      /^Message {15}: HTTP GET on resource .* failed: not found \(404\)\.\n/,
    );
    expect(events[30]?.level).toBe('error');
  });

  it("reads Bitcoin Core's report of an exception under a time alone as an error, its message past the rule of stars", async () => {
    const net = (second: number, peer: number) =>
      `2024-04-16T22:39:${String(second).padStart(2, '0')}Z [net] received: headers (338 bytes) peer=${peer}`;
    const lines = [
      ...Array.from({ length: 30 }, (_, i) => net(10 + i, i)),
      '2024-04-16T22:39:45Z ',
      '',
      '************************',
      'EXCEPTION: St12out_of_range       ',
      'vector::_M_range_check: __n (which is 4) >= this->size() (which is 4)       ',
      'bitcoin in ThreadMessageHandler       ',
      '',
      '2024-04-16T22:41:24Z Bitcoin Core version v26.0.0 (release build)',
    ];
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events.map((e) => [e.line, e.lineCount, e.level])).toEqual([
      ...Array.from({ length: 30 }, (_, i) => [i + 1, 1, null]),
      [31, 7, 'error'],
      [38, 1, null],
    ]);
    expect(events[30]?.message).toMatch(/^EXCEPTION: St12out_of_range\s*\nvector::_M_range_check/);
  });

  it("reads the offset after a header's time before the logger's name (Python's %(asctime)s %z - %(name)s - %(levelname)s)", async () => {
    const lines = Array.from(
      { length: 30 },
      (_, i) =>
        `2022-03-10 02:48:${String(10 + i).padStart(2, '0')} -0700 - dagster.daemon.SchedulerDaemon - ${i % 5 === 0 ? 'ERROR' : 'INFO'} - Checking for new runs for sensor ${i}`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2022-03-10T09:48:10Z'),
      level: 'error',
      service: 'dagster.daemon.SchedulerDaemon',
      message: 'Checking for new runs for sensor 0',
    });
  });

  it("reads Wowza's W3C log: its x-status, its time in the zone of its tz column, its event and severity", async () => {
    const lines = [
      '#Version: 1.0',
      '#Software: Wowza Streaming Engine 4.7.6',
      '#Fields: date\ttime\ttz\tx-event\tx-category\tx-severity\tx-status\tx-comment\tc-ip\tcs-uri-stem',
      ...Array.from(
        { length: 30 },
        (_, i) =>
          `2021-01-11\t21:00:${String(10 + i).padStart(2, '0')}\tCET\t${i % 10 === 0 ? 'error' : 'play'}\tstream\t${i % 10 === 0 ? 'ERROR' : 'INFO'}\t${i % 10 === 0 ? 404 : 200}\t${i % 10 === 0 ? 'Stream not found: myStream' : '-'}\t10.0.0.${i}\tlive/myStream`,
      ),
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/^W3C extended log/);
    expect(events[3]).toMatchObject({
      timestamp: Date.parse('2021-01-11T20:00:10Z'),
      level: 'error',
      message: 'stream error: Stream not found: myStream',
      attributes: { status: 404 },
    });
    expect(events[4]).toMatchObject({ level: 'info', message: 'stream play' });
  });

  it('times a Rails request log without tags by its Started lines, its other lines taking theirs', async () => {
    const request = (i: number) => [
      `Started GET "/t/${i}.json" for 10.3.171.${i % 200} at 2020-11-16 18:${String(15 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} +1100`,
      'Processing by TopicsController#show as JSON',
      `Completed ${i % 9 === 0 ? '500 Internal Server Error' : '200 OK'} in 6ms (Views: 1.3ms | ActiveRecord: 2.5ms)`,
    ];
    const lines = Array.from({ length: 30 }, (_, i) => request(i)).flat();
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2020-11-16T07:15:00Z'),
      message: 'Started GET "/t/0.json" for 10.3.171.0',
      attributes: { method: 'GET', path: '/t/0.json' },
    });
    expect(events[2]).toMatchObject({
      timestamp: Date.parse('2020-11-16T07:15:00Z'),
      timestampInherited: true,
    });
  });

  it("reads Meteor's log lines: the level letter, the local time at the offset in hours it writes", async () => {
    const lines = Array.from(
      { length: 30 },
      (_, i) =>
        `${i % 6 === 0 ? 'W' : 'I'}20201116-18:15:${String(10 + i).padStart(2, '0')}.221(${i < 15 ? '11' : '-5.5'})? DDPRateLimiter ➔ Rate limit exceeded for method sendMessage by user u${i}`,
    );
    const { events } = await read(text(lines.join('\n') + '\n'));
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2020-11-16T07:15:10.221Z'),
      level: 'warn',
      message: 'DDPRateLimiter ➔ Rate limit exceeded for method sendMessage by user u0',
    });
    expect(events[1]?.level).toBe('info');
    expect(events[20]?.timestamp).toBe(Date.parse('2020-11-16T23:45:30.221Z'));
  });
});

describe("Tuxedo's user log", () => {
  it('reads its time of day (the day rolling over at midnight), process, machine and level; the file is dateless', async () => {
    const lines = [
      ...Array.from(
        { length: 20 },
        (_, i) =>
          `2359${String(30 + i).padStart(2, '0')}.tuxprd50!ORDSRV.31914.4.0: ORDSRV: svc=ORD_CREATE rc=0 elapsed=${20 + i}ms`,
      ),
      '000001.tuxprd50!GWTDOMAIN.1416.1.0: GWT_CAT:1311: WARN: Cannot connect to remote domain TDOM_CORE, will retry in 30 seconds (attempt 1)',
      '000002.tuxprd50!TMS_ORA.6890.1.0: gtrid x0 x987492c xfbca: LIBTUX_CAT:1336: INFO: Transaction committed',
      '000003.tuxprd50!ORDSRV.31914.4.0: ORDSRV: ERROR: tpcall(INV_RESERVE) failed: TPETIME - timeout occured',
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/Tuxedo's user log/);
    expect(files[0]?.dateless).toBe(true);
    expect(events[0]).toMatchObject({
      service: 'ORDSRV',
      message: 'ORDSRV: svc=ORD_CREATE rc=0 elapsed=20ms',
    });
    expect(events[0]?.attributes).toMatchObject({ host: 'tuxprd50', pid: '31914' });
    expect(events[20]).toMatchObject({ level: 'warn', service: 'GWTDOMAIN' });
    expect((events[20]?.timestamp ?? 0) - (events[0]?.timestamp ?? 0)).toBe(31_000);
    expect(events[21]).toMatchObject({
      level: 'info',
      message: 'LIBTUX_CAT:1336: INFO: Transaction committed',
      attributes: { gtrid: 'x0 x987492c xfbca' },
    });
    expect(events[22]?.level).toBe('error');
  });
});

describe("Unbound's log", () => {
  it('reads its own log and its syslog lines: a reply by its type and code, its client, name and time to resolve attributes', async () => {
    const reply = (i: number, cached: boolean) =>
      `unbound[517:${i % 4}] reply: 10.20.68.${i} www${i}.example.com. PTR IN NOERROR ${cached ? '0.000151' : '0.068667'} ${cached ? 1 : 0} 202`;
    const own = Array.from({ length: 30 }, (_, i) => `[${1773599400 + i}] ${reply(i, i % 2 === 0)}`);
    own.push(
      '[1773599431] unbound[517:0] error: SERVFAIL <db.example.com. A IN>: all servers for this domain failed',
    );
    const { events, files } = await read(text(own.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/Unbound's own log/);
    expect(events[0]).toMatchObject({
      timestamp: 1773599400_000,
      level: 'info',
      service: 'unbound',
      message: 'reply PTR IN NOERROR from cache',
      attributes: {
        client: '10.20.68.0',
        name: 'www0.example.com.',
        elapsed_s: 0.000151,
        cached: true,
        thread: '0',
      },
    });
    expect(events[1]).toMatchObject({ message: 'reply PTR IN NOERROR', attributes: { elapsed_s: 0.068667 } });
    expect(events[30]).toMatchObject({
      level: 'error',
      message: 'error: SERVFAIL <db.example.com. A IN>: all servers for this domain failed',
    });
    // Under syslog without a host: the program with its pid and thread is the tag.
    const syslog = Array.from(
      { length: 30 },
      (_, i) => `Jun 15 04:30:${String(i).padStart(2, '0')} ${reply(i, false)}`,
    );
    const { events: s } = await read(text(syslog.join('\n') + '\n'));
    expect(s[3]).toMatchObject({
      service: 'unbound',
      message: 'reply PTR IN NOERROR',
      attributes: { pid: 517, client: '10.20.68.3', elapsed_s: 0.068667 },
    });
  });
});

describe("BeeGFS's daemon logs", () => {
  it('reads the level number, the date without a year or blank, the thread and the component', async () => {
    const lines = Array.from(
      { length: 20 },
      (_, i) =>
        `(3) Feb22 15:45:${String(30 + i).padStart(2, '0')} ConnAccept [Connection] >> Accepted new connection from 10.1.5.${i}:46951 [SockFD: 587]`,
    );
    lines.push(
      '(1) Feb22 15:46:00 Worker4 [Messaging (RPC)] >> Disconnect of TCP socket (peer: 10.1.4.184:37159). Error: Connection reset by peer',
    );
    const { events, files } = await read(text(lines.join('\n') + '\n'), { year: 2024 });
    expect(files[0]?.formatEvidence).toMatch(/BeeGFS daemon's/);
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2024-02-22T15:45:30Z'),
      level: 'info',
      service: 'Connection',
      message: 'Accepted new connection from 10.1.5.0:46951 [SockFD: 587]',
      attributes: { thread: 'ConnAccept' },
    });
    expect(events[20]).toMatchObject({ level: 'warn', service: 'Messaging (RPC)' });
  });
});

describe("Asterisk's queue_log", () => {
  it('reads each event as its own pattern, the queue and agent attributes, the hold, ring, call and wait times durations', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 10; i++) {
      const t = 1566667629 + 60 * i;
      lines.push(`${t}|${t}.${1228 + i}|support|NONE|ENTERQUEUE||+4937801717${i}|1`);
      lines.push(`${t + 5}|${t}.${1228 + i}|support|PJSIP/1014|CONNECT|5|${t + 5}.9|3`);
      lines.push(`${t + 50}|${t}.${1228 + i}|support|PJSIP/1014|COMPLETECALLER|5|45|1`);
    }
    lines.push('1566668300|1566668200.1300|sales|NONE|ABANDON|1|1|100');
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/Asterisk's queue_log/);
    expect(events[1]).toMatchObject({
      timestamp: 1566667634_000,
      level: 'info',
      message: 'CONNECT',
      attributes: { queue: 'support', agent: 'PJSIP/1014', hold_duration_s: 5, ring_duration_s: 3 },
    });
    expect(events[2]).toMatchObject({ message: 'COMPLETECALLER', attributes: { call_duration_s: 45 } });
    expect(events[30]).toMatchObject({
      level: 'warn',
      message: 'ABANDON',
      attributes: { wait_duration_s: 100 },
    });
  });
});

describe("LSF's daemon logs", () => {
  it('reads the time with its year, the syslog priority as the level, the function and pid as attributes', async () => {
    const lines = Array.from(
      { length: 30 },
      (_, i) =>
        `Jun 08 14:00:${String(i).padStart(2, '0')} 2024 50096 ${i === 29 ? 3 : 6} 10.1 job_done: Job <${683392 + i}> status <${i === 29 ? 'EXIT' : 'DONE'}> exit code <${i === 29 ? 130 : 0}>`,
    );
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/LSF daemon's/);
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2024-06-08T14:00:00Z'),
      level: 'info',
      message: 'Job <683392> status <DONE> exit code <0>',
      attributes: { pid: '50096', function: 'job_done' },
    });
    expect(events[29]?.level).toBe('error');
  });
});

describe("chrony's log tables", () => {
  it("reads a measurements log's rows by its header's columns, in UTC, the peer delay a latency", async () => {
    const rule = '='.repeat(136);
    const header =
      '   Date (UTC) Time     IP Address   L St 123 567 ABCD  LP RP Score    Offset  Peer del. Peer disp.  Root del. Root disp. Refid     MTxRx';
    const row = (s: number) =>
      `2024-05-11 11:29:${String(s).padStart(2, '0')} 185.125.190.56  N  2 111 111 1111   4  4 0.95 -3.728e-03  1.642e-02  2.737e-06  3.601e-03  1.578e-03 E145F430 4B D K`;
    const lines = [
      rule,
      header,
      rule,
      ...Array.from({ length: 30 }, (_, s) => row(s)),
      rule,
      header,
      rule,
      row(40),
    ];
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.formatEvidence).toMatch(/a chrony log's table/);
    expect(files[0]?.zoneless).toBeUndefined();
    const first = events.find((e) => e.message.startsWith('measurement'));
    expect(first).toMatchObject({
      timestamp: Date.parse('2024-05-11T11:29:00Z'),
      message: 'measurement 185.125.190.56',
      attributes: {
        source: '185.125.190.56',
        stratum: 2,
        offset_s: -0.003728,
        peer_latency_s: 0.01642,
        refid: 'E145F430',
      },
    });
    expect(events.filter((e) => e.message.startsWith('measurement'))).toHaveLength(31);
  });
});

describe("Slurm's job completion log", () => {
  it('reads each record at its end time, its state as the message and level, its run as elapsed_s', async () => {
    const record = (i: number, state: string) =>
      `JobId=${8806213 + i} UserId=rgarcia(1017) GroupId=chem(1002) Name=blast_chunk JobState=${state} Partition=compute TimeLimit=240 StartTime=2023-09-02T05:57:24 EndTime=2023-09-02T06:${String(15 + i).padStart(2, '0')}:17 NodeList=cn[047-050] NodeCnt=4 ProcCnt=256 WorkDir=/home/rgarcia/scratch ReservationName= Tres=cpu=256,mem=1000G,node=4 Account=chem QOS=normal WcKey= Cluster=hpc SubmitTime=2023-09-02T05:50:01 EligibleTime=2023-09-02T05:50:01 DerivedExitCode=0:0 ExitCode=0:0`;
    const lines = Array.from({ length: 20 }, (_, i) =>
      record(i, i === 3 ? 'FAILED' : i === 4 ? 'TIMEOUT' : 'COMPLETED'),
    );
    const { events, files } = await read(text(lines.join('\n') + '\n'));
    expect(files[0]?.format).toBe('logfmt');
    expect(events[0]).toMatchObject({
      timestamp: Date.parse('2023-09-02T06:15:17Z'),
      level: 'info',
      message: 'COMPLETED',
      attributes: { JobId: '8806213', Partition: 'compute', elapsed_s: 1073 },
    });
    expect(events[3]).toMatchObject({ level: 'error', message: 'FAILED' });
    expect(events[4]).toMatchObject({ level: 'warn', message: 'TIMEOUT' });
  });
});
