"""Windows-server formats: WindowsUpdate.log, setupapi.dev.log, SharePoint ULS, Exchange message
tracking, IIS FTP W3C, netlogon.log, Lotus/HCL Domino console.log."""
from fbase import F, hx, HX, guid, lognorm, wrap, MON, DOW


class WindowsUpdate(F):
    key = 'WindowsUpdate.log'
    weight = 0.6
    eol = '\r\n'
    res = 1
    subms = True
    lpe = 2.5

    def setup(self, r):
        self.pid = r.randrange(900, 9000)
        self.tids = [r.randrange(900, 20000) for _ in range(6)]
        self.wsus = 'http://%s.%s:8530' % (r.choice(['wsus01', 'wsus', 'sccm-sup01']), self.sc['domain'])
        self.sid = 1

    def L(self, t, r, comp, msg, tid=None):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return '%04d/%02d/%02d %02d:%02d:%02d.%03d%04d %-5d %-5d %-15s %s' % (Y, M, D, h, mi, se, ms, r.randrange(10000), self.pid, tid or r.choice(self.tids), comp, msg)

    def scan(self, t, r):
        tid = r.choice(self.tids)
        self.sid += 1
        i = self.sid
        L = lambda dt, c, m: (t + dt, self.L(t + dt, r, c, m, tid))
        out = [L(0, 'ComApi', '* START *   Search ClientId = UpdateOrchestrator'),
               L(2, 'Agent', '* START * Finding updates CallerId = UpdateOrchestrator  Id = %d' % i),
               L(2, 'Agent', 'Online = Yes; Interactive = No; AllowCachedResults = No; Ignore download priority = No'),
               L(3, 'Agent', 'ServiceID = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7} Managed'),
               L(3, 'Agent', 'Search Scope = {Machine}'),
               L(3, 'Agent', 'Caller SID for Applicability: S-1-5-18'),
               L(40, 'Misc', 'Got WSUS Client/Server URL: %s/ClientWebService/client.asmx""' % self.wsus),
               L(60, 'ProtocolTalker', 'OK to reuse existing configuration'),
               L(61, 'ProtocolTalker', 'Existing cookie is valid, just use it'),
               L(900, 'ProtocolTalker', 'SyncUpdates round trips: %d' % r.randrange(1, 4)),
               L(1200, 'Agent', 'Found %d updates and %d categories in search; evaluated appl. rules of %d out of %d deployed entities' % (r.choice([0, 0, 0, 1, 2]), r.randrange(80, 120), r.randrange(1500, 2200), r.randrange(3000, 4200))),
               L(1210, 'Agent', '* END * Finding updates CallerId = UpdateOrchestrator  Id = %d' % i),
               L(1212, 'ComApi', '*RESUMED* Search ClientId = UpdateOrchestrator'),
               L(1213, 'ComApi', 'Updates found = 0'),
               L(1214, 'ComApi', 'Exit code = 0x00000000, Result code = 0x00000000'),
               L(1215, 'ComApi', '* END *   Search ClientId = UpdateOrchestrator')]
        return out

    def normal(self, t, r, lat, fail):
        x = r.random()
        if x < 0.08:
            return self.scan(t, r)
        if x < 0.30:
            return self.L(t, r, 'IdleTimer', 'WU operation (CSearchCall::Init ID %d) started; operation # %d; does use network: 1; is at background priority: 0' % (r.randrange(1, 40), r.randrange(10, 900)))
        if x < 0.45:
            return self.L(t, r, 'IdleTimer', 'WU operation (CSearchCall::Init ID %d, operation # %d) stopped; does use network: 1; is at background priority: 0' % (r.randrange(1, 40), r.randrange(10, 900)))
        if x < 0.60:
            return self.L(t, r, 'SLS', 'Get response for service %s - forceExpire[False] asyncRefreshOnExpiry[True]' % r.choice(['855E8A7C-ECB4-4CA3-B045-1DFA50104289', '6CF4CA6B-9F96-4A4E-9D32-2F3C2B7DD4B4', '2B81F1BF-356C-4FA1-90F1-7581A62C6764']))
        if x < 0.72:
            return self.L(t, r, 'Shared', r.choice(['Effective power state: AC', 'Network state: Connected', 'Power status changed']))
        if x < 0.82:
            return self.L(t, r, 'Handler', 'Update %s.%d: completed. hr = 0x0' % (guid(r).upper(), r.choice([1, 200, 201])))
        if x < 0.92:
            return self.L(t, r, 'DownloadManager', 'Update %s.%d is now fully downloaded.' % (guid(r).upper(), r.choice([1, 200, 201])))
        return self.L(t, r, 'Agent', 'Earliest future timer found: %s' % r.choice(['AU scheduled install at 03:00', 'Sync at 10 seconds after boot']))

    def hb(self, t, r):
        return self.scan(t, r)
    hb_every = 1320

    def warn(self, t, r):
        return self.L(t, r, 'Agent', '* WARNING: Exit code = 0x8024401C')

    def err(self, t, r):
        if r.random() < 0.5:
            return self.burst(t, r)
        return self.L(t, r, 'ProtocolTalker', '*FAILED* [80072EE2] Method failed [SyncUpdates:%d]' % r.randrange(500, 900))

    def burst(self, t, r):
        tid = r.choice(self.tids)
        return self.L(t, r, 'WebServices', "WS error: There was an error communicating with the endpoint at '%s/ClientWebService/client.asmx'." % self.wsus, tid) + '\n' + \
            self.L(t + 1, r, 'WebServices', 'Web service call failed with hr = 80072ee2.', tid)

    def newerr(self, t, r):
        return self.L(t, r, 'Handler', '*FAILED* [800F0922] CBS called Error with 0x800f0922,')

    def retry(self, t, r, i):
        return self.L(t, r, 'DownloadManager', 'BITS job {%s} hit a transient error, updateId = %s.200, error = 0x80072EE2' % (guid(r).upper(), '7A3C2B10-9E4B-4D5F-8C21-0B66E2F3A914'))


class SetupApi(F):
    key = 'setupapi.dev.log'
    weight = 0.6
    eol = '\r\n'
    res = 1
    lpe = 24
    maxrate = 3.0

    def setup(self, r):
        self.devs = [('USB\\VID_046D&PID_C52B\\5&2a4f6c&0&2', 'usb\\vid_046d&pid_c52b&rev_1211', 'input.inf', 'USB Input Device'),
                     ('SWD\\WPDBUSENUM\\_??_USBSTOR#DISK&VEN_SANDISK&PROD_ULTRA&REV_1.00#4C530001230101115034&0#{53F56307-B6BF-11D0-94F2-00A0C91EFB8B}', 'wpdbusenum\\fs', 'wpdfs.inf', 'SANDISK ULTRA'),
                     ('USB\\VID_0BDA&PID_8153\\000001', 'usb\\vid_0bda&pid_8153&rev_3000', 'rtux64w10.inf', 'Realtek USB GbE Family Controller'),
                     ('HID\\VID_045E&PID_0823&MI_00\\7&1c2bc9e&0&0000', 'hid\\vid_045e&pid_0823&mi_00', 'msmouse.inf', 'HID-compliant mouse'),
                     ('BTHENUM\\{0000110B-0000-1000-8000-00805F9B34FB}_VID&0001004C_PID&2008\\7&3a2b1c&0&A4C3F0112233_C00000000', 'bthenum\\{0000110b-0000-1000-8000-00805f9b34fb}', 'bthaudhid.inf', 'Bluetooth Audio'),
                     ('SWD\\PRINTENUM\\{5B1A3C7E-1F2D-4E9A-9C0B-3D6F7A8B9C10}', 'printenum\\localprintqueue', 'prnms001.inf', 'Microsoft Print to PDF')]
        self.ver = '10.0.%d' % (19045 if self.year < 2025 else 26100)

    def header(self, t, r):
        return '\n'.join(['[Device Install Log]', '     OS Version = %s' % self.ver, '     Service Pack = 0.0',
                          '     Suite = 0x0100', '     ProductType = 1', '     Architecture = amd64', '', '[BeginLog]', ''])

    def _ts(self, t):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return '%04d/%02d/%02d %02d:%02d:%02d.%03d' % (Y, M, D, h, mi, se, ms)

    def _hms(self, t):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return '%02d:%02d:%02d.%03d' % (h, mi, se, ms)

    def section(self, t, r, fail=None):
        inst, hwid, inf, desc = r.choice(self.devs)
        infpath = 'C:\\Windows\\System32\\DriverStore\\FileRepository\\%s_amd64_%s\\%s' % (inf.replace('.inf', '.inf'), hx(r, 16), inf)
        trig = r.choice(['Hardware initiated', 'Hardware initiated', 'ConfigMgr initiated'])
        out = ['>>>  [Device Install (%s) - %s]' % (trig, inst),
               '>>>  Section start %s' % self._ts(t),
               '     ump: Creating Install Process: DrvInst.exe %s' % self._hms(t + 2),
               '     ndv: Retrieving device info...',
               '     ndv: Setting device parameters...',
               '     ndv: Building driver list...',
               '     dvi: {Build Driver List} %s' % self._hms(t + 17),
               '     dvi:      Searching for hardware ID(s):',
               '     dvi:           %s' % hwid,
               '     dvi:      Created Driver Node:',
               '     dvi:           HardwareID   - %s' % hwid,
               '     dvi:           InfName      - %s' % infpath,
               '     dvi:           DevDesc      - %s' % desc,
               '     dvi:           Rank         - 0x00ff0000',
               '     dvi: {Build Driver List - exit(0x00000000)} %s' % self._hms(t + 33),
               '     ndv: Selecting best match from Driver Store (including Device Path)...',
               '     dvi: {DIF_SELECTBESTCOMPATDRV} %s' % self._hms(t + 34),
               '     dvi: {DIF_SELECTBESTCOMPATDRV - exit(0x00000000)} %s' % self._hms(t + 36),
               '     ndv: Installing driver...',
               '     dvi: {Core Device Install} %s' % self._hms(t + 38)]
        end = t + r.randrange(120, 600)
        if fail is None:
            out += ['     dvi: {Core Device Install - exit(0x00000000)} %s' % self._hms(end - 6),
                    '     ump: {Plug and Play Service: Device Install exit(00000000)}',
                    '<<<  Section end %s' % self._ts(end), '<<<  [Exit status: SUCCESS]', '']
        else:
            out += ['     dvi: {Core Device Install - exit(0x00000000)} %s' % self._hms(end - 6),
                    fail,
                    '     ump: {Plug and Play Service: Device Install exit(00000000)}',
                    '<<<  Section end %s' % self._ts(end), '<<<  [Exit status: SUCCESS]', '']
        return '\n'.join(out)

    def normal(self, t, r, lat, fail):
        if r.random() < 0.2:
            inf = 'oem%d.inf' % r.randrange(3, 120)
            return '\n'.join(['>>>  [Device Install (DiInstallDriver) - C:\\Windows\\System32\\DriverStore\\FileRepository\\%s_amd64_%s\\%s]' % (r.choice(['prnms001.inf', 'netrtwlane.inf', 'iaStorAC.inf']), hx(r, 16), r.choice(['prnms001.inf', 'netrtwlane.inf', 'iaStorAC.inf'])),
                              '>>>  Section start %s' % self._ts(t),
                              '     ndv: Flags: 0x00000000',
                              '     ndv: INF path: C:\\Windows\\INF\\%s' % inf,
                              '     inf: {Configure Driver Package: C:\\Windows\\INF\\%s}' % inf,
                              '     inf: {Configure Driver Package: exit(0x00000000)}',
                              '     ndv: Driver package already installed.',
                              '<<<  Section end %s' % self._ts(t + r.randrange(20, 200)), '<<<  [Exit status: SUCCESS]', ''])
        return self.section(t, r)

    def warn(self, t, r):
        return self.section(t, r, '!    dvi: Device pending start: Device has problem: 0x38 (CM_PROB_NEED_CLASS_CONFIG), problem status: 0x00000000.')

    def err(self, t, r):
        if r.random() < 0.3:
            return self.burst(t, r)
        return self.section(t, r, '!!!  ndv: Driver package import failed for device: the driver package is not signed (0xe0000242).')

    def burst(self, t, r):
        return self.section(t, r, '!!!  dvi: Device not started: Device has problem: 0x0a (CM_PROB_FAILED_START), problem status: 0xc0000001.')

    def newerr(self, t, r):
        return self.section(t, r, '!!!  sto: Failed to import driver package into Driver Store. Error = 0xE0000247')


class ULS(F):
    key = 'ULS'
    weight = 1.6
    eol = '\r\n'
    res = 10
    lpe = 3.2
    has_lat = True
    hb_every = 60

    def setup(self, r):
        self.host = self.sc['host'].upper()
        (Y, M, D, h, mi, se, _), ms = self.P(self.sc['W0'])
        self.fname = '%s-%04d%02d%02d-%02d%02d.log' % (self.host, Y, M, D, h, mi)
        self.w3 = 'w3wp.exe (0x%04X)' % r.randrange(0x1000, 0xFFFF)
        self.tm = 'OWSTIMER.EXE (0x%04X)' % r.randrange(0x1000, 0xFFFF)
        self.tids = [r.randrange(0x100, 0x8000) for _ in range(10)]
        self.site = 'https://%s.%s' % (r.choice(['intranet', 'portal', 'sp', 'teams']), self.sc['domain'])
        self.pages = ['/sites/hr/SitePages/Home.aspx', '/_layouts/15/start.aspx', '/sites/finance/Shared Documents/Forms/AllItems.aspx',
                      '/_api/web/lists', '/_vti_bin/client.svc/ProcessQuery', '/sites/it/_layouts/15/viewlsts.aspx',
                      '/_layouts/15/osssearchresults.aspx', '/sites/projects/Lists/Tasks/AllItems.aspx', '/_api/contextinfo']
        self.users = ['jdoe', 'asmith', 'mkhan', 'lchen', 'rpatel', 'svc_crawl', 'bwilson', 'okarlsson']

    def header(self, t, r):
        return 'Timestamp              \tProcess                                 \tTID   \tArea                          \tCategory                      \tEventID\tLevel     \tMessage \tCorrelation'

    def L(self, t, proc, tid, area, cat, eid, lvl, msg, corr, cont=False):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        return '%02d/%02d/%04d %02d:%02d:%02d.%02d%s\t%-40s\t0x%04X\t%-30s\t%-30s\t%-4s\t%-8s\t%s\t%s' % (
            M, D, Y, h, mi, se, ms // 10, '*' if cont else ' ', proc, tid, area, cat, eid, lvl, msg, corr)

    def long(self, t, proc, tid, area, cat, eid, lvl, msg, corr, size=700):
        if len(msg) <= size:
            return self.L(t, proc, tid, area, cat, eid, lvl, msg, corr)
        parts = [msg[i:i + size] for i in range(0, len(msg), size)]
        out = []
        for i, p in enumerate(parts):
            m = ('...' if i else '') + p + ('...' if i < len(parts) - 1 else '')
            out.append(self.L(t, proc, tid, area, cat, eid, lvl, m, corr, cont=i > 0))
        return '\n'.join(out)

    def normal(self, t, r, lat, fail):
        corr = guid(r)
        tid = r.choice(self.tids)
        if r.random() < 0.85:
            m = r.choice(['GET', 'GET', 'GET', 'POST'])
            url = self.site + r.choice(self.pages)
            d = lognorm(r, 180, 0.7) * lat
            out = [self.L(t, self.w3, tid, 'SharePoint Foundation', 'Logging Correlation Data', 'xmnv', 'Medium', 'Name=Request (%s:%s)' % (m, url), corr) + '\n' +
                   self.L(t, self.w3, tid, 'SharePoint Foundation', 'Authentication Authorization', 'agb9s', 'Medium', 'Non-OAuth request. IsAuthenticated=True, UserIdentityName=0#.w|%s\\%s, ClaimsCount=%d' % (self.sc['domain'].split('.')[0], r.choice(self.users), r.randrange(20, 60)), corr)]
            out = [(t, out[0])]
            if r.random() < 0.3:
                out.append((t + int(d * 0.4), self.L(t + int(d * 0.4), self.w3, tid, 'SharePoint Foundation', 'Database', 'ahjqp', 'Medium', 'SQL connection time: %.4f' % lognorm(r, 0.15, 0.5), corr)))
            out.append((t + int(d), self.L(t + int(d), self.w3, tid, 'SharePoint Foundation', 'Monitoring', 'b4ly', 'Medium', 'Leaving Monitored Scope (Request (%s:%s)). Execution Time=%.4f' % (m, url, d), corr)))
            return out
        return self.L(t, self.tm, tid, 'SharePoint Foundation', 'Timer', '6t8h', 'Verbose', 'Timer job %s (ID %s) completed' % (r.choice(['job-usage-log-file-import', 'job-workflow', 'job-immediate-alerts', 'job-change-log-expiration', 'job-spapp-statequery']), guid(r)), '00000000-0000-0000-0000-000000000000')

    def hb(self, t, r):
        return self.L(t, self.tm, self.tids[0], 'SharePoint Foundation', 'Usage Infrastructure', 'a1i8', 'Verbose', 'Usage log file %s-%s.usage is being written.' % (self.host, hx(r, 8)), '00000000-0000-0000-0000-000000000000')

    def warn(self, t, r):
        return self.L(t, self.w3, r.choice(self.tids), 'SharePoint Foundation', 'Claims Authentication', 'ftq0', 'High', 'SPSecurityContext: Request for security token failed with exception: System.ServiceModel.FaultException: The server was unable to process the request due to an internal error.', guid(r))

    def err(self, t, r):
        if r.random() < 0.4:
            return self.burst(t, r)
        return self.L(t, self.w3, r.choice(self.tids), 'SharePoint Foundation', 'General', '8nca', 'Medium', 'Application error when access %s, Error=Object reference not set to an instance of an object.' % r.choice(self.pages), guid(r))

    def burst(self, t, r):
        return self.long(t, self.w3, r.choice(self.tids), 'SharePoint Foundation', 'Database', '5586', 'Unexpected',
                         'Unknown SQL Exception 1205 occurred. Additional error information from SQL Server is included below.  Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.' % r.randrange(50, 300), guid(r))

    def newerr(self, t, r):
        msg = ("The start address <sts4://%s/contentdbid={%s}> cannot be crawled.  Context: Application 'Search_Service_Application', Catalog 'Portal_Content'  Details:  "
               "Access is denied. Verify that either the Default Content Access Account has access to this repository, or add a crawl rule to crawl this repository. If the repository being crawled is a SharePoint repository, verify that the account you are using has \"Full Read\" permissions on the SharePoint Web Application being crawled.   (0x80041205)") % (self.site.split('//')[1], guid(r))
        return self.long(t, 'mssearch.exe (0x%04X)' % 0x1F2C, r.choice(self.tids), 'SharePoint Server Search', 'Crawler:Gatherer Plug-in', 'e5bn', 'High', msg, guid(r), size=300)


MSG_FIELDS = 'date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version'
SUBJECTS = ['Quarterly report', 'RE: Budget 2024 review', 'Invoice 4471', 'FW: Meeting notes', 'Your order has shipped',
            'Weekly status', 'Out of office', 'RE: Contract draft, v3', 'Password expiry notice', 'Lunch?', 'Updated: Team sync']


def csvq(v):
    if ',' in v or '"' in v:
        return '"' + v.replace('"', '""') + '"'
    return v


class MsgTrk(F):
    key = 'MSGTRK'
    weight = 1.4
    eol = '\r\n'
    bom = True
    absolute = True
    res = 1
    lpe = 3.2

    def setup(self, r):
        (Y, M, D, h, mi, se, _), ms = self.U(self.sc['W0'])
        self.fname = 'MSGTRK%04d%02d%02d%02d-1.LOG' % (Y, M, D, h)
        self.ver = {2018: '15.01.1531.003', 2019: '15.01.1713.005', 2020: '15.01.2106.002', 2021: '15.02.0858.005',
                    2022: '15.02.1118.007', 2023: '15.02.1258.012', 2024: '15.02.1544.004', 2025: '15.02.1748.010', 2026: '15.02.1748.036'}[self.year]
        dom = self.sc['domain']
        self.dom = dom.split('.')[0] + '.com'
        self.srv = ['EX%02d' % i for i in range(1, 4)]
        self.ip = ['10.%d.%d.%d' % (r.randrange(1, 50), r.randrange(0, 255), 20 + i) for i in range(3)]
        self.users = ['jdoe', 'asmith', 'mkhan', 'lchen', 'rpatel', 'bwilson', 'okarlsson', 'tnguyen', 'hschmidt', 'finance', 'noreply']
        self.ext = ['gmail.com', 'outlook.com', 'partner-corp.com', 'supplier.net', 'bank.example']
        self.n = r.randrange(10 ** 13, 10 ** 14)

    def header(self, t, r):
        (Y, M, D, h, mi, se, _), ms = self.U(t - 1000)
        return '\n'.join(['#Software: Microsoft Exchange Server', '#Version: %s' % self.ver, '#Log-type: Message Tracking Log',
                          '#Date: %04d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (Y, M, D, h, mi, se, ms), '#Fields: %s' % MSG_FIELDS])

    def row(self, t, f):
        (Y, M, D, h, mi, se, _), ms = self.U(t)
        return ('%04d-%02d-%02dT%02d:%02d:%02d.%03dZ,' % (Y, M, D, h, mi, se, ms)) + ','.join(csvq(x) for x in f)

    def msg(self, t, r, fail_stat=None, defer=None):
        i = r.randrange(3)
        srv, ip = self.srv[i], self.ip[i]
        self.n += r.randrange(1, 40)
        imid = str(self.n)
        mid = '<%s@%s.%s>' % (hx(r, 32), srv, self.sc['domain'])
        nmid = guid(r)
        inbound = r.random() < 0.45
        if inbound:
            sender = '%s@%s' % (r.choice(['info', 'billing', 'j.smith', 'alerts', 'news']), r.choice(self.ext))
        else:
            sender = '%s@%s' % (r.choice(self.users), self.dom)
        rc = ['%s@%s' % (r.choice(self.users), self.dom) for _ in range(r.choice([1, 1, 1, 2, 3]))]
        if not inbound and r.random() < 0.4:
            rc[0] = '%s@%s' % (r.choice(['j.smith', 'sales', 'contact']), r.choice(self.ext))
        subj = r.choice(SUBJECTS)
        size = str(int(lognorm(r, 40000, 1.0)))
        logid = guid(r)
        direc = 'Incoming' if inbound else 'Originating'
        dt = 0
        out = []
        cip = '%d.%d.%d.%d' % (r.randrange(11, 220), r.randrange(0, 255), r.randrange(0, 255), r.randrange(1, 254)) if inbound else self.ip[(i + 1) % 3]
        out.append((t, self.row(t, [cip, '' if inbound else self.srv[(i + 1) % 3] + '.' + self.sc['domain'], ip, srv, '08DC%s;250 2.0.0 OK' % HX(r, 12),
                                '%s\\Default Frontend %s' % (srv, srv), 'SMTP', 'RECEIVE', imid, mid, nmid, ';'.join(rc), '', size, str(len(rc)), '', '',
                                subj, sender, sender, '%04d-%02d-%02dT%02d:%02d:%02d.%03dZ' % self.U(t - r.randrange(200, 3000))[0][:6] + (r.randrange(1000),) if False else '',
                                direc, '', cip, ip, 'S:ProxyHop=%s' % srv, 'Email', logid, self.ver])))
        dt += r.randrange(20, 400)
        out.append((t + dt, self.row(t + dt, ['', '', '', srv, '', '', 'AGENT', 'AGENTINFO', imid, mid, nmid, ';'.join(rc), '', size, str(len(rc)), '', '', subj, sender, sender, '',
                                     direc, '', '', '', 'S:AMA=SUM|action=p|error=|atch=0;S:TRA=ETRP|ETR=%d' % r.randrange(100, 300), 'Email', logid, self.ver])))
        dt += int(lognorm(r, 300, 0.8))
        if fail_stat:
            out.append((t + dt, self.row(t + dt, ['', '', '', srv, '', '', 'ROUTING', 'FAIL', imid, mid, nmid, rc[0], fail_stat, size, '1', '', '', subj, sender, sender, '',
                                         direc, '', '', '', '', 'Email', logid, self.ver])))
            out.append((t + dt + 3, self.row(t + dt + 3, ['', '', '', srv, '', '', 'DSN', 'DSN', str(self.n + 1), '<%s@%s.%s>' % (hx(r, 32), srv, self.sc['domain']), guid(r), sender, '', '5123', '1', '', mid, 'Undeliverable: ' + subj, 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@' + self.dom, '<>', '',
                                              'Originating', '', '', '', '', 'Email', logid, self.ver])))
        elif defer:
            out.append((t + dt, self.row(t + dt, [ip, srv, '', '', '', srv + '\\Internet', 'SMTP', 'DEFER', imid, mid, nmid, rc[0], defer, size, '1', '', '', subj, sender, sender, '',
                                         direc, '', '', '', '', 'Email', logid, self.ver])))
        elif '@' + self.dom in rc[0]:
            out.append((t + dt, self.row(t + dt, [ip, srv, '', srv.lower() + '.' + self.sc['domain'], 'MDB:%s, Mailbox:%s, Event:%d, MessageClass:IPM.Note, CreationTime:%s, ClientType:StoreDriver, SubmissionAssistant:MailboxTransportSubmissionEmailAssistant' % (guid(r), guid(r), r.randrange(10 ** 6, 10 ** 7), '2024-01-01T00:00:00.000Z') if False else 'MailboxTransportDelivery', '', 'STOREDRIVER', 'DELIVER', imid, mid, nmid, ';'.join(rc), '', size, str(len(rc)), '', '', subj, sender, sender,
                                         '%04d-%02d-%02dT%02d:%02d:%02d.%03dZ;SRV=%s.%s:TOTAL-SUB=%.3f|SA=%.3f|MTSSDA=%.3f' % (self.U(t)[0][:6] + (self.U(t)[1], srv, self.sc['domain'], r.uniform(0.01, 0.3), r.uniform(0.001, 0.05), r.uniform(0.001, 0.05))),
                                         direc, '', '', '', 'S:Mailboxes=%s' % guid(r), 'Email', logid, self.ver])))
        else:
            out.append((t + dt, self.row(t + dt, [ip, srv, r.choice(['104.47.%d.%d' % (r.randrange(1, 255), r.randrange(1, 255)), '142.250.%d.%d' % (r.randrange(1, 255), r.randrange(1, 255))]), rc[0].split('@')[1], '08DC%s;250 2.6.0 <%s> Queued mail for delivery' % (HX(r, 12), mid.strip('<>')),
                                         '%s\\Internet' % srv, 'SMTP', 'SEND', imid, mid, nmid, rc[0], '250 2.6.0 Queued mail for delivery', size, '1', '', '', subj, sender, sender, '',
                                         direc, '', '', '', 'S:E2ELatency=%.3f' % r.uniform(0.2, 4), 'Email', logid, self.ver])))
        return out

    def normal(self, t, r, lat, fail):
        return self.msg(t, r)

    def warn(self, t, r):
        return self.msg(t, r, defer='451 4.7.0 Temporary server error. Please try again later. PRX5')

    def err(self, t, r):
        if r.random() < 0.6:
            return self.burst(t, r)
        return self.msg(t, r, fail_stat='550 5.7.1 RESOLVER.RST.AuthRequired; authentication required')

    def burst(self, t, r):
        return self.msg(t, r, fail_stat='550 5.1.1 RESOLVER.ADR.RecipNotFound; not found')

    def newerr(self, t, r):
        return self.msg(t, r, fail_stat='554 5.4.14 Hop count exceeded - possible mail loop ATTR34')


class IISFtp(F):
    key = 'u_ex'
    weight = 0.9
    eol = '\r\n'
    res = 1000
    lpe = 8

    def setup(self, r):
        (Y, M, D, h, mi, se, _), ms = self.U(self.sc['W0'])
        self.fname = 'u_ex%02d%02d%02d.log' % (Y % 100, M, D)
        self.full = r.random() < 0.7
        self.has_lat = self.full
        self.sip = '10.%d.%d.%d' % (r.randrange(1, 50), r.randrange(0, 255), r.randrange(2, 250))
        self.host = self.sc['host'].upper()
        dom = self.sc['domain'].split('.')[0].upper()
        self.users = ['%s\\%s' % (dom, u) for u in ['partner_acme', 'svc_edi', 'scanner01', 'partner_globex', 'svc_payroll']]
        self.clients = ['%d.%d.%d.%d' % (r.randrange(11, 220), r.randrange(0, 255), r.randrange(0, 255), r.randrange(1, 254)) for _ in range(12)]
        self.iis = '10.0' if self.year >= 2018 else '8.5'

    def header(self, t, r):
        (Y, M, D, h, mi, se, _), ms = self.U(t - 200)
        if self.full:
            f = 'date time c-ip c-port cs-username s-sitename s-computername s-ip s-port cs-method cs-uri-stem sc-status sc-win32-status sc-substatus sc-bytes cs-bytes time-taken x-session x-fullpath'
        else:
            f = 'date time c-ip c-port cs-username s-ip s-port cs-method cs-uri-stem sc-status sc-win32-status sc-substatus x-session x-fullpath'
        return '\n'.join(['#Software: Microsoft Internet Information Services %s' % self.iis, '#Version: 1.0',
                          '#Date: %04d-%02d-%02d %02d:%02d:%02d' % (Y, M, D, h, mi, se), '#Fields: %s' % f])

    def L(self, t, cip, cport, user, sport, meth, uri, st, w32, sub, sb, cb, tt, sess, path):
        (Y, M, D, h, mi, se, _), ms = self.U(t)
        if self.full:
            return '%04d-%02d-%02d %02d:%02d:%02d %s %d %s FTPSVC2 %s %s %d %s %s %s %d %d %d %d %d %s %s' % (
                Y, M, D, h, mi, se, cip, cport, user, self.host, self.sip, sport, meth, uri, st, w32, sub, sb, cb, tt, sess, path)
        return '%04d-%02d-%02d %02d:%02d:%02d %s %d %s %s %d %s %s %s %d %d %s %s' % (
            Y, M, D, h, mi, se, cip, cport, user, self.sip, sport, meth, uri, st, w32, sub, sess, path)

    def session(self, t, r, lat=1.0, badlogin=False, newerr=False):
        cip = r.choice(self.clients)
        cp = r.randrange(49152, 65535)
        u = r.choice(self.users)
        s = guid(r)
        out = []
        tt = t
        out.append((tt, self.L(tt, cip, cp, '-', 21, 'ControlChannelOpened', '-', '-', 0, 0, 0, 0, 0, s, '-')))
        tt += r.randrange(5, 60)
        out.append((tt, self.L(tt, cip, cp, '-', 21, 'USER', u.split('\\')[1], 331, 0, 0, 69, 21, 0, s, '-')))
        tt += r.randrange(5, 60)
        if badlogin:
            out.append((tt, self.L(tt, cip, cp, '-', 21, 'PASS', '***', 530, 1326, 41, 21, 15, 15, s, '-')))
            tt += r.randrange(5, 200)
            out.append((tt, self.L(tt, cip, cp, '-', 21, 'ControlChannelClosed', '-', '-', 0, 0, 0, 0, 0, s, '-')))
            return out
        out.append((tt, self.L(tt, cip, cp, u, 21, 'PASS', '***', 230, 0, 0, 21, 15, 16, s, '/')))
        for _ in range(r.choice([1, 1, 1, 2, 3])):
            tt += r.randrange(10, 200)
            cwd = r.choice(['inbound', 'outbound'])
            out.append((tt, self.L(tt, cip, cp, u, 21, 'CWD', cwd, 250, 0, 0, 50, 13, 0, s, '/' + cwd)))
            tt += r.randrange(10, 200)
            dp = r.randrange(50000, 50100)
            out.append((tt, self.L(tt, cip, r.randrange(49152, 65535), u, dp, 'DataChannelOpened', '-', '-', 0, 0, 0, 0, 0, s, '-')))
            meth = r.choice(['STOR', 'RETR', 'RETR', 'NLST'])
            fn = r.choice(['invoice_%04d.csv', 'orders_%04d.xml', 'scan_%04d.pdf', 'payroll_%04d.txt', 'edi_850_%04d.x12']) % r.randrange(10000)
            size = int(lognorm(r, 300000, 1.2))
            dur = int(lognorm(r, 450, 0.7) * lat)
            tt += dur
            out.append((tt, self.L(tt, cip, r.randrange(49152, 65535), u, dp, 'DataChannelClosed', '-', '-', 0, 0, size if meth != 'STOR' else 0, size if meth == 'STOR' else 0, dur, s, '-')))
            if newerr and meth == 'STOR':
                out.append((tt, self.L(tt, cip, cp, u, 21, meth, fn, 550, 5, 0, 0, 0, 0, s, '/inbound/' + fn)))
            elif meth == 'NLST':
                out.append((tt, self.L(tt, cip, cp, u, 21, meth, '-', 226, 0, 0, size // 100, 6, dur, s, '/inbound')))
            elif meth == 'RETR' and r.random() < 0.03:
                out.append((tt, self.L(tt, cip, cp, u, 21, meth, fn, 550, 2, 0, 0, 0, 0, s, '/outbound/' + fn)))
            else:
                out.append((tt, self.L(tt, cip, cp, u, 21, meth, fn, 226, 0, 0, size if meth == 'RETR' else 0, size if meth == 'STOR' else 0, dur, s, '/%s/%s' % ('inbound' if meth == 'STOR' else 'outbound', fn))))
        tt += r.randrange(10, 200)
        out.append((tt, self.L(tt, cip, cp, u, 21, 'QUIT', '-', 221, 0, 0, 51, 6, 0, s, '-')))
        out.append((tt + 1, self.L(tt + 1, cip, cp, u, 21, 'ControlChannelClosed', '-', '-', 0, 0, 0, 0, 0, s, '-')))
        return out

    def normal(self, t, r, lat, fail):
        return self.session(t, r, lat)

    def warn(self, t, r):
        return self.session(t, r)

    def err(self, t, r):
        return self.burst(t, r)

    def burst(self, t, r):
        return self.session(t, r, badlogin=True)

    def newerr(self, t, r):
        s = self.session(t, r, newerr=True)
        while not any(' STOR ' in x for _, x in s):
            s = self.session(t, r, newerr=True)
        return s


class Netlogon(F):
    key = 'netlogon.log'
    weight = 1.0
    eol = '\r\n'
    res = 1000
    lpe = 2.2

    def setup(self, r):
        self.dom = self.sc['domain'].split('.')[0].upper()
        self.withtid = self.year >= 2020 or r.random() < 0.3
        self.tids = [r.randrange(400, 9000) for _ in range(8)]
        self.users = ['jdoe', 'asmith', 'mkhan', 'lchen', 'rpatel', 'bwilson', 'okarlsson', 'tnguyen', 'hschmidt', 'svc_sql', 'svc_backup']
        self.ws = ['WS%04d' % r.randrange(10, 3000) for _ in range(30)]
        self.srv = ['APP01', 'FS01', 'EXCH01', 'SQL02', 'RDS01', 'SPWFE01']
        self.dcs = ['DC01', 'DC02']

    def L(self, t, r, cat, msg):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        if self.withtid:
            return '%02d/%02d %02d:%02d:%02d [%s] [%d] %s' % (M, D, h, mi, se, cat, r.choice(self.tids), msg)
        return '%02d/%02d %02d:%02d:%02d [%s] %s' % (M, D, h, mi, se, cat, msg)

    def logon(self, t, r, code=None, user=None, ws=None, via=None):
        u = user or r.choice(self.users)
        ws, via = ws or r.choice(self.ws), via or r.choice(self.srv)
        kind = r.choice(['Transitive Network', 'Transitive Network', 'Network'])
        base = '%s: SamLogon: %s logon of %s\\%s from %s (via %s) ' % (self.dom, kind, self.dom, u, ws, via)
        if code is None:
            code = '0x0' if r.random() < 0.97 else r.choice(['0xC000006A', '0xC0000064', '0xC0000071'])
        t2 = t + r.choice([0, 0, 0, 1000])
        return [(t, self.L(t, r, 'LOGON', base + 'Entered')), (t2, self.L(t2, r, 'LOGON', base + 'Returns ' + code))]

    def normal(self, t, r, lat, fail):
        x = r.random()
        if x < 0.8:
            return self.logon(t, r)
        if x < 0.86:
            return self.L(t, r, 'LOGON', '%s: NlPickDomainWithAccount: %s$: Algorithm entered. UPN:0 Sam:1 Exp:0 Cross:0 Root:1 DC:0' % (self.dom, r.choice(self.ws)))
        if x < 0.92:
            return self.L(t, r, 'MISC', 'DsGetDcName function called: client PID=%d, Dom:%s Acct:(null) Flags: %s' % (r.randrange(400, 9000), self.sc['domain'], r.choice(['DS RET_DNS', 'GC RET_DNS', 'IP RET_DNS', 'FORCE DS'])))
        if x < 0.96:
            return self.L(t, r, 'MAILSLOT', "%s: Received 'Sam Logon' on UDP LDAP" % self.dom) if False else self.L(t, r, 'MISC', 'NetpDcInitializeContext: DSGETDC_VALID_FLAGS is c3fffff1')
        return self.L(t, r, 'PERF', 'NlAllocateClientSession: New Perf Instance (%016X): "\\\\%s.%s"' % (r.getrandbits(48), r.choice(self.dcs), self.sc['domain']))

    def warn(self, t, r):
        return self.logon(t, r, code='0xC0000071')

    def err(self, t, r):
        if r.random() < 0.6:
            return self.burst(t, r)
        return self.L(t, r, 'CRITICAL', '%s: NlPrintRpcDebug: Couldn\'t get EEInfo for I_NetLogonSamLogonEx: 1761 (may be legitimate for 0xc0000064)' % self.dom)

    def burst(self, t, r):
        return self.logon(t, r, code='0xC000006A', user='svc_backup', ws=self.srv[3], via=self.srv[0])

    def newerr(self, t, r):
        return self.L(t, r, 'CRITICAL', '%s: NlpUserValidateHigher: Can\'t contact DC at \\\\%s.%s (Status: 0xc000005e)' % (self.dom, 'DC03', self.sc['domain']))

    def retry(self, t, r, i):
        k = i % 3
        if k == 0:
            return self.L(t, r, 'SESSION', '%s: NlSessionSetup: Try Session setup' % self.dom)
        if k == 1:
            return self.L(t, r, 'SESSION', '%s: NlDiscoverDc: Start Synchronous Discovery' % self.dom)
        return self.L(t, r, 'CRITICAL', '%s: NlSessionSetup: Session setup: cannot pick trusted DC' % self.dom)


class Domino(F):
    key = 'console.log'
    weight = 1.0
    eol = '\r\n'
    res = 1000

    def setup(self, r):
        self.prefix = self.year >= 2019 or r.random() < 0.5
        self.pid = r.randrange(0x400, 0x3000)
        self.srvname = '%s/%s' % (self.sc['host'].upper(), self.sc['domain'].split('.')[0].upper())
        self.org = self.sc['domain'].split('.')[0].upper()
        self.rel = {2018: ('Lotus Domino', '9.0.1FP10'), 2019: ('IBM Domino', '10.0.1FP2'), 2020: ('HCL Domino', '11.0.1'),
                    2021: ('HCL Domino', '11.0.1FP3'), 2022: ('HCL Domino', '12.0.1'), 2023: ('HCL Domino', '12.0.2FP1'),
                    2024: ('HCL Domino', '14.0FP1'), 2025: ('HCL Domino', '14.0FP3'), 2026: ('HCL Domino', '14.5')}[self.year]
        self.users = ['John Doe', 'Anna Smith', 'Mohammed Khan', 'Li Chen', 'Ravi Patel', 'Brian Wilson', 'Olga Karlsson']
        self.tasks = [(0x0002, r.randrange(0x0400, 0x2000)) for _ in range(10)]

    def L(self, t, r, msg):
        (Y, M, D, h, mi, se, _), ms = self.P(t)
        ap = 'AM' if h < 12 else 'PM'
        h12 = h % 12 or 12
        body = '%02d/%02d/%04d %02d:%02d:%02d %s  %s' % (M, D, Y, h12, mi, se, ap, msg)
        if self.prefix:
            a, b = r.choice(self.tasks)
            return '[%04X:%04X-%04X] %s' % (self.pid, a, b, body)
        return body

    def normal(self, t, r, lat, fail):
        x = r.random()
        u = r.choice(self.users)
        if x < 0.22:
            return self.L(t, r, 'Opened session for %s/%s (Release %s)' % (u, self.org, self.rel[1]))
        if x < 0.44:
            return self.L(t, r, 'Closed session for %s/%s Databases accessed: %5d  Documents read: %5d  Documents written: %5d' % (u, self.org, r.randrange(1, 8), r.randrange(0, 200), r.randrange(0, 20)))
        if x < 0.58:
            return self.L(t, r, 'Router: Transferred %d messages to HUB01/%s (host hub01.%s) via NRPC' % (r.randrange(1, 6), self.org, self.sc['domain']))
        if x < 0.68:
            ip = '10.%d.%d.%d' % (r.randrange(1, 50), r.randrange(255), r.randrange(1, 254))
            t2 = t + r.randrange(200, 4000)
            return [(t, self.L(t, r, 'SMTP Server: %s connected' % ip)), (t2, self.L(t2, r, 'SMTP Server: %s disconnected. %d message[s] received' % (ip, r.randrange(1, 3))))]
        if x < 0.78:
            return self.L(t, r, 'Router: Message %08X delivered to %s/%s' % (r.getrandbits(32), u, self.org))
        if x < 0.86:
            return self.L(t, r, 'AMgr: Agent (\'%s\' in \'mail/%s.nsf\') printing: %s' % (r.choice(['Archive', 'OutOfOffice', 'CleanupInbox']), u.split()[0].lower(), r.choice(['done', 'processed %d documents' % r.randrange(0, 50)])))
        if x < 0.93:
            t2 = t + r.randrange(1000, 9000)
            return [(t, self.L(t, r, 'Starting replication with server HUB01/%s' % self.org)), (t2, self.L(t2, r, 'Finished replication with server HUB01/%s' % self.org))]
        return self.L(t, r, 'Updating views in mail\\%s.nsf' % u.split()[0].lower())

    def hb(self, t, r):
        return self.L(t, r, 'Router: Checking for mail to deliver') if False else self.L(t, r, 'Database Replicator started')
    hb_every = 0

    def warn(self, t, r):
        return self.L(t, r, 'Router: No messages transferred to SMTP01/%s (host smtp01.%s) via SMTP: Remote server is not a known TCP/IP host' % (self.org, self.sc['domain']))

    def err(self, t, r):
        if r.random() < 0.5:
            return self.burst(t, r)
        return self.L(t, r, 'Unable to replicate with server HUB02/%s: File does not exist' % self.org)

    def burst(self, t, r):
        return self.L(t, r, 'Error connecting to server HUB02/%s: Server not responding' % self.org)

    def newerr(self, t, r):
        return self.L(t, r, 'Database Server: Error opening database mail\\%s.nsf: Database is corrupt -- Cannot allocate space' % r.choice(['jdoe', 'asmith', 'shared']))

    def retry(self, t, r, i):
        return self.L(t, r, 'Router: Unable to transfer mail to HUB02/%s: Server not responding; will retry in %d minutes (attempt %d)' % (self.org, 1 + i % 5, 1 + i))

    def panic(self, t, r):
        tt = '[%04X:%04X-%04X]' % (self.pid, 0x0002, self.tasks[0][1])
        out = [self.L(t, r, 'PANIC: OSVBlockAddr: Bad VBlock handle (F000%04X)' % r.getrandbits(16)),
               self.L(t, r, 'Thread=%s' % tt),
               self.L(t, r, 'Stack base=0x%016X, Stack size = %d bytes' % (r.getrandbits(44) << 4, r.randrange(2000, 9000))),
               self.L(t, r, 'Fatal Error signal = 0xc0000005 PID/TID = %d/%d' % (self.pid, self.tasks[0][1])),
               self.L(t + 4000, r, 'NSD is in progress .......')]
        return [(t, '\n'.join(out[:4])), (t + 4000, out[4]), (t + 40000, self.L(t + 40000, r, 'Server: NSD output in D:\\Domino\\data\\IBM_TECHNICAL_SUPPORT\\nsd_W64I_%s.log' % self.sc['host'].upper()))]

    def banner(self, t, r):
        out = [self.L(t, r, '%s (r) Server (Release %s for Windows/64) %s' % (self.rel[0], self.rel[1], '')),
               self.L(t + 500, r, 'Server started on physical node %s' % self.sc['host'].upper()),
               self.L(t + 3000, r, 'Database Replicator started'),
               self.L(t + 3200, r, 'Mail Router started for domain %s' % self.org),
               self.L(t + 4000, r, 'HTTP Server: Started'),
               self.L(t + 6000, r, 'Server started, running %s (r) Server Release %s' % (self.rel[0], self.rel[1]))]
        return [(t, out[0].rstrip() + '\n' + out[1]), (t + 3000, '\n'.join(out[2:4])), (t + 4000, out[4]), (t + 6000, out[5])]

    def stop(self, t, r):
        return [(t, self.L(t, r, 'Server shutdown initiated by %s/%s' % ('Admin', self.org))),
                (t + 2000, self.L(t + 2000, r, 'Router: Shutdown is in progress')),
                (t + 9000, self.L(t + 9000, r, 'Server shutdown complete'))]
