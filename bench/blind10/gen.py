#!/usr/bin/env python3
"""blind10: independent log-bundle generator with labelled incidents.

usage: python3 gen.py OUTDIR SEED
"""
import datetime, gzip, io, json, math, os, sys
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import *
from fmt_net import Cisco, F5, Junos, Snort, Strongswan, Keepalived
from fmt_ident import FreeRadius, DS389, Samba, Kea, Unbound, Dovecot, Tor, SCCM
from fmt_app import WildFly, Payara, PayaraAccess, ActiveMQ, Solr, Trino
from fmt_ops import Zabbix, Nagios, Libvirtd, Pacemaker, Ansible, VPCFlow, CloudTrail, CoreDNS

# stack name -> (anchor formats always included, optional formats)
STACKS = {
    'network-edge': ([Junos], [Cisco, Snort, Strongswan, F5, Keepalived]),
    'identity': ([DS389], [FreeRadius, Samba, Kea, Unbound]),
    'virt-host': ([Libvirtd], [Pacemaker, Zabbix, Ansible, Keepalived]),
    'java-tier': ([Payara, PayaraAccess], [ActiveMQ, Solr, Unbound]),
    'jboss-tier': ([WildFly], [ActiveMQ, DS389, Pacemaker, Nagios]),
    'cloud-k8s': ([CoreDNS], [VPCFlow, CloudTrail, Trino]),
    'mail': ([Dovecot], [Unbound, FreeRadius, Snort, Strongswan]),
    'windows-site': ([SCCM], [Samba, Kea, Nagios, DS389]),
    'monitoring': ([Zabbix], [Nagios, Ansible, Keepalived, Libvirtd]),
    'privacy-relay': ([Tor], [Unbound, Snort, Junos]),
    'data-platform': ([Trino], [Solr, ActiveMQ, CoreDNS, Ansible]),
    'webshop': ([PayaraAccess], [F5, Unbound, Solr, Payara]),
}
TZS = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'UTC',
       'Australia/Sydney', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/London', 'America/Sao_Paulo',
       'Pacific/Auckland', 'Australia/Adelaide', 'Europe/Helsinki', 'Asia/Dubai', 'America/Chicago']
DUR = {'error_burst': (5, 15), 'new_error': (3, 12), 'retry_storm': (8, 20), 'latency_shift': (10, 40),
       'http_5xx': (5, 20), 'traffic_flood': (5, 30), 'silence': (10, 40), 'oom_kill': (3, 3),
       'disk_full': (5, 20), 'panic': (3, 3)}
PHRASE = {'error_burst': 'burst of an existing error', 'new_error': 'burst of a never-seen error',
          'retry_storm': 'retry/reconnect storm', 'latency_shift': 'request durations x{f:.1f}',
          'http_5xx': '5xx responses ({p:.0%} of requests)', 'traffic_flood': 'line rate x{f:.1f}',
          'silence': 'no output', 'oom_kill': 'out-of-memory kill', 'disk_full': 'disk full',
          'panic': 'crash with stack trace and restart'}
RATE_MIN_WINDOW = 20.0   # lines/min a file needs before flood/silence make sense


class Scenario:
    pass


def curve(h):
    return 0.42 + 0.58 * math.exp(-((h - 14.0) / 4.5) ** 2)


def iso(us):
    return time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(us // 1000000))


def pick_time(seed, name, r):
    while True:
        tzn = r.choice(TZS)
        tz = ZoneInfo(tzn)
        year = r.choice((2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2026, 2026, 2026))
        mo, d = r.randint(1, 12), r.randint(1, 28)
        h, mi = r.randint(0, 21), r.choice((0, 15, 30, 45))
        dur = r.choice((120, 150, 180, 210, 240, 300, 360, 420, 480))
        ws = int(datetime.datetime(year, mo, d, h, mi, tzinfo=tz).timestamp())
        we = ws + dur * 60
        a = datetime.datetime.fromtimestamp(ws, tz)
        b = datetime.datetime.fromtimestamp(we, tz)
        ua = time.gmtime(ws)
        ub = time.gmtime(we)
        if a.utcoffset() != b.utcoffset() or a.year != b.year or ua.tm_year != ub.tm_year or a.year != year:
            continue
        return tzn, year, ws, we, int(a.utcoffset().total_seconds()), a.tzname()


def plan(seed):
    for attempt in range(2000):
        rr = R(GEN, seed, 'plan', attempt)
        names = list(STACKS)
        stacks = rr.sample(names, 10)
        if 'java-tier' not in stacks and 'webshop' not in stacks:
            continue
        scs = []
        for i, sn in enumerate(stacks):
            sc = Scenario()
            sc.idx = i + 1
            sc.name = 's%02d' % sc.idx
            sc.stack = sn
            tr = R(GEN, seed, sc.name, 'time', attempt)
            sc.tz, sc.year, sc.ws, sc.we, sc.off, sc.tzabbr = pick_time(seed, sc.name, tr)
            sc.W = (sc.we - sc.ws) // 60
            anchor, opt = STACKS[sn]
            n = rr.randint(max(3, len(anchor)), min(6, len(anchor) + len(opt)))
            classes = list(anchor) + rr.sample(opt, n - len(anchor))
            sc.files = []
            for C in classes:
                f = C(sc, R(GEN, seed, sc.name, C.key, 'init'))
                sc.files.append(f)
            # volumes
            L = rr.randint(60000, 105000)
            csum = sum(curve(((sc.ws + sc.off + 60 * m) / 3600.0) % 24) for m in range(sc.W))
            for f in sc.files:
                pr = R(GEN, seed, sc.name, f.key, 'probe')
                t = sc.ws * 1000000
                smp = [f.info(pr, t + i, St()) for i in range(40)]
                ln = sum(len(x) for x in smp) / 40.0
                lpr = sum(x.count('\n') + 1 for x in smp) / 40.0
                f.w = f.vol * min(1.0, 140.0 / ln) if f.vol > 0 else 0
                f.lpr = lpr
            vsum = sum(f.w for f in sc.files)
            for f in sc.files:
                f.base = (L * f.w / vsum / csum / f.lpr) if f.vol > 0 else f.fixed
            # unique file names
            fns = [f.fname() for f in sc.files]
            if len(set(fns)) != len(fns):
                break
            scs.append(sc)
        if len(scs) != 10 or min(s.year for s in scs) == 2026 and True and all(s.year == 2026 for s in scs):
            continue
        healthy = set(rr.sample(range(10), 2))
        kinds = list(KINDS) + [rr.choice(KINDS) for _ in range(rr.randint(3, 8))]
        rr.shuffle(kinds)
        # put the restrictive kinds first
        kinds.sort(key=lambda k: 0 if k in ('http_5xx', 'latency_shift', 'oom_kill', 'panic', 'disk_full', 'retry_storm') else 1)
        for sc in scs:
            sc.incs = []
        ok = True
        for k in kinds:
            cands = []
            for i, sc in enumerate(scs):
                if i in healthy or len(sc.incs) >= 3:
                    continue
                for f in sc.files:
                    if k not in f.kinds:
                        continue
                    if k in ('traffic_flood', 'silence') and f.base < RATE_MIN_WINDOW:
                        continue
                    if sum(1 for x in sc.incs if x[1] is f) >= 2:
                        continue
                    if any(x[1] is f and x[0] == k for x in sc.incs):
                        continue
                    w = 3 if not sc.incs else 1
                    cands += [(sc, f)] * w
            if not cands:
                if k in kinds[:len(KINDS)] and sum(1 for s in scs for x in s.incs if x[0] == k) == 0:
                    ok = False
                    break
                continue
            sc, f = rr.choice(cands)
            sc.incs.append((k, f))
        if not ok:
            continue
        if any(sc.incs == [] for i, sc in enumerate(scs) if i not in healthy):
            continue
        if set(x[0] for sc in scs for x in sc.incs) != set(KINDS):
            continue
        # timing
        good = True
        for sc in scs:
            tr = R(GEN, seed, sc.name, 'incidents', attempt)
            placed = []
            for k, f in sc.incs:
                lo, hi = DUR[k]
                for _ in range(200):
                    d = tr.randint(lo, hi)
                    s0 = tr.randint(40, sc.W - 9 - d - 3)
                    e0 = s0 + d + (3 if k in ('oom_kill', 'panic') else 0)
                    clash = False
                    for (k2, f2, a2, b2) in placed:
                        gap = 15 if f2 is f else 0
                        if f2 is f and not (e0 + gap <= a2 or b2 + gap <= s0):
                            clash = True
                    if not clash:
                        placed.append((k, f, s0, s0 + d))
                        break
                else:
                    good = False
            sc.placed = placed
        if not good:
            continue
        return scs
    raise RuntimeError('no plan found')


def gen_file(seed, sc, f):
    r = R(GEN, seed, sc.name, f.fname(), 'traffic')
    W = sc.W
    ws_us = sc.ws * 1000000
    we_us = sc.we * 1000000
    mult = [1.0] * W
    lat = [1.0] * W
    p5 = [0.0] * W
    for h0 in range(0, W, 60):
        for _ in range(r.randint(1, 3)):
            a = h0 + r.randint(0, 59)
            m = r.uniform(1.3, 1.8)
            for x in range(a, min(W, a + r.randint(1, 4))):
                mult[x] = m
    quiet = []
    truth = []
    extra = []
    my = [p for p in sc.placed if p[1] is f]
    ir = R(GEN, seed, sc.name, f.fname(), 'incident')
    for (k, _, s0, e0) in my:
        a_us = ws_us + s0 * 60000000
        b_us = ws_us + e0 * 60000000
        if k in WINDOW_KINDS:
            if k == 'traffic_flood':
                fac = ir.uniform(4.5, 9.5)
                for x in range(s0, e0):
                    mult[x] = fac
                desc = PHRASE[k].format(f=fac)
            elif k == 'latency_shift':
                fac = ir.uniform(3.5, 8.0)
                for x in range(s0, e0):
                    lat[x] = fac
                desc = PHRASE[k].format(f=fac)
            elif k == 'http_5xx':
                fac = ir.uniform(0.25, 0.6)
                for x in range(s0, e0):
                    p5[x] = fac
                desc = PHRASE[k].format(p=fac)
            else:
                quiet.append((a_us, b_us))
                desc = PHRASE[k]
            truth.append({'kind': k, 'file': None, 'start': iso(a_us), 'end': iso(b_us), 'description': f'{f.soft}: {desc}, {e0-s0} min'})
            continue
        ev = []
        if k in ('error_burst', 'new_error', 'disk_full', 'retry_storm'):
            if k == 'error_burst':
                ki = ir.randrange(len(f.errs))
                fn = f.errs[ki]
                n = int((e0 - s0) * ir.uniform(4, 12))
                # guarantee the kind exists in the background too
                for _ in range(2):
                    m = ir.choice([x for x in range(5, W - 5) if all(not (p[2] - 14 <= x <= p[3] + 14) for p in my)] or [2])
                    tt = ws_us + m * 60000000 + ir.randrange(60000000)
                    extra.append((tt, fn(ir, tt)))
            elif k == 'new_error':
                fn = f.news[0]
                n = int((e0 - s0) * ir.uniform(3, 10))
            elif k == 'disk_full':
                fn = f.disk
                n = int((e0 - s0) * ir.uniform(2, 8))
            else:
                f._rc = ir.randrange(6)
                fn = f.retry
                n = ir.randint(200, 600)
            span = (e0 - s0) * 60000000
            ts = sorted(a_us + ir.randrange(span) for _ in range(max(n, 5)))
            ts[0] = a_us + ir.randrange(2000000)
            for tt in ts:
                ev.append((tt, fn(ir, tt)))
        elif k == 'oom_kill':
            ev = f.oom(ir, a_us + ir.randrange(30000000))
        elif k == 'panic':
            ev = f.panic(ir, a_us + ir.randrange(30000000))
        t0 = min(x[0] for x in ev)
        t1 = max(x[0] for x in ev) + f.tail_us
        if k in ('oom_kill', 'panic'):
            quiet.append((t0 + 1, max(x[0] for x in ev)))
        extra += ev
        nlines = sum(x[1].count('\n') + 1 for x in ev)
        tail = (t1 + 999999) // 1000000 * 1000000
        truth.append({'kind': k, 'file': None, 'start': iso(t0), 'end': iso(tail), 'description': f'{f.soft}: {PHRASE[k]}, {nlines} lines'})
    # benign restart
    if type(f).start is not Fmt.start and r.random() < 0.35:
        for _ in range(50):
            m = r.randint(15, W - 20)
            if all(m + 5 + 14 <= p[2] or p[3] + 14 + 3 <= m for p in sc.placed):
                t = ws_us + m * 60000000 + r.randrange(60000000)
                st = f.stop(r, t)
                down = r.randint(180, 360) if f.key == 'cisco' else r.randint(5, 40)
                t2 = max(x[0] for x in st) + down * 1000000
                sb = f.start(r, t2)
                extra += st + sb
                quiet.append((t + 1, max(x[0] for x in sb)))
                break
    # normal traffic
    recs = []
    add = recs.append
    st = St()
    erate = r.uniform(0.05, 0.3) if f.errs else 0.0
    retr = r.uniform(0.01, 0.05)
    wf = f.warn_frac
    info, warn, err = f.info, f.warn, f.err
    for m in range(W):
        hloc = ((sc.ws + sc.off + 60 * m) / 3600.0) % 24
        c = curve(hloc)
        st.lat = lat[m]
        st.p5 = p5[m]
        base = ws_us + m * 60000000
        n = pois(r, f.base * c * mult[m])
        for off in sorted(r.randrange(60000000) for _ in range(n)):
            t = base + off
            add((t, warn(r, t, st) if r.random() < wf else info(r, t, st)))
        if erate:
            for _ in range(pois(r, erate * c)):
                t = base + r.randrange(60000000)
                add((t, err(r, t, st)))
        if r.random() < retr * c:
            x = f.retry_ok(r, base + r.randrange(50000000))
            if x:
                recs.extend(x)
    for per, fn in f.periodic():
        ph = r.randrange(per * 1000000)
        t = ws_us + ph
        while t < we_us - 300000000:
            recs.append((t, fn(r, t)))
            t += per * 1000000 + r.randrange(-200000, 200000)
    for (a, b) in quiet:
        recs = [x for x in recs if not (a <= x[0] <= b)]
    recs.append((ws_us + r.randrange(300000), f.hb(r, ws_us + 300000)))
    tl = we_us - 1000000 + r.randrange(300000)
    recs.append((tl, f.hb(r, tl)))
    recs = [x for x in recs if ws_us <= x[0] < we_us]
    recs += extra
    recs.sort(key=lambda x: x[0])
    return [x[1] for x in recs], truth


def main():
    out, seed = sys.argv[1], int(sys.argv[2])
    scs = plan(seed)
    for sc in scs:
        d = os.path.join(out, sc.name)
        os.makedirs(d, exist_ok=True)
        truth = []
        files = []
        for f in sc.files:
            recs, tr = gen_file(seed, sc, f)
            data = f.render(recs)
            gr = R(GEN, seed, sc.name, f.fname(), 'gzip')
            gz = f.gz_always or (not f.windows and gr.random() < 0.2)
            name = f.fname() + ('.gz' if gz else '')
            if gz:
                buf = io.BytesIO()
                with gzip.GzipFile(filename='', mode='wb', fileobj=buf, mtime=0, compresslevel=6) as g:
                    g.write(data)
                data = buf.getvalue()
            with open(os.path.join(d, name), 'wb') as fh:
                fh.write(data)
            for x in tr:
                x['file'] = name
            truth += tr
            files.append({'file': name, 'software': f.soft, 'format': f.key})
        truth.sort(key=lambda x: (x['start'], x['file']))
        doc = {'incidents': truth,
               'system': {'stack': sc.stack, 'timezone': sc.tz, 'utc_offset_seconds': sc.off,
                          'window_start': iso(sc.ws * 1000000), 'window_end': iso(sc.we * 1000000), 'files': files}}
        with open(os.path.join(d, 'truth.json'), 'w') as fh:
            json.dump(doc, fh, indent=1)
            fh.write('\n')


if __name__ == '__main__':
    main()
