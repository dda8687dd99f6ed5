#!/usr/bin/env python3
"""blind13: log-bundle generator with labelled incidents.  Usage: python3 gen.py OUTDIR SEED"""
import gzip
import json
import math
import os
import random
import sys
import calendar
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fmtbase import US, Clock  # noqa: E402
import formats as F  # noqa: E402
import formats2 as F2  # noqa: E402

GEN = 'blind13'
KINDS = F.ALL_KINDS
NOTS = ('panic:', 'fatal error:', "thread '", 'Welcome to Node-RED', 'Crash dump', 'traffic_server:', '\n<--- Last', '<--- Last')
WINDOW_KINDS = ('latency_shift', 'http_5xx', 'traffic_flood', 'silence')

# theme -> (name, host prefix, mandatory formats, optional formats)
THEMES = [
    ('api-edge', 'edge', [F2.ApisixAccess, F2.ApisixError], [F2.OAuth2Proxy, F2.Dex, F.Jaeger, F2.GrpcGo]),
    ('api-gateway', 'gw', [F2.KrakenD, F.Vector], [F2.Tyk, F2.Authelia, F2.Linkerd, F2.GrpcGo]),
    ('cdn-cache', 'cache', [F2.AtsSquid, F2.AtsDiags], [F.Promtail, F2.OAuth2Proxy, F2.Authelia]),
    ('iot-lorawan', 'iot', [F.Emqx, F.ChirpStack], [F.NodeRed, F.ThingsBoard, F.Vector]),
    ('iot-home', 'hab', [F.HiveMQ, F.Promtail], [F.OpenHAB, F.NodeRed, F.Fluentd]),
    ('voice', 'sbc', [F.Kamailio, F.Fluentd], [F.FreeSwitch, F.Filebeat, F.Promtail]),
    ('observability', 'obs', [F.Fluentd, F.Vector], [F.Filebeat, F.Promtail, F.Jaeger]),
    ('mesh', 'k8s', [F2.ApisixAccess, F2.Linkerd], [F2.GrpcGo, F.Jaeger, F2.Dex, F.Fluentd]),
    ('sso', 'sso', [F2.OAuth2Proxy, F2.Dex], [F2.Authelia, F.ThingsBoard, F.Filebeat]),
    ('iot-platform', 'tb', [F.ThingsBoard, F.ChirpStack], [F2.KrakenD, F.Emqx, F.Jaeger]),
]

TZS = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns',
       'Australia/Sydney', 'America/Sao_Paulo', 'Asia/Tokyo', 'America/Los_Angeles', 'Europe/London',
       'Pacific/Auckland', 'Asia/Singapore', 'Africa/Johannesburg', 'Australia/Adelaide', 'America/Chicago']


def R(*parts):
    return random.Random('/'.join(str(p) for p in parts))


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1


class Scenario:
    pass


def make_scenario(seed, idx, theme):
    r = R(GEN, seed, 's%02d' % idx, 'scenario')
    sc = Scenario()
    sc.idx, sc.theme = idx, theme[0]
    for _ in range(200):
        tzname = r.choice(TZS)
        year = r.choice([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2026])
        hours = r.choice([2, 3, 4, 5, 6, 7]) + r.choice([0, 0, 0.5, 1])
        day = datetime(year, 1, 1, tzinfo=timezone.utc) + timedelta(days=r.randint(0, 364), minutes=r.randint(0, 95) * 15)
        t0, t1 = day, day + timedelta(hours=hours)
        z = ZoneInfo(tzname)
        l0, l1 = t0.astimezone(z), t1.astimezone(z)
        if l0.utcoffset() != l1.utcoffset() or l0.year != l1.year or t0.year != t1.year or t0.year != year or l0.year != year:
            continue
        # also check the DST state one hour around the window (offset constant throughout)
        if (t0 + (t1 - t0) / 2).astimezone(z).utcoffset() != l0.utcoffset():
            continue
        break
    sc.tzname, sc.year = tzname, year
    sc.t0_us = calendar.timegm(t0.timetuple()) * US
    sc.t1_us = calendar.timegm(t1.timetuple()) * US
    sc.off = int(l0.utcoffset().total_seconds())
    sc.clock = Clock(sc.off)
    sc.day0 = (l0.year, l0.month, l0.day)
    sc.host = '%s-%s%02d' % (theme[1], r.choice(['prod', 'p', 'core', 'main']), r.randint(1, 12))
    n_opt = r.randint(1, len(theme[3]))
    opts = list(theme[3])
    r.shuffle(opts)
    classes = list(theme[2]) + opts[:n_opt]
    classes = classes[:6]
    sc.files = []
    for cls in classes:
        f = cls(sc, R(GEN, seed, 's%02d' % idx, cls.__name__, 'fmt'))
        sc.files.append(f)
    names = [f.fname for f in sc.files]
    assert len(set(names)) == len(names), names
    sc.target = r.randint(72000, 115000)
    sc.gz = {}
    for f in sc.files:
        sc.gz[f.fname] = R(GEN, seed, 's%02d' % idx, f.fname, 'gz').random() < 0.25
    return sc


def out_name(sc, f):
    return f.fname + ('.gz' if sc.gz[f.fname] else '')


def curve(sc, t_us):
    h = ((t_us // US + sc.off) % 86400) / 3600.0
    return 0.55 + 0.45 * (0.5 - 0.5 * math.cos((h - 3.5) / 24 * 2 * math.pi))


# --------------------------------------------------------------------- incident planning
def plan_seed(seed, scs):
    r = R(GEN, seed, 'plan')
    idxs = list(range(10))
    r.shuffle(idxs)
    healthy = set(idxs[:2])
    for _ in range(500):
        counts = {i: (0 if i in healthy else r.randint(1, 3)) for i in range(10)}
        if sum(counts.values()) < 12:
            continue
        kinds = list(KINDS) + [r.choice(['error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'panic', 'disk_full', 'oom_kill']) for _ in range(sum(counts.values()) - len(KINDS))]
        r.shuffle(kinds)
        slots = [i for i in range(10) for _ in range(counts[i])]
        r.shuffle(slots)
        assign = {i: [] for i in range(10)}
        ok = True
        rest = list(kinds)
        # constrained kinds first
        rest.sort(key=lambda k: sum(1 for sc in scs for f in sc.files if k in f.kinds()))
        for k in rest:
            cand = [i for i in slots if any(k in f.kinds() for f in scs[i].files)]
            if not cand:
                ok = False
                break
            i = cand[0]
            slots.remove(i)
            assign[i].append(k)
        if ok:
            return healthy, assign
    raise RuntimeError('could not plan incidents')


def place(sc, kinds, r):
    """Choose file and times for each incident kind. Returns list of dicts."""
    incs = []
    W0, W1 = sc.t0_us, sc.t1_us
    for k in kinds:
        for _ in range(400):
            cands = [f for f in sc.files if k in f.kinds()]
            if k == 'silence':
                cands = [f for f in cands if f.base >= 8]
            if not cands:
                break
            f = r.choice(cands)
            if k in ('latency_shift', 'silence'):
                d = r.randint(10 * 60, 40 * 60)
            elif k == 'traffic_flood':
                d = r.randint(5 * 60, 30 * 60)
            elif k == 'http_5xx':
                d = r.randint(4 * 60, 15 * 60)
            elif k == 'retry_storm':
                d = r.randint(5 * 60, 20 * 60)
            elif k in ('error_burst', 'new_error', 'disk_full'):
                d = r.randint(3 * 60, 14 * 60)
            else:
                d = 150
            lo = W0 // US + 40 * 60
            hi = W1 // US - 9 * 60 - d - 5
            if hi <= lo:
                continue
            s = r.randint(lo, hi)
            e = s + d
            clash = False
            for o in incs:
                if o['f'] is f and not (e + 13 * 60 + 60 <= o['s'] or o['e'] + 13 * 60 + 60 <= s):
                    clash = True
            if clash:
                continue
            incs.append({'kind': k, 'f': f, 's': s, 'e': e})
            break
        else:
            raise RuntimeError('could not place %s in s%02d' % (k, sc.idx))
    return incs


# --------------------------------------------------------------------- generation
def gen_file(seed, sc, f, incs, restart):
    tag = (GEN, seed, 's%02d' % sc.idx, f.fname)
    rt = R(*tag, 'traffic')
    f.r = rt
    W0, W1 = sc.t0_us, sc.t1_us
    ev = []  # (t_us, seq, text)
    seq = [0]

    def add(t, text):
        seq[0] += 1
        ev.append((t, seq[0], text))

    sil = [(i['s'] * US, i['e'] * US) for i in incs if i['kind'] == 'silence']
    flood = [(i['s'] * US, i['e'] * US, i['mult']) for i in incs if i['kind'] == 'traffic_flood']
    lat = [(i['s'] * US, i['e'] * US, i['mult']) for i in incs if i['kind'] == 'latency_shift']
    h5 = [(i['s'] * US, i['e'] * US, i['p']) for i in incs if i['kind'] == 'http_5xx']
    down = []
    if restart:
        down.append((restart[0], restart[1]))

    def quiet(t):
        for a, b in sil:
            if a <= t < b:
                return True
        for a, b in down:
            if a <= t < b:
                return True
        return False

    # natural bursts
    rb = R(*tag, 'bursts')
    bursts = []
    hours = (W1 - W0) // (3600 * US) + 1
    for h in range(hours):
        for _ in range(rb.randint(1, 3)):
            s = W0 + h * 3600 * US + rb.randint(0, 3599) * US
            bursts.append((s, s + rb.randint(60, 240) * US, rb.uniform(1.3, 1.8)))
    nmin = (W1 - W0) // (60 * US)
    warn_p = R(*tag, 'mix').uniform(0.01, 0.04)
    err_rate = R(*tag, 'mix2').uniform(0.05, 0.3)
    for m in range(nmin):
        tm = W0 + m * 60 * US
        lam = f.base * curve(sc, tm + 30 * US)
        for a, b, x in bursts:
            if a <= tm < b:
                lam *= x
        for a, b, x in flood:
            if a <= tm < b:
                lam *= x
        n = poisson(rt, lam)
        for _ in range(n):
            t = tm + rt.randrange(60 * US)
            if quiet(t):
                continue
            if f.acc and rt.random() < f.p_acc:
                st, d = f.req()
                for a, b, x in lat:
                    if a <= t < b:
                        d *= x
                for a, b, p in h5:
                    if a <= t < b and rt.random() < p:
                        st = rt.choice([500, 502, 503, 503, 504])
                add(t, f.access(t, st, d))
            elif rt.random() < warn_p:
                add(t, f.warn(t))
            else:
                add(t, f.info(t))
        # ordinary errors and retried-then-succeeded operations
        for _ in range(poisson(rt, err_rate)):
            t = tm + rt.randrange(60 * US)
            if not quiet(t):
                add(t, f.err(t))
        if rt.random() < 0.08:
            t = tm + rt.randrange(50 * US)
            if not quiet(t) and not quiet(t + 10 * US):
                for dt, text in f.retry_ok(t):
                    add(t + dt, text)
    # periodic heartbeat job: every 60 s (keeps even quiet files alive)
    t = W0 + R(*tag, 'hb').randint(0, 2) * US + 1000
    add(t, f.hb(t))
    t = W1 - R(*tag, 'hb2').randint(1, 3) * US
    add(t, f.hb(t))
    per = R(*tag, 'per').choice([30, 60, 60, 120, 300])
    t = W0 + R(*tag, 'per2').randint(0, per) * US
    while t < W1 - 5 * US:
        if not quiet(t):
            add(t, f.info(t))
        t += per * US + rt.randint(0, 999) * 1000
    if restart:
        a, b = restart
        for dt, text in f.stop(a - 2 * US):
            add(a - 2 * US + dt, text)
        for dt, text in f.start(b):
            add(b + dt, text)
    # incidents
    truths = []
    for inc in incs:
        ri = R(*tag, 'incident', inc['kind'], inc['s'])
        f.r = ri
        k = inc['kind']
        s, e = inc['s'] * US, inc['e'] * US
        lines = []
        if k == 'error_burst':
            kk = ri.randint(0, 7)
            n = ri.randint(60, 260)
            tl = sorted(s + ri.randrange(e - s) for _ in range(n))
            # make sure the same kind appears in the background too
            for _ in range(3):
                t = W0 + ri.randrange(W1 - W0)
                if not (s - 20 * 60 * US < t < e + 20 * 60 * US) and not quiet(t):
                    tt = t
                    add(tt, f.err(tt, kk))
            lines = [(t, f.err(t, kk)) for t in tl]
        elif k == 'new_error':
            n = ri.randint(40, 200)
            lines = [(t, f.newerr(t)) for t in sorted(s + ri.randrange(e - s) for _ in range(n))]
        elif k == 'retry_storm':
            n = ri.randint(220, 900)
            lines = [(t, f.retry(t)) for t in sorted(s + ri.randrange(e - s) for _ in range(n))]
        elif k == 'disk_full':
            n = ri.randint(30, 150)
            lines = [(t, f.disk(t)) for t in sorted(s + ri.randrange(e - s) for _ in range(n))]
        elif k in ('oom_kill', 'panic'):
            t = s + ri.randrange(60 * US)
            ent = f.oom(t) if k == 'oom_kill' else f.panic(t)
            lines = [(t + dt, text) for dt, text in ent]
            # the process is down between the crash and its restart
            crash_end = lines[0][0]
            restart_t = max(x[0] for x in lines)
            ev[:] = [x for x in ev if not (crash_end < x[0] < restart_t)]
        for t, text in lines:
            add(t, text)
        if k in WINDOW_KINDS:
            ts, te = s, e
        else:
            ts = min(x[0] for x in lines if x[1])
            te = max(x[0] for x in lines if x[1])
            first = min(lines, key=lambda x: x[0])
            if first[1].startswith(NOTS):
                prev = [x[0] for x in ev if x[0] < first[0] and not x[2].startswith(NOTS)]
                ts = max(prev) if prev else ts
            last = max(lines, key=lambda x: x[0])
            if last[1].startswith(NOTS) or not last[1]:
                prev = [x[0] for x in ev if x[0] <= last[0] and x[2] and not x[2].startswith(NOTS)]
                te = max(prev) if prev else te
            q = 10 ** (6 - min(f.res, 6))
            ts = ts // q * q
            if te % q:
                te = (te // q + 1) * q
        truths.append({'kind': k, 'file': out_name(sc, f), 'start': iso(ts), 'end': iso(te),
                       'description': describe(f, inc, len(lines))})
    ev.sort()
    return ev, truths


def iso(t_us):
    g = datetime.fromtimestamp(t_us // US, timezone.utc)
    s = g.strftime('%Y-%m-%dT%H:%M:%S')
    if t_us % US:
        s += ('.%06d' % (t_us % US)).rstrip('0')
    return s + 'Z'


def describe(f, inc, n):
    k = inc['kind']
    sw = type(f).__name__
    if k == 'latency_shift':
        return '%s: request durations x%.1f' % (sw, inc['mult'])
    if k == 'http_5xx':
        return '%s: %d%% of requests answered 5xx' % (sw, int(inc['p'] * 100))
    if k == 'traffic_flood':
        return '%s: line rate x%.1f' % (sw, inc['mult'])
    if k == 'silence':
        return '%s: no output' % sw
    return '%s: %s, %d lines' % (sw, k.replace('_', ' '), n)


def write(path, text_lines, gz, crlf=False):
    data = ('\n'.join(text_lines) + '\n').encode('utf-8')
    if gz:
        with open(path + '.gz', 'wb') as fh:
            with gzip.GzipFile(filename='', mode='wb', fileobj=fh, mtime=0, compresslevel=6) as z:
                z.write(data)
    else:
        with open(path, 'wb') as fh:
            fh.write(data)


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    rth = R(GEN, seed, 'themes')
    themes = list(THEMES)
    rth.shuffle(themes)
    scs = [make_scenario(seed, i + 1, themes[i]) for i in range(10)]
    # base rates
    for sc in scs:
        minutes = (sc.t1_us - sc.t0_us) / 60e6
        wsum = sum(f.weight for f in sc.files)
        for f in sc.files:
            f.base = sc.target / minutes * f.weight / wsum / 0.8
    # each seed gets at least one scenario outside 2026
    healthy, assign = plan_seed(seed, scs)
    for sc in scs:
        i = sc.idx - 1
        rp = R(GEN, seed, 's%02d' % sc.idx, 'place')
        incs = place(sc, assign[i], rp)
        for inc in incs:
            if inc['kind'] in ('latency_shift', 'traffic_flood'):
                inc['mult'] = rp.uniform(3.5, 8) if inc['kind'] == 'latency_shift' else rp.uniform(4, 10)
            if inc['kind'] == 'http_5xx':
                inc['p'] = rp.uniform(0.3, 0.75)
        # benign restart: one file, >= 14 min (+margin) from all incidents
        restart = {}
        rr = R(GEN, seed, 's%02d' % sc.idx, 'restart')
        if rr.random() < 0.5:
            fs = [f for f in sc.files if f.restartable]
            if fs:
                f = rr.choice(fs)
                for _ in range(100):
                    a = sc.t0_us // US + rr.randint(20 * 60, int((sc.t1_us - sc.t0_us) // US) - 20 * 60)
                    b = a + rr.randint(3, 20)
                    if all(b + 16 * 60 < x['s'] or a - 16 * 60 > x['e'] for x in incs):
                        restart[f.fname] = (a * US, b * US)
                        break
        d = os.path.join(out, 's%02d' % sc.idx)
        os.makedirs(d, exist_ok=True)
        truth = []
        for f in sc.files:
            ev, tr = gen_file(seed, sc, f, [x for x in incs if x['f'] is f], restart.get(f.fname))
            truth += tr
            write(os.path.join(d, f.fname), [x[2] for x in ev], sc.gz[f.fname])
        truth.sort(key=lambda x: (x['start'], x['file']))
        with open(os.path.join(d, 'truth.json'), 'w') as fh:
            json.dump({'incidents': truth}, fh, indent=1)
            fh.write('\n')


if __name__ == '__main__':
    main()
