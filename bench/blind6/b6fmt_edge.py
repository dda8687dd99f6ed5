"""Edge / proxy access logs: AWS ALB, Envoy, Traefik JSON, Squid native."""
import math

from b6core import (US, SEC, MIN, R, Stamp, Picker, p_iso, hexs, uuid4, priv_ip, pub_ip,
                    offs)
from b6base import LogFile, HttpModel, S5

SHAPE_KINDS = frozenset({'latency_shift', 'http_5xx', 'traffic_flood', 'silence'})


def go_nano(s_prefix, ns_frac):
    """Go RFC3339Nano fraction: trailing zeros trimmed, dot dropped when zero."""
    if ns_frac == 0:
        return s_prefix
    f = ('%09d' % ns_frac).rstrip('0')
    return s_prefix + '.' + f


class HttpAccess(LogFile):
    """Shared driver: background arrivals, health checks and flood arrivals."""
    HEAVY = True
    LPE = 1.0
    ALPHA = 0.95
    CAN_RESTART = False
    SUPPORTS = SHAPE_KINDS
    HEALTH = 0.0          # seconds between health-check hits (0 = none)

    def background(self):
        rng = self.rng
        http = self.http
        base5 = http.p5base
        for ts in self.arrivals(self.ev_per_min):
            rt, st, lat = http.sample(rng, self.p5(ts, base5), self.lat_mult(ts))
            ip, ua = http.client(rng)
            self.req(ts, rt, st, lat, ip, ua, rng)
        if self.HEALTH:
            for ts in self.ticks(self.HEALTH, 0.3):
                self.health(ts, rng)
        for inc in self.floods:
            p = inc['params']
            ips, ua, rts = http.flood_setup(rng, inc)
            inc['desc'] = ('%d client%s (%s) with user agent "%s" flood %s at about %.1fx the '
                           'normal request volume' % (len(ips), 's' if len(ips) > 1 else '',
                                                      ', '.join(ips), ua,
                                                      ' and '.join(r.base for r in rts), p['k']))
            for ts in self.arrivals(self.ev_per_min * (p['k'] - 1.0), inc['t0'], inc['t1']):
                rt = rts[int(rng.random() * len(rts))]
                rt, st, lat = http.sample(rng, self.p5(ts, base5), self.lat_mult(ts), rt)
                self.req(ts, rt, st, lat, ips[int(rng.random() * len(ips))], ua, rng)
        for inc in self.incs:
            if inc['kind'] == 'latency_shift':
                inc['desc'] = ('upstream latency rises about %.1fx (90 s ramp) while requests '
                               'otherwise look normal' % inc['params']['k'])
            elif inc['kind'] == 'http_5xx':
                inc['desc'] = ('share of 5xx responses jumps to about %.1f%% of requests'
                               % (100 * inc['params']['share']))
            elif inc['kind'] == 'silence':
                inc['desc'] = ('the access log stops being written' +
                               (' for good' if inc['params'].get('stop') else ' and later resumes'))

    def routine(self, ts):
        rng = self.rng
        rt, st, lat = self.http.sample(rng, 0.0, 1.0)
        ip, ua = self.http.client(rng)
        n0 = len(self.out)
        self.req(ts, rt, 200 if st >= 400 else st, lat, ip, ua, rng)
        r = self.out.pop()
        assert len(self.out) == n0
        return r[1]


# ---------------------------------------------------------------------------
class Alb(HttpAccess):
    KIND = 'alb'

    def setup(self):
        v = self.vr
        sc = self.sc
        self.http = HttpModel(v, sc, public=True, browser=v.random() < 0.5)
        self.elb = 'app/%s-%s/%s' % (sc.slug[:14], v.choice(['prod-web', 'prod-api', 'public',
                                                               'edge']), hexs(v, 16))
        self.tg = 'arn:aws:elasticloadbalancing:%s:%s:targetgroup/%s-%s/%s' % (
            sc.region, sc.acct, sc.slug[:12], v.choice(['api', 'web', 'app']), hexs(v, 16))
        self.cert = 'arn:aws:acm:%s:%s:certificate/%s' % (sc.region, sc.acct, uuid4(v))
        self.host = sc.api_host
        port = v.choice([80, 8080, 3000, 8000])
        self.targets = ['%s:%d' % (priv_ip(v, sc.vpc_b, 16, 47), port) for _ in range(v.randint(2, 8))]
        self.h2 = v.uniform(0.3, 0.8)
        self.tid = sc.year >= 2024
        self.rule = v.choice([1, 2, 3, 10])
        self.stamp = Stamp(p_iso)
        self.tls13 = v.uniform(0.3, 0.9) if sc.year >= 2020 else 0.0

    def t(self, ts):
        s, us = divmod(ts, US)
        return '%s.%06dZ' % (self.stamp(s), us)

    def req(self, ts, rt, st, lat, ip, ua, rng):
        h2 = rng.random() < self.h2
        typ = 'h2' if h2 else 'https'
        proto = 'HTTP/2.0' if h2 else 'HTTP/1.1'
        tgt = self.targets[int(rng.random() * len(self.targets))]
        rq = 0.0
        rs = 0.0
        tst = str(st)
        if st == 502 and rng.random() < 0.6 or st == 460:
            tp = -1.0
            rq = 0.0
            rs = -1.0
            tst = '-'
        elif st == 503 and rng.random() < 0.5:
            tgt = '-'
            tp = rq = rs = -1.0
            tst = '-'
            lat = 0.5
        elif st == 504:
            tp = -1.0
            rs = -1.0
            tst = '-'
            lat = 60000.0 + rng.random() * 5
        else:
            tp = lat / 1000.0
        size = self.http.size(rt, st, rng)
        sent = size + rng.randint(180, 420)
        recv = rng.randint(180, 1400) + (rng.randint(200, 4000) if rt.method in ('POST', 'PATCH') else 0)
        path = self.http.path(rt, rng)
        total = int(lat * 1000) + rng.randint(200, 1500)
        created = ts - total
        if rng.random() < self.tls13:
            cip, tlsv = 'TLS_AES_128_GCM_SHA256', 'TLSv1.3'
        else:
            cip, tlsv = 'ECDHE-RSA-AES128-GCM-SHA256', 'TLSv1.2'
        line = ('%s %s %s %s:%d %s %s %s %s %d %s %d %d "%s https://%s:443%s %s" "%s" %s %s %s '
                '"Root=1-%08x-%s" "%s" "%s" %d %s "forward" "-" "-" "%s" "%s" "-" "-"') % (
            typ, self.t(ts), self.elb, ip, rng.randint(1024, 65535), tgt,
            '%.3f' % rq if rq >= 0 else '-1', '%.3f' % tp if tp >= 0 else '-1',
            '%.3f' % rs if rs >= 0 else '-1', st, tst, recv, sent, rt.method, self.host, path,
            proto, ua, cip, tlsv, self.tg, created // US, hexs(rng, 24), self.host, self.cert,
            self.rule if rt.kind != 'static' else 0, self.t(created), tgt, tst)
        if self.tid:
            line += ' TID_%s' % hexs(rng, 32)
        self.add(ts, line)


# ---------------------------------------------------------------------------
class Envoy(HttpAccess):
    KIND = 'envoy'
    HEALTH = 10.0

    def setup(self):
        v = self.vr
        sc = self.sc
        self.edge = v.random() < 0.6
        self.http = HttpModel(v, sc, public=self.edge)
        self.host = sc.api_host if self.edge else '%s.%s.svc.cluster.local:8080' % (
            v.choice(sc.svcs), v.choice(['default', 'prod', 'apps']))
        port = v.choice([8080, 8000, 9000, 3000])
        self.ups = ['%s:%d' % (priv_ip(v, sc.vpc_b, 64, 127), port) for _ in range(v.randint(3, 10))]
        self.stamp = Stamp(p_iso)
        self.h2 = v.uniform(0.0, 0.5)

    def t(self, ts):
        s, us = divmod(ts, US)
        return '%s.%03dZ' % (self.stamp(s), us // 1000)

    def req(self, ts, rt, st, lat, ip, ua, rng):
        up = self.ups[int(rng.random() * len(self.ups))]
        flags = '-'
        svc = None
        if st == 503:
            r = rng.random()
            if r < 0.45:
                flags = 'UF'
                lat = rng.uniform(1, 30)
            elif r < 0.75:
                flags = 'UH'
                up = '-'
                lat = rng.uniform(0.1, 1)
            else:
                flags = 'UO'
                up = '-'
                lat = rng.uniform(0.1, 1)
        elif st == 504:
            flags = 'UT'
            lat = 15000 + rng.uniform(0, 3)
        elif st == 200 and rng.random() < 0.0015:
            st = 0
            flags = 'DC'
        if flags == '-' and st != 0:
            svc = str(max(0, int(lat) - rng.randint(0, 2)))
        dur = int(lat)
        size = self.http.size(rt, st, rng) if st else 0
        recv = rng.randint(200, 3000) if rt.method in ('POST', 'PATCH') else 0
        proto = 'HTTP/2' if rng.random() < self.h2 else 'HTTP/1.1'
        xff = ip if self.edge else '-'
        # the log line carries the start time of the request
        start = ts
        self.add(start, '[%s] "%s %s %s" %d %s %d %d %d %s "%s" "%s" "%s" "%s" "%s"' % (
            self.t(start), rt.method, self.http.path(rt, rng), proto, st, flags, recv, size, dur,
            svc or '-', xff, ua, uuid4(rng), self.host, up))

    def health(self, ts, rng):
        up = self.ups[int(rng.random() * len(self.ups))]
        self.add(ts, '[%s] "GET /healthz HTTP/1.1" 200 - 0 2 %d %d "-" "%s" "%s" "%s" "%s"' % (
            self.t(ts), rng.randint(0, 2), rng.randint(0, 1),
            'ELB-HealthChecker/2.0' if self.edge else 'kube-probe/1.%d' % (self.sc.year - 1998),
            uuid4(rng), self.host, up))


# ---------------------------------------------------------------------------
class Traefik(HttpAccess):
    KIND = 'traefik'

    def setup(self):
        v = self.vr
        sc = self.sc
        self.http = HttpModel(v, sc, public=True, browser=v.random() < 0.4)
        self.off = v.choice([0, sc.tz])
        self.st_loc = Stamp(p_iso, self.off)
        self.st_utc = Stamp(p_iso)
        self.zs = 'Z' if self.off == 0 else offs(self.off)
        svc = v.choice(sc.svcs)
        self.router = v.choice(['%s@docker' % svc, 'websecure-%s@docker' % svc,
                                '%s-%s@kubernetescrd' % (v.choice(['prod', 'default']), svc)])
        self.service = svc + ('@docker' if '@docker' in self.router else '@kubernetescrd')
        self.backs = ['%s:%d' % (priv_ip(v, 18), v.choice([8080, 3000, 8000]))
                      for _ in range(v.randint(1, 4))]
        self.backs = ['172.%d.0.%d:%s' % (v.randint(17, 22), v.randint(2, 30), b.split(':')[1])
                      for b in self.backs] if v.random() < 0.5 else self.backs
        self.host = sc.api_host
        self.count = v.randint(1000, 900000)
        self.omit = sc.year >= 2023
        self.v3 = sc.year >= 2025 or (sc.year == 2024 and v.random() < 0.5)
        self.ua_keep = v.random() < 0.7

    def req(self, ts, rt, st, lat, ip, ua, rng):
        self.count += 1
        dur = int(lat * 1e6) + rng.randint(20000, 900000)
        over = rng.randint(15000, 600000)
        ost = st
        if st in (502, 504) and rng.random() < 0.7:
            ost = 0
        osize = self.http.size(rt, st, rng) if ost else 0
        dsize = osize if ost else 11
        start_ns = ts * 1000 + rng.randint(0, 999) - dur
        ss, frac = divmod(start_ns, 1000000000)
        back = self.backs[int(rng.random() * len(self.backs))]
        path = self.http.path(rt, rng)
        port = rng.randint(1024, 65535)
        su = go_nano(self.st_utc(ss), frac) + 'Z'
        sl = go_nano(self.st_loc(ss), frac) + self.zs
        te = ts // US
        if self.v3:
            url = '"http://%s"' % back
        else:
            url = ('{"Scheme":"http","Opaque":"","User":null,"Host":"%s","Path":"","RawPath":"",%s'
                   '"ForceQuery":false,"RawQuery":"","Fragment":"","RawFragment":""}') % (
                back, '"OmitHost":false,' if self.omit else '')
        s = ('{"ClientAddr":"%s:%d","ClientHost":"%s","ClientPort":"%d","ClientUsername":"-",'
             '"DownstreamContentSize":%d,"DownstreamStatus":%d,"Duration":%d,'
             '"OriginContentSize":%d,"OriginDuration":%d,"OriginStatus":%d,"Overhead":%d,'
             '"RequestAddr":"%s","RequestContentSize":%d,"RequestCount":%d,"RequestHost":"%s",'
             '"RequestMethod":"%s","RequestPath":"%s","RequestPort":"-","RequestProtocol":"HTTP/%s",'
             '"RequestScheme":"https","RetryAttempts":0,"RouterName":"%s","ServiceAddr":"%s",'
             '"ServiceName":"%s","ServiceURL":%s,"StartLocal":"%s","StartUTC":"%s",'
             '"TLSCipher":"TLS_AES_128_GCM_SHA256","TLSVersion":"1.3","entryPointName":"websecure",'
             '"level":"info","msg":"",%s"time":"%s%s"}') % (
            ip, port, ip, port, dsize, st, dur, osize, dur - over if ost else 0, ost, over,
            self.host, rng.randint(200, 3000) if rt.method in ('POST', 'PATCH') else 0,
            self.count, self.host, rt.method, path, '2.0' if rng.random() < 0.5 else '1.1',
            self.router, back, self.service, url, sl, su,
            ('"request_User-Agent":"%s",' % ua) if self.ua_keep else '',
            self.st_loc(te), self.zs)
        self.add(ts, s)


# ---------------------------------------------------------------------------
class Squid(HttpAccess):
    KIND = 'squid'
    PREC = 1000
    ALPHA = 0.85

    def setup(self):
        v = self.vr
        sc = self.sc
        self.clients = [priv_ip(v, sc.vpc_b, 0, 60) for _ in range(v.randint(8, 30))]
        self.cpick = Picker([(c, 1.0 / (i + 1) ** 0.9) for i, c in enumerate(self.clients)])
        common = ['sentry.io', 'api.github.com', 'registry-1.docker.io', 'oauth2.googleapis.com',
                  's3.%s.amazonaws.com' % sc.region, 'sts.amazonaws.com', 'api.datadoghq.eu',
                  'pypi.org', 'files.pythonhosted.org', 'rubygems.org', 'hooks.slack.com']
        dests = list(dict.fromkeys(sc.D['partners'] + common))
        self.dest_ip = {d: pub_ip(v) for d in dests}
        self.dpick = Picker([(d, (3.0 if d in sc.D['partners'] else 1.0) / (i + 1) ** 0.5)
                             for i, d in enumerate(dests)])
        self.dmed = {d: v.uniform(120, 900) for d in dests}
        self.p5base = v.uniform(0.001, 0.0035)
        self.denied = ['pastebin.com:443', 'api.telegram.org:443', 'transfer.sh:443',
                       'mega.nz:443', 'raw.githubusercontent.com:443']
        self.auth = v.random() < 0.3
        self.users = ['svc-%s' % s for s in sc.svcs]

    def fmt(self, ts, el, ip, code, size, meth, url, hier, mime, user='-'):
        s, us = divmod(ts, US)
        return '%d.%03d %6d %s %s %d %s %s %s %s %s' % (s, us // 1000, el, ip, code, size, meth,
                                                        url, user, hier, mime)

    def background(self):
        rng = self.rng
        self.http = None
        for ts in self.arrivals(self.ev_per_min):
            self.one(ts, rng, self.cpick(rng), self.dpick(rng), self.p5(ts, self.p5base),
                     self.lat_mult(ts))
        # unattended-upgrades / apt, hourly backup upload, cert renewal
        for ts in self.clock_ticks(3600, offset_s=self.vr.randint(60, 3000), jitter_s=20):
            for c in self.clients[:self.vr.randint(1, 3)]:
                t = ts + int(rng.random() * 10 * SEC)
                self.add(t, self.fmt(t, int(rng.uniform(20000, 240000) * self.lat_mult(t)), c,
                                     'TCP_TUNNEL/200', rng.randint(50_000_000, 900_000_000),
                                     'CONNECT', 's3.%s.amazonaws.com:443' % self.sc.region,
                                     'HIER_DIRECT/%s' % self.dest_ip['s3.%s.amazonaws.com' % self.sc.region], '-'))
        for ts in self.clock_ticks(6 * 3600, offset_s=self.vr.randint(600, 20000), jitter_s=300):
            for c in self.clients:
                if rng.random() < 0.5:
                    continue
                t0 = ts + int(rng.random() * 90 * SEC)
                for pkg in ('dists/bookworm/InRelease', 'dists/bookworm-updates/InRelease',
                            'dists/bookworm-security/InRelease'):
                    t0 += int(rng.uniform(0.05, 0.6) * SEC)
                    hit = rng.random() < 0.6
                    self.add(t0, self.fmt(t0, rng.randint(0, 3) if hit else rng.randint(30, 400), c,
                                          'TCP_REFRESH_UNMODIFIED/304' if hit else 'TCP_MISS/200',
                                          rng.randint(300, 500) if hit else rng.randint(40000, 160000),
                                          'GET', 'http://deb.debian.org/debian/' + pkg,
                                          'HIER_DIRECT/151.101.%d.%d' % (rng.randint(0, 255), rng.randint(1, 254)),
                                          '-' if hit else 'application/octet-stream'))
        for inc in self.floods:
            p = inc['params']
            fr = R(self.sc.seed, self.sc.sid, 'flood', inc['idx'])
            ips = fr.sample(self.clients, min(p['clients'], len(self.clients)))
            dest = fr.choice(self.sc.D['partners'])
            inc['desc'] = ('%d internal client%s (%s) hammer CONNECT %s:443 through the proxy at '
                           'about %.1fx normal volume' % (len(ips), 's' if len(ips) > 1 else '',
                                                          ', '.join(ips), dest, p['k']))
            for ts in self.arrivals(self.ev_per_min * (p['k'] - 1.0), inc['t0'], inc['t1']):
                self.one(ts, rng, ips[int(rng.random() * len(ips))], dest, self.p5(ts, self.p5base),
                         self.lat_mult(ts))
        for inc in self.incs:
            if inc['kind'] == 'latency_shift':
                inc['desc'] = ('egress requests through the proxy take about %.1fx longer (90 s '
                               'ramp)' % inc['params']['k'])
            elif inc['kind'] == 'http_5xx':
                inc['desc'] = ('about %.1f%% of proxied requests fail with 502/503/504'
                               % (100 * inc['params']['share']))
            elif inc['kind'] == 'silence':
                inc['desc'] = 'the proxy access log stops being written' + (
                    ' for good' if inc['params'].get('stop') else ' and later resumes')

    def one(self, ts, rng, ip, dest, p5, lm):
        user = rng.choice(self.users) if self.auth else '-'
        r = rng.random()
        el = self.dmed[dest] * math.exp(rng.gauss(0, 0.7))
        if rng.random() < 0.01:
            el *= rng.paretovariate(1.3)
        el = int(min(el * lm, 120000))
        dip = self.dest_ip[dest]
        if r < p5:
            st = S5(rng)
            if st == 504:
                el = 60000 + rng.randint(0, 30)
            if rng.random() < 0.75:
                self.add(ts, self.fmt(ts, el if st == 504 else rng.randint(5, 900), ip,
                                      'NONE_NONE/%03d' % (503 if st != 504 else 504), 0,
                                      'CONNECT', dest + ':443', 'HIER_NONE/-', 'text/html', user))
            else:
                self.add(ts, self.fmt(ts, el, ip, 'TCP_MISS/%03d' % st, rng.randint(3800, 4400), 'POST',
                                      'http://%s/v1/events' % dest, 'HIER_DIRECT/' + dip,
                                      'text/html', user))
            return
        if r < p5 + 0.004:
            d = self.denied[int(rng.random() * len(self.denied))]
            self.add(ts, self.fmt(ts, 0, ip, 'TCP_DENIED/403', 3900 + rng.randint(0, 400), 'CONNECT',
                                  d, 'HIER_NONE/-', 'text/html', user))
            return
        if r < p5 + 0.006:
            self.add(ts, self.fmt(ts, rng.randint(0, 5), ip, 'NONE_NONE/000', 0, '-',
                                  'error:transaction-end-before-headers', 'HIER_NONE/-', '-'))
            return
        if r < 0.92:
            self.add(ts, self.fmt(ts, el, ip, 'TCP_TUNNEL/200', int(rng.lognormvariate(8.5, 1.1)),
                                  'CONNECT', dest + ':443', 'HIER_DIRECT/' + dip, '-', user))
        else:
            self.add(ts, self.fmt(ts, max(1, el // 3), ip, 'TCP_MISS/200', int(rng.lognormvariate(7, 1)),
                                  'GET', 'http://%s/status' % dest, 'HIER_DIRECT/' + dip,
                                  'application/json', user))

    def routine(self, ts):
        rng = self.rng
        d = self.dpick(rng)
        return self.fmt(ts, int(self.dmed[d]), self.cpick(rng), 'TCP_TUNNEL/200', 4210, 'CONNECT',
                        d + ':443', 'HIER_DIRECT/' + self.dest_ip[d], '-')
