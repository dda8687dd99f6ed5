"""Shared helpers for blind14 format writers."""
import math, time

MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

DISK_RE = r'No space left on device|not enough space on the disk|disk full|Not enough disk space|ENOSPC'


def lognorm(r, med, sigma=0.6):
    return med * math.exp(r.gauss(0.0, sigma))


def hx(r, n):
    return '%0*x' % (n, r.getrandbits(4 * n))


def HX(r, n):
    return '%0*X' % (n, r.getrandbits(4 * n))


def guid(r):
    return '%s-%s-%s-%s-%s' % (hx(r, 8), hx(r, 4), hx(r, 4), hx(r, 4), hx(r, 12))


def wrap(text, width=76):
    out, line = [], ''
    for w in text.split(' '):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = (line + ' ' + w) if line else w
    if line:
        out.append(line)
    return out


class F:
    """Base class. Times are integer milliseconds since the Unix epoch (UTC)."""
    key = ''
    res = 1000          # timestamp resolution in ms
    subms = False       # writes digits below the millisecond
    eol = '\n'
    bom = False
    lpe = 1.0           # average lines per normal event
    weight = 1.0        # relative share of the scenario's volume
    maxrate = 400.0     # events/min cap at curve 1
    pwarn = 0.025
    hb_every = 0        # seconds
    has_lat = False
    has_5xx = False
    absolute = False
    gz_ok = True
    retry = None
    oom = None
    panic = None
    disk = None
    banner = None
    stop = None

    def __init__(self, sc, r):
        self.sc = sc
        self.off = sc['off_ms']
        self.year = sc['year']
        self._c = {}
        self._u = {}
        self.fname = self.key
        self.setup(r)

    def setup(self, r):
        pass

    def P(self, t):
        tl = t + self.off
        s, ms = divmod(tl, 1000)
        p = self._c.get(s)
        if p is None:
            g = time.gmtime(s)
            p = self._c[s] = (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday)
        return p, ms

    def U(self, t):
        s, ms = divmod(t, 1000)
        p = self._u.get(s)
        if p is None:
            g = time.gmtime(s)
            p = self._u[s] = (g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday)
        return p, ms

    def header(self, t, r):
        return None

    def hb(self, t, r):
        return self.normal(t, r, 1.0, 0.0)

    def kinds(self):
        k = ['error_burst', 'new_error', 'traffic_flood', 'silence']
        if self.retry:
            k.append('retry_storm')
        if self.oom and self.banner:
            k.append('oom_kill')
        if self.panic and self.banner:
            k.append('panic')
        if self.disk:
            k.append('disk_full')
        if self.has_lat:
            k.append('latency_shift')
        if self.has_5xx:
            k.append('http_5xx')
        return k
