#!/usr/bin/env python3
"""blind15: generator of realistic production-log bundles (CI/build, deployment, container runtimes, data platform)
with labelled incidents.  Usage: python3 gen.py OUTDIR SEED"""
import sys
sys.dont_write_bytecode = True
import os
import json
import gzip
import math
import random
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from base import US, MIN, ip as _ip  # noqa: E402
import fmt_ci  # noqa: E402
import fmt_deploy  # noqa: E402
import fmt_cont  # noqa: E402
import fmt_data  # noqa: E402
import fmt_web  # noqa: E402

GEN = 'blind15'
FORMATS = {
    'gitlab-runner': fmt_ci.GitLabRunner, 'gitlab-runner-json': fmt_ci.GitLabRunnerJSON, 'buildkite': fmt_ci.Buildkite,
    'gradle': fmt_ci.GradleDaemon, 'teamcity': fmt_ci.TeamCity,
    'terraform': fmt_deploy.Terraform, 'puppet': fmt_deploy.Puppet, 'chef': fmt_deploy.Chef, 'salt': fmt_deploy.Salt,
    'argocd': fmt_deploy.ArgoCD, 'flux': fmt_deploy.Flux, 'nomad': fmt_deploy.Nomad,
    'dockerd': fmt_cont.Dockerd, 'containerd': fmt_cont.Containerd, 'crio': fmt_cont.CRIO,
    'kube-proxy': fmt_cont.KubeProxy, 'kube-scheduler': fmt_cont.KubeScheduler,
    'druid': fmt_data.Druid, 'hbase': fmt_data.HBase, 'hive': fmt_data.Hive, 'dagster': fmt_data.Dagster,
    'opensearch': fmt_data.OpenSearch, 'scylla': fmt_data.Scylla, 'mariadb': fmt_data.MariaDB, 'pulsar': fmt_data.Pulsar,
    'lighttpd': fmt_web.Lighttpd, 'openresty-error': fmt_web.OpenRestyError, 'openresty-access': fmt_web.OpenRestyAccess,
}
THEMES = {
    'ci': ['gitlab-runner', 'gitlab-runner-json', 'buildkite', 'gradle', 'teamcity', 'dockerd', 'terraform'],
    'deploy': ['terraform', 'puppet', 'chef', 'salt', 'argocd', 'flux', 'nomad', 'dockerd'],
    'cont': ['dockerd', 'containerd', 'crio', 'kube-proxy', 'kube-scheduler', 'nomad', 'argocd', 'flux'],
    'data': ['druid', 'hbase', 'hive', 'dagster', 'opensearch', 'scylla', 'mariadb', 'pulsar', 'lighttpd',
             'openresty-error', 'openresty-access'],
}
EXCL = [{'gitlab-runner', 'gitlab-runner-json'}, {'containerd', 'crio'}]
TZS = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Adelaide',
       'Australia/Darwin', 'Asia/Tokyo', 'America/Los_Angeles', 'Europe/London', 'America/Sao_Paulo', 'Asia/Shanghai',
       'Pacific/Auckland', 'Asia/Tehran', 'Europe/Helsinki', 'America/Chicago', 'Asia/Singapore', 'Africa/Johannesburg',
       'America/Denver', 'Pacific/Chatham']
KINDS = ['error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'oom_kill',
         'disk_full', 'panic']
HOSTS = {'ci': ['ci-runner', 'build', 'ci-worker', 'tc'], 'deploy': ['deploy', 'mgmt', 'ops', 'cfg'],
         'cont': ['node', 'k8s-worker', 'worker', 'kube'], 'data': ['data', 'db', 'analytics', 'dp']}
DOMAINS = ['example.com', 'corp.example.net', 'acme.internal', 'prod.example.org', 'svc.example.io']


def R(seed, sc, f, purpose):
    return random.Random(f"{GEN}/{seed}/{sc}/{f}/{purpose}")


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam < 30:
        L = math.exp(-lam)
        k = 0
        p = r.random()
        while p > L:
            k += 1
            p *= r.random()
        return k
    return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))


class Sc:
    def __init__(s, seed, idx, r, theme):
        s.seed = seed
        s.idx = idx
        s.sid = f"s{idx:02d}"
        s.theme = theme
        s.r = r
        s.year = r.randint(2018, 2026)
        s.tzname = r.choice(TZS)
        s.tz = ZoneInfo(s.tzname)
        s.host = f"{r.choice(HOSTS[theme])}-{r.randint(1, 24):02d}"
        s.domain = r.choice(DOMAINS)
        s.ip_gl = _ip(r)
        s._flags = {}
        s.dur_min = r.randint(120, 480)
        for _ in range(500):
            mo, d, h, mi = r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)
            loc = datetime(s.year, mo, d, h, mi, tzinfo=s.tz)
            ws = int(loc.timestamp())
            ws -= ws % 60
            we = ws + s.dur_min * 60
            offs = {datetime.fromtimestamp(x, s.tz).utcoffset() for x in range(ws, we + 1, 900)}
            ys = {datetime.fromtimestamp(x, s.tz).year for x in (ws, we)} | {datetime.fromtimestamp(x, timezone.utc).year for x in (ws, we)}
            if len(offs) == 1 and ys == {s.year}:
                break
        s.ws, s.we = ws * US, we * US

    def ip(s, r):
        return _ip(r)

    def flag(s, name):
        if name not in s._flags:
            s._flags[name] = random.Random(f"{GEN}/{s.seed}/{s.sid}/-/flag-{name}").random() < 0.5
        return s._flags[name]


def iso(us, nd):
    sec, frac = divmod(us, US)
    d = datetime.fromtimestamp(sec, timezone.utc).strftime('%Y-%m-%dT%H:%M:%S')
    if nd > 0:
        d += '.' + f"{frac:06d}"[:min(nd, 6)]
    return d + 'Z'


def floor_res(us, nd):
    u = 10 ** (6 - min(nd, 6))
    return us - us % u


def ceil_res(us, nd):
    u = 10 ** (6 - min(nd, 6))
    return -(-us // u) * u


class FileGen:
    def __init__(s, sc, key):
        s.sc = sc
        s.key = key
        s.cls = FORMATS[key]
        s.f = s.cls(sc, R(sc.seed, sc.sid, key, 'init'))
        s.fname = s.f.fname
        s.lam = 0.0
        s.incs = []          # dicts
        s.restart = None     # benign restart time

    def can(s, kind):
        if kind not in s.f.kinds:
            return False
        if kind == 'silence':
            return s.lam >= 12
        if kind in ('latency_shift', 'http_5xx', 'traffic_flood'):
            return s.lam >= 3
        return True


def build_scenarios(seed):
    pr = R(seed, '-', '-', 'plan')
    healthy = sorted(pr.sample(range(1, 11), 2))
    themes = []
    while len(themes) < 10:
        t = ['ci', 'deploy', 'cont', 'data']
        pr.shuffle(t)
        themes += t
    scs = []
    for i in range(1, 11):
        r = R(seed, f"s{i:02d}", '-', 'scenario')
        sc = Sc(seed, i, r, themes[i - 1])
        pool = [k for k in THEMES[sc.theme] if FORMATS[k].years[0] <= sc.year <= FORMATS[k].years[1]]
        n = r.randint(3, 6)
        chosen = []
        for k in r.sample(pool, len(pool)):
            if len(chosen) >= n:
                break
            if any(k in ex and (ex - {k}) & set(chosen) for ex in EXCL):
                continue
            chosen.append(k)
        files = [FileGen(sc, k) for k in chosen]
        if not any(fg.f.absolute for fg in files):
            abs_keys = [k for k in pool if k not in chosen and FORMATS[k].absolute and FORMATS[k].low is None]
            if not abs_keys:
                abs_keys = ['dockerd']
            k = r.choice(abs_keys)
            fg = FileGen(sc, k)
            if len(files) >= 6:
                files[-1] = fg
            else:
                files.append(fg)
        if not any(fg.f.low is None for fg in files):
            files.append(FileGen(sc, 'dockerd' if sc.theme != 'data' else 'druid'))
        names = set()
        for fg in files:
            if fg.fname in names:
                fg.fname = f"{fg.key}-{fg.fname}"
                fg.f.fname = fg.fname
            names.add(fg.fname)
        sc.files = files
        sc.healthy = i in healthy
        # rates
        target = r.randint(53000, 86000)
        dur = sc.dur_min
        low_total = 0
        for fg in files:
            if fg.f.low:
                fg.lam = r.uniform(*fg.f.low)
                low_total += fg.lam * dur
        ws = [fg.f.weight * r.uniform(0.6, 1.5) for fg in files if not fg.f.low]
        rest = max(target - low_total, 20000)
        j = 0
        for fg in files:
            if not fg.f.low:
                fg.lam = rest * ws[j] / sum(ws) / dur
                j += 1
        scs.append(sc)
    return scs, pr


DUR = {'error_burst': (3, 15), 'new_error': (3, 15), 'retry_storm': (4, 15), 'disk_full': (3, 14), 'latency_shift': (10, 40),
       'http_5xx': (4, 15), 'traffic_flood': (5, 30), 'silence': (10, 40), 'oom_kill': (8, 8), 'panic': (8, 8)}


def assign(scs, pr, seed):
    inc = [sc for sc in scs if not sc.healthy]
    need = list(KINDS)
    pr.shuffle(need)
    plan = {sc.idx: [] for sc in inc}

    def files_for(sc, kind):
        used = {id(fg) for fg, _ in plan[sc.idx]}
        c = [fg for fg in sc.files if fg.can(kind) and id(fg) not in used]
        return c or [fg for fg in sc.files if fg.can(kind)]

    for kind in need:
        cands = [sc for sc in inc if len(plan[sc.idx]) < 3 and files_for(sc, kind)]
        if not cands:
            # add a capable format to a scenario with room
            for sc in sorted(inc, key=lambda x: len(x.files)):
                keys = [k for k in FORMATS if kind in FORMATS[k].kinds and FORMATS[k].years[0] <= sc.year <= FORMATS[k].years[1]
                        and k not in [fg.key for fg in sc.files] and FORMATS[k].low is None]
                if len(sc.files) < 6 and keys and len(plan[sc.idx]) < 3:
                    fg = FileGen(sc, pr.choice(sorted(keys)))
                    if fg.fname in [x.fname for x in sc.files]:
                        fg.fname = f"{fg.key}-{fg.fname}"
                        fg.f.fname = fg.fname
                    fg.lam = max(20.0, sum(x.lam for x in sc.files) / len(sc.files))
                    sc.files.append(fg)
                    cands = [sc]
                    break
        if not cands:
            raise RuntimeError(f"cannot place {kind}")
        zero = [sc for sc in cands if not plan[sc.idx]]
        sc = pr.choice(zero or cands)
        plan[sc.idx].append((pr.choice(files_for(sc, kind)), kind))
    for sc in inc:
        extra = pr.choice([0, 0, 1, 1, 2])
        for _ in range(extra):
            if len(plan[sc.idx]) >= 3:
                break
            kind = pr.choice(KINDS)
            fl = files_for(sc, kind)
            if fl:
                plan[sc.idx].append((pr.choice(fl), kind))
    # timing
    for sc in scs:
        r = R(seed, sc.sid, '-', 'timing')
        items = plan.get(sc.idx, [])
        for _ in range(2000):
            placed = []
            ok = True
            for fg, kind in items:
                lo, hi = DUR[kind]
                d = r.randint(lo * 60, hi * 60) * US
                reserve = d + (4 * MIN if kind in ('oom_kill', 'panic') else 0)
                a0 = sc.ws + 40 * MIN + 30 * US
                a1 = sc.we - 10 * MIN - reserve
                if a1 <= a0:
                    ok = False
                    break
                st = a0 + r.randrange(0, (a1 - a0) // US) * US
                if kind in ('latency_shift', 'http_5xx', 'traffic_flood', 'silence'):
                    st -= (st - sc.ws) % MIN
                    d -= d % MIN
                    reserve = d
                en = st + reserve
                for fg2, k2, s2, e2, _ in placed:
                    if fg2 is fg and not (st >= e2 + 14 * MIN or en + 14 * MIN <= s2):
                        ok = False
                placed.append((fg, kind, st, en, d))
            if not ok:
                continue
            # benign restart in about half of the scenarios
            rs = None
            if r.random() < 0.5:
                cand = [fg for fg in sc.files if fg.key not in ('openresty-access', 'gradle', 'dagster', 'flux', 'puppet', 'chef')]
                if cand:
                    fg = r.choice(cand)
                    t = sc.ws + 25 * MIN + r.randrange(0, max(1, (sc.we - sc.ws - 50 * MIN) // US)) * US
                    if all(abs(t - s2) > 16 * MIN and abs(t - e2) > 16 * MIN and not (s2 - 16 * MIN < t < e2 + 16 * MIN) for _, _, s2, e2, _ in placed):
                        rs = (fg, t)
            break
        else:
            raise RuntimeError('cannot time incidents for ' + sc.sid)
        for fg, kind, st, en, d in placed:
            fg.incs.append({'kind': kind, 'st': st, 'd': d})
        if rs:
            rs[0].restart = rs[1]


def daily(h):
    # relative activity by local hour (office-hours hump, quiet nights)
    return 0.45 + 0.75 * max(0.0, math.sin(math.pi * (h - 6.5) / 15.0)) ** 1.3


def gen_file(sc, fg, seed):
    f = fg.f
    fn = fg.fname
    rn = R(seed, sc.sid, fn, 'noise')
    ri = R(seed, sc.sid, fn, 'incidents')
    rb = R(seed, sc.sid, fn, 'blocks')
    ws, we = sc.ws, sc.we
    nmin = sc.dur_min
    items = []      # (t, text, tag)
    sup = []        # suppressed intervals
    wins = {'lat': [], 'bad': [], 'flood': [], 'sil': []}
    truth = []
    tags = {}

    # ---- blocks (crashes, restarts) in time order
    blocks = []
    for n, inc in enumerate(fg.incs):
        if inc['kind'] in ('oom_kill', 'panic'):
            blocks.append((inc['st'] + rb.randint(0, 120) * US + rb.randrange(US), 'crash', n))
    if fg.restart:
        blocks.append((fg.restart + rb.randrange(US), 'restart', None))
    blocks.sort(key=lambda x: x[0])
    for t0, what, n in blocks:
        if what == 'crash':
            kind = fg.incs[n]['kind']
            cl = f.crash(t0, rb, kind)
            tl = max(x[0] for x in cl)
            t1 = tl + f.down(rb)
            f.new_pid(t1, rb)
            bl = f.start(t1, rb, 'crash')
            allb = cl + bl
            tag = ('inc', n)
            for t, txt in allb:
                items.append((t, txt, tag))
            sup.append((t0, max(x[0] for x in allb)))
            fg.incs[n]['block'] = (cl, bl)
        else:
            sl = f.stop(t0, rb)
            if not sl:
                continue
            tl = max(x[0] for x in sl)
            t1 = tl + rb.randint(2, 25) * US
            f.new_pid(t1, rb)
            bl = f.start(t1, rb, 'stop')
            allb = sl + bl
            for t, txt in allb:
                items.append((t, txt, None))
            sup.append((t0, max(x[0] for x in allb)))

    for n, inc in enumerate(fg.incs):
        k = inc['kind']
        st, d = inc['st'], inc['d']
        if k == 'latency_shift':
            inc['mult'] = ri.uniform(3.0, 8.0)
            wins['lat'].append((st, st + d, inc['mult']))
        elif k == 'http_5xx':
            inc['share'] = ri.uniform(0.3, 0.7)
            wins['bad'].append((st, st + d, inc['share']))
        elif k == 'traffic_flood':
            inc['mult'] = ri.uniform(4.0, 10.0)
            wins['flood'].append((st, st + d, inc['mult']))
        elif k == 'silence':
            wins['sil'].append((st, st + d))
    for a, b in wins['sil']:
        sup.append((a, b - 1))

    def suppressed(t):
        for a, b in sup:
            if a <= t <= b:
                return True
        return False

    # ---- noise
    pend = []
    curve = []
    for m in range(nmin):
        d = datetime.fromtimestamp((ws + m * MIN) // US, sc.tz)
        curve.append(daily(d.hour + d.minute / 60.0))
    cm = sum(curve) / len(curve)
    burst = [1.0] * nmin
    for h in range(0, nmin, 60):
        for _ in range(rn.randint(1, 3)):
            a = h + rn.randint(0, 59)
            mul = rn.uniform(1.3, 1.8)
            for m in range(a, min(nmin, a + rn.randint(1, 4))):
                burst[m] = mul
    lam = fg.lam
    wp = f.warn_p * rn.uniform(0.5, 2.0)
    lat, bad, flood = wins['lat'], wins['bad'], wins['flood']
    base_bad = 0.002
    for m in range(nmin):
        t_m = ws + m * MIN
        mult = 1.0
        for a, b, x in flood:
            if a <= t_m + 30 * US < b:
                mult = x
        cnt = poisson(rn, lam * curve[m] / cm * burst[m] * mult)
        if m == 0:
            cnt = max(cnt, 1)
        if m == nmin - 1:
            cnt = max(cnt, 1)
        offs = sorted(rn.randrange(MIN) for _ in range(cnt))
        if m == 0:
            offs[0] = rn.randint(1, 20) * US + rn.randrange(US)
            offs.sort()
        if m == nmin - 1:
            offs[-1] = MIN - rn.randint(2, 25) * US
            offs.sort()
        for o in offs:
            t = t_m + o
            if sup and suppressed(t):
                continue
            if rn.random() < wp:
                pend.append((t, f.warn, (t, rn), None))
            else:
                L = 1.0
                for a, b, x in lat:
                    if a <= t < b:
                        L = x
                bd = base_bad
                for a, b, x in bad:
                    if a <= t < b:
                        bd = x
                pend.append((t, f.norm, (t, rn, L, bd), None))

    # ordinary errors
    errs = f.errs()
    bk = None
    eb = [inc for inc in fg.incs if inc['kind'] == 'error_burst']
    if errs:
        if eb:
            bk = ri.randrange(len(errs))
            eb[0]['k'] = bk
        re_ = R(seed, sc.sid, fn, 'errors')
        rate = re_.uniform(0.05, 0.3)
        pool = [i for i in range(len(errs)) if i != bk] or None
        t = ws
        while True:
            t += int(re_.expovariate(rate) * 60 * US)
            if t >= we:
                break
            if pool is None or suppressed(t):
                continue
            pend.append((t, errs[re_.choice(pool)], (t, re_), None))
        if eb:
            inc = eb[0]
            outside = 0
            for _ in range(200):
                if outside >= re_.randint(2, 4):
                    break
                t = ws + re_.randrange(we - ws)
                if abs(t - inc['st']) < 25 * MIN or abs(t - (inc['st'] + inc['d'])) < 25 * MIN or suppressed(t):
                    continue
                if any(abs(t - j['st']) < 5 * MIN for j in fg.incs):
                    continue
                pend.append((t, errs[bk], (t, re_), None))
                outside += 1
    # retried-then-succeeded operations
    rr = R(seed, sc.sid, fn, 'retry-ok')
    if f.retry_ok(ws, random.Random(0)) is not None:
        t = ws
        rate = rr.uniform(0.02, 0.08)
        while True:
            t += int(rr.expovariate(rate) * 60 * US)
            if t >= we - 3 * MIN:
                break
            if suppressed(t):
                continue
            pend.append((t, f.retry_ok, (t, rr), 'list'))
    # periodic jobs
    rp = R(seed, sc.sid, fn, 'periodic')
    for period, fnc in f.periodic():
        t = ws + rp.randrange(period * US)
        while t < we:
            if not suppressed(t):
                pend.append((t, fnc, (t, rp), 'list'))
            t += period * US + rp.randint(-2000, 2000) * 1000

    # ---- event incidents
    for n, inc in enumerate(fg.incs):
        k = inc['kind']
        st, d = inc['st'], inc['d']
        tag = ('inc', n)
        if k in ('error_burst', 'new_error', 'retry_storm', 'disk_full'):
            if k == 'error_burst':
                N = ri.randint(40, 300)
                fnc = errs[inc['k']]
            elif k == 'new_error':
                N = ri.randint(40, 300)
                fnc = f.newerr
            elif k == 'retry_storm':
                N = ri.randint(100, 500)
                fnc = f.retry
            else:
                N = ri.randint(30, 150)
                fnc = f.disk
            offs = sorted(ri.randrange(d) for _ in range(N))
            offs[0] = ri.randrange(US // 2)
            for o in offs:
                t = st + o
                pend.append((t, fnc, (t, ri), tag))
            inc['n'] = N

    # ---- render every stream in time order (stateful formats: job ids, pids, sequence numbers)
    pend.sort(key=lambda x: x[0])
    for t, fnc, args, tag in pend:
        res = fnc(*args)
        if tag == 'list':
            if isinstance(res, list):
                for x in res:
                    if not suppressed(x[0]):
                        items.append((x[0], x[1], None))
            elif res is not None:
                items.append((t, res, None))
        else:
            items.append((t, res, tag))
    # ---- assemble
    items = [x for x in items if ws <= x[0] < we]
    items.sort(key=lambda x: x[0])
    nd = f.nd
    for n, inc in enumerate(fg.incs):
        k = inc['kind']
        st, d = inc['st'], inc['d']
        if k in ('latency_shift', 'http_5xx', 'traffic_flood', 'silence'):
            a, b = st, st + d
            cnt = sum(1 for x in items if a <= x[0] < b)
            desc = {'latency_shift': f"latency x{inc.get('mult', 0):.1f} for {d // MIN} min ({cnt} lines in window)",
                    'http_5xx': f"{inc.get('share', 0) * 100:.0f}% of requests fail with 5xx for {d // MIN} min ({cnt} lines in window)",
                    'traffic_flood': f"line rate x{inc.get('mult', 0):.1f} for {d // MIN} min ({cnt} lines in window)",
                    'silence': f"no lines for {d // MIN} min"}[k]
        else:
            idx = [i for i, x in enumerate(items) if x[2] == ('inc', n)]
            if not idx:
                raise RuntimeError(f"{sc.sid}/{fn}: incident {k} has no lines")
            a = items[idx[0]][0]
            b = items[idx[-1]][0]
            if k in ('oom_kill', 'panic') and f.raw_crash:
                j = idx[0] - 1
                if j >= 0:
                    a = items[j][0]
            a = floor_res(a, nd)
            b = ceil_res(b, nd)
            nl = sum(items[i][1].count('\n') + 1 for i in idx)
            desc = {'error_burst': 'burst of a known error', 'new_error': 'burst of a never-seen error', 'retry_storm': 'retry storm',
                    'disk_full': 'no space left on device', 'oom_kill': 'killed for memory (OOM) and restarted',
                    'panic': 'crash with native crash text and restart'}[k] + f", {nl} lines"
        truth.append({'kind': k, 'file': None, 'start': iso(a, nd if k not in ('latency_shift', 'http_5xx', 'traffic_flood', 'silence') else 0),
                      'end': iso(b, nd if k not in ('latency_shift', 'http_5xx', 'traffic_flood', 'silence') else 0),
                      'description': f"{f.name}: {desc}"})
    text = '\n'.join(x[1] for x in items) + '\n'
    return text, truth


def write_file(path, text, f, gz):
    if f.crlf:
        text = text.replace('\n', '\r\n')
    data = text.encode('utf-8')
    if f.bom:
        data = b'\xef\xbb\xbf' + data
    if gz:
        with open(path + '.gz', 'wb') as fh:
            with gzip.GzipFile(filename='', mode='wb', fileobj=fh, mtime=0, compresslevel=6) as g:
                g.write(data)
        return os.path.basename(path) + '.gz'
    with open(path, 'wb') as fh:
        fh.write(data)
    return os.path.basename(path)


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    scs, pr = build_scenarios(seed)
    assign(scs, pr, seed)
    os.makedirs(out, exist_ok=True)
    for sc in scs:
        d = os.path.join(out, sc.sid)
        os.makedirs(d, exist_ok=True)
        for x in os.listdir(d):
            os.remove(os.path.join(d, x))
        incs = []
        for fg in sc.files:
            text, truth = gen_file(sc, fg, seed)
            gz = R(seed, sc.sid, fg.fname, 'gzip').random() < 0.25
            name = write_file(os.path.join(d, fg.fname), text, fg.f, gz)
            for t in truth:
                t['file'] = name
                incs.append(t)
        incs.sort(key=lambda x: (x['start'], x['file']))
        with open(os.path.join(d, 'truth.json'), 'w') as fh:
            json.dump({'incidents': incs}, fh, indent=2)
            fh.write('\n')


if __name__ == '__main__':
    main()
