"""Core helpers for the blind2 synthetic log generator (stdlib only).

All times are integer microseconds since the Unix epoch (UTC) unless noted.
Everything random goes through random.Random instances seeded from strings,
so output is byte-identical for a given seed.
"""
import bisect
import json
import math
import random
import time

US = 1_000_000
MS = 1000
SEC = US
MIN = 60 * US
HOUR = 3600 * US

MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

_CACHES = []


def _mk(fn):
    cache = {}
    _CACHES.append(cache)

    def f(sec):
        s = cache.get(sec)
        if s is None:
            s = fn(time.gmtime(sec))
            cache[sec] = s
        return s
    return f


# second-resolution renderers; callers pass (utc_seconds + offset_seconds)
iso_s = _mk(lambda g: '%04d-%02d-%02dT%02d:%02d:%02d' % g[:6])
isosp_s = _mk(lambda g: '%04d-%02d-%02d %02d:%02d:%02d' % g[:6])
clf_s = _mk(lambda g: '%02d/%s/%04d:%02d:%02d:%02d' % (g[2], MONTHS[g[1] - 1], g[0], g[3], g[4], g[5]))
syslog_s = _mk(lambda g: '%s %2d %02d:%02d:%02d' % (MONTHS[g[1] - 1], g[2], g[3], g[4], g[5]))
redis_s = _mk(lambda g: '%02d %s %04d %02d:%02d:%02d' % (g[2], MONTHS[g[1] - 1], g[0], g[3], g[4], g[5]))
klog_s = _mk(lambda g: '%02d%02d %02d:%02d:%02d' % (g[1], g[2], g[3], g[4], g[5]))
date_s = _mk(lambda g: '%04d%02d%02d' % g[:3])
slash_date_s = _mk(lambda g: '%04d/%02d/%02d' % g[:3])


def clear_caches():
    for c in _CACHES:
        c.clear()


def offstr(off_min, style):
    """style: 'colon' -> +01:00, 'plain' -> +0100, 'z' -> Z when zero else +01:00"""
    if style == 'z' and off_min == 0:
        return 'Z'
    sign = '+' if off_min >= 0 else '-'
    a = abs(off_min)
    if style == 'plain':
        return '%s%02d%02d' % (sign, a // 60, a % 60)
    return '%s%02d:%02d' % (sign, a // 60, a % 60)


def iso_ms_z(t):
    return '%s.%03dZ' % (iso_s(t // US), (t // 1000) % 1000)


def iso_us_z(t):
    return '%s.%06dZ' % (iso_s(t // US), t % US)


def rfc3339nano(ns):
    """Go time.RFC3339Nano in UTC: trailing zeros of the fraction are trimmed."""
    sec, frac = divmod(ns, 1_000_000_000)
    if frac:
        return '%s.%sZ' % (iso_s(sec), ('%09d' % frac).rstrip('0'))
    return iso_s(sec) + 'Z'


def truth_ts(t_us):
    return '%s.%03dZ' % (iso_s(t_us // US), (t_us // 1000) % 1000)


def parse_truth_ts(s):
    import calendar
    base, frac = s[:19], s[20:23]
    sec = calendar.timegm(time.strptime(base, '%Y-%m-%dT%H:%M:%S'))
    return sec * US + int(frac) * 1000


# ---------------------------------------------------------------- randomness

def _normal_table(n=8192):
    from statistics import NormalDist
    nd = NormalDist()
    return [nd.inv_cdf((i + 0.5) / n) for i in range(n)]


NZ = _normal_table()
NZN = len(NZ)


class FRandom(random.Random):
    """random.Random with cheaper integer helpers (float based, still deterministic)."""

    def randint(self, a, b):
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            return int(self.random() * start)
        if step == 1:
            return start + int(self.random() * (stop - start))
        return start + step * int(self.random() * ((stop - start + step - 1) // step))

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def nz(self):
        """fast standard normal deviate (quantile table)"""
        return NZ[int(self.random() * NZN)]


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam < 30:
        L = math.exp(-lam)
        k = 0
        p = rng.random()
        while p > L:
            k += 1
            p *= rng.random()
        return k
    return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))


class WC:
    """weighted choice; call with rng.random"""
    __slots__ = ('items', 'cum', 'tot')

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        c = 0.0
        self.cum = []
        for p in pairs:
            c += p[1]
            self.cum.append(c)
        self.tot = c

    def __call__(self, rnd):
        return self.items[bisect.bisect_right(self.cum, rnd() * self.tot)]


def uuid4(rng):
    b = rng.getrandbits(128)
    h = '%032x' % b
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], '89ab'[b & 3], h[17:20], h[20:32])


def hexs(rng, n):
    return '%0*x' % (n, rng.getrandbits(4 * n))


def b36(rng, n, alphabet='bcdfghjklmnpqrstvwxz2456789'):
    return ''.join(alphabet[rng.randrange(len(alphabet))] for _ in range(n))


def pub_ip(rng):
    while True:
        a = rng.randint(23, 223)
        if a in (10, 100, 127, 169, 172, 192, 198, 203):
            continue
        return '%d.%d.%d.%d' % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def priv_ip(rng, prefix='10'):
    if prefix == '10':
        return '10.%d.%d.%d' % (rng.randint(0, 31), rng.randint(0, 255), rng.randint(2, 254))
    return '%s.%d' % (prefix, rng.randint(2, 254))


def lognorm(rng, median, sigma):
    return median * math.exp(rng.gauss(0.0, sigma))


def go_json(s):
    """JSON-quote a string the way Go's encoding/json does (HTML-escaped)."""
    q = json.dumps(s, ensure_ascii=False)
    if '<' in q or '>' in q or '&' in q or '\u2028' in q or '\u2029' in q:
        q = (q.replace('<', '\\u003c').replace('>', '\\u003e').replace('&', '\\u0026')
             .replace('\u2028', '\\u2028').replace('\u2029', '\\u2029'))
    return q


def jq(s):
    return json.dumps(s, ensure_ascii=False)


# ---------------------------------------------------------------- rates

def arrivals(rng, t0, t1, lams):
    """Poisson arrivals, lams = expected events per minute starting at t0."""
    out = []
    rnd = rng.random
    ext = out.extend
    for i, lam in enumerate(lams):
        n = poisson(rng, lam)
        if n:
            b = t0 + i * MIN
            ts = [b + int(rnd() * MIN) for _ in range(n)]
            ts.sort()
            ext(ts)
    while out and out[-1] >= t1:
        out.pop()
    return out


def periodic(rng, t0, t1, period_us, jitter_us=0, phase=None):
    out = []
    t = t0 + (phase if phase is not None else rng.randrange(max(1, period_us)))
    while t < t1:
        out.append(t + (rng.randrange(jitter_us) if jitter_us else 0))
        t += period_us
    return out


def ramp_val(t, s, e, ramp):
    if t < s or t >= e:
        return 0.0
    return min(1.0, (t - s) / ramp, (e - t) / ramp)


class Inc:
    """One planned incident entry on one file."""

    def __init__(self, kind, svc, s, e, desc, **params):
        self.kind = kind
        self.svc = svc
        self.s = s
        self.e = e
        self.desc = desc
        self.p = params
        self.tag = None
        self.truth = None   # (start_us, end_us) filled after rendering

    def __repr__(self):
        return 'Inc(%s,%s,%s..%s)' % (self.kind, self.svc.fname, truth_ts(self.s), truth_ts(self.e))


class Svc:
    """Base class of one log file / service."""
    KINDS = ()
    RES = 1000            # resolution of the leading timestamp in us (coarsest, for mixed files)
    RES_END = None        # resolution used for the end of a tag window (None -> RES; 1 = exact)
    WRAP = None           # None | 'cri' | 'docker'
    QUIET = False         # natural volume, not scaled to the line budget
    LPE = 1.0             # physical lines per event (estimate)
    ROLE = 'app'

    def __init__(self, sc, key):
        self.sc = sc
        self.key = key
        self.r = FRandom('%s/%s' % (sc.seedkey, key))
        r = self.r
        self.t0 = sc.start + r.randint(-170, 170) * US + r.randrange(US)
        self.t1 = sc.end + r.randint(-170, 170) * US + r.randrange(US)
        self.incs = []
        self.recs = []
        self.latw = []
        self.p5w = []
        self.floodw = []
        self.drops = []
        self.busy = []        # windows where benign events must not be placed
        self.rate = 1.0       # mean events/minute (set by set_volume)
        self.fname = None
        self.wrap = self.WRAP
        self.tagbounds = {}

    # ---- volume
    def set_volume(self, lines):
        mins = (self.t1 - self.t0) / MIN
        self.rate = max(0.05, lines / self.LPE / mins)

    def natural_lines(self):
        return 0

    def lams(self, mean, noise=0.15, bursts=True):
        sc = self.sc
        r = self.r
        n = int((self.t1 - self.t0) // MIN) + 1
        out = []
        x = 0.0
        for i in range(n):
            x = 0.85 * x + r.gauss(0, noise * 0.5)
            out.append(sc.diurnal(self.t0 + i * MIN + MIN // 2) * math.exp(x))
        m = sum(out) / n
        k = mean / m
        out = [v * k for v in out]
        if bursts:
            for _ in range(poisson(r, n / 150.0)):
                i = r.randrange(n)
                f = r.uniform(1.25, 1.8)
                for j in range(i, min(n, i + r.randint(1, 4))):
                    out[j] *= f
        return out

    def min_rate(self):
        """lowest expected events/minute during the file (for silence eligibility)"""
        return self.rate * self.sc.dmin * self.LPE

    # ---- modifiers
    def lat_f(self, t):
        f = 1.0
        for s, e, rp, F in self.latw:
            if s <= t < e:
                f *= 1.0 + (F - 1.0) * min(1.0, (t - s) / rp, (e - t) / rp)
        return f

    def p5(self, t):
        p = 0.0
        for s, e, rp, P in self.p5w:
            if s <= t < e:
                p = max(p, P * min(1.0, (t - s) / rp, (e - t) / rp))
        return p

    def free(self, t, margin=4 * MIN):
        if t < self.t0 + 2 * MIN or t > self.t1 - 3 * MIN:
            return False
        for inc in self.incs:
            if inc.s - margin <= t <= inc.e + margin:
                return False
        for s, e in self.busy:
            if s - margin <= t <= e + margin:
                return False
        return True

    def free_time(self, lo=None, hi=None, margin=4 * MIN, tries=40):
        r = self.r
        lo = self.t0 + 5 * MIN if lo is None else lo
        hi = self.t1 - 8 * MIN if hi is None else hi
        if hi <= lo:
            return None
        for _ in range(tries):
            t = r.randint(lo, hi)
            if self.free(t, margin):
                return t
        return None

    # ---- records
    def add(self, t, text, stream='stdout', tag=None):
        self.recs.append((t, text, stream, tag))

    # subclasses implement
    def prepare(self, inc):
        if inc.kind == 'latency_shift':
            self.latw.append((inc.s, inc.e, inc.p.get('ramp', 60 * US), inc.p['factor']))
        elif inc.kind == 'http_5xx':
            self.p5w.append((inc.s, inc.e, inc.p.get('ramp', 45 * US), inc.p['share']))
        elif inc.kind == 'traffic_flood':
            self.floodw.append(inc)
        elif inc.kind == 'silence':
            self.drops.append((inc.s - 5 * MS, inc.e))

    def baseline(self):
        raise NotImplementedError

    def benign(self):
        pass

    def inject(self, inc):
        pass

    def build(self):
        for inc in self.incs:
            self.prepare(inc)
        self.baseline()
        self.benign()
        for inc in self.incs:
            self.inject(inc)
        self.finalize()

    def finalize(self):
        recs = self.recs
        t0, t1 = self.t0, self.t1
        drops = self.drops
        if drops:
            dd = [(d[0], d[1], d[2] if len(d) > 2 else None) for d in drops]
            recs = [rec for rec in recs if t0 <= rec[0] < t1
                    and not any(s <= rec[0] < e and (k is None or rec[3] != k) for s, e, k in dd)]
        else:
            recs = [rec for rec in recs if t0 <= rec[0] < t1]
        recs.sort(key=lambda x: x[0])
        self.recs = recs

    def render(self):
        """returns list of physical lines; fills self.tagbounds {tag: [min_ns, max_ns]}"""
        lines = []
        app = lines.append
        tb = self.tagbounds
        rnd = self.r.random
        if self.wrap is None:
            res = self.RES
            rese = self.RES_END or res
            for t, text, st, tag in self.recs:
                app(text)
                if tag is not None:
                    ns = (t - t % res) * 1000
                    ne = (t - t % rese) * 1000
                    b = tb.get(tag)
                    if b is None:
                        tb[tag] = [ns, ne]
                    else:
                        b[1] = max(b[1], ne)
        else:
            cri = self.wrap == 'cri'
            last = 0
            for t, text, st, tag in self.recs:
                ns = t * 1000 + 15_000 + int(rnd() * 400_000)
                if ns <= last:
                    ns = last + 1000 + int(rnd() * 9000)
                first = ns
                for ln in text.split('\n'):
                    if cri:
                        app('%s %s F %s' % (rfc3339nano(ns), st, ln))
                    else:
                        app('{"log":%s,"stream":"%s","time":"%s"}' % (go_json(ln + '\n'), st, rfc3339nano(ns)))
                    last = ns
                    ns += 2000 + int(rnd() * 30000)
                if tag is not None:
                    b = tb.get(tag)
                    if b is None:
                        tb[tag] = [first, last]
                    else:
                        b[1] = last
        return lines


def fmt_num(x, nd=2):
    return ('%.' + str(nd) + 'f') % x
