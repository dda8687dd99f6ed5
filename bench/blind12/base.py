"""Shared helpers for the blind12 log-bundle generator (standard library only)."""
import time

MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

EVENT_KINDS = ('error_burst', 'new_error', 'retry_storm', 'oom_kill', 'disk_full', 'panic')
WINDOW_KINDS = ('latency_shift', 'http_5xx', 'traffic_flood', 'silence')
ALL_KINDS = EVENT_KINDS + WINDOW_KINDS


def ip(r, net='10.0'):
    return '%s.%d.%d' % (net, r.randint(0, 40), r.randint(2, 250))


def hexs(r, n):
    return '%0*x' % (n, r.getrandbits(4 * n))


def uuid(r):
    h = hexs(r, 32)
    return '%s-%s-4%s-%s-%s' % (h[:8], h[8:12], h[13:16], h[16:20], h[20:32])


def offstr(off, colon):
    sign = '+' if off >= 0 else '-'
    a = abs(off) // 60
    return '%s%02d%s%02d' % (sign, a // 60, ':' if colon else '', a % 60)


class Fmt:
    """One log format.  Subclasses define ts_sec() and rec() plus message vocabularies.

    Messages are (level, text) with level in D I W E F.  A text may hold newlines
    (continuation lines of a multi-line entry)."""
    key = 'base'
    fname = 'x.log'
    res = 1.0            # timestamp resolution in seconds (as written)
    eol = '\n'
    gz_ok = True
    weight = 1.0         # relative share of the scenario's lines
    max_rate = None      # cap on lines/minute (low-volume software)
    windows = False      # Windows software (never gzipped)
    latency = False      # request lines carry a duration
    http = False         # access-style lines with a status code
    kinds = None         # computed in __init__ unless given
    enc = 'utf-8'
    footer = None
    label = 'software'
    can_silence = True
    storm = None         # (label, fn(self, r) -> (lvl, text))
    oom = None           # method(r) -> [(lvl, text)...]
    oom_restarts = False
    periodic = ()        # ((interval_seconds, method_name), ...)
    header = None        # text written at the top of the file

    def __init__(self, sc):
        self.sc = sc
        self.off = sc.off
        self.year = sc.year
        self.oz = offstr(sc.off, False)
        self.ozc = offstr(sc.off, True)
        self.cache = {}
        self.setup()
        if self.kinds is None:
            k = ['error_burst', 'new_error', 'traffic_flood', 'disk_full', 'panic']
            if self.storm:
                k.append('retry_storm')
            if self.can_silence:
                k.append('silence')
            if self.oom is not None:
                k.append('oom_kill')
            if self.latency:
                k.append('latency_shift')
            if self.http:
                k.append('http_5xx')
            self.kinds = tuple(k)

    def setup(self):
        pass

    def lt(self, s):
        return time.gmtime(s + self.off)

    def ut(self, s):
        return time.gmtime(s)

    def sec(self, t):
        s = int(t)
        c = self.cache.get(s)
        if c is None:
            c = self.cache[s] = self.ts_sec(s)
        return c

    # default helpers for fractional parts (truncate, never round)
    @staticmethod
    def ms(t):
        return '%03d' % int((t - int(t)) * 1000)

    @staticmethod
    def us(t):
        return '%06d' % int((t - int(t)) * 1000000)

    # --- traffic -------------------------------------------------------
    def traffic(self, r, lat, p5):
        return self.info(r)

    def stamped(self, lv, m):
        """Whether the entry's first physical line carries a timestamp."""
        return True

    def heartbeat(self, r):
        return self.info(r)

    def retry_ok(self, r):
        return [self.warn(r), self.info(r)]

    def err(self, r, k=None):
        errs = self.errors
        if k is None:
            k = r.randrange(len(errs))
        return errs[k][1](self, r)

    errors = ()       # ((label, fn(self, r) -> [(lvl, text)...]), ...)
    new_errors = ()

    def new_err(self, r, k):
        return self.new_errors[k % len(self.new_errors)][1](self, r)

    def stop(self, r):
        return [('I', 'shutting down')]

    def start(self, r):
        return [('I', 'starting')]

    def restart_gap(self, r):
        return 2 + r.random() * 20
