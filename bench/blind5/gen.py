#!/usr/bin/env python3
"""blind5 synthetic log-bundle generator with ground truth.

usage: python3 gen.py OUTDIR SEED      -> OUTDIR/s01 ... OUTDIR/s10
"""
import calendar
import json
import os
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import (US, MIN, R, KINDS, INJECTED, Inc, SVC_RES, public_ip, cum, iso_ms_z, FLOOD_UAS, off_str)  # noqa: E402
from fmt_http import GoLog, Ruby, DotNet, Pm2, Ingress  # noqa: E402
from fmt_k8s import Uvicorn, JsonApp, CoreDNS  # noqa: E402
from fmt_infra import JvmGc, Redis, Mosquitto, Cockroach, HAProxy, Kern, ZooKeeper, Connect  # noqa: E402
from fmt_jobs import Airflow, Celery  # noqa: E402

FORMATS = [GoLog, Ruby, DotNet, Pm2, Ingress, Uvicorn, JsonApp, CoreDNS, JvmGc, Redis, Mosquitto,
           Cockroach, HAProxy, Kern, ZooKeeper, Connect, Airflow, Celery]

TZS = [('UTC', 0), ('Asia/Kolkata', 330), ('Asia/Tokyo', 540), ('Asia/Singapore', 480), ('Asia/Shanghai', 480),
       ('Asia/Dubai', 240), ('Africa/Nairobi', 180), ('Africa/Lagos', 60), ('Africa/Johannesburg', 120),
       ('Europe/Istanbul', 180), ('Asia/Karachi', 300), ('Asia/Dhaka', 360), ('Asia/Jakarta', 420),
       ('Asia/Manila', 480), ('Australia/Brisbane', 600), ('Asia/Kathmandu', 345), ('America/Bogota', -300),
       ('America/Lima', -300), ('America/Phoenix', -420), ('America/Argentina/Buenos_Aires', -180),
       ('Asia/Seoul', 540), ('Asia/Riyadh', 180), ('America/Panama', -300), ('Pacific/Honolulu', -600)]
SYL1 = ['quill', 'bram', 'cor', 'dun', 'el', 'fen', 'gal', 'hal', 'ist', 'jor', 'kel', 'lum', 'mar', 'nov', 'orr',
        'pel', 'quen', 'ros', 'sal', 'tav', 'ul', 'ver', 'wen', 'yar', 'zel', 'ash', 'bex', 'cald', 'dro', 'emb',
        'fal', 'grin', 'hesk', 'ivo', 'jas', 'kor', 'lind', 'mox', 'nal', 'ost']
SYL2 = ['ford', 'wick', 'ara', 'ion', 'ly', 'mont', 'vale', 'stead', 'ix', 'ora', 'ent', 'bury', 'mere', 'ton',
        'way', 'lark', 'dal', 'wyn', 'ex', 'ica', 'gate', 'holm', 'rise', 'io']
IND = ['Logistics', 'Health', 'Pay', 'Labs', 'Freight', 'Energy', 'Retail', 'Media', 'Travel', 'Insurance',
       'Foods', 'Mobility', 'Analytics', 'Telecom', 'Games', 'Robotics', 'Lending', 'Grid']
TLDS = ['io', 'com', 'net', 'dev', 'app', 'co', 'cloud', 'tech']

DUR_MIN = {'error_burst': (2, 8), 'retry_storm': (3, 14), 'new_error': (12, 45), 'latency_shift': (15, 55),
           'http_5xx': (8, 35), 'traffic_flood': (10, 35), 'silence': (12, 40), 'oom_kill': (7, 7),
           'panic': (10, 10), 'disk_full': (6, 25)}


class Scenario:
    def __init__(self, seed, idx, year):
        self.seed = seed
        self.sid = 's%02d' % (idx + 1)
        r = R(seed, self.sid, 'scenario')
        a, b = r.choice(SYL1), r.choice(SYL2)
        self.slug = a + b
        self.company = '%s%s %s' % (a.capitalize(), b, r.choice(IND))
        self.domain = '%s.%s' % (self.slug, r.choice(TLDS))
        self.internal = r.choice(['%s.internal' % self.slug, 'svc.cluster.local', 'prod.%s.local' % self.slug])
        self.tz_name, self.tz_off = r.choice(TZS)
        self.year = year
        month = r.randint(1, 12)
        day = r.randint(2, 27)
        lh = r.randint(0, 24 * 60 - 1)
        dur = r.randint(120, 480)
        local0 = calendar.timegm((year, month, day, 0, 0, 0)) + lh * 60 + r.randint(0, 59)
        self.t0 = (local0 - self.tz_off * 60) * US
        self.t1 = self.t0 + dur * MIN
        self.shape = r.choice(['business', 'business', 'consumer', 'consumer', 'machine'])
        self._svcs = sorted(SVC_RES)
        r.shuffle(self._svcs)
        self.pub_ips = [public_ip(r) for _ in range(2500)]
        self.pub_cum = cum([1.0 / (i + 1) ** 0.85 for i in range(2500)])
        self.int_ips = ['10.%d.%d.%d' % (r.choice([0, 244, 244, 1]), r.randint(0, 20), r.randint(2, 250)) for _ in range(60)]
        self.int_cum = cum([1.0 / (i + 1) ** 0.5 for i in range(60)])
        self._curve = {}

    def take_service(self, rng):
        return self._svcs.pop()

    def curve(self, m, shape=None):
        shape = shape or self.shape
        k = (m, shape)
        v = self._curve.get(k)
        if v is None:
            from core import shape_val
            h = ((m * 60 + self.tz_off * 60) % 86400) / 3600.0
            v = shape_val(h, shape)
            self._curve[k] = v
        return v


def plan_seed(seed):
    pr = R(seed, 'plan')
    healthy = set(pr.sample(range(10), 2))
    years = [pr.randint(2019, 2026) for _ in range(10)]
    if all(y == 2026 for y in years):
        years[pr.randrange(10)] = pr.randint(2019, 2025)
    deck = list(KINDS)
    pr.shuffle(deck)
    deck += [pr.choice(KINDS) for _ in range(40)]
    fdeck = [f.FMT for f in FORMATS]
    pr.shuffle(fdeck)
    plans = []
    for i in range(10):
        n = 0 if i in healthy else pr.choice([1, 2, 2, 2, 3, 3])
        kinds = []
        while len(kinds) < n:
            k = deck.pop(0)
            if k in kinds:
                deck.append(k)
            else:
                kinds.append(k)
        plans.append((years[i], kinds))
    return plans, fdeck


FMT_BY = {f.FMT: f for f in FORMATS}


def make_gen(cls, sc, slot, fs, fe, target):
    return cls(sc, 'f%d-%s' % (slot, cls.FMT), fs, fe, target)


def window_desc(g, inc):
    k = inc.kind
    mins = (inc.e - inc.s) / MIN
    if k == 'latency_shift':
        what = {'jvm_gc': 'GC pause times', 'k8s_coredns': 'DNS query durations', 'haproxy': 'TCP connect/session times',
                'airflow': 'task run durations', 'celery': 'task runtimes'}.get(g.FMT, 'request latencies')
        return '%s ~%.1fx higher for %d min' % (what, inc.p['factor'], mins)
    if k == 'http_5xx':
        return '5xx share of responses rises to ~%.0f%% (%s) for %d min' % (inc.p['rate'] * 100, '/'.join(str(c) for c in sorted(set(inc.p['codes']))), mins)
    if k == 'traffic_flood':
        who = {'k8s_coredns': 'one client pod querying the same name', 'mosquitto': 'one device publishing in a tight loop',
               'redis': 'connection churn from 2 clients', 'haproxy': 'sessions from 2 client hosts',
               'celery': 'one task type enqueued in bulk'}.get(g.FMT, '%d client IP(s), UA %s' % (len(inc.p.get('ips', [])), inc.p.get('ua', '-')))
        return 'traffic ~%.1fx normal volume for %d min (%s)' % (inc.p['mult'], mins, who)
    if k == 'silence':
        if inc.to_end:
            return 'file goes silent %d min before the end of the window and never resumes' % mins
        return 'no log lines for %d min (process stalled)' % mins
    return k


def build_scenario(seed, idx, year, kinds, fdeck, scale=1.0):
    sc = Scenario(seed, idx, year)
    r = R(seed, sc.sid, 'files')
    nfiles = max(r.randint(3, 6), len(kinds))
    L = r.randint(64000, 130000) * scale
    rot = r.randrange(len(fdeck))
    order = fdeck[rot:] + fdeck[:rot]
    gens = []
    used = set()
    slot = 0

    def new(cls):
        nonlocal slot
        fs = sc.t0 + r.randint(0, 150) * US
        fe = sc.t1 - r.randint(0, 150) * US
        g = make_gen(cls, sc, slot, fs, fe, 0)
        slot += 1
        return g

    assign = []
    for k in kinds:
        got = None
        for g in gens:   # reuse an already chosen file when it fits and has no incident yet
            if k in g.kinds() and all(a[1] is not g for a in assign) and r.random() < 0.3:
                got = g
                break
        if got is None:
            for f in order:
                if f in used:
                    continue
                cls = FMT_BY[f]
                if k not in cls.KINDS and cls not in (JvmGc, Redis, Mosquitto, JsonApp):
                    continue
                g = new(cls)
                if k in g.kinds():
                    got = g
                    gens.append(g)
                    used.add(f)
                    break
        if got is None:
            got = next(g for g in gens if k in g.kinds())
        assign.append((k, got))
    for f in order:
        if len(gens) >= nfiles:
            break
        if f in used:
            continue
        if f == 'kern' and r.random() < 0.5:
            continue
        gens.append(new(FMT_BY[f]))
        used.add(f)
    # file names must be unique
    names = set()
    for g in gens:
        while g.fname in names:
            g.fname = g.fname.replace('.log', '-2.log') if g.fname.endswith('.log') else g.fname + '.2'
        names.add(g.fname)
    # volume targets
    ws = [g.WEIGHT * r.uniform(0.7, 1.3) for g in gens]
    tot = sum(ws)
    for g, w in zip(gens, ws):
        g.target = L * w / tot
    # incident timing
    ir = R(seed, sc.sid, 'incidents')
    for k, g in assign:
        lo, hi = DUR_MIN[k]
        for attempt in range(200):
            dur = ir.randint(lo * 60, hi * 60) * US
            to_end = k == 'silence' and ir.random() < 0.2
            s0 = g.start + 40 * MIN
            s1 = g.end - dur - 6 * MIN
            if to_end:
                s = g.end - dur
                s = s - s % US
                e = g.end
            else:
                if s1 <= s0:
                    hi = max(lo, hi - 3)
                    continue
                s = ir.randint(s0, s1)
                s -= s % US
                e = s + dur
            if s < g.start + 40 * MIN:
                continue
            if attempt < 120 and k in ('silence', 'latency_shift', 'http_5xx', 'traffic_flood'):
                # prefer busy hours so that the change is visible (a silence at 4 am in a quiet file is not)
                if min(g.curve(s // MIN), g.curve(e // MIN)) < 0.35:
                    continue
            ok = all(not (s < o.e + 12 * MIN and o.s < e + 12 * MIN) for o in g.incs)
            if ok:
                break
        else:
            raise RuntimeError('cannot place incident %s in %s' % (k, g.fname))
        if k in INJECTED:
            s += ir.randrange(US)
            e += ir.randrange(US)
        inc = Inc(k, s, e, to_end)
        if k == 'latency_shift':
            inc.p['factor'] = ir.uniform(3.0, 6.0)
        elif k == 'http_5xx':
            inc.p['rate'] = ir.uniform(0.05, 0.12)
            inc.p['codes'] = ir.choice([(500, 500, 500, 503), (502, 502, 503, 504), (503, 503, 503, 500), (500, 502, 504, 504)])
        elif k == 'traffic_flood':
            inc.p['mult'] = ir.uniform(3.0, 7.0)
            inc.p['ips'] = [public_ip(ir) for _ in range(ir.randint(1, 4))]
            inc.p['int_ips'] = ['10.244.%d.%d' % (ir.randint(0, 20), ir.randint(2, 250)) for _ in range(len(inc.p['ips']))]
            inc.p['ua'] = ir.choice(FLOOD_UAS)
            inc.p['p429'] = ir.choice([0, 0, ir.uniform(0.05, 0.25)])
        inc.file = g
        g.incs.append(inc)
    # healthy deploys / restarts
    for g in gens:
        if r.random() < 0.3:
            for attempt in range(30):
                t = r.randint(g.start + 5 * MIN, g.end - 5 * MIN)
                if all(not (o.s - 10 * MIN < t < o.e + 10 * MIN) for o in g.incs):
                    g.restarts.append(t)
                    break
    for g in gens:
        if g.OWN_RESTARTS:
            g.build()
        else:
            g.build()
            for t in g.restarts:
                down = g.restart(t)
                if down:
                    g.gaps.append((t, t + down))
        g.finalize()
        for inc in g.incs:
            if not inc.desc or inc.kind not in INJECTED:
                inc.desc = window_desc(g, inc)
    return sc, gens


def gen_seed(outdir, seed):
    plans, fdeck = plan_seed(seed)
    summary = []
    for i, (year, kinds) in enumerate(plans):
        scale = 1.0
        for attempt in range(4):
            sc, gens = build_scenario(seed, i, year, kinds, fdeck, scale)
            total = sum(g.nlines for g in gens)
            if 52000 <= total <= 148000:
                break
            scale *= (95000.0 / total)
        else:
            raise RuntimeError('cannot hit line budget for %s: %d' % (sc.sid, total))
        d = os.path.join(outdir, sc.sid)
        os.makedirs(d, exist_ok=True)
        for g in gens:
            with open(os.path.join(d, g.fname), 'w', encoding='utf-8', newline='\n') as fh:
                fh.write(g.text())
        incs = []
        for g in gens:
            for inc in g.incs:
                incs.append({'kind': inc.kind, 'file': g.fname, 'start': iso_ms_z(inc.ts), 'end': iso_ms_z(inc.te, up=True),
                             'description': inc.desc})
        incs.sort(key=lambda x: (x['start'], x['file']))
        with open(os.path.join(d, 'truth.json'), 'w', encoding='utf-8', newline='\n') as fh:
            json.dump({'incidents': incs, 'healthy': not incs}, fh, indent=2)
            fh.write('\n')
        summary.append((sc.sid, total, [g.FMT for g in gens], [i['kind'] for i in incs]))
    return summary


def main():
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__)
        sys.exit(2)
    outdir, seed = sys.argv[1], sys.argv[2]
    t = time.time()
    summ = gen_seed(outdir, seed)
    if os.environ.get('BLIND5_VERBOSE'):
        for sid, total, fmts, kinds in summ:
            print(sid, total, ','.join(fmts), ','.join(kinds) or 'healthy')
        print('%.1fs' % (time.time() - t))


if __name__ == '__main__':
    main()
