"""Base class of one log file of a scenario, plus the shared HTTP request model.

A LogFile produces records (ts_us, text, tag): text is one or more physical
lines already rendered in the file's format; tag is None for background,
'R' for benign restart banners, or the scenario-local incident index."""
import bisect
import math

from b6core import (US, SEC, MIN, R, Picker, poisson, pub_ip, priv_ip, uuid4, hexs,
                    spread)

RAMP = 90 * US


class Track:
    """A counter recorded in time order (pids, connection ids) so that lines
    generated out of order can look up the value current at their time."""

    def __init__(self, v0):
        self.t = []
        self.v = []
        self.v0 = v0

    def rec(self, ts, v):
        self.t.append(ts)
        self.v.append(v)

    def at(self, ts):
        i = bisect.bisect_right(self.t, ts) - 1
        return self.v[i] if i >= 0 else self.v0


class LogFile:
    KIND = ''
    HEAVY = False
    PREC = 1              # timestamp quantum in microseconds
    LPE = 1.0             # physical lines per background event (volume calibration)
    ALPHA = 0.85          # coupling of the file's rate to the scenario traffic shape
    SUPPORTS = frozenset()
    CRASH_DOWN = True     # a crash silences the whole file until the restart banner
    RESTART_DOWN = True   # a benign restart silences the file between its banners
    CAN_RESTART = True
    CRASH_GAP = (2.0, 40.0)
    MIN_RATE_SILENCE = 6.0

    def __init__(self, sc, spec):
        self.sc = sc
        self.spec = spec
        self.name = spec['name']
        self.fs = spec['start']
        self.fe = spec['end']
        self.rng = R(sc.seed, sc.sid, self.name, 'body')
        self.vr = R(sc.seed, sc.sid, self.name, 'variant')
        self.out = []
        self.down = []
        self.cuts = []
        self.incs = spec['incidents']
        self.minutes = (self.fe - self.fs) / MIN
        self.ev_per_min = spec['target'] / self.LPE / self.minutes
        nr = R(sc.seed, sc.sid, self.name, 'noise')
        x = 0.0
        fsh = []
        a = self.ALPHA
        for v in sc.shape:
            x = 0.9 * x + nr.gauss(0.0, 0.03)
            fsh.append((a * v + 1.0 - a) * math.exp(x))
        self.fshape = fsh
        self._lat = [(i['t0'], i['t1'], i['params']['k']) for i in self.incs
                     if i['kind'] == 'latency_shift']
        self._5xx = [(i['t0'], i['t1'], i['params']['share']) for i in self.incs
                     if i['kind'] == 'http_5xx']
        self.floods = [i for i in self.incs if i['kind'] == 'traffic_flood']
        self.stopped = any(i['kind'] == 'silence' and i['params'].get('stop') for i in self.incs)
        self.setup()

    # ------------------------------------------------------------------ hooks
    def setup(self):
        pass

    def routine(self, ts):
        raise NotImplementedError

    def first_pid(self):
        return self.vr.randint(300, 30000)

    def next_pid(self, pid):
        return pid + self.vr.randint(40, 4000)

    def restart_gap(self, rng):
        return int(rng.uniform(4, 25) * US)

    def shutdown(self, ts, tag, rng):
        return ts

    def startup(self, ts, tag, rng, after='restart'):
        return ts

    def crash_panic(self, ev, rng):
        raise NotImplementedError

    def crash_oom(self, ev, rng):
        raise NotImplementedError

    # --------------------------------------------------------------- helpers
    def shape_at(self, ts):
        m = (ts - self.sc.w0) // MIN
        if m < 0:
            m = 0
        elif m >= len(self.fshape):
            m = len(self.fshape) - 1
        return self.fshape[m]

    def arrivals(self, per_min, t0=None, t1=None, rng=None, flat=False):
        rng = rng or self.rng
        t0 = self.fs if t0 is None else t0
        t1 = self.fe if t1 is None else t1
        rnd = rng.random
        res = []
        t = t0
        while t < t1:
            te = t + MIN
            if te > t1:
                te = t1
            span = te - t
            lam = per_min * span / MIN
            if not flat:
                lam *= self.shape_at(t)
            n = poisson(rng, lam)
            if n:
                b = [t + int(rnd() * span) for _ in range(n)]
                b.sort()
                res.extend(b)
            t = te
        return res

    def ticks(self, period_s, jitter_s=0.0, rng=None, t0=None, t1=None, phase=None):
        rng = rng or self.rng
        t0 = self.fs if t0 is None else t0
        t1 = self.fe if t1 is None else t1
        p = int(period_s * US)
        if phase is None:
            t = t0 + int(rng.random() * p)
        else:
            t = t0 + int(phase * US)
        out = []
        while t < t1:
            j = int(rng.uniform(-jitter_s, jitter_s) * US) if jitter_s else 0
            tt = t + j
            if t0 <= tt < t1:
                out.append(tt)
            t += p
        return out

    def clock_ticks(self, period_s, offset_s=0.0, jitter_s=0.0, rng=None):
        """Ticks aligned to the wall clock (e.g. every 5 min at :00:02)."""
        rng = rng or self.rng
        p = int(period_s * US)
        t = (self.fs // p) * p + int(offset_s * US)
        out = []
        while t < self.fe:
            tt = t + (int(rng.random() * jitter_s * US) if jitter_s else 0)
            if self.fs <= tt < self.fe:
                out.append(tt)
            t += p
        return out

    def add(self, ts, text, tag=None, q=None):
        if q is None:
            q = self.PREC
        if q > 1:
            ts -= ts % q
        self.out.append((ts, text, tag))

    def pid_at(self, ts):
        return self.epoch_pid[bisect.bisect_right(self.epoch_t, ts) - 1]

    def lat_mult(self, ts):
        for a, b, k in self._lat:
            if a <= ts <= b:
                r = (ts - a) / RAMP
                return k if r >= 1.0 else 1.0 + (k - 1.0) * r
        return 1.0

    def p5(self, ts, base):
        for a, b, s in self._5xx:
            if a <= ts <= b:
                return s
        return base

    def in_any(self, ts, ivs):
        for a, b in ivs:
            if a <= ts <= b:
                return True
        return False

    # ------------------------------------------------------------- building
    def plan_events(self):
        rng = R(self.sc.seed, self.sc.sid, self.name, 'events')
        evs = []
        for t in self.spec.get('restarts', []):
            evs.append(dict(kind='restart', tc=t, tr=t + self.restart_gap(rng), tag='R'))
        for inc in self.incs:
            if inc['kind'] in ('panic', 'oom_kill'):
                for j, (tc, tr) in enumerate(inc['params']['crashes']):
                    evs.append(dict(kind=inc['kind'], tc=tc, tr=tr, tag=inc['idx'], inc=inc, j=j))
        evs.sort(key=lambda e: e['tc'])
        self.events = evs
        pid = self.first_pid()
        self.epoch_t = [self.fs - 3600 * US]
        self.epoch_pid = [pid]
        for e in evs:
            if e['kind'] == 'restart' or self.CRASH_DOWN:
                pid = self.next_pid(pid)
                self.epoch_t.append(e['tr'])
                self.epoch_pid.append(pid)

    def emit_events(self):
        for e in self.events:
            rng = R(self.sc.seed, self.sc.sid, self.name, 'ev', e['tc'])
            if e['kind'] == 'restart':
                self.shutdown(e['tc'], 'R', rng)
                end = self.startup(e['tr'], 'R', rng, 'restart')
                if self.RESTART_DOWN:
                    self.down.append((e['tc'], end))
            else:
                if e['kind'] == 'panic':
                    self.crash_panic(e, rng)
                else:
                    self.crash_oom(e, rng)
                end = self.startup(e['tr'], e['tag'], rng, e['kind'])
                if self.CRASH_DOWN:
                    self.down.append((e['tc'], end))

    def inject(self, inc):
        rng = R(self.sc.seed, self.sc.sid, self.name, 'inc', inc['idx'])
        k = inc['kind']
        tag = inc['idx']
        p = inc['params']
        if k == 'error_burst':
            for t in spread(rng, inc['t0'], inc['t1'], p['n']):
                self.ev_error(t, tag, rng)
        elif k == 'retry_storm':
            for t in spread(rng, inc['t0'], inc['t1'], p['n']):
                self.ev_retry(t, tag, rng)
        elif k == 'new_error':
            tpl = self.new_error_tpl(rng)
            t = inc['t0']
            per = p['period']
            while t <= inc['t1']:
                self.ev_new_error(t, tag, rng, tpl)
                t += int(per * rng.uniform(0.65, 1.35) * US)
        elif k == 'disk_full':
            self.disk_full(inc, rng)
        elif k == 'silence':
            self.cuts.append((inc['t0'], inc['t1']))

    def disk_full(self, inc, rng):
        t = inc['t0']
        first = True
        while t <= inc['t1']:
            self.ev_disk(t, inc['idx'], rng, first)
            first = False
            t += int(rng.uniform(8, 70) * US)

    def build(self):
        self.plan_events()
        self.background()
        self.emit_events()
        for inc in self.incs:
            self.inject(inc)
        # anchors so that every file starts/ends near the window edges
        if self.out:
            first = min(r[0] for r in self.out)
            last = max(r[0] for r in self.out)
        else:
            first, last = self.fe, self.fs
        if first > self.fs + 45 * SEC:
            self.add(self.fs + int(self.rng.random() * 5 * SEC), self.routine(self.fs))
        if last < self.fe - 45 * SEC:
            t = self.fe - int(self.rng.random() * 20 * SEC)
            self.add(t, self.routine(t))
        return self.finish()

    def finish(self):
        cuts = sorted(self.cuts)
        downs = sorted(self.down)
        fs, fe = self.fs, self.fe
        out = []
        for r in self.out:
            ts = r[0]
            if ts < fs or ts > fe:
                continue
            if cuts:
                bad = False
                for a, b in cuts:
                    if a <= ts < b:
                        bad = True
                        break
                if bad:
                    continue
            if downs and r[2] is None:
                bad = False
                for a, b in downs:
                    if a <= ts <= b:
                        bad = True
                        break
                if bad:
                    continue
            out.append(r)
        out.sort(key=lambda r: r[0])
        return out


# --------------------------------------------------------------------------
# user agents

def ua_pool(rng, sc):
    y = sc.year
    cv = {2019: 78, 2020: 87, 2021: 96, 2022: 108, 2023: 120, 2024: 131, 2025: 139,
          2026: 146}[y]
    fv = {2019: 71, 2020: 84, 2021: 95, 2022: 108, 2023: 121, 2024: 133, 2025: 141,
          2026: 149}[y]
    ios = {2019: 13, 2020: 14, 2021: 15, 2022: 16, 2023: 17, 2024: 18, 2025: 18,
           2026: 26}[y]
    av = {2019: 10, 2020: 11, 2021: 12, 2022: 13, 2023: 14, 2024: 14, 2025: 15, 2026: 16}[y]
    app = sc.app_name
    pool = [
        ('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) '
         'Chrome/%d.0.0.0 Safari/537.36' % cv, 22),
        ('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) '
         'Chrome/%d.0.0.0 Safari/537.36' % cv, 10),
        ('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like '
         'Gecko) Version/%d.%d Safari/605.1.15' % (ios, rng.randint(0, 4)), 7),
        ('Mozilla/5.0 (iPhone; CPU iPhone OS %d_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, '
         'like Gecko) Version/%d.%d Mobile/15E148 Safari/604.1' % (ios, 1, ios, 1), 14),
        ('Mozilla/5.0 (Linux; Android %d; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) '
         'Chrome/%d.0.0.0 Mobile Safari/537.36' % (av, cv), 11),
        ('Mozilla/5.0 (X11; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (fv, fv), 4),
        ('%s/%d.%d.%d (iPhone; iOS %d.%d; Scale/3.00)' % (app, rng.randint(2, 7),
                                                          rng.randint(0, 30), rng.randint(0, 9),
                                                          ios, rng.randint(0, 5)), 12),
        ('%s/%d.%d.%d (Android %d; okhttp/4.%d.0)' % (app, rng.randint(2, 7), rng.randint(0, 30),
                                                      rng.randint(0, 9), av,
                                                      rng.randint(9, 12)), 8),
        ('python-requests/2.%d.0' % rng.randint(22, 32), 2),
        ('Go-http-client/2.0', 2),
        ('axios/1.%d.%d' % (rng.randint(1, 7), rng.randint(0, 9)), 1.5),
        ('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 1.5),
        ('Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', 0.7),
        ('Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)', 0.5),
        ('curl/%d.%d.%d' % (7 if y < 2023 else 8, rng.randint(58, 88) if y < 2023 else
                            rng.randint(0, 11), rng.randint(0, 1)), 0.5),
    ]
    return pool


FLOOD_UAS = ['python-requests/2.31.0', 'Go-http-client/1.1', 'Scrapy/2.11.0 (+https://scrapy.org)',
             'Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)',
             'okhttp/4.12.0', 'aiohttp/3.9.1', 'Java/11.0.21', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)']


class Route:
    __slots__ = ('method', 'kind', 'base', 'ok', 'med', 'sig', 'size', 'w', 'noun')

    def __init__(self, method, kind, base, ok, med, sig, size, w, noun=''):
        self.method, self.kind, self.base, self.ok = method, kind, base, ok
        self.med, self.sig, self.size, self.w, self.noun = med, sig, size, w, noun


S4 = Picker([(404, 45), (401, 14), (400, 12), (422, 9), (403, 7), (429, 4), (409, 4),
             (405, 2), (413, 1)])
S5 = Picker([(500, 48), (502, 20), (503, 22), (504, 10)])


class HttpModel:
    """Requests against one HTTP service: routes, clients, statuses, latencies."""

    def __init__(self, rng, sc, public=True, prefix='/api/v1', browser=False, n_clients=None,
                 lat_scale=1.0):
        self.sc = sc
        self.idstyle = sc.idstyle
        routes = []
        for i, noun in enumerate(sc.nouns):
            w = 1.0 / (i + 1) ** 0.8
            routes.append(Route('GET', 'list', '%s/%s' % (prefix, noun), 200,
                                rng.uniform(18, 70) * lat_scale, rng.uniform(0.45, 0.7),
                                rng.uniform(3000, 40000), 2.5 * w, noun))
            routes.append(Route('GET', 'item', '%s/%s/' % (prefix, noun), 200,
                                rng.uniform(6, 35) * lat_scale, rng.uniform(0.4, 0.65),
                                rng.uniform(800, 9000), 4.0 * w, noun))
            if rng.random() < 0.75:
                routes.append(Route('POST', 'create', '%s/%s' % (prefix, noun), 201,
                                    rng.uniform(25, 140) * lat_scale, rng.uniform(0.45, 0.7),
                                    rng.uniform(300, 3000), 0.7 * w, noun))
            if rng.random() < 0.45:
                routes.append(Route('PATCH', 'item', '%s/%s/' % (prefix, noun), 200,
                                    rng.uniform(20, 90) * lat_scale, 0.5,
                                    rng.uniform(300, 3000), 0.35 * w, noun))
            if rng.random() < 0.2:
                routes.append(Route('DELETE', 'item', '%s/%s/' % (prefix, noun), 204,
                                    rng.uniform(15, 60) * lat_scale, 0.5, 0, 0.08 * w, noun))
        routes.append(Route('GET', 'search', '%s/search' % prefix, 200,
                            rng.uniform(40, 160) * lat_scale, 0.6, rng.uniform(4000, 30000), 1.4))
        routes.append(Route('POST', 'auth', rng.choice(['%s/auth/token' % prefix, '/oauth/token',
                                                        '%s/sessions' % prefix]), 200,
                            rng.uniform(60, 180) * lat_scale, 0.35, 900, 0.45))
        if browser:
            routes.append(Route('GET', 'static', '/static/', 200, rng.uniform(1, 4), 0.6,
                                rng.uniform(20000, 200000), 3.0))
            routes.append(Route('GET', 'page', '/', 200, rng.uniform(30, 90) * lat_scale, 0.5,
                                rng.uniform(20000, 90000), 1.5))
        self.routes = routes
        self.pick = Picker([(r, r.w) for r in routes])
        self.assets = ['/static/js/main.%s.js' % hexs(rng, 8), '/static/css/app.%s.css' % hexs(rng, 8),
                       '/static/js/vendor.%s.js' % hexs(rng, 8), '/favicon.ico',
                       '/static/img/logo.%s.svg' % hexs(rng, 6), '/static/fonts/inter-var.woff2']
        n = n_clients or rng.randint(250, 1400)
        if public:
            self.ips = [pub_ip(rng) for _ in range(n)]
        else:
            self.ips = [priv_ip(rng, sc.vpc_b) for _ in range(max(8, n // 20))]
        m = len(self.ips)
        self.cpick = Picker([(i, 1.0 / (i + 1) ** 1.05) for i in range(m)])
        up = Picker(ua_pool(rng, sc))
        self.uas = [up(rng) for _ in range(m)]
        self.p4 = rng.uniform(0.012, 0.035)
        self.p5base = rng.uniform(0.001, 0.0035)
        self.tailp = rng.uniform(0.008, 0.025)
        self.words = sc.D['words']

    def client(self, rng):
        i = self.cpick(rng)
        return self.ips[i], self.uas[i]

    def rid(self, rng):
        if self.idstyle == 'uuid':
            return uuid4(rng)
        return str(rng.randint(1000, 9999999))

    def path(self, rt, rng):
        k = rt.kind
        if k == 'item':
            return rt.base + self.rid(rng)
        if k == 'list':
            r = rng.random()
            if r < 0.6:
                return rt.base
            return '%s?page=%d&per_page=%d' % (rt.base, rng.randint(1, 12), rng.choice((20, 50, 100)))
        if k == 'search':
            return '%s?q=%s' % (rt.base, rng.choice(self.words)) + ('&page=2' if rng.random() < 0.15 else '')
        if k == 'static':
            return rng.choice(self.assets)
        return rt.base

    def sample(self, rng, p5, lm=1.0, rt=None):
        rt = rt or self.pick(rng)
        r = rng.random()
        if r < p5:
            st = S5(rng)
        elif r < p5 + self.p4:
            st = S4(rng)
        elif rt.kind == 'static' and r > 0.7:
            st = 304
        else:
            st = rt.ok
        lat = rt.med * math.exp(rng.gauss(0.0, rt.sig))
        if rng.random() < self.tailp:
            lat *= rng.paretovariate(1.3)
        if 400 <= st < 500:
            lat *= 0.35
        lat *= lm
        if lat > 29000:
            lat = 29000 * (0.9 + 0.1 * rng.random())
        return rt, st, lat

    def size(self, rt, st, rng):
        if st == 304 or st == 204:
            return 0
        if st >= 400:
            return rng.randint(60, 400)
        return int(rt.size * math.exp(rng.gauss(0.0, 0.5))) + 50

    def flood_setup(self, rng, inc):
        """Deterministic flood clients/paths for a traffic_flood incident."""
        p = inc['params']
        fr = R(self.sc.seed, self.sc.sid, 'flood', inc['idx'])
        n = p['clients']
        ips = [pub_ip(fr) for _ in range(n)] if p.get('public', True) else \
            [priv_ip(fr, self.sc.vpc_b) for _ in range(n)]
        ua = fr.choice(FLOOD_UAS)
        cands = [r for r in self.routes if r.method == 'GET' and r.kind in ('list', 'search', 'item', 'page')]
        fr.shuffle(cands)
        rts = cands[:fr.randint(1, 3)]
        return ips, ua, rts
