#!/usr/bin/env python3
"""blind11: log-bundle generator with labelled incidents.

usage: python3 gen.py OUTDIR SEED
Writes OUTDIR/s01 .. OUTDIR/s10, each a directory of log files plus truth.json.
Standard library only; deterministic for a given SEED.
"""
import datetime
import gzip
import json
import math
import os
import random
import sys
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fmtbase import hexid, uuid4, priv_ip, pub_ip  # noqa: E402
from fmt_py import PyBasic, PyAsctime, Loguru, Structlog, DjangoRunserver  # noqa: E402
from fmt_go import SlogText, SlogJSON, Zerolog, Logrus, Gin  # noqa: E402
from fmt_node import Pino, Winston, Nest  # noqa: E402
from fmt_php_beam import PhpError, PhpFpm, PhpFpmAccess, ElixirLogger, ErlangSasl  # noqa: E402
from fmt_jvm import Akka, Play, JulSimple, Ktor  # noqa: E402
from fmt_misc import Unreal, UnityPlayer, Srcds, Factorio, Rails, DotnetSystemd, DotnetJson  # noqa: E402

GEN = 'blind11'
KINDS = ['error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'oom_kill', 'disk_full', 'panic']
WINDOW_KINDS = ('latency_shift', 'http_5xx', 'traffic_flood', 'silence')

TZS = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'UTC',
       'Australia/Adelaide', 'America/Los_Angeles', 'Asia/Tokyo', 'America/Sao_Paulo', 'Europe/London',
       'Pacific/Auckland', 'Africa/Nairobi', 'America/Chicago', 'Asia/Tehran']

# name -> (min_year, [(file name, class, weight)], windows-capable file names)
TEMPLATES = [
    ('flask-shop', 2018, [('app.log', PyAsctime, 1.0), ('events.log', Structlog, 1.0), ('backup.log', PyBasic, 0.08), ('docker.log', Logrus, 0.25)]),
    ('django-staging', 2018, [('runserver.log', DjangoRunserver, 1.0), ('worker.log', Loguru, 0.6), ('api.log', Structlog, 1.0), ('containerd.log', Logrus, 0.2)]),
    ('go-api', 2023, [('gin.log', Gin, 1.0), ('orders.log', SlogJSON, 0.9), ('gateway.log', SlogText, 1.0), ('docker.log', Logrus, 0.2)]),
    ('node-saas', 2018, [('api.log', Pino, 1.0), ('combined.log', Winston, 0.8), ('server.log', Nest, 0.8), ('docker.log', Logrus, 0.2)]),
    ('php-shop', 2018, [('php_errors.log', PhpError, 0.35), ('php-fpm.log', PhpFpm, 0.06), ('www.access.log', PhpFpmAccess, 1.0), ('backup.log', PyBasic, 0.05), ('docker.log', Logrus, 0.15)]),
    ('phoenix', 2018, [('erlang.log.1', ElixirLogger, 1.0), ('sasl-error.log', ErlangSasl, 0.04), ('api.log', Pino, 0.5), ('containerd.log', Logrus, 0.2)]),
    ('jvm-orders', 2018, [('akka.log', Akka, 1.0), ('application.log', Play, 0.8), ('server.log', JulSimple, 0.5), ('containerd.log', Logrus, 0.2)]),
    ('ktor-leaderboard', 2019, [('leaderboard.log', Ktor, 1.0), ('lobby.log', Zerolog, 0.8), ('server.log', JulSimple, 0.3), ('docker.log', Logrus, 0.2)]),
    ('unreal-arena', 2021, [('ArenaServer.log', Unreal, 0.9), ('matchmaking.log', DotnetSystemd, 1.0), ('telemetry.log', DotnetJson, 0.6), ('combined.log', Winston, 0.4)]),
    ('unity-coop', 2019, [('Player.log', UnityPlayer, 0.25), ('gin.log', Gin, 1.0), ('lobby.log', Zerolog, 0.8), ('docker.log', Logrus, 0.2)]),
    ('source-community', 2018, [('SRCDS', Srcds, 0.8), ('production.log', Rails, 1.0), ('bot.log', Loguru, 0.4), ('docker.log', Logrus, 0.2)]),
    ('factorio', 2018, [('factorio-current.log', Factorio, 0.6), ('bot.log', Loguru, 0.5), ('api.log', Pino, 1.0), ('docker.log', Logrus, 0.2)]),
    ('rails-shop', 2018, [('production.log', Rails, 1.0), ('api.log', Pino, 0.6), ('worker.log', Loguru, 0.5), ('containerd.log', Logrus, 0.2)]),
]
WIN_OK = {Unreal, Srcds}

PATHS = ['/api/v1/orders', '/api/v1/orders/{id}', '/api/v1/products', '/api/v1/products/{id}', '/api/v1/cart', '/api/v1/users/{id}',
         '/api/v1/search?q={q}', '/api/v1/lobbies', '/api/v1/lobbies/{id}/join', '/api/v1/players/{id}', '/api/v1/sessions', '/login',
         '/static/app.{h}.js', '/api/v1/inventory/{id}', '/api/v1/checkout']
WORDS = ['mug', 'shirt', 'lamp', 'desk', 'chair', 'red', 'sale', 'gift', 'coffee']
UAS = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
       'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
       'okhttp/4.12.0', 'Go-http-client/1.1', 'python-requests/2.31.0', 'UnrealEngine-CL-29314046']


class Q:
    __slots__ = ('method', 'path', 'status', 'dur', 'ip', 'size', 'rid', 'ua')


class Scenario:
    pass


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1


def curve(local_hour):
    return 0.3 + 0.7 * (0.5 - 0.5 * math.cos(2 * math.pi * (local_hour - 4.5) / 24.0))


def iso(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def pick_window(r, year, tzname):
    tz = ZoneInfo(tzname)
    for _ in range(200):
        hours = r.uniform(2.0, 8.0)
        dur = int(hours * 60) * 60
        doy = r.randint(2, 360)
        d = datetime.datetime(year, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(days=doy - 1, hours=r.randint(0, 23), minutes=r.choice([0, 5, 10, 15, 20, 30, 45]))
        s = d.timestamp()
        e = s + dur
        ls = datetime.datetime.fromtimestamp(s, tz)
        le = datetime.datetime.fromtimestamp(e, tz)
        ue = datetime.datetime.fromtimestamp(e, datetime.timezone.utc)
        if ls.utcoffset() != le.utcoffset():
            continue
        if ls.year != year or le.year != year or ue.year != year:
            continue
        return s, e, int(ls.utcoffset().total_seconds()), ls.tzname()
    raise RuntimeError('no window')


def make_req(r, f, t, ctx):
    q = Q()
    x = r.random()
    q.method = 'GET' if x < 0.72 else ('POST' if x < 0.9 else ('PUT' if x < 0.95 else ('DELETE' if x < 0.98 else 'PATCH')))
    p = r.choice(ctx['paths'])
    q.path = p.replace('{id}', str(r.randint(1, 99999))).replace('{q}', r.choice(WORDS)).replace('{h}', ctx['asset'])
    y = r.random()
    st = 200
    if y < 0.05:
        st = 201 if q.method == 'POST' else 204
    elif y < 0.08:
        st = 304
    elif y < 0.095:
        st = 302
    elif y < 0.105:
        st = 400
    elif y < 0.12:
        st = 401
    elif y < 0.145:
        st = 404
    elif y < 0.15:
        st = 422
    elif y < 0.1503:
        st = 500
    q.dur = r.lognormvariate(ctx['mu'], 0.6)
    for (a, b, m) in ctx['lat']:
        if a <= t < b:
            q.dur *= m
    for (a, b, p5) in ctx['5xx']:
        if a <= t < b and r.random() < p5:
            st = r.choice([500, 502, 503, 503, 504])
    q.status = st
    q.ip = r.choice(ctx['ips'])
    q.size = 0 if st in (204, 304) else r.randint(80, 40000)
    q.rid = hexid(r, 32)
    q.ua = r.choice(UAS)
    return q


def gen_file(sc, spec, incs, restart_at, target_lines):
    fname, cls, weight = spec['fname'], spec['cls'], spec['weight']
    f = spec['fmt']
    r = random.Random(f"{GEN}/{sc.seed}/{sc.sid}/{fname}/traffic")
    start, end = sc.start, sc.end
    minutes = int((end - start) // 60)
    ev = []
    seq = [0]

    def add(t, text):
        seq[0] += 1
        ev.append((t, seq[0], text))

    ctx = {'paths': r.sample(PATHS, 8), 'asset': hexid(r, 8), 'mu': math.log(r.uniform(8, 60)),
           'ips': [pub_ip(r) for _ in range(60)] + [priv_ip(r) for _ in range(10)], 'lat': [], '5xx': []}
    floods, silences = [], []
    for inc in incs:
        if inc['kind'] == 'latency_shift':
            ctx['lat'].append((inc['t0'], inc['t1'], inc['mult']))
        elif inc['kind'] == 'http_5xx':
            ctx['5xx'].append((inc['t0'], inc['t1'], inc['p']))
        elif inc['kind'] == 'traffic_flood':
            floods.append((inc['t0'], inc['t1'], inc['mult']))
        elif inc['kind'] == 'silence':
            silences.append((inc['t0'], inc['t1']))

    def silent(t):
        for a, b in silences:
            if a <= t < b:
                return True
        return False

    mean_curve = sum(curve(((start + 60 * m + sc.off) / 3600.0) % 24) for m in range(0, minutes, 5)) / len(range(0, minutes, 5))
    rate = target_lines / max(1.0, f.lpe) / minutes / mean_curve / 1.12
    # natural bursts
    bursts = []
    for h in range(int(minutes // 60) + 1):
        for _ in range(r.randint(1, 3)):
            b0 = start + h * 3600 + r.uniform(0, 3600)
            bursts.append((b0, b0 + r.uniform(60, 240), r.uniform(1.3, 1.8)))
    kinds, wts = zip(*f.mix)
    cum = []
    acc = 0
    for w in wts:
        acc += w
        cum.append(acc)
    err_rate = r.uniform(0.05, 0.3)
    bgk = spec['bgk']
    retry_rate = r.uniform(0.02, 0.08)
    has_req = hasattr(f, 'req') and 'req' in kinds
    for m in range(minutes):
        t0 = start + 60 * m
        lam = rate * curve(((t0 + sc.off) / 3600.0) % 24)
        for a, b, k in bursts:
            if a <= t0 + 30 < b:
                lam *= k
        for a, b, k in floods:
            if a <= t0 + 30 < b:
                lam *= k
        n = poisson(r, lam)
        for _ in range(n):
            t = t0 + r.random() * 60
            if silent(t):
                continue
            x = r.random() * acc
            i = 0
            while cum[i] < x:
                i += 1
            k = kinds[i]
            if k == 'req':
                res = f.req(t, make_req(r, f, t, ctx))
                if isinstance(res, list):
                    for tt, txt in res:
                        add(tt, txt)
                else:
                    add(t, res)
            else:
                add(t, f.bg(t, k))
        if hasattr(f, 'err'):
            for _ in range(poisson(r, err_rate)):
                t = t0 + r.random() * 60
                if not silent(t):
                    kk = bgk if r.random() < 0.6 else r.randrange(3)
                    add(t, f.err(t, kk))
        if True:
            for _ in range(poisson(r, retry_rate)):
                t = t0 + r.random() * 60
                if not silent(t) and not silent(t + 3):
                    for tt, txt in f.retry_ok(t):
                        add(tt, txt)
    # guaranteed background errors of the burst kind, away from incidents
    if hasattr(f, 'err'):
        for j in range(3):
            t = start + 600 + j * 1200 + r.uniform(0, 300)
            if t < end - 60 and not silent(t) and all(not (i['t0'] - 120 <= t <= i['t1'] + 120) for i in incs):
                add(t, f.err(t, bgk))
    # heartbeats (both window edges) and periodic jobs
    hb_every = r.choice(f.hb_choices)
    t = start + r.uniform(0.05, 0.9)
    while t < end:
        if not silent(t):
            add(t, f.hb(t))
        t += hb_every + r.uniform(-0.2, 0.2)
    add(end - r.uniform(0.05, 0.9), f.hb(end - 1))
    job_every = r.choice([300, 600, 900])
    t = start + r.uniform(30, job_every)
    while t < end - 5:
        if not silent(t):
            add(t, f.job(t))
        t += job_every + r.uniform(0, 2)
    # benign restart
    if restart_at is not None:
        gap = r.uniform(2, 12)
        ev[:] = [e for e in ev if not (restart_at < e[0] < restart_at + gap)]
        for tt, txt in f.stop(restart_at):
            add(tt, txt)
        for tt, txt in f.start(restart_at + gap):
            add(tt, txt)
    # event incidents
    ir = random.Random(f"{GEN}/{sc.seed}/{sc.sid}/{fname}/incidents")
    for inc in incs:
        k = inc['kind']
        if k in WINDOW_KINDS:
            continue
        t0, t1 = inc['t0'], inc['t1']
        lines = []
        if k in ('oom_kill', 'panic'):
            block = f.oom(t0) if k == 'oom_kill' else f.panic(t0)
            gap_end = block[-1][0]
            ev[:] = [e for e in ev if not (t0 <= e[0] <= gap_end + 0.5)]
            for tt, txt in block:
                add(tt, txt)
            lines = [b[0] for b in block]
            inc['sig'] = f.oom_sig if k == 'oom_kill' else f.panic_sig
            inc['n'] = sum(txt.count('\n') + 1 for _, txt in block)
        else:
            n = inc['count']
            ts = sorted(t0 + (t1 - t0) * ir.random() for _ in range(n - 2)) + [t0, t1]
            ts.sort()
            for i, tt in enumerate(ts):
                if k == 'error_burst':
                    add(tt, f.err(tt, bgk))
                elif k == 'new_error':
                    add(tt, f.newerr(tt))
                elif k == 'retry_storm':
                    add(tt, f.retry(tt, i))
                elif k == 'disk_full':
                    add(tt, f.disk(tt))
            lines = ts
            inc['sig'] = {'error_burst': lambda: f.err_sig(bgk), 'new_error': lambda: f.newerr_sig(), 'retry_storm': lambda: f.retry_sig, 'disk_full': lambda: f.disk_sig}[k]()
            inc['n'] = n
        inc['first'], inc['last'] = min(lines), max(lines)
    ev.sort()
    return ev


def plan(seed):
    r = random.Random(f"{GEN}/{seed}/plan")
    order = list(range(len(TEMPLATES)))
    r.shuffle(order)
    chosen = order[:10]
    scs = []
    years_not_2026 = 0
    for i, ti in enumerate(chosen):
        name, miny, files = TEMPLATES[ti]
        sc = Scenario()
        sc.seed = seed
        sc.sid = f"s{i + 1:02d}"
        sc.tname = name
        sr = random.Random(f"{GEN}/{seed}/{sc.sid}/scenario")
        sc.year = sr.randint(max(2018, miny), 2026)
        if i == 9 and years_not_2026 == 0:
            sc.year = sr.randint(max(2018, miny), 2025)
        if sc.year != 2026:
            years_not_2026 += 1
        sc.tzname = sr.choice(TZS)
        sc.start, sc.end, sc.off, sc.tzabbr = pick_window(sr, sc.year, sc.tzname)
        sc.host = sr.choice(['web-01', 'app-7f9c4', 'api-prod-2', 'srv-eu1', 'game-fra-03', 'ip-10-0-1-12', 'shop-vm'])
        sc.windows = sr.random() < 0.35
        sc.files = []
        for fname, cls, w in files:
            if fname == 'SRCDS':
                lt = datetime.datetime.fromtimestamp(sc.start + sc.off, datetime.timezone.utc)
                fname = f"L{lt.month:02d}{lt.day:02d}{sr.randint(0, 3):03d}.log"
            if cls is PhpFpm:
                fname = {2018: 'php7.2-fpm.log', 2019: 'php7.3-fpm.log', 2020: 'php7.4-fpm.log', 2021: 'php8.0-fpm.log', 2022: 'php8.1-fpm.log', 2023: 'php8.2-fpm.log', 2024: 'php8.3-fpm.log'}.get(sc.year, 'php8.4-fpm.log')
            fr = random.Random(f"{GEN}/{seed}/{sc.sid}/{fname}/format")
            win = sc.windows and cls in WIN_OK
            gz = (not win) and fr.random() < 0.25
            spec = {'fname': fname, 'cls': cls, 'weight': w, 'win': win, 'gz': gz, 'bgk': fr.randrange(3)}
            spec['fmt'] = cls(sc, fname, fr)
            spec['out'] = fname + ('.gz' if gz else '')
            sc.files.append(spec)
        sc.incs = []
        scs.append(sc)
    healthy = set(r.sample(range(10), 2))
    minutes_of = {'error_burst': (3, 10), 'new_error': (3, 12), 'retry_storm': (4, 15), 'disk_full': (5, 20), 'oom_kill': (1, 1), 'panic': (1, 1),
                  'latency_shift': (10, 40), 'http_5xx': (5, 25), 'traffic_flood': (5, 30), 'silence': (10, 40)}

    def cands(sc, kind):
        out = []
        for spec in sc.files:
            fmt = spec['fmt']
            if kind not in fmt.kinds:
                continue
            if kind == 'latency_shift' and not fmt.has_dur:
                continue
            if kind == 'http_5xx' and not fmt.access:
                continue
            out.append(spec)
        return out

    def try_place(sc, kind):
        cs = cands(sc, kind)
        r.shuffle(cs)
        for spec in cs:
            for _ in range(40):
                lo, hi = minutes_of[kind]
                dur = r.randint(lo * 60, hi * 60) if kind not in ('oom_kill', 'panic') else 60
                a = sc.start + 40 * 60 + 60
                b = sc.end - 9 * 60 - dur - 60
                if b <= a:
                    break
                t0 = float(int(r.uniform(a, b)))
                if kind not in WINDOW_KINDS:
                    t0 += round(r.uniform(0.01, 0.99), 6)
                t1 = t0 + dur
                ok = True
                for o in sc.incs:
                    if o['spec'] is spec and not (t1 + 13 * 60 + 60 <= o['t0'] or o['t1'] + 13 * 60 + 60 <= t0):
                        ok = False
                if not ok:
                    continue
                inc = {'kind': kind, 'spec': spec, 't0': t0, 't1': t1}
                if kind == 'latency_shift':
                    inc['mult'] = r.uniform(3.0, 8.0)
                elif kind == 'http_5xx':
                    inc['p'] = r.uniform(0.25, 0.6)
                elif kind == 'traffic_flood':
                    inc['mult'] = r.uniform(4.0, 10.0)
                elif kind == 'error_burst':
                    inc['count'] = r.randint(40, 150)
                elif kind == 'new_error':
                    inc['count'] = r.randint(25, 100)
                elif kind == 'retry_storm':
                    inc['count'] = r.randint(200, 600)
                elif kind == 'disk_full':
                    inc['count'] = r.randint(20, 120)
                sc.incs.append(inc)
                return True
        return False

    sick = [i for i in range(10) if i not in healthy]
    kinds = KINDS[:]
    r.shuffle(kinds)
    for kind in kinds:
        opts = [i for i in sick if len(scs[i].incs) < 2 and cands(scs[i], kind)]
        r.shuffle(opts)
        placed = False
        for i in opts:
            if try_place(scs[i], kind):
                placed = True
                break
        if not placed:
            for i in sick:
                if len(scs[i].incs) < 3 and try_place(scs[i], kind):
                    placed = True
                    break
        if not placed:
            raise RuntimeError(f"could not place {kind}")
    for i in sick:
        sc = scs[i]
        want = r.randint(1, 3)
        tries = 0
        while len(sc.incs) < want and tries < 20:
            tries += 1
            try_place(sc, r.choice(KINDS))
    # benign restarts
    for sc in scs:
        sr = random.Random(f"{GEN}/{seed}/{sc.sid}/restart")
        sc.restart = {}
        if sr.random() < 0.5:
            specs = [s for s in sc.files if s['fmt'].restartable]
            if specs:
                spec = sr.choice(specs)
                for _ in range(50):
                    t = float(int(sr.uniform(sc.start + 20 * 60, sc.end - 20 * 60)))
                    if all(abs(t - i['t0']) > 15 * 60 and abs(t - i['t1']) > 15 * 60 and not (i['t0'] <= t <= i['t1']) for i in sc.incs):
                        sc.restart[spec['fname']] = t
                        break
    return scs


def describe(sc, inc):
    spec = inc['spec']
    sw = spec['fmt'].software
    k = inc['kind']
    mins = (inc['t1'] - inc['t0']) / 60.0
    if k == 'latency_shift':
        return f"{sw}: request durations x{inc['mult']:.1f} for {mins:.0f} min"
    if k == 'http_5xx':
        return f"{sw}: {int(inc['p'] * 100)}% of responses 5xx for {mins:.0f} min"
    if k == 'traffic_flood':
        return f"{sw}: line rate x{inc['mult']:.1f} for {mins:.0f} min"
    if k == 'silence':
        return f"{sw}: no output for {mins:.0f} min"
    what = {'error_burst': 'burst of an existing error', 'new_error': 'burst of a never-seen error', 'retry_storm': 'retry storm',
            'disk_full': 'disk full', 'oom_kill': 'out-of-memory kill', 'panic': 'crash with stack trace and restart'}[k]
    return f"{sw}: {what}, {inc['n']} lines; match: \"{inc['sig']}\""


def write_scenario(out, sc):
    d = os.path.join(out, sc.sid)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    # target lines for the scenario, split by weight
    tr = random.Random(f"{GEN}/{sc.seed}/{sc.sid}/volume")
    total = tr.randint(70000, 125000)
    wsum = sum(s['weight'] for s in sc.files)
    truth = []
    stats = []
    for spec in sc.files:
        incs = [i for i in sc.incs if i['spec'] is spec]
        ev = gen_file(sc, spec, incs, sc.restart.get(spec['fname']), total * spec['weight'] / wsum)
        # the start banner of a process that was already running is not in the window; emit initial banner only for Factorio/srcds/Unity
        fmt = spec['fmt']
        head = []
        if type(fmt) in (Factorio, Srcds, UnityPlayer):
            head = [txt for _, txt in fmt.start(sc.start)]
        text = '\n'.join(head + [e[2] for e in ev]) + '\n'
        nl = text.count('\n')
        if spec['win']:
            text = text.replace('\n', '\r\n')
        data = text.encode('utf-8')
        if spec['win'] and type(fmt) is Unreal:
            data = b'\xef\xbb\xbf' + data
        p = os.path.join(d, spec['out'])
        if spec['gz']:
            with open(p, 'wb') as fh:
                with gzip.GzipFile(filename='', mode='wb', fileobj=fh, mtime=0, compresslevel=6) as gz:
                    gz.write(data)
        else:
            with open(p, 'wb') as fh:
                fh.write(data)
        stats.append((spec['out'], nl, len(data)))
        for inc in incs:
            if inc['kind'] in WINDOW_KINDS:
                s, e = inc['t0'], inc['t1']
            else:
                s, e = math.floor(inc['first']), math.ceil(inc['last'])
                if e == s:
                    e = s + 1
            truth.append({'kind': inc['kind'], 'file': spec['out'], 'start': iso(s), 'end': iso(e), 'description': describe(sc, inc)})
    truth.sort(key=lambda x: (x['start'], x['file']))
    with open(os.path.join(d, 'truth.json'), 'w') as fh:
        json.dump({'incidents': truth}, fh, indent=2)
        fh.write('\n')
    return stats


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    scs = plan(seed)
    for sc in scs:
        stats = write_scenario(out, sc)
        if os.environ.get('BLIND11_VERBOSE'):
            print(sc.sid, sc.tname, sc.year, sc.tzname, iso(sc.start), iso(sc.end), sum(s[1] for s in stats), [(s[0], s[1]) for s in stats], [(i['kind'], i['spec']['out']) for i in sc.incs])


if __name__ == '__main__':
    main()
