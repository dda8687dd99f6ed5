"""Network-edge formats: Cisco IOS/IOS-XE, F5 BIG-IP LTM, Junos SRX RT_FLOW, Snort, strongSwan, keepalived."""
from core import *
SEQ = '\x01: '


class Cisco(Fmt):
    key = 'cisco'
    soft = 'Cisco IOS-XE'
    kinds = ('error_burst', 'new_error', 'traffic_flood', 'silence')
    vol = 0.5

    def init(self, r):
        self.host = r.choice(['edge-rtr01', 'wan-rtr02', 'br-rtr-01', 'inet-gw1'])
        self.seqn = r.random() < 0.5
        self.ctr = r.randint(1000, 200000) if self.seqn else None
        self.ctr_fmt = '%06d'
        self.mark = r.choice(['', '*', '.', ''])
        self.showtz = r.random() < 0.5
        self.utc = r.random() < 0.35
        self.tzlab = 'UTC' if self.utc else self.sc.tzabbr
        self.ifs = ['GigabitEthernet0/0/%d' % i for i in range(4)] + ['TenGigabitEthernet0/1/0', 'Tunnel10', 'Port-channel1']
        self.nbrs = [ip(r, '192.0.2.') for _ in range(3)]
        v = {2018: ('16.6.4', 'Everest'), 2019: ('16.9.3', 'Fuji'), 2020: ('16.12.4', 'Gibraltar'),
             2021: ('17.3.3', 'Amsterdam'), 2022: ('17.6.3', 'Bengaluru'), 2023: ('17.9.3', 'Cupertino'),
             2024: ('17.9.5', 'Cupertino'), 2025: ('17.12.4', 'Dublin'), 2026: ('17.15.2', 'IOSXE')}
        self.ver, self.train = v[self.year]
        self.errs = [self.e_link, self.e_bgp, self.e_ipsec]
        self.news = [self.n_sfp, self.n_poe]

    def fname(self):
        return self.host + '.log'

    def line(self, t, msg):
        g = self.U(t) if self.utc else self.L(t)
        m = (t // 1000) % 1000
        if self.showtz:
            ts = f'{MON[g.tm_mon-1]} {g.tm_mday:2d} {g.tm_year} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{m:03d} {self.tzlab}'
        else:
            ts = f'{MON[g.tm_mon-1]} {g.tm_mday:2d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{m:03d}'
        return (SEQ if self.seqn else '') + f'{self.mark}{ts}: {msg}'

    def info(self, r, t, st):
        x = r.random()
        if x < 0.62:
            pr = r.choice(('tcp', 'tcp', 'udp', 'icmp'))
            if pr == 'icmp':
                return self.line(t, f'%SEC-6-IPACCESSLOGDP: list OUTSIDE-IN denied icmp {ip(r,"pub")} -> {ip(r,"198.51.100.")} (8/0), {r.randint(1,9)} packet{"s" if r.random()<.5 else ""}')
            return self.line(t, f'%SEC-6-IPACCESSLOGP: list OUTSIDE-IN denied {pr} {ip(r,"pub")}({r.randint(1024,65535)}) -> {ip(r,"198.51.100.")}({r.choice((22,23,445,3389,1433,5060,8080,161))}), {r.randint(1,12)} packet{"s" if r.random()<.6 else ""}')
        if x < 0.75:
            return self.line(t, f'%SEC-6-IPACCESSLOGP: list MGMT-IN permitted tcp {ip(r)}({r.randint(1024,65535)}) -> 0.0.0.0(22), 1 packet')
        if x < 0.82:
            u = r.choice(('netadmin', 'noc', 'backup'))
            a = ip(r, '10.10.0.')
            g = self.L(t)
            return self.line(t, f'%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: {u}] [Source: {a}] [localport: 22] at {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d} {self.tzlab} {DOW[g.tm_wday]} {MON[g.tm_mon-1]} {g.tm_mday} {g.tm_year}')
        if x < 0.88:
            return self.line(t, f'%SSH-5-SSH2_USERAUTH: User \'{r.choice(("netadmin","noc","backup"))}\' authentication for SSH2 Session from {ip(r,"10.10.0.")} (tty = {r.randint(0,4)}) using crypto cipher \'aes256-ctr\', hmac \'hmac-sha2-256\' Succeeded')
        if x < 0.93:
            return self.line(t, f'%SYS-6-LOGOUT: User {r.choice(("netadmin","noc","backup"))} has exited tty session {r.randint(1,4)}({ip(r,"10.10.0.")})')
        if x < 0.97:
            return self.line(t, f'%SYS-5-CONFIG_I: Configured from console by {r.choice(("netadmin","noc"))} on vty{r.randint(0,4)} ({ip(r,"10.10.0.")})')
        return self.line(t, f'%DHCPD-4-PING_CONFLICT: DHCP address conflict:  server pinged {ip(r,"10.20.")}.')

    def warn(self, r, t, st):
        if r.random() < 0.5:
            g = self.L(t)
            return self.line(t, f'%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: {r.choice(("admin","cisco","root","user"))}] [Source: {ip(r,"pub")}] [localport: 22] [Reason: Login Authentication Failed] at {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d} {self.tzlab} {DOW[g.tm_wday]} {MON[g.tm_mon-1]} {g.tm_mday} {g.tm_year}')
        return self.line(t, f'%CDP-4-DUPLEX_MISMATCH: duplex mismatch discovered on {r.choice(self.ifs[:3])} (not half duplex), with sw-acc{r.randint(1,9):02d} GigabitEthernet1/0/{r.randint(1,48)} (half duplex).')

    def e_link(self, r, t):
        i = r.choice(self.ifs)
        return self.line(t, f'%LINK-3-UPDOWN: Interface {i}, changed state to down')

    def e_bgp(self, r, t):
        return self.line(t, f'%BGP-3-NOTIFICATION: received from neighbor {r.choice(self.nbrs)} active 4/0 (hold time expired) 0 bytes')

    def e_ipsec(self, r, t):
        return self.line(t, f'%CRYPTO-4-RECVD_PKT_INV_SPI: decaps: rec\'d IPSEC packet has invalid spi for destaddr={ip(r,"198.51.100.")}, prot=50, spi=0x{hx(r,8).upper()}({r.randint(10**8,4*10**9)}), srcaddr={ip(r,"pub")}, input interface={self.ifs[0]}')

    def n_sfp(self, r, t):
        return self.line(t, f'%TRANSCEIVER-3-INIT_FAILURE: Detected for transceiver module in {self.ifs[4]}, module disabled')

    def n_poe(self, r, t):
        return self.line(t, f'%ILPOWER-3-CONTROLLER_PORT_ERR: Controller port error, Interface Gi1/0/{r.randint(1,24)}: Power Controller reports power Imax error detected')

    def periodic(self):
        return [(300, self.p_ntp)]

    def p_ntp(self, r, t):
        return self.line(t, f'%BGP-5-ADJCHANGE: neighbor {self.nbrs[0]} Up') if r.random() < 0.02 else self.line(t, f'%SYS-6-TTY_EXPIRE_TIMER: (exec timer expired, tty {r.randint(2,6)} ({ip(r,"10.10.0.")})), user {r.choice(("noc","netadmin"))}')

    def retry_ok(self, r, t):
        n = self.nbrs[1]
        return [(t, self.line(t, f'%BGP-5-ADJCHANGE: neighbor {n} Down BGP Notification sent')),
                (t + 2000000, self.line(t + 2000000, f'%BGP_SESSION-5-ADJCHANGE: neighbor {n} IPv4 Unicast topology base removed from session  BGP Notification sent')),
                (t + 31000000, self.line(t + 31000000, f'%BGP-5-ADJCHANGE: neighbor {n} Up'))]

    def stop(self, r, t):
        return [(t, self.line(t, f'%SYS-5-RELOAD: Reload requested by netadmin on vty0 ({ip(r,"10.10.0.")}). Reload Reason: Reload Command.'))]

    def start(self, r, t):
        cp = {2018: 2018}.get(self.year, self.year)
        out = [(t, self.line(t, 'IOSXE-3-PLATFORM: R0/0: kernel: e1000: eth0 NIC Link is Up 1000 Mbps Full Duplex'.replace('IOSXE', '%IOSXE'))),
               (t + 900000, self.line(t + 900000, '%SYS-5-RESTART: System restarted --\n'
                f'Cisco IOS Software [{self.train}], ISR Software (X86_64_LINUX_IOSD-UNIVERSALK9-M), Version {self.ver}, RELEASE SOFTWARE (fc2)\n'
                'Technical Support: http://www.cisco.com/techsupport\n'
                f'Copyright (c) 1986-{cp} by Cisco Systems, Inc.\n'
                f'Compiled {DOW[self.L(t).tm_wday]} 1{r.randint(0,9)}-{MON[r.randint(0,11)]}-{str(cp-1)[2:]} 0{r.randint(1,9)}:{r.randint(10,59)} by mcpre')),
               (t + 1100000, self.line(t + 1100000, '%SYS-6-BOOTTIME: Time taken to reboot after reload =  ' + str(r.randint(180, 300)) + ' seconds'))]
        for i in self.ifs[:3]:
            out.append((t + 3000000, self.line(t + 3000000, f'%LINK-3-UPDOWN: Interface {i}, changed state to up')))
            out.append((t + 4000000, self.line(t + 4000000, f'%LINEPROTO-5-UPDOWN: Line protocol on Interface {i}, changed state to up')))
        return out


class F5(Fmt):
    key = 'f5'
    soft = 'F5 BIG-IP LTM'
    kinds = ('error_burst', 'new_error', 'traffic_flood', 'silence')
    vol = 0.7
    res_us = 1000000

    def init(self, r):
        self.host = r.choice(['bigip1.corp.example.com', 'lb-ext-01.example.net', 'f5-dmz-a.example.org'])
        self.old = self.year <= 2019
        self.hostf = 'local/tmm' if self.old else self.host
        self.pools = ['/Common/pool_web', '/Common/pool_api', '/Common/pool_sso']
        self.members = [f'/Common/10.1.20.{i}:{p}' for i in (11, 12, 13, 21, 22) for p in (80, 8443)]
        self.tmmpid = r.randint(10000, 30000)
        self.mcpd = r.randint(4000, 9000)
        self.errs = [self.e_nomember, self.e_ssl]
        self.news = [self.n_tcl]

    def fname(self):
        return 'ltm'

    def line(self, t, lvl, proc, msg):
        return f'{self.syslog_ts(t)} {self.hostf} {lvl} {proc}: {msg}'

    def tmm(self, r):
        n = r.randint(0, 3)
        return f'tmm{n if n else ""}[{self.tmmpid}]'

    def info(self, r, t, st):
        x = r.random()
        if x < 0.7:
            meth = r.choice(('GET', 'GET', 'GET', 'POST', 'PUT'))
            return self.line(t, 'info', self.tmm(r), f'Rule /Common/irule_log_requests <HTTP_REQUEST>: client {ip(r,"pub")}:{r.randint(1024,65535)} -> {r.choice(("www.example.com","api.example.com","sso.example.com"))} {meth} {r.choice(("/","/login","/api/v2/orders","/api/v2/items/%d" % r.randint(1,99999),"/static/app.js","/healthz"))}')
        if x < 0.85:
            return self.line(t, 'info', self.tmm(r), f'Rule /Common/irule_log_requests <HTTP_RESPONSE>: server {r.choice(self.members)[8:]} status {r.choice((200,200,200,304,302,404))}')
        if x < 0.95:
            return self.line(t, 'notice', f'mcpd[{self.mcpd}]', f'01070727:5: Pool {r.choice(self.pools)} member {r.choice(self.members)} monitor status up. [ /Common/http: up ]  [ was down for 0hr:0min:{r.randint(5,59)}sec ]')
        return self.line(t, 'info', f'logger[{r.randint(1000,30000)}]', f'[ssl_acc] {ip(r,"10.0.")} - admin [{self.L(t).tm_mday:02d}/{MON[self.L(t).tm_mon-1]}/{self.L(t).tm_year}:{self.L(t).tm_hour:02d}:{self.L(t).tm_min:02d}:{self.L(t).tm_sec:02d} {self.offstr()}] "/iControl/iControlPortal.cgi" 200 {r.randint(600,2000)}')

    def warn(self, r, t, st):
        if r.random() < 0.6:
            return self.line(t, 'warning', self.tmm(r), f'01260013:4: SSL Handshake failed for TCP {ip(r,"pub")}:{r.randint(1024,65535)} -> 198.51.100.10:443')
        return self.line(t, 'notice', f'mcpd[{self.mcpd}]', f'01070638:5: Pool {r.choice(self.pools)} member {r.choice(self.members)} monitor status down. [ /Common/http: down; last error: /Common/http: Response Code: 503 (Service Unavailable) ]  [ was up for 0hr:{r.randint(1,59)}mins:{r.randint(0,59)}sec ]')

    def e_nomember(self, r, t):
        return self.line(t, 'err', self.tmm(r), f'01010028:3: No members available for pool {r.choice(self.pools)}')

    def e_ssl(self, r, t):
        return self.line(t, 'err', self.tmm(r), f'01260009:4: Connection error: ssl_passthru:5453: alert(40) handshake failure'.replace(':4:', ':3:'))

    def n_tcl(self, r, t):
        return self.line(t, 'err', self.tmm(r), f'01220001:3: TCL error: /Common/irule_redirect <HTTP_REQUEST> - ERR_NOT_SUPPORTED (line 1)  invoked from within "HTTP::redirect "https://[HTTP::host][HTTP::uri]""')

    def periodic(self):
        return [(600, lambda r, t: self.line(t, 'info', f'tmsh[{r.randint(2000,30000)}]', '01420002:5: AUDIT - pid=%d user=root folder=/Common module=(tmos)# status=[Command OK] cmd_data=save sys config partitions all' % r.randint(2000, 30000)))]


class Junos(Fmt):
    key = 'junos'
    soft = 'Juniper SRX (Junos RT_FLOW)'
    kinds = ('error_burst', 'new_error', 'traffic_flood', 'silence')
    vol = 1.6

    def init(self, r):
        self.host = r.choice(['srx-fw01', 'srx340-edge', 'fw-dc1-a'])
        self.sd = self.year >= 2021 or r.random() < 0.3
        self.ver = {2018: '15.1X49-D150.2', 2019: '18.2R3.4', 2020: '19.4R3.11'}.get(self.year, '21.4R3-S5.4' if self.year < 2024 else '22.4R3-S2.11')
        self.sid = r.randint(100000, 900000)
        self.res_us = 1000 if self.sd else 1000000
        self.errs = [self.e_vpn, self.e_screen]
        self.news = [self.n_udp]

    def fname(self):
        return 'rt_flow' if self.sd else 'messages'

    def ts(self, t):
        g = self.L(t)
        return f'{g.tm_year}-{g.tm_mon:02d}-{g.tm_mday:02d}T{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{(t//1000)%1000:03d}{self.offstr(True)}'

    def sess(self, r):
        self.sid += r.randint(1, 9)
        src = ip(r, '10.')
        dst = ip(r, 'pub')
        dp, svc, app = r.choice(((443, 'junos-https', 'SSL'), (80, 'junos-http', 'HTTP'), (53, 'junos-dns-udp', 'DNS'), (123, 'junos-ntp', 'NTP'), (22, 'junos-ssh', 'SSH')))
        pr = 17 if dp in (53, 123) else 6
        return src, r.randint(1024, 65535), dst, dp, svc, app, pr, r.randint(1024, 65535)

    def info(self, r, t, st):
        src, sp, dst, dp, svc, app, pr, nsp = self.sess(r)
        close = r.random() < 0.5
        if self.sd:
            if close:
                why = r.choice(('TCP FIN', 'TCP RST', 'idle Timeout', 'TCP FIN')) if pr == 6 else 'response received' if dp == 53 else 'idle Timeout'
                sd = (f'reason="{why}" source-address="{src}" source-port="{sp}" destination-address="{dst}" destination-port="{dp}" connection-tag="0" service-name="{svc}" '
                      f'nat-source-address="198.51.100.10" nat-source-port="{nsp}" nat-destination-address="{dst}" nat-destination-port="{dp}" nat-connection-tag="0" '
                      f'src-nat-rule-type="source rule" src-nat-rule-name="r-out" dst-nat-rule-type="N/A" dst-nat-rule-name="N/A" protocol-id="{pr}" policy-name="trust-to-untrust" '
                      f'source-zone-name="trust" destination-zone-name="untrust" session-id-32="{self.sid}" packets-from-client="{r.randint(1,90)}" bytes-from-client="{r.randint(60,90000)}" '
                      f'packets-from-server="{r.randint(1,200)}" bytes-from-server="{r.randint(60,900000)}" elapsed-time="{r.randint(0,300)}" application="{app}" nested-application="UNKNOWN" '
                      f'username="N/A" roles="N/A" packet-incoming-interface="ge-0/0/1.0" encrypted="No" application-category="N/A" application-sub-category="N/A" application-risk="1" application-characteristics="N/A"')
                return f'<14>1 {self.ts(t)} {self.host} RT_FLOW - RT_FLOW_SESSION_CLOSE [junos@2636.1.1.1.2.129 {sd}]'
            sd = (f'source-address="{src}" source-port="{sp}" destination-address="{dst}" destination-port="{dp}" connection-tag="0" service-name="{svc}" '
                  f'nat-source-address="198.51.100.10" nat-source-port="{nsp}" nat-destination-address="{dst}" nat-destination-port="{dp}" nat-connection-tag="0" '
                  f'src-nat-rule-type="source rule" src-nat-rule-name="r-out" dst-nat-rule-type="N/A" dst-nat-rule-name="N/A" protocol-id="{pr}" policy-name="trust-to-untrust" '
                  f'source-zone-name="trust" destination-zone-name="untrust" session-id-32="{self.sid}" username="N/A" roles="N/A" packet-incoming-interface="ge-0/0/1.0" application="UNKNOWN" nested-application="UNKNOWN" encrypted="UNKNOWN" application-category="N/A" application-sub-category="N/A" application-risk="-1" application-characteristics="N/A"')
            return f'<14>1 {self.ts(t)} {self.host} RT_FLOW - RT_FLOW_SESSION_CREATE [junos@2636.1.1.1.2.129 {sd}]'
        h = f'{self.syslog_ts(t)} {self.host} RT_FLOW: '
        if close:
            why = r.choice(('TCP FIN', 'TCP RST', 'idle Timeout')) if pr == 6 else 'response received'
            return (h + f'RT_FLOW_SESSION_CLOSE: session closed {why}: {src}/{sp}->{dst}/{dp} 0x0 {svc} 198.51.100.10/{nsp}->{dst}/{dp} 0x0 source rule r-out N/A N/A {pr} '
                    f'trust-to-untrust trust untrust {self.sid} {r.randint(1,90)}({r.randint(60,90000)}) {r.randint(1,200)}({r.randint(60,900000)}) {r.randint(0,300)} {app} UNKNOWN N/A(N/A) ge-0/0/1.0 No')
        return h + f'RT_FLOW_SESSION_CREATE: session created {src}/{sp}->{dst}/{dp} 0x0 {svc} 198.51.100.10/{nsp}->{dst}/{dp} 0x0 source rule r-out N/A N/A {pr} trust-to-untrust trust untrust {self.sid} N/A(N/A) ge-0/0/1.0 UNKNOWN'

    def warn(self, r, t, st):
        src = ip(r, 'pub')
        dp = r.choice((23, 445, 3389, 22, 1433))
        if self.sd:
            return (f'<14>1 {self.ts(t)} {self.host} RT_FLOW - RT_FLOW_SESSION_DENY [junos@2636.1.1.1.2.129 source-address="{src}" source-port="{r.randint(1024,65535)}" destination-address="198.51.100.10" '
                    f'destination-port="{dp}" connection-tag="0" service-name="None" protocol-id="6" icmp-type="0" policy-name="deny-all" source-zone-name="untrust" destination-zone-name="trust" '
                    f'application="UNKNOWN" nested-application="UNKNOWN" username="N/A" roles="N/A" packet-incoming-interface="ge-0/0/0.0" encrypted="No" reason="policy deny" session-id-32="{self.sid}" application-category="N/A" application-sub-category="N/A" application-risk="-1" application-characteristics="N/A"]')
        return f'{self.syslog_ts(t)} {self.host} RT_FLOW: RT_FLOW_SESSION_DENY: session denied {src}/{r.randint(1024,65535)}->198.51.100.10/{dp} 0x0 None 6(0) deny-all untrust trust UNKNOWN UNKNOWN N/A(N/A) ge-0/0/0.0 No policy deny {self.sid} N/A N/A'

    def other(self, t, prio, tag, proc, msg):
        if self.sd:
            return f'<{prio}>1 {self.ts(t)} {self.host} {proc} {r_pid(proc)} {tag} [junos@2636.1.1.1.2.129] {msg}' if False else f'<{prio}>1 {self.ts(t)} {self.host} {proc} - {tag} - {msg}'
        return f'{self.syslog_ts(t)} {self.host} {proc}: {tag}: {msg}'

    def e_vpn(self, r, t):
        return self.other(t, 11, 'KMD_VPN_DOWN_ALARM_USER', 'kmd', f'VPN vpn-branch{r.randint(1,6)} from 203.0.113.{r.randint(10,30)} is down. Local-ip: 198.51.100.10, gateway name: gw-branch{r.randint(1,6)}, vpn name: vpn-branch{r.randint(1,6)}, tunnel-id: {r.randint(131073,131090)}, local tunnel-if: st0.{r.randint(1,6)}, remote tunnel-ip: Not-Available, Local IKE-ID: 198.51.100.10, Remote IKE-ID: 203.0.113.{r.randint(10,30)}, AAA username: Not-Applicable, VR id: 0, Traffic-selector: , Traffic-selector local ID: ipv4_subnet(any:0,[0..7]=0.0.0.0/0), Traffic-selector remote ID: ipv4_subnet(any:0,[0..7]=0.0.0.0/0), SA Type: Static')

    def e_screen(self, r, t):
        return self.other(t, 12, 'RT_SCREEN_TCP', 'RT_IDS', f'SYN flood! source: {ip(r,"pub")}:{r.randint(1024,65535)}, destination: 198.51.100.10:443, zone name: untrust, interface name: ge-0/0/0.0, action: drop')

    def n_udp(self, r, t):
        return self.other(t, 12, 'RT_SCREEN_UDP', 'RT_IDS', f'UDP flood! source: {ip(r,"pub")}:{r.randint(1024,65535)}, destination: 198.51.100.10:53, zone name: untrust, interface name: ge-0/0/0.0, action: drop')


def r_pid(p):
    return '-'


class Snort(Fmt):
    key = 'snort'
    soft = 'Snort (fast alert)'
    kinds = ('error_burst', 'new_error', 'traffic_flood', 'silence')
    vol = 0.8
    res_us = 1

    SIGS = [(2010935, 3, 'ET POLICY Suspicious inbound to MSSQL port 1433', 'Potentially Bad Traffic', 2, 'TCP', 1433),
            (2001219, 20, 'ET SCAN Potential SSH Scan', 'Attempted Information Leak', 2, 'TCP', 22),
            (2002910, 6, 'ET SCAN Potential VNC Scan 5800-5820', 'Attempted Information Leak', 2, 'TCP', 5800),
            (2008578, 6, 'ET SCAN Sipvicious Scan', 'Attempted Information Leak', 2, 'UDP', 5060),
            (2100366, 8, 'GPL ICMP_INFO PING *NIX', 'Misc activity', 3, 'ICMP', 0),
            (2013028, 7, 'ET POLICY curl User-Agent Outbound', 'Attempted Information Leak', 2, 'TCP', 80),
            (2027865, 4, 'ET INFO Observed DNS Query to .cloud TLD', 'Potentially Bad Traffic', 2, 'UDP', 53),
            (2403300, 82511, 'ET CINS Active Threat Intelligence Poor Reputation IP group 1', 'Misc Attack', 2, 'TCP', 443)]
    HIGH = [(2024792, 4, 'ET EXPLOIT Possible CVE-2017-9805 Apache Struts REST XStream RCE', 'Attempted Administrator Privilege Gain', 1, 'TCP', 8080),
            (2031502, 2, 'ET EXPLOIT Possible Citrix Application Delivery Controller Arbitrary Code Execution Attempt (CVE-2019-19781)', 'Attempted Administrator Privilege Gain', 1, 'TCP', 443)]
    NEW = [(2034647, 2, 'ET EXPLOIT Apache log4j RCE Attempt (http ldap) (CVE-2021-44228)', 'Attempted Administrator Privilege Gain', 1, 'TCP', 80)]

    def init(self, r):
        self.s3 = self.year >= 2021 and r.random() < 0.7
        self.yr = r.random() < 0.3
        self.errs = [lambda r, t, s=s: self.alert(r, t, s) for s in self.HIGH]
        self.news = [lambda r, t: self.alert(r, t, self.NEW[0])]

    def fname(self):
        return 'alert_fast.txt' if self.s3 else 'alert'

    def alert(self, r, t, s):
        g = self.L(t)
        ts = (f'{g.tm_mon:02d}/{g.tm_mday:02d}/{g.tm_year%100:02d}-' if self.yr else f'{g.tm_mon:02d}/{g.tm_mday:02d}-') + f'{g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}.{t%1000000:06d}'
        sid, rev, msg, cls, pri, proto, port = s
        src = ip(r, 'pub')
        if proto == 'ICMP':
            ep = f'{src} -> 198.51.100.{r.randint(2,40)}'
        else:
            ep = f'{src}:{r.randint(1024,65535)} -> 198.51.100.{r.randint(2,40)}:{port or r.randint(1,1024)}'
        if self.s3:
            return f'{ts} [**] [1:{sid}:{rev}] "{msg}" [**] [Classification: {cls}] [Priority: {pri}] {{{proto}}} {ep}'
        return f'{ts}  [**] [1:{sid}:{rev}] {msg} [**] [Classification: {cls}] [Priority: {pri}] {{{proto}}} {ep}'

    def info(self, r, t, st):
        return self.alert(r, t, self.SIGS[min(int(r.expovariate(0.45)), len(self.SIGS) - 1)])


class Strongswan(Fmt):
    key = 'strongswan'
    soft = 'strongSwan charon'
    kinds = ('error_burst', 'new_error', 'retry_storm', 'panic', 'traffic_flood', 'silence')
    vol = 0.5
    res_us = 1000000

    def init(self, r):
        self.ver = {2018: '5.6.2', 2019: '5.7.2', 2020: '5.8.2', 2021: '5.9.1', 2022: '5.9.5', 2023: '5.9.8', 2024: '5.9.13'}.get(self.year, '6.0.1')
        self.kern = {2018: '4.15.0-43-generic', 2019: '4.15.0-70-generic', 2020: '5.4.0-58-generic', 2021: '5.4.0-90-generic', 2022: '5.15.0-56-generic', 2023: '5.15.0-91-generic', 2024: '6.8.0-45-generic'}.get(self.year, '6.8.0-88-generic')
        self.conns = [(f'site-{n}', ip(r, '203.0.113.'), r.randint(1, 40)) for n in ('fra', 'lon', 'nyc', 'sgp', 'branch1', 'branch2')]
        self.names = r.random() < 0.6
        self.me = '198.51.100.10'
        self.errs = [self.e_giveup, self.e_auth]
        self.news = [self.n_prop]

    def fname(self):
        return 'charon.log'

    def line(self, t, th, sub, msg, c=None):
        tag = f' <{c[0]}|{c[2]}>' if (c and self.names) else ''
        return f'{self.syslog_ts(t)} {th:02d}[{sub}]{tag} {msg}'

    def info(self, r, t, st):
        c = r.choice(self.conns)
        th = r.randint(1, 16)
        x = r.random()
        mid = r.randint(0, 400)
        if x < 0.3:
            return self.line(t, th, 'NET', f'received packet: from {c[1]}[4500] to {self.me}[4500] ({r.choice((76,80,96,108,220,236))} bytes)', c)
        if x < 0.5:
            return self.line(t, th, 'ENC', f'parsed INFORMATIONAL request {mid} [ ]', c)
        if x < 0.62:
            return self.line(t, th, 'ENC', f'generating INFORMATIONAL response {mid} [ ]', c)
        if x < 0.78:
            return self.line(t, th, 'NET', f'sending packet: from {self.me}[4500] to {c[1]}[4500] ({r.choice((76,80,96))} bytes)', c)
        if x < 0.86:
            return self.line(t, th, 'IKE', 'sending DPD request', c)
        if x < 0.92:
            return self.line(t, th, 'IKE', f'CHILD_SA {c[0]}{{{r.randint(1,900)}}} established with SPIs c{hx(r,7)}_i c{hx(r,7)}_o and TS 10.10.0.0/16 === 10.{r.randint(30,90)}.0.0/16', c)
        if x < 0.96:
            return self.line(t, th, 'IKE', f'received DELETE for ESP CHILD_SA with SPI c{hx(r,7)}', c)
        return self.line(t, th, 'IKE', f'closing CHILD_SA {c[0]}{{{r.randint(1,900)}}} with SPIs c{hx(r,7)}_i ({r.randint(0,900000)} bytes) c{hx(r,7)}_o ({r.randint(0,900000)} bytes) and TS 10.10.0.0/16 === 10.{r.randint(30,90)}.0.0/16', c)

    def warn(self, r, t, st):
        c = r.choice(self.conns)
        return self.line(t, r.randint(1, 16), 'IKE', f'received retransmit of request with ID {r.randint(0,40)}, retransmitting response', c)

    def e_giveup(self, r, t):
        c = r.choice(self.conns)
        return self.line(t, r.randint(1, 16), 'IKE', 'giving up after 5 retransmits', c)

    def e_auth(self, r, t):
        c = r.choice(self.conns)
        return self.line(t, r.randint(1, 16), 'IKE', 'received AUTHENTICATION_FAILED notify error', c)

    def n_prop(self, r, t):
        c = r.choice(self.conns)
        return self.line(t, r.randint(1, 16), 'IKE', 'received NO_PROPOSAL_CHOSEN notify error', c)

    def retry(self, r, t):
        c = self.conns[self._rc]
        return self.line(t, r.randint(1, 16), 'IKE', f'retransmit {r.randint(1,5)} of request with message ID {r.randint(0,3)}', c)

    def retry_ok(self, r, t):
        c = r.choice(self.conns)
        return [(t, self.line(t, 9, 'IKE', 'retransmit 1 of request with message ID 0', c)),
                (t + 4000000, self.line(t + 4000000, 9, 'IKE', f'IKE_SA {c[0]}[{c[2]}] established between {self.me}[{self.me}]...{c[1]}[{c[1]}]', c))]

    def stop(self, r, t):
        return [(t, self.line(t, 0, 'DMN', 'signal of type SIGINT received. Shutting down'))]

    def start(self, r, t):
        out = [(t, self.line(t, 0, 'DMN', f'Starting IKE charon daemon (strongSwan {self.ver}, Linux {self.kern}, x86_64)')),
               (t + 20000, self.line(t + 20000, 0, 'CFG', "loading ca certificates from '/etc/ipsec.d/cacerts'")),
               (t + 30000, self.line(t + 30000, 0, 'CFG', "loading aa certificates from '/etc/ipsec.d/aacerts'")),
               (t + 40000, self.line(t + 40000, 0, 'CFG', "loading secrets from '/etc/ipsec.secrets'")),
               (t + 50000, self.line(t + 50000, 0, 'CFG', "  loaded IKE secret for %any")),
               (t + 90000, self.line(t + 90000, 0, 'LIB', 'loaded plugins: charon aesni aes rc2 sha2 sha1 md5 mgf1 random nonce x509 revocation constraints pubkey pkcs1 pkcs7 pkcs8 pkcs12 pgp dnskey sshkey pem openssl fips-prf gmp agent xcbc hmac gcm drbg attr kernel-netlink resolve socket-default connmark stroke updown eap-mschapv2 xauth-generic counters')),
               (t + 100000, self.line(t + 100000, 0, 'JOB', 'spawning 16 worker threads'))]
        return out

    def panic(self, r, t):
        th = r.randint(1, 16)
        lines = [self.line(t, th, 'DMN', f'thread {th} received 11')]
        lines.append(self.line(t, th, 'LIB', ' dumping 9 stack frame addresses:'))
        for lib, fn in (('/lib/x86_64-linux-gnu/libpthread.so.0', ''), ('/usr/lib/ipsec/libcharon.so.0', ''), ('/usr/lib/ipsec/libcharon.so.0', ''),
                        ('/usr/lib/ipsec/libstrongswan.so.0', ''), ('/usr/lib/ipsec/libstrongswan.so.0', ''), ('/lib/x86_64-linux-gnu/libc.so.6', 'clone+0x3f')):
            b = r.randint(0x7f0000000000, 0x7fffffffffff) & ~0xfff
            lines.append(self.line(t, th, 'LIB', f'  {lib} @ 0x{b:x} (0x{b + r.randint(0x1000, 0xfffff):x}) [0x{b + r.randint(0x1000,0xfffff):x}]'))
            if fn:
                lines.append(self.line(t, th, 'LIB', f'    -> {fn}'))
        lines.append(self.line(t, th, 'DMN', 'killing ourself, received critical signal'))
        out = [(t, '\n'.join(lines))]
        t2 = t + r.randint(4, 20) * 1000000
        return out + self.start(r, t2)


class Keepalived(Fmt):
    key = 'keepalived'
    soft = 'keepalived'
    kinds = ('error_burst', 'new_error')
    vol = 0
    fixed = 1.5
    res_us = 1000000

    def init(self, r):
        self.host = r.choice(['lb1', 'lb-a', 'edge-lb01'])
        self.old = self.year <= 2018
        self.ver = '1.3.9' if self.old else {2019: '2.0.10', 2020: '2.0.19', 2021: '2.1.5', 2022: '2.2.4', 2023: '2.2.7'}.get(self.year, '2.2.8')
        self.vpid = r.randint(700, 3000)
        self.hpid = self.vpid + 1
        self.rs = [f'10.1.20.{i}' for i in (11, 12, 13, 14)]
        self.errs = [self.e_tcp]
        self.news = [self.n_script]

    def fname(self):
        return 'keepalived.log'

    def line(self, t, proc, msg):
        return f'{self.syslog_ts(t)} {self.host} {proc}: {msg}'

    def rsn(self, r):
        return f'[{r.choice(self.rs)}]:80' if self.old else f'[{r.choice(self.rs)}]:tcp:80'

    def info(self, r, t, st):
        x = r.random()
        if x < 0.5:
            return self.line(t, f'Keepalived_healthcheckers[{self.hpid}]', f'TCP connection to {self.rsn(r)} success.')
        if x < 0.8:
            return self.line(t, f'Keepalived_healthcheckers[{self.hpid}]', f'Adding service {self.rsn(r)} to VS [10.1.20.100]:{"" if self.old else "tcp:"}80')
        return self.line(t, f'Keepalived_vrrp[{self.vpid}]', 'VRRP_Script(chk_haproxy) succeeded' if self.old else 'Script `chk_haproxy` now returning 0')

    def e_tcp(self, r, t):
        s = self.rsn(r)
        return self.line(t, f'Keepalived_healthcheckers[{self.hpid}]', f'TCP_CHECK on service {s} failed.')

    def n_script(self, r, t):
        return self.line(t, f'Keepalived_vrrp[{self.vpid}]', 'VRRP_Script(chk_haproxy) failed' if self.old else 'Script `chk_haproxy` now returning 1')

    def stop(self, r, t):
        return [(t, self.line(t, f'Keepalived[{self.vpid-1}]', 'Stopping')),
                (t + 3000000, self.line(t + 3000000, f'Keepalived[{self.vpid-1}]', f'Stopped Keepalived v{self.ver} ({r.randint(1,12):02d}/{r.randint(1,28):02d},{self.year-1})'))]

    def start(self, r, t):
        self.vpid += r.randint(20, 400)
        self.hpid = self.vpid + 1
        p = self.vpid - 1
        return [(t, self.line(t, f'Keepalived[{p}]', f'Starting Keepalived v{self.ver} ({r.randint(1,12):02d}/{r.randint(1,28):02d},{self.year-1})')),
                (t + 1000, self.line(t + 1000, f'Keepalived[{p}]', 'Opening file \'/etc/keepalived/keepalived.conf\'.')),
                (t + 9000, self.line(t + 9000, f'Keepalived[{p}]', f'Starting Healthcheck child process, pid={self.hpid}')),
                (t + 9500, self.line(t + 9500, f'Keepalived[{p}]', f'Starting VRRP child process, pid={self.vpid}')),
                (t + 3000000, self.line(t + 3000000, f'Keepalived_vrrp[{self.vpid}]', 'VRRP_Instance(VI_1) Entering BACKUP STATE' if self.old else '(VI_1) Entering BACKUP STATE'))]
