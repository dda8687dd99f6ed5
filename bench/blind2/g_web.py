"""HTTP traffic model and edge / access-log services."""
import math

from g_core import (US, MS, MIN, HOUR, Svc, WC, arrivals, periodic, poisson, uuid4, hexs, pub_ip,
                    priv_ip, iso_s, iso_ms_z, iso_us_z, clf_s, syslog_s, offstr, ramp_val, Inc)

UAS = [
    ('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36', 30),
    ('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36', 14),
    ('Mozilla/5.0 (iPhone; CPU iPhone OS 17_{ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{ios} Mobile/15E148 Safari/604.1', 18),
    ('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{ios} Safari/605.1.15', 6),
    ('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{fv}.0) Gecko/20100101 Firefox/{fv}.0', 6),
    ('Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Mobile Safari/537.36', 14),
    ('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36 Edg/{cv}.0.0.0', 5),
    ('{App}/{av} (iPhone; iOS 17.{ios}; Scale/3.00)', 10),
    ('okhttp/4.12.0', 8),
    ('Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)', 4),
    ('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 1.5),
    ('Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', 0.8),
    ('curl/8.4.0', 0.6),
    ('python-requests/2.31.0', 0.8),
    ('Go-http-client/2.0', 0.6),
    ('axios/1.6.2', 0.7),
]

BRANDS = ['shopwave', 'kartly', 'trellis', 'nimbus', 'parcelo', 'ledgerly', 'quillo', 'vantage', 'orbit',
          'brightcart', 'harbor', 'fennec', 'lumen', 'peakpay', 'tidal', 'cobalt', 'mosaic', 'juniper',
          'zephyr', 'atlas', 'corvid', 'pebble', 'ridgeway', 'sable']

CATS = ['shoes', 'electronics', 'garden', 'books', 'toys', 'kitchen', 'outdoor', 'beauty', 'sports', 'office']
TERMS = ['running+shoes', 'usb-c+cable', 'desk+lamp', 'coffee', 'headphones', 'yoga+mat', 'backpack', 'charger',
         'monitor', 'kettle', 'sneakers', 'tent', 'lego', 'keyboard', 'water+bottle', 'jacket', 'sofa', 'mouse']


def _id(r, lo=1000, hi=9999999):
    return str(r.randint(lo, hi))


def _ep(method, pathfn, w, lat, sig, size, kind, bin_=0):
    return (method, pathfn, w, lat, sig, size, kind, bin_)


def domain_endpoints(domain, r):
    """returns list of endpoint tuples for a business domain"""
    v = r.choice(['v1', 'v2', 'v1', 'v3'])
    h = hexs(r, 8)
    h2 = hexs(r, 8)
    static = [
        _ep('GET', lambda r: '/static/js/main.%s.js' % h, 3, 1.5, 0.6, 182000, 'static'),
        _ep('GET', lambda r: '/static/css/app.%s.css' % h2, 2, 1.2, 0.6, 41000, 'static'),
        _ep('GET', lambda r: '/favicon.ico', 0.6, 0.8, 0.5, 15086, 'static'),
    ]
    if domain == 'shop':
        eps = [
            _ep('GET', lambda r: '/api/%s/products?category=%s&page=%d' % (v, r.choice(CATS), r.randint(1, 12)), 18, 38, 0.55, 14500, 'list'),
            _ep('GET', lambda r: '/api/%s/products/SKU-%05d' % (v, r.randint(1, 48000)), 24, 16, 0.5, 3900, 'getid'),
            _ep('GET', lambda r: '/api/%s/cart' % v, 9, 11, 0.5, 1200, 'get'),
            _ep('POST', lambda r: '/api/%s/cart/items' % v, 6, 24, 0.5, 1350, 'post', 180),
            _ep('DELETE', lambda r: '/api/%s/cart/items/%d' % (v, r.randint(1, 40)), 1, 18, 0.5, 0, 'delete'),
            _ep('POST', lambda r: '/api/%s/checkout' % v, 1.5, 210, 0.45, 860, 'post', 1400),
            _ep('GET', lambda r: '/api/%s/orders/%s' % (v, _id(r, 100000, 9999999)), 4, 22, 0.5, 2600, 'getid'),
            _ep('GET', lambda r: '/api/%s/orders?status=%s&limit=20' % (v, r.choice(['open', 'shipped', 'all'])), 2.5, 45, 0.5, 9800, 'list'),
            _ep('POST', lambda r: '/api/%s/auth/login' % v, 1.8, 95, 0.35, 640, 'auth', 120),
            _ep('POST', lambda r: '/api/%s/auth/refresh' % v, 3, 9, 0.4, 610, 'auth', 90),
            _ep('GET', lambda r: '/api/%s/search?q=%s' % (v, r.choice(TERMS)), 8, 65, 0.6, 22000, 'list'),
            _ep('GET', lambda r: '/api/%s/recommendations?sku=SKU-%05d' % (v, r.randint(1, 48000)), 5, 48, 0.6, 7200, 'list'),
        ]
    elif domain == 'saas':
        eps = [
            _ep('GET', lambda r: '/%s/workspaces/%d/projects' % (v, r.randint(1, 9000)), 12, 35, 0.5, 8800, 'list'),
            _ep('GET', lambda r: '/%s/projects/%d/tasks?cursor=%s' % (v, r.randint(1, 90000), hexs(r, 12)), 20, 42, 0.6, 16000, 'list'),
            _ep('GET', lambda r: '/%s/tasks/%d' % (v, r.randint(1, 4000000)), 16, 14, 0.5, 2300, 'getid'),
            _ep('PATCH', lambda r: '/%s/tasks/%d' % (v, r.randint(1, 4000000)), 7, 28, 0.5, 2300, 'put', 260),
            _ep('POST', lambda r: '/%s/tasks' % v, 4, 33, 0.5, 2300, 'post', 540),
            _ep('GET', lambda r: '/%s/users/me' % v, 10, 7, 0.4, 1100, 'get'),
            _ep('GET', lambda r: '/%s/notifications?unread=true' % v, 9, 12, 0.5, 3100, 'get'),
            _ep('POST', lambda r: '/%s/comments' % v, 3, 30, 0.5, 900, 'post', 420),
            _ep('GET', lambda r: '/%s/search?q=%s' % (v, r.choice(TERMS)), 4, 80, 0.6, 12000, 'list'),
            _ep('POST', lambda r: '/%s/auth/token' % v, 2, 70, 0.35, 720, 'auth', 150),
            _ep('DELETE', lambda r: '/%s/tasks/%d/attachments/%d' % (v, r.randint(1, 4000000), r.randint(1, 9)), 0.6, 25, 0.5, 0, 'delete'),
        ]
    elif domain == 'media':
        eps = [
            _ep('GET', lambda r: '/api/feed?cursor=%s&limit=20' % hexs(r, 16), 22, 55, 0.55, 24000, 'list'),
            _ep('GET', lambda r: '/api/posts/%d' % r.randint(1, 90000000), 18, 15, 0.5, 4100, 'getid'),
            _ep('POST', lambda r: '/api/posts/%d/likes' % r.randint(1, 90000000), 9, 12, 0.5, 60, 'post', 40),
            _ep('GET', lambda r: '/api/users/%s' % r.choice(['anna', 'kofi', 'li.wei', 'mateo', 'sara_k', 'j0hn', 'nadia', 'tom.h', 'yuki', 'omar']) + str(r.randint(1, 999)), 7, 18, 0.5, 3500, 'getid'),
            _ep('GET', lambda r: '/img/%s/%s.jpg' % (hexs(r, 2), hexs(r, 24)), 20, 4, 0.9, 98000, 'static'),
            _ep('POST', lambda r: '/api/upload', 1.2, 420, 0.6, 300, 'upload', 2400000),
            _ep('GET', lambda r: '/api/posts/%d/comments?page=%d' % (r.randint(1, 90000000), r.randint(1, 5)), 6, 30, 0.5, 7000, 'list'),
            _ep('POST', lambda r: '/api/session', 1.5, 80, 0.4, 540, 'auth', 110),
        ]
    elif domain == 'payments':
        eps = [
            _ep('POST', lambda r: '/%s/payments' % v, 10, 240, 0.45, 1450, 'post', 820),
            _ep('GET', lambda r: '/%s/payments/pay_%s' % (v, hexs(r, 14)), 14, 18, 0.5, 1450, 'getid'),
            _ep('POST', lambda r: '/%s/refunds' % v, 1.5, 190, 0.45, 980, 'post', 300),
            _ep('GET', lambda r: '/%s/balance' % v, 5, 25, 0.5, 700, 'get'),
            _ep('GET', lambda r: '/%s/transactions?from=%d&limit=100' % (v, r.randint(1, 999999)), 8, 70, 0.6, 36000, 'list'),
            _ep('POST', lambda r: '/%s/webhooks/psp' % v, 6, 14, 0.5, 20, 'post', 1900),
            _ep('GET', lambda r: '/%s/customers/cus_%s' % (v, hexs(r, 12)), 6, 15, 0.5, 1600, 'getid'),
            _ep('POST', lambda r: '/%s/oauth/token' % v, 2.5, 60, 0.35, 700, 'auth', 200),
        ]
    else:  # logistics
        eps = [
            _ep('GET', lambda r: '/api/shipments/1Z%s' % hexs(r, 16).upper(), 18, 20, 0.5, 3100, 'getid'),
            _ep('POST', lambda r: '/api/shipments', 4, 120, 0.5, 1900, 'post', 1400),
            _ep('GET', lambda r: '/api/shipments/%d/events' % r.randint(1, 9000000), 10, 26, 0.5, 5200, 'list'),
            _ep('PUT', lambda r: '/api/drivers/%d/location' % r.randint(1, 4000), 26, 6, 0.5, 40, 'put', 120),
            _ep('GET', lambda r: '/api/routes/%d' % r.randint(1, 60000), 7, 55, 0.6, 12000, 'getid'),
            _ep('GET', lambda r: '/api/depots?region=%s' % r.choice(['north', 'south', 'east', 'west', 'central']), 3, 20, 0.5, 6400, 'list'),
            _ep('POST', lambda r: '/api/auth/login', 1.2, 90, 0.35, 650, 'auth', 120),
            _ep('POST', lambda r: '/api/labels', 3, 260, 0.5, 56000, 'post', 900),
        ]
    if domain in ('shop', 'media', 'saas'):
        eps = eps + static
    return eps


class Web:
    """Request model shared by all access logs of a scenario (paths, clients)."""

    def __init__(self, r, domain, brand):
        self.r = r
        self.domain = domain
        self.brand = brand
        self.host = r.choice(['api', 'www', 'app', 'api']) + '.' + brand + r.choice(['.com', '.io', '.com', '.co', '.net'])
        self.eps = domain_endpoints(domain, r)
        self.pick = WC([(e, e[2]) for e in self.eps])
        cv = r.randint(118, 124)
        appname = brand.capitalize()
        uas = []
        for u, w in UAS:
            u = (u.replace('{cv}', str(cv)).replace('{fv}', str(r.randint(118, 123)))
                 .replace('{ios}', str(r.randint(1, 4))).replace('{App}', appname)
                 .replace('{av}', '%d.%d.%d' % (r.randint(3, 7), r.randint(0, 30), r.randint(0, 9))))
            uas.append((u, w * r.uniform(0.5, 1.5)))
        self.ua = WC(uas)
        self.ips = [pub_ip(r) for _ in range(r.randint(300, 2500))]
        self.nip = len(self.ips)
        self.base5 = r.uniform(0.0004, 0.004)   # ordinary 5xx share
        self.lat_scale = r.uniform(0.6, 1.8)

    def client_ip(self, rnd):
        return self.ips[int(self.nip * rnd() ** 2.3)]

    def draw(self, rnd, gauss, latf=1.0, p5=0.0):
        """-> [method, path, status, lat_ms, bytes_out, bytes_in, ip, ua, c5]"""
        r = self.r
        ep = self.pick(rnd)
        m, pf, _w, lat, sig, size, kind, bin_ = ep
        path = pf(r)
        u = rnd()
        c5 = None
        st = 200
        if kind == 'static':
            st = 304 if u < 0.35 else (404 if u > 0.997 else 200)
        elif kind == 'post':
            st = 201
            if u < 0.012:
                st = 400
            elif u < 0.016:
                st = 409
            elif u < 0.019:
                st = 422
        elif kind == 'delete':
            st = 204 if u > 0.01 else 404
        elif kind == 'auth':
            st = 401 if u < 0.045 else (429 if u < 0.047 else 200)
        elif kind == 'getid':
            st = 404 if u < 0.011 else (403 if u < 0.0125 else 200)
        else:
            st = 400 if u < 0.003 else (401 if u < 0.006 else 200)
        if st < 300 and rnd() < 0.0025:
            st = 499   # client went away
        nz = r.nz
        if kind == 'static':
            lat_ms = lat * math.exp(sig * nz()) * (1 + (latf - 1) * 0.2)
        else:
            lat_ms = lat * self.lat_scale * math.exp(sig * nz()) * latf
        if p5 and rnd() < p5:
            c5 = 'inc'
            st = 500
        elif rnd() < self.base5:
            w = rnd()
            c5 = 'app' if w < 0.55 else ('reset' if w < 0.75 else ('timeout' if w < 0.92 else 'noup'))
            st = 500
        if st >= 400:
            bo = int(60 + rnd() * 200)
        elif st in (304, 204) or size == 0:
            bo = 0
        else:
            bo = int(size * math.exp(0.35 * nz()))
        bi = int(bin_ * math.exp(0.3 * nz())) if bin_ else 0
        return [m, path, st, lat_ms, bo, bi, self.client_ip(rnd), self.ua(rnd), c5]


FLOOD_KINDS = ['crawler', 'ddos', 'retry_loop', 'loadtest']


def flood_source(r, web, kind):
    """returns dict describing extra traffic of a flood"""
    if kind == 'crawler':
        ua = r.choice(['Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)',
                       'Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 (compatible; Bytespider; spider-feedback@bytedance.com)',
                       'Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)',
                       'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)'])
        base = '%d.%d.%d' % (r.randint(40, 200), r.randint(0, 255), r.randint(0, 255))
        ips = ['%s.%d' % (base, r.randint(2, 250)) for _ in range(r.randint(4, 30))]
        desc = 'aggressive crawler (%s) from %s.0/24' % (ua.split(';')[1].strip().split('/')[0] if ';' in ua else 'bot', base)
        return dict(ua=lambda rnd: ua, ips=ips, lat=0.9, st=(200, 0.93), desc=desc)
    if kind == 'ddos':
        ips = [pub_ip(r) for _ in range(r.randint(800, 3000))]
        uas = web.ua.items[:7]
        return dict(ua=lambda rnd: uas[int(rnd() * len(uas))], ips=ips, lat=1.4, st=(200, 0.97),
                    path=lambda r: '/' if r.random() < 0.5 else web.pick(r.random)[1](r),
                    desc='HTTP request flood from a botnet (%d source addresses)' % len(ips))
    if kind == 'retry_loop':
        ua = r.choice(['%s/%d.%d.0 (iPhone; iOS 17.%d; Scale/3.00)' % (web.brand.capitalize(), r.randint(4, 7), r.randint(0, 20), r.randint(1, 4)),
                       'okhttp/4.12.0'])
        ips = web.ips[:]
        return dict(ua=lambda rnd: ua, ips=ips, lat=0.7, st=(200, 0.9),
                    desc='buggy client release (%s) stuck in a tight refresh/retry loop' % ua.split(' ')[0])
    ua = r.choice(['k6/0.49.0 (https://k6.io/)', 'Apache-HttpClient/4.5.14 (Java/17.0.9)', 'locust/2.20.1'])
    ips = [priv_ip(r) for _ in range(r.randint(1, 4))]
    return dict(ua=lambda rnd: ua, ips=ips, lat=1.2, st=(200, 0.98),
                desc='misdirected load test (%s) hitting production' % ua.split(' ')[0])


class EdgeSvc(Svc):
    """Base for access logs."""
    KINDS = ('http_5xx', 'traffic_flood', 'latency_shift', 'silence')
    ROLE = 'edge'
    LPE = 1.0

    def __init__(self, sc, key, web):
        Svc.__init__(self, sc, key)
        self.web = web
        r = self.r
        self.upstreams = ['10.%d.%d.%d' % (r.randint(0, 31), r.randint(0, 255), r.randint(2, 254)) for _ in range(r.randint(3, 9))]
        self.uport = r.choice([8080, 8080, 3000, 8000, 9000, 5000])
        self.lips = [priv_ip(r) for _ in range(64)]
        self.hc = []          # health-check sources: (period_us, ip, ua, path)
        self.c5inc = 'reset'  # how incident 5xx look (set by prepare)

    def prepare(self, inc):
        Svc.prepare(self, inc)
        if inc.kind == 'http_5xx':
            self.c5inc = inc.p.get('cause', 'reset')

    def draw(self, t, rnd, gauss):
        return self.web.draw(rnd, gauss, self.lat_f(t) if self.latw else 1.0, self.p5(t) if self.p5w else 0.0)

    def baseline(self):
        r = self.r
        rnd = r.random
        gauss = r.gauss
        lams = self.lams(self.rate)
        ts = arrivals(r, self.t0, self.t1, lams)
        for t in ts:
            self.add_req(t, self.draw(t, rnd, gauss))
        # health checks
        for period, ip, ua, path in self.hc:
            for t in periodic(r, self.t0, self.t1, period, 30 * MS):
                self.add_req(t, ['GET', path, 200, 0.4 + rnd() * 1.5, 2 if path != '/' else 612, 0, ip, ua, None])
        # hourly partner/batch job: a minute or two of export calls
        self.hourly = None
        if rnd() < 0.5:
            minute = r.randint(0, 59)
            path = r.choice(['/api/%s/export?page=%d', '/internal/%s/reports/daily?part=%d', '/api/%s/catalog/sync?page=%d'])
            ip = priv_ip(r)
            ua = r.choice(['Apache-HttpClient/4.5.14 (Java/17.0.9)', 'python-requests/2.31.0', 'Go-http-client/1.1'])
            self.hourly = minute
            h0 = self.t0 - self.t0 % HOUR + minute * MIN
            while h0 < self.t1:
                dur = r.randint(60, 150) * US
                n = max(10, int(self.rate * r.uniform(0.6, 1.4) * dur / MIN))
                for i in range(n):
                    t = h0 + int(dur * i / n) + r.randrange(200 * MS)
                    p = path % ('v1', i + 1)
                    self.add_req(t, ['GET', p, 200, 30 + rnd() * 80 * (self.lat_f(t) if self.latw else 1),
                                     r.randint(20000, 90000), 0, ip, ua, None])
                h0 += HOUR
        # floods
        for inc in self.floodw:
            self.flood(inc, lams)

    def flood(self, inc, lams):
        r = self.r
        rnd = r.random
        gauss = r.gauss
        src = inc.p['src']
        F = inc.p['factor']
        ips = src['ips']
        nip = len(ips)
        ramp = inc.p.get('ramp', 60 * US)
        i0 = int((inc.s - self.t0) // MIN)
        i1 = int((inc.e - self.t0) // MIN) + 1
        sub = [lams[i] * (F - 1) if 0 <= i < len(lams) else 0 for i in range(i0, i1)]
        for t in arrivals(r, self.t0 + i0 * MIN, inc.e, sub):
            if t < inc.s or rnd() > ramp_val(t, inc.s, inc.e, ramp):
                continue
            q = self.draw(t, rnd, gauss)
            if 'path' in src:
                q[1] = src['path'](r)
            q[6] = ips[int(rnd() * nip)]
            q[7] = src['ua'](rnd)
            q[3] *= src['lat']
            if q[2] < 300 and rnd() > src['st'][1]:
                q[2] = 429 if rnd() < 0.5 else 404
                q[4] = int(40 + rnd() * 150)
            self.add_req(t, q)

    def add_req(self, t, q):
        self.add(t, self.fmt(t, q))

    def benign(self):
        """rolling deploy of the upstream: a handful of 502/503 during a minute"""
        r = self.r
        if r.random() < 0.6:
            t = self.free_time()
            if t is not None:
                self.busy.append((t, t + 2 * MIN))
                rnd = r.random
                for _ in range(r.randint(2, 7)):
                    tt = t + r.randrange(90 * US)
                    q = self.web.draw(rnd, r.gauss)
                    q[2] = 500
                    q[8] = r.choice(['reset', 'noup', 'reset'])
                    q[3] = rnd() * 5
                    self.add_req(tt, q)


# ------------------------------------------------------------------ Envoy

class EnvoyText(EdgeSvc):
    def __init__(self, sc, key, web):
        EdgeSvc.__init__(self, sc, key, web)
        r = self.r
        self.istio = r.random() < 0.5
        self.proto_h2 = r.uniform(0.2, 0.8)
        self.fname = r.choice(['envoy-access.log', 'front-envoy.log', 'ingress-envoy-access.log', 'edge-proxy.log'])
        if self.istio:
            self.fname = r.choice(['istio-ingressgateway.log', 'istio-proxy-access.log', 'gateway-envoy.log'])
        ns = r.choice(['shop', 'prod', 'default', 'apps', 'platform'])
        self.cluster = 'outbound|%d||%s.%s.svc.cluster.local' % (self.uport, sc.names.get('backend', 'api'), ns)
        self.local = priv_ip(r) + ':8443'
        self.hc = [(r.choice([5, 10, 10, 15]) * US, priv_ip(r), r.choice(['ELB-HealthChecker/2.0', 'kube-probe/1.28', 'GoogleHC/1.0']),
                    r.choice(['/healthz', '/ready', '/health']))]

    def fmt(self, t, q):
        r = self.r
        rnd = r.random
        m, path, st, lat, bo, bi, ip, ua, c5 = q
        proto = 'HTTP/2' if rnd() < self.proto_h2 else 'HTTP/1.1'
        uh = '%s:%d' % (self.upstreams[int(rnd() * len(self.upstreams))], self.uport)
        flags, det, utfr = '-', 'via_upstream', '-'
        dur = int(lat)
        ust = str(max(0, dur - int(rnd() * 2)))
        if st == 500:
            c = c5 if c5 != 'inc' else self.c5inc
            if c == 'app':
                st = 500
            elif c == 'reset':
                st, flags, det, ust = 503, 'UF', 'upstream_reset_before_response_started{connection_failure}', '-'
                utfr = 'delayed_connect_error:_Connection_refused'
                dur = int(rnd() * 3)
            elif c == 'noup':
                st, flags, det, ust, uh = 503, 'UH', 'no_healthy_upstream', '-', '-'
                dur = 0
            elif c == 'timeout':
                st, flags, det, ust = 504, 'UT', 'response_timeout', '-'
                dur = 15000 + int(rnd() * 3)
                bo = 24
            else:
                st = 502
                flags, det = 'UC', 'upstream_reset_before_response_started{connection_termination}'
                ust = '-'
        elif st == 499:
            st, flags, det, ust, bo = 0, 'DC', 'downstream_remote_disconnect', '-', 0
        if self.istio:
            tail = ' %s %s %s %s:%d %s default' % (
                self.cluster if uh != '-' else '-', ('%s:%d' % (self.lips[int(rnd() * 64)], 30000 + int(rnd() * 30999))) if uh != '-' else '-',
                self.local, ip, r.randint(1024, 65535), '-' if rnd() < 0.7 else self.web.host)
        else:
            tail = ''
        return '[%s.%03dZ] "%s %s %s" %d %s %s - "%s" %d %d %d %s "%s" "%s" "%s" "%s" "%s"%s' % (
            iso_s(t // US), (t // 1000) % 1000, m, path, proto, st, flags, det, utfr, bi, bo, dur, ust,
            ip, ua, uuid4(r), self.web.host, uh, tail)


class EnvoyJson(EnvoyText):
    def __init__(self, sc, key, web):
        EnvoyText.__init__(self, sc, key, web)
        r = self.r
        self.fname = r.choice(['istio-ingressgateway.json', 'envoy-access.json', 'gateway-access.log', 'ingress-gateway.log'])

    def fmt(self, t, q):
        r = self.r
        rnd = r.random
        m, path, st, lat, bo, bi, ip, ua, c5 = q
        proto = 'HTTP/2' if rnd() < self.proto_h2 else 'HTTP/1.1'
        uh = '"%s:%d"' % (self.upstreams[int(rnd() * len(self.upstreams))], self.uport)
        flags, det, utfr, term = '-', 'via_upstream', 'null', 'null'
        dur = int(lat)
        ust = '"%d"' % max(0, dur - int(rnd() * 2))
        ucl = '"%s"' % self.cluster
        ula = '"%s:%d"' % (self.lips[int(rnd() * 64)], 30000 + int(rnd() * 30999))
        if st == 500:
            c = c5 if c5 != 'inc' else self.c5inc
            if c == 'reset':
                st, flags, det, ust = 503, 'UF', 'upstream_reset_before_response_started{connection_failure}', 'null'
                utfr = '"delayed_connect_error:_Connection_refused"'
                dur = int(rnd() * 3)
            elif c == 'noup':
                st, flags, det, ust, uh, ula = 503, 'UH', 'no_healthy_upstream', 'null', 'null', 'null'
                dur = 0
            elif c == 'timeout':
                st, flags, det, ust = 504, 'UT', 'response_timeout', 'null'
                dur = 15000 + int(rnd() * 3)
                bo = 24
            elif c == 'gw':
                st, flags, det, ust = 502, 'UC', 'upstream_reset_before_response_started{connection_termination}', 'null'
        elif st == 499:
            st, flags, det, ust, bo, term = 0, 'DC', 'downstream_remote_disconnect', 'null', 0, 'null'
        return ('{"authority":"%s","bytes_received":%d,"bytes_sent":%d,"connection_termination_details":%s,'
                '"downstream_local_address":"%s","downstream_remote_address":"%s:%d","duration":%d,"method":"%s",'
                '"path":"%s","protocol":"%s","request_id":"%s","requested_server_name":"%s","response_code":%d,'
                '"response_code_details":"%s","response_flags":"%s","route_name":"default","start_time":"%s",'
                '"upstream_cluster":%s,"upstream_host":%s,"upstream_local_address":%s,"upstream_service_time":%s,'
                '"upstream_transport_failure_reason":%s,"user_agent":"%s","x_forwarded_for":"%s"}') % (
            self.web.host, bi, bo, term, self.local, ip, r.randint(1024, 65535), dur, m, path, proto, uuid4(r),
            self.web.host, st, det, flags, iso_ms_z(t), ucl, uh, ula, ust, utfr, ua, ip)


# ------------------------------------------------------------------ HAProxy

class HAProxy(EdgeSvc):
    def __init__(self, sc, key, web):
        EdgeSvc.__init__(self, sc, key, web)
        r = self.r
        self.rfc = r.random() < 0.4
        self.RES = 1 if self.rfc else US
        self.host = r.choice(['lb-01', 'lb-02', 'haproxy-a', 'edge1', 'ip-10-0-%d-%d' % (r.randint(0, 9), r.randint(2, 250))])
        self.pid = r.randint(900, 48000)
        self.fe = r.choice(['fe_https', 'https-in', 'fe_main', 'www_frontend'])
        self.be = r.choice(['be_app', 'be_api', 'app_servers', 'api_backend'])
        self.servers = ['%s%d' % (r.choice(['app', 'api-', 'web', 'srv']), i + 1) for i in range(len(self.upstreams))]
        self.capture = r.random() < 0.5
        self.fname = r.choice(['haproxy.log', 'haproxy-access.log', 'lb-haproxy.log'])
        self.conns = r.randint(20, 200)

    def prefix(self, t):
        if self.rfc:
            return '%s.%06d+00:00 %s haproxy[%d]: ' % (iso_s(t // US), t % US, self.host, self.pid)
        return '%s %s haproxy[%d]: ' % (syslog_s(t // US), self.host, self.pid)

    def fmt(self, t, q):
        r = self.r
        rnd = r.random
        m, path, st, lat, bo, bi, ip, ua, c5 = q
        srv = self.servers[int(rnd() * len(self.servers))]
        be = self.be
        TR = int(rnd() * 3) if rnd() < 0.8 else int(rnd() * 40)
        Tw = 0
        Tc = int(rnd() * 2)
        Tr = int(lat)
        Ta = TR + Tw + Tc + Tr + int(rnd() * 2)
        tsc = '----'
        if st == 500:
            c = c5 if c5 != 'inc' else self.c5inc
            if c == 'reset':
                st, Tc, Tr, tsc, bo = 503, -1, -1, 'SC--', 216
                Ta = TR + int(rnd() * 4)
            elif c == 'noup':
                st, Tw, Tc, Tr, tsc, bo, srv = 503, -1, -1, -1, 'sQ--', 216, '<NOSRV>'
                Ta = TR + 1
            elif c == 'timeout':
                st, Tr, tsc, bo = 504, -1, 'sH--', 198
                Ta = 30000 + TR + Tc
            elif c == 'gw':
                st, Tr, tsc, bo = 502, -1, 'SH--', 204
        elif st == 499:
            st, tsc = 200, 'CD--'
        if Ta < 0:
            Ta = 0
        act = self.conns + int(rnd() * 20)
        fe = act - int(rnd() * 5)
        bec = max(0, fe - 10 - int(rnd() * 10))
        sc_ = max(0, bec // len(self.servers) + int(rnd() * 3) - 1)
        caps = (' {%s|%s}' % (self.web.host, ua[:64])) if self.capture else ''
        t_acc = t - Ta * 1000
        return '%s%s:%d [%s.%03d] %s~ %s/%s %d/%d/%d/%d/%d %d %d - - %s %d/%d/%d/%d/0 0/0%s "%s %s HTTP/1.1"' % (
            self.prefix(t), ip, r.randint(1024, 65535), clf_s(t_acc // US), (t_acc // 1000) % 1000, self.fe, be, srv,
            TR, Tw, Tc, Tr, Ta, st, bo, tsc, act, fe, bec, sc_, caps, m, path)

    def benign(self):
        """rolling deploy: servers go DOWN/UP one after another"""
        r = self.r
        if r.random() < 0.7:
            t = self.free_time()
            if t is None:
                return
            self.busy.append((t, t + 2 * MIN * len(self.servers)))
            n = len(self.servers)
            for i, s in enumerate(self.servers):
                td = t + i * r.randint(40, 90) * US
                tu = td + r.randint(12, 45) * US
                self.add(td, self.prefix(td) + 'Server %s/%s is DOWN, reason: Layer7 wrong status, code: 503, info: "Service Unavailable", check duration: %dms. %d active and 0 backup servers left. %d sessions active, 0 requeued, 0 remaining in queue.' % (
                    self.be, s, r.randint(1, 4), n - 1, r.randint(0, 3)))
                self.add(tu, self.prefix(tu) + 'Server %s/%s is UP, reason: Layer7 check passed, code: 200, check duration: %dms. %d active and 0 backup servers online. 0 sessions requeued, 0 total in queue.' % (
                    self.be, s, r.randint(1, 4), n))


# ------------------------------------------------------------------ AWS ALB

class ALB(EdgeSvc):
    RES = 1

    def __init__(self, sc, key, web):
        EdgeSvc.__init__(self, sc, key, web)
        r = self.r
        self.region = sc.region
        self.acct = sc.account
        self.lbname = '%s-%s' % (r.choice(['prod', 'production', 'public', 'ext']), sc.names.get('backend', 'api'))[:32]
        self.lbid = hexs(r, 16)
        self.tg = 'arn:aws:elasticloadbalancing:%s:%s:targetgroup/%s-tg/%s' % (self.region, self.acct, sc.names.get('backend', 'api')[:20], hexs(r, 16))
        self.cert = 'arn:aws:acm:%s:%s:certificate/%s' % (self.region, self.acct, uuid4(r))
        self.fname = r.choice(['alb-%s.log' % self.lbname, 'elb-access.log', '%s_elasticloadbalancing_%s_app.%s.log' % (self.acct, self.region, self.lbname)])
        self.uport = r.choice([80, 8080, 3000, 8000])

    def fmt(self, t, q):
        r = self.r
        rnd = r.random
        m, path, st, lat, bo, bi, ip, ua, c5 = q
        tgt = '%s:%d' % (self.upstreams[int(rnd() * len(self.upstreams))], self.uport)
        rpt = 0.0 + rnd() * 0.0008
        tpt = lat / 1000.0
        rspt = rnd() * 0.0004
        est = tst = str(st)
        tls = rnd() < 0.97
        err = '-'
        cls = '-'
        if st == 500:
            c = c5 if c5 != 'inc' else self.c5inc
            if c == 'app':
                pass
            elif c in ('reset', 'gw'):
                est, tst = '502', '-'
                tpt, rspt = -1, -1
                bo = 272
            elif c == 'noup':
                est, tst, tgt = '503', '-', '-'
                tpt, rspt = -1, -1
                bo = 162
            else:
                est, tst = '504', '-'
                tpt, rspt = -1, -1
                rpt = 0.0
                lat = 60000.0
                bo = 132
        elif st == 499:
            est, tst, tpt, rspt, bo = '460', '-', -1, -1, 0
        total = (lat / 1000.0 if tpt != -1 else (lat / 1000.0 if est == '504' else 0.002))
        tc = t - int(total * US) - int(rpt * US)
        sch = 'https' if tls else 'http'
        port = 443 if tls else 80
        typ = 'h2' if rnd() < 0.6 and tls else sch
        return '%s %s.%06dZ app/%s/%s %s:%d %s %.3f %s %s %s %s %d %d "%s %s://%s:%d%s HTTP/%s" "%s" %s %s %s "Root=1-%08x-%s" "%s" "%s" %d %s.%06dZ "forward" "-" "-" "%s" "%s" "-" "-"' % (
            typ, iso_s(t // US), t % US, self.lbname, self.lbid, ip, r.randint(1024, 65535), tgt,
            rpt, ('%.3f' % tpt) if tpt != -1 else '-1', ('%.3f' % rspt) if rspt != -1 else '-1', est, tst, bi, bo,
            m, sch, self.web.host, port, path, '2.0' if typ == 'h2' else '1.1', ua,
            'ECDHE-RSA-AES128-GCM-SHA256' if tls else '-', 'TLSv1.2' if tls else '-', self.tg,
            t // US, hexs(r, 24), self.web.host, self.cert if tls else '-', 0 if rnd() < 0.8 else 1,
            iso_s(tc // US), tc % US, tgt, tst)


# ------------------------------------------------------------------ nginx

class Nginx(EdgeSvc):
    RES = US

    def __init__(self, sc, key, web):
        EdgeSvc.__init__(self, sc, key, web)
        r = self.r
        self.off = r.choice([0, 0, 0, 60, 120, -300, -240, 330, 540, 0])
        self.offs = offstr(self.off, 'plain')
        self.fname = r.choice(['access.log', 'nginx-access.log', '%s.access.log' % web.host])
        self.hc = [(r.choice([10, 15, 20, 30]) * US, priv_ip(r), r.choice(['kube-probe/1.29', 'ELB-HealthChecker/2.0', 'Consul Health Check']),
                    r.choice(['/healthz', '/nginx-health', '/']))]
        self.referers = ['-', '-', '-', 'https://%s/' % web.host.replace('api.', 'www.'), 'https://www.google.com/',
                         'https://%s/cart' % web.host.replace('api.', 'www.')]

    def fmt(self, t, q):
        r = self.r
        rnd = r.random
        m, path, st, lat, bo, bi, ip, ua, c5 = q
        rt = lat / 1000.0
        if st == 500:
            c = c5 if c5 != 'inc' else self.c5inc
            if c == 'reset':
                st, rt, bo = 502, rnd() * 0.004, 157
            elif c == 'noup':
                st, rt, bo = 503, 0.0, 197
            elif c == 'timeout':
                st, rt, bo = 504, 60.0 + rnd() * 0.004, 167
            elif c == 'gw':
                st, bo = 502, 157
        ref = self.referers[int(rnd() * len(self.referers))]
        user = '-'
        return '%s - %s [%s %s] "%s %s HTTP/1.1" %d %d "%s" "%s" %.3f' % (
            ip, user, clf_s(t // US + self.off * 60), self.offs, m, path, st, bo, ref, ua, rt)
