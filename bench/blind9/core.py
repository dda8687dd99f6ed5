"""blind9 core: scenario planning, event timelines, rendering. Stdlib only."""
import datetime as dt, gzip, json, math, os, random
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc
KINDS = ['error_burst', 'silence', 'retry_storm', 'latency_shift', 'oom_kill', 'new_error',
         'disk_full', 'panic', 'http_5xx', 'traffic_flood']
ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles',
         'America/Sao_Paulo', 'America/St_Johns', 'Europe/Berlin', 'Europe/London', 'Europe/Helsinki',
         'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Tokyo', 'Australia/Sydney', 'Pacific/Auckland', 'UTC']


def pois(r, lam):
    if lam <= 0:
        return 0
    if lam < 30:
        L, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= r.random()
            if p < L:
                return k
            k += 1
    return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))


def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)


def floor_res(t, res):
    us = int(round(res * 1e6))
    e = t - dt.datetime(1970, 1, 1, tzinfo=UTC)
    tot = e.days * 86400_000_000 + e.seconds * 1_000_000 + e.microseconds
    tot -= tot % us
    tot -= tot % 1000
    return dt.datetime(1970, 1, 1, tzinfo=UTC) + dt.timedelta(microseconds=tot)


def ceil_res(t, res):
    us = int(round(res * 1e6))
    e = t - dt.datetime(1970, 1, 1, tzinfo=UTC)
    tot = e.days * 86400_000_000 + e.seconds * 1_000_000 + e.microseconds
    if tot % us:
        tot += us - tot % us
    if tot % 1000:
        tot += 1000 - tot % 1000
    return dt.datetime(1970, 1, 1, tzinfo=UTC) + dt.timedelta(microseconds=tot)


class FileGen:
    """Builds the event timeline of one log file and renders it."""

    def __init__(self, fmt, ws, dur_s, key, base_rate, rng):
        self.fmt, self.ws, self.dur, self.key, self.base = fmt, ws, dur_s, key, base_rate
        self.r = rng
        self.incidents = []      # dicts: kind, s, e (seconds), plus params
        self.peak = 14.0 + rng.uniform(-1.5, 1.5)

    def curve(self, sec):
        lt = (self.ws + dt.timedelta(seconds=sec)).astimezone(self.fmt.tz)
        h = lt.hour + lt.minute / 60.0
        d = min(abs(h - self.peak), 24 - abs(h - self.peak))
        e2 = min(abs(h - 20.5), 24 - abs(h - 20.5))
        wk = 0.75 if lt.weekday() >= 5 else 1.0
        return wk * (0.22 + 0.78 * math.exp(-(d / 4.2) ** 2) + 0.18 * math.exp(-(e2 / 1.8) ** 2))

    def busy(self, a, b, margin=0):
        for inc in self.incidents:
            if a < inc['e'] + margin and b > inc['s'] - margin:
                return True
        return False

    def build(self):
        r, f, D = self.r, self.fmt, self.dur
        ev = []   # (t, order, tag, arg)
        # short traffic bursts x1.3-1.8 for 1-4 min, away from incidents
        bursts = []
        for _ in range(int(D / 3600 * r.uniform(1, 3))):
            a = r.uniform(0, D - 300)
            b = a + r.uniform(60, 240)
            if not self.busy(a, b, 300):
                bursts.append((a, b, r.uniform(1.3, 1.8)))
        floods = [(i['s'], i['e'], i['factor']) for i in self.incidents if i['kind'] == 'traffic_flood']
        nmin = int(D // 60) + 1
        for m in range(nmin):
            t0 = m * 60.0
            lam = self.base * self.curve(t0 + 30)
            for a, b, k in bursts:
                if a <= t0 + 30 < b:
                    lam *= k
            n = pois(r, lam)
            for _ in range(n):
                t = t0 + r.random() * 60
                if t < D:
                    ev.append((t, 5, 'normal', None))
            for a, b, k in floods:
                ov = max(0.0, min(b, t0 + 60) - max(a, t0))
                if ov > 0:
                    n = pois(r, lam * (k - 1) * ov / 60 * getattr(self, 'flood_scale', 1.0))
                    for _ in range(n):
                        ev.append((max(a, t0) + r.random() * ov, 5, 'normal', 'flood'))
        # background noise
        wr = r.uniform(0.1, 1.0) * f.noise
        er = r.uniform(0.06, 0.3)
        rr = r.uniform(0.02, 0.25)
        for tag, rate in (('warn', wr), ('error', er), ('retry_ok', rr)):
            if not getattr(f, 'has_' + tag, True):
                continue
            t = r.expovariate(rate / 60)
            while t < D:
                ev.append((t, 4, tag, None))
                t += r.expovariate(rate / 60)
        per = r.uniform(4, 30) * 60
        t = r.uniform(0, per)
        while t < D:
            ev.append((t, 3, 'periodic', None))
            t += per * r.uniform(0.98, 1.02)
        hb = f.hb_every
        t = r.uniform(2, 25)
        ev.append((t, 3, 'hb', None))
        if hb:
            while t < D:
                t += hb * r.uniform(0.9, 1.1)
                ev.append((t, 3, 'hb', None))
        ev.append((D - r.uniform(2, 25), 3, 'hb', None))
        drops = []
        # benign restart
        if f.has_restart and r.random() < 0.4:
            for _ in range(40):
                a = r.uniform(1800, D - 1800)
                if not self.busy(a - 60, a + 120, 14 * 60):
                    g = r.uniform(4, 50)
                    ev.append((a, 1, 'stop', None))
                    ev.append((a + g, 1, 'banner', None))
                    drops.append((a - 0.5, a + g + 0.5))
                    break
        # incidents
        for inc in self.incidents:
            k, s, e = inc['kind'], inc['s'], inc['e']
            for t, tag, arg in inc.get('events', []):
                ev.append((t, 2, tag, arg))
            if k == 'silence':
                drops.append((s - 2.5, e + 2.5))
            elif k in ('panic', 'oom_kill'):
                for a, b in inc['gaps']:
                    drops.append((a + 0.0005, b - 0.0005))
        ev.sort(key=lambda x: (x[0], x[1]))
        out = []
        for t, o, tag, arg in ev:
            if o != 2 and any(a <= t <= b for a, b in drops):
                continue
            if o == 2 and tag not in ('crash', 'banner') and any(a <= t <= b for a, b in drops):
                continue
            out.append((t, o, tag, arg))
        self.events = out

    def render(self):
        f, r = self.fmt, self.r
        lines = list(f.preamble(self.ws))
        lat_w = [(i['s'], i['e'], i['mult']) for i in self.incidents if i['kind'] == 'latency_shift']
        x5_w = [(i['s'], i['e'], i['p']) for i in self.incidents if i['kind'] == 'http_5xx']
        S = {'lat': 1.0, 'p5xx': f.base5xx}
        ws = self.ws
        times = []
        self.disp = {}
        prev = 0.0
        for t, o, tag, arg in self.events:
            T = ws + dt.timedelta(seconds=t)
            if tag == 'normal':
                S['lat'] = 1.0
                S['p5xx'] = f.base5xx
                for a, b, m in lat_w:
                    if a <= t <= b:
                        S['lat'] = m
                for a, b, p in x5_w:
                    if a <= t <= b:
                        S['p5xx'] = p
                L = f.normal(r, T, S, arg == 'flood')
            elif tag == 'newerr':
                L = f.newerr(r, T, arg)
            elif tag == 'crash':
                L = f.oom(r, T) if arg == 'oom' else f.panic(r, T)
                self.disp[t] = prev
            else:
                L = getattr(f, tag)(r, T)
            lines.extend(L)
            if L:
                prev = t
            times.append((t, len(L)))
        self.times = times
        return lines


def write_file(path, lines, fmt):
    nl = '\r\n' if fmt.crlf else '\n'
    data = nl.join(lines) + nl
    b = data.encode(fmt.enc, errors='replace')
    if fmt.enc == 'utf-16':
        pass  # python adds BOM
    if path.endswith('.gz'):
        with open(path, 'wb') as fh:
            with gzip.GzipFile(filename='', mode='wb', fileobj=fh, mtime=0, compresslevel=6) as gz:
                gz.write(b)
    else:
        with open(path, 'wb') as fh:
            fh.write(b)
    return len(b)
