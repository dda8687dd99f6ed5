#!/usr/bin/env python3
"""Independent checker for blind20 bundles.

usage: python3 check.py OUTDIR [--verbose]

It re-parses every file with its own regular expressions (nothing is
imported from gen.py or the fmt_* modules) and checks file/line counts,
time stamps (inside the window, forward-only where the software guarantees
it, both edges covered), gzip headers, CRLF, truth.json shape and spacing
rules, that every planted incident is visible in its window, and that
crash / OOM / disk-full wording appears nowhere outside planted windows.
"""
import calendar
import datetime
import gzip
import json
import os
import re
import statistics
import sys
import zoneinfo

KINDS = ['error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx',
         'traffic_flood', 'silence', 'oom_kill', 'disk_full', 'panic']
DUR = {'error_burst': (5, 20), 'new_error': (5, 20), 'retry_storm': (5, 15), 'latency_shift': (10, 30),
       'http_5xx': (5, 20), 'traffic_flood': (5, 15), 'silence': (10, 40), 'disk_full': (3, 8),
       'oom_kill': (1, 7), 'panic': (1, 7)}
MON = {m: i + 1 for i, m in enumerate(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])}
MONU = {k.upper(): v for k, v in MON.items()}
MN = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
MNU = MN.upper()

OOM_RE = re.compile(r'OutOfMemoryError|GC overhead limit exceeded|Java heap space|JVMDUMP\d+I|oom-killer|[Oo]ut of memory')
PANIC_RE = re.compile(r'SIGSEGV|[Ss]egmentation (?:fault|violation)|SEGVIO|A fatal error has been detected|hs_err_pid|'
                      r'[Cc]ore dump|signal 11|ABEND S0C4|ASRA|AB/S00C4|DFHAP0001|DFHKE1800|ABNORMAL TERMINATION|'
                      r'IEA995I|panic:|Kernel panic|Program aborted')
DISK_RE = re.compile(r'No space left on device|ENOSPC|[Dd]isk full|disk space|not enough space on the disk|filegroup is full|'
                     r'is full due to|file system full|errno 28|errno = 28|[BDE]37-04|ABEND=S[BDE]37|SHORTAGE OF TGS|'
                     r'insufficient disk space')
CLS = {'oom_kill': OOM_RE, 'panic': PANIC_RE, 'disk_full': DISK_RE}


# format key -> (regex, kind, converter(m) -> (tuple(Y,M,D,h,m,s), frac, offset_seconds or None))
def _off(s):
    s = s.replace(':', '')
    sg = -1 if s[0] == '-' else 1
    return sg * (int(s[1:3]) * 3600 + int(s[3:5]) * 60)


def _tib_off(h, m):
    v = abs(int(h)) * 3600 + (int(m) * 60 if m else 0)
    return -v if h.startswith('-') else v


def _h12(h, ap):
    h = int(h) % 12
    return h + 12 if ap == 'PM' else h


TS = {
    'zos_syslog': (re.compile(r'^[NMWXDE][ CRI][0-9A-F]{7} \S+\s+(\d\d)(\d{3}) (\d\d):(\d\d):(\d\d)\.(\d\d) '),
                   lambda m: ('doy', 2000 + int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]) / 100.0, None)),
    'cics': (re.compile(r'^[A-Z]{3,}[A-Z0-9]*\d{4}[A-Z]? (\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d):(\d\d) '),
             lambda m: (int(m[3]), int(m[1]), int(m[2]), int(m[4]), int(m[5]), int(m[6]), 0.0, None)),
    'sap_devw': (re.compile(r'^[A-Z] (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ' + MN + r' ([ \d]\d) (\d\d):(\d\d):(\d\d):(\d{3}) (\d{4})$'),
                 lambda m: (int(m[7]), MON[m[1]], int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]) / 1000.0, None)),
    'sap_java': (re.compile(r'^#2\.0 ?#(\d{4}) (\d\d) (\d\d) (\d\d):(\d\d):(\d\d):(\d{3}) ?#([+-]\d{4}) ?#'),
                 lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]), int(m[7]) / 1000.0, _off(m[8]))),
    'mule4': (re.compile(r'^(?:INFO|WARN|ERROR|DEBUG|TRACE|FATAL) +(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) \['),
              lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]), int(m[7]) / 1000.0, None)),
    'tibco_bw': (re.compile(r'^(\d{4}) ' + MN + r' (\d\d) (\d\d):(\d\d):(\d\d):(\d{3}) GMT ([+-]\d{1,2})(?::(\d\d))? '),
                 lambda m: (int(m[1]), MON[m[2]], int(m[3]), int(m[4]), int(m[5]), int(m[6]), int(m[7]) / 1000.0, _tib_off(m[8], m[9]))),
    'camel': (re.compile(r'^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})([+-]\d\d:\d\d|Z) +(?:INFO|WARN|ERROR|DEBUG|TRACE) \d+ --- '),
              lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]), int(m[7]) / 1000.0, 0 if m[8] == 'Z' else _off(m[8]))),
    'karaf': (re.compile(r'^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d),(\d{3}) \| '),
              lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]), int(m[7]) / 1000.0, None)),
    'ace': (re.compile(r'^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{6}): BIP\d{4,5}[IWES]: '),
            lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]), int(m[7]) / 1e6, None)),
    'informatica': (re.compile(r'^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) : (?:INFO|WARNING|ERROR|FATAL) : \('),
                    lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]), 0.0, None)),
    'autosys': (re.compile(r'^\[(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d):(\d\d)\] +CAUAJM_'),
                lambda m: (int(m[3]), int(m[1]), int(m[2]), int(m[4]), int(m[5]), int(m[6]), 0.0, None)),
    'qfj_engine': (re.compile(r'^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3}) \[[^\]]+\] (?:INFO|WARN|ERROR|DEBUG) '),
                   lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]), int(m[7]) / 1000.0, None)),
    'qfix_messages': (re.compile(r'^(\d{4})(\d\d)(\d\d)-(\d\d):(\d\d):(\d\d)\.(\d{3}) : 8=FIX'),
                      lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]), int(m[7]) / 1000.0, 'U')),
    'jpos': (re.compile(r'^<log realm="[^"]*" at="(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})([+-]\d\d:\d\d|Z)"'),
             lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]), int(m[7]) / 1000.0, 0 if m[8] == 'Z' else _off(m[8]))),
    't24_cob': (re.compile(r'^(\d\d):(\d\d):(\d\d) (\d\d) ' + MNU + r' (\d{4}) \['),
                lambda m: (int(m[6]), MONU[m[5]], int(m[4]), int(m[1]), int(m[2]), int(m[3]), 0.0, None)),
    'mirth': (re.compile(r'^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3})\] +(?:INFO|WARN|ERROR|DEBUG|TRACE|FATAL) +\('),
              lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]), int(m[7]) / 1000.0, None)),
    'iris': (re.compile(r'^(\d\d)/(\d\d)/(\d\d)-(\d\d):(\d\d):(\d\d):(\d{3}) \(\d+\) [0-3] \['),
             lambda m: (2000 + int(m[3]), int(m[1]), int(m[2]), int(m[4]), int(m[5]), int(m[6]), int(m[7]) / 1000.0, None)),
    'iface_engine': (re.compile(r'^(\d{13})\|(?:INFO|WARN|ERROR|DEBUG)\|'), lambda m: ('epochms', int(m[1]))),
    'wso2_carbon': (re.compile(r'^TID: \[-?\d+\] \[[^\]]*\] \[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3})\] +(?:INFO|WARN|ERROR|DEBUG|FATAL) \{'),
                    lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]), int(m[7]) / 1000.0, None)),
    'wso2_access': (re.compile(r'^\S+ \S+ \S+ \[(\d\d)/' + MN + r'/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\] "'),
                    lambda m: (int(m[3]), MON[m[2]], int(m[1]), int(m[4]), int(m[5]), int(m[6]), 0.0, _off(m[7]))),
    'apigee_mp': (re.compile(r'^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) '),
                  lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]), int(m[7]) / 1000.0, None)),
    'datapower': (re.compile(r'^' + MN + r' ([ \d]\d) (\d\d):(\d\d):(\d\d) \S+ \[[^\]]+\]\[0x[0-9a-f]{8}\]'),
                  lambda m: ('noyear', MON[m[1]], int(m[2]), int(m[3]), int(m[4]), int(m[5]))),
    'wevt_text': (re.compile(r'^  Date: (\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})$'),
                  lambda m: (int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]), int(m[7]) / 1000.0, None)),
    'ssis': (re.compile(r'^[A-Za-z:]+,[^,]*,[^,]*,[^,]*,\{[0-9A-F-]{36}\},\{[0-9A-F-]{36}\},(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d\d):(\d\d) (AM|PM),(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d\d):(\d\d) (AM|PM),'),
             lambda m: (int(m[10]), int(m[8]), int(m[9]), _h12(m[11], m[14]), int(m[12]), int(m[13]), 0.0, None,
                        (int(m[3]), int(m[1]), int(m[2]), _h12(m[4], m[7]), int(m[5]), int(m[6])))),
}

DURRE = {
    'mule4': re.compile(r' in (\d+) ms|elapsed=(\d+) ms|"elapsed":(\d+)'),
    'tibco_bw': re.compile(r' in (\d+) ms|after (\d+) ms'),
    'camel': re.compile(r' in (\d+) ms'),
    'karaf': re.compile(r' in (\d+) ms'),
    'jpos': re.compile(r'elapsed=(\d+)ms'),
    't24_cob': re.compile(r'took (\d+) ms'),
    'mirth': re.compile(r' in (\d+) ms'),
    'iface_engine': re.compile(r'durMs=(\d+)'),
    'wso2_carbon': re.compile(r'"responseLatency":(\d+)'),
    'wso2_access': re.compile(r'" (\d+)$'),
    'datapower': re.compile(r'Latency:(?: +\d+){15} +(\d+) \['),
    'sap_devw': re.compile(r'resp (\d+) ms'),
    'sap_java': re.compile(r'processed in (\d+) ms'),
    'cics': re.compile(r'elapsed (\d+) ms'),
}
STATRE = {'wso2_access': re.compile(r'" (\d{3}) (?:\d+|-) "'), 'iface_engine': re.compile(r' status=(\d{3}) ')}

ABSOLUTE = {'sap_java', 'tibco_bw', 'camel', 'jpos', 'iface_engine', 'wso2_access'}
CRLF = {'wevt_text', 'ssis'}
NONMONO = {'wso2_access': 60.0}

WARNRE = {'mule4': r'^WARN ', 'tibco_bw': r' Warn \[', 'camel': r' WARN \d+ --- ', 'karaf': r'\| WARN  \|',
          'ace': r': BIP\d+W: ', 'informatica': r' : WARNING : ', 'qfj_engine': r'\] WARN ', 'mirth': r'\]  WARN ',
          'iris': r'\) 1 \[', 'iface_engine': r'\|WARN\|', 'wso2_carbon': r'\]  WARN \{', 'apigee_mp': r' WARN  [A-Z]',
          'datapower': r'\]\[warn\]', 'wevt_text': r'^  Level: Warning', 'ssis': r'^OnWarning,', 'sap_java': r'#Warning#',
          'sap_devw': r'WARNING =>', 't24_cob': r' - WARNING: ', 'jpos': r'^  <warn>'}
WARNRE = {k: re.compile(v) for k, v in WARNRE.items()}

HEX = re.compile(r'[0-9a-fA-F]{8,}|[0-9A-Z]{10,}')
DIG = re.compile(r'\d+')
TOKN = re.compile(r'\d{4,}')


def sig(text):
    return DIG.sub('#', HEX.sub('H', text))[:100]


class Report:
    def __init__(self, verbose):
        self.v = verbose
        self.errors = []
        self.notes = []

    def err(self, where, msg):
        self.errors.append('%s: %s' % (where, msg))

    def note(self, where, msg):
        if self.v:
            print('  [%s] %s' % (where, msg))


def parse_iso(s):
    if not isinstance(s, str) or not re.match(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$', s):
        return None
    return calendar.timegm(datetime.datetime.strptime(s, '%Y-%m-%dT%H:%M:%SZ').timetuple())


def read_file(path, meta, rep, where):
    raw = open(path, 'rb').read()
    if path.endswith('.gz'):
        if not path.endswith('.gz'):
            rep.err(where, 'gz file without .gz suffix')
        if raw[:3] != b'\x1f\x8b\x08':
            rep.err(where, 'bad gzip magic')
        if raw[3] & 0x08:
            rep.err(where, 'gzip header carries a file name')
        if raw[4:8] != b'\x00\x00\x00\x00':
            rep.err(where, 'gzip mtime is not 0')
        raw = gzip.decompress(raw)
    elif raw[:2] == b'\x1f\x8b':
        rep.err(where, 'gzip data without .gz suffix')
    text = raw.decode('utf-8')
    nl = text.count('\n')
    crlf = text.count('\r\n')
    if meta['format'] in CRLF:
        if crlf != nl:
            rep.err(where, 'CRLF expected on every line (%d of %d)' % (crlf, nl))
    elif '\r' in text:
        rep.err(where, 'unexpected CR characters')
    if not text.endswith('\n'):
        rep.err(where, 'no final newline')
    lines = text.split('\n')[:-1]
    if meta['format'] in CRLF:
        lines = [x[:-1] if x.endswith('\r') else x for x in lines]
    return lines


def stamps(lines, fmt, off, year, rep, where):
    """-> list of (utc or None) per line (own stamp only) and the match spans."""
    rx, conv = TS[fmt]
    mism = 0
    out = []
    spans = []
    starts = []
    for ln in lines:
        m = rx.search(ln)
        if not m:
            out.append(None)
            spans.append(None)
            starts.append(None)
            continue
        c = conv(m)
        st = None
        if c[0] == 'epochms':
            u = c[1] / 1000.0
        elif c[0] == 'doy':
            _, y, doy, h, mi, s, fr, _o = c
            u = calendar.timegm((y, 1, 1, h, mi, s)) + (doy - 1) * 86400 + fr - off
        elif c[0] == 'noyear':
            _, mo, d, h, mi, s = c
            u = calendar.timegm((year, mo, d, h, mi, s)) - off
        else:
            y, mo, d, h, mi, s, fr, o = c[:8]
            if o == 'U':
                o = 0
            elif o is not None and o != off:
                mism += 1
            u = calendar.timegm((y, mo, d, h, mi, s)) + fr - (off if o is None else o)
            if len(c) > 8:
                st = calendar.timegm(c[8] + (0,)) - off
        out.append(u)
        spans.append(m.span())
        starts.append(st)
    if mism:
        rep.err(where, '%d stamps carry an offset different from the zone offset %d' % (mism, off))
    return out, spans, starts


def check_file(sc, meta, d, rep, w0, w1, off, year, incs):
    where = '%s/%s' % (sc['id'], meta['name'])
    path = os.path.join(d, meta['path'])
    if not os.path.exists(path):
        rep.err(where, 'missing file')
        return None
    lines = read_file(path, meta, rep, where)
    if len(lines) != meta['lines']:
        rep.err(where, 'line count %d differs from manifest %d' % (len(lines), meta['lines']))
    fmt = meta['format']
    if fmt not in TS:
        rep.err(where, 'unknown format ' + fmt)
        return None
    ts, spans, starts = stamps(lines, fmt, off, year, rep, where)
    own = [t for t in ts if t is not None]
    if len(own) < 200:
        rep.err(where, 'only %d parsable time stamps' % len(own))
        return None
    frac = len(own) / float(len(lines))
    bad = [t for t in own if t < w0 - 1 or t > w1 + 1]
    bad += [t for t in starts if t is not None and (t < w0 - 1 or t > w1 + 1)]
    if bad:
        rep.err(where, '%d time stamps outside the window (first %s)' % (len(bad), bad[0]))
    back = 0
    worst = 0.0
    prev = None
    for t in own:
        if prev is not None and t < prev:
            back += 1
            worst = max(worst, prev - t)
        prev = t if prev is None else max(prev, t)
    if fmt not in NONMONO and back:
        rep.err(where, '%d backward time steps (worst %.3f s)' % (back, worst))
    if fmt in NONMONO and worst > NONMONO[fmt]:
        rep.err(where, 'backward step of %.1f s' % worst)
    if min(own) > w0 + 300:
        rep.err(where, 'start edge not covered (first stamp %.0f s after window start)' % (min(own) - w0))
    if max(own) < w1 - 300:
        rep.err(where, 'end edge not covered (last stamp %.0f s before window end)' % (w1 - max(own)))
    # inherited time per line
    cur = None
    inh = []
    own_flag = []
    for t in ts:
        if t is not None:
            cur = t
            own_flag.append(True)
        else:
            own_flag.append(False)
        inh.append(cur if cur is not None else w0)
    wr = WARNRE.get(fmt)
    wpct = (100.0 * sum(1 for ln in lines if wr.search(ln)) / len(own)) if wr else -1
    rep.note(where, '%s: %d lines, %.0f%% stamped, %d backward steps (max %.1fs), warnings %.1f%% of records' % (
        fmt, len(lines), 100 * frac, back, worst, wpct))
    # crash wording only inside planted windows
    mine = [i for i in incs if i['file'] == meta['name']]
    for k, rx in CLS.items():
        wins = [(i['_s'], i['_e']) for i in mine if i['kind'] == k]
        hits = 0
        outside = 0
        for n, ln in enumerate(lines):
            if rx.search(ln):
                t = inh[n]
                tol = 2 if own_flag[n] else 120
                hits += 1
                if not any(a - tol <= t <= b + 2 for a, b in wins):
                    outside += 1
                    if outside == 1:
                        rep.err(where, '%s wording outside a planted %s window at line %d: %s' % (k, k, n + 1, ln[:120]))
        if outside > 1:
            rep.err(where, '... %d more %s wording lines outside windows' % (outside - 1, k))
    return {'lines': lines, 'ts': ts, 'inh': inh, 'own': own_flag, 'spans': spans, 'fmt': fmt}


def minutes(a, b):
    return max(1e-9, (b - a) / 60.0)


def detect(inc, F, w0, w1, rep, where):
    k = inc['kind']
    s, e = inc['_s'], inc['_e']
    lines, inh, own, spans, fmt = F['lines'], F['inh'], F['own'], F['spans'], F['fmt']
    dm = minutes(s, e)
    om = minutes(w0, w1) - dm
    idx_in = [n for n, t in enumerate(inh) if s <= t < e]
    if k in ('error_burst', 'new_error', 'retry_storm'):
        cin, cout, tin, tout = {}, {}, {}, {}
        for n, ln in enumerate(lines):
            sp = spans[n]
            body = ln[:sp[0]] + ln[sp[1]:] if sp else ln
            g = sig(body)
            inside = s <= inh[n] < e
            c, tc = (cin, tin) if inside else (cout, tout)
            c[g] = c.get(g, 0) + 1
            for w in set(TOKN.sub('#', HEX.sub('H', body)).split()):
                tc[w] = tc.get(w, 0) + 1
        if k == 'new_error':
            only = sum(c for g, c in cin.items() if c >= 3 and cout.get(g, 0) == 0)
            tok = max([c for w, c in tin.items() if tout.get(w, 0) == 0 and len(w) > 3] or [0])
            ok = only >= 2.0 * dm or tok >= 2.0 * dm
            return ok, 'window-only signatures: %d lines (%.1f/min), best window-only token %d' % (only, only / dm, tok)
        lim = (5, 4) if k == 'error_burst' else (20, 5)
        best = None
        for src_in, src_out, what in ((cin, cout, 'line'), (tin, tout, 'token')):
            for g, c in src_in.items():
                ri = c / dm
                ro = src_out.get(g, 0) / om
                if ri >= lim[0] and ri >= lim[1] * ro and c >= 10:
                    if best is None or ri > best[0]:
                        best = (ri, ro, what, g)
        if best:
            return True, '%.1f/min in window vs %.2f/min outside (%s): %s' % best
        return False, 'no signature or token with a burst'
    if k in CLS:
        rx = CLS[k]
        hits = [n for n, t in enumerate(inh) if (s <= t < e or (not own[n] and s - 120 <= t < e)) and rx.search(lines[n])]
        if k == 'disk_full':
            ok = len(hits) >= 2.0 * dm
            return ok, '%d disk-full lines (%.1f/min)' % (len(hits), len(hits) / dm)
        if not hits:
            return False, 'no crash wording in window'
        tt = sorted([s] + [inh[n] for n in idx_in if own[n]])
        gap = max((b - a for a, b in zip(tt, tt[1:])), default=0)
        after = [t for n, t in enumerate(inh) if own[n] and e <= t < e + 600]
        ok = gap >= 50 and bool(after)
        return ok, '%d crash lines, longest silent gap %.0f s, %d stamps in the 10 min after' % (len(hits), gap, len(after))
    if k == 'silence':
        inside = [t for n, t in enumerate(inh) if own[n] and s + 2 <= t <= e - 2]
        before = [t for n, t in enumerate(inh) if own[n] and s - 600 <= t < s]
        after = [t for n, t in enumerate(inh) if own[n] and e <= t < e + 600]
        return (not inside and bool(before) and bool(after)), '%d stamps inside, %d before, %d after' % (len(inside), len(before), len(after))
    if k == 'traffic_flood':
        M = int((w1 - w0) // 60)
        cnt = [0] * (M + 1)
        for t in inh:
            m = int((t - w0) // 60)
            if 0 <= m <= M:
                cnt[m] += 1
        a, b = int((s - w0) // 60) + 1, int((e - w0) // 60)
        inside = cnt[a:b] or [0]
        outside = cnt[max(0, a - 62):max(0, a - 2)] + cnt[b + 2:b + 62]
        med = statistics.median(outside) if outside else 0
        ratio = statistics.mean(inside) / max(med, 0.5)
        return ratio >= 3.0, 'rate x%.1f of the median minute in the surrounding hour' % ratio
    if k == 'latency_shift':
        rx = DURRE.get(fmt)
        if not rx:
            return False, 'no duration field known for ' + fmt
        vin, vout = [], []
        for n, ln in enumerate(lines):
            m = rx.search(ln)
            if m:
                v = float(next(x for x in m.groups() if x is not None))
                (vin if s <= inh[n] < e else vout).append(v)
        if len(vin) < 10 or not vout:
            return False, 'too few durations (%d)' % len(vin)
        r = statistics.median(vin) / max(1e-9, statistics.median(vout))
        return r >= 2.5, 'median duration x%.1f (%d samples)' % (r, len(vin))
    if k == 'http_5xx':
        rx = STATRE.get(fmt)
        if not rx:
            return False, 'not a request log (%s)' % fmt
        a = [0, 0]
        b = [0, 0]
        for n, ln in enumerate(lines):
            m = rx.search(ln)
            if m:
                x = a if s <= inh[n] < e else b
                x[0] += 1
                x[1] += m.group(1)[0] == '5'
        fi = a[1] / max(1, a[0])
        fo = b[1] / max(1, b[0])
        return fi >= 0.2 and fo <= 0.01, '5xx %.0f%% inside vs %.2f%% outside' % (100 * fi, 100 * fo)
    return False, 'unknown kind'


def http_mix(F, incs, rep, where):
    rx = STATRE.get(F['fmt'])
    if not rx:
        return
    c = [0] * 6
    for n, ln in enumerate(F['lines']):
        t = F['inh'][n]
        if any(i['_s'] <= t < i['_e'] for i in incs if i['kind'] == 'http_5xx'):
            continue
        m = rx.search(ln)
        if m:
            c[int(m.group(1)[0])] += 1
    tot = float(sum(c)) or 1.0
    p = [x / tot for x in c]
    rep.note(where, 'HTTP mix 2xx %.1f%% 3xx %.1f%% 4xx %.1f%% 5xx %.2f%%' % (100 * p[2], 100 * p[3], 100 * p[4], 100 * p[5]))
    if not (0.80 <= p[2] <= 0.92 and 0.04 <= p[3] <= 0.10 and 0.04 <= p[4] <= 0.11 and p[5] <= 0.004):
        rep.err(where, 'HTTP status mix off: %s' % ['%.3f' % x for x in p])


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    rep = Report('--verbose' in sys.argv)
    if len(args) != 1:
        sys.exit('usage: check.py OUTDIR [--verbose]')
    out = args[0]
    man = json.load(open(os.path.join(out, 'manifest.json')))
    scs = man['scenarios']
    ids = ['s%02d' % i for i in range(1, 11)]
    if [s['id'] for s in scs] != ids:
        rep.err('manifest', 'scenario ids are not s01..s10')
    extra = [x for x in os.listdir(out) if x not in ids and x != 'manifest.json']
    if extra:
        rep.err('outdir', 'unexpected entries %s' % extra)
    kinds = set()
    healthy = 0
    themes = set()
    for sc in scs:
        d = os.path.join(out, sc['id'])
        where = sc['id']
        themes.add(sc['theme'])
        tz = zoneinfo.ZoneInfo(sc['tz'])
        w0, w1 = parse_iso(sc['start']), parse_iso(sc['end'])
        L = (w1 - w0) / 3600.0
        if not 2.0 <= L <= 8.0:
            rep.err(where, 'window %.2f h not within 2-8 h' % L)
        d0 = datetime.datetime.fromtimestamp(w0, tz)
        d1 = datetime.datetime.fromtimestamp(w1, tz)
        if d0.utcoffset() != d1.utcoffset():
            rep.err(where, 'window crosses a DST change')
        if d0.year != d1.year or not 2016 <= d0.year <= 2026 or time_year(w0) != time_year(w1):
            rep.err(where, 'window crosses a year end or is outside 2016-2026')
        off = int(d0.utcoffset().total_seconds())
        files = sorted(x for x in os.listdir(d) if x != 'truth.json')
        if not 3 <= len(files) <= 6:
            rep.err(where, '%d log files' % len(files))
        if sorted(f['path'] for f in sc['files']) != files:
            rep.err(where, 'files on disk differ from manifest')
        if not any(f['format'] in ABSOLUTE for f in sc['files']):
            rep.err(where, 'no file with absolute time stamps')
        tr = json.load(open(os.path.join(d, 'truth.json')))
        incs = tr.get('incidents') if isinstance(tr, dict) else None
        if not isinstance(incs, list):
            rep.err(where, 'truth.json has no incidents list')
            incs = []
        names = {f['name']: f for f in sc['files']}
        good = []
        for i in incs:
            if set(i) != {'kind', 'file', 'start', 'end', 'description'}:
                rep.err(where, 'incident keys %s' % sorted(i))
            s, e = parse_iso(i.get('start')), parse_iso(i.get('end'))
            if i.get('kind') not in KINDS or i.get('file') not in names or s is None or e is None or s >= e \
                    or not isinstance(i.get('description'), str) or len(i['description']) < 20:
                rep.err(where, 'malformed incident %s' % i)
                continue
            if i['kind'] == 'http_5xx' and '5xx' not in i['description']:
                rep.err(where, 'http_5xx description does not say 5xx')
            lo, hi = DUR[i['kind']]
            if not lo * 60 - 60 <= e - s <= hi * 60 + 60:
                rep.err(where, '%s lasts %.1f min' % (i['kind'], (e - s) / 60.0))
            if s < w0 + 900 or e > w1 - 900:
                rep.err(where, '%s closer than 15 min to a window edge' % i['kind'])
            i['_s'], i['_e'] = s, e
            good.append(i)
            kinds.add(i['kind'])
        good.sort(key=lambda x: x['_s'])
        for a, b in zip(good, good[1:]):
            if b['_s'] - a['_e'] < 2400:
                rep.err(where, 'incidents %s and %s closer than 40 min' % (a['kind'], b['kind']))
        if sum(1 for i in good if i['kind'] in ('oom_kill', 'panic')) > 1:
            rep.err(where, 'more than one crash')
        if sc['healthy']:
            healthy += 1
            if good:
                rep.err(where, 'healthy scenario has incidents')
        elif not 1 <= len(good) <= 3:
            rep.err(where, '%d incidents' % len(good))
        total = 0
        parsed = {}
        for meta in sc['files']:
            F = check_file(sc, meta, d, rep, w0, w1, off, d0.year, good)
            if F:
                parsed[meta['name']] = F
                total += len(F['lines'])
                http_mix(F, good, rep, '%s/%s' % (sc['id'], meta['name']))
                for rs in [meta.get('restart')] if meta.get('restart') else []:
                    a, b = parse_iso(rs[0]), parse_iso(rs[1])
                    if any(not (b + 600 < i['_s'] or a > i['_e'] + 600) for i in good):
                        rep.err(where, 'benign restart of %s within 10 min of an incident' % meta['name'])
        if not 50000 <= total <= 150000:
            rep.err(where, '%d lines in total' % total)
        found = 0
        for i in good:
            F = parsed.get(i['file'])
            if not F:
                continue
            ok, why = detect(i, F, w0, w1, rep, where)
            found += ok
            if not ok:
                rep.err(where, 'incident %s in %s not visible: %s' % (i['kind'], i['file'], why))
            rep.note(where, '%-13s %-40s %s %s' % (i['kind'], i['file'], 'OK  ' if ok else 'MISS', why))
        print('%s %-20s %-20s %6d lines %d files %s incidents %d/%d visible' % (
            sc['id'], sc['theme'], sc['tz'], total, len(sc['files']), 'healthy,' if sc['healthy'] else '', found, len(good)))
    if healthy != 2:
        rep.err('seed', '%d healthy scenarios' % healthy)
    miss = [k for k in KINDS if k not in kinds]
    if miss:
        rep.err('seed', 'kinds missing: %s' % miss)
    if len(themes) != 10:
        rep.err('seed', 'themes are not distinct')
    if rep.errors:
        print('FAIL: %d problem(s)' % len(rep.errors))
        for x in rep.errors[:200]:
            print('  ' + x)
        sys.exit(1)
    print('OK: all checks passed')


def time_year(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).year


if __name__ == '__main__':
    main()
