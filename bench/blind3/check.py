#!/usr/bin/env python3
"""Independent sanity check for a blind3 output directory.

Usage: python3 check.py OUTDIR

Parses timestamps of every log file (many formats, best effort), then checks
scenario layout, line totals, truth.json schema and that every incident window
lies inside the time span of the file it names.  Exits 1 on any violation.
Does not import gen.py.
"""
import calendar
import json
import os
import re
import sys

KINDS = {'error_burst', 'silence', 'retry_storm', 'latency_shift', 'oom_kill', 'new_error', 'disk_full', 'panic',
         'http_5xx', 'traffic_flood'}
MON = {m: i + 1 for i, m in enumerate(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])}
ISO_TRUTH = re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$')


def ep(y, mo, d, h, mi, s, frac='', off=None):
    v = calendar.timegm((int(y), int(mo), int(d), int(h), int(mi), int(s), 0, 0, 0))
    if frac:
        v += float('0.' + frac)
    if off and off not in ('Z', ''):
        sign = -1 if off[0] == '-' else 1
        o = off[1:].replace(':', '')
        v -= sign * (int(o[:2]) * 3600 + int(o[2:4]) * 60)
    return v


P_JOURNAL = re.compile(r'"__REALTIME_TIMESTAMP" : "(\d{16})"')
P_EPOCHTS = re.compile(r'"ts":(\d{10})\.(\d+)')
P_SQUID = re.compile(r'^(\d{10})\.(\d{3}) ')
P_CLF = re.compile(r'\[(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\]')
P_APACHE = re.compile(r'^\[\w{3} (\w{3}) (\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d+))? (\d{4})\]')
P_CH = re.compile(r'^(\d{4})\.(\d\d)\.(\d\d) (\d\d):(\d\d):(\d\d)\.(\d+) \[')
P_JULI = re.compile(r'^(\d\d)-(\w{3})-(\d{4}) (\d\d):(\d\d):(\d\d)\.(\d+) ')
P_REDIS = re.compile(r'^\d+:[A-Z] (\d\d) (\w{3}) (\d{4}) (\d\d):(\d\d):(\d\d)\.(\d+) ')
P_SLASH = re.compile(r'^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d+))?')
P_ISO = re.compile(r'(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?')


def parse_ts(line):
    m = P_JOURNAL.search(line)
    if m:
        return int(m.group(1)) / 1e6
    m = P_EPOCHTS.search(line)
    if m:
        return float(m.group(1) + '.' + m.group(2))
    m = P_SQUID.match(line)
    if m:
        return float(m.group(1) + '.' + m.group(2))
    m = P_APACHE.match(line)
    if m:
        mo, d, h, mi, s, fr, y = m.groups()
        return ep(y, MON[mo], d, h, mi, s, fr or '')
    m = P_CH.match(line)
    if m:
        return ep(*m.groups())
    m = P_JULI.match(line)
    if m:
        d, mo, y, h, mi, s, fr = m.groups()
        return ep(y, MON[mo], d, h, mi, s, fr)
    m = P_REDIS.match(line)
    if m:
        d, mo, y, h, mi, s, fr = m.groups()
        return ep(y, MON[mo], d, h, mi, s, fr)
    m = P_SLASH.match(line)
    if m:
        y, mo, d, h, mi, s, fr = m.groups()
        return ep(y, mo, d, h, mi, s, fr or '')
    m = P_CLF.search(line)
    if m:
        d, mo, y, h, mi, s, off = m.groups()
        return ep(y, MON[mo], d, h, mi, s, '', off)
    m = P_ISO.search(line)
    if m:
        y, mo, d, h, mi, s, fr, off = m.groups()
        if not (1990 < int(y) < 2100 and 1 <= int(mo) <= 12):
            return None
        return ep(y, mo, d, h, mi, s, fr or '', off)
    return None


def span(path, probe=400):
    """(first_ts, last_ts, nlines, parsed_head, parsed_tail) from the head and the tail of the file."""
    with open(path, 'rb') as f:
        data = f.read()
    n = data.count(b'\n')
    text = data.decode('utf-8', errors='replace')
    lines = text.split('\n')
    head = []
    for ln in lines:
        if len(head) >= probe:
            break
        t = parse_ts(ln)
        if t is not None:
            head.append(t)
    tail = []
    for ln in reversed(lines):
        if len(tail) >= probe:
            break
        t = parse_ts(ln)
        if t is not None:
            tail.append(t)
    if not head or not tail:
        return None, None, n, len(head), len(tail)
    return min(head), max(tail), n, len(head), len(tail)


def iso(v):
    import time
    return time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(v)) + '.%03dZ' % int((v % 1) * 1000)


def main(argv):
    if len(argv) != 2:
        print('usage: check.py OUTDIR')
        return 2
    out = argv[1]
    errors = []
    warns = []

    def err(msg):
        errors.append(msg)

    dirs = sorted(d for d in os.listdir(out) if os.path.isdir(os.path.join(out, d)))
    want = ['s%02d' % i for i in range(1, 11)]
    if dirs != want:
        err('scenario dirs are %s, expected s01..s10' % dirs)
    nhealthy = 0
    kinds_seen = set()
    for d in want:
        p = os.path.join(out, d)
        if not os.path.isdir(p):
            continue
        files = sorted(f for f in os.listdir(p) if f != 'truth.json')
        if not 3 <= len(files) <= 6:
            err('%s: %d log files (want 3-6)' % (d, len(files)))
        spans = {}
        total = 0
        for f in files:
            a, b, n, nh, nt = span(os.path.join(p, f))
            total += n
            if a is None:
                err('%s/%s: no parsable timestamps' % (d, f))
                continue
            spans[f] = (a, b)
        if not 50000 <= total <= 150000:
            err('%s: %d lines in total (want 50000-150000)' % (d, total))
        # truth
        tp = os.path.join(p, 'truth.json')
        try:
            truth = json.load(open(tp))
        except Exception as e:  # noqa
            err('%s: truth.json unreadable: %s' % (d, e))
            continue
        if set(truth) != {'incidents', 'healthy'} or not isinstance(truth.get('incidents'), list) or not isinstance(truth.get('healthy'), bool):
            err('%s: truth.json has wrong top-level schema' % d)
            continue
        incs = truth['incidents']
        if truth['healthy']:
            nhealthy += 1
            if incs:
                err('%s: healthy scenario lists %d incidents' % (d, len(incs)))
        elif not incs:
            err('%s: unhealthy scenario without incidents' % d)
        until_end = set()
        for i, inc in enumerate(incs):
            if set(inc) != {'kind', 'file', 'start', 'end', 'description'}:
                err('%s: incident %d has keys %s' % (d, i, sorted(inc)))
                continue
            k, f = inc['kind'], inc['file']
            kinds_seen.add(k)
            if k not in KINDS:
                err('%s: incident %d has unknown kind %r' % (d, i, k))
            if not isinstance(inc['description'], str) or not inc['description'].strip():
                err('%s: incident %d has an empty description' % (d, i))
            if not (ISO_TRUTH.match(str(inc['start'])) and ISO_TRUTH.match(str(inc['end']))):
                err('%s: incident %d start/end not ISO-8601 UTC with ms and Z: %s %s' % (d, i, inc['start'], inc['end']))
                continue
            if f not in files:
                err('%s: incident %d names missing file %r' % (d, i, f))
                continue
            s = ep(inc['start'][0:4], inc['start'][5:7], inc['start'][8:10], inc['start'][11:13], inc['start'][14:16], inc['start'][17:19], inc['start'][20:23])
            e = ep(inc['end'][0:4], inc['end'][5:7], inc['end'][8:10], inc['end'][11:13], inc['end'][14:16], inc['end'][17:19], inc['end'][20:23])
            if e < s:
                err('%s: incident %d ends before it starts' % (d, i))
            if f not in spans:
                continue
            a, b = spans[f]
            tol = 2.0
            if k == 'silence':
                if not (a - tol <= s <= b + 300):
                    err('%s: silence in %s starts %s outside file span %s..%s' % (d, f, inc['start'], iso(a), iso(b)))
                allb = max(x[1] for x in spans.values())
                if e > allb + 600:
                    err('%s: silence in %s ends %s after the scenario window' % (d, f, inc['end']))
                if b < e - 60:
                    until_end.add(f)
            else:
                if s < a - tol or e > b + tol:
                    err('%s: %s window %s..%s outside %s span %s..%s' % (d, k, inc['start'], inc['end'], f, iso(a), iso(b)))
        # common window
        if spans:
            firsts = [v[0] for v in spans.values()]
            lasts = [v[1] for f, v in spans.items() if f not in until_end]
            if max(firsts) - min(firsts) > 8 * 60:
                err('%s: file start times differ by %.1f min' % (d, (max(firsts) - min(firsts)) / 60))
            if lasts and max(lasts) - min(lasts) > 8 * 60:
                err('%s: file end times differ by %.1f min' % (d, (max(lasts) - min(lasts)) / 60))
            w = (max(v[1] for v in spans.values()) - min(firsts)) / 3600
            if not 1.9 <= w <= 8.2:
                err('%s: window is %.2f h (want 2-8 h)' % (d, w))
        print('%s: %d files, %d lines, %d truth entries%s' % (d, len(files), total, len(incs), ' (healthy)' if truth.get('healthy') else ''))
    if nhealthy != 2:
        err('%d healthy scenarios (want 2)' % nhealthy)
    missing = KINDS - kinds_seen
    if missing:
        warns.append('kinds never used in this output: %s' % ', '.join(sorted(missing)))
    for w in warns:
        print('WARN:', w)
    for e in errors:
        print('FAIL:', e)
    print('OK' if not errors else '%d violation(s)' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
