"""Healthcare: Mirth Connect / NextGen Connect mirth.log, InterSystems IRIS
messages.log, an Epic-like interface engine log (invented, epoch ms)."""
from fmt_base import Fmt

LAST = ['SMITH', 'GARCIA', 'NGUYEN', 'PATEL', 'MUELLER', 'ROSSI', 'TANAKA', 'OKAFOR', 'SHRESTHA', 'WILSON', 'BROWN', 'KOWALSKI']
FIRST = ['JOHN', 'MARIA', 'WEI', 'PRIYA', 'ANNA', 'LUCA', 'YUKI', 'CHIDI', 'BIKASH', 'EMMA', 'NOAH', 'OLIVIA']


def hl7(f, t, mtype, ctl):
    """A small but well-formed HL7 v2 message, one segment per line."""
    m = f.tm(t)[0]
    ts = '%04d%02d%02d%02d%02d%02d' % m[:6]
    mrn = '%08d' % f.ri(1, 99999999)
    dob = '%04d%02d%02d' % (f.ri(1930, 2020), f.ri(1, 12), f.ri(1, 28))
    segs = ['MSH|^~\\&|EPIC|MAINHOSP|%s|MAINHOSP|%s||%s|%s|P|2.5.1' % (f.ch(['LAB', 'RIS', 'PHARM']), ts, mtype, ctl),
            'EVN|%s|%s' % (mtype.split('^')[1], ts),
            'PID|1||%s^^^MRN^MR||%s^%s^%s||%s|%s|||%d MAIN ST^^SPRINGFIELD^IL^62701||(217)555-%04d' % (
                mrn, f.ch(LAST), f.ch(FIRST), f.ch('ABCDEFGHJK'), dob, f.ch('MF'), f.ri(1, 999), f.ri(0, 9999)),
            'PV1|1|%s|%s^%d^%s^MAINHOSP||||%d^%s^%s^^^MD' % (f.ch('IOE'), f.ch(['4W', 'ICU', 'ED', '2N']), f.ri(100, 499), f.ch('AB'), f.ri(1000, 9999), f.ch(LAST), f.ch(FIRST))]
    if mtype.startswith('ORU'):
        segs += ['OBR|1|%d|%d|%s^%s^LN' % (f.ri(10 ** 6, 10 ** 7), f.ri(10 ** 6, 10 ** 7), f.ch(['24323-8', '58410-2', '2345-7']), f.ch(['CMP', 'CBC', 'GLUCOSE'])),
                 'OBX|1|NM|2345-7^Glucose^LN||%d|mg/dL|70-99|%s|||F' % (f.ri(60, 250), f.ch(['N', 'N', 'H']))]
    return segs


# ============================================================ Mirth Connect
class Mirth(Fmt):
    key = 'mirth'
    label = 'Mirth Connect (NextGen Connect) mirth.log'
    fnames = ['mirth.log']
    weight = 1.6
    curve = 'flat'
    caps = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'oom_kill', 'disk_full')
    lat_name = 'postprocessor "ACK ... in N ms" fields'
    retry_name = 'TcpDispatcher "Unable to connect ... retrying"'
    oom_name = 'java.lang.OutOfMemoryError: Java heap space in channel processing (server died)'
    disk_name = 'FileDispatcher write error: java.io.IOException: No space left on device'

    def init(self):
        self.ch_ = [('ADT_Inbound', self.uuid()), ('ORU_Results_Out', self.uuid()), ('ORM_Orders_RIS', self.uuid()),
                    ('SIU_Scheduling', self.uuid()), ('MDM_Documents', self.uuid())]
        self.lis = '%s:%d' % (self.ip(), self.ch([6661, 5000, 2575]))
        self.ver = self.ch(['3.12.0', '4.1.1', '3.10.1', '4.4.2'])
        self.ctl = self.ri(10 ** 6, 10 ** 7)
        self.att = 0
        self.err_names = ['TcpDispatcher Timeout waiting for response', 'transformer invalid PID-7 date of birth', 'db-connector ORA-01400 cannot insert NULL']
        self.new = self.ch(['siu', 'http'])
        self.new_name = {'siu': 'transformer: Unknown SIU trigger event S26', 'http': 'HttpDispatcher HTTP 401 Unauthorized from document repository'}[self.new]

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%04d-%02d-%02d %02d:%02d:%02d' % m[:6])
        return '%s,%03d' % (p, int(f * 1000))

    def L(self, t, lvl, cat, msg):
        return '[%s]  %-5s (%s): %s' % (self.ts(t), lvl, cat, msg)

    def nctl(self):
        self.ctl += 1
        return 'MSG%08d' % self.ctl

    def templates(self):
        r = self
        return [
            (14, lambda t: [r.L(t, 'INFO', 'transformer:?', '[ADT_Inbound] %s received for MRN %08d, visit V%07d' % (r.ch(['ADT^A08', 'ADT^A01', 'ADT^A03', 'ADT^A04']), r.ri(1, 99999999), r.ri(1, 9999999)))]),
            (10, lambda t: [r.L(t, 'INFO', 'postprocessor:?', '[%s] ACK AA sent for %s in %d ms' % (r.ch(['ADT_Inbound', 'ORM_Orders_RIS']), r.nctl(), r.dur(t, 30)))]),
            (6, lambda t: [r.L(t, 'INFO', 'db-connector:?', '[ORU_Results_Out] Inserted %d OBX rows for ORU^R01 accession %02d-%06d' % (r.ri(1, 30), r.ri(16, 26), r.ri(1, 999999)))]),
            (5, lambda t: [r.L(t, 'INFO', 'js-connector:?', '[ORM_Orders_RIS] Polled %d rows from RIS_ORDERS' % r.ri(0, 25))]),
            (3, lambda t: [r.L(t, 'INFO', 'filter:?', '[ADT_Inbound] Message %s filtered: event A31 not routed to LAB' % r.nctl())]),
            (3, lambda t: [r.L(t, 'INFO', 'preprocessor:?', '[MDM_Documents] Stripped Z-segments ZPD,ZIN from %s' % r.nctl())]),
            (3, lambda t: [r.L(t, 'INFO', 'transformer:?', '[SIU_Scheduling] %s booked appointment %d for provider %d' % (r.ch(['SIU^S12', 'SIU^S14', 'SIU^S15']), r.ri(10 ** 6, 10 ** 7), r.ri(1000, 9999)))]),
            (0.8, lambda t: [r.L(t, 'WARN', 'transformer:?', '[ADT_Inbound] PV1-3 location %s^%d not mapped, using default' % (r.ch(['4W', 'OBS', '3E']), r.ri(100, 499)))]),
            (0.5, lambda t: [r.L(t, 'WARN', 'js-connector:?', '[ORM_Orders_RIS] Poll took %d ms, longer than interval' % r.dur(t, 6000))]),
        ]

    def cid(self, name):
        for n, u in self.ch_:
            if n == name:
                return u
        return self.ch_[0][1]

    def error(self, t, i):
        if i == 0:
            return [self.L(t, 'ERROR', 'com.mirth.connect.connectors.tcp.TcpDispatcher:%d' % 412,
                           'Error sending message via TCP (TCP Sender "To LIS" on channel %s).' % self.cid('ORU_Results_Out')),
                    'java.net.SocketTimeoutException: Timeout waiting for response',
                    '\tat com.mirth.connect.connectors.tcp.TcpDispatcher.send(TcpDispatcher.java:318)',
                    '\tat com.mirth.connect.donkey.server.channel.DestinationConnector.handleSend(DestinationConnector.java:822)']
        if i == 1:
            ctl = self.nctl()
            return [self.L(t, 'ERROR', 'transformer:?', "[ADT_Inbound] Invalid PID-7 date of birth '%04d0230' in message %s:" % (self.ri(1930, 2020), ctl))] + hl7(self, t, 'ADT^A08^ADT_A01', ctl)
        return [self.L(t, 'ERROR', 'db-connector:?', '[ORU_Results_Out] Error writing to RIS_RESULTS: java.sql.SQLException: ORA-01400: cannot insert NULL into ("RIS"."RESULTS"."ACCESSION")')]

    def new_error(self, t):
        if self.new == 'siu':
            ctl = self.nctl()
            return [self.L(t, 'ERROR', 'transformer:?', '[SIU_Scheduling] Unknown SIU trigger event S26 in message %s:' % ctl)] + hl7(self, t, 'SIU^S26^SIU_S12', ctl)[:3]
        return [self.L(t, 'ERROR', 'com.mirth.connect.connectors.http.HttpDispatcher:%d' % 271,
                       'Error connecting to document repository (HTTP Sender "To XDS" on channel %s): HTTP/1.1 401 Unauthorized' % self.cid('MDM_Documents'))]

    def retry(self, t):
        self.att += 1
        return [self.L(t, 'WARN', 'com.mirth.connect.connectors.tcp.TcpDispatcher:%d' % 256,
                       'Unable to connect to %s (TCP Sender "To LIS" on channel %s), attempt %d, retrying in 10000 ms' % (self.lis, self.cid('ORU_Results_Out'), self.att % 10 + 1))]

    def retry_ok(self, t):
        return [(0.0, self.retry(t)), (10.0, self.retry(t + 10)),
                (20.1, [self.L(t + 20.1, 'INFO', 'com.mirth.connect.connectors.tcp.TcpDispatcher:%d' % 230, 'Connected to %s (TCP Sender "To LIS")' % self.lis)])]

    def heartbeat(self, t):
        return [self.L(t, 'INFO', 'js-connector:?', '[RIS_Poller] Polled 0 rows from RIS_ORDERS_STATUS')]

    def startup(self, t):
        ip = self.ip()
        out = []
        dt = 0.0
        for n, u in self.ch_:
            out.append((dt, [self.L(t + dt, 'INFO', 'com.mirth.connect.donkey.server.channel.Channel:%d' % 1053, 'Channel %s (%s) has been deployed.' % (n, u))]))
            dt += self.r.uniform(0.2, 1.5)
        for msg in ['Mirth Connect %s (Built on %s) server successfully started.' % (self.ver, self.ch(['June 21, 2021', 'March 2, 2023', 'October 12, 2022'])),
                    'This product was developed by NextGen Healthcare (https://www.nextgen.com) and its contributors (c)2005-2023.',
                    'Running OpenJDK 64-Bit Server VM 11.0.20 on Linux (5.4.0-150-generic, amd64), postgres, with charset UTF-8.',
                    'Web server running at http://%s:8080/ and https://%s:8443/' % (ip, ip)]:
            out.append((dt, [self.L(t + dt, 'INFO', 'com.mirth.connect.server.Mirth:%d' % 425, msg)]))
            dt += 0.002
        return out

    def shutdown(self, t):
        out = [(0.0, [self.L(t, 'INFO', 'com.mirth.connect.server.Mirth:%d' % 518, 'shutting down mirth due to normal request')])]
        dt = 0.3
        for n, u in self.ch_:
            out.append((dt, [self.L(t + dt, 'INFO', 'com.mirth.connect.donkey.server.channel.Channel:%d' % 1211, 'Channel %s (%s) has been undeployed.' % (n, u))]))
            dt += self.r.uniform(0.1, 0.6)
        return out

    def oom(self, t):
        return [(0.0, [self.L(t, 'ERROR', 'com.mirth.connect.donkey.server.channel.Channel:%d' % 1541, 'Error processing message in channel ADT_Inbound (%s).' % self.cid('ADT_Inbound')),
                       'java.lang.OutOfMemoryError: Java heap space',
                       '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3745)',
                       '\tat java.base/java.lang.StringBuilder.append(StringBuilder.java:179)',
                       '\tat com.mirth.connect.plugins.datatypes.hl7v2.ER7Serializer.toXML(ER7Serializer.java:276)']),
                (1.2, [self.L(t + 1.2, 'ERROR', 'com.mirth.connect.server.controllers.DonkeyEngineController:%d' % 1322,
                              'Error in message recovery task: java.lang.OutOfMemoryError: Java heap space')])]

    def disk(self, t):
        return [self.L(t, 'ERROR', 'com.mirth.connect.connectors.file.FileDispatcher:%d' % 190,
                       'Error writing file /mnt/hl7/archive/%s.hl7 (File Writer "Archive" on channel %s).' % (self.nctl(), self.cid('MDM_Documents'))),
                'java.io.IOException: No space left on device',
                '\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)',
                '\tat com.mirth.connect.connectors.file.filesystems.FileConnection.writeFile(FileConnection.java:172)']


# ===================================================== InterSystems IRIS
class Iris(Fmt):
    key = 'iris'
    label = 'InterSystems IRIS messages.log'
    fnames = ['messages.log']
    weight = 0.35
    curve = 'flat'
    busy = False
    max_rate = 1.2
    hb_period = 180.0
    caps = ('error_burst', 'new_error', 'retry_storm', 'disk_full')
    retry_name = 'ECP client connection lost, trying to reconnect'
    disk_name = 'journal write error errno 28 (No space left on device) / database expansion failed: file system full'

    def init(self):
        self.set_pid(self.ri(2000, 60000))
        self.ns = self.ch(['HSEDGE', 'CLAIMS', 'HSACCESS'])
        self.jn = self.ri(1, 5)
        self.ds = 'HSDB%02d' % self.ri(1, 4)
        self.dsip = '%s:1972' % self.ip()
        self.err_names = ['<UNDEFINED> caught in interface process', 'LMF Warning: license limit', 'Lock table utilization high']
        self.new_name = '<STORE> errors in %s interface processes' % self.ns

    def ts(self, t):
        p, f = self.cached(t, lambda m: '%02d/%02d/%02d-%02d:%02d:%02d' % (m[1], m[2], m[0] % 100, m[3], m[4], m[5]))
        return '%s:%03d' % (p, int(f * 1000))

    def L(self, t, sev, cat, msg, pid=None):
        return '%s (%d) %d [%s] %s' % (self.ts(t), pid or self.ri(2000, 90000), sev, cat, msg)

    def jfile(self, t):
        m = self.tm(t)[0]
        return '/irisjrn/%04d%02d%02d.%03d' % (m.tm_year, m.tm_mon, m.tm_mday, self.jn)

    def templates(self):
        r = self
        return [
            (0.4, lambda t: r.jswitch(t)),
            (0.3, lambda t: [r.L(t, 0, 'Utility.Event', 'Purging old journal files')]),
            (3, lambda t: r.expand(t)),
            (3, lambda t: [r.L(t, 0, 'Utility.Event', 'TASKMGR: Task %s (ID=%d) completed in %d s' % (r.ch(['Purge Interop Messages', 'HS Purge Log', 'Integrity Check HSLIB', 'Switch Journal']), r.ri(1, 40), r.ri(1, 900)))]),
            (3, lambda t: [r.L(t, 0, 'Utility.Event', 'Ens.Director: Production %s.FoundationProduction running, %d items' % (r.ns, r.ri(40, 160)))]),
            (2, lambda t: [r.L(t, 0, 'Utility.Event', 'LMF Info:  Licensed for %d users.' % r.ch([200, 500, 1000]))]),
            (2, lambda t: [r.L(t, 0, 'Generic.Event', 'Global buffer flush: %d blocks written by write daemon in %d ms' % (r.ri(1000, 90000), r.ri(20, 400)))]),
            (1, lambda t: [r.L(t, 1, 'SYSTEM MONITOR', 'CPUusage Warning: CPUusage = %d ( Warnvalue is 85).' % r.ri(86, 97))]),
            (0.6, lambda t: [r.L(t, 1, 'SYSTEM MONITOR', 'JournalGrowthRate Warning: JournalGrowthRate = %d ( Warnvalue is 400).' % r.ri(401, 900))]),
        ]

    def expand(self, t):
        a = self.ri(40, 360) * 256
        return [self.L(t, 0, 'Database.Expansion', 'Expanded /irisdb/%s/ from %d MB to %d MB in %d ms' % (self.ch([self.ns.lower(), 'hslib', 'ensemble']), a, a + 256, self.ri(200, 2000)))]

    def jswitch(self, t):
        self.jn += 1
        return [self.L(t, 0, 'Utility.Event', 'Journaling to %s started.' % self.jfile(t))]

    def error(self, t, i):
        if i == 0:
            return [self.L(t, 2, 'Generic.Event', 'Process %d (JobType=Application,Namespace=%s) caught <UNDEFINED>zOnRequest+%d^%s.Gateway.HL7.Router.1 *pRequest' % (
                self.ri(2000, 90000), self.ns, self.ri(3, 60), self.ns))]
        if i == 1:
            return [self.L(t, 2, 'Utility.Event', 'LMF Warning: License limit exceeded %d times since last restart.' % self.ri(1, 40))]
        return [self.L(t, 2, 'Generic.Event', 'Lock table %d%% utilized; largest owner process %d holds %d locks' % (self.ri(86, 98), self.ri(2000, 90000), self.ri(1000, 50000)))]

    def new_error(self, t):
        return [self.L(t, 2, 'Generic.Event', 'Process %d (JobType=Application,Namespace=%s) caught <STORE>zParse+%d^EnsLib.HL7.Message.1 *%%objlasterror' % (
            self.ri(2000, 90000), self.ns, self.ri(10, 90)))]

    def retry(self, t):
        return [self.L(t, 1, 'ECP.Client', 'Connection to data server %s (%s) lost, trying to reconnect' % (self.ds, self.dsip))]

    def retry_ok(self, t):
        return [(0.0, self.retry(t)), (5.0, self.retry(t + 5)),
                (10.0, [self.L(t + 10, 0, 'ECP.Client', 'Connection to data server %s (%s) restored' % (self.ds, self.dsip))])]

    def heartbeat(self, t):
        return [self.L(t, 0, 'Utility.Event', '^ZHEALTH: WD cycle %d ms, glorefs/s %d, ECP %s OK' % (self.ri(300, 2500), self.ri(10 ** 4, 10 ** 6), self.ds), self.pid_at(t))]

    def disk(self, t):
        if self.r.random() < 0.6:
            return [self.L(t, 3, 'Generic.Event', 'Journal Daemon: Error writing to journal file %s: errno 28 (No space left on device)' % self.jfile(t), self.pid_at(t) + 3)]
        return [self.L(t, 2, 'Utility.Event', 'Expansion of database /irisdb/%s/ failed: file system full' % self.ns.lower())]

    def startup(self, t):
        p = self.new_pid(t, 2000, 60000)
        L = [(0, 'Generic.Event', 'Allocated %dMB shared memory' % self.ri(2000, 9000)),
             (0, 'Generic.Event', '%dMB global buffers, 256MB routine buffers, 64MB journal buffers, 154MB buffer descriptors, 40MB heap, 5MB ECP, 8MB miscellaneous' % self.ri(1500, 8000)),
             (0, 'Crypto.IntelSandyBridgeAESNI', 'Intel Sandy Bridge AES-NI instructions detected.'),
             (0, 'WriteDaemon.UsingWIJFile', 'Using WIJ file: /usr/irissys/mgr/IRIS.WIJ'),
             (0, 'Generic.Event', 'No journaling info from prior system')]
        out = []
        dt = 0.0
        for sev, c, m in L:
            out.append((dt, [self.L(t + dt, sev, c, m, p)]))
            dt += self.r.uniform(0.001, 0.3)
        out.append((dt, [self.L(t + dt, 0, 'Generic.Event', 'Startup of InterSystems IRIS [IRIS for UNIX (Red Hat Enterprise Linux 8 for x86-64) 2023.1.2 (Build 450U) Mon Oct 23 2023 10:18:26 EDT]', p),
                         '        in /usr/irissys/bin/', '        with mgr: /usr/irissys/mgr', '        with wij: /usr/irissys/mgr/IRIS.WIJ',
                         '        from: /usr/irissys/mgr/',
                         '  OS=[Linux], version=[#1 SMP Fri Sep 29 10:21:57 UTC 2023], release=[4.18.0-477.27.1.el8_8.x86_64], machine=[x86_64]',
                         '  nodename=[%s].' % self.ch(['hsedge01', 'irisprd02', 'hsaccess01']),
                         '  numasyncwijbuf: 512, wdwrite_async=1, asyncwij=8', '  Semaphore set ids: %d' % self.ri(10 ** 4, 10 ** 6)]))
        for c, m in [('Generic.Event', 'Started 8 write daemon slaves'), ('Utility.Event', 'Journaling to %s started.' % self.jfile(t)),
                     ('Utility.Event', 'Enabling logons'), ('Utility.Event', 'Initializing Interoperability during system startup'),
                     ('Utility.Event', "Starting Interoperability Production '%s.FoundationProduction' in namespace '%s'" % (self.ns, self.ns))]:
            dt += self.r.uniform(0.3, 2.5)
            out.append((dt, [self.L(t + dt, 0, c, m, p)]))
        return out

    def shutdown(self, t):
        p = self.pid_at(t)
        L = [('Utility.Event', "Stopping Interoperability Production '%s.FoundationProduction' in namespace '%s'" % (self.ns, self.ns)),
             ('Generic.Event', 'Shutdown of InterSystems IRIS initiated by operator'),
             ('Utility.Event', 'Journal file %s closed' % self.jfile(t)),
             ('Generic.Event', 'Shutdown complete')]
        out = []
        dt = 0.0
        for c, m in L:
            out.append((dt, [self.L(t + dt, 0, c, m, p)]))
            dt += self.r.uniform(0.5, 3.0)
        return out


# ============================================ Epic-like interface engine
class IfaceEngine(Fmt):
    key = 'iface_engine'
    label = 'Epic-like HL7/FHIR interface engine log (invented, epoch ms)'
    fnames = ['ifx-engine.log', 'bridges-ifx.log']
    clock = 'epoch_ms'
    absolute = True
    weight = 2.2
    curve = 'business'
    caps = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx')
    lat_name = 'durMs= fields'
    retry_name = 'Connection to LAB_ADT refused, reconnecting'

    def init(self):
        self.lab = '%s:%d' % (self.ip(), 6661)
        self.ctl = self.ri(10 ** 7, 10 ** 8)
        self.att = 0
        self.users = ['svc_portal', 'svc_payer', 'mychart-api', 'svc_hie', 'svc_cds']
        self.err_names = ['ORU inbound NAK AE patient not found', 'ACK timeout to LAB_ADT, message requeued', 'FHIR OperationOutcome processing error']
        self.new = self.ch(['Rule set SCHED_v12 failed: segment AIL repeats exceed 10 (ctl=%d)',
                            'TLS handshake to CLEARINGHOUSE_X12 failed: certificate expired (ctl=%d)'])
        self.new_name = self.new.split(':')[0]

    def L(self, t, lvl, th, comp, msg):
        return '%d|%s|%s|%s|%s' % (int(t * 1000), lvl, th, comp, msg)

    def nctl(self):
        self.ctl += 1
        return self.ctl

    def fhir(self, t):
        st = self.status(t)
        res = self.ch(['Patient', 'Encounter', 'Observation', 'MedicationRequest', 'DocumentReference', 'Appointment'])
        meth = 'GET' if self.r.random() < 0.85 else 'POST'
        pth = '/api/FHIR/R4/%s/e%s' % (res, self.hx(12)) if meth == 'GET' else '/api/FHIR/R4/%s' % res
        return [self.L(t, 'INFO' if st < 500 else 'ERROR', 'http-%d' % self.ri(1, 64), 'FHIR-API', '%s %s status=%d durMs=%d client=%s user=%s' % (
            meth, pth, st, self.dur(t, 55), self.ip(), self.ch(self.users)))]

    def templates(self):
        r = self
        return [
            (16, lambda t: r.fhir(t)),
            (10, lambda t: [r.L(t, 'INFO', 'ifx-out-%d' % r.ri(1, 6), 'IFX-ADT-OUT', 'Sent %s ctl=%d to LAB_ADT (MLLP %s) ack=AA durMs=%d' % (r.ch(['ADT^A08', 'ADT^A01', 'ADT^A03']), r.nctl(), r.lab, r.dur(t, 40)))]),
            (8, lambda t: [r.L(t, 'INFO', 'ifx-in-%d' % r.ri(1, 4), 'IFX-ORU-IN', 'Received ORU^R01 ctl=%d from LIS, filed to order %d' % (r.nctl(), r.ri(10 ** 6, 10 ** 8)))]),
            (5, lambda t: [r.L(t, 'INFO', 'ifx-mon', 'IFX-QUEUE', 'Queue %s depth=%d oldest=%ds' % (r.ch(['ADT_OUT', 'ORM_OUT', 'DFT_OUT']), r.ri(0, 60), r.ri(0, 30)))]),
            (4, lambda t: [r.L(t, 'INFO', 'ifx-xl-%d' % r.ri(1, 4), 'IFX-XLATE', 'Translated %s ctl=%d via rule set %s in %d ms' % (r.ch(['SIU^S12', 'ORM^O01', 'DFT^P03']), r.nctl(), r.ch(['SCHED_v12', 'ORDERS_v7', 'CHARGES_v3']), r.dur(t, 12)))]),
            (3, lambda t: [r.L(t, 'INFO', 'ifx-doc', 'IFX-DOC', 'Document %s filed as %s for MRN %08d' % (r.hx(10).upper(), r.ch(['Discharge Summary', 'Progress Note', 'Radiology Report']), r.ri(1, 99999999)))]),
            (0.7, lambda t: [r.L(t, 'WARN', 'ifx-mon', 'IFX-QUEUE', 'Queue ORM_OUT depth=%d above warn threshold 500' % r.ri(501, 900))]),
            (0.6, lambda t: [r.L(t, 'WARN', 'ifx-out-%d' % r.ri(1, 6), 'IFX-ADT-OUT', 'ack=AR for ctl=%d from LAB_ADT, resend scheduled' % r.nctl())]),
        ]

    def error(self, t, i):
        if i == 0:
            return [self.L(t, 'ERROR', 'ifx-in-%d' % self.ri(1, 4), 'IFX-ORU-IN', 'Message ctl=%d rejected: AE Patient not found for MRN %08d' % (self.nctl(), self.ri(1, 99999999)))]
        if i == 1:
            return [self.L(t, 'ERROR', 'ifx-out-%d' % self.ri(1, 6), 'IFX-ADT-OUT', 'ACK timeout after 30000 ms for ctl=%d to LAB_ADT, message requeued' % self.nctl())]
        return [self.L(t, 'ERROR', 'http-%d' % self.ri(1, 64), 'FHIR-API', 'OperationOutcome error/processing for %s: reference Practitioner/e%s could not be resolved' % (
            self.ch(['MedicationRequest', 'ServiceRequest']), self.hx(12)))]

    def new_error(self, t):
        return [self.L(t, 'ERROR', 'ifx-xl-%d' % self.ri(1, 4), 'IFX-XLATE' if 'Rule' in self.new else 'IFX-X12-OUT', self.new % self.nctl())]

    def retry(self, t):
        self.att += 1
        return [self.L(t, 'WARN', 'ifx-out-1', 'IFX-ADT-OUT', 'Connection to LAB_ADT %s refused, reconnecting in 5 s (attempt %d)' % (self.lab, self.att))]

    def retry_ok(self, t):
        return [(0.0, self.retry(t)), (5.0, self.retry(t + 5)),
                (10.0, [self.L(t + 10, 'INFO', 'ifx-out-1', 'IFX-ADT-OUT', 'Connected to LAB_ADT %s' % self.lab)])]

    def heartbeat(self, t):
        return [self.L(t, 'INFO', 'ifx-mon', 'IFX-MAIN', 'heartbeat interfaces=42 up=42 queued=%d' % self.ri(0, 80))]

    def startup(self, t):
        L = ['Interface engine 2024.1.%d starting (pid %d)' % (self.ri(0, 9), self.ri(1000, 60000)), 'Loaded 42 interface definitions',
             'FHIR-API listening on 0.0.0.0:8443', 'Connected to LAB_ADT %s' % self.lab, 'Engine started in %d ms' % self.ri(2000, 9000)]
        out = []
        dt = 0.0
        for m in L:
            out.append((dt, [self.L(t + dt, 'INFO', 'main', 'IFX-MAIN', m)]))
            dt += self.r.uniform(0.2, 2.0)
        return out

    def shutdown(self, t):
        return [(0.0, [self.L(t, 'INFO', 'main', 'IFX-MAIN', 'Shutdown requested by service control')]),
                (0.5, [self.L(t + 0.5, 'INFO', 'main', 'IFX-MAIN', 'Draining queues: ADT_OUT=0 ORM_OUT=0')]),
                (1.2, [self.L(t + 1.2, 'INFO', 'main', 'IFX-MAIN', 'Interface engine stopped')])]


FORMATS = {c.key: c for c in (Mirth, Iris, IfaceEngine)}
