import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { commonDay, commonYear, peekSource } from './bundle-year';
import { analyzeInputs } from '../analysis/analyze-inputs';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('commonYear', () => {
  it('takes the most common year of the dates the heads write, in the usual spellings', () => {
    expect(
      commonYear([
        bytes('2024-03-06T15:13:33Z INF started\n2024-03-06 15:13:34,001 INFO a: b\n'),
        bytes('10.0.0.1 - - [06/Mar/2024:15:13:13 +0000] "GET / HTTP/1.1" 200 5\n'),
        bytes('7858:M 06 Mar 2024 15:14:34.819 * Background saving started\n'),
        bytes('Mar  6 15:13:13 web-1 sshd[1]: Accepted publickey\n'),
        bytes('2026/02/25 01:58:48 http: TLS handshake error\n'),
      ]),
    ).toBe(2024);
  });

  it("reads ctime's dates (FreeRADIUS) and a month's day before a comma and the year (WebLogic)", () => {
    expect(
      commonYear([
        bytes('Fri Sep 27 02:00:00 2019 : Auth: (14) Login OK: [alice] (from client ap-floor1 port 24)\n'),
        bytes('Sep 27 02:00:00 02[ENC] <site-nyc|6> parsed INFORMATIONAL request 2 [ ]\n'),
      ]),
    ).toBe(2019);
    expect(commonYear([bytes('Wed Nov 25 10:00:00 JST 2020 started\n')])).toBe(2020);
    expect(commonYear([bytes('####<Feb 25, 2022, 11:43:56,082 PM BRT> <Info> <Health>\n')])).toBe(2022);
  });

  it("reads seconds since 1970 with their fraction (ROS, auditd), not a version's numbers or an id", () => {
    expect(
      commonYear([
        bytes('[ INFO] [1537999141.713022369]: Got new plan\n'),
        bytes('type=SYSCALL msg=audit(1537999142.101:3421): arch=c000003e\n'),
        bytes('Sep 27 11:19:02 robot kernel: [  12.345678] usb 1-1: new device\n'),
      ]),
    ).toBe(2018);
    expect(commonYear([bytes('release 1.1537999141.713 id=1537999141713 flow 1537999141\n')])).toBeNull();
    // Whole seconds in brackets opening a line (Unbound, Nagios).
    expect(
      commonYear([
        bytes('[1581552900] unbound[2345:0] info: 10.0.0.5 example.org. A IN\n'),
        bytes('Feb 12 21:15:00.300 [notice] New control connection opened from 127.0.0.1.\n'),
      ]),
    ).toBe(2020);
  });

  it("reads a date of digits alone with a fraction (NetLogger's DATE=), not a 14-digit id", () => {
    expect(
      commonYear([
        bytes(
          'DATE=20240802100039.188148 HOST=dtn148 PROG=globus-gridftp-server NL.EVNT=FTP_INFO CODE=226\n',
        ),
        bytes('Aug  2 11:00:40 cn044 kernel: [5434918.066460] LustreError: 11-0: failed: rc = -28\n'),
      ]),
    ).toBe(2024);
    expect(commonYear([bytes('order 20240802100039 shipped, ref 120240802100039.5\n')])).toBeNull();
  });

  it("reads a date with its year last (CICS) and TIBCO's year, month's name and day (blind20 10/s04)", () => {
    expect(
      commonYear([
        bytes('DFHSN1100 11/03/2021 16:40:02 CICSPRD1 Signon at terminal T316 is complete.\n'),
        bytes('Nov  3 16:40:00 dp02mum [esb_prod][0x80e003b2][b2bgw][info] AS2 message received\n'),
      ]),
    ).toBe(2021);
    expect(
      commonYear([bytes('2021 Nov 03 16:40:00:199 GMT +5:30 BW.ClaimsBridge Info [BW-User] - Job-16476\n')]),
    ).toBe(2021);
    expect(commonYear([bytes('build 11/03/2021 shipped; ref 2021 Nov\n')])).toBeNull();
  });

  it("reads Cisco ASA's month, day and year before the time, and FortiGate's date= beside time= (blind22 11/s09)", () => {
    expect(
      commonYear([
        bytes('Oct 26 2023 16:14:00 asa-edge01 : %ASA-4-106023: Deny tcp src outside:1.2.3.4/60520\n'),
        bytes('Oct 26 16:14:00 bastion01 kernel: [5629593.991287] [UFW BLOCK] IN=eth0 OUT=\n'),
      ]),
    ).toBe(2023);
    expect(
      commonYear([bytes('date=2023-10-26 time=16:14:01 devname="FGT-EDGE-B" tz="+0900" type="traffic"\n')]),
    ).toBe(2023);
    expect(commonYear([bytes('invoice Oct 26 2023 paid; date=2023-10-26 total=5\n')])).toBeNull();
  });

  it('counts a date and time written alike on every line once: a constant field is not the clock (blind22 12/s04)', () => {
    const asm = Array.from(
      { length: 40 },
      (_, i) =>
        `Apr  6 13:22:${String(i).padStart(2, '0')} bigip-lb01 ASM:unit_hostname="lb01",policy_apply_date="2024-01-17 14:02:11",request_status="passed"\n`,
    ).join('');
    expect(
      commonYear([
        bytes(asm),
        bytes(
          'Apr  6 13:22:00 <local0.info> 10.0.0.26 04/06/2023:03:22:00 GMT ns-adc01 0-PPE-1 : default TCP\n',
        ),
        bytes(
          '{"timestamp":1680751322657,"formatVersion":1,"webaclId":"arn:aws:wafv2:us-west-2:9:regional"}\n',
        ),
      ]),
    ).toBe(2023);
    expect(commonYear([bytes('{"id":1680751322657,"timestamp":"x","size":1680751322}\n')])).toBeNull();
    // Cloudflare's Logpush: nanoseconds under a key ending in Timestamp; IBM Db2's db2diag.log's dotted
    // time after a dash (blind8 28/s09: syslog files beside them were read in the current year).
    expect(
      commonYear([
        bytes(
          '{"ClientIP":"218.108.229.239","EdgeEndTimestamp":1723793984019964278,"EdgeStartTimestamp":1723793983989964053}\n',
        ),
      ]),
    ).toBe(2024);
    expect(
      commonYear([bytes('2024-08-16-17.39.54.583535+600 I0E476            LEVEL: Info\nPID     : 22949\n')]),
    ).toBe(2024);
    expect(commonYear([bytes('{"EdgeStartTimestamp":17237939839899640531}\n')])).toBeNull();
  });

  it("reads a colored log's dates after their escapes", () => {
    expect(commonYear([bytes('\x1b[2m2023-11-25 10:00:00.123\x1b[0m \x1b[32m INFO\x1b[0m started\n')])).toBe(
      2023,
    );
  });

  it('has no year for heads without dates, compressed heads or none at all', () => {
    expect(commonYear([bytes('Mar  6 15:13:13 web-1 cron[1]: job\n'), null])).toBeNull();
    expect(commonYear([new Uint8Array([0x1f, 0x8b, 0x08, 0x32, 0x30, 0x32, 0x34])])).toBeNull();
    expect(commonYear([])).toBeNull();
  });
});

describe('commonDay', () => {
  it('takes the most common day of the dates the heads write, as its UTC midnight', () => {
    expect(
      commonDay([
        bytes('2024-03-06T15:13:33Z INF started\n2024-03-07 00:00:01,001 INFO a: b\n'),
        bytes('10.0.0.1 - - [06/Mar/2024:15:13:13 +0000] "GET / HTTP/1.1" 200 5\n'),
        bytes('10:23:45.123 [main] INFO  c.e.App - Started\n'),
      ]),
    ).toBe(Date.UTC(2024, 2, 6));
    expect(commonDay([bytes('10:23:45.123 [main] INFO  c.e.App - Started\n'), null])).toBeNull();
  });

  it('takes no day from a date whose day and month could be either number, only its year', () => {
    // Proxmox's access log writes 9 February 2019 day first (blind16 22/s01).
    const proxmox = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `::ffff:10.30.5.111 - root@pam [09/02/2019:08:11:${String(i).padStart(2, '0')} -0330] "GET / HTTP/1.1" 200 5`,
      ).join('\n');
    const heads = [bytes(proxmox(40)), bytes('[2019/02/09 08:11:00] (INFO) app.main():1 - started\n')];
    expect(commonDay(heads)).toBe(Date.UTC(2019, 1, 9));
    expect(commonYear(heads)).toBe(2019);
    expect(commonDay([bytes(proxmox(3))])).toBeNull();
    // Either order told by a number above 12: 25/02 is day first, 02/25 month first.
    expect(commonDay([bytes('x 25/02/2019 08:11:00 y\n')])).toBe(Date.UTC(2019, 1, 25));
    expect(commonDay([bytes('x 02/25/2019 08:11:00 y\n')])).toBe(Date.UTC(2019, 1, 25));
  });
});

describe('peekSource', () => {
  it('gives the first chunk and a source that still yields every chunk in order', async () => {
    const { head, source } = await peekSource(Readable.from([bytes('a\n'), bytes('b\n'), bytes('c\n')]));
    expect(new TextDecoder().decode(head ?? new Uint8Array())).toBe('a\n');
    const chunks: string[] = [];
    for await (const chunk of source) chunks.push(new TextDecoder().decode(chunk));
    expect(chunks).toEqual(['a\n', 'b\n', 'c\n']);
    const empty = await peekSource(Readable.from([]));
    expect(empty.head).toBeNull();
  });
});

describe('analyzeInputs: a bundle of files', () => {
  it("gives year-less syslog times the year the bundle's other files write", async () => {
    const syslog = 'Mar  6 15:13:13 web-1 sshd[2345]: Accepted publickey for deploy\n';
    const app = '{"time":"2024-03-06T15:13:33Z","level":"info","msg":"request completed"}\n';
    const { report } = await analyzeInputs([
      { name: 'syslog', source: Readable.from([bytes(syslog)]) },
      { name: 'app.jsonl', source: Readable.from([bytes(app)]) },
    ]);
    expect(report.files.map((f) => f.start)).toEqual([
      '2024-03-06T15:13:13.000Z',
      '2024-03-06T15:13:33.000Z',
    ]);
  });

  it("gives header times without a date (logback's default) the day the bundle's other files write", async () => {
    const logback = '23:59:58.120 [main] INFO  c.e.App - tick\n00:00:03.007 [main] ERROR c.e.App - failed\n';
    const app = '{"time":"2024-03-06T23:50:00Z","level":"info","msg":"request completed"}\n';
    const { report } = await analyzeInputs([
      { name: 'app.log', source: Readable.from([bytes(logback)]) },
      { name: 'app.jsonl', source: Readable.from([bytes(app)]) },
    ]);
    expect(report.files.map((f) => [f.start, f.end])).toEqual([
      ['2024-03-06T23:59:58.120Z', '2024-03-07T00:00:03.007Z'],
      ['2024-03-06T23:50:00.000Z', '2024-03-06T23:50:00.000Z'],
    ]);
  });
});
