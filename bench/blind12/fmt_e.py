"""Formats: Firebird, Hazelcast, CBS.log, Sybase ASE errorlog, SAP HANA trace."""
from base import Fmt, MON, DAY, ip, hexs, uuid  # noqa: F401
from fmt_b import USERS


class Firebird(Fmt):
    key = 'firebird'
    fname = 'firebird.log'
    label = 'firebird'
    windows = True
    eol = '\r\n'
    enc = 'cp1252'
    weight = 0.12
    max_rate = 8
    can_silence = False

    def setup(self):
        self.host = 'ERPDB%02d' % self.sc.idx
        self.old = self.year <= 2019

    def ts_sec(self, s):
        t = self.lt(s)
        return '%s %s %2d %02d:%02d:%02d %04d' % (DAY[t[6]], MON[t[1] - 1], t[2], t[3], t[4], t[5], t[0])

    def rec(self, t, lv, m):
        head = ('%s (Server)' % self.host) if self.old else self.host
        return '%s\t%s\n%s\n' % (head, self.sec(t), '\n'.join('\t' + x for x in m.split('\n')))

    def info(self, r):
        x = r.random()
        ws = 'WS%03d' % r.randint(1, 80)
        if x < 0.5:
            return 'I', 'INET/inet_error: read errno = 10054, client host = %s, address = %s/%d, user = %s' % (ws, ip(r, '192.168'), r.randint(49152, 65000), r.choice(USERS))
        if x < 0.75:
            return 'I', 'INET/inet_error: send errno = 10054, client host = %s, address = %s/%d, user = %s' % (ws, ip(r, '192.168'), r.randint(49152, 65000), r.choice(USERS))
        return 'I', 'Sweep is started by SYSDBA\n\tDatabase "C:\\DATA\\ERP.FDB" \n\tOIT %d, OAT %d, OST %d, Next %d' % ((lambda a: (a, a + 3, a + 3, a + 9))(r.randint(10**6, 10**7)))

    def warn(self, r):
        return 'W', 'INET/inet_error: read errno = 10060, client host = WS%03d, address = %s/%d, user = %s' % (r.randint(1, 80), ip(r, '192.168'), r.randint(49152, 65000), r.choice(USERS))

    heartbeat = info
    errors = (
        ('deadlock', lambda s, r: [('E', 'Database: C:\\DATA\\ERP.FDB\n\tdeadlock\n\tupdate conflicts with concurrent update\n\tconcurrent transaction number is %d' % r.randint(10**6, 10**7))]),
        ('Authentication error', lambda s, r: [('E', 'Authentication error\n\tNo matching plugins on server')]),
    )
    new_errors = (('index corrupt', lambda s, r: [('E', 'Database: C:\\DATA\\ERP.FDB\n\tinternal Firebird consistency check (index key too big (181), file: btr.cpp line: 1992)')]),)
    storm = ('connection reset', lambda s, r: ('W', 'INET/inet_error: connect errno = 10061, server host = "replica01", address = %s/3050' % ip(r, '192.168')))

    def disk(self, r):
        return [('E', 'Database: C:\\DATA\\ERP.FDB\n\tI/O error during "WriteFile" operation for file "C:\\DATA\\ERP.FDB"\n\tError while trying to write to file\n\tThere is not enough space on the disk.')]

    def panic(self, r):
        return [('F', '\tAccess violation.\n\t\tThe code attempted to access a virtual address without privilege to do so.\n\tThis exception will cause the Firebird server\n\tto terminate abnormally.'),
                ('E', 'C:\\Program Files\\Firebird\\Firebird_3_0\\firebird.exe: terminated abnormally (-1)')]

    def start(self, r):
        return [('I', 'Guardian starting: C:\\Program Files\\Firebird\\Firebird_%s\\firebird.exe' % ('2_5' if self.old else '3_0')), ('I', 'Database: C:\\DATA\\ERP.FDB\n\tShutdown is not active')]

    def stop(self, r):
        return [('I', 'Guardian: Stopping server at user request')]


class Hazelcast(Fmt):
    JUL = {'c.h.i.d.HealthMonitor': 'com.hazelcast.internal.diagnostics.HealthMonitor', 'c.h.c.i.ClientEndpointManager': 'com.hazelcast.client.impl.ClientEndpointManager',
           'c.h.i.s.t.TcpServerConnection': 'com.hazelcast.nio.tcp.TcpIpConnection', 'c.h.s.i.o.i.InvocationMonitor': 'com.hazelcast.spi.impl.operationservice.impl.InvocationMonitor',
           'c.h.m.i.o.PutOperation': 'com.hazelcast.map.impl.operation.PutOperation', 'c.h.s.i.o.i.Invocation': 'com.hazelcast.spi.impl.operationservice.impl.Invocation',
           'c.h.i.c.i.ClusterMergeTask': 'com.hazelcast.internal.cluster.impl.ClusterMergeTask', 'c.h.i.c.i.TcpIpJoiner': 'com.hazelcast.cluster.impl.TcpIpJoiner',
           'c.h.i.h.i.HotRestartStore': 'com.hazelcast.spi.hotrestart.impl.HotRestartStore', 'c.h.i.i.DefaultOutOfMemoryHandler': 'com.hazelcast.instance.DefaultOutOfMemoryHandler',
           'c.h.c.LifecycleService': 'com.hazelcast.core.LifecycleService', 'c.h.i.c.AbstractConfigLocator': 'com.hazelcast.config.AbstractConfigLocator',
           'c.h.system': 'com.hazelcast.system', 'c.h.s.logo': 'com.hazelcast.system', 'c.h.i.c.ClusterService': 'com.hazelcast.internal.cluster.ClusterService',
           'c.h.i.i.Node': 'com.hazelcast.instance.Node'}
    key = 'hazelcast'
    fname = 'hazelcast.log'
    label = 'hazelcast member'
    res = 0.001
    weight = 0.45

    def setup(self):
        self.jul = self.year <= 2019
        self.me = '10.95.0.%d' % (10 + self.sc.idx)
        self.v = {2018: '3.10.4', 2019: '3.12.2', 2020: '4.0.3', 2021: '4.2.1', 2022: '5.1.3', 2023: '5.3.2', 2024: '5.4.0', 2025: '5.5.0', 2026: '5.6.0'}[self.year]
        if self.jul:
            self.res = 1.0

    def ts_sec(self, s):
        t = self.lt(s)
        if self.jul:
            h = t[3] % 12 or 12
            return '%s %d, %04d %d:%02d:%02d %s' % (MON[t[1] - 1], t[2], t[0], h, t[4], t[5], 'AM' if t[3] < 12 else 'PM')
        return '%04d-%02d-%02d %02d:%02d:%02d' % t[:6]

    def rec(self, t, lv, m):
        thr, cls, msg = m
        L = {'I': 'INFO', 'W': 'WARNING', 'E': 'SEVERE', 'F': 'SEVERE', 'D': 'FINE'}[lv]
        pre = '[%s]:5701 [prod] [%s] ' % (self.me, self.v) if cls != 'raw' else ''
        if self.jul:
            return '%s %s\n%s: %s%s' % (self.sec(t), self.JUL.get(cls, cls.replace('c.h.', 'com.hazelcast.')), L, pre, msg)
        L2 = {'I': ' INFO', 'W': ' WARN', 'E': 'ERROR', 'F': 'ERROR', 'D': 'DEBUG'}[lv]
        return '%s,%s [%s] [%s] [%s]: %s%s' % (self.sec(t), self.ms(t), L2, thr, cls, pre, msg)

    def info(self, r):
        x = r.random()
        if x < 0.4:
            return 'I', ('hz.%s.HealthMonitor' % 'main', 'c.h.i.d.HealthMonitor', 'processors=8, physical.memory.total=31.3G, physical.memory.free=%.1fG, swap.space.total=0, swap.space.free=0, heap.memory.used=%.1fG, heap.memory.free=%.1fG, heap.memory.total=8.0G, heap.memory.max=8.0G, heap.memory.used/total=%.2f%%, heap.memory.used/max=%.2f%%, minor.gc.count=%d, minor.gc.time=%dms, major.gc.count=%d, major.gc.time=%dms, load.process=%.2f%%, load.system=%.2f%%, load.systemAverage=%.2f, thread.count=%d, thread.peakCount=%d, cluster.timeDiff=%d, event.q.size=0, executor.q.async.size=0, executor.q.client.size=0, executor.q.client.query.size=0, executor.q.client.blocking.size=0, executor.q.query.size=0, executor.q.scheduled.size=0, executor.q.io.size=0, executor.q.system.size=0, executor.q.operations.size=0, executor.q.priorityOperation.size=0, operations.completed.count=%d, executor.q.mapLoad.size=0, executor.q.mapLoadAllKeys.size=0, executor.q.cluster.size=0, executor.q.response.size=0, operations.running.count=0, operations.pending.invocations.percentage=0.00%%, operations.pending.invocations.count=0, proxy.count=%d, clientEndpoint.count=%d, connection.active.count=%d, client.connection.count=%d, connection.count=%d' % (
                r.uniform(2, 20), r.uniform(1, 6), r.uniform(1, 6), r.uniform(10, 80), r.uniform(10, 80), r.randint(100, 9000), r.randint(1000, 90000), r.randint(0, 40), r.randint(0, 9000), r.uniform(0, 90), r.uniform(0, 90), r.uniform(0, 8), r.randint(80, 200), r.randint(200, 300), r.randint(-30, 30), r.randint(10**5, 10**8), r.randint(5, 90), r.randint(0, 90), r.randint(2, 90), r.randint(0, 90), r.randint(2, 90)))
        if x < 0.7:
            return 'I', ('hz.client_%d.event-%d' % (r.randint(0, 9), r.randint(1, 8)), 'c.h.c.i.ClientEndpointManager', 'Destroying ClientEndpoint{connection=Connection[id=%d, /%s:5701->/%s:%d, qualifier=null, endpoint=[%s]:%d, alive=false, connectionType=JVM], principal=\'ClientPrincipal{uuid=\'%s\', ownerUuid=\'%s\'}, ownerConnection=true, authenticated=true, clientVersion=%s, creationTime=%d, latest statistics=null}' % (r.randint(10, 9000), self.me, ip(r), r.randint(30000, 65000), ip(r), r.randint(30000, 65000), uuid(r), uuid(r), self.v, r.randint(1.6 * 10**12, 1.7 * 10**12)))
        return 'I', ('hz.main.IO.thread-in-%d' % r.randint(0, 2), 'c.h.i.s.t.TcpServerConnection', 'Connection[id=%d, /%s:5701->/%s:%d, qualifier=null, endpoint=[%s]:%d, alive=false, connectionType=JVM] closed. Reason: Connection closed by the other side' % (r.randint(10, 9000), self.me, ip(r), r.randint(30000, 65000), ip(r), r.randint(30000, 65000)))

    def members(self, r):
        n = r.randint(3, 5)
        lines = ['', '', 'Members {size:%d, ver:%d} [' % (n, r.randint(3, 40))]
        for i in range(n):
            a = self.me if i == 0 else '10.95.0.%d' % (10 + (self.sc.idx + i) % 200)
            lines.append('\tMember [%s]:5701 - %s%s' % (a, uuid(r), ' this' if i == 0 else ''))
        lines.append(']')
        lines.append('')
        return '\n'.join(lines)

    def warn(self, r):
        return 'W', ('hz.main.cached.thread-%d' % r.randint(1, 9), 'c.h.s.i.o.i.InvocationMonitor', 'Invocations:1 timeouts:0 backup-timeouts:1 took:%dms' % r.randint(0, 4))

    errors = (
        ('TargetDisconnectedException', lambda s, r: [('W', ('hz.main.partition-operation.thread-%d' % r.randint(0, 7), 'c.h.m.i.o.PutOperation', 'com.hazelcast.spi.exception.TargetDisconnectedException: Connection closed by the other side\n\tat com.hazelcast.spi.impl.operationservice.impl.InvocationMonitor$OnMemberLeftTask.run0(InvocationMonitor.java:%d)\n\tat com.hazelcast.spi.impl.operationservice.impl.InvocationMonitor$MonitorTask.run(InvocationMonitor.java:%d)\n\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)\n\tat java.base/java.lang.Thread.run(Thread.java:833)' % (r.randint(300, 500), r.randint(200, 300))))]),
        ('OperationTimeoutException', lambda s, r: [('E', ('hz.main.cached.thread-%d' % r.randint(1, 9), 'c.h.s.i.o.i.Invocation', 'com.hazelcast.core.OperationTimeoutException: GetOperation invocation failed to complete due to operation-heartbeat-timeout. Current time: %d-%02d-%02d 10:00:00.000. Start time: %d-%02d-%02d 09:59:58.000. Total elapsed time: 120023 ms.' % (s.year, r.randint(1, 12), r.randint(1, 28), s.year, r.randint(1, 12), r.randint(1, 28))))]),
    )
    new_errors = (('split brain', lambda s, r: [('W', ('hz.main.cached.thread-%d' % r.randint(1, 9), 'c.h.i.c.i.ClusterMergeTask', 'Merging to [10.95.0.%d]:5701, because: joinRequest.getMemberCount() > currentMemberCount [%d > %d]' % (r.randint(10, 20), r.randint(3, 5), r.randint(1, 2))))]),)
    storm = ('connect retry', lambda s, r: ('I', ('hz.main.cached.thread-%d' % r.randint(1, 9), 'c.h.i.c.i.TcpIpJoiner', 'Could not connect to: /10.95.0.%d:5701. Reason: IOException[Connection refused to address /10.95.0.%d:5701]' % ((lambda a: (a, a))(r.randint(10, 20))))))

    def disk(self, r):
        return [('E', ('hz.main.hot-restart.thread-%d' % r.randint(0, 3), 'c.h.i.h.i.HotRestartStore', 'Hot Restart store write failed\njava.io.IOException: No space left on device\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n\tat java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:287)\n\tat com.hazelcast.internal.hotrestart.impl.gc.ChunkManager.write(ChunkManager.java:212)'))]

    def oom(self, r):
        return [('E', ('hz.main.partition-operation.thread-%d' % r.randint(0, 7), 'c.h.i.i.DefaultOutOfMemoryHandler', 'Node is out of memory (java.lang.OutOfMemoryError: Java heap space). Shutting down the node...\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat com.hazelcast.internal.serialization.impl.ByteArrayObjectDataOutput.ensureAvailable(ByteArrayObjectDataOutput.java:%d)\n\tat com.hazelcast.map.impl.operation.PutAllOperation.run(PutAllOperation.java:%d)' % (r.randint(300, 400), r.randint(80, 120)))),
                ('I', ('hz.main.cached.thread-1', 'c.h.c.LifecycleService', 'is SHUTTING_DOWN'))]
    oom_restarts = True

    def panic(self, r):
        return [('E', ('main', 'raw', 'Exception in thread "hz.main.partition-operation.thread-3" java.lang.IllegalStateException: Partition table is not initialized!\n\tat com.hazelcast.internal.partition.impl.InternalPartitionServiceImpl.getPartitionOwner(InternalPartitionServiceImpl.java:%d)\n\tat com.hazelcast.spi.impl.operationservice.impl.OperationRunnerImpl.run(OperationRunnerImpl.java:%d)\n\tat java.base/java.lang.Thread.run(Thread.java:833)' % (r.randint(400, 500), r.randint(180, 250)))),
                ('E', ('hz.main.cached.thread-1', 'c.h.c.LifecycleService', 'is SHUTTING_DOWN'))]

    def start(self, r):
        return [('I', ('main', 'c.h.i.c.AbstractConfigLocator', 'Loading configuration \'/opt/hazelcast/config/hazelcast.yaml\' from System property \'hazelcast.config\'')),
                ('I', ('main', 'c.h.system', 'Hazelcast %s (20230523 - %s) starting at [%s]:5701' % (self.v, hexs(r, 7), self.me))),
                ('I', ('main', 'c.h.s.logo', '\n\t+       +  o    o     o     o---o o----o o      o---o     o     o----o o--o--o\n\t+ +   + +  |    |    / \\       /  |      |     /         / \\    |         |   \n\t+ + + + +  o----o   o   o     o   o----o |    o         o   o   o----o    |   \n\t+ +   + +  |    |  /     \\   /    |      |     \\       /     \\       |    |   \n\t+       +  o    o o       o o---o o----o o----o o---o o       o o----o    o   ')),
                ('I', ('main', 'c.h.system', 'Copyright (c) 2008-%d, Hazelcast, Inc. All Rights Reserved.' % self.year)),
                ('I', ('main', 'c.h.i.c.ClusterService', self.members(r))),
                ('I', ('main', 'c.h.c.LifecycleService', 'is STARTED'))]

    def stop(self, r):
        return [('I', ('hz.ShutdownThread', 'c.h.c.LifecycleService', 'is SHUTTING_DOWN')), ('I', ('hz.ShutdownThread', 'c.h.i.i.Node', 'Shutting down connection manager...')),
                ('I', ('hz.ShutdownThread', 'c.h.i.i.Node', 'Hazelcast Shutdown is completed in %d ms.' % r.randint(100, 3000))), ('I', ('hz.ShutdownThread', 'c.h.c.LifecycleService', 'is SHUTDOWN'))]


class CBS(Fmt):
    key = 'cbs'
    fname = 'CBS.log'
    label = 'Windows CBS'
    windows = True
    eol = '\r\n'
    weight = 0.7
    kinds = ('error_burst', 'new_error', 'traffic_flood', 'silence', 'disk_full', 'retry_storm')

    def setup(self):
        self.build = {2018: '10.0.17134.1', 2019: '10.0.18362.1', 2020: '10.0.19041.1', 2021: '10.0.19041.1', 2022: '10.0.22000.1', 2023: '10.0.22621.1', 2024: '10.0.22621.3', 2025: '10.0.26100.1', 2026: '10.0.26100.4'}[self.year]
        self.csi = 0x4000 * self.sc.idx

    def ts_sec(self, s):
        return '%04d-%02d-%02d %02d:%02d:%02d' % self.lt(s)[:6]

    def rec(self, t, lv, m):
        comp, msg = m
        L = {'I': 'Info', 'W': 'Warning', 'E': 'Error', 'F': 'Error', 'D': 'Info'}[lv]
        if comp == 'CSI':
            self.csi += 1
            tt = self.lt(int(t))
            msg = '%08x@%d/%d/%d:%02d:%02d:%02d.%03d %s' % (self.csi, tt[0], tt[1], tt[2], tt[3], tt[4], tt[5], int((t - int(t)) * 1000), msg)
        return '%s, %-22s%-7s%s' % (self.sec(t), L, comp, msg)

    PK = ['Package_for_RollupFix~31bf3856ad364e35~amd64~~%s', 'Package_for_KB5034441~31bf3856ad364e35~amd64~~%s', 'Microsoft-Windows-Defender-Client-Package~31bf3856ad364e35~amd64~~%s']

    def pkg(self, r):
        return r.choice(self.PK) % ('.'.join(self.build.split('.')[:3]) + '.%d' % r.randint(1000, 4000))

    def info(self, r):
        x = r.random()
        if x < 0.25:
            return 'I', ('CBS', 'Session: 31%06d_%d initialized by client WindowsUpdateAgent, external staging directory: (null), external registry directory: (null)' % (r.randint(0, 999999), r.randint(10**8, 10**10)))
        if x < 0.45:
            return 'I', ('CBS', 'Read out cached package applicability for package: %s, ApplicableState: 112, CurrentState:112' % self.pkg(r))
        if x < 0.6:
            return 'I', ('CSI', 'CSI Transaction @0x%s initialized for deployment engine {d16d444c-56d8-11d5-882d-0080c847b195} with flags 00000002 and client id [10]"TI6.0_0:0/"' % hexs(r, 12))
        if x < 0.75:
            return 'I', ('CBS', 'Appl: detect Parent, Package: %s, Parent: %s, Disposition = Detect, VersionComp: EQ, ServiceComp: GE, BuildComp: GE, DistributionComp: GE, RevisionComp: GE, Exist: present' % (self.pkg(r), self.pkg(r)))
        if x < 0.88:
            return 'I', ('CBS', 'Exec: Processing started.  Client: WindowsUpdateAgent, Session(Stack): 31%06d_%d, Package: %s' % (r.randint(0, 999999), r.randint(10**8, 10**10), self.pkg(r)))
        return 'I', ('CSI', 'Warning: Overlap: Duplicate ownership for directory \\??\\C:\\Windows\\System32\\%s in component Microsoft-Windows-%s, version %s, arch amd64, nonSxS, pkt {l:8 b:31bf3856ad364e35}' % (r.choice(['drivers', 'wbem', 'en-US']), r.choice(['Kernel', 'WMI-Core', 'Shell']), self.build))

    def warn(self, r):
        return 'W', ('CBS', 'Failed to get next element [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]') if r.random() < 0.5 else ('CBS', 'Failed to open package file: \\\\?\\C:\\Windows\\Servicing\\Packages\\%s.mum [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]' % self.pkg(r))

    errors = (
        ('CBS_E_INSTALLERS_FAILED', lambda s, r: [('E', ('CBS', 'Failed to execute execution chain. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]')), ('E', ('CBS', 'Failed to process single phase execution. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]'))]),
        ('ERROR_SXS_ASSEMBLY_MISSING', lambda s, r: [('E', ('CBS', 'Failed to pin deployment while resolving Update: %s from file: (null) [HRESULT = 0x80073701 - ERROR_SXS_ASSEMBLY_MISSING]' % s.pkg(r)))]),
    )
    new_errors = (('store corruption', lambda s, r: [('E', ('CSI', '(F) STATUS_SXS_COMPONENT_STORE_CORRUPT #%d# from Windows::ServicingAPI::CCSITransaction::ICSITransaction_PinDeployment(Flags = 0, a = %s, version %s, arch amd64, nonSxS, pkt {l:8 b:31bf3856ad364e35}, cb = (null), s = (null), rid = \'%s\', rah = \'2\', manpath = (null), catpath = (null), ed = 0, disp = 0)[gle=0x80073712]' % (r.randint(10**5, 10**6), r.choice(['Microsoft-Windows-Kernel', 'Microsoft-Windows-Shell']), s.build, s.pkg(r))))]),)
    storm = ('TrustedInstaller retry', lambda s, r: ('I', ('CBS', 'Failed to query DisableWerReporting flag.  Assuming not set... [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]')) if r.random() < 0 else ('W', ('CBS', 'Retrying to acquire the TiWorker lock (attempt %d). [HRESULT = 0x80070020 - ERROR_SHARING_VIOLATION]' % r.randint(1, 50))))

    def disk(self, r):
        return [('E', ('CSI', '(F) Failed to create file \\SystemRoot\\WinSxS\\Temp\\InFlight\\%s\\%s.cat [gle=0x80070070]' % (hexs(r, 32), hexs(r, 8)))),
                ('E', ('CBS', 'Failed to stage package. [HRESULT = 0x80070070 - ERROR_DISK_FULL]'))]

    def panic(self, r):
        return []

    def start(self, r):
        return [('I', ('CBS', 'TI: --- Initializing Trusted Installer ---')), ('I', ('CBS', 'TI: Last boot time: %d-%02d-%02d 07:12:41.500' % (self.year, r.randint(1, 12), r.randint(1, 28)))),
                ('I', ('CBS', 'Starting TrustedInstaller initialization.')), ('I', ('CBS', 'Lock: New lock added: TiWorkerClassFactory, level: 30, total lock:6')),
                ('I', ('CBS', 'Loaded Servicing Stack v%s with Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_%s_none_%s\\cbscore.dll' % (self.build, self.build, hexs(r, 16)))),
                ('I', ('CSI', '@%d/%d/%d:07:12:41.500 WcpInitialize: wcp.dll version %s (WinBuild.160101.0800)' % (self.year, r.randint(1, 12), r.randint(1, 28), self.build))),
                ('I', ('CBS', 'Ending TrustedInstaller initialization.')), ('I', ('CBS', 'Starting the TrustedInstaller main loop.')), ('I', ('CBS', 'TrustedInstaller service starts successfully.'))]

    def stop(self, r):
        return [('I', ('CBS', 'Trusted Installer is shutting down because: SHUTDOWN_REASON_AUTOMATIC')), ('I', ('CBS', 'TiWorker signaled for shutdown, going to exit.')),
                ('I', ('CBS', 'Ending the TiWorker main loop.')), ('I', ('CBS', 'Starting TiWorker finalization.')), ('I', ('CBS', 'Ending TiWorker finalization.')),
                ('I', ('CBS', 'Ending the TrustedInstaller main loop.')), ('I', ('CBS', 'Starting TrustedInstaller finalization.')), ('I', ('CBS', 'Ending TrustedInstaller finalization.'))]


class Sybase(Fmt):
    key = 'sybase'
    fname = 'SYB_PROD.log'
    label = 'Sybase ASE'
    res = 0.01
    weight = 0.2
    max_rate = 25

    def ts_sec(self, s):
        return '%04d/%02d/%02d %02d:%02d:%02d' % self.lt(s)[:6]

    def rec(self, t, lv, m):
        spid, src, msg = m
        pre = '%02d:%04d:%05d:%05d:%s.%02d %-8s' % (0, 2 + spid % 7, 0, spid, self.sec(t), int((t - int(t)) * 100), src)
        return '\n'.join(pre + x for x in msg.split('\n'))

    def spid(self, r):
        return r.randint(11, 400)

    def info(self, r):
        x = r.random()
        s = self.spid(r)
        if x < 0.4:
            return 'I', (s, 'kernel', 'Cannot read, host process disconnected: %s spid: %d' % (r.choice(['APPSRV01', 'BATCH02', 'WEB03']), s))
        if x < 0.6:
            return 'I', (s, 'server', 'Starting dump of database \'%s\'' % r.choice(['prod', 'sales'])) if r.random() < 0.05 else (s, 'kernel', 'extended error information: hostname: %s login: %s' % (r.choice(['APPSRV01', 'BATCH02']), r.choice(['app', 'report'])))
        if x < 0.8:
            return 'I', (s, 'server', 'Configuration file \'/opt/sybase/SYB_PROD.cfg\' has been written and the previous version has been renamed to \'/opt/sybase/SYB_PROD.%03d\'.' % r.randint(1, 999)) if r.random() < 0.03 else (s, 'kernel', 'nconnect: Connection from %s:%d' % (ip(r), r.randint(30000, 65000)))
        return 'I', (s, 'backup', 'Log dumped: database prod, %d pages' % r.randint(100, 90000)) if r.random() < 0.1 else (s, 'server', 'DBCC TRACEON 3604, SPID %d' % s)

    def warn(self, r):
        s = self.spid(r)
        return 'W', (s, 'server', 'Error: 1608, Severity: 18, State: 4\nA client process exited abnormally, or a network error was encountered. Unless other errors occurred, continue processing normally.')

    errors = (
        ('Error 1205 deadlock', lambda s, r: [('E', (s.spid(r), 'server', 'Error: 1205, Severity: 13, State: 2\nYour server command (family id #0, process id #%d) encountered a deadlock situation. Please re-run your command.' % s.spid(r)))]),
        ('Error 3621 aborted', lambda s, r: [('E', (s.spid(r), 'server', 'Error: 3621, Severity: 10, State: 0\nCommand has been aborted.'))]),
    )
    new_errors = (('Error 1204 locks', lambda s, r: [('E', (s.spid(r), 'server', 'Error: 1204, Severity: 17, State: 2\nASE has run out of LOCKS. Re-run your command when there are fewer active users, or contact a user with System Administrator (SA) role to reconfigure ASE with more LOCKS.'))]),)
    storm = ('login timeout retries', lambda s, r: ('W', (s.spid(r), 'kernel', 'ueconnect: Could not connect to Backup Server SYB_BACKUP: timed out, retrying')))

    def disk(self, r):
        s = self.spid(r)
        return [('E', (s, 'server', 'Error: 1105, Severity: 17, State: 4\nCan\'t allocate space for object \'syslogs\' in database \'prod\' because \'logsegment\' segment is full/has no free extents. If you ran out of space in syslogs, dump the transaction log. Otherwise, use ALTER DATABASE to increase the size of the segment.')),
                ('W', (s, 'server', 'Space available in the log segment has fallen critically low in database \'prod\'. All future modifications to this database will be suspended until the log is successfully dumped and space becomes available.'))]

    def panic(self, r):
        s = self.spid(r)
        return [('F', (s, 'kernel', 'Current process (0x%s) infected with signal 11 (SIGSEGV)\nAddress 0x0x0000000001%s (lock__release_prefetch_locks+0x%x), siginfo (code, address) = (1, 0x0x0000000000000008)\n************************************\nSQL causing error : exec sp_process_orders @batch = %d\n************************************' % (hexs(r, 8), hexs(r, 6), r.randint(16, 900), r.randint(1, 9999)))),
                ('F', (s, 'server', 'SQL Text: exec sp_process_orders')),
                ('F', (s, 'kernel', 'curdb = 4 tempdb = 2 pstat = 0x10000\nlasterror = 0 preverror = 0 transtate = 1\ncurcmd = 236 program = isql\nextended error information: hostname: APPSRV01 login: app\npc: 0x0000000001%s ucbacktrace+0x89(0x0,0x1,0x0)\npc: 0x0000000001%s terminate_process+0x%x()\npc: 0x0000000001%s kisignal+0x%x()\nend of stack trace, spid %d, kpid %d, suid 1' % (hexs(r, 6), hexs(r, 6), r.randint(16, 900), hexs(r, 6), r.randint(16, 900), s, r.randint(10**6, 10**9))))]

    def start(self, r):
        v = {2018: '16.0 SP03 PL03', 2019: '16.0 SP03 PL07', 2020: '16.0 SP03 PL08', 2021: '16.0 SP04 PL01', 2022: '16.0 SP04 PL02', 2023: '16.0 SP04 PL04', 2024: '16.0 SP04 PL06', 2025: '16.0 SP04 PL07', 2026: '16.0 SP04 PL08'}[self.year]
        return [('I', (0, 'kernel', 'SySAM: Using licenses from: /opt/sybase/SYSAM-2_0/licenses')), ('I', (0, 'kernel', 'Adaptive Server Enterprise/%s/EBF 30000 SMP/P/x86_64/SLES 12.4/ase160sp04x/3600/64-bit/FBO/Thu Feb 11 01:41:00 2021' % v)),
                ('I', (0, 'kernel', 'Using config area from primary master device.')), ('I', (0, 'kernel', 'Allocating a shared memory segment of size %d bytes.' % r.randint(10**9, 10**10))),
                ('I', (0, 'kernel', 'Network and device connection limit is 65519.')), ('I', (1, 'server', 'Recovery complete.')), ('I', (1, 'server', 'ASE\'s default unicode sort order is \'binary\'.')),
                ('I', (1, 'server', 'Master device size: 1024 megabytes, or 524288 virtual pages. (A virtual page is 2048 bytes.)'))]

    def stop(self, r):
        return [('I', (16, 'server', 'Server SHUTDOWN by request.')), ('I', (16, 'server', 'ASE is terminating this process.')), ('I', (16, 'kernel', 'ueshutdown: exiting'))]


class Hana(Fmt):
    key = 'hana'
    fname = 'indexserver_hana01.30003.000.trc'
    label = 'SAP HANA indexserver'
    res = 1e-6
    weight = 0.6

    def ts_sec(self, s):
        return '%04d-%02d-%02d %02d:%02d:%02d' % self.lt(s)[:6]

    def rec(self, t, lv, m):
        th, conn, comp, src, msg = m
        L = {'I': 'i', 'W': 'w', 'E': 'e', 'F': 'f', 'D': 'd'}[lv]
        return '[%d]{%d}[%s] %s.%s %s %-16s %s : %s' % (th, conn, '%d/%d' % (conn // 7, -1) if conn > 0 else '-1/-1', self.sec(t), self.us(t), L, comp, src, msg)

    def th(self, r):
        return r.randint(1000, 90000)

    def info(self, r):
        x = r.random()
        c = r.randint(200000, 400000)
        if x < 0.35:
            return 'I', (self.th(r), -1, 'SavepointManager', 'SavepointImpl.cpp(%05d)' % 3221, 'Savepoint current savepoint version: %d, restart redo log position: 0x%s, next savepoint version: %d, last snapshot SP version: 0' % (r.randint(10**4, 10**6), hexs(r, 8), r.randint(10**4, 10**6)))
        if x < 0.6:
            return 'I', (self.th(r), c, 'Authentication', 'SessionManager.cpp(%05d)' % 2164, 'Session %d opened for user %s from %s' % (c, r.choice(['SAPHANADB', 'ETL_USER', 'BI_READ']), ip(r)))
        if x < 0.8:
            return 'I', (self.th(r), -1, 'TableReload', 'TRexApiSystem.cpp(%05d)' % 434, 'Merge of table SAPHANADB:%s finished, %d rows, mergeTime=%dms' % (r.choice(['VBAK', 'VBAP', 'ACDOCA', 'BSEG']), r.randint(10**3, 10**7), r.randint(10, 9000)))
        return 'I', (self.th(r), -1, 'PersistenceManag', 'PersistenceManagerImpl.cpp(%05d)' % 1480, 'Persistence garbage collection: %d pages freed' % r.randint(0, 9000))

    def warn(self, r):
        return 'W', (self.th(r), r.randint(200000, 400000), 'SQLSession', 'sm_handler.cc(%05d)' % 12, 'query plan cache full, eviction of %d plans' % r.randint(10, 200))

    errors = (
        ('transaction rolled back by lock wait timeout', lambda s, r: [('E', (s.th(r), r.randint(200000, 400000), 'TraceContext', 'TraceContext.cpp(%05d)' % 1247, 'UserName=ETL_USER, ApplicationUserName=ETL, Application=python, ApplicationSource=etl.py:112, StatementHash=%s' % hexs(r, 32))),
                                                                      ('E', (s.th(r), r.randint(200000, 400000), 'SQLSession', 'sm_handler.cc(%05d)' % 9780, 'transaction rolled back by lock wait timeout: Lock-wait time out exceeded'))]),
        ('invalid column name', lambda s, r: [('E', (s.th(r), r.randint(200000, 400000), 'SQLSession', 'sm_handler.cc(%05d)' % 12570, 'invalid column name: LAST_LOGIN: line 1 col 30 (at pos 29)'))]),
    )
    new_errors = (('column store error', lambda s, r: [('E', (s.th(r), r.randint(200000, 400000), 'SQLSession', 'sm_handler.cc(%05d)' % 12570, 'column store error: [2048] column store error: process parameters error: [6923] Attribute engine failed;attribute not found,object=SAPHANADB:ACDOCA$%s$' % r.choice(['RCLNT', 'RLDNR', 'RBUKRS'])))]),)
    storm = ('system replication reconnect', lambda s, r: ('W', (s.th(r), -1, 'sr_dataaccess', 'DisasterRecoveryProtocol.cpp(%05d)' % 3690, 'Communication channel closed to secondary hana02:40002 (reason: timeout), retry connect in 30 seconds')))

    def disk(self, r):
        return [('E', (self.th(r), -1, 'Logger', 'LoggerImpl.cpp(%05d)' % 1181, 'Cannot create log segment /hana/log/HDB/mnt00001/hdb00003.00003/logsegment_000_%08d.dat: rc=28: No space left on device' % r.randint(1000, 9999))),
                ('W', (self.th(r), -1, 'Logger', 'LoggerImpl.cpp(%05d)' % 1210, 'Log full: waiting for free log segments'))]

    def oom(self, r):
        th = self.th(r)
        return [('E', (th, r.randint(200000, 400000), 'Memory', 'ReportMemoryProblems.cpp(%05d)' % 733, 'OUT OF MEMORY occurred.\nHost: hana01\nExecutable: hdbindexserver\nPID: %d\nFailed to allocate %d byte.\nCurrent callstack:\n1: 0x00007f%s in MemoryManager::PoolAllocator::allocateNoThrowImpl(unsigned long, void const*)+0x7b0 at PoolAllocator.cpp:1127 (libhdbbasis.so)\n2: 0x00007f%s in ltt::allocator::allocate(unsigned long)+0x20 at memory.cpp:183 (libhdbbasis.so)' % (r.randint(1000, 90000), r.randint(10**8, 10**10), hexs(r, 10), hexs(r, 10)))),
                ('E', (th, -1, 'Memory', 'ReportMemoryProblems.cpp(%05d)' % 1508, 'OOM dump written to /usr/sap/HDB/HDB00/hana01/trace/indexserver_hana01.30003.rtedump.%04d%02d%02d-%02d%02d%02d.%06d.oom.trc' % (tuple(self.lt(int(self.now))[:6]) + (r.randint(1, 9999),))))]

    def panic(self, r):
        th = self.th(r)
        return [('F', (th, -1, 'Crash', 'CrashHandler.cpp(%05d)' % 234, 'Crash at /data/xmake/prod-build7010/w/hanaws/src/ptime/query/plan_executor/trex/trex_wrapper.cc:1062\nException type: exception 1000000: Assertion failed\nException message: assertion failed: (idx < size)')),
                ('F', (th, -1, 'Crash', 'CrashHandler.cpp(%05d)' % 401, 'Crashdump written to /usr/sap/HDB/HDB00/hana01/trace/indexserver_hana01.30003.crashdump.%04d%02d%02d-%02d%02d%02d.%06d.trc' % (tuple(self.lt(int(self.now))[:6]) + (r.randint(1, 9999),))))]

    def start(self, r):
        return [('I', (self.th(r), -1, 'Basis', 'TraceStream.cpp(%05d)' % 469, '==== Starting hdbindexserver, version 2.00.%03d.00.%d (fa/hana2sp%02d), build linuxx86_64 %s' % (r.choice([59, 67, 73, 76]), r.randint(1600000000, 1700000000), r.choice([5, 6, 7]), hexs(r, 40)))),
                ('I', (self.th(r), -1, 'Service_Startup', 'TrexService.cpp(%05d)' % 498, 'Initialize persistence...')), ('I', (self.th(r), -1, 'Logger', 'LoggerImpl.cpp(%05d)' % 445, 'Restart redo log position: 0x%s' % hexs(r, 8))),
                ('I', (self.th(r), -1, 'Service_Startup', 'TrexService.cpp(%05d)' % 870, 'Service is ready'))]

    def stop(self, r):
        return [('I', (self.th(r), -1, 'Service_Shutdown', 'TrexService.cpp(%05d)' % 5752, 'Stopping service...')), ('I', (self.th(r), -1, 'Service_Shutdown', 'TrexService.cpp(%05d)' % 6090, 'Service shutdown complete'))]
