#!/usr/bin/env python3
"""blind7 generator: python3 gen.py OUTDIR SEED  ->  OUTDIR/s01 .. OUTDIR/s10 (logs + truth.json)."""
import calendar
import json
import math
import os
import sys
import time

from b7core import (mkrng, TZS, Company, curve_fn, KINDS, SEC, MIN, HOUR, DAY)
from b7fmt_db import MSSQL, OracleAlert, WebLogic, WebSphere
from b7fmt_jvm import SparkDriver, LogstashJSON, SpringAnsi, Minecraft
from b7fmt_cloud import CloudFront, S3Access, Lambda, Kong
from b7fmt_web import Bunyan, Clef, Phoenix, Nextcloud
from b7fmt_sys import Journal, OtelCol, Logcat, Bind, Fail2ban, Asterisk

FORMATS = [MSSQL, OracleAlert, WebLogic, WebSphere, SparkDriver, LogstashJSON, SpringAnsi, Minecraft,
           CloudFront, S3Access, Lambda, Kong, Bunyan, Clef, Phoenix, Nextcloud,
           Journal, OtelCol, Logcat, Bind, Fail2ban, Asterisk]
BYKIND = {f.KIND: f for f in FORMATS}
ABS = {'weblogic', 'logstash_json', 'cloudfront', 's3_access', 'lambda', 'kong', 'bunyan', 'serilog_clef', 'nextcloud', 'journal_json', 'otelcol'}
HEAVY = {'cloudfront', 's3_access', 'bind_named', 'spark_driver', 'phoenix', 'lambda', 'logcat', 'serilog_clef', 'bunyan'}

DUR = {'error_burst': (2, 8), 'retry_storm': (3, 14), 'new_error': (12, 45), 'latency_shift': (15, 55), 'http_5xx': (8, 35),
       'traffic_flood': (10, 35), 'silence': (12, 40), 'panic': (8, 12), 'oom_kill': (8, 12), 'disk_full': (6, 25)}
RESERVE = {'panic': 3 * MIN, 'oom_kill': 3 * MIN}
KIND_W = {'error_burst': 1.4, 'retry_storm': 1.0, 'new_error': 1.2, 'latency_shift': 1.0, 'http_5xx': 1.0, 'traffic_flood': 0.9,
          'silence': 0.8, 'panic': 0.9, 'oom_kill': 0.8, 'disk_full': 0.9}


class Scenario:
    pass


def iso(t):
    g = time.gmtime(t // 1000)
    return '%04d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (g[0], g[1], g[2], g[3], g[4], g[5], t % 1000)


# --------------------------------------------------------------------------- planning

def deal_files(R):
    kinds = sorted(BYKIND)
    for attempt in range(500):
        nf = [R.randint(3, 6) for _ in range(10)]
        while sum(nf) < len(kinds) + 6:
            i = R.randrange(10)
            if nf[i] < 6:
                nf[i] += 1
        sc = [[] for _ in range(10)]
        for i in range(10):
            h = R.choice(sorted(HEAVY))
            sc[i].append(h)
            if h not in ABS:
                sc[i].append(R.choice(sorted(ABS - {h})))
        unused = [k for k in kinds if not any(k in s for s in sc)]
        R.shuffle(unused)
        order = list(range(10))
        R.shuffle(order)
        for k in unused:
            cand = [i for i in order if len(sc[i]) < nf[i] and k not in sc[i]]
            if not cand:
                cand = [i for i in order if len(sc[i]) < 6 and k not in sc[i]]
                if not cand:
                    break
                nf[cand[0]] += 1
            i = min(cand, key=lambda j: len(sc[j]) - nf[j])
            sc[i].append(k)
        for i in range(10):
            while len(sc[i]) < nf[i]:
                k = R.choice(kinds)
                if k not in sc[i]:
                    sc[i].append(k)
        if all(any(k in s for s in sc) for k in kinds) and all(3 <= len(s) <= 6 for s in sc):
            for s in sc:
                R.shuffle(s)
            return sc
    raise PlanError('could not deal files')


def pick_window(R, sc, force_old, dmin=120, dmax=480):
    for _ in range(1000):
        year = R.randint(2019, 2025) if force_old else R.randint(2019, 2026)
        doy = R.randint(4, 358)
        dur = R.randint(dmin, dmax)
        smin = R.randint(0, 1439)
        tz = R.choice(TZS)
        base = calendar.timegm((year, 1, 1, 0, 0, 0)) * 1000 + (doy - 1) * DAY + smin * MIN
        off = tz.off(base - tz.std * MIN)
        T0 = base - off * MIN
        T1 = T0 + dur * MIN
        if tz.off(T0) != tz.off(T1) or tz.off(T0) != off:
            continue
        ys = {time.gmtime(T0 // 1000).tm_year, time.gmtime(T1 // 1000).tm_year, time.gmtime((T0 + off * MIN) // 1000).tm_year, time.gmtime((T1 + off * MIN) // 1000).tm_year}
        if len(ys) != 1:
            continue
        return year, tz, off, T0, T1, dur
    raise PlanError('no window')


BPL = {'mssql_errorlog': 660, 'oracle_alert': 50, 'weblogic': 360, 'websphere': 175, 'spark_driver': 110, 'logstash_json': 360,
       'spring_ansi': 210, 'minecraft': 70, 'cloudfront': 370, 's3_access': 650, 'lambda': 180, 'kong': 1550, 'bunyan': 800,
       'serilog_clef': 400, 'phoenix': 80, 'nextcloud': 420, 'journal_json': 960, 'otelcol': 200, 'logcat': 120,
       'bind_named': 160, 'fail2ban': 115, 'asterisk_full': 165}
BYTE_BUDGET = 19e6


def bytes_per_line(sc, c):
    gz = getattr(c, 'GZ', False) or (c.GZP > 0 and mkrng(sc.seed, sc.sid, c.KIND, 'gz').random() < c.GZP)
    return BPL[c.KIND] * (0.12 if gz else 1.0)


def alloc_lpm(R, sc, classes, dur_min):
    target = R.uniform(55000, 100000)
    lpm = _alloc(R, classes, dur_min, target)
    bpl = [bytes_per_line(sc, c) for c in classes]
    for _ in range(3):
        proj = sum(l * dur_min * b for l, b in zip(lpm, bpl))
        if proj <= BYTE_BUDGET or target <= 56000:
            break
        target = max(56000.0, target * BYTE_BUDGET / proj)
        # shift lines away from byte-heavy files
        w = [c.LPM[2] * (300.0 / b) ** 0.5 for c, b in zip(classes, bpl)]
        lpm = _alloc(R, classes, dur_min, target, w)
    return lpm


def _alloc(R, classes, dur_min, target, w0=None):
    need = target / dur_min
    lo = [c.LPM[0] for c in classes]
    hi = [c.LPM[1] for c in classes]
    w = [(w0[i] if w0 else c.LPM[2]) * R.uniform(0.6, 1.5) for i, c in enumerate(classes)]
    lpm = [0.0] * len(classes)
    free = list(range(len(classes)))
    rem = need
    fixed = [False] * len(classes)
    for _ in range(10):
        sw = sum(w[i] for i in free) or 1.0
        changed = False
        for i in list(free):
            v = rem * w[i] / sw
            if v < lo[i]:
                lpm[i] = lo[i]
                fixed[i] = True
                changed = True
            elif v > hi[i]:
                lpm[i] = hi[i]
                fixed[i] = True
                changed = True
        free = [i for i in range(len(classes)) if not fixed[i]]
        rem = need - sum(lpm[i] for i in range(len(classes)) if fixed[i])
        if not changed:
            sw = sum(w[i] for i in free) or 1.0
            for i in free:
                lpm[i] = rem * w[i] / sw
            break
    return [max(lo[i], min(hi[i], lpm[i])) for i in range(len(classes))]


def assign_incidents(R, scen, healthy):
    unhealthy = [i for i in range(10) if i not in healthy]
    for attempt in range(3000):
        cnt = {i: R.randint(1, 3) for i in unhealthy}
        while sum(cnt.values()) < 13:
            i = R.choice(unhealthy)
            if cnt[i] < 3:
                cnt[i] += 1
        total = sum(cnt.values())
        ks = list(KINDS)
        while len(ks) < total:
            ks.append(R.choices(KINDS, weights=[KIND_W[k] for k in KINDS])[0])
        R.shuffle(ks)
        slots = []
        for i in unhealthy:
            slots += [i] * cnt[i]
        R.shuffle(slots)
        # rarest support first
        def support(k):
            return sum(1 for i in unhealthy for f in scen[i] if k in BYKIND[f].SUPPORTS)
        ks.sort(key=support)
        res = {i: [] for i in unhealthy}
        ok = True
        free = list(slots)
        for k in ks:
            cand = [j for j, i in enumerate(free) if any(k in BYKIND[f].SUPPORTS for f in scen[i])]
            if not cand:
                ok = False
                break
            j = R.choice(cand)
            i = free.pop(j)
            res[i].append(k)
        if ok:
            return res
    raise PlanError('could not assign incidents')


def place_in_file(R, fs, fe, incs, T1):
    """incs: list of dict(kind, dur). returns True if placed (sets start)."""
    lo = fs + 40 * MIN + R.randint(0, 60) * SEC
    hi = fe - 8 * MIN - 30 * SEC
    n = len(incs)
    for shrink in range(12):
        for it in incs:
            it['span'] = it['dur'] + RESERVE.get(it['kind'], 0)
        slack = (hi - lo) - sum(it['span'] for it in incs) - 12 * MIN * (n - 1) - 60 * SEC * n
        if slack >= 0:
            R.shuffle(incs)
            cuts = sorted(R.random() for _ in range(n))
            pos = lo
            prev = 0.0
            for it, c in zip(incs, cuts):
                pos += int((c - prev) * slack)
                prev = c
                it['start'] = (pos // SEC) * SEC + SEC
                pos = it['start'] + it['span'] + 12 * MIN + 30 * SEC
            return True
        for it in incs:
            a, b = DUR[it['kind']]
            it['dur'] = max(a * MIN, int(it['dur'] * 0.8) // SEC * SEC)
    return False


class PlanError(Exception):
    pass


def plan(seed):
    for attempt in range(40):
        try:
            return plan_once(seed, attempt)
        except PlanError:
            continue
    raise RuntimeError('no feasible plan for seed %r' % seed)


def plan_once(seed, attempt):
    R = mkrng(seed, 'plan') if attempt == 0 else mkrng(seed, 'plan', attempt)
    files = deal_files(R)
    healthy = sorted(R.sample(range(10), 2))
    old_idx = R.randrange(10)
    scen = []
    for i in range(10):
        sc = Scenario()
        sc.seed = seed
        sc.sid = 's%02d' % (i + 1)
        sc.idx = i
        rs = mkrng(seed, sc.sid, 'scenario') if attempt == 0 else mkrng(seed, sc.sid, 'scenario', attempt)
        sc.co = Company(rs)
        classes = [BYKIND[k] for k in files[i]]
        cap = sum(c.LPM[1] for c in classes)
        mincap = sum(c.LPM[0] for c in classes)
        dmin = max(120, min(480, int(75000 / cap) + 5))
        dmax = min(480, max(dmin, int(125000 / mincap)))
        sc.year, sc.tz, sc.off_min, sc.T0, sc.T1, sc.dur = pick_window(rs, sc, i == old_idx, dmin, dmax)
        sc.off_ms = sc.off_min * MIN
        sc.curve, sc.shape = curve_fn(rs)
        sc.kinds = files[i]
        sc.healthy = i in healthy
        scen.append(sc)
    incs = assign_incidents(R, files, healthy)
    for sc in scen:
        rs = mkrng(seed, sc.sid, 'layout') if attempt == 0 else mkrng(seed, sc.sid, 'layout', attempt)
        classes = [BYKIND[k] for k in sc.kinds]
        sc.lpm = alloc_lpm(rs, sc, classes, sc.dur)
        sc.files = []
        names = set()
        for c, lpm in zip(classes, sc.lpm):
            fs = sc.T0 + rs.randint(0, 90000)
            fe = sc.T1 - rs.randint(0, 90000)
            sc.files.append(dict(cls=c, lpm=lpm, fs=fs, fe=fe, incs=[], benign=[]))
        # incidents -> files
        if not sc.healthy:
            kinds = incs[sc.idx]
            for attempt in range(200):
                for f in sc.files:
                    f['incs'] = []
                okall = True
                for k in kinds:
                    cand = [f for f in sc.files if k in f['cls'].SUPPORTS and len(f['incs']) < 2]
                    if k == 'silence':
                        cand = [f for f in cand if f['lpm'] >= 2]
                    if k == 'traffic_flood':
                        cand = [f for f in cand if f['cls'].REQ]
                    if not cand:
                        okall = False
                        break
                    f = rs.choice(cand)
                    a, b = DUR[k]
                    f['incs'].append(dict(kind=k, dur=rs.randint(a * 60, b * 60) * SEC))
                if not okall:
                    continue
                placed = all(place_in_file(rs, f['fs'], f['fe'], f['incs'], sc.T1) for f in sc.files if f['incs'])
                if placed:
                    break
            else:
                raise PlanError('could not place incidents in %s' % sc.sid)
            for f in sc.files:
                if len(f['incs']) == 1 and f['incs'][0]['kind'] == 'silence' and rs.random() < 0.2:
                    it = f['incs'][0]
                    it['start'] = ((sc.T1 - it['dur']) // SEC) * SEC
                    it['forever'] = sc.T1
                    it['dur'] = sc.T1 - it['start']
        # benign restarts
        for f in sc.files:
            if not f['cls'].RESTARTABLE or rs.random() >= 0.3:
                continue
            for _ in range(50):
                t = rs.randint(f['fs'] + 10 * MIN, f['fe'] - 12 * MIN)
                bad = False
                for it in f['incs']:
                    s = it['start']
                    e = s + it['dur'] + RESERVE.get(it['kind'], 0)
                    if it.get('forever'):
                        e = sc.T1
                    if s - 13 * MIN < t < e + 12 * MIN:
                        bad = True
                if not bad:
                    f['benign'].append(t)
                    break
    return scen


# --------------------------------------------------------------------------- build

def build_file(sc, f, lpm):
    c = f['cls']
    # file name is decided by the class in setup(); build a probe to learn it
    name_probe = c(sc, c.KIND, lpm)
    name_probe.fs, name_probe.fe = f['fs'], f['fe']
    name_probe.setup()
    name = name_probe.NAME
    lf = c(sc, name, lpm)
    lf.NAME = name
    lf.fs, lf.fe = f['fs'], f['fe']
    lf.incs = []
    for j, it in enumerate(sorted(f['incs'], key=lambda x: x['start'])):
        d = dict(it)
        d['idx'] = j
        lf.incs.append(d)
    lf.benign_times = list(f['benign'])
    lf.r = mkrng(sc.seed, sc.sid, c.KIND, 'body')
    lf.build()
    data, n = lf.render_bytes()
    if getattr(lf, 'GZ', False) and not name.endswith('.gz'):
        name = name + '.gz'
    return lf, name, data, n


def build_scenario(sc):
    lpms = list(sc.lpm)
    for attempt in range(5):
        built = []
        total = 0
        for f, lpm in zip(sc.files, lpms):
            lf, name, data, n = build_file(sc, f, lpm)
            built.append((lf, name, data, n))
            total += n
        if 52000 <= total <= 148000:
            return built, total
        target = 90000.0
        fac = target / total
        big = max(range(len(built)), key=lambda i: built[i][3])
        # rescale every file proportionally, respecting class limits loosely
        lpms = [max(sc.files[i]['cls'].LPM[0], lpms[i] * (fac if i == big or fac < 1 else fac)) for i in range(len(lpms))]
    raise RuntimeError('%s: line budget not met (%d lines)' % (sc.sid, total))


def main():
    if len(sys.argv) != 3:
        print('usage: gen.py OUTDIR SEED', file=sys.stderr)
        sys.exit(2)
    out, seed = sys.argv[1], sys.argv[2]
    scen = plan(seed)
    tot_lines = 0
    tot_bytes = 0
    for sc in scen:
        built, total = build_scenario(sc)
        d = os.path.join(out, sc.sid)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            os.remove(os.path.join(d, fn))
        truth = []
        names = set()
        for lf, name, data, n in built:
            assert name not in names, name
            names.add(name)
            with open(os.path.join(d, name), 'wb') as fh:
                fh.write(data)
            tot_bytes += len(data)
            for tr in lf.truth:
                truth.append(dict(kind=tr['kind'], file=name, start=iso(tr['start']), end=iso(tr['end']), description=tr['description']))
        truth.sort(key=lambda x: (x['start'], x['file']))
        with open(os.path.join(d, 'truth.json'), 'w') as fh:
            json.dump({'incidents': truth, 'healthy': not truth}, fh, indent=2)
            fh.write('\n')
        tot_lines += total
    print('blind7 seed %s: %d lines, %.1f MB' % (seed, tot_lines, tot_bytes / 1e6), file=sys.stderr)


if __name__ == '__main__':
    main()
