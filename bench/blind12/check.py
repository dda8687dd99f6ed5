#!/usr/bin/env python3
"""Stand-alone checker for blind12 bundles.  Usage: python3 check.py OUTDIR [--verbose]
Imports nothing from the generator; parses every format with its own regexes."""
import calendar
import datetime
import gzip
import json
import os
import re
import statistics
import sys
import zoneinfo

KINDS = ['error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'oom_kill', 'disk_full', 'panic']
WINDOW = {'latency_shift', 'http_5xx', 'traffic_flood', 'silence'}
MON = {m: i + 1 for i, m in enumerate(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])}
YMD = r'(?P<Y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)'
HMS = r'(?P<H>\d\d):(?P<M>\d\d):(?P<S>\d\d)'

# (file-name regex, [(line regex, mode)])  mode: local | utc | offset | epoch
PARSERS = [
    (r'^ti[dk][bv]\.log', [(r'^\[(?P<Y>\d{4})/(?P<m>\d\d)/(?P<d>\d\d) ' + HMS + r'\.(?P<f>\d+) (?P<z>[+-]\d\d:\d\d)\]', 'offset'),
                           (r'^(?P<Y>\d{4})/(?P<m>\d\d)/(?P<d>\d\d) ' + HMS + r'\.(?P<f>\d+) ', 'local')]),
    (r'^proxysql\.log', [(r'^' + YMD + ' ' + HMS + ' ', 'local')]),
    (r'^patroni\.log', [(r'^' + YMD + ' ' + HMS + r',(?P<f>\d{3}) [A-Z]+: ', 'local')]),
    (r'^main-archive-push', [(r'^' + YMD + ' ' + HMS + r'\.(?P<f>\d{3}) P\d\d ', 'local')]),
    (r'^meilisearch\.log', [(r'^' + YMD + 'T' + HMS + r'\.(?P<f>\d+)Z ', 'utc'), (r'^\[' + YMD + 'T' + HMS + 'Z ', 'utc')]),
    (r'^jupyterhub\.log', [(r'^\[[DIWEC] ' + YMD + ' ' + HMS + r'\.(?P<f>\d{3}) ', 'local')]),
    (r'^nsqd\.log', [(r'^\[nsqd\] (?P<Y>\d{4})/(?P<m>\d\d)/(?P<d>\d\d) ' + HMS + r'\.(?P<f>\d{6}) ', 'local')]),
    (r'^couchdb\.log', [(r'^\[[a-z]+\] ' + YMD + 'T' + HMS + r'\.(?P<f>\d+)Z ', 'utc')]),
    (r'^memcached\.log', []),
    (r'^(glusterd|data-glusterfs).*\.log', [(r'^\[' + YMD + ' ' + HMS + r'\.(?P<f>\d{6})( \+0000)?\] ', 'utc')]),
    (r'^trace\..*\.xml', [(r'Time="(?P<E>\d+\.\d+)"', 'epoch')]),
    (r'^bacula\.log', [(r'^(?P<d>\d\d)-(?P<mon>[A-Z][a-z]{2}) (?P<H>\d\d):(?P<M>\d\d) ', 'local')]),
    (r'^rspamd\.log', [(r'^' + YMD + ' ' + HMS + r'(\.(?P<f>\d{3}))? #\d+', 'local')]),
    (r'^clamd\.log', [(r'^[A-Z][a-z]{2} (?P<mon>[A-Z][a-z]{2}) +(?P<d>\d+) ' + HMS + r' (?P<Y>\d{4}) -> ', 'local')]),
    (r'^error_log', [(r'^[A-Z] \[(?P<d>\d\d)/(?P<mon>[A-Z][a-z]{2})/(?P<Y>\d{4}):' + HMS + r'(\.(?P<f>\d+))? (?P<z>[+-]\d{4})\]', 'offset')]),
    (r'^access_log', [(r'\[(?P<d>\d\d)/(?P<mon>[A-Z][a-z]{2})/(?P<Y>\d{4}):' + HMS + r' (?P<z>[+-]\d{4})\]', 'offset')]),
    (r'^SchedLog', [(r'^(?P<m>\d\d)/(?P<d>\d\d)/(?P<yy>\d\d) ' + HMS + ' ', 'local')]),
    (r'^train\.log', [(r'^' + YMD + ' ' + HMS + r'\.(?P<f>\d{6}): ', 'local'), (r'^[IWEF](?P<m>\d\d)(?P<d>\d\d) ' + HMS + r'\.(?P<f>\d{6}) ', 'local')]),
    (r'^raylet\.out', [(r'^\[' + YMD + ' ' + HMS + r',(?P<f>\d{3}) [DIWEC] ', 'local')]),
    (r'^vllm\.log', [(r'^[A-Z]+ (?P<m>\d\d)-(?P<d>\d\d) ' + HMS + ' ', 'local'), (r'^\[rank\d+\]:\[[IWEF](?P<m>\d\d)(?P<d>\d\d) ' + HMS + r'\.(?P<f>\d+) ', 'local')]),
    (r'^firebird\.log', [(r'^\S+( \(Server\))?\t[A-Z][a-z]{2} (?P<mon>[A-Z][a-z]{2}) +(?P<d>\d+) ' + HMS + r' (?P<Y>\d{4})$', 'local')]),
    (r'^hazelcast\.log', [(r'^' + YMD + ' ' + HMS + r',(?P<f>\d{3}) \[', 'local'),
                          (r'^(?P<mon>[A-Z][a-z]{2}) (?P<d>\d+), (?P<Y>\d{4}) (?P<h12>\d+):(?P<M>\d\d):(?P<S>\d\d) (?P<ap>AM|PM) ', 'local')]),
    (r'^CBS\.log', [(r'^' + YMD + ' ' + HMS + ', ', 'local')]),
    (r'^SYB_.*\.log', [(r'^\d\d:\d{4}:\d{5}:\d{5}:(?P<Y>\d{4})/(?P<m>\d\d)/(?P<d>\d\d) ' + HMS + r'\.(?P<f>\d\d) ', 'local')]),
    (r'^indexserver_.*\.trc', [(r'^\[\d+\]\{-?\d+\}\[-?\d+/-?\d+\] ' + YMD + ' ' + HMS + r'\.(?P<f>\d{6}) ', 'local')]),
]
PARSERS = [(re.compile(a), [(re.compile(b), m) for b, m in c]) for a, c in PARSERS]

DUR = [(re.compile(r'\) (\d+\.\d+)ms$'), 1e-3), (re.compile(r'" (\d+\.\d{6})$'), 1.0), (re.compile(r' \d{3} ok (\d+)$'), 1e-3),
       (re.compile(r'time: ([\d.]+)ms,'), 1e-3), (re.compile(r'; ([\d.]+) sec/batch\)'), 1.0), (re.compile(r'time\.busy=([\d.]+)(µs|ms|s) '), None)]
STATUS = [re.compile(r'^\[[A-Z] [^\]]+\] (\d{3}) [A-Z]+ /'), re.compile(r'" (\d{3}) \d+ "'), re.compile(r'status_code=(\d{3})'), re.compile(r' (\d{3}) ok \d+$'),
          re.compile(r'HTTP/1\.1" (\d{3}) \d+ '), re.compile(r'HTTP/1\.1" (\d{3}) [A-Z]')]
RE_DISK = re.compile(r'(?i)no space left|not enough space on the disk|disk.?full|enospc|0x80070070|segment is full|database or disk is full|gle=0x80070070|rc=28')
RE_OOM = re.compile(r'(?i)out of memory|outofmemory|\bOOM\b|memory pressure|Killed|heap space|allocate memory|memory allocation of|memory limit')
RE_CRASH = re.compile(r'(?i)signal received|panic|segmentation|sigsegv|signal 11|access violation|core dumped|check failed|kaboom|crashed|Traceback|Exception in|terminated abnormally|assert')
RE_BAD = re.compile(RE_DISK.pattern + r'|out of memory|outofmemory|\bOOM\b|memory pressure|segmentation|sigsegv|signal 11|access violation|core dumped|check failed|kaboom|^panic:', re.I)
RE_RETRY = re.compile(r'(?i)closed|retry|retrying|reconnect|timed? ?out|timeout|refused|connection|waiting|could not connect|failed to connect')


_CACHE = {}


def parse_ts(g, mode, year, off):
    if mode != 'epoch':
        f = g.get('f')
        key = (mode, year, off, g.get('Y'), g.get('yy'), g.get('m'), g.get('mon'), g['d'], g.get('H'), g.get('h12'), g.get('ap'), g['M'], g.get('S'), g.get('z'))
        base = _CACHE.get(key)
        if base is None:
            g2 = dict(g)
            g2['f'] = None
            base = _CACHE[key] = _parse_ts(g2, mode, year, off)
        return base + (int(f) / 10 ** len(f) if f else 0)
    return _parse_ts(g, mode, year, off)


def _parse_ts(g, mode, year, off):
    if mode == 'epoch':
        return float(g['E'])
    Y = int(g['Y']) if g.get('Y') else (2000 + int(g['yy']) if g.get('yy') else year)
    mo = int(g['m']) if g.get('m') else MON[g['mon']]
    H = int(g['H']) if g.get('H') else (int(g['h12']) % 12 + (12 if g['ap'] == 'PM' else 0))
    S = int(g['S']) if g.get('S') else 0
    t = calendar.timegm((Y, mo, int(g['d']), H, int(g['M']), S))
    if g.get('f'):
        t += int(g['f']) / 10 ** len(g['f'])
    if mode == 'local':
        t -= off
    elif mode == 'offset':
        z = g['z'].replace(':', '')
        t -= (1 if z[0] == '+' else -1) * (int(z[1:3]) * 3600 + int(z[3:5]) * 60)
    return t


def parse_iso(s):
    return calendar.timegm(datetime.datetime.strptime(s, '%Y-%m-%dT%H:%M:%SZ').timetuple())


def load(path):
    with open(path, 'rb') as fh:
        raw = fh.read()
    errs = []
    if path.endswith('.gz'):
        if raw[:2] != b'\x1f\x8b':
            errs.append('not gzip')
        if raw[3] & 0x08:
            errs.append('gzip header carries a file name')
        if raw[4:8] != b'\0\0\0\0':
            errs.append('gzip mtime not 0')
        raw = gzip.decompress(raw)
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        text = raw.decode('cp1252')
    return text, errs


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    verbose = '--verbose' in sys.argv
    out = args[0]
    bad = []
    kinds_seen = set()
    healthy = 0
    non2026 = 0
    tot_lines = tot_bytes = 0
    gz_n = gz_d = 0
    for i in range(1, 11):
        sn = 's%02d' % i
        d = os.path.join(out, sn)
        if not os.path.isdir(d):
            bad.append('%s missing' % sn)
            continue
        tr = json.load(open(os.path.join(d, 'truth.json')))
        meta = tr.get('meta', {})
        ws, we = parse_iso(meta['window_start']), parse_iso(meta['window_end'])
        tz = zoneinfo.ZoneInfo(meta['timezone'])
        a = datetime.datetime.fromtimestamp(ws, tz)
        b = datetime.datetime.fromtimestamp(we, tz)
        off = int(a.utcoffset().total_seconds())
        if a.utcoffset() != b.utcoffset():
            bad.append('%s: window crosses a UTC offset change' % sn)
        if a.year != b.year or datetime.datetime.utcfromtimestamp(ws).year != datetime.datetime.utcfromtimestamp(we).year:
            bad.append('%s: window crosses a year boundary' % sn)
        if not 2018 <= a.year <= 2026:
            bad.append('%s: year %d out of range' % (sn, a.year))
        non2026 += a.year != 2026
        if not 2 * 3600 <= we - ws <= 8 * 3600:
            bad.append('%s: window length %d s' % (sn, we - ws))
        files = sorted(f for f in os.listdir(d) if f != 'truth.json')
        if not 3 <= len(files) <= 6:
            bad.append('%s: %d log files' % (sn, len(files)))
        parsed = {}
        slines = 0
        for fn in files:
            path = os.path.join(d, fn)
            tot_bytes += os.path.getsize(path)
            text, e = load(path)
            bad += ['%s/%s: %s' % (sn, fn, x) for x in e]
            base = fn[:-3] if fn.endswith('.gz') else fn
            if not (fn == 'CBS.log' or base == 'firebird.log'):
                gz_d += 1
                gz_n += fn.endswith('.gz')
            if '\r\n' in text:
                text = text.replace('\r\n', '\n')
            lines = text.split('\n')
            if lines and lines[-1] == '':
                lines.pop()
            slines += len(lines)
            rules = None
            for fr, rr in PARSERS:
                if fr.match(base):
                    rules = rr
            if rules is None:
                bad.append('%s/%s: no parser for this file name' % (sn, fn))
                continue
            ts = []
            cur = None
            nparsed = 0
            back = 0
            hi = None
            for ln in lines:
                t = None
                for rx, mode in rules:
                    m = (rx.search if mode == 'epoch' or base == 'access_log' else rx.match)(ln)
                    if m:
                        t = parse_ts(m.groupdict(), mode, a.year, off)
                        break
                if t is not None:
                    nparsed += 1
                    if hi is not None and t < hi - 2.0:
                        back += 1
                    hi = t if hi is None else max(hi, t)
                    cur = t
                ts.append(cur)
            if rules:
                if nparsed < 0.05 * len(lines):
                    bad.append('%s/%s: only %d of %d lines carry a parsable timestamp' % (sn, fn, nparsed, len(lines)))
                if back > 0.001 * len(lines):
                    bad.append('%s/%s: %d lines go back in time by more than 2 s' % (sn, fn, back))
                pts = [t for t in ts if t is not None]
                if pts and (min(pts) < ws - 61 or max(pts) > we + 1):
                    bad.append('%s/%s: timestamps outside the window (%s .. %s)' % (sn, fn, min(pts), max(pts)))
                if pts and (min(pts) > ws + 120 or max(pts) < we - 180):
                    bad.append('%s/%s: no heartbeat near a window edge' % (sn, fn))
            parsed[fn] = (lines, ts, bool(rules))
        tot_lines += slines
        if not 50000 <= slines <= 150000:
            bad.append('%s: %d lines (want 50k-150k)' % (sn, slines))
        incs = tr['incidents']
        if not incs:
            healthy += 1
        elif len(incs) > 3:
            bad.append('%s: %d incidents' % (sn, len(incs)))
        windows = []
        for inc in incs:
            k, fn = inc['kind'], inc['file']
            kinds_seen.add(k)
            s, e = parse_iso(inc['start']), parse_iso(inc['end'])
            windows.append((s, e, fn))
            tag = '%s %s %s' % (sn, k, fn)
            if k not in KINDS:
                bad.append('%s: unknown kind' % tag)
            if fn not in parsed:
                bad.append('%s: file missing' % tag)
                continue
            if s < ws + 40 * 60 or e > we - 9 * 60 or e <= s:
                bad.append('%s: window %s..%s violates edges' % (tag, inc['start'], inc['end']))
            lines, ts, has = parsed[fn]
            if not has:
                bad.append('%s: incident in a file without timestamps' % tag)
                continue
            inw = [ln for ln, t in zip(lines, ts) if t is not None and s <= t <= e]
            outw = [(ln, t) for ln, t in zip(lines, ts) if t is not None and not (s - 60 <= t <= e + 60)]
            if k == 'silence':
                mid = [t for t in ts if t is not None and s + 1 <= t < e - 1]
                before = [t for t in ts if t is not None and s - 300 <= t < s]
                after = [t for t in ts if t is not None and e <= t < e + 300]
                if mid or not before or not after:
                    bad.append('%s: silence not clean (%d lines inside, %d before, %d after)' % (tag, len(mid), len(before), len(after)))
            elif k == 'traffic_flood':
                rin = len(inw) / ((e - s) / 60)
                rout = len(outw) / max(1, ((we - ws) - (e - s)) / 60)
                if rin < 2.5 * rout:
                    bad.append('%s: flood rate %.1f/min vs %.1f/min outside' % (tag, rin, rout))
            elif k == 'latency_shift':
                def durs(ls):
                    o = []
                    for ln in ls:
                        for rx, mul in DUR:
                            m = rx.search(ln)
                            if m:
                                v = float(m.group(1))
                                if mul is None:
                                    v *= {'µs': 1e-6, 'ms': 1e-3, 's': 1.0}[m.group(2)]
                                else:
                                    v *= mul
                                o.append(v)
                                break
                    return o
                di, do = durs(inw), durs([ln for ln, _ in outw])
                if len(di) < 20 or not do or statistics.median(di) < 2.5 * statistics.median(do):
                    bad.append('%s: latency shift not visible (%d durations inside)' % (tag, len(di)))
            elif k == 'http_5xx':
                def st(ls):
                    o = []
                    for ln in ls:
                        for rx in STATUS:
                            m = rx.search(ln)
                            if m:
                                o.append(int(m.group(1)))
                                break
                    return o
                si, so = st(inw), st([ln for ln, _ in outw])
                fi = sum(x >= 500 for x in si) / max(1, len(si))
                fo = sum(x >= 500 for x in so) / max(1, len(so))
                if fi < 0.2 or fo > 0.02:
                    bad.append('%s: 5xx fraction %.2f inside vs %.3f outside' % (tag, fi, fo))
            else:
                if not inw:
                    bad.append('%s: no lines inside the window' % tag)
                    continue
                tin = [t for t in ts if t is not None and s <= t <= e]
                if min(tin) >= s + 60 or max(tin) <= e - 61:
                    bad.append('%s: window edges not tight' % tag)
                blob = '\n'.join(inw)
                need = {'disk_full': RE_DISK, 'oom_kill': RE_OOM, 'panic': RE_CRASH}.get(k)
                if need and not need.search(blob):
                    bad.append('%s: expected wording not found in window' % tag)
                if k == 'retry_storm' and len(RE_RETRY.findall(blob)) < 150:
                    bad.append('%s: only %d retry-like lines' % (tag, len(RE_RETRY.findall(blob))))
                if k in ('error_burst', 'new_error') and len(inw) < 15:
                    bad.append('%s: only %d lines' % (tag, len(inw)))
            if verbose:
                print('  %s: %s..%s %d lines in window' % (tag, inc['start'], inc['end'], len(inw)))
        # spacing per file
        for fn in set(w[2] for w in windows):
            ww = sorted(w for w in windows if w[2] == fn)
            for x, y in zip(ww, ww[1:]):
                if y[0] - x[1] < 13 * 60:
                    bad.append('%s %s: incidents closer than 13 min' % (sn, fn))
        for rs in meta.get('benign_restarts', []):
            t = parse_iso(rs['time'])
            for s, e, fn in windows:
                if s - 14 * 60 < t < e + 14 * 60:
                    bad.append('%s: benign restart at %s within 14 min of an incident' % (sn, rs['time']))
        # healthy noise must not carry crash / OOM / disk-full wording
        for fn, (lines, ts, has) in parsed.items():
            if not has:
                continue
            iw = [(s, e) for s, e, f2 in windows if f2 == fn]
            for ln, t in zip(lines, ts):
                if t is None or any(s - 1 <= t <= e + 90 for s, e in iw):
                    continue
                if RE_BAD.search(ln):
                    bad.append('%s/%s: incident wording outside incidents: %s' % (sn, fn, ln[:120]))
                    break
        if verbose:
            print('%s %s %s..%s %d files %d lines %d incidents' % (sn, meta['timezone'], meta['window_start'], meta['window_end'], len(files), slines, len(incs)))
    if healthy != 2:
        bad.append('%d healthy scenarios (want 2)' % healthy)
    miss = [k for k in KINDS if k not in kinds_seen]
    if miss:
        bad.append('kinds missing: %s' % ', '.join(miss))
    if non2026 < 1:
        bad.append('no scenario outside 2026')
    if gz_d and not 0.1 <= gz_n / gz_d <= 0.45:
        bad.append('gzip share %d/%d far from a quarter' % (gz_n, gz_d))
    print('%s: %d lines, %.1f MB on disk, %d/%d non-Windows files gzipped' % (out, tot_lines, tot_bytes / 1e6, gz_n, gz_d))
    if bad:
        print('FAIL: %d violations' % len(bad))
        for b in bad:
            print('  ' + b)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
