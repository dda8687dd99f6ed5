#!/usr/bin/env python3
"""blind6 synthetic log-bundle generator with ground truth.

usage: gen.py OUTDIR SEED

Writes OUTDIR/s01 .. OUTDIR/s10, each with 3-6 log files of one imagined
production system and truth.json.  Output depends only on SEED."""
import calendar
import gzip
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from b6core import (US, SEC, MIN, R, DOMAINS, CO_A, TZS, make_shape, hexs, iso_ms, ver)  # noqa: E402
from b6fmt_edge import Alb, Envoy, Traefik, Squid  # noqa: E402
from b6fmt_app import RustTracing, Gunicorn, PhoenixDocker  # noqa: E402
from b6fmt_php import ApacheError, PhpFpm  # noqa: E402
from b6fmt_data import MongoDB, MysqlError, MysqlSlow, Cassandra  # noqa: E402
from b6fmt_ops import HcLog, RabbitMQ, Journal, Sidekiq  # noqa: E402

CLASSES = {c.KIND: c for c in [Alb, Envoy, Traefik, Squid, RustTracing, Gunicorn, PhoenixDocker,
                               ApacheError, PhpFpm, MongoDB, MysqlError, MysqlSlow, Cassandra,
                               HcLog, RabbitMQ, Journal, Sidekiq]}
HEAVY = [k for k, c in CLASSES.items() if c.HEAVY]
LIGHT = [k for k, c in CLASSES.items() if not c.HEAVY]
KINDS = ['error_burst', 'retry_storm', 'new_error', 'latency_shift', 'http_5xx', 'traffic_flood',
         'silence', 'panic', 'oom_kill', 'disk_full']
CAPPED = {'traefik': 12000, 'mongodb': 16000}
SHAPE = ('latency_shift', 'http_5xx', 'traffic_flood', 'silence')

LIGHT_RATE = {'mysql_error': (4, 22), 'mysql_slow': (14, 55), 'hclog': (6, 40),
              'apache_error': (8, 45), 'phpfpm': (6, 30), 'cassandra': (6, 14), 'rabbitmq': (9, 60)}
HEAVY_W = {'alb': 1.5, 'envoy': 1.0, 'traefik': 0.3, 'squid': 1.1, 'gunicorn': 1.0, 'rust': 0.8,
           'phoenix': 1.0, 'mongodb': 0.3, 'journal': 0.9, 'sidekiq': 0.9}


class PlanFail(Exception):
    pass


class Scenario:
    pass


def camel(s):
    return ''.join(w.capitalize() for w in s.replace('-', ' ').replace('_', ' ').split())


def make_meta(seed, idx, domain, year):
    sid = 's%02d' % (idx + 1)
    m = R(seed, sid, 'meta')
    sc = Scenario()
    sc.seed, sc.sid, sc.idx = seed, sid, idx
    sc.domain = domain
    sc.D = DOMAINS[domain]
    sc.nouns = list(sc.D['nouns'])
    m.shuffle(sc.nouns)
    a = m.choice(CO_A)
    b = m.choice(sc.D['suffix'])
    sc.company = '%s %s' % (a, b)
    sc.slug = (a + b).lower().replace(' ', '')
    sc.tld = m.choice(['com', 'io', 'co', 'net', 'co.uk', 'de', 'app'])
    sc.api_host = 'api.%s.%s' % (sc.slug, sc.tld)
    sc.web_host = 'www.%s.%s' % (sc.slug, sc.tld)
    sc.tz, sc.region = m.choice(TZS)
    sc.acct = '%012d' % m.randint(10**11, 10**12 - 1)
    sc.vpc_b = m.randint(0, 250)
    sc.year = year
    sc.app_name = a
    sc.idstyle = m.choice(['int', 'int', 'uuid'])
    sc.svcs = [n for n in sc.nouns[:4]]
    month = m.randint(1, 12)
    day = m.randint(1, 28)
    start_min = m.randint(0, 24 * 60 - 1)
    sc.minutes = m.randint(120, 480)
    sec0 = calendar.timegm((year, month, day, 0, 0, 0, 0, 0, 0)) + start_min * 60 + m.randint(0, 59)
    sc.w0 = sec0 * US
    sc.w1 = sc.w0 + sc.minutes * MIN
    sc.shape = make_shape(R(seed, sid, 'shape'), sc.w0, sc.minutes, sc.tz, sc.D['profile'])
    return sc


def file_name(kind, sc, hint, n):
    if kind == 'alb':
        import time as _t
        g = _t.gmtime(sc.w0 // US)
        return '%s_elasticloadbalancing_%s_app.%s-prod.%s_%04d%02d%02dT%02d%02dZ_10.%d.%d.%d_%s.log.gz' % (
            sc.acct, sc.region, sc.slug[:14], hexs(n, 16), g[0], g[1], g[2], g[3], g[4] // 5 * 5,
            sc.vpc_b, n.randint(0, 3), n.randint(4, 250), hexs(n, 8))
    if kind == 'phoenix':
        return '%s-json.log' % hexs(n, 64)
    if kind == 'rust':
        return '%s.log' % hint['svc']
    if kind == 'gunicorn':
        return '%s-gunicorn.log' % hint['svc']
    if kind == 'hclog':
        return '%s.log' % hint['product']
    if kind == 'rabbitmq':
        return 'rabbit@%s.log' % hint['host']
    if kind == 'journal':
        return 'journal-%s.log' % hint['host']
    if kind == 'phpfpm':
        return 'php%s-fpm.log' % ver('php', sc.year)
    return {'envoy': n.choice(['envoy-access.log', 'ingress-envoy.log']),
            'traefik': n.choice(['traefik-access.json', 'traefik-access.log']),
            'squid': 'squid-access.log', 'apache_error': n.choice(['apache2-error.log', 'httpd-error_log']),
            'mongodb': 'mongod.log', 'mysql_error': n.choice(['mysqld.log', 'mysql-error.log']),
            'mysql_slow': 'mysql-slow.log', 'cassandra': 'system.log', 'sidekiq': 'sidekiq.log'}[kind]


def durations(kind, r, shrink=False):
    """Planned [t0,t1] length in seconds plus kind parameters."""
    p = {}
    if kind == 'error_burst':
        p['n'] = r.randint(28, 80)
        d = max(120.0, min(480.0, p['n'] / r.uniform(7, 14) * 60))
    elif kind == 'retry_storm':
        p['n'] = r.randint(160, 480)
        d = min(r.uniform(180, 840), p['n'] / 15.0 * 60)
        d = max(d, 180.0)
    elif kind == 'new_error':
        d = r.uniform(12 * 60, 45 * 60)
        p['period'] = r.uniform(25, 80)
    elif kind == 'latency_shift':
        d = r.uniform(15 * 60, 55 * 60)
        p['k'] = r.uniform(3.0, 6.0)
    elif kind == 'http_5xx':
        d = r.uniform(8 * 60, 35 * 60)
        p['share'] = r.uniform(0.05, 0.12)
    elif kind == 'traffic_flood':
        d = r.uniform(10 * 60, 35 * 60)
        p['k'] = r.uniform(3.0, 7.0)
        p['clients'] = r.choice([1, 1, 2, 3, 4])
    elif kind == 'silence':
        d = r.uniform(12 * 60, 40 * 60)
    elif kind == 'disk_full':
        d = r.uniform(6 * 60, 25 * 60)
    else:  # panic / oom_kill: planned later from crash times
        d = 0.0
    if shrink:
        mins = {'new_error': 12 * 60, 'latency_shift': 15 * 60, 'http_5xx': 8 * 60,
                'traffic_flood': 10 * 60, 'silence': 12 * 60, 'disk_full': 6 * 60}
        if kind in mins:
            d = mins[kind] + r.uniform(0, 60)
    return d, p


def crashes(kind, cls, r, t0):
    n = r.choice([1, 1, 2, 3])
    out = []
    t = t0
    lo, hi = cls.CRASH_GAP
    for i in range(n):
        gap = int(r.uniform(lo, hi) * US)
        out.append((t, t + gap))
        t = t + gap + int(r.uniform(60, 360) * US)
    return out


def _plan(seed, attempt):
    pr = R(seed, 'plan', attempt)
    doms = sorted(DOMAINS)
    pr.shuffle(doms)
    years = [pr.randint(2019, 2026) for _ in range(10)]
    if all(y == 2026 for y in years):
        years[pr.randrange(10)] = pr.randint(2019, 2025)
    scs = [make_meta(seed, i, doms[i % len(doms)], years[i]) for i in range(10)]
    # file kinds, dealt from rotating decks so that every kind shows up
    hdeck, ldeck = [], []

    def deal(deck, pool, have):
        for _ in range(60):
            if not deck:
                deck.extend(pool)
                pr.shuffle(deck)
            k = deck.pop()
            if k not in have:
                return k
            deck.insert(0, k)
        raise PlanFail('deck')
    for sc in scs:
        nf = pr.choice([3, 4, 4, 5, 5, 6])
        nh = min(pr.choice([1, 2, 2, 3]), nf - 1)
        kinds = []
        for _ in range(nh):
            kinds.append(deal(hdeck, HEAVY, kinds))
        while all(k in CAPPED for k in kinds):
            kinds.append(deal(hdeck, HEAVY, kinds))
            nf = max(nf, len(kinds) + 1)
        for _ in range(nf - nh):
            kinds.append(deal(ldeck, LIGHT, kinds))
        sc.kinds = kinds
    # volumes and file windows
    for sc in scs:
        T = pr.randint(64000, 112000)
        specs = []
        light = []
        for k in sc.kinds:
            if k in LIGHT_RATE:
                a, b = LIGHT_RATE[k]
                light.append(pr.uniform(a, b) * sc.minutes)
            else:
                light.append(None)
        lsum = sum(x for x in light if x)
        if lsum > 0.45 * T:
            f = 0.45 * T / lsum
            light = [x * f if x else x for x in light]
            lsum = 0.45 * T
        ws = [HEAVY_W[k] * pr.uniform(0.6, 1.4) if light[i] is None else 0 for i, k in enumerate(sc.kinds)]
        wsum = sum(ws)
        heavy_t = [(T - lsum) * w / wsum if w else None for w in ws]
        spare = 0.0
        for i, k in enumerate(sc.kinds):
            if k in CAPPED and heavy_t[i] > CAPPED[k]:
                spare += heavy_t[i] - CAPPED[k]
                heavy_t[i] = CAPPED[k] * pr.uniform(0.75, 1.0)
        free = sum(w for i, w in enumerate(ws) if w and sc.kinds[i] not in CAPPED)
        for i, k in enumerate(sc.kinds):
            if ws[i] and k not in CAPPED:
                heavy_t[i] += spare * ws[i] / free
        names = set()
        for i, k in enumerate(sc.kinds):
            target = light[i] if light[i] else heavy_t[i]
            nr = R(seed, sc.sid, 'name', k)
            hint = {'svc': pr.choice(sc.svcs) + pr.choice(['-api', '-svc', '-web']),
                    'host': pr.choice(['mq-1', 'rabbitmq-0', 'broker-2', 'web-%d' % pr.randint(1, 9),
                                       'worker-%d' % pr.randint(1, 9), 'ip-10-%d-%d-%d' % (sc.vpc_b, pr.randint(0, 63), pr.randint(2, 250))]),
                    'product': pr.choice(['consul', 'nomad', 'vault'])}
            if k == 'rabbitmq':
                hint['host'] = pr.choice(['mq-1', 'rabbitmq-0', 'broker-2', 'rmq-prod-1'])
            elif k == 'journal':
                hint['host'] = pr.choice(['web-%d' % pr.randint(1, 9), 'worker-%d' % pr.randint(1, 9),
                                          'ip-10-%d-%d-%d' % (sc.vpc_b, pr.randint(0, 63), pr.randint(2, 250))])
            name = file_name(k, sc, hint, nr)
            while name in names:
                name = 'x' + name
            names.add(name)
            fs = sc.w0 + int(pr.uniform(0, 100) * US)
            fe = sc.w1 - int(pr.uniform(0, 100) * US)
            specs.append(dict(kind=k, name=name, start=fs, end=fe, target=target, incidents=[],
                              restarts=[], hint=hint))
        sc.files = specs
    # healthy scenarios and incident slots
    healthy = pr.sample(range(10), 2)
    sick = [i for i in range(10) if i not in healthy]
    counts = {i: pr.choice([1, 2, 2, 3]) for i in sick}
    while sum(counts.values()) < 13:
        i = pr.choice(sick)
        if counts[i] < 3:
            counts[i] += 1
    order = ['traffic_flood', 'latency_shift', 'http_5xx', 'oom_kill', 'panic', 'retry_storm',
             'disk_full', 'new_error', 'error_burst', 'silence']
    extra = sum(counts.values()) - len(order)
    todo = order + [None] * extra
    left = dict(counts)
    per_file = {}
    assigned = {i: [] for i in sick}

    def cands(kind):
        out = []
        for i in sick:
            if left[i] <= 0 or kind in [a[0] for a in assigned[i]]:
                continue
            sc = scs[i]
            for j, spec in enumerate(sc.files):
                cls = CLASSES[spec['kind']]
                if kind not in cls.SUPPORTS:
                    continue
                if kind == 'silence' and spec['target'] / sc.minutes < cls.MIN_RATE_SILENCE:
                    continue
                nfile = per_file.get((i, j), 0)
                out.append(((i, j), 1.0 / (1 + nfile) ** 3))
        return out
    for kind in todo:
        if kind is None:
            ks = list(KINDS)
            pr.shuffle(ks)
            for k2 in ks:
                if cands(k2):
                    kind = k2
                    break
            if kind is None:
                raise PlanFail('no extra')
        c = cands(kind)
        if not c:
            raise PlanFail('no candidate for ' + kind)
        tot = sum(w for _, w in c)
        x = pr.random() * tot
        for (i, j), w in c:
            x -= w
            if x <= 0:
                break
        assigned[i].append((kind, j))
        left[i] -= 1
        per_file[(i, j)] = per_file.get((i, j), 0) + 1
    # time placement
    for i in sick:
        sc = scs[i]
        byfile = {}
        for kind, j in assigned[i]:
            byfile.setdefault(j, []).append(kind)
        for j in sorted(byfile):
            spec = sc.files[j]
            cls = CLASSES[spec['kind']]
            kinds = byfile[j]
            kinds.sort(key=lambda k: -{'latency_shift': 55, 'new_error': 45, 'silence': 40, 'http_5xx': 35,
                                        'traffic_flood': 35, 'disk_full': 25, 'panic': 20, 'oom_kill': 20}.get(k, 8))
            placed = []
            lo = spec['start'] + 40 * MIN
            hi = spec['end'] - 8 * MIN
            for kind in kinds:
                r = R(seed, sc.sid, 'place', spec['name'], kind, attempt)
                ok = False
                for a in range(400):
                    d, p = durations(kind, r, shrink=a > 200)
                    stop = kind == 'silence' and len(kinds) == 1 and r.random() < 0.2
                    span_hi = hi - int(d * US)
                    if stop:
                        span_hi = spec['end'] - 14 * MIN
                    if kind in ('panic', 'oom_kill'):
                        span_hi = hi - 25 * MIN
                    if span_hi <= lo:
                        continue
                    t0 = lo + int(r.random() * (span_hi - lo))
                    t0 -= t0 % US
                    if kind not in SHAPE:
                        t0 += r.randrange(1000, US - 1000)
                    m = (t0 - sc.w0) // MIN
                    if r.random() > sc.shape[min(m, len(sc.shape) - 1)] / max(sc.shape) + 0.25:
                        continue
                    if kind in ('panic', 'oom_kill'):
                        p['crashes'] = crashes(kind, cls, r, t0)
                        t1 = p['crashes'][-1][1] + 60 * US
                    elif stop:
                        p['stop'] = True
                        t1 = spec['end']
                    else:
                        t1 = t0 + int(d * US)
                        t1 -= t1 % US
                    if any(not (t1 + 12 * MIN <= b0 or t0 >= b1 + 12 * MIN) for b0, b1 in placed):
                        continue
                    placed.append((t0, t1))
                    inc = dict(idx=len(spec['incidents']) + 100 * j, kind=kind, file=spec['name'],
                               t0=t0, t1=t1, params=p, desc=None)
                    spec['incidents'].append(inc)
                    ok = True
                    break
                if not ok:
                    raise PlanFail('placement %s %s' % (sc.sid, kind))
    # benign restarts
    for sc in scs:
        for spec in sc.files:
            cls = CLASSES[spec['kind']]
            if not cls.CAN_RESTART:
                continue
            r = R(seed, sc.sid, 'restart', spec['name'], attempt)
            n = 1 if r.random() < 0.3 else 0
            if n and r.random() < 0.25:
                n = 2
            busy = [(i['t0'], i['t1']) for i in spec['incidents']]
            for _ in range(n):
                for a in range(50):
                    t = spec['start'] + 20 * MIN + int(r.random() * (spec['end'] - spec['start'] - 40 * MIN))
                    if any(b0 - 12 * MIN <= t <= b1 + 12 * MIN for b0, b1 in busy):
                        continue
                    if any(i['kind'] == 'silence' and i['params'].get('stop') and t > i['t0'] - 12 * MIN
                           for i in spec['incidents']):
                        continue
                    spec['restarts'].append(t)
                    busy.append((t, t + 2 * MIN))
                    break
    for i in healthy:
        scs[i].healthy = True
    for i in sick:
        scs[i].healthy = False
    return scs


def plan(seed):
    for attempt in range(200):
        try:
            return _plan(seed, attempt)
        except PlanFail:
            continue
    raise SystemExit('planning failed')


def build_scenario(sc):
    scale = 1.0
    for attempt in range(4):
        outs = []
        total = 0
        for spec in sc.files:
            spec2 = dict(spec)
            spec2['target'] = spec['target'] * scale
            obj = CLASSES[spec['kind']](sc, spec2)
            recs = obj.build()
            n = sum(t.count('\n') + 1 for _, t, _ in recs)
            total += n
            outs.append((spec, obj, recs, n))
        if 53000 <= total <= 147000:
            break
        scale *= 96000.0 / total
    return outs, total


def write_scenario(sc, outdir):
    d = os.path.join(outdir, sc.sid)
    os.makedirs(d, exist_ok=True)
    outs, total = build_scenario(sc)
    truth = []
    for spec, obj, recs, n in outs:
        body = ('\n'.join(t for _, t, _ in recs) + '\n').encode('utf-8')
        path = os.path.join(d, spec['name'])
        if spec['name'].endswith('.gz'):
            with open(path, 'wb') as fh:
                with gzip.GzipFile(filename='', mode='wb', fileobj=fh, mtime=0, compresslevel=6) as gz:
                    gz.write(body)
        else:
            with open(path, 'wb') as fh:
                fh.write(body)
        tags = {}
        for ts, _, tag in recs:
            if tag is not None and tag != 'R':
                a = tags.get(tag)
                if a is None:
                    tags[tag] = [ts, ts]
                else:
                    if ts < a[0]:
                        a[0] = ts
                    if ts > a[1]:
                        a[1] = ts
        for inc in spec['incidents']:
            k = inc['kind']
            if k in SHAPE:
                s, e = inc['t0'], inc['t1']
            else:
                if inc['idx'] not in tags:
                    raise SystemExit('incident without lines: %s %s %s' % (sc.sid, spec['name'], k))
                s, e = tags[inc['idx']]
            desc = inc.get('desc') or '%s in %s' % (k.replace('_', ' '), spec['name'])
            desc = desc[0].upper() + desc[1:]
            if not desc.endswith('.'):
                desc += '.'
            truth.append(dict(kind=k, file=spec['name'], start=iso_ms(s), end=iso_ms(e, up=True),
                              description=desc))
    truth.sort(key=lambda x: (x['start'], x['file']))
    with open(os.path.join(d, 'truth.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump({'incidents': truth, 'healthy': not truth}, fh, indent=2)
        fh.write('\n')
    return total


def main(argv):
    verbose = '--verbose' in argv
    argv = [a for a in argv if a != '--verbose']
    if len(argv) != 3:
        sys.stderr.write('usage: gen.py OUTDIR SEED [--verbose]\n')
        return 2
    outdir, seed = argv[1], argv[2]
    scs = plan(seed)
    os.makedirs(outdir, exist_ok=True)
    for sc in scs:
        n = write_scenario(sc, outdir)
        if verbose:
            sys.stderr.write('%s %s %s %d files %d lines %d min %s\n' % (
                sc.sid, sc.domain, sc.company, len(sc.files), n, sc.minutes,
                ','.join(f['kind'] for f in sc.files)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
