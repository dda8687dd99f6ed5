#!/usr/bin/env python3
"""Stand-alone consistency checker for blind10 bundles (imports nothing from the generator).

usage: python3 check.py OUTDIR [--verbose]
"""
import calendar, gzip, json, os, re, statistics, sys

KINDS = {'error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood',
         'silence', 'oom_kill', 'disk_full', 'panic'}
WINDOW = {'latency_shift', 'http_5xx', 'traffic_flood', 'silence'}
MON = {m: i + 1 for i, m in enumerate('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split())}
M = r'(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'

RX = {
    'cisco': re.compile(r'^(?:\d+: )?[*.]?' + M + r' +(\d+)(?: (\d{4}))? (\d\d):(\d\d):(\d\d)\.(\d+)(?: (\S+))?: %'),
    'iso': re.compile(r'^(?:<\d+>1 )?(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?[ \t:]'),
    'payara': re.compile(r'^\[(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d+)([+-]\d{4})\] \['),
    'epoch': re.compile(r'^\[(\d{9,10})\] '),
    'syslog': re.compile(r'^' + M + r' +(\d+) (\d\d):(\d\d):(\d\d)(?:\.(\d+))? '),
    'snort': re.compile(r'^(\d\d)/(\d\d)(?:/(\d\d))?-(\d\d):(\d\d):(\d\d)\.(\d+) '),
    'radius': re.compile(r'^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ' + M + r' +(\d+) (\d\d):(\d\d):(\d\d) (\d{4}) : '),
    'ds389': re.compile(r'^\[(\d\d)/' + M + r'/(\d{4}):(\d\d):(\d\d):(\d\d)(?:\.(\d+))? ([+-]\d{4})\] '),
    'samba': re.compile(r'^\[(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)\.(\d+), +\d+\] '),
    'zabbix': re.compile(r'^ *\d+:(\d{4})(\d\d)(\d\d):(\d\d)(\d\d)(\d\d)\.(\d{3}) '),
    'access': re.compile(r'^"[^"]*" "[^"]*" "(\d\d)/' + M + r'/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})" '),
    'sccm': re.compile(r'\]LOG\]!><time="(\d\d):(\d\d):(\d\d)\.(\d+)([+-]\d+)?" date="(\d+)-(\d+)-(\d{4})"'),
}
ERR = re.compile(r'\b(ERROR|SEVERE|error|Error|err|crit|CRITICAL|Fatal|FATAL|emerg)\b|type="3"|%[A-Z_]+-[0-3]-|\[Priority: 1\]|REJECT|SKIPDATA|"errorCode"|err=[1-9]|\[err\]|\[warn\]|fatal:|failed|FAILED|DOWN|<1[01]>1 |<12>1 |RT_SCREEN|Login incorrect')
RETRY = re.compile(r'retr|Retr|RETR|reconnect|Reconnect|timed? ?out|Timed out|timeout|attempt|Connecting to|Opening additional connection|could not start|Could not start|pause and retry|RequestLimitExceeded|Failed communicating|i/o timeout|Failed to watch', re.I)
OOM = re.compile(r'out of memory|Out of memory|OutOfMemoryError|LowMemoryKiller|OOM killer|oom-kill|\boom\b')
DISK = re.compile(r'No space left|no space left|DISK_FULL|disk full|Store is Full|store is Full|0x80070070|is full|not enough space')
CRASH = re.compile(r'SIGSEGV|Segmentation fault|\bpanic\b|Panic:|PANIC|[Aa]ssertion|core dumped|Exception in thread|received 11|critical signal|Crashing')
BAD = re.compile(OOM.pattern + '|' + DISK.pattern + '|' + CRASH.pattern)
DUR = [re.compile(r' etime=([\d.]+)'), re.compile(r' reply: \S+ \S+ \S+ IN \S+ ([\d.]+) '), re.compile(r'" \S+ \S+ \d+ ([\d.]+)s$'),
       re.compile(r' QTime=(\d+)'), re.compile(r':: elapsed (\d+)ms'), re.compile(r'" \d{3} \d+ (\d+)$')]


def parse_iso_z(s):
    return calendar.timegm(tuple(int(x) for x in (s[0:4], s[5:7], s[8:10], s[11:13], s[14:16], s[17:19])) + (0, 0, 0))


def ofs(z):
    if not z or z == 'Z':
        return 0
    z = z.replace(':', '')
    v = int(z[1:3]) * 3600 + int(z[3:5]) * 60
    return v if z[0] == '+' else -v


def fr(x):
    return float('0.' + x) if x else 0.0


class Ctx:
    def __init__(self, off, year, utc_naive=False):
        self.off, self.year, self.utc_naive = off, year, utc_naive

    def loc(self, y, mo, d, h, mi, s, frac=0.0, off=None):
        o = self.off if off is None else off
        return calendar.timegm((y, mo, d, h, mi, s, 0, 0, 0)) - o + frac


def ts_of(line, c):
    m = RX['iso'].match(line + ' ')
    if m:
        y, mo, d, h, mi, s, f, z = m.groups()
        off = ofs(z) if z else (0 if c.utc_naive else None)
        return c.loc(int(y), int(mo), int(d), int(h), int(mi), int(s), fr(f), off)
    m = RX['payara'].match(line)
    if m:
        y, mo, d, h, mi, s, f, z = m.groups()
        return c.loc(int(y), int(mo), int(d), int(h), int(mi), int(s), fr(f), ofs(z))
    m = RX['epoch'].match(line)
    if m:
        return float(m.group(1))
    m = RX['cisco'].match(line)
    if m:
        mo, d, y, h, mi, s, f, z = m.groups()
        return c.loc(int(y) if y else c.year, MON[mo], int(d), int(h), int(mi), int(s), fr(f), 0 if z == 'UTC' else None)
    m = RX['radius'].match(line)
    if m:
        mo, d, h, mi, s, y = m.groups()
        return c.loc(int(y), MON[mo], int(d), int(h), int(mi), int(s))
    m = RX['syslog'].match(line)
    if m:
        mo, d, h, mi, s, f = m.groups()
        return c.loc(c.year, MON[mo], int(d), int(h), int(mi), int(s), fr(f))
    m = RX['snort'].match(line)
    if m:
        mo, d, y, h, mi, s, f = m.groups()
        return c.loc(2000 + int(y) if y else c.year, int(mo), int(d), int(h), int(mi), int(s), fr(f))
    m = RX['ds389'].match(line)
    if m:
        d, mo, y, h, mi, s, f, z = m.groups()
        return c.loc(int(y), MON[mo], int(d), int(h), int(mi), int(s), fr(f), ofs(z))
    m = RX['samba'].match(line)
    if m:
        y, mo, d, h, mi, s, f = m.groups()
        return c.loc(int(y), int(mo), int(d), int(h), int(mi), int(s), fr(f))
    m = RX['zabbix'].match(line)
    if m:
        y, mo, d, h, mi, s, f = m.groups()
        return c.loc(int(y), int(mo), int(d), int(h), int(mi), int(s), fr(f))
    m = RX['access'].match(line)
    if m:
        d, mo, y, h, mi, s, z = m.groups()
        return c.loc(int(y), MON[mo], int(d), int(h), int(mi), int(s), 0.0, ofs(z))
    return None


def records(path, name, c):
    """-> list of (t, text) records, number of physical lines, problems"""
    raw = open(path, 'rb').read()
    probs = []
    if name.endswith('.gz'):
        if raw[3] & 0x08:
            probs.append('gzip header carries a file name')
        if raw[4:8] != b'\0\0\0\0':
            probs.append('gzip mtime not 0')
        raw = gzip.decompress(raw)
    txt = raw.decode('utf-8')
    if '_CloudTrail_' in name:
        doc = json.loads(txt)
        recs = [(parse_iso_z(e['eventTime']), json.dumps(e)) for e in doc['Records']]
        return recs, len(recs), probs
    lines = txt.split('\r\n' if '\r\n' in txt else '\n')
    if lines and lines[-1] == '':
        lines.pop()
    recs = []
    if '_vpcflowlogs_' in name:
        for ln in lines[1:]:
            p = ln.split(' ')
            recs.append((float(p[10] if p[0] == '2' else p[16]), ln))
        return recs, len(lines), probs
    if name.endswith('.log') and lines and lines[0].startswith('<![LOG['):
        buf = []
        for ln in lines:
            buf.append(ln)
            m = RX['sccm'].search(ln)
            if m:
                h, mi, s, f, b, mo, d, y = m.groups()
                t = calendar.timegm((int(y), int(mo), int(d), int(h), int(mi), int(s), 0, 0, 0)) + fr(f) + (int(b) * 60 if b else -c.off)
                recs.append((t, '\n'.join(buf)))
                buf = []
        if buf:
            probs.append('unterminated CMTrace record')
        return recs, len(lines), probs
    if lines and lines[0].startswith('{"log":'):
        for ln in lines:
            d = json.loads(ln)
            t = d['time']
            recs.append((parse_iso_z(t) + float('0.' + t[20:-1]), d['log']))
        return recs, len(lines), probs
    bad = 0
    for ln in lines:
        t = ts_of(ln, c)
        if t is None:
            if not recs:
                bad += 1
                continue
            recs[-1][1].append(ln)
        else:
            recs.append((t, [ln]))
    if bad:
        probs.append(f'{bad} leading lines without timestamp')
    return [(t, '\n'.join(x)) for t, x in recs], len(lines), probs


def check_scenario(d, v):
    errs = []
    tj = json.load(open(os.path.join(d, 'truth.json')))
    sysd = tj.get('system', {})
    ws, we = parse_iso_z(sysd['window_start']), parse_iso_z(sysd['window_end'])
    off = sysd['utc_offset_seconds']
    import time as _t
    year = _t.gmtime(ws + off).tm_year
    hours = (we - ws) / 3600
    if not 2 <= hours <= 8:
        errs.append(f'window {hours:.2f} h')
    files = sorted(f for f in os.listdir(d) if f != 'truth.json')
    if not 3 <= len(files) <= 6:
        errs.append(f'{len(files)} log files')
    total = 0
    data = {}
    for f in files:
        c = Ctx(off, year, utc_naive=f.startswith('solr.log'))
        recs, n, probs = records(os.path.join(d, f), f, c)
        errs += [f'{f}: {p}' for p in probs]
        total += n
        data[f] = recs
        if not recs:
            errs.append(f'{f}: no records')
            continue
        ts = [t for t, _ in recs]
        if min(ts) < ws - 2 or max(ts) > we + 2:
            errs.append(f'{f}: records outside window ({min(ts)-ws:.0f}s, {max(ts)-we:.0f}s)')
        if ts[0] - ws > 5 or we - ts[-1] > 5:
            errs.append(f'{f}: no heartbeat at window edges ({ts[0]-ws:.1f}s, {we-ts[-1]:.1f}s)')
        back = sum(1 for a, b in zip(ts, ts[1:]) if b < a - 2)
        big = sum(1 for a, b in zip(ts, ts[1:]) if b < a - 180)
        if back > max(5, len(ts) // 100) or big:
            errs.append(f'{f}: {back} backward jumps > 2s, {big} > 3 min')
        if v:
            print(f'   {f}: {n} lines, {len(recs)} records')
    if not 50000 <= total <= 150000:
        errs.append(f'{total} lines in scenario')
    incs = tj['incidents']
    win = {}
    for i in incs:
        k, f = i['kind'], i['file']
        if k not in KINDS:
            errs.append(f'unknown kind {k}')
            continue
        if f not in data:
            errs.append(f'{k}: file {f} missing')
            continue
        a, b = parse_iso_z(i['start']), parse_iso_z(i['end'])
        win.setdefault(f, []).append((a, b, k))
        if a < ws + 40 * 60 or b > we - 9 * 60 or b <= a:
            errs.append(f'{k} {f}: window {i["start"]}..{i["end"]} violates placement')
        recs = data[f]
        inside = [(t, x) for t, x in recs if a <= t <= b + 0.999]
        outside = [(t, x) for t, x in recs if not (a - 60 <= t <= b + 60)]
        dur_min = max((b - a) / 60, 1)
        out_min = max((we - ws - (b - a)) / 60, 1)
        ok = True
        why = ''
        if k == 'silence':
            if any(a + 1 <= t <= b - 1 for t, _ in recs):
                ok, why = False, 'lines inside silence'
            if not any(a - 180 <= t < a for t, _ in recs) or not any(b < t <= b + 180 for t, _ in recs):
                ok, why = False, 'no lines around silence'
            gaps = [y - x for (x, _), (y, _) in zip(outside, outside[1:])]
            if gaps and statistics.median(gaps) > 30:
                ok, why = False, 'file does not normally write every few seconds'
        elif k == 'traffic_flood':
            r_in = len(inside) / dur_min
            r_out = len(outside) / out_min
            if r_in < 3 * r_out:
                ok, why = False, f'rate {r_in:.1f}/min vs {r_out:.1f}/min'
        elif k == 'latency_shift':
            def durs(rs):
                out = []
                for _, x in rs:
                    for rx in DUR:
                        for m in rx.finditer(x):
                            out.append(float(m.group(1)))
                return out
            di, do = durs(inside), durs(outside)
            if not di or not do or statistics.median(di) < 2 * statistics.median(do):
                ok, why = False, f'durations {statistics.median(di) if di else 0} vs {statistics.median(do) if do else 0}'
        elif k == 'http_5xx':
            def frac(rs):
                n5 = sum(1 for _, x in rs if re.search(r'" 5\d\d ', x))
                return n5 / max(len(rs), 1)
            if frac(inside) < 0.1 or frac(inside) < 5 * frac(outside):
                ok, why = False, f'5xx fraction {frac(inside):.3f} vs {frac(outside):.3f}'
        else:
            if not any(a <= t < a + 1.5 for t, _ in recs) or not any(b - 1.5 <= t <= b + 0.999 for t, _ in recs):
                ok, why = False, 'no line at the window edges'
            if k == 'error_burst':
                ei = sum(1 for _, x in inside if ERR.search(x)) / dur_min
                eo = sum(1 for _, x in outside if ERR.search(x)) / out_min
                if ei < 3 * eo or ei < 2:
                    ok, why = False, f'error rate {ei:.2f}/min vs {eo:.2f}/min'
            elif k == 'new_error':
                tok = re.compile(r'(?<![A-Za-z0-9_])[A-Za-z]{4,}(?![A-Za-z0-9_])')
                vocab = set()
                for _, x in outside:
                    vocab.update(tok.findall(x))
                novel = sum(1 for _, x in inside if any(w not in vocab for w in tok.findall(x)))
                if novel < 3:
                    ok, why = False, f'only {novel} lines with never-seen wording'
            elif k == 'retry_storm':
                n = sum(1 for _, x in inside if RETRY.search(x))
                if n < 100:
                    ok, why = False, f'only {n} retry lines'
            else:
                rx = {'oom_kill': OOM, 'disk_full': DISK, 'panic': CRASH}[k]
                if not any(rx.search(x) for _, x in inside):
                    ok, why = False, 'no matching wording in window'
        if not ok:
            errs.append(f'{k} {f} {i["start"]}..{i["end"]}: {why}')
        elif v:
            print(f'   ok {k} {f} {i["start"]}..{i["end"]} ({len(inside)} records)')
    for f, ws_ in win.items():
        ws_.sort()
        for (a1, b1, k1), (a2, b2, k2) in zip(ws_, ws_[1:]):
            if a2 - b1 < 13 * 60:
                errs.append(f'{f}: {k1} and {k2} less than 13 min apart')
    for f, recs in data.items():
        ww = win.get(f, [])
        for t, x in recs:
            if BAD.search(x) and not any(a - 1 <= t <= b + 1 for a, b, _ in ww):
                errs.append(f'{f}: crash/oom/disk wording outside incidents: {x[:120]!r}')
                break
    return errs, incs, total, year


def main():
    out = sys.argv[1]
    v = '--verbose' in sys.argv
    errs = []
    dirs = sorted(x for x in os.listdir(out) if re.fullmatch(r's\d\d', x))
    if dirs != ['s%02d' % i for i in range(1, 11)]:
        errs.append(f'scenario dirs: {dirs}')
    kinds = set()
    healthy = 0
    years = []
    for s in dirs:
        e, incs, total, year = check_scenario(os.path.join(out, s), v)
        years.append(year)
        print(f'{s}: {total} lines, {len(incs)} incidents, {"OK" if not e else str(len(e)) + " problems"}')
        errs += [f'{s}: {x}' for x in e]
        kinds |= {i['kind'] for i in incs}
        if not incs:
            healthy += 1
        elif not 1 <= len(incs) <= 3:
            errs.append(f'{s}: {len(incs)} incidents')
    if healthy != 2:
        errs.append(f'{healthy} healthy scenarios (want 2)')
    if kinds != KINDS:
        errs.append(f'kinds missing: {sorted(KINDS - kinds)}')
    if all(y == 2026 for y in years):
        errs.append('every scenario is in 2026')
    for x in errs:
        print('VIOLATION', x)
    print('PASS' if not errs else f'FAIL ({len(errs)} violations)')
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
