#!/usr/bin/env python3
"""Stand-alone checker for blind16 bundles: python3 check.py OUTDIR [--verbose]"""
import sys, os, re, json, gzip, calendar, statistics

MON = {m: i + 1 for i, m in enumerate('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split())}
KINDS = ['error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'oom_kill', 'disk_full', 'panic']


def offs(s):
    s = s.replace(':', '')
    sign = -1 if s[0] == '-' else 1
    h = int(s[1:3]); m = int(s[3:5]) if len(s) >= 5 else 0
    return sign * (h * 3600 + m * 60)


def tg(Y, Mo, D, h, mi, s):
    return calendar.timegm((int(Y), int(Mo), int(D), int(h), int(mi), int(s), 0, 0, 0))


# (name, regex, fn(match, year) -> (seconds, offset or None))
PATS = [
    ('vpxd', re.compile(r'^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.\d{3}Z '), lambda m, y: (tg(*m.groups()[:6]), 0)),
    ('journal', re.compile(r'^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?([+-]\d\d:?\d\d) '), lambda m, y: (tg(*m.groups()[:6]), offs(m.group(7)))),
    ('ovirt', re.compile(r'^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),\d{3}([+-]\d{2,4}) '), lambda m, y: (tg(*m.groups()[:6]), offs(m.group(7)))),
    ('oslo', re.compile(r'^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.\d{3} \d+ '), lambda m, y: (tg(*m.groups()[:6]), None)),
    ('unifi', re.compile(r'^\[(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d),\d{3}\] <'), lambda m, y: (tg(*m.groups()[:6]), None)),
    ('mwd', re.compile(r'^\[(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)\] \('), lambda m, y: (tg(*m.groups()[:6]), None)),
    ('pveacc', re.compile(r'^\S+ - \S+ \[(\d\d)/(\d\d)/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\]'),
     lambda m, y: (tg(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6)), offs(m.group(7)))),
    ('logread', re.compile(r'^[A-Z][a-z]{2} ([A-Z][a-z]{2}) +(\d+) (\d\d):(\d\d):(\d\d) (\d{4}) '),
     lambda m, y: (tg(m.group(6), MON[m.group(1)], m.group(2), m.group(3), m.group(4), m.group(5)), None)),
    ('sonicutc', re.compile(r'^[A-Z][a-z]{2} +\d+ \d\d:\d\d:\d\d \S+ id=firewall .*?time="(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) UTC"'),
     lambda m, y: (tg(*m.groups()[:6]), 0)),
    ('bsd', re.compile(r'^([A-Z][a-z]{2}) +(\d+) (\d\d):(\d\d):(\d\d) '),
     lambda m, y: (tg(y, MON[m.group(1)], m.group(2), m.group(3), m.group(4), m.group(5)), None)),
]
RETRY = re.compile(r'retr|reconnect|trying again|attempt|is down|is up|dialing|initializing|disconnected|sending discover|Connecting to|heartbeat|Members\[', re.I)
ERRW = re.compile(r'error|fail|denied|exception|lost|warn|scan|collision|attempt|dropping|link down|disconnected|not found|could not|unable|timeout|HTTP/1\.1" 5\d\d ', re.I)
CRASH = re.compile(r'panic|segfault|out of memory|oom-kill|OutOfMemory|No space left|disk is full|Killed process|invoked oom|Insufficient space')
DURS = [re.compile(x) for x in [r'time: ([\d.]+)$', r'" \d{3} \d+ ([\d.]+)$', r'Took ([\d.]+) seconds to spawn', r'\[TotalTime\] took (\d+) ms', r'status update time \(([\d.]+) seconds\)']]
STAT = [re.compile(x) for x in [r' status: (\d{3}) ', r'HTTP/1\.1" (\d{3}) ']]
MASK = re.compile(r'([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}|[0-9a-fA-F]{4,}(-[0-9a-fA-F]{4,})*|\d+')
KW = {'oom_kill': re.compile(r'out of memory|oom|OutOfMemoryError|exceeds hard limit', re.I),
      'disk_full': re.compile(r'No space left|disk is full|Insufficient space', re.I),
      'panic': re.compile(r'panic|segfault|Traceback|Fatal|CRITICAL|Exception')}


def read(path):
    raw = open(path, 'rb').read()
    if path.endswith('.gz'):
        raw = gzip.decompress(raw)
    txt = raw.decode('utf-8')
    if txt.startswith('\ufeff'):
        txt = txt[1:]
    return txt.replace('\r\n', '\n').split('\n')[:-1]


def parse(path, year):
    lines = read(path)
    pat = None
    for name, rx, fn in PATS:
        if rx.match(lines[0]):
            pat = (name, rx, fn)
            break
    if pat is None:
        raise ValueError('%s: no timestamp format for first line %r' % (path, lines[0][:80]))
    name, rx, fn = pat
    out = []
    last = None
    ab = None
    for ln in lines:
        m = rx.match(ln)
        if m:
            s, off = fn(m, year)
            ab = off
            last = s - (off or 0)
            body = ln[m.end():]
        else:
            body = ln
        if last is None:
            raise ValueError('%s: leading line without timestamp' % path)
        out.append((last, ln, body))
    return name, ab is not None, out


def main():
    outdir = sys.argv[1]
    verbose = '--verbose' in sys.argv
    errs = []
    def E(msg):
        errs.append(msg)
        print('FAIL', msg)
    seen_kinds = set()
    healthy = 0
    total_bytes = 0
    scen = sorted(d for d in os.listdir(outdir) if re.match(r's\d\d$', d))
    if scen != ['s%02d' % i for i in range(1, 11)]:
        E('scenario dirs: %s' % scen)
    years = []
    for sc in scen:
        d = os.path.join(outdir, sc)
        files = sorted(f for f in os.listdir(d) if f != 'truth.json')
        total_bytes += sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d))
        truth = json.load(open(os.path.join(d, 'truth.json')))['incidents']
        if not 3 <= len(files) <= 6:
            E('%s: %d files' % (sc, len(files)))
        for f in files:
            if f.endswith('.gz'):
                h = open(os.path.join(d, f), 'rb').read(10)
                if h[4:8] != b'\0\0\0\0' or h[3] & 0x08:
                    E('%s/%s: gzip mtime/name not empty' % (sc, f))
        # first pass: absolute files
        parsed = {}
        year = None
        for f in files:
            name, ab, recs = parse(os.path.join(d, f), 2000)
            if ab:
                parsed[f] = (name, ab, recs)
                year = int(__import__('time').strftime('%Y', __import__('time').gmtime(recs[0][0])))
        if not parsed:
            E('%s: no file with absolute time' % sc)
            continue
        years.append(year)
        W0 = min(p[2][0][0] for p in parsed.values())
        W1 = max(p[2][-1][0] for p in parsed.values())
        for f in files:
            if f in parsed:
                continue
            name, ab, recs = parse(os.path.join(d, f), year)
            off = round((recs[0][0] - W0) / 900.0) * 900
            recs = [(t - off, a, b) for t, a, b in recs]
            parsed[f] = (name, False, recs)
            if verbose:
                print('%s/%s: local, inferred offset %+.2fh' % (sc, f, off / 3600.0))
        W0 = min(p[2][0][0] for p in parsed.values())
        W1 = max(p[2][-1][0] for p in parsed.values())
        hours = (W1 - W0) / 3600.0
        if not 1.95 <= hours <= 8.05:
            E('%s: window %.2fh' % (sc, hours))
        nl = sum(len(p[2]) for p in parsed.values())
        if not 50000 <= nl <= 150000:
            E('%s: %d lines' % (sc, nl))
        for f, (name, ab, recs) in parsed.items():
            if recs[0][0] - W0 > 300 or W1 - recs[-1][0] > 300:
                E('%s/%s: no lines near window edges' % (sc, f))
            ts = [t for t, _, _ in recs]
            if any(ts[i] > ts[i + 1] for i in range(len(ts) - 1)):
                E('%s/%s: timestamps not sorted' % (sc, f))
        if verbose:
            print('%s: %d lines, window %.2fh, year %d, %d incidents' % (sc, nl, hours, year, len(truth)))
        if not truth:
            healthy += 1
        elif not 1 <= len(truth) <= 3:
            E('%s: %d incidents' % (sc, len(truth)))
        iso = lambda s: calendar.timegm(__import__('time').strptime(s, '%Y-%m-%dT%H:%M:%SZ'))
        spans = []
        for inc in truth:
            k, f = inc['kind'], inc['file']
            seen_kinds.add(k)
            if k not in KINDS or f not in parsed:
                E('%s: bad incident %s' % (sc, inc)); continue
            a, b = iso(inc['start']), iso(inc['end'])
            spans.append((f, a, b, k))
            if a - W0 < 40 * 60 - 60 or W1 - b < 9 * 60 - 60:
                E('%s: %s in %s too close to window edge' % (sc, k, f))
            recs = parsed[f][2]
            inn = [x for x in recs if a <= x[0] <= b]
            out = [x for x in recs if not (a - 60 <= x[0] <= b + 60)]
            mins_in = max(1.0, (b - a) / 60.0)
            mins_out = max(1.0, (W1 - W0 - (b - a)) / 60.0)
            ok, why = True, ''
            if k == 'silence':
                inner = [x for x in recs if a < x[0] < b]
                rate = len(out) / mins_out
                ok = not inner and rate >= 8 and not (10 * 60 - 2 <= b - a <= 40 * 60 + 2) is False
                why = '%d lines inside, rate %.1f/min' % (len(inner), rate)
            elif k == 'traffic_flood':
                ri, ro = len(inn) / mins_in, len(out) / mins_out
                ok = ri >= 3 * ro
                why = 'rate %.1f vs %.1f' % (ri, ro)
            elif k == 'latency_shift':
                def durs(xs):
                    v = []
                    for _, ln, _ in xs:
                        for rx in DURS:
                            m = rx.search(ln)
                            if m:
                                v.append(float(m.group(1))); break
                    return v
                di, do = durs(inn), durs(out)
                ok = len(di) >= 10 and statistics.median(di) >= 2.5 * statistics.median(do)
                why = 'median %.3f vs %.3f (%d)' % (statistics.median(di) if di else 0, statistics.median(do) if do else 0, len(di))
            elif k == 'http_5xx':
                def st(xs):
                    v = []
                    for _, ln, _ in xs:
                        for rx in STAT:
                            m = rx.search(ln)
                            if m:
                                v.append(int(m.group(1))); break
                    return v
                si, so = st(inn), st(out)
                fi = sum(1 for s in si if s >= 500) / max(1, len(si))
                fo = sum(1 for s in so if s >= 500) / max(1, len(so))
                ok = fi >= 0.2 and fo < 0.05
                why = '5xx share %.2f vs %.2f' % (fi, fo)
            elif k == 'retry_storm':
                ci = sum(1 for x in inn if RETRY.search(x[2]))
                co = sum(1 for x in out if RETRY.search(x[2]))
                ok = ci >= 30 and ci / mins_in >= 5 * co / mins_out
                why = 'retry lines %d in, %d out' % (ci, co)
            elif k in ('error_burst', 'new_error'):
                ei = [MASK.sub('#', x[2]) for x in inn if ERRW.search(x[2])]
                cnt = {}
                for e in ei:
                    cnt[e] = cnt.get(e, 0) + 1
                top = max(sorted(cnt), key=lambda z: cnt[z]) if cnt else ''
                nout = sum(1 for x in out if ERRW.search(x[2]) and MASK.sub('#', x[2]) == top)
                ok = cnt.get(top, 0) >= 20 and ((nout == 0) if k == 'new_error' else (nout >= 1 and cnt[top] / mins_in >= 10 * nout / mins_out))
                why = 'top template x%d inside, %d outside: %s' % (cnt.get(top, 0), nout, top[:90])
            else:
                c = sum(1 for x in inn if KW[k].search(x[1]))
                ok = c >= 1
                if k == 'disk_full':
                    ok = 30 <= c <= 150 and 3 * 60 - 2 <= b - a <= 14 * 60 + 2
                why = '%d keyword lines' % c
            if not ok:
                E('%s: %s in %s not verified: %s' % (sc, k, f, why))
            elif verbose:
                print('  ok %s %s %s..%s %s' % (k, f, inc['start'], inc['end'], why))
        spans.sort()
        for i in range(len(spans) - 1):
            if spans[i][0] == spans[i + 1][0] and spans[i + 1][1] - spans[i][2] < 13 * 60:
                E('%s: incidents in %s closer than 13 min' % (sc, spans[i][0]))
        for f, (name, ab, recs) in parsed.items():
            cw = [(a, b) for ff, a, b, k in spans if ff == f and k in ('oom_kill', 'panic', 'disk_full')]
            for t, ln, body in recs:
                if CRASH.search(ln) and not any(a - 1 <= t <= b + 1 for a, b in cw):
                    E('%s/%s: crash wording outside incidents: %s' % (sc, f, ln[:120]))
                    break
    if healthy != 2:
        E('%d healthy scenarios' % healthy)
    if set(KINDS) - seen_kinds:
        E('kinds missing: %s' % sorted(set(KINDS) - seen_kinds))
    if sum(1 for y in years if y != 2026) < 2:
        E('fewer than two scenarios not in 2026')
    print('%s: %.1f MB on disk, %d problems' % (outdir, total_bytes / 1e6, len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
