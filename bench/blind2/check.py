#!/usr/bin/env python3
"""Independent sanity check of a blind2 output directory.

usage: python3 check.py OUTDIR

Parses every log file on its own (it does not import the generator), extracts
per-line timestamps, HTTP status codes and latencies with format regexes, and
verifies that the files agree with each scenario's truth.json:

  * schema of truth.json, healthy <-> no incidents, 2 healthy scenarios per seed
  * 3-6 files, 50k-150k lines, 2-8 h windows, files start/end within minutes
  * every incident starts >= 35 min after its file starts, lasts <= ~70 min
  * injected-line kinds: lines exist at start and end, the kind's signature is
    present inside the window (ENOSPC, OOM, panic, ...), retry storms / bursts
    are far above the rate outside the window, new errors are really new
  * silence: no timestamped line of the file in [start, end)
  * latency_shift: median (or p75) latency inside >= 3x the hour before
  * http_5xx: 5xx share rises sharply while volume stays roughly normal
  * traffic_flood: request volume >= 3x the hour before
  * false-positive guards outside incident windows: no disk-full / OOM / panic
    signatures, no long gaps in busy files, no 5xx / volume / latency jumps.
Exit status 1 if any violation is found.
"""
import datetime
import json
import math
import os
import re
import sys

KINDS = {'error_burst', 'silence', 'retry_storm', 'latency_shift', 'oom_kill', 'panic', 'disk_full', 'http_5xx',
         'new_error', 'traffic_flood'}
INJECTED = {'error_burst', 'retry_storm', 'new_error', 'disk_full', 'oom_kill', 'panic'}
MON = {m: i + 1 for i, m in enumerate(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])}
MIN = 60_000          # all check times are in milliseconds
TS_RE = re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$')

_days = {}


def epoch_ms(Y, M, D, h, m, s, frac='', off_min=0):
    k = (Y, M, D)
    d = _days.get(k)
    if d is None:
        d = datetime.date(Y, M, D).toordinal() - 719163
        _days[k] = d
    ms = int((frac + '000')[:3]) if frac else 0
    return ((d * 86400 + h * 3600 + m * 60 + s) - off_min * 60) * 1000 + ms


def off_minutes(z):
    if not z or z in ('Z', 'UTC'):
        return 0
    z = z.replace(':', '')
    sign = -1 if z[0] == '-' else 1
    return sign * (int(z[1:3]) * 60 + int(z[3:5]))


def iso_parts(s):
    return int(s[0:4]), int(s[5:7]), int(s[8:10]), int(s[11:13]), int(s[14:16]), int(s[17:19])


R_CRI = re.compile(r'^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?Z (?:stdout|stderr) [FP] ')
R_ENVOY = re.compile(r'^\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d{3})Z\] "')
R_ES = re.compile(r'^\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d),(\d{3})\]\[')
R_GC = re.compile(r'^\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d{3})([+-]\d{4})\]')
R_KAFKA = re.compile(r'^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3})\] ')
R_BSD = re.compile(r'^([A-Z][a-z]{2}) ([ \d]\d) (\d\d):(\d\d):(\d\d) \S+ [\w\-.]+\[\d+\]: ')
R_ISO = re.compile(r'^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:?\d\d)[ \t]')
R_SPACE = re.compile(r'^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)(?:[.,](\d+))? ?(UTC|[+-]\d\d:\d\d)? ')
R_GUNI = re.compile(r'^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) ([+-]\d{4})\] \[\d+\] ')
R_CLF = re.compile(r'^\S+ \S+ \S+ \[(\d\d)/([A-Z][a-z]{2})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\] "')
R_ALB = re.compile(r'^(?:https?|h2|wss?|grpcs) (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d+)Z ')
R_REDIS = re.compile(r'^\d+:[XCSM] (\d\d) ([A-Z][a-z]{2}) (\d{4}) (\d\d):(\d\d):(\d\d)\.(\d{3}) ')
R_RAILS = re.compile(r'^[DIWEFA], \[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d+) #\d+\]')
R_PYLAM = re.compile(r'^\[(?:INFO|WARNING|ERROR|DEBUG|CRITICAL)\]\t(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d{3})Z\t')
R_MYSLOW = re.compile(r'^# Time: (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d+)Z')
R_LOGRUS = re.compile(r'^time="(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(Z|[+-]\d\d:\d\d)"')
R_HAACC = re.compile(r'\[\d\d/[A-Z][a-z]{2}/(\d{4}):\d\d:\d\d:\d\d\.\d{3}\]')


class Parser:
    def __init__(self):
        self.year = None
        self.kind = None

    def ts(self, line):
        """-> (ms, kind) or (None, None)"""
        c = line[:1]
        if c == '{':
            return self.json_ts(line)
        m = R_CRI.match(line)
        if m:
            return epoch_ms(*iso_parts(m.group(1)), frac=m.group(2) or ''), 'cri'
        if c == '[':
            m = R_ENVOY.match(line)
            if m:
                return epoch_ms(*iso_parts(m.group(1)), frac=m.group(2)), 'envoy'
            m = R_ES.match(line)
            if m:
                return epoch_ms(*iso_parts(m.group(1)), frac=m.group(2)), 'es'
            m = R_GC.match(line)
            if m:
                return epoch_ms(*iso_parts(m.group(1)), frac=m.group(2), off_min=off_minutes(m.group(3))), 'gc'
            m = R_KAFKA.match(line)
            if m:
                return epoch_ms(*iso_parts(m.group(1)), frac=m.group(2)), 'kafka'
            m = R_GUNI.match(line)
            if m:
                return epoch_ms(*iso_parts(m.group(1)), off_min=off_minutes(m.group(2))), 'gunicorn'
            m = R_PYLAM.match(line)
            if m:
                return epoch_ms(*iso_parts(m.group(1)), frac=m.group(2)), 'lambda'
            return None, None
        m = R_ISO.match(line)
        if m:
            return epoch_ms(*iso_parts(m.group(1)), frac=m.group(2) or '', off_min=off_minutes(m.group(3))), 'iso'
        m = R_SPACE.match(line)
        if m:
            return epoch_ms(*iso_parts(m.group(1)), frac=m.group(2) or '', off_min=off_minutes(m.group(3))), 'space'
        m = R_ALB.match(line)
        if m:
            return epoch_ms(*iso_parts(m.group(1)), frac=m.group(2)), 'alb'
        m = R_CLF.match(line)
        if m:
            g = m.groups()
            return epoch_ms(int(g[2]), MON[g[1]], int(g[0]), int(g[3]), int(g[4]), int(g[5]), off_min=off_minutes(g[6])), 'clf'
        m = R_REDIS.match(line)
        if m:
            g = m.groups()
            return epoch_ms(int(g[2]), MON[g[1]], int(g[0]), int(g[3]), int(g[4]), int(g[5]), frac=g[6]), 'redis'
        m = R_RAILS.match(line)
        if m:
            return epoch_ms(*iso_parts(m.group(1)), frac=m.group(2)), 'rails'
        m = R_MYSLOW.match(line)
        if m:
            return epoch_ms(*iso_parts(m.group(1)), frac=m.group(2)), 'myslow'
        m = R_LOGRUS.match(line)
        if m:
            return epoch_ms(*iso_parts(m.group(1)), off_min=off_minutes(m.group(2))), 'logrus'
        m = R_BSD.match(line)
        if m:
            a = R_HAACC.search(line)
            if a:
                self.year = int(a.group(1))
            if self.year is None:
                return None, None
            g = m.groups()
            return epoch_ms(self.year, MON[g[0]], int(g[1]), int(g[2]), int(g[3]), int(g[4])), 'bsd'
        return None, None

    def json_ts(self, line):
        try:
            o = json.loads(line)
        except ValueError:
            return None, None
        if 'log' in o and 'time' in o:
            v = o['time']
            m = re.match(r'(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?Z', v)
            return epoch_ms(*iso_parts(m.group(1)), frac=m.group(2) or ''), 'docker'
        for k in ('@t', 'start_time', 'timestamp', 'time'):
            if k in o and isinstance(o[k], str):
                m = re.match(r'(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)', o[k])
                if m:
                    return epoch_ms(*iso_parts(m.group(1)), frac=m.group(2) or '', off_min=off_minutes(m.group(3))), 'json'
        if 't' in o and isinstance(o['t'], dict):
            m = re.match(r'(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d+)(Z|[+-]\d\d:\d\d)', o['t'].get('$date', ''))
            if m:
                return epoch_ms(*iso_parts(m.group(1)), frac=m.group(2), off_min=off_minutes(m.group(3))), 'mongo'
        if 'ts' in o:
            v = o['ts']
            if isinstance(v, (int, float)):
                return int(v * 1000), 'zap'
            m = re.match(r'(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d{4})', v)
            if m:
                return epoch_ms(*iso_parts(m.group(1)), frac=m.group(2) or '', off_min=off_minutes(m.group(3))), 'zap'
        return None, None


# ------------------------------------------------------------------ field extraction

PROBE = re.compile(r'kube-probe|ELB-HealthChecker|GoogleHC|Consul Health|/healthz|/readyz|/livez|/health\b|/ready\b|"/up"|/actuator/health|/nginx-health|/metrics')
LAT_RES = [
    (re.compile(r'^\[[^\]]+\] "[^"]*" \d+ \S+ \S+ \S+ "[^"]*" \d+ \d+ (\d+) '), 1.0),                    # envoy
    (re.compile(r'"duration":(\d+),"method"'), 1.0),                                                         # envoy json
    (re.compile(r'\] \S+ \S+/\S+ -?\d+/-?\d+/-?\d+/(\d+)/\d+ \d{3} '), 1.0),                                # haproxy Tr
    (re.compile(r'^(?:https?|h2) \S+ \S+ \S+ \S+ [\d.]+ ([\d.]+) [\d.]+ \d{3} '), 1000.0),                  # alb target time
    (re.compile(r'"latency":([\d.e-]+)'), 1000.0),                                                           # zap
    (re.compile(r'duration_ms=([\d.]+)'), 1.0),                                                              # logrus
    (re.compile(r'finished processing request latency=(\d+) ms'), 1.0),                                      # tracing
    (re.compile(r'"responseTime":(\d+)'), 1.0),                                                              # bunyan
    (re.compile(r'"message":"\S+ \S+ \d{3} \S+ - ([\d.]+) ms"'), 1.0),                                        # winston/morgan
    (re.compile(r'"Elapsed":([\d.]+)'), 1.0),                                                                # clef
    (re.compile(r'responded \d{3} in ([\d.]+) ms'), 1.0),                                                    # serilog text
    (re.compile(r' -> \d{3} \((\d+) ms\)'), 1.0),                                                            # spring filter
    (re.compile(r'Completed \d{3} [^(]*? in (\d+)ms'), 1.0),                                                 # rails
    (re.compile(r'Duration: ([\d.]+) ms\t'), 1.0),                                                           # lambda
    (re.compile(r'"durationMillis":(\d+)'), 1.0),                                                            # mongo
    (re.compile(r'^# Query_time: ([\d.]+) '), 1000.0),                                                       # mysql slow
    (re.compile(r'LOG:  duration: ([\d.]+) ms'), 1.0),                                                       # postgres
    (re.compile(r'Pause Young \(Normal\).* ([\d.]+)ms$'), 1.0),                                              # gc
    (re.compile(r'" \d{3} \d+ "[^"]*" "[^"]*" (\d+\.\d{6})$'), 1000.0),                                     # gunicorn access %(L)s
    (re.compile(r'" \d{3} \d+ "[^"]*" "[^"]*" (\d+\.\d{3})$'), 1000.0),                                     # nginx $request_time
]
STATUS_RES = [
    re.compile(r'^\[[^\]]+\] "[^"]*" (\d+) '),
    re.compile(r'"response_code":(\d+)'),
    re.compile(r'\] \S+ \S+/\S+ -?\d+/-?\d+/-?\d+/-?\d+/\d+ (-?\d+) '),
    re.compile(r'^(?:https?|h2) \S+ \S+ \S+ \S+ \S+ \S+ \S+ (\d{3}) '),
    re.compile(r'^\S+ - \S+ \[[^\]]+\] "[^"]*" (\d{3}) '),
]


def latency(line):
    if PROBE.search(line):
        return None
    for rx, mul in LAT_RES:
        m = rx.search(line)
        if m:
            try:
                return float(m.group(1)) * mul
            except ValueError:
                return None
    return None


def status(line):
    if PROBE.search(line):
        return None
    for rx in STATUS_RES:
        m = rx.search(line)
        if m:
            return int(m.group(1))
    return None


SIG = {
    'disk_full': re.compile(r'No space left on device|no space left on device|ENOSPC|errno 28|Errno 28|error number 28|Disk is full|flood.stage|disk usage exceeded'),
    'oom_kill': re.compile(r'oom-kill|invoked oom-killer|Out of memory|out of memory|signal: killed|SIGKILL|TaskOOM'),
    'panic': re.compile(r'panic: |panicked at|fatal error: |^Unhandled exception\. |Host terminated unexpectedly|A fatal error has been detected|^Node\.js v\d'),
}
ERRLVL = re.compile(r'\bERROR\b|"level":"error"|level=error|"level":50|"level":60|"@l":"(?:Error|Fatal)"|\[ERR\]|\[FTL\]|"s":"[EF]"|'
                    r'^[EF], \[|\bFATAL\b|\bCRITICAL\b|\[ERROR\]|\tERROR\t|^Traceback|\bPANIC:|^[\w.$`]+(?:Exception|Error)\b[:(]')
ERRISH = re.compile(r'(?i)error|fatal|exception|traceback|\[ERR\]|"level":50|"s":"E"|"s":"F"|refused|failed')
NORM = [(re.compile(r'\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b'), '#'),
        (re.compile(r'\b[A-Za-z_]*\d[A-Za-z0-9_]*\b'), '#'), (re.compile(r'\d+'), '#')]
LEAD = re.compile(r'^(\S+ (?:stdout|stderr) F |\{"log":|\[[^\]]*\]|\S+ \S+ \S+ |[A-Z][a-z]{2} [ \d]\d \S+ \S+ )')


def norm(line):
    s = line[:400]
    for rx, rep in NORM:
        s = rx.sub(rep, s)
    return s


# ------------------------------------------------------------------ per-file data

class FileData:
    def __init__(self, path):
        self.name = os.path.basename(path)
        p = Parser()
        self.t = []         # timestamps (ms) of lines with their own timestamp
        self.lines = []     # those lines
        self.carry = []     # (carried_ts, line) for continuation lines
        self.n = 0
        self.inversions = 0
        last = None
        with open(path, encoding='utf-8') as fh:
            for line in fh:
                line = line.rstrip('\n')
                self.n += 1
                ts, kind = p.ts(line)
                if kind == 'docker':
                    line = json.loads(line)['log'].rstrip('\n')
                elif kind == 'cri':
                    line = line.split(' ', 3)[3]
                elif ts is None and line.startswith('{"log":'):
                    line = json.loads(line)['log'].rstrip('\n')
                if ts is None:
                    if last is not None:
                        self.carry.append((last, line))
                    continue
                if last is not None and ts < last - 1500:
                    self.inversions += 1
                last = ts if last is None else max(last, ts)
                self.t.append(ts)
                self.lines.append(line)
        self.first = min(self.t) if self.t else None
        self.last = max(self.t) if self.t else None

    def window(self, s, e):
        return [(t, ln) for t, ln in zip(self.t, self.lines) if s <= t <= e]

    def all_lines(self):
        out = list(zip(self.t, self.lines)) + self.carry
        return out


def pct(v, q):
    if not v:
        return None
    v = sorted(v)
    return v[min(len(v) - 1, int(q * len(v)))]


def parse_ts(s):
    return epoch_ms(*iso_parts(s), frac=s[20:23])


def fmt(ms):
    return datetime.datetime.utcfromtimestamp(ms / 1000).strftime('%H:%M:%S') if ms is not None else '-'


# ------------------------------------------------------------------ checks

def check_scenario(d, errs, notes):
    name = os.path.basename(d)
    E = lambda m: errs.append('%s: %s' % (name, m))
    try:
        with open(os.path.join(d, 'truth.json')) as fh:
            truth = json.load(fh)
    except Exception as e:
        E('truth.json unreadable: %s' % e)
        return None
    if set(truth.keys()) != {'incidents', 'healthy'}:
        E('truth.json keys %s' % sorted(truth.keys()))
    incs = truth.get('incidents', [])
    healthy = truth.get('healthy')
    if not isinstance(healthy, bool):
        E('healthy not bool')
    if healthy and incs:
        E('healthy but has incidents')
    if not healthy and not incs:
        E('not healthy but no incidents')
    files = sorted(f for f in os.listdir(d) if f != 'truth.json')
    if not 3 <= len(files) <= 6:
        E('%d log files' % len(files))
    data = {}
    for f in files:
        data[f] = FileData(os.path.join(d, f))
    total = sum(x.n for x in data.values())
    if not 50000 <= total <= 150000:
        E('total lines %d outside 50k..150k' % total)
    firsts = [x.first for x in data.values() if x.first is not None]
    lasts = [x.last for x in data.values() if x.last is not None]
    for x in data.values():
        if x.first is None:
            E('%s: no timestamps parsed' % x.name)
            return None
        unparsed = x.n - len(x.t)
        if x.inversions > 0:
            E('%s: %d timestamp inversions' % (x.name, x.inversions))
        if unparsed > 0.9 * x.n:
            E('%s: %d of %d lines without a timestamp' % (x.name, unparsed, x.n))
    if max(firsts) - min(firsts) > 12 * MIN:
        E('file starts spread %.1f min' % ((max(firsts) - min(firsts)) / MIN))
    span = (max(lasts) - min(firsts)) / 60000.0
    if not 115 <= span <= 490:
        E('window %.0f min not within 2-8 h' % span)
    # incident entries
    windows = {f: [] for f in files}
    for i, inc in enumerate(incs):
        if set(inc.keys()) != {'kind', 'file', 'start', 'end', 'description'}:
            E('incident %d keys %s' % (i, sorted(inc.keys())))
            continue
        if inc['kind'] not in KINDS:
            E('incident %d bad kind %s' % (i, inc['kind']))
        if inc['file'] not in data:
            E('incident %d file %s missing' % (i, inc['file']))
            continue
        if not (TS_RE.match(inc['start']) and TS_RE.match(inc['end'])):
            E('incident %d timestamps not ISO-ms-Z: %s %s' % (i, inc['start'], inc['end']))
            continue
        s, e = parse_ts(inc['start']), parse_ts(inc['end'])
        windows[inc['file']].append((s, e, inc['kind']))
    for i, inc in enumerate(incs):
        if inc.get('file') not in data or not TS_RE.match(inc.get('start', '')):
            continue
        check_incident(name, inc, data[inc['file']], windows[inc['file']], errs, notes, max(lasts))
    # false-positive guards (everything outside incident windows)
    for f, x in data.items():
        guard_file(name, x, windows[f], errs, notes)
    return total, healthy, len(incs), [(inc['kind'], inc['file']) for inc in incs]


def in_windows(t, wins, pad=0):
    for s, e, k in wins:
        if s - pad <= t <= e + pad:
            return True
    return False


def covered_minutes(s, e, excl, pad=0):
    """minutes of [s, e) not covered by any (padded) window"""
    segs = sorted((max(s, a - pad), min(e, b + pad)) for a, b, k in excl if b + pad > s and a - pad < e)
    cov, cur = 0, s
    for a, b in segs:
        if a > cur:
            cov += a - cur
        cur = max(cur, b)
    cov += max(0, e - cur)
    return cov / MIN


def rate_per_min(x, s, e, excl, pad=0):
    n = sum(1 for t in x.t if s <= t < e and not in_windows(t, excl, pad))
    return n / max(1e-9, covered_minutes(s, e, excl, pad))


def check_incident(sc, inc, x, wins, errs, notes, scen_last):
    k = inc['kind']
    s, e = parse_ts(inc['start']), parse_ts(inc['end'])
    tag = '%s %s %s [%s..%s]' % (sc, k, x.name[:40], fmt(s), fmt(e))
    E = lambda m: errs.append('%s: %s' % (tag, m))
    N = lambda m: notes.append('%s: %s' % (tag, m))
    if e < s:
        E('end before start')
        return
    if s < x.first + 35 * MIN:
        E('starts %.1f min after file start (<35)' % ((s - x.first) / MIN))
    dur = (e - s) / MIN
    if dur > 70:
        E('lasts %.1f min (>70)' % dur)
    others = [w for w in wins if not (w[0] == s and w[1] == e and w[2] == k)]
    if k in INJECTED:
        sample = x.t[:3000]
        res = 1000 if sum(1 for t in sample if t % 1000 == 0) > 0.2 * len(sample) else 1
        at_start = any(s <= t < s + res for t in x.t)
        at_end = any(e - res <= t <= e for t in x.t)
        if not at_start:
            E('no timestamped line at start')
        if not at_end:
            E('no timestamped line at end')
        if e > x.last:
            E('end after last line of file')
        win = x.window(s, e) + [(t, ln) for t, ln in x.carry if s <= t <= e]
        text = [ln for _, ln in win]
        if k in SIG:
            hits = sum(1 for ln in text if SIG[k].search(ln))
            if hits == 0:
                E('no %s signature inside the window' % k)
            else:
                N('%d signature lines' % hits)
        if k == 'retry_storm':
            cnt = {}
            for t, ln in x.window(s, e):
                key = norm(LEAD.sub('', ln, count=1))
                cnt[key] = cnt.get(key, 0) + 1
            cand = [kv for kv in cnt.items() if kv[1] >= 40]
            outside = {}
            for t, ln in zip(x.t, x.lines):
                if not s <= t <= e:
                    key = norm(LEAD.sub('', ln, count=1))
                    if key in cnt:
                        outside[key] = outside.get(key, 0) + 1
            out_min = max(1.0, (x.last - x.first) / MIN - dur)
            best = None
            for key, c in cand:
                ratio = (c / max(1.0, dur)) / max(outside.get(key, 0) / out_min, 0.05)
                if best is None or ratio > best[0]:
                    best = (ratio, c, outside.get(key, 0) / out_min)
            if best is None:
                E('no message repeated >= 40 times in the window')
            else:
                N('storm message x%d in window (%.1f/min) vs %.3f/min outside' % (best[1], best[1] / max(1.0, dur), best[2]))
                if best[0] < 8:
                    E('retry storm not pronounced: x%d in window, ratio %.1f' % (best[1], best[0]))
        if k == 'error_burst':
            ein = sum(1 for ln in text if ERRLVL.search(ln))
            eout = sum(1 for t, ln in x.all_lines() if not (s <= t <= e) and not in_windows(t, others) and ERRLVL.search(ln))
            r_in = ein / max(1.0, dur)
            r_out = eout / max(1.0, (x.last - x.first) / MIN - dur)
            N('error-ish lines %.1f/min inside vs %.2f/min outside' % (r_in, r_out))
            if ein < 20 or r_in < 4 * max(r_out, 0.1):
                E('error burst not pronounced (%d lines, %.2f vs %.2f /min)' % (ein, r_in, r_out))
        if k == 'new_error':
            before = set(norm(LEAD.sub('', ln, count=1)) for t, ln in zip(x.t, x.lines) if t < s)
            before |= set(norm(LEAD.sub('', ln, count=1)) for t, ln in x.carry if t < s)
            cnt = {}
            for t, ln in x.window(s, e) + [(t, ln) for t, ln in x.carry if s <= t <= e]:
                key = norm(LEAD.sub('', ln, count=1))
                if key not in before and ERRISH.search(ln):
                    cnt[key] = cnt.get(key, 0) + 1
            best = max(cnt.values()) if cnt else 0
            N('new error-ish template repeats %d times' % best)
            if best < 3:
                E('no new repeating error template in window')
    elif k == 'silence':
        n = sum(1 for t in x.t if s <= t < e)
        if n:
            E('%d lines inside the silence' % n)
        pre = rate_per_min(x, max(x.first, s - 60 * MIN), s, others)
        N('gap of %.1f min, %.1f lines/min before' % (dur, pre))
        if pre * dur < 15:
            E('silence not meaningful: only %.1f lines expected' % (pre * dur))
        if e > scen_last + 5 * MIN:
            E('silence ends after the scenario')
    elif k == 'latency_shift':
        lo, hi = s + (e - s) // 10, e - (e - s) // 10
        vin, vbef = [], []
        for t, ln in zip(x.t, x.lines):
            if lo <= t <= hi or s - 60 * MIN <= t < s - MIN:
                if in_windows(t, others, 2 * MIN):
                    continue
                v = latency(ln)
                if v is None:
                    continue
                (vin if lo <= t <= hi else vbef).append(v)
        for t, ln in x.carry:
            if lo <= t <= hi or s - 60 * MIN <= t < s - MIN:
                v = latency(ln)
                if v is not None and not in_windows(t, others, 2 * MIN):
                    (vin if lo <= t <= hi else vbef).append(v)
        if len(vin) < 10 or len(vbef) < 10:
            E('too few latency values (%d inside, %d before)' % (len(vin), len(vbef)))
            return
        r50 = pct(vin, 0.5) / max(1e-6, pct(vbef, 0.5))
        r75 = pct(vin, 0.75) / max(1e-6, pct(vbef, 0.75))
        N('latency median x%.1f, p75 x%.1f (%d vs %d values)' % (r50, r75, len(vin), len(vbef)))
        if max(r50, r75) < 3.0:
            E('latency shift only x%.2f (median) / x%.2f (p75)' % (r50, r75))
    elif k == 'http_5xx':
        lo, hi = s + (e - s) // 10, e - (e - s) // 10
        cin = [status(ln) for t, ln in zip(x.t, x.lines) if lo <= t <= hi]
        cbef = [status(ln) for t, ln in zip(x.t, x.lines) if s - 60 * MIN <= t < s - MIN and not in_windows(t, others, 2 * MIN)]
        cin = [c for c in cin if c is not None]
        cbef = [c for c in cbef if c is not None]
        if len(cin) < 50 or len(cbef) < 50:
            E('too few status codes (%d/%d)' % (len(cin), len(cbef)))
            return
        sin = sum(1 for c in cin if c >= 500) / len(cin)
        sbef = sum(1 for c in cbef if c >= 500) / len(cbef)
        vol = (len(cin) / max(1.0, (hi - lo) / MIN)) / (len(cbef) / max(1.0, covered_minutes(s - 60 * MIN, s - MIN, others, 2 * MIN)))
        N('5xx share %.2f%% -> %.2f%%, volume x%.2f' % (sbef * 100, sin * 100, vol))
        if sin < 0.04 or sin < 4 * sbef:
            E('5xx share not raised enough (%.2f%% vs %.2f%%)' % (sin * 100, sbef * 100))
        if not 0.5 <= vol <= 2.0:
            E('volume changed x%.2f during http_5xx' % vol)
    elif k == 'traffic_flood':
        lo, hi = s + (e - s) // 10, e - (e - s) // 10
        rin = rate_per_min(x, lo, hi, [])
        rbef = rate_per_min(x, max(x.first, s - 60 * MIN), s - MIN, others, 2 * MIN)
        N('volume %.0f/min -> %.0f/min (x%.1f)' % (rbef, rin, rin / max(rbef, 1e-6)))
        if rin < 3 * rbef:
            E('flood only x%.2f' % (rin / max(rbef, 1e-6)))


def guard_file(sc, x, wins, errs, notes):
    tag = '%s %s' % (sc, x.name[:50])
    E = lambda m: errs.append('%s: %s' % (tag, m))
    # signatures outside matching windows
    for k, rx in SIG.items():
        kw = [w for w in wins if w[2] == k or (k == 'panic' and w[2] in ('panic',))]
        for t, ln in x.all_lines():
            if rx.search(ln) and not in_windows(t, kw, 3000):
                E('%s signature outside any %s window at %s: %s' % (k, k, fmt(t), ln[:160]))
                break
    # gaps that are unexpected given the local rate (outside silence / incident windows)
    ts = x.t
    for j in range(1, len(ts)):
        a, b = ts[j - 1], ts[j]
        if b - a <= 8 * MIN:
            continue
        if any(s - 2 * MIN <= a and b <= e + 2 * MIN for s, e, k in wins) \
                or any(k == 'silence' and a <= s + 1000 and b >= e - 1000 for s, e, k in wins) \
                or any(s - 1000 <= a <= e + 1000 for s, e, k in wins if k != 'silence'):
            continue
        lo = a - 60 * MIN
        n = 0
        i = j - 1
        while i >= 0 and ts[i] >= lo:
            if not in_windows(ts[i], wins, MIN):
                n += 1
            i -= 1
        local = n / max(1.0, (a - max(lo, x.first)) / MIN)
        if local * (b - a) / MIN >= 25:
            E('unlabelled gap of %.1f min at %s (local rate %.1f lines/min)' % ((b - a) / MIN, fmt(a), local))
    # 10-minute bucket comparisons
    B = 10 * MIN
    if not ts:
        return
    b0 = x.first
    nb = int((x.last - b0) // B) + 1
    cnt = [0] * nb
    st = [[0, 0] for _ in range(nb)]
    lat = [[] for _ in range(nb)]
    for t, ln in zip(ts, x.lines):
        i = int((t - b0) // B)
        cnt[i] += 1
        c = status(ln)
        if c is not None:
            st[i][0] += 1
            if c >= 500:
                st[i][1] += 1
        v = latency(ln)
        if v is not None:
            lat[i].append(v)
    for t, ln in x.carry:
        v = latency(ln)
        if v is not None:
            lat[min(nb - 1, int((t - b0) // B))].append(v)
    med = [pct(l, 0.5) if len(l) >= 15 else None for l in lat]
    valid = []
    for i in range(nb):
        bs, be = b0 + i * B, b0 + (i + 1) * B
        valid.append(not any(bs - 2 * MIN < e and s < be + 2 * MIN for s, e, k in wins))
    is_access = sum(v[0] for v in st) > 0.5 * len(ts)
    for i in range(6, nb - 1):
        bs = b0 + i * B
        if not valid[i]:
            continue
        ref = [j for j in range(i - 6, i) if valid[j]]
        if len(ref) < 3:
            continue
        prev = sorted(cnt[j] for j in ref)[len(ref) // 2]
        if is_access and prev >= 30 and cnt[i] > 2.6 * prev:
            E('unlabelled volume jump x%.1f at %s' % (cnt[i] / prev, fmt(bs)))
        if st[i][0] >= 60:
            sh = st[i][1] / st[i][0]
            base = sum(st[j][1] for j in ref) / max(1, sum(st[j][0] for j in ref))
            if sh > 0.03 and sh > 4 * base:
                E('unlabelled 5xx share %.1f%% at %s (before %.2f%%)' % (sh * 100, fmt(bs), base * 100))
        pm = [med[j] for j in ref if med[j] is not None]
        if med[i] is not None and len(pm) >= 3:
            r = sorted(pm)[len(pm) // 2]
            if med[i] > 2.5 * r:
                E('unlabelled latency jump x%.1f at %s' % (med[i] / r, fmt(bs)))


def main():
    if len(sys.argv) != 2:
        print('usage: python3 check.py OUTDIR', file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    dirs = sorted(os.path.join(out, d) for d in os.listdir(out) if re.match(r'^s\d\d$', d))
    errs, notes = [], []
    kinds = {}
    nhealthy = 0
    if len(dirs) != 10:
        errs.append('expected 10 scenarios, found %d' % len(dirs))
    for d in dirs:
        r = check_scenario(d, errs, notes)
        if r is None:
            continue
        total, healthy, n, ks = r
        nhealthy += bool(healthy)
        for k, f in ks:
            kinds[k] = kinds.get(k, 0) + 1
        print('%s lines=%6d healthy=%-5s incidents=%d %s' % (os.path.basename(d), total, healthy, n,
                                                               ', '.join('%s@%s' % (k, f[:28]) for k, f in ks)))
    if nhealthy != 2:
        errs.append('%d healthy scenarios (expected 2)' % nhealthy)
    print('\nincident kinds:', ', '.join('%s=%d' % kv for kv in sorted(kinds.items())))
    print('\nper-incident measurements:')
    for n in notes:
        print('  ' + n)
    if errs:
        print('\nVIOLATIONS (%d):' % len(errs))
        for e in errs:
            print('  ' + e)
        sys.exit(1)
    print('\nOK: no violations')


if __name__ == '__main__':
    main()
