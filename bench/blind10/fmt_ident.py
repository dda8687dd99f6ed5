"""Identity / infrastructure formats: FreeRADIUS, 389-ds, Samba, Kea, Unbound, Dovecot, Tor, SCCM."""
from core import *


class FreeRadius(Fmt):
    key = 'freeradius'
    soft = 'FreeRADIUS'
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence')
    vol = 0.6
    res_us = 1000000

    def init(self, r):
        self.v3 = self.year >= 2019
        self.ctr = r.randint(0, 5000) if self.v3 else None
        self.clients = ['ap-floor%d' % i for i in range(1, 7)] + ['vpn-gw', 'sw-core1']
        self.conn = r.randint(3, 20)
        self.errs = [self.e_tls, self.e_ldap]
        self.news = [self.n_sql]

    def fname(self):
        return 'radius.log'

    def line(self, t, lvl, msg, req=True):
        g = self.L(t)
        rq = '(\x01) ' if (req and self.v3) else ''
        return f'{DOW[g.tm_wday]} {MON[g.tm_mon-1]} {g.tm_mday:2d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d} {g.tm_year} : {lvl}: {rq}{msg}'

    def cli(self, r):
        return f'(from client {r.choice(self.clients)} port {r.choice((0,0,1,12,24))} cli {mac(r,"-").upper()})'

    def info(self, r, t, st):
        x = r.random()
        u = r.choice(USERS)
        if x < 0.86:
            return self.line(t, 'Auth', f'Login OK: [{u}] {self.cli(r)}')
        if x < 0.93:
            return self.line(t, 'Auth', f'Login OK: [{u}/<via Auth-Type = eap>] {self.cli(r)}') if False else self.line(t, 'Auth', f'Login OK: [{u}@corp.example.com] {self.cli(r)}')
        return self.line(t, 'Info', f'rlm_ldap (ldap): Closing connection ({self.conn}): Hit idle_timeout, was idle for {r.randint(61,90)} seconds', req=False)

    def warn(self, r, t, st):
        u = r.choice(USERS)
        if r.random() < 0.7:
            return self.line(t, 'Auth', f'Login incorrect (mschap: MS-CHAP2-Response is incorrect): [{u}] {self.cli(r)}')
        return self.line(t, 'Warning', 'Please update your configuration, and remove \'ignore_unknown_clients\'' if False else f'Ignoring request to auth address * port 1812 bound to server default from unknown client {ip(r,"10.40.1.")} port {r.randint(1024,65535)} proto udp', req=False)

    def e_tls(self, r, t):
        return self.line(t, 'Error', 'eap_peap: ERROR: TLS Alert read:fatal:unknown CA')

    def e_ldap(self, r, t):
        return self.line(t, 'Error', f'rlm_ldap (ldap): Failed performing search: Timed out while waiting for server to respond', req=False)

    def n_sql(self, r, t):
        return self.line(t, 'Error', 'sql: ERROR: rlm_sql_postgresql: ERROR:  duplicate key value violates unique constraint "radacct_acctuniqueid_key"')

    def retry(self, r, t):
        self.conn += 1
        return self.line(t, 'Info', f'rlm_ldap (ldap): Opening additional connection ({self.conn}), 1 of 31 pending slots used', req=False)

    def retry_ok(self, r, t):
        self.conn += 1
        return [(t, self.line(t, 'Error', f'rlm_ldap (ldap): Bind with cn=radius,ou=services,dc=corp,dc=example,dc=com to ldap://ldap01.corp.example.com:389 failed: Can\'t contact LDAP server', req=False)),
                (t + 1000000, self.line(t + 1000000, 'Info', f'rlm_ldap (ldap): Opening additional connection ({self.conn}), 1 of 31 pending slots used', req=False))]

    def stop(self, r, t):
        return [(t, self.line(t, 'Info', 'Signalled to terminate', req=False)), (t + 10000, self.line(t + 10000, 'Info', 'Exiting normally', req=False))]

    def start(self, r, t):
        return [(t, self.line(t, 'Info', 'Debugger not attached', req=False)),
                (t + 200000, self.line(t + 200000, 'Info', ' # Creating Auth-Type = mschap', req=False)),
                (t + 300000, self.line(t + 300000, 'Info', ' # Creating Auth-Type = eap', req=False)),
                (t + 900000, self.line(t + 900000, 'Info', 'Ready to process requests', req=False))]


class DS389(Fmt):
    key = '389ds'
    soft = '389 Directory Server'
    kinds = ('latency_shift', 'error_burst', 'new_error', 'traffic_flood', 'silence')
    vol = 2.0
    res_us = 1
    tail_us = 20000

    def init(self, r):
        self.hr = self.year >= 2020
        self.conn = r.randint(1000, 90000)
        self.fd = 64
        self.sfx = 'dc=corp,dc=example,dc=com'
        self.errs = [self.e_49, self.e_32]
        self.news = [self.n_11]

    def fname(self):
        return 'access'

    def ts(self, t):
        g = self.L(t)
        frac = f'{t%1000000:06d}{(t*7)%1000:03d}'
        return f'[{g.tm_mday:02d}/{MON[g.tm_mon-1]}/{g.tm_year}:{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{frac} {self.offstr()}]'

    def res(self, r, et, err, tag, n, extra=''):
        if self.hr:
            w = r.uniform(0.00003, 0.0003)
            return f'RESULT err={err} tag={tag} nentries={n} wtime={w:.9f} optime={max(et-w,0.000001):.9f} etime={et:.9f}{extra}'
        return f'RESULT err={err} tag={tag} nentries={n} etime={et:.7f}{extra}'

    def op(self, r, t, req, err, tag, n, et, extra=''):
        c = self.conn - r.randint(0, 40)
        o = r.randint(1, 12)
        t2 = t + int(et * 1e6)
        return f'{self.ts(t)} conn={c} op={o} {req}\n{self.ts(t2)} conn={c} op={o} {self.res(r, et, err, tag, n, extra)}'

    def et(self, r, st):
        return r.lognormvariate(-7.6, 0.7) * st.lat

    def info(self, r, t, st):
        x = r.random()
        u = r.choice(USERS)
        if x < 0.55:
            flt = r.choice((f'(&(objectClass=posixAccount)(uid={u}))', f'(uid={u})', f'(&(objectClass=groupOfNames)(member=uid={u},ou=people,{self.sfx}))', f'(mail={u}@example.com)'))
            return self.op(r, t, f'SRCH base="{self.sfx}" scope=2 filter="{flt}" attrs="uid cn mail memberOf uidNumber gidNumber"', 0, 101, r.choice((1, 1, 1, 0, 3)), self.et(r, st))
        if x < 0.75:
            return self.op(r, t, f'BIND dn="uid={u},ou=people,{self.sfx}" method=128 version=3', 0, 97, 0, self.et(r, st) * 3, f' dn="uid={u},ou=people,{self.sfx}"')
        if x < 0.87:
            self.conn += 1
            return f'{self.ts(t)} conn={self.conn} fd={r.randint(64,200)} slot={r.randint(64,200)} {"connection" if r.random()<.6 else "SSL connection"} from {ip(r)} to 10.0.0.15'
        if x < 0.95:
            c = self.conn - r.randint(1, 40)
            o = r.randint(2, 14)
            return f'{self.ts(t)} conn={c} op={o} UNBIND\n{self.ts(t+200)} conn={c} op={o} fd={r.randint(64,200)} closed - U1'
        return self.op(r, t, f'SRCH base="" scope=0 filter="(objectClass=*)" attrs="supportedControl supportedExtension namingContexts"', 0, 101, 1, self.et(r, st))

    def warn(self, r, t, st):
        c = self.conn - r.randint(0, 40)
        return f'{self.ts(t)} conn={c} op=-1 fd={r.randint(64,200)} closed error 104 (Connection reset by peer) - TCP connection reset by peer.' if self.hr else f'{self.ts(t)} conn={c} op=-1 fd={r.randint(64,200)} closed - B1'

    def e_49(self, r, t):
        u = r.choice(USERS)
        return self.op(r, t, f'BIND dn="uid={u},ou=people,{self.sfx}" method=128 version=3', 49, 97, 0, r.uniform(0.001, 0.004), ' - Invalid credentials')

    def e_32(self, r, t):
        return self.op(r, t, f'SRCH base="ou=legacy,{self.sfx}" scope=2 filter="(uid={r.choice(USERS)})" attrs=ALL', 32, 101, 0, r.uniform(0.0001, 0.002))

    def n_11(self, r, t):
        return self.op(r, t, f'SRCH base="{self.sfx}" scope=2 filter="(objectClass=*)" attrs=ALL', 11, 101, 5000, r.uniform(0.004, 0.009), ' notes=U details="Partially Unindexed Filter"')

    def periodic(self):
        return [(60, lambda r, t: self.op(r, t, f'SRCH base="cn=config" scope=0 filter="(objectClass=*)" attrs="nsslapd-accesslog-level"', 0, 101, 1, 0.0002))]


class Samba(Fmt):
    key = 'samba'
    soft = 'Samba smbd'
    kinds = ('error_burst', 'new_error', 'panic', 'disk_full', 'traffic_flood', 'silence')
    vol = 0.6
    res_us = 1

    def init(self, r):
        self.ver = {2018: '4.7.6-Ubuntu', 2019: '4.9.5-Debian', 2020: '4.11.6-Ubuntu', 2021: '4.13.17-Ubuntu', 2022: '4.15.13-Ubuntu', 2023: '4.17.12-Debian', 2024: '4.19.5-Ubuntu'}.get(self.year, '4.21.4-Ubuntu')
        self.src = '../source3' if self.year <= 2019 else '../../source3'
        self.lib = '../lib' if self.year <= 2019 else '../../lib'
        self.shares = ['finance', 'hr', 'projects', 'scans', 'homes']
        self.ws = ['WS%03d' % r.randint(1, 400) for _ in range(40)]
        self.pid = r.randint(2000, 60000)
        self.errs = [self.e_pw, self.e_access]
        self.news = [self.n_oplock]

    def fname(self):
        return 'log.smbd'

    def hdr(self, t, lvl, loc):
        g = self.L(t)
        return f'[{g.tm_year}/{g.tm_mon:02d}/{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{t%1000000:06d}, {lvl:2d}] {loc}'

    def e(self, t, lvl, loc, msg):
        return f'{self.hdr(t, lvl, loc)}\n  {msg}'

    def info(self, r, t, st):
        w = r.choice(self.ws)
        u = r.choice(USERS)
        s = r.choice(self.shares)
        a = f'ipv4:{ip(r,"10.20.")}:{r.randint(49152,65535)}'
        if r.random() < 0.55:
            return self.e(t, 2, f'{self.src}/smbd/service.c:{1133 if self.year>2019 else 1127}(make_connection_snum)', f'{w.lower()} ({a}) connect to service {s} initially as user {u} (uid={r.randint(10000,12000)}, gid={r.randint(10000,10100)}) (pid {r.randint(2000,60000)})')
        return self.e(t, 2, f'{self.src}/smbd/service.c:{1333 if self.year>2019 else 1311}(close_cnum)', f'{w.lower()} ({a}) closed connection to service {s}')

    def warn(self, r, t, st):
        return self.e(t, 1, f'{self.src}/smbd/smb2_server.c:{3215 if self.year>2019 else 3190}(smbd_smb2_request_error_ex)', f'smbd_smb2_request_error_ex: smbd_smb2_request_error_ex: idx[1] status[NT_STATUS_ACCESS_DENIED] || at {self.src}/smbd/smb2_create.c:351')

    def e_pw(self, r, t):
        u = r.choice(USERS)
        return self.e(t, 0, f'{self.src}/auth/auth.c:{334 if self.year>2019 else 319}(auth_check_ntlm_password)', f'check_ntlm_password:  Authentication for user [{u}] -> [{u}] FAILED with error NT_STATUS_WRONG_PASSWORD, authoritative=1')

    def e_access(self, r, t):
        return self.e(t, 0, f'{self.src}/smbd/service.c:{681 if self.year>2019 else 660}(make_connection_snum)', f"'/srv/samba/{r.choice(self.shares)}' does not exist or permission denied when connecting to [{r.choice(self.shares)}] Error was Permission denied")

    def n_oplock(self, r, t):
        return self.e(t, 0, f'{self.src}/smbd/oplock.c:{1207 if self.year>2019 else 1190}(process_oplock_break_message)', f'process_oplock_break_message: Could not find file for break message: file_id {r.randint(2049,2100)}:{r.randint(10**6,9*10**6)}:0')

    def disk(self, r, t):
        return self.e(t, 0, f'{self.src}/smbd/fileio.c:{142 if self.year>2019 else 136}(real_write_file)', f"real_write_file: write failed for file '{r.choice(self.shares)}/{r.choice(('Q3-report.xlsx','scan_%04d.pdf' % r.randint(1,9999),'backup.tar','data.csv'))}': No space left on device")

    def panic(self, r, t):
        pid = r.randint(2000, 60000)
        L = self.lib
        ents = [(f'{L}/util/fault.c:172(smb_panic_log)', '==============================================================='),
                (f'{L}/util/fault.c:173(smb_panic_log)', f'INTERNAL ERROR: Signal 11: Segmentation fault in pid {pid} ({self.ver})'),
                (f'{L}/util/fault.c:177(smb_panic_log)', 'If you are running a recent Samba version, and if you think this problem is not yet fixed in the latest versions, please consider reporting this bug, see https://wiki.samba.org/index.php/Bug_Reporting'),
                (f'{L}/util/fault.c:182(smb_panic_log)', '==============================================================='),
                (f'{L}/util/fault.c:184(smb_panic_log)', f'PANIC (pid {pid}): Signal 11: Segmentation fault in {self.ver}')]
        frames = ['/lib/x86_64-linux-gnu/libsamba-util.so.0(log_stack_trace+0x2e)', '/lib/x86_64-linux-gnu/libsamba-util.so.0(smb_panic+0x2d)',
                  '/lib/x86_64-linux-gnu/libsamba-util.so.0(+0x1a4d7)', '/lib/x86_64-linux-gnu/libc.so.6(+0x42520)',
                  '/usr/lib/x86_64-linux-gnu/samba/libsmbd-base.so.0(smbd_smb2_request_process_create+0x6f1)',
                  '/usr/lib/x86_64-linux-gnu/samba/libsmbd-base.so.0(smbd_smb2_request_dispatch+0xd4e)',
                  '/lib/x86_64-linux-gnu/libtevent.so.0(tevent_common_invoke_fd_handler+0x95)', '/lib/x86_64-linux-gnu/libtevent.so.0(+0xd8d7)',
                  '/usr/sbin/smbd(+0xb4fa)', '/lib/x86_64-linux-gnu/libc.so.6(__libc_start_main+0xf3)', '/usr/sbin/smbd(_start+0x2e)']
        bt = f'BACKTRACE: {len(frames)} stack frames:\n' + '\n'.join(f'   #{i} {f} [0x{r.randint(0x7f0000000000,0x7fffffffffff):x}]' for i, f in enumerate(frames))
        recs = [self.e(t, 0, a, b) for a, b in ents]
        recs.append(f'{self.hdr(t, 0, L + "/util/fault.c:265(log_stack_trace)")}\n  {bt}')
        recs.append(self.e(t, 0, f'{self.src}/lib/dumpcore.c:317(dump_core)', f'coredump is handled by helper binary specified at /proc/sys/kernel/core_pattern'))
        out = [(t, '\n'.join(recs))]
        return out + self.start(r, t + r.randint(2, 15) * 1000000)

    def stop(self, r, t):
        return [(t, self.e(t, 0, f'{self.src}/smbd/server.c:{1791 if self.year>2019 else 1702}(main)', 'smbd version %s started.' % self.ver).replace('smbd version %s started.' % self.ver, 'Got SIGTERM: going down...'))]

    def start(self, r, t):
        return [(t, self.e(t, 0, f'{self.src}/smbd/server.c:{1785 if self.year>2019 else 1702}(main)', f'smbd version {self.ver} started.\n  Copyright Andrew Tridgell and the Samba Team 1992-{min(self.year, 2025)}')),
                (t + 180000, self.e(t + 180000, 2, f'{self.src}/smbd/server.c:{1245 if self.year>2019 else 1180}(smbd_parent_loop)', 'waiting for connections'))]


class Kea(Fmt):
    key = 'kea'
    soft = 'ISC Kea DHCPv4'
    kinds = ('error_burst', 'new_error', 'retry_storm', 'traffic_flood', 'silence')
    vol = 0.8

    def init(self, r):
        self.ver = {2018: '1.4.0-P1', 2019: '1.6.0', 2020: '1.8.1', 2021: '2.0.0', 2022: '2.2.0', 2023: '2.4.1', 2024: '2.6.1'}.get(self.year, '2.6.3')
        self.thr = self.year >= 2021
        self.pid = r.randint(400, 9000)
        self.tid = r.randint(139800000000000, 139899999999999)
        self.subs = [(1, '10.20.0.0/22'), (2, '10.20.8.0/22'), (3, '10.30.1.0/24')]
        self.clients = [(mac(r), r.choice(self.subs)) for _ in range(300)]
        self.errs = [self.e_alloc, self.e_sock]
        self.news = [self.n_ddns]
        self.att = 0

    def fname(self):
        return 'kea-dhcp4.log'

    def line(self, t, lvl, lg, msg):
        g = self.L(t)
        th = f'{self.pid}.{self.tid}' if self.thr else f'{self.pid}'
        return f'{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{(t//1000)%1000:03d} {lvl:<5} [kea-dhcp4.{lg}/{th}] {msg}'

    def cl(self, r):
        m, s = r.choice(self.clients)
        return m, s, f'[hwtype=1 {m}], cid=[01:{m}], tid=0x{hx(r,8)}'

    def addr(self, r, s):
        b = s[1].split('.')
        return f'{b[0]}.{b[1]}.{int(b[2]) + r.randint(0,3 if s[1].endswith("/22") else 0)}.{r.randint(10,250)}'

    def info(self, r, t, st):
        m, s, c = self.cl(r)
        x = r.random()
        a = self.addr(r, s)
        if x < 0.5:
            return self.line(t, 'INFO', 'leases', f'DHCP4_LEASE_ALLOC {c}: lease {a} has been allocated for {r.choice((3600,7200,86400))} seconds')
        if x < 0.75:
            nm = 'DHCP4_LEASE_OFFER' if self.year >= 2024 else 'DHCP4_LEASE_ADVERT'
            return self.line(t, 'INFO', 'leases', f'{nm} {c}: lease {a} will be {"offered" if self.year>=2024 else "advertised"}')
        if x < 0.9:
            return self.line(t, 'INFO', 'dhcp4', f'DHCP4_INIT_REBOOT {c}: client is in INIT-REBOOT state and requests address {a}')
        return self.line(t, 'INFO', 'leases', f'DHCP4_RELEASE {c}: address {a} was released properly.')

    def warn(self, r, t, st):
        m, s, c = self.cl(r)
        return self.line(t, 'WARN', 'alloc-engine', f'ALLOC_ENGINE_V4_ALLOC_FAIL_SUBNET {c}: failed to allocate an IPv4 lease in the subnet {s[1]}, subnet-id {s[0]}, shared network (none)')

    def e_alloc(self, r, t):
        m, s, c = self.cl(r)
        return self.line(t, 'ERROR', 'bad-packets', f'DHCP4_PACKET_NAK_0001 {c}: failed to select a subnet for incoming packet, src {ip(r,"10.50.")}, type DHCPREQUEST')

    def e_sock(self, r, t):
        return self.line(t, 'ERROR', 'dhcp4', 'DHCP4_BUFFER_RECEIVE_FAIL error on attempt to receive packet: Truncated DHCPv4 packet (len=%d) received, at least 236 is expected.' % r.randint(40, 200))

    def n_ddns(self, r, t):
        return self.line(t, 'ERROR', 'dhcp4', f'DHCP4_NCR_CREATION_FAILED {self.cl(r)[2]}: failed to generate name change requests for DNS: error converting hostname to canonical format')

    def retry(self, r, t):
        self.att += 1
        return self.line(t, 'INFO', 'dhcpsrv', f'DHCPSRV_MYSQL_DB_RECONNECT_ATTEMPT_SCHEDULE Scheduling MySQL lease database reconnect attempt {self.att} of 1000 in 1000 milliseconds' if self.year >= 2021 else f'DHCP4_DB_RECONNECT_ATTEMPT_SCHEDULE Scheduling attempt {self.att} of 1000 in 1000 milliseconds')

    def stop(self, r, t):
        return [(t, self.line(t, 'INFO', 'dhcp4', 'DHCP4_SHUTDOWN_REQUEST shutdown of server requested')),
                (t + 3000, self.line(t + 3000, 'INFO', 'dhcp4', 'DHCP4_SHUTDOWN server shutdown'))]

    def start(self, r, t):
        self.pid += r.randint(10, 500)
        return [(t, self.line(t, 'INFO', 'dhcp4', f'DHCP4_STARTING Kea DHCPv4 server version {self.ver} starting')),
                (t + 20000, self.line(t + 20000, 'INFO', 'dhcpsrv', 'DHCPSRV_CFGMGR_SOCKET_TYPE_SELECT using socket type raw')),
                (t + 21000, self.line(t + 21000, 'INFO', 'dhcpsrv', 'DHCPSRV_CFGMGR_ADD_IFACE listening on interface eth1')),
                (t + 25000, self.line(t + 25000, 'INFO', 'dhcpsrv', f'DHCPSRV_MYSQL_DB opening MySQL lease database: host=db01.corp.example.com name=kea password=***** type=mysql universe=4 user=kea')),
                (t + 60000, self.line(t + 60000, 'INFO', 'dhcp4', f'DHCP4_CONFIG_COMPLETE DHCPv4 server has completed configuration: added IPv4 subnets: 3; DDNS: disabled')),
                (t + 70000, self.line(t + 70000, 'INFO', 'dhcp4', f'DHCP4_STARTED Kea DHCPv4 server version {self.ver} started'))]


class Unbound(Fmt):
    key = 'unbound'
    soft = 'Unbound'
    kinds = ('latency_shift', 'error_burst', 'new_error', 'traffic_flood', 'silence')
    vol = 1.6
    res_us = 1000000

    def init(self, r):
        self.ascii = r.random() < 0.4
        self.ver = {2018: '1.6.7', 2019: '1.9.0', 2020: '1.9.4', 2021: '1.13.1', 2022: '1.13.1', 2023: '1.17.1', 2024: '1.19.2'}.get(self.year, '1.22.0')
        self.pid = r.randint(500, 40000)
        self.names = ['www.example.com.', 'api.github.com.', 'login.microsoftonline.com.', 'outlook.office365.com.', 'update.googleapis.com.',
                      'ocsp.digicert.com.', 'ntp.ubuntu.com.', 'archive.ubuntu.com.', 'db01.corp.example.com.', 'ldap01.corp.example.com.',
                      's3.eu-west-1.amazonaws.com.', 'registry-1.docker.io.', 'time.cloudflare.com.', 'fonts.gstatic.com.', 'detectportal.firefox.com.']
        self.errs = [self.e_servfail]
        self.news = [self.n_sendto]

    def fname(self):
        return 'unbound.log'

    def line(self, t, th, lvl, msg):
        if self.ascii:
            return f'{self.syslog_ts(t)} unbound[{self.pid}:{th}] {lvl}: {msg}'
        return f'[{t//1000000}] unbound[{self.pid}:{th}] {lvl}: {msg}'

    def info(self, r, t, st):
        n = r.choice(self.names)
        ty = r.choice(('A', 'A', 'AAAA', 'AAAA', 'HTTPS', 'PTR', 'SRV'))
        rc = 'NOERROR' if r.random() < 0.93 else 'NXDOMAIN'
        cached = r.random() < 0.55
        d = r.uniform(0.0, 0.0003) if cached else r.lognormvariate(-3.6, 0.8) * st.lat
        return self.line(t, r.randint(0, 3), 'reply', f'{ip(r,"10.20.")} {n} {ty} IN {rc} {d:.6f} {1 if cached else 0} {r.randint(40,400)}')

    def warn(self, r, t, st):
        return self.line(t, r.randint(0, 3), 'notice', f'sendto failed: Network is unreachable')

    def e_servfail(self, r, t):
        n = r.choice(('broken.example.org.', 'cdn.partner-corp.net.', 'expired-dnssec.example.net.'))
        return self.line(t, r.randint(0, 3), 'error', f'SERVFAIL <{n} A IN>: all servers for this domain failed, at zone {n.split(".",1)[1]} upstream server timeout')

    def n_sendto(self, r, t):
        return self.line(t, r.randint(0, 3), 'error', f'validation failure <{r.choice(self.names[:8])} A IN>: signature expired from {ip(r,"pub")} for key {r.choice(self.names[:8]).split(".",1)[1]} while building chain of trust')

    def periodic(self):
        return [(3600, self.stats)]

    def stats(self, r, t):
        q = r.randint(100000, 900000)
        return '\n'.join([self.line(t, 0, 'info', f'server stats for thread 0: {q} queries, {int(q*0.6)} answers from cache, {q-int(q*0.6)} recursions, {r.randint(0,900)} prefetch, 0 rejected by ip ratelimiting'),
                          self.line(t, 0, 'info', f'server stats for thread 0: requestlist max {r.randint(10,90)} avg {r.uniform(0.5,9):.5f} exceeded 0 jostled 0'),
                          self.line(t, 0, 'info', f'average recursion processing time {r.uniform(0.02,0.09):.6f} sec'),
                          self.line(t, 0, 'info', 'histogram of recursion processing times'),
                          self.line(t, 0, 'info', f'[25%]={r.uniform(0.005,0.02):.6f} median[50%]={r.uniform(0.02,0.05):.6f} [75%]={r.uniform(0.05,0.12):.6f}'),
                          self.line(t, 0, 'info', 'lower(secs) upper(secs) recursions'),
                          self.line(t, 0, 'info', f'   0.000000    0.000001 {r.randint(100,900)}'),
                          self.line(t, 0, 'info', f'   0.016384    0.032768 {r.randint(1000,9000)}'),
                          self.line(t, 0, 'info', f'   0.065536    0.131072 {r.randint(1000,9000)}')])

    def stop(self, r, t):
        return [(t, self.line(t, 0, 'info', f'service stopped (unbound {self.ver}).'))]

    def start(self, r, t):
        self.pid += r.randint(5, 300)
        return [(t, self.line(t, 0, 'notice', 'init module 0: validator')),
                (t + 2000, self.line(t + 2000, 0, 'notice', 'init module 1: iterator')),
                (t + 90000, self.line(t + 90000, 0, 'info', f'start of service (unbound {self.ver}).'))]


class Dovecot(Fmt):
    key = 'dovecot'
    soft = 'Dovecot'
    kinds = ('error_burst', 'new_error', 'oom_kill', 'disk_full', 'panic', 'traffic_flood', 'silence')
    vol = 0.9
    res_us = 1000000

    def init(self, r):
        self.v23 = self.year >= 2019
        self.ver = {2018: '2.2.33.2 (d6601f4ec)', 2019: '2.3.4.1 (f79e8e7e4)', 2020: '2.3.7.2 (3c910f64b)', 2021: '2.3.13 (89f716dc2)', 2022: '2.3.16 (7e2e900c1a)', 2023: '2.3.19.1 (9b53102964)'}.get(self.year, '2.3.21 (47349e2482)')
        self.dom = r.choice(('example.com', 'corp.example.com', 'mail.example.org'))
        self.errs = [self.e_ssl, self.e_auth]
        self.news = [self.n_index]

    def fname(self):
        return 'dovecot.log'

    def line(self, t, msg):
        return f'{self.syslog_ts(t, "0")} {msg}'

    def sess(self, r):
        return ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(16))

    def svc(self, r, u, s=None):
        p = r.randint(2000, 99999)
        if self.v23:
            return f'imap({u}@{self.dom})<{p}><{s or self.sess(r)}>'
        return f'imap({u}@{self.dom})'

    def info(self, r, t, st):
        u = r.choice(USERS)
        x = r.random()
        if x < 0.35:
            return self.line(t, f'imap-login: Info: Login: user=<{u}@{self.dom}>, method={r.choice(("PLAIN","PLAIN","LOGIN"))}, rip={ip(r,"10.20.")}, lip=10.0.0.25, mpid={r.randint(2000,99999)}, TLS, session=<{self.sess(r)}>')
        if x < 0.7:
            io = f'in={r.randint(50,9000)} out={r.randint(300,900000)}'
            if self.v23:
                io += f' deleted={r.randint(0,3)} expunged={r.randint(0,3)} trashed=0 hdr_count={r.randint(0,40)} hdr_bytes={r.randint(0,90000)} body_count={r.randint(0,9)} body_bytes={r.randint(0,900000)}'
            return self.line(t, f'{self.svc(r,u)}: Info: {r.choice(("Logged out","Logged out","Connection closed (IDLE running for 0.001 + waiting input for %d.%03d secs, 2 B in + 10 B out, state=wait-input)" % (r.randint(1,1800), r.randint(0,999))))} {io}'.replace('Info: Connection', 'Info: Disconnected: Connection').replace('Info: Logged', 'Info: Disconnected: Logged'))
        if x < 0.85:
            p = r.randint(2000, 99999)
            s = self.sess(r)
            return self.line(t, f'lmtp({u}@{self.dom})<{p}><{s}>: Info: msgid=<{hx(r,12)}.{r.randint(1000,9999)}@{r.choice(("mx.example.net","mail.gmail.com","outbound.protection.outlook.com"))}>: saved mail to INBOX' if self.v23 else f'lmtp({p}, {u}@{self.dom}): {s}: msgid=<{hx(r,12)}@mx.example.net>: saved mail to INBOX')
        if x < 0.95:
            return self.line(t, f'lmtp({r.randint(2000,99999)}): Info: Connect from local')
        return self.line(t, f'imap-login: Info: Disconnected (no auth attempts in {r.randint(0,20)} secs): user=<>, rip={ip(r,"pub")}, lip=10.0.0.25, TLS handshaking: Connection closed, session=<{self.sess(r)}>')

    def warn(self, r, t, st):
        return self.line(t, f'imap-login: Info: Disconnected (auth failed, 1 attempts in {r.randint(2,8)} secs): user=<{r.choice(USERS)}@{self.dom}>, method=PLAIN, rip={ip(r,"pub")}, lip=10.0.0.25, TLS, session=<{self.sess(r)}>')

    def e_ssl(self, r, t):
        return self.line(t, f'imap-login: Error: Failed to initialize SSL server context: Can\'t load SSL certificate: There is no valid PEM certificate.' if False else f'imap-login: Error: SSL_accept() failed: error:14094412:SSL routines:ssl3_read_bytes:sslv3 alert bad certificate: SSL alert number 42, session=<{self.sess(r)}>')

    def e_auth(self, r, t):
        return self.line(t, f'auth: Error: ldap({r.choice(USERS)}@{self.dom},{ip(r,"10.20.")},<{self.sess(r)}>): ldap_search() failed (Timed out while waiting for the LDAP server)')

    def n_index(self, r, t):
        u = r.choice(USERS)
        return self.line(t, f'{self.svc(r,u)}: Error: Corrupted index cache file /var/vmail/{self.dom}/{u}/Maildir/dovecot.index.cache: Broken physical size for mail UID {r.randint(100,9999)} in mailbox INBOX: read({r.choice(("attachments-connector","zlib"))}(/var/vmail/{self.dom}/{u}/Maildir/cur/{r.randint(1500000000,1700000000)}.M{r.randint(100000,999999)}P{r.randint(1000,99999)}.mail01,S={r.randint(1000,90000)},W={r.randint(1000,90000)}:2,S)) failed: Cached message size larger than expected')

    def disk(self, r, t):
        u = r.choice(USERS)
        p = r.randint(2000, 99999)
        s = self.sess(r)
        return self.line(t, f'lmtp({u}@{self.dom})<{p}><{s}>: Error: write(/var/vmail/{self.dom}/{u}/Maildir/tmp/{t//1000000}.M{r.randint(100000,999999)}P{p}.mail01) failed: No space left on device')

    def oom(self, r, t):
        u = r.choice(USERS)
        p = r.randint(2000, 99999)
        s = self.sess(r)
        pre = f'imap({u}@{self.dom})<{p}><{s}>' if self.v23 else f'imap({u}@{self.dom})'
        return [(t, self.line(t, f'{pre}: Fatal: pool_system_malloc({r.choice((8192,65536,1048576))}): Out of memory')),
                (t + 1000, self.line(t + 1000, f'{pre}: Error: Raw backtrace: /usr/lib/dovecot/libdovecot.so.0(backtrace_append+0x42) [0x7f{hx(r,10)}] -> /usr/lib/dovecot/libdovecot.so.0(backtrace_get+0x1e) [0x7f{hx(r,10)}] -> /usr/lib/dovecot/libdovecot.so.0(+0xfbf1b) [0x7f{hx(r,10)}] -> /usr/lib/dovecot/libdovecot.so.0(+0xfbfd1) [0x7f{hx(r,10)}] -> /usr/lib/dovecot/libdovecot.so.0(i_fatal_status+0) [0x7f{hx(r,10)}] -> /usr/lib/dovecot/libdovecot.so.0(+0x11c5b0) [0x7f{hx(r,10)}] -> /usr/lib/dovecot/modules/lib20_zlib_plugin.so(+0x3f43) [0x7f{hx(r,10)}]')),
                (t + 30000, self.line(t + 30000, f'master: Error: service(imap): child {p} returned error 83 (Out of memory (service imap {{ vsz_limit=256 MB }}, you may need to increase it) - set CORE_OUTOFMEM=1 environment to get core dump)'))]

    def panic(self, r, t):
        u = r.choice(USERS)
        p = r.randint(2000, 99999)
        s = self.sess(r)
        pre = f'imap({u}@{self.dom})<{p}><{s}>' if self.v23 else f'imap({u}@{self.dom})'
        out = [(t, self.line(t, f'{pre}: Panic: file mail-index-map.c: line 547 (mail_index_map_lookup_seq_range): assertion failed: (first_uid > 0)')),
               (t + 1000, self.line(t + 1000, f'{pre}: Error: Raw backtrace: /usr/lib/dovecot/libdovecot.so.0(backtrace_append+0x42) [0x7f{hx(r,10)}] -> /usr/lib/dovecot/libdovecot.so.0(backtrace_get+0x1e) [0x7f{hx(r,10)}] -> /usr/lib/dovecot/libdovecot.so.0(+0xfbf1b) [0x7f{hx(r,10)}] -> /usr/lib/dovecot/libdovecot-storage.so.0(mail_index_map_lookup_seq_range+0x8d) [0x7f{hx(r,10)}] -> dovecot/imap [{u}@{self.dom} {ip(r,"10.20.")} UID FETCH]')),
               (t + 40000, self.line(t + 40000, f'{pre}: Fatal: master: service(imap): child {p} killed with signal 6 (core dumped)'))]
        return out

    def stop(self, r, t):
        return [(t, self.line(t, 'master: Warning: Killed with signal 15 (by pid=1 uid=0 code=kill)'))]

    def start(self, r, t):
        return [(t, self.line(t, f'master: Info: Dovecot v{self.ver} starting up for imap, lmtp, sieve (core dumps disabled)'))]


class Tor(Fmt):
    key = 'tor'
    soft = 'Tor'
    kinds = ('error_burst', 'new_error', 'panic')
    vol = 0
    fixed = 2.0

    def init(self, r):
        self.ver = {2018: '0.3.2.10', 2019: '0.3.5.8', 2020: '0.4.2.7', 2021: '0.4.5.9', 2022: '0.4.6.10', 2023: '0.4.7.13', 2024: '0.4.8.12'}.get(self.year, '0.4.8.17')
        self.errs = [self.e_warn]
        self.news = [self.n_dirport]

    def fname(self):
        return 'notices.log'

    def line(self, t, lvl, msg):
        g = self.L(t)
        return f'{MON[g.tm_mon-1]} {g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{(t//1000)%1000:03d} [{lvl}] {msg}'

    def info(self, r, t, st):
        x = r.random()
        if x < 0.5:
            return self.line(t, 'notice', f'Received reload signal (hup). Reloading config and resetting internal state.') if r.random() < 0.01 else self.line(t, 'notice', f'Performing bandwidth self-test...done.') if r.random() < 0.05 else self.line(t, 'notice', f'Your network connection speed appears to have changed. Resetting timeout to {r.randint(1,9)}000ms after {r.randint(12,18)} timeouts and {r.randint(100,999)} buildtimes.')
        if x < 0.8:
            return self.line(t, 'notice', f'New control connection opened from 127.0.0.1.')
        return self.line(t, 'notice', f'Guard {r.choice(("Unnamed","relayon0185","ForPrivacyNET","NTH7R","quetzalcoatl"))} (${HX(r,40)}) is failing {r.choice(("more","an extremely large amount"))} of circuits than usual. Most likely this means the Tor network is overloaded. Success counts are {r.randint(100,200)}/{r.randint(200,300)}. Use counts are {r.randint(50,99)}/{r.randint(99,120)}. {r.randint(200,300)} circuits completed, 0 were unusable, {r.randint(10,99)} collapsed, and {r.randint(1,20)} timed out. For reference, your timeout cutoff is {r.randint(1,60)} seconds.')

    def warn(self, r, t, st):
        return self.line(t, 'warn', f'Tried for {r.randint(120,130)} seconds to get a connection to [scrubbed]:{r.choice((443,80,9001))}. Giving up. (waiting for circuit)')

    def e_warn(self, r, t):
        return self.line(t, 'warn', f'Problem bootstrapping. Stuck at 14% (handshake_dir): Handshaking with a relay to fetch consensus. (DONE; DONE; count {r.randint(1,40)}; recommendation warn; host {HX(r,40)} at {ip(r,"pub")}:{r.choice((443,9001))})')

    def n_dirport(self, r, t):
        return self.line(t, 'warn', f'Received http status code 404 ("Consensus not signed by sufficient number of requested authorities") from server {ip(r,"pub")}:{r.choice((80,443,9030))} while fetching consensus directory.')

    def periodic(self):
        return [(1800, self.heartbeat)]

    def heartbeat(self, r, t):
        return self.line(t, 'notice', f'Heartbeat: Tor\'s uptime is {r.randint(1,30)} days {r.randint(0,23)}:{r.choice(("00","30"))} hours, with {r.randint(5,40)} circuits open. I\'ve sent {r.uniform(1,90):.2f} GB and received {r.uniform(1,90):.2f} GB. I\'ve received {r.randint(0,90)} connections on IPv4 and 0 on IPv6. I\'ve made {r.randint(5,90)} connections with IPv4 and 0 with IPv6.')

    def stop(self, r, t):
        return [(t, self.line(t, 'notice', 'Interrupt: exiting cleanly.'))]

    def start(self, r, t):
        return [(t, self.line(t, 'notice', f'Tor {self.ver} running on Linux with Libevent 2.1.12-stable, OpenSSL 3.0.11, Zlib 1.2.13, Liblzma 5.4.1, Libzstd 1.5.4 and Glibc 2.36 as libc.')),
                (t + 1000, self.line(t + 1000, 'notice', 'Tor can\'t help you if you use it wrong! Learn how to be safe at https://support.torproject.org/faq/staying-anonymous/')),
                (t + 2000, self.line(t + 2000, 'notice', 'Read configuration file "/etc/tor/torrc".')),
                (t + 4000, self.line(t + 4000, 'notice', 'Opening Socks listener on 127.0.0.1:9050')),
                (t + 5000, self.line(t + 5000, 'notice', 'Opened Socks listener connection (ready) on 127.0.0.1:9050')),
                (t + 900000, self.line(t + 900000, 'notice', 'Bootstrapped 0% (starting): Starting')),
                (t + 3000000, self.line(t + 3000000, 'notice', 'Bootstrapped 100% (done): Done'))]

    def panic(self, r, t):
        fn = 'circuit_mark_for_close_'
        v = self.ver
        lines = [self.line(t, 'err', f'tor_assertion_failed_(): Bug: src/core/or/circuitlist.c:{r.randint(2100,2300)}: {fn}: Assertion circ->purpose != CIRCUIT_PURPOSE_OR failed; aborting. (on Tor {v} )'),
                 self.line(t, 'err', f'Bug: Tor {v}: Assertion circ->purpose != CIRCUIT_PURPOSE_OR failed in {fn} at src/core/or/circuitlist.c:{r.randint(2100,2300)}: . Stack trace: (on Tor {v} )')]
        for f in ('log_backtrace_impl+0x5b', 'tor_assertion_failed_+0x148', 'circuit_mark_for_close_+0x1c2', 'connection_edge_process_relay_cell+0x4ee', 'circuit_receive_relay_cell+0x2b3', 'command_process_cell+0x2c8', 'channel_tls_handle_cell+0x4e7', 'connection_or_process_cells_from_inbuf+0x11b', 'event_base_loop+0x59c', 'tor_run_main+0x108d'):
            lines.append(self.line(t, 'err', f'Bug:     /usr/bin/tor({f}) [0x55{hx(r,10)}] (on Tor {v} )'))
        return [(t, '\n'.join(lines))] + self.start(r, t + r.randint(3, 20) * 1000000)


class SCCM(Fmt):
    key = 'sccm'
    soft = 'Microsoft Configuration Manager client'
    kinds = ('error_burst', 'new_error', 'retry_storm', 'disk_full', 'traffic_flood', 'silence')
    vol = 0.5
    windows = True
    crlf = True

    def init(self, r):
        self.new = False
        self.bias = -self.off // 60
        self.file = r.choice(('CAS.log', 'DataTransferService.log', 'ContentTransferManager.log'))
        self.comp = {'CAS.log': 'ContentAccess', 'DataTransferService.log': 'DataTransferService', 'ContentTransferManager.log': 'ContentTransferManager'}[self.file]
        self.pkgs = ['P01%05X' % r.randint(1, 400) for _ in range(30)]
        self.dp = r.choice(('sccm-dp01.corp.example.com', 'cmdp02.ad.example.org'))
        self.errs = [self.e_dl, self.e_hash]
        self.news = [self.n_bits]

    def fname(self):
        return self.file

    def line(self, t, msg, ty=1, thr=None, src='ccmexec.cpp:0'):
        g = self.L(t)
        if self.new:
            tm = f'{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{t%1000000:06d}{(t//7)%10}'
            dt = f'{g.tm_mon}-{g.tm_mday}-{g.tm_year}'
        else:
            tm = f'{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{(t//1000)%1000:03d}{self.bias:+d}'
            dt = f'{g.tm_mon:02d}-{g.tm_mday:02d}-{g.tm_year}'
        th = thr or (t // 977) % 9000 + 1000
        return f'<![LOG[{msg}]LOG]!><time="{tm}" date="{dt}" component="{self.comp}" context="" type="{ty}" thread="{th}" file="{src}">'

    def info(self, r, t, st):
        p = r.choice(self.pkgs)
        j = '{' + uuid(r).upper() + '}'
        x = r.random()
        if x < 0.3:
            return self.line(t, f'Location update from CTM for content {p}.{r.randint(1,9)} and request {j}', src='downloadmanager.cpp:1101')
        if x < 0.55:
            return self.line(t, f'Download started for content {p}.{r.randint(1,9)}', src='downloadmanager.cpp:1291')
        if x < 0.75:
            return self.line(t, f'DTS job {j} has completed:\n	Status : SUCCESS,\n	Start time : {self.L(t).tm_mon:02d}/{self.L(t).tm_mday:02d}/{self.L(t).tm_year} {self.L(t).tm_hour:02d}:{self.L(t).tm_min:02d}:{max(self.L(t).tm_sec-3,0):02d},\n	Completion time : {self.L(t).tm_mon:02d}/{self.L(t).tm_mday:02d}/{self.L(t).tm_year} {self.L(t).tm_hour:02d}:{self.L(t).tm_min:02d}:{self.L(t).tm_sec:02d},\n	Elapsed time : {r.randint(1,30)} seconds', src='dtsjob.cpp:3349')
        if x < 0.9:
            return self.line(t, f'Successfully created download  request {j} for content {p}.{r.randint(1,9)}', src='contenttransfermanager.cpp:1432')
        return self.line(t, f'Distribution Point=\'http://{self.dp}/SMS_DP_SMSPKG$/{p}\', Locality=\'LOCAL\', DPType=\'SERVER\', Version=\'{r.choice((9078,9088,9122,9128))}\', Capabilities=\'<Capabilities SchemaVersion="1.0"><Property Name="SSLState" Value="0"/></Capabilities>\', Signature=\'http://{self.dp}/SMS_DP_SMSSIG$/{p}\', ForestTrust=\'TRUE\',', src='contentlocation.cpp:1046')

    def warn(self, r, t, st):
        return self.line(t, f'Download of content {r.choice(self.pkgs)}.{r.randint(1,9)} is paused, waiting for the network to become available', ty=2, src='downloadmanager.cpp:1712')

    def e_dl(self, r, t):
        return self.line(t, f'Download failed for content {r.choice(self.pkgs)}.{r.randint(1,9)} under context System, error 0x80190194', ty=3, src='downloadmanager.cpp:2045')

    def e_hash(self, r, t):
        return self.line(t, f'Hash verification failed for content {r.choice(self.pkgs)}.{r.randint(1,9)}, error 0x80091007', ty=3, src='downloadmanager.cpp:2313')

    def n_bits(self, r, t):
        return self.line(t, f'BITS job {{{uuid(r).upper()}}} failed with BG_E_HTTP_ERROR_403 (0x80190193). Error context: BG_ERROR_CONTEXT_REMOTE_FILE', ty=3, src='dtsjob.cpp:2878')

    def retry(self, r, t):
        return self.line(t, f'Failed to send request to http://{self.dp}/SMS_DP_SMSPKG$/{r.choice(self.pkgs)} with error 0x80072ee2, will retry in 60 seconds', ty=2, src='ccmhttputil.cpp:1234')

    def disk(self, r, t):
        return self.line(t, f'Download failed for content {r.choice(self.pkgs)}.{r.randint(1,9)} under context System, error 0x80070070', ty=3, src='downloadmanager.cpp:2045')

    def periodic(self):
        return [(900, lambda r, t: self.line(t, 'Successfully cleaned up cache: 0 bytes freed', src='cachemanager.cpp:612'))]
