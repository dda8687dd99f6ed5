"""Base class for one log-writing service (= one file) and the shared request model."""
import random
from common import (MIN, HOUR, pois, hexs, b62, wchoice)


class Svc:
    name = 'base'
    access = False        # writes one line per HTTP request
    latency_kind = False  # logs durations that latency_shift can multiply
    kinds = ()
    klass = 'medium'      # busy / medium / quiet
    lpe = 1.0             # mean physical lines per normal event
    restartable = True
    load_coupling = 0.6   # how strongly the traffic curve drives the rate

    def __init__(self, sc, idx):
        self.sc = sc
        self.idx = idx
        self.rng = random.Random('%s/file%d/%s' % (sc.key, idx, self.name))
        r = self.rng
        self.eol = '\n'
        self.rate = 10.0
        self.err_rate = r.uniform(0.05, 0.4)
        self.retry_rate = r.uniform(1.5, 6.0) / 60.0
        self.rare_rate = r.uniform(0.01, 0.08)
        self.burst_type = None
        self.new_msg = None
        self.lat_mult = 1.0
        self.setup()

    # ----- overridables -----
    def setup(self):
        pass

    def fname(self):
        return self.name + '.log'

    def ev(self, T, lat):
        return ['%d normal' % T]

    def err(self, T, etype=None):
        return ['%d error' % T]

    def err_types(self):
        return ['generic']

    def rare(self, T):
        return self.ev(T, 1.0)

    def retry(self, T):
        return ['%d retry' % T]

    def disk(self, T):
        return ['%d disk full' % T]

    def newerr(self, T):
        return ['%d new error' % T]

    def pick_new(self):
        pass

    def periodic(self, fs, fe):
        return []

    def startup(self, T):
        return [(T, ['%d start' % T])]

    def shutdown(self, T):
        return [(T, ['%d stop' % T])]

    def oom(self, T):
        """returns (records, gap) ; gap may be None"""
        return [(T, ['%d oom' % T])], None

    def panic(self, T):
        recs = [(T, ['%d panic' % T])]
        gap = self.rng.randint(3000, 150000)
        g1 = T + 50 + gap
        return recs + self.startup(g1), (T + 50, g1)

    def dep(self, T):
        return self.err(T)

    def echo(self, T, kind, target):
        return []

    # ----- helpers -----
    def load_mult(self, L):
        c = self.load_coupling
        return (1 - c) + c * L

    def restart(self, T):
        """benign restart: shutdown lines, short gap, startup banner"""
        recs = self.shutdown(T)
        last = max(t for t, _ in recs)
        gap = self.rng.randint(4000, 75000)
        g1 = last + gap
        return recs + self.startup(g1), (last + 1, g1)


class AccessSvc(Svc):
    access = True
    latency_kind = True
    klass = 'busy'
    load_coupling = 1.0
    health_path = '/healthz'

    def setup_access(self):
        r = self.rng
        self.hc_every = r.choice([5000, 10000, 10000, 15000, 30000])
        self.hc_ip = '10.%d.%d.%d' % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250))
        self.hc_ua = r.choice(['kube-probe/1.28', 'kube-probe/1.27', 'ELB-HealthChecker/2.0',
                               'GoogleHC/1.0', 'Consul Health Check', 'Blackbox Exporter/0.24.0'])
        self.health_path = r.choice(['/healthz', '/health', '/-/health', '/status', '/ping', '/api/health'])

    def req(self, T, lat=1.0, status=None, flood=None):
        """draw a request. flood: (ip, ua, route or None)"""
        sc = self.sc
        r = self.rng
        if flood is not None:
            ip, ua, route = flood
            if route is None:
                route = sc.pick_route(r)
        else:
            ip, ua = sc.pick_client(r)
            route = sc.pick_route(r)
        method, tmpl, _w, base_ms, size, cache = route
        path = sc.fill_path(r, tmpl)
        if status is None:
            x = r.random()
            if method == 'GET' and cache and x < 0.08:
                status = 304
            elif x < 0.095:
                status = r.choice([301, 302]) if tmpl == '/' else 200
            elif x < 0.103:
                status = 404
            elif x < 0.108:
                status = r.choice([401, 403, 400, 422, 429])
            elif x < 0.1088:
                status = r.choice([500, 502, 504])   # benign single 5xx
            else:
                status = 201 if method == 'POST' and r.random() < 0.5 else 200
        d = base_ms * r.lognormvariate(0, 0.55)
        if r.random() < 0.0012:
            d *= r.uniform(15, 60)                  # benign single slow request
        if status >= 500:
            d *= r.uniform(0.5, 3)
        d *= lat
        if status in (304, 301, 302):
            sz = 0
        elif status >= 400:
            sz = r.randint(90, 600)
        else:
            sz = max(20, int(size * r.uniform(0.5, 1.6)))
        ref = '-'
        if method == 'GET' and r.random() < 0.4:
            ref = 'https://%s/' % sc.domain
        return {'m': method, 'p': path, 's': status, 'b': sz, 'd': d, 'ip': ip, 'ua': ua, 'ref': ref}

    def health(self, T):
        q = {'m': 'GET', 'p': self.health_path, 's': 200, 'b': self.rng.randint(2, 60),
             'd': self.rng.uniform(0.3, 2.5), 'ip': self.hc_ip, 'ua': self.hc_ua, 'ref': '-'}
        return self.req_lines(T, q)

    def req_lines(self, T, q):
        raise NotImplementedError

    def ev(self, T, lat):
        return self.req_lines(T, self.req(T, lat))

    def periodic(self, fs, fe):
        out = []
        r = self.rng
        T = fs + r.randint(0, self.hc_every)
        while T < fe:
            out.append((T, self.health(T)))
            T += self.hc_every + r.randint(-40, 40)
        # scanner bursts (404s from one IP)
        T = fs + r.randint(20, 150) * MIN
        while T < fe:
            ip = self.sc.rand_public_ip(r)
            ua = r.choice(['Mozilla/5.0 zgrab/0.x', 'python-requests/2.28.1', 'Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)',
                           'Go-http-client/1.1', 'curl/7.88.1'])
            t = T
            for p in r.sample(SCAN_PATHS, r.randint(8, len(SCAN_PATHS))):
                t += r.randint(50, 900)
                q = {'m': 'GET', 'p': p, 's': 404, 'b': r.randint(150, 560), 'd': r.uniform(0.4, 4), 'ip': ip, 'ua': ua, 'ref': '-'}
                out.append((t, self.req_lines(t, q)))
            T += r.randint(40, 200) * MIN
        # cron / batch hits
        per = self.sc.cron_every
        T = fs + r.randint(1, per) * MIN // 2
        while T < fe:
            t = T
            for _ in range(r.randint(3, 25)):
                t += r.randint(20, 2500)
                q = {'m': 'POST', 'p': '/internal/jobs/%s' % r.choice(self.sc.jobs), 's': 200, 'b': r.randint(20, 200),
                     'd': r.uniform(20, 900), 'ip': self.sc.cron_ip, 'ua': self.sc.cron_ua, 'ref': '-'}
                out.append((t, self.req_lines(t, q)))
            T += per * MIN + r.randint(-20000, 20000)
        return out


SCAN_PATHS = ['/wp-login.php', '/.env', '/.git/config', '/phpmyadmin/index.php', '/admin.php', '/xmlrpc.php',
              '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php', '/cgi-bin/luci', '/actuator/env', '/server-status',
              '/.aws/credentials', '/config.json', '/wp-content/plugins/', '/boaform/admin/formLogin', '/HNAP1/',
              '/owa/auth/logon.aspx', '/solr/admin/info/system', '/.DS_Store', '/backup.zip', '/api/.env']
