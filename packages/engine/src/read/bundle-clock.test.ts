import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analyzeInputs } from '../analysis/analyze-inputs';
import { gzipSync } from 'node:zlib';
import { bundleClock, fileClock, localTimes, zoneOffsetMinutes, type FileClock } from './bundle-clock';
import { makeTar } from './test-helpers';

const H = 3_600_000;
const M = 60_000;
const T0 = Date.parse('2024-03-05T08:00:00Z');
const zoned = (first: number, last: number): FileClock => ({ first, last, zoneless: false, zoneWord: null });
const local = (first: number, last: number, zoneWord: string | null = null): FileClock => ({
  first,
  last,
  zoneless: true,
  zoneWord,
});

describe('localTimes: the local time of zone-less files beside zoned ones', () => {
  it('reads a file two hours ahead of the bundle as UTC+02:00', () => {
    const [, shifted] = localTimes([zoned(T0, T0 + 4 * H), local(T0 + 2 * H + 2 * M, T0 + 6 * H - M)]);
    expect(shifted?.offsetMinutes).toBe(120);
    expect(shifted?.evidence).toMatch(
      /local time UTC\+02:00.*starts with the files whose zone is known.*ends with them/,
    );
  });

  it("finds zones that are not whole hours (India's UTC+05:30) and west of UTC", () => {
    const india = localTimes([zoned(T0, T0 + 3 * H), local(T0 + 5.5 * H, T0 + 8.5 * H)]);
    expect(india[1]?.offsetMinutes).toBe(330);
    const saoPaulo = localTimes([zoned(T0, T0 + 3 * H), local(T0 - 3 * H + M, T0 - M)]);
    expect(saoPaulo[1]?.offsetMinutes).toBe(-180);
    // Newfoundland's summer time, two and a half hours behind.
    const stJohns = localTimes([zoned(T0, T0 + 4 * H), local(T0 - 2.5 * H + M, T0 + 1.5 * H - M)]);
    expect(stJohns[1]?.offsetMinutes).toBe(-150);
  });

  it('shifts a file that went silent before the end, as long as it starts with the others', () => {
    const [, shifted] = localTimes([zoned(T0, T0 + 4 * H), local(T0 + 3 * H, T0 + 5 * H)]);
    expect(shifted?.offsetMinutes).toBe(180);
    expect(shifted?.evidence).toMatch(/ends within their span/);
  });

  it('lets a zone-less file that starts with the zoned ones as written extend their span', () => {
    // Varnish (+1000) went silent at 05:26 local; Keycloak writes UTC to the end, PHP-FPM local time.
    const clocks = [zoned(T0, T0 + 5 * H), local(T0, T0 + 6 * H), local(T0 + 10 * H + M, T0 + 16 * H)];
    const [, keycloak, php] = localTimes(clocks);
    expect(keycloak).toBeUndefined();
    expect(php?.offsetMinutes).toBe(600);
    // Without the UTC file, the local one ends an hour after the zoned ones: left as written.
    expect(localTimes([clocks[0] ?? null, clocks[2] ?? null])[1]).toBeUndefined();
  });

  it('leaves alone a zone-less file within the span of the others (UTC, or started later)', () => {
    expect(localTimes([zoned(T0, T0 + 4 * H), local(T0 + 2 * H, T0 + 4 * H)])).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('leaves alone a file that fits no zone: off by an odd number of minutes, or longer than the bundle', () => {
    expect(
      localTimes([zoned(T0, T0 + 4 * H), local(T0 + 2 * H + 20 * M, T0 + 6 * H + 20 * M)])[1],
    ).toBeUndefined();
    expect(localTimes([zoned(T0, T0 + 4 * H), local(T0 + 2 * H, T0 + 9 * H)])[1]).toBeUndefined();
  });

  it("reads a quiet file whose first line comes minutes after the others' at the offset where it ends with them", () => {
    // PHP-FPM's error log in UTC-03:00: its first line 20 minutes after the bundle's.
    const [, php] = localTimes([zoned(T0, T0 + 8 * H), local(T0 - 3 * H + 20 * M, T0 + 5 * H - M)]);
    expect(php?.offsetMinutes).toBe(-180);
    expect(php?.evidence).toMatch(
      /ends with the files whose zone is known .*having started within their span/,
    );
    // A file as long as the bundle fits at one offset only, matching neither end.
    expect(
      localTimes([zoned(T0, T0 + 8 * H), local(T0 + 5 * H + 20 * M, T0 + 12 * H + 40 * M)])[1]?.offsetMinutes,
    ).toBe(300);
  });

  it('prefers the offset the zoned files write, where the file starts or ends with them at it', () => {
    // PHP-FPM's first warnings 12 minutes after Varnish's first requests (+0530): at +05:45 (Nepal) it
    // would start with it, ending 17 minutes early; at +05:30 it ends with it.
    const varnish: FileClock = { ...zoned(T0, T0 + 4 * H), offsetMinutes: 330 };
    const php = local(T0 + 5.5 * H + 12 * M, T0 + 9.5 * H - 2 * M);
    const [, shared] = localTimes([varnish, php]);
    expect(shared?.offsetMinutes).toBe(330);
    expect(shared?.evidence).toMatch(/ends with the files whose zone is known .*at the offset they write/);
    // Without the zoned file's offset, the start decides.
    expect(localTimes([zoned(T0, T0 + 4 * H), php])[1]?.offsetMinutes).toBe(345);
  });

  it('reads a file at the offset a sparse zoned file writes, starting ten minutes before its robust start (blind21 10/s10)', () => {
    // chronyd's log (-03:30), a line every few minutes: its first times' median comes ten minutes
    // after its first line; the 5G core's zone-less logs start with that first line, end with it.
    const chrony: FileClock = { ...zoned(T0 + 10.7 * M, T0 + 6.6 * H), offsetMinutes: -210 };
    const gnb = local(T0 - 3.5 * H, T0 + 6.6 * H - 3.5 * H);
    expect(localTimes([chrony, gnb])[1]?.offsetMinutes).toBe(-210);
    // Not at an offset the zoned file does not write.
    expect(localTimes([zoned(T0 + 10.7 * M, T0 + 6.6 * H), gnb])[1]?.offsetMinutes).not.toBe(-210);
  });

  it('prefers the offset the zoned files write, where the file lies within their span at it, to one where only an end lines up', () => {
    // Ansible's log while playbooks ran, a quarter of an hour after the others' start to half an hour
    // before their end, at +11:00 as the zoned files; at +10:30 its end lined up (blind10 5/s04).
    const zonedFile: FileClock = { ...zoned(T0, T0 + 2 * H), offsetMinutes: 660 };
    const ansible = local(T0 + 11 * H + 15 * M, T0 + 12 * H + 30 * M);
    const [, shifted] = localTimes([zonedFile, ansible]);
    expect(shifted?.offsetMinutes).toBe(660);
    expect(shifted?.evidence).toMatch(
      /lies within the span of the files whose zone is known .*, at the offset they write/,
    );
    // Without the zoned file's offset, the end decides.
    expect(localTimes([zoned(T0, T0 + 2 * H), ansible])[1]?.offsetMinutes).toBe(630);
  });

  it('lets a file that starts with the zoned one at its offset end after it: the zoned file went silent', () => {
    // Varnish (+1000) stops 22 minutes before the end; Keycloak's local times go on (blind4 264/s07).
    const varnish: FileClock = { ...zoned(T0, T0 + 2.5 * H), offsetMinutes: 600 };
    const keycloak = local(T0 + 10 * H - 2 * M, T0 + 12.5 * H + 22 * M);
    const [, shifted] = localTimes([varnish, keycloak]);
    expect(shifted?.offsetMinutes).toBe(600);
    expect(shifted?.evidence).toMatch(/starts with .* and ends after them \(they went silent first\)/);
    // Not at an offset the zoned files do not write, nor far past their end.
    expect(localTimes([zoned(T0, T0 + 2.5 * H), keycloak])[1]).toBeUndefined();
    expect(localTimes([varnish, local(T0 + 10 * H - 2 * M, T0 + 14.5 * H)])[1]).toBeUndefined();
  });

  it('lets a file that ends with the zoned one at its offset have started before it: a server running before the window', () => {
    // A Factorio server's log (local UTC-03:00) begun 3.4 hours before the others' (blind11 23/s05).
    const docker: FileClock = { ...zoned(T0, T0 + 4 * H), offsetMinutes: -180 };
    const factorio = local(T0 - 3 * H - 3.4 * H, T0 - 3 * H + 4 * H - 2 * M);
    const [, shifted] = localTimes([docker, factorio]);
    expect(shifted?.offsetMinutes).toBe(-180);
    expect(shifted?.evidence).toMatch(/ends with .*, having started before them, at the offset they write/);
    // Not at an offset the zoned files do not write, nor when its end does not line up with theirs.
    expect(localTimes([zoned(T0, T0 + 4 * H), factorio])[1]).toBeUndefined();
    expect(localTimes([docker, local(T0 - 6.4 * H, T0 + 1.5 * H)])[1]).toBeUndefined();
  });

  it("reads PostgreSQL's IST at the meaning that lines it up with zone-less files read as UTC, then the others", () => {
    // kubelet (UTC, no zone), PostgreSQL in IST, uWSGI in Indian local time without a zone.
    const times = localTimes([
      local(T0, T0 + 4 * H),
      local(T0 + 5.5 * H + M, T0 + 9.5 * H, 'IST'),
      local(T0 + 5.5 * H - 2 * M, T0 + 9.5 * H + M),
    ]);
    expect(times.map((t) => t?.offsetMinutes)).toEqual([undefined, 330, 330]);
    expect(times[1]?.evidence).toMatch(
      /times in IST \(which names several zones\) read as local time UTC\+05:30/,
    );
    // Israel's IST: two hours.
    expect(localTimes([local(T0, T0 + 4 * H), local(T0 + 2 * H, T0 + 6 * H, 'IST')])[1]?.offsetMinutes).toBe(
      120,
    );
    // No meaning of IST fits: read as written.
    expect(localTimes([local(T0, T0 + 4 * H), local(T0 + 3 * H, T0 + 7 * H, 'IST')])[1]).toBeUndefined();
  });

  it("reads a bundle on one local clock at IST's most common meaning, the zone-less files with it (blind4 270/s09)", () => {
    // uWSGI and Keycloak without a zone, PostgreSQL in IST: all of them India's local time.
    const times = localTimes([
      local(T0, T0 + 3 * H),
      local(T0 + M, T0 + 3 * H - M, 'IST'),
      local(T0 + 2 * M, T0 + 3 * H + M),
    ]);
    expect(times.map((t) => t?.offsetMinutes)).toEqual([330, 330, 330]);
    expect(times[1]?.evidence).toMatch(/read as local time UTC\+05:30, its most common meaning/);
    expect(times[1]?.evidence).toMatch(/2 files whose times carry no zone start and end with it/);
    // A file in IST that no zone-less file keeps pace with is still read as written.
    expect(localTimes([local(T0, T0 + 4 * H), local(T0 + 3 * H, T0 + 7 * H, 'IST')])[1]).toBeUndefined();
  });

  it('lines zone-less files up with the Kubernetes klog files when no file writes its zone', () => {
    const klog: FileClock = { ...local(T0, T0 + 4 * H), klog: true };
    const [kubelet, app] = localTimes([klog, local(T0 + 3 * H + 2 * M, T0 + 7 * H)]);
    expect(kubelet).toBeUndefined();
    expect(app?.offsetMinutes).toBe(180);
    expect(app?.evidence).toMatch(/starts with the Kubernetes klog files \(read as UTC/);
    // Within the kubelet's span already: read as written.
    expect(localTimes([klog, local(T0 + H, T0 + 2 * H)])[1]).toBeUndefined();
    // A file that writes its zone is the reference then, and the klog file is lined up with it.
    expect(
      localTimes([zoned(T0, T0 + 4 * H), { ...klog, first: T0 + 3 * H, last: T0 + 7 * H }])[1]?.offsetMinutes,
    ).toBe(180);
  });

  it('needs a file that writes a zone: zone-less files alone are read as written', () => {
    expect(localTimes([local(T0, T0 + 4 * H), local(T0 + 3 * H, T0 + 7 * H)])).toEqual([
      undefined,
      undefined,
    ]);
  });
});

/** PHP-FPM in Berlin summer time (no zone) beside an access log that writes +0200. */
function bundle(): { fpm: string; access: string } {
  const fpm: string[] = [];
  const access: string[] = [];
  const start = Date.parse('2024-07-05T08:00:00Z');
  const pad = (n: number) => String(n).padStart(2, '0');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  for (let t = start; t < start + 4 * H; t += 5_000) {
    const berlin = new Date(t + 2 * H);
    const stamp = `${pad(berlin.getUTCDate())}/${months[berlin.getUTCMonth()]}/${berlin.getUTCFullYear()}:${pad(berlin.getUTCHours())}:${pad(berlin.getUTCMinutes())}:${pad(berlin.getUTCSeconds())} +0200`;
    access.push(`10.0.0.${t % 7} - - [${stamp}] "GET /api/items/${t % 97} HTTP/1.1" 200 512 "-" "curl/8"`);
    if (t % 60_000 !== 0) continue;
    const fpmStamp = `${pad(berlin.getUTCDate())}-${months[berlin.getUTCMonth()]}-${berlin.getUTCFullYear()} ${pad(berlin.getUTCHours())}:${pad(berlin.getUTCMinutes())}:${pad(berlin.getUTCSeconds())}`;
    fpm.push(`[${fpmStamp}] NOTICE: [pool www] child ${1000 + ((t / 60_000) % 50)} started`);
    // 12:00–12:10 Berlin (10:00–10:10 UTC): a burst of fatal errors.
    if (t >= start + 2 * H && t < start + 2 * H + 10 * M)
      for (let k = 0; k < 20; k++)
        fpm.push(
          `[${fpmStamp}] WARNING: [pool www] child ${2000 + k} said into stderr: "PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/app/src/Db.php:${40 + k}"`,
        );
  }
  return { fpm: fpm.join('\n') + '\n', access: access.join('\n') + '\n' };
}

describe('a bundle with a file in local time', () => {
  const { fpm, access } = bundle();
  const tail = (s: string) => Buffer.from(s.slice(-64 * 1024));

  it('reads the zone-less file at the offset that fits it beside the others, and says so', async () => {
    const { report } = await analyzeInputs([
      { name: 'access.log', source: Readable.from([Buffer.from(access)]), tail: tail(access) },
      { name: 'php8.2-fpm.log', source: Readable.from([Buffer.from(fpm)]), tail: tail(fpm) },
    ]);
    const file = report.files.find((f) => f.name === 'php8.2-fpm.log');
    expect(file?.start?.slice(0, 16)).toBe('2024-07-05T08:00');
    expect(file?.formatEvidence).toMatch(/local time UTC\+02:00/);
    const burst = report.anomalies.find(
      (a) => a.files.includes('php8.2-fpm.log') && /PDOException/.test(a.description),
    );
    expect(burst?.start.slice(11, 13)).toBe('10');
  });

  it('reads it as UTC without the tails (a stream whose end is not known)', async () => {
    const { report } = await analyzeInputs([
      { name: 'access.log', source: Readable.from([Buffer.from(access)]) },
      { name: 'php8.2-fpm.log', source: Readable.from([Buffer.from(fpm)]) },
    ]);
    expect(report.files.find((f) => f.name === 'php8.2-fpm.log')?.start?.slice(0, 16)).toBe(
      '2024-07-05T10:00',
    );
  });

  it('reads the clocks from heads and tails: year, day and local times', async () => {
    const clock = await bundleClock(
      [Buffer.from(access.slice(0, 65536)), Buffer.from(fpm.slice(0, 65536))],
      [tail(access), tail(fpm)],
    );
    expect(clock.year).toBe(2024);
    expect(clock.localTimes.map((l) => l?.offsetMinutes)).toEqual([undefined, 120]);
    // The offset the access log writes is read with its ends.
    const ends = await fileClock(Buffer.from(access.slice(0, 65536)), tail(access), 2024, undefined);
    expect(ends?.offsetMinutes).toBe(120);
    expect(
      (await fileClock(Buffer.from(fpm.slice(0, 65536)), tail(fpm), 2024, undefined))?.offsetMinutes,
    ).toBe(undefined);
  });
});

describe('a bundle whose only zoned file is sparse', () => {
  it('lines zone-less files up with its own first and last lines, not the median of a few (blind21 1/s09)', async () => {
    const start = Date.parse('2024-12-02T02:50:00Z');
    // chrony's selections: 70 lines over three hours and ten minutes, at -06:00; a stray line first.
    const chrony = [
      '2019-03-01T00:00:00-06:00 core5g-1 chronyd[2148]: Selected source 10.116.0.1 (ntp1)',
      ...Array.from({ length: 70 }, (_, k) => {
        const at = new Date(start + k * 165_000 - 6 * 3_600_000).toISOString().slice(0, 19);
        return `${at}-06:00 core5g-1 chronyd[2148]: Selected source 10.116.0.${k % 9} (ntp${k % 3})`;
      }),
    ].join('\n');
    // Open5GS' AMF at the same machine's local time, without a zone or a year, a line a second.
    const amf = Array.from({ length: 11_460 }, (_, k) => {
      const at = new Date(start + k * 1000 - 6 * 3_600_000).toISOString();
      return `${at.slice(5, 7)}/${at.slice(8, 10)} ${at.slice(11, 23)}: [amf] INFO: InitialUEMessage (../src/amf/ngap-handler.c:401)`;
    }).join('\n');
    const bytes = [Buffer.from(`${chrony}\n`), Buffer.from(`${amf}\n`)];
    const clock = await bundleClock(
      bytes.map((b) => b.subarray(0, 65536)),
      bytes.map((b) => b.subarray(Math.max(0, b.length - 65536))),
    );
    expect(clock.localTimes.map((l) => l?.offsetMinutes)).toEqual([undefined, -360]);
    const ends = await fileClock(bytes[0]?.subarray(0, 65536) ?? null, bytes[0] ?? null, 2024, undefined);
    expect(new Date(ends?.first ?? 0).toISOString()).toBe('2024-12-02T02:50:00.000Z');
  });
});

describe("a bundle with a file of times of day alone (Elixir's Logger) in local time", () => {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const hms = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  /** A JSON log in UTC and an Elixir log at UTC+10:00 over the same three hours from `start`. */
  function files(start: number): { api: string; phoenix: string } {
    const api: string[] = [];
    const phoenix: string[] = [];
    for (let t = start; t < start + 3 * H; t += 15_000) {
      api.push(JSON.stringify({ time: new Date(t).toISOString(), level: 'info', msg: 'request done' }));
      const l = new Date(t + 10 * H + 2_000);
      const failing = t >= start + 90 * M && t < start + 95 * M;
      phoenix.push(
        failing
          ? `${hms(l)}.${pad(t % 1000, 3)} [error] GenServer Shop.Cache terminating`
          : `${hms(l)}.${pad(t % 1000, 3)} request_id=Fx${t} [info] Sent 200 in 12ms`,
      );
    }
    return { api: api.join('\n') + '\n', phoenix: phoenix.join('\n') + '\n' };
  }
  const inputs = ({ api, phoenix }: { api: string; phoenix: string }) => [
    { name: 'api.json', source: Readable.from([Buffer.from(api)]), tail: Buffer.from(api.slice(-65536)) },
    {
      name: 'shop.log',
      source: Readable.from([Buffer.from(phoenix)]),
      tail: Buffer.from(phoenix.slice(-65536)),
    },
  ];

  it("reads them on the bundle's day at the offset that lines them up, and says so", async () => {
    const { report } = await analyzeInputs(inputs(files(Date.parse('2024-04-27T07:38:00Z'))));
    const file = report.files.find((f) => f.name === 'shop.log');
    expect(file?.start?.slice(0, 16)).toBe('2024-04-27T07:38');
    expect(file?.formatEvidence).toMatch(
      /times of day without a date or zone read as local time UTC\+10:00: /,
    );
    const burst = report.anomalies.find((a) => a.files.includes('shop.log') && a.type !== 'volume_drop');
    expect(burst?.start.slice(11, 13)).toBe('09');
  });

  it('and on the day before when their local day had already turned (02:00 at UTC+10:00 is 16:00 UTC)', async () => {
    const { report } = await analyzeInputs(inputs(files(Date.parse('2024-04-27T15:30:00Z'))));
    const file = report.files.find((f) => f.name === 'shop.log');
    expect(file?.start?.slice(0, 16)).toBe('2024-04-27T15:30');
    expect(file?.formatEvidence).toMatch(/local time UTC\+10:00 on the day (after|before)/);
  });

  it('marks such a file dateless in its clock, its end a day on when it went past midnight', async () => {
    const { phoenix } = files(Date.parse('2024-04-27T12:00:00Z'));
    const clock = await fileClock(
      Buffer.from(phoenix),
      Buffer.from(phoenix.slice(-4096)),
      2024,
      Date.parse('2024-04-27'),
    );
    expect(clock?.dateless).toBe(true);
    expect(clock?.zoneless).toBe(true);
    expect((clock?.last ?? 0) - (clock?.first ?? 0)).toBeGreaterThan(2.9 * H);
  });
});

describe('a bundle of zone-less files with a kubelet log', () => {
  it('reads the kubelet (klog) as UTC and a server log three hours ahead of it as UTC+03:00', async () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const kubelet: string[] = [];
    const server: string[] = [];
    const start = Date.parse('2020-08-19T10:20:00Z');
    for (let t = start; t < start + 3 * H; t += 20_000) {
      const d = new Date(t);
      kubelet.push(
        `I${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(t % 1000, 3)}123    3350 kubelet.go:2461] "SyncLoop (probe)" probe="readiness" status="ready" pod="default/app-1"`,
      );
      const l = new Date(t + 3 * H + 7_000);
      server.push(
        `2020-08-19 ${pad(l.getUTCHours())}:${pad(l.getUTCMinutes())}:${pad(l.getUTCSeconds())},123 INFO  [org.keycloak.events] (executor-thread-7) type="LOGIN", realmId="app"`,
      );
    }
    const bytes = (lines: string[]) => Buffer.from(lines.join('\n') + '\n');
    const clock = await bundleClock([bytes(kubelet), bytes(server)], [bytes(kubelet), bytes(server)]);
    expect(clock.localTimes.map((l) => l?.offsetMinutes)).toEqual([undefined, 180]);
  });
});

describe('an incident bundle (tar.gz) with a file in local time', () => {
  const { fpm, access } = bundle();
  const tarGz = Buffer.from(gzipSync(makeTar({ 'logs/access.log': access, 'logs/php8.2-fpm.log': fpm })));

  it('clocks each member from a pass over the archive, and reads the zone-less one in its local time', async () => {
    const { report } = await analyzeInputs([
      { name: 'incident.tar.gz', source: Readable.from([tarGz]), reopen: () => Readable.from([tarGz]) },
    ]);
    const file = report.files.find((f) => f.name.endsWith('php8.2-fpm.log'));
    expect(file?.start?.slice(0, 16)).toBe('2024-07-05T08:00');
    expect(file?.formatEvidence).toMatch(/local time UTC\+02:00/);
  });

  it('clocks a rotated gzip member by what it holds (its head inflated), as a plain member', async () => {
    const rotated = Buffer.from(
      makeTar({ 'logs/access.log': access, 'logs/php8.2-fpm.log.1.gz': gzipSync(fpm) }),
    );
    const { report } = await analyzeInputs([
      { name: 'incident.tar', source: Readable.from([rotated]), reopen: () => Readable.from([rotated]) },
    ]);
    const file = report.files.find((f) => f.name.endsWith('php8.2-fpm.log.1.gz'));
    expect(file?.start?.slice(0, 16)).toBe('2024-07-05T08:00');
    expect(file?.formatEvidence).toMatch(/local time UTC\+02:00/);
  });

  it('reads the members as written when the archive cannot be streamed again', async () => {
    const { report } = await analyzeInputs([{ name: 'incident.tar.gz', source: Readable.from([tarGz]) }]);
    expect(report.files.find((f) => f.name.endsWith('php8.2-fpm.log'))?.start?.slice(0, 16)).toBe(
      '2024-07-05T10:00',
    );
  });
});

describe('a time zone given by the user', () => {
  it('reads IANA names at the moment asked (summer or winter time) and fixed offsets; refuses others', () => {
    expect(zoneOffsetMinutes('Europe/Berlin', Date.parse('2024-07-05T12:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('Europe/Berlin', Date.parse('2024-01-05T12:00:00Z'))).toBe(60);
    expect(zoneOffsetMinutes('America/Sao_Paulo', Date.parse('2024-07-05T12:00:00Z'))).toBe(-180);
    expect(zoneOffsetMinutes('Asia/Kolkata', 0)).toBe(330);
    expect(zoneOffsetMinutes('UTC', 0)).toBe(0);
    expect(zoneOffsetMinutes('+05:30', 0)).toBe(330);
    expect(zoneOffsetMinutes('-0300', 0)).toBe(-180);
    expect(zoneOffsetMinutes('UTC+2', 0)).toBe(120);
    expect(zoneOffsetMinutes('Mars/Olympus', 0)).toBeNull();
    expect(zoneOffsetMinutes('+25:00', 0)).toBeNull();
  });

  it('reads every zone-less file in it, even alone, and leaves zoned ones as written', async () => {
    const { fpm, access } = bundle();
    const head = (s: string) => Buffer.from(s.slice(0, 64 * 1024));
    const alone = await bundleClock([head(fpm)], [null], { timeZone: 'Europe/Berlin' });
    expect(alone.localTimes[0]?.offsetMinutes).toBe(120);
    expect(alone.localTimes[0]?.evidence).toMatch(
      /read in Europe\/Berlin \(UTC\+02:00\), as the time zone given says/,
    );
    const both = await bundleClock([head(access), head(fpm)], [null, null], { timeZone: 'Europe/Berlin' });
    expect(both.localTimes.map((l) => l?.offsetMinutes)).toEqual([undefined, 120]);
  });
});

describe('a zone-less file that says its zone', () => {
  const lines = (opening: string, hours: number) => {
    const out = [`2021-03-26 14:12:14,000 [myid:3] - INFO  [main:Environment@98] - ${opening}`];
    for (let m = 1; m < hours * 60; m++) {
      const t = new Date(Date.parse('2021-03-26T14:12:14Z') + m * M).toISOString();
      out.push(
        `${t.slice(0, 10)} ${t.slice(11, 19)},000 [myid:3] - INFO  [SyncThread:3:FileTxnLog@284] - Creating new log file`,
      );
    }
    return Buffer.from(out.join('\n') + '\n');
  };

  it("reads it in the zone its first lines name (`TZ=`, the JVM's `user.timezone=`), alone or beside others", async () => {
    const zk = lines('Server environment:TZ=America/Panama', 3);
    const alone = await bundleClock([zk], [zk]);
    expect(alone.localTimes[0]?.offsetMinutes).toBe(-300);
    expect(alone.localTimes[0]?.evidence).toMatch(
      /read in America\/Panama \(UTC-05:00\), as the file's first lines say/,
    );
    // Summer time where the zone keeps it: Berlin in July is UTC+02:00.
    const berlin = Buffer.from(
      lines('Server environment:user.timezone=Europe/Berlin', 1)
        .toString()
        .replaceAll('2021-03-26', '2021-07-26'),
    );
    expect((await bundleClock([berlin], [berlin])).localTimes[0]?.offsetMinutes).toBe(120);
    // So read, it is a file whose zone is known: a zone-less file that lies within its span as UTC
    // stays as written, one written in the same local hours is read at the same offset.
    const utc = Buffer.from(
      lines('Reading configuration from: /conf/zoo.cfg', 3)
        .toString()
        .replace(/ 1([4-7]):/g, (_, h: string) => ` ${Number(h) + 15}:`),
    );
    const same = lines('Reading configuration from: /conf/zoo.cfg', 3);
    const all = await bundleClock([zk, utc, same], [zk, utc, same]);
    expect(all.localTimes.map((l) => l?.offsetMinutes)).toEqual([-300, undefined, -300]);
  });

  it("reads a relay's zone-less header at the offset the device's zoned time inside its lines gives (NetScaler, blind22 12/s03)", async () => {
    const at = (k: number): Date => new Date(Date.parse('2024-08-11T08:57:00Z') + k * 60_000);
    const hhmmss = (d: Date): string => d.toISOString().slice(11, 19);
    const local = (k: number): Date => new Date(at(k).getTime() - 7 * 3_600_000);
    const ns: string[] = [];
    const syslog: string[] = [];
    for (let k = 0; k < 240; k++) {
      const u = at(k);
      const day = `${String(u.getUTCMonth() + 1).padStart(2, '0')}/${String(u.getUTCDate()).padStart(2, '0')}/2024`;
      ns.push(
        `Aug 11 ${hhmmss(local(k))} <local0.info> 10.0.0.30 ${day}:${hhmmss(u)} GMT ns-vpx01 0-PPE-1 : default TCP CONN_DELINK ${k} 0 : Source 1.2.3.4:443`,
      );
      syslog.push(
        `Aug 11 ${hhmmss(local(k))} vpn-gw01 charon: 05[NET] received packet: from 1.2.3.4[500] (1000 bytes)`,
      );
    }
    const nsBytes = Buffer.from(ns.join('\n') + '\n');
    const syslogBytes = Buffer.from(syslog.join('\n') + '\n');
    const clock = await bundleClock([nsBytes, syslogBytes], [nsBytes, syslogBytes]);
    expect(clock.localTimes.map((l) => l?.offsetMinutes)).toEqual([-420, -420]);
    expect(clock.localTimes[0]?.evidence).toMatch(
      /local time UTC-07:00, as the zoned times inside its lines say/,
    );
    // Alone, too: its own lines say it.
    expect((await bundleClock([nsBytes], [nsBytes])).localTimes[0]?.offsetMinutes).toBe(-420);
    // A time a message mentions (a certificate's end) says nothing of the clock.
    const mentions = Buffer.from(
      syslog.map((l) => `${l} cert valid until 2025-01-01T00:00:00Z`).join('\n') + '\n',
    );
    expect((await bundleClock([mentions], [mentions])).localTimes).toEqual([undefined]);
  });

  it('leaves a file alone that names no area and city (`TZ=CET`)', async () => {
    const cet = lines('Server environment:TZ=CET', 2);
    expect((await bundleClock([cet], [cet])).localTimes).toEqual([undefined]);
  });
});

describe("a run timed only by the seconds since its start (Linkerd's proxy)", () => {
  const lines = (count: number, everyS: number, line: (k: number, at: Date) => string): Uint8Array =>
    Buffer.from(
      Array.from({ length: count }, (_, k) =>
        line(k, new Date(Date.parse('2018-11-14T11:15:00Z') + k * everyS * 1000)),
      )
        .join('\n')
        .concat('\n'),
    );
  const vector = lines(
    2200,
    10,
    (k, at) =>
      `${at.toISOString()}  INFO vector::sources::file: Found new file to watch. file=/var/log/pods/${k}.log`,
  );
  const linkerd = (seconds: number) =>
    lines(
      3000,
      seconds / 2999,
      (k) =>
        `[${((k * seconds) / 2999).toFixed(6).padStart(13)}s]  INFO ThreadId(01) linkerd_reconnect: Connected remote.addr=10.1.177.${k % 250}:8080`,
    );
  const clockOf = async (files: Uint8Array[]) =>
    (
      await bundleClock(
        files.map((f) => f.subarray(0, 16384)),
        files.map((f) => f.subarray(f.length - 16384)),
      )
    ).localTimes;

  it('starts as the timed files start when its seconds span theirs (blind13 22/s09), and says so', async () => {
    // Vector's six hours (11:15Z–17:21Z) and the proxy's 21,990 seconds.
    const [, run] = await clockOf([vector, linkerd(21_990)]);
    expect(run?.runStartMs).toBe(Date.parse('2018-11-14T11:15:00Z'));
    expect(run?.evidence).toMatch(
      /seconds since its program started placed on the others' clock: they span 6 h 7 min/,
    );
  });

  it('is left untimed when its span is another, or the timed files span less than an hour', async () => {
    expect((await clockOf([vector, linkerd(10_000)]))[1]).toBeUndefined();
    // Fifty minutes of both: too short a span to tell a run's start by.
    const short = lines(
      300,
      10,
      (k, at) => `${at.toISOString()}  INFO vector: Found new file. file=/var/log/pods/${k}.log`,
    );
    expect((await clockOf([short, linkerd(2_990)]))[1]).toBeUndefined();
  });
});

describe('a file listed newest first, in UTF-16 (PowerShell)', () => {
  /** UTF-16 LE with its BOM and CRLF line ends, as PowerShell's Out-File writes. */
  const utf16 = (text: string): Uint8Array => {
    const body = Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le');
    return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
  };
  // Format-List blocks of Get-WinEvent, the latest first, a block every 30 s over three hours.
  const blocks: string[] = [];
  for (let k = 360; k >= 0; k--) {
    const at = new Date(Date.parse('2021-06-25T09:00:00Z') + k * 30_000);
    const hour = at.getUTCHours();
    const clock = `${hour % 12 || 12}:${String(at.getUTCMinutes()).padStart(2, '0')}:${String(at.getUTCSeconds()).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
    blocks.push(
      `\nTimeCreated  : 6/25/2021 ${clock}\nProviderName : Service Control Manager\nId           : 7036\nMessage      : The Windows Update service entered the running state.\n`,
    );
  }
  const bytes = utf16(blocks.join(''));

  it('takes the start from its tail and the end from its head (the tail read from a whole character on)', async () => {
    // A tail that starts on the second byte of a character pair reads as nothing but for this.
    const tail = bytes.slice(bytes.length - 4097);
    const clock = await fileClock(bytes.slice(0, 8192), tail, 2021, undefined);
    // The median of the times at each end (a stray time does not move it): minutes within them.
    expect(Math.abs((clock?.first ?? 0) - Date.parse('2021-06-25T09:00:00Z'))).toBeLessThanOrEqual(5 * M);
    expect(Math.abs((clock?.last ?? 0) - Date.parse('2021-06-25T12:00:00Z'))).toBeLessThanOrEqual(5 * M);
  });

  it('lines it up with a zoned file of the same three hours, two hours behind', async () => {
    const zonedLines = Array.from(
      { length: 181 },
      (_, k) => `${new Date(Date.parse('2021-06-25T07:00:00Z') + k * 60_000).toISOString()} INFO tick ${k}`,
    ).join('\n');
    const zonedBytes = Buffer.from(zonedLines + '\n');
    const clock = await bundleClock(
      [bytes.slice(0, 65536), zonedBytes],
      [bytes.slice(bytes.length - 65535), zonedBytes],
    );
    expect(clock.localTimes.map((l) => l?.offsetMinutes)).toEqual([120, undefined]);
  });
});

/** The clock of a file's first and last 8 KiB, in `year`. */
const clockOfHeadAndTail = (bytes: Buffer, year: number) =>
  fileClock(bytes.subarray(0, 8192), bytes.subarray(bytes.length - 8192), year, undefined);

describe("a CSV export's clock", () => {
  it("reads the tail by the head's header row (date and time in columns of their own)", async () => {
    const rows = ['ID,Date,Time,Description,IP Address'];
    for (let k = 0; k < 4000; k++) {
      const at = new Date(Date.parse('2025-08-18T07:07:15Z') + k * 5_000);
      const hh = String(at.getUTCHours()).padStart(2, '0');
      const mm = String(at.getUTCMinutes()).padStart(2, '0');
      const ss = String(at.getUTCSeconds()).padStart(2, '0');
      rows.push(`11,08/18/25,${hh}:${mm}:${ss},Renew,10.4.${k % 250}.${k % 200}`);
    }
    const bytes = Buffer.from(rows.join('\n') + '\n');
    const clock = await clockOfHeadAndTail(bytes, 2025);
    expect(clock && new Date(clock.first).toISOString().slice(0, 16)).toBe('2025-08-18T07:07');
    expect(clock && new Date(clock.last).toISOString().slice(0, 16)).toBe('2025-08-18T12:40');
  });
});

describe("fileClock of a log timed by seconds since its program started (Factorio's)", () => {
  it('reads its tail after its head, whose first line gives the start', async () => {
    const lines = ['   0.000 2026-11-15 12:56:26; Factorio 2.0.72 (build 69866, linux64, headless)'];
    for (let k = 1; k < 4000; k++)
      lines.push(
        `${(k * 4.6).toFixed(3).padStart(8)} Info ServerRouter.cpp:590: Asking pingpong servers (4) to forward connection from 77.148.198.${k % 250}:34197`,
      );
    const bytes = Buffer.from(lines.join('\n') + '\n');
    const clock = await clockOfHeadAndTail(bytes, 2026);
    expect(clock && new Date(clock.first).toISOString()).toBe('2026-11-15T12:56:26.000Z');
    // 3,999 × 4.6 s after the start: 18,395 s later, 18:03:01.
    expect(clock && new Date(clock.last).toISOString().slice(0, 19)).toBe('2026-11-15T18:03:01');
    expect(clock?.zoneless).toBe(true);
  });
});

describe("fileClock of a W3C extended log (Wowza's)", () => {
  it('reads its tail by the columns its "#Fields:" directive names, as the head does', async () => {
    const fields =
      '#Fields: date\ttime\ttz\tx-event\tx-category\tx-severity\tx-status\tx-comment\tc-ip\tcs-uri-stem';
    const rows = Array.from({ length: 3000 }, (_, k) => {
      const at = new Date(Date.parse('2019-06-26T01:45:00Z') + k * 8_000).toISOString();
      return `${at.slice(0, 10)}\t${at.slice(11, 19)}\tBST\tplay\tstream\tINFO\t200\t-\t10.0.0.${k % 200}\tlive/stream${k % 7}`;
    });
    const text =
      ['#Version: 1.0', '#Software: Wowza Streaming Engine 4.7.6', fields, ...rows].join('\n') + '\n';
    const bytes = Buffer.from(text);
    const clock = await fileClock(bytes.slice(0, 8192), bytes.slice(bytes.length - 8192), 2019, undefined);
    // Its last rows are their times, not the date's midnight (the tail has no directive of its own).
    expect(Math.abs((clock?.last ?? 0) - Date.parse('2019-06-26T08:24:52Z'))).toBeLessThanOrEqual(5 * M);
    expect(clock?.zoneWord).toBe('BST');
  });
});
