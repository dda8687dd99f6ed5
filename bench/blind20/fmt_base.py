"""Shared base class and helpers for the blind20 format modules.

A format object renders records (lists of physical lines) for one log file.
All randomness comes from the rng handed in by the engine; all times are
UTC epoch floats, converted with the scenario's constant UTC offset (the
generator never lets a window cross a DST change).
"""
import bisect
import math
import time

MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONU = [m.upper() for m in MON]
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
# id alphabet without S, O, I: keeps random ids from spelling crash words
IDCH = '0123456789ABCDEFGHJKLMNPQRTUVWXYZ'


def off_str(off, colon=True, z=False):
    if z and off == 0:
        return 'Z'
    sign = '+' if off >= 0 else '-'
    a = abs(off) // 60
    if colon:
        return '%s%02d:%02d' % (sign, a // 60, a % 60)
    return '%s%02d%02d' % (sign, a // 60, a % 60)


class Ctx:
    """Scenario facts shared by the formats of one scenario."""

    def __init__(self, theme, tzname, off, w0, w1, site):
        self.theme = theme
        self.tzname = tzname
        self.off = off          # seconds east of UTC, constant over the window
        self.w0 = w0
        self.w1 = w1
        self.site = site        # short site word used in host names


class Fmt:
    key = 'base'
    label = 'base'
    clock = 'local'
    absolute = False
    crlf = False
    monotonic = True
    curve = 'business'
    weight = 1.0
    caps = ()
    restartable = True
    hb_period = 60.0
    busy = True
    max_rate = 1e9          # cap on background records per minute (quiet logs)
    lat_name = ''
    retry_name = ''
    oom_name = ''
    panic_name = ''
    disk_name = ''

    @classmethod
    def pick_name(cls, theme, rng):
        return rng.choice(cls.fnames)

    def __init__(self, ctx, rng, name=''):
        self.name = name or self.fnames[0]
        self.ctx = ctx
        self.r = rng
        self.off = ctx.off
        self._sc = {}
        self._sc2 = {}
        self.lat_w = []      # (a, b, factor)
        self.h5_w = []       # (a, b, fraction of 5xx)
        self.err_names = []
        self.err_w = []
        self.new_name = ''
        self.init()
        tw = self.templates()
        self._fns = [f for w, f in tw]
        cum = []
        acc = 0.0
        for w, f in tw:
            acc += w
            cum.append(acc)
        self._cum = cum
        self._tot = acc

    # ---- to override -------------------------------------------------
    def init(self):
        pass

    def templates(self):
        return []

    def heartbeat(self, t):
        return self.normal(t)

    def startup(self, t):
        return []

    def shutdown(self, t):
        return []

    def retry_ok(self, t):
        return [(0.0, self.retry(t)), (2.0, self.retry(t + 2.0))]

    # ---- engine entry points -----------------------------------------
    def normal(self, t):
        i = bisect.bisect(self._cum, self.r.random() * self._tot)
        if i >= len(self._fns):
            i = len(self._fns) - 1
        return self._fns[i](t)

    # ---- time helpers ------------------------------------------------
    def lt(self, t):
        x = t + self.off
        s = int(x)
        return s, x - s

    def tm(self, t):
        s, f = self.lt(t)
        return time.gmtime(s), f

    def cached(self, t, fn):
        """fn(struct_time) -> str, cached per local second; returns (str, frac)."""
        x = t + self.off
        s = int(x)
        p = self._sc.get(s)
        if p is None:
            p = self._sc[s] = fn(time.gmtime(s))
        return p, x - s

    def utc_cached(self, t, fn):
        s = int(t)
        p = self._sc2.get(s)
        if p is None:
            p = self._sc2[s] = fn(time.gmtime(s))
        return p, t - s

    # ---- process ids that change at each (re)start --------------------
    def set_pid(self, p):
        self._pids = [(-1e18, p)]

    def new_pid(self, t, a, b):
        p = self.ri(a, b)
        self._pids.append((t, p))
        return p

    def pid_at(self, t):
        best = self._pids[0]
        for x in self._pids:
            if best[0] < x[0] <= t:
                best = x
        return best[1]

    # ---- random helpers ----------------------------------------------
    def ri(self, a, b):
        return a + int(self.r.random() * (b - a + 1))

    def ch(self, seq):
        return seq[int(self.r.random() * len(seq))]

    def hx(self, n):
        return '%0*x' % (n, self.r.getrandbits(4 * n))

    def HX(self, n):
        return '%0*X' % (n, self.r.getrandbits(4 * n))

    def aid(self, n):
        r = self.r.random
        return ''.join(IDCH[int(r() * 33)] for _ in range(n))

    def uuid(self):
        h = self.hx(32)
        return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], '89ab'[int(h[16], 16) & 3], h[17:20], h[20:32])

    def ip(self, a=10):
        r = self.r.random
        return '%d.%d.%d.%d' % (a, int(r() * 60) + 1, int(r() * 250) + 1, int(r() * 250) + 2)

    def dur(self, t, med, sig=0.55):
        f = 1.0
        for a, b, x in self.lat_w:
            if a <= t < b:
                f = x
        return med * math.exp(self.r.gauss(0.0, sig)) * f

    def status(self, t, ok=200):
        """HTTP status: ~86% 2xx, 7% 3xx, 7% 4xx, <=0.2% 5xx (or an incident fraction)."""
        p5 = 0.0015
        for a, b, x in self.h5_w:
            if a <= t < b:
                p5 = x
        u = self.r.random()
        if u < p5:
            return self.ch((500, 502, 503, 503, 504))
        u = self.r.random()
        if u < 0.86:
            if self.r.random() < 0.8:
                return ok
            return self.ch((200, 200, 204, 206)) if ok == 200 else self.ch((200, 201, 202, 204))
        if u < 0.93:
            return self.ch((301, 302, 304, 304, 304))
        return self.ch((400, 401, 403, 404, 404, 404, 409, 422, 429))
