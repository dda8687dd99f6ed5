#!/usr/bin/env python3
"""Independent sanity checker for a blind4 output dir: python3 check.py OUTDIR  (exit 0 ok, 1 violations)."""
import json
import os
import re
import sys
from datetime import datetime, timedelta, timezone

KINDS = {'error_burst', 'silence', 'retry_storm', 'latency_shift', 'oom_kill', 'new_error', 'disk_full', 'panic',
         'http_5xx', 'traffic_flood'}
MON = {m: i + 1 for i, m in enumerate(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])}
ABBR = {'UTC': 0, 'GMT': 0, 'Z': 0, 'CET': 60, 'CEST': 120, 'EST': -300, 'EDT': -240, 'JST': 540, 'IST': 330, 'MSK': 180,
        'AEST': 600, 'PST': -480, 'PDT': -420}
ISO_RE = re.compile(r'(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(?:\s?(Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}\b|[+-]\d{2}\b))?')
NCSA_RE = re.compile(r'\[(\d{2})/([A-Z][a-z]{2})/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})\]')
CTIME_RE = re.compile(r'(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})')
DMY_RE = re.compile(r'\[(\d{2})-([A-Z][a-z]{2})-(\d{4}) (\d{2}):(\d{2}):(\d{2})')
KLOG_RE = re.compile(r'^[IWEF](\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{6})')
EPOCH_RE = re.compile(r'^(1[5-9]\d{8})(?:\.(\d+))?\b')
JUL_RE = re.compile(r'([A-Z][a-z]{2}) (\d{2}), (\d{4}) (\d{1,2}):(\d{2}):(\d{2}) (AM|PM)')


def off_of(z):
    if z is None:
        return None
    if z in ABBR:
        return ABBR[z]
    m = re.match(r'([+-])(\d{2}):?(\d{2})?$', z)
    if m:
        v = int(m.group(2)) * 60 + int(m.group(3) or 0)
        return v if m.group(1) == '+' else -v
    return None


def parse(line, year_hint):
    """-> (naive datetime, offset minutes or None) or None"""
    m = NCSA_RE.search(line)
    if m:
        d = datetime(int(m.group(3)), MON[m.group(2)], int(m.group(1)), int(m.group(4)), int(m.group(5)), int(m.group(6)))
        return d, off_of(m.group(7))
    m = ISO_RE.search(line)
    if m and m.start() < 40:
        frac = m.group(7) or '0'
        d = datetime(*[int(m.group(i)) for i in range(1, 7)], int((frac + '000000')[:6]))
        return d, off_of(m.group(8))
    m = DMY_RE.search(line)
    if m and m.start() < 5:
        return datetime(int(m.group(3)), MON[m.group(2)], int(m.group(1)), int(m.group(4)), int(m.group(5)), int(m.group(6))), None
    m = CTIME_RE.search(line)
    if m:
        return datetime(int(m.group(6)), MON[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5))), None
    m = KLOG_RE.search(line)
    if m and year_hint:
        d = datetime(year_hint, int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)), int(m.group(6)))
        return d, 0 if True else None
    m = EPOCH_RE.search(line)
    if m:
        return datetime(1970, 1, 1) + timedelta(seconds=int(m.group(1))), 0
    m = JUL_RE.search(line)
    if m:
        h = int(m.group(4)) % 12 + (12 if m.group(7) == 'PM' else 0)
        return datetime(int(m.group(3)), MON[m.group(1)], int(m.group(2)), h, int(m.group(5)), int(m.group(6))), None
    return None


def head_tail(path, year_hint):
    with open(path, 'rb') as fh:
        data = fh.read()
    nl = data.count(b'\n')
    lines = data.decode('utf-8').splitlines()
    head = tail = None
    for ln in lines[:300]:
        head = parse(ln, year_hint)
        if head:
            break
    for ln in reversed(lines[-300:]):
        tail = parse(ln, year_hint)
        if tail:
            break
    return nl, head, tail


def pt(s):
    return datetime.strptime(s, '%Y-%m-%dT%H:%M:%S.%fZ')


def main():
    out = sys.argv[1]
    errs = []
    kinds_seen = set()
    healthy_n = 0
    years = set()
    for n in range(1, 11):
        sd = os.path.join(out, 's%02d' % n)
        E = lambda m: errs.append('s%02d: %s' % (n, m))  # noqa: E731
        if not os.path.isdir(sd):
            E('missing dir')
            continue
        try:
            truth = json.load(open(os.path.join(sd, 'truth.json'), encoding='utf-8'))
        except Exception as e:  # noqa: BLE001
            E('bad truth.json: %s' % e)
            continue
        if set(truth) != {'incidents', 'healthy'} or not isinstance(truth['healthy'], bool) or not isinstance(truth['incidents'], list):
            E('truth schema')
            continue
        incs = truth['incidents']
        if truth['healthy']:
            healthy_n += 1
            if incs:
                E('healthy but incidents')
        elif not incs:
            E('not healthy but no incidents')
        files = sorted(f for f in os.listdir(sd) if f != 'truth.json')
        if not 3 <= len(files) <= 6:
            E('%d log files' % len(files))
        yh = None
        for i in incs:
            if set(i) != {'kind', 'file', 'start', 'end', 'description'}:
                E('incident keys %s' % sorted(i))
                continue
            if i['kind'] not in KINDS:
                E('bad kind %s' % i['kind'])
            kinds_seen.add(i['kind'])
            if i['file'] not in files:
                E('file %s missing' % i['file'])
            if not re.match(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$', i['start']) or not re.match(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$', i['end']):
                E('bad timestamp format')
                continue
            if pt(i['end']) < pt(i['start']):
                E('end before start')
            yh = pt(i['start']).year
        total = 0
        spans = {}
        naive_files = {}
        for f in files:
            nl, h, t = head_tail(os.path.join(sd, f), yh)
            total += nl
            if h is None or t is None:
                if yh is None:
                    naive_files[f] = None  # retry after year known
                else:
                    E('%s: no parsable head/tail timestamp' % f)
                continue
            spans[f] = (h, t)
        aware = {f: (h[0] - timedelta(minutes=h[1]), t[0] - timedelta(minutes=t[1])) for f, (h, t) in spans.items() if h[1] is not None and t[1] is not None}
        if yh is None and aware:
            yh = min(a for a, b in aware.values()).year
            for f in list(naive_files):
                nl, h, t = head_tail(os.path.join(sd, f), yh)
                if h and t:
                    spans[f] = (h, t)
                    if h[1] is not None:
                        aware[f] = (h[0] - timedelta(minutes=h[1]), t[0] - timedelta(minutes=t[1]))
                else:
                    E('%s: no parsable head/tail timestamp' % f)
        if yh:
            years.add(yh)
        if not aware:
            E('no file with zone-aware timestamps')
            continue
        ref = sorted(a for a, b in aware.values())[len(aware) // 2]
        utc = dict(aware)
        for f, (h, t) in spans.items():
            if f in utc:
                continue
            off = round((h[0] - ref).total_seconds() / 900.0) * 15
            utc[f] = (h[0] - timedelta(minutes=off), t[0] - timedelta(minutes=off))
        if not 50000 <= total <= 150000:
            E('%d physical lines' % total)
        silent_end = {i['file'] for i in incs if i['kind'] == 'silence'}
        heads = [a for a, b in utc.values()]
        tails = [b for f, (a, b) in utc.items() if f not in silent_end]
        if heads and max(heads) - min(heads) > timedelta(minutes=8):
            E('file heads spread %s' % (max(heads) - min(heads)))
        if tails and max(tails) - min(tails) > timedelta(minutes=8):
            E('file tails spread %s' % (max(tails) - min(tails)))
        w = max(b for a, b in utc.values()) - min(heads)
        if not timedelta(hours=2) - timedelta(minutes=8) <= w <= timedelta(hours=8, minutes=8):
            E('window %s' % w)
        endmax = max(b for a, b in utc.values())
        tol = timedelta(seconds=2)
        per_file = {}
        for i in incs:
            if i['file'] not in utc:
                continue
            a, b = utc[i['file']]
            s, e = pt(i['start']), pt(i['end'])
            if s < a - tol or (e > b + tol and not (i['kind'] == 'silence' and e <= endmax + timedelta(minutes=5))):
                E('%s %s [%s..%s] outside file span [%s..%s]' % (i['kind'], i['file'], s, e, a, b))
            lim = 62 if i['kind'] == 'new_error' else 45
            if s < a + timedelta(minutes=lim) - timedelta(minutes=1):
                E('%s in %s starts %.1f min after file start' % (i['kind'], i['file'], (s - a).total_seconds() / 60))
            per_file.setdefault(i['file'], []).append((s, e, i['kind']))
        for f, L in per_file.items():
            L.sort()
            for x, y in zip(L, L[1:]):
                if y[0] < x[1] + timedelta(minutes=10) - tol:
                    E('overlapping incidents in %s: %s / %s' % (f, x[2], y[2]))
    if healthy_n != 2:
        errs.append('%d healthy scenarios (want 2)' % healthy_n)
    if kinds_seen != KINDS:
        errs.append('kinds missing: %s' % sorted(KINDS - kinds_seen))
    if years and all(y == 2026 for y in years):
        errs.append('all scenarios in 2026')
    for e in errs:
        print('VIOLATION', e)
    print('%s: %d violation(s)' % (out, len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
