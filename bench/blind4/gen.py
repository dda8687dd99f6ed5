#!/usr/bin/env python3
"""blind4 generator: python3 gen.py OUTDIR SEED  -> OUTDIR/s01..s10 (logs + truth.json)."""
import json
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import MIN, HOUR, naive, iso_utc, pois, hexs, b62  # noqa: E402
from fmt_web import Varnish, Gunicorn, Uwsgi, Phoenix  # noqa: E402
from fmt_data import Postgres, PgBouncer, Keycloak, PhpFpm, RustWorker, Kubelet  # noqa: E402

KINDS = ['error_burst', 'silence', 'retry_storm', 'latency_shift', 'oom_kill', 'new_error', 'disk_full', 'panic',
         'http_5xx', 'traffic_flood']
# (name, offset minutes in winter, offset in summer or None)
ZONES = [('UTC', 0, None), ('Europe/Berlin', 60, 120), ('America/New_York', -300, -240), ('Asia/Tokyo', 540, None),
         ('Asia/Kolkata', 330, None), ('Europe/Moscow', 180, None), ('Asia/Singapore', 480, None),
         ('America/Sao_Paulo', -180, None), ('Australia/Brisbane', 600, None)]
SYL = ['kes', 'tral', 'bram', 'ble', 'fjor', 'dun', 'quil', 'lo', 'mar', 'vex', 'tor', 'nim', 'sol', 'ara', 'pel', 'ix',
       'cor', 'dax', 'ven', 'ril', 'oka', 'zen', 'hal', 'bry']
NOUNS = ['orders', 'invoices', 'bookings', 'tickets', 'courses', 'shipments', 'listings', 'accounts', 'reports',
         'products', 'carts', 'quotes', 'claims', 'rooms', 'menus', 'parcels']
UAS = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
       'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
       'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36',
       'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36 Edg/119.0.2151.97',
       'okhttp/4.12.0', 'Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)',
       'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
       'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)']
OCT1 = [24, 31, 37, 45, 50, 62, 66, 67, 68, 71, 73, 78, 81, 84, 87, 89, 91, 94, 98, 99, 104, 108, 109, 141, 151, 176, 178, 185, 188, 193, 212, 213, 217]


class Scenario:
    def __init__(self, seed, n, attempt, year):
        self.key = 'blind4/%s/s%02d/a%d' % (seed, n, attempt)
        r = self.rng = random.Random(self.key + '/scn')
        self.app = ''.join(r.choice(SYL) for _ in range(r.randint(2, 3)))
        self.domain = r.choice(['www.%s.%s', 'app.%s.%s', 'api.%s.%s', 'shop.%s.%s']) % (self.app, r.choice(['com', 'io', 'de', 'co.uk', 'app', 'net']))
        self.year = year
        zname, zw, zs = r.choice(ZONES)
        while True:
            month = r.randint(1, 12)
            if zs is None or month not in (3, 4, 10, 11):
                break
        self.zone = zname
        self.tz_min = zs if (zs is not None and 5 <= month <= 9) else zw
        day = r.randint(1, 28)
        dur_h = r.uniform(2.05, 7.9)
        # business-local start hour: mostly daytime but some nights
        lh = r.choice([r.uniform(5, 14), r.uniform(6, 12), r.uniform(0, 23)])
        import calendar
        base = calendar.timegm((self.year, month, day, 0, 0, 0)) * 1000
        self.w0 = base + int(lh * HOUR) - self.tz_min * MIN + r.randint(0, 59999)
        self.w1 = self.w0 + int(dur_h * HOUR)
        self.dboid = r.randint(16384, 16500)
        self.db = r.choice([self.app, self.app + '_prod', 'app', 'main'])
        self.db_ip = '10.%d.%d.%d' % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250))
        self.db_host = r.choice([self.db_ip, 'db.internal', '%s-db' % self.app, 'postgres-primary.%s.svc.cluster.local' % self.app])
        self.app_ip = '10.%d.%d.%d' % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250))
        self.pgb_ip = self.app_ip
        self.edge_ip = '10.%d.%d.%d' % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250))
        self.cron_ip = '10.%d.%d.%d' % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250))
        self.cron_ua = r.choice(['curl/8.4.0', 'python-requests/2.31.0', 'Go-http-client/1.1', 'kube-cronjob'])
        self.cron_every = r.randint(5, 60)
        self.jobs = r.sample(['reindex', 'send-digests', 'expire-carts', 'sync-stock', 'rollup-stats', 'refresh-tokens', 'purge-sessions'], 3)
        self.node = 'ip-10-%d-%d-%d.%s.compute.internal' % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250), r.choice(['eu-west-1', 'us-east-2', 'ap-northeast-1']))
        self.has_edge = False
        # clients
        self.ips = ['%d.%d.%d.%d' % (r.choice(OCT1), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)) for _ in range(r.randint(400, 1500))]
        self.ipw = [1.0 / (i + 3) ** 0.8 for i in range(len(self.ips))]
        self.ipcum = []
        s = 0
        for w in self.ipw:
            s += w
            self.ipcum.append(s)
        self.ip_ua = {}
        # routes
        nouns = r.sample(NOUNS, 3)
        R = [('GET', '/', 4, 25, 18000, True), ('GET', '/static/js/app.{hash}.js', 5, 2, 240000, True),
             ('GET', '/static/css/main.{hash}.css', 3, 2, 48000, True), ('GET', '/login', 1, 15, 9000, False),
             ('POST', '/api/v1/session', 0.8, 120, 400, False), ('GET', '/search?q={q}', 2, 90, 22000, False)]
        for i, nn in enumerate(nouns):
            R += [('GET', '/api/v1/%s' % nn, 6 - i, 40 + 20 * i, 12000, False), ('GET', '/api/v1/%s/{id}' % nn, 8 - i, 25 + 10 * i, 3000, False),
                  ('POST', '/api/v1/%s' % nn, 1.2, 150, 600, False), ('PUT', '/api/v1/%s/{id}' % nn, 0.6, 90, 500, False)]
        self.routes = R
        self.rcum = []
        s = 0
        for x in R:
            s += x[2]
            self.rcum.append(s)
        # traffic curve per minute
        self.cbase = self.w0 - 20 * MIN
        n = (self.w1 - self.cbase) // MIN + 30
        x = 0.0
        weekend = naive(self.w0, self.tz_min).weekday() >= 5
        self.curve = []
        peak = r.uniform(0.55, 0.85)
        for i in range(n):
            T = self.cbase + i * MIN
            d = naive(T, self.tz_min)
            h = d.hour + d.minute / 60.0
            daily = 0.18 + peak * math.exp(-((h - 11) / 2.6) ** 2) + 0.8 * peak * math.exp(-((h - 15.5) / 2.4) ** 2) + 0.25 * math.exp(-((h - 20.5) / 2.0) ** 2)
            if weekend:
                daily *= 0.65
            x = 0.93 * x + 0.07 * r.gauss(0, 1) * 2.6
            self.curve.append(daily * math.exp(0.16 * x))
        m = sum(self.curve) / len(self.curve)
        self.curve = [c / m for c in self.curve]

    def load(self, T):
        i = (T - self.cbase) // MIN
        if i < 0:
            i = 0
        if i >= len(self.curve):
            i = len(self.curve) - 1
        return self.curve[i]

    def pick_client(self, r):
        import bisect
        i = bisect.bisect_left(self.ipcum, r.random() * self.ipcum[-1])
        ip = self.ips[min(i, len(self.ips) - 1)]
        ua = self.ip_ua.get(ip)
        if ua is None:
            ua = UAS[(i * 7 + len(ip)) % len(UAS)]
            self.ip_ua[ip] = ua
        return ip, ua

    def pick_route(self, r):
        import bisect
        return self.routes[min(bisect.bisect_left(self.rcum, r.random() * self.rcum[-1]), len(self.routes) - 1)]

    def fill_path(self, r, t):
        if '{' not in t:
            return t
        return t.replace('{id}', str(r.randint(1, 250000))).replace('{hash}', 'a3f9c1e2').replace(
            '{q}', r.choice(['boots', 'caf%C3%A9', 'gift+card', 'size+42', 'm%C3%BCnchen', 'red', 'laptop+bag', '%E6%9D%B1%E4%BA%AC']))

    def rand_public_ip(self, r):
        return '%d.%d.%d.%d' % (r.choice(OCT1), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def rand_private(self, r):
        return '10.%d.%d.%d' % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250))


def pick_files(sc, needed):
    r = random.Random(sc.key + '/files')
    app = r.choice([Gunicorn, Uwsgi, Phoenix, PhpFpm, Gunicorn, Uwsgi, Phoenix])
    cls = [app]
    if app is PhpFpm or r.random() < 0.5:
        cls.insert(0, Varnish)
    opt = []
    if r.random() < 0.85:
        opt.append(Postgres)
        if r.random() < 0.5:
            opt.append(PgBouncer)
    for c, p in ((Keycloak, 0.45), (RustWorker, 0.45), (Kubelet, 0.4)):
        if r.random() < p:
            opt.append(c)
    r.shuffle(opt)
    want = r.randint(3, 6)
    cls += opt[:max(0, want - len(cls))]
    pool = [Postgres, Keycloak, RustWorker, Kubelet, PgBouncer]
    while len(cls) < 3:
        c = r.choice(pool)
        if c not in cls and not (c is PgBouncer and Postgres not in cls):
            cls.append(c)
    sc.has_edge = Varnish in cls
    return [c(sc, i) for i, c in enumerate(cls)]


DUR = {'error_burst': (3, 25), 'retry_storm': (3, 20), 'latency_shift': (10, 60), 'disk_full': (5, 45),
       'http_5xx': (10, 40), 'traffic_flood': (5, 25), 'silence': (10, 60)}


class Plan:
    def __init__(self):
        self.inc = []   # dicts: kind, svc, a, b, till_end, id, params


def occupied(svc):
    return svc.busy_iv


def free(svc, a, b, pad=10 * MIN):
    for x, y in svc.busy_iv:
        if a < y + pad and x < b + pad:
            return False
    return True


def place(sc, files, kind, r, incs):
    """Try to place one incident of `kind`; returns list of incident dicts (primary + echoes) or None."""
    cands = [f for f in files if kind in f.kinds]
    if kind == 'latency_shift':
        cands = [f for f in cands if f.latency_kind]
    r.shuffle(cands)
    cands.sort(key=lambda f: len(f.busy_iv))
    for f in cands:
        group = [f]
        if kind in ('http_5xx', 'traffic_flood') or (kind == 'latency_shift' and f.access):
            group = [g for g in files if g.access]
            if f not in group:
                group = [f]
        for _ in range(60):
            till_end = False
            if kind in ('oom_kill', 'panic'):
                a = r.randint(f.fs + 46 * MIN, f.fe - 15 * MIN)
                b = a + 4 * MIN
            elif kind == 'new_error':
                a = r.randint(f.fs + 63 * MIN, f.fe - 25 * MIN)
                b = f.fe
                till_end = True
            elif kind == 'silence' and r.random() < 0.35:
                a = f.fe - r.randint(13 * MIN, 99 * MIN)
                b = f.fe
                till_end = True
            elif kind == 'disk_full' and r.random() < 0.25:
                a = f.fe - r.randint(8 * MIN, 44 * MIN)
                b = f.fe
                till_end = True
            else:
                lo, hi = DUR[kind]
                d = r.randint(lo * 60000 + 20000, hi * 60000 - 20000)
                a = r.randint(f.fs + 46 * MIN, max(f.fs + 46 * MIN, f.fe - d - 3 * MIN))
                b = a + d
            if a < f.fs + 46 * MIN or b > f.fe:
                continue
            if not all(free(g, a, b) for g in group):
                continue
            out = []
            for g in group:
                out.append({'kind': kind, 'svc': g, 'a': a, 'b': min(b, g.fe) if till_end else b, 'till_end': till_end})
            # echoes on kubelet for container crashes
            if kind in ('oom_kill', 'panic') and f.name in ('gunicorn', 'uwsgi', 'phoenix', 'keycloak', 'rust'):
                for g in files:
                    if g.name == 'kubelet' and free(g, a, b + 5 * MIN) and r.random() < 0.8:
                        out.append({'kind': kind, 'svc': g, 'a': a, 'b': b, 'echo_of': f, 'till_end': False})
            for o in out:
                o['svc'].busy_iv.append((o['a'], o['b']))
            return out
    return None


def build_file(sc, f, incs, restarts, r):
    recs = []   # (T, seq, lines, tag)
    seq = [0]

    def add(T, lines, tag=None):
        seq[0] += 1
        recs.append((T, seq[0], lines, tag))

    fs, fe = f.fs, f.fe
    by = {}
    for i, inc in enumerate(incs):
        inc['tag'] = i
        by.setdefault(inc['kind'], []).append(inc)
    gaps = []
    lat = [(i['a'], i['b'], i['mult'], i['tag']) for i in by.get('latency_shift', [])]
    h5 = [(i['a'], i['b'], i['frac'], i['tag']) for i in by.get('http_5xx', [])]
    fl = [(i['a'], i['b'], i['mult'], i['tag'], i['flav']) for i in by.get('traffic_flood', [])]

    def lat_at(T):
        for a, b, m, tg in lat:
            if a <= T < b:
                return m
        return 1.0
    f.lat_at = lat_at

    # baseline events minute by minute
    T0 = fs
    while T0 < fe:
        L = f.load_mult(sc.load(T0))
        n = pois(r, f.rate * L)
        lm = 1.0
        lt = None
        for a, b, m, tg in lat:
            if a <= T0 + 30000 < b:
                lm, lt = m, tg
        for _ in range(n):
            T = T0 + r.randint(0, 59999)
            if f.access:
                st = None
                tag = None
                for a, b, fr, tg in h5:
                    if a <= T < b and r.random() < fr:
                        st = r.choice(f.codes5xx)
                        tag = tg
                q = f.req(T, lat_at(T), status=st)
                if tag is None and lat and lat_at(T) != 1.0:
                    tag = lt
                add(T, f.req_lines(T, q), tag)
                if tag is not None and st and f.name != 'varnishncsa' and r.random() < 0.25:
                    add(T + r.randint(1, 30), f.dep(T), tag)
            else:
                tg = lt if (lt is not None and a_in(lat, T)) else None
                add(T, f.ev(T, lat_at(T)), tg)
        # floods
        for a, b, m, tg, flav in fl:
            if a <= T0 + 60000 and T0 < b:
                k = pois(r, f.rate * L * (m - 1))
                for _ in range(k):
                    T = T0 + r.randint(0, 59999)
                    if a <= T < b:
                        add(T, f.req_lines(T, f.req(T, lat_at(T), flood=flav(r))), tg)
        # baseline errors, retries, rare
        for _ in range(pois(r, f.err_rate * (0.5 + 0.5 * L))):
            t = T0 + r.randint(0, 59999)
            add(t, f.err(t))
        for _ in range(pois(r, f.retry_rate)):
            t = T0 + r.randint(0, 59999)
            add(t, f.retry(t))
        for _ in range(pois(r, f.rare_rate)):
            t = T0 + r.randint(0, 59999)
            add(t, f.rare(t))
        T0 += MIN
    for x in f.periodic(fs, fe):
        if len(x) == 3:
            T, lines, _ = x
            add(T, lines, next((tg for a, b, m, tg in lat if a <= T < b), None))
        else:
            add(x[0], x[1])

    # incidents
    for inc in incs:
        k, a, b, tg = inc['kind'], inc['a'], inc['b'], inc['tag']
        if inc.get('echo_of') is not None:
            for T, lines in f.echo(inc['a'], k, inc['echo_of'].sc.app if False else inc['echo_of'].name):
                add(T, lines, tg)
            continue
        if k == 'error_burst':
            rate = f.err_rate * inc['mult']
            T = a
            while T < b:
                for _ in range(pois(r, rate)):
                    t = T + r.randint(0, 59999)
                    if t < b:
                        add(t, f.err(t, inc['etype']), tg)
                T += MIN
        elif k == 'retry_storm':
            T = a
            while T < b:
                ramp = min(1.0, (T - a + MIN) / (2.0 * MIN))
                for _ in range(pois(r, inc['rate'] * ramp)):
                    t = T + r.randint(0, 59999)
                    if t < b:
                        add(t, f.retry(t), tg)
                T += MIN
        elif k == 'disk_full':
            T = a
            add(a, f.disk(a), tg)
            while T < b:
                for _ in range(pois(r, inc['rate'])):
                    t = T + r.randint(0, 59999)
                    if a < t < b:
                        add(t, f.disk(t), tg)
                T += MIN
        elif k == 'new_error':
            f.pick_new()
            T = a
            while T < b:
                add(T, f.newerr(T), tg)
                T += int(r.uniform(20, 240) * r.uniform(0.7, 1.3) * 1000)
        elif k in ('oom_kill', 'panic'):
            rr, gap = f.oom(a) if k == 'oom_kill' else f.panic(a)
            for T, lines in rr:
                add(T, lines, tg)
            if gap:
                gaps.append(gap)
        elif k == 'silence':
            gaps.append((a, b + (1 if inc['till_end'] else 0)))
            if not inc['till_end'] and r.random() < 0.5 and f.restartable:
                for T, lines in f.startup(b):
                    add(T, lines, None)
                inc['banner'] = True
        elif k == 'http_5xx' and f.access and f.name != 'varnishncsa':
            pass
    for T in restarts:
        rr, gap = f.restart(T)
        for t, lines in rr:
            add(t, lines)
        gaps.append(gap)

    # drop lines in gaps (untagged and tagged alike, except the crash/banners which are outside gaps)
    def in_gap(T):
        for x, y in gaps:
            if x <= T < y:
                return True
        return False
    out = [x for x in recs if fs <= x[0] <= fe and not in_gap(x[0])]
    out.sort(key=lambda x: (x[0], x[1]))
    # truth
    for inc in incs:
        tg = inc['tag']
        if inc['kind'] == 'silence':
            before = [x[0] for x in out if x[0] < inc['a']]
            inc['ta'] = inc['a']
            if inc['till_end']:
                inc['tb'] = fe
            else:
                after = [x[0] for x in out if x[0] >= inc['b']]
                inc['tb'] = after[0] if after else inc['b']
        else:
            ts = [x[0] for x in out if x[3] == tg]
            if not ts:
                inc['ta'] = None
                continue
            inc['ta'], inc['tb'] = ts[0], ts[-1]
    nl = 0
    parts = []
    eol = f.eol
    for x in out:
        parts.append(eol.join(x[2]))
        nl += len(x[2])
    data = (eol.join(parts) + eol).encode('utf-8')
    return data, nl


def a_in(lat, T):
    for a, b, m, tg in lat:
        if a <= T < b:
            return True
    return False


def flood_flavour(sc, r):
    fl = r.choice(['scraper', 'many_ip', 'retry_loop', 'campaign'])
    route = sc.pick_route(r)
    if fl == 'scraper':
        ip = sc.rand_public_ip(r)
        ua = r.choice(['Scrapy/2.11.0 (+https://scrapy.org)', 'python-requests/2.31.0', 'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)', 'Go-http-client/2.0'])
        rt = [x for x in sc.routes if x[0] == 'GET' and '{id}' in x[1]] or [route]
        return (lambda rr: (ip, ua, rr.choice(rt))), 'a scraper (%s) crawling item pages' % ua.split('/')[0]
    if fl == 'many_ip':
        ips = ['%d.%d.%d.%d' % (r.choice([45, 91, 103, 185, 194]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)) for _ in range(r.randint(200, 900))]
        rt = r.choice([x for x in sc.routes if x[1] in ('/login', '/api/v1/session', '/search?q={q}')] or [route])
        return (lambda rr: (rr.choice(ips), rr.choice(UAS[:6]), rt)), 'a many-IP flood on %s %s' % (rt[0], rt[1].split('?')[0])
    if fl == 'retry_loop':
        ips = [sc.rand_public_ip(r) for _ in range(r.randint(3, 20))]
        rt = [x for x in sc.routes if x[0] == 'GET' and x[1].startswith('/api/')][0]
        return (lambda rr: (rr.choice(ips), 'okhttp/4.12.0', rt)), 'a mobile client retry loop hammering %s' % rt[1]
    rt = ('GET', '/?utm_source=newsletter&utm_medium=email&utm_campaign=%s' % r.choice(['spring_sale', 'black_friday', 'launch', 'winback']), 1, 25, 18000, True)
    return (lambda rr: sc.pick_client(rr)[:1] + (rr.choice(UAS[:6]), rt)), 'an e-mail campaign driving traffic to the landing page'


DESC = {
    'error_burst': 'error burst of %s in %s',
    'silence': '%s stops writing',
    'retry_storm': 'retry/connection-refused storm in %s',
    'latency_shift': 'logged durations in %s multiplied by %.1f',
    'oom_kill': 'out-of-memory kill of %s',
    'new_error': 'a never-seen error starts recurring in %s',
    'disk_full': 'disk full (ENOSPC) errors in %s',
    'panic': 'crash of %s followed by restart',
    'http_5xx': '%d%% of requests answered with 5xx in %s',
    'traffic_flood': 'request rate x%.1f in %s from %s',
}


def make_scenario(outdir, seed, n, kinds, healthy, year):
    for attempt in range(20):
        sc = Scenario(seed, n, attempt, year)
        r = random.Random(sc.key + '/plan')
        files = pick_files(sc, kinds)
        for f in files:
            f.fs = sc.w0 + r.randint(0, 170000)
            f.fe = sc.w1 - r.randint(0, 170000)
            f.busy_iv = []
            f.codes5xx = [503] if f.name == 'varnishncsa' else [500, 500, 502, 503, 504]
        incs = []
        ok = True
        for k in kinds:
            p = place(sc, files, k, r, incs)
            if p is None:
                ok = False
                break
            incs.extend(p)
        if not ok:
            continue
        # benign restarts
        nres = r.choice([1, 1, 2]) if healthy else r.choice([0, 1, 1, 2])
        restarts = {}
        rs = [f for f in files if f.restartable]
        for _ in range(nres):
            for _try in range(40):
                f = r.choice(rs)
                T = r.randint(f.fs + 12 * MIN, f.fe - 10 * MIN)
                if free(f, T - 11 * MIN, T + 3 * MIN, pad=10 * MIN):
                    f.busy_iv.append((T - 10 * MIN, T + 2 * MIN))
                    restarts.setdefault(f.idx, []).append(T)
                    break
        # parameters for incidents
        for inc in incs:
            k = inc['kind']
            f = inc['svc']
            if k == 'error_burst':
                inc['etype'] = r.choice(f.err_types())
                inc['mult'] = r.uniform(8, 38)
                if f.err_rate * inc['mult'] < 1.5:
                    inc['mult'] = max(inc['mult'], min(40, 1.5 / f.err_rate))
            elif k == 'retry_storm':
                inc['rate'] = r.uniform(15, 300 if f.klass != 'quiet' else 120)
            elif k == 'disk_full':
                inc['rate'] = r.uniform(2, 30)
            elif k == 'latency_shift':
                inc['mult'] = r.uniform(3, 10)
            elif k == 'http_5xx':
                inc['frac'] = r.uniform(0.06, 0.5)
            elif k == 'traffic_flood':
                inc['mult'] = r.uniform(3, 8)
                inc['flav'], inc['fdesc'] = flood_flavour(sc, r)
        # share params across group members
        groups = {}
        for inc in incs:
            groups.setdefault((inc['kind'], inc['a']), []).append(inc)
        for g in groups.values():
            for inc in g[1:]:
                for key in ('mult', 'frac', 'flav', 'fdesc'):
                    if key in g[0]:
                        inc[key] = g[0][key]
        # volume
        target = r.uniform(62000, 118000)
        fixed = 0.0
        for f in files:
            dur_min = (f.fe - f.fs) / 60000.0
            if f.klass == 'quiet':
                f.rate = r.uniform(1.5, 6) if f.name == 'kubelet' else r.uniform(0.4, 2.5)
            elif f.klass == 'medium':
                f.rate = r.uniform(8, 45)
            fixed += 0 if f.klass == 'busy' else f.rate * f.lpe * dur_min
        busy = [f for f in files if f.klass == 'busy']
        ws = [r.uniform(1, 4) for _ in busy]
        rest = max(target - fixed, 25000)
        for f, w in zip(busy, ws):
            dur_min = (f.fe - f.fs) / 60000.0
            f.rate = rest * w / sum(ws) / (f.lpe * dur_min)
        total = 0
        datas = []
        for f in files:
            fr = random.Random(sc.key + '/build/%d' % f.idx)
            mine = [i for i in incs if i['svc'] is f]
            data, nl = build_file(sc, f, mine, restarts.get(f.idx, []), fr)
            total += nl
            datas.append((f, data, nl))
        if not (52000 <= total <= 148000):
            continue
        if any(i.get('ta') is None for i in incs):
            continue
        names = [f.fname() for f in files]
        if len(set(names)) != len(names):
            continue
        d = os.path.join(outdir, 's%02d' % n)
        os.makedirs(d, exist_ok=True)
        for f, data, nl in datas:
            with open(os.path.join(d, f.fname()), 'wb') as fh:
                fh.write(data)
        truth = {'incidents': [], 'healthy': healthy}
        for inc in sorted(incs, key=lambda i: (i['ta'], i['svc'].fname())):
            f = inc['svc']
            fn = f.fname()
            k = inc['kind']
            if k == 'error_burst':
                ds = DESC[k] % (inc['etype'], fn)
            elif k == 'latency_shift':
                ds = DESC[k] % (fn, inc['mult'])
            elif k == 'http_5xx':
                ds = DESC[k] % (int(inc['frac'] * 100), fn)
            elif k == 'traffic_flood':
                ds = DESC[k] % (inc['mult'], fn, inc['fdesc'])
            else:
                ds = DESC[k] % fn
            if inc.get('echo_of') is not None:
                ds += ' (seen by kubelet for %s)' % inc['echo_of'].fname()
            if k == 'silence' and inc['till_end']:
                ds += ' until the end of the bundle'
            truth['incidents'].append({'kind': k, 'file': fn, 'start': iso_utc(inc['ta']), 'end': iso_utc(inc['tb']),
                                       'description': ds})
        with open(os.path.join(d, 'truth.json'), 'w') as fh:
            json.dump(truth, fh, indent=1, ensure_ascii=False)
            fh.write('\n')
        return sc, total
    raise RuntimeError('could not build scenario %d' % n)


def main():
    if len(sys.argv) != 3:
        print('usage: gen.py OUTDIR SEED', file=sys.stderr)
        sys.exit(2)
    outdir, seed = sys.argv[1], sys.argv[2]
    r = random.Random('blind4/%s/master' % seed)
    healthy = sorted(r.sample(range(1, 11), 2))
    sick = [i for i in range(1, 11) if i not in healthy]
    counts = [r.choice([1, 1, 2, 2, 3]) for _ in sick]
    while sum(counts) < 11:
        j = r.randrange(len(counts))
        if counts[j] < 3:
            counts[j] += 1
    pool = KINDS[:]
    r.shuffle(pool)
    while len(pool) < sum(counts):
        pool.append(r.choice(KINDS))
    assign = {}
    pos = 0
    for n, c in zip(sick, counts):
        ks = []
        for _ in range(c):
            # avoid duplicates within a scenario by swapping forward
            j = pos
            while pool[j] in ks and j + 1 < len(pool):
                j += 1
            pool[pos], pool[j] = pool[j], pool[pos]
            ks.append(pool[pos])
            pos += 1
        assign[n] = ks
    years = [r.randint(2020, 2026) for _ in range(10)]
    if all(y == 2026 for y in years):
        years[r.randrange(10)] = r.randint(2020, 2025)
    os.makedirs(outdir, exist_ok=True)
    for n in range(1, 11):
        sc, total = make_scenario(outdir, seed, n, assign.get(n, []), n in healthy, years[n - 1])
        print('s%02d %d lines %s' % (n, total, ','.join(assign.get(n, [])) or 'healthy'), file=sys.stderr)


if __name__ == '__main__':
    main()
