import sys
sys.dont_write_bytecode = True
from fmt_base import *


def kern_oom(r, victim, pid, up):
    return ['%s invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0' % victim,
            'Out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:0 pgtables:%dkB oom_score_adj:0'
            % (pid, victim, r.randint(2000000, 9000000), r.randint(1500000, 8000000), r.randint(1000, 9000), r.randint(3000, 20000)),
            'oom_reaper: reaped process %d (%s), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB' % (pid, victim)]


class Proxmox(Fmt):
    theme = 'virt'
    weight = 1.0
    req_share = 0.05
    has_dur = True
    kinds = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'traffic_flood', 'silence', 'oom_kill', 'disk_full')

    def setup(self, r):
        self.journal = self.year >= 2023
        self.fname = 'journal.txt' if self.journal else 'syslog'
        self.absolute = self.journal
        self.pids = {k: r.randint(900, 4000) for k in ('pvedaemon', 'pveproxy', 'pvestatd', 'pmxcfs', 'corosync', 'pve-firewall', 'zed')}
        self.vms = list(range(100, 100 + r.randint(6, 30)))
        self.up = r.randint(100000, 9000000)

    def P(self, t, tag, msg):
        if self.journal:
            pre = self.iso_off(t, colon=False)
        else:
            pre = self.bsd(t)
        if tag in self.pids:
            tag = '%s[%d]' % (tag, self.pids[tag])
        return '%s %s %s: %s' % (pre, self.host, tag, msg)

    def K(self, t, msg):
        return self.P(t, 'kernel', '[%d.%06d] %s' % (self.up + (t - self.sc.w0) // 1000, t % 1000 * 1000, msg) if not self.journal else msg)

    def upid(self, r, t, typ, vm):
        return 'UPID:%s:%08X:%08X:%08X:%s:%s:root@pam:' % (self.host, r.randint(1000, 2 ** 22), r.randint(10 ** 7, 2 ** 31), t // 1000, typ, vm)

    def req(self, r, t, st, mult):
        return self.P(t, 'pvestatd', 'status update time (%.3f seconds)' % (lognorm(r, 0.9, 0.4) * mult))

    def info(self, r, t):
        x = r.random()
        vm = r.choice(self.vms)
        if x < 0.25:
            return self.P(t, 'pvedaemon', '<root@pam> successful auth for user \'%s@pve\'' % r.choice(['monitoring', 'root', 'backup']))
        if x < 0.4:
            return self.P(t, 'pmxcfs', '[status] notice: received log')
        if x < 0.55:
            return self.P(t, 'pvedaemon', '<root@pam> starting task %s' % self.upid(r, t, r.choice(['vncproxy', 'qmstart', 'qmshutdown', 'vzdump']), vm))
        if x < 0.7:
            return self.P(t, 'pvedaemon', '<root@pam> end task %s OK' % self.upid(r, t, r.choice(['vncproxy', 'qmstart', 'qmshutdown']), vm))
        if x < 0.8:
            return self.K(t, 'fwbr%di0: port 2(tap%di0) entered %s state' % (vm, vm, r.choice(['forwarding', 'blocking', 'disabled'])))
        if x < 0.9:
            return self.P(t, 'pveproxy', 'worker %d finished' % r.randint(10000, 99999))
        return self.P(t, 'zed', 'eid=%d class=history_event pool=\'rpool\'' % r.randint(100, 99999))

    def warn(self, r, t):
        return self.P(t, 'pvestatd', 'VM %d qmp command failed - VM %d qmp command \'query-proxmox-support\' failed - got timeout' % ((r.choice(self.vms),) * 2))

    def err(self, r, t, i):
        if i == 0:
            return self.P(t, 'pvedaemon', 'authentication failure; rhost=::ffff:%s user=root@pam msg=Authentication failure' % ip(r, '10.30'))
        if i == 1:
            return self.P(t, 'pvestatd', "storage 'nfs-backup' is not online")
        return self.P(t, 'pve-firewall', 'status update error: iptables_restore_cmdlist: Try `iptables-restore -h\' for more information.')

    def newerr(self, r, t):
        return self.P(t, 'pve-ha-lrm', 'unable to read lrm status: got timeout')

    def retry(self, r, t):
        h = r.randint(2, 4)
        return self.P(t, 'corosync', r.choice(['  [KNET  ] link: host: %d link: 0 is down' % h, '  [KNET  ] rx: host: %d link: 0 is up' % h,
                                               '  [TOTEM ] Retransmit List: %x %x' % (r.randint(4096, 60000), r.randint(4096, 60000)),
                                               '  [KNET  ] host: host: %d (passive) best link: 0 (pri: 1)' % h]))

    def retry_ok(self, r, t):
        return self.P(t, 'corosync', '  [QUORUM] Members[3]: 1 2 3')

    def oom(self, r, t):
        vm = r.choice(self.vms)
        pid = r.randint(5000, 900000)
        out = [(i * 3, self.K(t + i * 3, x)) for i, x in enumerate(kern_oom(r, 'kvm', pid, self.up))]
        out.append((40, self.P(t + 40, 'systemd[1]', '%d.scope: A process of this unit has been killed by the OOM killer.' % vm)))
        out.append((60, self.P(t + 60, 'systemd[1]', "%d.scope: Failed with result 'oom-kill'." % vm)))
        self.oomvm = vm
        return out

    def banner(self, r, t):
        vm = getattr(self, 'oomvm', None)
        if vm is not None:
            self.oomvm = None
            return [(0, self.P(t, 'pvedaemon', '<root@pam> starting task %s' % self.upid(r, t, 'qmstart', vm))),
                    (900, self.P(t + 900, 'systemd[1]', 'Started %d.scope.' % vm))]
        self.pids['pvedaemon'] = r.randint(10000, 99999)
        p = self.pids['pvedaemon']
        return [(0, self.P(t, 'systemd[1]', 'Starting PVE API Daemon...')),
                (800, self.P(t + 800, 'pvedaemon', 'starting server')),
                (810, self.P(t + 810, 'pvedaemon', 'starting 3 worker(s)')),
                (820, self.P(t + 820, 'pvedaemon', 'worker %d started' % (p + 1))),
                (830, self.P(t + 830, 'pvedaemon', 'worker %d started' % (p + 2))),
                (840, self.P(t + 840, 'pvedaemon', 'worker %d started' % (p + 3))),
                (900, self.P(t + 900, 'systemd[1]', 'Started PVE API Daemon.'))]

    def stop(self, r, t):
        return [(0, self.P(t, 'systemd[1]', 'Stopping PVE API Daemon...')),
                (300, self.P(t + 300, 'pvedaemon', 'received signal TERM')),
                (310, self.P(t + 310, 'pvedaemon', 'server closing')),
                (1300, self.P(t + 1300, 'pvedaemon', 'server stopped')),
                (1400, self.P(t + 1400, 'systemd[1]', 'pvedaemon.service: %s' % ('Deactivated successfully.' if self.year >= 2021 else 'Succeeded.')))]

    def diskfull(self, r, t):
        if r.random() < 0.5:
            return self.P(t, 'pmxcfs', '[database] crit: commit transaction failed: database or disk is full#010')
        return self.P(t, 'rrdcached[%d]' % 1234, 'queue_thread_main: rrd_update_r (/var/lib/rrdcached/db/pve2-vm/%d) failed with status -1. (/var/lib/rrdcached/db/pve2-vm/%d: No space left on device)' % ((r.choice(self.vms),) * 2))

    def periodic(self):
        def pvesr(r, t):
            if self.year >= 2023:
                return self.P(t, 'pmxcfs', '[dcdb] notice: data verification successful')
            return self.P(t, 'systemd[1]', 'Finished Proxmox VE replication runner.' if self.year >= 2021 else 'Started Proxmox VE replication runner.')
        def cron(r, t):
            return self.P(t, 'CRON[%d]' % r.randint(10000, 999999), '(root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)')
        return [(60, pvesr), (600, cron)]


class PveAccess(Fmt):
    fname = 'access.log'
    absolute = True
    theme = 'virt'
    weight = 0.8
    req_share = 0.97
    has_status = True
    kinds = ('error_burst', 'http_5xx', 'traffic_flood', 'silence')
    nerr = 1

    def L(self, r, t, st, m, p, user='root@pam'):
        Y, Mo, D, h, mi, wd, off = self.ck.lt(t)
        return '::ffff:%s - %s [%02d/%02d/%04d:%02d:%02d:%02d %s] "%s %s HTTP/1.1" %d %d' % (
            ip(r, '10.30'), user, D, Mo, Y, h, mi, (t // 1000) % 60, offs(off, False), m, p, st, 0 if st >= 300 and st != 304 else r.randint(90, 40000))

    def req(self, r, t, st, mult):
        m, p = r.choice([('GET', '/api2/json/cluster/resources'), ('GET', '/api2/json/nodes/%s/status' % self.host), ('GET', '/api2/json/cluster/tasks'),
                         ('GET', '/api2/json/nodes/%s/qemu/%d/status/current' % (self.host, r.randint(100, 130))), ('POST', '/api2/json/access/ticket'),
                         ('GET', '/api2/json/nodes/%s/storage/local/status' % self.host), ('GET', '/pve2/ext6/theme-crisp.css')])
        return self.L(r, t, st, m, p, '-' if m == 'POST' or st == 401 else r.choice(['root@pam', 'monitoring@pve']))

    info = warn = lambda self, r, t: self.req(r, t, 200, 1)

    def err(self, r, t, i):
        return self.L(r, t, 596, 'GET', '/api2/json/cluster/resources', 'root@pam')

    def periodic(self):
        return [(10, lambda r, t: self.L(r, t, 200, 'GET', '/api2/json/cluster/status', 'monitoring@pve'))]


class Vpxd(Fmt):
    fname = 'vpxd.log'
    absolute = True
    res = 1
    theme = 'virt'
    weight = 1.4
    req_share = 0.15
    has_dur = True
    kinds = ('error_burst', 'new_error', 'retry_storm', 'latency_shift', 'traffic_flood', 'silence', 'panic', 'oom_kill')

    def setup(self, r):
        self.ver = '6.7.0' if self.year < 2020 else ('7.0.3' if self.year < 2024 else '8.0.2')
        self.build = {'6.7.0': '17713310', '7.0.3': '21477706', '8.0.2': '22617221'}[self.ver]
        self.newpid()
        self.hosts = ['host-%d' % r.randint(10, 9000) for _ in range(12)]
        self.vms = ['vm-%d' % r.randint(10, 9000) for _ in range(60)]

    def newpid(self):
        self.pid = self.r0.randint(1000, 99999)
        self.thr = ['%05d' % (self.pid + i * 3) if self.year >= 2020 else '7F%010X' % (0x2A1B000000 + i * 0x41000) for i in range(24)]

    def L(self, r, t, lvl, sub, msg, op=True):
        opid = ' opID=%s' % r.choice(['%s-%s' % (hexs(r, 8), hexs(r, 4)), 'HostSync-host-%d-%s' % (r.randint(10, 9000), hexs(r, 8)), 'lro-%d-%s' % (r.randint(100000, 999999), hexs(r, 8))]) if op else ''
        return '%s %s vpxd[%s] [Originator@6876 sub=%s%s] %s' % (self.utcz(t), lvl, r.choice(self.thr), sub, opid, msg)

    def req(self, r, t, st, mult):
        return self.L(r, t, 'info', 'VpxProfiler', '[VpxdInvtHostSyncHostLRO] PropertyCollector::WaitForUpdatesEx [TotalTime] took %d ms' % int(lognorm(r, 140, 0.5) * mult))

    def info(self, r, t):
        x = r.random()
        lro = 'lro-%d' % r.randint(100000, 9999999)
        if x < 0.35:
            return self.L(r, t, 'info', 'vpxLro', '[VpxLRO] -- BEGIN %s -- %s -- %s -- %s(%s)' % (lro, r.choice(['ServiceInstance', 'SessionManager', 'PropertyCollector'] + self.vms[:5]),
                                                                                                r.choice(['vim.ServiceInstance.currentTime', 'vmodl.query.PropertyCollector.createFilter', 'vim.SessionManager.sessionIsActive', 'vim.VirtualMachine.powerOn']), uuid(r)[:8] + '-' + hexs(r, 4), uuid(r)))
        if x < 0.7:
            return self.L(r, t, 'info', 'vpxLro', '[VpxLRO] -- FINISH %s' % lro)
        if x < 0.85:
            return self.L(r, t, 'info', 'vpxdvpxdMoVm', '[VpxdMoVm::UpdateState] %s powerState changed to %s' % (r.choice(self.vms), r.choice(['poweredOn', 'poweredOff'])))
        return self.L(r, t, 'info', 'SessionManager', 'Session %s logged in as VSPHERE.LOCAL\\%s from %s' % (hexs(r, 8), r.choice(['svc-backup', 'Administrator', 'svc-monitor']), ip(r, '10.40')))

    def warn(self, r, t):
        return self.L(r, t, 'warning', 'VpxProfiler', 'Ctr: TotalTime = %d ms' % r.randint(3000, 9000))

    def err(self, r, t, i):
        if i == 0:
            return self.L(r, t, 'error', 'vmomi.soapStub[%d]' % r.randint(1, 40), 'SOAP request returned HTTP failure; <<io_obj p:0x%s, h:%d, <TCP \'127.0.0.1 : %d\'>, <TCP \'127.0.0.1 : 1080\'>>, /sdk>, method: retrieveContents; code: 500(Internal Server Error)' % (hexs(r, 16), r.randint(20, 200), r.randint(30000, 60000)))
        if i == 1:
            return self.L(r, t, 'error', 'vpxdvpxdVmomi', '[VpxVmomi] Invoke error: vim.SessionManager.sessionIsActive session: %s Throw: vim.fault.NotAuthenticated' % hexs(r, 8))
        return self.L(r, t, 'error', 'vpxdvpxdMoHost', '[VpxdMoHost] Failed to get host network config for %s' % r.choice(self.hosts))

    def newerr(self, r, t):
        return self.L(r, t, 'error', 'vpxdvpxdInvtHostCnx', '[VpxdInvtHostSyncHostLRO] Failed to sync host %s: vmodl.fault.HostCommunication' % r.choice(self.hosts))

    def retry(self, r, t):
        h = r.choice(self.hosts)
        return r.choice([self.L(r, t, 'warning', 'InvtHostCnx', '[VpxdHostCnx] No heartbeats received from host; cnx: %s, prevMissed: %d, missed: %d' % (uuid(r), r.randint(1, 8), r.randint(9, 20))),
                         self.L(r, t, 'info', 'InvtHostCnx', '[VpxdInvtHostSyncHostLRO] Reconnecting to %s, attempt %d' % (h, r.randint(1, 12)))])

    def retry_ok(self, r, t):
        return self.L(r, t, 'info', 'InvtHostCnx', '[VpxdInvtHostSyncHostLRO] Connected to %s' % r.choice(self.hosts))

    def crash(self, r, t):
        out = [(0, self.L(r, t, 'panic', 'Default', 'Panic: Assert Failed: "_lockCount > 0" @ bora/vpx/vpxd/util/vpxdLock.cpp:412', False)),
               (0, '--> Backtrace:'),
               (0, '--> [backtrace begin] product: VMware VirtualCenter, version: %s, build: %s, tag: vpxd, cpu: x86_64, os: linux, buildType: release' % (self.ver, self.build))]
        for i in range(r.randint(6, 14)):
            out.append((0, '--> backtrace[%02d] %s[0x%08X]' % (i, r.choice(['libvmacore.so', 'vpxd', 'libc.so.6', 'libpthread.so.0']), r.randint(0x10000, 0xFFFFFFF))))
        out.append((0, '--> [backtrace end]'))
        return out

    def oom(self, r, t):
        return [(0, self.L(r, t, 'panic', 'Default', '[MemoryChecker] Current value %d exceeds hard limit %d. Shutting down process.' % (r.randint(9000000, 9900000), 8912896), False)),
                (1, self.L(r, t + 1, 'panic', 'Default', 'Panic: Memory exceeds hard limit. Panic', False))]

    def banner(self, r, t):
        self.newpid()
        return [(0, self.L(r, t, 'info', 'Default', 'Log for VMware VirtualCenter, pid=%d, version=%s, build=%s, option=Release' % (self.pid, self.ver, self.build), False)),
                (1, self.L(r, t + 1, 'info', 'Default', 'Logging uses fast path: false', False)),
                (2, self.L(r, t + 2, 'info', 'Default', 'The bora/lib logs WILL be handled by VmaCore', False)),
                (40, self.L(r, t + 40, 'info', 'Default', 'Initialized channel manager', False)),
                (900, self.L(r, t + 900, 'info', 'vpxdVpxdMain', '[VpxdMain] Vpxd started', False))]

    def stop(self, r, t):
        return [(0, self.L(r, t, 'info', 'vpxdVpxdMain', '[VpxdMain] Received shutdown request', False)),
                (700, self.L(r, t + 700, 'info', 'vpxdVpxdMain', '[VpxdMain] Shutting down vpxd', False))]

    def periodic(self):
        return [(30, lambda r, t: self.L(r, t, 'info', 'vpxdvpxdMoHost', '[VpxdHostCnx] Got heartbeat from host %s' % r.choice(self.hosts))),
                (300, lambda r, t: self.L(r, t, 'info', 'VpxProfiler', '[VpxdStatsCollector] Stats collection for 5 min interval took %d ms' % r.randint(300, 2500)))]


class Ovirt(Fmt):
    fname = 'engine.log'
    absolute = True
    res = 1
    theme = 'virt'
    weight = 1.0
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence', 'oom_kill')

    def setup(self, r):
        self.ver = '4.2.8.2-1.el7' if self.year < 2019 else '4.3.10.4-1.el7' if self.year < 2020 else '4.4.10.7-1.el8' if self.year < 2022 else '4.5.5-1.el8'
        self.hosts = ['host%02d.%s' % (i, self.sc.domain) for i in range(1, r.randint(4, 12))]
        self.vms = ['%s-%02d' % (r.choice(['web', 'db', 'app', 'ci', 'k8s-node']), i) for i in range(1, 40)]
        self.sched = 'DefaultQuartzScheduler%d' if self.year < 2020 else 'EE-ManagedScheduledExecutorService-engineScheduledThreadPool-Thread-%d'

    def L(self, r, t, lvl, cls, thr, corr, msg):
        Y, Mo, D, h, mi, wd, off = self.ck.lt(t)
        return '%04d-%02d-%02d %02d:%02d:%02d,%03d%s %-5s [%s] (%s) [%s] %s' % (Y, Mo, D, h, mi, (t // 1000) % 60, t % 1000, offs(off, False, True), lvl, cls, thr, corr, msg)

    def thr(self, r):
        x = r.random()
        if x < 0.4:
            return self.sched % r.randint(1, 100)
        if x < 0.7:
            return 'default task-%d' % r.randint(1, 200)
        return 'EE-ManagedThreadFactory-engine-Thread-%d' % r.randint(1000, 400000)

    def ev(self, r, t, lvl, evid, msg, corr=''):
        return self.L(r, t, lvl, 'org.ovirt.engine.core.dal.dbbroker.auditloghandling.AuditLogDirector', self.thr(r), corr, 'EVENT_ID: %s, %s' % (evid, msg))

    def info(self, r, t):
        x = r.random()
        vm = r.choice(self.vms)
        c = hexs(r, 8)
        if x < 0.3:
            return self.L(r, t, 'INFO', 'org.ovirt.engine.core.vdsbroker.monitoring.VmAnalyzer', 'ForkJoinPool-1-worker-%d' % r.randint(1, 30), '', "VM '%s'(%s) moved from '%s' --> '%s'" % (uuid(r), vm, *r.choice([('WaitForLaunch', 'PoweringUp'), ('PoweringUp', 'Up'), ('PoweringDown', 'Down'), ('MigratingFrom', 'Up')])))
        if x < 0.5:
            return self.ev(r, t, 'INFO', 'USER_VDC_LOGIN(30)', "User admin@internal-authz connecting from '%s' using session '%s' logged in." % (ip(r, '10.50'), hexs(r, 40)))
        if x < 0.65:
            return self.L(r, t, 'INFO', 'org.ovirt.engine.core.bll.RunVmCommand', self.thr(r), c, 'Running command: RunVmCommand internal: false. Entities affected :  ID: %s Type: VMAction group RUN_VM with role type USER' % uuid(r))
        if x < 0.8:
            return self.ev(r, t, 'INFO', 'USER_STARTED_VM(153)', 'VM %s was started by admin@internal-authz (Host: %s).' % (vm, r.choice(self.hosts)), c)
        return self.L(r, t, 'INFO', 'org.ovirt.engine.core.sso.servlets.OAuthRevokeServlet', 'default task-%d' % r.randint(1, 200), '', 'User admin@internal successfully logged out')

    def warn(self, r, t):
        return self.ev(r, t, 'WARN', 'VDS_HIGH_MEM_USE(532)', 'Used memory of host %s [%d%%] exceeded defined threshold [90%%].' % (r.choice(self.hosts), r.randint(91, 97)))

    def err(self, r, t, i):
        if i == 0:
            return self.ev(r, t, 'ERROR', 'VDS_BROKER_COMMAND_FAILURE(10,802)', 'VDSM %s command GetStatsAsyncVDS failed: Heartbeat exceeded' % r.choice(self.hosts))
        if i == 1:
            return self.L(r, t, 'ERROR', 'org.ovirt.engine.core.bll.storage.disk.image.TransferDiskImageCommand', self.thr(r), hexs(r, 8), 'Transfer failed. Download disk \'%s_Disk1\' (disk id: \'%s\', image id: \'%s\')' % (r.choice(self.vms), uuid(r), uuid(r)))
        return self.ev(r, t, 'ERROR', 'USER_FAILED_RUN_VM(54)', 'Failed to run VM %s (User: admin@internal-authz).' % r.choice(self.vms))

    def newerr(self, r, t):
        return self.ev(r, t, 'ERROR', 'IRS_BROKER_COMMAND_FAILURE(10,803)', 'VDSM command GetImagesListVDS failed: Storage domain does not exist: (\'%s\',)' % uuid(r))

    def retry(self, r, t):
        h = r.choice(self.hosts)
        return r.choice([self.L(r, t, 'WARN', 'org.ovirt.vdsm.jsonrpc.client.reactors.ReactorClient', 'SSL Stomp Reactor', '', 'Retry failed'),
                         self.L(r, t, 'INFO', 'org.ovirt.vdsm.jsonrpc.client.reactors.ReactorClient', 'SSL Stomp Reactor', '', 'Connecting to %s/%s' % (h, ip(r, '10.50'))),
                         self.ev(r, t, 'WARN', 'VDS_HOST_NOT_RESPONDING_CONNECTING(9,008)', "Host %s is not responding. It will stay in Connecting state for a grace period of 60 seconds and after that an attempt to fence the host will be issued." % h)])

    def retry_ok(self, r, t):
        return self.ev(r, t, 'INFO', 'VDS_DETECTED(13)', 'Status of host %s was set to Up.' % r.choice(self.hosts))

    def oom(self, r, t):
        out = [(0, self.L(r, t, 'ERROR', 'org.ovirt.engine.core.utils.timer.JobWrapper', self.sched % 7, '', 'Failed to invoke scheduled method poll: java.lang.OutOfMemoryError: Java heap space'))]
        for x in ['at java.base/java.util.Arrays.copyOf(Arrays.java:3745)', 'at java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:172)',
                  'at org.ovirt.engine.core.vdsbroker.monitoring.VmsStatisticsFetcher.poll(VmsStatisticsFetcher.java:48)']:
            out.append((0, '\t' + x))
        out.append((900, self.L(r, t + 900, 'ERROR', 'org.ovirt.engine.core.bll.Backend', 'ServerService Thread Pool -- 52', '', 'java.lang.OutOfMemoryError: GC overhead limit exceeded')))
        return out

    def banner(self, r, t):
        return [(0, self.L(r, t, 'INFO', 'org.ovirt.engine.core.extensions.mgr.ExtensionsManager', 'ServerService Thread Pool -- 40', '', "Loaded extension 'builtin-authn-internal'")),
                (2500, self.L(r, t + 2500, 'INFO', 'org.ovirt.engine.core.bll.Backend', 'ServerService Thread Pool -- 40', '', 'Running ovirt-engine %s' % self.ver)),
                (6100, self.L(r, t + 6100, 'INFO', 'org.ovirt.engine.core.bll.Backend', 'ServerService Thread Pool -- 40', '', 'Started task scheduler org.ovirt.engine.core.utils.timer.SchedulerUtilQuartzImpl@%s' % hexs(r, 8)))]

    def stop(self, r, t):
        return [(0, self.L(r, t, 'INFO', 'org.ovirt.engine.core.bll.Backend', 'ServerService Thread Pool -- 77', '', 'Stopping engine'))]

    def periodic(self):
        return [(15, lambda r, t: self.L(r, t, 'INFO', 'org.ovirt.engine.core.vdsbroker.vdsbroker.GetAllVmStatsVDSCommand', self.sched % r.randint(1, 100), '', 'FINISH, GetAllVmStatsVDSCommand, return: , log id: %s' % hexs(r, 8)))]
