"""Shared helpers for the blind21 format modules.

A Format renders lines for one log file.  Templates are plain methods that take
the record time `t` (float, UTC epoch seconds) and return either one line (str),
a list of lines (all stamped at t), or a list of (t, line) pairs.  All random
draws come from self.r, a random.Random created by the engine from the
"blind21/{seed}/{scenario}/{file}/templates" string.
"""
import bisect
import math
import time

MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WDAY = "Mon Tue Wed Thu Fri Sat Sun".split()

USERS = ("jdoe asmith bkumar mgarcia lchen tnguyen pschmidt okowalski rsingh "
         "emartin hyamamoto dmuller afernandez kobrien svasquez ipetrova "
         "nrossi cdubois jlee mjohnson wzhang fsilva rpatel gkim").split()
HOSTS = ("web db app build ci cache mail proxy mon log backup files print "
         "lab kiosk voip dev test stage").split()


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam < 30:
        L = math.exp(-lam)
        k = 0
        p = r.random()
        while p > L:
            k += 1
            p *= r.random()
        return k
    return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))


class Format:
    key = "base"
    clock = ""            # human description for README / manifest
    absolute = False      # stamps can be placed in UTC without outside help
    crlf = False
    timed = "all"         # all | some (continuation / untimed lines allowed)
    monotonic = True
    WEIGHT = 1.0
    AVG_LINES = 1.0
    NORMAL = []           # (weight, method name)
    WARNS = []            # (weight, method name)
    ERRORS = []           # (method name, sig regex) routine errors
    RETRY = None          # (method name, sig regex)
    RETRY_OK = None       # method name
    NEW_ERRORS = []       # (method name, sig regex)
    DISK = None
    OOM = None
    PANIC = None
    BANNER_SIG = None
    LAT = False           # has a duration field
    LAT_RE = None
    HTTP = False
    HB = None             # (period seconds, method name)
    SILENCE_OK = True
    ERR_RATE = 1.0        # routine errors per minute at full traffic
    WARN_FRAC = 0.025
    RETRY_RATE = 0.12     # retry-then-succeeded sequences per minute

    def __init__(self, sc, fname, rng, opts=None):
        self.sc = sc
        self.fname = fname
        self.r = rng
        self.opts = opts or {}
        self.lat = 1.0
        self.p5xx = 0.0012
        self.off = sc.off
        self._c1 = {}
        self._c2 = {}
        self.style = self.opts.get("style", "bsd")
        self.host = self.opts.get("host", sc.host)
        self.pid = self.r.randint(400, 4000)
        self.base5xx = 0.0012
        self._sw = []
        self._pids = [self.pid]
        self.setup()
        self._normal = self._wl(self.NORMAL)
        self._warns = self._wl(self.WARNS)
        self.err_fns = [getattr(self, n) for n, _ in self.ERRORS]
        self.retry_fn = getattr(self, self.RETRY[0]) if self.RETRY else None
        self.retry_ok_fn = getattr(self, self.RETRY_OK) if self.RETRY_OK else None
        self.oom_fn = getattr(self, self.OOM[0]) if self.OOM else None
        self.panic_fn = getattr(self, self.PANIC[0]) if self.PANIC else None
        self.disk_fn = getattr(self, self.DISK[0]) if self.DISK else None

    def set_switches(self, sw):
        self._sw = list(sw)
        self._pids = [self.pid]
        p = self.pid
        for _ in sw:
            p = p + self.r.randint(40, 3000)
            self._pids.append(p)

    def pid_at(self, t):
        if not self._sw:
            return self._pids[0]
        return self._pids[bisect.bisect_right(self._sw, t)]

    def gen_at(self, t):
        return bisect.bisect_right(self._sw, t) if self._sw else 0

    def periodic(self, t0, t1, r):
        return None

    def setmods(self, t):
        """replaced by the engine with a closure that applies latency/5xx windows"""
        pass

    def expected(self, dur):
        """lines produced by periodic() over dur seconds (for volume planning)"""
        return 0.0

    def tune(self, target, dur):
        pass

    def _wl(self, lst):
        if not lst:
            return None
        fns, cw, acc = [], [], 0.0
        for w, name in lst:
            acc += w
            fns.append(getattr(self, name))
            cw.append(acc)
        return fns, cw

    def setup(self):
        pass

    # ---------------------------------------------------------------- choice
    def normal(self, t):
        fns, cw = self._normal
        return self.r.choices(fns, cum_weights=cw)[0](t)

    def warn(self, t):
        if not self._warns:
            return self.normal(t)
        fns, cw = self._warns
        return self.r.choices(fns, cum_weights=cw)[0](t)

    def banner(self, t):
        return []

    def shutdown(self, t):
        return []

    # --------------------------------------------------------------- randoms
    def ch(self, seq):
        return seq[int(self.r.random() * len(seq))]

    def hx(self, n):
        return "%0*x" % (n, self.r.getrandbits(4 * n))

    def HX(self, n):
        return "%0*X" % (n, self.r.getrandbits(4 * n))

    def ip(self, net="10.0"):
        parts = net.split(".")
        while len(parts) < 4:
            parts.append(str(self.r.randint(1, 254)))
        return ".".join(parts)

    def pubip(self):
        a = self.ch((23, 31, 37, 45, 62, 77, 81, 89, 91, 93, 103, 109, 141, 145, 176, 185, 188, 193, 195, 203, 212, 213))
        return "%d.%d.%d.%d" % (a, self.r.randint(1, 254), self.r.randint(0, 255), self.r.randint(1, 254))

    def mac(self, sep=":"):
        b = [self.r.randint(0, 255) for _ in range(6)]
        b[0] &= 0xFC
        return sep.join("%02x" % x for x in b)

    def port(self):
        return self.r.randint(32768, 60999)

    def dur(self, med, sigma=0.6):
        """log-normal duration (same unit as med) scaled by the latency factor"""
        return med * math.exp(self.r.gauss(0.0, sigma)) * self.lat

    def status(self):
        r = self.r.random()
        if r < self.p5xx:
            return self.ch((500, 502, 502, 503, 503, 503, 504))
        r = self.r.random()
        if r < 0.86:
            return 200 if self.r.random() < 0.9 else self.ch((201, 204, 206))
        if r < 0.93:
            return self.ch((301, 302, 304, 304, 304))
        return self.ch((400, 401, 403, 404, 404, 404, 408))

    # ---------------------------------------------------------------- clocks
    def lst(self, t):
        return time.gmtime(int(t) + self.off)

    def ust(self, t):
        return time.gmtime(int(t))

    def offstr(self, colon=True):
        o = self.off
        s = "+" if o >= 0 else "-"
        o = abs(o)
        return "%s%02d%s%02d" % (s, o // 3600, ":" if colon else "", (o % 3600) // 60)

    def frac(self, t, n):
        f = t - int(t)
        return "%0*d" % (n, int(f * (10 ** n)))

    def s_bsd(self, t):
        k = int(t)
        v = self._c1.get(k)
        if v is None:
            g = self.lst(t)
            v = "%s %2d %02d:%02d:%02d" % (MON[g.tm_mon - 1], g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec)
            self._c1[k] = v
        return v

    def s_ymd(self, t, sep="-", tsep=" ", utc=False):
        k = (int(t), sep, tsep, utc)
        v = self._c2.get(k)
        if v is None:
            g = self.ust(t) if utc else self.lst(t)
            v = "%04d%s%02d%s%02d%s%02d:%02d:%02d" % (g.tm_year, sep, g.tm_mon, sep, g.tm_mday, tsep,
                                                       g.tm_hour, g.tm_min, g.tm_sec)
            self._c2[k] = v
        return v

    def s_rfc3339(self, t, n=6):
        return "%s.%s%s" % (self.s_ymd(t, "-", "T"), self.frac(t, n), self.offstr(True))

    def s_journal(self, t):
        return "%s%s" % (self.s_ymd(t, "-", "T"), self.offstr(False))

    def syslog(self, t, prog, msg, pid=None):
        """one syslog line in the file's configured style"""
        if pid is None:
            pid = self.pid_at(t)
        tag = "%s[%d]" % (prog, pid) if pid else prog
        if self.style == "rfc3339":
            return "%s %s %s: %s" % (self.s_rfc3339(t), self.host, tag, msg)
        if self.style == "journal":
            return "%s %s %s: %s" % (self.s_journal(t), self.host, tag, msg)
        return "%s %s %s: %s" % (self.s_bsd(t), self.host, tag, msg)

    def syslog_clock(self):
        return {"bsd": "syslog 'Mmm dd HH:MM:SS' local, no year",
                "rfc3339": "rsyslog RFC3339 local with offset, usec",
                "journal": "journalctl short-iso local +hhmm"}[self.style]



def restamp(lines, t, step=0.0):
    """turn list of lines into (t, line) pairs spread by step seconds"""
    return [(t + i * step, l) for i, l in enumerate(lines)]
