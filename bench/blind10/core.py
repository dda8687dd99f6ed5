"""blind10 log-bundle generator: shared engine (standard library only)."""
import math, random, time

GEN = 'blind10'
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
KINDS = ['error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx',
         'traffic_flood', 'silence', 'oom_kill', 'disk_full', 'panic']
WINDOW_KINDS = ('latency_shift', 'http_5xx', 'traffic_flood', 'silence')
USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy',
         'mallory', 'oscar', 'peggy', 'trent', 'victor', 'walter', 'jsmith', 'mbrown',
         'kwilson', 'agarcia', 'lnguyen', 'pschmidt', 'rkumar', 'tsato', 'svc_backup', 'svc_web']
HOSTS = ['web01', 'web02', 'web03', 'app01', 'app02', 'db01', 'db02', 'cache01', 'mq01',
         'ldap01', 'mail01', 'files01', 'kvm01', 'kvm02', 'build01', 'mon01', 'proxy01']


def R(*parts):
    return random.Random('/'.join(str(p) for p in parts))


def pois(r, lam):
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(r.gauss(lam, math.sqrt(lam)) + 0.5))
    L = math.exp(-lam)
    k = 0
    p = 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1


def hx(r, n):
    return '%0*x' % (n, r.getrandbits(4 * n))


def HX(r, n):
    return '%0*X' % (n, r.getrandbits(4 * n))


def ip(r, pfx='10.'):
    if pfx == '10.':
        return f'10.{r.choice((0, 1, 2, 10, 20, 40))}.{r.randint(0, 20)}.{r.randint(2, 250)}'
    if pfx == 'pub':
        a = r.choice(('203.0.113', '198.51.100', '192.0.2', '45.%d.%d' % (r.randint(10, 250), r.randint(0, 255)),
                      '185.%d.%d' % (r.randint(10, 250), r.randint(0, 255)), '91.%d.%d' % (r.randint(10, 250), r.randint(0, 255))))
        return f'{a}.{r.randint(2, 254)}'
    need = 4 - pfx.count('.')
    return pfx + '.'.join(str(r.randint(0, 254)) for _ in range(need - 1)) + ('.' if need > 1 else '') + str(r.randint(2, 250))


def mac(r, sep=':'):
    return sep.join('%02x' % r.randint(0, 255) for _ in range(6))


def uuid(r):
    h = hx(r, 32)
    return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{"89ab"[r.randint(0,3)]}{h[17:20]}-{h[20:]}'


class St:
    __slots__ = ('lat', 'p5')

    def __init__(self):
        self.lat = 1.0
        self.p5 = 0.0


class Fmt:
    key = ''
    soft = ''
    kinds = ()          # incident kinds this format supports
    vol = 1.0           # share of the scenario's volume; 0 => fixed rate
    fixed = 0.0         # lines/min when vol == 0
    crlf = False
    windows = False     # Windows software: never gzipped
    gz_always = False
    ctr = None          # counter substituted for \x01 in write order
    ctr_fmt = '%d'
    tail_us = 0         # max offset of later lines inside one record
    warn_frac = 0.03
    res_us = 1000

    def __init__(self, sc, r):
        self.sc = sc
        self.off = sc.off
        self.year = sc.year
        self._l = {}
        self._u = {}
        self.init(r)

    def init(self, r):
        pass

    def L(self, t):
        s = t // 1000000
        g = self._l.get(s)
        if g is None:
            g = time.gmtime(s + self.off)
            self._l[s] = g
        return g

    def U(self, t):
        s = t // 1000000
        g = self._u.get(s)
        if g is None:
            g = time.gmtime(s)
            self._u[s] = g
        return g

    def syslog_ts(self, t, pad=' '):
        g = self.L(t)
        if pad == ' ':
            return f'{MON[g.tm_mon-1]} {g.tm_mday:2d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}'
        return f'{MON[g.tm_mon-1]} {g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d}'

    def offstr(self, colon=False):
        o = self.off
        sg = '+' if o >= 0 else '-'
        o = abs(o) // 60
        return f'{sg}{o//60:02d}:{o%60:02d}' if colon else f'{sg}{o//60:02d}{o%60:02d}'

    # content hooks
    def fname(self):
        return self.key + '.log'

    def info(self, r, t, st):
        raise NotImplementedError

    def warn(self, r, t, st):
        return self.info(r, t, st)

    def err(self, r, t, st):
        return self.errs[r.randrange(len(self.errs))](r, t)

    errs = ()
    news = ()

    def hb(self, r, t):
        return self.info(r, t, St())

    def periodic(self):
        return []

    def retry_ok(self, r, t):
        return None

    def retry(self, r, t):
        raise NotImplementedError

    def disk(self, r, t):
        raise NotImplementedError

    def oom(self, r, t):
        raise NotImplementedError

    def panic(self, r, t):
        raise NotImplementedError

    def stop(self, r, t):
        return None

    def start(self, r, t):
        return None

    def render(self, recs):
        """recs: list of record strings in time order -> bytes"""
        nl = '\r\n' if self.crlf else '\n'
        if self.ctr is not None:
            c = self.ctr
            out = []
            for x in recs:
                if '\x01' in x:
                    c += 1
                    x = x.replace('\x01', self.ctr_fmt % c)
                out.append(x)
            recs = out
        if self.crlf:
            recs = [x.replace('\n', '\r\n') for x in recs]
        return (nl.join(recs) + nl).encode('utf-8')
