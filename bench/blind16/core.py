import sys
sys.dont_write_bytecode = True
import math, random, datetime as dt
from zoneinfo import ZoneInfo

GEN = 'blind16'
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def R(seed, sc, f, p):
    return random.Random("%s/%s/%s/%s/%s" % (GEN, seed, sc, f, p))


class Clock:
    def __init__(self, tz):
        self.tz = ZoneInfo(tz)
        self.c = {}

    def lt(self, tms):
        m = tms // 60000
        v = self.c.get(m)
        if v is None:
            d = dt.datetime.fromtimestamp(m * 60, self.tz)
            off = int(d.utcoffset().total_seconds() // 60)
            v = (d.year, d.month, d.day, d.hour, d.minute, d.weekday(), off)
            self.c[m] = v
        return v


def offs(off, colon=True, short=False):
    s = '+' if off >= 0 else '-'
    a = abs(off)
    h, m = divmod(a, 60)
    if short and m == 0:
        return '%s%02d' % (s, h)
    return '%s%02d%s%02d' % (s, h, ':' if colon else '', m)


def uuid(r):
    h = '%032x' % r.getrandbits(128)
    return '%s-%s-4%s-%s-%s' % (h[:8], h[8:12], h[13:16], h[16:20], h[20:])


def hexs(r, n):
    return '%0*x' % (n, r.getrandbits(4 * n))


def ip(r, net='10.20'):
    return '%s.%d.%d' % (net, r.randint(0, 7), r.randint(2, 250))


def pub_ip(r):
    return '%d.%d.%d.%d' % (r.choice([23, 31, 45, 52, 66, 81, 93, 104, 142, 151, 172, 185, 203, 212]),
                            r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def mac(r):
    return ':'.join('%02X' % r.randint(0, 255) for _ in range(6))


def lognorm(r, median, sigma=0.6):
    return median * math.exp(r.gauss(0, sigma))
