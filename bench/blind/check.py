#!/usr/bin/env python3
"""Sanity checker for gen.py output: python3 check.py OUTDIR
Parses every file with a generic timestamp extractor (no knowledge of the generator internals
beyond ordinary log formats) and compares measurable evidence with truth.json."""
import datetime
import json
import os
import re
import statistics
import sys

MON = {m: i + 1 for i, m in enumerate(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])}
UTC = datetime.timezone.utc
R_NGINX = re.compile(r'\[(\d{2})/(\w{3})/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})\]')
R_ISO = re.compile(r'(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?\s?(Z|[+-]\d{2}:?\d{2}|UTC)?')
R_GOSTD = re.compile(r'^(\d{4})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2})')
R_SYSLOG = re.compile(r'^(\w{3}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ')


def iso_to_epoch(m):
    Y, M, D, h, mi, s, frac, tz = m.groups()
    t = datetime.datetime(int(Y), int(M), int(D), int(h), int(mi), int(s), tzinfo=UTC).timestamp()
    if frac:
        t += float('0.' + frac)
    if tz and tz not in ('Z', 'UTC'):
        sign = 1 if tz[0] == '+' else -1
        tz = tz[1:].replace(':', '')
        t -= sign * (int(tz[:2]) * 3600 + int(tz[2:]) * 60)
    return t


def parse_iso(s):
    m = R_ISO.match(s)
    return iso_to_epoch(m) if m else None


def ts_of(line, year):
    if line.startswith('{'):
        try:
            o = json.loads(line)
        except ValueError:
            return None, None
        for k in ('time', 'ts', 'timestamp', '@timestamp', 't', 'lastTimestamp'):
            v = o.get(k)
            if v is None:
                continue
            if isinstance(v, (int, float)):
                return (v / 1000.0 if v > 1e11 else float(v)), o
            t = parse_iso(v)
            if t:
                return t, o
        return None, o
    m = R_SYSLOG.match(line)
    if m and m.group(1) in MON:
        t = datetime.datetime(year, MON[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)), tzinfo=UTC).timestamp()
        return t, None
    m = R_GOSTD.match(line)
    if m:
        return datetime.datetime(*[int(x) for x in m.groups()], tzinfo=UTC).timestamp(), None
    m = R_NGINX.search(line[:80])
    if m:
        D, Mo, Y, h, mi, s, sg, oh, om = m.groups()
        t = datetime.datetime(int(Y), MON[Mo], int(D), int(h), int(mi), int(s), tzinfo=UTC).timestamp()
        off = (int(oh) * 3600 + int(om) * 60) * (1 if sg == '+' else -1)
        return t - off, None
    m = R_ISO.search(line[:40])
    if m:
        return iso_to_epoch(m), None
    return None, None


def load(path, year):
    out = []
    last = None
    n_ts = 0
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            t, o = ts_of(line, year)
            if t is not None:
                last = t
                n_ts += 1
                out.append((t, line, o, True))
            else:
                out.append((last, line, o, False))
    return out, n_ts


def godur(s):
    m = re.match(r'^([\d.]+)(ns|\u00b5s|us|ms|s|m)$', s)
    if not m:
        m2 = re.match(r'^(\d+)m([\d.]+)s$', s)
        if m2:
            return int(m2.group(1)) * 60 + float(m2.group(2))
        return None
    v = float(m.group(1))
    return v * {'ns': 1e-9, '\u00b5s': 1e-6, 'us': 1e-6, 'ms': 1e-3, 's': 1, 'm': 60}[m.group(2)]


def duration(line, o):
    """request/operation duration in seconds, or None."""
    if o is not None:
        if 'responseTime' in o:
            return o['responseTime'] / 1000.0
        if 'latency_ms' in o and 'path' in o:
            return o['latency_ms'] / 1000.0
        if isinstance(o.get('http'), dict) and 'duration_ms' in o['http']:
            return o['http']['duration_ms'] / 1000.0
        if 'elapsed' in o and 'path' in o:
            return float(o['elapsed'])
        if 'dur' in o and 'path' in o:
            return godur(o['dur'])
        if isinstance(o.get('httpRequest'), dict):
            return float(o['httpRequest']['latency'].rstrip('s'))
        return None
    m = re.search(r'"(?:GET|POST|PUT|PATCH|DELETE|HEAD) [^"]*" \d{3} [\d-]+ .* ([\d.]+)$', line)
    if m:
        v = m.group(1)
        return float(v) if '.' in v else int(v) / 1e6
    m = re.search(r' (?:duration|took|elapsed)=(\S+)', line)
    if m and ('path=' in line or 'method=' in line):
        v = m.group(1)
        return godur(v)
    m = re.search(r' duration_ms=([\d.]+)', line)
    if m and 'path=' in line:
        return float(m.group(1)) / 1000
    m = re.search(r' latency=([\d.]+)', line)
    if m and 'path=' in line:
        return float(m.group(1))
    m = re.search(r'(?:in |\(|duration=)(\d+) ?ms\)?$', line)
    if m and re.search(r'(GET|POST|PUT|PATCH|DELETE) /', line):
        return int(m.group(1)) / 1000.0
    m = re.search(r'succeeded in ([\d.]+)s', line)
    if m:
        return float(m.group(1))
    return None


def status(line, o):
    if o is not None:
        if isinstance(o.get('res'), dict):
            return o['res'].get('statusCode')
        if isinstance(o.get('http'), dict):
            return o['http'].get('status')
        if isinstance(o.get('httpRequest'), dict):
            return o['httpRequest'].get('status')
        if 'path' in o:
            return o.get('status', o.get('status_code'))
        return None
    m = re.search(r'HTTP/[\d.]+" (\d{3}) ', line)
    return int(m.group(1)) if m else None


ERRISH = re.compile(r'\bERROR\b|"level":50|"level":"error"|"severity":"ERROR"|level=error|\[ERROR\]| ERR |"lvl":"eror"|"log.level": ?"ERROR"|ERROR:|FATAL:|PANIC:')
PAT = {
    'retry_storm': re.compile(r'(?i)retr|reconnect|backing off|could not be established|trying again'),
    'oom_kill': re.compile(r'Out of memory|out of memory|oom-kill|OOMKilling|oom_reaper'),
    'panic': re.compile(r'panic|segfault|SIGSEGV|fatal error:'),
    'disk_full': re.compile(r'(?i)no space left on device'),
}


def mask(s):
    s = re.sub(r'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'U', s)
    s = re.sub(r'\b[0-9a-f]{10,}\b', 'H', s)
    s = re.sub(r'\d+', 'N', s)
    return s


def msg_of(line, o):
    if o is not None:
        for k in ('msg', 'message', 'event'):
            if k in o:
                return str(o[k]).split('\n')[0] + ' ' + str(o.get('error', o.get('err', '')))[:60]
        return ''
    # strip leading timestamp-ish prefix
    return re.sub(r'^\S+ \S+', '', line)[:160]


def fmt(t):
    return datetime.datetime.fromtimestamp(t, UTC).strftime('%H:%M:%S') if t is not None else '-'


def check_scenario(d):
    truth = json.load(open(os.path.join(d, 'truth.json')))
    files = sorted(f for f in os.listdir(d) if f != 'truth.json')
    year = None
    data = {}
    total = 0
    print('== %s  healthy=%s' % (os.path.basename(d), truth['healthy']))
    for f in files:
        y = year or 2026
        rows, nts = load(os.path.join(d, f), y)
        data[f] = rows
        total += len(rows)
        ts = [r[0] for r in rows if r[3]]
        mono = sum(1 for a, b in zip(ts, ts[1:]) if b < a - 1.0)
        errs = sum(1 for r in rows if r[3] and ERRISH.search(r[1]))
        print('   %-42s %7d lines  %s..%s  ts-lines %5.1f%%  err-ish %.2f%%  backwards>1s: %d' % (
            f, len(rows), fmt(min(ts)), fmt(max(ts)), 100.0 * nts / len(rows), 100.0 * errs / max(1, nts), mono))
    print('   total lines: %d %s' % (total, 'OK' if 50000 <= total <= 150000 else '!! OUT OF RANGE'))
    for inc in truth['incidents']:
        k = inc['kind']
        f = inc['file']
        s = parse_iso(inc['start'])
        e = parse_iso(inc['end'])
        rows = data[f]
        tsr = [r for r in rows if r[0] is not None]
        t0 = min(r[0] for r in tsr)
        t1 = max(r[0] for r in tsr)
        res = ''
        ok = True
        if k == 'silence':
            ts = sorted(r[0] for r in tsr if r[3])
            gaps = sorted(((b - a, a, b) for a, b in zip(ts, ts[1:])), reverse=True)
            g = gaps[0]
            end_gap = t1 < e - 60
            res = 'largest gap %.0fs %s..%s' % g
            res = 'largest gap %.0fs (%s..%s); file ends %s' % (g[0], fmt(g[1]), fmt(g[2]), fmt(t1))
            ok = (abs(g[1] - s) < 60 and abs(g[2] - e) < 60) or (e >= t1 - 1 and abs(t1 - s) < 60)
        elif k in PAT:
            hits = [r[0] for r in tsr if PAT[k].search(r[1])]
            inside = [t for t in hits if s - 1 <= t <= e + 1]
            outside = [t for t in hits if not (s - 1 <= t <= e + 1)]
            res = '%d matching lines inside window (first %s last %s), %d outside' % (len(inside), fmt(min(inside) if inside else None), fmt(max(inside) if inside else None), len(outside))
            if k in ('panic', 'oom_kill'):
                # single event (+ restart lines); panic text has no timestamp of its own -> inherits previous line's
                near = [t for t in hits if s - 30 <= t <= s + 1]
                ok = bool(near) and len(outside) - len(near) <= 0
                res += '; nearest to start: %s' % fmt(max(near) if near else None)
            else:
                ok = bool(inside) and abs(min(inside) - s) < 2 and abs(max(inside) - e) < 2 and len(outside) < max(5, len(inside) * 0.2)
        elif k == 'error_burst':
            ent = [r for r in tsr if r[3] and ERRISH.search(r[1])]
            ins = [r[0] for r in ent if s - 1 <= r[0] <= e + 1]
            outn = len(ent) - len(ins)
            rate_in = len(ins) / max(60, e - s) * 60
            rate_out = outn / max(60, (t1 - t0) - (e - s)) * 60
            res = 'error entries/min inside %.1f vs outside %.2f (first %s last %s)' % (rate_in, rate_out, fmt(min(ins)), fmt(max(ins)))
            ok = rate_in > 10 * max(rate_out, 0.05) and abs(min(ins) - s) < 2 and abs(max(ins) - e) < 2
        elif k == 'latency_shift':
            din = [x for x in (duration(r[1], r[2]) for r in tsr if s + 60 <= r[0] <= e - 60) if x is not None]
            dbe = [x for x in (duration(r[1], r[2]) for r in tsr if s - 1800 <= r[0] < s) if x is not None]
            daf = [x for x in (duration(r[1], r[2]) for r in tsr if e + 30 <= r[0] < e + 1800) if x is not None]
            mi, mb = statistics.median(din), statistics.median(dbe)
            ma = statistics.median(daf) if daf else float('nan')
            res = 'median duration before %.4fs, inside %.4fs (x%.1f, n=%d), after %.4fs' % (mb, mi, mi / mb, len(din), ma)
            ok = mi / mb > 3
        elif k == 'http_5xx':
            def share(a, b):
                st = [status(r[1], r[2]) for r in tsr if a <= r[0] < b]
                st = [x for x in st if x]
                return sum(1 for x in st if x >= 500) / max(1, len(st)), len(st)
            si, ni = share(s + 30, e - 30)
            so, no = share(t0, s)
            res = '5xx share inside %.1f%% (n=%d) vs before %.2f%% (n=%d)' % (100 * si, ni, 100 * so, no)
            ok = si > 0.15 and so < 0.02
        elif k == 'traffic_flood':
            def rate(a, b):
                return sum(1 for r in tsr if a <= r[0] < b) / max(1, b - a) * 60
            ri = rate(s + 60, e - 60)
            rb = rate(s - 1800, s)
            ra = rate(e, e + 1800)
            res = 'lines/min inside %.0f vs 30min before %.0f (x%.1f), after %.0f' % (ri, rb, ri / rb, ra)
            ok = ri / rb > 3.5
        elif k == 'new_error':
            seen = {}
            for r in tsr:
                if not ERRISH.search(r[1]) or not r[3]:
                    continue
                sh = mask(msg_of(r[1], r[2]))
                seen.setdefault(sh, []).append(r[0])
            cands = [(len(v), sh, v) for sh, v in seen.items() if min(v) >= t0 + 1800 and len(v) >= 5]
            cands.sort(reverse=True)
            if cands:
                n, sh, v = cands[0]
                res = 'new shape x%d first %s last %s: %s' % (n, fmt(min(v)), fmt(max(v)), sh[:90])
                ok = abs(min(v) - s) < 2 and abs(max(v) - e) < 2
            else:
                res = 'no new error shape found'
                ok = False
        after = (s - t0) / 60
        print('   [%s] %-13s %-34s %s..%s (+%.0f min)  %s' % ('ok' if ok else '??', k, f, fmt(s), fmt(e), after, res))
        if after < 30:
            print('   !! incident less than 30 min after file start')
    return total


def main():
    out = sys.argv[1]
    for d in sorted(os.listdir(out)):
        p = os.path.join(out, d)
        if os.path.isdir(p):
            check_scenario(p)


if __name__ == '__main__':
    main()
