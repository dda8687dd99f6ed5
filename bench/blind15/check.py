#!/usr/bin/env python3
"""Stand-alone checker for blind15 bundles.  Usage: python3 check.py OUTDIR [--verbose]
Re-parses every file with its own timestamp regexes (imports nothing from the generator) and verifies the contract."""
import sys
sys.dont_write_bytecode = True
import os
import re
import gzip
import json
import statistics
from datetime import datetime, timezone, timedelta

KINDS = {'error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'oom_kill',
         'disk_full', 'panic'}
WINDOW_KINDS = {'latency_shift', 'http_5xx', 'traffic_flood', 'silence'}
MON = {m: i for i, m in enumerate(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'], 1)}

R_JSON = re.compile(r'"(?:time|ts)":"([^"]+)"')
R_TIMEEQ = re.compile(r'^time="([^"]+)"')
R_ISO = re.compile(r'^\[?(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?(?: ?(Z|[+-]\d\d:?\d\d)(?=[\] ]|$))?')
R_SYS = re.compile(r'^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d)(?:\.(\d+))? ')
R_SLASH = re.compile(r'^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) ')
R_YYMMDD = re.compile(r'^(\d\d)(\d\d)(\d\d) {1,2}(\d{1,2}):(\d\d):(\d\d) ')
R_ISOANY = re.compile(r'^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?$')

PANIC_RE = re.compile(r'(^|\W)panic: |Segmentation fault|got signal 11|SIGSEGV|ABORTING region server|TERRAFORM CRASH|exited on signal 11|core dumped|code=dumped')
OOM_RE = re.compile(r'OutOfMemoryError|OOM killer|oom-kill|out of memory|not enough memory|Run out of memory', re.I)
DISK_RE = re.compile(r'No space left on device|ENOSPC|Disk full|errno: 28|error system:28', re.I)
CRASH_RE = re.compile(PANIC_RE.pattern + '|' + OOM_RE.pattern + '|' + DISK_RE.pattern + r'|Traceback \(most recent call last\)', re.I)
RETRY_RE = re.compile(r'retr(y|ying|ies)|reconnect|back-?off|attempt|trying|tried \[|next try|try again|re-authenticate|'
                      r'connection refused|timed out|i/o timeout|Opening socket connection', re.I)

DUR_RES = [(re.compile(r'\btime_ms=(\d+)'), 1.0), (re.compile(r'http\.duration=(\d+)'), 1.0),
           (re.compile(r'duration_in_ms=([\d.]+)'), 1.0), (re.compile(r'elapsed="([\d.]+)ms"'), 1.0),
           (re.compile(r'syncProxyRules took ([\d.]+)ms'), 1.0), (re.compile(r'"request_time":([\d.]+)'), 1000.0),
           (re.compile(r'Time taken: ([\d.]+) seconds'), 1000.0), (re.compile(r'"query/time":(\d+)'), 1.0),
           (re.compile(r'Reconciliation finished in ([\d.]+)s'), 1000.0), (re.compile(r'STEP_SUCCESS - .* in ([\d.]+)s\.$'), 1000.0),
           (re.compile(r'RequestLog - .*" (\d+)$'), 1.0)]
STATUS_RES = [re.compile(r'http\.status_code=(\d{3})'), re.compile(r'"status":(\d{3})'), re.compile(r'\bcode=(\d{3})\b'),
              re.compile(r'RequestLog - \S+ - - \[[^\]]+\] "[^"]*" (\d{3}) ')]

MASK = [(re.compile(r'time="[^"]*" ?'), ''), (re.compile(r'"(?:ts|time)":"[^"]*",?'), ''),
        (re.compile(r'^\s*\S+ [\w.@-]+\[\d+\]: \s*'), ''),
        (re.compile(r'[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'), '#'),
        (re.compile(r'\b[0-9a-f]{6,}\b'), '#'), (re.compile(r'\d+'), '#')]


def parse_off(s):
    if s is None:
        return None
    if s == 'Z':
        return 0
    sg = 1 if s[0] == '+' else -1
    s = s[1:].replace(':', '')
    return sg * (int(s[:2]) * 3600 + int(s[2:]) * 60)


def frac(f):
    return float('0.' + f) if f else 0.0


def epoch(y, mo, d, h, mi, sec):
    return (datetime(y, mo, d, h, mi, sec, tzinfo=timezone.utc) - datetime(1970, 1, 1, tzinfo=timezone.utc)).total_seconds()


def parse_ts(line):
    """Return (seconds, kind, span) kind: 'abs' (UTC epoch), 'naive' (local as-if-UTC), 'noyear' (needs year); None."""
    c = line[:1]
    if c == '{':
        m = R_JSON.search(line)
        if m:
            v = parse_iso_str(m.group(1))
            if v:
                return v[0], v[1], 0
        return None
    if c == 't':
        m = R_TIMEEQ.match(line)
        if m:
            v = parse_iso_str(m.group(1))
            if v:
                return v[0], v[1], m.end()
        return None
    if c.isdigit() or c == '[':
        m = R_ISO.match(line)
        if m:
            y, mo, d, h, mi, s, f, o = m.groups()
            t = epoch(int(y), int(mo), int(d), int(h), int(mi), int(s)) + frac(f)
            off = parse_off(o)
            if off is None:
                return t, 'naive', m.end()
            return t - off, 'abs', m.end()
        m = R_SLASH.match(line)
        if m:
            y, mo, d, h, mi, s = map(int, m.groups())
            return epoch(y, mo, d, h, mi, s), 'naive', m.end()
        m = R_YYMMDD.match(line)
        if m:
            y, mo, d, h, mi, s = map(int, m.groups())
            return epoch(2000 + y, mo, d, h, mi, s), 'naive', m.end()
        return None
    if c.isupper():
        m = R_SYS.match(line)
        if m and m.group(1) in MON:
            mo, d, h, mi, s, f = m.groups()
            return (MON[mo], int(d), int(h), int(mi), int(s), frac(f)), 'noyear', m.end()
    return None


def parse_iso_str(s):
    m = R_ISOANY.match(s)
    if not m:
        return None
    y, mo, d, h, mi, sec, f, o = m.groups()
    t = epoch(int(y), int(mo), int(d), int(h), int(mi), int(sec)) + frac(f)
    off = parse_off(o)
    if off is None:
        return t, 'naive'
    return t - off, 'abs'


def read_member(path):
    raw = open(path, 'rb').read()
    info = {}
    if path.endswith('.gz'):
        info['gz_header_ok'] = raw[:2] == b'\x1f\x8b' and raw[3] & 0x08 == 0 and raw[4:8] == b'\0\0\0\0'
        raw = gzip.decompress(raw)
    info['bytes'] = len(raw)
    if raw.startswith(b'\xef\xbb\xbf'):
        raw = raw[3:]
        info['bom'] = True
    txt = raw.decode('utf-8')
    if '\r\n' in txt:
        info['crlf'] = True
        txt = txt.replace('\r\n', '\n')
    lines = txt.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return lines, info


class FileData:
    def __init__(s, name, lines, info):
        s.name = name
        s.lines = lines
        s.info = info
        s.raw = []     # per line: (value, kind) or None
        s.key_start = []
        kinds = {}
        for ln in lines:
            p = parse_ts(ln)
            if p is None:
                s.raw.append(None)
                s.key_start.append(0)
            else:
                s.raw.append((p[0], p[1]))
                s.key_start.append(p[2])
                kinds[p[1]] = kinds.get(p[1], 0) + 1
        s.kind = max(kinds, key=lambda k: kinds[k]) if kinds else None
        s.ts = None

    def resolve(s, offset, year):
        out = []
        cur = None
        for v in s.raw:
            if v is not None:
                val, k = v
                if k == 'abs':
                    cur = val
                elif k == 'naive':
                    cur = val - offset
                else:
                    mo, d, h, mi, sec, f = val
                    cur = epoch(year, mo, d, h, mi, sec) + f - offset
            out.append(cur)
        first = next((x for x in out if x is not None), None)
        s.ts = [x if x is not None else first for x in out]


def fmt(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime('%Y-%m-%dT%H:%M:%S')


def key_of(fd, i):
    s = fd.lines[i][fd.key_start[i]:]
    if s.startswith('{'):
        try:
            d = json.loads(s)
            s = f"{d.get('level')} {d.get('msg')} {str(d.get('error', ''))[:60]}"
        except ValueError:
            pass
    for rx, rep in MASK:
        s = rx.sub(rep, s)
    return s.strip()[:80]


def check_scenario(path, verbose):
    errs = []
    warns = []
    names = sorted(os.listdir(path))
    if 'truth.json' not in names:
        return ['missing truth.json'], [], {}
    truth = json.load(open(os.path.join(path, 'truth.json')))
    members = [n for n in names if n != 'truth.json']
    if not 3 <= len(members) <= 6:
        errs.append(f"{len(members)} log files (want 3-6)")
    fds = {}
    for n in members:
        lines, info = read_member(os.path.join(path, n))
        if n.endswith('.gz') and not info.get('gz_header_ok'):
            errs.append(f"{n}: gzip header has a name or non-zero mtime")
        fds[n] = FileData(n, lines, info)
    total = sum(len(fd.lines) for fd in fds.values())
    nbytes = sum(fd.info['bytes'] for fd in fds.values())
    if not 50000 <= total <= 150000:
        errs.append(f"total lines {total} not in 50k..150k")
    absf = [fd for fd in fds.values() if fd.kind == 'abs']
    if not absf:
        errs.append('no file carries an absolute time reference')
        return errs, warns, {'lines': total, 'bytes': nbytes}
    for fd in absf:
        fd.resolve(0, 1970)
    ws = min(fd.ts[0] for fd in absf)
    we = max(fd.ts[-1] for fd in absf)
    year = datetime.fromtimestamp(ws, timezone.utc).year
    for fd in fds.values():
        if fd.kind == 'abs':
            continue
        best = None
        for y in (year - 1, year, year + 1):
            for q in range(-14 * 4, 14 * 4 + 1):
                off = q * 900
                fd.raw_first = next(v for v in fd.raw if v is not None)
                fd.raw_last = next(v for v in reversed(fd.raw) if v is not None)
                def conv(v):
                    val, k = v
                    if k == 'noyear':
                        mo, d, h, mi, sec, f = val
                        try:
                            return epoch(y, mo, d, h, mi, sec) + f - off
                        except ValueError:
                            return None
                    if k == 'abs':
                        return val
                    return val - off
                a, b = conv(fd.raw_first), conv(fd.raw_last)
                if a is None or b is None:
                    continue
                sc = abs(a - ws) + abs(b - we)
                if best is None or sc < best[0]:
                    best = (sc, off, y)
        fd.resolve(best[1], best[2])
        fd.off = best[1]
        if best[0] > 1200:
            errs.append(f"{fd.name}: cannot align local time with the absolute files (residual {best[0]:.0f}s)")
    ws = min(fd.ts[0] for fd in fds.values())
    we = max(fd.ts[-1] for fd in fds.values())
    dur = (we - ws) / 60
    if not 115 <= dur <= 485:
        errs.append(f"window {dur:.0f} min not in 2..8 h")
    for fd in fds.values():
        if fd.ts[0] - ws > 300 or we - fd.ts[-1] > 300:
            errs.append(f"{fd.name}: no lines near both window edges ({fmt(fd.ts[0])} .. {fmt(fd.ts[-1])})")
        bad = sum(1 for a, b in zip(fd.ts, fd.ts[1:]) if b < a - 1e-6)
        if bad:
            errs.append(f"{fd.name}: {bad} timestamps go backwards")
    incs = truth.get('incidents', [])
    # crash-wording windows per file
    cw = {}
    for inc in incs:
        try:
            a = parse_iso_str(inc['start'].rstrip('Z') + 'Z')[0]
            b = parse_iso_str(inc['end'].rstrip('Z') + 'Z')[0]
        except Exception:
            errs.append(f"bad times in {inc}")
            continue
        inc['_a'], inc['_b'] = a, b
        if inc['kind'] in ('oom_kill', 'panic', 'disk_full'):
            cw.setdefault(inc['file'], []).append((a - 1, b + 1))
    for fd in fds.values():
        wins = cw.get(fd.name, [])
        for i in crash_candidates(fd):
            ln = fd.lines[i]
            if CRASH_RE.search(ln):
                t = fd.ts[i]
                if not any(a <= t <= b for a, b in wins):
                    errs.append(f"{fd.name}: crash/OOM/disk-full wording outside an incident at {fmt(t)}: {ln[:120]}")
                    break
    byfile = {}
    for inc in incs:
        if '_a' not in inc:
            continue
        k, fn, a, b = inc['kind'], inc['file'], inc['_a'], inc['_b']
        if k not in KINDS:
            errs.append(f"unknown kind {k}")
            continue
        if fn not in fds:
            errs.append(f"incident file {fn} missing")
            continue
        if a - ws < 40 * 60 - 1:
            errs.append(f"{k} in {fn} starts {(a - ws) / 60:.1f} min after window start (<40)")
        if we - b < 9 * 60 - 1:
            errs.append(f"{k} in {fn} ends {(we - b) / 60:.1f} min before window end (<9)")
        byfile.setdefault(fn, []).append((a, b, k))
        fd = fds[fn]
        e = check_incident(fd, inc, a, b, incs, ws, we)
        if e:
            errs.append(f"{fn}: {k} {inc['start']}..{inc['end']}: {e}")
        elif verbose:
            print(f"    ok {k:14s} {fn:40s} {inc['start']} .. {inc['end']}")
    for fn, lst in byfile.items():
        lst.sort()
        for (a1, b1, k1), (a2, b2, k2) in zip(lst, lst[1:]):
            if a2 - b1 < 13 * 60 - 1:
                errs.append(f"{fn}: {k1} and {k2} only {(a2 - b1) / 60:.1f} min apart")
    st = {'lines': total, 'bytes': nbytes, 'incidents': len(incs), 'kinds': [i['kind'] for i in incs],
          'year': year, 'dur': dur, 'files': len(members)}
    return errs, warns, st


CRASH_WORDS = ['panic: ', 'segmentation fault', 'got signal 11', 'sigsegv', 'aborting region server', 'terraform crash',
               'exited on signal 11', 'core dumped', 'code=dumped', 'outofmemoryerror', 'oom killer', 'oom-kill', 'out of memory',
               'not enough memory', 'run out of memory', 'no space left on device', 'enospc', 'disk full', 'errno: 28',
               'error system:28', 'traceback (most recent call last)']


def crash_candidates(fd):
    """Line indices that contain any crash keyword (cheap substring scan of the whole text, then exact regex)."""
    import bisect
    low = '\n'.join(fd.lines).lower()
    starts = [0]
    pos = low.find('\n')
    while pos >= 0:
        starts.append(pos + 1)
        pos = low.find('\n', pos + 1)
    out = set()
    for w in CRASH_WORDS:
        p = low.find(w)
        while p >= 0:
            out.add(bisect.bisect_right(starts, p) - 1)
            p = low.find(w, p + 1)
    return sorted(out)


def in_rng(fd, a, b, tol=0.0):
    return [i for i, t in enumerate(fd.ts) if a - tol <= t <= b + tol]


def check_incident(fd, inc, a, b, incs, ws, we):
    k = inc['kind']
    n = len(fd.lines)
    others = [(x['_a'], x['_b']) for x in incs if x is not inc and x.get('file') == fd.name and '_a' in x]
    inside = in_rng(fd, a, b, 1.0)
    outside = [i for i in range(n) if not (a - 1 <= fd.ts[i] <= b + 1) and not any(p - 60 <= fd.ts[i] <= q + 60 for p, q in others)]
    dur_in = max(b - a, 1.0)
    dur_out = max((we - ws) - dur_in - sum(q - p for p, q in others), 60.0)
    if k == 'silence':
        cnt = sum(1 for t in fd.ts if a + 0.5 < t < b - 0.5)
        if cnt:
            return f"{cnt} lines inside a silence window"
        rate = n / ((we - ws) / 60)
        if rate < 8:
            return f"file writes only {rate:.1f} lines/min"
        return None
    if k == 'traffic_flood':
        win = len(inside) / (dur_in / 60)
        nb = [i for i in range(n) if (a - 1800 <= fd.ts[i] < a or b < fd.ts[i] <= b + 1800)
              and not any(p - 60 <= fd.ts[i] <= q + 60 for p, q in others)]
        span = (min(a, fd.ts[-1]) - max(a - 1800, ws)) + (min(b + 1800, we) - b)
        base = len(nb) / max(span / 60, 1)
        if win < 2.5 * base:
            return f"rate {win:.1f}/min vs {base:.1f}/min around it"
        return None
    if k == 'latency_shift':
        def durs(idx):
            out = []
            for i in idx:
                ln = fd.lines[i]
                for rx, mul in DUR_RES:
                    m = rx.search(ln)
                    if m:
                        out.append(float(m.group(1)) * mul)
                        break
            return out
        di, do = durs(inside), durs(outside)
        if len(di) < 10 or len(do) < 30:
            return f"too few durations ({len(di)} in, {len(do)} out)"
        ratio = statistics.median(di) / max(statistics.median(do), 1e-9)
        if ratio < 2.5:
            return f"median duration ratio only {ratio:.2f}"
        return None
    if k == 'http_5xx':
        def sts(idx):
            out = []
            for i in idx:
                ln = fd.lines[i]
                for rx in STATUS_RES:
                    m = rx.search(ln)
                    if m:
                        out.append(int(m.group(1)))
                        break
            return out
        si, so = sts(inside), sts(outside)
        if len(si) < 20:
            return f"too few statuses in window ({len(si)})"
        fi = sum(1 for x in si if x >= 500) / len(si)
        fo = sum(1 for x in so if x >= 500) / max(len(so), 1)
        if fi < 0.2 or fo > 0.05:
            return f"5xx share {fi:.2f} inside vs {fo:.3f} outside"
        return None
    if k in ('oom_kill', 'panic', 'disk_full'):
        rx = {'oom_kill': OOM_RE, 'panic': PANIC_RE, 'disk_full': DISK_RE}[k]
        hits = [i for i in inside if rx.search(fd.lines[i])]
        if k == 'disk_full' and len(hits) < 20:
            return f"only {len(hits)} disk-full lines"
        if not hits:
            return 'no crash/OOM line inside'
        if k in ('oom_kill', 'panic'):
            # the process must come back: lines continue after the window
            if not any(t > b for t in fd.ts):
                return 'no lines after the crash'
        return None
    if k == 'retry_storm':
        hi = sum(1 for i in inside if RETRY_RE.search(fd.lines[i]))
        ho = sum(1 for i in outside if RETRY_RE.search(fd.lines[i]))
        ri, ro = hi / dur_in, ho / dur_out
        if hi < 30 or ri < 5 * ro:
            return f"retry lines {hi} inside ({ri * 60:.1f}/min) vs {ro * 60:.2f}/min outside"
        return None
    # error_burst / new_error: template analysis
    kin = {}
    for i in inside:
        if fd.raw[i] is None:
            continue
        kk = key_of(fd, i)
        kin[kk] = kin.get(kk, 0) + 1
    kout, kbefore = {}, {}
    for i in range(n):
        if fd.raw[i] is None or a - 1 <= fd.ts[i] <= b + 1:
            continue
        kk = key_of(fd, i)
        if kk in kin:
            kout[kk] = kout.get(kk, 0) + 1
            if fd.ts[i] < a:
                kbefore[kk] = kbefore.get(kk, 0) + 1
    cand = {kk: c for kk, c in kin.items() if c >= 3 and c / dur_in >= 10 * kout.get(kk, 0) / dur_out}
    if k == 'new_error':
        new = sum(c for kk, c in cand.items() if kbefore.get(kk, 0) == 0 and kout.get(kk, 0) == 0)
        if new < 20:
            return f"only {new} lines of never-seen templates in window"
        return None
    mass = sum(c for kk, c in cand.items() if kout.get(kk, 0) > 0)
    if mass < 20:
        return f"only {mass} burst lines of a template that also occurs outside ({sorted(cand.items(), key=lambda x: -x[1])[:2]})"
    return None


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    verbose = '--verbose' in sys.argv
    scen = sorted(d for d in os.listdir(out) if re.match(r'^s\d\d$', d))
    allerr = []
    kinds = set()
    healthy = 0
    years = []
    tb = 0
    if scen != [f"s{i:02d}" for i in range(1, 11)]:
        allerr.append(f"scenario dirs {scen}")
    for s in scen:
        e, w, st = check_scenario(os.path.join(out, s), verbose)
        tb += st.get('bytes', 0)
        if st.get('incidents') == 0:
            healthy += 1
        elif st.get('incidents', 0) > 3:
            e.append(f"{st['incidents']} incidents (max 3)")
        kinds |= set(st.get('kinds', []))
        if 'year' in st:
            years.append(st['year'])
        if verbose or e:
            print(f"{s}: files={st.get('files')} lines={st.get('lines')} MB={st.get('bytes', 0) / 1e6:.1f} "
                  f"dur={st.get('dur', 0):.0f}min year={st.get('year')} incidents={st.get('kinds')}")
        for x in e:
            print(f"  ERROR {s}: {x}")
        allerr += [f"{s}: {x}" for x in e]
    if healthy != 2:
        allerr.append(f"{healthy} healthy scenarios (want 2)")
    if kinds != KINDS:
        allerr.append(f"kinds missing: {sorted(KINDS - kinds)}")
    if sum(1 for y in years if y != 2026) < 2:
        allerr.append('fewer than two scenarios not in 2026')
    print(f"total {tb / 1e6:.1f} MB uncompressed; {len(allerr)} errors")
    for x in allerr[-5:]:
        pass
    sys.exit(1 if allerr else 0)


if __name__ == '__main__':
    main()
