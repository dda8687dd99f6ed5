"""BIND 9 query / general channel logs and the Windows DNS debug log."""
from fmtbase import Format, MON, HOSTS

EXT = ("www.google.com www.youtube.com api.github.com outlook.office365.com login.microsoftonline.com "
       "www.wikipedia.org cdn.jsdelivr.net fonts.gstatic.com update.googleapis.com "
       "ocsp.digicert.com time.cloudflare.com archive.ubuntu.com security.ubuntu.com "
       "registry-1.docker.io auth.docker.io s3.amazonaws.com www.bbc.co.uk teams.microsoft.com "
       "slack.com edge.microsoft.com clients4.google.com ntp.ubuntu.com detectportal.firefox.com "
       "connectivity-check.ubuntu.com pypi.org files.pythonhosted.org www.apple.com "
       "gateway.icloud.com graph.facebook.com i.ytimg.com pool.ntp.org").split()
QTYPES = (("A", 42), ("AAAA", 28), ("HTTPS", 8), ("PTR", 7), ("TXT", 3), ("MX", 2),
          ("SRV", 4), ("NS", 1), ("SOA", 1), ("DS", 1), ("DNSKEY", 1), ("CNAME", 1), ("ANY", 0.3))
FLAGS = (("+E(0)K", 40), ("+E(0)", 14), ("+", 12), ("-E(0)DK", 6), ("+E(0)DK", 6),
         ("+ET", 3), ("+E(0)TK", 3), ("-E(0)D", 5), ("+E(0)DV", 6), ("+E(0)V", 5))


def _wpick(r, table):
    tot = sum(w for _, w in table)
    x = r.random() * tot
    for v, w in table:
        x -= w
        if x <= 0:
            return v
    return table[-1][0]


class _Bind(Format):
    """shared clock for BIND file channels with print-time/print-category/print-severity"""
    timed = "all"

    def setup(self):
        self.utc = bool(self.opts.get("iso_utc"))
        if self.utc:
            self.clock = "print-time iso8601-utc: 'YYYY-MM-DDTHH:MM:SS.mmmZ'"
            self.absolute = True
        else:
            self.clock = "print-time local 'DD-Mon-YYYY HH:MM:SS.mmm', no zone"
        sc = self.sc
        self.domain = sc.domain
        self.lan = sc.lan
        self.clients = [self.ip(self.lan + ".%d" % self.r.randint(1, 40)) for _ in range(80)]
        self.objs = ["@0x7f%010x" % (self.r.getrandbits(40) & ~7) for _ in range(48)]
        self.srv_ip = sc.lan + ".0.2"
        self.zones = [self.domain, "dev." + self.domain, "lab." + self.domain,
                      "%s.in-addr.arpa" % ".".join(reversed(self.lan.split("."))),
                      "16.172.in-addr.arpa"]
        self.serials = {z: int("%04d%02d%02d%02d" % (sc.year, sc.month, sc.day, self.r.randint(1, 20)))
                        for z in self.zones}
        self.hosts = ["%s%d" % (self.ch(HOSTS), self.r.randint(1, 40)) for _ in range(120)]
        self.extra_setup()

    def extra_setup(self):
        pass

    def ts(self, t):
        k = int(t)
        v = self._c1.get(k)
        if v is None:
            if self.utc:
                v = self.s_ymd(t, "-", "T", utc=True)
            else:
                g = self.lst(t)
                v = "%02d-%s-%04d %02d:%02d:%02d" % (g.tm_mday, MON[g.tm_mon - 1], g.tm_year,
                                                     g.tm_hour, g.tm_min, g.tm_sec)
            self._c1[k] = v
        if self.utc:
            return "%s.%sZ" % (v, self.frac(t, 3))
        return "%s.%s" % (v, self.frac(t, 3))

    def L(self, t, cat, sev, msg):
        return "%s %s: %s: %s" % (self.ts(t), cat, sev, msg)

    def client(self):
        return "client %s %s#%d" % (self.ch(self.objs), self.ch(self.clients), self.port())

    def qname(self):
        x = self.r.random()
        if x < 0.5:
            return self.ch(EXT)
        if x < 0.85:
            return "%s.%s" % (self.ch(self.hosts), self.domain)
        return "%s.%s" % (self.ch(self.hosts), self.ch(self.zones[:3]))


class NamedQuery(_Bind):
    key = "named_query"
    WEIGHT = 4.0
    ERR_RATE = 1.6
    WARN_FRAC = 0.02
    NORMAL = [(80, "q_std"), (6, "q_ptr"), (5, "q_srv"), (4, "q_view"), (3, "q_dnssec"), (2, "q_tcp")]
    WARNS = [(4, "w_denied"), (3, "w_ratelimit"), (2, "w_refused_update")]
    ERRORS = [("e_servfail", r"query failed \(SERVFAIL\) for "),
              ("e_timeout", r"query failed \(timed out\) for ")]
    NEW_ERRORS = [("n_unreach", r"error sending response: host unreachable"),
                  ("n_parse", r"message parsing failed: bad compression pointer")]

    def _q(self, t, name, qt, flags, extra=""):
        return self.L(t, "queries", "info", "%s (%s): %squery: %s IN %s %s (%s)" % (
            self.client(), name, extra, name, qt, flags, self.srv_ip))

    def q_std(self, t):
        return self._q(t, self.qname(), _wpick(self.r, QTYPES), _wpick(self.r, FLAGS))

    def q_ptr(self, t):
        ip = self.ch(self.clients).split(".")
        name = "%s.in-addr.arpa" % ".".join(reversed(ip))
        return self._q(t, name, "PTR", _wpick(self.r, FLAGS))

    def q_srv(self, t):
        name = self.ch(("_ldap._tcp.", "_kerberos._udp.", "_kerberos._tcp.", "_ldap._tcp.dc._msdcs.",
                        "_gc._tcp.", "_sip._udp.", "_xmpp-client._tcp.")) + self.domain
        return self._q(t, name, "SRV", "+E(0)K")

    def q_view(self, t):
        name = self.qname()
        return self._q(t, name, _wpick(self.r, QTYPES[:3]), _wpick(self.r, FLAGS),
                       "view %s: " % self.ch(("internal", "internal", "guest")))

    def q_dnssec(self, t):
        name = self.ch(("com", "org", "net", "de", "uk", "io", "cloudflare.com", "isc.org"))
        return self._q(t, name, self.ch(("DS", "DNSKEY")), "-E(0)D")

    def q_tcp(self, t):
        return self._q(t, self.qname(), self.ch(("A", "TXT", "ANY", "AAAA")), "+ET")

    def w_denied(self, t):
        name = self.ch(EXT)
        return self.L(t, "security", "info", "client %s %s#%d (%s): query (cache) '%s/A/IN' denied" % (
            self.ch(self.objs), self.pubip(), self.port(), name, name))

    def w_ratelimit(self, t):
        ip = self.pubip()
        net = ".".join(ip.split(".")[:3]) + ".0/24"
        return self.L(t, "rate-limit", "info", "client %s %s#%d (%s): rate limit slip response to %s for %s IN ANY  (%s)" % (
            self.ch(self.objs), ip, self.port(), self.domain, net, self.domain, self.hx(8)))

    def w_refused_update(self, t):
        return self.L(t, "update-security", "error", "client %s %s#%d: update '%s/IN' denied" % (
            self.ch(self.objs), self.ch(self.clients), self.port(), self.domain))

    def _fail(self, t, why):
        name = self.qname()
        qt = self.ch(("A", "AAAA", "A", "HTTPS"))
        return self.L(t, "query-errors", "info", "%s (%s): query failed (%s) for %s/IN/%s at ../../../lib/ns/query.c:%d" % (
            self.client(), name, why, name, qt, self.ch((7376, 7376, 7397, 7781))))

    def e_servfail(self, t):
        return self._fail(t, "SERVFAIL")

    def e_timeout(self, t):
        return self._fail(t, "timed out")

    def n_unreach(self, t):
        return self.L(t, "client", "error", "client %s %s#%d: error sending response: host unreachable" % (
            self.ch(self.objs), self.ch(self.clients), self.port()))

    def n_parse(self, t):
        return self.L(t, "client", "warning", "client %s %s#%d: message parsing failed: bad compression pointer" % (
            self.ch(self.objs), self.pubip(), self.port()))


class NamedGeneral(_Bind):
    key = "named_general"
    WEIGHT = 0.6
    ERR_RATE = 0.5
    WARN_FRAC = 0.03
    LAT = True
    LAT_RE = r"Transfer completed: .*?, (\d+\.\d+) secs"
    NORMAL = [(10, "g_xfer_in"), (6, "g_notify_send"), (6, "g_notify_recv"), (5, "g_xfer_out"),
              (18, "g_update_add"), (10, "g_update_del"), (6, "g_update_approved"),
              (2, "g_lame"), (1, "g_edns"), (1, "g_priming"), (1, "g_rndc_reload"),
              (2, "g_loaded"), (2, "g_serve_stale"), (1, "g_managed_keys")]
    WARNS = [(3, "w_journal"), (3, "w_insecure"), (2, "w_formerr"), (2, "w_refresh_rcode")]
    ERRORS = [("e_formerr", r"DNS format error from .* -- invalid response"),
              ("e_refused", r"lame-servers: info: connection refused resolving ")]
    RETRY = ("r_refresh", r"refresh: retry limit for (primary|master) .* exceeded")
    RETRY_OK = "r_ok"
    NEW_ERRORS = [("n_rollforward", r"journal rollforward failed: journal out of sync with zone"),
                  ("n_noaddr", r"has no address records \(A or AAAA\)")]
    DISK = ("d_full", r"write: disk full|dump failed: disk full")
    OOM = ("o_oom", r"out of memory|fatal error:|malloc failed: Cannot allocate memory")
    PANIC = ("p_insist", r"INSIST\(.*\) failed, back trace")
    BANNER_SIG = r"starting BIND 9\."
    HB = (300, "hb_status")

    def extra_setup(self):
        self.ver = self.ch(("9.16.48-Ubuntu", "9.18.24-1ubuntu1.2-Ubuntu", "9.18.19-1~deb12u1-Debian",
                            "9.11.4-P2-RedHat-9.11.4-26.P2.el7_9.15"))
        self.prim = self.sc.lan + ".0.3"
        self.tsig = "ddns-key"
        self.pname = "primary" if not self.ver.startswith("9.11") and not self.ver.startswith("9.16") else "master"

    def zone(self):
        return self.ch(self.zones)

    def serial(self, z):
        self.serials[z] += 1
        return self.serials[z]

    def g_xfer_in(self, t):
        z = self.zone()
        s = self.serial(z)
        peer = "%s#53" % self.prim
        secs = self.dur(0.004, 0.7)
        recs = self.r.randint(12, 900)
        by = recs * self.r.randint(28, 60)
        return [(t, self.L(t, "notify", "info", "client %s %s#%d: received notify for zone '%s'" % (
                    self.ch(self.objs), self.prim, self.port(), z))),
                (t + 0.001, self.L(t + 0.001, "general", "info", "zone %s/IN: Transfer started." % z)),
                (t + 0.003, self.L(t + 0.003, "xfer-in", "info", "transfer of '%s/IN' from %s: connected using %s#%d" % (
                    z, peer, self.srv_ip, self.port()))),
                (t + 0.004 + secs, self.L(t + 0.004 + secs, "general", "info", "zone %s/IN: transferred serial %d" % (z, s))),
                (t + 0.004 + secs, self.L(t + 0.004 + secs, "xfer-in", "info", "transfer of '%s/IN' from %s: Transfer status: success" % (z, peer))),
                (t + 0.004 + secs, self.L(t + 0.004 + secs, "xfer-in", "info",
                                          "transfer of '%s/IN' from %s: Transfer completed: 1 messages, %d records, %d bytes, %.3f secs (%d bytes/sec) (serial %d)" % (
                                              z, peer, recs, by, secs, int(by / max(secs, 0.001)), s)))]

    def g_notify_send(self, t):
        z = self.zone()
        return self.L(t, "notify", "info", "zone %s/IN: sending notifies (serial %d)" % (z, self.serials[z]))

    def g_notify_recv(self, t):
        z = self.zone()
        return self.L(t, "notify", "info", "zone %s/IN: notify from %s#%d: zone is up to date" % (z, self.prim, self.port()))

    def g_xfer_out(self, t):
        z = self.zone()
        c = "client %s %s#%d (%s)" % (self.ch(self.objs), self.sc.lan + ".0.%d" % self.r.randint(4, 6), self.port(), z)
        kind = self.ch(("IXFR", "IXFR", "AXFR"))
        return [(t, self.L(t, "xfer-out", "info", "%s: transfer of '%s/IN': %s started (serial %d)" % (c, z, kind, self.serials[z]))),
                (t + 0.002, self.L(t + 0.002, "xfer-out", "info", "%s: transfer of '%s/IN': %s ended" % (c, z, kind)))]

    def _upd(self, what):
        ip = self.sc.lan + ".%d.%d" % (self.r.randint(10, 40), self.r.randint(2, 250))
        h = "%s.%s" % (self.ch(self.hosts), self.domain)
        return "client %s %s#%d/key %s: updating zone '%s/IN': %s" % (
            self.ch(self.objs), self.sc.lan + ".0.2", self.port(), self.tsig, self.domain,
            what.format(h=h, ip=ip))

    def g_update_add(self, t):
        return self.L(t, "update", "info", self._upd("adding an RR at '{h}' A {ip}"))

    def g_update_del(self, t):
        return self.L(t, "update", "info", self._upd("deleting rrset at '{h}' A"))

    def g_update_approved(self, t):
        return self.L(t, "update-security", "info", "client %s %s#%d/key %s: signer \"%s\" approved" % (
            self.ch(self.objs), self.sc.lan + ".0.2", self.port(), self.tsig, self.tsig))

    def g_lame(self, t):
        n = self.ch(EXT)
        return self.L(t, "lame-servers", "info", "lame server resolving '%s' (in '%s'?): %s#53" % (
            n, n.split(".", 1)[-1], self.pubip()))

    def g_edns(self, t):
        n = self.ch(EXT)
        return self.L(t, "edns-disabled", "info", "success resolving '%s/A' (in '%s'?) after disabling EDNS" % (
            n, n.split(".", 1)[-1]))

    def g_priming(self, t):
        return self.L(t, "resolver", "info", "resolver priming query complete: success")

    def g_rndc_reload(self, t):
        return [self.L(t, "general", "info", "received control channel command 'reload'"),
                self.L(t, "general", "info", "loading configuration from '/etc/bind/named.conf'"),
                self.L(t, "general", "info", "reloading configuration succeeded"),
                self.L(t, "general", "info", "scheduled loading new zones"),
                self.L(t, "general", "info", "reloading zones succeeded")]

    def g_loaded(self, t):
        z = self.zone()
        return self.L(t, "general", "info", "zone %s/IN: loaded serial %d" % (z, self.serials[z]))

    def g_serve_stale(self, t):
        return self.L(t, "serve-stale", "info", "%s resolver failure, stale answer used" % self.ch(EXT))

    def g_managed_keys(self, t):
        return self.L(t, "general", "info", "managed-keys-zone: Key 20326 for zone . is now trusted (acceptance timer complete)")

    def hb_status(self, t):
        return self.L(t, "general", "info", "received control channel command 'status'")

    def w_journal(self, t):
        return self.L(t, "general", "warning", "zone %s/IN: journal file is out of date: removing journal file" % self.zone())

    def w_insecure(self, t):
        n = self.ch(EXT)
        return self.L(t, "dnssec", "warning", "validating %s/SOA: got insecure response; parent indicates it should be secure" % n)

    def w_formerr(self, t):
        n = self.ch(EXT)
        return self.L(t, "resolver", "notice", "DNS format error from %s#53 resolving %s/AAAA for %s#%d: reply has no answer" % (
            self.pubip(), n, self.ch(self.clients), self.port()))

    def w_refresh_rcode(self, t):
        return self.L(t, "general", "info", "zone %s/IN: refresh: unexpected rcode (REFUSED) from %s %s#53 (source 0.0.0.0#0)" % (
            self.zone(), self.pname, self.prim))

    def e_formerr(self, t):
        n = self.ch(EXT)
        return self.L(t, "resolver", "info", "DNS format error from %s#53 resolving %s/A for %s#%d: Name %s (SOA) not subdomain of zone %s -- invalid response" % (
            self.pubip(), n, self.ch(self.clients), self.port(), n.split(".", 1)[-1], n))

    def e_refused(self, t):
        return self.L(t, "lame-servers", "info", "connection refused resolving '%s/A/IN': %s#53" % (self.ch(EXT), self.pubip()))

    def r_refresh(self, t):
        return self.L(t, "general", "info", "zone %s/IN: refresh: retry limit for %s %s#53 exceeded (source 0.0.0.0#0)" % (
            self.zone(), self.pname, self.prim))

    def r_ok(self, t):
        return self.L(t, "general", "info", "zone %s/IN: Transfer started." % self.zone())

    def n_rollforward(self, t):
        z = self.zone()
        return [self.L(t, "general", "error", "zone %s/IN: journal rollforward failed: journal out of sync with zone" % z),
                self.L(t, "general", "error", "zone %s/IN: not loaded due to errors." % z)]

    def n_noaddr(self, t):
        return self.L(t, "general", "error", "zone %s/IN: NS 'ns%d.%s' has no address records (A or AAAA)" % (
            self.domain, self.r.randint(3, 4), self.domain))

    def d_full(self, t):
        z = self.zone()
        if self.r.random() < 0.5:
            return self.L(t, "general", "error", "/var/cache/bind/%s.jnl: write: disk full" % z)
        return self.L(t, "general", "error", "zone %s/IN: dump failed: disk full" % z)

    def o_oom(self, t):
        z = self.zone()
        return [(t, self.L(t, "general", "error", "zone %s/IN: loading from master file %s.db failed: out of memory" % (z, z))),
                (t + 0.2, self.L(t + 0.2, "general", "critical", "mem.c:%d: fatal error:" % self.ch((1011, 1096, 903)))),
                (t + 0.2, self.L(t + 0.2, "general", "critical", "malloc failed: Cannot allocate memory")),
                (t + 0.2, self.L(t + 0.2, "general", "critical", "exiting (due to fatal error in library)"))]

    def p_insist(self, t):
        out = [self.L(t, "general", "critical", "../../../lib/dns/rbtdb.c:%d: INSIST(prev > 0) failed, back trace" % self.ch((1517, 2049, 1890)))]
        base = 0x55d0c0000000 + self.r.getrandbits(28)
        for i in range(self.r.randint(7, 11)):
            out.append(self.L(t, "general", "critical", "#%d 0x%x in ??" % (i, base + self.r.getrandbits(20) if i < 5 else 0x7f0000000000 + self.r.getrandbits(36))))
        out.append(self.L(t, "general", "critical", "exiting (due to assertion failure)"))
        return out

    def banner(self, t):
        v = self.ver
        lines = [("general", "notice", "starting BIND %s <id:%s>" % (v, self.hx(8))),
                 ("general", "notice", "running on Linux x86_64 %s" % self.sc.kernel),
                 ("general", "notice", "built with '--build=x86_64-linux-gnu' '--prefix=/usr' '--sysconfdir=/etc/bind' '--with-openssl=/usr' '--enable-largefile' '--with-libidn2' '--with-gssapi=yes'"),
                 ("general", "notice", "running as: named -u bind"),
                 ("general", "notice", "compiled by GCC 11.4.0"),
                 ("general", "notice", "compiled with OpenSSL version: OpenSSL 3.0.2 15 Mar 2022"),
                 ("general", "notice", "linked to OpenSSL version: OpenSSL 3.0.2 15 Mar 2022"),
                 ("general", "notice", "compiled with libuv version: 1.43.0"),
                 ("general", "notice", "linked to libuv version: 1.43.0"),
                 ("general", "notice", "----------------------------------------------------"),
                 ("general", "notice", "BIND 9 is maintained by Internet Systems Consortium,"),
                 ("general", "notice", "Inc. (ISC), a non-profit 501(c)(3) public-benefit "),
                 ("general", "notice", "corporation.  Support and training for BIND 9 are "),
                 ("general", "notice", "available at https://www.isc.org/support"),
                 ("general", "notice", "----------------------------------------------------"),
                 ("general", "info", "found 4 CPUs, using 4 worker threads"),
                 ("general", "info", "using 4 UDP listeners per interface"),
                 ("general", "info", "DNSSEC algorithms: RSASHA1 NSEC3RSASHA1 RSASHA256 RSASHA512 ECDSAP256SHA256 ECDSAP384SHA384 ED25519 ED448"),
                 ("general", "notice", "loading configuration from '/etc/bind/named.conf'"),
                 ("network", "info", "listening on IPv4 interface lo, 127.0.0.1#53"),
                 ("network", "info", "listening on IPv4 interface eth0, %s#53" % self.srv_ip),
                 ("general", "notice", "command channel listening on 127.0.0.1#953")]
        for z in self.zones:
            lines.append(("general", "info", "zone %s/IN: loaded serial %d" % (z, self.serials[z])))
        lines += [("general", "notice", "all zones loaded"), ("general", "notice", "running")]
        out = []
        tt = t
        for i, (c, s, m) in enumerate(lines):
            if i == 18:
                tt += 0.35
            if i == 22:
                tt += 0.6
            out.append((tt, self.L(tt, c, s, m)))
            tt += 0.001
        return out

    def shutdown(self, t):
        msgs = [("general", "info", "received control channel command 'stop'"),
                ("general", "info", "shutting down: flushing changes"),
                ("general", "notice", "stopping command channel on 127.0.0.1#953"),
                ("network", "info", "no longer listening on 127.0.0.1#53"),
                ("network", "info", "no longer listening on %s#53" % self.srv_ip),
                ("general", "notice", "exiting")]
        return [(t + i * 0.01, self.L(t + i * 0.01, c, s, m)) for i, (c, s, m) in enumerate(msgs)]


class WinDns(Format):
    """Windows Server DNS debug log (dns.log), CRLF, M/D/YYYY h:mm:ss AM local"""
    key = "win_dns"
    clock = "M/D/YYYY h:mm:ss AM/PM local, no zone (en-US)"
    crlf = True
    timed = "some"
    WEIGHT = 3.0
    AVG_LINES = 2.0
    ERR_RATE = 1.2
    WARN_FRAC = 0.015
    NORMAL = [(70, "p_pair"), (10, "p_fwd"), (8, "p_nx"), (4, "p_update"), (3, "p_tcp")]
    WARNS = [(1, "p_refused")]
    ERRORS = [("e_servfail", r"R Q \[\w{4}   DR SERVFAIL\]")]
    NEW_ERRORS = [("n_formerr", r"R Q \[\w{4}   D  FORMERR\]")]

    def setup(self):
        self.lan = self.sc.lan
        self.clients = [self.lan + ".%d.%d" % (self.r.randint(10, 40), self.r.randint(2, 250)) for _ in range(90)]
        self.tids = ["%04X" % self.r.randint(0x0800, 0x1FFF) for _ in range(6)]
        self.ctx = "%016X" % (0x000001D200000000 + self.r.getrandbits(32))
        self.dom = self.sc.domain
        self.hosts = ["%s%d" % (self.ch(HOSTS), self.r.randint(1, 60)) for _ in range(100)]
        self.fwd = self.ch(("8.8.8.8", "1.1.1.1", "9.9.9.9", "208.67.222.222"))

    def ts(self, t):
        k = int(t)
        v = self._c1.get(k)
        if v is None:
            g = self.lst(t)
            h = g.tm_hour % 12 or 12
            v = "%d/%d/%d %d:%02d:%02d %s" % (g.tm_mon, g.tm_mday, g.tm_year, h, g.tm_min, g.tm_sec,
                                               "AM" if g.tm_hour < 12 else "PM")
            self._c1[k] = v
        return v

    @staticmethod
    def qn(name):
        return "".join("(%d)%s" % (len(p), p) for p in name.split(".")) + "(0)"

    @staticmethod
    def fl(word):
        return "%02x%02x" % (word & 0xFF, word >> 8)

    def pk(self, t, proto, sr, ip, xid, resp, op, flags, chars, rcode, qt, name):
        return "%s %s PACKET  %s %s %s %-15s %s %s %s [%s %s %8s] %-6s %s" % (
            self.ts(t), self.ch(self.tids), self.ctx, proto, sr, ip, xid, "R" if resp else " ", op,
            self.fl(flags), chars, rcode, qt, self.qn(name))

    def name(self):
        if self.r.random() < 0.6:
            return "%s.%s" % (self.ch(self.hosts), self.dom)
        return self.ch(EXT)

    def _pair(self, t, rflags, chars, rcode, name=None, qt=None, ip=None):
        name = name or self.name()
        qt = qt or _wpick(self.r, QTYPES[:7])
        ip = ip or self.ch(self.clients)
        xid = "%04x" % self.r.getrandbits(16)
        t2 = t + self.r.uniform(0.0002, 0.003)
        return [(t, self.pk(t, "UDP", "Rcv", ip, xid, False, "Q", 0x0100, "  D ", "NOERROR", qt, name)),
                (t2, self.pk(t2, "UDP", "Snd", ip, xid, True, "Q", rflags, chars, rcode, qt, name))]

    def p_pair(self, t):
        if self.r.random() < 0.55:
            return self._pair(t, 0x8580, "A DR", "NOERROR", "%s.%s" % (self.ch(self.hosts), self.dom))
        return self._pair(t, 0x8180, "  DR", "NOERROR", self.ch(EXT))

    def p_nx(self, t):
        return self._pair(t, 0x8583, "A DR", "NXDOMAIN", "%s-%d.%s" % (self.ch(HOSTS), self.r.randint(100, 999), self.dom))

    def p_fwd(self, t):
        name = self.ch(EXT)
        qt = self.ch(("A", "AAAA", "A"))
        ip = self.ch(self.clients)
        xid, fx = "%04x" % self.r.getrandbits(16), "%04x" % self.r.getrandbits(16)
        d = self.r.uniform(0.008, 0.06)
        return [(t, self.pk(t, "UDP", "Rcv", ip, xid, False, "Q", 0x0100, "  D ", "NOERROR", qt, name)),
                (t + 0.0005, self.pk(t + 0.0005, "UDP", "Snd", self.fwd, fx, False, "Q", 0x0100, "  D ", "NOERROR", qt, name)),
                (t + d, self.pk(t + d, "UDP", "Rcv", self.fwd, fx, True, "Q", 0x8180, "  DR", "NOERROR", qt, name)),
                (t + d + 0.0003, self.pk(t + d + 0.0003, "UDP", "Snd", ip, xid, True, "Q", 0x8180, "  DR", "NOERROR", qt, name))]

    def p_update(self, t):
        ip = self.ch(self.clients)
        xid = "%04x" % self.r.getrandbits(16)
        return [(t, self.pk(t, "UDP", "Rcv", ip, xid, False, "U", 0x2800, "    ", "NOERROR", "SOA", self.dom)),
                (t + 0.004, self.pk(t + 0.004, "UDP", "Snd", ip, xid, True, "U", 0xA800, "    ", "NOERROR", "SOA", self.dom))]

    def p_tcp(self, t):
        ip = self.ch(self.clients)
        xid = "%04x" % self.r.getrandbits(16)
        name = "_ldap._tcp.dc._msdcs." + self.dom
        return [(t, self.pk(t, "TCP", "Rcv", ip, xid, False, "Q", 0x0100, "  D ", "NOERROR", "SRV", name)),
                (t + 0.001, self.pk(t + 0.001, "TCP", "Snd", ip, xid, True, "Q", 0x8580, "A DR", "NOERROR", "SRV", name))]

    def p_refused(self, t):
        return self._pair(t, 0x8185, "  DR", "REFUSED", self.ch(EXT), "ANY", self.pubip())

    def e_servfail(self, t):
        return self._pair(t, 0x8182, "  DR", "SERVFAIL", self.ch(EXT))

    def n_formerr(self, t):
        ip = self.ch(self.clients)
        xid = "%04x" % self.r.getrandbits(16)
        name = self.ch(EXT)
        return [(t, self.pk(t, "UDP", "Rcv", ip, xid, False, "Q", 0x0100, "  D ", "NOERROR", "A", name)),
                (t + 0.0004, self.pk(t + 0.0004, "UDP", "Snd", ip, xid, True, "Q", 0x8101, "  D ", "FORMERR", "A", name))]

    def header(self, t):
        g = self.ts(t)
        key = ["DNS Server log file creation at %s" % g,
               "Log file wrap at %s" % g, "",
               "Message logging key (for packets - other items use a subset of these fields):",
               "\tField #  Information         Values",
               "\t-------  -----------         ------",
               "\t   1     Date", "\t   2     Time", "\t   3     Thread ID", "\t   4     Context",
               "\t   5     Internal packet identifier", "\t   6     UDP/TCP indicator",
               "\t   7     Send/Receive indicator", "\t   8     Remote IP", "\t   9     Xid (hex)",
               "\t  10     Query/Response      R = Response",
               "\t                             blank = Query",
               "\t  11     Opcode              Q = Standard Query",
               "\t                             N = Notify",
               "\t                             U = Update",
               "\t                             ? = Unknown",
               "\t  12     [ Flags (hex)",
               "\t  13     Flags (char codes)  A = Authoritative Answer",
               "\t                             T = Truncated Response",
               "\t                             D = Recursion Desired",
               "\t                             R = Recursion Available",
               "\t  14     ResponseCode ]",
               "\t  15     Question Type",
               "\t  16     Question Name", ""]
        return [(t, l) for l in key]

    def periodic(self, t0, t1, r):
        return self.header(t0)
