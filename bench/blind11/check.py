#!/usr/bin/env python3
"""Stand-alone checker for a blind11 bundle directory (imports nothing from the generator).

usage: python3 check.py OUTDIR [--verbose]
Exit 0 when every scenario follows the rules, 1 with the violations listed.
"""
import calendar
import collections
import gzip
import json
import os
import re
import statistics
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

KINDS = {'error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'oom_kill', 'disk_full', 'panic'}
WINDOW_KINDS = {'latency_shift', 'http_5xx', 'traffic_flood', 'silence'}
MON = {m: i + 1 for i, m in enumerate(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])}
ANSI = re.compile(r'\x1b\[[0-9;]*m')
BAD_WORDS = re.compile(r'out of memory|OutOfMemory|MemoryError|No space left on device|no space left on device|ENOSPC|:enospc|'
                       r'panic: |fatal error: |CRASH REPORT|Critical error|Segmentation fault|SIGSEGV|SIGKILL|NoMemoryError|'
                       r'Allowed memory size|Cannot allocate|Ran out of memory|heap space|Unhandled exception\.|An error has been caught|Oops, cannot start', re.I)


def ts(y, mo, d, h, mi, s, frac=0.0):
    return calendar.timegm((y, mo, d, h, mi, s, 0, 0, 0)) + frac


def off_of(z):
    if z in (None, ''):
        return None
    if z == 'Z':
        return 0
    sign = -1 if z[0] == '-' else 1
    z = z[1:].replace(':', '')
    return sign * (int(z[:2]) * 3600 + int(z[2:4]) * 60)


ISO = re.compile(r'(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?')


def parse_iso(s):
    m = ISO.match(s)
    if not m:
        return None
    y, mo, d, h, mi, se = map(int, m.groups()[:6])
    frac = float('0.' + m.group(7)) if m.group(7) else 0.0
    t = ts(y, mo, d, h, mi, se, frac)
    o = off_of(m.group(8))
    if o is None:
        return ('naive', t, None)
    return ('abs', t - o, o)


PATS = [
    ('logrus', re.compile(r'^time="?([^" ]+)"?\s+level=')),
    ('gin', re.compile(r'^\[GIN\] (\d{4})/(\d\d)/(\d\d) - (\d\d):(\d\d):(\d\d)')),
    ('gostd', re.compile(r'^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) ')),
    ('rails', re.compile(r'^[DIWEFAU], \[(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d+) #\d+\]')),
    ('iso', re.compile(r'^(?:<\d>)?(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d\S*)')),
    ('django', re.compile(r'^\[(\d\d)/(\w{3})/(\d{4}) (\d\d):(\d\d):(\d\d)\]')),
    ('php', re.compile(r'^\[(\d\d)-(\w{3})-(\d{4}) (\d\d):(\d\d):(\d\d)(?: ([\w/+-]+))?\]')),
    ('fpmaccess', re.compile(r'^\S+ - \S* ?(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4}) ')),
    ('nest', re.compile(r'^\[Nest\] \d+\s+- (\d\d?)/(\d\d?)/(\d{4}), (\d\d?):(\d\d):(\d\d)[\s\u202f](AM|PM)')),
    ('elixir', re.compile(r'^(\d\d):(\d\d):(\d\d)\.(\d{3}) ')),
    ('erlang', re.compile(r'^=[A-Z ]+ REPORT==== (\d\d?)-(\w{3})-(\d{4})::(\d\d):(\d\d):(\d\d)(?:\.(\d+))? ===')),
    ('akka', re.compile(r'^\[(?:INFO|WARN|ERROR|DEBUG)\] \[(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d):(\d\d)\.(\d{3})\]')),
    ('jul', re.compile(r'^(\w{3}) (\d\d), (\d{4}) (\d\d?):(\d\d):(\d\d) (AM|PM) \S')),
    ('unreal', re.compile(r'^\[(\d{4})\.(\d\d)\.(\d\d)-(\d\d)\.(\d\d)\.(\d\d):(\d{3})\]\[\s*\d+\]')),
    ('srcds', re.compile(r'^L (\d\d)/(\d\d)/(\d{4}) - (\d\d):(\d\d):(\d\d): ')),
    ('factorio0', re.compile(r'^\s*0\.000 (\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d); Factorio')),
    ('factorio', re.compile(r'^\s*(\d+\.\d{3}) (?:Info|Warning|Error|Verbose|Script|Operating|Program|Read|Write|Running)')),
]
RAILS_AT = re.compile(r' at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d ([+-]\d{4})$')


def parse_line(line):
    """-> (kind, value, explicit_offset) or None. kinds: abs, naive, tod, rel, relanchor"""
    if line.startswith('{'):
        try:
            d = json.loads(line)
        except ValueError:
            return None
        for k in ('time', 'timestamp', 'Timestamp'):
            if k in d:
                v = d[k]
                if isinstance(v, (int, float)):
                    return ('abs', v / 1000.0 if v > 1e11 else float(v), None)
                if isinstance(v, str):
                    return parse_iso(v)
        return None
    for name, rx in PATS:
        m = rx.match(line)
        if not m:
            continue
        g = m.groups()
        if name == 'logrus':
            return parse_iso(g[0])
        if name in ('gin', 'gostd'):
            return ('naive', ts(*map(int, g)), None)
        if name == 'rails':
            m2 = RAILS_AT.search(line)
            return ('naive', ts(*map(int, g[:6]), float('0.' + g[6])), off_of(m2.group(1)) if m2 else None)
        if name == 'iso':
            return parse_iso(g[0])
        if name == 'django':
            return ('naive', ts(int(g[2]), MON[g[1]], int(g[0]), int(g[3]), int(g[4]), int(g[5])), None)
        if name == 'php':
            t = ts(int(g[2]), MON[g[1]], int(g[0]), int(g[3]), int(g[4]), int(g[5]))
            if g[6]:
                try:
                    o = int(datetime.fromtimestamp(t, ZoneInfo(g[6])).utcoffset().total_seconds())
                    o = int(datetime.fromtimestamp(t - o, ZoneInfo(g[6])).utcoffset().total_seconds())
                except Exception:
                    return None
                return ('abs', t - o, o if g[6] != 'UTC' else None)
            return ('naive', t, None)
        if name == 'fpmaccess':
            o = off_of(g[6])
            return ('abs', ts(int(g[2]), MON[g[1]], int(g[0]), int(g[3]), int(g[4]), int(g[5])) - o, o)
        if name == 'nest':
            h = int(g[3]) % 12 + (12 if g[6] == 'PM' else 0)
            return ('naive', ts(int(g[2]), int(g[0]), int(g[1]), h, int(g[4]), int(g[5])), None)
        if name == 'elixir':
            return ('tod', int(g[0]) * 3600 + int(g[1]) * 60 + int(g[2]) + int(g[3]) / 1000.0, None)
        if name == 'erlang':
            return ('naive', ts(int(g[2]), MON[g[1]], int(g[0]), int(g[3]), int(g[4]), int(g[5]), float('0.' + g[6]) if g[6] else 0.0), None)
        if name == 'akka':
            return ('naive', ts(int(g[2]), int(g[0]), int(g[1]), int(g[3]), int(g[4]), int(g[5]), int(g[6]) / 1000.0), None)
        if name == 'jul':
            h = int(g[3]) % 12 + (12 if g[6] == 'PM' else 0)
            return ('naive', ts(int(g[2]), MON[g[0]], int(g[1]), h, int(g[4]), int(g[5])), None)
        if name == 'unreal':
            return ('abs', ts(*map(int, g[:6]), int(g[6]) / 1000.0), None)
        if name == 'srcds':
            return ('naive', ts(int(g[2]), int(g[0]), int(g[1]), int(g[3]), int(g[4]), int(g[5])), None)
        if name == 'factorio0':
            return ('relanchor', ts(*map(int, g)), None)
        if name == 'factorio':
            return ('rel', float(g[0]), None)
    return None


def read_lines(path):
    with open(path, 'rb') as fh:
        raw = fh.read()
    if path.endswith('.gz'):
        errs = []
        if raw[3] & 0x08:
            errs.append('gzip header carries a file name')
        if raw[4:8] != b'\x00\x00\x00\x00':
            errs.append('gzip mtime is not 0')
        raw = gzip.decompress(raw)
    else:
        errs = []
    if raw.startswith(b'\xef\xbb\xbf'):
        raw = raw[3:]
    text = raw.decode('utf-8')
    text = text.replace('\r\n', '\n')
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return lines, errs


STATUS_RX = [re.compile(p) for p in [r'"statusCode":(\d{3})', r'"status":(\d{3})', r'\bstatus=(\d{3})\b', r'^\[GIN\][^|]*\| (\d{3}) \|',
                                      r'HTTP/1\.1" (\d{3}) ', r'" (\d{3}) /var/www', r'Sent (\d{3}) in', r'Completed (\d{3}) ',
                                      r'Request finished HTTP/\S+ \S+ \S+ - (?:- - )?(\d{3}) ', r'\] (?:GET|POST|PUT|DELETE|PATCH) \S+ (\d{3}) \d+ms',
                                      r'-> (\d{3})$', r' - INFO  ?\S+ - (\d{3}) [A-Z]', r'Application - (\d{3}) ', r'Internal server error, for \(']]
DUR_RX = [(re.compile(p), u) for p, u in [(r'duration_ms=([\d.]+)', 'ms'), (r'"responseTime":([\d.]+)', 'ms'), (r'\bduration=([\d.]+)(ns|µs|us|ms|s)\b', None),
                                           (r'"duration":([\d.]+)', 'raw'), (r'^\[GIN\][^|]*\|[^|]*\|\s+([\d.]+)(ns|µs|ms|s) \|', None), (r'Sent \d{3} in (\d+)(ms|µs)', None),
                                           (r'Completed \d{3} .* in (\d+)ms', 'ms'), (r'\bduration=([\d.]+) view=', 'ms'), (r'" \d{3} \S+ ([\d.]+) \d+ [\d.]+%', 'ms'),
                                           (r'Request finished .* ([\d.]+)ms', 'ms'), (r' in (\d+)ms$', 'ms'), (r'\] (?:GET|POST|PUT|DELETE|PATCH) \S+ \d{3} (\d+)ms', 'ms')]]
UNIT = {'ns': 1e-6, 'µs': 1e-3, 'us': 1e-3, 'ms': 1.0, 's': 1000.0, 'raw': 1.0}


def line_status(line):
    for rx in STATUS_RX:
        m = rx.search(line)
        if m:
            if not m.groups():
                return 500
            return int(m.group(1))
    return None


def line_dur(line):
    for rx, u in DUR_RX:
        m = rx.search(line)
        if m:
            unit = u or m.group(2)
            return float(m.group(1)) * UNIT[unit]
    return None


def check_scenario(d, verbose):
    errs = []
    info = {}
    truth_p = os.path.join(d, 'truth.json')
    if not os.path.exists(truth_p):
        return [f"{d}: no truth.json"], info
    truth = json.load(open(truth_p))
    if set(truth.keys()) != {'incidents'}:
        errs.append(f"{d}: truth.json keys {sorted(truth)}")
    files = sorted(f for f in os.listdir(d) if f != 'truth.json')
    if not 3 <= len(files) <= 6:
        errs.append(f"{d}: {len(files)} log files")
    parsed = {}
    explicit = collections.Counter()
    total_lines = 0
    for fn in files:
        lines, e = read_lines(os.path.join(d, fn))
        errs += [f"{d}/{fn}: {x}" for x in e]
        total_lines += len(lines)
        recs = []
        lines = [ANSI.sub('', ln) if '\x1b' in ln else ln for ln in lines]
        for ln in lines:
            p = parse_line(ln)
            recs.append(p)
            if p and p[2] not in (None, 0):
                explicit[p[2]] += 1
        parsed[fn] = (lines, recs)
    info['lines'] = total_lines
    if not 50000 <= total_lines <= 150000:
        errs.append(f"{d}: {total_lines} lines (want 50k-150k)")
    # window from absolute stamps
    absmin, absmax = [], []
    for fn, (lines, recs) in parsed.items():
        a = [r[1] for r in recs if r and r[0] == 'abs']
        if len(a) > 20:
            absmin.append(min(a))
            absmax.append(max(a))
    if not absmin:
        return errs + [f"{d}: no file with absolute timestamps"], info
    W0, W1 = statistics.median(absmin), statistics.median(absmax)
    off = explicit.most_common(1)[0][0] if explicit else None
    if off is None:
        cands = []
        for fn, (lines, recs) in parsed.items():
            n = [r[1] for r in recs if r and r[0] == 'naive']
            if n:
                cands.append(round((min(n) - W0) / 900.0) * 900)
        off = collections.Counter(cands).most_common(1)[0][0] if cands else 0
    info['window'] = (W0, W1)
    info['off'] = off
    wl = (W1 - W0) / 3600.0
    if not (2 - 0.05 <= wl <= 8 + 0.05):
        errs.append(f"{d}: window {wl:.2f} h")
    y0 = datetime.fromtimestamp(W0, timezone.utc).year
    y1 = datetime.fromtimestamp(W1, timezone.utc).year
    yl0 = datetime.fromtimestamp(W0 + off, timezone.utc).year
    yl1 = datetime.fromtimestamp(W1 + off, timezone.utc).year
    if len({y0, y1, yl0, yl1}) != 1 or not 2018 <= y0 <= 2026:
        errs.append(f"{d}: year problem {y0} {y1} {yl0} {yl1}")
    info['year'] = y0
    # resolve every line to UTC
    times = {}
    for fn, (lines, recs) in parsed.items():
        out = []
        cur = None
        anchor = None
        day = None
        prev_tod = None
        stamped = 0
        for r in recs:
            if r is not None:
                k, v = r[0], r[1]
                if k == 'abs':
                    cur = v
                elif k == 'naive':
                    cur = v - off
                    if abs(cur - W0) > 200 * 86400:  # week-based-year pattern (YYYY) around New Year
                        cur -= 365 * 86400
                elif k == 'relanchor':
                    anchor = v - off
                    cur = anchor
                elif k == 'rel':
                    cur = (anchor if anchor is not None else W0) + v
                elif k == 'tod':
                    if day is None:
                        day = ((W0 + off) // 86400) * 86400
                        if v + day - off < W0 - 3600:
                            day += 86400
                    if prev_tod is not None and v < prev_tod - 43200:
                        day += 86400
                    prev_tod = v
                    cur = day + v - off
                stamped += 1
            out.append(cur)
        times[fn] = out
        if stamped == 0:
            if verbose:
                print(f"  {fn}: no timestamps (format writes none)")
            continue
        st = [t for t in out if t is not None]
        back = sum(1 for a, b in zip(st, st[1:]) if b < a - 2.0)
        if back > max(3, len(st) * 0.002):
            errs.append(f"{d}/{fn}: {back} lines go back in time by > 2s")
        bad = sum(1 for t in st if not (W0 - 90000 < t < W1 + 5))
        if bad > 20:
            errs.append(f"{d}/{fn}: {bad} stamps outside the window")
        inwin = [t for t in st if W0 - 5 <= t <= W1 + 5]
        if not inwin or min(inwin) > W0 + 120 or max(inwin) < W1 - 120:
            errs.append(f"{d}/{fn}: does not reach both window edges ({(min(inwin) - W0) if inwin else None}, {(W1 - max(inwin)) if inwin else None})")
        if verbose:
            print(f"  {fn}: {len(out)} lines, {stamped} stamped, {back} backwards")
    # incidents
    incs = truth.get('incidents', [])
    info['incidents'] = incs
    by_file = collections.defaultdict(list)
    for inc in incs:
        k, fn = inc.get('kind'), inc.get('file')
        if k not in KINDS:
            errs.append(f"{d}: bad kind {k}")
            continue
        if fn not in parsed:
            errs.append(f"{d}: incident file {fn} missing")
            continue
        try:
            s = datetime.strptime(inc['start'], '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc).timestamp()
            e = datetime.strptime(inc['end'], '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc).timestamp()
        except (KeyError, ValueError):
            errs.append(f"{d}: bad times in {inc}")
            continue
        if not e > s:
            errs.append(f"{d}: empty window {inc}")
        if s < W0 + 40 * 60 - 2 or e > W1 - 9 * 60 + 2:
            errs.append(f"{d}: {k} in {fn} too near the window edges")
        by_file[fn].append((s, e, k))
        lines, _ = parsed[fn]
        tl = times[fn]
        ctx = f"{d}: {k} in {fn} [{inc['start']}..{inc['end']}]"
        if k in WINDOW_KINDS:
            dur = e - s
            if k == 'silence':
                inside = sum(1 for t in tl if t is not None and s + 1 <= t < e - 1)
                before = sum(1 for t in tl if t is not None and s - 300 <= t < s)
                after = sum(1 for t in tl if t is not None and e <= t < e + 300)
                if inside or before < 10 or after < 10:
                    errs.append(f"{ctx}: silence not clean (inside {inside}, before {before}, after {after})")
                if not 600 <= dur <= 2400:
                    errs.append(f"{ctx}: silence length {dur}")
            elif k == 'traffic_flood':
                per_min = collections.Counter(int(t // 60) for t in tl if t is not None)
                outside = [per_min.get(m, 0) for m in range(int(W0 // 60) + 1, int(W1 // 60) - 1) if not (s - 60 <= m * 60 <= e)]
                inside = [per_min.get(m, 0) for m in range(int(s // 60) + 1, int(e // 60))]
                if not inside or statistics.mean(inside) < 3 * statistics.median(outside):
                    errs.append(f"{ctx}: flood rate {statistics.mean(inside) if inside else 0:.1f}/min vs median {statistics.median(outside)}")
                if not 300 <= dur <= 1800:
                    errs.append(f"{ctx}: flood length {dur}")
            elif k == 'latency_shift':
                ins, outs = [], []
                for ln, t in zip(lines, tl):
                    if t is None:
                        continue
                    v = line_dur(ln)
                    if v is None:
                        continue
                    (ins if s <= t < e else outs).append(v)
                if len(ins) < 20 or statistics.median(ins) < 2.5 * statistics.median(outs):
                    errs.append(f"{ctx}: latency not shifted (n={len(ins)}, {statistics.median(ins) if ins else 0:.2f} vs {statistics.median(outs) if outs else 0:.2f})")
                if not 600 <= dur <= 2400:
                    errs.append(f"{ctx}: latency length {dur}")
            elif k == 'http_5xx':
                n_in = n_out = 0
                for ln, t in zip(lines, tl):
                    if t is None:
                        continue
                    st = line_status(ln)
                    if st is not None and st >= 500:
                        if s <= t < e + 1:
                            n_in += 1
                        else:
                            n_out += 1
                rate_in = n_in / max(60.0, dur)
                rate_out = n_out / max(60.0, (W1 - W0) - dur)
                if n_in < 10 or rate_in < 5 * rate_out:
                    errs.append(f"{ctx}: 5xx not a burst ({n_in} in, {n_out} out)")
        else:
            m = re.search(r'match: "(.*)"$', inc.get('description', ''))
            if not m:
                errs.append(f"{ctx}: description lacks match")
                continue
            sig = m.group(1)
            hits = [t for ln, t in zip(lines, tl) if sig in ln]
            ins = [t for t in hits if t is not None and s - 1 <= t <= e + 1]
            others = []
            for o in incs:
                if o is not inc and o.get('file') == fn:
                    try:
                        others.append((datetime.strptime(o['start'], '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc).timestamp() - 1,
                                       datetime.strptime(o['end'], '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc).timestamp() + 1))
                    except (KeyError, ValueError):
                        pass
            outs = [t for t in hits if t is None or not (s - 1 <= t <= e + 1 or any(a <= t <= b for a, b in others))]
            if not ins:
                errs.append(f"{ctx}: no line with {sig!r} in window")
                continue
            if min(ins) > s + 2:
                errs.append(f"{ctx}: first matching line {min(ins) - s:.1f}s after start")
            if k == 'error_burst':
                rin = len(ins) / max(60.0, e - s)
                rout = len(outs) / max(60.0, (W1 - W0) - (e - s))
                if len(outs) == 0 or rin < 5 * rout or len(ins) < 20:
                    errs.append(f"{ctx}: error burst not an existing-kind burst (in {len(ins)}, out {len(outs)})")
            elif outs:
                errs.append(f"{ctx}: {len(outs)} matching lines outside the window")
            if k == 'retry_storm' and len(ins) < 100:
                errs.append(f"{ctx}: only {len(ins)} retry lines")
    for fn, lst in by_file.items():
        lst.sort()
        for (s1, e1, k1), (s2, e2, k2) in zip(lst, lst[1:]):
            if s2 - e1 < 13 * 60:
                errs.append(f"{d}/{fn}: incidents {k1} and {k2} only {(s2 - e1) / 60:.1f} min apart")
    # healthy noise: crash/oom/disk wording only inside incident windows
    for fn, (lines, recs) in parsed.items():
        wins = [(s - 2, e + 60) for s, e, k in by_file.get(fn, []) if k in ('panic', 'oom_kill', 'disk_full', 'new_error')]
        for ln, t in zip(lines, times[fn]):
            if BAD_WORDS.search(ln):
                if t is None or not any(a <= t <= b for a, b in wins):
                    if 'Internal Server Error' in ln or 'Internal server error' in ln:
                        continue
                    errs.append(f"{d}/{fn}: crash/oom/disk wording outside incidents: {ln[:120]!r}")
                    break
    return errs, info


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    verbose = '--verbose' in sys.argv
    if len(args) != 1:
        print(__doc__)
        sys.exit(2)
    out = args[0]
    errs = []
    scen = sorted(x for x in os.listdir(out) if re.fullmatch(r's\d\d', x))
    if scen != [f"s{i:02d}" for i in range(1, 11)]:
        errs.append(f"scenarios: {scen}")
    kinds = collections.Counter()
    healthy = 0
    years = []
    for s in scen:
        d = os.path.join(out, s)
        if verbose:
            print(s)
        e, info = check_scenario(d, verbose)
        errs += e
        incs = info.get('incidents', [])
        if not incs:
            healthy += 1
        elif not 1 <= len(incs) <= 3:
            errs.append(f"{d}: {len(incs)} incidents")
        for i in incs:
            kinds[i.get('kind')] += 1
        years.append(info.get('year'))
        if verbose:
            print(f"  => {info.get('lines')} lines, offset {info.get('off')}, {[(i['kind'], i['file']) for i in incs]}")
    if healthy != 2:
        errs.append(f"{healthy} healthy scenarios (want 2)")
    missing = KINDS - set(kinds)
    if missing:
        errs.append(f"kinds missing: {sorted(missing)}")
    if all(y == 2026 for y in years):
        errs.append("every scenario is in 2026")
    if errs:
        print(f"FAIL: {len(errs)} violation(s)")
        for e in errs:
            print(" -", e)
        sys.exit(1)
    print(f"OK: {len(scen)} scenarios, kinds {dict(sorted(kinds.items()))}")
    sys.exit(0)


if __name__ == '__main__':
    main()
