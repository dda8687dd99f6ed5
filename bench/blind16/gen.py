#!/usr/bin/env python3
"""blind16 bundle generator: python3 gen.py OUTDIR SEED"""
import sys
sys.dont_write_bytecode = True
import os, json, gzip, math, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import *
import fmt_openstack, fmt_other, fmt_net
from fmt_base import ALL

FMTS = fmt_openstack.FORMATS + [fmt_other.Proxmox, fmt_other.PveAccess, fmt_other.Vpxd, fmt_other.Ovirt] + fmt_net.FORMATS
THEMES = {'openstack': fmt_openstack.FORMATS, 'virt': [fmt_other.Proxmox, fmt_other.PveAccess, fmt_other.Vpxd, fmt_other.Ovirt],
          'nas': [fmt_net.Synology, fmt_net.TrueNAS], 'net': [fmt_net.MikroTik, fmt_net.UniFi, fmt_net.SonicWall, fmt_net.OpenWrt]}
TZS = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Darwin',
       'Australia/Adelaide', 'Asia/Tokyo', 'America/Los_Angeles', 'Europe/London', 'America/Sao_Paulo', 'Pacific/Auckland', 'Europe/Helsinki']
DUR = {'error_burst': (3, 12), 'new_error': (2, 10), 'retry_storm': (3, 12), 'latency_shift': (10, 40), 'http_5xx': (4, 15),
       'traffic_flood': (5, 25), 'silence': (10, 40), 'oom_kill': (1, 3), 'disk_full': (3, 14), 'panic': (1, 3)}


class Scn:
    pass


def iso(tms):
    return dt.datetime.fromtimestamp(tms / 1000, dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def pois(r, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(r.gauss(lam, math.sqrt(lam)) + 0.5))
    L = math.exp(-lam); k = 0; p = r.random()
    while p > L:
        k += 1; p *= r.random()
    return k


def curve(h):
    return 0.45 + 0.55 * math.exp(-((h - 14.0) / 4.5) ** 2)


def plan(seed):
    r = R(seed, 'plan', '-', 'plan')
    kinds = list(ALL)
    r.shuffle(kinds)
    n = r.randint(13, 18)
    counts = [1] * 8
    while sum(counts) < n:
        i = r.randrange(8)
        if counts[i] < 3:
            counts[i] += 1
    bag = kinds + [r.choice(ALL) for _ in range(n - 10)]
    r.shuffle(bag)
    per, k = [], 0
    for c in counts:
        ks = []
        for _ in range(c):
            ks.append(bag[k]); k += 1
        per.append(ks)
    healthy = sorted(r.sample(range(10), 2))
    out, j = [], 0
    years = [r.randint(2018, 2026) for _ in range(10)]
    years[r.randrange(10)] = 2026
    for a, b in ((0, 3), (1, 7)):
        if years[a] == 2026: years[a] = r.randint(2018, 2025)
        if years[b] == 2026: years[b] = r.randint(2018, 2025)
    for i in range(10):
        if i in healthy:
            out.append((years[i], []))
        else:
            out.append((years[i], per[j])); j += 1
    return out


def choose_formats(sc, kinds, r):
    for attempt in range(200):
        theme = r.choice(sorted(THEMES))
        nf = r.randint(3, 6)
        pool = list(THEMES[theme])
        r.shuffle(pool)
        pick = pool[:r.randint(2, min(4, len(pool)))]
        others = [f for f in FMTS if f not in pick]
        r.shuffle(others)
        pick += others[:max(0, nf - len(pick))]
        objs = [f(sc, R(sc.seed, sc.name, f.__name__, 'setup')) for f in pick]
        names = [o.fname for o in objs]
        if len(set(names)) != len(names):
            continue
        if not any(o.absolute for o in objs):
            continue
        ok = all(any(k in o.kinds for o in objs) for k in kinds)
        if ok:
            return objs
    raise RuntimeError('no formats')


def build_scenario(seed, idx, year, kinds, outdir):
    sc = Scn()
    sc.seed = seed
    sc.name = 's%02d' % (idx + 1)
    r = R(seed, sc.name, '-', 'scenario')
    while True:
        tz = r.choice(TZS)
        doy = r.randint(2, 360)
        hours = r.uniform(2.0, 8.0)
        start = dt.datetime(year, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(days=doy, minutes=r.randrange(24 * 60))
        end = start + dt.timedelta(minutes=int(hours * 60))
        z = ZoneInfo(tz)
        a, b = start.astimezone(z), end.astimezone(z)
        if a.utcoffset() == b.utcoffset() and a.year == b.year == end.year == year:
            break
    sc.tz, sc.year = tz, year
    sc.clock, sc.uclock = Clock(tz), Clock('UTC')
    sc.w0 = int(start.timestamp()) * 1000
    sc.w1 = int(end.timestamp()) * 1000
    sc.domain = r.choice(['corp.example', 'lab.example.net', 'dc1.example.org', 'infra.example.com'])
    sc.host = r.choice(['pve', 'cmp', 'nas', 'node', 'ctl', 'gw']) + '%02d' % r.randint(1, 30)
    sc.ctl = 'controller' if r.random() < 0.5 else '10.11.0.%d' % r.randint(2, 20)
    fmts = choose_formats(sc, kinds, r)
    dmin = (sc.w1 - sc.w0) / 60000.0
    # incidents
    incs = []  # (fmt, kind, a, b, extra)
    for kind in kinds:
        for attempt in range(400):
            f = r.choice([o for o in fmts if kind in o.kinds])
            d = r.uniform(*DUR[kind]) * 60000
            lo = sc.w0 + 42 * 60000
            hi = sc.w1 - 11 * 60000 - d
            if hi <= lo:
                continue
            a = int(r.uniform(lo, hi)) // 1000 * 1000
            b = a + int(d) // 1000 * 1000
            if any(g is f and not (b + 15 * 60000 < ga or a > gb + 15 * 60000) for g, _, ga, gb, _ in incs):
                continue
            incs.append((f, kind, a, b, r.random()))
            break
        else:
            raise RuntimeError('cannot place %s in %s' % (kind, sc.name))
    restart = None
    if r.random() < 0.5:
        cands = [o for o in fmts if hasattr(o, 'banner') and hasattr(o, 'stop')]
        for attempt in range(100):
            if not cands:
                break
            f = r.choice(cands)
            a = int(r.uniform(sc.w0 + 20 * 60000, sc.w1 - 20 * 60000)) // 1000 * 1000
            if all(abs(a - ga) > 16 * 60000 and abs(a - gb) > 16 * 60000 and not (ga <= a <= gb) for _, _, ga, gb, _ in incs):
                restart = (f, a)
                break
    # volume
    target = r.randint(58000, 112000)
    wsum = sum(o.weight for o in fmts)
    truth = []
    os.makedirs(os.path.join(outdir, sc.name), exist_ok=True)
    for o in fmts:
        my = [x for x in incs if x[0] is o]
        res = gen_file(sc, o, my, restart if restart and restart[0] is o else None, target * o.weight / wsum, dmin)
        gz = R(seed, sc.name, o.fname, 'gz').random() < 0.25 and o.gz_ok
        fname = o.fname + ('.gz' if gz else '')
        data = res['text']
        if o.bom:
            data = '\ufeff' + data
        if o.crlf:
            data = data.replace('\n', '\r\n')
        raw = data.encode('utf-8')
        path = os.path.join(outdir, sc.name, fname)
        if gz:
            with open(path, 'wb') as fh:
                with gzip.GzipFile(filename='', mode='wb', fileobj=fh, mtime=0, compresslevel=6) as g:
                    g.write(raw)
        else:
            with open(path, 'wb') as fh:
                fh.write(raw)
        for kind, a, b, desc in res['truth']:
            truth.append({'kind': kind, 'file': fname, 'start': iso(a), 'end': iso(b), 'description': desc})
        sc.lines = getattr(sc, 'lines', 0) + res['n']
    truth.sort(key=lambda x: (x['start'], x['file']))
    with open(os.path.join(outdir, sc.name, 'truth.json'), 'w') as fh:
        json.dump({'incidents': truth}, fh, indent=2)
        fh.write('\n')
    return sc.lines


def gen_file(sc, o, incs, restart, lines, dmin):
    r = R(sc.seed, sc.name, o.fname, 'noise')
    w0, w1 = sc.w0, sc.w1
    m0, m1 = w0 // 60000, w1 // 60000
    floods = [(a, b, 4 + 6 * x) for _, k, a, b, x in incs if k == 'traffic_flood']
    lats = [(a, b, 3 + 5 * x) for _, k, a, b, x in incs if k == 'latency_shift']
    x5 = [(a, b, 0.3 + 0.45 * x) for _, k, a, b, x in incs if k == 'http_5xx']
    periodic = o.periodic()
    per_lines = sum(dmin * 60 / iv for iv, _ in periodic)
    cs = [curve(sc.clock.lt(m * 60000)[3] + sc.clock.lt(m * 60000)[4] / 60.0) for m in range(m0, m1)]
    cmean = sum(cs) / len(cs)
    extra = sum((mu - 1) * (b - a) / 60000.0 for a, b, mu in floods)
    rate = max(12.0, (lines - per_lines) / (dmin + extra)) / cmean
    br = R(sc.seed, sc.name, o.fname, 'bursts')
    burst = {}
    for hstart in range(m0, m1, 60):
        for _ in range(br.randint(1, 3)):
            s = hstart + br.randrange(60)
            mu = br.uniform(1.3, 1.8)
            for q in range(br.randint(1, 4)):
                burst[s + q] = mu
    err_rate = R(sc.seed, sc.name, o.fname, 'err').uniform(0.05, 0.3)
    rr_rate = R(sc.seed, sc.name, o.fname, 'err').uniform(0.01, 0.05) if hasattr(o, 'retry') else 0
    recs = []
    ap = recs.append
    rs, ws = o.req_share, o.req_share + o.warn_p
    for i, m in enumerate(range(m0, m1)):
        tm = m * 60000
        mu = burst.get(m, 1.0)
        for a, b, f in floods:
            if a <= tm < b:
                mu *= f
        n = pois(r, rate * cs[i] * mu)
        for _ in range(n):
            t = tm + r.randrange(60000)
            if t >= w1:
                continue
            x = r.random()
            if x < rs:
                st = o.status(r) if o.has_status else 200
                mult = 1.0
                for a, b, f in x5:
                    if a <= t < b and r.random() < f:
                        st = r.choice([500, 502, 503, 503, 504])
                for a, b, f in lats:
                    if a <= t < b:
                        mult = f
                ap((t, o.req(r, t, st, mult)))
            elif x < ws:
                ap((t, o.warn(r, t)))
            else:
                ap((t, o.info(r, t)))
        if r.random() < err_rate:
            t = tm + r.randrange(60000)
            ap((t, o.err(r, t, r.randrange(o.nerr))))
        if rr_rate and r.random() < rr_rate:
            t = tm + r.randrange(50000)
            ap((t, o.retry(r, t)))
            t2 = t + 2000 + r.randrange(5000)
            ap((t2, o.retry_ok(r, t2)))
    for iv, fn in periodic:
        t = w0 + r.randrange(3000, 40000)
        while t < w1:
            ap((t, fn(r, t)))
            t += iv * 1000 + r.randrange(-300, 300)
    gaps = []
    truth = []
    ir = R(sc.seed, sc.name, o.fname, 'incident')
    add = []
    for _, kind, a, b, x in incs:
        if kind in ('latency_shift', 'http_5xx', 'traffic_flood'):
            desc = {'latency_shift': 'durations x%.1f' % (3 + 5 * x), 'http_5xx': '%d%% of requests fail with 5xx' % int(100 * (0.3 + 0.45 * x)),
                    'traffic_flood': 'line rate x%.1f' % (4 + 6 * x)}[kind]
            truth.append((kind, a, b, '%s: %s' % (o.fname, desc)))
            continue
        if kind == 'silence':
            gaps.append((a, b))
            truth.append((kind, a, b, '%s: no lines for %d min' % (o.fname, (b - a) // 60000)))
            continue
        ev = []
        if kind in ('error_burst', 'new_error', 'retry_storm', 'disk_full'):
            cnt = {'error_burst': ir.randint(40, 300), 'new_error': ir.randint(25, 200), 'retry_storm': ir.randint(80, 500), 'disk_full': ir.randint(30, 150)}[kind]
            ts = sorted(ir.randrange(a, b) for _ in range(cnt - 2)) + [a, b - 1]
            ts.sort()
            fn = (lambda rr, t: o.err(rr, t, 0)) if kind == 'error_burst' else getattr(o, {'new_error': 'newerr', 'retry_storm': 'retry', 'disk_full': 'diskfull'}[kind])
            for t in ts:
                ev.append((t, fn(ir, t)))
            if kind == 'error_burst':
                for _ in range(3):
                    t = ir.choice([ir.randrange(w0 + 60000, max(w0 + 60001, a - 20 * 60000)), ir.randrange(min(b + 20 * 60000, w1 - 60001), w1 - 60000)])
                    add.append((t, o.err(ir, t, 0)))
            if kind == 'retry_storm':
                ev.append((b + 1500, o.retry_ok(ir, b + 1500)))
            desc = {'error_burst': 'burst of a recurring error', 'new_error': 'new error template', 'retry_storm': 'retry storm',
                    'disk_full': 'no space left on device'}[kind]
        else:
            lines = o.crash(ir, a) if kind == 'panic' else o.oom(ir, a)
            for d, s in lines:
                ev.append((a + d, s))
            last = max(t for t, _ in ev)
            t1 = max(last + 1000, b)
            for d, s in o.banner(ir, t1):
                ev.append((t1 + d, s))
            gaps.append((a, max(t for t, _ in ev) + 1))
            desc = 'process crash and restart' if kind == 'panic' else 'killed for memory, restart'
        first = min(t for t, _ in ev)
        last = max(t for t, _ in ev)
        fa = first // 1000 * 1000
        fb = last // 1000 * 1000 if o.res == 1000 else -(-last // 1000) * 1000
        truth.append((kind, fa, fb, '%s: %s, %d lines' % (o.fname, desc, sum(s.count('\n') + 1 for _, s in ev))))
        add.extend(ev)
    if restart:
        a = restart[1]
        st = o.stop(ir, a)
        t1 = a + max(d for d, _ in st) + ir.randint(8000, 90000)
        bn = o.banner(ir, t1)
        gaps.append((a, t1 + max(d for d, _ in bn) + 1))
        add.extend((a + d, s) for d, s in st)
        add.extend((t1 + d, s) for d, s in bn)
    if gaps:
        recs = [x for x in recs if not any(ga <= x[0] < gb for ga, gb in gaps)]
    recs.extend(add)
    recs.sort(key=lambda x: x[0])
    text = '\n'.join(s for _, s in recs) + '\n'
    return {'text': text, 'truth': truth, 'n': text.count('\n')}


def main():
    outdir, seed = sys.argv[1], int(sys.argv[2])
    os.makedirs(outdir, exist_ok=True)
    for i, (year, kinds) in enumerate(plan(seed)):
        build_scenario(seed, i, year, kinds, outdir)


if __name__ == '__main__':
    main()
