"""Shared helpers for the blind4 generator: integer-millisecond time, formatting, sampling."""
import math
from datetime import datetime, timedelta, timezone

EPOCH = datetime(1970, 1, 1)
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MIN = 60000
HOUR = 3600000


def naive(T, off_min=0):
    """Naive datetime of integer-ms UTC time T shifted by off_min minutes."""
    return EPOCH + timedelta(milliseconds=T + off_min * 60000)


def iso_utc(T):
    d = naive(T)
    return d.strftime('%Y-%m-%dT%H:%M:%S') + '.%03dZ' % (T % 1000)


def offstr(off_min, colon=False):
    s = '+' if off_min >= 0 else '-'
    a = abs(off_min)
    return '%s%02d%s%02d' % (s, a // 60, ':' if colon else '', a % 60)


def usec(T):
    """Deterministic fake microsecond digits for a ms timestamp."""
    return (T % 1000) * 1000 + (T * 7919) % 1000


class TSCache:
    """Caches the per-second part of a timestamp string."""
    __slots__ = ('fn', 'd')

    def __init__(self, fn):
        self.fn = fn
        self.d = {}

    def __call__(self, sec):
        v = self.d.get(sec)
        if v is None:
            if len(self.d) > 4000:
                self.d.clear()
            v = self.fn(sec)
            self.d[sec] = v
        return v


def pois(rng, lam):
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))
    L = math.exp(-lam)
    k = 0
    p = 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def wchoice(rng, items, weights):
    return rng.choices(items, weights)[0]


def hexs(rng, n):
    return '%0*x' % (n, rng.getrandbits(4 * n))


B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


def b62(rng, n):
    return ''.join(rng.choice(B62) for _ in range(n))


def uuid4(rng):
    h = hexs(rng, 32)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], '89ab'[int(h[16], 16) % 4], h[17:20], h[20:32])
