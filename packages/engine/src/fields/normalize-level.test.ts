import { describe, expect, it } from 'vitest';
import { read } from '../read/test-helpers';
import fc from 'fast-check';
import {
  headerLevelAt,
  levelAt,
  levelFromMessage,
  levelFromNumber,
  normalizeLevel,
  relayedPhpLevel,
} from './normalize-level';

describe('levels', () => {
  it.each([
    ['INFO', 'info'],
    ['[notice]', 'info'],
    ['WARNING', 'warn'],
    ['warn:', 'warn'],
    ['SEVERE', 'error'],
    ['err', 'error'],
    ['FATAL', 'fatal'],
    ['CRITICAL', 'fatal'],
    ['<debug>', 'debug'],
    ['TRACE', 'trace'],
    // Celery writes the process after the level.
    ['INFO/MainProcess]', 'info'],
    ['WARNING/ForkPoolWorker-2', 'warn'],
    // Serilog's three letters.
    ['[FTL]', 'fatal'],
    ['[VRB]', 'trace'],
    ['[ERR]', 'error'],
  ])('normalises %s to %s', (word, level) => {
    expect(normalizeLevel(word)).toBe(level);
  });

  it.each([
    ['%ASA-6-302013: Built outbound TCP connection 12345', 'info'],
    ['%ASA-4-106023: Deny tcp src outside:203.0.113.5/51234', 'warn'],
    ['%LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down', 'error'],
    ['%SYS-2-MALLOCFAIL: Memory allocation of 65536 bytes failed', 'fatal'],
    ['%ETHPORT-5-IF_UP: Interface Ethernet1/1 is up', 'info'],
    ['%SEC_LOGIN-7-DEBUG: x', 'debug'],
    ['%ASA-9-1: not a severity', null],
    ['%ASA-6-: no mnemonic', null],
    ['%done, 5 left', null],
  ])("reads a Cisco mnemonic's severity: %s", (message, level) => {
    expect(levelFromMessage(message)).toBe(level);
  });

  it.each([
    ['##[error]Process completed with exit code 1.', 'error'],
    ['##[warning]Node.js 16 actions are deprecated.', 'warn'],
    ['##[debug]Evaluating condition for step', 'debug'],
    ['##[group]Run actions/checkout@v4', null],
  ])("reads a CI workflow command's level: %s", (message, level) => {
    expect(levelFromMessage(message)).toBe(level);
  });

  it.each([
    ['[GC (Allocation Failure) [PSYoungGen: 524288K->65536K(611840K)]', null],
    ['(Failure) while syncing', 'error'],
    ['Failure: disk full', 'error'],
    ['ok (ERROR) 3 left', 'error'],
  ])('reads no level from a word closing a parenthesis opened before it: %s', (message, level) => {
    expect(levelFromMessage(message)).toBe(level);
  });

  it('reads a level among columns padded with blanks (`kubectl get events`)', () => {
    expect(
      levelFromMessage('5m          Warning   BackOff             pod/api-1   Back-off restarting'),
    ).toBe('warn');
    expect(
      levelFromMessage('2m          Normal    Killing             pod/api-1   Stopping container'),
    ).toBeNull();
  });

  it("reads Asterisk's level before its thread and call in brackets, not any word before a bracket", () => {
    expect(normalizeLevel('VERBOSE[3600]')).toBe('trace');
    expect(normalizeLevel('WARNING[9431][C-00002518]')).toBe('warn');
    expect(normalizeLevel('ERROR[3871][C-0000287a]')).toBe('error');
    expect(normalizeLevel('SECURITY[3637]')).toBeNull();
    expect(normalizeLevel('Error[x]')).toBeNull();
    expect(normalizeLevel('ERRORS[12]')).toBeNull();
  });

  it("reads log4j2's level after its thread's slash in a bracket, not a path's last segment", () => {
    expect(normalizeLevel('[Server thread/INFO]:')).toBe('info');
    expect(normalizeLevel('[main/WARN]')).toBe('warn');
    expect(normalizeLevel('[/api/error]')).toBeNull();
    expect(normalizeLevel('[api/v1/error]')).toBeNull();
    expect(normalizeLevel('[worker thread/info]')).toBeNull();
  });

  it('rejects words that are not levels', () => {
    expect(normalizeLevel('constructor')).toBeNull();
    expect(normalizeLevel('2026-11-25')).toBeNull();
    expect(normalizeLevel('I/O')).toBeNull();
    expect(levelFromMessage('I/O error on /dev/sda')).toBe('error');
  });

  it.each([
    ['LOG:', 'info'],
    ['DEBUG1:', 'debug'],
    ['DEBUG5:', 'debug'],
    ['DETAIL:', 'info'],
    ['STATEMENT:', 'info'],
    ['[System]', 'info'],
    ['[Note]', 'info'],
    ['[NOTE]', 'info'],
    // PgBouncer's bare level, in capitals ("… [5336] LOG C-0x55…: db/user@host login attempt").
    ['LOG', 'info'],
  ])('reads the marked level word %s as %s', (word, level) => {
    expect(normalizeLevel(word)).toBe(level);
  });

  it.each([
    'log',
    'Log:',
    'log:',
    'Log',
    'note',
    'Note:',
    'system',
    'System:',
    'debug1',
    'DEBUG6:',
    'detail:',
  ])('does not read %s as a level (not marked as one)', (word) => {
    expect(normalizeLevel(word)).toBeNull();
  });

  it("looks past the kernel's time since boot for the level word", () => {
    expect(
      levelFromMessage(
        '[3287514.881269] blk_update_request: I/O error, dev nvme1n1, sector 365437448 op 0x1:(WRITE)',
      ),
    ).toBe('error');
    expect(levelFromMessage('[    5.123456] EXT4-fs error (device sda1): ext4_find_entry:1455')).toBe(
      'error',
    );
    expect(
      levelFromMessage('[3287514.881269] usb 1-1: new high-speed USB device number 2 using error'),
    ).toBeNull();
    expect(levelFromMessage('[12] a b error')).toBeNull();
  });

  it("reads a status in capitals closing the line as an error (Laravel's console, test runners)", () => {
    expect(levelFromMessage('App\\Jobs\\ChargeSubscription ................ 894.74ms FAIL')).toBe('error');
    expect(levelFromMessage('test_login (tests.test_auth.AuthTest) ... FAILED')).toBe('error');
    expect(levelFromMessage('App\\Jobs\\ChargeSubscription ................ 94.74ms DONE')).toBeNull();
    expect(levelFromMessage('retrying after a fail')).toBeNull();
  });

  it.each(['log rotated', 'note to self', 'system is up', 'Log: rotated', 'Note: see above'])(
    'finds no level in the message "%s"',
    (message) => {
      expect(levelFromMessage(message)).toBeNull();
    },
  );

  it('reads Redis level marks only in a header level column', () => {
    expect(['.', '-', '*', '#'].map((m) => headerLevelAt(m, 0, 1))).toEqual([
      'debug',
      'debug',
      'info',
      'warn',
    ]);
    expect(normalizeLevel('*')).toBeNull();
    expect(headerLevelAt('E', 0, 1)).toBe('error');
  });

  it("reads PostgreSQL's FATAL (two blanks after it: one session ends) as an error, another's as fatal", () => {
    const postgres = 'FATAL:  password authentication failed for user "app"';
    expect(headerLevelAt(postgres, 0, 6)).toBe('error');
    // Apache Traffic Server's failed assertion (blind13 4/s04).
    const ats = 'FATAL: /build/trafficserver/proxy/http/HttpSM.cc:1161: failed assertion';
    expect(headerLevelAt(ats, 0, 6)).toBe('fatal');
  });

  it('maps numeric severities (bunyan, syslog)', () => {
    expect(levelFromNumber(30)).toBe('info');
    expect(levelFromNumber(50)).toBe('error');
    expect(levelFromNumber(3)).toBe('error');
  });

  it('finds a level at the start of a message', () => {
    expect(levelFromMessage('error: Received disconnect')).toBe('error');
    expect(levelFromMessage('all good')).toBeNull();
  });
});

describe("PHP's messages relayed by a web server", () => {
  it("keep PHP's level when it is below an error", () => {
    expect(
      relayedPhpLevel(
        'AH01071: Got error \'PHP message: PHP Warning:  Undefined array key "ref" in /var/www/app/helpers.php on line 12\'',
      ),
    ).toBe('warn');
    expect(
      relayedPhpLevel(
        '*41 FastCGI sent in stderr: "PHP message: PHP Notice:  Undefined variable: locale in /srv/app.php on line 3" while reading response header from upstream',
      ),
    ).toBe('info');
    expect(
      relayedPhpLevel(
        "AH01071: Got error 'PHP message: PHP Deprecated:  strlen(): Passing null to parameter #1'",
      ),
    ).toBe('info');
    // A fatal error, alone or after a warning in one relayed line, stays an error; so does anything else.
    expect(
      relayedPhpLevel(
        "AH01071: Got error 'PHP message: PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted'",
      ),
    ).toBeNull();
    expect(
      relayedPhpLevel(
        "AH01071: Got error 'PHP message: PHP Warning:  x\\nPHP message: PHP Fatal error:  Uncaught PDOException'",
      ),
    ).toBeNull();
    expect(relayedPhpLevel("AH01071: Got error 'Primary script unknown'")).toBeNull();
    expect(relayedPhpLevel('PHP Warning:  not relayed')).toBeNull();
  });

  it('read so from an Apache error log: its PHP warnings are warnings, its own errors errors', async () => {
    const log = [
      '[Thu Feb 05 10:00:01.123456 2026] [proxy_fcgi:error] [pid 41:tid 7] [client 10.0.0.5:51234] AH01071: Got error \'PHP message: PHP Warning:  Undefined array key "ref" in /var/www/app/helpers.php on line 12\', referer: https://shop.example/',
      "[Thu Feb 05 10:00:02.123456 2026] [proxy_fcgi:error] [pid 41:tid 7] [client 10.0.0.6:51235] AH01071: Got error 'PHP message: PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate 20480 bytes) in /var/www/app/Pdf.php on line 117'",
      '[Thu Feb 05 10:00:03.123456 2026] [proxy:error] [pid 42:tid 9] (111)Connection refused: AH00957: FCGI: attempt to connect to 127.0.0.1:9000 (127.0.0.1:9000) failed',
      '[Thu Feb 05 10:00:04.123456 2026] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.57 (Debian) configured -- resuming normal operations',
    ].join('\n');
    const { events } = await read(new TextEncoder().encode(`${log}\n`));
    expect(events.map((e) => e.level)).toEqual(['warn', 'error', 'error', 'info']);
  });

  it("read so from a TensorFlow job's log: its C++ runtime's level letter after the time, beside glog's lines", async () => {
    const log = [
      'I0608 23:06:14.240688 139199385620596 basic_session_run_hooks.py:692] global_step/sec: 7.6702',
      'I0608 23:06:15.753443 139199385620596 basic_session_run_hooks.py:260] loss = 0.46096, step = 201811 (13.410 sec)',
      ...Array.from(
        { length: 6 },
        (_, i) =>
          `I0608 23:06:16.${i}53443 139199385620596 basic_session_run_hooks.py:260] loss = 0.46096, step = 20181${i} (13.410 sec)`,
      ),
      '2024-06-08 23:06:17.935214: I tensorflow/core/grappler/optimizers/custom_graph_optimizer_registry.cc:117] Plugin optimizer for device_type GPU is enabled.',
      '2024-06-08 23:06:18.120011: E tensorflow/core/lib/io/record_reader.cc:138] DATA_LOSS: corrupted record at 816057528',
      '2024-06-08 23:06:19.505690: F tensorflow/core/common_runtime/device/device_event_mgr.cc:223] Unexpected Event status: 1',
      '2024-06-08 23:06:20.505690: W tensorflow/core/kernels/data/cache_dataset_ops.cc:858] The calling iterator did not fully read the dataset being cached.',
    ].join('\n');
    const { events } = await read(new TextEncoder().encode(`${log}\n`), { year: 2024 });
    expect(events.map((e) => e.level)).toEqual([...Array<string>(9).fill('info'), 'error', 'fatal', 'warn']);
    // A letter and a word are no such mark: "I am …", "A user.name:12] …" are read as any message.
    expect(levelFromMessage('I am done')).toBeNull();
    expect(levelFromMessage('A x.cc:12] happened')).toBeNull();
    expect(levelFromMessage('E x:12] happened')).toBeNull();
  });

  it("read so from PHP-FPM's own log: a worker's deprecation notice relayed at WARNING is info", async () => {
    const log = [
      '[01-Feb-2023 07:25:03] NOTICE: fpm is running, pid 1',
      '[01-Feb-2023 07:25:04] WARNING: [pool www] child 29792 said into stderr: "NOTICE: PHP message: PHP Deprecated:  Creation of dynamic property App\\Models\\Accounts::$locale is deprecated in /var/www/html/app/Http/Middleware/TrackCampaign.php on line 107"',
      '[01-Feb-2023 07:25:05] WARNING: [pool www] child 29793 said into stderr: "NOTICE: PHP message: PHP Warning:  Undefined array key "ref" in /var/www/html/app/helpers.php on line 12"',
      '[01-Feb-2023 07:25:06] WARNING: [pool www] child 29794 said into stderr: "NOTICE: PHP message: PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused"',
      '[01-Feb-2023 07:25:07] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it',
    ].join('\n');
    const { events } = await read(new TextEncoder().encode(`${log}\n`));
    expect(events.map((e) => e.level)).toEqual(['info', 'info', 'warn', 'warn', 'warn']);
  });

  it("read so from Zigbee2MQTT's log: its label and level are one token, its time after it", async () => {
    const log = [
      "Zigbee2MQTT:info  2020-01-16 13:00:47: MQTT publish: topic 'zigbee2mqtt/front_door_contact', payload '{\"battery\":60}'",
      "Zigbee2MQTT:error 2020-01-16 13:00:48: Unhandled exception: TypeError: Cannot read properties of undefined (reading 'getEndpoint')",
      '    at Receive.onDeviceMessage (/app/lib/extension/receive.ts:184:33)',
      'Zigbee2MQTT:warn  2020-01-16 13:01:13: Logging to console, file (filename: log.txt)',
      'Zigbee2MQTT:debug 2020-01-16 13:01:13: Starting Zigbee2MQTT version 1.16.2 (commit #e3dc728)',
    ].join('\n');
    const { events } = await read(new TextEncoder().encode(`${log}\n`), { year: 2020 });
    expect(events.map((e) => [e.level, e.lineCount, new Date(e.timestamp ?? 0).toISOString()])).toEqual([
      ['info', 1, '2020-01-16T13:00:47.000Z'],
      ['error', 2, '2020-01-16T13:00:48.000Z'],
      ['warn', 1, '2020-01-16T13:01:13.000Z'],
      ['debug', 1, '2020-01-16T13:01:13.000Z'],
    ]);
    expect(events[3]?.message).toBe('Starting Zigbee2MQTT version 1.16.2 (commit #e3dc728)');
    // Not any name with a colon: a word after it must be a level's.
    expect(levelAt('Zigbee2MQTT:infos', 0, 17)).toBeNull();
    // Nor a namespace of Node's debug module, in lower case: a logger ("app:error").
    expect(levelAt('app:error', 0, 9)).toBeNull();
  });

  it("read so from IBM Storage Scale's mmfs.log: its bracketed severity tags, and its lines without one", async () => {
    const log = [
      '2024-06-10_09:15:02.123+0200: runmmfs starting (1135)',
      '2024-06-10_09:15:02.130+0200: [I] Removing old /var/adm/ras/mmfs.log.* files:',
      '2024-06-10_09:15:03.123+0200: [N] Connecting to 10.3.0.11 nsd01 <c0n0>',
      '2024-06-10_09:15:04.123+0200: [E] MMFS_PDISK_FAILED: Location SV12345678-1-3, pdisk e1s03',
      '2024-06-10_09:15:05.123+0200: [X] *** Assert exp(totalLen <= pageSize) in line 4412 of file /src/bufdesc.C',
      '2024-06-10_09:15:05.200+0200: [A] Unrecoverable disk error on nsd03',
      '2024-06-10_09:15:06.123+0200: [W] Disk lease period expired',
      '2024-06-10_09:15:06.500+0200: [E:212] Command: err 212: mmmount gpfs0',
      '2024-06-10_09:15:07.123+0200: [I] Unmounted file system gpfs0.',
    ].join('\n');
    const { events } = await read(new TextEncoder().encode(`${log}\n`));
    expect(
      events.map((e) => [e.level, new Date(e.timestamp ?? 0).toISOString(), e.message.slice(0, 24)]),
    ).toEqual([
      [null, '2024-06-10T07:15:02.123Z', 'runmmfs starting (1135)'],
      ['info', '2024-06-10T07:15:02.130Z', 'Removing old /var/adm/ra'],
      ['info', '2024-06-10T07:15:03.123Z', 'Connecting to 10.3.0.11 '],
      ['error', '2024-06-10T07:15:04.123Z', 'MMFS_PDISK_FAILED: Locat'],
      ['fatal', '2024-06-10T07:15:05.123Z', '*** Assert exp(totalLen '],
      ['fatal', '2024-06-10T07:15:05.200Z', 'Unrecoverable disk error'],
      ['warn', '2024-06-10T07:15:06.123Z', 'Disk lease period expire'],
      ['error', '2024-06-10T07:15:06.500Z', 'Command: err 212: mmmoun'],
      ['info', '2024-06-10T07:15:07.123Z', 'Unmounted file system gp'],
    ]);
    // Those letters are levels only in brackets: a bare "N" or "X" is a word.
    expect(levelAt('N', 0, 1)).toBeNull();
    expect(levelAt('[N]', 0, 3)).toBe('info');
    expect(levelAt('[E:12a]', 0, 7)).toBeNull();
  });

  it("read so from pgBackRest's log: its ASSERT is the command's fatal end, not the text of an info line", async () => {
    const log = [
      "2019-09-21 20:03:32.396 P00   INFO: pushed WAL file '000000013A00000D00000056' to the archive asynchronously",
      '2019-09-21 20:03:32.401 P01 DETAIL: pushed WAL file 000000013A00000D00000057 to the archive',
      '2019-09-21 20:03:33.609 P00 ASSERT: [025]: ASSERTION: bufUsed(this) + size <= bufSize(this)',
      '            STACK TRACE:',
      '            common/type/buffer:bufCat:(this: {used: 8968, size: 8192}, cat: {used: 512})',
      '2019-09-21 20:03:33.610 P00   INFO: archive-push-async command end: aborted with exception [025]',
    ].join('\n');
    const { events } = await read(new TextEncoder().encode(`${log}\n`));
    expect(events.map((e) => [e.level, e.lineCount])).toEqual([
      ['info', 1],
      ['info', 1],
      ['fatal', 3],
      ['info', 1],
    ]);
    expect(events[2]?.message).toMatch(/^\[025\]: ASSERTION: bufUsed/);
    expect(normalizeLevel('ASSERT')).toBe('fatal');
  });
});

describe('normalizeLevel remembering the words read last', () => {
  it('answers as levelAt on the word, whatever came before (property)', () => {
    const word = fc.oneof(
      fc.constantFrom(
        'info',
        'INFO',
        'error',
        'ERROR',
        'warn',
        'Warning',
        'debug',
        'fail',
        'crit',
        'inf',
        'x',
        '',
      ),
      fc.constantFrom('[info]', 'infos', 'errors', 'fatal:', 'notice', 'information', 'emergency', 'verbose'),
      fc.string({ maxLength: 14 }),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        for (const w of words) {
          // As a parser has it: a copy, or a slice of a longer line.
          const sliced = `level=${w} msg=x`.slice(6, 6 + w.length);
          expect(normalizeLevel(w)).toBe(levelAt(w, 0, w.length));
          expect(normalizeLevel(sliced)).toBe(levelAt(w, 0, w.length));
        }
      }),
      { numRuns: 500 },
    );
  });
});
