"""hostapd (-t -f log), FreeRADIUS radius.log, wpa_supplicant and NetworkManager via syslog."""
from fmtbase import Format, MON, WDAY, USERS

SSIDS = ("eduroam", "Campus-Guest", "Campus-IoT", "staff")


class Hostapd(Format):
    key = "hostapd"
    clock = "epoch seconds with microseconds 'SSSSSSSSSS.uuuuuu:' (hostapd -t)"
    absolute = True
    WEIGHT = 3.0
    AVG_LINES = 5.0
    ERR_RATE = 1.0
    WARN_FRAC = 0.03
    RETRY_RATE = 0.1
    NORMAL = [(26, "s_connect"), (22, "s_disconnect"), (16, "s_rekey"), (8, "s_inactive"), (6, "s_bss_tm"),
              (5, "s_reassoc"), (2, "s_probe_guest")]
    WARNS = [(4, "w_acks"), (1, "w_radar")]
    ERRORS = [("e_eapfail", r"IEEE 802\.1X: authentication failed - EAP type: \d+"),
              ("e_addsta", r"IEEE 802\.11: Could not add STA to kernel driver")]
    RETRY = ("r_radius", r"RADIUS: Resending RADIUS message \(id=\d+\)")
    RETRY_OK = "r_radius_ok"
    NEW_ERRORS = [("n_noradius", r"RADIUS: No response from Authentication server")]
    BANNER_SIG = r"Configuration file: /etc/hostapd/hostapd\.conf"

    def setup(self):
        self.ifs = ["wlan0", "wlan0-1", "wlan1", "wlan1-1"]
        self.bssid = {i: self.mac() for i in self.ifs}
        self.stas = [self.mac() for _ in range(1500)]
        self.aid = {}
        self.radius = self.sc.lan + ".0.%d" % self.r.randint(20, 30)
        self.rid = self.r.randint(0, 255)

    def L(self, t, msg):
        return "%d.%06d: %s" % (int(t), int((t - int(t)) * 1e6), msg)

    def sta(self):
        return self.stas[int(self.r.random() ** 1.4 * len(self.stas))]

    def i(self):
        return self.ch(self.ifs)

    def s_connect(self, t):
        i, s = self.i(), self.sta()
        aid = self.r.randint(1, 120)
        seq = [(0, "%s: STA %s IEEE 802.11: authenticated" % (i, s)),
               (0.003, "%s: STA %s IEEE 802.11: associated (aid %d)" % (i, s, aid))]
        if i.endswith("-1"):
            seq += [(0.03, "%s: AP-STA-CONNECTED %s" % (i, s)),
                    (0.03, "%s: STA %s WPA: pairwise key handshake completed (RSN)" % (i, s)),
                    (0.03, "%s: EAPOL-4WAY-HS-COMPLETED %s" % (i, s))]
        else:
            d = self.r.uniform(0.15, 1.2)
            seq += [(0.004, "%s: CTRL-EVENT-EAP-STARTED %s" % (i, s)),
                    (0.005, "%s: CTRL-EVENT-EAP-PROPOSED-METHOD vendor=0 method=1" % i),
                    (d, "%s: CTRL-EVENT-EAP-SUCCESS2 %s" % (i, s)),
                    (d, "%s: STA %s IEEE 802.1X: authenticated - EAP type: %d (%s)" % (i, s, *self.ch(((25, "PEAP"), (21, "TTLS"), (13, "TLS"), (25, "PEAP"))))),
                    (d + 0.001, "%s: STA %s RADIUS: starting accounting session %s" % (i, s, self.HX(16))),
                    (d + 0.02, "%s: AP-STA-CONNECTED %s" % (i, s)),
                    (d + 0.02, "%s: STA %s WPA: pairwise key handshake completed (RSN)" % (i, s)),
                    (d + 0.02, "%s: EAPOL-4WAY-HS-COMPLETED %s" % (i, s))]
        return [(t + dt, self.L(t + dt, m)) for dt, m in seq]

    def s_disconnect(self, t):
        i, s = self.i(), self.sta()
        return [(t, self.L(t, "%s: STA %s IEEE 802.11: disassociated" % (i, s))),
                (t, self.L(t, "%s: AP-STA-DISCONNECTED %s" % (i, s))),
                (t + 1, self.L(t + 1, "%s: STA %s IEEE 802.11: deauthenticated due to inactivity (timer DEAUTH/REMOVE)" % (i, s)))]

    def s_inactive(self, t):
        i, s = self.i(), self.sta()
        return [(t, self.L(t, "%s: AP-STA-DISCONNECTED %s" % (i, s))),
                (t, self.L(t, "%s: STA %s IEEE 802.11: deauthenticated due to local deauth request" % (i, s)))]

    def s_rekey(self, t):
        i, s = self.i(), self.sta()
        return self.L(t, "%s: STA %s WPA: group key handshake completed (RSN)" % (i, s))

    def s_bss_tm(self, t):
        i, s = self.i(), self.sta()
        return self.L(t, "%s: BSS-TM-RESP %s dialog_token=%d status_code=0 bss_termination_delay=0 target_bssid=%s" % (
            i, s, self.r.randint(1, 200), self.bssid[self.i()]))

    def s_reassoc(self, t):
        i, s = self.i(), self.sta()
        return [(t, self.L(t, "%s: STA %s IEEE 802.11: associated (aid %d)" % (i, s, self.r.randint(1, 120)))),
                (t + 0.01, self.L(t + 0.01, "%s: STA %s WPA: pairwise key handshake completed (RSN)" % (i, s)))]

    def s_probe_guest(self, t):
        i, s = "wlan1-1", self.sta()
        return self.L(t, "%s: STA %s IEEE 802.11: authenticated" % (i, s))

    def w_acks(self, t):
        i, s = self.i(), self.sta()
        return [(t, self.L(t, "%s: AP-STA-DISCONNECTED %s" % (i, s))),
                (t, self.L(t, "%s: STA %s IEEE 802.11: disconnected due to excessive missing ACKs" % (i, s)))]

    def w_radar(self, t):
        return [(t, self.L(t, "wlan1: DFS-RADAR-DETECTED freq=5500 ht_enabled=1 chan_offset=1 chan_width=3 cf1=5530 cf2=0")),
                (t + 0.01, self.L(t + 0.01, "wlan1: DFS-NEW-CHANNEL freq=5180 chan=36 sec_chan=1")),
                (t + 0.2, self.L(t + 0.2, "wlan1: CTRL-EVENT-CHANNEL-SWITCH freq=5180 ht_enabled=1 ch_offset=1 ch_width=80 MHz cf1=5210 cf2=0 dfs=0"))]

    def e_eapfail(self, t):
        i, s = self.ch(self.ifs[::2]), self.sta()
        return [(t, self.L(t, "%s: CTRL-EVENT-EAP-FAILURE2 %s" % (i, s))),
                (t, self.L(t, "%s: STA %s IEEE 802.1X: authentication failed - EAP type: 0 (unknown)" % (i, s))),
                (t + 0.01, self.L(t + 0.01, "%s: STA %s IEEE 802.1X: Supplicant used different EAP type: 25 (PEAP)" % (i, s)))]

    def e_addsta(self, t):
        i, s = self.i(), self.sta()
        return self.L(t, "%s: STA %s IEEE 802.11: Could not add STA to kernel driver" % (i, s))

    def r_radius(self, t):
        self.rid = (self.rid + 1) % 256
        return self.L(t, "%s: STA %s RADIUS: Resending RADIUS message (id=%d)" % (self.ch(self.ifs[::2]), self.sta(), self.rid))

    def r_radius_ok(self, t):
        i, s = self.ch(self.ifs[::2]), self.sta()
        return self.L(t, "%s: STA %s IEEE 802.1X: authenticated - EAP type: 25 (PEAP)" % (i, s))

    def n_noradius(self, t):
        return self.L(t, "%s: STA %s RADIUS: No response from Authentication server %s:1812 - failover" % (
            self.ch(self.ifs[::2]), self.sta(), self.radius))

    def banner(self, t):
        out = [(t, self.L(t, "Configuration file: /etc/hostapd/hostapd.conf"))]
        tt = t + 0.2
        for i in ("wlan0", "wlan1"):
            for m in ("%s: interface state UNINITIALIZED->COUNTRY_UPDATE" % i,
                      "Using interface %s with hwaddr %s and ssid \"%s\"" % (i, self.bssid[i], "eduroam"),
                      "%s: interface state COUNTRY_UPDATE->ENABLED" % i,
                      "%s: AP-ENABLED" % i):
                out.append((tt, self.L(tt, m)))
                tt += 0.05
        return out

    def shutdown(self, t):
        out = []
        tt = t
        for i in ("wlan0", "wlan1"):
            for m in ("%s: interface state ENABLED->DISABLED" % i, "%s: AP-DISABLED" % i,
                      "%s: CTRL-EVENT-TERMINATING" % i,
                      "nl80211: deinit ifname=%s disabled_11b_rates=0" % i):
                out.append((tt, self.L(tt, m)))
                tt += 0.01
        return out


class FreeRadius(Format):
    key = "freeradius"
    clock = "ctime 'Www Mmm dd HH:MM:SS YYYY' local, no zone"
    WEIGHT = 2.0
    AVG_LINES = 1.7
    ERR_RATE = 0.8
    WARN_FRAC = 0.03
    NORMAL = [(60, "a_ok"), (12, "a_incorrect"), (3, "a_mab"), (2, "i_pool_open"), (2, "i_pool_close"),
              (3, "a_proxy_ok")]
    WARNS = [(3, "w_dup"), (1, "w_reject_again")]
    ERRORS = [("e_unknown_ca", r"eap_(peap|ttls): ERROR: TLS Alert read:fatal:unknown CA"),
              ("e_ldap_bind", r"rlm_ldap \(ldap\): Bind with .* failed: Can't contact LDAP server")]
    NEW_ERRORS = [("n_zombie", r"Marking home server \S+ port 1812 as zombie")]
    PANIC = ("p_sigsegv", r"CAUGHT SIGNAL: Segmentation fault")
    BANNER_SIG = r"Info: Ready to process requests"
    HB = (300, "hb_status")

    def setup(self):
        self.dom = "campus.example.edu" if "edu" not in self.sc.domain else self.sc.domain
        self.aps = ["ap-%s-%02d" % (self.ch(("lib", "sci", "eng", "hall", "sport", "admin")), self.r.randint(1, 40)) for _ in range(60)]
        self.req = self.r.randint(1000, 90000)
        self.users = ["%s%d" % (self.ch(USERS), self.r.randint(1, 99)) for _ in range(900)]
        self.home = "10.%d.%d.%d" % (self.r.randint(100, 120), self.r.randint(0, 255), self.r.randint(1, 254))

    def ts(self, t):
        k = int(t)
        v = self._c1.get(k)
        if v is None:
            g = self.lst(t)
            v = "%s %s %2d %02d:%02d:%02d %04d" % (WDAY[g.tm_wday], MON[g.tm_mon - 1], g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_year)
            self._c1[k] = v
        return v

    def L(self, t, lvl, msg):
        return "%s : %s: %s" % (self.ts(t), lvl, msg)

    def n(self):
        self.req += 1
        return self.req

    def cli(self):
        return "from client %s port 0 cli %s" % (self.ch(self.aps), self.mac("-"))

    def u(self):
        return self.ch(self.users)

    def a_ok(self, t):
        u, n, c = self.u(), self.n(), self.cli()
        return [(t, self.L(t, "Auth", "(%d) Login OK: [%s] (%s via TLS tunnel)" % (n, u, c))),
                (t + 0.002, self.L(t + 0.002, "Auth", "(%d) Login OK: [%s@%s] (%s)" % (n + 1, u, self.dom, c)))]

    def a_proxy_ok(self, t):
        u = "%s@%s" % (self.u(), self.ch(("uni-example.de", "example.ac.uk", "univ.example.fr", "example.edu.au")))
        return self.L(t, "Auth", "(%d) Login OK: [%s] (%s)" % (self.n(), u, self.cli()))

    def a_incorrect(self, t):
        u, n = self.u(), self.n()
        return self.L(t, "Auth", "(%d) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [%s] (%s via TLS tunnel)" % (n, u, self.cli()))

    def a_mab(self, t):
        m = self.mac("")
        return self.L(t, "Auth", "(%d) Login OK: [%s] (%s)" % (self.n(), m, self.cli()))

    def i_pool_open(self, t):
        return self.L(t, "Info", "rlm_ldap (ldap): Opening additional connection (%d), 1 of %d pending slots used" % (self.r.randint(5, 900), self.r.randint(28, 31)))

    def i_pool_close(self, t):
        return self.L(t, "Info", "rlm_ldap (ldap): Closing connection (%d): Hit idle_timeout, was idle for %d seconds" % (self.r.randint(5, 900), self.r.randint(60, 80)))

    def w_dup(self, t):
        return self.L(t, "Error", "(%d) Ignoring duplicate packet from client %s port %d - ID: %d due to unfinished request in component authenticate module eap" % (
            self.n(), self.ch(self.aps), self.port(), self.r.randint(0, 255)))

    def w_reject_again(self, t):
        return self.L(t, "Auth", "(%d) Login incorrect (eap_peap: The users session was previously rejected: returning reject (again.)): [%s] (%s)" % (
            self.n(), self.u(), self.cli()))

    def hb_status(self, t):
        return self.L(t, "Info", "Need %d more connections to reach %d spares" % (self.r.randint(1, 3), 10)) if self.r.random() < 0.2 else \
            self.L(t, "Info", "rlm_ldap (ldap): Closing connection (%d): Hit idle_timeout, was idle for %d seconds" % (self.r.randint(5, 900), self.r.randint(60, 80)))

    def e_unknown_ca(self, t):
        return self.L(t, "Error", "(%d) %s: ERROR: TLS Alert read:fatal:unknown CA" % (self.n(), self.ch(("eap_peap", "eap_ttls"))))

    def e_ldap_bind(self, t):
        return self.L(t, "Error", "rlm_ldap (ldap): Bind with \"cn=radius,ou=services,dc=%s\" to ldap://ldap%d.%s:389 failed: Can't contact LDAP server" % (
            ",dc=".join(self.dom.split(".")), self.r.randint(1, 2), self.dom))

    def n_zombie(self, t):
        return self.L(t, "Proxy", "(%d) Marking home server %s port 1812 as zombie (it has not responded in 30.000000 seconds)." % (self.n(), self.home))

    def p_sigsegv(self, t):
        out = [self.L(t, "Error", "CAUGHT SIGNAL: Segmentation fault"),
               self.L(t, "Error", "Backtrace of last 12 frames:")]
        fr = ["/usr/lib/freeradius/libfreeradius-server.so(fr_fault+0x%x)" % self.r.randint(0x100, 0x2ff),
              "/lib/x86_64-linux-gnu/libc.so.6(+0x42520)",
              "/usr/lib/freeradius/rlm_eap.so(+0x%x)" % self.r.randint(0x4000, 0x9fff),
              "/usr/lib/freeradius/libfreeradius-server.so(modcall+0x%x)" % self.r.randint(0x100, 0x8ff),
              "/usr/sbin/freeradius(+0x%x)" % self.r.randint(0x20000, 0x4ffff),
              "/usr/sbin/freeradius(request_receive+0x%x)" % self.r.randint(0x100, 0x8ff),
              "/lib/x86_64-linux-gnu/libc.so.6(+0x94ac3)",
              "/lib/x86_64-linux-gnu/libc.so.6(+0x126850)"]
        for f in fr:
            out.append(self.L(t, "Error", "%s [0x%x]" % (f, 0x7f0000000000 + self.r.getrandbits(36))))
        out.append(self.L(t, "Error", "Calling: /usr/bin/gdb -silent -x /etc/freeradius/3.0/panic.gdb /usr/sbin/freeradius %d 2>&1 | tee /var/log/freeradius/gdb-freeradius-%d.log" % (
            self.pid_at(t), self.pid_at(t))))
        out.append(self.L(t, "Error", "Temporarily setting PR_DUMPABLE to 1"))
        return out

    def banner(self, t):
        self.req = 0
        msgs = [("Info", "Debugger not attached"), ("Info", "systemd watchdog interval is 30.00 secs"),
                ("Info", "Loaded virtual server <default>"),
                ("Warning", "Ignoring \"sql\" (see raddb/mods-available/README.rst)"),
                ("Info", "Loaded virtual server default"), ("Info", "Loaded virtual server inner-tunnel"),
                ("Info", "Loaded virtual server check-eap-tls"), ("Info", "Ready to process requests")]
        return [(t + 0.05 * i, self.L(t + 0.05 * i, l, m)) for i, (l, m) in enumerate(msgs)]

    def shutdown(self, t):
        return [(t, self.L(t, "Info", "Signalled to terminate")), (t + 0.1, self.L(t + 0.1, "Info", "Exiting normally"))]


class WpaSupplicant(Format):
    key = "wpa_supplicant"
    WEIGHT = 0.5
    AVG_LINES = 2.5
    ERR_RATE = 0.15
    WARN_FRAC = 0.05
    RETRY_RATE = 0.08
    NORMAL = [(30, "c_signal"), (10, "c_roam"), (6, "c_bss"), (4, "c_rekey"), (3, "c_reconnect")]
    WARNS = [(3, "w_disconnected"), (1, "w_beacon_loss")]
    ERRORS = [("e_scanfail", r"CTRL-EVENT-SCAN-FAILED ret=-\d+"),
              ("e_tempdis", r"CTRL-EVENT-SSID-TEMP-DISABLED id=\d+ ssid=")]
    RETRY = ("r_auth", r"SME: Trying to authenticate with ")
    RETRY_OK = "r_connected"
    NEW_ERRORS = [("n_eapfail", r"CTRL-EVENT-EAP-FAILURE EAP authentication failed")]
    BANNER_SIG = r"Successfully initialized wpa_supplicant"

    def setup(self):
        self.clock = self.syslog_clock()
        self.absolute = self.style != "bsd"
        self.aps = [self.mac() for _ in range(14)]
        self.cur = self.aps[0]
        self.ssid = self.opts.get("ssid", "eduroam")
        self.freqs = (2412, 2437, 2462, 5180, 5200, 5220, 5240, 5500, 5520, 5745)

    def L(self, t, msg):
        return self.syslog(t, "wpa_supplicant", "wlan0: " + msg)

    def c_signal(self, t):
        return self.L(t, "CTRL-EVENT-SIGNAL-CHANGE above=%d signal=%d noise=9999 txrate=%d" % (
            self.r.randint(0, 1), -self.r.randint(45, 78), self.ch((144400, 300000, 400000, 585100, 866700, 1200900))))

    def _conn(self, t, ap):
        f = self.ch(self.freqs)
        seq = ["SME: Trying to authenticate with %s (SSID='%s' freq=%d MHz)" % (ap, self.ssid, f),
               "Trying to associate with %s (SSID='%s' freq=%d MHz)" % (ap, self.ssid, f),
               "Associated with %s" % ap,
               "CTRL-EVENT-SUBNET-STATUS-UPDATE status=0",
               "WPA: Key negotiation completed with %s [PTK=CCMP GTK=CCMP]" % ap,
               "CTRL-EVENT-CONNECTED - Connection to %s completed [id=0 id_str=]" % ap]
        return [(t + 0.01 * i, self.L(t + 0.01 * i, m)) for i, m in enumerate(seq)]

    def c_roam(self, t):
        self.cur = self.ch(self.aps)
        return self._conn(t, self.cur)

    def c_reconnect(self, t):
        seq = [(t, self.L(t, "CTRL-EVENT-DISCONNECTED bssid=%s reason=%d" % (self.cur, self.ch((3, 4, 8, 15)))))]
        self.cur = self.ch(self.aps)
        return seq + self._conn(t + 1.5, self.cur)

    def c_bss(self, t):
        return self.L(t, "CTRL-EVENT-BSS-ADDED %d %s" % (self.r.randint(1, 90), self.ch(self.aps)))

    def c_rekey(self, t):
        return self.L(t, "WPA: Group rekeying completed with %s [GTK=CCMP]" % self.cur)

    def w_disconnected(self, t):
        return self.L(t, "CTRL-EVENT-DISCONNECTED bssid=%s reason=4 locally_generated=1" % self.cur)

    def w_beacon_loss(self, t):
        return self.L(t, "CTRL-EVENT-BEACON-LOSS")

    def e_scanfail(self, t):
        return self.L(t, "CTRL-EVENT-SCAN-FAILED ret=-16 retry=1")

    def e_tempdis(self, t):
        return self.L(t, "CTRL-EVENT-SSID-TEMP-DISABLED id=0 ssid=\"%s\" auth_failures=%d duration=%d reason=CONN_FAILED" % (
            self.ssid, self.r.randint(1, 3), self.ch((10, 20, 30))))

    def r_auth(self, t):
        return self.L(t, "SME: Trying to authenticate with %s (SSID='%s' freq=%d MHz)" % (self.ch(self.aps), self.ssid, self.ch(self.freqs)))

    def r_connected(self, t):
        return self.L(t, "CTRL-EVENT-CONNECTED - Connection to %s completed [id=0 id_str=]" % self.cur)

    def n_eapfail(self, t):
        return [(t, self.L(t, "CTRL-EVENT-EAP-STARTED EAP authentication started")),
                (t + 0.02, self.L(t + 0.02, "CTRL-EVENT-EAP-PROPOSED-METHOD vendor=0 method=25")),
                (t + 0.3, self.L(t + 0.3, "CTRL-EVENT-EAP-FAILURE EAP authentication failed"))]

    def banner(self, t):
        return [(t, self.syslog(t, "wpa_supplicant", "Successfully initialized wpa_supplicant"))] + \
            self._conn(t + 2.0, self.cur)

    def shutdown(self, t):
        return [(t, self.L(t, "CTRL-EVENT-DISCONNECTED bssid=%s reason=3 locally_generated=1" % self.cur)),
                (t + 0.01, self.L(t + 0.01, "CTRL-EVENT-DSCP-POLICY clear_all")),
                (t + 0.02, self.L(t + 0.02, "CTRL-EVENT-TERMINATING"))]


class NetworkManager(Format):
    key = "networkmanager"
    WEIGHT = 0.6
    AVG_LINES = 3.0
    ERR_RATE = 0.12
    WARN_FRAC = 0.04
    NORMAL = [(20, "n_renew"), (10, "n_supp_state"), (6, "n_connectivity"), (5, "n_audit"), (3, "n_activate")]
    WARNS = [(3, "w_dhcp_timeout")]
    ERRORS = [("e_assoc", r"Activation: \(wifi\) association took too long"),
              ("e_link", r"device \(wlan0\): link timed out\.")]
    NEW_ERRORS = [("n_secrets", r"Activation: failed for connection '.*'")]
    BANNER_SIG = r"NetworkManager \(version [\d.]+\) is starting"

    def setup(self):
        self.clock = self.syslog_clock() + " + '[epoch.ssss]'"
        self.absolute = True
        self.ver = self.ch(("1.36.6", "1.42.4", "1.30.6", "1.22.10"))
        self.conn = self.opts.get("ssid", "eduroam")
        self.uuid = "%s-%s-%s-%s-%s" % (self.hx(8), self.hx(4), self.hx(4), self.hx(4), self.hx(12))
        self.addr = self.sc.lan + ".%d.%d" % (self.r.randint(16, 31), self.r.randint(2, 250))
        self.mgr = "0x55%010x" % self.r.getrandbits(40)

    def L(self, t, lvl, msg):
        pad = {"info": "<info>  ", "warn": "<warn>  ", "error": "<error> "}[lvl]
        return self.syslog(t, "NetworkManager", "%s[%d.%04d] %s" % (pad, int(t), int((t - int(t)) * 1e4), msg))

    def n_renew(self, t):
        gw = self.addr.rsplit(".", 2)[0] + ".16.1"
        msgs = ["dhcp4 (wlan0): option dhcp_lease_time      => '3600'",
                "dhcp4 (wlan0): option domain_name          => '%s'" % self.sc.domain,
                "dhcp4 (wlan0): option domain_name_servers  => '%s.0.53 %s.0.54'" % (self.sc.lan, self.sc.lan),
                "dhcp4 (wlan0): option expiry               => '%d'" % (int(t) + 3600),
                "dhcp4 (wlan0): option ip_address           => '%s'" % self.addr,
                "dhcp4 (wlan0): option requested_broadcast_address => '1'",
                "dhcp4 (wlan0): option routers              => '%s'" % gw,
                "dhcp4 (wlan0): option subnet_mask          => '255.255.252.0'",
                "dhcp4 (wlan0): state changed extended -> extended"]
        return [self.L(t, "info", m) for m in msgs]

    def n_supp_state(self, t):
        a, b = self.ch((("completed", "4way_handshake"), ("4way_handshake", "completed"),
                        ("completed", "authenticating"), ("associated", "completed"), ("authenticating", "associating"),
                        ("associating", "associated")))
        return self.L(t, "info", "device (wlan0): supplicant interface state: %s -> %s" % (a, b))

    def n_connectivity(self, t):
        return self.L(t, "info", "manager: NetworkManager state is now CONNECTED_%s" % self.ch(("GLOBAL", "GLOBAL", "SITE")))

    def n_audit(self, t):
        return self.L(t, "info", "audit: op=\"statistics\" interface=\"wlan0\" ifindex=3 args=\"1000\" pid=%d uid=1000 result=\"success\"" % self.r.randint(1000, 9000))

    def n_activate(self, t):
        st = ["disconnected", "prepare", "config", "need-auth", "config", "ip-config", "ip-check", "secondaries", "activated"]
        out = [(t, self.L(t, "info", "device (wlan0): Activation: starting connection '%s' (%s)" % (self.conn, self.uuid)))]
        for i in range(len(st) - 1):
            tt = t + 0.05 * (i + 1)
            out.append((tt, self.L(tt, "info", "device (wlan0): state change: %s -> %s (reason 'none', sys-iface-state: 'managed')" % (st[i], st[i + 1]))))
        tt = t + 0.5
        out.append((tt, self.L(tt, "info", "policy: set '%s' (wlan0) as default for IPv4 routing and DNS" % self.conn)))
        out.append((tt, self.L(tt, "info", "device (wlan0): Activation: successful, device activated.")))
        return out

    def w_dhcp_timeout(self, t):
        return self.L(t, "warn", "dhcp4 (wlan0): request timed out")

    def e_assoc(self, t):
        return [(t, self.L(t, "info", "device (wlan0): Activation: (wifi) association took too long")),
                (t, self.L(t, "warn", "device (wlan0): Activation: (wifi) association took too long, failing activation"))]

    def e_link(self, t):
        return self.L(t, "warn", "device (wlan0): link timed out.")

    def n_secrets(self, t):
        return [(t, self.L(t, "warn", "device (wlan0): Activation: (wifi) asking for new secrets")),
                (t + 0.01, self.L(t + 0.01, "warn", "device (wlan0): no secrets: No agents were available for this request.")),
                (t + 0.02, self.L(t + 0.02, "info", "device (wlan0): state change: need-auth -> failed (reason 'no-secrets', sys-iface-state: 'managed')")),
                (t + 0.02, self.L(t + 0.02, "warn", "device (wlan0): Activation: failed for connection '%s'" % self.conn))]

    def banner(self, t):
        msgs = ["NetworkManager (version %s) is starting... (after a restart, boot:%s)" % (self.ver, self.hx(8) + "-" + self.hx(4) + "-" + self.hx(4) + "-" + self.hx(4) + "-" + self.hx(12)),
                "Read config: /etc/NetworkManager/NetworkManager.conf (lib: 10-dns-resolved.conf, 20-connectivity-ubuntu.conf, no-mac-addr-change.conf) (run: 10-globally-managed-devices.conf) (etc: default-wifi-powersave-on.conf)",
                "bus-manager: acquired D-Bus service \"org.freedesktop.NetworkManager\"",
                "manager[%s]: monitoring kernel firmware directory '/lib/firmware'." % self.mgr,
                "hostname: hostname: using hostnamed",
                "dns-mgr[%s]: init: dns=systemd-resolved rc-manager=unmanaged (auto), plugin=systemd-resolved" % self.mgr,
                "manager[%s]: rfkill: Wi-Fi hardware radio set enabled" % self.mgr,
                "Loaded device plugin: NMWifiFactory (/usr/lib/x86_64-linux-gnu/NetworkManager/%s/libnm-device-plugin-wifi.so)" % self.ver,
                "manager: Networking is enabled by state file",
                "settings: Loaded settings plugin: keyfile (internal)",
                "manager: startup complete"]
        return [(t + 0.03 * i, self.L(t + 0.03 * i, "info", m)) for i, m in enumerate(msgs)]

    def shutdown(self, t):
        return [(t, self.L(t, "info", "caught SIGTERM, shutting down normally.")),
                (t + 0.05, self.L(t + 0.05, "info", "manager: NetworkManager state is now CONNECTED_SITE")),
                (t + 0.1, self.L(t + 0.1, "info", "exiting (success)"))]
