"""Mainframe-era and batch scheduling: IBM z/OS SYSLOG (JES2), CICS
transient-data message log (MSGUSR/CSMT), CA/Broadcom AutoSys event demon."""
from fmt_base import Fmt

JOBS = ['PAYRL01', 'PAYRL02', 'GLPOST3', 'ACCTEOD', 'CLMEXTR', 'DB2REORG', 'INVBKUP', 'ARAGING', 'CUSTMRG',
        'STMTGEN', 'FXREVAL', 'LOANACR', 'CRDAUTH', 'SETTLE1', 'HRSYNC', 'BILLRUN']
STEPS = ['STEP010', 'STEP020', 'STEP030', 'SORT01', 'UNLOAD', 'LOAD', 'REPORT', 'BACKUP']
PGMS = ['IEBGENER', 'SORT', 'IKJEFT01', 'DFSRRC00', 'PAYP100', 'GLP200', 'DSNUTILB', 'IDCAMS']


# =================================================================== z/OS
class ZosSyslog(Fmt):
    key = 'zos_syslog'
    label = 'IBM z/OS SYSLOG (JES2)'
    fnames = ['SYSLOG.SYSA.txt', 'syslog_sysa_{ymd}.txt']
    curve = 'batch'
    weight = 2.0
    caps = ('error_burst', 'new_error', 'disk_full')
    hb_period = 60.0
    restartable = False
    disk_name = 'IEC030I B37-04 / IEC032I E37-04 out-of-space abends (ABEND=SB37/SE37)'

    def init(self):
        self.sys = 'SYSA'
        self.jn = self.ri(1000, 60000)
        self.running = []
        self.mlid = self.ri(100, 900)
        self.hund = 0
        self.err_names = ['IEFC452I JOB NOT RUN - JCL ERROR', 'IEF450I ABEND=S806 (module not found)', 'IEC141I 013-18 member not found']
        self.new = self.ch(['racf', 'db2'])
        self.new_name = {'racf': 'ICH408I INSUFFICIENT ACCESS AUTHORITY (RACF violation)',
                         'db2': 'DSNT500I RESOURCE UNAVAILABLE REASON 00C90081'}[self.new]

    def stamp(self, t):
        p, f = self.cached(t, lambda m: '%02d%03d %02d:%02d:%02d' % (m[0] % 100, m[7], m[3], m[4], m[5]))
        return '%s.%02d' % (p, int(f * 100))

    def rec(self, t, jid, msg, rt='N', req=' ', route='0000000', flags='00000090'):
        return '%s%s%s %-8s %s %-8s %s  %s' % (rt, req, route, self.sys, self.stamp(t), jid, flags, msg)

    def cont(self, lines, mid, flags='00000090'):
        out = []
        for i, x in enumerate(lines):
            rt = 'E' if i == len(lines) - 1 else 'D'
            out.append('%s%s %4d %s  %s' % (rt, ' ' * 37, mid, flags, x))
        return out

    def tm_(self, t):
        m = self.tm(t)[0]
        return '%02d.%02d.%02d' % (m.tm_hour, m.tm_min, m.tm_sec)

    def newjob(self):
        self.jn = self.jn % 99999 + 1
        j = {'name': self.ch(JOBS), 'id': 'JOB%05d' % self.jn, 'step': 0}
        self.running.append(j)
        if len(self.running) > 60:
            self.running.pop(0)
        return j

    def job(self):
        if not self.running:
            return self.newjob()
        return self.ch(self.running)

    def templates(self):
        r = self
        return [
            (10, lambda t: r.start(t)),
            (16, lambda t: r.step(t)),
            (10, lambda t: r.end(t)),
            (6, lambda t: r.alloc(t)),
            (3, lambda t: [r.rec(t, 'TSU%05d' % r.ri(1, 99999), 'IEF125I %s - LOGGED ON - TIME=%s' % (r.ch(['USR01', 'OPSJ', 'DBA02', 'SYSPRG1']), r.tm_(t)))]),
            (3, lambda t: [r.rec(t, '', '$HASP309 INIT %2d INACTIVE ******** C=%s' % (r.ri(1, 40), r.ch(['A', 'AB', 'ABC', 'S'])))]),
            (1, lambda t: [r.rec(t, 'STC%05d' % r.ri(1, 9999), 'IEE362I SMF ENTER DUMP FOR SYS1.MAN%d ON SMF00%d' % (r.ri(1, 3), r.ri(1, 3)))]),
            (0.8, lambda t: [r.rec(t, '', '$HASP050 JES2 RESOURCE SHORTAGE OF JOES - %d%% UTILIZATION REACHED' % r.ch([80, 85, 90]), route='4000000')]),
            (0.5, lambda t: [r.rec(t, 'STC%05d' % r.ri(1, 9999), 'IEE986E SMF HAS USED %d%% OF AVAILABLE BUFFER SPACE' % r.ch([25, 50, 75]), route='0020000')]),
        ]

    def start(self, t):
        j = self.newjob()
        return [self.rec(t, j['id'], '$HASP373 %-8s STARTED - INIT %2d   - CLASS %s        - SYS %s' % (j['name'], self.ri(1, 40), self.ch('ABCK'), self.sys)),
                self.rec(t, j['id'], 'IEF403I %s - STARTED - TIME=%s' % (j['name'], self.tm_(t)))]

    def step(self, t):
        j = self.job()
        j['step'] += 1
        st = STEPS[j['step'] % len(STEPS)]
        return [self.rec(t, j['id'], 'IEF142I %s %s - STEP WAS EXECUTED - COND CODE %04d' % (j['name'], st, self.ch([0, 0, 0, 0, 4])))]

    def end(self, t):
        if not self.running:
            return self.start(t)
        j = self.running.pop(0)
        return [self.rec(t, j['id'], 'IEF404I %s - ENDED - TIME=%s' % (j['name'], self.tm_(t))),
                self.rec(t, j['id'], '$HASP395 %-8s ENDED - RC=%04d' % (j['name'], self.ch([0, 0, 0, 4])))]

    def alloc(self, t):
        j = self.job()
        ds = 'PROD.%s.%s' % (j['name'], self.ch(['MASTER', 'EXTRACT', 'REPORT', 'SORTOUT']))
        return [self.rec(t, j['id'], 'IEF196I IEF237I %04X ALLOCATED TO SYS%05d' % (self.ri(0x0A00, 0x0AFF), self.ri(1, 99999))),
                self.rec(t, j['id'], 'IEF196I IEF285I   %-44s KEPT' % ds),
                self.rec(t, j['id'], 'IEF196I IEF285I   VOL SER NOS= PRD%03d.' % self.ri(1, 120))]

    def error(self, t, i):
        j = self.job()
        if i == 0:
            n = self.ch(JOBS)
            jid = 'JOB%05d' % self.ri(1, 99999)
            return [self.rec(t, jid, 'IEFC452I %s - JOB NOT RUN - JCL ERROR' % n),
                    self.rec(t, jid, '$HASP396 %-8s TERMINATED' % n)]
        if i == 1:
            st = self.ch(STEPS)
            return [self.rec(t, j['id'], 'IEF450I %s %s - ABEND=S806 U0000 REASON=00000004' % (j['name'], st)),
                    self.rec(t, j['id'], '$HASP395 %-8s ENDED - ABEND=S806' % j['name'])]
        return [self.rec(t, j['id'], 'IEC141I 013-18,IGG0191B,%s,%s,INFILE,%04X,PRD%03d,PROD.%s.PARMLIB(%s)' % (
            j['name'], self.ch(STEPS), self.ri(0x0A00, 0x0AFF), self.ri(1, 120), j['name'], self.ch(['CTL01', 'DATES', 'SELECT'])))]

    def new_error(self, t):
        j = self.job()
        if self.new == 'racf':
            self.mlid = self.mlid % 999 + 1
            return [self.rec(t, j['id'], 'ICH408I USER(BATCH01 ) GROUP(PRODGRP ) NAME(PROD BATCH          ) %d' % self.mlid, rt='M')] + self.cont([
                '  PROD.PAYROLL.MASTER CL(DATASET ) VOL(PRD%03d)' % self.ri(1, 120), '  INSUFFICIENT ACCESS AUTHORITY', '  FROM PROD.PAYROLL.** (G)',
                '  ACCESS INTENT(UPDATE )  ACCESS ALLOWED(READ   )'], self.mlid)
        return [self.rec(t, 'STC%05d' % self.ri(1, 9999), 'DSNT500I -DBP1 DSNTFRCV RESOURCE UNAVAILABLE', rt='M')] + self.cont([
            '           REASON 00C90081', '           TYPE 00000200', '           NAME PAYDB.PAYTS%02d' % self.ri(1, 20)], self.mlid)

    def disk(self, t):
        j = self.job()
        st = self.ch(STEPS)
        code = self.ch(['B37', 'E37'])
        mid = 'IEC030I' if code == 'B37' else 'IEC032I'
        return [self.rec(t, j['id'], '%s %s-04,IFG0554A,%s,%s,OUTFILE,%04X,PRD%03d,PROD.%s.EXTRACT' % (mid, code, j['name'], st, self.ri(0x0A00, 0x0AFF), self.ri(1, 120), j['name'])),
                self.rec(t, j['id'], 'IEF450I %s %s - ABEND=S%s U0000 REASON=00000004' % (j['name'], st, code))]

    def heartbeat(self, t):
        m = self.tm(t)[0]
        u = __import__('time').gmtime(int(t))
        return [self.rec(t, 'OPSAUTO', 'D T', req='C', flags='00000290'),
                self.rec(t, 'OPSAUTO', 'IEE136I LOCAL: TIME=%02d.%02d.%02d DATE=%04d.%03d  UTC: TIME=%02d.%02d.%02d DATE=%04d.%03d' % (
                    m.tm_hour, m.tm_min, m.tm_sec, m.tm_year, m.tm_yday, u.tm_hour, u.tm_min, u.tm_sec, u.tm_year, u.tm_yday))]


# =================================================================== CICS
class Cics(Fmt):
    key = 'cics'
    label = 'IBM CICS TS message log (MSGUSR/CSMT)'
    fnames = ['CICSPRD1.MSGUSR.txt', 'CICSPRD1.CSMT.log']
    weight = 1.2
    caps = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'panic')
    lat_name = 'application TD message "elapsed N ms"'
    retry_name = 'DFHDB2037 CICS-DB2 attachment waiting for DB2'
    panic_name = 'region abend: DFHAC2206 abend ASRA, DFHAP0001 abend 0C4/AKEA, SDUMP, DFHKE1800 ABNORMAL TERMINATION OF CICS'
    hb_period = 90.0

    def init(self):
        self.applid = self.name.split('.')[0]
        self.db2 = self.ch(['DBP1', 'DB2P', 'DSNP'])
        self.trans = [('PAY1', 'PAYP001'), ('ACC1', 'ACCP002'), ('CUSQ', 'CUSP010'), ('POL2', 'POLP200'), ('CLM3', 'CLMP030')]
        self.users = ['JSMITH', 'MGARCIA', 'PNGUYEN', 'AKUMAR', 'TMUELLER', 'OPS001', 'BATCHUSR']
        self.err_names = ['DFHAC2236 abend AKCT (terminal read timeout)', 'DFHXS1111 security violation', 'DFHAC2236 abend AEY9 (DB2 not available)']
        self.new_name = 'DFHAC2016 transaction cannot run because program is not enabled'

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%02d/%02d/%04d %02d:%02d:%02d' % (m[1], m[2], m[0], m[3], m[4], m[5]))
        return p

    def M(self, t, mid, msg):
        return '%s %s %s %s' % (mid, self.ts(t), self.applid, msg)

    def term(self):
        return 'T%03d' % self.ri(1, 400)

    def templates(self):
        r = self
        return [
            (12, lambda t: [r.M(t, 'DFHSN1100', 'Signon at terminal %s by user %s is complete.' % (r.term(), r.ch(r.users)))]),
            (10, lambda t: [r.M(t, 'DFHSN1200', 'Signoff at terminal %s by user %s is complete. %d transactions entered with %d errors.' % (r.term(), r.ch(r.users), r.ri(1, 300), r.ch([0, 0, 0, 1])))]),
            (6, lambda t: [r.M(t, 'DFHZC3462I', '%s CSNE Node LU%05d session terminated. ((2) Module name: DFHZCLS)' % (r.term(), r.ri(1, 99999)))]),
            (12, lambda t: r.app(t)),
            (3, lambda t: [r.M(t, 'DFHPG0101', 'CICSUSER CEDA Resource definition for %s has been added.' % r.ch(r.trans)[1])]),
            (1, lambda t: [r.M(t, 'DFHSO0107', 'TCPIPSERVICE HTTP%04d has been opened on port %d at IP address ANY.' % (r.ri(8080, 8099), r.ri(8080, 8099)))]),
            (0.8, lambda t: [r.M(t, 'DFHZC2405', 'Node LU%05d not available. ((1) Module name: DFHZOPN)' % r.ri(1, 99999))]),
            (0.5, lambda t: [r.M(t, 'DFHTM1703', 'Transaction %s purged by CEMT after waiting %d seconds.' % (r.ch(r.trans)[0], r.ri(60, 600)))]),
        ]

    def app(self, t):
        tr, pg = self.ch(self.trans)
        code = {'PAY1': 'PAYR', 'ACC1': 'ACCT', 'CUSQ': 'CUST', 'POL2': 'POLY', 'CLM3': 'CLMS'}[tr]
        return ['%s%04dI %s %s %s %s %s' % (code, self.ri(10, 99), self.ts(t), self.applid, tr, pg,
                                             self.ch(['item %d posted, elapsed %d ms', 'request %d completed, elapsed %d ms', 'record %d updated, elapsed %d ms']) % (self.ri(10 ** 5, 10 ** 7), self.dur(t, 35)))]

    def error(self, t, i):
        tr, pg = self.ch(self.trans)
        if i == 0:
            return [self.M(t, 'DFHAC2236', 'Transaction %s abend AKCT in program %s term %s. Updates to local recoverable resources will be backed out.' % (tr, pg, self.term()))]
        if i == 1:
            return [self.M(t, 'DFHXS1111', 'Security violation has been detected term id = %s, transaction id = %s, userid = %s.' % (self.term(), tr, self.ch(self.users)))]
        return [self.M(t, 'DFHAC2236', 'Transaction %s abend AEY9 in program %s term %s. Updates to local recoverable resources will be backed out.' % (tr, pg, self.term()))]

    def new_error(self, t):
        return [self.M(t, 'DFHAC2016', 'Transaction PAY9 cannot run because program PAYP009 is not enabled.')]

    def retry(self, t):
        return [self.M(t, 'DFHDB2037', 'DB2 subsystem %s unavailable. The CICS-DB2 attachment facility is waiting for %s to start.' % (self.db2, self.db2))]

    def retry_ok(self, t):
        return [(0.0, self.retry(t)), (30.0, self.retry(t + 30)),
                (60.0, [self.M(t + 60, 'DFHDB2023I', 'The CICS-DB2 attachment has connected to DB2 subsystem %s' % self.db2)])]

    def heartbeat(self, t):
        return [self.M(t, 'DFHRM0205', 'An activity keypoint has been successfully taken.')]

    def startup(self, t):
        L = [('DFHPA1101', 'DFHSIT IS BEING LOADED.'),
             ('DFHPA1108', 'DFHSIT HAS BEEN LOADED. (GENERATED AT: MM/DD= 01/15 HH:MM= 10:22).'),
             ('DFHPA1100', 'OVERRIDE PARAMETERS FROM JCL EXEC STATEMENT: START=AUTO,SYSIDNT=%s' % self.applid[-4:]),
             ('DFHSI1500', 'CICS startup is in progress for CICS Transaction Server Version 5.6.0'),
             ('DFHDM0101I', 'CICS is initializing.'),
             ('DFHSI1502I', 'CICS startup is Warm.'),
             ('DFHSI1503I', 'Terminal data sets are being opened.'),
             ('DFHDB2023I', 'The CICS-DB2 attachment has connected to DB2 subsystem %s' % self.db2),
             ('DFHSI1517', 'Control is being given to CICS.')]
        out = []
        dt = 0.0
        for mid, m in L:
            out.append((dt, [self.M(t + dt, mid, m)]))
            dt += self.r.uniform(0.2, 3.0)
        return out

    def shutdown(self, t):
        L = [('DFHTM1715', 'CICS is being quiesced by userid CICSUSER in transaction CEMT.'),
             ('DFHDB2025I', 'The CICS-DB2 attachment has disconnected from DB2 subsystem %s' % self.db2),
             ('DFHTM1782I', 'All non-system tasks have been successfully terminated.'),
             ('DFHKE1799', 'TERMINATION OF CICS IS COMPLETE.')]
        out = []
        dt = 0.0
        for mid, m in L:
            out.append((dt, [self.M(t + dt, mid, m)]))
            dt += self.r.uniform(0.5, 4.0)
        return out

    def panic(self, t):
        tr, pg = self.trans[0]
        off = self.HX(8)
        L = [(0.0, 'DFHAC2206', 'Transaction %s failed with abend ASRA. Updates to local recoverable resources backed out.' % tr),
             (0.01, 'DFHAP0001', "An abend (code 0C4/AKEA) has occurred at offset X'%s' in module DFHFCFR." % off),
             (0.02, 'DFHME0116', '(Module:DFHMEME) CICS symptom string for message DFHAP0001 is PIDS/5655Y0400 LVLS/730 MS/DFHAP0001 RIDS/DFHFCFR PTFS/UI%05d AB/S00C4 AB/UAKEA RIDS/DFHSRP ADRS/%s' % (self.ri(10000, 99999), off)),
             (0.03, 'DFHSR0601', 'Program interrupt occurred with system task III in control'),
             (0.05, 'DFHDU0201', 'ABOUT TO TAKE SDUMP. DUMPCODE: AP0001 , DUMPID: %d/0001' % self.ri(1, 99)),
             (4.5, 'DFHDU0202', "SDUMPX COMPLETE. SDUMPX RETURN CODE X'00'"),
             (5.0, 'DFHKE1800', 'ABNORMAL TERMINATION OF CICS IS COMPLETE.')]
        out = []
        for dt, mid, m in L:
            out.append((dt, [self.M(t + dt, mid, m)]))
        return out


# ================================================================= AutoSys
class AutoSys(Fmt):
    key = 'autosys'
    label = 'AutoSys event demon log'
    fnames = ['event_demon.PRD', 'event_demon.ACE']
    curve = 'batch'
    weight = 0.9
    caps = ('error_burst', 'new_error', 'retry_storm')
    retry_name = 'CHANGE_STATUS STATUS: RESTART (job retries)'

    def init(self):
        pre = self.ch(['FIN', 'DW', 'CORE', 'PAY'])
        self.jobs = ['%s_%s_%02d' % (pre, x, self.ri(1, 20)) for x in ['GL_LOAD', 'AR_EXTRACT', 'FX_REVAL', 'STMT_GEN', 'EOD_CHECK', 'FEED_SFTP', 'RECON', 'ARCHIVE', 'DW_STAGE', 'DW_MERGE', 'BOX_EOD', 'FW_FEED']]
        self.machs = ['%s%s%02d' % (self.ch(['etlsrv', 'batch', 'appsrv']), self.ctx.site, i) for i in range(1, 5)]
        self.run = []
        self.err_names = ['ALARM: JOBFAILURE (STATUS: FAILURE)', 'ALARM: MAXRUNALARM', 'ALARM: STARTJOBFAIL']
        self.new = self.ch(['MACHINE_UNAVAILABLE', 'MISSING_HEARTBEAT', 'DB_PROBLEM'])
        self.new_name = 'ALARM: %s' % self.new

    def ts(self, t):
        p, f = self.cached(t, lambda m: '[%02d/%02d/%04d %02d:%02d:%02d]' % (m[1], m[2], m[0], m[3], m[4], m[5]))
        return p

    def E(self, t, msg, code='CAUAJM_I_40245'):
        return '%s      %s %s' % (self.ts(t), code, msg)

    def st(self, t, status, job, mach, extra=''):
        return self.E(t, 'EVENT: CHANGE_STATUS    STATUS: %-15s JOB: %s MACHINE: %s%s' % (status, job, mach, extra))

    def templates(self):
        return [(8, self.start), (8, self.finish), (3, self.box), (2, self.inactive), (0.6, self.force), (0.4, self.kill)]

    def force(self, t):
        j = self.ch(self.jobs[:10])
        return [self.E(t, 'EVENT: FORCE_STARTJOB   JOB: %s' % j),
                self.st(t, 'STARTING', j, self.ch(self.machs))]

    def kill(self, t):
        if not self.run:
            return self.box(t)
        j, m = self.run.pop()
        return [self.E(t, 'EVENT: KILLJOB          JOB: %s' % j),
                self.st(t, 'TERMINATED', j, m, ' EXITCODE:  -656')]

    def start(self, t):
        j = self.ch(self.jobs)
        m = self.ch(self.machs)
        self.run.append((j, m))
        if len(self.run) > 50:
            self.run.pop(0)
        return [self.E(t, 'EVENT: STARTJOB         JOB: %s' % j),
                self.st(t, 'STARTING', j, m),
                self.E(t, '[%s connected for %s %d.%d_1]' % (m, j, self.ri(10 ** 4, 10 ** 5), self.ri(10 ** 7, 10 ** 8)), 'CAUAJM_I_10082'),
                self.st(t, 'RUNNING', j, m)]

    def finish(self, t):
        if not self.run:
            return self.start(t)
        j, m = self.run.pop(0)
        return [self.st(t, 'SUCCESS', j, m, ' EXITCODE:  0')]

    def box(self, t):
        return [self.E(t, 'EVENT: CHANGE_STATUS    STATUS: %-15s JOB: %s' % (self.ch(['ACTIVATED', 'SUCCESS', 'RUNNING']), self.jobs[10]))]

    def inactive(self, t):
        return [self.E(t, 'EVENT: CHANGE_STATUS    STATUS: %-15s JOB: %s' % (self.ch(['INACTIVE', 'ON_HOLD', 'OFF_HOLD']), self.ch(self.jobs)))]

    def error(self, t, i):
        j = self.ch(self.jobs)
        m = self.ch(self.machs)
        if i == 0:
            c = self.ch([1, 2, 8, 12, 127])
            return [self.st(t, 'FAILURE', j, m, ' EXITCODE:  %d' % c),
                    self.E(t, 'EVENT: ALARM            ALARM: JOBFAILURE       JOB: %s MACHINE: %s EXITCODE:  %d' % (j, m, c))]
        if i == 1:
            return [self.E(t, 'EVENT: ALARM            ALARM: MAXRUNALARM      JOB: %s MACHINE: %s' % (j, m))]
        return [self.E(t, 'EVENT: ALARM            ALARM: STARTJOBFAIL     JOB: %s MACHINE: %s' % (j, m))]

    def new_error(self, t):
        return [self.E(t, 'EVENT: ALARM            ALARM: %-16s JOB: %s MACHINE: %s' % (self.new, self.ch(self.jobs), self.ch(self.machs)))]

    def retry(self, t):
        return [self.st(t, 'RESTART', self.ch(self.jobs), self.ch(self.machs))]

    def retry_ok(self, t):
        j = self.ch(self.jobs)
        m = self.ch(self.machs)
        return [(0.0, [self.st(t, 'RESTART', j, m)]), (1.0, [self.st(t + 1, 'STARTING', j, m)]), (2.0, [self.st(t + 2, 'RUNNING', j, m)])]

    def heartbeat(self, t):
        return [self.E(t, 'EVENT: HEARTBEAT        JOB: %s' % self.jobs[-1])]

    def startup(self, t):
        L = [('CAUAJM_I_50190', 'Scheduler processing initiated on %s.' % self.machs[0]),
             ('CAUAJM_I_50100', 'Connected to Event Server PRD on dbhost%s.' % self.ctx.site),
             ('CAUAJM_I_40245', 'EVENT: ALARM            ALARM: EP_HIGH_AVAIL    JOB: (none) MACHINE: %s' % self.machs[0]),
             ('CAUAJM_I_50191', 'Scheduler is now RUNNING in PRIMARY mode.')]
        out = []
        dt = 0.0
        for c, m in L:
            out.append((dt, [self.E(t + dt, m, c)]))
            dt += self.r.uniform(0.5, 3)
        return out

    def shutdown(self, t):
        return [(0.0, [self.E(t, 'EVENT: ALARM            ALARM: EP_SHUTDOWN      JOB: (none) MACHINE: %s' % self.machs[0])]),
                (1.0, [self.E(t + 1, 'Scheduler shutting down by request (sendevent -E STOP_DEMON).', 'CAUAJM_I_50192')])]


FORMATS = {c.key: c for c in (ZosSyslog, Cics, AutoSys)}
