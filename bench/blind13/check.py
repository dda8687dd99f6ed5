#!/usr/bin/env python3
"""Stand-alone checker for blind13 bundles.  Usage: python3 check.py OUTDIR [--verbose]
Imports nothing from the generator: it re-parses the written logs."""
import calendar
import gzip
import json
import os
import re
import sys
from collections import Counter

KINDS = ['error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood',
         'silence', 'oom_kill', 'disk_full', 'panic']
WINDOW = ('latency_shift', 'http_5xx', 'traffic_flood', 'silence')
MON = {m: i + 1 for i, m in enumerate('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split())}

RX_APACHE = re.compile(r'\[(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)\]')
RX_SQUID = re.compile(r'^(\d{10})\.(\d{3})\s')
RX_JTS = re.compile(r'"ts":(\d{10}(?:\.\d+)?)')
RX_UP = re.compile(r'^\[\s*(\d+)\.(\d+)s\]')
RX_ISO = re.compile(r'(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?\s?(Z|[+-]\d\d:?\d\d)?')
RX_SLASH = re.compile(r'(\d{4})/(\d\d)/(\d\d)(?: -)? (\d\d):(\d\d):(\d\d)(?:\.(\d+))?')
RX_ATS = re.compile(r'^\[(\w{3}) +(\d+) (\d\d):(\d\d):(\d\d)\.(\d{3})\]')
RX_SYSLOG = re.compile(r'^(\w{3}) +(\d+) (\d\d):(\d\d):(\d\d) ')
RX_NODERED = re.compile(r'^(\d+) (\w{3}) (\d\d):(\d\d):(\d\d) - \[')
RX_TYK = re.compile(r'^time="(\w{3}) (\d\d) (\d\d):(\d\d):(\d\d)"')

OOM = re.compile(r'out of memory|OutOfMemoryError|Cannot allocate \d+ bytes|out of shm memory|Free fragment not found|heap out of memory')
DISK = re.compile(r'[Nn]o space left|ENOSPC|enospc|os error 28|failed WRITE -1 28|\(28: No space')
CRASH = re.compile(r'^panic:|goroutine \d+ \[running\]|SIGSEGV|signal 11|Segmentation fault|panicked at|uncaughtException|failed assertion|Aborted|crasher:|Application run failed|Exception in thread|Uncaught Exception|Caught signal|thread aborted|^\s+at \S+\(|unexpected error occurred')


def offs(sg, hh, mm):
    o = int(hh) * 3600 + int(mm) * 60
    return -o if sg == '-' else o


def parse(line, year):
    """-> (seconds, mode) mode: 'utc' explicit, 'naive' local w/o zone, 'up' uptime; or None"""
    m = RX_SQUID.match(line)
    if m:
        return int(m.group(1)) + int(m.group(2)) / 1000.0, 'utc'
    m = RX_UP.match(line)
    if m:
        return int(m.group(1)) + float('0.' + m.group(2)), 'up'
    m = RX_APACHE.search(line[:200])
    if m:
        t = calendar.timegm((int(m.group(3)), MON[m.group(2)], int(m.group(1)), int(m.group(4)), int(m.group(5)), int(m.group(6))))
        return t - offs(m.group(7), m.group(8), m.group(9)), 'utc'
    m = RX_JTS.search(line[:60])
    if m:
        return float(m.group(1)), 'utc'
    m = RX_ATS.match(line)
    if m:
        if year is None:
            return None
        return calendar.timegm((year, MON[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)))) + int(m.group(6)) / 1000.0, 'naive'
    m = RX_NODERED.match(line)
    if m:
        if year is None:
            return None
        return calendar.timegm((year, MON[m.group(2)], int(m.group(1)), int(m.group(3)), int(m.group(4)), int(m.group(5)))), 'naive'
    m = RX_TYK.match(line)
    if m:
        if year is None:
            return None
        return calendar.timegm((year, MON[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)))), 'naive'
    m = RX_ISO.search(line[:90])
    if m:
        t = calendar.timegm(tuple(int(m.group(i)) for i in range(1, 7)))
        if m.group(7):
            t += float('0.' + m.group(7))
        z = m.group(8)
        if z is None:
            return t, 'naive'
        if z != 'Z':
            z = z.replace(':', '')
            t -= offs(z[0], z[1:3], z[3:5])
        return t, 'utc'
    m = RX_SLASH.search(line[:160])
    if m:
        t = calendar.timegm(tuple(int(m.group(i)) for i in range(1, 7)))
        if m.group(7):
            t += float('0.' + m.group(7))
        return t, 'naive'
    m = RX_SYSLOG.match(line)
    if m and m.group(1) in MON:
        if year is None:
            return None
        return calendar.timegm((year, MON[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)))), 'naive'
    return None


RX_DUR = [
    (re.compile(r'^\d{10}\.\d{3}\s+(\d+) \S+ [A-Z_]+/(\d{3}) '), 1e-3, None),                  # ATS squid
    (re.compile(r'" (\d{3}) \d+ ([\d.]+) "'), 1.0, 'sd'),                                      # APISIX access
    (re.compile(r'\| (\d{3}) \|\s+([\d.]+)(ns|\u00b5s|ms|s) \|'), None, 'sdu'),                # KrakenD/gin
    (re.compile(r'HTTP/1\.1 "[^"]*" (\d{3}) \d+ ([\d.]+)$'), 1.0, 'sd'),                        # oauth2-proxy
]
UNIT = {'ns': 1e-9, '\u00b5s': 1e-6, 'ms': 1e-3, 's': 1.0}


def req(line):
    for rx, mul, order in RX_DUR:
        m = rx.search(line)
        if m:
            if order is None:
                return int(m.group(2)), int(m.group(1)) * mul
            if order == 'sd':
                return int(m.group(1)), float(m.group(2))
            return int(m.group(1)), float(m.group(2)) * UNIT[m.group(3)]
    return None


NORM = re.compile(r'[0-9a-f]{6,}|[0-9a-f]{8}-[0-9a-f-]{27}|\d+')


def shape(line):
    return NORM.sub('#', line[:400])


def iso(s):
    m = re.match(r'(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?Z$', s)
    if not m:
        raise ValueError(s)
    t = calendar.timegm(tuple(int(m.group(i)) for i in range(1, 7)))
    return t + (float(m.group(7)) if m.group(7) else 0.0)


def read(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rb') as fh:
        data = fh.read()
    return data.decode('utf-8').split('\n')[:-1]


def check_scenario(d, errs, verbose):
    sd = os.path.basename(d)
    files = sorted(f for f in os.listdir(d) if f != 'truth.json')
    if not 3 <= len(files) <= 6:
        errs.append('%s: %d log files' % (sd, len(files)))
    try:
        truth = json.load(open(os.path.join(d, 'truth.json')))['incidents']
    except Exception as e:
        errs.append('%s: truth.json unreadable: %s' % (sd, e))
        return [], 0, 0
    raw = {f: read(os.path.join(d, f)) for f in files}
    total = sum(len(v) for v in raw.values())
    size = sum(os.path.getsize(os.path.join(d, f)) for f in files)
    # pass 1: explicit-zone files define window start and year
    first_utc = []
    for f, lines in raw.items():
        for ln in lines[:50]:
            p = parse(ln, 2000)
            if p and p[1] == 'utc':
                first_utc.append(p[0])
                break
    if not first_utc:
        errs.append('%s: no file with zone-explicit timestamps' % sd)
        return truth, total, size
    ws = int(min(first_utc)) // 60 * 60
    year = calendar.timegm  # placeholder to keep names short
    year = int(__import__('time').gmtime(ws).tm_year)
    times = {}
    for f, lines in raw.items():
        ts, cur, nparsed, back = [], None, 0, 0
        mode0, base = None, 0.0
        for ln in lines:
            p = parse(ln, year)
            if p is not None:
                t, mode = p
                if mode0 is None:
                    mode0 = mode
                    if mode == 'naive':
                        base = round((t - ws) / 900.0) * 900
                    elif mode == 'up':
                        base = t - ws
                if mode != 'utc':
                    t -= base
                if cur is not None and t < cur - 2:
                    back += 1
                cur = t
                nparsed += 1
            ts.append(cur)
        if nparsed < 0.6 * len(lines):
            errs.append('%s/%s: only %d of %d lines carry a parseable timestamp' % (sd, f, nparsed, len(lines)))
        if back > 0.001 * len(lines) + 2:
            errs.append('%s/%s: %d backward timestamp steps' % (sd, f, back))
        times[f] = [x if x is not None else ws for x in ts]
    we = max(max(v) for v in times.values() if v)
    we = -(-int(we) // 60) * 60
    dur_h = (we - ws) / 3600.0
    if not 1.95 <= dur_h <= 8.1:
        errs.append('%s: window %.2f h' % (sd, dur_h))
    for f, v in times.items():
        if v[0] - ws > 120 or we - v[-1] > 120:
            errs.append('%s/%s: no line near both window edges' % (sd, f))
    if not 50000 <= total <= 150000:
        errs.append('%s: %d lines' % (sd, total))
    # healthy background must not contain crash / oom / disk-full wording
    inc_windows = {}
    for inc in truth:
        inc_windows.setdefault(inc['file'], []).append((iso(inc['start']) - 120, iso(inc['end']) + 120))
    for f, lines in raw.items():
        for i, ln in enumerate(lines):
            if OOM.search(ln) or DISK.search(ln) or CRASH.search(ln):
                t = times[f][i]
                if not any(a <= t <= b for a, b in inc_windows.get(f, [])):
                    errs.append('%s/%s: incident wording outside incidents at line %d: %s' % (sd, f, i + 1, ln[:120]))
                    break
    # incidents
    byfile = {}
    for inc in truth:
        f = inc.get('file')
        k = inc.get('kind')
        tag = '%s/%s %s %s' % (sd, f, k, inc.get('start'))
        if k not in KINDS:
            errs.append('%s: unknown kind' % tag)
            continue
        if f not in raw:
            errs.append('%s: file not in bundle' % tag)
            continue
        s, e = iso(inc['start']), iso(inc['end'])
        if s < ws + 40 * 60 or e > we - 9 * 60 or e < s:
            errs.append('%s: outside allowed part of window (%s..%s)' % (tag, ws, we))
        byfile.setdefault(f, []).append((s, e))
        tl, lines = times[f], raw[f]
        inside = [i for i, t in enumerate(tl) if s <= t <= e]
        outside = [i for i, t in enumerate(tl) if not (s - 60 <= t <= e + 60)]
        span_in = max(e - s, 1.0)
        span_out = max((we - ws) - span_in, 1.0)
        ok, why = True, ''
        if k == 'silence':
            inner = [i for i in inside if s + 1 <= tl[i] <= e - 1]
            if inner:
                ok, why = False, '%d lines inside' % len(inner)
            elif (e - s) < 600 or (e - s) > 2400:
                ok, why = False, 'length %ds' % (e - s)
            else:
                rate = len(outside) / span_out * 60
                if rate < 4:
                    ok, why = False, 'file writes only %.1f lines/min' % rate
        elif k == 'traffic_flood':
            r_in = len(inside) / span_in
            r_out = len(outside) / span_out
            if r_in < 2.0 * r_out:
                ok, why = False, 'rate x%.2f' % (r_in / max(r_out, 1e-9))
        elif k in ('latency_shift', 'http_5xx'):
            qi = [req(lines[i]) for i in inside]
            qo = [req(lines[i]) for i in outside]
            qi = [x for x in qi if x]
            qo = [x for x in qo if x]
            if len(qi) < 20 or len(qo) < 100:
                ok, why = False, 'too few request lines (%d/%d)' % (len(qi), len(qo))
            elif k == 'latency_shift':
                mi = sorted(x[1] for x in qi)[len(qi) // 2]
                mo = sorted(x[1] for x in qo)[len(qo) // 2]
                if mi < 2.5 * mo:
                    ok, why = False, 'median %.4f vs %.4f' % (mi, mo)
            else:
                fi = sum(1 for x in qi if x[0] >= 500) / len(qi)
                fo = sum(1 for x in qo if x[0] >= 500) / len(qo)
                if fi < 0.15 or fi < 5 * fo:
                    ok, why = False, '5xx %.3f vs %.3f' % (fi, fo)
        elif k in ('oom_kill', 'disk_full', 'panic'):
            rx = {'oom_kill': OOM, 'disk_full': DISK, 'panic': CRASH}[k]
            hits = [i for i in inside if rx.search(lines[i])]
            if not hits:
                ok, why = False, 'no matching line in window'
            elif k == 'disk_full' and len(hits) < 10:
                ok, why = False, 'only %d disk-full lines' % len(hits)
        else:
            ci = Counter(shape(lines[i]) for i in inside)
            co = Counter(shape(lines[i]) for i in outside)
            best = None
            for sh, n in ci.most_common(40):
                if n < 10:
                    break
                if k == 'new_error' and co.get(sh, 0) == 0:
                    best = (sh, n)
                    break
                if k == 'retry_storm' and n >= 100 and n / span_in > 4 * co.get(sh, 0) / span_out:
                    best = (sh, n)
                    break
                if k == 'error_burst' and n / span_in > 4 * co.get(sh, 0) / span_out and co.get(sh, 0) > 0:
                    best = (sh, n)
                    break
            if best is None:
                ok, why = False, 'no line shape concentrated in the window'
            elif verbose:
                why = '%d x %s' % (best[1], best[0][:100])
        if not ok:
            errs.append('%s: %s' % (tag, why))
        elif verbose:
            print('  ok %s %s' % (tag, why))
    for f, v in byfile.items():
        v.sort()
        for (a, b), (c, dd) in zip(v, v[1:]):
            if c - b < 13 * 60:
                errs.append('%s/%s: incidents only %ds apart' % (sd, f, c - b))
    if verbose:
        print('%s: %d files, %d lines, %.1f MB, %.2f h, %d incidents' % (sd, len(files), total, size / 1e6, dur_h, len(truth)))
    return truth, total, size


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    verbose = '--verbose' in sys.argv
    errs = []
    dirs = ['s%02d' % i for i in range(1, 11)]
    kinds, healthy, years = Counter(), 0, []
    tot_lines = tot_size = 0
    for sd in dirs:
        d = os.path.join(out, sd)
        if not os.path.isdir(d):
            errs.append('%s missing' % sd)
            continue
        truth, n, sz = check_scenario(d, errs, verbose)
        tot_lines += n
        tot_size += sz
        if not truth:
            healthy += 1
        elif len(truth) > 3:
            errs.append('%s: %d incidents' % (sd, len(truth)))
        for inc in truth:
            kinds[inc['kind']] += 1
            years.append(inc['start'][:4])
    if healthy != 2:
        errs.append('%d healthy scenarios (want 2)' % healthy)
    for k in KINDS:
        if not kinds[k]:
            errs.append('kind %s missing' % k)
    if verbose:
        print('total: %d lines, %.1f MB; kinds %s' % (tot_lines, tot_size / 1e6, dict(kinds)))
    if errs:
        print('FAIL: %d violations' % len(errs))
        for e in errs:
            print('  ' + e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
