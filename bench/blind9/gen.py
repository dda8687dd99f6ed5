#!/usr/bin/env python3
"""blind9 generator: python3 gen.py OUTDIR SEED  -> OUTDIR/s01..s10 with logs + truth.json"""
import sys, os
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import datetime as dt, json, math, random
import core, formats as F
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc
FORMATS = [F.Audit, F.Slurm, F.Ceph, F.Minio, F.Vmk, F.FluentBit, F.Grafana, F.Jenkins, F.Z2M, F.Plex,
           F.Dhcp, F.Pfw, F.Dnsmasq, F.Neo4j]
for _n in ('Influx', 'Telegraf', 'Flink', 'HomeAssistant'):
    if hasattr(F, _n):
        FORMATS.append(getattr(F, _n))
EVENT_KINDS = {'error_burst', 'retry_storm', 'new_error', 'oom_kill', 'panic', 'disk_full'}


def fname(f, r):
    n = {'auditd': 'audit.log', 'slurmctld': 'slurmctld.log', 'ceph-osd': 'ceph-osd.%d.log' % getattr(f, 'osd', 0),
         'minio-audit': 'minio_audit.log', 'esxi-vmkernel': 'vmkernel.log', 'fluent-bit': 'fluent-bit.log',
         'grafana': 'grafana.log', 'jenkins': 'jenkins.log', 'zigbee2mqtt': 'zigbee2mqtt_log.txt',
         'plex': 'Plex Media Server.log', 'windows-dhcp': 'DhcpSrvLog-%s.log' % getattr(f, 'dayname', 'Mon'), 'windows-firewall': 'pfirewall.log',
         'dnsmasq': 'dnsmasq.log', 'neo4j-query': 'query.log', 'influxdb': 'influxd.log', 'telegraf': 'telegraf.log',
         'flink': 'flink-flink-standalonesession-0-%s.log' % r.choice(['jm1', 'flink-jobmanager-0', 'stream01']),
         'home-assistant': 'home-assistant.log'}[f.name]
    return n


def make_window(R, year):
    while True:
        zone = R.choice(core.ZONES)
        tz = ZoneInfo(zone)
        dur = R.randint(2 * 3600 + 900, 8 * 3600 - 900)
        start = dt.datetime(year, 1, 1, tzinfo=UTC) + dt.timedelta(seconds=R.randint(86400, 363 * 86400 - dur),
                                                                   milliseconds=R.randint(0, 999))
        end = start + dt.timedelta(seconds=dur)
        if end.year != year or start.astimezone(tz).year != year or end.astimezone(tz).year != year:
            continue
        if start.astimezone(tz).utcoffset() != end.astimezone(tz).utcoffset():
            continue
        return zone, tz, start, dur


def place(R, fg, kind):
    D = fg.dur
    lo, hi = 41 * 60, D - 9 * 60
    inc = {'kind': kind}
    ev = []
    if kind == 'error_burst':
        d = R.uniform(120, 480)
        n = R.randint(max(28, math.ceil(7.6 * d / 60) + 1), 80)
        ts = [0, d] + [R.uniform(0, d) for _ in range(n - 2)]
        ev = [(x, 'error', None) for x in ts]
    elif kind == 'retry_storm':
        d = R.uniform(180, 840)
        n = R.randint(max(160, math.ceil(16.6 * d / 60) + 1), 480)
        ts = [0, d] + [R.uniform(0, d) for _ in range(n - 2)]
        ev = [(x, 'retry', None) for x in ts]
    elif kind == 'new_error':
        d = R.uniform(720, 2700)
        used = {o.get('template') for o in fg.incidents if o['kind'] == 'new_error'}
        free = [x for x in range(len(fg.fmt.newerrs)) if x not in used]
        if not free:
            return None
        i = R.choice(free)
        t = 0.0
        while t <= d:
            ev.append((t, 'newerr', i))
            t += R.uniform(25, 80)
        inc['template'] = i
    elif kind in ('panic', 'oom_kill'):
        t = 0.0
        gaps = []
        for c in range(R.randint(1, 3)):
            if c:
                t += R.uniform(120, 420)
            b = t + R.uniform(2, 40)
            ev += [(t, 'crash', 'oom' if kind == 'oom_kill' else 'panic'), (b, 'banner', None)]
            gaps.append((t, b))
            t = b
        inc['gaps'] = gaps
    elif kind == 'disk_full':
        d = R.uniform(360, 1500)
        b = R.uniform(10, 60)
        t = 0.0
        while t <= d:
            ev.append((t, 'disk', None))
            t += R.uniform(max(8, 0.7 * b), min(70, 1.3 * b))
    else:
        d = {'latency_shift': (900, 3300), 'http_5xx': (480, 2100), 'traffic_flood': (600, 2100),
             'silence': (720, 2400)}[kind]
        d = R.uniform(*d)
        inc.update(mult=R.uniform(3, 6), p=R.uniform(0.05, 0.12), factor=R.uniform(2.1, 5))
    ev.sort(key=lambda x: x[0])
    span = ev[-1][0] if ev else d
    for _ in range(300):
        s = R.uniform(lo, hi - span)
        if hi - span < lo:
            return None
        e = s + span
        if any(s < o['e'] + 13 * 60 and e > o['s'] - 13 * 60 for o in fg.incidents):
            continue
        inc['s'], inc['e'] = s, e
        inc['events'] = [(s + x, tag, a) for x, tag, a in ev]
        if 'gaps' in inc:
            inc['gaps'] = [(s + a, s + b) for a, b in inc['gaps']]
        if kind == 'silence' and not fg.incidents and R.random() < 0.2:
            inc['e'] = D
            inc['terminal'] = True
        fg.incidents.append(inc)
        return inc
    return None


DESC = {'error_burst': 'burst of %d error records', 'retry_storm': 'retry/reconnect storm, %d lines',
        'new_error': 'previously unseen error template repeated %d times', 'panic': 'crash(es) with restart banner (%d lines)',
        'oom_kill': 'out-of-memory kill(s) with restart banner (%d lines)', 'disk_full': 'no space left errors, %d records'}


def build_seed(outdir, seed):
    seed = str(seed)
    PR = random.Random('blind9/%s/plan' % seed)
    healthy = sorted(PR.sample(range(10), 2))
    non2026 = PR.choice([i for i in range(10)])
    for attempt in range(100):
        scen = []
        for i in range(10):
            key = 'blind9/%s/s%02d' % (seed, i + 1)
            R = random.Random('%s/layout/%d' % (key, attempt))
            year = R.randint(2019, 2025) if i == non2026 else R.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2026, 2026])
            zone, tz, ws, dur = make_window(R, year)
            cross_day = ws.astimezone(tz).date() != (ws + dt.timedelta(seconds=dur)).astimezone(tz).date()
            pool = [c for c in FORMATS if not (c is F.Dhcp and cross_day)]
            nf = R.randint(3, 6)
            cls = R.sample(pool, nf)
            files = []
            for c in cls:
                fk = '%s/%s' % (key, c.name)
                fr = random.Random(fk + '/fmt')
                fmt = c(fr, tz, year)
                fmt.dayname = ws.astimezone(tz).strftime('%a')
                files.append(fmt)
            if not any(f.zoned for f in files):
                zc = R.choice([F.Audit, F.Minio, F.Vmk, F.Neo4j])
                if zc in cls:
                    continue
                files[0] = zc(random.Random('%s/%s/fmt' % (key, zc.name)), tz, year)
            names = [fname(f, random.Random('%s/%s/name' % (key, f.name))) for f in files]
            if len(set(names)) != len(names):
                continue
            scen.append(dict(key=key, R=R, zone=zone, tz=tz, ws=ws, dur=dur, files=files, names=names, year=year))
        unh = [i for i in range(10) if i not in healthy]
        caps = set()
        for i in unh:
            for f in scen[i]['files']:
                caps |= f.caps
        if caps >= set(core.KINDS):
            break
    # file generators with rates
    for sc in scen:
        R = sc['R']
        T = R.uniform(56000, 92000)
        ws, D = sc['ws'], sc['dur']
        w = [R.uniform(0.5, 1.6) * getattr(f, 'weight', 1.0) for f in sc['files']]
        sc['fgs'] = []
        for f, wi, nm in zip(sc['files'], w, sc['names']):
            fr = random.Random('%s/%s/traffic' % (sc['key'], nm))
            samp = random.Random('%s/%s/sample' % (sc['key'], nm))
            lpr = sum(len(f.normal(samp, ws, {'lat': 1, 'p5xx': 0}, False)) for _ in range(200)) / 200.0
            lpf = sum(len(f.normal(samp, ws, {'lat': 1, 'p5xx': 0}, True)) for _ in range(200)) / 200.0
            fg = core.FileGen(f, ws, D, nm, 1.0, fr)
            fg.flood_scale = lpr / lpf   # flood factor is meant for the line rate of the file
            mc = sum(fg.curve(x) for x in range(0, D, 600)) / len(range(0, D, 600))
            fg.base = T * wi / sum(w) / (D / 60.0 * mc * lpr)
            sc['fgs'].append(fg)
    # incidents
    IR = random.Random('blind9/%s/incidents' % seed)
    unh = [i for i in range(10) if i not in healthy]
    cnt = {i: 0 for i in unh}
    kinds = list(core.KINDS)
    IR.shuffle(kinds)

    def try_add(kind, scs):
        cands = [(i, j) for i in scs for j, fg in enumerate(scen[i]['fgs']) if kind in fg.fmt.caps and cnt[i] < 3]
        IR.shuffle(cands)
        cands.sort(key=lambda x: cnt[x[0]])
        for i, j in cands:
            if place(IR, scen[i]['fgs'][j], kind):
                cnt[i] += 1
                return True
        return False
    for k in kinds:
        try_add(k, unh)
    for i in unh:
        if cnt[i] == 0:
            ks = sorted(set().union(*[fg.fmt.caps for fg in scen[i]['fgs']]))
            IR.shuffle(ks)
            for k in ks:
                if try_add(k, [i]):
                    break
    target = IR.randint(14, 19)
    guard = 0
    while sum(cnt.values()) < target and guard < 200:
        guard += 1
        i = IR.choice(unh)
        ks = sorted(set().union(*[fg.fmt.caps for fg in scen[i]['fgs']]))
        try_add(IR.choice(ks), [i])
    # render
    os.makedirs(outdir, exist_ok=True)
    stats = []
    for idx, sc in enumerate(scen):
        sd = os.path.join(outdir, 's%02d' % (idx + 1))
        os.makedirs(sd, exist_ok=True)
        truth = []
        total = 0
        for rnd in range(4):
            outs, total = [], 0
            for fg in sc['fgs']:
                fg.build()
                lines = fg.render()
                gzr = random.Random('%s/%s/gzip' % (sc['key'], fg.key))
                nm = fg.key
                if not fg.fmt.crlf and gzr.random() < 0.25:
                    nm += '.gz'
                outs.append((nm, lines, fg))
                total += len(lines)
            if 53000 <= total <= 145000:
                break
            k = (70000.0 if total < 53000 else 120000.0) / total
            for fg in sc['fgs']:
                fg.base *= k
        for nm, lines, fg in outs:
            core.write_file(os.path.join(sd, nm), lines, fg.fmt)
            for inc in fg.incidents:
                k = inc['kind']
                res = fg.fmt.res
                if k in EVENT_KINDS:
                    t0 = inc['events'][0][0]
                    if inc['events'][0][1] == 'crash' and getattr(fg.fmt, 'untimed_crash', False):
                        t0 = fg.disp.get(t0, t0)   # crash text has no timestamp: it shows the previous line's time
                    a = core.floor_res(sc['ws'] + dt.timedelta(seconds=t0), res)
                    b = core.ceil_res(sc['ws'] + dt.timedelta(seconds=inc['events'][-1][0]), res)
                    desc = DESC[k] % len(inc['events'])
                else:
                    a = core.floor_res(sc['ws'] + dt.timedelta(seconds=inc['s']), 0.001)
                    b = core.ceil_res(sc['ws'] + dt.timedelta(seconds=inc['e']), 0.001)
                    desc = {'latency_shift': 'duration field x%.1f' % inc['mult'], 'http_5xx': '%.1f%% 5xx responses' % (100 * inc['p']),
                            'traffic_flood': 'request rate x%.1f' % inc['factor'],
                            'silence': 'log stops for good' if inc.get('terminal') else 'writer silent'}[k]
                truth.append({'kind': k, 'file': nm, 'start': core.iso(a), 'end': core.iso(b),
                              'description': '%s: %s' % (fg.fmt.name, desc)})
        truth.sort(key=lambda x: (x['start'], x['file']))
        with open(os.path.join(sd, 'truth.json'), 'w') as fh:
            json.dump({'incidents': truth}, fh, indent=1)
            fh.write('\n')
        stats.append((idx + 1, total, sc['zone'], sc['ws'].isoformat(), sc['dur'], [n for n, _, _ in outs]))
    return stats


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit('usage: gen.py OUTDIR SEED')
    for st in build_seed(sys.argv[1], sys.argv[2]):
        if os.environ.get('BLIND9_VERBOSE'):
            print(st)
