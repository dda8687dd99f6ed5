"""chronyd via syslog and chrony's statistics logs (measurements, tracking, refclocks)."""
from fmtbase import Format

SERVERS = (("10.%s.0.123", "ntp1.{d}"), ("10.%s.0.124", "ntp2.{d}"), ("162.159.200.1", "time.cloudflare.com"),
           ("162.159.200.123", "time.cloudflare.com"), ("194.58.202.20", "sth1.ntp.se"), ("129.6.15.28", "time-a-g.nist.gov"),
           ("216.239.35.0", "time1.google.com"), ("216.239.35.4", "time2.google.com"), ("185.125.190.56", "prod-ntp-3.ntp1.ps5.canonical.com"),
           ("91.189.91.157", "alphyn.canonical.com"), ("193.79.237.14", "ntp1.nl.net"), ("131.188.3.222", "ntp2.fau.de"))


def _servers(fmt, n):
    d = fmt.sc.domain
    mid = fmt.sc.lan.split(".")[1]
    out = []
    for ip, name in SERVERS[:n]:
        out.append((ip % mid if "%s" in ip else ip, name.format(d=d)))
    return out


class Chronyd(Format):
    key = "chronyd"
    WEIGHT = 0.15
    ERR_RATE = 0.06
    WARN_FRAC = 0.06
    RETRY_RATE = 0.01
    NORMAL = [(30, "c_selected"), (20, "c_online"), (10, "c_replaced"), (10, "c_kod")]
    WARNS = [(3, "w_nomajority"), (1, "w_jump")]
    ERRORS = [("e_nts", r"NTS-KE session with \S+ \(\S+\) timed out"),
              ("e_send", r"Could not send to \S+ : Network is unreachable")]
    RETRY = ("r_nosel", r"Can't synchronise: no selectable sources")
    RETRY_OK = "c_selected"
    NEW_ERRORS = [("n_wrong", r"System clock wrong by -?\d+\.\d+ seconds"),
                  ("n_backjump", r"Backward time jump detected!")]
    OOM = ("o_alloc", r"Could not allocate memory")
    BANNER_SIG = r"chronyd version [\d.]+ starting"

    def setup(self):
        self.clock = self.syslog_clock()
        self.absolute = self.style != "bsd"
        self.srv = _servers(self, 8)
        self.ver = self.ch(("4.2", "4.3", "4.5", "3.5"))
        self.refclock = bool(self.opts.get("refclock"))

    def L(self, t, msg):
        return self.syslog(t, "chronyd", msg)

    def s(self):
        return self.ch(self.srv)

    def c_selected(self, t):
        if self.refclock and self.r.random() < 0.6:
            return self.L(t, "Selected source %s" % self.ch(("PPS0", "PHC0", "GPS")))
        ip, n = self.s()
        return self.L(t, "Selected source %s (%s)" % (ip, n))

    def c_online(self, t):
        ip, n = self.s()
        return self.L(t, "Source %s %s" % (ip, self.ch(("online", "offline"))))

    def c_replaced(self, t):
        ip, n = self.s()
        return self.L(t, "Source %s replaced with %s (%s)" % (ip, self.pubip(), self.ch(("0.pool.ntp.org", "1.pool.ntp.org", "2.ubuntu.pool.ntp.org"))))

    def c_kod(self, t):
        ip, n = self.s()
        return self.L(t, "Received KoD RATE from %s" % ip)

    def w_nomajority(self, t):
        return self.L(t, "Can't synchronise: no majority")

    def w_jump(self, t):
        return self.L(t, "Forward time jump detected!")

    def e_nts(self, t):
        return self.L(t, "NTS-KE session with 162.159.200.1:4460 (time.cloudflare.com) timed out")

    def e_send(self, t):
        ip, n = self.s()
        return self.L(t, "Could not send to %s:123 : Network is unreachable" % ip)

    def r_nosel(self, t):
        return self.L(t, "Can't synchronise: no selectable sources")

    def n_wrong(self, t):
        return self.L(t, "System clock wrong by %.6f seconds, adjustment started" % (self.r.choice((-1, 1)) * self.r.uniform(0.5, 3.0)))

    def n_backjump(self, t):
        return self.L(t, "Backward time jump detected!")

    def o_alloc(self, t):
        return [self.L(t, "Could not allocate memory")]

    def banner(self, t):
        feats = "+CMDMON +NTP +REFCLOCK +RTC +PRIVDROP +SCFILTER +SIGND +ASYNCDNS +NTS +SECHASH +IPV6 -DEBUG"
        msgs = ["chronyd version %s starting (%s)" % (self.ver, feats),
                "Frequency %.3f +/- %.3f ppm read from /var/lib/chrony/chrony.drift" % (self.r.uniform(-30, 30), self.r.uniform(0.01, 0.5)),
                "Using right/UTC timezone to obtain leap second data",
                "Loaded seccomp filter (level 1)"]
        out = [(t + 0.01 * i, self.L(t + 0.01 * i, m)) for i, m in enumerate(msgs)]
        out.append((t + 6.5, self.c_selected(t + 6.5)))
        return out

    def shutdown(self, t):
        return [(t, self.L(t, "chronyd exiting"))]


class _ChronyStat(Format):
    clock = "'YYYY-MM-DD HH:MM:SS' UTC (chrony statistics log, 'Date (UTC) Time')"
    absolute = True
    timed = "some"
    WEIGHT = 0.0
    HEADER = ""

    def setup(self):
        self.n_since = 0
        self.tune_setup()

    def tune_setup(self):
        pass

    def banner_lines(self, t):
        return [(t, "=" * len(self.HEADER)), (t, self.HEADER), (t, "=" * len(self.HEADER))]

    def withbanner(self, rows):
        """rows: sorted (t, line); insert the column banner every 32 lines like chrony's logbanner"""
        out = []
        n = 0
        for t, l in rows:
            if n % 32 == 0:
                out += self.banner_lines(t)
            out.append((t, l))
            n += 1
        return out

    def d(self, t):
        return self.s_ymd(t, utc=True)


class ChronyMeasurements(_ChronyStat):
    key = "chrony_measurements"
    HEADER = "   Date (UTC) Time     IP Address   L St 123 567 ABCD  LP RP Score    Offset  Peer del. Peer disp.  Root del. Root disp. Refid     MTxRx"
    LAT = True
    LAT_RE = r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \S+ +N +\d+ \d{3} \d{3} \d{4} +\d+ +\d+ \S+ +\S+ +(\S+)"

    def tune_setup(self):
        self.srv = _servers(self, self.opts.get("nsrc", 8))
        self.poll = {ip: self.r.choice((4, 5, 6, 6, 6)) for ip, _ in self.srv}
        self.delay = {ip: (0.00025 if ip.startswith("10.") else self.r.uniform(0.004, 0.03)) for ip, _ in self.srv}
        self.stratum = {ip: (2 if ip.startswith("10.") else self.r.choice((1, 1, 2, 2, 3))) for ip, _ in self.srv}

    def expected(self, dur):
        return sum(dur / 2.0 ** p for p in self.poll.values()) * (1 + 3.0 / 32)

    def row(self, t, ip):
        self.setmods(t)
        dl = self.delay[ip] * (1 + abs(self.r.gauss(0, 0.15))) * self.lat
        off = self.r.gauss(0, dl / 4)
        refid = "%08X" % self.r.getrandbits(32) if self.stratum[ip] > 1 else self.ch(("47505300", "50505300", "474F4F47"))
        return "%s %-15s N %2d 111 111 1111 %3d %2d %4.2f %10.3e %10.3e %10.3e %10.3e %10.3e %s 4B D K" % (
            self.d(t), ip, self.stratum[ip], self.poll[ip], self.poll[ip], self.r.uniform(0.5, 1.0), off, dl,
            self.r.uniform(1e-6, 3e-6), self.r.uniform(1e-5, 5e-3), self.r.uniform(1e-5, 2e-3), refid)

    def periodic(self, t0, t1, r):
        rows = []
        for ip, _ in self.srv:
            iv = 2.0 ** self.poll[ip]
            t = t0 + r.uniform(0, iv)
            while t < t1:
                rows.append((t, self.row(t, ip)))
                t += iv * r.uniform(0.97, 1.03)
        rows.sort(key=lambda x: x[0])
        self.lat = 1.0
        return self.withbanner(rows)


class ChronyTracking(_ChronyStat):
    key = "chrony_tracking"
    HEADER = "   Date (UTC) Time     IP Address   St   Freq ppm   Skew ppm     Offset L Co  Offset sd Rem. corr. Root delay Root disp. Max. error"

    def tune_setup(self):
        self.ref = self.opts.get("ref", "PPS0")
        self.iv = float(self.opts.get("interval", 16))
        self.freq = self.r.uniform(-25, 25)

    def expected(self, dur):
        return dur / self.iv * (1 + 3.0 / 32)

    def periodic(self, t0, t1, r):
        rows = []
        t = t0 + r.uniform(0, self.iv)
        while t < t1:
            self.freq += r.gauss(0, 0.002)
            rows.append((t, "%s %-15s %2d %10.3f %10.3f %10.3e N %2d %10.3e %10.3e %10.3e %10.3e %10.3e" % (
                self.d(t), self.ref, 1, self.freq, r.uniform(0.001, 0.02), r.gauss(0, 2e-7), r.randint(1, 8),
                r.uniform(5e-8, 4e-7), r.gauss(0, 1e-8), 1e-9, r.uniform(1e-6, 1e-5), r.uniform(2e-6, 3e-5))))
            t += self.iv
        return self.withbanner(rows)


class ChronyRefclocks(_ChronyStat):
    key = "chrony_refclocks"
    clock = "'YYYY-MM-DD HH:MM:SS.uuuuuu' UTC (chrony refclocks.log)"
    HEADER = "   Date (UTC) Time         Refid  DP L P  Raw offset   Cooked offset      Disp."

    def tune_setup(self):
        self.clocks = self.opts.get("clocks") or [("PPS0", 1.0), ("GPS", 1.0)]

    def tune(self, target, dur):
        best = None
        for a in (1.0, 2.0, 4.0, 8.0):
            for b in (0.0, 1.0, 2.0, 4.0):
                n = (a + b) * dur * (1 + 3.0 / 32)
                if best is None or abs(n - target) < abs(best[0] - target):
                    best = (n, a, b)
        _, a, b = best
        self.clocks = [("PHC0" if a > 1 else "PPS0", a)]
        if b:
            self.clocks.append(("GPS" if b == 1 else "PHC1", b))

    def expected(self, dur):
        return sum(hz for _, hz in self.clocks) * dur * (1 + 3.0 / 32)

    def ts(self, t):
        return "%s.%s" % (self.d(t), self.frac(t, 6))

    def periodic(self, t0, t1, r):
        rows = []
        for name, hz in self.clocks:
            step = 1.0 / hz
            t = float(int(t0) + 1)
            dp = 0
            gps = name == "GPS"
            while t < t1:
                tt = t + (r.uniform(0.0001, 0.0009) if not gps else r.uniform(0.05, 0.2))
                raw = r.gauss(0, 3e-7) if not gps else r.gauss(0.12, 0.01)
                cooked = raw + r.gauss(0, 5e-8)
                rows.append((tt, "%s %-5s %3d N %d %13.6e %13.6e %10.3e" % (self.ts(tt), name, dp, 1 if not gps else 0, raw, cooked,
                                                                           r.uniform(1e-9, 5e-9) if not gps else r.uniform(1e-3, 3e-3))))
                dp = (dp + 1) % 16
                t += step
        rows.sort(key=lambda x: x[0])
        return self.withbanner(rows)
