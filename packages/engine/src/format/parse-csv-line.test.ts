import { describe, expect, it } from 'vitest';
import { TimestampReader } from '../fields/timestamp-reader';
import { fixture, read, text } from '../read/test-helpers';
import { csvLayout, csvRowOpen, headerlessCsvLayout, parseCsvLine, splitCsvRow } from './parse-csv-line';

describe('CSV exports', () => {
  it('splits a row into its fields: quoted, with quotes and delimiters inside, empty', () => {
    expect(splitCsvRow('a,b,c', ',')).toEqual(['a', 'b', 'c']);
    expect(splitCsvRow('2026-11-20,"INFO done, 12 ms",', ',')).toEqual([
      '2026-11-20',
      'INFO done, 12 ms',
      '',
    ]);
    expect(splitCsvRow('"say ""hi""",x', ',')).toEqual(['say "hi"', 'x']);
    expect(splitCsvRow('a\t"b\tc"\td', '\t')).toEqual(['a', 'b\tc', 'd']);
    // A quoted field going on over the next line is no whole row.
    expect(splitCsvRow('1,"Traceback (most recent call last):', ',')).toBeNull();
  });

  it('is detected by a header row naming a time column, and rows that fit it', () => {
    const rows = [
      '2026-11-20 10:00:00.123,app/web/1,"INFO up"',
      '2026-11-20 10:00:01.123,app/web/2,"WARN slow"',
    ];
    expect(csvLayout(['@timestamp,@logStream,@message', ...rows])?.layout).toEqual({
      columns: ['@timestamp', '@logStream', '@message'],
      delimiter: ',',
      header: '@timestamp,@logStream,@message',
    });
    expect(
      csvLayout(['_time\thost\t_raw', '1732096800\tweb-1\tGET /', '1732096801\tweb-2\tGET /x'])?.layout
        .delimiter,
    ).toBe('\t');
    // Log lines with commas are no header; nor is a header without a time column.
    expect(
      csvLayout(['2026-11-20 10:00:00,123 INFO a, b', '2026-11-20 10:00:01,456 INFO c, d', 'x, y']),
    ).toBeNull();
    expect(csvLayout(['name,count', 'a,1', 'b,2'])).toBeNull();
    // Rows that do not fit the header's columns.
    expect(csvLayout(['time,level,message', 'x', 'y', 'z'])).toBeNull();
  });

  it("reads a row as a record: time, level (its own, else its message's), message, service and attributes", () => {
    const layout = {
      columns: ['timestamp', 'service', 'status', 'message'],
      delimiter: ',' as const,
      header: 'timestamp,service,status,message',
    };
    const time = new TimestampReader(2026);
    expect(
      parseCsvLine('2026-11-20T10:00:00Z,billing,502,"ERROR charge failed: gateway timeout"', layout, time),
    ).toMatchObject({
      timestamp: Date.parse('2026-11-20T10:00:00Z'),
      level: 'error',
      service: 'billing',
      message: 'ERROR charge failed: gateway timeout',
      attributes: { status: 502 },
      format: 'csv',
    });
    expect(parseCsvLine(layout.header, layout, time)).toBeNull();
    expect(parseCsvLine('2026-11-20T10:00:00Z,billing', layout, time)).toBeNull();
  });

  it("reads a Datadog export's Status column as the level", async () => {
    const csv = [
      'Date,Host,Service,Status,Message',
      '2026-11-25T10:00:00.123Z,web1,api,info,"GET /api/orders 200 12ms"',
      '2026-11-25T10:00:01.223Z,web1,api,error,"db connect failed: connection refused"',
      '2026-11-25T10:00:02.323Z,web2,worker,warn,"slow query took 1200ms"',
    ];
    const { events } = await read(text(csv.join('\n') + '\n'));
    expect(events.slice(1).map((e) => [e.level, e.service, e.message])).toEqual([
      ['info', 'api', 'GET /api/orders 200 12ms'],
      ['error', 'api', 'db connect failed: connection refused'],
      ['warn', 'worker', 'slow query took 1200ms'],
    ]);
  });

  it('reads a CloudWatch Logs Insights export: each row an event, every line accounted for', async () => {
    const { events, files } = await read(fixture('cloudwatch-export.csv'));
    expect(files[0]).toMatchObject({ format: 'csv', lines: 41, events: 41 });
    expect(files[0]?.formatEvidence).toMatch(/^CSV with a header row \(@timestamp, @logStream, @message\)/);
    const rows = events.slice(1);
    expect(rows[0]).toMatchObject({
      timestamp: Date.parse('2026-11-20T10:00:00.123Z'),
      level: 'info',
      service: 'app/web/abc0',
      message: 'INFO request 0 handled in 16 ms, user="u0"',
    });
    expect(rows.filter((e) => e.level === 'error').length).toBeGreaterThan(0);
    // The header row is an event of its own, as a W3C directive is.
    expect(events[0]).toMatchObject({ line: 1, message: '@timestamp,@logStream,@message' });
  });

  it('tells a row left inside a quoted field from a quote inside a plain field', () => {
    expect(csvRowOpen('2026-11-20,api,"ERROR boom', ',', false)).toBe(true);
    expect(csvRowOpen('2026-11-20,api,"ERROR ""boom""",x', ',', false)).toBe(false);
    // A quote in a field that does not open with one opens nothing.
    expect(csvRowOpen('2026-11-20,api,he said "hi', ',', false)).toBe(false);
    // Lines inside the field: still open, closed, closed and another opened.
    expect(csvRowOpen('    at com.acme.App.run(App.java:10)', ',', true)).toBe(true);
    expect(csvRowOpen('    at com.acme.Main.main(Main.java:3)"', ',', true)).toBe(false);
    expect(csvRowOpen('end of it ""quoted""",x,"next', ',', true)).toBe(true);
  });

  it('joins a row whose quoted field spans lines (a stack trace in @message) into one event', async () => {
    const rows = [
      '@timestamp,@logStream,@message',
      '2026-11-25 10:00:00.000,api/1,"INFO request served in 20ms"',
      '2026-11-25 10:00:01.000,api/1,"ERROR Unhandled exception',
      'java.lang.IllegalStateException: boom, said ""the app""',
      '    at com.acme.App.run(App.java:10)',
      '    at com.acme.Main.main(Main.java:3)"',
      '2026-11-25 10:00:02.000,api/1,"WARN slow ""db"" call"',
      '2026-11-25 10:00:03.000,api/2,"INFO ok, said he ""fine"""',
      '2026-11-25 10:00:04.000,api/2,"ERROR cut short at the end',
      'of the file',
    ];
    const { events, files } = await read(new TextEncoder().encode(rows.join('\n') + '\n'));
    expect(files[0]).toMatchObject({ format: 'csv', lines: 10, events: 6 });
    expect(events.map((e) => [e.line, e.lineCount, e.level, e.service])).toEqual([
      [1, 1, null, null],
      [2, 1, 'info', 'api/1'],
      [3, 4, 'error', 'api/1'],
      [7, 1, 'warn', 'api/1'],
      [8, 1, 'info', 'api/2'],
      [9, 2, null, null],
    ]);
    expect(events[2]?.timestamp).toBe(Date.parse('2026-11-25T10:00:01Z'));
    expect(events[2]?.message).toBe(
      'ERROR Unhandled exception\njava.lang.IllegalStateException: boom, said "the app"\n    at com.acme.App.run(App.java:10)\n    at com.acme.Main.main(Main.java:3)',
    );
    // A field never closed is kept as written, every line of it.
    expect(events[5]?.raw).toBe(`${rows[8]}\n${rows[9]}`);
  });

  it('names the columns of a CSV without a header row by what they hold: time, level, message', () => {
    const rows = [
      '2024-01-05 10:00:36,INFO,api,"Request 868 handled in 9ms",200',
      '2024-01-05 10:01:07,WARN,api,"Request 508 handled in 58ms",200',
      '2024-01-05 10:02:41,ERROR,worker,"Job 389 failed: timeout, retrying",500',
    ];
    expect(headerlessCsvLayout(rows)).toEqual({
      layout: { columns: ['time', 'level', 'column_3', 'message', 'column_5'], delimiter: ',', header: null },
      evidence:
        'CSV without a header row: 3 of 3 sampled rows of 5 comma-separated fields, the time in column 1, the level in column 2, the message in column 4',
    });
    // An epoch time in the second column; ids of ten digits are no time.
    expect(
      headerlessCsvLayout(['42,1704448836,disk full', '43,1704448837,disk ok', '44,1704448838,x'])?.layout
        .columns,
    ).toEqual(['column_1', 'time', 'message']);
    expect(headerlessCsvLayout(['a,4294967295,x', 'b,4294967296,y', 'c,4294967297,z'])).toBeNull();
  });

  it('is no CSV: log lines with a comma in their time or after a leading time', () => {
    // log4j's and Python's millisecond comma.
    expect(
      headerlessCsvLayout([
        '2024-01-05 10:00:00,123 INFO [main] Started, took 3 s',
        '2024-01-05 10:00:01,456 INFO [main] Ready, took 1 s',
        '2024-01-05 10:00:02,789 WARN [pool-1] Slow, took 9 s',
      ]),
    ).toBeNull();
    // A container runtime's line of CoreDNS, whose flags hold commas.
    const dns = (n: number) =>
      `2020-06-06T22:19:2${n}.964302562Z stdout F [INFO] 10.244.12.38:45716 - 2369${n} "A IN www.example.com. udp 56 false 512" NXDOMAIN qr,aa,rd 148 0.000225105s`;
    expect(headerlessCsvLayout([dns(1), dns(2), dns(3)])).toBeNull();
    // Too few fields, or rows of all widths.
    expect(
      headerlessCsvLayout(['2024-01-05 10:00:00,a', '2024-01-05 10:00:01,b', '2024-01-05 10:00:02,c']),
    ).toBeNull();
    expect(
      headerlessCsvLayout([
        '2024-01-05 10:00:00,a,b',
        '2024-01-05 10:00:01,b',
        '2024-01-05 10:00:02,c,d,e,f',
      ]),
    ).toBeNull();
  });

  it("reads PostgreSQL's csvlog: severity, message and query by its columns, a message over several lines one event", async () => {
    const row = (time: string, severity: string, state: string, message: string, query = '') =>
      `${time} UTC,"app","shop",4242,"10.0.0.3:41831",659806a4.1092,7,"SELECT",2024-01-05 09:58:00 UTC,3/17,0,${severity},${state},"${message}",,,,,,${query ? `"${query}"` : ''},,,"rails","client backend",,0`;
    const rows = [
      row(
        '2024-01-05 10:00:55.093',
        'LOG',
        '00000',
        'duration: 622.136 ms  statement: SELECT * FROM users WHERE id = 7',
      ),
      row(
        '2024-01-05 10:00:56.201',
        'ERROR',
        '42P01',
        'relation ""orders_0"" does not exist',
        'SELECT * FROM orders_0',
      ),
      row('2024-01-05 10:00:57.000', 'WARNING', '01000', 'there is no transaction in progress'),
      row('2024-01-05 10:00:58.500', 'ERROR', 'XX000', 'unexpected data\nbeyond EOF in block 42'),
      row('2024-01-05 10:00:59.999', 'FATAL', '57P01', 'terminating connection due to administrator command'),
      row(
        '2024-01-05 10:01:00.100',
        'PANIC',
        '53100',
        'could not write to file ""pg_wal/xlogtemp.42"": No space left on device',
      ),
      row('2024-01-05 10:01:00.200', 'DEBUG1', '00000', 'autovacuum: processing database ""shop""'),
    ];
    const { events, files } = await read(new TextEncoder().encode(rows.join('\n') + '\n'));
    expect(files[0]).toMatchObject({ format: 'csv', lines: 8, events: 7 });
    expect(files[0]?.formatEvidence).toMatch(
      /^PostgreSQL csvlog \(no header row\): 7 of 7 sampled rows of 26/,
    );
    expect(events.map((e) => [e.line, e.lineCount, e.level])).toEqual([
      [1, 1, 'info'],
      [2, 1, 'error'],
      [3, 1, 'warn'],
      [4, 2, 'error'],
      // FATAL ends one session, as in PostgreSQL's text log; PANIC is the fatal one.
      [6, 1, 'error'],
      [7, 1, 'fatal'],
      [8, 1, 'debug'],
    ]);
    expect(events[1]).toMatchObject({
      timestamp: Date.parse('2024-01-05T10:00:56.201Z'),
      message: 'relation "orders_0" does not exist',
      attributes: { sql_state_code: '42P01', query: 'SELECT * FROM orders_0', database_name: 'shop' },
    });
    expect(events[3]?.message).toBe('unexpected data\nbeyond EOF in block 42');
    // Up to PostgreSQL 12: 23 columns, to application_name.
    const old = rows.map((r) => r.replace(/,"client backend",,0$/, ''));
    expect(headerlessCsvLayout(old)?.layout.columns.slice(-2)).toEqual(['location', 'application_name']);
  });

  it("reads the fields of exports that name them otherwise: Splunk's _time and _raw, Windows' event exports", async () => {
    const splunk = await read(
      new TextEncoder().encode(
        '_time,host,source,_raw\n' +
          '2024-01-05T10:00:36.000+0000,web-1,/var/log/app.log,"ERROR payment failed"\n' +
          '2024-01-05T10:00:37.000+0000,web-2,/var/log/app.log,"INFO ok"\n' +
          '2024-01-05T10:00:38.000+0000,web-2,/var/log/app.log,"INFO ok"\n',
      ),
    );
    expect(splunk.events[1]).toMatchObject({
      timestamp: Date.parse('2024-01-05T10:00:36Z'),
      level: 'error',
      message: 'ERROR payment failed',
      service: '/var/log/app.log',
      attributes: { host: 'web-1' },
    });
    // Event Viewer's "Save All Events As… CSV": five named columns, the description unnamed after them.
    const viewer = [
      'Level,Date and Time,Source,Event ID,Task Category',
      'Information,1/5/2024 1:00:36 PM,Service Control Manager,7036,None,"The Windows Update service entered the running state."',
      'Error,1/5/2024 1:02:11 PM,Application Error,1000,(100),"Faulting application name: w3wp.exe, version: 10.0.17763.1"',
      'Critical,1/5/2024 1:05:00 PM,Microsoft-Windows-Kernel-Power,41,(63),"The system has rebooted without cleanly shutting down first."',
    ];
    const layout = csvLayout(viewer);
    expect(layout?.evidence).toMatch(/fit its 5 columns and one unnamed after them \(the message\)$/);
    const { events } = await read(new TextEncoder().encode(viewer.join('\r\n') + '\r\n'));
    expect(events.slice(1).map((e) => [e.timestamp, e.level, e.service, e.message])).toEqual([
      [
        Date.parse('2024-01-05T13:00:36Z'),
        'info',
        'Service Control Manager',
        'The Windows Update service entered the running state.',
      ],
      [
        Date.parse('2024-01-05T13:02:11Z'),
        'error',
        'Application Error',
        'Faulting application name: w3wp.exe, version: 10.0.17763.1',
      ],
      [
        Date.parse('2024-01-05T13:05:00Z'),
        'fatal',
        'Microsoft-Windows-Kernel-Power',
        'The system has rebooted without cleanly shutting down first.',
      ],
    ]);
    expect(events[1]?.attributes).toMatchObject({ 'Event ID': 7036 });
    // PowerShell's Get-WinEvent | Export-Csv: its type's line first, its level by name (its `Level` is
    // Windows' number: 2 an error), a message over several lines.
    const ps = [
      '#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord',
      '"Message","Id","Level","ProviderName","TimeCreated","LevelDisplayName"',
      '"The Windows Update service entered the running state.","7036","4","Service Control Manager","1/5/2024 1:00:36 PM","Information"',
      '"Application: w3wp.exe',
      'Description: The process was terminated due to an unhandled exception.","1026","2",".NET Runtime","1/5/2024 1:02:11 PM","Error"',
      '"Disk full on C:","2013","3","srv","1/5/2024 1:03:00 PM","Warning"',
    ];
    const read2 = await read(new TextEncoder().encode(ps.join('\r\n') + '\r\n'));
    expect(read2.files[0]).toMatchObject({ format: 'csv', lines: 6, events: 5 });
    expect(read2.events.map((e) => [e.line, e.lineCount, e.level, e.service])).toEqual([
      [1, 1, null, null],
      [2, 1, null, null],
      [3, 1, 'info', 'Service Control Manager'],
      [4, 2, 'error', '.NET Runtime'],
      [6, 1, 'warn', 'srv'],
    ]);
    expect(read2.events[3]?.message).toBe(
      'Application: w3wp.exe\nDescription: The process was terminated due to an unhandled exception.',
    );
    expect(read2.events[3]?.attributes).toMatchObject({ Level: 2, Id: 1026 });
    // A date and a time of day in columns of their own are read together; `Content` is the message.
    const columns = await read(
      new TextEncoder().encode(
        'Date,Time,Level,Component,Content\n' +
          '081109,203615,INFO,dfs.DataNode,PacketResponder 1 for block blk_38 terminating\n' +
          '081109,203807,WARN,dfs.DataNode,PacketResponder 0 for block blk_69 terminating\n',
      ),
    );
    expect(columns.events[2]).toMatchObject({
      timestamp: Date.parse('2008-11-09T20:38:07Z'),
      level: 'warn',
      message: 'PacketResponder 0 for block blk_69 terminating',
    });
  });
});
