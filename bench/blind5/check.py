#!/usr/bin/env python3
"""Independent sanity check of a blind5 bundle (does not import the generator).

usage: python3 check.py OUTDIR        exit 0 = OK, 1 = violations found
"""
import calendar
import json
import os
import re
import statistics
import sys
from collections import Counter

US = 1_000_000
MIN = 60 * US
KINDS = {'error_burst', 'silence', 'retry_storm', 'latency_shift', 'oom_kill', 'panic', 'disk_full',
         'http_5xx', 'new_error', 'traffic_flood'}
INJECTED = {'error_burst', 'retry_storm', 'new_error', 'disk_full', 'oom_kill', 'panic'}
MONS = {m: i + 1 for i, m in enumerate(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])}
ISO_MS_Z = re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$')
TZDECL = re.compile(r'TZ=([A-Za-z_/+\-0-9]+) \(UTC([+-])(\d\d):(\d\d)\)')

_tg = {}


def timegm(y, mo, d, h, mi, s):
    k = (y, mo, d, h)
    b = _tg.get(k)
    if b is None:
        b = calendar.timegm((y, mo, d, h, 0, 0))
        _tg[k] = b
    return b + mi * 60 + s


def frac_us(f):
    if not f:
        return 0
    return int((f + '000000')[:6])


def off_hhmm(z):
    if z in (None, '', 'Z', 'UTC'):
        return 0
    z = z.replace(':', '')
    m = int(z[1:3]) * 60 + int(z[3:5])
    return m if z[0] == '+' else -m


# Each parser: (regex, kind, extractor) ; extractor(m) -> (y, mo, d, h, mi, s, us, zone) where zone is
# None for zone-less stamps; y is None for yearless stamps.  Returns precision in µs as well.
def _iso(m, zi=None, fi=7):
    g = m.groups()
    return (int(g[0]), int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5]),
            frac_us(g[fi - 1] if fi else None), g[zi - 1] if zi else None)


P = [
    ('cri', re.compile(r'^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d) (?:stdout|stderr) [PF] '),
     lambda m: _iso(m, 8, 7), 1),
    ('jvm', re.compile(r'^\[(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})([+-]\d{4})\]'), lambda m: _iso(m, 8, 7), 1000),
    ('ruby', re.compile(r'^[DIWEFAU], \[(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{6}) #\d+\]'), lambda m: _iso(m, None, 7), 1),
    ('dotnet', re.compile(r'^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)\.(\d{3})([+-]\d\d:\d\d)? (?:trce|dbug|info|warn|fail|crit): '),
     lambda m: _iso(m, 8, 7), 1000),
    ('dotnet2', re.compile(r'^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\] (?:trce|dbug|info|warn|fail|crit): '),
     lambda m: _iso(m, None, None), US),
    ('golog', re.compile(r'^(?:[\w.-]+: )?(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{6}))? '), lambda m: _iso(m, None, 7), 1),
    ('redis', re.compile(r'^\d+:[XCSM] (\d\d) (\w{3}) (\d{4}) (\d\d):(\d\d):(\d\d)\.(\d{3}) [.\-*#] '),
     lambda m: (int(m.group(3)), MONS[m.group(2)], int(m.group(1)), int(m.group(4)), int(m.group(5)), int(m.group(6)),
                frac_us(m.group(7)), None), 1000),
    ('epoch', re.compile(r'^(\d{10}): '), None, US),
    ('crdb', re.compile(r'^[IWEF](\d\d)(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{6}) \d+ '),
     lambda m: (2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)), int(m.group(6)),
                frac_us(m.group(7)), 'Z'), 1),
    ('klog', re.compile(r'^[IWEF](\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{6}) +\d+ \S+:\d+\] '),
     lambda m: (None, int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)),
                frac_us(m.group(6)), None), 1),
    ('pm2', re.compile(r'^(?:\d+|PM2)\s*\|[^|]*\| (\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(?:\.(\d{3}) ([+-]\d\d:\d\d))?: '),
     lambda m: _iso(m, 8, 7), US),
    ('airflow_c', re.compile(r'^\[(\d{4})-(\d\d)-(\d\d), (\d\d):(\d\d):(\d\d) (UTC)\] \{'), lambda m: _iso(m, 7, None), US),
    ('airflow_i', re.compile(r'^\[(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})([+-]\d{4})\] \{'), lambda m: _iso(m, 8, 7), 1000),
    ('bracket_ms', re.compile(r'^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3})[\]:]'), lambda m: _iso(m, None, 7), 1000),
    ('log4j', re.compile(r'^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) '), lambda m: _iso(m, None, 7), 1000),
    ('isocolon', re.compile(r'^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d): '), lambda m: _iso(m, None, None), US),
    ('syslog', re.compile(r'^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \d]\d) (\d\d):(\d\d):(\d\d) \S+ '),
     lambda m: (None, MONS[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)), 0, None), US),
    ('rsyslog', re.compile(r'^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?([+-]\d\d:\d\d) \S+ '), lambda m: _iso(m, 8, 7), 1),
    ('clf', re.compile(r'^\S+(?:, \S+)* - \S+ \[(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\]'),
     lambda m: (int(m.group(3)), MONS[m.group(2)], int(m.group(1)), int(m.group(4)), int(m.group(5)), int(m.group(6)), 0, m.group(7)), US),
    ('puma_shutdown', re.compile(r'^=== puma shutdown: (\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) ([+-]\d{4}) ==='),
     lambda m: _iso(m, 7, None), US),
]

CRI_PAYLOAD = re.compile(r'^\S+ (?:stdout|stderr) [PF] ')

# ---- metrics ---------------------------------------------------------------
STATUS_RES = [re.compile(r'HTTP/[\d.]+" (\d{3}) '), re.compile(r'Request finished HTTP/\S+ \S+ \S+ - (\d{3}) '),
              re.compile(r'"statusCode":(\d{3})'), re.compile(r'"status":(\d{3})'),
              re.compile(r'\b(?:GET|POST|PUT|PATCH|DELETE|HEAD) /\S* (?:-> )?(\d{3}) ')]
GODUR = re.compile(r' (\d+(?:\.\d+)?)(ns|\u00b5s|us|ms|s)(?:,| \(|\)|$)')
LAT_RES = [
    (re.compile(r'" \d+ (\d+\.\d{3}) \['), 1000.0),                      # ingress request_time
    (re.compile(r'HTTP/[\d.]+" \d{3} (?:\d+|-) (\d+\.\d{4})$'), 1000.0),   # Rack CommonLogger
    (re.compile(r'Request finished .* (\d+\.\d{4})ms$'), 1.0),            # .NET
    (re.compile(r'"responseTime":(\d+)'), 1.0),                           # pino
    (re.compile(r'"duration":([\d.e-]+)'), 1000.0),                       # zap
    (re.compile(r' - (\d+\.\d{3}) ms$'), 1.0),                            # morgan tiny
    (re.compile(r'Pause (?:Young|Remark|Cleanup)\b.* (\d+\.\d{3})ms$'), 1.0),   # JVM GC
    (re.compile(r'" (?:NOERROR|NXDOMAIN|SERVFAIL|REFUSED) \S+ \d+ (\d+\.\d+)s$'), 1000.0),  # CoreDNS
    (re.compile(r'\] \S+ \S+/\S+ -?\d+/-?\d+/(\d+) \d+ '), 1.0),          # HAProxy Tt
    (re.compile(r'run_duration=([\d.]+)'), 1000.0),                      # Airflow
    (re.compile(r'succeeded in ([\d.e-]+)s:'), 1000.0),                   # Celery
]
GO_UNIT = {'ns': 1e-6, '\u00b5s': 1e-3, 'us': 1e-3, 'ms': 1.0, 's': 1000.0}

ERRISH = re.compile(r'(?<![A-Za-z])(?i:error|exception)s?\b|(?<=[A-Za-z])(?:Error|Exception)\b'
                    r'|\b(?i:fail(?:ed|ure|s)?|fatal|panic|traceback|timed out|refused|unavailable|servfail|deadlock|denied|drop(?:ping|ped)?)\b'
                    r'|i/o timeout|timeout, |^\s+at |^\tat |^E, |^[WEF]\d{4}|\bWARN|\bfail: |\s[sS][CD] \d+/|^\d+:[MCSX] \d\d \w{3} \d{4} [\d:.]+ # ')
RETRYISH = re.compile(r'(?i)retr(?:y|ying|ies|ied)|attempt|backoff|reconnect|already connected|up_for_retry')
SIG = {
    'panic': re.compile(r'^(?:panic: |fatal error: )|^goroutine \d+ \[running\]:'),
    'oom_kill': re.compile(r'Out of memory|oom-kill|oom_reaper|invoked oom-killer|JavaScript heap out of memory|OutOfMemoryError'),
    'disk_full': re.compile(r'(?i)no space left on device|ENOSPC'),
}
GCFULL = re.compile(r'Pause Full \([^)]*\) (\d+)M->(\d+)M\((\d+)M\)')
MASK_UUID = re.compile(r'[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}')
MASK_HEX = re.compile(r'\b0x[0-9a-fA-F]+\b|\b[0-9a-fA-F]{8,}\b')
MASK_NUM = re.compile(r'\d+')


def template(s):
    s = MASK_UUID.sub('#', s)
    s = MASK_HEX.sub('#', s)
    return MASK_NUM.sub('#', s)


class FileData:
    pass


def parse_file(path, year_hint):
    fd = FileData()
    fd.name = os.path.basename(path)
    with open(path, encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    fd.nlines = len(lines)
    off = 0
    for l in lines[:400]:
        m = TZDECL.search(l)
        if m:
            off = (int(m.group(3)) * 60 + int(m.group(4))) * (1 if m.group(2) == '+' else -1)
            break
    fd.decl_off = off
    times = [None] * len(lines)   # own timestamp (µs) or None
    prec = [0] * len(lines)
    payload = lines
    last = 0
    years = Counter()
    pend_yearless = []
    for i, l in enumerate(lines):
        res = None
        order = [last] + [k for k in range(len(P)) if k != last]
        for k in order:
            name, rx, fn, pr = P[k]
            m = rx.match(l)
            if m:
                last = k
                if name == 'epoch':
                    times[i] = int(m.group(1)) * US
                    prec[i] = US
                    res = True
                    break
                y, mo, d, h, mi, s, us, z = fn(m)
                if y is None:
                    pend_yearless.append((i, mo, d, h, mi, s, us, pr))
                else:
                    years[y] += 1
                    zo = off if z is None else off_hhmm(z)
                    times[i] = (timegm(y, mo, d, h, mi, s) - zo * 60) * US + us
                    prec[i] = pr
                res = True
                break
    fd.years = years
    fd.pend = pend_yearless
    fd.lines = lines
    fd.times = times
    fd.prec = prec
    return fd


def finish_file(fd, year):
    for i, mo, d, h, mi, s, us, pr in fd.pend:
        fd.times[i] = (timegm(year, mo, d, h, mi, s) - fd.decl_off * 60) * US + us
        fd.prec[i] = pr
    # inherited times and payloads
    eff = []
    cur = None
    pay = []
    for i, l in enumerate(fd.lines):
        if fd.times[i] is not None:
            cur = fd.times[i]
        eff.append(cur)
        m = CRI_PAYLOAD.match(l)
        pay.append(l[m.end():] if m else l)
    fd.eff = eff
    fd.pay = pay
    ts = [t for t in fd.times if t is not None]
    fd.first = ts[0] if ts else None
    fd.last = ts[-1] if ts else None
    fd.stamped = len(ts)


def iso_to_us(s):
    y, mo, d = int(s[0:4]), int(s[5:7]), int(s[8:10])
    h, mi, se = int(s[11:13]), int(s[14:16]), int(s[17:19])
    ms = int(s[20:23])
    return calendar.timegm((y, mo, d, h, mi, se)) * US + ms * 1000


def fmt(us):
    import time
    return time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(us // US)) + '.%03dZ' % (us % US // 1000)


def latency(p):
    for rx, mul in LAT_RES:
        m = rx.search(p)
        if m:
            return float(m.group(1)) * mul
    if STATUS_RES[4].search(p) or STATUS_RES[0].search(p):
        ms = GODUR.findall(p)
        if ms:
            v, u = ms[-1]
            return float(v) * GO_UNIT[u]
    return None


def status(p):
    for rx in STATUS_RES:
        m = rx.search(p)
        if m:
            return int(m.group(1))
    return None


def check_scenario(d, errs, info):
    sid = os.path.basename(d)
    E = lambda msg: errs.append('%s: %s' % (sid, msg))
    tp = os.path.join(d, 'truth.json')
    if not os.path.exists(tp):
        E('missing truth.json')
        return None
    try:
        truth = json.load(open(tp, encoding='utf-8'))
    except Exception as e:
        E('truth.json unreadable: %s' % e)
        return None
    if set(truth) != {'incidents', 'healthy'}:
        E('truth.json keys %s' % sorted(truth))
    incs = truth.get('incidents', [])
    if truth.get('healthy') is not (len(incs) == 0):
        E('healthy flag inconsistent')
    if not (len(incs) == 0 or 1 <= len(incs) <= 3):
        E('%d incidents' % len(incs))
    files = sorted(f for f in os.listdir(d) if f != 'truth.json')
    if not 3 <= len(files) <= 6:
        E('%d log files' % len(files))
    fds = {}
    years = Counter()
    for f in files:
        fd = parse_file(os.path.join(d, f), None)
        fds[f] = fd
        years.update(fd.years)
    if not years:
        E('no year-bearing timestamps')
        return None
    year = years.most_common(1)[0][0]
    total = 0
    for f, fd in fds.items():
        finish_file(fd, year)
        total += fd.nlines
        if fd.first is None:
            E('%s: no timestamps parsed' % f)
            continue
        first_idx = next(i for i, t in enumerate(fd.times) if t is not None)
        if first_idx > 40:
            E('%s: first timestamp only on line %d' % (f, first_idx + 1))
        if fd.stamped < 0.25 * fd.nlines:
            E('%s: only %d/%d lines carry a parseable timestamp' % (f, fd.stamped, fd.nlines))
        # time order (tolerance: 1 s + coarsest precision)
        prev = None
        bad = 0
        for i, t in enumerate(fd.times):
            if t is None:
                continue
            if prev is not None and t < prev - US - fd.prec[i]:
                bad += 1
                if bad <= 3:
                    E('%s:%d: time goes backwards (%s after %s)' % (f, i + 1, fmt(t), fmt(prev)))
            prev = t if prev is None else max(prev, t)
    if not 50000 <= total <= 150000:
        E('total physical lines %d outside 50k-150k' % total)
    for inc in incs:
        if set(inc) != {'kind', 'file', 'start', 'end', 'description'}:
            E('incident keys %s' % sorted(inc))
        if inc.get('kind') not in KINDS:
            E('bad kind %r' % inc.get('kind'))
        if inc.get('file') not in fds:
            E('incident file %r missing' % inc.get('file'))
        for k in ('start', 'end'):
            if not ISO_MS_Z.match(str(inc.get(k, ''))):
                E('bad %s %r' % (k, inc.get(k)))
    if errs and any(e.startswith(sid + ': bad') or 'missing' in e for e in errs):
        return None
    wins = [(inc, iso_to_us(inc['start']), iso_to_us(inc['end'])) for inc in incs]
    to_end_files = set()
    for inc, s, e in wins:
        fd = fds[inc['file']]
        if inc['kind'] == 'silence' and e >= fd.last:
            to_end_files.add(inc['file'])
    firsts = [fd.first for f, fd in fds.items() if fd.first is not None]
    lasts = [fd.last for f, fd in fds.items() if fd.last is not None and f not in to_end_files]
    if firsts and max(firsts) - min(firsts) > 5 * MIN:
        E('file starts spread over %.1f min' % ((max(firsts) - min(firsts)) / MIN))
    if lasts and max(lasts) - min(lasts) > 5 * MIN:
        E('file ends spread over %.1f min' % ((max(lasts) - min(lasts)) / MIN))
    span = (max(lasts) - min(firsts)) / MIN if firsts and lasts else 0
    if not 115 <= span <= 485:
        E('window %.0f min outside 2-8 h' % span)
    # overlap inside one file
    for a in range(len(wins)):
        for b in range(a + 1, len(wins)):
            ia, sa, ea = wins[a]
            ib, sb, eb = wins[b]
            if ia['file'] == ib['file'] and sa < eb and sb < ea:
                E('overlapping incidents in %s' % ia['file'])
    # signature lines must sit inside windows of their kind
    for f, fd in fds.items():
        fw = [(inc, s, e) for inc, s, e in wins if inc['file'] == f]
        for kind, rx in SIG.items():
            kw = [(s, e) for inc, s, e in fw if inc['kind'] == kind]
            for i, p in enumerate(fd.pay):
                if rx.search(p):
                    t = fd.eff[i]
                    if t is None or not any(s - US <= t <= e + US for s, e in kw):
                        E('%s:%d: %s signature outside any %s window: %s' % (f, i + 1, kind, kind, p[:120]))
                        break
        okw = [(s, e) for inc, s, e in fw if inc['kind'] == 'oom_kill']
        for i, p in enumerate(fd.pay):
            m = GCFULL.search(p)
            if m and int(m.group(2)) >= 0.95 * int(m.group(3)):
                t = fd.eff[i]
                if not any(s - US <= t <= e + US for s, e in okw):
                    E('%s:%d: heap-exhausted Full GC outside oom_kill window' % (f, i + 1))
                    break
    for inc, s, e in wins:
        check_incident(sid, inc, s, e, fds[inc['file']], wins, E, info)
    return year


def in_other(t, f, wins, me):
    return any(w[0] is not me and w[0]['file'] == f and w[1] - 5 * MIN <= t <= w[2] + 5 * MIN for w in wins)


def check_incident(sid, inc, s, e, fd, wins, E, info):
    k = inc['kind']
    f = inc['file']
    tag = '%s %s [%s..%s]' % (f, k, inc['start'], inc['end'])
    if e < s:
        E('%s: end before start' % tag)
        return
    if s < fd.first + 35 * MIN:
        E('%s: starts %.1f min after file start (<35)' % (tag, (s - fd.first) / MIN))
    if k != 'silence' and e > fd.last + US:
        E('%s: ends after the last line of the file' % tag)
    T = fd.eff
    idx_in = [i for i, t in enumerate(T) if t is not None and s - US <= t <= e + US]
    if k in INJECTED:
        near_s = any(fd.times[i] is not None and abs(fd.times[i] - s) <= US + fd.prec[i] for i in idx_in[:200])
        near_e = any(fd.times[i] is not None and abs(fd.times[i] - e) <= US + fd.prec[i] for i in idx_in[-400:])
        if not near_s:
            E('%s: no line at the incident start' % tag)
        if not near_e:
            E('%s: no line at the incident end' % tag)
    if k in SIG:
        n = sum(1 for i in idx_in if SIG[k].search(fd.pay[i]))
        if k == 'oom_kill':
            n += sum(1 for i in idx_in if (lambda m: m and int(m.group(2)) >= 0.95 * int(m.group(3)))(GCFULL.search(fd.pay[i])))
        if n == 0:
            E('%s: no %s signature lines inside the window' % (tag, k))
        info.append('%s %s: %d signature lines' % (sid, tag, n))
    dur_min = max((e - s) / MIN, 0.5)
    base_idx = [i for i, t in enumerate(T) if t is not None and not (s - 5 * MIN <= t <= e + 5 * MIN) and not in_other(t, f, wins, inc)]
    base_min = max(1.0, (fd.last - fd.first) / MIN - dur_min - 10)
    if k == 'error_burst':
        n_in = sum(1 for i in idx_in if ERRISH.search(fd.pay[i]))
        n_out = sum(1 for i in base_idx if ERRISH.search(fd.pay[i]))
        r_in, r_out = n_in / dur_min, n_out / base_min
        info.append('%s %s: %d error-ish lines (%.1f/min vs baseline %.2f/min)' % (sid, tag, n_in, r_in, r_out))
        if n_in < 10 or r_in < 4 * r_out + 1:
            E('%s: error-ish rate not elevated (%d lines, %.2f/min vs %.2f/min)' % (tag, n_in, r_in, r_out))
    elif k == 'retry_storm':
        n_in = sum(1 for i in idx_in if RETRYISH.search(fd.pay[i]))
        n_out = sum(1 for i in base_idx if RETRYISH.search(fd.pay[i]))
        r_in, r_out = n_in / dur_min, n_out / base_min
        info.append('%s %s: %d retry lines (%.1f/min vs baseline %.2f/min)' % (sid, tag, n_in, r_in, r_out))
        if n_in < 40 or r_in < 5 * r_out + 2:
            E('%s: retry rate not elevated (%d lines, %.2f/min vs %.2f/min)' % (tag, n_in, r_in, r_out))
    elif k == 'new_error':
        before = set()
        for i, t in enumerate(T):
            if t is not None and t < s:
                before.add(template(fd.pay[i]))
        cnt = Counter()
        for i in idx_in:
            p = fd.pay[i]
            if ERRISH.search(p):
                tt = template(p)
                if tt not in before:
                    cnt[tt] += 1
        best = cnt.most_common(1)
        info.append('%s %s: new error template x%d' % (sid, tag, best[0][1] if best else 0))
        if not best or best[0][1] < 5:
            E('%s: no new error template recurring in the window' % tag)
    elif k == 'silence':
        inside = [i for i, t in enumerate(fd.times) if t is not None and s <= t < e]
        if inside:
            E('%s: %d lines inside the silence, e.g. line %d' % (tag, len(inside), inside[0] + 1))
        if e - s < 10 * MIN:
            E('%s: silence shorter than 10 min' % tag)
        pre = sum(1 for t in fd.times if t is not None and s - 30 * MIN <= t < s)
        if pre < 60:
            E('%s: file not busy before the silence (%d lines in 30 min)' % (tag, pre))
        after = [t for t in fd.times if t is not None and t >= e]
        if after and after[0] - e > 3 * MIN:
            E('%s: first line after the silence comes %.1f min after its end' % (tag, (after[0] - e) / MIN))
        info.append('%s %s: %d lines in 30 min before, %s after' % (sid, tag, pre, 'resumes' if after else 'never resumes'))
    elif k == 'latency_shift':
        lin = [latency(fd.pay[i]) for i in idx_in]
        lin = [x for x in lin if x is not None]
        lout = [latency(fd.pay[i]) for i in base_idx]
        lout = [x for x in lout if x is not None]
        if len(lin) < 20 or len(lout) < 50:
            E('%s: too few latency samples (%d in, %d out)' % (tag, len(lin), len(lout)))
        else:
            mi, mo = statistics.median(lin), statistics.median(lout)
            info.append('%s %s: median latency %.3f vs %.3f (x%.1f, n=%d)' % (sid, tag, mi, mo, mi / mo, len(lin)))
            if mi < 2.0 * mo:
                E('%s: median latency only x%.2f' % (tag, mi / mo))
    elif k == 'http_5xx':
        sin = [status(fd.pay[i]) for i in idx_in]
        sin = [x for x in sin if x is not None]
        sout = [status(fd.pay[i]) for i in base_idx]
        sout = [x for x in sout if x is not None]
        if len(sin) < 50:
            E('%s: too few status samples in window (%d)' % (tag, len(sin)))
        else:
            a = sum(1 for x in sin if x >= 500) / len(sin)
            b = sum(1 for x in sout if x >= 500) / max(1, len(sout))
            info.append('%s %s: 5xx share %.2f%% vs %.2f%%' % (sid, tag, 100 * a, 100 * b))
            if a < 0.03 or a < 3 * b:
                E('%s: 5xx share not elevated (%.2f%% vs %.2f%%)' % (tag, 100 * a, 100 * b))
    elif k == 'traffic_flood':
        n_in = sum(1 for i in idx_in if fd.times[i] is not None)
        pre = [0] * 60
        for t in fd.times:
            if t is not None and s - 60 * MIN <= t < s:
                pre[int((t - (s - 60 * MIN)) // MIN)] += 1
        med = statistics.median(pre)
        r = n_in / dur_min
        info.append('%s %s: %.0f lines/min vs %.0f before' % (sid, tag, r, med))
        if r < 1.8 * max(med, 1):
            E('%s: volume not elevated (%.1f/min vs median %.1f/min before)' % (tag, r, med))


def main():
    if len(sys.argv) != 2:
        sys.stderr.write(__doc__)
        sys.exit(2)
    root = sys.argv[1]
    errs, info = [], []
    if not os.path.isdir(root):
        print('VIOLATION %s is not a directory' % root)
        sys.exit(1)
    dirs = sorted(x for x in os.listdir(root) if os.path.isdir(os.path.join(root, x)))
    if dirs != ['s%02d' % i for i in range(1, 11)]:
        errs.append('scenario dirs: %s' % dirs)
    healthy = 0
    years = []
    for x in dirs:
        y = check_scenario(os.path.join(root, x), errs, info)
        try:
            t = json.load(open(os.path.join(root, x, 'truth.json')))
            healthy += 1 if t.get('healthy') else 0
        except Exception:
            pass
        if y:
            years.append(y)
            if not 2019 <= y <= 2026:
                errs.append('%s: year %d' % (x, y))
    if healthy != 2:
        errs.append('%d healthy scenarios (expected 2)' % healthy)
    if years and all(y == 2026 for y in years):
        errs.append('all scenarios are in 2026')
    verbose = os.environ.get('BLIND5_VERBOSE')
    if verbose:
        for l in info:
            print('  ' + l)
    for e in errs:
        print('VIOLATION ' + e)
    print('%s: %d scenarios, %d violations' % (root, len(dirs), len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
