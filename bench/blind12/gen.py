#!/usr/bin/env python3
"""blind12: incident-bundle generator.  Usage: python3 gen.py OUTDIR SEED

Writes OUTDIR/s01 .. OUTDIR/s10, each a set of log files of one imagined system plus truth.json.
Standard library only; deterministic for a given SEED."""
import datetime
import gzip
import io
import json
import math
import os
import random
import sys
import zoneinfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from base import ALL_KINDS, EVENT_KINDS, WINDOW_KINDS  # noqa: E402
import formats  # noqa: E402

GEN = 'blind12'

# Systems: (name, description, [format keys])
TEMPLATES = [
    ('newsql', 'TiDB cluster behind ProxySQL with a notebook hub', ['tidb', 'tikv', 'proxysql', 'jupyterhub']),
    ('pg_ha', 'Patroni-managed PostgreSQL with pgBackRest, ProxySQL, a Meilisearch side index and NSQ', ['patroni', 'pgbackrest', 'proxysql', 'meilisearch', 'nsqd']),
    ('docstore', 'document store and search behind a message queue and a cache', ['couchdb', 'meilisearch', 'nsqd', 'memcached']),
    ('storage', 'storage cluster: GlusterFS, FoundationDB, Bacula backups', ['glusterd', 'glusterbrick', 'fdb', 'bacula']),
    ('mail', 'mail filtering host: rspamd, clamd, memcached cache, Bacula', ['rspamd', 'clamd', 'memcached', 'bacula']),
    ('print', 'print and file server: CUPS, ClamAV, GlusterFS brick, Bacula', ['cups_error', 'cups_access', 'clamd', 'glusterbrick', 'bacula']),
    ('hpc', 'HPC batch cluster: HTCondor schedd, GlusterFS, TensorFlow job, Ray', ['condor', 'glusterd', 'tensorflow', 'raylet']),
    ('ml', 'ML platform: Ray cluster, vLLM serving, JupyterHub, training job', ['raylet', 'vllm', 'jupyterhub', 'tensorflow']),
    ('enterprise', 'enterprise databases: SAP HANA, Sybase ASE, Hazelcast cache, ProxySQL', ['hana', 'sybase', 'hazelcast', 'proxysql']),
    ('winfleet', 'Windows client fleet servicing plus the line-of-business Firebird server and Hazelcast', ['cbs', 'firebird', 'hazelcast', 'clamd']),
    ('cache', 'caching tier: Hazelcast, memcached, NSQ, CouchDB', ['hazelcast', 'memcached', 'nsqd', 'couchdb']),
    ('analytics', 'analytics stack: TiKV, FoundationDB, Meilisearch, JupyterHub', ['tikv', 'fdb', 'meilisearch', 'jupyterhub']),
]

ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns',
         'Australia/Sydney', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/London', 'America/Sao_Paulo',
         'Australia/Adelaide', 'Pacific/Auckland', 'Asia/Shanghai', 'America/Chicago', 'Europe/Helsinki']


def R(*parts):
    return random.Random('/'.join(str(p) for p in parts))


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(r.gauss(lam, math.sqrt(lam)) + 0.5))
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1


class Scenario:
    pass


def pick_window(r, year):
    """Choose a UTC window (whole minutes) not crossing a DST change or a year boundary."""
    while True:
        tzname = r.choice(ZONES)
        tz = zoneinfo.ZoneInfo(tzname)
        hours = r.choice([2, 3, 3, 4, 4, 5, 6, 7, 8])
        minutes = hours * 60 + r.choice([0, 0, 15, 30, 45]) if hours < 8 else 480
        start = datetime.datetime(year, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(
            days=r.randint(1, 362), minutes=r.randrange(0, 24 * 60))
        end = start + datetime.timedelta(minutes=minutes)
        o1 = start.astimezone(tz).utcoffset()
        o2 = end.astimezone(tz).utcoffset()
        mid = (start + (end - start) / 2).astimezone(tz).utcoffset()
        if not (o1 == o2 == mid):
            continue
        if start.year != end.year or start.astimezone(tz).year != end.astimezone(tz).year or start.astimezone(tz).year != year:
            continue
        return tzname, int(o1.total_seconds()), int(start.timestamp()), int(end.timestamp())


def build_scenarios(seed):
    r = R(GEN, seed, 'plan')
    tmpl = list(range(len(TEMPLATES)))
    r.shuffle(tmpl)
    tmpl = tmpl[:10]
    years = [r.choice([2026, 2026, 2026, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]) for _ in range(10)]
    if all(y == 2026 for y in years):
        years[r.randrange(10)] = r.randint(2018, 2025)
    scs = []
    for i in range(10):
        sc = Scenario()
        sc.idx = i + 1
        sc.name = 's%02d' % (i + 1)
        sc.tname, sc.desc, keys = TEMPLATES[tmpl[i]]
        rr = R(GEN, seed, sc.name, 'window')
        sc.year = years[i]
        if 'vllm' in keys and sc.year < 2024:
            sc.year = 2024 + sc.year % 2
        sc.tz, sc.off, sc.ws, sc.we = pick_window(rr, sc.year)
        rk = R(GEN, seed, sc.name, 'files')
        keys = list(keys)
        # optionally drop one file of a large template (keep 3..6)
        if len(keys) > 4 and rk.random() < 0.4:
            keys.pop(rk.randrange(1, len(keys)))
        sc.files = [formats.FORMATS[k](sc) for k in keys]
        scs.append(sc)
    allf = [f for sc in scs for f in sc.files if not f.windows and f.gz_ok]
    rg = R(GEN, seed, 'gzip')
    gzset = rg.sample(range(len(allf)), int(round(len(allf) * 0.25)))
    for i, f in enumerate(allf):
        f.gz = i in gzset
    for sc in scs:
        for f in sc.files:
            f.gz = getattr(f, 'gz', False)
            f.outname = f.fname + ('.gz' if f.gz else '')
    assign_kinds(seed, scs)
    return scs


def capable(sc, kind):
    out = []
    for f in sc.files:
        if kind not in f.kinds:
            continue
        if kind == 'latency_shift' and not f.latency:
            continue
        if kind == 'http_5xx' and not f.http:
            continue
        out.append(f)
    return out


def assign_kinds(seed, scs):
    r = R(GEN, seed, 'kinds')
    for attempt in range(500):
        healthy = r.sample(range(10), 2)
        slots = []
        for i in range(10):
            if i in healthy:
                continue
            slots += [i] * r.choice([1, 1, 2, 2, 2, 3])
        if len(slots) < 10:
            continue
        need = list(ALL_KINDS)
        r.shuffle(need)
        plan = {i: [] for i in range(10)}
        ok = True
        order = list(slots)
        r.shuffle(order)
        for si in order:
            sc = scs[si]
            cands = need if need else list(ALL_KINDS)
            placed = False
            for kind in list(cands) if need else r.sample(cands, len(cands)):
                used = [(f.fname, k) for f, k in plan[si]]
                files = [f for f in capable(sc, kind) if (f.fname, kind) not in used]
                # prefer files with no incident yet
                files.sort(key=lambda f: sum(1 for g, _ in plan[si] if g is f))
                if not files:
                    continue
                least = sum(1 for g, _ in plan[si] if g is files[0])
                files = [f for f in files if sum(1 for g, _ in plan[si] if g is f) == least]
                plan[si].append((r.choice(files), kind))
                if kind in need:
                    need.remove(kind)
                placed = True
                break
            if not placed:
                ok = False
                break
        if ok and not need:
            for i, sc in enumerate(scs):
                sc.plan = plan[i]
            return
    raise RuntimeError('could not assign incident kinds')


# ---------------------------------------------------------------------------
def local_hour(sc, t):
    return ((t + sc.off) % 86400) / 3600.0


def curve(h):
    return 0.55 + 0.45 * (0.5 - 0.5 * math.cos(2 * math.pi * (h - 3.5) / 24.0))


def place_incidents(seed, sc):
    """Choose start/duration of each planned incident; returns list of dicts."""
    r = R(GEN, seed, sc.name, 'place')
    lo = sc.ws + 42 * 60
    hi = sc.we - 12 * 60
    for attempt in range(400):
        incs = []
        shrink = 1.0 if attempt < 200 else 0.5
        good = True
        for f, kind in sc.plan:
            if kind == 'silence':
                d = r.randint(10, 40)
            elif kind == 'latency_shift':
                d = r.randint(10, 40)
            elif kind == 'traffic_flood':
                d = r.randint(5, 30)
            elif kind == 'http_5xx':
                d = r.randint(5, 25)
            elif kind == 'retry_storm':
                d = r.randint(4, 15)
            elif kind == 'disk_full':
                d = r.randint(5, 20)
            elif kind == 'error_burst':
                d = r.randint(3, 12)
            elif kind == 'new_error':
                d = r.randint(2, 10)
            else:
                d = 2
            if kind in WINDOW_KINDS:
                d = max(d if kind != 'traffic_flood' else 5, int(d * shrink))
                if kind in ('silence', 'latency_shift'):
                    d = max(10, d)
            else:
                d = max(2, int(d * shrink))
            span = hi - lo - d * 60
            if span <= 0:
                good = False
                break
            s = lo + 60 * r.randrange(0, span // 60)
            e = s + d * 60
            for o in incs:
                gap = 16 * 60 if o['fmt'] is f else 0
                if s < o['e'] + gap and o['s'] < e + gap:
                    good = False
            if not good:
                break
            incs.append({'fmt': f, 'kind': kind, 's': s, 'e': e, 'd': d})
        if good:
            return incs
    raise RuntimeError('cannot place incidents in %s' % sc.name)


def seq_times(r, t, n):
    out = []
    for _ in range(n):
        out.append(t)
        t += 0.0001 + r.random() * 0.002
    return out


def gen_file(seed, sc, f, incs, restarts, share):
    r = R(GEN, seed, sc.name, f.fname, 'traffic')
    ev = []  # (t, lvl, text, flag)
    nmin = (sc.we - sc.ws) // 60
    quiet = []
    mult = [1.0] * nmin
    lat_w = []
    p5_w = []
    for inc in incs:
        a, b = (inc['s'] - sc.ws) // 60, (inc['e'] - sc.ws) // 60
        if inc['kind'] == 'silence':
            quiet.append((inc['s'], inc['e']))
        elif inc['kind'] == 'traffic_flood':
            m = R(GEN, seed, sc.name, f.fname, 'flood').uniform(4.5, 9.5)
            inc['desc_x'] = m
            for i in range(a, b):
                mult[i] *= m
        elif inc['kind'] == 'latency_shift':
            m = R(GEN, seed, sc.name, f.fname, 'lat').uniform(3.5, 8.0)
            inc['desc_x'] = m
            lat_w.append((inc['s'], inc['e'], m))
        elif inc['kind'] == 'http_5xx':
            p = R(GEN, seed, sc.name, f.fname, '5xx').uniform(0.3, 0.7)
            inc['desc_x'] = p
            p5_w.append((inc['s'], inc['e'], p))
    # natural bursts
    for h in range(0, nmin, 60):
        for _ in range(r.randint(1, 3)):
            st = h + r.randrange(60)
            ln = r.randint(1, 4)
            x = r.uniform(1.3, 1.8)
            for i in range(st, min(nmin, st + ln)):
                mult[i] *= x
    # restarts (benign) and incident-caused quiet spells
    for rt in restarts:
        rs = R(GEN, seed, sc.name, f.fname, 'restart', rt)
        t = rt + rs.random() * 30
        f.now = t
        st = f.stop(rs)
        for tt, (lv, tx) in zip(seq_times(rs, t, len(st)), st):
            ev.append((tt, lv, tx, 0))
        t2 = t + 0.01 * len(st) + f.restart_gap(rs)
        quiet.append((t, t2 + 1))
        f.now = t2
        sb = f.start(rs)
        for tt, (lv, tx) in zip(seq_times(rs, t2, len(sb)), sb):
            ev.append((tt, lv, tx, 0))
    # rates
    curv = [curve(local_hour(sc, sc.ws + 60 * i + 30)) for i in range(nmin)]
    # physical lines per traffic entry (multi-line formats), probed with a throwaway rng
    rp = R(GEN, seed, sc.name, f.fname, 'probe')
    per = sum(f.rec(sc.ws + 1.5, *f.traffic(rp, 1.0, 0.0)).count('\n') + 1 for _ in range(200)) / 200.0
    lam = share / per / sum(c * m for c, m in zip(curv, mult))
    if f.max_rate:
        lam = min(lam, f.max_rate)
    f.base_rate = lam
    err_rate = r.uniform(0.05, 0.3)
    warn_rate = min(r.uniform(0.3, 2.5), 0.03 * lam + 0.05)
    retry_rate = r.uniform(0.02, 0.12)
    nerr = max(1, len(f.errors))
    errw = [r.random() + 0.2 for _ in range(nerr)]

    def inq(t):
        for a, b in quiet:
            if a <= t < b:
                return True
        return False
    for i in range(nmin):
        t0 = sc.ws + 60 * i
        n = poisson(r, lam * curv[i] * mult[i])
        lw = [w for w in lat_w if w[0] <= t0 < w[1]]
        pw = [w for w in p5_w if w[0] <= t0 < w[1]]
        latm = lw[0][2] if lw else 1.0
        p5 = pw[0][2] if pw else 0.0
        silent_min = any(a <= t0 and t0 + 60 <= b for a, b in quiet)
        if silent_min:
            continue
        for _ in range(n):
            t = t0 + r.random() * 60
            lv, tx = f.traffic(r, latm, p5)
            ev.append((t, lv, tx, 0))
        for _ in range(poisson(r, warn_rate * mult[i])):
            lv, tx = f.warn(r)
            ev.append((t0 + r.random() * 60, lv, tx, 0))
        for _ in range(poisson(r, err_rate)):
            k = r.choices(range(nerr), errw)[0]
            ent = f.err(r, k)
            t = t0 + r.random() * 60
            for tt, (lv, tx) in zip(seq_times(r, t, len(ent)), ent):
                ev.append((tt, lv, tx, 0))
        for _ in range(poisson(r, retry_rate)):
            seq = f.retry_ok(r)
            t = t0 + r.random() * 55
            for lv, tx in seq:
                ev.append((t, lv, tx, 0))
                t += 0.2 + r.random() * 3
    for iv, meth in f.periodic:
        ph = r.random() * iv
        t = sc.ws + ph
        while t < sc.we - 1:
            for tt, (lv, tx) in zip(seq_times(r, t, 9), getattr(f, meth)(r)):
                ev.append((tt, lv, tx, 0))
            t += iv * r.uniform(0.98, 1.02)
    for tb in (sc.ws + r.random() * 1.5, sc.we - 0.5 - r.random() * 1.5):
        hb = f.heartbeat(r)
        hb = hb[0] if isinstance(hb, list) else hb
        ev.append((tb, hb[0], hb[1], 0))
    ev = [e for e in ev if sc.ws <= e[0] < sc.we and not inq(e[0])]
    # incidents -------------------------------------------------------------
    truth = []
    for inc in incs:
        ri = R(GEN, seed, sc.name, f.fname, 'incident', inc['kind'])
        kind, s, e = inc['kind'], inc['s'], inc['e']
        lines = []
        if kind == 'error_burst':
            k = ri.choices(range(nerr), errw)[0]
            n = ri.randint(40, 140)
            ts = sorted([s + ri.random() * 1.5] + [s + ri.random() * (e - s - 2) for _ in range(n - 1)])
            for t in ts:
                ent = f.err(ri, k)
                lines += list(zip(seq_times(ri, t, len(ent)), ent))
            what = 'burst of %d "%s" errors' % (n, f.errors[k][0])
        elif kind == 'new_error':
            k = ri.randrange(99)
            n = ri.randint(20, 90)
            ts = sorted([s + ri.random() * 1.5] + [s + ri.random() * (e - s - 2) for _ in range(n - 1)])
            for t in ts:
                ent = f.new_err(ri, k)
                lines += list(zip(seq_times(ri, t, len(ent)), ent))
            what = 'new error "%s" x%d' % (f.new_errors[k % len(f.new_errors)][0], n)
        elif kind == 'retry_storm':
            n = ri.randint(220, 650)
            st = lambda rr: f.storm[1](f, rr)
            ts = sorted([s + ri.random() * 1.5] + [s + ri.random() * (e - s - 2) for _ in range(n - 1)])
            for t in ts:
                lines.append((t, st(ri)))
            what = 'retry storm (%s), %d lines' % (f.storm[0], n)
        elif kind == 'disk_full':
            n = ri.randint(25, 120)
            ts = sorted([s + ri.random() * 1.5] + [s + ri.random() * (e - s - 2) for _ in range(n - 1)])
            for t in ts:
                ent = f.disk(ri)
                lines += list(zip(seq_times(ri, t, len(ent)), ent))
            what = 'disk full, %d reports' % n
        elif kind in ('oom_kill', 'panic'):
            t = s + ri.random() * 50
            f.now = t
            ent = f.oom(ri) if kind == 'oom_kill' else f.panic(ri)
            tl = seq_times(ri, t, len(ent))
            lines += list(zip(tl, ent))
            if kind == 'panic' or getattr(f, 'oom_restarts', False):
                t2 = tl[-1] + f.restart_gap(ri) + 1
                ev = [x for x in ev if not (t <= x[0] < t2 + 0.5)]
                f.now = t2
                sb = f.start(ri)
                lines += list(zip(seq_times(ri, t2, len(sb)), sb))
            what = 'process killed for out-of-memory' if kind == 'oom_kill' else 'crash with stack trace and restart'
        else:
            what = {'silence': 'no lines for %d min' % inc['d'],
                    'traffic_flood': 'line rate x%.1f for %d min' % (inc.get('desc_x', 0), inc['d']),
                    'latency_shift': 'request durations x%.1f for %d min' % (inc.get('desc_x', 0), inc['d']),
                    'http_5xx': '%d%% of requests answered 5xx for %d min' % (100 * inc.get('desc_x', 0), inc['d'])}[kind]
        tid = len(truth) + 1
        if lines:
            for t, (lv, tx) in lines:
                ev.append((t, lv, tx, tid))
        truth.append({'kind': kind, 'file': f.outname, 'start': None, 'end': None,
                      'description': '%s: %s' % (f.label, what), '_s': s, '_e': e, '_id': tid if lines else 0})
    ev.sort(key=lambda x: x[0])
    # effective time of each entry: its own if its first line is stamped, else the preceding line's
    eff = {}
    prev = sc.ws
    stamped = f.stamped
    for t, lv, tx, tid in ev:
        if stamped(lv, tx):
            prev = t
        if tid:
            lo, hi = eff.get(tid, (prev, prev))
            eff[tid] = (min(lo, prev), max(hi, prev))
    res = max(1.0, f.res)
    for x in truth:
        if x['_id']:
            first, last = eff[x['_id']]
            ts_, te_ = math.floor(first / res) * res, math.ceil(last / res + 1e-9) * res
            if te_ <= ts_:
                te_ = ts_ + res
            x['_s'], x['_e'] = ts_, te_
        x['start'], x['end'] = iso(x['_s']), iso(x['_e'])
        del x['_id']
    return ev, truth


def iso(t):
    return datetime.datetime.fromtimestamp(int(t), datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def write_file(path, f, ev):
    out = io.StringIO()
    w = out.write
    if f.header:
        w(f.header(ev[0][0]) if callable(f.header) else f.header)
    nl = 0
    rec = f.rec
    for t, lv, tx, _ in ev:
        s = rec(t, lv, tx)
        w(s)
        w('\n')
    if f.footer:
        w(f.footer)
    text = out.getvalue()
    nl = text.count('\n')
    if f.eol != '\n':
        text = text.replace('\n', f.eol)
    data = text.encode(f.enc, 'replace')
    if f.gz:
        bio = io.BytesIO()
        with gzip.GzipFile(filename='', mode='wb', fileobj=bio, mtime=0, compresslevel=6) as g:
            g.write(data)
        data = bio.getvalue()
    with open(path, 'wb') as fh:
        fh.write(data)
    return nl, len(data)


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: gen.py OUTDIR SEED')
    outdir, seed = sys.argv[1], int(sys.argv[2])
    scs = build_scenarios(seed)
    for sc in scs:
        d = os.path.join(outdir, sc.name)
        os.makedirs(d, exist_ok=True)
        incs = place_incidents(seed, sc)
        # benign restarts: >= 16 min away from every incident, >= 20 min from the edges
        rr = R(GEN, seed, sc.name, 'restarts')
        restarts = {}
        if rr.random() < 0.45:
            f = rr.choice(sc.files)
            for _ in range(200):
                t = rr.randrange(sc.ws + 20 * 60, sc.we - 22 * 60)
                if all(t + 60 < i['s'] - 16 * 60 or t > i['e'] + 16 * 60 for i in incs):
                    restarts[f.fname] = [t]
                    break
        rt = R(GEN, seed, sc.name, 'volume')
        total = rt.randint(60000, 112000)
        wsum = sum(f.weight for f in sc.files)
        truth = []
        stats = []
        for f in sc.files:
            ev, tr = gen_file(seed, sc, f, [i for i in incs if i['fmt'] is f],
                              restarts.get(f.fname, []), total * f.weight / wsum)
            truth += tr
            nl, sz = write_file(os.path.join(d, f.outname), f, ev)
            stats.append((f.outname, nl, sz))
        truth.sort(key=lambda x: (x['_s'], x['file']))
        for x in truth:
            del x['_s'], x['_e']
        meta = {'system': sc.desc, 'timezone': sc.tz, 'utc_offset': formats.offstr(sc.off, True),
                'window_start': iso(sc.ws), 'window_end': iso(sc.we),
                'files': {n: {'lines': l, 'bytes': b} for n, l, b in stats},
                'benign_restarts': [{'file': next(f.outname for f in sc.files if f.fname == k), 'time': iso(v[0])}
                                    for k, v in sorted(restarts.items())]}
        with open(os.path.join(d, 'truth.json'), 'w') as fh:
            json.dump({'incidents': truth, 'meta': meta}, fh, indent=1)
            fh.write('\n')


if __name__ == '__main__':
    main()
