#!/usr/bin/env python3
"""blind14: realistic production-log bundles (desktop fleet, Windows servers, middleware, batch,
backup) with labelled incidents.  Usage: python3 gen.py OUTDIR SEED"""
import sys
sys.dont_write_bytecode = True
import os, json, math, random, gzip, io
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fmt_desktop import Chrome, Electron, VSCode, Steam, Firefox
from fmt_win import WindowsUpdate, SetupApi, ULS, MsgTrk, IISFtp, Netlogon, Domino
from fmt_mw import AMQErr, ULOG, TibEMS, Informatica, Mule, Karaf
from fmt_batch import Autosys, Syslog, Veeam, Commvault, Rsyncd
import fbase

GEN = 'blind14'
KINDS = ['error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence',
         'oom_kill', 'disk_full', 'panic']
WINDOW_KINDS = ('latency_shift', 'http_5xx', 'traffic_flood', 'silence')
REG = {'chrome': Chrome, 'electron': Electron, 'vscode': VSCode, 'steam': Steam, 'firefox': Firefox,
       'wu': WindowsUpdate, 'setupapi': SetupApi, 'uls': ULS, 'msgtrk': MsgTrk, 'iisftp': IISFtp,
       'netlogon': Netlogon, 'domino': Domino, 'amqerr': AMQErr, 'ulog': ULOG, 'tibems': TibEMS,
       'infa': Informatica, 'mule': Mule, 'karaf': Karaf, 'autosys': Autosys, 'syslog': Syslog,
       'veeam': Veeam, 'commvault': Commvault, 'rsyncd': Rsyncd}
THEMES = {
    'desktop': ['chrome', 'electron', 'vscode', 'steam', 'firefox', 'wu', 'setupapi'],
    'winsrv': ['wu', 'setupapi', 'uls', 'msgtrk', 'iisftp', 'netlogon', 'domino', 'veeam', 'commvault'],
    'middleware': ['amqerr', 'ulog', 'tibems', 'infa', 'mule', 'karaf', 'syslog'],
    'batch': ['autosys', 'syslog', 'veeam', 'commvault', 'rsyncd', 'infa', 'amqerr', 'mule'],
}
ANCHOR = {'desktop': 'firefox', 'winsrv': 'msgtrk', 'middleware': 'amqerr', 'batch': 'syslog'}
ZONES = ['UTC', 'Europe/London', 'Europe/Berlin', 'Europe/Helsinki', 'America/New_York', 'America/Chicago',
         'America/Denver', 'America/Los_Angeles', 'America/Sao_Paulo', 'America/St_Johns', 'Asia/Kolkata',
         'Asia/Kathmandu', 'Asia/Tokyo', 'Asia/Singapore', 'Australia/Adelaide', 'Australia/Darwin',
         'Australia/Sydney', 'Pacific/Auckland', 'Asia/Tehran', 'Africa/Johannesburg', 'Asia/Dubai']
HOSTS = {'desktop': ['LT-%04d', 'WS-%04d', 'DESKTOP-%04d'], 'winsrv': ['SPWFE%02d', 'EXCH%02d', 'APPSRV%02d', 'DOM%02d'],
         'middleware': ['mqhost%02d', 'esb-node%02d', 'int-app%02d', 'tuxprd%02d'], 'batch': ['batch%02d', 'bkp-srv%02d', 'sched%02d']}
DOMAINS = ['contoso.local', 'corp.acme.net', 'globex.int', 'initech.lan', 'umbrella.corp', 'northwind.local']
USERS = ['jdoe', 'asmith', 'mkhan', 'lchen', 'rpatel', 'okarlsson', 'tnguyen']
ABS_RE = fbase.DISK_RE


def RNG(seed, sc, fname, purpose):
    return random.Random('%s/%s/%s/%s/%s' % (GEN, seed, sc, fname, purpose))


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam < 30:
        L = math.exp(-lam)
        k, p = 0, 1.0
        while True:
            p *= r.random()
            if p <= L:
                return k
            k += 1
    return max(0, int(r.gauss(lam, math.sqrt(lam)) + 0.5))


def iso(ms):
    s, m = divmod(ms, 1000)
    d = datetime.fromtimestamp(s, timezone.utc)
    if m:
        return d.strftime('%Y-%m-%dT%H:%M:%S') + '.%03dZ' % m
    return d.strftime('%Y-%m-%dT%H:%M:%SZ')


def pick_window(r, year):
    while True:
        zone = r.choice(ZONES)
        z = ZoneInfo(zone)
        doy = r.randrange(1, 364)
        dur = r.randrange(120, 481)
        start = datetime(year, 1, 1, tzinfo=timezone.utc) + timedelta(days=doy, hours=r.randrange(0, 24), minutes=r.randrange(0, 60), seconds=r.randrange(0, 60))
        end = start + timedelta(minutes=dur)
        offs = set(int((start + timedelta(minutes=k)).astimezone(z).utcoffset().total_seconds()) for k in range(0, dur + 1, 10))
        offs.add(int(end.astimezone(z).utcoffset().total_seconds()))
        if len(offs) != 1:
            continue
        if start.astimezone(z).year != end.astimezone(z).year or start.year != end.year:
            continue
        return zone, offs.pop() * 1000, int(start.timestamp()) * 1000, int(end.timestamp()) * 1000, dur


class Scenario:
    pass


def build_scenario(seed, i, theme, year):
    name = 's%02d' % i
    r = RNG(seed, name, '-', 'window')
    S = Scenario()
    S.name, S.theme, S.year = name, theme, year
    S.zone, S.off, S.W0, S.W1, S.dur = pick_window(r, year)
    hostpat = r.choice(HOSTS[theme])
    S.sc = {'year': year, 'off_ms': S.off, 'W0': S.W0, 'W1': S.W1, 'host': hostpat % r.randrange(1, 99 if '%02d' in hostpat else 9999),
            'domain': r.choice(DOMAINS), 'user': r.choice(USERS),
            'platform': ('win' if r.random() < 0.7 else 'linux') if theme == 'desktop' else ('win' if theme == 'winsrv' else 'linux'),
            'mqwin': r.random() < 0.3}
    n = r.randint(3, 6)
    keys = r.sample(THEMES[theme], min(n, len(THEMES[theme])))
    if r.random() < 0.3 and len(keys) < 6:
        other = [k for k in REG if k not in keys and k not in THEMES[theme] and k not in ('chrome', 'steam', 'vscode', 'firefox', 'electron')]
        keys.append(r.choice(other))
    S.keys = keys
    S.amp = r.uniform(0.35, 0.6) if theme == 'desktop' else r.uniform(0.12, 0.4)
    S.peak = r.uniform(10.5, 15.5)
    S.target = r.randint(60000, 112000)
    S.incidents = []
    instantiate(seed, S)
    return S


def crosses_local_midnight(S):
    return (S.W0 + S.off) // 86400000 != (S.W1 + S.off) // 86400000


def crosses_utc_midnight(S):
    return S.W0 // 86400000 != S.W1 // 86400000


def instantiate(seed, S):
    r = RNG(seed, S.name, '-', 'formats')
    keys = list(S.keys)
    if 'ulog' in keys and crosses_local_midnight(S):
        keys.remove('ulog')
    if 'iisftp' in keys and crosses_utc_midnight(S):
        keys.remove('iisftp')
    pool = [k for k in THEMES[S.theme] if k not in keys and not (k == 'ulog' and crosses_local_midnight(S)) and not (k == 'iisftp' and crosses_utc_midnight(S))]
    while len(keys) < 3:
        keys.append(pool.pop(r.randrange(len(pool))))
    S.keys = keys
    S.files = []
    for k in keys:
        S.files.append(make(seed, S, k))
    if not any(f.absolute for f in S.files):
        a = ANCHOR[S.theme]
        S.sc['need_abs'] = True
        S.sc['need_abs_syslog'] = True
        if a in S.keys:
            idx = S.keys.index(a)
        elif len(S.keys) < 6:
            S.keys.append(a)
            S.files.append(None)
            idx = len(S.keys) - 1
        else:
            idx = r.randrange(len(S.keys))
            S.keys[idx] = a
        S.files[idx] = make(seed, S, a)
    names = set()
    for f in S.files:
        while f.fname in names:
            f.fname = f.fname.replace('.', '_2.', 1)
        names.add(f.fname)
    rates(S)


def make(seed, S, key):
    f = REG[key](S.sc, RNG(seed, S.name, key, 'variant'))
    f.kindlist = f.kinds()
    f.key2 = key
    return f


def curve(S, t):
    h = ((t + S.off) % 86400000) / 3600000.0
    return 1.0 + S.amp * math.cos(2 * math.pi * (h - S.peak) / 24.0)


def rates(S):
    mins = S.dur
    tw = sum(f.weight for f in S.files)
    for f in S.files:
        f.rate = S.target * f.weight / tw / mins / f.lpe
    for _ in range(3):
        capped = [f for f in S.files if f.rate > f.maxrate]
        if not capped:
            break
        extra = sum((f.rate - f.maxrate) * f.lpe for f in capped)
        for f in capped:
            f.rate = f.maxrate
        free = [f for f in S.files if f.rate < f.maxrate]
        fw = sum(f.weight for f in free) or 1
        for f in free:
            f.rate += extra * f.weight / fw / f.lpe
    cmin = min(curve(S, S.W0 + k * 60000) for k in range(0, S.dur + 1, 5))
    for f in S.files:
        f.silence_ok = f.rate * f.lpe * cmin >= 14 and f.lpe < 5
        if not f.silence_ok and 'silence' in f.kindlist:
            f.kindlist.remove('silence')


def supports(S, k):
    return any(k in f.kindlist for f in S.files)


def plan_seed(seed):
    r = RNG(seed, '-', '-', 'plan')
    themes = list(THEMES) * 3
    r.shuffle(themes)
    themes = themes[:10]
    for t in THEMES:
        if t not in themes:
            themes[r.randrange(10)] = t
    years = [r.randrange(2018, 2027) for _ in range(10)]
    old = r.sample(range(10), 3)
    for i in old:
        if years[i] == 2026:
            years[i] = r.randrange(2018, 2026)
    scs = [build_scenario(seed, i + 1, themes[i], years[i]) for i in range(10)]
    healthy = set(r.sample(range(10), 2))
    inc = [i for i in range(10) if i not in healthy]
    assigned = {i: [] for i in inc}
    order = list(KINDS)
    r.shuffle(order)
    for k in order:
        cands = [i for i in inc if supports(scs[i], k) and len(assigned[i]) < 2]
        if not cands:
            # add a supporting format to some incident scenario
            for _ in range(200):
                i = r.choice(inc)
                S = scs[i]
                key = r.choice(list(REG))
                if key in S.keys or (key == 'ulog' and crosses_local_midnight(S)) or (key == 'iisftp' and crosses_utc_midnight(S)):
                    continue
                f = make(seed, S, key)
                if k not in f.kindlist and k != 'silence':
                    continue
                if len(S.keys) < 6:
                    S.keys.append(key)
                    S.files.append(f)
                else:
                    j = r.choice([j for j in range(len(S.files)) if not S.files[j].absolute])
                    S.keys[j] = key
                    S.files[j] = f
                rates(S)
                if supports(S, k):
                    break
            cands = [i for i in inc if supports(scs[i], k) and len(assigned[i]) < 3]
        mn = min(len(assigned[i]) for i in cands)
        i = r.choice([i for i in cands if len(assigned[i]) == mn])
        assigned[i].append(k)
    for i in inc:
        S = scs[i]
        want = r.choice([1, 2, 2, 3]) if S.dur > 150 else r.choice([1, 2])
        avail = [k for k in KINDS if supports(S, k) and k not in assigned[i]]
        r.shuffle(avail)
        while len(assigned[i]) < want and avail:
            assigned[i].append(avail.pop())
        S.want = assigned[i]
    for i in healthy:
        scs[i].want = []
    return scs


def place(seed, S):
    r = RNG(seed, S.name, '-', 'incidents')
    lo, hi = S.W0 + 40 * 60000 + 30000, S.W1 - 9 * 60000 - 30000
    busy = {}
    S.plan = []
    for n, k in enumerate(S.want):
        files = [f for f in S.files if k in f.kindlist]
        r.shuffle(files)
        files.sort(key=lambda f: len(busy.get(f.fname, [])))
        done = False
        for attempt in range(400):
            f = files[attempt % len(files)] if attempt < 200 else files[0]
            if k == 'latency_shift':
                d = r.randint(10, 40) * 60000 + r.randrange(60000)
            elif k == 'http_5xx':
                d = r.randint(4, 14) * 60000 + r.randrange(60000)
            elif k == 'traffic_flood':
                d = r.randint(5, 29) * 60000 + r.randrange(60000)
            elif k == 'silence':
                d = r.randint(10, 39) * 60000 + r.randrange(60000)
            elif k in ('error_burst', 'retry_storm'):
                d = r.randint(3, 6 if f.lpe >= 5 else 12) * 60000
            elif k == 'new_error':
                d = r.randint(2, 10) * 60000
            elif k == 'disk_full':
                d = r.randint(3, 13) * 60000
            else:
                d = 4 * 60000
            if attempt > 100:
                d = max(d // 2, 60000 if k not in WINDOW_KINDS else d // 2)
                if k == 'latency_shift':
                    d = max(d, 10 * 60000 + 5000)
                if k == 'silence':
                    d = max(d, 10 * 60000 + 5000)
                if k == 'traffic_flood':
                    d = max(d, 5 * 60000 + 5000)
                if k == 'http_5xx':
                    d = max(d, 4 * 60000 + 5000)
            if hi - d <= lo:
                continue
            s = r.randrange(lo, hi - d) // 1000 * 1000
            e = s + d
            ok = all(e + 14 * 60000 < a or s > b + 14 * 60000 for a, b in busy.get(f.fname, []))
            if ok:
                busy.setdefault(f.fname, []).append((s, e))
                S.plan.append({'kind': k, 'f': f, 's': s, 'e': e})
                done = True
                break
        if not done and n == 0:
            raise RuntimeError('cannot place %s in %s' % (k, S.name))
    # benign restart
    S.restart = None
    rr = RNG(seed, S.name, '-', 'restart')
    cand = [f for f in S.files if f.banner and f.stop]
    if cand and rr.random() < 0.55:
        for _ in range(200):
            f = rr.choice(cand)
            t = rr.randrange(S.W0 + 20 * 60000, S.W1 - 20 * 60000) // 1000 * 1000
            if all(t + 4 * 60000 + 14 * 60000 < p['s'] or t > p['e'] + 16 * 60000 for p in S.plan):
                S.restart = (f, t)
                break


def track_on(f):
    f._trk = [None, None]
    P0, U0 = f.P, f.U

    def P(t):
        tr = f._trk
        if tr[0] is None or t < tr[0]:
            tr[0] = t
        if tr[1] is None or t > tr[1]:
            tr[1] = t
        return P0(t)

    def U(t):
        tr = f._trk
        if tr[0] is None or t < tr[0]:
            tr[0] = t
        if tr[1] is None or t > tr[1]:
            tr[1] = t
        return U0(t)
    f.P, f.U = P, U


def track_off(f):
    del f.P
    del f.U
    return f._trk


def put(lst, t, x):
    if isinstance(x, list):
        lst.extend(x)
    else:
        lst.append((t, x))


def gen_file(seed, S, f):
    W0, W1 = S.W0, S.W1
    ev = []     # incident / restart lines (kept as they are)
    nev = []    # ordinary traffic (dropped inside silence / crash gaps)
    blocks = []
    lat, fail, flood = [], [], []
    truth = []
    ri = RNG(seed, S.name, f.fname, 'incident')
    mine = [p for p in S.plan if p['f'] is f]
    for p in mine:
        k, s, e = p['kind'], p['s'], p['e']
        if k == 'silence':
            blocks.append((s, e))
        elif k == 'latency_shift':
            lat.append((s, e, ri.uniform(3.2, 7.5)))
        elif k == 'http_5xx':
            fail.append((s, e, ri.uniform(0.3, 0.65)))
        elif k == 'traffic_flood':
            flood.append((s, e, ri.uniform(4.5, 9.5)))
        if k in WINDOW_KINDS:
            truth.append({'kind': k, 'file': None, 'start': iso(s), 'end': iso(e),
                          'description': '%s: %s for %d min' % (f.fname, k.replace('_', ' '), (e - s) // 60000)})
            continue
        track_on(f)
        if k in ('error_burst', 'new_error', 'retry_storm'):
            big = f.lpe >= 5
            n = {'error_burst': ri.randint(30, 70) if big else ri.randint(40, 260),
                 'new_error': ri.randint(20, 40) if big else ri.randint(30, 200),
                 'retry_storm': ri.randint(40, 80) if big else ri.randint(100, 480)}[k]
            ts = sorted(ri.randrange(s, e) for _ in range(n))
            ts[0], ts[-1] = s + ri.randrange(0, 3000), e - ri.randrange(0, 3000)
            ts.sort()
            fn = {'error_burst': f.burst, 'new_error': f.newerr}.get(k)
            for j, t in enumerate(ts):
                put(ev, t, fn(t, ri) if fn else f.retry(t, ri, j))
            nl = n
        elif k == 'disk_full':
            import re
            rx = re.compile(fbase.DISK_RE)
            want = ri.randint(32, 140)
            texts, cnt = [], 0
            while cnt < want:
                txt = f.disk(s, ri)
                c = len(rx.findall(txt))
                if cnt + c > 148:
                    break
                texts.append(txt)
                cnt += c
            track_off(f)
            track_on(f)
            ts = sorted(ri.randrange(s, e) for _ in range(len(texts)))
            texts = [f.disk(t, ri) for t in ts]
            # re-render with proper times, keep the same count of matching lines
            texts2, cnt2 = [], 0
            for t in ts:
                txt = f.disk(t, ri)
                c = len(rx.findall(txt))
                if cnt2 + c > 148:
                    break
                texts2.append((t, txt))
                cnt2 += c
            while cnt2 < 32:
                t = ts[-1]
                txt = f.disk(t, ri)
                texts2.append((t, txt))
                cnt2 += len(rx.findall(txt))
            ev.extend(texts2)
            nl = cnt2
        elif k in ('oom_kill', 'panic'):
            crash = (f.oom if k == 'oom_kill' else f.panic)(s, ri)
            last = max(t for t, _ in crash)
            gap = ri.randrange(15000, 90000)
            ban = f.banner(last + gap, ri)
            ev.extend(crash)
            ev.extend(ban)
            blocks.append((s, max(t for t, _ in ban) + 1))
            nl = sum(x.count('\n') + 1 for _, x in crash)
        trk = track_off(f)
        lo_, hi_ = trk
        if f.subms:
            hi_ += 1
        st = lo_ // f.res * f.res
        en = -(-hi_ // f.res) * f.res
        desc = {'error_burst': 'burst of a known error, %d events' % nl, 'new_error': 'never-seen error, %d events' % nl,
                'retry_storm': 'retry storm, %d lines' % nl, 'disk_full': 'no space left on device, %d lines' % nl,
                'oom_kill': 'killed for memory then restarted', 'panic': 'crash and restart'}[k]
        truth.append({'kind': k, 'file': None, 'start': iso(st), 'end': iso(en), 'description': '%s: %s' % (f.fname, desc)})
        p['s2'], p['e2'] = st, en
        if k == 'error_burst':
            for _ in range(ri.randint(2, 5)):
                for _ in range(100):
                    t = ri.randrange(W0 + 120000, W1 - 120000)
                    if not (s - 10 * 60000 < t < e + 10 * 60000) and all(not (q['s'] - 60000 < t < q['e'] + 60000) for q in mine):
                        put(nev, t, f.burst(t, ri))
                        break
    if S.restart and S.restart[0] is f:
        rr = RNG(seed, S.name, f.fname, 'restart')
        t = S.restart[1]
        st = f.stop(t, rr)
        last = max(x for x, _ in st)
        ban = f.banner(last + rr.randrange(10000, 60000), rr)
        ev.extend(st)
        ev.extend(ban)
        blocks.append((t, max(x for x, _ in ban) + 1))
    # normal traffic
    r = RNG(seed, S.name, f.fname, 'traffic')
    nmin = (W1 - W0) // 60000 + 1
    bm = [1.0] * nmin
    for h0 in range(0, nmin, 60):
        for _ in range(r.randint(1, 3)):
            a = h0 + r.randrange(60)
            m = r.uniform(1.3, 1.8)
            for j in range(a, min(nmin, a + r.randint(1, 4))):
                bm[j] = m

    def inwin(t, lst):
        for w in lst:
            if w[0] <= t < w[1]:
                return w[2]
        return None

    def blocked(t):
        for a, b in blocks:
            if a <= t < b:
                return True
        return False
    pw = f.pwarn * r.uniform(0.5, 1.6)
    for m in range(nmin):
        t0 = W0 + m * 60000
        lam = f.rate * curve(S, t0) * bm[m]
        fl = inwin(t0 + 30000, flood)
        if fl:
            lam *= fl
        k = poisson(r, lam)
        if not k:
            continue
        for t in sorted(t0 + r.randrange(60000) for _ in range(k)):
            if t >= W1 - 1000 or (blocks and blocked(t)):
                continue
            if r.random() < pw:
                put(nev, t, f.warn(t, r))
                continue
            la = inwin(t, lat) if lat else None
            fa = inwin(t, fail) if fail else None
            put(nev, t, f.normal(t, r, la or 1.0, fa if fa is not None else 0.002))
    # edges
    for t in (W0 + r.randrange(300, 40000), W1 - r.randrange(20000, 55000)):
        put(nev, t, f.normal(t, r, 1.0, 0.0))
    # ordinary errors
    erate = r.uniform(0.05, 0.3)
    t = W0
    while True:
        t += int(r.expovariate(erate) * 60000) + 1
        if t >= W1 - 60000:
            break
        if blocked(t) or any(p['s'] - 5 * 60000 < t < p['e'] + 5 * 60000 for p in mine if p['kind'] in ('error_burst', 'new_error')):
            continue
        put(nev, t, f.err(t, r))
    # heartbeats / periodic jobs
    if f.hb_every:
        t = W0 + r.randrange(1000, 30000)
        while t < W1 - 2000:
            if not blocked(t):
                put(nev, t, f.hb(t, r))
            t += f.hb_every * 1000 + r.randrange(-2000, 2000)
    if hasattr(f, 'periodic'):
        nev.extend(f.periodic(W0, W1, r))
    if blocks:
        nev = [x for x in nev if not blocked(x[0])]
    ev.extend(nev)
    ev.sort(key=lambda x: x[0])
    head = f.header(W0, r)
    body = '\n'.join(x for _, x in ev)
    text = (head + '\n' if head else '') + body + '\n'
    nlines = text.count('\n')
    if f.eol != '\n':
        text = text.replace('\n', f.eol)
    data = text.encode('utf-8')
    if f.bom:
        data = b'\xef\xbb\xbf' + data
    return data, nlines, truth


def write_scenario(seed, S, outdir):
    d = os.path.join(outdir, S.name)
    os.makedirs(d, exist_ok=True)
    truth = []
    for attempt in range(4):
        outs = [gen_file(seed, S, f) for f in S.files]
        total = sum(n for _, n, _ in outs)
        if 56000 <= total <= 144000:
            break
        S.target = int(S.target * 95000.0 / total)
        rates(S)
    for f, (data, n, tr) in zip(S.files, outs):
        gz = RNG(seed, S.name, f.fname, 'gz').random() < 0.25
        name = f.fname + ('.gz' if gz else '')
        if gz:
            bio = io.BytesIO()
            with gzip.GzipFile(filename='', mode='wb', fileobj=bio, mtime=0, compresslevel=6) as g:
                g.write(data)
            data = bio.getvalue()
        with open(os.path.join(d, name), 'wb') as fh:
            fh.write(data)
        for x in tr:
            x['file'] = name
            truth.append(x)
    truth.sort(key=lambda x: (x['start'], x['file']))
    with open(os.path.join(d, 'truth.json'), 'w') as fh:
        json.dump({'incidents': truth}, fh, indent=2)
        fh.write('\n')
    return total


def main():
    if len(sys.argv) != 3:
        print('usage: gen.py OUTDIR SEED', file=sys.stderr)
        sys.exit(2)
    outdir, seed = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    scs = plan_seed(seed)
    for S in scs:
        place(seed, S)
        write_scenario(seed, S, outdir)


if __name__ == '__main__':
    main()
