#!/usr/bin/env python3
"""Independent sanity check of a blind6 bundle against its truth.json files.

usage: check.py OUTDIR      (exit 0 = all good, 1 = violations listed)

Deliberately shares no code with the generator: it sniffs each file's format
with its own regular expressions, assigns every physical line a UTC time
(continuation lines inherit the last timestamped line) and then verifies the
structural rules and that every incident is visible in its file."""
import bisect
import calendar
import gzip
import json
import os
import re
import statistics
import sys
import time

US = 1000000
MINUTE = 60 * US
KINDS = {'error_burst', 'retry_storm', 'new_error', 'latency_shift', 'http_5xx', 'traffic_flood',
         'silence', 'panic', 'oom_kill', 'disk_full'}
MONTHS = {m: i + 1 for i, m in enumerate(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
                                           'Sep', 'Oct', 'Nov', 'Dec'])}
_DAY = {}


def utc_us(y, mo, d, h, mi, s, frac, off_min):
    k = (y, mo, d)
    b = _DAY.get(k)
    if b is None:
        b = _DAY[k] = calendar.timegm((y, mo, d, 0, 0, 0, 0, 0, 0))
    us = int((frac + '000000')[:6]) if frac else 0
    return (b + h * 3600 + mi * 60 + s - off_min * 60) * US + us


def off_minutes(z):
    if not z or z in ('Z', 'UTC', ' UTC'):
        return 0
    z = z.strip()
    sign = -1 if z[0] == '-' else 1
    z = z[1:].replace(':', '')
    return sign * (int(z[:2]) * 60 + int(z[2:4]))


ISO = re.compile(r'(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))? ?(Z|[+-]\d\d:?\d\d)?')


def iso_us(s):
    m = ISO.match(s)
    if not m:
        return None
    g = m.groups()
    return utc_us(int(g[0]), int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5]), g[6], off_minutes(g[7]))


# --------------------------------------------------------------------------
# line parsers: each returns (ts_us or None, content)
def p_iso_prefix(rx):
    def f(line):
        m = rx.match(line)
        if not m:
            return None
        return iso_us(m.group(1))
    return f


def p_json(key):
    def f(line):
        try:
            o = json.loads(line)
        except ValueError:
            return None
        if key == '$date':
            return iso_us(o['t']['$date'])
        return iso_us(o[key])
    return f


R_CLF = re.compile(r'^\S+ \S+ \S+ \[(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\] "')
R_APACHE = re.compile(r'^\[\w{3} (\w{3}) (\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d+))? (\d{4})\] \[')
R_FPM = re.compile(r'^\[(\d\d)-(\w{3})-(\d{4}) (\d\d):(\d\d):(\d\d)( UTC)?\] ')
R_SQUID = re.compile(r'^(\d{9,11})\.(\d{3})\s+\d+ ')
R_CASS = re.compile(r'^(?:TRACE|DEBUG|INFO|WARN|ERROR)\s+\[[^\]]*\] (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) ')


def f_clf(line):
    m = R_CLF.match(line)
    if not m:
        return None
    d, mon, y, h, mi, s, z = m.groups()
    return utc_us(int(y), MONTHS[mon], int(d), int(h), int(mi), int(s), None, off_minutes(z))


def f_apache(line):
    m = R_APACHE.match(line)
    if not m:
        return None
    mon, d, h, mi, s, fr, y = m.groups()
    return utc_us(int(y), MONTHS[mon], int(d), int(h), int(mi), int(s), fr, 0)


def f_fpm(line):
    m = R_FPM.match(line)
    if not m:
        return None
    d, mon, y, h, mi, s, z = m.groups()
    return utc_us(int(y), MONTHS[mon], int(d), int(h), int(mi), int(s), None, 0)


def f_squid(line):
    m = R_SQUID.match(line)
    if not m:
        return None
    return int(m.group(1)) * US + int(m.group(2)) * 1000


def f_cass(line):
    m = R_CASS.match(line)
    if not m:
        return None
    return iso_us(m.group(1))


PATTERNS = [
    ('mongodb', re.compile(r'^\{"t":\{"\$date":'), p_json('$date')),
    ('docker', re.compile(r'^\{"log":'), p_json('time')),
    ('traefik', re.compile(r'^\{"ClientAddr"'), p_json('time')),
    ('alb', re.compile(r'^(?:https?|h2|wss?|grpcs) \d{4}-\d\d-\d\dT'),
     p_iso_prefix(re.compile(r'^\S+ (\S+) '))),
    ('envoy', re.compile(r'^\[\d{4}-\d\d-\d\dT[\d:.]+Z\] "'), p_iso_prefix(re.compile(r'^\[([^\]]+)\]'))),
    ('squid', R_SQUID, f_squid),
    ('mysql_error', re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)(?: UTC)? (?:\d+ \[|- mysqld)'),
     p_iso_prefix(re.compile(r'^(\S+)'))),
    ('rust', re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z\s+(?:TRACE|DEBUG|INFO|WARN|ERROR) '),
     p_iso_prefix(re.compile(r'^(\S+)'))),
    ('mysql_slow', re.compile(r'^# Time: \d{4}-'), p_iso_prefix(re.compile(r'^# Time: (\S+)'))),
    ('hclog', re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(?:Z|[+-]\d{4}) \[(?:TRACE|DEBUG|INFO|WARN|ERROR)\]'),
     p_iso_prefix(re.compile(r'^(\S+)'))),
    ('gunicorn', re.compile(r'^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}\] \[\d+\] \['),
     p_iso_prefix(re.compile(r'^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4})\]'))),
    ('clf', R_CLF, f_clf),
    ('flask', re.compile(r'^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}\] [A-Z]+ in '),
     p_iso_prefix(re.compile(r'^\[([^\]]+)\]'))),
    ('django', re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4} [A-Z]+ '), p_iso_prefix(re.compile(r'^(\S+)'))),
    ('apache', R_APACHE, f_apache),
    ('phpfpm', R_FPM, f_fpm),
    ('cassandra', R_CASS, f_cass),
    ('rabbitmq', re.compile(r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+(?:[+-]\d\d:\d\d)? \[(?:debug|info|notice|warning|error|critical)\] '),
     p_iso_prefix(re.compile(r'^(\S+ \S+) '))),
    ('journal', re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?[+-]\d\d:?\d\d \S+ [^\s\[:]+(?:\[\d+\])?: '),
     p_iso_prefix(re.compile(r'^(\S+)'))),
    ('sidekiq', re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z pid=\d+ tid='), p_iso_prefix(re.compile(r'^(\S+)'))),
]


def read_lines(path):
    if path.endswith('.gz'):
        with gzip.open(path, 'rt', encoding='utf-8') as fh:
            data = fh.read()
    else:
        with open(path, encoding='utf-8') as fh:
            data = fh.read()
    if data.endswith('\n'):
        data = data[:-1]
    return data.split('\n')


class LogData:
    def __init__(self, path):
        self.path = path
        lines = read_lines(path)
        hits = {}
        for l in lines[:4000]:
            for name, rx, _ in PATTERNS:
                if rx.match(l):
                    hits[name] = hits.get(name, 0) + 1
                    break
        self.formats = [n for n, c in sorted(hits.items(), key=lambda x: -x[1]) if c >= 1]
        pats = [(n, rx, f) for n, rx, f in PATTERNS if n in self.formats]
        self.fmt = self.formats[0] if self.formats else None
        ts = []
        content = []
        cur = None
        self.unparsed_head = 0
        self.bad_parse = 0
        for l in lines:
            t = None
            c = l
            for n, rx, f in pats:
                if rx.match(l):
                    t = f(l)
                    if t is None:
                        self.bad_parse += 1
                    elif n == 'docker':
                        try:
                            c = json.loads(l)['log'].rstrip('\n')
                        except ValueError:
                            pass
                    break
            if t is None:
                if cur is None:
                    self.unparsed_head += 1
                t = cur
            else:
                cur = t
            ts.append(t)
            content.append(c)
        self.raw = lines
        self.ts = ts
        self.text = content
        valid = [t for t in ts if t is not None]
        self.first = min(valid) if valid else None
        self.last = max(valid) if valid else None
        self._low = None
        self._cache = {}

    def lines_with(self, key):
        """Indices of lines matching the named rule (literal prefilter + regex)."""
        if key in self._cache:
            return self._cache[key]
        kws, rx = RULES[key]
        if self._low is None:
            low = [c.lower() for c in self.text]
            offs = []
            o = 0
            for c in low:
                offs.append(o)
                o += len(c) + 1
            self._low = ('\n'.join(low), offs)
        big, offs = self._low
        n = len(offs)
        cand = set()
        for kw in kws:
            i = big.find(kw)
            while i != -1:
                li = bisect.bisect_right(offs, i) - 1
                cand.add(li)
                nxt = offs[li + 1] if li + 1 < n else len(big)
                i = big.find(kw, nxt)
        out = sorted(i for i in cand if rx.search(self.text[i]))
        self._cache[key] = out
        return out


# --------------------------------------------------------------------------
RX_ERR = re.compile(r'\[ERROR\]|\bERROR\b|\[error\]|"s":"[EF]"|\bFATAL\b|\bCRITICAL\b|PHP Fatal error|Uncaught|'
                    r'Traceback \(most recent call last\)|Exception|raised exception|\*\* \(|"level":(?:50|60)\b')
RX_RETRY = re.compile(r'(?i)retr(?:y|ies|ying|ied)')
RX_PANIC = re.compile(r'panicked at|(?:^|: )panic: |WORKER TIMEOUT|Fatal assertion|fassert\(\) failure|got signal 11|'
                      r'Kernel pid terminated|code=dumped|segfault at|SIGSEGV')
RX_OOM = re.compile(r'(?i)killed process|invoked oom-killer|out of memory|OutOfMemoryError|signal 9\b|status=9/KILL|'
                    r'cannot allocate \d+ bytes|was sent SIGKILL')
RX_DISK = re.compile(r'(?i)no space left on device|enospc|errno 28|os error 28|disk is full|'
                     r'disk resource limit alarm set|not enough space for compaction')
RX_RESTART = re.compile(r'(?i)booting worker|start(?:ing|ed)\b|ready for connections|waiting for connections|'
                        r'listening (?:on|at)|running \S+ with|startup complete|agent running|fpm is running|'
                        r'resuming normal operations')
SIG = {'panic': RX_PANIC, 'oom_kill': RX_OOM, 'disk_full': RX_DISK}
RULES = {
    'error_burst': (['error', 'fatal', 'critical', 'uncaught', 'traceback', 'exception', '"s":"e"', '"s":"f"', '** (',
                     '"level":50', '"level":60'], RX_ERR),
    'retry_storm': (['retr'], RX_RETRY),
    'panic': (['panicked at', 'panic: ', 'worker timeout', 'fatal assertion', 'fassert() failure', 'got signal 11',
               'kernel pid terminated', 'code=dumped', 'segfault at', 'sigsegv'], RX_PANIC),
    'oom_kill': (['killed process', 'oom-killer', 'out of memory', 'outofmemoryerror', 'signal 9', 'status=9/kill',
                  'cannot allocate', 'was sent sigkill'], RX_OOM),
    'disk_full': (['no space left on device', 'enospc', 'errno 28', 'os error 28', 'disk is full',
                   'disk resource limit alarm set', 'not enough space for compaction'], RX_DISK),
}
RX_URL = re.compile(r'https?://\S+')
RX_NORM = re.compile(r'[\w\-]*\d[\w\-]*')


def latency_of(fmt, line):
    try:
        if fmt == 'alb':
            f = line.split(' ', 9)
            v = float(f[6])
            return v * 1000 if v >= 0 else None
        if fmt == 'envoy':
            m = re.search(r'" (\d{1,3}) \S+ \d+ \d+ (\d+) ', line)
            return float(m.group(2)) if m else None
        if fmt == 'traefik':
            if not line.startswith('{'):
                return None
            return json.loads(line)['Duration'] / 1e6
        if fmt == 'squid':
            m = re.match(r'^\d+\.\d+\s+(\d+) ', line)
            return float(m.group(1)) if m else None
        if fmt in ('gunicorn', 'clf', 'flask', 'django'):
            m = re.search(r'" \d{3} (?:\d+|-) "[^"]*" "[^"]*" (\d+)$', line)
            return int(m.group(1)) / 1000.0 if m else None
        if fmt == 'rust':
            m = re.search(r'latency=(\d+) ms', line)
            return float(m.group(1)) if m and 'finished processing' in line else None
        if fmt == 'docker':
            m = re.search(r'Sent \d{3} in (\d+)(ms|µs)', line)
            if not m:
                return None
            return float(m.group(1)) / (1000.0 if m.group(2) != 'ms' else 1.0)
        if fmt == 'sidekiq':
            m = re.search(r'elapsed=([\d.]+) INFO: (?:done|fail)', line)
            return float(m.group(1)) * 1000 if m else None
    except (ValueError, KeyError, IndexError):
        return None
    return None


def status_of(fmt, line):
    try:
        if fmt == 'alb':
            return int(line.split(' ', 9)[8])
        if fmt == 'envoy':
            m = re.search(r'" (\d{1,3}) \S+ \d+ \d+ \d+ ', line)
            return int(m.group(1)) if m else None
        if fmt == 'traefik':
            return json.loads(line)['DownstreamStatus'] if line.startswith('{') else None
        if fmt == 'squid':
            m = re.match(r'^\S+\s+\d+ \S+ [A-Z_]+/(\d{3}) ', line)
            return int(m.group(1)) if m else None
        if fmt in ('gunicorn', 'clf', 'flask', 'django'):
            m = re.search(r'HTTP/[\d.]+" (\d{3}) (?:\d+|-) "', line)
            return int(m.group(1)) if m else None
        if fmt == 'rust':
            m = re.search(r'finished processing request .*status=(\d{3})', line)
            return int(m.group(1)) if m else None
        if fmt == 'docker':
            m = re.search(r'Sent (\d{3}) in ', line)
            return int(m.group(1)) if m else None
    except (ValueError, KeyError, IndexError):
        return None
    return None


def parse_iso_truth(s):
    if not isinstance(s, str) or not re.match(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$', s):
        return None
    return iso_us(s)


# --------------------------------------------------------------------------
def check_scenario(sdir, errs, kinds_seen):
    name = os.path.basename(sdir)
    E = lambda msg: errs.append('%s: %s' % (name, msg))
    tpath = os.path.join(sdir, 'truth.json')
    try:
        with open(tpath, encoding='utf-8') as fh:
            truth = json.load(fh)
    except (OSError, ValueError) as e:
        E('truth.json unreadable: %s' % e)
        return None
    if set(truth) != {'incidents', 'healthy'}:
        E('truth.json keys %s' % sorted(truth))
    incs = truth.get('incidents')
    if not isinstance(incs, list) or not isinstance(truth.get('healthy'), bool):
        E('truth.json schema')
        return None
    if truth['healthy'] != (len(incs) == 0):
        E('healthy flag inconsistent with incidents')
    files = sorted(f for f in os.listdir(sdir) if f != 'truth.json')
    if not 3 <= len(files) <= 6:
        E('%d log files' % len(files))
    logs = {}
    total = 0
    for f in files:
        ld = LogData(os.path.join(sdir, f))
        logs[f] = ld
        total += len(ld.raw)
        if ld.fmt is None:
            E('%s: no known format' % f)
            continue
        if ld.unparsed_head:
            E('%s: %d leading lines without timestamp' % (f, ld.unparsed_head))
        if ld.bad_parse:
            E('%s: %d lines matched a format but their time did not parse' % (f, ld.bad_parse))
        back = 0
        mx = None
        for t in ld.ts:
            if t is None:
                continue
            if mx is not None and t < mx - 2 * US:
                back += 1
            if mx is None or t > mx:
                mx = t
        if back:
            E('%s: %d lines go back in time by more than 2 s' % (f, back))
    if not 50000 <= total <= 150000:
        E('%d physical lines (want 50k-150k)' % total)
    parsed = {f: l for f, l in logs.items() if l.first is not None}
    if not parsed:
        return None
    w0 = min(l.first for l in parsed.values())
    w1 = max(l.last for l in parsed.values())
    if not 2 * 60 - 3 <= (w1 - w0) / MINUTE <= 8 * 60 + 3:
        E('window %.1f min not in 2-8 h' % ((w1 - w0) / MINUTE))
    if time.gmtime(w0 // US)[0] != time.gmtime(w1 // US)[0]:
        E('window crosses a year boundary')
    # incidents: schema
    good = []
    for i, inc in enumerate(incs):
        if not isinstance(inc, dict) or set(inc) != {'kind', 'file', 'start', 'end', 'description'}:
            E('incident %d: bad keys' % i)
            continue
        if inc['kind'] not in KINDS:
            E('incident %d: unknown kind %r' % (i, inc['kind']))
            continue
        if inc['file'] not in logs:
            E('incident %d: file %r missing' % (i, inc['file']))
            continue
        s = parse_iso_truth(inc['start'])
        e = parse_iso_truth(inc['end'])
        if s is None or e is None or e < s:
            E('incident %d: bad start/end' % i)
            continue
        if not isinstance(inc['description'], str) or len(inc['description']) < 10:
            E('incident %d: description' % i)
        kinds_seen.add(inc['kind'])
        good.append((inc['kind'], inc['file'], s, e))
    stopped = {f for k, f, s, e in good if k == 'silence' and logs[f].last is not None and logs[f].last < e - 5 * MINUTE}
    for f, l in parsed.items():
        if l.first - w0 > 3 * MINUTE:
            E('%s starts %.1f min after the window start' % (f, (l.first - w0) / MINUTE))
        if w1 - l.last > 3 * MINUTE and f not in stopped:
            E('%s ends %.1f min before the window end' % (f, (w1 - l.last) / MINUTE))
    byfile = {}
    for g in good:
        byfile.setdefault(g[1], []).append(g)
    for f, lst in byfile.items():
        lst.sort(key=lambda g: g[2])
        for a, b in zip(lst, lst[1:]):
            if b[2] <= a[3]:
                E('%s: incidents %s and %s overlap' % (f, a[0], b[0]))
    for g in good:
        check_incident(g, logs[g[1]], byfile[g[1]], E)
    # signature lines must only appear inside matching incident windows
    for f, ld in logs.items():
        wins = {k: [(s - 2 * US, e + 2 * US) for kk, ff, s, e in byfile.get(f, []) if kk == k] for k in SIG}
        for k in SIG:
            stray = 0
            example = None
            for i in ld.lines_with(k):
                t = ld.ts[i] or 0
                if not any(a <= t <= b for a, b in wins[k]):
                    stray += 1
                    example = example or ld.text[i][:140]
            if stray:
                E('%s: %d %s signature line(s) outside any %s incident, e.g. %r' % (f, stray, k, k, example))
    return truth['healthy']


def windows_excluding(others, pad):
    return [(s - pad, e + pad) for _, _, s, e in others]


def inside(t, ivs):
    for a, b in ivs:
        if a <= t <= b:
            return True
    return False


VERBOSE = []


def note(msg):
    if VERBOSE:
        print('    ' + msg)


def check_incident(g, ld, same_file, E):
    kind, f, s, e = g
    tag = '%s %s [%s]' % (kind, f, '%d-%d' % (s // US, e // US))
    if ld.first is None:
        return
    if s < ld.first + 35 * MINUTE:
        E('%s starts %.1f min after the file\'s first line (<35)' % (tag, (s - ld.first) / MINUTE))
    excl = windows_excluding(same_file, 2 * MINUTE)
    ts, tx = ld.ts, ld.text
    dur_min = max((e - s) / MINUTE, 1 / 60.0)
    file_min = (ld.last - ld.first) / MINUTE

    def base_rate(key):
        n = 0
        for i in ld.lines_with(key):
            t = ts[i]
            if t is not None and not inside(t, excl):
                n += 1
        excl_min = sum(min(b, ld.last) - max(a, ld.first) for a, b in excl if b > ld.first and a < ld.last) / MINUTE
        return n / max(1.0, file_min - excl_min)

    def in_count(key, pad=US):
        return sum(1 for i in ld.lines_with(key) if ts[i] is not None and s - pad <= ts[i] <= e + pad)

    if kind in ('error_burst', 'retry_storm'):
        n = in_count(kind)
        rate = n / dur_min
        br = base_rate(kind)
        need_n, need_x = (20, 3.0) if kind == 'error_burst' else (100, 4.0)
        note('%s: %d lines, %.1f/min vs base %.2f/min' % (tag, n, rate, br))
        if n < need_n or rate < need_x * br:
            E('%s not visible: %d matching lines (%.1f/min) vs baseline %.2f/min' % (tag, n, rate, br))
    elif kind == 'new_error':
        occ = {}
        for t, c in zip(ts, tx):
            if t is None:
                continue
            k = RX_NORM.sub('#', RX_URL.sub('URL', c))
            o = occ.get(k)
            if o is None:
                occ[k] = [t, t, 1, 0]
            else:
                if t < o[0]:
                    o[0] = t
                if t > o[1]:
                    o[1] = t
                o[2] += 1
            if not (s - US <= t <= e + US):
                occ[k][3] += 1
        ok = [k for k, (a, b, n, out) in occ.items()
              if out == 0 and n >= 6 and a <= s + 2 * MINUTE and b >= e - 2 * MINUTE]
        if not ok:
            E('%s: no new line template confined to the window' % tag)
        else:
            note('%s: %d confined template(s), e.g. %r' % (tag, len(ok), ok[0][:120]))
    elif kind == 'latency_shift':
        ins, base = [], []
        far = windows_excluding(same_file, 5 * MINUTE)
        for t, c in zip(ts, tx):
            if t is None:
                continue
            v = latency_of(ld.fmt, c)
            if v is None:
                continue
            if s + 2 * MINUTE <= t <= e:
                ins.append(v)
            elif not inside(t, far):
                base.append(v)
        if len(ins) < 30 or len(base) < 100:
            E('%s: too few latency samples (%d in, %d base)' % (tag, len(ins), len(base)))
        else:
            mi, mb = statistics.median(ins), statistics.median(base)
            note('%s: median %.1f vs %.1f (x%.2f, n=%d)' % (tag, mi, mb, mi / mb, len(ins)))
            if mi < 2.0 * mb:
                E('%s: median latency %.1f vs baseline %.1f (<2x)' % (tag, mi, mb))
    elif kind == 'http_5xx':
        n5 = ni = b5 = bn = 0
        for t, c in zip(ts, tx):
            if t is None:
                continue
            st = status_of(ld.fmt, c)
            if st is None:
                continue
            if s <= t <= e:
                ni += 1
                n5 += 500 <= st <= 599
            elif not inside(t, excl):
                bn += 1
                b5 += 500 <= st <= 599
        if ni < 100 or bn < 100:
            E('%s: too few status samples (%d in, %d base)' % (tag, ni, bn))
        else:
            si, sb = n5 / ni, b5 / bn
            note('%s: 5xx %.2f%% vs %.2f%%' % (tag, 100 * si, 100 * sb))
            if si < 0.03 or si < 3 * sb:
                E('%s: 5xx share %.2f%% vs baseline %.2f%%' % (tag, 100 * si, 100 * sb))
    elif kind == 'traffic_flood':
        n_in = sum(1 for t in ts if t is not None and s <= t <= e)
        near = 0
        near_min = 0.0
        for a, b in ((s - 30 * MINUTE, s - 2 * MINUTE), (e + 2 * MINUTE, e + 30 * MINUTE)):
            a = max(a, ld.first)
            b = min(b, ld.last)
            if b <= a:
                continue
            near += sum(1 for t in ts if t is not None and a <= t <= b and not inside(t, excl))
            near_min += (b - a) / MINUTE
        if near_min < 10:
            E('%s: no baseline around the flood' % tag)
        else:
            note('%s: %.0f/min vs %.0f/min (x%.2f)' % (tag, n_in / dur_min, near / near_min,
                                                      n_in / dur_min / max(near / near_min, 1e-9)))
        if near_min >= 10 and n_in / dur_min < 1.8 * near / near_min:
            E('%s: volume %.0f/min vs %.0f/min around it (<1.8x)' % (tag, n_in / dur_min, near / near_min))
    elif kind == 'silence':
        n_in = sum(1 for t in ts if t is not None and s <= t < e)
        if n_in:
            E('%s: %d lines inside the silent gap' % (tag, n_in))
        before = sum(1 for t in ts if t is not None and s - 30 * MINUTE <= t < s)
        note('%s: gap %.1f min, %.1f lines/min before' % (tag, dur_min, before / 30.0))
        if before / 30.0 * dur_min < 15:
            E('%s: file too quiet for the silence to be visible (%.2f lines/min)' % (tag, before / 30.0))
    elif kind in SIG:
        idx = [i for i in ld.lines_with(kind) if ts[i] is not None and s - US <= ts[i] <= e + US]
        if not idx:
            E('%s: no signature line in the window' % tag)
            return
        note('%s: %d signature lines, first %r' % (tag, len(idx), tx[idx[0]][:100]))
        if kind == 'disk_full':
            span = (ts[idx[-1]] - ts[idx[0]]) / MINUTE
            if len(idx) < 4 or span < 5:
                E('%s: only %d signature lines over %.1f min' % (tag, len(idx), span))
        else:
            first = idx[0]
            ok = any(RX_RESTART.search(tx[i]) for i in range(first + 1, len(ts))
                     if ts[i] is not None and ts[i] <= e + US)
            if not ok:
                E('%s: no restart banner after the crash inside the window' % tag)


def main(argv):
    if '--verbose' in argv:
        VERBOSE.append(1)
        argv = [a for a in argv if a != '--verbose']
    if len(argv) != 2:
        sys.stderr.write('usage: check.py OUTDIR [--verbose]\n')
        return 2
    out = argv[1]
    errs = []
    want = ['s%02d' % i for i in range(1, 11)]
    have = sorted(d for d in os.listdir(out) if os.path.isdir(os.path.join(out, d)))
    if have != want:
        errs.append('scenario dirs %s (want s01..s10)' % have)
    healthy = 0
    kinds = set()
    for d in want:
        p = os.path.join(out, d)
        if not os.path.isdir(p):
            continue
        if VERBOSE:
            print(d)
        h = check_scenario(p, errs, kinds)
        healthy += 1 if h else 0
    if healthy != 2:
        errs.append('%d healthy scenarios (want exactly 2)' % healthy)
    missing = KINDS - kinds
    if missing:
        errs.append('incident kinds never used: %s' % sorted(missing))
    if errs:
        print('FAIL: %d violation(s)' % len(errs))
        for e in errs:
            print('  - ' + e)
        return 1
    print('OK: %s passes (10 scenarios, 2 healthy, %d incident kinds)' % (out, len(kinds)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
