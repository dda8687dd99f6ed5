"""Shared machinery for the blind5 generator: randomness, time formatting,
traffic curves, the file-generator base class and incident injection shapes.

All times are integer microseconds since the Unix epoch (UTC).
"""
import bisect
import math
import random
import time
from itertools import accumulate

US = 1_000_000
MIN = 60 * US
HOUR = 60 * MIN
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

KINDS = ('error_burst', 'silence', 'retry_storm', 'latency_shift', 'oom_kill', 'panic',
         'disk_full', 'http_5xx', 'new_error', 'traffic_flood')
INJECTED = frozenset(('error_burst', 'retry_storm', 'new_error', 'disk_full', 'oom_kill', 'panic'))
WINDOWED = frozenset(('latency_shift', 'http_5xx', 'traffic_flood'))


class FastRandom(random.Random):
    """random.Random with cheap float-based integer helpers (deterministic, tiny bias)."""

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            return int(self.random() * start)
        return start + int(self.random() * (stop - start))

    def randint(self, a, b):
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]


def R(*parts):
    """Deterministic RNG from a path-like string (str seeds are hashed with sha512 by random)."""
    return FastRandom('blind5/' + '/'.join(str(p) for p in parts))


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam < 40:
        lim = math.exp(-lam)
        k = 0
        p = rng.random()
        while p > lim:
            k += 1
            p *= rng.random()
        return k
    return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))


def off_str(off_min, colon=True):
    sign = '+' if off_min >= 0 else '-'
    a = abs(off_min)
    return '%s%02d%s%02d' % (sign, a // 60, ':' if colon else '', a % 60)


class TS:
    """Second-resolution cached formatter: fn(struct_time) -> str, shifted by off_min."""
    __slots__ = ('fn', 'off', 'c')

    def __init__(self, fn, off_min=0):
        self.fn = fn
        self.off = off_min * 60
        self.c = {}

    def __call__(self, us):
        sec = us // US
        s = self.c.get(sec)
        if s is None:
            s = self.fn(time.gmtime(sec + self.off))
            self.c[sec] = s
        return s


def f_iso(tm, sep='T'):
    return '%04d-%02d-%02d%s%02d:%02d:%02d' % (tm.tm_year, tm.tm_mon, tm.tm_mday, sep,
                                               tm.tm_hour, tm.tm_min, tm.tm_sec)


def f_clf(tm):  # 01/Dec/2026:10:00:00
    return '%02d/%s/%04d:%02d:%02d:%02d' % (tm.tm_mday, MON[tm.tm_mon - 1], tm.tm_year,
                                            tm.tm_hour, tm.tm_min, tm.tm_sec)


def f_syslog(tm):  # Dec  1 10:00:00
    return '%s %2d %02d:%02d:%02d' % (MON[tm.tm_mon - 1], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec)


def iso_ms_z(us, up=False):
    ms = us // 1000
    if up and us % 1000:
        ms += 1
    return time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(ms // 1000)) + '.%03dZ' % (ms % 1000)


def hexs(rng, n):
    return '%0*x' % (n, rng.getrandbits(4 * n))


def uuid4(rng):
    h = '%032x' % rng.getrandbits(128)
    return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], '89ab'[rng.randrange(4)], h[17:20], h[20:])


B32 = 'abcdefghijklmnopqrstuvwxyz234567'
B36 = '0123456789abcdefghijklmnopqrstuvwxyz'


def rid(rng, n, alpha=B36):
    return ''.join(rng.choices(alpha, k=n))


def _trim(s):
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


def go_dur(ns):
    """Go time.Duration.String()."""
    ns = int(ns)
    if ns < 1000:
        return '%dns' % ns
    if ns < 1_000_000:
        return _trim('%d.%03d' % (ns // 1000, ns % 1000)) + '\u00b5s'
    if ns < 1_000_000_000:
        return _trim('%d.%06d' % (ns // 1_000_000, ns % 1_000_000)) + 'ms'
    s, frac = divmod(ns, 1_000_000_000)
    if s < 60:
        return _trim('%d.%09d' % (s, frac)) + 's'
    m, s = divmod(s, 60)
    if m < 60:
        return '%dm' % m + _trim('%d.%09d' % (s, frac)) + 's'
    h, m = divmod(m, 60)
    return '%dh%dm' % (h, m) + _trim('%d.%09d' % (s, frac)) + 's'


def shape_val(h, shape):
    def g(mu, sd):
        d = abs(h - mu)
        d = min(d, 24 - d)
        return math.exp(-0.5 * (d / sd) ** 2)
    if shape == 'business':
        return 0.10 + 0.95 * g(10.8, 2.2) + 0.85 * g(15.3, 2.3) + 0.22 * g(20.5, 1.8)
    if shape == 'consumer':
        return 0.16 + 0.35 * g(8.3, 1.4) + 0.55 * g(12.8, 2.0) + 1.0 * g(20.6, 2.3)
    return 0.78 + 0.18 * g(14, 4.5)   # machine / IoT traffic


def noise_series(rng, n, sd=0.11, burst_p=0.006):
    out = []
    x = 0.0
    b = 0
    bm = 1.0
    for _ in range(n):
        x = 0.86 * x + rng.gauss(0, sd)
        if b > 0:
            b -= 1
        elif rng.random() < burst_p:
            b = rng.randint(1, 4)
            bm = rng.uniform(1.3, 1.9)
        out.append(math.exp(x) * (bm if b > 0 else 1.0))
    return out


def wpick(rng, items, cum):
    return items[bisect.bisect_right(cum, rng.random() * cum[-1])]


def cum(weights):
    return list(accumulate(weights))


class Inc:
    """One planned incident."""

    def __init__(self, kind, s, e, to_end=False):
        self.kind = kind
        self.s = s
        self.e = e
        self.to_end = to_end
        self.p = {}
        self.ts = None
        self.te = None
        self.desc = ''
        self.file = None


STATUS_TEXT = {200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently',
               302: 'Found', 304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized',
               403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict',
               413: 'Request Entity Too Large', 422: 'Unprocessable Entity', 429: 'Too Many Requests',
               499: 'Client Closed Request', 500: 'Internal Server Error', 502: 'Bad Gateway',
               503: 'Service Unavailable', 504: 'Gateway Timeout'}

GENERIC_RES = ['items', 'users', 'sessions', 'events', 'files', 'tags', 'notes', 'settings',
               'addresses', 'webhooks', 'exports', 'comments', 'devices', 'tokens', 'audits']
SVC_RES = {
    'orders': ['orders', 'carts', 'returns'], 'billing': ['invoices', 'subscriptions', 'plans'],
    'ledger': ['accounts', 'transfers', 'balances'], 'checkout': ['checkouts', 'payments', 'coupons'],
    'inventory': ['stock', 'warehouses', 'skus'], 'dispatch': ['jobs', 'drivers', 'routes'],
    'notifier': ['notifications', 'templates', 'subscriptions'], 'search': ['search', 'suggest', 'indexes'],
    'auth': ['sessions', 'tokens', 'users'], 'catalog': ['products', 'categories', 'brands'],
    'pricing': ['prices', 'quotes', 'rules'], 'geo': ['places', 'geocode', 'zones'],
    'telemetry': ['metrics', 'traces', 'devices'], 'reports': ['reports', 'exports', 'schedules'],
    'media': ['images', 'uploads', 'renditions'], 'accounts': ['accounts', 'members', 'roles'],
    'payments': ['payments', 'refunds', 'payouts'], 'shipping': ['shipments', 'labels', 'rates'],
    'tracking': ['trackers', 'positions', 'trips'], 'quotes': ['quotes', 'rates', 'currencies'],
    'fleet': ['vehicles', 'drivers', 'maintenance'], 'booking': ['bookings', 'slots', 'venues'],
    'profiles': ['profiles', 'preferences', 'avatars'], 'claims': ['claims', 'documents', 'assessments'],
    'loyalty': ['members', 'points', 'rewards'], 'fulfilment': ['picks', 'packs', 'waves'],
    'settlement': ['batches', 'settlements', 'payouts'], 'recommend': ['recommendations', 'feeds', 'models'],
    'ingest': ['batches', 'sources', 'records'], 'gateway': ['routes', 'consumers', 'keys'],
}

UAS = [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36',
    'Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36 Edg/119.0.2151.97',
    'okhttp/4.12.0', 'Dalvik/2.1.0 (Linux; U; Android 13; SM-A536B Build/TP1A.220624.014)',
    'axios/1.6.2', 'python-requests/2.31.0', 'Go-http-client/2.0',
]
UA_W = cum([22, 14, 16, 12, 5, 6, 8, 4, 5, 4, 4])
BOT_UAS = ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
           'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
           'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)',
           'Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)']
FLOOD_UAS = ['python-requests/2.28.1', 'Scrapy/2.11.0 (+https://scrapy.org)', 'Go-http-client/1.1',
             'curl/8.4.0', 'okhttp/3.14.9', 'Java/17.0.9', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)']


def public_ip(rng):
    while True:
        a = rng.randint(1, 223)
        if a in (10, 127, 169, 172, 192, 100, 0):
            continue
        return '%d.%d.%d.%d' % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


class Api:
    """A made-up HTTP API surface of one service."""

    def __init__(self, rng, svc, host):
        self.svc = svc
        self.host = host
        ver = rng.choice(['v1', 'v1', 'v2', 'v3'])
        self.prefix = rng.choice(['/api/' + ver, '/' + ver, '/api/' + ver, '/' + svc + '/' + ver])
        self.id_style = rng.choice(['int', 'int', 'uuid', 'prefixed'])
        self.id_pre = svc[:3] + '_'
        nouns = list(SVC_RES.get(svc, [svc + 's']))
        nouns += rng.sample([g for g in GENERIC_RES if g not in nouns], 2)
        routes = []
        for i, n in enumerate(nouns):
            w = rng.uniform(0.4, 3.0) / (1 + 0.3 * i)
            base = self.prefix + '/' + n
            lat = rng.uniform(6, 45)
            routes.append(('GET', base + '/', '', 1, w * 6, lat, rng.randint(300, 4000)))
            routes.append(('GET', base + '?page=', '&limit=50', 2, w * 2, lat * rng.uniform(1.5, 4), rng.randint(2000, 30000)))
            routes.append(('POST', base, '', 0, w * 1.2, lat * rng.uniform(1.5, 3.5), rng.randint(200, 1500)))
            routes.append((rng.choice(['PUT', 'PATCH']), base + '/', '', 1, w * 0.6, lat * 2, rng.randint(200, 1500)))
            if rng.random() < 0.5:
                routes.append(('DELETE', base + '/', '', 1, w * 0.1, lat * 1.5, 0))
            if rng.random() < 0.5:
                sub = rng.choice(['history', 'status', 'summary', 'items', 'events', 'links'])
                routes.append(('GET', base + '/', '/' + sub, 1, w * 1.5, lat * 1.3, rng.randint(400, 6000)))
        self.routes = routes
        self.cum = cum([r[4] for r in routes])
        self.p5xx = rng.uniform(0.0008, 0.0035)
        self.p404 = rng.uniform(0.004, 0.015)
        self.p4xx = rng.uniform(0.004, 0.012)
        self.sig = rng.uniform(0.35, 0.6)
        self.flood_route = rng.choice([r for r in routes if r[3] == 2] or routes)
        self.ids = rng.randint(5000, 900000)

    def pick(self, rng):
        return self.routes[bisect.bisect_right(self.cum, rng.random() * self.cum[-1])]

    def ident(self, rng):
        if self.id_style == 'int':
            return str(int(rng.paretovariate(1.2) * 97) % self.ids + 1)
        if self.id_style == 'uuid':
            return uuid4(rng)
        return self.id_pre + rid(rng, 14, '0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyz')

    def path(self, rng, r):
        k = r[3]
        if k == 0:
            return r[1]
        if k == 1:
            return r[1] + self.ident(rng) + r[2]
        return r[1] + str(min(int(rng.expovariate(0.45)) + 1, 40)) + r[2]


class Gen:
    """Base class of one log file generator."""
    FMT = None
    KINDS = ()
    WEIGHT = 1.0
    PREC = 1000
    SHAPE = None
    OWN_RESTARTS = False

    def __init__(self, sc, fid, start, end, target):
        self.sc = sc
        self.fid = fid
        self.start = start
        self.end = end
        self.target = target
        self.rng = R(sc.seed, sc.sid, fid, 'body')
        self.vrng = R(sc.seed, sc.sid, fid, 'variant')
        self.irng = R(sc.seed, sc.sid, fid, 'incidents')
        self.recs = []
        self.gaps = []
        self.incs = []
        self.restarts = []
        self.m0 = start // MIN
        self.m1 = end // MIN + 1
        self.noise = noise_series(R(sc.seed, sc.sid, fid, 'noise'), self.m1 - self.m0 + 1,
                                  sd=self.vrng.uniform(0.08, 0.15), burst_p=self.vrng.uniform(0.002, 0.01))
        self.local = False
        self.fname = fid + '.log'
        self.setup()

    # ---- hooks -------------------------------------------------------
    def setup(self):
        pass

    def kinds(self):
        return self.KINDS

    def build(self):
        raise NotImplementedError

    def restart(self, us):
        """Healthy deploy/restart: add banner records, return downtime in µs."""
        return 0

    # ---- helpers -----------------------------------------------------
    def tzdecl(self):
        sc = self.sc
        return 'TZ=%s (UTC%s)' % (sc.tz_name, off_str(sc.tz_off))

    def add(self, us, text, inc=None, prec=None, force=False):
        p = self.PREC if prec is None else prec
        self.recs.append((us, len(self.recs), us - us % p, text, inc, force))

    def win(self, kind):
        return [i for i in self.incs if i.kind == kind]

    def active(self, incs, us):
        for i in incs:
            if i.s <= us < i.e:
                return i
        return None

    def curve(self, m):
        return self.sc.curve(m, self.SHAPE)

    def mass(self):
        """Sum over the file's minutes of curve*noise (for rate calibration)."""
        t = 0.0
        for m in range(self.m0, self.m1):
            t += self.curve(m) * self.noise[m - self.m0]
        return max(t, 1.0)

    def rate_for(self, lines, lines_per_event):
        return lines / lines_per_event / self.mass()

    def minutes(self):
        for m in range(self.m0, self.m1):
            yield m, m * MIN

    def arrivals(self, base, shape=True):
        """Yield µs times of a Poisson stream with rate base*curve*noise per minute."""
        rng = self.rng
        st, en = self.start, self.end
        for m, ms in self.minutes():
            lam = base * (self.curve(m) if shape else 1.0) * self.noise[m - self.m0]
            n = poisson(rng, lam)
            if not n:
                continue
            for off in sorted(rng.randrange(MIN) for _ in range(n)):
                us = ms + off
                if st <= us < en:
                    yield us

    def periodic(self, period_us, jitter_us=0, phase=None, start=None, end=None):
        rng = self.rng
        st = self.start if start is None else start
        en = self.end if end is None else end
        if phase is None:
            t = (st // period_us) * period_us + period_us
        else:
            t = (st // period_us) * period_us + phase
            if t < st:
                t += period_us
        out = []
        while t < en:
            j = rng.randrange(jitter_us) if jitter_us > 0 else 0
            if st <= t + j < en:
                out.append(t + j)
            t += period_us
        return out

    def lat_mult(self, us):
        for i in self.incs:
            if i.kind == 'latency_shift' and i.s <= us < i.e:
                f = i.p['factor']
                ramp = min(1.0, (us - i.s) / (90 * US))
                return 1.6 + (f - 1.6) * ramp if f > 1.6 else f
        return 1.0

    def requests(self, base, api, internal=False, allow499=False, health=None):
        """Generate HTTP requests. Returns list of tuples
        (us, method, path, status, lat_ms, size, ip, ua, route, flag); flag 1=flood."""
        rng = self.rng
        sc = self.sc
        out = []
        e5 = self.win('http_5xx')
        fl = self.win('traffic_flood')
        lat_on = bool(self.win('latency_shift'))
        st, en = self.start, self.end
        p5b, p404, p4 = api.p5xx, api.p404, api.p4xx
        sig = api.sig
        ips = sc.int_ips if internal else sc.pub_ips
        ipc = sc.int_cum if internal else sc.pub_cum
        for m, ms in self.minutes():
            cv = self.curve(m)
            lam = base * cv * self.noise[m - self.m0]
            n = poisson(rng, lam)
            finc = self.active(fl, ms)
            nf = poisson(rng, base * cv * (finc.p['mult'] - 1) * rng.uniform(0.85, 1.15)) if finc else 0
            items = [(o, 0) for o in (rng.randrange(MIN) for _ in range(n))]
            if nf:
                items += [(o, 1) for o in (rng.randrange(MIN) for _ in range(nf))]
            items.sort()
            load = 0.85 + 0.3 * cv
            for off, flag in items:
                us = ms + off
                if us < st or us >= en:
                    continue
                if flag:
                    r = api.flood_route if rng.random() < 0.85 else api.pick(rng)
                    ip = rng.choice(finc.p['int_ips'] if internal else finc.p['ips'])
                    ua = finc.p['ua']
                else:
                    r = api.pick(rng)
                    ip = ips[bisect.bisect_right(ipc, rng.random() * ipc[-1])]
                    ua = UAS[bisect.bisect_right(UA_W, rng.random() * UA_W[-1])]
                meth = r[0]
                p5 = p5b
                if e5:
                    inc = self.active(e5, us)
                    if inc:
                        p5 = inc.p['rate']
                u = rng.random()
                lat = r[5] * math.exp(rng.gauss(0, sig)) * load
                if rng.random() < 0.008:
                    lat *= rng.uniform(3, 9)
                size = r[6]
                if u < p5:
                    st_ = rng.choice((500, 500, 502, 503, 504)) if p5 == p5b else rng.choice(inc.p['codes'])
                    if st_ == 504:
                        lat = rng.choice((30000, 60000)) + rng.uniform(0, 40)
                    elif st_ in (502, 503):
                        lat = lat * 0.3
                    size = rng.randint(90, 200)
                elif u < p5 + p404:
                    st_ = 404
                    size = rng.randint(20, 160)
                    lat *= 0.5
                elif u < p5 + p404 + p4:
                    if meth in ('POST', 'PUT', 'PATCH'):
                        st_ = rng.choice((400, 422, 422, 409, 401))
                    else:
                        st_ = rng.choice((401, 403, 400, 429))
                    size = rng.randint(40, 300)
                    lat *= 0.6
                elif allow499 and rng.random() < 0.0015:
                    st_ = 499
                    size = 0
                else:
                    if meth == 'POST':
                        st_ = 201
                    elif meth == 'DELETE':
                        st_ = 204
                        size = 0
                    else:
                        st_ = 200
                    size = int(size * rng.uniform(0.6, 1.5))
                if flag and finc.p.get('p429', 0) and rng.random() < finc.p['p429']:
                    st_ = 429
                    size = 60
                    lat = rng.uniform(0.3, 2.0)
                if lat_on and st_ != 504:
                    lat *= self.lat_mult(us)
                out.append((us, meth, api.path(rng, r), st_, lat, size, ip, ua, r, flag))
        return out

    # ---- generic injected incidents -----------------------------------
    def shape_times(self, inc, n, kind):
        """Times for n injected records inside [inc.s, inc.e]."""
        rng = self.irng
        s, e = inc.s, inc.e
        d = e - s
        if kind == 'error_burst':
            ts = [s + int(d * rng.betavariate(1.4, 2.0)) for _ in range(n - 2)] + [s, e]
        elif kind == 'retry_storm':
            ts = [s + int(d * rng.betavariate(1.1, 1.3)) for _ in range(n - 2)] + [s, e]
        else:   # new_error: roughly periodic with jitter
            step = d / max(1, n - 1)
            ts = [s + int(i * step + (rng.uniform(-0.35, 0.35) * step if 0 < i < n - 1 else 0)) for i in range(n)]
        return sorted(ts)

    def inject_generic(self):
        rng = self.irng
        for inc in self.incs:
            k = inc.kind
            if k == 'error_burst':
                n = rng.randint(28, 80)
            elif k == 'retry_storm':
                n = rng.randint(160, 480)
            elif k == 'new_error':
                n = max(12, min(70, int((inc.e - inc.s) / US / rng.uniform(25, 80))))
            else:
                continue
            fn = getattr(self, 't_' + k)
            ctx = {}
            for i, us in enumerate(self.shape_times(inc, n, k)):
                fn(inc, i, n, us, ctx)

    # ---- finalisation --------------------------------------------------
    def finalize(self):
        self.recs.sort(key=lambda r: (r[0], r[1]))
        sil = [(i.s, i.e) for i in self.incs if i.kind == 'silence']
        gaps = self.gaps
        st, en = self.start, self.end
        out = []
        for r in self.recs:
            q = r[2]
            if q < st or q > en:
                if r[4] is not None:
                    raise RuntimeError('incident record outside file window %s %s' % (self.fname, r[4].kind))
                continue
            if sil:
                hit = False
                for a, b in sil:
                    if a <= q < b:
                        hit = True
                        break
                if hit:
                    if r[4] is not None:
                        raise RuntimeError('incident record inside silence')
                    continue
            if gaps and r[4] is None and not r[5]:
                hit = False
                for a, b in gaps:
                    if a <= r[0] < b:
                        hit = True
                        break
                if hit:
                    continue
            out.append(r)
        self.out = out
        for inc in self.incs:
            if inc.kind in INJECTED:
                qs = [r[2] for r in out if r[4] is inc]
                if not qs:
                    raise RuntimeError('incident without lines %s %s' % (self.fname, inc.kind))
                inc.ts = min(qs)
                inc.te = max(qs)
            else:
                inc.ts = inc.s
                inc.te = inc.e
        self.nlines = sum(r[3].count('\n') + 1 for r in out)

    def text(self):
        return '\n'.join(r[3] for r in self.out) + '\n'


# ---- Kubernetes CRI (containerd) wrapping ------------------------------
KCH = 'bcdfghjklmnpqrstvwxz2456789'


def cri_setup(g, container):
    """Give generator g a CRI log file name and timestamp formatter (needs g.deploy, g.ns)."""
    v, sc = g.vrng, g.sc
    g.czone = 'Z' if (sc.tz_off == 0 or v.random() < 0.8) else off_str(sc.tz_off)
    off = 0 if g.czone == 'Z' else sc.tz_off
    g.cts = TS(lambda tm: f_iso(tm), off)
    g.pod = '%s-%s-%s' % (g.deploy, rid(v, v.choice([9, 10]), KCH), rid(v, 5, KCH))
    g.fname = '%s_%s_%s-%s.log' % (g.pod, getattr(g, 'kns', None) or g.ns, container, hexs(v, 64))


def cri_wrap(g, us, stream, payload):
    """RFC3339Nano (trailing zeros trimmed) + stream + P/F tag; >16 KiB lines are split."""
    ns = us % US * 1000 + g.rng.randrange(1000)
    frac = ('%09d' % ns).rstrip('0')
    ts = g.cts(us) + ('.' + frac if frac else '') + g.czone
    out = []
    for l in payload.split('\n'):
        if len(l) > 16384:
            ch = [l[i:i + 16384] for i in range(0, len(l), 16384)]
            for c in ch[:-1]:
                out.append('%s %s P %s' % (ts, stream, c))
            out.append('%s %s F %s' % (ts, stream, ch[-1]))
        else:
            out.append('%s %s F %s' % (ts, stream, l))
    return '\n'.join(out)
