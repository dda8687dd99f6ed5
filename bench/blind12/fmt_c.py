"""Formats: Bacula, rspamd, ClamAV, CUPS, HTCondor, TensorFlow/NCCL, Ray raylet, vLLM, Firebird, Hazelcast, CBS.log, Sybase ASE, SAP HANA."""
from base import Fmt, MON, DAY, ip, hexs, uuid  # noqa: F401
from fmt_a import pytb
from fmt_b import USERS


class Bacula(Fmt):
    key = 'bacula'
    fname = 'bacula.log'
    label = 'bacula-dir'
    res = 60.0
    weight = 0.08
    max_rate = 4
    can_silence = False

    def setup(self):
        self.job = 4000 + self.sc.idx * 131

    def ts_sec(self, s):
        t = self.lt(s)
        return '%02d-%s %02d:%02d' % (t[2], MON[t[1] - 1], t[3], t[4])

    def rec(self, t, lv, m):
        who, msg = m
        return '%s %s %s' % (self.sec(t), who, msg)

    def jid(self, r):
        self.job += r.randint(0, 1)
        return self.job

    def info(self, r):
        j = self.jid(r)
        c = r.choice(['ws%03d-fd' % r.randint(1, 80), 'mail01-fd', 'files01-fd'])
        x = r.random()
        if x < 0.3:
            return 'I', ('bacula-dir', 'JobId %d: Start Backup JobId %d, Job=%s.%04d-%02d-%02d_%02d.%02d.%02d_%02d' % (j, j, c.replace('-fd', ''), self.year, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(1, 60)))
        if x < 0.5:
            return 'I', ('bacula-dir', 'JobId %d: Using Device "FileChgr1-Dev%d" to write.' % (j, r.randint(1, 2)))
        if x < 0.7:
            return 'I', ('bacula-sd', 'JobId %d: Elapsed time=00:%02d:%02d, Transfer rate=%.2f M Bytes/second' % (j, r.randint(0, 30), r.randint(0, 59), r.uniform(5, 90)))
        if x < 0.85:
            return 'I', ('bacula-sd', 'JobId %d: Sending spooled attrs to the Director. Despooling %s bytes ...' % (j, format(r.randint(10**4, 10**7), ',')))
        return 'I', (c, 'JobId %d:      /proc is a different filesystem. Will not descend from / into it.' % j)

    def warn(self, r):
        j = self.jid(r)
        return 'W', ('bacula-dir', 'JobId %d: Warning: Found no Storage Daemon attached to Client. Retrying.' % j) if r.random() < 0.3 else ('ws%03d-fd' % r.randint(1, 80), 'JobId %d:      Could not stat "/home/%s/.cache/tmp%s": ERR=No such file or directory' % (j, r.choice(USERS), hexs(r, 6)))

    def report(self, r, j, status):
        c = 'ws%03d' % r.randint(1, 80)
        return ('bacula-dir', 'JobId %d: Bacula bacula-dir 9.6.7 (10Dec20):\n  Build OS:               x86_64-pc-linux-gnu ubuntu 22.04\n  JobId:                  %d\n  Job:                    %s.%04d-01-01_00.00.00_%02d\n  Backup Level:           Incremental, since=%04d-01-01 00:00:00\n  Client:                 "%s-fd" 9.6.7 (10Dec20) x86_64-pc-linux-gnu,ubuntu,22.04\n  FileSet:                "Full Set" 2020-12-10 08:10:00\n  Pool:                   "File" (From Job resource)\n  Storage:                "File1" (From Job resource)\n  Elapsed time:           %d mins %d secs\n  FD Files Written:       %s\n  SD Bytes Written:       %s (%.1f MB)\n  Rate:                   %.1f KB/s\n  Software Compression:   None\n  Volume name(s):         Vol-%04d\n  Non-fatal FD errors:    %d\n  SD Errors:              0\n  FD termination status:  %s\n  SD termination status:  %s\n  Termination:            %s\n' % (
            j, j, c, self.year, r.randint(1, 60), self.year, c, r.randint(0, 40), r.randint(0, 59), format(r.randint(10, 90000), ','), format(r.randint(10**5, 10**9), ','), r.uniform(1, 900), r.uniform(100, 90000), r.randint(1, 900), 0 if status == 'OK' else r.randint(1, 5),
            'OK' if status == 'OK' else 'Error', 'OK' if status == 'OK' else 'Error', 'Backup OK' if status == 'OK' else '*** Backup Error ***'))

    periodic = ((900, 'jobdone'),)

    def jobdone(self, r):
        return [('I', self.report(r, self.jid(r), 'OK'))]

    heartbeat = info
    errors = (
        ('Network error with FD', lambda s, r: [('E', ('bacula-dir', 'JobId %d: Fatal error: Network error with FD during Backup: ERR=Connection reset by peer' % s.jid(r)))]),
        ('Could not connect to Client', lambda s, r: [('E', ('bacula-dir', 'JobId %d: Fatal error: bsockcore.c:208 Unable to connect to Client: ws%03d-fd on ws%03d.corp.lan:9102. ERR=No route to host' % (s.jid(r), r.randint(1, 80), r.randint(1, 80))))]),
    )
    new_errors = (
        ('Volume label error', lambda s, r: [('E', ('bacula-sd', 'JobId %d: Error: block.c:288 Volume data error at 0:%d! Wanted ID: "BB02", got "". Buffer discarded.' % (s.jid(r), r.randint(10**6, 10**9))))]),
    )
    storm = ('waiting for mount', lambda s, r: ('W', ('bacula-sd', 'JobId %d: Job %s.%04d-01-01_00.00.00_%02d is waiting. Cannot find any appendable volumes.\nPlease use the "label" command to create a new Volume for:\n    Storage:      "FileChgr1-Dev1" (/srv/bacula/archive)\n    Pool:         File\n    Media type:   File1' % (s.job, 'files01', s.year, r.randint(1, 60)))))

    def disk(self, r):
        return [('E', ('bacula-sd', 'JobId %d: Fatal error: spool.c:%d Error writing data to spool file. ERR=No space left on device' % (self.job, 335)))]

    def panic(self, r):
        return [('F', ('bacula-dir', 'Fatal Error at bnet.c:%d because:\nbacula-dir, bacula-dir got signal 11 - Segmentation violation. Attempting traceback.' % r.randint(100, 900))),
                ('F', ('bacula-dir', 'Kaboom! bacula-dir, bacula-dir got signal 11 - Segmentation violation at 25-Nov-2026 10:00. Attempting traceback.'.replace('25-Nov-2026 10:00', self.sec(self.now)[:6] + '-%d' % self.year + self.sec(self.now)[6:]))),
                ('F', ('bacula-dir', 'Kaboom! exepath=/opt/bacula/bin/\nCalling: /opt/bacula/bin/btraceback /opt/bacula/bin/bacula-dir %d /opt/bacula/working' % r.randint(1000, 60000)))]

    def start(self, r):
        return [('I', ('bacula-dir', 'Director startup: Please check the log files for details.')), ('I', ('bacula-dir', 'Bacula bacula-dir 9.6.7 (10Dec20) x86_64-pc-linux-gnu ubuntu 22.04'))]

    def stop(self, r):
        return [('I', ('bacula-dir', 'Shutting down Bacula service: bacula-dir ...'))]


class Rspamd(Fmt):
    key = 'rspamd'
    fname = 'rspamd.log'
    label = 'rspamd'
    latency = True
    weight = 1.0

    def ts_sec(self, s):
        return '%04d-%02d-%02d %02d:%02d:%02d' % self.lt(s)[:6]

    def setup(self):
        self.pids = [10000 + self.sc.idx * 37 + i for i in range(4)]
        self.ms_ts = self.year >= 2022
        self.res = 0.001 if self.ms_ts else 1.0

    def rec(self, t, lv, m):
        pid, proc, uid, mod, msg = m
        return '%s%s #%d(%s) <%s>; %s; %s' % (self.sec(t), ('.' + self.ms(t)) if self.ms_ts else '', pid, proc, uid, mod, msg)

    SYMS = ['MIME_GOOD(-0.10){text/plain;}', 'R_SPF_ALLOW(-0.20){+ip4:%s;}', 'DMARC_POLICY_ALLOW(-0.50){example.com;none;}', 'ARC_NA(0.00){}', 'RCVD_TLS_ALL(0.00){}',
            'FROM_HAS_DN(0.00){}', 'BAYES_HAM(-2.99){99.99%%;}', 'R_DKIM_ALLOW(-0.20){example.com:s=mail;}', 'ASN(0.00){asn:15169, ipnet:209.85.128.0/17, country:US;}']

    def traffic(self, r, lat, p5):
        if r.random() < 0.06:
            return self.info(r)
        sc = r.uniform(-4, 3) if r.random() < 0.9 else r.uniform(6, 25)
        act = 'no action' if sc < 6 else ('add header' if sc < 15 else 'reject')
        syms = ','.join(s % ip(r, '209.85') if '%s' in s else s.replace('%%', '%') for s in r.sample(self.SYMS, r.randint(3, 7)))
        d = 45 * r.lognormvariate(0, 0.5) * lat
        return 'I', (r.choice(self.pids), 'normal', hexs(r, 6), 'task', 'rspamd_task_write_log: id: <%s@%s>, qid: <%s>, ip: %s, from: <%s@%s>, (default: %s (%s): [%.2f/15.00] [%s]), len: %d, time: %.3fms, dns req: %d, digest: <%s>, rcpts: <%s@corp.example>, mime_rcpts: <%s@corp.example>' % (
            hexs(r, 16), r.choice(['mail.gmail.com', 'eu-smtp.example.net', 'mx.partner.org']), hexs(r, 10).upper(), ip(r, '209.85'), r.choice(USERS), r.choice(['gmail.com', 'partner.org', 'news.example.net']),
            'F' if act == 'no action' else 'T', act, sc, syms, r.randint(900, 200000), d, r.randint(3, 40), hexs(r, 32), r.choice(USERS), r.choice(USERS)))

    def info(self, r):
        return 'I', r.choice([(r.choice(self.pids), 'normal', hexs(r, 6), 'map', 'rspamd_map_read_http_cached_file: read cached data for http://maps.rspamd.com/rspamd/freemail.txt.zst from /var/lib/rspamd/%s.map, %d bytes' % (hexs(r, 20), r.randint(10**4, 10**6))),
                              (self.pids[0] - 5, 'main', hexs(r, 6), 'main', 'rspamd_main_heartbeat: received heartbeats from all workers'),
                              (r.choice(self.pids), 'controller', hexs(r, 6), 'csession', 'rspamd_controller_check_password: allow unauthorized connection from a trusted IP 127.0.0.1')])

    def warn(self, r):
        return 'W', (r.choice(self.pids), 'normal', hexs(r, 6), 'task', 'rspamd_dns_callback: error in dns request for %s: timeout' % r.choice(['_dmarc.partner.org', 'zen.spamhaus.org', 'bl.score.senderscore.com']))

    errors = (
        ('redis timeout', lambda s, r: [('E', (r.choice(s.pids), 'normal', hexs(r, 6), 'lua', '; lua; bayes_redis.lua:%d: cannot perform classify script: timeout while connecting the server (127.0.0.1:6379)' % r.randint(90, 200)))]),
        ('clamav error', lambda s, r: [('E', (r.choice(s.pids), 'normal', hexs(r, 6), 'lua', '; lua; clamav.lua:%d: <%s> clamav_check: failed to scan, maximum retransmits exceed' % (r.randint(100, 200), hexs(r, 10))))]),
    )
    new_errors = (
        ('fuzzy storage failure', lambda s, r: [('E', (r.choice(s.pids), 'fuzzy', hexs(r, 6), 'fuzzy_redis', 'rspamd_fuzzy_redis_update_callback: error sending update to redis: Connection reset by peer'))]),
    )
    storm = ('upstream retry', lambda s, r: ('W', (r.choice(s.pids), 'rspamd_proxy', hexs(r, 6), 'proxy', 'proxy_backend_master_error_handler: abnormally closing connection from backend: %s:11333, error: IO read error: connection timed out, retries left: %d' % (ip(r, '127.0'), r.randint(0, 4)))))

    def disk(self, r):
        return [('E', (self.pids[0] - 5, 'main', hexs(r, 6), 'main', 'rspamd_log_write_buf: cannot write to log file /var/log/rspamd/rspamd.log: No space left on device, errno: 28'))]

    def oom(self, r):
        return [('W', (self.pids[0] - 5, 'main', hexs(r, 6), 'main', 'rspamd_cld_handler: normal process %d terminated abnormally by signal: Killed' % r.choice(self.pids))),
                ('I', (self.pids[0] - 5, 'main', hexs(r, 6), 'main', 'rspamd_fork_worker: prepare to fork process normal (0); listen on: *v4:11333'))]

    def panic(self, r):
        p = r.choice(self.pids)
        return [('E', (self.pids[0] - 5, 'main', hexs(r, 6), 'main', 'rspamd_cld_handler: normal process %d terminated abnormally by signal: Segmentation fault but NOT created core file (throttled=no); core file limits: 0 current, -1 max' % p)),
                ('E', (p, 'normal', hexs(r, 6), 'main', 'rspamd_crash_sig_handler: caught fatal signal 11(Segmentation fault), pid: %d, trace: \n 0: 0x7f%s: rspamd_lua_task_process+0x%x\n 1: 0x7f%s: rspamd_task_process+0x%x\n 2: 0x55%s: rspamd_worker_body+0x%x' % (p, hexs(r, 10), r.randint(16, 900), hexs(r, 10), r.randint(16, 900), hexs(r, 10), r.randint(16, 900))))]

    def start(self, r):
        v = {2018: '1.7.9', 2019: '1.9.4', 2020: '2.6', 2021: '2.7', 2022: '3.2', 2023: '3.6', 2024: '3.8.4', 2025: '3.11.1', 2026: '3.12.0'}[self.year]
        m = self.pids[0] - 5
        return [(('I', (m, 'main', hexs(r, 6), 'main', 'rspamd_main: rspamd %s is loading configuration, build id: release' % v))),
                ('I', (m, 'main', hexs(r, 6), 'cfg', 'rspamd_config_read: loading configuration from /etc/rspamd/rspamd.conf')),
                ('I', (m, 'main', hexs(r, 6), 'main', 'main: rspamd %s is starting, build id: release' % v)),
                ('I', (m, 'main', hexs(r, 6), 'main', 'rspamd_fork_worker: prepare to fork process normal (0); listen on: *v4:11333'))]

    def stop(self, r):
        m = self.pids[0] - 5
        return [('I', (m, 'main', hexs(r, 6), 'main', 'rspamd_term_handler: catch termination signal, waiting for children')),
                ('I', (m, 'main', hexs(r, 6), 'main', 'rspamd_main: terminating...'))]


class Clamd(Fmt):
    key = 'clamd'
    fname = 'clamd.log'
    label = 'clamd'
    weight = 0.8

    def ts_sec(self, s):
        t = self.lt(s)
        return '%s %s %2d %02d:%02d:%02d %04d' % (DAY[t[6]], MON[t[1] - 1], t[2], t[3], t[4], t[5], t[0])

    def rec(self, t, lv, m):
        return '%s -> %s' % (self.sec(t), m)

    def setup(self):
        self.windows = False

    def info(self, r):
        x = r.random()
        if x < 0.8:
            return 'I', '/var/spool/amavisd/tmp/amavis-%04d%02d%02dT%02d%02d%02d-%05d-%s/parts/p%03d: OK' % (self.year, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(1000, 99999), hexs(r, 8), r.randint(1, 12))
        if x < 0.95:
            return 'I', '/srv/share/%s/%s.%s: OK' % (r.choice(USERS), hexs(r, 6), r.choice(['pdf', 'docx', 'zip', 'xlsx']))
        return 'I', 'SelfCheck: Database status OK.'

    periodic = ((600, 'selfcheck'),)

    def selfcheck(self, r):
        return [('I', 'SelfCheck: Database status OK.')]

    def warn(self, r):
        return 'W', '/var/spool/amavisd/tmp/amavis-%s/parts/p%03d: Heuristics.Encrypted.Zip FOUND' % (hexs(r, 8), r.randint(1, 9)) if r.random() < 0.5 else 'LibClamAV Warning: cli_scanxz: decompress file size exceeds limits - only scanning %d bytes' % 27262976

    errors = (
        ('Eicar FOUND', lambda s, r: [('E', '/srv/share/%s/%s.com: Win.Test.EICAR_HDB-1 FOUND' % (r.choice(USERS), hexs(r, 6)))]),
        ('lstat failed', lambda s, r: [('E', 'WARNING: lstat() failed on: /var/spool/amavisd/tmp/amavis-%s/parts/p%03d' % (hexs(r, 8), r.randint(1, 9)))]),
    )
    new_errors = (
        ('phishing FOUND', lambda s, r: [('E', '/var/spool/amavisd/tmp/amavis-%s/parts/p%03d: Heuristics.Phishing.Email.SpoofedDomain FOUND' % (hexs(r, 8), r.randint(1, 9)))]),
    )
    storm = ('client timeout', lambda s, r: ('W', 'ERROR: Command mode: read timed out: fd %d' % r.randint(8, 60)))

    def disk(self, r):
        return [('E', 'LibClamAV Error: cli_gentempfd_with_prefix: Can\'t create temporary file /tmp/clamav-%s.tmp: No space left on device' % hexs(r, 32)),
                ('E', '/var/spool/amavisd/tmp/amavis-%s/parts/p001: Can\'t create temporary file ERROR' % hexs(r, 8))]

    def oom(self, r):
        return [('E', 'LibClamAV Error: cli_malloc(): Can\'t allocate memory (%d bytes).' % r.randint(10**8, 10**9)),
                ('E', 'LibClamAV Error: cli_loaddbdir(): error loading database /var/lib/clamav/daily.cld'), ('E', 'Database initialization error: can\'t allocate memory'),
                ('E', 'Reading databases from /var/lib/clamav'), ('I', 'Database correctly reloaded (0 signatures)')]

    def panic(self, r):
        return [('E', 'Received signal 11 (SIGSEGV)'), ('E', 'Socket file removed.')]

    def start(self, r):
        v = {2018: '0.100.2', 2019: '0.101.4', 2020: '0.102.4', 2021: '0.103.3', 2022: '0.103.7', 2023: '1.0.1', 2024: '1.0.5', 2025: '1.4.2', 2026: '1.4.3'}[self.year]
        return [('I', '+++ Started at %s' % self.sec(self.now if hasattr(self, 'now') else 0)), ('I', 'Received 0 file descriptor(s) from systemd.'),
                ('I', 'clamd daemon %s (OS: linux-gnu, ARCH: x86_64, CPU: x86_64)' % v), ('I', 'Log file size limited to 1048576 bytes.'), ('I', 'Reading databases from /var/lib/clamav'),
                ('I', 'Not loading PUA signatures.'), ('I', 'Bytecode: Security mode set to "TrustSigned".'), ('I', 'Loaded %d signatures.' % r.randint(8600000, 8800000)),
                ('I', 'LOCAL: Unix socket file /run/clamav/clamd.ctl'), ('I', 'LOCAL: Setting connection queue length to 200'), ('I', 'Limits: Global time limit set to 120000 milliseconds.'), ('I', 'Self checking every 600 seconds.')]

    def stop(self, r):
        return [('I', 'Pid file removed.'), ('I', '--- Stopped at %s' % self.sec(self.now if hasattr(self, 'now') else 0)), ('I', 'Socket file removed.')]


class CupsError(Fmt):
    key = 'cups_error'
    fname = 'error_log'
    label = 'cupsd error_log'
    weight = 0.5
    LV = {'I': 'I', 'W': 'W', 'E': 'E', 'F': 'X', 'D': 'D'}

    def setup(self):
        self.usec = self.year >= 2023
        self.res = 1e-6 if self.usec else 1.0
        self.jobid = 300 + self.sc.idx * 1000

    def ts_sec(self, s):
        t = self.lt(s)
        return '%02d/%s/%04d:%02d:%02d:%02d' % (t[2], MON[t[1] - 1], t[0], t[3], t[4], t[5])

    def rec(self, t, lv, m):
        return '%s [%s%s %s] %s' % (self.LV[lv], self.sec(t), ('.' + self.us(t)) if self.usec else '', self.oz, m)

    PR = ['HP_LaserJet_M507', 'Canon_iR-ADV_C5535', 'Brother_HL-L6400DW', 'Xerox_VersaLink_C405']

    def info(self, r):
        x = r.random()
        if x < 0.3:
            self.jobid += 1
            return 'I', '[Job %d] Queued on "%s" by "%s".' % (self.jobid, r.choice(self.PR), r.choice(USERS))
        if x < 0.55:
            return 'I', '[Job %d] Started filter /usr/lib/cups/filter/pdftopdf (PID %d)' % (self.jobid - r.randint(0, 3), r.randint(1000, 60000))
        if x < 0.75:
            return 'I', '[Job %d] Job completed.' % (self.jobid - r.randint(0, 3))
        if x < 0.9:
            return 'I', 'Expiring subscriptions...'
        return 'I', '[Job %d] Started backend /usr/lib/cups/backend/ipp (PID %d)' % (self.jobid - r.randint(0, 3), r.randint(1000, 60000))

    def warn(self, r):
        return 'W', '[Job %d] Printer is busy; will retry in 10 seconds.' % (self.jobid - r.randint(0, 3)) if r.random() < 0.5 else '[Job %d] Media tray almost empty: Tray 2' % self.jobid

    errors = (
        ('backend stopped with status 1', lambda s, r: [('E', '[Job %d] Job stopped due to backend errors; please consult the error_log file for details.' % s.jobid)]),
        ('Unable to locate printer', lambda s, r: [('E', '[Job %d] Unable to locate printer "%s.local".' % (s.jobid, r.choice(s.PR)))]),
    )
    new_errors = (
        ('filter failed', lambda s, r: [('E', '[Job %d] PID %d (/usr/lib/cups/filter/gstoraster) crashed on signal 11.' % (s.jobid, r.randint(1000, 60000))), ('E', '[Job %d] Job stopped due to filter errors; please consult the error_log file for details.' % s.jobid)]),
    )
    storm = ('printer not responding', lambda s, r: ('E', '[Job %d] The printer is not responding.' % s.jobid) if r.random() < 0.0 else ('W', '[Job %d] Connection to printer failed, will retry in 30 seconds. (Connection timed out)' % s.jobid))

    def disk(self, r):
        return [('E', 'Unable to write print file: No space left on device'), ('E', '[Job %d] Unable to write document file: No space left on device' % self.jobid)]

    def panic(self, r):
        return [('F', 'cupsd: signal 11 caught, shutting down'), ('E', 'Scheduler shutting down due to SIGSEGV.')]

    def start(self, r):
        v = {2018: '2.2.7', 2019: '2.2.12', 2020: '2.3.1', 2021: '2.3.3op2', 2022: '2.4.1', 2023: '2.4.2', 2024: '2.4.7', 2025: '2.4.10', 2026: '2.4.12'}[self.year]
        return [('I', 'Listening to [v1.::1]:631 (IPv6)'), ('I', 'Listening to 0.0.0.0:631 (IPv4)'), ('I', 'Listening to /run/cups/cups.sock:0 (Domain)'),
                ('I', 'Remote access is enabled.'), ('I', 'Loaded configuration file "/etc/cups/cupsd.conf"'), ('I', 'Using default TempDir of /var/spool/cups/tmp...'),
                ('I', 'Configured for up to 100 clients.'), ('I', 'Allowing up to 100 client connections per host.'), ('I', 'Full reload is required.'),
                ('I', 'CUPS Scheduler %s' % v), ('I', 'Loaded MIME database from "/usr/share/cups/mime" and "/etc/cups": 47 types, 58 filters...')]

    def stop(self, r):
        return [('I', 'Scheduler shutting down normally.'), ('I', 'Saving job.cache...'), ('I', 'Saving subscriptions.conf...')]

    def restart_gap(self, r):
        return 1 + r.random() * 3


class CupsAccess(Fmt):
    key = 'cups_access'
    fname = 'access_log'
    label = 'cupsd access_log'
    http = True
    weight = 0.7

    def ts_sec(self, s):
        t = self.lt(s)
        return '%02d/%s/%04d:%02d:%02d:%02d' % (t[2], MON[t[1] - 1], t[0], t[3], t[4], t[5])

    def rec(self, t, lv, m):
        return m.replace('@TS@', '%s %s' % (self.sec(t), self.oz))

    OPS = [('POST', '/', 'CUPS-Get-Printers'), ('POST', '/printers/%s', 'Get-Job-Attributes'), ('POST', '/printers/%s', 'Print-Job'), ('POST', '/printers/%s', 'Get-Printer-Attributes'),
           ('POST', '/jobs', 'Get-Jobs'), ('POST', '/admin/', 'CUPS-Get-Devices'), ('GET', '/printers/%s.ppd', '-'), ('POST', '/', 'Create-Printer-Subscriptions')]

    def traffic(self, r, lat, p5):
        meth, path, op = r.choice(self.OPS)
        if '%s' in path:
            path = path % r.choice(CupsError.PR)
        host = r.choice(['localhost', ip(r), 'ws%03d.corp.lan' % r.randint(1, 80)])
        st, res = 200, 'successful-ok'
        if r.random() < p5:
            st, res = r.choice([(500, 'server-error-internal-error'), (503, 'server-error-service-unavailable')])
        elif r.random() < 0.02:
            st, res = 401, '-'
        elif op == 'Get-Jobs' and r.random() < 0.1:
            st, res = 200, 'successful-ok-ignored-or-substituted-attributes'
        if op == '-':
            res = '-'
        user = r.choice(['-', '-', r.choice(USERS)])
        size = r.randint(150, 400) if op != 'Print-Job' else r.randint(20000, 4000000)
        lv = 'E' if st >= 500 else 'I'
        return lv, '%s - %s [@TS@] "%s %s HTTP/1.1" %d %d %s %s' % (host, user, meth, path, st, size, op, res)

    info = lambda self, r: self.traffic(r, 1, 0)  # noqa: E731
    warn = lambda self, r: ('W', '%s - - [@TS@] "POST /printers/%s HTTP/1.1" 426 0 - -' % (ip(r), r.choice(CupsError.PR)))  # noqa: E731
    errors = (('401 Unauthorized', lambda s, r: [('E', '%s - - [@TS@] "POST /admin/ HTTP/1.1" 401 %d CUPS-Add-Modify-Printer successful-ok' % (ip(r), r.randint(100, 400)))]),)
    new_errors = (('403 Forbidden', lambda s, r: [('E', '%s - %s [@TS@] "POST /admin/ HTTP/1.1" 403 %d CUPS-Delete-Printer client-error-forbidden' % (ip(r), r.choice(USERS), r.randint(100, 400)))]),)
    kinds = ('error_burst', 'new_error', 'traffic_flood', 'silence', 'http_5xx')

    def disk(self, r):
        return []

    def panic(self, r):
        return []

    def start(self, r):
        return [('I', 'localhost - - [@TS@] "POST / HTTP/1.1" 200 %d CUPS-Get-Printers successful-ok' % r.randint(150, 400))]

    def stop(self, r):
        return [('I', 'localhost - root [@TS@] "POST /admin/ HTTP/1.1" 200 %d CUPS-Add-Modify-Printer successful-ok' % r.randint(150, 400))]
