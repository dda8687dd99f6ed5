"""Enterprise-middleware formats: IBM MQ AMQERR01.LOG, Tuxedo ULOG, TIBCO EMS, Informatica session
log, MuleSoft mule_ee.log (with Tanuki wrapper lines), Apache Karaf/ServiceMix with Camel."""
from fbase import F, hx, HX, guid, lognorm, wrap, MON, DOW

MQV = {2018: '9.0.0.5', 2019: '9.1.0.2', 2020: '9.1.0.6', 2021: '9.2.0.2', 2022: '9.2.0.6', 2023: '9.3.0.5',
       2024: '9.3.0.15', 2025: '9.4.0.7', 2026: '9.4.0.12'}

MQ = {
    'AMQ9002I': ("Channel '{ch}' is starting.", "Channel '{ch}' is starting.", "None.", 'amqrccca.c : 1053', 'amqrmppa'),
    'AMQ9209E': ("Connection to host '{host}' for channel '{ch}' closed.",
                 "An error occurred receiving data from '{host}' over TCP/IP.  The connection to the remote host has unexpectedly terminated.\n\nThe channel name is '{ch}'; in some cases it cannot be determined and so is shown as '????'.",
                 "Tell the systems administrator.", 'amqccita.c : 4311', 'amqrmppa'),
    'AMQ9999E': ("Channel '{ch}' to host '{host}' ended abnormally.",
                 "The channel program running under process ID {pid} for channel '{ch}' ended abnormally. The host name is '{host}'; in some cases the host name cannot be determined and so is shown as '????'.",
                 "Look at previous error messages for the channel program in the error logs to determine the cause of the failure. Note that this message can be excluded completely or suppressed by tuning the \"ExcludeMessage\" or \"SuppressMessage\" attributes under the \"QMErrorLog\" stanza in qm.ini. Further information can be found in the System Administration Guide.",
                 'amqrmrsa.c : 938', 'amqrmppa'),
    'AMQ9202E': ("Remote host '{host}' not available, retry later.",
                 "The attempt to allocate a conversation using TCP/IP to host '{host}' for channel {ch} was not successful.  However the error may be a transitory one and it may be possible to successfully allocate a TCP/IP conversation later.\n\nIn some cases the remote host cannot be determined and so is shown as '????'.",
                 "Try the connection again later. If the failure persists, record the error values and contact your systems administrator. The return code from TCP/IP is 111 (X'6F'). The reason for the failure may be that this host cannot reach the destination host. It may also be possible that the listening program at host '{host}' was not running.  If this is the case, perform the relevant operations to start the TCP/IP listening program, and try again.",
                 'amqccita.c : 1854', 'runmqchl'),
    'AMQ7467I': ("The oldest log file required to start queue manager {qm} is {lf}.",
                 "The log file {lf} contains the oldest log record required to restart the queue manager. Log records older than this may be required for media recovery.",
                 "You can move log files older than {lf} to an archive medium to release space in the log directory. If you move any of the log files required to recreate objects from their media images, you will have to restore them to recreate the objects.",
                 'amqalchk.c : 896', 'amqzmuc0'),
    'AMQ7468I': ("The oldest log file required to perform media recovery of queue manager {qm} is {lf}.",
                 "The log file {lf} contains the oldest log record required to recreate any of the objects from their media images. Any log files prior to this will not be accessed by media recovery operations.",
                 "You can move log files older than {lf} to an archive medium to release space in the log directory.",
                 'amqalchk.c : 929', 'amqzmuc0'),
    'AMQ8077W': ("Entity '{user}' has insufficient authority to access object '{obj}'.",
                 "The specified entity is not authorized to access the required object. The following requested permissions are unauthorized: put",
                 "Ensure that the correct level of authority has been set for this entity against the required object, or ensure that the entity is a member of a privileged group.",
                 'amqzfubn.c : 702', 'amqzlaa0'),
    'AMQ9545I': ("Disconnect interval expired.",
                 "Channel '{ch}' closed because no messages arrived on the transmission queue within the disconnect interval period.",
                 "None.", 'amqrmrsa.c : 1452', 'runmqchl'),
    'AMQ9637E': ("Channel is lacking a certificate.",
                 "The channel is lacking a certificate to use for the SSL handshake. The channel name is '{ch}' (if '????' it is unknown at this stage in the SSL processing).\n\nThe channel did not start.",
                 "Make sure the appropriate certificates are correctly configured in the key repositories for both ends of the channel.",
                 'amqccisa.c : 9143', 'amqrmppa'),
    'AMQ6708E': ("A disk full condition was encountered when formatting a new log file in location '{logdir}'.",
                 "The queue manager attempted to format a new log file in directory '{logdir}'. The drive or file system containing this directory did not have sufficient free space to contain the new log file.",
                 "Increase the amount of space available for log files and retry the request.",
                 'amqhlge0.c : 656', 'amqzmuc0'),
}


class AMQErr(F):
    key = 'AMQERR01.LOG'
    weight = 0.9
    res = 1000
    lpe = 16
    maxrate = 12
    hb_every = 900

    def setup(self, r):
        self.win = self.sc['mqwin']
        self.eol = '\r\n' if self.win else '\n'
        v = MQV[self.year]
        if self.sc.get('need_abs') and v < '9.1':
            v = '9.1.0.0'
        if self.year <= 2019 and not self.sc.get('need_abs') and r.random() < 0.4:
            v = '8.0.0.%d' % r.randrange(6, 12)
        self.vrmf = v
        self.timefld = v >= '9.1'
        self.absolute = self.timefld
        self.qm = r.choice(['QM1', 'QMPROD01', 'QM_APP', 'GWQM01'])
        self.host = self.sc['host'].lower()
        self.user = 'MUSR_MQADMIN' if self.win else 'mqm'
        self.pids = [r.randrange(1000, 60000) for _ in range(6)]
        self.lfn = r.randrange(100, 9000)
        self.logdir = ('C:\\ProgramData\\IBM\\MQ\\log\\%s\\active\\' if self.win else '/var/mqm/log/%s/active/') % self.qm
        self.clients = [('app%02d (10.%d.%d.%d)' % (i, r.randrange(1, 50), r.randrange(255), r.randrange(1, 254))) for i in range(1, 7)]
        self.chs = ['APP.SVRCONN', 'ORDERS.SVRCONN', 'MQEXPLORER.SVRCONN']
        self.sdr = '%s.TO.HUB' % self.qm
        self.hub = 'mqhub01 (10.%d.%d.%d) (1414)' % (r.randrange(1, 50), r.randrange(255), r.randrange(1, 254))

    def entry(self, t, r, code, **kw):
        head, expl, act, src, prog = MQ[code]
        kw.setdefault('qm', self.qm)
        kw.setdefault('lf', 'S%07d.LOG' % self.lfn)
        kw.setdefault('pid', '%d(%d)' % (self.pids[0], r.randrange(1, 40)))
        kw.setdefault('logdir', self.logdir)
        kw.setdefault('user', 'appuser')
        kw.setdefault('obj', 'ORDERS.IN')
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        ap = 'AM' if h < 12 else 'PM'
        p = prog + ('.exe' if self.win else '')
        out = ['%02d/%02d/%04d %02d:%02d:%02d %s - Process(%d.%d) User(%s) Program(%s)' % (M, D, Y, h % 12 or 12, mi, se, ap, r.choice(self.pids), r.randrange(1, 60), self.user, p),
               '                    Host(%s) Installation(Installation1)' % self.host,
               '                    VRMF(%s) QMgr(%s)' % (self.vrmf, self.qm)]
        if self.timefld:
            (uY, uM, uD, uh, umi, use, _), ums = self.U(t)
            out.append('                    Time(%04d-%02d-%02dT%02d:%02d:%02d.%03dZ)' % (uY, uM, uD, uh, umi, use, ums))
            if 'ch' in kw:
                out.append('                    CommentInsert1(%s)' % kw['ch'])
            if 'host' in kw:
                out.append('                    CommentInsert2(%s)' % kw['host'])
        out.append('                   ')
        out += wrap('%s: %s' % (code, head.format(**kw)), 76)
        out.append('')
        out.append('EXPLANATION:')
        for para in expl.format(**kw).split('\n'):
            out += wrap(para, 76) if para else ['']
        out.append('ACTION:')
        out += wrap(act.format(**kw), 76)
        s = '----- %s ' % src
        out.append(s + '-' * (79 - len(s)))
        return '\n'.join(out)

    def normal(self, t, r, lat, fail):
        x = r.random()
        if x < 0.40:
            return self.entry(t, r, 'AMQ9002I', ch=r.choice(self.chs + [self.sdr]))
        if x < 0.55:
            return self.entry(t, r, 'AMQ9545I', ch=self.sdr)
        if x < 0.85:
            return self.entry(t, r, 'AMQ9209E', ch=r.choice(self.chs), host=r.choice(self.clients[1:]))
        return self.entry(t, r, 'AMQ9999E', ch=r.choice(self.chs), host=r.choice(self.clients[1:]))

    def hb(self, t, r):
        self.lfn += 1
        return self.entry(t, r, 'AMQ7467I', lf='S%07d.LOG' % self.lfn) + '\n' + self.entry(t + 2, r, 'AMQ7468I', lf='S%07d.LOG' % (self.lfn - 3))

    def warn(self, t, r):
        return self.entry(t, r, 'AMQ8077W', user=r.choice(['appuser', 'svc_orders', 'jdoe']), obj=r.choice(['ORDERS.IN', 'INVOICE.OUT', 'SYSTEM.ADMIN.COMMAND.QUEUE']))

    def err(self, t, r):
        if r.random() < 0.3:
            return self.burst(t, r)
        return self.entry(t, r, 'AMQ8077W', user='svc_reports', obj='REPORTS.REPLY')

    def burst(self, t, r):
        return self.entry(t, r, 'AMQ9209E', ch=self.chs[1], host=self.clients[0])

    def newerr(self, t, r):
        return self.entry(t, r, 'AMQ9637E', ch='APP.TLS.SVRCONN')

    def retry(self, t, r, i):
        if i % 3 == 2:
            return self.entry(t, r, 'AMQ9999E', ch=self.sdr, host=self.hub)
        return self.entry(t, r, 'AMQ9202E', ch=self.sdr, host=self.hub)

    def disk(self, t, r):
        return self.entry(t, r, 'AMQ6708E')


class ULOG(F):
    key = 'ULOG'
    weight = 1.0
    res = 1000

    def setup(self, r):
        (Y, M, D, h, mi, se, _), ms = self.P(self.sc['W0'])
        self.fname = 'ULOG.%02d%02d%02d' % (M, D, Y % 100)
        self.uname = self.sc['host'].lower()
        self.srv = [('ORDSRV', r.randrange(2000, 40000)), ('INVSRV', r.randrange(2000, 40000)), ('CUSTSRV', r.randrange(2000, 40000)),
                    ('BATCHSRV', r.randrange(2000, 40000))]
        self.sys = [('BBL', r.randrange(1000, 3000)), ('WSL', r.randrange(1000, 3000)), ('WSH', r.randrange(3000, 9000)),
                    ('GWTDOMAIN', r.randrange(1000, 3000)), ('TMS_ORA', r.randrange(3000, 9000))]
        self.svcs = {'ORDSRV': ['ORD_CREATE', 'ORD_STATUS', 'ORD_CANCEL'], 'INVSRV': ['INV_RESERVE', 'INV_QUERY'],
                     'CUSTSRV': ['CUST_LOOKUP', 'CUST_UPDATE'], 'BATCHSRV': ['BATCH_RUN']}
        self.rel = 12201 if self.year >= 2019 else 12110

    def L(self, t, proc, pid, msg, tid=1):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return '%02d%02d%02d.%s!%s.%d.%d.0: %s' % (h, mi, se, self.uname, proc, pid, tid, msg)

    def normal(self, t, r, lat, fail):
        x = r.random()
        if x < 0.85:
            p, pid = r.choice(self.srv)
            svc = r.choice(self.svcs[p])
            return self.L(t, p, pid, '%s: svc=%s rc=0 elapsed=%dms' % (p, svc, int(lognorm(r, 40, 0.6))), r.randrange(1, 5))
        if x < 0.93:
            p, pid = self.sys[2]
            return self.L(t, p, pid, 'WSNAT_CAT:1027: INFO: Work station handler: client %s connected' % ('10.%d.%d.%d' % (r.randrange(1, 50), r.randrange(255), r.randrange(1, 254))))
        p, pid = self.sys[4]
        return self.L(t, p, pid, 'gtrid x0 x%x x%x: LIBTUX_CAT:%d: INFO: Transaction committed' % (r.getrandbits(28), r.randrange(1, 99999), 1336))

    def hb(self, t, r):
        p, pid = self.srv[3]
        return self.L(t, p, pid, 'BATCHSRV: heartbeat queue_depth=%d' % r.randrange(0, 40))
    hb_every = 120

    def warn(self, t, r):
        p, pid = self.srv[0]
        return self.L(t, p, pid, 'LIBTUX_CAT:1286: WARN: tpreturn message send blocking, server will wait')

    def err(self, t, r):
        if r.random() < 0.5:
            return self.burst(t, r)
        p, pid = self.srv[2]
        return self.L(t, p, pid, 'CUSTSRV: ERROR: tpcall(CUST_LOOKUP) failed: TPENOENT - no entry found')

    def burst(self, t, r):
        p, pid = self.srv[0]
        return self.L(t, p, pid, 'ORDSRV: ERROR: tpcall(INV_RESERVE) failed: TPETIME - timeout occured', r.randrange(1, 5))

    def newerr(self, t, r):
        p, pid = self.srv[1]
        return self.L(t, p, pid, 'INVSRV: ERROR: Fget32 failed for field INV_QTY: FNOTPRES - field not present', r.randrange(1, 5))

    def retry(self, t, r, i):
        p, pid = self.sys[3]
        return self.L(t, p, pid, 'GWT_CAT:1311: WARN: Cannot connect to remote domain TDOM_CORE, will retry in 30 seconds (attempt %d)' % (i + 1))


class TibEMS(F):
    key = 'tibemsd.log'
    weight = 1.0
    res = 1
    lpe = 1.05

    def setup(self, r):
        self.ver = {2018: '8.4.0', 2019: '8.5.0', 2020: '8.5.1', 2021: '8.6.0', 2022: '10.1.0', 2023: '10.2.1', 2024: '10.3.0', 2025: '10.4.0', 2026: '10.4.0'}[self.year]
        self.srvname = r.choice(['EMS-PROD-01', 'EMS-SERVER', 'EMS-A'])
        self.users = ['orders', 'billing', 'esb', 'admin', 'monitor', 'crm']
        self.apps = ['app%02d.%s' % (i, self.sc['domain']) for i in range(1, 9)]
        self.qs = ['orders.new', 'orders.status', 'billing.invoice', 'crm.customer.update', 'esb.audit', 'esb.dlq']
        self.cid = r.randrange(100, 5000)
        self.ds = '/data/ems/datastore'

    def L(self, t, msg):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return '%04d-%02d-%02d %02d:%02d:%02d.%03d %s' % (Y, M, D, h, mi, se, ms, msg)

    def normal(self, t, r, lat, fail):
        x = r.random()
        self.cid += 1
        u, a = r.choice(self.users), r.choice(self.apps)
        if x < 0.55:
            return self.L(t, '[MSG:%d] %s from user=\'%s\' connID=%d msgID=\'ID:%s.%s:%d\' mode=%s %s=\'%s\'' % (
                r.randrange(10 ** 6, 10 ** 7), r.choice(['Received', 'Received', 'Delivered to consumer']), u, r.randrange(100, 5000),
                self.srvname, HX(r, 10), r.randrange(1, 99999), r.choice(['persistent', 'persistent', 'reliable']), 'queue', r.choice(self.qs)))
        if x < 0.72:
            return self.L(t, '[%s@%s]: connect' % (u, a))
        if x < 0.88:
            return self.L(t, '[%s@%s]: disconnect' % (u, a))
        return self.L(t, '[admin@%s]: %s' % (self.apps[0], r.choice(['show stat server', 'show queues', 'show connections'])))

    def hb(self, t, r):
        return self.L(t, 'Server heartbeat: pending messages=%d, pending size=%dKB, connections=%d' % (r.randrange(0, 900), r.randrange(10, 90000), r.randrange(20, 90)))
    hb_every = 60

    def warn(self, t, r):
        return self.L(t, 'WARNING: Client heartbeat expired, closing connection: [user=%s, host=%s, connID=%d]' % (r.choice(self.users), r.choice(self.apps), r.randrange(100, 5000)))

    def err(self, t, r):
        if r.random() < 0.5:
            return self.burst(t, r)
        return self.L(t, '[%s@%s]: connect failed: not allowed to connect as this user' % ('guest', r.choice(self.apps)))

    def burst(self, t, r):
        return self.L(t, "WARNING: Queue 'esb.dlq' reached maxbytes limit of 512MB, message rejected [user=esb, connID=%d]" % r.randrange(100, 5000))

    def newerr(self, t, r):
        return self.L(t, "ERROR: Unable to deliver message to destination 'billing.invoice': bridge target 'billing.archive' does not exist")

    def retry(self, t, r, i):
        return self.L(t, "Route 'EMS-DR': failed to connect to tcp://ems-dr.%s:7222, will retry in 5 seconds (attempt %d)" % (self.sc['domain'], i + 1))

    def disk(self, t, r):
        return self.L(t, "SEVERE ERROR: Failed writing message to '%s/%s': No space left on device" % (self.ds, r.choice(['sync-msgs.db', 'async-msgs.db', 'meta.db'])))

    def banner(self, t, r):
        out = ['', 'TIBCO Enterprise Message Service.', 'Copyright 2003-%d TIBCO Software Inc.' % min(self.year, 2024), 'All rights reserved.', '',
               'Version %s V%d %d/%d/%d' % (self.ver, r.randrange(2, 9), r.randrange(1, 12), r.randrange(1, 28), self.year - 1), '',
               self.L(t, "Process started from '/opt/tibco/ems/%s/bin/tibemsd64'." % self.ver[:3]),
               self.L(t + 1, 'Process Id: %d' % r.randrange(2000, 60000)),
               self.L(t + 1, 'Hostname: %s' % self.sc['host'].lower()),
               self.L(t + 2, "Reading configuration from '/opt/tibco/ems/config/tibemsd.conf'."),
               self.L(t + 9, "Logging into file '/var/log/tibco/tibemsd.log'"),
               self.L(t + 10, "Server name: '%s'." % self.srvname),
               self.L(t + 10, "Storage Location: '%s'." % self.ds),
               self.L(t + 11, 'Routing is enabled.'),
               self.L(t + 11, 'Authorization is enabled.'),
               self.L(t + 12, 'Secure Socket Layer is disabled.'),
               self.L(t + 30, 'Recovering state, please wait.'),
               self.L(t + 900, 'Recovered %d messages.' % r.randrange(0, 5000)),
               self.L(t + 910, 'Server is active.')]
        return [(t, '\n'.join(out[1:-2])), (t + 900, '\n'.join(out[-2:]))]

    def stop(self, t, r):
        return [(t, self.L(t, 'Server shutdown requested by user admin.')), (t + 800, self.L(t + 800, 'Server is shutting down.'))]


class Informatica(F):
    key = 'infa'
    weight = 0.8
    res = 1000
    lpe = 2.4

    def setup(self, r):
        self.sess = r.choice(['s_m_RT_ORDERS_CDC', 's_m_LOAD_INVOICES_RT', 's_m_CDC_CUSTOMER'])
        self.fname = '%s.log' % self.sess
        self.pid = r.randrange(2000, 60000)
        self.isvc = r.choice(['IS_PROD', 'INT_SVC_PRD', 'IS_DWH'])
        self.node = 'node01_%s' % self.sc['host'].lower()
        self.tgts = ['T_ORDERS', 'T_ORDER_LINES', 'T_CUSTOMER']

    def L(self, t, sev, thr, code, msg):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return '%04d-%02d-%02d %02d:%02d:%02d : %s : (%d | %s) : (IS | %s) : %s : %s : %s' % (Y, M, D, h, mi, se, sev, self.pid, thr, self.isvc, self.node, code, msg)

    def commit(self, t, r):
        (Y, M, D, h, mi, se, wd), ms = self.P(t)
        out = [self.L(t, 'INFO', 'WRITER_1_*_1', 'WRT_8161', ''),
               'TARGET BASED COMMIT POINT  %s %s %02d %02d:%02d:%02d %04d' % (DOW[wd], MON[M - 1], D, h, mi, se, Y),
               '===================================================']
        for tg in self.tgts:
            n = r.randrange(0, 3000)
            out += ['', 'WRT_8036 Target: %s (Instance Name: [%s])' % (tg, tg),
                    'WRT_8038 Inserted rows - Requested: %-10d Applied: %-10d Rejected: %-10d Affected: %-10d' % (n, n, 0, n),
                    'WRT_8041 Updated rows  - Requested: %-10d Applied: %-10d Rejected: %-10d Affected: %-10d' % (n // 4, n // 4, 0, n // 4)]
        return '\n'.join(out)

    def normal(self, t, r, lat, fail):
        x = r.random()
        if x < 0.12:
            return self.commit(t, r)
        if x < 0.55:
            return self.L(t, 'INFO', 'READER_1_1_1', 'PWXPC_10081', '[INFO] [CDCDispatcher] raising real-time flush with restart tokens [restart1=%s], [restart2=%s]' % (HX(r, 40), HX(r, 16)))
        if x < 0.80:
            return self.L(t, 'INFO', 'READER_1_1_1', 'PWXPC_10082', '[INFO] [CDCDispatcher] Flushing [%d] rows for [%d] UOWs' % (r.randrange(1, 4000), r.randrange(1, 200)))
        return self.L(t, 'INFO', 'TRANSF_1_1_1', 'DBG_21216', 'Finished transformations for Source Qualifier [SQ_%s]. Total errors [0]' % r.choice(self.tgts)[2:])

    def hb(self, t, r):
        return self.L(t, 'INFO', 'READER_1_1_1', 'PWXPC_12060', '[INFO] [CDCRestart] Session restart information saved for [%d] sources' % 3)
    hb_every = 300

    def warn(self, t, r):
        return self.L(t, 'WARNING', 'TRANSF_1_1_1', 'CMN_1086', 'EXP_ORDERS: Number of errors exceeded threshold [0].' if False else 'TT_11023', ) if False else \
            self.L(t, 'WARNING', 'TRANSF_1_1_1', 'TE_7004', 'Transformation Parse Warning [TO_DATE(IN_ORDER_DATE, \'YYYY-MM-DD\')]; transformation continues...')

    def err(self, t, r):
        if r.random() < 0.6:
            return self.burst(t, r)
        return self.L(t, 'ERROR', 'TRANSF_1_1_1', 'TE_7007', 'Transformation Evaluation Error [<<Expression Error>> [TO_DATE]: invalid string for converting to Date')

    def burst(self, t, r):
        tg = self.tgts[0]
        return '\n'.join([self.L(t, 'ERROR', 'WRITER_1_*_1', 'WRT_8229', 'Database errors occurred: '),
                          'ORA-00001: unique constraint (DWH.PK_%s) violated' % tg[2:], '',
                          'Database driver error...', 'Function Name : Execute',
                          'SQL Stmt : INSERT INTO %s(ORDER_ID,CUSTOMER_ID,ORDER_DATE,STATUS,AMOUNT) VALUES ( ?, ?, ?, ?, ?)' % tg])

    def newerr(self, t, r):
        return '\n'.join([self.L(t, 'ERROR', 'WRITER_1_*_1', 'WRT_8229', 'Database errors occurred: '),
                          'ORA-01653: unable to extend table DWH.%s by 8192 in tablespace DWH_DATA' % self.tgts[1], '',
                          'Database driver error...', 'Function Name : Execute Multiple',
                          'SQL Stmt : INSERT INTO %s(ORDER_ID,LINE_NO,SKU,QTY,PRICE) VALUES ( ?, ?, ?, ?, ?)' % self.tgts[1]])

    def retry(self, t, r, i):
        return self.L(t, 'WARNING', 'WRITER_1_*_1', 'WRT_8346', 'Deadlock error encountered for target [%s]. Retry attempt [%d] of [10].' % (self.tgts[0], 1 + i % 10))


class Mule(F):
    key = 'mule_ee.log'
    weight = 1.5
    res = 1
    lpe = 1.3
    has_lat = True
    has_5xx = True

    def setup(self, r):
        self.m3 = self.year <= 2019 and r.random() < 0.6
        self.app = r.choice(['orders-api', 'customer-sapi', 'payments-papi', 'inventory-eapi'])
        self.ver = {2018: '4.1.4', 2019: '4.2.2', 2020: '4.3.0', 2021: '4.3.0', 2022: '4.4.0', 2023: '4.4.0', 2024: '4.6.2', 2025: '4.9.1', 2026: '4.9.6'}[self.year]
        if self.m3:
            self.ver = '3.9.%d' % r.randrange(0, 4)
        self.jvm = 1
        self.eps = [('GET', '/api/v1/orders/{id}', 80), ('GET', '/api/v1/orders', 150), ('POST', '/api/v1/orders', 260),
                    ('PUT', '/api/v1/orders/{id}/status', 120), ('GET', '/api/v1/health', 5), ('GET', '/api/v1/customers/{id}', 90)]
        self.flow = '%s-main' % self.app

    def thread(self, r):
        if self.m3:
            return '[%s].HTTP_Listener_Configuration.worker.%02d' % (self.app, r.randrange(1, 17))
        pool = 'uber' if self.ver >= '4.3' else r.choice(['cpuLight', 'io'])
        return '[MuleRuntime].%s.%02d: [%s].%s.CPU_LITE @%s' % (pool, r.randrange(1, 17), self.app, self.flow, hx(r, 8))

    def L(self, t, lvl, thread, cat, msg):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return '%-5s %04d-%02d-%02d %02d:%02d:%02d,%03d [%s] %s: %s' % (lvl, Y, M, D, h, mi, se, ms, thread, cat, msg)

    def W(self, t, kind, src, msg):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return '%-6s | %-8s | %04d/%02d/%02d %02d:%02d:%02d | %s' % (kind, src, Y, M, D, h, mi, se, msg)

    def logger(self, t, r, lvl, msg):
        th = self.thread(r)
        if self.m3:
            return self.L(t, lvl, th, 'org.mule.api.processor.LoggerMessageProcessor', msg)
        return self.L(t, lvl, th + '] [processor: %s/processors/%d; event: %s' % (self.flow, r.randrange(0, 6), guid(r)), 'org.mule.runtime.core.internal.processor.LoggerMessageProcessor', msg)

    def errblock(self, t, r, msg, etype, elem):
        th = self.thread(r)
        body = ['', '*' * 80, 'Message               : %s' % msg,
                'Element               : %s/processors/%d @ %s:%s.xml:%d (%s)' % (self.flow, elem, self.app, self.app, 30 + elem * 7, 'Request'),
                'Element DSL           : <http:request method="GET" config-ref="HTTP_Request_configuration" path="/stock"></http:request>',
                'Error type            : %s' % etype,
                'FlowStack             : at %s(%s/processors/%d @ %s:%s.xml:%d (Request))' % (self.flow, self.flow, elem, self.app, self.app, 30 + elem * 7),
                '', "  (set debug level logging or '-Dmule.verbose.exceptions=true' for everything)", '*' * 80]
        return self.L(t, 'ERROR', th, 'org.mule.runtime.core.internal.exception.OnErrorPropagateHandler', '') + '\n' + '\n'.join(body)

    def normal(self, t, r, lat, fail):
        m, p, med = r.choice(self.eps)
        p = p.replace('{id}', str(r.randrange(10000, 999999)))
        d = int(lognorm(r, med, 0.5) * lat) + 1
        if r.random() < fail:
            st = r.choice([500, 502, 503, 503, 504])
            return [(t + d, self.logger(t + d, r, 'ERROR', 'Response sent: %s %s status=%d elapsed=%dms' % (m, p, st, d)))]
        st = r.choice([200] * 40 + [201, 204, 304, 401, 404, 404])
        if m == 'POST' and st == 200:
            st = 201
        if r.random() < 0.3:
            return [(t, self.logger(t, r, 'INFO', 'Request received: %s %s' % (m, p))), (t + d, self.logger(t + d, r, 'INFO', 'Response sent: %s %s status=%d elapsed=%dms' % (m, p, st, d)))]
        return [(t + d, self.logger(t + d, r, 'INFO', 'Response sent: %s %s status=%d elapsed=%dms' % (m, p, st, d)))]

    def hb(self, t, r):
        return self.L(t, 'INFO', 'Mule.app.deployer.monitor.1.thread.1' if not self.m3 else 'Mule.app.deployer.monitor.1.thread.1', 'org.mule.runtime.module.deployment.internal.DeploymentDirectoryWatcher' if not self.m3 else 'org.mule.module.launcher.DeploymentDirectoryWatcher', 'Checking for changes in %s/apps (redeploy check)' % '/opt/mule/mule-enterprise-standalone-%s' % self.ver) if False else \
            self.logger(t, r, 'INFO', 'Scheduler heartbeat: poll-outbox found %d pending events' % r.randrange(0, 12))
    hb_every = 60

    def warn(self, t, r):
        return self.L(t, 'WARN', self.thread(r), 'org.mule.runtime.module.extension.internal.runtime.config.LifecycleAwareConfigurationInstance', 'Connection validation for config \'Database_Config\' took %dms' % r.randrange(1500, 5000))

    def err(self, t, r):
        if r.random() < 0.5:
            return self.burst(t, r)
        return self.errblock(t, r, "HTTP GET on resource 'http://inventory.internal:8081/api/stock/%d' failed: not found (404)." % r.randrange(1000, 99999), 'HTTP:NOT_FOUND', 3)

    def burst(self, t, r):
        return self.errblock(t, r, "HTTP GET on resource 'http://inventory.internal:8081/api/stock' failed: Timeout exceeded.", 'HTTP:TIMEOUT', 3)

    def newerr(self, t, r):
        return self.errblock(t, r, 'Unable to parse empty input, while reading `payload` as Json.\n\n1| \n   ^\nUnexpected end of input, expected a valid JSON value\nTrace:\n  at main (Unknown)', 'MULE:EXPRESSION', 2)

    def retry(self, t, r, i):
        return self.L(t, 'INFO', self.thread(r), 'org.mule.runtime.core.internal.retry.policies.SimpleRetryPolicyTemplate',
                      "Retrying connection to 'Database_Config' (attempt %d of unlimited) after 2000 ms: java.net.ConnectException: Connection refused (Connection refused)" % (i + 1))

    def oom(self, t, r):
        th = self.thread(r)
        st = ['java.lang.OutOfMemoryError: Java heap space',
              '\tat java.util.Arrays.copyOf(Arrays.java:3332)',
              '\tat java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:124)',
              '\tat java.lang.StringBuilder.append(StringBuilder.java:202)',
              '\tat org.mule.weave.v2.module.json.writer.JsonWriter.write(JsonWriter.scala:162)']
        a = self.L(t, 'ERROR', th, 'org.mule.runtime.core.internal.exception.OnErrorPropagateHandler', 'Unexpected error while processing event') + '\n' + '\n'.join(st)
        b = self.W(t + 2000, 'STATUS', 'wrapper', 'The JVM has run out of memory.  Restarting JVM.')
        c = self.W(t + 2100, 'STATUS', 'wrapper', 'JVM received a signal SIGKILL (9).')
        d = self.W(t + 2200, 'STATUS', 'wrapper', 'JVM process is gone.')
        return [(t, a), (t + 2000, b + '\n' + c + '\n' + d)]

    def panic(self, t, r):
        self.jvm += 0
        j = 'jvm %d' % self.jvm
        pid = r.randrange(2000, 60000)
        hs = ['#', '# A fatal error has been detected by the Java Runtime Environment:', '#',
              '#  SIGSEGV (0xb) at pc=0x00007f%010x, pid=%d, tid=%d' % (r.getrandbits(40), pid, pid + 17), '#',
              '# JRE version: OpenJDK Runtime Environment (11.0.%d+%d) (build 11.0.%d+%d)' % (18, 10, 18, 10),
              '# Java VM: OpenJDK 64-Bit Server VM (11.0.18+10, mixed mode, tiered, compressed oops, g1 gc, linux-amd64)',
              '# Problematic frame:', '# C  [libnet.so+0x%x]  Java_java_net_PlainSocketImpl_socketClose0+0x%x' % (r.getrandbits(16), r.getrandbits(8)),
              '#', '# Core dump will be written. Default location: Core dumps may be processed with "/usr/share/apport/apport %%p %%s %%c %%d %%P %%E" (or dumping to /opt/mule/core.%d)' % pid, '#',
              '# An error report file with more information is saved as:', '# /opt/mule/hs_err_pid%d.log' % pid, '#']
        out = [self.W(t, 'INFO', j, l) for l in hs]
        e = self.W(t + 600, 'ERROR', 'wrapper', 'JVM exited unexpectedly.')
        return [(t, '\n'.join(out)), (t + 600, e)]

    def banner(self, t, r):
        self.jvm += 1
        j = 'jvm %d' % self.jvm
        w = [self.W(t, 'STATUS', 'wrapper', 'Launching a JVM...'),
             self.W(t + 400, 'INFO', j, 'WrapperManager: Initializing...')]
        star = '*' * 70
        bl = [star, '* %-66s *' % 'Mule Runtime and Integration Platform', '* %-66s *' % ('Version: %s Build: %s' % (self.ver, hx(r, 8))),
              '* %-66s *' % 'MuleSoft, Inc.', '* %-66s *' % 'For more information go to', '* %-66s *' % 'https://www.mulesoft.com/platform/mule', '* %-66s *' % '',
              '* %-66s *' % ('Server started: %d/%d/%02d %d:%02d %s' % (self.P(t)[0][1], self.P(t)[0][2], self.P(t)[0][0] % 100, self.P(t)[0][3] % 12 or 12, self.P(t)[0][4], 'AM' if self.P(t)[0][3] < 12 else 'PM')),
              '* %-66s *' % 'JDK: 11.0.18 (mixed mode)', '* %-66s *' % 'OS: Linux (5.15.0-1051-aws, amd64)',
              '* %-66s *' % ('Host: %s (10.0.%d.%d)' % (self.sc['host'].lower(), r.randrange(255), r.randrange(1, 254))), star]
        mc = 'org.mule.module.launcher.MuleContainer' if self.m3 else 'org.mule.runtime.module.launcher.MuleContainer'
        a = self.L(t + 9000, 'INFO', 'WrapperListener_start_runner', mc, '') + '\n' + '\n'.join(bl)
        dep = self.L(t + 21000, 'INFO', 'WrapperListener_start_runner', 'org.mule.runtime.module.deployment.internal.DefaultArchiveDeployer' if not self.m3 else 'org.mule.module.launcher.DefaultArchiveDeployer',
                     '\n' + '\n'.join(['+' * 70, '+ %-66s +' % ("Started app '%s'" % self.app), '+' * 70]))
        return [(t, '\n'.join(w)), (t + 9000, a), (t + 21000, dep)]

    def stop(self, t, r):
        mc = 'org.mule.module.launcher.MuleContainer' if self.m3 else 'org.mule.runtime.module.launcher.MuleContainer'
        return [(t, self.W(t, 'STATUS', 'wrapper', 'TERM trapped.  Shutting down.')),
                (t + 300, self.L(t + 300, 'INFO', 'WrapperListener_stop_runner', mc, 'Mule Runtime shutting down due to normal shutdown request')),
                (t + 4000, self.W(t + 4000, 'STATUS', 'wrapper', '<-- Wrapper Stopped'))]


class Karaf(F):
    key = 'karaf.log'
    weight = 1.4
    res = 1
    lpe = 1.2
    has_lat = True
    has_5xx = True

    def setup(self, r):
        self.smx = r.random() < 0.35
        self.fname = 'servicemix.log' if self.smx else 'karaf.log'
        self.l4j1 = self.year <= 2019 and r.random() < 0.6
        self.camel = {2018: '2.20.2', 2019: '2.24.2', 2020: '2.25.1', 2021: '3.11.1', 2022: '3.14.5', 2023: '3.20.4', 2024: '3.22.1', 2025: '4.8.2', 2026: '4.10.1'}[self.year]
        self.c2 = self.camel.startswith('2')
        self.bid = r.randrange(80, 260)
        self.ctx = r.choice(['orders-ctx', 'camel-1', 'integration-ctx'])
        self.routes = ['orders-rest', 'orders-to-erp', 'invoice-poller', 'audit-jms']
        self.eps = [('GET', '/cxf/orders/{id}', 70), ('POST', '/cxf/orders', 210), ('GET', '/cxf/orders/search', 160), ('GET', '/cxf/health', 4)]

    def L(self, t, lvl, thread, cat, bundle, msg):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        sep = ' ' if self.l4j1 else 'T'
        return '%04d-%02d-%02d%s%02d:%02d:%02d,%03d | %-5.5s | %-16.16s | %-32.32s | %s | %s' % (Y, M, D, sep, h, mi, se, ms, lvl, thread, cat, bundle, msg)

    def cb(self):
        return '%d - org.apache.camel.camel-%s - %s' % (self.bid, 'core' if self.c2 else 'base-engine', self.camel)

    def normal(self, t, r, lat, fail):
        x = r.random()
        if x < 0.7:
            m, p, med = r.choice(self.eps)
            p = p.replace('{id}', str(r.randrange(10000, 999999)))
            d = int(lognorm(r, med, 0.5) * lat) + 1
            st = r.choice([200] * 30 + [201, 204, 404, 401])
            lvl = 'INFO'
            if r.random() < fail:
                st, lvl = r.choice([500, 502, 503, 503]), 'WARN'
            if m == 'POST' and st == 200:
                st = 201
            return [(t + d, self.L(t + d, lvl, 'qtp%d-%d' % (1800000000 % 99991, r.randrange(40, 90)), 'orders-rest', self.cb(), '%s %s -> HTTP %d in %d ms' % (m, p, st, d)))]
        if x < 0.85:
            return self.L(t, 'INFO', 'Camel (%s) thread #%d - JmsConsumer[orders.in]' % (self.ctx, r.randrange(1, 9)), 'orders-to-erp', self.cb(),
                          'Forwarded order %d to ERP (correlation %s)' % (r.randrange(10 ** 6, 10 ** 7), guid(r)))
        return self.L(t, 'INFO', 'Camel (%s) thread #%d - file://data/invoices' % (self.ctx, r.randrange(10, 19)), 'invoice-poller', self.cb(),
                      'Picked up file INV_%06d.xml (%d bytes)' % (r.randrange(10 ** 5, 10 ** 6), r.randrange(2000, 90000)))

    def hb(self, t, r):
        return self.L(t, 'INFO', 'Camel (%s) thread #0 - timer://audit' % self.ctx, 'audit-jms', self.cb(), 'audit heartbeat: inflight=%d' % r.randrange(0, 30))
    hb_every = 60

    def warn(self, t, r):
        return self.L(t, 'WARN', 'qtp1998-%d' % r.randrange(40, 90), 'HttpChannel', '%d - org.eclipse.jetty.server - 9.4.%d' % (self.bid - 60, r.randrange(20, 50)), '/cxf/orders/search java.io.IOException: Broken pipe' if r.random() < 0.5 else 'Idle timeout expired: 30000/30000 ms')

    def err(self, t, r):
        if r.random() < 0.5:
            return self.burst(t, r)
        return self.L(t, 'ERROR', 'Camel (%s) thread #%d - file://data/invoices' % (self.ctx, r.randrange(10, 19)), 'DefaultErrorHandler', self.cb(),
                      'Failed delivery for (MessageId: ID-%s-%d-%d-0-%d on ExchangeId: ID-%s-%d). Exhausted after delivery attempt: 1 caught: org.xml.sax.SAXParseException; lineNumber: 1; columnNumber: 1; Content is not allowed in prolog.' % (
                          self.sc['host'].lower(), r.randrange(30000, 60000), 1700000000000 + r.randrange(10 ** 9), r.randrange(1, 9999), self.sc['host'].lower(), r.randrange(1, 9999)))

    def burst(self, t, r):
        return self.L(t, 'ERROR', 'Camel (%s) thread #%d - JmsConsumer[orders.in]' % (self.ctx, r.randrange(1, 9)), 'orders-to-erp', self.cb(),
                      'ERP call failed: org.apache.http.conn.ConnectTimeoutException: Connect to erp.%s:8443 failed: connect timed out' % self.sc['domain'])

    def newerr(self, t, r):
        return self.L(t, 'ERROR', 'Camel (%s) thread #%d - JmsConsumer[orders.in]' % (self.ctx, r.randrange(1, 9)), 'orders-to-erp', self.cb(),
                      'Unmarshalling failed: javax.xml.bind.UnmarshalException: unexpected element (uri:"http://erp.example/v2", local:"OrderAck"). Expected elements are <{http://erp.example/v1}OrderAck>')

    def retry(self, t, r, i):
        h = self.sc['host'].lower()
        return self.L(t, 'WARN', 'Camel (%s) thread #%d - JmsConsumer[orders.in]' % (self.ctx, r.randrange(1, 9)), 'DefaultErrorHandler', self.cb(),
                      'Failed delivery for (MessageId: ID-%s-%d-%d-0-%d on ExchangeId: ID-%s-%d). On delivery attempt: %d caught: java.net.ConnectException: Connection refused (Connection refused)' % (
                          h, 41233, 1709600000000 + i, i * 3 + 1, h, i * 3 + 2, 1 + i % 6))

    def banner(self, t, r):
        cb = self.cb()
        if self.c2:
            a = self.L(t, 'INFO', 'FelixStartLevel', 'DefaultCamelContext', cb, 'Apache Camel %s (CamelContext: %s) is starting' % (self.camel, self.ctx))
            b = self.L(t + 400, 'INFO', 'FelixStartLevel', 'DefaultCamelContext', cb, 'Total %d routes, of which %d are started' % (len(self.routes), len(self.routes)))
            c = self.L(t + 401, 'INFO', 'FelixStartLevel', 'DefaultCamelContext', cb, 'Apache Camel %s (CamelContext: %s) started in 0.%03d seconds' % (self.camel, self.ctx, r.randrange(100, 999)))
        else:
            a = self.L(t, 'INFO', 'FelixStartLevel', 'AbstractCamelContext', cb, 'Apache Camel %s (%s) is starting' % (self.camel, self.ctx))
            b = self.L(t + 400, 'INFO', 'FelixStartLevel', 'AbstractCamelContext', cb, 'Routes startup (total:%d started:%d)' % (len(self.routes), len(self.routes)))
            c = self.L(t + 401, 'INFO', 'FelixStartLevel', 'AbstractCamelContext', cb, 'Apache Camel %s (%s) started in %dms (build:%dms init:%dms start:%dms)' % (self.camel, self.ctx, r.randrange(300, 900), r.randrange(10, 90), r.randrange(100, 300), r.randrange(100, 400)))
        return [(t, a), (t + 400, b + '\n' + c)]

    def stop(self, t, r):
        cb = self.cb()
        cls = 'DefaultCamelContext' if self.c2 else 'AbstractCamelContext'
        a = self.L(t, 'INFO', 'Framework stop - Equinox Container: %s' % hx(r, 8) if False else 'Thread-%d' % r.randrange(20, 90), cls, cb, ('Apache Camel %s (CamelContext: %s) is shutting down' if self.c2 else 'Apache Camel %s (%s) shutting down (timeout:45s)') % (self.camel, self.ctx))
        b = self.L(t + 50, 'INFO', 'Thread-%d' % r.randrange(20, 90), 'DefaultShutdownStrategy', cb, 'Starting to graceful shutdown %d routes (timeout 300 seconds)' % len(self.routes))
        c = self.L(t + 900, 'INFO', 'Thread-%d' % r.randrange(20, 90), 'DefaultShutdownStrategy', cb, 'Graceful shutdown of %d routes completed in 0 seconds' % len(self.routes))
        return [(t, a + '\n' + b), (t + 900, c)]
