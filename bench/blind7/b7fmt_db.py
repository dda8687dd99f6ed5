"""SQL Server ERRORLOG, Oracle alert log, WebLogic server log, WebSphere SystemOut.log."""
import time

from b7core import LogFile, SEC, MIN, HOUR, DAY, MON, WDAY, hexs, uuid4, public_ip, off_str
from b7stack import (AppCode, jstack, WLS8, WAS8, HTTP8, ORA8, FILE8, strip9, camel, singular)


def _cache_ts(fn):
    cache = {}

    def f(t):
        s = t // 1000
        v = cache.get(s)
        if v is None:
            v = fn(s)
            cache[s] = v
        return v
    return f


# =========================================================================== SQL Server

class MSSQL(LogFile):
    KIND = 'mssql_errorlog'
    NAME = 'ERRORLOG'
    SUPPORTS = ('error_burst', 'new_error', 'disk_full', 'silence', 'panic')
    RESTARTABLE = True
    ABS_TIME = False
    LPM = (4, 30, 0.6)
    RES = 10
    ENC = 'utf-16-le'
    CRLF = True
    PANIC_GAP = (8, 40)

    def setup(self):
        r = self.r
        sc = self.sc
        off = sc.off_ms
        self._t = _cache_ts(lambda s: '%04d-%02d-%02d %02d:%02d:%02d' % time.gmtime(s + off // 1000)[:6])
        y = sc.year
        if y <= 2020:
            self.ver = ('Microsoft SQL Server 2017 (RTM-CU%d) (KB45%05d) - 14.0.%d.%d (X64) ' % (r.randint(13, 22), r.randint(10000, 99999), r.choice((3048, 3162, 3238, 3294, 3356)), r.randint(1, 9)),
                        '\t%s %d %d 17:43:08 ' % (r.choice(MON), r.randint(1, 28), min(y - 1, 2020)), '\tCopyright (C) 2017 Microsoft Corporation', 2017, '14', 'MSSQL14')
        elif y <= 2023:
            self.ver = ('Microsoft SQL Server 2019 (RTM-CU%d) (KB50%05d) - 15.0.%d.%d (X64) ' % (r.randint(8, 22), r.randint(10000, 99999), r.choice((4073, 4153, 4198, 4236, 4312)), r.randint(1, 9)),
                        '\t%s %d %d 16:03:08 ' % (r.choice(MON), r.randint(1, 28), y - 1), '\tCopyright (C) 2019 Microsoft Corporation', 2019, '15', 'MSSQL15')
        else:
            self.ver = ('Microsoft SQL Server 2022 (RTM-CU%d) (KB50%05d) - 16.0.%d.%d (X64) ' % (r.randint(10, 19), r.randint(10000, 99999), r.choice((4095, 4115, 4135, 4165, 4175)), r.randint(1, 9)),
                        '\t%s %d %d 16:12:44 ' % (r.choice(MON), r.randint(1, 28), y - 1), '\tCopyright (C) 2022 Microsoft Corporation', 2022, '16', 'MSSQL16')
        self.edition = r.choice(['Enterprise Edition: Core-based Licensing (64-bit)', 'Standard Edition (64-bit)', 'Enterprise Edition (64-bit)'])
        self.winver = {2017: 'Windows Server 2016 Standard 10.0 <X64> (Build 14393: ) (Hypervisor)',
                       2019: 'Windows Server 2019 Datacenter 10.0 <X64> (Build 17763: ) (Hypervisor)',
                       2022: 'Windows Server 2022 Datacenter 10.0 <X64> (Build 20348: ) (Hypervisor)'}[self.ver[3]]
        self.drive = r.choice(['D', 'E', 'S'])
        self.root = '%s:\\Program Files\\Microsoft SQL Server\\%s.MSSQLSERVER\\MSSQL' % (self.drive, self.ver[5])
        self.pid = r.randint(1200, 9800)
        self.srv = 'SQL%s%02d' % (r.choice(['PRD', 'P', 'DB', '']), r.randint(1, 9))
        nouns = self.co.nouns
        self.dbs = [camel(n) + r.choice(['', 'DB', '']) for n in nouns[:r.randint(3, 6)]] + [r.choice(['Reporting', 'DWStaging', 'Audit', 'SSISDB'])]
        self.dom = self.co.short.upper()[:8]
        self.logins = [('%s\\svc_%s' % (self.dom, singular(n)), 'Windows') for n in nouns[:3]] + \
                      [('app_%s' % singular(n), 'SQL Server') for n in nouns[3:5]] + [('%s\\%s' % (self.dom, r.choice(['jdoe', 'mkrause', 'asingh'])), 'Windows')]
        self.lcw = [30, 22, 15, 12, 8, 2]
        self.apps = [self.co.ip(r) for _ in range(8)]
        self.bkp = '\\\\%s\\sqlbackup$\\%s' % (r.choice(['BKP01', 'NAS02', 'backupsrv']), self.srv)
        self.cdate = ['%04d/%02d/%02d(%02d:%02d:%02d)' % (r.randint(2012, self.sc.year - 1), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)) for _ in self.dbs]
        self.lsn = [r.randint(40, 90000) for _ in self.dbs]
        self.utcadj = '%s%d:%02d' % ('-' if self.sc.off_min < 0 else '', abs(self.sc.off_min) // 60, abs(self.sc.off_min) % 60)

    def L(self, t, src, msg):
        return '%s.%02d %-12s%s' % (self._t(t), (t % 1000) // 10, src, msg)

    def spid(self):
        return 'spid%d' % self.r.randint(51, 240)

    def header(self, t, restart):
        r = self.r
        v = self.ver
        out = [(t, self.L(t, 'Server', v[0]) + '\n' + v[1] + '\n' + v[2] + '\n\t%s on %s\n' % (self.edition, self.winver))]
        msgs = ['UTC adjustment: %s' % self.utcadj, '(c) Microsoft Corporation.', 'All rights reserved.',
                'Server process ID is %d.' % self.pid,
                "System Manufacturer: '%s', System Model: '%s'." % r.choice([('VMware, Inc.', 'VMware Virtual Platform'), ('Microsoft Corporation', 'Virtual Machine'), ('HPE', 'ProLiant DL380 Gen10'), ('Dell Inc.', 'PowerEdge R740')]),
                'Authentication mode is MIXED.',
                "Logging SQL Server messages in file '%s\\Log\\ERRORLOG'." % self.root,
                "The service account is 'NT Service\\MSSQLSERVER'. This is an informational message; no user action is required.",
                'Registry startup parameters: \n\t -d %s\\DATA\\master.mdf\n\t -e %s\\Log\\ERRORLOG\n\t -l %s\\DATA\\mastlog.ldf' % (self.root, self.root, self.root),
                'Command Line Startup Parameters:\n\t -s "MSSQLSERVER"']
        if not restart:
            msgs.append('The error log has been reinitialized. See the previous log for older entries.')
        tt = t
        for m in msgs:
            out.append((tt, self.L(tt, 'Server', m)))
        return out

    def head(self, t):
        return self.header(t, False)

    def seq_start(self, t):
        r = self.r
        self.pid = r.randint(1200, 9800)
        out = self.header(t, True)
        tt = t + r.randint(80, 300)
        ncpu = r.choice((8, 16, 24, 32))
        ram = r.choice((32767, 65535, 131071, 262143))
        srvmsgs = ['SQL Server detected 2 sockets with %d cores per socket and %d logical processors per socket, %d total logical processors; using %d logical processors based on SQL Server licensing. This is an informational message; no user action is required.' % (ncpu // 4, ncpu // 2, ncpu, ncpu),
                   'SQL Server is starting at normal priority base (=7). This is an informational message only. No user action is required.',
                   'Detected %d MB of RAM. This is an informational message; no user action is required.' % ram,
                   'Using locked pages in the memory manager.',
                   'Default collation: SQL_Latin1_General_CP1_CI_AS (us_english 1033)',
                   'Buffer pool extension is already disabled. No action is necessary.',
                   "The maximum number of dedicated administrator connections for this instance is '1'",
                   'Node configuration: node 0: CPU mask: 0x%016x:0 Active CPU mask: 0x%016x:0. This message provides a description of the NUMA configuration for this computer. This is an informational message only. No user action is required.' % ((1 << ncpu) - 1, (1 << ncpu) - 1),
                   'Using dynamic lock allocation.  Initial allocation of 2500 Lock blocks and 5000 Lock Owner blocks per node.  This is an informational message only.  No user action is required.']
        for m in srvmsgs:
            out.append((tt, self.L(tt, 'Server', m)))
            tt += r.randint(0, 60)
        tt += r.randint(300, 900)
        out.append((tt, self.L(tt, 'spid11s', "Starting up database 'master'.")))
        tt += r.randint(200, 600)
        out.append((tt, self.L(tt, 'Server', 'CLR version v4.0.30319 loaded.')))
        out.append((tt, self.L(tt, 'spid11s', "Starting up database 'mssqlsystemresource'.")))
        out.append((tt, self.L(tt, 'spid11s', 'The resource database build version is %s.00.%s. This is an informational message only. No user action is required.' % (self.ver[4], self.ver[0].split(' - ')[1].split('.')[2]))))
        tt += r.randint(100, 400)
        out.append((tt, self.L(tt, 'spid15s', "Starting up database 'model'.")))
        out.append((tt, self.L(tt, 'spid11s', "Server name is '%s'. This is an informational message only. No user action is required." % self.srv)))
        tt += r.randint(100, 500)
        for m in ["Server is listening on [ 'any' <ipv6> 1433] accept sockets 1.", "Server is listening on [ 'any' <ipv4> 1433] accept sockets 1.",
                  'Server local connection provider is ready to accept connection on [ \\\\.\\pipe\\SQLLocal\\MSSQLSERVER ].',
                  'Server local connection provider is ready to accept connection on [ \\\\.\\pipe\\sql\\query ].',
                  'SQL Server is now ready for client connections. This is an informational message; no user action is required.']:
            out.append((tt, self.L(tt, 'Server', m)))
            tt += r.randint(0, 30)
        out.append((tt, self.L(tt, 'spid15s', 'Clearing tempdb database.')))
        tt += r.randint(200, 1500)
        out.append((tt, self.L(tt, 'spid15s', "Starting up database 'tempdb'.")))
        for i, db in enumerate(self.dbs):
            tt += r.randint(20, 300)
            out.append((tt, self.L(tt, 'spid%ds' % (20 + i), "Starting up database '%s'." % db)))
        tt += r.randint(500, 4000)
        out.append((tt, self.L(tt, 'spid11s', 'Recovery is complete. This is an informational message only. No user action is required.')))
        return out

    def seq_stop(self, t):
        return [(t, self.L(t, 'spid%ds' % self.r.randint(60, 90), "SQL Server is terminating in response to a 'stop' request from Service Control Manager. This is an informational message only. No user action is required.")),
                (t + 150, self.L(t + 150, 'spid%ds' % self.r.randint(60, 90), "SQL Trace was stopped due to server shutdown. Trace ID = '1'. This is an informational message only; no user action is required."))]

    def anchor(self, t):
        return [(t, self.login_line(t))]

    def login_line(self, t):
        r = self.r
        lg, auth = r.choices(self.logins, weights=self.lcw)[0]
        return self.L(t, 'Logon', "Login succeeded for user '%s'. Connection made using %s authentication. [CLIENT: %s]" % (lg, auth, r.choice(self.apps)))

    def deadlock(self, t, r):
        sp = 'spid%ds' % r.choice((23, 25, 27, 31))
        db = r.choice(self.dbs)
        dbid = 5 + self.dbs.index(db)
        tb = r.choice(self.co.nouns)
        tbl = camel(tb)
        p1 = 'process%x' % r.getrandbits(44)
        p2 = 'process%x' % r.getrandbits(44)
        hobt = 72057594040000000 + r.randint(0, 9999999)
        lt = self._t(t).replace(' ', 'T') + '.%03d' % (t % 1000)
        lines = ['deadlock-list', ' deadlock victim=%s' % p1, '  process-list']
        for p, mode, proc in ((p1, 'U', 'usp_Reserve%s' % tbl), (p2, 'X', 'usp_Update%sStatus' % tbl)):
            lines.append('   process id=%s taskpriority=0 logused=%d waitresource=KEY: %d:%d (%s) waittime=%d ownerId=%d transactionname=user_transaction lasttranstarted=%s XDES=0x%x lockMode=%s schedulerid=%d kpid=%d status=suspended spid=%d sbid=0 ecid=0 priority=0 trancount=2 lastbatchstarted=%s lastbatchcompleted=%s lastattention=1900-01-01T00:00:00.%03d clientapp=Core Microsoft SqlClient Data Provider hostname=%s hostpid=%d loginname=%s isolationlevel=read committed (2) xactid=%d currentdb=%d currentdbname=%s lockTimeout=4294967295 clientoption1=673319008 clientoption2=128056'
                         % (p, r.randint(0, 9000), dbid, hobt, hexs(r, 12), r.randint(200, 5000), r.randint(10 ** 7, 10 ** 9), lt, r.getrandbits(44), mode, r.randint(1, 8), r.randint(1000, 9999), r.randint(51, 240), lt, lt, r.randint(0, 999), 'APP%02d' % r.randint(1, 9), r.randint(1000, 9000), self.logins[0][0], r.randint(10 ** 7, 10 ** 9), dbid, db))
            lines.append('    executionStack')
            lines.append('     frame procname=%s.dbo.%s line=%d stmtstart=%d stmtend=%d sqlhandle=0x%s' % (db, proc, r.randint(10, 90), r.randint(100, 3000), r.randint(3000, 6000), hexs(r, 44)))
            lines.append('UPDATE dbo.%s SET Status = @status, ModifiedUtc = SYSUTCDATETIME() WHERE %sId = @id    ' % (tbl, tbl))
            lines.append('    inputbuf')
            lines.append('Proc [Database Id = %d Object Id = %d]    ' % (dbid, r.randint(10 ** 6, 10 ** 9)))
        lines.append('  resource-list')
        lines.append('   keylock hobtid=%d dbid=%d objectname=%s.dbo.%s indexname=PK_%s id=lock%x mode=X associatedObjectId=%d' % (hobt, dbid, db, tbl, tbl, r.getrandbits(44), hobt))
        lines.append('    owner-list')
        lines.append('     owner id=%s mode=X' % p2)
        lines.append('    waiter-list')
        lines.append('     waiter id=%s mode=U requestType=wait' % p1)
        return '\n'.join(self.L(t, sp, x) for x in lines)

    def err2(self, t, src, num, sev, state, msg):
        return self.L(t, src, 'Error: %d, Severity: %d, State: %d.' % (num, sev, state)) + '\n' + self.L(t, src, msg)

    def bg_error(self, t, r):
        k = r.random()
        ip = r.choice(self.apps)
        if k < 0.35:
            return self.err2(t, 'Logon', 17830, 20, 11, 'Network error code 0x2746 occurred while establishing a connection; the connection has been closed. This may have been caused by client or server login timeout expiration. Time spent during login: total %d ms, enqueued 0 ms, network writes 0 ms, network reads %d ms, establishing SSL %d ms, network reads during SSL %d ms, network writes during SSL 0 ms, secure calls during SSL 0 ms, enqueued during SSL 0 ms, negotiating SSPI 0 ms, network reads during SSPI 0 ms, network writes during SSPI 0 ms, secure calls during SSPI 0 ms, enqueued during SSPI 0 ms, validating login 0 ms, including user-defined login processing 0 ms. [CLIENT: %s]' % (r.randint(2, 40), r.randint(1, 20), r.randint(0, 20), r.randint(0, 10), ip))
        if k < 0.6:
            return self.deadlock(t, r)
        if k < 0.8:
            return self.err2(t, self.spid(), 18056, 20, 29, 'The client was unable to reuse a session with SPID %d, which had been reset for connection pooling. The failure ID is 29. This error may have been caused by an earlier operation failing. Check the error logs for failed operations immediately before this error message.' % r.randint(51, 240))
        return self.err2(t, 'Logon', 18456, 14, 38, "Login failed for user '%s'. Reason: Failed to open the explicitly specified database '%s'. [CLIENT: %s]" % (self.logins[r.randint(0, 4)][0], r.choice(self.dbs), ip))

    def background(self):
        r = self.r
        ev = []
        L = self.L
        lp = self.lpm
        for t in self.times(lp * 0.72):
            ev.append((t, self.login_line(t)))
        # failed logins (misconfigured job + occasional wrong password)
        for t in self.times(r.uniform(0.05, 0.25), curve=False):
            ev.append((t, self.err2(t, 'Logon', 18456, 14, 8, "Login failed for user '%s'. Reason: Password did not match that for the login provided. [CLIENT: %s]" % (r.choice(['sa', self.logins[3][0], 'app_report']), r.choice(self.apps)))))
        # log backups
        per = r.choice((5, 10, 15)) * MIN
        for i, db in enumerate(self.dbs):
            ph = r.randint(0, per // 1000 - 1) * 1000 + 200
            for t in self.periodic(per, jitter=9000, phase=ph):
                a = self.lsn[i]
                b = a + r.randint(1, 3)
                self.lsn[i] = b
                lt = time.gmtime((t + self.sc.off_ms) // 1000)
                ev.append((t, L(t, 'Backup', "Log was backed up. Database: %s, creation date(time): %s, first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'%s\\%s\\%s_LOG_%04d%02d%02d_%02d%02d%02d.trn'}). This is an informational message only. No user action is required."
                                      % (db, self.cdate[i], a, r.randint(100, 99999), b, r.randint(100, 99999), self.bkp, db, db, lt[0], lt[1], lt[2], lt[3], lt[4], lt[5]))))
        # slow I/O + FlushCache warnings
        for t in self.times(r.uniform(0.004, 0.02), curve=False):
            if r.random() < 0.5:
                ev.append((t, L(t, 'spid%ds' % r.randint(8, 20), 'SQL Server has encountered %d occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [%s:\\Data\\%s.mdf] in database id %d.  The OS file handle is 0x%016X.  The offset of the latest long I/O is: 0x%012x.  The duration of the long I/O is: %d ms.'
                                % (r.randint(1, 6), self.drive, r.choice(self.dbs), r.randint(5, 9), r.getrandbits(16), r.getrandbits(36), r.randint(15000, 22000)))))
            else:
                s = 'spid%ds' % r.randint(8, 20)
                ev.append((t, '\n'.join([L(t, s, 'FlushCache: cleaned up %d bufs with %d writes in %d ms (avoided %d new dirty bufs) for db %d:0' % (r.randint(2000, 90000), r.randint(500, 9000), r.randint(60000, 190000), r.randint(0, 900), r.randint(5, 9))),
                                         L(t, s, '            average writes per second: %.2f writes/sec' % r.uniform(10, 300)),
                                         L(t, s, '            average throughput:   %.2f MB/sec, I/O saturation: %d, context switches %d' % (r.uniform(0.5, 20), r.randint(100, 9000), r.randint(100, 9000))),
                                         L(t, s, '            last target outstanding: %d, avgWriteLatency %d' % (r.choice((2, 4, 8)), r.randint(0, 90)))])))
        # VSS snapshot backups each few hours (I/O frozen / resumed)
        for t in self.periodic(r.choice((2, 3, 4)) * HOUR, jitter=60000):
            s = 'spid%d' % r.randint(60, 200)
            for j, db in enumerate(self.dbs):
                ev.append((t + j * 3, L(t + j * 3, s, 'I/O is frozen on database %s. No user action is required. However, if I/O is not resumed promptly, you could cancel the backup.' % db)))
            t2 = t + r.randint(2000, 9000)
            for j, db in enumerate(self.dbs):
                ev.append((t2 + j * 3, L(t2 + j * 3, s, 'I/O was resumed on database %s. No user action is required.' % db)))
            ev.append((t2 + 50, L(t2 + 50, 'Backup', "Database backed up. Database: %s, creation date(time): %s, pages dumped: %d, first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=VIRTUAL_DEVICE: {'{%s}1'}). This is an informational message only. No user action is required."
                                      % (self.dbs[0], self.cdate[0], r.randint(10 ** 5, 10 ** 7), self.lsn[0], r.randint(1, 9999), self.lsn[0], r.randint(1, 9999), uuid4(r).upper()))))
        # daily process-id notice at local midnight
        off = self.sc.off_ms
        d0 = (self.fs + off) - (self.fs + off) % DAY + DAY - off
        if self.fs < d0 < self.fe:
            st = time.gmtime((self.fs + off) // 1000 - 86400)
            ev.append((d0 + 20, L(d0 + 20, 'spid%ds' % r.randint(10, 30), 'This instance of SQL Server has been using a process ID of %d since %d/%d/%d %d:%02d:%02d AM (local) %d/%d/%d %d:%02d:%02d AM (UTC). This is an informational message only; no user action is required.'
                                  % (self.pid, st[1], st[2], st[0], r.randint(1, 5), r.randint(0, 59), r.randint(0, 59), st[1], st[2], st[0], r.randint(1, 5), r.randint(0, 59), r.randint(0, 59)))))
        # real errors
        for t in self.times(r.uniform(0.05, 0.2), curve=False):
            ev.append((t, self.bg_error(t, r)))
        return ev

    # ---- incidents
    def st_error(self):
        r = self.r
        v = r.choice(['deadlock', 'login', 'reset'])
        db = r.choice(self.dbs)
        return {'v': v, 'db': db, 'desc': {'deadlock': 'deadlock graphs (trace flag 1222) on %s' % db,
                                            'login': "\"Error: 18456 ... Failed to open the explicitly specified database '%s'\" login failures" % db,
                                            'reset': '"Error: 18056 ... unable to reuse a session" errors'}[v]}

    def rec_error(self, t, i, st):
        r = st['r']
        if st['v'] == 'deadlock':
            return self.deadlock(t, r)
        if st['v'] == 'login':
            return self.err2(t, 'Logon', 18456, 14, 38, "Login failed for user '%s'. Reason: Failed to open the explicitly specified database '%s'. [CLIENT: %s]" % (r.choice(self.logins[:3])[0], st['db'], r.choice(self.apps)))
        return self.err2(t, self.spid(), 18056, 20, 29, 'The client was unable to reuse a session with SPID %d, which had been reset for connection pooling. The failure ID is 29. This error may have been caused by an earlier operation failing. Check the error logs for failed operations immediately before this error message.' % r.randint(51, 240))

    def st_newerr(self):
        r = self.r
        v = r.choice(['sspi', 'ag', 'optimize'])
        ip = r.choice(self.apps)
        return {'v': v, 'ip': ip, 'desc': {'sspi': '"Error: 17806 ... SSPI handshake failed" errors (new)', 'ag': '"Error: 35206 ... connection timeout ... availability replica" errors (new)',
                                           'optimize': '"Error: 8628 ... time out occurred while waiting to optimize the query" errors (new)'}[v]}

    def rec_newerr(self, t, i, st):
        r = st['r']
        if st['v'] == 'sspi':
            return self.err2(t, 'Logon', 17806, 20, 14, 'SSPI handshake failed with error code 0x8009030c, state 14 while establishing a connection with integrated security; the connection has been closed. Reason: AcceptSecurityContext failed. The operating system error code indicates the cause of failure. The logon attempt failed   [CLIENT: %s]' % st['ip']) + '\n' + \
                self.err2(t, 'Logon', 18452, 14, 1, 'Login failed. The login is from an untrusted domain and cannot be used with Integrated authentication. [CLIENT: %s]' % st['ip'])
        if st['v'] == 'ag':
            return self.err2(t, 'spid%ds' % r.randint(30, 90), 35206, 16, 1, "A connection timeout has occurred on a previously established connection to availability replica '%s' with id [%s]. Either a networking or a firewall issue exists or the availability replica has transitioned to the resolving role." % (self.srv[:-1] + '2', st.setdefault('gid', uuid4(r).upper())))
        return self.err2(t, self.spid(), 8628, 17, 0, 'A time out occurred while waiting to optimize the query. Rerun the query.')

    def st_disk(self):
        r = self.r
        db = r.choice(self.dbs)
        return {'db': db, 'desc': "\"Error: 9002 ... transaction log for database '%s' is full\" / \"Error: 1105 ... Could not allocate space\" / OS error 112 (disk full)" % db}

    def rec_disk(self, t, i, st):
        r = st['r']
        db = st['db']
        k = i % 3
        s = self.spid()
        if k == 0:
            return self.L(t, s, "Autogrow of file '%s_log' in database '%s' was cancelled by user or timed out after %d milliseconds.  Use ALTER DATABASE to set a smaller FILEGROWTH value for this file or to explicitly set a new file size." % (db, db, r.randint(3000, 30000))) + '\n' + \
                self.L(t, s, '%s:\\Logs\\%s_log.ldf: Operating system error 112(There is not enough space on the disk.) encountered.' % (self.drive, db)) + '\n' + \
                self.err2(t, s, 9002, 17, 2, "The transaction log for database '%s' is full due to 'LOG_BACKUP'." % db)
        if k == 1:
            return self.err2(t, s, 1105, 17, 2, "Could not allocate space for object 'dbo.%s'.'PK_%s' in database '%s' because the 'PRIMARY' filegroup is full. Create disk space by deleting unneeded files, dropping objects in the filegroup, adding additional files to the filegroup, or setting autogrowth on for existing files in the filegroup." % (camel(r.choice(self.co.nouns)), camel(r.choice(self.co.nouns)), db))
        return self.err2(t, 'Backup', 3041, 16, 1, "BACKUP failed to complete the command BACKUP LOG %s. Check the backup application log for detailed messages." % db) + '\n' + \
            self.err2(t, s, 9002, 17, 2, "The transaction log for database '%s' is full due to 'LOG_BACKUP'." % db)

    def seq_crash(self, t, i, st):
        r = st['r']
        s = self.spid()
        st['desc'] = 'SqlDumpExceptionHandler EXCEPTION_ACCESS_VIOLATION stack dumps ("SQL Server is terminating this process")'
        n = r.randint(10, 40)
        addr = '00007FF%09X' % r.getrandbits(36)
        mod = r.choice(['sqlmin', 'sqllang', 'sqldk', 'qds'])
        lt = time.gmtime((t + self.sc.off_ms) // 1000)
        lines = ['***Stack Dump being sent to %s\\Log\\SQLDump%04d.txt' % (self.root, n),
                 'SqlDumpExceptionHandler: Process %s generated fatal exception c0000005 EXCEPTION_ACCESS_VIOLATION. SQL Server is terminating this process.' % s[4:],
                 '* *******************************************************************************', '*', '* BEGIN STACK DUMP:',
                 '*   %02d/%02d/%02d %02d:%02d:%02d spid %s' % (lt[1], lt[2], lt[0] % 100, lt[3], lt[4], lt[5], s[4:]), '*', '*',
                 '*   Exception Address = %s Module(%s+%016X)' % (addr, mod, r.getrandbits(24)),
                 '*   Exception Code    = c0000005 EXCEPTION_ACCESS_VIOLATION',
                 '*   Access Violation occurred reading address %016X' % r.choice((0, 0x18, 0x28, 0x40)),
                 '* Input Buffer 255 bytes -', '*             exec dbo.usp_%s @p1, @p2' % r.choice(['Get', 'Search', 'Merge']) + camel(r.choice(self.co.nouns)), '*  ',
                 '* *******************************************************************************',
                 '* -------------------------------------------------------------------------------', '* Short Stack Dump']
        for j in range(r.randint(8, 14)):
            lines.append('%s Module(%s+%016X)' % ('00007FF%09X' % r.getrandbits(36), r.choice([mod, 'sqlmin', 'sqllang', 'sqldk', 'KERNEL32', 'ntdll']), r.getrandbits(24)))
        lines.append('Stack Signature for the dump is 0x%016X' % r.getrandbits(32))
        out = [(t, '\n'.join(self.L(t, s, x) for x in lines))]
        t2 = t + r.randint(2000, 6000)
        out.append((t2, self.L(t2, s, 'External dump process return code 0x20000001.\nExternal dump process returned no errors.')))
        return out


# =========================================================================== Oracle alert log

class OracleAlert(LogFile):
    KIND = 'oracle_alert'
    SUPPORTS = ('error_burst', 'new_error', 'disk_full', 'silence', 'panic', 'oom_kill')
    RESTARTABLE = True
    ABS_TIME = False
    LPM = (3, 25, 0.5)
    PANIC_GAP = (10, 40)

    def setup(self):
        r = self.r
        sc = self.sc
        self.sid = r.choice(['ORCL', 'PROD', 'CDB1', 'ERP', sc.co.short.upper()[:6] + 'P'])
        self.NAME = 'alert_%s.log' % self.sid
        self.newfmt = sc.year >= 2019 and r.random() < 0.7
        self.ver = '19.%d.0.0.0' % min(24, max(3, (sc.year - 2019) * 4 + r.randint(3, 6))) if self.newfmt else r.choice(['11.2.0.4.0', '12.1.0.2.0'])
        self.ABS_TIME = self.newfmt
        off = sc.off_ms
        offs = off_str(sc.off_min)
        if self.newfmt:
            self._t = _cache_ts(lambda s: '%04d-%02d-%02dT%02d:%02d:%02d' % time.gmtime(s + off // 1000)[:6])
            self.offs = offs
        else:
            self._t = _cache_ts(lambda s: (lambda g: '%s %s %02d %02d:%02d:%02d %04d' % (WDAY[g[6]], MON[g[1] - 1], g[2], g[3], g[4], g[5], g[0]))(time.gmtime(s + off // 1000)))
        self.base = '/u01/app/oracle/diag/rdbms/%s/%s' % (self.sid.lower(), self.sid)
        self.trace = self.base + '/trace'
        self.seq = r.randint(1000, 90000)
        self.arc = r.randint(1000, 90000)
        self.scn = r.randint(10 ** 8, 10 ** 10)
        self.asm = r.random() < 0.5
        self.pdb = ('PDB%d' % r.randint(1, 3)) if self.newfmt and r.random() < 0.6 else None
        self.schema = self.co.short.upper()[:10]
        self.host = self.co.host(r, 'db')
        self.tabs = [camel(n).upper() + 'S' for n in self.co.nouns]
        self.clients = [self.co.ip(r) for _ in range(10)]
        self.ospid = r.randint(2000, 60000)

    def T(self, t):
        if self.newfmt:
            return '%s.%06d%s' % (self._t(t), (t % 1000) * 1000 + self.r.randint(0, 999), self.offs)
        return self._t(t)

    def rec(self, t, *lines):
        p = (self.pdb + '(3):') if self.pdb and lines and lines[0].startswith('@') else ''
        ls = [p + x[1:] if x.startswith('@') else x for x in lines]
        return self.T(t) + '\n' + '\n'.join(ls)

    def logfile(self, g, m):
        if self.asm:
            return '+%s/%s/ONLINELOG/group_%d.%d.%d' % ('DATA' if m == 0 else 'FRA', self.sid, g, 256 + g * 2 + m, 1098765000 + g)
        return '/u0%d/oradata/%s/redo%02d%s.log' % (1 + m, self.sid, g, 'a' if m == 0 else 'b')

    def switch(self, t, r):
        self.seq += 1
        self.scn += r.randint(10000, 900000)
        g = self.seq % 3 + 1
        out = []
        if self.newfmt:
            out.append((t, self.rec(t, 'Thread 1 advanced to log sequence %d (LGWR switch),  current SCN: %d' % (self.seq, self.scn),
                                    '  Current log# %d seq# %d mem# 0: %s' % (g, self.seq, self.logfile(g, 0)),
                                    '  Current log# %d seq# %d mem# 1: %s' % (g, self.seq, self.logfile(g, 1)))))
            self.arc += 1
            t2 = t + r.randint(300, 8000)
            out.append((t2, self.rec(t2, 'ARC%d (PID:%d): Archived Log entry %d added for T-1.S-%d ID 0x%x LAD:1' % (r.randint(0, 3), self.ospid + r.randint(1, 40), self.arc, self.seq - 1, 0x5f3a1b2c))))
        else:
            out.append((t, self.rec(t, 'Thread 1 advanced to log sequence %d (LGWR switch)' % self.seq,
                                    '  Current log# %d seq# %d mem# 0: %s' % (g, self.seq, self.logfile(g, 0)),
                                    '  Current log# %d seq# %d mem# 1: %s' % (g, self.seq, self.logfile(g, 1)))))
            self.arc += 1
            t2 = t + r.randint(1000, 8000)
            out.append((t2, self.rec(t2, 'Archived Log entry %d added for thread 1 sequence %d ID 0x%x dest 1:' % (self.arc, self.seq - 1, 0x5f3a1b2c))))
        return out

    def tns(self, t, r):
        v = self.ver.split('.')[0] + '.0.0.0.0'
        lg = lt = time.gmtime((t + self.sc.off_ms) // 1000)
        lines = ['', '', '***********************************************************************', '',
                 'Fatal NI connect error 12170.' if not self.newfmt else 'Fatal NI connect error 12170, connecting to:', ]
        if self.newfmt:
            lines.append(' (LOCAL=NO)')
        lines += ['', '  VERSION INFORMATION:', '\tTNS for Linux: Version %s - Production' % v,
                  '\tOracle Bequeath NT Protocol Adapter for Linux: Version %s - Production' % v,
                  '\tTCP/IP NT Protocol Adapter for Linux: Version %s - Production' % v]
        if self.newfmt:
            lines.append('  Version %s' % self.ver)
        lines += ['  Time: %02d-%s-%04d %02d:%02d:%02d' % (lg[2], MON[lg[1] - 1].upper(), lg[0], lg[3], lg[4], lg[5]),
                  '  Tracing not turned on.', '  Tns error struct:', '    ns main err code: 12535', '    ',
                  'TNS-12535: TNS:operation timed out', '    ns secondary err code: 12560', '    nt main err code: 505', '    ',
                  'TNS-00505: Operation timed out', '    nt secondary err code: 110', '    nt OS err code: 0',
                  '  Client address: (ADDRESS=(PROTOCOL=tcp)(HOST=%s)(PORT=%d))' % (r.choice(self.clients), r.randint(30000, 65000))]
        return self.T(t) + '\n' + '\n'.join(lines)

    def errfile(self, proc, r, inc=None):
        p = '%s/%s_%s_%d.trc' % (self.trace, self.sid, proc, r.randint(2000, 90000))
        if inc:
            return 'Errors in file %s  (incident=%d)%s:' % (p, inc, ' (PDBNAME=%s)' % self.pdb if self.pdb and self.newfmt else '')
        return 'Errors in file %s:' % p

    def bg_error(self, t, r):
        k = r.random()
        if k < 0.5:
            job = r.choice(self.co.jobs).upper().replace('-', '_')
            return self.rec(t, self.errfile('j00%d' % r.randint(0, 9), r), 'ORA-12012: error on auto execute of job "%s"."%s"' % (self.schema, job),
                            r.choice(['ORA-01403: no data found', 'ORA-00001: unique constraint (%s.%s_PK) violated' % (self.schema, r.choice(self.tabs)), 'ORA-01422: exact fetch returns more than requested number of rows']),
                            'ORA-06512: at "%s.%s_PKG", line %d' % (self.schema, job, r.randint(30, 900)), 'ORA-06512: at line 1')
        sqlid = ''.join(r.choice('0123456789abcdfghjkmnpqrstuvwxyz') for _ in range(13))
        return self.rec(t, '@ORA-01555 caused by SQL statement below (SQL ID: %s, Query Duration=%d sec, SCN: 0x%016x):' % (sqlid, r.randint(900, 9000), self.scn - r.randint(10 ** 6, 10 ** 7)),
                        '@SELECT /*+ FULL(t) */ t.* FROM %s.%s t WHERE t.MODIFIED_AT < :B1 ORDER BY t.ID' % (self.schema, r.choice(self.tabs)))

    def background(self):
        r = self.r
        ev = []
        lp = self.lpm
        # log switches ~ load-dependent; each switch = 2 records, ~6 lines
        for t in self.times(lp * 0.25 / 6.0 * 2 + 0.05):
            ev.extend(self.switch(t, r))
            if r.random() < 0.04:
                t3 = t - r.randint(2000, 20000)
                g = self.seq % 3 + 1
                ev.append((t3, self.rec(t3, 'Thread 1 cannot allocate new log, sequence %d' % self.seq, 'Checkpoint not complete',
                                        '  Current log# %d seq# %d mem# 0: %s' % (g, self.seq - 1, self.logfile(g, 0)))))
        # TNS timeouts (client disconnects), ~24 lines each
        for t in self.times(lp * 0.55 / 24.0):
            ev.append((t, self.tns(t, r)))
        # resize / temp autoextend
        for t in self.times(lp * 0.05 / 1.0 + 0.01, curve=False):
            old = r.randint(100, 9000) * 1024
            ev.append((t, self.rec(t, '@Resize operation completed for file# %d, old size %dK, new size %dK' % (r.choice((1, 3, 4, 7, 201, 202)), old, old + r.choice((1024, 10240, 65536, 131072))))))
        # hourly RMAN archivelog backup -> forced switch + control file autobackup
        for t in self.periodic(HOUR, jitter=20000, phase=r.randint(0, 59) * MIN):
            ev.append((t, self.rec(t, 'ALTER SYSTEM ARCHIVE LOG')))
            ev.extend(self.switch(t + 200, r))
            t2 = t + r.randint(20000, 120000)
            lg = time.gmtime((t2 + self.sc.off_ms) // 1000)
            if self.newfmt:
                ev.append((t2, self.rec(t2, 'Control autobackup written to DISK device', '', "handle '/u01/app/oracle/fast_recovery_area/%s/autobackup/%04d_%02d_%02d/o1_mf_s_%d_%s_.bkp'" % (self.sid, lg[0], lg[1], lg[2], 1100000000 + r.randint(0, 99999999), ''.join(r.choice('abcdefghjkmnpqrstvwxyz0123456789') for _ in range(8))))))
            else:
                ev.append((t2, self.rec(t2, 'Starting control autobackup', 'Control autobackup written to DISK device', "\thandle '/u01/app/oracle/fast_recovery_area/%s/autobackup/%04d_%02d_%02d/o1_mf_s_%d_%s_.bkp'" % (self.sid, lg[0], lg[1], lg[2], 1100000000 + r.randint(0, 99999999), ''.join(r.choice('abcdefghjkmnpqrstvwxyz0123456789') for _ in range(8))))))
        # maintenance window at 22:00 local
        off = self.sc.off_ms
        for base in (self.fs, self.fs + DAY):
            d22 = (base + off) - (base + off) % DAY + 22 * HOUR - off
            if self.fs < d22 < self.fe:
                ev.append((d22, self.rec(d22, 'Setting Resource Manager plan SCHEDULER[0x4D51]:DEFAULT_MAINTENANCE_PLAN via scheduler window',
                                         'Setting Resource Manager CDB plan DEFAULT_MAINTENANCE_PLAN via parameter' if self.newfmt else 'Setting Resource Manager plan DEFAULT_MAINTENANCE_PLAN via parameter')))
                ev.append((d22 + 1200, self.rec(d22 + 1200, 'Starting background process VKRM')))
                ev.append((d22 + 1300, self.rec(d22 + 1300, 'VKRM started with pid=%d, OS id=%d ' % (r.randint(40, 90), r.randint(2000, 90000)) if not self.newfmt else '%s(3):VKRM started with pid=%d, OS id=%d' % (self.pdb or 'CDB$ROOT', r.randint(40, 90), r.randint(2000, 90000)))))
        for t in self.times(r.uniform(0.05, 0.18), curve=False):
            ev.append((t, self.bg_error(t, r)))
        return ev

    def head(self, t):
        old = self.r.randint(100, 9000) * 1024
        return [(t, self.rec(t, '@Resize operation completed for file# 201, old size %dK, new size %dK' % (old, old + 65536)))]

    def anchor(self, t):
        old = self.r.randint(100, 9000) * 1024
        return [(t, self.rec(t, '@Resize operation completed for file# 3, old size %dK, new size %dK' % (old, old + 10240)))]

    # ---- incidents
    def st_error(self):
        r = self.r
        v = r.choice(['deadlock', 'tns', 'snap'])
        return {'v': v, 'tab': r.choice(self.tabs), 'desc': {'deadlock': 'ORA-00060 deadlock records', 'tns': 'TNS-12170 "Fatal NI connect error" blocks', 'snap': 'ORA-01555 snapshot too old records'}[v]}

    def rec_error(self, t, i, st):
        r = st['r']
        if st['v'] == 'deadlock':
            return self.rec(t, '@ORA-00060: Deadlock detected. See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors. More info in file %s/%s_ora_%d.trc.' % (self.trace, self.sid, r.randint(2000, 90000)))
        if st['v'] == 'tns':
            return self.tns(t, r)
        sqlid = st.setdefault('sqlid', ''.join(r.choice('0123456789abcdfghjkmnpqrstuvwxyz') for _ in range(13)))
        return self.rec(t, '@ORA-01555 caused by SQL statement below (SQL ID: %s, Query Duration=%d sec, SCN: 0x%016x):' % (sqlid, r.randint(900, 9000), self.scn - r.randint(10 ** 6, 10 ** 7)),
                        '@SELECT o.ID, o.STATUS FROM %s.%s o WHERE o.UPDATED_AT > :B1' % (self.schema, st['tab']))

    def st_newerr(self):
        r = self.r
        v = r.choice(['parse', 'lock', 'slaves'])
        return {'v': v, 'desc': {'parse': '"WARNING: too many parse errors" records (new)', 'lock': 'ORA-04021 lock timeouts (new)', 'slaves': 'ORA-12850 parallel slave allocation errors (new)'}[v],
                'hash': r.getrandbits(32), 'sqlid': ''.join(r.choice('0123456789abcdfghjkmnpqrstuvwxyz') for _ in range(13)), 'tab': r.choice(self.tabs)}

    def rec_newerr(self, t, i, st):
        r = st['r']
        if st['v'] == 'parse':
            return self.rec(t, '@WARNING: too many parse errors, count=%d SQL hash=0x%08x' % (100 * (i + 1), st['hash']),
                            '@PARSE ERROR: ospid=%d, error=942 for statement: ' % r.randint(2000, 90000),
                            '@SELECT * FROM %s.%s_ARCHIVE WHERE ID = :1' % (self.schema, st['tab']),
                            '@Additional information: hd=0x%x phd=0x%x flg=0x20 cisid=%d sid=%d ciuid=%d uid=%d sqlid=%s' % (r.getrandbits(32), r.getrandbits(32), 107, 107, 107, 107, st['sqlid']),
                            '@...Current username=%s' % self.schema, '@...Application: JDBC Thin Client Action: ')
        if st['v'] == 'lock':
            return self.rec(t, self.errfile('j00%d' % r.randint(0, 9), r), 'ORA-12012: error on auto execute of job "%s"."REFRESH_MV_%s"' % (self.schema, st['tab']),
                            'ORA-04021: timeout occurred while waiting to lock object %s.MV_%s' % (self.schema, st['tab']), 'ORA-06512: at "SYS.DBMS_SNAPSHOT_KKXRCA", line 3020', 'ORA-06512: at line 1')
        return self.rec(t, self.errfile('ora', r), 'ORA-12850: Could not allocate slaves on all specified instances: 2 needed, 0 allocated')

    def st_disk(self):
        r = self.r
        v = r.choice(['fra', 'enospc', 'tbs'])
        return {'v': v, 'desc': {'fra': 'ORA-19809/ORA-19804 recovery area full (archiver stuck)', 'enospc': 'ORA-27072 "Linux-x86_64 Error: 28: No space left on device" write errors',
                                 'tbs': 'ORA-01653 unable to extend table (tablespace full) errors'}[v], 'tab': r.choice(self.tabs), 'size': r.choice((10737418240, 53687091200, 107374182400))}

    def rec_disk(self, t, i, st):
        r = st['r']
        if st['v'] == 'fra':
            a = self.rec(t, self.errfile('arc%d' % r.randint(0, 3), r), 'ORA-19815: WARNING: db_recovery_file_dest_size of %d bytes is 100.00%% used, and has 0 remaining bytes available.' % st['size'])
            b = self.rec(t + 1, self.errfile('arc%d' % r.randint(0, 3), r), 'ORA-19809: limit exceeded for recovery files', 'ORA-19804: cannot reclaim %d bytes disk space from %d limit' % (r.choice((52428800, 104857600, 209715200)), st['size']),
                         'ARC%d (PID:%d): Error 19809 Creating archive log file to \'/u01/app/oracle/fast_recovery_area/%s/archivelog/o1_mf_1_%d_%%u_.arc\'' % (r.randint(0, 3), self.ospid, self.sid, self.seq) if self.newfmt else 'ARCH: Error 19809 Creating archive log file to \'/u01/app/oracle/fast_recovery_area/%s/archivelog/o1_mf_1_%d_%%u_.arc\'' % (self.sid, self.seq))
            c = self.rec(t + 2, 'ARCH: Archival stopped, error occurred. Will continue retrying', 'ORACLE Instance %s - Archival Error' % self.sid,
                         'ORA-16038: log %d sequence# %d cannot be archived' % (self.seq % 3 + 1, self.seq), 'ORA-19809: limit exceeded for recovery files',
                         "ORA-00312: online log %d thread 1: '%s'" % (self.seq % 3 + 1, self.logfile(self.seq % 3 + 1, 0)))
            return [(t, a), (t + 1, b), (t + 2, c)]
        if st['v'] == 'enospc':
            return self.rec(t, self.errfile('dbw0', r), 'ORA-01114: IO error writing block to file %d (block # %d)' % (r.randint(4, 30), r.randint(10 ** 4, 10 ** 6)),
                            "ORA-01110: data file %d: '/u02/oradata/%s/%s_data01.dbf'" % (r.randint(4, 30), self.sid, self.schema.lower()),
                            'ORA-27072: File I/O error', 'Linux-x86_64 Error: 28: No space left on device',
                            'Additional information: 4', 'Additional information: %d' % r.randint(10 ** 4, 10 ** 6), 'Additional information: -1')
        return self.rec(t, '@ORA-1653: unable to extend table %s.%s by %d in                 tablespace %s_DATA ' % (self.schema, st['tab'], r.choice((128, 1024, 8192)), self.schema))

    def seq_crash(self, t, i, st):
        r = st['r']
        st['desc'] = 'ORA-07445 core dump + "PMON: terminating the instance due to ORA error 471"'
        proc = r.choice(['DBW0', 'LGWR', 'CKPT', 'SMON'])
        ospid = r.randint(2000, 90000)
        inc = r.randint(10000, 900000)
        fn = r.choice(['kcbgtcr()+1234', 'kslgetl()+156', 'kghalo()+4036', 'qersoProcessULS()+388'])
        pc = r.getrandbits(28)
        out = [(t, self.rec(t, 'Exception [type: SIGSEGV, Address not mapped to object] [ADDR:0x0] [PC:0x%X, %s] [flags: 0x0, count: 1]' % (pc, fn),
                            'Errors in file %s/%s_%s_%d.trc  (incident=%d):' % (self.trace, self.sid, proc.lower(), ospid, inc),
                            'ORA-07445: exception encountered: core dump [%s] [SIGSEGV] [ADDR:0x0] [PC:0x%X] [Address not mapped to object] []' % (fn, pc),
                            'Incident details in: %s/incident/incdir_%d/%s_%s_%d_i%d.trc' % (self.base, inc, self.sid, proc.lower(), ospid, inc),
                            'Use ADRCI or Support Workbench to package the incident.', 'See Note 411.1 at My Oracle Support for error and packaging details.'))]
        t2 = t + r.randint(800, 3000)
        pm = r.randint(2000, 9000)
        out.append((t2, self.rec(t2, 'PMON (ospid: %d): terminating the instance due to %s471' % (pm, 'ORA error ' if self.newfmt else 'error '),
                                 "Cause - 'Instance is being terminated due to fatal process death (pid: %d, ospid: %d, %s)'" % (r.randint(10, 30), ospid, proc))))
        t3 = t2 + r.randint(100, 900)
        out.append((t3, self.rec(t3, "System state dump requested by (instance=1, osid=%d (PMON)), summary=[abnormal instance termination]. error - 'Instance is terminating.'" % pm,
                                 'System State dumped to trace file %s/%s_diag_%d.trc' % (self.trace, self.sid, pm + 16))))
        t4 = t3 + r.randint(800, 3000)
        out.append((t4, self.rec(t4, 'Instance terminated by PMON, pid = %d' % pm)))
        return out

    def seq_oom(self, t, i, st):
        r = st['r']
        st['desc'] = 'ORA-04031 shared pool exhaustion ending in instance termination'
        out = []
        tt = t
        for j in range(r.randint(3, 6)):
            inc = r.randint(10000, 900000)
            ospid = r.randint(2000, 90000)
            out.append((tt, self.rec(tt, 'Errors in file %s/%s_ora_%d.trc  (incident=%d):' % (self.trace, self.sid, ospid, inc),
                                     'ORA-04031: unable to allocate %d bytes of shared memory ("shared pool","%s","sga heap(%d,0)","%s")' % (r.choice((4160, 3896, 32, 4096, 65560)), r.choice(['unknown object', 'SELECT o.ID FROM %s.%s' % (self.schema, r.choice(self.tabs)), 'PROC']), r.randint(1, 4), r.choice(['KGLHD', 'kglsim object batch', 'ges resource ', 'KKSSP'])),
                                     'Incident details in: %s/incident/incdir_%d/%s_ora_%d_i%d.trc' % (self.base, inc, self.sid, ospid, inc))))
            tt += r.randint(1500, 12000)
        pm = r.randint(2000, 9000)
        out.append((tt, self.rec(tt, 'Errors in file %s/%s_lmd0_%d.trc:' % (self.trace, self.sid, pm + 30),
                                 'ORA-04031: unable to allocate 3896 bytes of shared memory ("shared pool","unknown object","sga heap(1,0)","ges resource ")')))
        tt += r.randint(300, 1500)
        out.append((tt, self.rec(tt, 'LMD0 (ospid: %d): terminating the instance due to %s4031' % (pm + 30, 'ORA error ' if self.newfmt else 'error '))))
        tt += r.randint(800, 3000)
        out.append((tt, self.rec(tt, 'Instance terminated by LMD0, pid = %d' % (pm + 30))))
        return out

    def seq_start(self, t):
        r = self.r
        tt = t
        out = [(tt, self.rec(tt, 'Starting ORACLE instance (normal)' + (' (OS id: %d)' % r.randint(2000, 90000) if self.newfmt else '')))]
        tt += r.randint(50, 300)
        out.append((tt, self.rec(tt, '****************************************************', ' Sys-V shared memory will be used for creating SGA ', '****************************************************')))
        tt += r.randint(20, 200)
        sga = r.choice((8, 12, 16, 24, 32))
        lines = ['LICENSE_MAX_SESSION = 0', 'LICENSE_SESSIONS_WARNING = 0', 'Initial number of CPU is %d' % r.choice((4, 8, 16)),
                 'Number of processor cores in the system is %d' % r.choice((4, 8)), 'Number of processor sockets in the system is 1',
                 'Using LOG_ARCHIVE_DEST_1 parameter default value as USE_DB_RECOVERY_FILE_DEST', 'Autotune of undo retention is turned on. ',
                 'IMODE=BR', 'ILAT =%d' % r.choice((84, 168, 336)), 'LICENSE_MAX_USERS = 0', 'SYS auditing is enabled',
                 'Oracle Database %s Enterprise Edition Release %s - Production' % ('19c' if self.newfmt else self.ver[:4], '19.0.0.0.0' if self.newfmt else self.ver),
                 'Version %s.' % self.ver if self.newfmt else 'With the Partitioning, OLAP, Data Mining and Real Application Testing options',
                 'ORACLE_HOME:    /u01/app/oracle/product/%s/dbhome_1' % ('19.0.0' if self.newfmt else self.ver[:8]),
                 'System name:\tLinux', 'Node name:\t%s' % self.host, 'Release:\t5.4.17-2136.324.5.3.el8uek.x86_64', 'Version:\t#2 SMP Fri Oct 6 21:33:55 PDT 2023', 'Machine:\tx86_64',
                 'Using parameter settings in server-side spfile /u01/app/oracle/product/19.0.0/dbhome_1/dbs/spfile%s.ora' % self.sid,
                 'System parameters with non-default values:', '  processes                = %d' % r.choice((300, 640, 1200)),
                 '  sga_target               = %dG' % sga, '  control_files            = "%s/control01.ctl"' % ('+DATA/' + self.sid + '/CONTROLFILE' if self.asm else '/u01/oradata/' + self.sid),
                 '  db_block_size            = 8192', '  compatible               = "%s"' % ('19.0.0' if self.newfmt else '11.2.0.4.0'),
                 '  db_recovery_file_dest    = "/u01/app/oracle/fast_recovery_area"', '  db_recovery_file_dest_size= %dG' % r.choice((10, 50, 100)),
                 '  undo_tablespace          = "UNDOTBS1"', '  pga_aggregate_target     = %dG' % (sga // 4)]
        out.append((tt, self.rec(tt, *lines)))
        for p in ['PMON', 'CLMN', 'PSP0', 'VKTM', 'GEN0', 'MMAN', 'DBW0', 'LGWR', 'CKPT', 'SMON', 'RECO', 'MMON', 'MMNL']:
            tt += r.randint(20, 400)
            out.append((tt, self.rec(tt, '%s started with pid=%d, OS id=%d ' % (p, r.randint(2, 40), r.randint(2000, 90000)))))
        tt += r.randint(1000, 4000)
        out.append((tt, self.rec(tt, 'ALTER DATABASE   MOUNT')))
        tt += r.randint(2000, 6000)
        out.append((tt, self.rec(tt, 'Successful mount of redo thread 1, with mount id %d' % r.randint(10 ** 9, 4 * 10 ** 9), 'Database mounted in Exclusive Mode', 'Lost write protection disabled', 'Completed: ALTER DATABASE   MOUNT')))
        tt += r.randint(500, 2000)
        out.append((tt, self.rec(tt, 'ALTER DATABASE OPEN')))
        tt += r.randint(1000, 5000)
        out.append((tt, self.rec(tt, 'Beginning crash recovery of 1 threads', ' parallel recovery started with %d processes' % r.choice((4, 8)))))
        tt += r.randint(1000, 5000)
        out.append((tt, self.rec(tt, 'Completed crash recovery at', ' Thread 1: RBA %d.%d.16, nab %d, scn 0x%016x' % (self.seq, r.randint(1000, 90000), r.randint(1000, 90000), self.scn))))
        tt += r.randint(1000, 4000)
        out.append((tt, self.rec(tt, 'Completed: ALTER DATABASE OPEN')))
        return out

    def seq_stop(self, t):
        r = self.r
        return [(t, self.rec(t, 'Shutting down instance (immediate)' + (' (OS id: %d)' % r.randint(2000, 90000) if self.newfmt else ''))),
                (t + 300, self.rec(t + 300, 'Stopping background process SMCO', 'Shutting down instance: further logons disabled')),
                (t + 2200, self.rec(t + 2200, 'ALTER DATABASE CLOSE NORMAL')),
                (t + 5400, self.rec(t + 5400, 'Completed: ALTER DATABASE CLOSE NORMAL', 'ALTER DATABASE DISMOUNT', 'Completed: ALTER DATABASE DISMOUNT')),
                (t + 7100, self.rec(t + 7100, 'Instance shutdown complete' + (' (OS id: %d)' % r.randint(2000, 90000) if self.newfmt else '')))]


# =========================================================================== WebLogic

class WebLogic(LogFile):
    KIND = 'weblogic'
    SUPPORTS = ('error_burst', 'retry_storm', 'new_error', 'silence', 'oom_kill')
    RESTARTABLE = True
    LPM = (4, 60, 1.2)
    PANIC_GAP = (10, 40)

    def setup(self):
        r = self.r
        sc = self.sc
        self.v14 = sc.year >= 2021 and r.random() < 0.5
        self.wlsver = '14.1.1.0.0' if self.v14 else '12.2.1.4.0'
        self.server = r.choice(['ms1', 'ManagedServer_1', '%s_server1' % sc.co.short, 'AdminServer', 'wls_%s_01' % sc.co.short])
        self.NAME = '%s.log' % self.server
        self.domain = '%s_domain' % sc.co.short
        self.host = self.co.host(r, 'wls')
        self.ds = camel(self.co.nouns[0]) + 'DS'
        self.app = AppCode(r, self.co.pkg, self.co.nouns, r.choice(['portal', 'backoffice', 'web']), 'java')
        self.ctxid = r.randint(10 ** 8, 10 ** 9)
        self.ep_init(ecid=uuid4(r))
        self.ecid_n = r.randint(100, 5000)
        off = sc.off_ms
        tz = sc.tz
        self.tzn = tz.long(sc.T0) if self.v14 else tz.abbr(sc.T0)

        def fmt(s):
            g = time.gmtime(s + off // 1000)
            h = g[3] % 12 or 12
            return '%s %d, %d, %d:%02d:%02d' % (MON[g[1] - 1], g[2], g[0], h, g[4], g[5]), ('AM' if g[3] < 12 else 'PM')
        self._t = _cache_ts(fmt)
        self.clients = [public_ip(r) for _ in range(40)]
        self.users = ['<<anonymous>>', '<<WLS Kernel>>', '<weblogic>', '<OracleSystemUser>']

    SEV = {'Info': 64, 'Notice': 32, 'Warning': 16, 'Error': 8, 'Critical': 4, 'Alert': 2, 'Emergency': 1, 'Debug': 128}

    def W(self, t, sev, sub, thread, user, msgid, msg):
        a, ap = self._t(t)
        return '####<%s,%03d %s %s> <%s> <%s> <%s> <%s> <%s> %s <> <%s-%08x> <%d> <[severity-value: %d] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <%s> <%s> ' % (
            a, t % 1000, ap, self.tzn, sev, sub, self.host, self.server, thread, user, self.ep('ecid', t), self.ecid_n + (t - self.fs) // 41, t, self.SEV[sev], msgid, msg)

    def thr(self, r):
        return "[ACTIVE] ExecuteThread: '%d' for queue: 'weblogic.kernel.Default (self-tuning)'" % r.randint(0, 40)

    def servlet_err(self, t, r, exc=None):
        n = r.choice(self.co.nouns[:4])
        if exc is None:
            exc = r.choice(['npe', 'sql', 'io'])
        if exc == 'npe':
            st = jstack('java.lang.NullPointerException', [self.app.frame(n, 'svc'), self.app.frame(n, 'ctl')] + WLS8)
        elif exc == 'sql':
            st = jstack('java.sql.SQLIntegrityConstraintViolationException: ORA-00001: unique constraint (%s.%s_UK) violated' % (self.co.short.upper(), camel(n).upper()),
                        ORA8 + [self.app.frame(n, 'repo'), self.app.frame(n, 'svc'), self.app.frame(n, 'ctl')] + WLS8[:8])
        else:
            st = jstack('java.net.SocketTimeoutException: Read timed out', HTTP8 + [self.app.frame(n, 'cli'), self.app.frame(n, 'svc'), self.app.frame(n, 'ctl')] + WLS8[:6])
            st.append('\t... %d more' % r.randint(10, 30))
        msg = '[ServletContext@%d[app:%s module:%s path:/%s spec-version:3.1]] Servlet failed with an Exception\n%s\n' % (self.ctxid, self.app.pkg.split('.')[-1], self.app.pkg.split('.')[-1], self.app.pkg.split('.')[-1], '\n'.join(st))
        return self.W(t, 'Error', 'HTTP', self.thr(r), '<<anonymous>>', 'BEA-101020', msg)

    def background(self):
        r = self.r
        ev = []
        lp = self.lpm
        W = self.W
        # application messages routed through the server log (BEA-000000)
        lg = ['%s.%s.%s' % (self.app.pkg, s, c) for s, c in (('service', camel(self.co.nouns[0]) + 'Service'), ('web', camel(self.co.nouns[1]) + 'Controller'), ('jobs', 'ImportJob'))]
        for t in self.times(lp * 0.8):
            k = r.random()
            n = r.choice(self.co.nouns[:5])
            if k < 0.55:
                msg = '%s %d %s for customer %d' % (camel(n), r.randint(10 ** 5, 10 ** 7), r.choice(['created', 'updated', 'approved', 'shipped', 'cancelled']), r.randint(1000, 99999))
                ev.append((t, W(t, 'Info', lg[0], self.thr(r), '<<anonymous>>', 'BEA-000000', msg)))
            elif k < 0.85:
                ev.append((t, W(t, 'Info', lg[1], self.thr(r), '<%s>' % r.choice(['<anonymous>', 'portal_user', 'svc_batch']), 'BEA-000000', 'GET /%s/%s completed in %d ms' % (self.app.pkg.split('.')[-1], n, int(r.lognormvariate(3.5, 0.8))))))
            elif k < 0.97:
                ev.append((t, W(t, 'Warning', 'Socket', '[STANDBY] ExecuteThread: \'%d\' for queue: \'weblogic.kernel.Default (self-tuning)\'' % r.randint(0, 40), '<<WLS Kernel>>', 'BEA-000449',
                                'Closing the socket, as no data read from it on %s:%d during the configured idle timeout of %d seconds.' % (r.choice(self.clients), r.randint(30000, 65000), r.choice((5, 30))))))
            else:
                ev.append((t, W(t, 'Warning', lg[0], self.thr(r), '<<anonymous>>', 'BEA-000000', 'Call to inventory backend took %d ms; retried once and succeeded' % r.randint(3000, 9000))))
        # periodic jobs
        for t in self.periodic(r.choice((60, 120, 300)) * SEC, jitter=2000):
            ev.append((t, W(t, 'Info', 'Health', 'weblogic.GCMonitor', '<<anonymous>>', 'BEA-310002', '%d%% of the total memory in the server is free.' % r.randint(22, 70))))
        for t in self.periodic(r.choice((2, 5)) * MIN, jitter=1000):
            ev.append((t, W(t, 'Info', 'WorkManager', 'Timer-2', '<<WLS Kernel>>', 'BEA-002959', 'Self-tuning thread pool contains %d running threads, %d idle threads, and %d standby threads' % (r.randint(0, 6), r.randint(1, 12), r.randint(8, 30)))))
        for t in self.periodic(15 * MIN, jitter=3000):
            ev.append((t, W(t, 'Info', 'JDBC', self.thr(r), '<<WLS Kernel>>', 'BEA-001128', 'Connection for pool "%s" closed.' % self.ds)))
        for t in self.periodic(HOUR, jitter=3000, phase=r.randint(0, 59) * MIN):
            ev.append((t, W(t, 'Info', 'Diagnostics', self.thr(r), '<<WLS Kernel>>', 'BEA-320143', 'Scheduled 1 data retirement tasks as per configuration.')))
            ev.append((t + 40, W(t + 40, 'Info', 'Diagnostics', self.thr(r), '<<WLS Kernel>>', 'BEA-320144', 'Size based data retirement operation started on archive HarvestedDataArchive')))
            ev.append((t + 120, W(t + 120, 'Info', 'Diagnostics', self.thr(r), '<<WLS Kernel>>', 'BEA-320145', 'Size based data retirement operation completed on archive HarvestedDataArchive. Retired %d records in %d ms.' % (r.randint(0, 900), r.randint(1, 400)))))
        # rare storm message (0-1/hour)
        for t in self.times(r.uniform(0, 1.0 / 60), curve=False):
            ev.append((t, self.jdbc_fail(t, r)))
        for t in self.times(r.uniform(0.05, 0.3), curve=False):
            ev.append((t, self.servlet_err(t, r)))
        return ev

    def jdbc_fail(self, t, r):
        return self.W(t, 'Warning', 'JDBC', self.thr(r), '<<WLS Kernel>>', 'BEA-001129', 'Received exception while creating connection for pool "%s": IO Error: The Network Adapter could not establish the connection (CONNECTION_ID=%s==)' % (self.ds, ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(22))))

    def anchor(self, t):
        return [(t, self.W(t, 'Info', 'Health', 'weblogic.GCMonitor', '<<anonymous>>', 'BEA-310002', '%d%% of the total memory in the server is free.' % self.r.randint(22, 70)))]

    def head(self, t):
        return self.anchor(t)

    def st_error(self):
        return {'exc': self.r.choice(['npe', 'sql', 'io']), 'desc': 'BEA-101020 "Servlet failed with an Exception" errors with stack traces'}

    def rec_error(self, t, i, st):
        return self.servlet_err(t, st['r'], st['exc'])

    def st_retry(self):
        return {'desc': 'BEA-001129 JDBC connection create failures/retries for pool %s' % self.ds}

    def rec_retry(self, t, i, st):
        r = st['r']
        if i % 4 == 3:
            return self.W(t, 'Info', 'JDBC', self.thr(r), '<<WLS Kernel>>', 'BEA-001156', 'Stack trace associated with message 001129 follows: \n\njava.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish the connection\n\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:774)\n\tat oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:688)\n\tat oracle.jdbc.driver.T4CDriverExtension.getConnection(T4CDriverExtension.java:39)\n\tat oracle.jdbc.driver.OracleDriver.connect(OracleDriver.java:691)\n\tat weblogic.jdbc.common.internal.ConnectionEnvFactory.makeConnection0(ConnectionEnvFactory.java:385)\n\tat weblogic.jdbc.common.internal.ConnectionEnvFactory.makeConnection(ConnectionEnvFactory.java:328)\n\tat weblogic.jdbc.common.internal.ConnectionEnvFactory.refreshPhysicalConnection(ConnectionEnvFactory.java:169)\n\tat weblogic.jdbc.common.internal.ConnectionPool.retryReserve(ConnectionPool.java:1247)\n\tat weblogic.common.resourcepool.ResourcePoolImpl.reserveResourceInternal(ResourcePoolImpl.java:581)\n')
        return self.jdbc_fail(t, r)

    def st_newerr(self):
        r = self.r
        v = r.choice(['stuck', 'session'])
        return {'v': v, 'desc': {'stuck': 'BEA-000337 stuck-thread errors (new)', 'session': 'BEA-100089 session replication failures (new)'}[v]}

    def rec_newerr(self, t, i, st):
        r = st['r']
        if st['v'] == 'stuck':
            return self.W(t, 'Error', 'WebLogicServer', 'weblogic.timers.TimerThread', '<<WLS Kernel>>', 'BEA-000337',
                          '[STUCK] ExecuteThread: \'%d\' for queue: \'weblogic.kernel.Default (self-tuning)\' has been busy for "%d" seconds working on the request "Http Request Information: weblogic.servlet.internal.ServletRequestImpl@%x[GET /%s/%s]\n", which is more than the configured time (StuckThreadMaxTime) of "600" seconds in "server-failure-trigger". Stack trace:\n\tjava.net.SocketInputStream.socketRead0(Native Method)\n\tjava.net.SocketInputStream.socketRead(SocketInputStream.java:116)\n\tjava.net.SocketInputStream.read(SocketInputStream.java:171)\n\toracle.net.ns.Packet.receive(Packet.java:311)\n\toracle.jdbc.driver.T4CPreparedStatement.executeForRows(T4CPreparedStatement.java:1061)\n\t%s\n'
                          % (r.randint(0, 40), r.randint(601, 900), r.getrandbits(28), self.app.pkg.split('.')[-1], self.co.nouns[0], self.app.frame(self.co.nouns[0], 'repo')))
        return self.W(t, 'Error', 'HTTP Session', self.thr(r), '<<anonymous>>', 'BEA-100089', 'The session ID: %s has been accessed from currentServer: %s, primary server: ms2, secondary server: ms3' % (''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') for _ in range(52)), self.server))

    def seq_oom(self, t, i, st):
        r = st['r']
        st['desc'] = 'BEA-000386 "java.lang.OutOfMemoryError: Java heap space" server failure, restarted by Node Manager'
        W = self.W
        out = [(t, W(t, 'Critical', 'Health', 'weblogic.GCMonitor', '<<anonymous>>', 'BEA-310003', 'Free memory in the server is %s bytes. There is danger of OutOfMemoryError' % format(r.randint(10 ** 6, 9 * 10 ** 6), ',')))]
        t2 = t + r.randint(3000, 20000)
        n = self.co.nouns[0]
        stk = jstack('java.lang.OutOfMemoryError: Java heap space', ['java.util.Arrays.copyOf(Arrays.java:3332)', 'java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:124)',
                                                                    'java.lang.StringBuilder.append(StringBuilder.java:136)', self.app.frame(n, 'svc'), self.app.frame(n, 'ctl')] + WLS8[:5])
        out.append((t2, W(t2, 'Critical', 'WebLogicServer', self.thr(r), '<<WLS Kernel>>', 'BEA-000386', 'Server subsystem failed. Reason: java.lang.OutOfMemoryError: Java heap space\n' + '\n'.join(stk) + '\n')))
        for j, (sev, mid, m) in enumerate([('Notice', 'BEA-000365', 'Server state changed to FAILED.'), ('Critical', 'BEA-000383', 'A critical service failed. The server will shut itself down.'), ('Notice', 'BEA-000365', 'Server state changed to FORCE_SHUTTING_DOWN.')]):
            tt = t2 + 200 + j * 150
            out.append((tt, W(tt, sev, 'WebLogicServer', self.thr(r), '<<WLS Kernel>>', mid, m)))
        return out

    def seq_start(self, t):
        r = self.r
        self.ep_set(t, ecid=uuid4(r))
        W = self.W
        ip = self.co.ip(r)
        msgs = [('Info', 'Management', 'BEA-141107', 'Version: WebLogic Server %s %s 1974621' % (self.wlsver, 'Thu Sep 12 04:04:29 GMT 2019' if not self.v14 else 'Thu Mar 26 03:15:09 GMT 2020')),
                ('Notice', 'WebLogicServer', 'BEA-000365', 'Server state changed to STARTING.'),
                ('Info', 'WorkManager', 'BEA-002900', 'Initializing self-tuning thread pool.'),
                ('Notice', 'Log Management', 'BEA-170019', 'The server log file /u01/domains/%s/servers/%s/logs/%s.log is opened. All server side log events will be written to this file.' % (self.domain, self.server, self.server)),
                ('Notice', 'Security', 'BEA-090946', 'Security pre-initializing using security realm: myrealm'),
                ('Notice', 'Security', 'BEA-090947', 'Security post-initializing using security realm: myrealm'),
                ('Notice', 'Security', 'BEA-090082', 'Security initialized using administrative security realm: myrealm'),
                ('Notice', 'WebLogicServer', 'BEA-000365', 'Server state changed to STANDBY.'),
                ('Notice', 'WebLogicServer', 'BEA-000365', 'Server state changed to STARTING.'),
                ('Info', 'JDBC', 'BEA-001516', 'Data source connection pooling initialized for %s.' % self.ds),
                ('Notice', 'Server', 'BEA-002613', 'Channel "Default" is now listening on %s:7003 for protocols iiop, t3, CLUSTER-BROADCAST, ldap, snmp, http.' % ip),
                ('Notice', 'WebLogicServer', 'BEA-000332', 'Started the WebLogic Server Managed Server "%s" for domain "%s" running in production mode.' % (self.server, self.domain)),
                ('Notice', 'WebLogicServer', 'BEA-000365', 'Server state changed to ADMIN.'),
                ('Notice', 'WebLogicServer', 'BEA-000365', 'Server state changed to RESUMING.'),
                ('Notice', 'WebLogicServer', 'BEA-000360', 'The server started in RUNNING mode.'),
                ('Notice', 'WebLogicServer', 'BEA-000365', 'Server state changed to RUNNING.')]
        out = []
        tt = t
        for sev, sub, mid, m in msgs:
            out.append((tt, W(tt, sev, sub, 'main' if mid not in ('BEA-000360', 'BEA-000365') else "[STANDBY] ExecuteThread: '%d' for queue: 'weblogic.kernel.Default (self-tuning)'" % r.randint(0, 9), '<<WLS Kernel>>', mid, m)))
            tt += r.randint(100, 3000)
        return out

    def seq_stop(self, t):
        r = self.r
        W = self.W
        out = []
        tt = t
        for mid, m in [('BEA-000396', 'Server shutdown has been requested by weblogic.'), ('BEA-000365', 'Server state changed to SUSPENDING.'),
                       ('BEA-000365', 'Server state changed to ADMIN.'), ('BEA-000365', 'Server state changed to SHUTTING_DOWN.'), ('BEA-000238', 'Shutdown has completed.')]:
            out.append((tt, W(tt, 'Notice', 'WebLogicServer', self.thr(r), '<weblogic>', mid, m)))
            tt += r.randint(100, 2500)
        return out


# =========================================================================== WebSphere SystemOut.log (Latin-1)

class WebSphere(LogFile):
    KIND = 'websphere'
    NAME = 'SystemOut.log'
    SUPPORTS = ('error_burst', 'retry_storm', 'new_error', 'silence')
    RESTARTABLE = True
    ABS_TIME = False
    LPM = (4, 50, 1.0)
    ENC = 'latin-1'

    def setup(self):
        r = self.r
        sc = self.sc
        off = sc.off_ms
        self.tz = sc.tz.abbr(sc.T0)
        self._t = _cache_ts(lambda s: (lambda g: '%d/%d/%02d %d:%02d:%02d' % (g[1], g[2], g[0] % 100, g[3], g[4], g[5]))(time.gmtime(s + off // 1000)))
        self.server = r.choice(['server1', 'AppSrv01_%s' % sc.co.short, '%sMember1' % camel(sc.co.nouns[0])])
        self.threads = ['%08x' % r.randint(0x20, 0x1ff) for _ in range(30)]
        self.app = AppCode(r, self.co.pkg, self.co.nouns, r.choice(['kasse', 'portal', 'verwaltung']), 'java')
        self.names = ['M\xfcller', 'Schr\xf6der', 'Wei\xdf', 'G\xfcnther', 'J\xe4ger', 'B\xe4cker', 'Ren\xe9e Fran\xe7ois', 'Jos\xe9 Pe\xf1a', 'Fa\xdfbender', 'K\xf6hler', 'H\xe9l\xe8ne Dubois', 'S\xf8rensen']
        self.qm = 'QM_%s' % r.choice(['PRD1', 'ESB', 'CORE'])
        self.ds = 'jdbc/%sDS' % camel(self.co.nouns[0])

    def L(self, t, thr, comp, typ, msg):
        return '[%s:%03d %s] %s %-13.13s %s %s' % (self._t(t), t % 1000, self.tz, thr, comp, typ, msg)

    def sysout(self, t, thr, lvl, logger, msg):
        lt = time.gmtime((t + self.sc.off_ms) // 1000)
        return self.L(t, thr, 'SystemOut', 'O', '%04d-%02d-%02d %02d:%02d:%02d,%03d %-5s [WebContainer : %d] %s - %s' % (lt[0], lt[1], lt[2], lt[3], lt[4], lt[5], t % 1000, lvl, int(thr, 16) % 50, logger, msg))

    def syserr(self, t, thr, lines):
        return '\n'.join(self.L(t, thr, 'SystemErr', 'R', x) for x in lines)

    def background(self):
        r = self.r
        ev = []
        lp = self.lpm
        lgs = ['%s.%s' % ('.'.join(p[0] for p in self.app.pkg.split('.')), c) for c in (camel(self.co.nouns[0]) + 'Service', camel(self.co.nouns[1]) + 'Servlet', 'AuditFilter')]
        for t in self.times(lp * 0.85):
            thr = r.choice(self.threads)
            k = r.random()
            n = r.choice(self.co.nouns[:5])
            nm = r.choice(self.names)
            if k < 0.5:
                ev.append((t, self.sysout(t, thr, 'INFO', lgs[0], '%s %d f\xfcr Kunde %s (%d) %s' % (camel(n), r.randint(10 ** 5, 10 ** 7), nm, r.randint(1000, 99999), r.choice(['angelegt', 'gespeichert', 'freigegeben', 'storniert'])))))
            elif k < 0.85:
                ev.append((t, self.sysout(t, thr, 'INFO', lgs[2], 'user=%s action=view %s/%d duration=%dms' % (nm.split()[0].lower(), n, r.randint(1, 99999), int(r.lognormvariate(3.6, 0.7))))))
            elif k < 0.95:
                ev.append((t, self.L(t, thr, 'SRTServletRes', 'W', 'com.ibm.ws.webcontainer.srt.SRTServletResponse setIntHeader SRVE8094W: WARNING: Cannot set header. Response already committed.')))
            elif k < 0.985:
                ev.append((t, self.sysout(t, thr, 'WARN ', lgs[0], 'Langsame Abfrage (%d ms) auf %s' % (r.randint(2000, 9000), camel(n).upper()))))
            else:
                ev.append((t, self.sysout(t, thr, 'WARN ', lgs[1], 'MQ put to %s timed out, retried once and succeeded' % self.qm)))
        for t in self.periodic(r.choice((5, 10)) * MIN, jitter=3000):
            if r.random() < 0.1:
                ev.append((t, self.L(t, r.choice(self.threads), 'ThreadMonitor', 'W', '  WSVR0606W: Thread "WebContainer : %d" (%s) was previously reported to be hung but has completed.  It was active for approximately %d milliseconds.  There is/are 0 thread(s) in total in the server that still may be hung.' % (r.randint(0, 49), r.choice(self.threads), r.randint(600000, 700000)))))
            else:
                ev.append((t, self.L(t, r.choice(self.threads), 'SystemOut', 'O', 'HealthCheck OK: db=%dms mq=%dms' % (r.randint(1, 40), r.randint(1, 40)))))
        for t in self.periodic(HOUR, jitter=3000, phase=r.randint(0, 59) * MIN):
            ev.append((t, self.L(t, r.choice(self.threads), 'HMGR', 'W', '  HMGR0152W: CPU Starvation detected. Current thread scheduling delay is %d seconds.' % r.randint(10, 40)) if r.random() < 0.3 else
                       self.L(t, r.choice(self.threads), 'SystemOut', 'O', 'Nachtlauf %s gestartet' % self.co.jobs[0])))
        for t in self.times(r.uniform(0, 1.0 / 60), curve=False):
            ev.append((t, self.retry_line(t, r, 1)))
        for t in self.times(r.uniform(0.05, 0.3), curve=False):
            ev.append((t, self.srve_err(t, r, r.choice(['npe', 'db2']))))
        return ev

    def retry_line(self, t, r, n):
        return self.sysout(t, r.choice(self.threads), 'WARN ', '%s.MqBridge' % '.'.join(p[0] for p in self.app.pkg.split('.')), 'Connection to queue manager %s lost (MQRC_CONNECTION_BROKEN 2009), reconnecting in %d ms (attempt %d)' % (self.qm, r.choice((500, 1000, 2000)), n))

    def srve_err(self, t, r, v):
        thr = r.choice(self.threads)
        n = r.choice(self.co.nouns[:4])
        if v == 'npe':
            st = ['java.lang.NullPointerException'] + ['\tat ' + f for f in [self.app.frame(n, 'svc'), self.app.frame(n, 'ctl')] + WAS8]
        else:
            st = ['com.ibm.db2.jcc.am.SqlTransactionRollbackException: DB2 SQL Error: SQLCODE=-911, SQLSTATE=40001, SQLERRMC=68, DRIVER=4.26.14'] + ['\tat ' + f for f in [
                'com.ibm.db2.jcc.am.b6.a(b6.java:802)', 'com.ibm.db2.jcc.am.b6.a(b6.java:66)', 'com.ibm.db2.jcc.am.b6.a(b6.java:140)', 'com.ibm.db2.jcc.am.kn.c(kn.java:2929)',
                'com.ibm.db2.jcc.am.yo.executeUpdate(yo.java:807)', 'com.ibm.ws.rsadapter.jdbc.WSJdbcPreparedStatement.pmiExecuteUpdate(WSJdbcPreparedStatement.java:1187)',
                'com.ibm.ws.rsadapter.jdbc.WSJdbcPreparedStatement.executeUpdate(WSJdbcPreparedStatement.java:804)', self.app.frame(n, 'repo'), self.app.frame(n, 'svc'), self.app.frame(n, 'ctl')] + WAS8[:6]]
        head = self.L(t, thr, 'ServletWrapper', 'E', 'com.ibm.ws.webcontainer.servlet.ServletWrapper service SRVE0014E: Uncaught service() exception root cause %sServlet: %s' % (camel(n), st[0]))
        return head + '\n' + self.syserr(t, thr, st)

    def anchor(self, t):
        return [(t, self.L(t, self.threads[0], 'SystemOut', 'O', 'HealthCheck OK: db=%dms mq=%dms' % (self.r.randint(1, 40), self.r.randint(1, 40))))]

    def head(self, t):
        return self.anchor(t)

    def st_error(self):
        return {'v': self.r.choice(['npe', 'db2']), 'desc': 'SRVE0014E uncaught servlet exceptions with SystemErr stack traces'}

    def rec_error(self, t, i, st):
        return self.srve_err(t, st['r'], st['v'])

    def st_retry(self):
        return {'desc': 'MQ "reconnecting" warnings (MQRC_CONNECTION_BROKEN 2009)'}

    def rec_retry(self, t, i, st):
        return self.retry_line(t, st['r'], i % 10 + 1)

    def st_newerr(self):
        return {'desc': 'J2CA0045E connection pool exhaustion errors (new)'}

    def rec_newerr(self, t, i, st):
        r = st['r']
        return self.L(t, r.choice(self.threads), 'FreePool', 'E', '  J2CA0045E: Connection not available while invoking method createOrWaitForConnection for resource %s.' % self.ds)

    def seq_start(self, t):
        r = self.r
        thr = '00000001'
        env = ['************ Start Display Current Environment ************',
               'WebSphere Platform 8.5.5.%d [BASE 8.5.5.%d cf%06d.%02d] running with process name cell01\\node01\\%s and process id %d' % (r.randint(17, 24), r.randint(17, 24), r.randint(100000, 999999), r.randint(1, 9), self.server, r.randint(2000, 60000)),
               'Full Name = cell01\\node01\\%s' % self.server, 'Host Operating System is Linux, version 3.10.0-1160.el7.x86_64',
               'Java version = 1.8.0_%d, Java Compiler = j9jit29, Java VM name = IBM J9 VM' % r.choice((281, 301, 331, 361)),
               'was.install.root = /opt/IBM/WebSphere/AppServer', 'user.install.root = /opt/IBM/WebSphere/AppServer/profiles/AppSrv01',
               'Java Home = /opt/IBM/WebSphere/AppServer/java/8.0/jre', 'ws.ext.dirs = /opt/IBM/WebSphere/AppServer/java/8.0/lib:/opt/IBM/WebSphere/AppServer/classes:/opt/IBM/WebSphere/AppServer/lib:/opt/IBM/WebSphere/AppServer/lib/ext',
               'Orb Version = IBM Java ORB build orb80-20201204.00', 'Current trace specification = *=info',
               '************* End Display Current Environment *************']
        out = [(t, '\n'.join(env))]
        tt = t + r.randint(200, 800)
        for comp, typ, msg in [('ManagerAdmin', 'I', 'TRAS0017I: The startup trace state is *=info.'),
                               ('ManagerAdmin', 'I', 'TRAS0111I: The message IDs that are in use are IBM message IDs.'),
                               ('AdminInitiali', 'A', 'ADMN0015I: The administration service is initialized.'),
                               ('PMIImpl', 'A', 'PMON1001I: PMI is enabled'),
                               ('WsServerImpl', 'A', 'WSVR0037I: Starting EJB jar: %s-ejb.jar' % self.app.pkg.split('.')[-1]),
                               ('ApplicationMg', 'A', 'WSVR0200I: Starting application: %s-ear' % self.app.pkg.split('.')[-1]),
                               ('webapp', 'I', 'com.ibm.ws.webcontainer.webapp.WebGroupImpl WebGroup SRVE0169I: Loading Web Module: %s-web.' % self.app.pkg.split('.')[-1]),
                               ('ApplicationMg', 'A', 'WSVR0221I: Application started: %s-ear' % self.app.pkg.split('.')[-1]),
                               ('TCPChannel', 'I', 'TCPC0001I: TCP Channel TCPInboundChannel_ipcc.Default_IPC_Connector_Name is listening on host localhost  (IPv4: 127.0.0.1) port 9633.'),
                               ('TCPChannel', 'I', 'TCPC0001I: TCP Channel TCP_2 is listening on host *  (IPv6) port 9080.'),
                               ('WSChannelFram', 'A', 'CHFW0019I: The Transport Channel Service has started chain WCInboundDefault.'),
                               ('WsServerImpl', 'A', 'WSVR0001I: Server %s open for e-business' % self.server)]:
            m = ('  ' + msg) if not msg.startswith('com.') else msg
            out.append((tt, self.L(tt, thr, comp, typ, m)))
            tt += r.randint(100, 4000)
        return out

    def seq_stop(self, t):
        r = self.r
        thr = '%08x' % r.randint(0x40, 0x1ff)
        out = []
        tt = t
        for comp, typ, msg in [('ServerCollabo', 'A', 'WSVR0023I: Server %s is stopping' % self.server),
                               ('ApplicationMg', 'A', 'WSVR0217I: Stopping application: %s-ear' % self.app.pkg.split('.')[-1]),
                               ('ApplicationMg', 'A', 'WSVR0220I: Application stopped: %s-ear' % self.app.pkg.split('.')[-1]),
                               ('TCPChannel', 'I', 'TCPC0002I: TCP Channel TCP_2 has stopped listening on host *  (IPv6) port 9080.'),
                               ('ServerCollabo', 'A', 'WSVR0024I: Server %s stopped' % self.server)]:
            out.append((tt, self.L(tt, thr, comp, typ, '  ' + msg)))
            tt += r.randint(100, 2000)
        return out
