#!/usr/bin/env python3
"""Independent checker for a blind22 seed directory.

usage: python3 check.py OUTDIR [--verbose]

It does not import the generator: it sniffs each file's time stamp style, places local-time files
against the files with absolute time stamps, and verifies the contract, per-file time order, that
every labelled incident is visible where truth.json says, and that healthy scenarios carry no
planted signatures. Exit status 1 on any error.
"""
import calendar
import gzip
import json
import os
import re
import statistics
import sys

KINDS = {'error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence',
         'oom_kill', 'disk_full', 'panic'}
MONS = {m: i + 1 for i, m in enumerate(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])}

ERR_RE = re.compile(r'(?i)err|fail|den(y|ied)|drop|crit|alert|reject|invalid|block|exception|fatal|attack|threat|violat|'
                    r'unable|cannot|refus|exhaust|unknown|abort|lock|emerg|severe|intrusion|malware|ransom|prevent')
RETRY_RE = re.compile(r'(?i)retr(y|ies|ying|ansmit)|timed out|timeout|\bdeferred\b|back-?off')
SIG = {
    'oom_kill': re.compile(r'(?i)out of memory|OutOfMemory|oom-kill|invoked oom-killer|signal: killed|memory limit of \d+ \S+ exceeded'),
    'disk_full': re.compile(r'(?i)no space left on device|filesystem full|file system full|disk is full|log disk full|low on space|'
                            r'log is now full|partition \S+ is full|quota exceeded|insufficient (disk|storage) space'),
    'panic': re.compile(r'(?i)segfault|segmentation (fault|violation)|core dumped|dumping core|core file|SIGSEGV|SIGABRT|'
                        r'received critical signal|stack frame addresses|ANOM_ABEND|\bpanic: |kernel panic|assertion .* failed|fatal signal'),
}
WORD_RE = re.compile(r'[a-z_]{5,}')


def _ts(y, mo, d, hms):
    h, m, s = hms.split(':')
    return calendar.timegm((int(y), int(mo), int(d), int(h), int(m), int(float(s)), 0, 0, 0)) + (float(s) % 1)


def _off(o):
    if o == 'Z':
        return 0
    o = o.replace(':', '')
    v = int(o[1:3]) * 3600 + int(o[3:5]) * 60
    return -v if o[0] == '+' else v


# (name, absolute?, regex, function(match) -> epoch seconds or naive local seconds)
PARSERS = [
    ('wazuh', True, re.compile(r'^\*\* Alert (\d{10})\.\d+:'), lambda m: float(m.group(1))),
    ('audit', True, re.compile(r'msg=audit\((\d{10}\.\d{3}):'), lambda m: float(m.group(1))),
    ('eventtime', True, re.compile(r'\beventtime=(\d{10})(\d{0,9})\b'), lambda m: float(m.group(1))),
    ('epoch_ms', True, re.compile(r'^\{"timestamp":(\d{13})'), lambda m: int(m.group(1)) / 1000.0),
    ('iso', True, re.compile(r'(\d{4})-(\d\d)-(\d\d)T(\d\d:\d\d:\d\d(?:\.\d+)?)(Z|[+-]\d\d:?\d\d)'),
     lambda m: _ts(m.group(1), m.group(2), m.group(3), m.group(4)) + _off(m.group(5))),
    ('clf', True, re.compile(r'\[(\d\d)/(\w{3})/(\d{4}):(\d\d:\d\d:\d\d) ([+-]\d{4})\]'),
     lambda m: _ts(m.group(3), MONS[m.group(2)], m.group(1), m.group(4)) + _off(m.group(5))),
    ('compact', True, re.compile(r'^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z\|'),
     lambda m: _ts(m.group(1), m.group(2), m.group(3), '%s:%s:%s' % (m.group(4), m.group(5), m.group(6)))),
    ('gmt', True, re.compile(r'(\d\d)/(\d\d)/(\d{4}):(\d\d:\d\d:\d\d) GMT'),
     lambda m: _ts(m.group(3), m.group(1), m.group(2), m.group(4))),
    ('devtime', True, re.compile(r'devTime=(\w{3}) (\d\d) (\d{4}) (\d\d:\d\d:\d\d) GMT([+-]\d\d:\d\d)'),
     lambda m: _ts(m.group(3), MONS[m.group(1)], m.group(2), m.group(4)) + _off(m.group(5))),
    ('w3c', True, re.compile(r'^(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d:\d\d) '),
     lambda m: _ts(m.group(1), m.group(2), m.group(3), m.group(4))),
    ('logback', False, re.compile(r'^(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d:\d\d),(\d{3})'),
     lambda m: _ts(m.group(1), m.group(2), m.group(3), m.group(4)) + int(m.group(5)) / 1000.0),
    ('kvdate', False, re.compile(r'\bdate=(\d{4})-(\d\d)-(\d\d) time=(\d\d:\d\d:\d\d)'),
     lambda m: _ts(m.group(1), m.group(2), m.group(3), m.group(4))),
    ('asa', False, re.compile(r'^(\w{3}) (\d\d) (\d{4}) (\d\d:\d\d:\d\d) '),
     lambda m: _ts(m.group(3), MONS[m.group(1)], m.group(2), m.group(4))),
    ('syslog', False, re.compile(r'^(\w{3}) ([ \d]\d) (\d\d:\d\d:\d\d) '),
     lambda m: _ts(2000, MONS[m.group(1)], m.group(2).strip(), m.group(3))),
]


class Fail:
    def __init__(self, verbose):
        self.errors, self.warnings, self.verbose = [], [], verbose

    def err(self, msg):
        self.errors.append(msg)
        print('ERROR ' + msg)

    def warn(self, msg):
        self.warnings.append(msg)
        if self.verbose:
            print('warn  ' + msg)

    def info(self, msg):
        if self.verbose:
            print('      ' + msg)


def read_lines(path):
    raw = open(path, 'rb').read()
    if path.endswith('.gz'):
        raw = gzip.decompress(raw)
    return raw.decode('utf-8').replace('\r\n', '\n').split('\n')[:-1] if raw else []


def sniff(lines):
    sample = [l for l in lines[:400] if l and not l.startswith('#')]
    w3c = any(l.startswith('#Fields:') for l in lines[:20])
    best, bestn = None, -1
    counts = {}
    for name, absl, rx, fn in PARSERS:
        if name == 'w3c' and not w3c:
            continue
        n = sum(1 for l in sample if (rx.match(l) if rx.pattern.startswith('^') else rx.search(l)))
        counts[name] = n
        if n > bestn:
            best, bestn = name, n
    # prefer an absolute parser that explains nearly as many lines
    for name, absl, rx, fn in PARSERS:
        if absl and counts.get(name, 0) >= 0.9 * bestn and bestn > 0:
            return name
    return best


class FileData:
    def __init__(self, name, lines):
        self.name, self.lines = name, lines
        self.parser = sniff(lines)
        p = [x for x in PARSERS if x[0] == self.parser][0]
        self.absolute = p[1]
        rx, fn = p[2], p[3]
        anchored = rx.pattern.startswith('^')
        self.recs = []      # [ts, text]
        self.header = []
        for l in lines:
            if not self.recs and l.startswith('#') or (l.startswith('#') and self.parser == 'w3c'):
                self.header.append(l)
                continue
            m = rx.match(l) if anchored else rx.search(l)
            if m:
                self.recs.append([fn(m), l])
            elif self.recs:
                self.recs[-1][1] += '\n' + l
            else:
                self.header.append(l)
        self.fields = None
        for h in self.header:
            if h.startswith('#Fields:'):
                self.fields = h.split()[1:]

    def shift(self, off):
        for r in self.recs:
            r[0] -= off


def durations(fd, recs):
    out = []
    if fd.fields:
        idx = fd.fields.index('time-taken') if 'time-taken' in fd.fields else None
        if idx is None:
            return out
        for t, x in recs:
            tok = re.findall(r'"[^"]*"|\S+', x)
            if len(tok) > idx and tok[idx].isdigit():
                out.append(float(tok[idx]))
        return out
    for t, x in recs:
        m = re.match(r'^\S+Z \S+ \S+ \S+ ([\d.]+) ([\d.]+) ([\d.]+) \d{3} ', x)
        if m:
            out.append(float(m.group(2)))
            continue
        m = re.search(r'HTTP/1\.1" \d{3} \S+ \S+ \S+ (\d+) ', x)
        if m:
            out.append(float(m.group(1)))
            continue
        m = re.search(r'\b(?:elapsed|Duration|rt|time_taken|request_time)[=:]\s*"?(\d+(?:\.\d+)?)', x)
        if m:
            out.append(float(m.group(1)))
            continue
        m = re.search(r'"latency":"(\d+(?:\.\d+)?)s"', x)
        if m:
            out.append(float(m.group(1)))
    return out


def statuses(fd, recs):
    out = []
    if fd.fields:
        idx = fd.fields.index('sc-status') if 'sc-status' in fd.fields else None
        if idx is None:
            return out
        for t, x in recs:
            tok = re.findall(r'"[^"]*"|\S+', x)
            if len(tok) > idx and tok[idx].isdigit():
                out.append(int(tok[idx]))
        return out
    for t, x in recs:
        m = (re.match(r'^\S+Z \S+ \S+ \S+ -?[\d.]+ -?[\d.]+ -?[\d.]+ (\d{3}) ', x) or re.search(r'HTTP/1\.1" (\d{3}) ', x) or
             re.search(r'"status":(\d{3})\b', x) or re.search(r'response_code="(\d{3})"', x) or re.search(r'\bstatus=(\d{3})\b', x))
        if m:
            out.append(int(m.group(1)))
    return out


def within(recs, a, b):
    return [r for r in recs if a <= r[0] <= b]


def words(text):
    return set(WORD_RE.findall(text.lower()))


def check_incident(fd, inc, S, E, T0, F):
    kind = inc['kind']
    W = within(fd.recs, S, E)
    B = within(fd.recs, max(T0, S - 3600), S - 60)
    lw, lb = max(E - S, 1), max(S - 60 - max(T0, S - 3600), 1)
    tag = '%s %s %s..%s' % (kind, fd.name, inc['start'][11:16], inc['end'][11:16])
    if kind == 'silence':
        inside = within(fd.recs, S + 60, E - 60)
        before = within(fd.recs, S - 1800, S)
        if inside:
            return 'file still writes during silence (%d records)' % len(inside)
        if len(before) < 10:
            return 'file was not writing steadily before the silence (%d records in 30 min)' % len(before)
        F.info('ok %s: 0 records inside, %d in the 30 min before' % (tag, len(before)))
        return None
    if kind == 'traffic_flood':
        rate_w = len(W) / lw
        rate_b = len(B) / lb
        if rate_w < 4 * rate_b:
            return 'record rate only x%.1f' % (rate_w / max(rate_b, 1e-9))
        F.info('ok %s: record rate x%.1f' % (tag, rate_w / rate_b))
        return None
    if kind in SIG:
        rx = SIG[kind]
        n = sum(1 for t, x in within(fd.recs, S - 60, E + 120) if rx.search(x))
        if n < (3 if kind == 'disk_full' else 1):
            return 'no %s signature inside the window' % kind
        F.info('ok %s: %d signature records' % (tag, n))
        return None
    if kind == 'retry_storm':
        nw = sum(1 for t, x in W if RETRY_RE.search(x))
        nb = sum(1 for t, x in B if RETRY_RE.search(x))
        rw, rb = nw / lw, max(nb, 0.5) / lb
        if nw < 15 or rw < 5 * rb:
            return 'retry/timeout records %d inside (x%.1f)' % (nw, rw / rb)
        F.info('ok %s: %d retry records, x%.1f' % (tag, nw, rw / rb))
        return None
    if kind == 'latency_shift':
        dw, db = durations(fd, W), durations(fd, B)
        if len(dw) < 20 or len(db) < 20:
            return 'too few durations (%d/%d)' % (len(dw), len(db))
        ratio = statistics.median(dw) / max(statistics.median(db), 1e-9)
        if ratio < 2.5:
            return 'median duration only x%.2f' % ratio
        F.info('ok %s: median duration x%.1f' % (tag, ratio))
        return None
    if kind == 'http_5xx':
        sw, sb = statuses(fd, W), statuses(fd, B)
        if len(sw) < 20 or len(sb) < 20:
            return 'too few status codes (%d/%d)' % (len(sw), len(sb))
        fw = sum(1 for s in sw if s >= 500) / len(sw)
        fb = sum(1 for s in sb if s >= 500) / len(sb)
        if fw < max(3 * fb, 0.08):
            return '5xx share %.3f vs %.3f before' % (fw, fb)
        F.info('ok %s: 5xx share %.2f vs %.3f' % (tag, fw, fb))
        return None
    if kind == 'error_burst':
        cw, cb = {}, {}
        for t, x in W:
            if ERR_RE.search(x):
                for w in words(x):
                    cw[w] = cw.get(w, 0) + 1
        for t, x in B:
            if ERR_RE.search(x):
                for w in words(x):
                    cb[w] = cb.get(w, 0) + 1
        best = None
        for w, n in cw.items():
            if n >= 10 and cb.get(w, 0) >= 1 and (n / lw) >= 5 * (cb[w] / lb):
                r = (n / lw) / (cb[w] / lb)
                if best is None or r > best[1]:
                    best = (w, r, n)
        if not best:
            return 'no existing error template rises 5x'
        F.info('ok %s: "%s" x%.1f (%d records)' % (tag, best[0], best[1], best[2]))
        return None
    if kind == 'new_error':
        seen = set()
        for t, x in fd.recs:
            if t >= S - 5:
                break
            seen |= words(x)
        cw = {}
        for t, x in W:
            if ERR_RE.search(x):
                for w in words(x) - seen:
                    cw[w] = cw.get(w, 0) + 1
        cand = sorted(((n, w) for w, n in cw.items() if n >= 5), reverse=True)
        if not cand:
            return 'no error template that is new in the window'
        F.info('ok %s: new words %s' % (tag, ', '.join('%s(%d)' % (w, n) for n, w in cand[:3])))
        return None
    return 'unknown kind'


def iso(s):
    m = re.match(r'^(\d{4})-(\d\d)-(\d\d)T(\d\d:\d\d:\d\d)Z$', s or '')
    if not m:
        return None
    return _ts(m.group(1), m.group(2), m.group(3), m.group(4))


def check_scenario(sdir, F):
    sid = os.path.basename(sdir)
    names = sorted(os.listdir(sdir))
    if 'truth.json' not in names:
        F.err('%s: truth.json missing' % sid)
        return None
    try:
        truth = json.load(open(os.path.join(sdir, 'truth.json')))
    except ValueError as e:
        F.err('%s: truth.json invalid: %s' % (sid, e))
        return None
    logs = [n for n in names if n != 'truth.json']
    if not 3 <= len(logs) <= 6:
        F.err('%s: %d log files (want 3-6)' % (sid, len(logs)))
    files = {}
    total = 0
    for n in logs:
        key = n[:-3] if n.endswith('.gz') else n
        try:
            lines = read_lines(os.path.join(sdir, n))
        except Exception as e:  # noqa
            F.err('%s: cannot read %s: %s' % (sid, n, e))
            continue
        total += len(lines)
        fd = FileData(key, lines)
        if not fd.recs:
            F.err('%s/%s: no time stamps recognised' % (sid, key))
            continue
        files[key] = fd
    if not 60000 <= total <= 120000:
        F.err('%s: %d lines (want 60k-120k)' % (sid, total))
    absf = [f for f in files.values() if f.absolute]
    if not absf:
        F.err('%s: no file with absolute time stamps' % sid)
        return None
    T0 = min(f.recs[0][0] for f in absf)
    T1 = max(f.recs[-1][0] for f in absf)
    year = time_year(T0)
    for f in files.values():
        if f.absolute:
            continue
        if f.parser == 'syslog':
            f.shift(_ts(2000, 1, 1, '00:00:00') - _ts(year, 1, 1, '00:00:00'))
        off = round((f.recs[0][0] - T0) / 900.0) * 900
        if abs(f.recs[0][0] - off - T0) > 600:
            F.warn('%s/%s: local file starts %.0fs off the window' % (sid, f.name, f.recs[0][0] - off - T0))
        f.shift(off)
        f.tzoff = off
    T0 = min(f.recs[0][0] for f in files.values())
    T1 = max(f.recs[-1][0] for f in files.values())
    hours = (T1 - T0) / 3600
    if not 1.95 <= hours <= 8.05:
        F.err('%s: window %.2f h (want 2-8)' % (sid, hours))
    # time order
    for f in files.values():
        bad = sum(1 for a, b in zip(f.recs, f.recs[1:]) if b[0] < a[0] - 1e-6)
        if bad:
            F.err('%s/%s: %d records out of time order' % (sid, f.name, bad))
    incs = truth.get('incidents') if isinstance(truth, dict) else None
    if not isinstance(incs, list):
        F.err('%s: truth.incidents is not a list' % sid)
        return None
    windows = {}
    for inc in incs:
        if set(inc) != {'kind', 'file', 'start', 'end', 'description'}:
            F.err('%s: incident keys %s' % (sid, sorted(inc)))
            continue
        S, E = iso(inc['start']), iso(inc['end'])
        if inc['kind'] not in KINDS:
            F.err('%s: unknown kind %s' % (sid, inc['kind']))
            continue
        if inc['file'] not in files:
            F.err('%s: incident file %s not present' % (sid, inc['file']))
            continue
        if S is None or E is None:
            F.err('%s: bad time format %s %s' % (sid, inc['start'], inc['end']))
            continue
        if not isinstance(inc['description'], str) or len(inc['description']) < 10:
            F.err('%s: description missing' % sid)
        d = (E - S) / 60
        if not 5 <= d <= 40:
            F.err('%s: %s lasts %.1f min' % (sid, inc['kind'], d))
        if S - T0 < 30 * 60 - 5:
            F.err('%s: %s starts %.1f min after window start (<30)' % (sid, inc['kind'], (S - T0) / 60))
        if E > T1 + 60:
            F.err('%s: %s ends after the window' % (sid, inc['kind']))
        windows.setdefault(inc['file'], []).append((S, E, inc['kind']))
        problem = check_incident(files[inc['file']], inc, S, E, T0, F)
        if problem:
            F.err('%s: %s in %s at %s not visible: %s' % (sid, inc['kind'], inc['file'], inc['start'], problem))
    # planted-signature hygiene, gaps and floods outside labelled windows
    for f in files.values():
        ws = windows.get(f.name, [])

        def inwin(t, pad=180):
            return any(a - pad <= t <= b + pad for a, b, k in ws)
        for kind, rx in SIG.items():
            stray = [t for t, x in f.recs if rx.search(x) and not inwin(t)]
            if stray:
                F.err('%s/%s: %d %s signature records outside any labelled incident' % (sid, f.name, len(stray), kind))
        prev = None
        for t, x in f.recs:
            if prev is not None and t - prev >= 900 and not any(k == 'silence' and a - 120 <= prev and t <= b + 120 for a, b, k in ws):
                F.err('%s/%s: unlabelled gap of %.1f min at %s' % (sid, f.name, (t - prev) / 60, fmt(prev)))
            prev = t
        buckets = {}
        for t, x in f.recs:
            if not inwin(t, 300):
                buckets[int((t - T0) // 300)] = buckets.get(int((t - T0) // 300), 0) + 1
        if len(buckets) > 6:
            med = statistics.median(buckets.values())
            top = max(buckets.values())
            if med > 5 and top > 4 * med:
                F.err('%s/%s: unlabelled volume spike x%.1f' % (sid, f.name, top / med))
    F.info('%s: %d files, %d lines, %.2f h, %d incidents, clocks: %s' % (
        sid, len(files), total, hours, len(incs), ', '.join('%s=%s' % (f.name, f.parser) for f in files.values())))
    return incs


def time_year(t):
    import time
    return time.gmtime(t).tm_year


def fmt(t):
    import time
    return time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(t))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if len(args) != 1:
        print(__doc__.strip())
        sys.exit(2)
    F = Fail('--verbose' in sys.argv)
    out = args[0]
    kinds = {}
    healthy = 0
    for i in range(1, 11):
        sdir = os.path.join(out, 's%02d' % i)
        if not os.path.isdir(sdir):
            F.err('missing %s' % sdir)
            continue
        incs = check_scenario(sdir, F)
        if incs is None:
            continue
        if not incs:
            healthy += 1
        elif len(incs) > 3:
            F.err('s%02d: %d incidents (want 1-3)' % (i, len(incs)))
        for inc in incs:
            kinds[inc.get('kind')] = kinds.get(inc.get('kind'), 0) + 1
    extra = sorted(set(os.listdir(out)) - {'s%02d' % i for i in range(1, 11)})
    if extra:
        F.err('unexpected entries in %s: %s' % (out, extra))
    if healthy != 2:
        F.err('%d healthy scenarios (want 2)' % healthy)
    missing = KINDS - set(kinds)
    if missing:
        F.err('kinds never planted: %s' % ', '.join(sorted(missing)))
    print('checked %s: %d errors, %d warnings; kinds: %s' % (out, len(F.errors), len(F.warnings),
                                                            ', '.join('%s=%d' % kv for kv in sorted(kinds.items()))))
    sys.exit(1 if F.errors else 0)


if __name__ == '__main__':
    main()
