#!/usr/bin/env python3
"""blind9 independent checker: python3 check.py OUTDIR [--verbose]. Imports nothing from the generator."""
import sys, os, re, gzip, json, datetime as dt, statistics

UTC = dt.timezone.utc
KINDS = {'error_burst', 'silence', 'retry_storm', 'latency_shift', 'oom_kill', 'new_error', 'disk_full', 'panic',
         'http_5xx', 'traffic_flood'}
MON = {m: i + 1 for i, m in enumerate('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split())}
_dc = {}


def ep(y, mo, d, h, mi, s, frac=0.0):
    k = (y, mo, d)
    b = _dc.get(k)
    if b is None:
        b = _dc[k] = (dt.date(y, mo, d) - dt.date(1970, 1, 1)).days * 86400
    return b + h * 3600 + mi * 60 + s + frac


def fr(x):
    return float('0' + x) if x else 0.0


def off(z):
    if not z or z == 'Z':
        return 0
    z = z.replace(':', '')
    v = int(z[1:3]) * 3600 + int(z[3:5]) * 60
    return -v if z[0] == '-' else v


# (name, regex, kind, parser) kind: abs = absolute UTC epoch, loc = local naive, ny = local naive without year
P = [
    ('audit', re.compile(r'msg=audit\((\d+)(\.\d+):\d+\)'), 'abs', lambda m: int(m.group(1)) + float(m.group(2))),
    ('iso-zone', re.compile(r'^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:?\d\d)\b'), 'abs',
     lambda m: ep(*[int(m.group(i)) for i in range(1, 7)], fr(m.group(7))) - off(m.group(8))),
    ('bracket-iso', re.compile(r'^\[(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(\.\d+)?\]'), 'loc',
     lambda m: ep(*[int(m.group(i)) for i in range(1, 7)], fr(m.group(7)))),
    ('bracket-slash', re.compile(r'^\[(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)(\.\d+)?\]'), 'loc',
     lambda m: ep(*[int(m.group(i)) for i in range(1, 7)], fr(m.group(7)))),
    ('z2m-old', re.compile(r'^Zigbee2MQTT:\w+\s+(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d):'), 'loc',
     lambda m: ep(*[int(m.group(i)) for i in range(1, 7)])),
    ('plex', re.compile(r'^(\w{3}) (\d\d), (\d{4}) (\d\d):(\d\d):(\d\d)\.(\d{3}) '), 'loc',
     lambda m: ep(int(m.group(3)), MON[m.group(1)], int(m.group(2)), int(m.group(4)), int(m.group(5)),
                  int(m.group(6)), int(m.group(7)) / 1000.0)),
    ('jul-old', re.compile(r'^(\w{3}) (\d\d), (\d{4}) (\d{1,2}):(\d\d):(\d\d) (AM|PM) '), 'loc',
     lambda m: ep(int(m.group(3)), MON[m.group(1)], int(m.group(2)),
                  int(m.group(4)) % 12 + (12 if m.group(7) == 'PM' else 0), int(m.group(5)), int(m.group(6)))),
    ('dhcp', re.compile(r'^\d\d,(\d\d)/(\d\d)/(\d\d),(\d\d):(\d\d):(\d\d),'), 'loc',
     lambda m: ep(2000 + int(m.group(3)), int(m.group(1)), int(m.group(2)), int(m.group(4)), int(m.group(5)),
                  int(m.group(6)))),
    ('iso-local', re.compile(r'^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)([.,]\d+)?(?![\d:+Z-])'), 'loc',
     lambda m: ep(*[int(m.group(i)) for i in range(1, 7)], fr((m.group(7) or '').replace(',', '.')))),
    ('syslog', re.compile(r'^(\w{3}) +(\d{1,2}) (\d\d):(\d\d):(\d\d) '), 'ny',
     lambda m, y: ep(y, MON[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)))),
    ('logfmt-t', re.compile(r'\bts?=(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:?\d\d)'), 'abs',
     lambda m: ep(*[int(m.group(i)) for i in range(1, 7)], fr(m.group(7))) - off(m.group(8))),
    ('json-time', re.compile(r'"time":"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)"'), 'abs',
     lambda m: ep(*[int(m.group(i)) for i in range(1, 7)], fr(m.group(7)[:10] if m.group(7) else '')) - off(m.group(8))),
    ('clf', re.compile(r'\[(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\]'), 'abs',
     lambda m: ep(int(m.group(3)), MON[m.group(2)], int(m.group(1)), int(m.group(4)), int(m.group(5)),
                  int(m.group(6))) - off(m.group(7))),
]

ERR = re.compile(r'\bERROR\b|\bSEVERE\b|\[error\]|level=error|lvl=eror|(?:^|\] |\t)error: |\bE! |avc:  denied|res=failed'
                 r'|^\S+ \S+ -1 |^\S+ \S+ \S+ -1 |\)WARNING: |vmkwarning:|Zigbee2MQTT:error|^3[1-5],|no address available'
                 r'|\bfatal:|failed to send packet|which has no address|failed to access')
RETRY = re.compile(r'retry in \d+ seconds|persistent connection|PersistInit|hunting|_reopen_session|authenticate timed out'
                   r'|Synchronous RPC abort|Not connected to MQTT|MQTT error|MQTT reconnect|retrying in \d+ ?ms'
                   r'|Failed to connect to MQTT|[Rr]econnect')
PANIC = re.compile(r'^panic: |Caught signal \(|caught signal \(SIG(?:SEGV|ABRT|BUS)\)|Unhandled exception: \w*Error|FAILED ceph_assert|panicked: '
                   r'|PANIC|INTERNAL ERROR: Signal|SIGSEGV: segmentation violation')
OOM = re.compile(r'OutOfMemoryError|out of memory|Out of memory|oom-kill|OOMKilled|oom_kill')
DISK = re.compile(r'[Nn]o space left on device|database or disk is full|NT_STATUS_DISK_FULL|ENOSPC')
SIG = {'panic': PANIC, 'oom_kill': OOM, 'disk_full': DISK}
LAT = [
    (re.compile(r'_slurm_rpc_submit_batch_job: .*usec=(\d+)'), 0.001),
    (re.compile(r'"timeToResponse":"(\d+)ns"'), 1e-6),
    (re.compile(r'msg="Request Completed".* time_ms=(\d+)'), 1.0),
    (re.compile(r'Completed: \[[^\]]*\] \d{3} .* (\d+)ms \d+ bytes'), 1.0),
    (re.compile(r'^\S+ \S+ (?:INFO|WARN|ERROR) +(?:id:\d+ - transaction id:\d+ - )?(\d+) ms: '), 1.0),
    (re.compile(r'HTTP/1\.[01]" \d{3} \d+ "[^"]*" "[^"]*" \S+ (\d+)$'), 0.001),
    (re.compile(r'Wrote batch of \d+ metrics in ([\d.]+)ms'), 1.0),
    (re.compile(r'checkpointDuration=(\d+) ms|bytes in (\d+) ms'), 1.0),
]
STATUS = [re.compile(r'"statusCode":(\d{3})'), re.compile(r'msg="Request Completed".* status=(\d{3}) '),
          re.compile(r'Completed: \[[^\]]*\] (\d{3}) '), re.compile(r'HTTP/1\.[01]" (\d{3}) ')]
TSISO = re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$')
HEXNUM = re.compile(r'0x[0-9a-fA-F]+|\b[0-9a-fA-F]*\d[0-9a-fA-F]*\b|\d+')


def parse_iso(s):
    return ep(int(s[0:4]), int(s[5:7]), int(s[8:10]), int(s[11:13]), int(s[14:16]), int(s[17:19]), int(s[20:23]) / 1000.0)


def read_lines(path):
    b = open(path, 'rb').read()
    if path.endswith('.gz'):
        b = gzip.decompress(b)
    if b[:2] in (b'\xff\xfe', b'\xfe\xff'):
        txt = b.decode('utf-16')
    else:
        try:
            txt = b.decode('utf-8')
        except UnicodeDecodeError:
            txt = b.decode('latin-1')
    return txt.splitlines()


class LogFile:
    def __init__(self, path):
        self.path, self.name = path, os.path.basename(path)
        self.lines = read_lines(path)
        sample = self.lines[:400] + self.lines[len(self.lines) // 2:len(self.lines) // 2 + 400]
        cnt = {}
        for ln in sample:
            for i, (n, rx, k, f) in enumerate(P):
                if rx.search(ln):
                    cnt[i] = cnt.get(i, 0) + 1
                    break
        self.pats = [P[i] for i in sorted(cnt) if cnt[i] >= 3 or cnt[i] >= 0.02 * len(sample)]
        self.lat = [x for x in LAT if any(x[0].search(l) for l in sample)]
        self.st = [x for x in STATUS if any(x.search(l) for l in sample)]
        self.kinds = {p[2] for p in self.pats}

    def parse(self, shift, year):
        """returns list of (t or None, line)"""
        out = []
        for ln in self.lines:
            t = None
            for n, rx, k, f in self.pats:
                m = rx.search(ln)
                if m:
                    if k == 'abs':
                        t = f(m)
                    elif k == 'loc':
                        t = f(m) - shift
                    else:
                        t = f(m, year) - shift
                    break
            out.append((t, ln))
        self.rows = out
        ts = [t for t, _ in out if t is not None]
        self.ts = ts
        self.first, self.last = min(ts), max(ts)

    def first_raw(self):
        for ln in self.lines:
            for n, rx, k, f in self.pats:
                m = rx.search(ln)
                if m:
                    return k, m, f
        return None


def mask(ln, rx):
    m = rx.search(ln) if rx else None
    if m:
        ln = ln[:m.start()] + ln[m.end():]
    return HEXNUM.sub('#', ln)


def check_scenario(sd, V, verbose):
    name = os.path.basename(sd)
    try:
        truth = json.load(open(os.path.join(sd, 'truth.json')))
        incs = truth['incidents']
    except Exception as e:
        V.append('%s: bad truth.json: %s' % (name, e))
        return []
    files = sorted(f for f in os.listdir(sd) if f != 'truth.json')
    if not 3 <= len(files) <= 6:
        V.append('%s: %d log files' % (name, len(files)))
    L = {f: LogFile(os.path.join(sd, f)) for f in files}
    for f, lf in L.items():
        if not lf.pats:
            V.append('%s/%s: no timestamp format recognised' % (name, f))
            return incs
    # reference window from files with absolute timestamps
    absf = [lf for lf in L.values() if 'abs' in lf.kinds]
    if not absf:
        V.append('%s: no file with absolute timestamps; cannot infer zone' % name)
        return incs
    for lf in absf:
        lf.parse(0, 1970)
    ref = min(lf.first for lf in absf)
    ryear = dt.datetime.fromtimestamp(ref, UTC).year
    for lf in L.values():
        if 'abs' in lf.kinds:
            continue
        k, m, f = lf.first_raw()
        raw = f(m, ryear) if k == 'ny' else f(m)
        shift = round((raw - ref) / 900.0) * 900
        lf.parse(shift, ryear)
        lf.shift = shift
    total = sum(len(lf.lines) for lf in L.values())
    if not 50000 <= total <= 150000:
        V.append('%s: %d physical lines (need 50k-150k)' % (name, total))
    ws = min(lf.first for lf in L.values())
    we = max(lf.last for lf in L.values())
    if not 2 * 3600 - 180 <= we - ws <= 8 * 3600 + 180:
        V.append('%s: window %.2f h' % (name, (we - ws) / 3600))
    term = set()
    for i in incs:
        if i.get('kind') == 'silence' and i.get('file') in L:
            lf = L[i['file']]
            if TSISO.match(i.get('end', '')) and parse_iso(i['end']) >= lf.last + 60:
                term.add(i['file'])
    for f, lf in L.items():
        if lf.first - ws > 90:
            V.append('%s/%s: starts %.0fs after window start' % (name, f, lf.first - ws))
        if we - lf.last > 90 and f not in term:
            V.append('%s/%s: ends %.0fs before window end' % (name, f, we - lf.last))
        if verbose:
            print('  %s/%s: %d lines, fmt=%s, %s .. %s' % (name, f, len(lf.lines), ','.join(p[0] for p in lf.pats),
                  dt.datetime.fromtimestamp(lf.first, UTC).isoformat(), dt.datetime.fromtimestamp(lf.last, UTC).isoformat()))
    byfile = {}
    for i in incs:
        tag = '%s %s %s' % (name, i.get('kind'), i.get('file'))
        if i.get('kind') not in KINDS:
            V.append('%s: bad kind' % tag)
            continue
        if i.get('file') not in L:
            V.append('%s: file missing' % tag)
            continue
        if not (TSISO.match(i.get('start', '')) and TSISO.match(i.get('end', ''))):
            V.append('%s: bad time format' % tag)
            continue
        i['_s'], i['_e'] = parse_iso(i['start']), parse_iso(i['end'])
        byfile.setdefault(i['file'], []).append(i)
    for f, lst in byfile.items():
        lf = L[f]
        lst.sort(key=lambda i: i['_s'])
        for a, b in zip(lst, lst[1:]):
            if b['_s'] - a['_e'] < 12 * 60:
                V.append('%s/%s: incidents %s and %s closer than 12 min' % (name, f, a['kind'], b['kind']))
        for i in lst:
            visible(name, lf, i, lst, f in term, V, verbose)
    # crash/disk signatures outside incidents of that kind
    for f, lf in L.items():
        wins = {k: [(i['_s'] - 1, i['_e'] + 1) for i in byfile.get(f, []) if i['kind'] == k] for k in SIG}
        t = None
        for tt, ln in lf.rows:
            if tt is not None:
                t = tt
            for k, rx in SIG.items():
                if rx.search(ln) and not any(a <= t <= b for a, b in wins[k]):
                    V.append('%s/%s: %s signature outside incident at %s: %s' % (name, f, k, dt.datetime.fromtimestamp(t, UTC).isoformat(), ln[:100]))
                    break
    return incs


def visible(name, lf, i, lst, terminal, V, verbose):
    k, s, e = i['kind'], i['_s'], i['_e']
    tag = '%s/%s %s %s' % (name, lf.name, k, i['start'])
    if s - lf.first < 40 * 60:
        V.append('%s: starts %.1f min after first line' % (tag, (s - lf.first) / 60))
    if lf.last - e < 8 * 60 and not (terminal and k == 'silence'):
        V.append('%s: ends %.1f min before last line' % (tag, (lf.last - e) / 60))
    if e <= s:
        V.append('%s: end <= start' % tag)
        return
    others = [(o['_s'], o['_e']) for o in lst]

    def outside(t):
        return not any(a - 1 <= t <= b + 1 for a, b in others)
    rows = []
    t = None
    for tt, ln in lf.rows:
        if tt is not None:
            t = tt
        rows.append((t, tt is not None, ln))
    inw = [(t, ts, ln) for t, ts, ln in rows if t is not None and s <= t <= e]
    outw = [(t, ts, ln) for t, ts, ln in rows if t is not None and outside(t)]
    dmin = max((e - s) / 60.0, 0.5)
    omin = max(1.0, (lf.last - lf.first) / 60.0 - sum(b - a for a, b in others) / 60.0)
    msg = ''
    if k == 'error_burst':
        a = sum(1 for t, ts, ln in inw if ERR.search(ln))
        b = sum(1 for t, ts, ln in outw if ERR.search(ln))
        msg = '%d error lines in window (%.1f/min) vs %.2f/min outside' % (a, a / dmin, b / omin)
        if a < 20 or a / dmin < 3 * b / omin:
            V.append('%s: weak: %s' % (tag, msg))
    elif k == 'retry_storm':
        a = sum(1 for t, ts, ln in inw if RETRY.search(ln))
        b = sum(1 for t, ts, ln in outw if RETRY.search(ln))
        msg = '%d retry lines (%.1f/min) vs %.3f/min outside' % (a, a / dmin, b / omin)
        if a < 100 or a / dmin < 4 * b / omin:
            V.append('%s: weak: %s' % (tag, msg))
    elif k == 'new_error':
        rx = lf.pats[0][1]
        cin, cout = {}, set()
        for t, ts, ln in rows:
            if t is None or not ts:
                continue
            mk = mask(ln, [p[1] for p in lf.pats if p[1].search(ln)][0] if any(p[1].search(ln) for p in lf.pats) else None)
            if s <= t <= e:
                cin[mk] = cin.get(mk, 0) + 1
            else:
                cout.add(mk)
        need = max(5, int(0.6 * (e - s) / 80))
        cands = [(c, m) for m, c in cin.items() if c >= need and m not in cout]
        msg = 'new templates: %s' % (sorted(cands, reverse=True)[:1])
        if not cands:
            V.append('%s: no template unique to window with >= %d occurrences' % (tag, need))
    elif k == 'latency_shift':
        def lats(rr):
            out = []
            for t, ts, ln in rr:
                for rx, f in lf.lat:
                    m = rx.search(ln)
                    if m:
                        out.append(float(m.group(1) or m.group(2) if m.lastindex and m.lastindex > 1 else m.group(1)) * f)
                        break
            return out
        a, b = lats(inw), lats(outw)
        if len(a) < 10 or len(b) < 10:
            V.append('%s: too few duration samples (%d in, %d out)' % (tag, len(a), len(b)))
        else:
            ma, mb = statistics.median(a), statistics.median(b)
            msg = 'median %.2f ms in window vs %.2f outside (n=%d)' % (ma, mb, len(a))
            if ma < 2 * mb:
                V.append('%s: weak: %s' % (tag, msg))
    elif k == 'http_5xx':
        def share(rr):
            n = x = 0
            for t, ts, ln in rr:
                for rx in lf.st:
                    m = rx.search(ln)
                    if m:
                        n += 1
                        x += m.group(1)[0] == '5'
                        break
            return n, x
        n1, x1 = share(inw)
        n2, x2 = share(outw)
        if n1 < 20:
            V.append('%s: too few status codes in window (%d)' % (tag, n1))
        else:
            p1, p2 = x1 / n1, x2 / max(1, n2)
            msg = '5xx share %.1f%% vs %.2f%% outside' % (100 * p1, 100 * p2)
            if p1 < 0.03 or p1 < 3 * p2:
                V.append('%s: weak: %s' % (tag, msg))
    elif k == 'traffic_flood':
        a = sum(1 for t, ts, ln in inw if ts)
        near = [t for t, ts, ln in outw if ts and (s - 1800 <= t < s or e < t <= e + 1800)]
        nmin = sum(1 for m in range(-30, 0) if outside(s + m * 60 + 30)) + sum(1 for m in range(0, 30) if outside(e + m * 60 + 30))
        if nmin < 5:
            V.append('%s: no surrounding baseline' % tag)
        else:
            ra, rb = a / dmin, len(near) / nmin
            msg = 'rate %.1f/min vs %.1f/min around' % (ra, rb)
            if ra < 1.8 * rb:
                V.append('%s: weak: %s' % (tag, msg))
    elif k == 'silence':
        n = sum(1 for t in lf.ts if s < t < e)
        before = sum(1 for t in lf.ts if s - 1800 <= t <= s)
        msg = '%d lines inside silence, %d in 30 min before' % (n, before)
        if n or before < 30:
            V.append('%s: %s' % (tag, msg))
    else:
        rx = SIG[k]
        a = sum(1 for t, ts, ln in inw if rx.search(ln))
        msg = '%d signature lines' % a
        if a < 1:
            V.append('%s: no %s signature in window' % (tag, k))
        if k == 'disk_full' and a < 5:
            V.append('%s: only %d disk-full lines' % (tag, a))
    if verbose:
        print('    %s: %s' % (tag, msg))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    verbose = '--verbose' in sys.argv
    if len(args) != 1:
        sys.exit('usage: check.py OUTDIR [--verbose]')
    out = args[0]
    V = []
    scen = sorted(d for d in os.listdir(out) if re.match(r'^s\d\d$', d))
    if scen != ['s%02d' % i for i in range(1, 11)]:
        V.append('scenario dirs: %s' % scen)
    allk, n, healthy = set(), 0, 0
    for d in scen:
        if verbose:
            print(d)
        incs = check_scenario(os.path.join(out, d), V, verbose)
        if not incs:
            healthy += 1
        elif len(incs) > 3:
            V.append('%s: %d incidents' % (d, len(incs)))
        n += len(incs)
        allk |= {i.get('kind') for i in incs}
    if healthy != 2:
        V.append('%d healthy scenarios (need 2)' % healthy)
    if n < 13:
        V.append('only %d incidents' % n)
    if allk != KINDS:
        V.append('kinds missing: %s' % sorted(KINDS - allk))
    for v in V:
        print('VIOLATION:', v)
    print('%s: %d incidents, %d violations' % (out, n, len(V)))
    sys.exit(1 if V else 0)


if __name__ == '__main__':
    main()
