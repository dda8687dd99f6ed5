"""Shared helpers for the blind11 log formats (stdlib only)."""
import math
import time

MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
              'September', 'October', 'November', 'December']
HEX = '0123456789abcdef'
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


def hexid(r, n):
    return '%0*x' % (n, r.getrandbits(4 * n))


def alnum(r, n):
    return ''.join([ALNUM[b % 62] for b in r.randbytes(n)])


def uuid4(r):
    h = hexid(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:32]}"


def priv_ip(r):
    return f"10.{r.randint(0, 3)}.{r.randint(0, 255)}.{r.randint(2, 254)}"


def pub_ip(r):
    a = r.choice([31, 37, 46, 62, 77, 81, 85, 88, 91, 94, 109, 176, 178, 185, 188, 193, 212, 213, 217])
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def off_str(off, colon=True, z=True):
    if off == 0 and z:
        return 'Z'
    sign = '+' if off >= 0 else '-'
    o = abs(int(off)) // 60
    if colon:
        return f"{sign}{o // 60:02d}:{o % 60:02d}"
    return f"{sign}{o // 60:02d}{o % 60:02d}"


def go_dur(ms):
    """Go time.Duration.String() for a duration in milliseconds."""
    ns = int(round(ms * 1e6))
    if ns < 1000:
        return f"{ns}ns"
    if ns < 1000000:
        return _trim(f"{ns / 1e3:.3f}") + "µs"
    if ns < 1000000000:
        return _trim(f"{ns / 1e6:.6f}") + "ms"
    s = ns / 1e9
    if s < 60:
        return _trim(f"{s:.9f}") + "s"
    m = int(s // 60)
    return f"{m}m" + _trim(f"{s - 60 * m:.9f}") + "s"


def _trim(x):
    if '.' in x:
        x = x.rstrip('0').rstrip('.')
    return x


def go_nano_frac(frac):
    """RFC3339Nano fractional part (trailing zeros trimmed, may vanish)."""
    ns = int(frac * 1e9)
    if ns == 0:
        return ''
    return '.' + f"{ns:09d}".rstrip('0')


class Base:
    """One log file of one piece of software.

    Subclasses implement render methods returning text (may contain newlines).
    """
    name = 'base'
    software = 'base'
    res = 1.0            # timestamp resolution in seconds
    access = False       # lines carry HTTP status
    has_dur = False      # lines carry a request duration
    timestamped = True
    utc = False          # writes UTC regardless of the zone
    lpe = 1.0            # average lines per background event
    restartable = True
    kinds = ()           # incident kinds this file can carry
    mix = (('info', 1.0),)
    hb_choices = (15, 20, 30, 60)

    def __init__(self, sc, fname, r):
        self.sc = sc
        self.fname = fname
        self.r = r
        self.year = sc.year
        self.off = 0 if self.utc else sc.off
        self._tm = {}
        self._pre = {}
        self.pid = r.randint(900, 65000)
        self.host = sc.host
        self.setup()

    def setup(self):
        pass

    # time helpers -------------------------------------------------------
    def tm(self, t):
        s = t + self.off
        i = math.floor(s)
        g = self._tm.get(i)
        if g is None:
            g = time.gmtime(i)
            self._tm[i] = g
        return g, s - i

    def ms(self, frac):
        return min(999, int(frac * 1000))

    def us(self, frac):
        return min(999999, int(frac * 1000000))

    # defaults -----------------------------------------------------------
    def hb(self, t):
        return self.bg(t, 'info')

    def job(self, t):
        return self.bg(t, 'info')

    def retry_ok(self, t):
        return [(t, self.bg(t, 'warn')), (t + 1.5, self.bg(t + 1.5, 'info'))]

    def start(self, t):
        return [(t, self.bg(t, 'info'))]

    def stop(self, t):
        return [(t, self.bg(t, 'info'))]
