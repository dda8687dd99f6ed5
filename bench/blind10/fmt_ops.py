"""Ops / virtualisation / cloud formats: Zabbix, Nagios, libvirtd, Pacemaker, Ansible, VPC Flow Logs, CloudTrail, CoreDNS."""
import json
from core import *


class Zabbix(Fmt):
    key = 'zabbix'
    soft = 'Zabbix server'
    kinds = ('error_burst', 'new_error', 'retry_storm', 'panic', 'disk_full', 'traffic_flood', 'silence')
    vol = 0.6

    def init(self, r):
        self.ver = {2018: ('4.0.2', '4f2a1a3b'), 2019: ('4.2.8', 'a34b8f5e'), 2020: ('5.0.5', '3f1e5b2a'), 2021: ('5.4.8', '9f3c2d1e'),
                    2022: ('6.0.10', 'a1b2c3d4'), 2023: ('6.0.21', '7d8e9f01'), 2024: ('7.0.4', 'b5c6d7e8')}.get(self.year, ('7.0.18', 'c9d0e1f2'))
        self.pids = [r.randint(1000, 40000) for _ in range(40)]
        self.items = ['system.cpu.load[all,avg1]', 'vfs.fs.size[/,pfree]', 'net.if.in[eth0]', 'proc.num[nginx]', 'mysql.status[Uptime]', 'web.page.get[localhost,/status]']
        self.errs = [self.e_agent, self.e_unsup]
        self.news = [self.n_trigger]

    def fname(self):
        return 'zabbix_server.log'

    def line(self, t, msg, pid=None):
        g = self.L(t)
        return f'{pid or 0:6d}:{g.tm_year}{g.tm_mon:02d}{g.tm_mday:02d}:{g.tm_hour:02d}{g.tm_min:02d}{g.tm_sec:02d}.{(t//1000)%1000:03d} {msg}'

    def p(self, r):
        return r.choice(self.pids)

    def info(self, r, t, st):
        x = r.random()
        h = r.choice(HOSTS)
        if x < 0.45:
            return self.line(t, f'cannot send list of active checks to "{ip(r,"10.")}": host [{r.choice(("laptop-%03d" % r.randint(1,300), "old-" + h, "ws-%04d" % r.randint(1,999)))}] not found', self.p(r))
        if x < 0.7:
            return self.line(t, f'resuming Zabbix agent checks on host "{h}": connection restored', self.p(r))
        if x < 0.85:
            return self.line(t, f'enabling Zabbix agent checks on host "{h}": interface became available', self.p(r))
        return self.line(t, f'item "{h}:{r.choice(self.items)}" became supported', self.p(r))

    def warn(self, r, t, st):
        return self.line(t, f'slow query: {r.uniform(3,9):.6f} sec, "select clock,ns,value from history_uint where itemid={r.randint(20000,90000)} and clock>{t//1000000-3600} and clock<={t//1000000}"', self.p(r))

    def e_agent(self, r, t):
        h = r.choice(HOSTS)
        return self.line(t, f'Zabbix agent item "{r.choice(self.items)}" on host "{h}" failed: first network error, wait for 15 seconds', self.p(r))

    def e_unsup(self, r, t):
        return self.line(t, f'item "{r.choice(HOSTS)}:{r.choice(self.items)}" became not supported: Cannot obtain filesystem information: [2] No such file or directory', self.p(r))

    def n_trigger(self, r, t):
        return self.line(t, f'temporarily disabling Zabbix agent checks on host "{r.choice(HOSTS)}": interface unavailable', self.p(r))

    def retry(self, r, t):
        p = self.p(r)
        return self.line(t, "[Z3001] connection to database 'zabbix' failed: [2002] Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)", p) + '\n' + self.line(t, 'database is down: reconnecting in 10 seconds', p)

    def disk(self, r, t):
        p = self.p(r)
        return self.line(t, f"[Z3005] query failed: [1114] The table 'history_uint' is full [insert into history_uint (itemid,clock,ns,value) values ({r.randint(20000,90000)},{t//1000000},{r.randint(0,999999999)},{r.randint(0,99999)});\n]", p)

    def panic(self, r, t):
        p = self.p(r)
        L = [f'Got signal [signal:11(SIGSEGV),reason:1,refaddr:(nil)]. Crashing ...', '====== Fatal information: ======', f'Program counter: 0x55{hx(r,10)}', '=== Registers: ===']
        for reg in ('r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'rdi', 'rsi', 'rbp', 'rbx', 'rdx', 'rax', 'rcx', 'rsp', 'rip'):
            v = r.randint(0, 0x7fffffffffff)
            L.append(f'{reg:<7} = {v:16x} = {v:20d} = {v:20d}')
        L.append('=== Backtrace: ===')
        fr = ['zbx_log_fatal_info+0x14f', '(+0x15e9b0)', '(+0x42520)', 'zbx_vc_get_values+0x2e1', 'DCsync_history+0x5a4', 'history_syncer_thread+0x1b3', 'zbx_thread_start+0x37', '(+0x94b43)', 'clone+0x44']
        for i, f in enumerate(fr):
            L.append(f'{len(fr)-i}: /usr/sbin/zabbix_server: history syncer #{r.randint(1,4)} [processed 0 values, 0 triggers in 0.000000 sec, syncing history]({f}) [0x55{hx(r,10)}]')
        L += ['=== Memory map: ===', f'55{hx(r,10)}-55{hx(r,10)} r--p 00000000 fd:00 {r.randint(10**5,10**6)} /usr/sbin/zabbix_server', '==== End of Memory map ===',
              '================================', 'Please consider attaching a disassembly listing to your bug report.',
              'This listing can be produced with, e.g., objdump -DSswx /usr/sbin/zabbix_server.', '================================']
        rec = '\n'.join(self.line(t, x, p) for x in L)
        t2 = t + 500000
        mp = self.pids[0]
        out = [(t, rec), (t2, self.line(t2, f'One child process died (PID:{p},exitcode/signal:11). Exiting ...', mp)),
               (t2 + 2000000, self.line(t2 + 2000000, f'Zabbix Server stopped. Zabbix {self.ver[0]} (revision {self.ver[1]}).', mp))]
        return out + self.start(r, t2 + r.randint(5, 30) * 1000000)

    def stop(self, r, t):
        return [(t, self.line(t, 'Got signal [signal:15(SIGTERM),sender_pid:1,sender_uid:0,reason:0]. Exiting ...', self.pids[0])),
                (t + 2000000, self.line(t + 2000000, f'Zabbix Server stopped. Zabbix {self.ver[0]} (revision {self.ver[1]}).', self.pids[0]))]

    def start(self, r, t):
        self.pids = [p + r.randint(100, 900) for p in self.pids]
        mp = self.pids[0]
        L = [f'Starting Zabbix Server. Zabbix {self.ver[0]} (revision {self.ver[1]}).', '****** Enabled features ******',
             'SNMP monitoring:           YES', 'IPMI monitoring:           YES', 'Web monitoring:            YES', 'VMware monitoring:         YES',
             'SMTP authentication:       YES', 'ODBC:                      YES', 'SSH support:               YES', 'IPv6 support:              YES',
             'TLS support:               YES', '******************************', 'using configuration file: /etc/zabbix/zabbix_server.conf',
             'current database version (mandatory/optional): 06000000/06000020', 'required mandatory version: 06000000']
        out = [(t + i * 1000, self.line(t + i * 1000, x, mp)) for i, x in enumerate(L)]
        out.append((t + 900000, self.line(t + 900000, 'server #0 started [main process]', mp)))
        for i, nm in enumerate(('configuration syncer', 'housekeeper', 'timer #1', 'http poller #1', 'history syncer #1', 'poller #1', 'trapper #1')):
            out.append((t + 910000 + i * 1000, self.line(t + 910000 + i * 1000, f'server #{i+1} started [{nm} #1]'.replace(' #1 #1', ' #1'), self.pids[i + 1])))
        return out

    def periodic(self):
        return [(3600, lambda r, t: self.line(t, 'executing housekeeper', self.pids[1]) + '\n' + self.line(t + 2000000, f'housekeeper [deleted {r.randint(1000,900000)} hist/trends, 0 items/triggers, {r.randint(0,90)} events, {r.randint(0,30)} problems, 0 sessions, 0 alarms, 0 audit, 0 records in {r.uniform(1,30):.6f} sec, idle for 1 hour(s)]', self.pids[1]))]


class Nagios(Fmt):
    key = 'nagios'
    soft = 'Nagios Core'
    kinds = ('error_burst', 'new_error', 'traffic_flood', 'silence')
    vol = 0.5
    res_us = 1000000

    def init(self, r):
        self.ver = '3.5.1' if self.year <= 2018 and r.random() < 0.5 else {2018: '4.4.2', 2019: '4.4.5', 2020: '4.4.6', 2021: '4.4.6', 2022: '4.4.9', 2023: '4.4.14', 2024: '4.5.7'}.get(self.year, '4.5.9')
        self.svcs = ['PING', 'SSH', 'HTTP', 'Disk /', 'Load', 'Swap', 'NTP', 'MySQL', 'Current Users']
        self.pid = r.randint(1000, 60000)
        self.errs = [self.e_crit, self.e_down]
        self.news = [self.n_orphan]

    def fname(self):
        return 'nagios.log'

    def line(self, t, msg):
        return f'[{t//1000000}] {msg}'

    def info(self, r, t, st):
        h = r.choice(HOSTS)
        x = r.random()
        if x < 0.8:
            s = r.choice(self.svcs)
            out = {'PING': f'PING OK - Packet loss = 0%, RTA = {r.uniform(0.2,3):.2f} ms', 'HTTP': f'HTTP OK: HTTP/1.1 200 OK - {r.randint(300,90000)} bytes in {r.uniform(0.001,0.3):.3f} second response time',
                   'Disk /': f'DISK OK - free space: / {r.randint(2000,90000)} MB ({r.randint(20,90)}% inode={r.randint(50,99)}%):', 'Load': f'OK - load average: {r.uniform(0,2):.2f}, {r.uniform(0,2):.2f}, {r.uniform(0,2):.2f}',
                   'SSH': 'SSH OK - OpenSSH_8.9p1 Ubuntu-3ubuntu0.6 (protocol 2.0)', 'NTP': f'NTP OK: Offset {r.uniform(-0.01,0.01):.6f} secs'}.get(s, 'OK')
            return self.line(t, f'PASSIVE SERVICE CHECK: {h};{s};0;{out}')
        if x < 0.9:
            return self.line(t, f'SERVICE ALERT: {h};{r.choice(self.svcs)};OK;SOFT;2;OK')
        return self.line(t, f'EXTERNAL COMMAND: PROCESS_SERVICE_CHECK_RESULT;{h};{r.choice(self.svcs)};0;OK')

    def warn(self, r, t, st):
        h = r.choice(HOSTS)
        return self.line(t, f'SERVICE ALERT: {h};Load;WARNING;SOFT;1;WARNING - load average: {r.uniform(4,8):.2f}, {r.uniform(3,6):.2f}, {r.uniform(2,5):.2f}')

    def e_crit(self, r, t):
        h = r.choice(HOSTS)
        return self.line(t, f'SERVICE ALERT: {h};HTTP;CRITICAL;{r.choice(("SOFT","HARD"))};{r.randint(1,3)};CRITICAL - Socket timeout after 10 seconds')

    def e_down(self, r, t):
        return self.line(t, f'HOST ALERT: {r.choice(HOSTS)};DOWN;SOFT;{r.randint(1,3)};PING CRITICAL - Packet loss = 100%')

    def n_orphan(self, r, t):
        return self.line(t, f"Warning: The check of service '{r.choice(self.svcs)}' on host '{r.choice(HOSTS)}' looks like it was orphaned (results never came back; last_check={t//1000000 - r.randint(300,900)}; next_check={t//1000000 - r.randint(10,200)}).  I'm scheduling an immediate check of the service...")

    def periodic(self):
        return [(3600, lambda r, t: self.line(t, 'Auto-save of retention data completed successfully.'))]

    def stop(self, r, t):
        return [(t, self.line(t, 'Caught SIGTERM, shutting down...')), (t + 1000000, self.line(t + 1000000, f'Successfully shutdown... (PID={self.pid})'))]

    def start(self, r, t):
        self.pid += r.randint(5, 400)
        g = self.L(t)
        out = [(t, self.line(t, f'Nagios {self.ver} starting... (PID={self.pid})')),
               (t + 1, self.line(t + 1, f'Local time is {DOW[g.tm_wday]} {MON[g.tm_mon-1]} {g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d} {self.sc.tzabbr} {g.tm_year}')),
               (t + 2, self.line(t + 2, 'LOG VERSION: 2.0'))]
        if not self.ver.startswith('3'):
            out += [(t + 3, self.line(t + 3, "qh: Socket '/usr/local/nagios/var/rw/nagios.qh' successfully initialized")),
                    (t + 4, self.line(t + 4, 'nerd: Channel hostchecks registered successfully')),
                    (t + 5, self.line(t + 5, 'nerd: Channel servicechecks registered successfully')),
                    (t + 6, self.line(t + 6, 'wproc: Successfully registered manager as @wproc with query handler'))]
            for i in range(4):
                out.append((t + 7 + i, self.line(t + 7 + i, f'wproc: Registry request: name=Core Worker {self.pid + 1 + i};pid={self.pid + 1 + i}')))
            out.append((t + 20, self.line(t + 20, f'Successfully launched command file worker with pid {self.pid + 5}')))
        return out


class Libvirtd(Fmt):
    key = 'libvirtd'
    soft = 'libvirt daemon'
    kinds = ('error_burst', 'new_error', 'retry_storm', 'disk_full', 'traffic_flood', 'silence')
    vol = 0.4

    def init(self, r):
        self.ver = {2018: '4.0.0', 2019: '5.0.0', 2020: '6.0.0', 2021: '7.0.0', 2022: '8.0.0', 2023: '9.0.0', 2024: '10.0.0'}.get(self.year, '11.0.0')
        self.pkg = {2018: '1ubuntu8.5 (Ubuntu)', 2019: '4ubuntu1 (Ubuntu)', 2020: '0ubuntu8.5 (Ubuntu)', 2021: '6ubuntu3 (Ubuntu)', 2022: '1ubuntu10.4 (Ubuntu)', 2023: '9.0.0-4 (Debian)', 2024: '1ubuntu6 (Ubuntu)'}.get(self.year, '11.0.0-2 (Debian)')
        self.vms = [f'vm-{n}' for n in ('web01', 'web02', 'db01', 'build01', 'mon01', 'ci-runner-3')]
        self.thr = [r.randint(1000, 90000) for _ in range(12)]
        self.errs = [self.e_eof, self.e_agent]
        self.news = [self.n_hook]

    def fname(self):
        return 'libvirtd.log'

    def line(self, t, lvl, fn, msg, th=None):
        g = self.U(t)
        return f'{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{(t//1000)%1000:03d}+0000: {th or self.thr[0]}: {lvl} : {fn} : {msg}'

    def th(self, r):
        return r.choice(self.thr)

    def info(self, r, t, st):
        x = r.random()
        vm = r.choice(self.vms)
        if x < 0.45:
            return self.line(t, 'info', f'qemuMonitorIOWrite:{r.choice((453,433,452))}', f'QEMU_MONITOR_IO_WRITE: mon=0x7f{hx(r,10)} buf={{"execute":"query-balloon","id":"libvirt-{r.randint(100,9000)}"}}\r\n len={r.randint(50,70)} ret={r.randint(50,70)} errno=0'.replace('\r\n', '\\r\\n'), self.th(r))
        if x < 0.8:
            return self.line(t, 'info', f'qemuMonitorJSONIOProcessLine:{r.choice((240,236,239))}', f'QEMU_MONITOR_RECV_REPLY: mon=0x7f{hx(r,10)} reply={{"return": {{"actual": {r.choice((2,4,8))*1073741824}}}, "id": "libvirt-{r.randint(100,9000)}"}}', self.th(r))
        if x < 0.92:
            return self.line(t, 'info', f'virObjectRef:{r.choice((402,401))}', f'OBJECT_REF: obj=0x7f{hx(r,10)}', self.th(r))
        return self.line(t, 'info', f'qemuProcessHandleShutdown:{r.choice((569,598))}' if r.random() < 0.01 else f'virDomainObjListAdd:{r.randint(300,320)}', f'Domain {vm} already active' if False else f'vm={vm}, obj=0x7f{hx(r,10)}', self.th(r))

    def warn(self, r, t, st):
        vm = r.choice(self.vms)
        return self.line(t, 'warning', f'qemuDomainObjTaint:{r.choice((6043,5948,6203))}', f"Domain id={r.randint(1,40)} name='{vm}' uuid={uuid(r)} is tainted: custom-monitor", self.th(r))

    def e_eof(self, r, t):
        return self.line(t, 'error', f'virNetSocketReadWire:{r.choice((1791,1806,1832))}', 'End of file while reading data: Input/output error', self.th(r))

    def e_agent(self, r, t):
        return self.line(t, 'error', f'qemuDomainAgentAvailable:{r.choice((8420,9112,8890))}', 'Guest agent is not responding: QEMU guest agent is not connected', self.th(r))

    def n_hook(self, r, t):
        return self.line(t, 'error', 'virCommandWait:2749', f'internal error: Child process (LC_ALL=C PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /etc/libvirt/hooks/qemu {r.choice(self.vms)} prepare begin -) unexpected exit status 1', self.th(r))

    def retry(self, r, t):
        vm = r.choice(self.vms[:2])
        return self.line(t, 'warning', f'qemuDomainObjBeginJobInternal:{r.choice((8680,7929))}', f'Cannot start job (query, none, none) for domain {vm}; current job is (modify, none, none) owned by ({self.thr[3]} remoteDispatchDomainBlockJobAbort, 0 <null>, 0 <null> (flags=0x0)) for ({r.randint(30,900)}s, 0s, 0s)', self.th(r)) + '\n' + \
            self.line(t, 'error', f'qemuDomainObjBeginJobInternal:{r.choice((8702,7951))}', 'Timed out during operation: cannot acquire state change lock (held by monitor=remoteDispatchDomainBlockJobAbort)', self.th(r))

    def disk(self, r, t):
        vm = r.choice(self.vms)
        return self.line(t, 'error', 'qemuMonitorJSONCheckErrorFull:404' if self.year >= 2021 else 'qemuMonitorJSONCheckError:394', f"internal error: unable to execute QEMU command 'blockdev-snapshot-sync': Could not create file: No space left on device", self.th(r))

    def stop(self, r, t):
        return [(t, self.line(t, 'info', 'virNetDaemonRun:' + str(r.choice((839, 851))), 'Daemon shutdown requested (signal 15)'))]

    def start(self, r, t):
        self.thr = [x + r.randint(100, 900) for x in self.thr]
        g = self.U(t)
        ts = f'{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{(t//1000)%1000:03d}+0000'
        return [(t, f'{ts}: {self.thr[0]}: info : libvirt version: {self.ver}, package: {self.pkg}\n{ts}: {self.thr[0]}: info : hostname: kvm01'),
                (t + 300000, self.line(t + 300000, 'info', 'virNetServerAddClient' if False else 'daemonRunStateInit:' + str(r.choice((820, 891))), 'Startup of libvirt daemon completed'.replace('Startup of libvirt daemon completed', 'Daemon initialization complete')))]


class Pacemaker(Fmt):
    key = 'pacemaker'
    soft = 'Pacemaker'
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence')
    vol = 0.7
    res_us = 1000000

    def init(self, r):
        self.old = self.year <= 2018
        self.nodes = ['node1', 'node2'] if r.random() < 0.5 else ['pcmk-1', 'pcmk-2', 'pcmk-3']
        self.host = self.nodes[0]
        self.pids = {d: r.randint(1000, 5000) for d in ('based', 'fenced', 'execd', 'attrd', 'schedulerd', 'controld', 'pacemakerd')}
        self.rscs = ['vip', 'haproxy', 'pgsql', 'fs_data', 'drbd_data']
        self.trans = r.randint(10, 900)
        self.errs = [self.e_mon, self.e_fail]
        self.news = [self.n_fence]
        self.cib = [0, r.randint(100, 900), r.randint(1, 90)]
        self.retries = 0

    def fname(self):
        return 'pacemaker.log' if not self.old else 'corosync.log'

    OLD = {'based': 'cib', 'fenced': 'stonith-ng', 'execd': 'lrmd', 'attrd': 'attrd', 'schedulerd': 'pengine', 'controld': 'crmd', 'pacemakerd': 'pacemakerd'}

    def line(self, t, d, fn, lvl, msg):
        if self.old:
            return f'{self.syslog_ts(t, "0")} [{self.pids[d]}] {self.host} {self.OLD[d]:>10}: {lvl:>8}: {fn}:\t{msg}'
        dn = d if d == 'pacemakerd' else 'pacemaker-' + d
        return f'{self.syslog_ts(t, "0")} {self.host} {dn:<19} [{self.pids[d]}] ({fn}) \t{lvl}: {msg}'

    def info(self, r, t, st):
        x = r.random()
        rs = r.choice(self.rscs)
        if x < 0.35:
            self.cib[2] += 1
            return self.line(t, 'based', 'cib_process_request', 'info', f'Completed cib_modify operation for section status: OK (rc=0, origin={r.choice(self.nodes)}/crmd/{r.randint(10,900)}, version=0.{self.cib[1]}.{self.cib[2]})')
        if x < 0.55:
            return self.line(t, 'based', 'cib_perform_op', 'info', f'+  /cib/status/node_state[@id=\'{r.randint(1,3)}\']/lrm[@id=\'{r.randint(1,3)}\']/lrm_resources/lrm_resource[@id=\'{rs}\']/lrm_rsc_op[@id=\'{rs}_last_0\']:  @transition-key={r.randint(1,40)}:{self.trans}:0:{uuid(r)}, @transition-magic=0:0;{r.randint(1,40)}:{self.trans}:0:{uuid(r)}, @call-id={r.randint(10,900)}, @last-rc-change={t//1000000}, @exec-time={r.randint(10,900)}')
        if x < 0.7:
            return self.line(t, 'controld', 'process_lrm_event', 'notice', f'Result of monitor operation for {rs} on {self.host}: ok | rc=0 call={r.randint(10,900)} key={rs}_monitor_10000 confirmed=false cib-update={r.randint(10,900)}') if not self.old else self.line(t, 'controld', 'process_lrm_event', 'notice', f'Operation {rs}_monitor_10000: ok (node={self.host}, call={r.randint(10,900)}, rc=0, cib-update={r.randint(10,900)}, confirmed=false)')
        if x < 0.8:
            self.trans += 1
            return self.line(t, 'schedulerd', 'pcmk__log_transition_summary' if self.year >= 2021 else 'process_pe_message', 'notice', f'Calculated transition {self.trans}, saving inputs in /var/lib/pacemaker/pengine/pe-input-{self.trans}.bz2')
        if x < 0.9:
            return self.line(t, 'controld', 'do_state_transition', 'notice', 'State transition S_IDLE -> S_POLICY_ENGINE | input=I_PE_CALC cause=C_FSA_INTERNAL origin=abort_transition_graph')
        return self.line(t, 'attrd', 'attrd_peer_update', 'info', f'Setting master-drbd_data[{r.choice(self.nodes)}]: 10000 -> 10000 from {r.choice(self.nodes)}')

    def warn(self, r, t, st):
        rs = r.choice(self.rscs)
        return self.line(t, 'schedulerd', 'unpack_rsc_op_failure', 'warning', f'Unexpected result (not running) was recorded for monitor of {rs} on {r.choice(self.nodes)} at {MON[self.L(t).tm_mon-1]} {self.L(t).tm_mday} {self.L(t).tm_hour:02d}:{self.L(t).tm_min:02d}:{self.L(t).tm_sec:02d} {self.L(t).tm_year} | rc=7 id={rs}_last_failure_0')

    def e_mon(self, r, t):
        rs = r.choice(self.rscs)
        return self.line(t, 'controld', 'process_lrm_event', 'error', f'Result of monitor operation for {rs} on {self.host}: Timed Out | call={r.randint(10,900)} key={rs}_monitor_10000 timeout=20000ms')

    def e_fail(self, r, t):
        rs = r.choice(self.rscs)
        return self.line(t, 'execd', 'log_op_output' if self.year >= 2021 else 'operation_finished', 'notice' if False else 'error', f'{rs}_monitor_10000[{r.randint(10000,90000)}] error output [ ocf-exit-reason:{rs} is not running ]'.replace('error output', 'error output'))

    def n_fence(self, r, t):
        return self.line(t, 'fenced', 'initiate_remote_stonith_op', 'error', f'Operation \'reboot\' targeting {self.nodes[-1]} by {self.host} for pacemaker-controld.{self.pids["controld"]}@{self.host}: No route to host | id={uuid(r)}')

    def retry(self, r, t):
        self.retries += 1
        return self.line(t, 'controld', 'do_cib_control', 'warning', f"Couldn't complete CIB registration {self.retries} times... pause and retry")

    def stop(self, r, t):
        return [(t, self.line(t, 'pacemakerd', 'crm_signal_dispatch', 'notice', 'Caught \'Terminated\' signal | 15 (invoking handler)')),
                (t + 1000000, self.line(t + 1000000, 'pacemakerd', 'pcmk_shutdown_worker', 'notice', 'Shutting down Pacemaker')),
                (t + 9000000, self.line(t + 9000000, 'pacemakerd', 'pcmk_shutdown_worker', 'notice', 'Shutdown complete'))]

    def start(self, r, t):
        for k in self.pids:
            self.pids[k] += r.randint(100, 900)
        v = '1.1.18' if self.old else {2019: '2.0.1', 2020: '2.0.3', 2021: '2.0.5', 2022: '2.1.2', 2023: '2.1.5'}.get(self.year, '2.1.8')
        out = [(t, self.line(t, 'pacemakerd', 'main' if self.year < 2021 else 'pacemakerd_main' if False else 'main', 'notice', f'Starting Pacemaker {v} | build=0{hx(r,6)} features:agent-manpages cibsecrets compat-2.0 corosync-ge-2 default-concurrent-fencing generated-manpages monotonic nagios ncurses remote systemd'))]
        for i, d in enumerate(('based', 'fenced', 'execd', 'attrd', 'schedulerd', 'controld')):
            out.append((t + 1000 * (i + 1), self.line(t + 1000 * (i + 1), 'pacemakerd', 'start_child', 'info', f'Using uid={189 if d != "execd" else 0} and group={189} for process {("pacemaker-" + d) if not self.old else self.OLD[d]}')))
            out.append((t + 1000 * (i + 1) + 1, self.line(t + 1000 * (i + 1) + 1, 'pacemakerd', 'start_child', 'info', f'Forked child {self.pids[d]} for process {("pacemaker-" + d) if not self.old else self.OLD[d]}')))
        return out


class Ansible(Fmt):
    key = 'ansible'
    soft = 'Ansible'
    kinds = ('error_burst', 'new_error', 'retry_storm')
    vol = 0
    fixed = 0.0

    def init(self, r):
        self.n = self.year >= 2020
        self.pid = r.randint(1000, 90000)
        self.user = r.choice(('root', 'deploy', 'awx'))
        self.hosts = r.sample(HOSTS, 6)
        self.errs = [self.e_unreach]
        self.news = [self.n_pkg]
        self.pb = r.choice(('site.yml', 'patch.yml', 'deploy-app.yml'))

    def fname(self):
        return 'ansible.log'

    def line(self, t, msg, pid=None):
        g = self.L(t)
        pre = f'{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d},{(t//1000)%1000:03d} p={pid or self.pid} u={self.user}'
        return f'{pre} n=ansible | {msg}' if self.n else f'{pre} |  {msg}'

    def info(self, r, t, st):
        return self.line(t, f'ok: [{r.choice(self.hosts)}]')

    def hb(self, r, t):
        return self.line(t, f'ok: [{r.choice(self.hosts)}]')

    def periodic(self):
        return [(1200, self.run)]

    def run(self, r, t):
        self.pid += r.randint(50, 3000)
        p = self.pid
        recs = [self.line(t, f'PLAY [{r.choice(("webservers","all","app"))}] ' + '*' * 60, p)]
        tt = t
        tasks = ['Gathering Facts', 'common : ensure base packages are installed', 'common : configure chrony', 'nginx : template nginx.conf',
                 'app : deploy release', 'app : restart app service', 'app : wait for health endpoint']
        if r.random() < 0.5:
            tt += 300000
            recs.append(self.line(tt, f'[WARNING]: Platform linux on host {self.hosts[0]} is using the discovered Python\ninterpreter at /usr/bin/python3, but future installation of another Python\ninterpreter could change the meaning of that path. See\nhttps://docs.ansible.com/ansible-core/2.15/reference_appendices/interpreter_discovery.html\nfor more information.', p))
        for tk in tasks:
            tt += r.randint(500000, 4000000)
            recs.append(self.line(tt, f'TASK [{tk}] ' + '*' * max(3, 70 - len(tk)), p))
            for h in self.hosts:
                tt += r.randint(20000, 900000)
                recs.append(self.line(tt, f'{r.choice(("ok","ok","changed"))}: [{h}]', p))
        tt += 200000
        recs.append(self.line(tt, 'PLAY RECAP ' + '*' * 60, p))
        for h in self.hosts:
            recs.append(self.line(tt, f'{h:<26}: ok={len(tasks)}    changed={r.randint(0,3)}    unreachable=0    failed=0    skipped={r.randint(0,2)}    rescued=0    ignored=0' if self.n else f'{h:<26}: ok={len(tasks)}    changed={r.randint(0,3)}    unreachable=0    failed=0   ', p))
        return '\n'.join(recs)

    def e_unreach(self, r, t):
        h = r.choice(self.hosts)
        return self.line(t, f'fatal: [{h}]: UNREACHABLE! => {{"changed": false, "msg": "Failed to connect to the host via ssh: ssh: connect to host {h}.corp.example.com port 22: Connection timed out", "unreachable": true}}')

    def n_pkg(self, r, t):
        h = r.choice(self.hosts)
        return self.line(t, f'fatal: [{h}]: FAILED! => {{"cache_update_time": {t//1000000 - 3600}, "cache_updated": false, "changed": false, "msg": "\'/usr/bin/apt-get -y -o \\"Dpkg::Options::=--force-confdef\\" -o \\"Dpkg::Options::=--force-confold\\"       install \'nginx=1.24.0-1~jammy\'\' failed: E: Version \'1.24.0-1~jammy\' for \'nginx\' was not found\\n", "rc": 100, "stderr": "E: Version \'1.24.0-1~jammy\' for \'nginx\' was not found\\n", "stderr_lines": ["E: Version \'1.24.0-1~jammy\' for \'nginx\' was not found"], "stdout": "", "stdout_lines": []}}')

    def retry(self, r, t):
        h = r.choice(self.hosts)
        self._rl = getattr(self, '_rl', 600) - 1
        if self.n:
            return self.line(t, f'FAILED - RETRYING: [{h}]: app : wait for health endpoint ({max(self._rl // 6, 1)} retries left).')
        return self.line(t, f'FAILED - RETRYING: app : wait for health endpoint ({max(self._rl // 6, 1)} retries left).')


class VPCFlow(Fmt):
    key = 'vpcflow'
    soft = 'AWS VPC Flow Logs'
    kinds = ('error_burst', 'new_error', 'traffic_flood', 'silence')
    vol = 2.0
    gz_always = True
    res_us = 1000000

    def init(self, r):
        self.acct = str(r.randint(10**11, 10**12 - 1))
        self.region = r.choice(('us-east-1', 'eu-west-1', 'eu-central-1', 'ap-south-1', 'ap-southeast-2', 'sa-east-1'))
        self.fl = 'fl-' + hx(r, 17)
        self.custom = self.year >= 2021 and r.random() < 0.6
        self.enis = ['eni-' + hx(r, 17) for _ in range(12)]
        self.vpc = 'vpc-' + hx(r, 17)
        self.subnets = ['subnet-' + hx(r, 17) for _ in range(4)]
        self.inst = ['i-' + hx(r, 17) for _ in range(12)]
        self.tag = hx(r, 8)
        self.errs = [self.e_reject]
        self.news = [self.n_skip]
        if self.custom:
            self.fields = 'version vpc-id subnet-id instance-id interface-id account-id type srcaddr dstaddr srcport dstport pkt-srcaddr pkt-dstaddr protocol bytes packets start end action tcp-flags log-status'
        else:
            self.fields = 'version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status'

    def fname(self):
        g = self.U(self.sc.ws * 1000000)
        return f'{self.acct}_vpcflowlogs_{self.region}_{self.fl}_{g.tm_year}{g.tm_mon:02d}{g.tm_mday:02d}T{g.tm_hour:02d}{(g.tm_min//5)*5:02d}Z_{self.tag}.log'

    def rec(self, r, t, action, src, dst, sp, dp, pr, pk, by, status='OK'):
        i = r.randrange(len(self.enis))
        s = t // 1000000
        e = s + r.randint(5, 60)
        if self.custom:
            return f'5 {self.vpc} {self.subnets[i%4]} {self.inst[i]} {self.enis[i]} {self.acct} IPv4 {src} {dst} {sp} {dp} {src} {dst} {pr} {by} {pk} {s} {e} {action} {r.choice((2,3,18,19,27)) if pr==6 else 0} {status}'
        return f'2 {self.acct} {self.enis[i]} {src} {dst} {sp} {dp} {pr} {pk} {by} {s} {e} {action} {status}'

    def info(self, r, t, st):
        if r.random() < 0.5:
            return self.rec(r, t, 'ACCEPT', ip(r, '10.'), ip(r, '10.'), r.randint(1024, 65535), r.choice((443, 5432, 6379, 8080, 53)), r.choice((6, 6, 6, 17)), r.randint(1, 300), r.randint(40, 400000))
        return self.rec(r, t, 'ACCEPT', ip(r, 'pub'), ip(r, '10.'), r.randint(1024, 65535), 443, 6, r.randint(1, 90), r.randint(40, 90000))

    def warn(self, r, t, st):
        return self.rec(r, t, 'REJECT', ip(r, 'pub'), ip(r, '10.'), r.randint(1024, 65535), r.choice((22, 23, 3389, 445, 1433, 6379)), 6, 1, 40 + r.choice((0, 4, 20)))

    def e_reject(self, r, t):
        return self.rec(r, t, 'REJECT', '198.51.100.77', ip(r, '10.'), r.randint(1024, 65535), r.choice((22, 3389)), 6, r.randint(1, 3), 60)

    def n_skip(self, r, t):
        i = r.randrange(len(self.enis))
        s = t // 1000000
        if self.custom:
            return f'5 {self.vpc} {self.subnets[i%4]} {self.inst[i]} {self.enis[i]} {self.acct} - - - - - - - - - - {s} {s+r.randint(30,60)} - - SKIPDATA'
        return f'2 {self.acct} {self.enis[i]} - - - - - - - {s} {s+r.randint(30,60)} - SKIPDATA'

    def periodic(self):
        return [(600, lambda r, t: (lambda i: f'2 {self.acct} {self.enis[i]} - - - - - - - {t//1000000} {t//1000000 + 60} - NODATA' if not self.custom else f'5 {self.vpc} {self.subnets[i%4]} {self.inst[i]} {self.enis[i]} {self.acct} - - - - - - - - - - {t//1000000} {t//1000000+60} - - NODATA')(r.randrange(12)))]

    def render(self, recs):
        return (self.fields + '\n' + '\n'.join(recs) + '\n').encode()


class CloudTrail(Fmt):
    key = 'cloudtrail'
    soft = 'AWS CloudTrail'
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood')
    vol = 0.3
    gz_always = True
    res_us = 1000000

    def init(self, r):
        self.acct = str(r.randint(10**11, 10**12 - 1))
        self.region = r.choice(('us-east-1', 'eu-west-1', 'eu-central-1', 'ap-south-1'))
        self.ev = {2018: '1.05', 2019: '1.05', 2020: '1.08', 2021: '1.08', 2022: '1.08', 2023: '1.09'}.get(self.year, '1.10' if self.year >= 2025 else '1.09')
        self.roles = ['AppServerRole', 'LambdaExecRole', 'TerraformDeployer', 'DatadogIntegration']
        self.tag = ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(16))
        self.errs = [self.e_denied]
        self.news = [self.n_kms]

    def fname(self):
        g = self.U(self.sc.ws * 1000000)
        return f'{self.acct}_CloudTrail_{self.region}_{g.tm_year}{g.tm_mon:02d}{g.tm_mday:02d}T{g.tm_hour:02d}{(g.tm_min//5)*5:02d}Z_{self.tag}.json'

    def ident(self, r):
        role = r.choice(self.roles)
        sess = 'i-' + hx(r, 17) if role == 'AppServerRole' else r.choice(USERS)
        return {'type': 'AssumedRole', 'principalId': f'AROA{HX(r,17)}:{sess}', 'arn': f'arn:aws:sts::{self.acct}:assumed-role/{role}/{sess}',
                'accountId': self.acct, 'accessKeyId': f'ASIA{HX(r,16)}',
                'sessionContext': {'sessionIssuer': {'type': 'Role', 'principalId': f'AROA{HX(r,17)}', 'arn': f'arn:aws:iam::{self.acct}:role/{role}', 'accountId': self.acct, 'userName': role},
                                   'webIdFederationData': {}, 'attributes': {'creationDate': self.iso(r.randint(0, 3000) and (0)), 'mfaAuthenticated': 'false'}}}

    def iso(self, t):
        g = self.U(t)
        return f'{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}Z'

    def ev_(self, r, t, src, name, params, resp=None, err=None, ro=True):
        idt = self.ident(r)
        idt['sessionContext']['attributes']['creationDate'] = self.iso(t - r.randint(60, 3500) * 1000000)
        d = {'eventVersion': self.ev, 'userIdentity': idt, 'eventTime': self.iso(t), 'eventSource': src, 'eventName': name, 'awsRegion': self.region,
             'sourceIPAddress': ip(r, '10.') if r.random() < 0.6 else f'{src}', 'userAgent': r.choice(('aws-sdk-java/1.12.529 Linux/5.10.186-179.751.amzn2.x86_64 OpenJDK_64-Bit_Server_VM/17.0.8+7-LTS java/17.0.8 vendor/Amazon.com_Inc.',
                                                                                                       'Boto3/1.28.40 md/Botocore#1.31.40 ua/2.0 os/linux#5.15.0 md/arch#x86_64 lang/python#3.11.4 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.31.40',
                                                                                                       'APN/1.0 HashiCorp/1.0 Terraform/1.5.7 (+https://www.terraform.io) terraform-provider-aws/5.16.1')),
             }
        if err:
            d['errorCode'], d['errorMessage'] = err
        d['requestParameters'] = params
        d['responseElements'] = resp
        d['requestID'] = uuid(r)
        d['eventID'] = uuid(r)
        d['readOnly'] = ro
        d['eventType'] = 'AwsApiCall'
        d['managementEvent'] = True
        d['recipientAccountId'] = self.acct
        if self.ev >= '1.08':
            d['eventCategory'] = 'Management'
            d['tlsDetails'] = {'tlsVersion': 'TLSv1.2' if self.year < 2024 else 'TLSv1.3', 'cipherSuite': 'ECDHE-RSA-AES128-GCM-SHA256' if self.year < 2024 else 'TLS_AES_128_GCM_SHA256', 'clientProvidedHostHeader': f'{src.split(".")[0]}.{self.region}.amazonaws.com'}
        return json.dumps(d, separators=(',', ':'))

    def info(self, r, t, st):
        x = r.random()
        if x < 0.3:
            return self.ev_(r, t, 'sts.amazonaws.com', 'AssumeRole', {'roleArn': f'arn:aws:iam::{self.acct}:role/{r.choice(self.roles)}', 'roleSessionName': r.choice(USERS), 'durationSeconds': 3600},
                            {'credentials': {'accessKeyId': f'ASIA{HX(r,16)}', 'sessionToken': 'IQoJb3JpZ2luX2VjE' + hx(r, 40), 'expiration': time.strftime('%b %d, %Y, %I:%M:%S %p', time.gmtime(t // 1000000 + 3600)).replace(' 0', ' ')}, 'assumedRoleUser': {'assumedRoleId': f'AROA{HX(r,17)}:session', 'arn': f'arn:aws:sts::{self.acct}:assumed-role/AppServerRole/session'}})
        if x < 0.6:
            return self.ev_(r, t, 'ec2.amazonaws.com', 'DescribeInstances', {'instancesSet': {}, 'filterSet': {'items': [{'name': 'tag:Environment', 'valueSet': {'items': [{'value': 'production'}]}}]}})
        if x < 0.8:
            return self.ev_(r, t, 'kms.amazonaws.com', 'Decrypt', {'encryptionAlgorithm': 'SYMMETRIC_DEFAULT'}, None)
        return self.ev_(r, t, 'secretsmanager.amazonaws.com', 'GetSecretValue', {'secretId': f'arn:aws:secretsmanager:{self.region}:{self.acct}:secret:prod/orders/db-{hx(r,6)}'})

    def e_denied(self, r, t):
        role = 'LambdaExecRole'
        return self.ev_(r, t, 's3.amazonaws.com', 'ListBuckets', None, None, ('AccessDenied', f'User: arn:aws:sts::{self.acct}:assumed-role/{role}/{r.choice(USERS)} is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action'))

    def n_kms(self, r, t):
        return self.ev_(r, t, 'kms.amazonaws.com', 'Decrypt', {'encryptionAlgorithm': 'SYMMETRIC_DEFAULT'}, None, ('DisabledException', f'arn:aws:kms:{self.region}:{self.acct}:key/{uuid(r)} is disabled.'))

    def retry(self, r, t):
        return self.ev_(r, t, 'ec2.amazonaws.com', 'DescribeInstances', {'instancesSet': {}, 'filterSet': {}}, None, ('Client.RequestLimitExceeded', 'Request limit exceeded.'))

    def render(self, recs):
        return ('{"Records":[' + ','.join(recs) + ']}').encode()


class CoreDNS(Fmt):
    key = 'coredns'
    soft = 'CoreDNS (Kubernetes container log)'
    kinds = ('latency_shift', 'error_burst', 'new_error', 'retry_storm', 'panic', 'traffic_flood', 'silence')
    vol = 1.8
    res_us = 1

    def init(self, r):
        self.docker = self.year <= 2020
        self.ver = {2018: '1.2.2', 2019: '1.6.2', 2020: '1.7.0', 2021: '1.8.4', 2022: '1.9.3', 2023: '1.10.1', 2024: '1.11.1'}.get(self.year, '1.12.1')
        self.pod = f'coredns-{hx(r,10)}-{"".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5))}'
        self.cid = hx(r, 64)
        self.names = ['kubernetes.default.svc.cluster.local.', 'orders.shop.svc.cluster.local.', 'redis-master.cache.svc.cluster.local.', 'postgres.db.svc.cluster.local.',
                      'api.stripe.com.', 'sqs.eu-west-1.amazonaws.com.', 'orders.shop.svc.cluster.local.shop.svc.cluster.local.', 'grafana.monitoring.svc.cluster.local.']
        self.errs = [self.e_timeout]
        self.news = [self.n_refused]

    def fname(self):
        if self.docker:
            return f'{self.cid}-json.log'
        return f'{self.pod}_kube-system_coredns-{self.cid}.log'

    def wrap(self, t, msg, stream='stdout'):
        g = self.U(t)
        ts = f'{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{t%1000000:06d}{(t*13)%1000:03d}Z'
        if self.docker:
            return json.dumps({'log': msg + '\n', 'stream': stream, 'time': ts}, separators=(',', ':'))
        return f'{ts} {stream} F {msg}'

    def info(self, r, t, st):
        n = r.choice(self.names)
        ty = r.choice(('A', 'A', 'AAAA'))
        nx = n.count('svc.cluster.local') > 1 or (r.random() < 0.25 and ty == 'AAAA')
        cached = r.random() < 0.5
        d = (r.uniform(0.00004, 0.0002) if cached or 'cluster.local' in n else r.lognormvariate(-4.5, 0.7)) * st.lat
        rc = 'NXDOMAIN' if nx else 'NOERROR'
        fl = 'qr,aa,rd' if 'cluster.local' in n else 'qr,rd,ra'
        return self.wrap(t, f'[INFO] 10.244.{r.randint(0,9)}.{r.randint(2,250)}:{r.randint(30000,60999)} - {r.randint(1,65535)} "{ty} IN {n} udp {len(n)+17} false 512" {rc} {fl} {r.randint(60,400)} {d:.9f}s'.rstrip('0').replace('0s', 's') if False else f'[INFO] 10.244.{r.randint(0,9)}.{r.randint(2,250)}:{r.randint(30000,60999)} - {r.randint(1,65535)} "{ty} IN {n} udp {len(n)+17} false 512" {rc} {fl} {r.randint(60,400)} {d:.9f}s')

    def warn(self, r, t, st):
        return self.wrap(t, '[WARNING] No files matching import glob pattern: /etc/coredns/custom/*.override')

    def e_timeout(self, r, t):
        n = r.choice(self.names[4:6])
        return self.wrap(t, f'[ERROR] plugin/errors: 2 {n} {r.choice(("A","AAAA"))}: read udp 10.244.{r.randint(0,9)}.{r.randint(2,250)}:{r.randint(30000,60999)}->10.0.0.2:53: i/o timeout')

    def n_refused(self, r, t):
        return self.wrap(t, f'[ERROR] plugin/errors: 2 {r.choice(self.names[4:6])} A: dial tcp 10.0.0.2:53: connect: connection refused')

    def retry(self, r, t):
        k = 'v0.27.4' if self.year >= 2023 else 'v0.22.2'
        return self.wrap(t, f'[ERROR] plugin/kubernetes: pkg/mod/k8s.io/client-go@{k}/tools/cache/reflector.go:231: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: Get "https://10.96.0.1:443/apis/discovery.k8s.io/v1/endpointslices?limit=500&resourceVersion=0": dial tcp 10.96.0.1:443: i/o timeout')

    def panic(self, r, t):
        L = ['panic: runtime error: invalid memory address or nil pointer dereference', f'[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{hx(r,7)}]', '',
             f'goroutine {r.randint(100,9000)} [running]:',
             f'github.com/coredns/coredns/plugin/forward.(*Forward).ServeDNS(0xc000{hx(r,6)}, {{0x{hx(r,7)}, 0xc00{hx(r,7)}}}, {{0x{hx(r,7)}, 0xc00{hx(r,7)}}}, 0xc00{hx(r,7)})',
             f'\t/go/src/github.com/coredns/coredns/plugin/forward/forward.go:{r.randint(100,200)} +0x{hx(r,3)}',
             f'github.com/coredns/coredns/plugin.NextOrFailure({{0x{hx(r,7)}, 0x7}}, {{0x{hx(r,7)}, 0xc000{hx(r,6)}}}, {{0x{hx(r,7)}, 0xc00{hx(r,7)}}}, {{0x{hx(r,7)}, 0xc00{hx(r,7)}}}, 0x0?)',
             f'\t/go/src/github.com/coredns/coredns/plugin/plugin.go:80 +0x{hx(r,3)}',
             f'github.com/coredns/coredns/core/dnsserver.(*Server).ServeDNS(0xc000{hx(r,6)}, {{0x{hx(r,7)}, 0xc00{hx(r,7)}}}, {{0x{hx(r,7)}, 0xc00{hx(r,7)}}}, 0xc00{hx(r,7)})',
             f'\t/go/src/github.com/coredns/coredns/core/dnsserver/server.go:{r.randint(250,300)} +0x{hx(r,3)}',
             f'created by github.com/miekg/dns.(*Server).serveUDP in goroutine {r.randint(20,90)}', f'\t/go/pkg/mod/github.com/miekg/dns@v1.1.{r.randint(40,58)}/server.go:{r.randint(500,530)} +0x{hx(r,3)}']
        rec = '\n'.join(self.wrap(t + i, x, 'stderr') for i, x in enumerate(L))
        return [(t, rec)] + self.start(r, t + r.randint(8, 40) * 1000000)

    def start(self, r, t):
        L = ['.:53', f'[INFO] plugin/reload: Running configuration SHA512 = {hx(r,128)}', f'CoreDNS-{self.ver}', f'linux/amd64, go1.{r.randint(19,23)}.{r.randint(1,9)}, {hx(r,7)}']
        return [(t + i * 1000, self.wrap(t + i * 1000, x)) for i, x in enumerate(L)]

    def stop(self, r, t):
        return [(t, self.wrap(t, '[INFO] SIGTERM: Shutting down servers then terminating')), (t + 5000000, self.wrap(t + 5000000, '[INFO] plugin/health: Going into lameduck mode for 5s'))]
