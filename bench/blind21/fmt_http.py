"""HAProxy HTTP log through syslog (option httplog)."""
from fmtbase import Format, MON

PKGS = ("openssl/libssl3_3.0.2-0ubuntu1.{v}_amd64.deb", "c/curl/libcurl4_7.81.0-1ubuntu1.{v}_amd64.deb",
        "s/systemd/libsystemd0_249.11-0ubuntu3.{v}_amd64.deb", "l/linux/linux-modules-5.15.0-{v}-generic_5.15.0-{v}.111_amd64.deb",
        "p/python3.10/python3.10-minimal_3.10.12-1~22.04.{v}_amd64.deb", "g/glibc/libc6_2.35-0ubuntu3.{v}_amd64.deb",
        "o/openssh/openssh-server_8.9p1-3ubuntu0.{v}_amd64.deb", "v/vim/vim-common_8.2.3995-1ubuntu2.{v}_all.deb",
        "t/tzdata/tzdata_2024a-0ubuntu0.22.04.{v}_all.deb", "s/sudo/sudo_1.9.9-1ubuntu2.{v}_amd64.deb",
        "n/nginx/nginx-common_1.18.0-6ubuntu14.{v}_all.deb", "g/git/git_2.34.1-1ubuntu1.{v}_amd64.deb")

PROFILES = {
    "mirror": dict(fe="fe_mirror", be="be_mirror", srv="mirror", n=3, tls=False, med=18.0),
    "edge": dict(fe="fe_https~", be="be_web", srv="web", n=4, tls=True, med=42.0),
    "config": dict(fe="fe_config~", be="be_config", srv="cfg", n=2, tls=True, med=9.0),
}


class Haproxy(Format):
    key = "haproxy"
    WEIGHT = 4.0
    ERR_RATE = 1.2
    WARN_FRAC = 0.01
    RETRY_RATE = 0.08
    LAT = True
    LAT_RE = r"\] \S+ \S+ -?\d+/-?\d+/-?\d+/(-?\d+)/\d+ \d{3} "
    HTTP = True
    NORMAL = [(100, "h_req")]
    WARNS = [(3, "w_abort"), (1, "w_srv_flap")]
    ERRORS = [("e_ssl", r"fe_\w+/\d: SSL handshake failure"), ("e_badreq", r"\"<BADREQ>\"")]
    RETRY = ("r_check", r"Health check for server \S+ failed, reason: Layer4 timeout")
    RETRY_OK = "r_check_ok"
    NEW_ERRORS = [("n_ca", r"SSL client CA chain cannot be verified"),
                  ("n_cert", r"SSL client certificate not trusted")]
    BANNER_SIG = r"Proxy \S+ started\."

    def setup(self):
        self.clock = self.syslog_clock() + " + accept date '[DD/Mon/YYYY:HH:MM:SS.mmm]' local"
        self.absolute = self.style != "bsd"
        self.prof = PROFILES[self.opts.get("profile", "edge")]
        p = self.prof
        self.fe, self.be = p["fe"], p["be"]
        self.fe_name = self.fe.rstrip("~")
        self.servers = ["%s%d" % (p["srv"], i + 1) for i in range(p["n"])]
        self.clients = [self.ip(self.sc.lan + ".%d" % self.r.randint(16, 200)) for _ in range(300)] + \
            [self.pubip() for _ in range(200)]
        self.conn = self.r.randint(50, 400)
        self.host = self.opts.get("host", self.sc.host)

    def acc(self, t):
        k = int(t)
        v = self._c2.get(k)
        if v is None:
            g = self.lst(t)
            v = "%02d/%s/%04d:%02d:%02d:%02d" % (g.tm_mday, MON[g.tm_mon - 1], g.tm_year, g.tm_hour, g.tm_min, g.tm_sec)
            self._c2[k] = v
        return "%s.%s" % (v, self.frac(t, 3))

    def L(self, t, msg):
        return self.syslog(t, "haproxy", msg)

    def req(self):
        prof = self.opts.get("profile", "edge")
        r = self.r.random()
        if prof == "mirror":
            if r < 0.55:
                p = "/ubuntu/pool/main/" + self.ch(PKGS).format(v=self.r.randint(1, 30))
                return self.ch(("GET", "GET", "GET", "HEAD")), p, self.r.randint(40000, 9000000)
            if r < 0.8:
                p = "/ubuntu/dists/%s/%s" % (self.ch(("jammy-updates", "jammy-security", "jammy", "noble-updates", "focal-security")),
                                              self.ch(("InRelease", "main/binary-amd64/Packages.xz", "universe/i18n/Translation-en.xz",
                                                       "main/dep11/Components-amd64.yml.gz")))
                return "GET", p, self.r.randint(3000, 1500000)
            p = "/ubuntu/dists/jammy-updates/main/binary-amd64/by-hash/SHA256/" + self.hx(64)
            return "GET", p, self.r.randint(20000, 2000000)
        if prof == "config":
            if r < 0.5:
                return "GET", "/v1/userdata/i-%s" % self.hx(17), self.r.randint(800, 6000)
            if r < 0.8:
                return "POST", "/api/v1/runners/heartbeat", self.r.randint(60, 300)
            return self.ch(("GET", "POST")), self.ch(("/v1/register", "/v1/jobs/next", "/healthz", "/v1/metadata/tags")), self.r.randint(80, 4000)
        if r < 0.35:
            return "GET", self.ch(("/", "/index.html", "/login", "/dashboard", "/about")), self.r.randint(2000, 60000)
        if r < 0.7:
            return self.ch(("GET", "GET", "POST", "PUT")), "/api/v2/%s/%d" % (self.ch(("orders", "users", "items", "cart", "search")), self.r.randint(1, 99999)), self.r.randint(120, 9000)
        return "GET", "/static/%s.%s" % (self.hx(8), self.ch(("js", "css", "png", "woff2", "svg"))), self.r.randint(400, 250000)

    def h_req(self, t):
        st = self.status()
        m, path, size = self.req()
        ip = self.ch(self.clients)
        TR = int(self.dur(1.0, 1.0)) if self.r.random() < 0.6 else 0
        Tc = self.r.choice((0, 0, 0, 1, 1, 2))
        Tr = max(0, int(self.dur(self.prof["med"], 0.75)))
        srv = self.be + "/" + self.ch(self.servers)
        term = "----"
        if st == 304:
            size = 0 if self.r.random() < 0.5 else self.r.randint(150, 300)
        elif 300 <= st < 400:
            size = self.r.randint(150, 400)
        elif 400 <= st < 500:
            size = self.r.randint(150, 1200)
        if st == 503:
            srv, Tc, Tr, size, term = self.be + "/<NOSRV>", -1, -1, 217, "SC--"
        elif st == 504:
            Tr, size, term = -1, 194, "sH--"
        elif st == 502:
            Tr, size, term = -1, 209, "SH--"
        Tw = 0
        data = int(size / 120000.0 * 10) if size > 200000 else 0
        Ta = max(0, TR) + Tw + max(0, Tc) + (max(0, Tr) if Tr >= 0 else int(self.dur(self.prof["med"] * 40, 0.2))) + data
        if st == 504:
            Ta = 30000 + TR
        self.conn = max(10, min(2000, self.conn + self.r.randint(-3, 3)))
        fe = self.fe
        proto = "HTTP/1.1"
        if self.prof["tls"] and self.r.random() < 0.3:
            proto = "HTTP/2.0"
            path = "https://%s%s" % (self.sc.domain, path)
        acc = t - Ta / 1000.0
        msg = "%s:%d [%s] %s %s %d/%d/%d/%d/%d %d %d - - %s %d/%d/%d/%d/0 0/0 \"%s %s %s\"" % (
            ip, self.port(), self.acc(acc), fe, srv, TR, Tw, Tc, Tr, Ta, st, size, term,
            self.conn, self.conn - self.r.randint(0, 3), self.r.randint(1, max(2, self.conn // 3)), self.r.randint(0, 12),
            m, path, proto)
        return self.L(t, msg)

    def w_abort(self, t):
        ip = self.ch(self.clients)
        m, path, size = self.req()
        Tr = int(self.dur(self.prof["med"], 0.8))
        return self.L(t, "%s:%d [%s] %s %s/%s 0/0/0/%d/%d 200 %d - - CD-- %d/%d/3/1/0 0/0 \"%s %s HTTP/1.1\"" % (
            ip, self.port(), self.acc(t - Tr / 1000.0), self.fe, self.be, self.ch(self.servers), Tr, Tr + 1,
            self.r.randint(0, size), self.conn, self.conn, m, path))

    def w_srv_flap(self, t):
        s = self.be + "/" + self.ch(self.servers)
        n = len(self.servers)
        return [(t, self.L(t, "Server %s is DOWN, reason: Layer4 timeout, check duration: 2001ms. %d active and 0 backup servers left. %d sessions active, 0 requeued, 0 remaining in queue." % (
                    s, n - 1, self.r.randint(0, 5)))),
                (t + 6, self.L(t + 6, "Server %s is UP, reason: Layer7 check passed, code: 200, check duration: %dms. %d active and 0 backup servers online. 0 sessions requeued, 0 total in queue." % (
                    s, self.r.randint(1, 9), n)))]

    def e_ssl(self, t):
        return self.L(t, "%s:%d [%s] %s/1: SSL handshake failure" % (self.pubip(), self.port(), self.acc(t), self.fe_name))

    def e_badreq(self, t):
        return self.L(t, "%s:%d [%s] %s %s/<NOSRV> -1/-1/-1/-1/0 400 0 - - PR-- %d/%d/0/0/0 0/0 \"<BADREQ>\"" % (
            self.pubip(), self.port(), self.acc(t), self.fe, self.fe_name, self.conn, self.conn))

    def r_check(self, t):
        s = self.be + "/" + self.ch(self.servers)
        return self.L(t, "Health check for server %s failed, reason: Layer4 timeout, check duration: 2001ms, status: %d/3 UP." % (
            s, self.r.randint(1, 2)))

    def r_check_ok(self, t):
        s = self.be + "/" + self.ch(self.servers)
        return self.L(t, "Health check for server %s succeeded, reason: Layer7 check passed, code: 200, check duration: %dms, status: 3/3 UP." % (
            s, self.r.randint(1, 9)))

    def n_ca(self, t):
        return self.L(t, "%s:%d [%s] %s/1: SSL client CA chain cannot be verified" % (self.ch(self.clients), self.port(), self.acc(t), self.fe_name))

    def n_cert(self, t):
        return self.L(t, "%s:%d [%s] %s/1: SSL client certificate not trusted" % (self.ch(self.clients), self.port(), self.acc(t), self.fe_name))

    def proxies(self):
        return [self.fe_name, self.be, "stats"]

    def banner(self, t):
        return [(t + 0.001 * i, self.L(t + 0.001 * i, "Proxy %s started." % p)) for i, p in enumerate(self.proxies())]

    def shutdown(self, t):
        out = []
        for i, p in enumerate(self.proxies()):
            kind = "frontend" if p != self.be else "backend"
            out.append((t + 0.001 * i, self.L(t + 0.001 * i, "Stopping %s %s in 0 ms." % (kind, p))))
        for i, p in enumerate(self.proxies()):
            fe = self.r.randint(100000, 9000000) if p != self.be else 0
            be = 0 if p != self.be else self.r.randint(100000, 9000000)
            out.append((t + 0.01 + 0.001 * i, self.L(t + 0.01 + 0.001 * i, "Proxy %s stopped (cumulated conns: FE: %d, BE: %d)." % (p, fe, be))))
        return out
