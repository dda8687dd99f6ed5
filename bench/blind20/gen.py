#!/usr/bin/env python3
"""blind20: incident-bundle generator (enterprise integration, finance,
healthcare and mainframe-era log formats).

usage: python3 gen.py OUTDIR SEED
Writes OUTDIR/s01 .. OUTDIR/s10 (log files + truth.json each) and
OUTDIR/manifest.json (read by check.py).
"""
import datetime
import gzip
import json
import math
import os
import random
import sys
import zoneinfo

from fmt_base import Ctx, MON
import fmt_mainframe
import fmt_sap
import fmt_esb
import fmt_fin
import fmt_health
import fmt_gateway
import fmt_windows

GENNAME = 'blind20'

FORMATS = {}
for _m in (fmt_mainframe, fmt_sap, fmt_esb, fmt_fin, fmt_health, fmt_gateway, fmt_windows):
    FORMATS.update(_m.FORMATS)

KINDS = ['error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx',
         'traffic_flood', 'silence', 'oom_kill', 'disk_full', 'panic']
CRASH = ('oom_kill', 'panic')

# theme -> (required formats, optional formats)
THEMES = {
    'card_payments': (['jpos', 'wso2_access'], ['cics', 'datapower', 'iris', 'zos_syslog', 'wevt_text']),
    'fix_trading': (['qfix_messages', 'qfj_engine', 'camel'], ['karaf', 'wevt_text', 'datapower']),
    'core_banking_batch': (['t24_cob', 'autosys', 'tibco_bw'], ['zos_syslog', 'jpos', 'iris', 'wevt_text']),
    'hl7_hospital': (['mirth', 'iface_engine', 'iris'], ['wevt_text', 'karaf', 'ssis']),
    'mainframe_batch': (['zos_syslog', 'cics', 'tibco_bw'], ['ace', 'autosys', 'datapower', 't24_cob']),
    'sap_erp': (['sap_devw', 'sap_java'], ['wevt_text', 'ssis', 'tibco_bw', 'mule4']),
    'esb_integration': (['mule4', 'camel'], ['tibco_bw', 'ace', 'karaf', 'wso2_carbon']),
    'etl_warehouse': (['informatica', 'ssis', 'camel'], ['autosys', 'wevt_text', 'sap_java']),
    'insurance_claims': (['wso2_carbon', 'wso2_access'], ['iris', 'mule4', 'tibco_bw', 'ace', 'iface_engine']),
    'api_gateway_b2b': (['apigee_mp', 'wso2_access', 'datapower'], ['wso2_carbon', 'mule4', 'camel', 'ace']),
}

ZONES = ['UTC', 'Europe/London', 'Europe/Berlin', 'Europe/Zurich', 'Europe/Paris', 'Europe/Warsaw',
         'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'America/Sao_Paulo',
         'America/Toronto', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Singapore', 'Asia/Tokyo',
         'Australia/Adelaide', 'Australia/Sydney', 'Pacific/Auckland', 'Africa/Johannesburg']
SITE_OF = {'UTC': 'dc1', 'Europe/London': 'ldn', 'Europe/Berlin': 'fra', 'Europe/Zurich': 'zrh', 'Europe/Paris': 'par',
           'Europe/Warsaw': 'waw', 'America/New_York': 'nyc', 'America/Chicago': 'chi', 'America/Los_Angeles': 'lax',
           'America/Sao_Paulo': 'sao', 'America/Toronto': 'tor', 'Asia/Kolkata': 'mum', 'Asia/Kathmandu': 'ktm',
           'Asia/Singapore': 'sgp', 'Asia/Tokyo': 'tyo', 'Australia/Adelaide': 'adl', 'Australia/Sydney': 'syd',
           'Pacific/Auckland': 'akl', 'Africa/Johannesburg': 'jnb'}

# minutes: (min, max) duration of each incident kind
DURS = {'error_burst': (5, 20), 'new_error': (5, 20), 'retry_storm': (5, 15), 'latency_shift': (10, 30),
        'http_5xx': (5, 20), 'traffic_flood': (5, 15), 'silence': (10, 40), 'disk_full': (3, 8)}


def R(seed, scn, fname, purpose):
    return random.Random('%s/%s/%s/%s/%s' % (GENNAME, seed, scn, fname, purpose))


def iso(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L = math.exp(-lam)
    k = 0
    p = rng.random()
    while p > L:
        k += 1
        p *= rng.random()
    return k


# ---------------------------------------------------------------- planning
def pick_files(theme, rng):
    req, opt = THEMES[theme]
    opt = opt[:]
    rng.shuffle(opt)
    n = rng.randint(max(3, len(req)), 6)
    return req + opt[:max(0, n - len(req))]


def supports(cls, kind):
    if kind in ('traffic_flood', 'silence'):
        return cls.busy
    return kind in cls.caps


def plan_scenarios(seed):
    rs = R(seed, '-', '-', 'themes')
    themes = list(THEMES)
    rs.shuffle(themes)
    scns = []
    for i, th in enumerate(themes):
        sid = 's%02d' % (i + 1)
        rp = R(seed, sid, '-', 'plan')
        fmts = pick_files(th, rp)
        files = []
        used = set()
        for k in fmts:
            cls = FORMATS[k]
            nm = cls.pick_name(th, rp)
            files.append({'format': k, 'tmpl': nm, 'share': cls.weight * rp.uniform(0.7, 1.35),
                          'gz': rp.random() < 0.3})
            used.add(nm)
        tzn = rp.choice(ZONES)
        scns.append({'id': sid, 'theme': th, 'files': files, 'tz': tzn, 'site': SITE_OF.get(tzn, 'dc1'),
                     'total': rp.randint(60000, 118000),
                     'restart': rp.random() < 0.5})
    # incident assignment over the whole seed (every kind at least once)
    ri = R(seed, '-', '-', 'incidents')
    for attempt in range(500):
        idx = list(range(10))
        ri.shuffle(idx)
        healthy = set(idx[:2])
        counts = {}
        plan = {}
        for j in range(10):
            if j in healthy:
                counts[j] = 0
            else:
                counts[j] = ri.choice((1, 2, 2, 2, 3, 3))
            plan[j] = []
        kinds = KINDS[:]
        ri.shuffle(kinds)
        ok = True
        for k in kinds:
            cands = [j for j in range(10) if len(plan[j]) < counts[j] and _cands(scns[j], k, plan[j])]
            if not cands:
                ok = False
                break
            j = ri.choice(cands)
            plan[j].append((k, ri.choice(_cands(scns[j], k, plan[j]))))
        if not ok:
            continue
        for j in range(10):
            guard = 0
            while len(plan[j]) < counts[j] and guard < 50:
                guard += 1
                k = ri.choice(KINDS)
                c = _cands(scns[j], k, plan[j])
                if c:
                    plan[j].append((k, ri.choice(c)))
        break
    else:
        raise SystemExit('could not assign incidents')
    for j, sc in enumerate(scns):
        sc['healthy'] = (j in healthy)
        sc['incidents'] = [{'kind': k, 'fi': fi} for k, fi in plan[j]]
    for sc in scns:
        place_timeline(seed, sc)
    return scns


def _cands(sc, kind, have):
    if kind in CRASH and any(k in CRASH for k, _ in have):
        return []
    if any(k == kind for k, _ in have):
        return []
    out = []
    for fi, f in enumerate(sc['files']):
        cls = FORMATS[f['format']]
        if supports(cls, kind):
            out.append(fi)
    return out


def place_timeline(seed, sc):
    rt = R(seed, sc['id'], '-', 'timeline')
    incs = sc['incidents']
    for inc in incs:
        k = inc['kind']
        if k in CRASH:
            inc['gap'] = rt.uniform(65, 290)
            inc['dur'] = int(inc['gap']) + 120
        else:
            a, b = DURS[k]
            inc['dur'] = rt.randint(a * 60, b * 60)
        inc['p'] = rt.random()
        inc['rate'] = {'error_burst': rt.uniform(8, 25), 'new_error': rt.uniform(4, 15),
                       'retry_storm': rt.uniform(30, 100), 'latency_shift': rt.uniform(3.5, 8),
                       'http_5xx': rt.uniform(0.3, 0.6), 'traffic_flood': rt.uniform(5, 9),
                       'disk_full': rt.uniform(4, 14)}.get(k, 0)
    restart = None
    if sc['restart']:
        cands = [fi for fi, f in enumerate(sc['files']) if FORMATS[f['format']].restartable]
        if cands:
            restart = {'fi': rt.choice(cands), 'dur': 240, 'gap': rt.uniform(15, 100)}
    items = [dict(i, _t='inc') for i in incs]
    if restart:
        items.append(dict(restart, _t='restart'))
    rt.shuffle(items)
    need = sum(i['dur'] for i in items)
    gaps = []
    for a, b in zip(items, items[1:]):
        gaps.append(2400 if (a['_t'] == 'inc' and b['_t'] == 'inc') else 1500)
    need += sum(gaps) + 2 * 960 + 600
    L = max(need, rt.randint(120, 480) * 60)
    L = int(math.ceil(L / 60.0)) * 60
    L = min(L, 480 * 60)
    tz = zoneinfo.ZoneInfo(sc['tz'])
    for _ in range(1000):
        year = rt.randint(2016, 2026)
        doy = rt.randint(1, 364)
        hh = rt.randint(0, 23)
        mm = rt.choice((0, 0, 5, 10, 15, 20, 30, 40, 45, 50))
        loc = datetime.datetime(year, 1, 1, hh, mm, tzinfo=tz) + datetime.timedelta(days=doy - 1)
        loc = datetime.datetime(loc.year, loc.month, loc.day, hh, mm, tzinfo=tz)
        w0 = int(loc.timestamp())
        w1 = w0 + L
        offs = set()
        for x in range(w0, w1 + 1, 900):
            offs.add(datetime.datetime.fromtimestamp(x, tz).utcoffset())
        d0 = datetime.datetime.fromtimestamp(w0, tz)
        d1 = datetime.datetime.fromtimestamp(w1, tz)
        u0 = datetime.datetime.fromtimestamp(w0, datetime.timezone.utc)
        u1 = datetime.datetime.fromtimestamp(w1, datetime.timezone.utc)
        if len(offs) == 1 and d0.year == d1.year and u0.year == u1.year and 2016 <= u0.year <= 2026:
            break
    sc['w0'] = w0
    sc['w1'] = w1
    sc['off'] = int(d0.utcoffset().total_seconds())
    # lay items out with random slack
    free = L - need
    cuts = sorted(rt.random() for _ in range(len(items) + 1))
    parts = [cuts[0]] + [b - a for a, b in zip(cuts, cuts[1:])]
    t = w0 + 960 + 300 + int(free * parts[0])
    for n, it in enumerate(items):
        it['t0'] = t
        t += it['dur']
        if n < len(gaps):
            t += gaps[n] + int(free * parts[n + 1])
    sc['incidents'] = [dict((k, v) for k, v in it.items() if k != '_t') for it in items if it['_t'] == 'inc']
    sc['incidents'].sort(key=lambda i: i['t0'])
    sc['restart_plan'] = None
    for it in items:
        if it['_t'] == 'restart':
            sc['restart_plan'] = {'fi': it['fi'], 't0': it['t0'] + 60, 'gap': it['gap']}


# ------------------------------------------------------------------ engine
def curve_value(kind, h):
    if kind == 'batch':
        d = min(abs(h - 2.0), 24 - abs(h - 2.0))
        return 0.3 + 0.9 * math.exp(-(d / 3.5) ** 2)
    if kind == 'flat':
        return 0.75 + 0.25 * math.exp(-((h - 13.0) / 5.0) ** 2)
    return 0.22 + 0.78 * math.exp(-((h - 11.5) / 3.2) ** 2) + 0.35 * math.exp(-((h - 15.5) / 2.2) ** 2)


def file_name(tmpl, sc):
    d = datetime.datetime.fromtimestamp(sc['w0'] + sc['off'], datetime.timezone.utc)
    return tmpl.replace('{d}', d.strftime('%Y-%m-%d')).replace('{ymd}', d.strftime('%Y%m%d'))


def gen_file(seed, sc, fi, ctx):
    f = sc['files'][fi]
    cls = FORMATS[f['format']]
    name = f['name']
    fmt = cls(ctx, R(seed, sc['id'], name, 'render'), name)
    rt = R(seed, sc['id'], name, 'traffic')
    w0, w1 = sc['w0'], sc['w1']
    M = (w1 - w0) // 60
    # calibrate the average record size
    cal = cls(ctx, R(seed, sc['id'], name, 'calib'), name)
    nl = sum(len(cal.normal(w0 + 37.3 * i)) for i in range(240)) / 240.0
    hl = sum(len(cal.heartbeat(w0 + 61.7 * i)) for i in range(12)) / 12.0
    nerr = len(cal.err_names)
    el = sum(len(cal.error(w0 + 11.0 * i, i % nerr)) for i in range(3 * nerr)) / (3.0 * nerr)
    target = sc['total'] * f['share'] / sum(x['share'] for x in sc['files'])
    hb_lines = (w1 - w0) / fmt.hb_period * hl
    incs = [i for i in sc['incidents'] if i['fi'] == fi]
    m_eff = float(M)
    extra_lines = 0.0
    for inc in incs:
        if inc['kind'] == 'traffic_flood':
            m_eff += (inc['rate'] - 1) * inc['dur'] / 60.0
        elif inc['kind'] in ('silence', 'oom_kill', 'panic'):
            m_eff -= inc['dur'] / 60.0
        elif inc['kind'] in ('error_burst', 'new_error', 'disk_full', 'retry_storm'):
            extra_lines += inc['rate'] * inc['dur'] / 60.0 * (el if inc['kind'] == 'error_burst' else 3.0)
    base = max(0.3, (target - hb_lines - extra_lines) / m_eff / nl)
    erate = min(2.2, max(0.25, base * nl * 0.012))
    base = max(0.3, (target - hb_lines - extra_lines - erate * M * el) / m_eff / nl)
    base = min(base, cls.max_rate)
    f['rate'] = base * nl
    curve = [curve_value(cls.curve, ((w0 + 60 * m + sc['off']) % 86400) / 3600.0) for m in range(M)]
    cm = sum(curve) / M
    curve = [c / cm for c in curve]
    mult = [1.0] * M
    nb = poisson(rt, 2.5 * M / 60.0)
    for _ in range(nb):
        a = rt.randrange(M)
        ln = rt.randint(1, 4)
        fx = rt.uniform(1.5, 2.4)
        for m in range(a, min(M, a + ln)):
            mult[m] = fx
    sup = []           # suppressed intervals
    pre = []           # pre-rendered (t, lines)
    extra = []         # (t, code, arg)
    truth = []
    for inc in incs:
        k = inc['kind']
        a = inc['t0']
        b = a + inc['dur']
        desc = None
        if k == 'error_burst':
            idx = int(inc['p'] * len(fmt.err_names))
            rate = inc['rate']
            _spread(rt, extra, a, b, rate, 1, idx)
            desc = '%s: routine error "%s" raised to about %d/min for %d min' % (
                fmt.label, fmt.err_names[idx], rate, (b - a) // 60)
        elif k == 'new_error':
            _spread(rt, extra, a, b, inc['rate'], 2, None)
            desc = '%s: new error "%s" (seen nowhere else) at about %d/min for %d min' % (
                fmt.label, fmt.new_name, inc['rate'], (b - a) // 60)
        elif k == 'retry_storm':
            _spread(rt, extra, a, b, inc['rate'], 3, None)
            desc = '%s: retry/reconnect storm (%s) at about %d/min for %d min' % (
                fmt.label, fmt.retry_name, inc['rate'], (b - a) // 60)
        elif k == 'disk_full':
            _spread(rt, extra, a, b, inc['rate'], 5, None)
            desc = '%s: disk full errors (%s) at about %d/min for %d min' % (
                fmt.label, fmt.disk_name, inc['rate'], (b - a) // 60)
        elif k == 'latency_shift':
            fmt.lat_w.append((a, b, inc['rate']))
            desc = '%s: durations in %s multiplied by %.1f for %d min' % (
                fmt.label, fmt.lat_name, inc['rate'], (b - a) // 60)
        elif k == 'http_5xx':
            fmt.h5_w.append((a, b, inc['rate']))
            desc = '%s: %d%% of requests answered with 5xx status for %d min' % (
                fmt.label, round(inc['rate'] * 100), (b - a) // 60)
        elif k == 'traffic_flood':
            m0 = (a - w0) // 60
            m1 = (b - w0) // 60
            for m in range(m0, min(M, m1)):
                mult[m] = inc['rate']
            desc = '%s: request/record rate multiplied by %.1f for %d min with the usual templates' % (
                fmt.label, inc['rate'], (b - a) // 60)
        elif k == 'silence':
            sup.append((a, b))
            desc = '%s: file writes nothing for %d min, then resumes' % (fmt.label, (b - a) // 60)
        elif k in CRASH:
            seq = fmt.oom(a) if k == 'oom_kill' else fmt.panic(a)
            d1 = max(dt for dt, _ in seq)
            tr = a + d1 + inc['gap']
            su = fmt.startup(tr)
            d2 = max(dt for dt, _ in su)
            b = int(math.ceil(tr + d2 + 1))
            for dt, ls in seq:
                pre.append((a + dt, ls))
            for dt, ls in su:
                pre.append((tr + dt, ls))
            sup.append((a, b))
            what = fmt.oom_name if k == 'oom_kill' else fmt.panic_name
            desc = '%s: %s, file silent for %d s until the startup banner' % (fmt.label, what, int(tr - a - d1))
        truth.append({'kind': k, 'file': name, 'start': iso(a), 'end': iso(b), 'description': desc + '.'})
    rp = sc.get('restart_plan')
    if rp and rp['fi'] == fi:
        a = rp['t0']
        sd = fmt.shutdown(a)
        d1 = max(dt for dt, _ in sd)
        tr = a + d1 + rp['gap']
        su = fmt.startup(tr)
        d2 = max(dt for dt, _ in su)
        for dt, ls in sd:
            pre.append((a + dt, ls))
        for dt, ls in su:
            pre.append((tr + dt, ls))
        sup.append((a, tr + d2 + 1))
        f['restart'] = [iso(a), iso(tr + d2 + 1)]
    # ---- background traffic
    ev = []
    sq = 0
    msup = set()
    for a, b in sup:
        for m in range(int((a - w0) // 60), int((b - w0) // 60) + 1):
            msup.add(m)

    def blocked(t):
        for a, b in sup:
            if a <= t < b:
                return True
        return False

    rnd = rt.random
    for m in range(M):
        t0 = w0 + 60 * m
        n = poisson(rt, base * curve[m] * mult[m])
        chk = m in msup
        for _ in range(n):
            t = t0 + rnd() * 60.0
            if chk and blocked(t):
                continue
            ev.append((t, sq, 0, None))
            sq += 1
    # routine errors
    ew = fmt.err_w or [1.0] * nerr
    tw = sum(ew)
    for m in range(M):
        t0 = w0 + 60 * m
        n = poisson(rt, erate * (0.6 + 0.4 * curve[m]))
        for _ in range(n):
            t = t0 + rnd() * 60.0
            if m in msup and blocked(t):
                continue
            u = rnd() * tw
            idx = 0
            while idx < nerr - 1 and u >= ew[idx]:
                u -= ew[idx]
                idx += 1
            ev.append((t, sq, 1, idx))
            sq += 1
    # retried-then-succeeded sequences
    if fmt.retry_name:
        n = poisson(rt, M * rt.uniform(0.04, 0.15))
        for _ in range(n):
            t = w0 + 120 + rnd() * (w1 - w0 - 400)
            if blocked(t) or any(a - 120 <= t < b + 60 for a, b in sup):
                continue
            for dt, ls in fmt.retry_ok(t):
                pre.append((t + dt, ls))
    # heartbeats / housekeeping
    t = w0 + rt.uniform(0.5, min(25.0, fmt.hb_period))
    while t < w1:
        if not blocked(t):
            ev.append((t, sq, 4, None))
            sq += 1
        t += fmt.hb_period * rt.uniform(0.985, 1.015)
    for t, code, arg in extra:
        ev.append((t, sq, code, arg))
        sq += 1
    for t, ls in pre:
        ev.append((t, sq, 6, ls))
        sq += 1
    ev = [e for e in ev if w0 <= e[0] < w1]
    ev.sort()
    out = []
    fix = getattr(fmt, 'fix', None)
    for t, _, code, arg in ev:
        if code == 0:
            ls = fmt.normal(t)
        elif code == 1:
            ls = fmt.error(t, arg)
        elif code == 2:
            ls = fmt.new_error(t)
        elif code == 3:
            ls = fmt.retry(t)
        elif code == 4:
            ls = fmt.heartbeat(t)
        elif code == 5:
            ls = fmt.disk(t)
        else:
            ls = arg() if callable(arg) else arg
        if fix:
            ls = fix(ls)
        out.extend(ls)
    head = getattr(fmt, 'file_header', None)
    if head:
        out[0:0] = head()
    data = '\n'.join(out) + '\n'
    if fmt.crlf:
        data = data.replace('\n', '\r\n')
    return data, truth, fmt


def _spread(rt, extra, a, b, rate, code, arg):
    t = a
    while t < b:
        m_end = min(b, t + 60)
        n = poisson(rt, rate * (m_end - t) / 60.0)
        for _ in range(n):
            extra.append((t + rt.random() * (m_end - t), code, arg))
        t = m_end


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: gen.py OUTDIR SEED')
    outdir, seed = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    scns = plan_scenarios(seed)
    manifest = {'generator': GENNAME, 'seed': seed, 'scenarios': []}
    for sc in scns:
        d = os.path.join(outdir, sc['id'])
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            os.unlink(os.path.join(d, fn))
        ctx = Ctx(sc['theme'], sc['tz'], sc['off'], sc['w0'], sc['w1'], sc['site'])
        for f in sc['files']:
            f['name'] = file_name(f['tmpl'], sc)
        truth = []
        mfiles = []
        for fi, f in enumerate(sc['files']):
            data, tr, fmt = gen_file(seed, sc, fi, ctx)
            truth.extend(tr)
            raw = data.encode('utf-8')
            path = os.path.join(d, f['name'] + ('.gz' if f['gz'] else ''))
            with open(path, 'wb') as fh:
                fh.write(gzip.compress(raw, compresslevel=6, mtime=0) if f['gz'] else raw)
            mfiles.append({'name': f['name'], 'path': os.path.basename(path), 'format': f['format'],
                           'gz': f['gz'], 'crlf': fmt.crlf, 'monotonic': fmt.monotonic,
                           'absolute': fmt.absolute, 'clock': fmt.clock, 'lines': data.count('\n'),
                           'busy': fmt.busy, 'restart': f.get('restart')})
        truth.sort(key=lambda x: x['start'])
        with open(os.path.join(d, 'truth.json'), 'w') as fh:
            json.dump({'incidents': truth}, fh, indent=2)
            fh.write('\n')
        manifest['scenarios'].append({'id': sc['id'], 'theme': sc['theme'], 'tz': sc['tz'],
                                      'start': iso(sc['w0']), 'end': iso(sc['w1']),
                                      'healthy': sc['healthy'], 'files': mfiles})
    with open(os.path.join(outdir, 'manifest.json'), 'w') as fh:
        json.dump(manifest, fh, indent=1)
        fh.write('\n')


if __name__ == '__main__':
    main()
