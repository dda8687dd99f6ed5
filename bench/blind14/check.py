#!/usr/bin/env python3
"""Stand-alone checker for blind14 bundles (imports nothing from the generator).
Usage: python3 check.py OUTDIR [--verbose]   -> exit 0 when every contract check passes."""
import sys
sys.dont_write_bytecode = True
import os, re, json, gzip, csv, calendar
from collections import Counter

KINDS = {'error_burst', 'new_error', 'retry_storm', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence',
         'oom_kill', 'disk_full', 'panic'}
MON = {m: i + 1 for i, m in enumerate(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])}
OOM_RE = re.compile(r'OutOfMemoryError|[Oo]ut of memory|oom-kill|invoked oom-killer')
PANIC_RE = re.compile(r'PANIC:|segfault at|SIGSEGV|Fatal Error signal|Uncaught Exception|code=dumped|fatal error has been detected')
DISK_RE = re.compile(r'No space left on device|not enough space on the disk|disk full|Not enough disk space|ENOSPC')
RETRY_RE = re.compile(r'(?i)retr(y|ies|ying)|reconnect|attempt|will try|try session|transient error')
NORM_RE = re.compile(r'[0-9A-Fa-f]*\d[0-9A-Fa-f]*')

# (file-name regex, [(line regex, kind)], ...). Named groups: Y M D h m s f mon ap tz
P = lambda s: re.compile(s)
YMD = r'(?P<Y>\d{4})-(?P<M>\d\d)-(?P<D>\d\d)'
HMS = r'(?P<h>\d\d):(?P<m>\d\d):(?P<s>\d\d)'
SPECS = [
    (r'^chrome_debug\.log', [P(r'^\[\d+:\d+:(?P<M>\d\d)(?P<D>\d\d)/(?P<h>\d\d)(?P<m>\d\d)(?P<s>\d\d)\.(?P<f>\d+):')]),
    (r'^main\.log', [P(r'^\[' + YMD + ' ' + HMS + r'\.(?P<f>\d{3})\] ')]),
    (r'^renderer\d?\.log', [P(r'^\[?' + YMD + ' ' + HMS + r'\.(?P<f>\d{3})\]? ')]),
    (r'^content_log\.txt', [P(r'^\[' + YMD + ' ' + HMS + r'\] ')]),
    (r'^log\.txt-main\.\d+', [P('^' + YMD + ' ' + HMS + r'\.(?P<f>\d{6}) (?P<tz>UTC) - ')]),
    (r'^WindowsUpdate\.log', [P(r'^(?P<Y>\d{4})/(?P<M>\d\d)/(?P<D>\d\d) ' + HMS + r'\.(?P<f>\d{7}) ')]),
    (r'^setupapi\.dev\.log', [P(r'^(?:>>>|<<<)  Section (?:start|end) (?P<Y>\d{4})/(?P<M>\d\d)/(?P<D>\d\d) ' + HMS + r'\.(?P<f>\d{3})')]),
    (r'^[A-Za-z0-9_-]+-\d{8}-\d{4}\.log', [P(r'^(?P<M>\d\d)/(?P<D>\d\d)/(?P<Y>\d{4}) ' + HMS + r'\.(?P<f>\d\d)[ *]\t')]),
    (r'^MSGTRK\d+-\d+\.LOG', [P('^' + YMD + 'T' + HMS + r'\.(?P<f>\d{3})(?P<tz>Z),')]),
    (r'^u_ex\d{6}\.log', [P('^' + YMD + ' ' + HMS + ' ')]),
    (r'^netlogon\.log', [P(r'^(?P<M>\d\d)/(?P<D>\d\d) ' + HMS + r' \[')]),
    (r'^console\.log', [P(r'^(?:\[[0-9A-F]{4}:[0-9A-F]{4}-[0-9A-F]{4}\] )?(?P<M>\d\d)/(?P<D>\d\d)/(?P<Y>\d{4}) (?P<h>\d\d):(?P<m>\d\d):(?P<s>\d\d) (?P<ap>AM|PM)  ')]),
    (r'^AMQERR0\d\.LOG', [P(r'^(?P<M>\d\d)/(?P<D>\d\d)/(?P<Y>\d{4}) (?P<h>\d\d):(?P<m>\d\d):(?P<s>\d\d) (?P<ap>AM|PM) - Process')]),
    (r'^ULOG\.\d{6}', [P(r'^(?P<h>\d\d)(?P<m>\d\d)(?P<s>\d\d)\.\S+!')]),
    (r'^tibemsd\.log', [P('^' + YMD + ' ' + HMS + r'\.(?P<f>\d{3}) ')]),
    (r'^s_m_\w+\.log', [P('^' + YMD + ' ' + HMS + ' : ')]),
    (r'^mule_ee\.log', [P(r'^(?:INFO|WARN|ERROR|DEBUG|TRACE) +' + YMD + ' ' + HMS + r',(?P<f>\d{3}) \['),
                        P(r'^(?:STATUS|INFO|ERROR|WARN|DEBUG|FATAL|ADVICE) *\| [\w ]+\| (?P<Y>\d{4})/(?P<M>\d\d)/(?P<D>\d\d) ' + HMS + r' \| ')]),
    (r'^(karaf|servicemix)\.log', [P('^' + YMD + '[T ]' + HMS + r',(?P<f>\d{3}) \| ')]),
    (r'^event_demon\.\w+', [P(r'^\[(?P<M>\d\d)/(?P<D>\d\d)/(?P<Y>\d{4}) ' + HMS + r'\] ')]),
    (r'^(syslog|messages|cron)$', [P('^' + YMD + 'T' + HMS + r'\.(?P<f>\d+)(?P<tz>[+-]\d\d:\d\d|Z) '),
                                   P(r'^(?P<mon>[A-Z][a-z]{2}) +(?P<D>\d+) ' + HMS + ' ')]),
    (r'^Job\..+\.log', [P(r'^\[(?P<D>\d\d)\.(?P<M>\d\d)\.(?P<Y>\d{4}) ' + HMS + r'(?:\.(?P<f>\d{3}))?\] <\d+> ')]),
    (r'^(CVD|cvd)\.log', [P(r'^\d+ +[0-9a-f]+ +(?P<M>\d\d)/(?P<D>\d\d) ' + HMS + ' ')]),
    (r'^rsyncd\.log', [P(r'^(?P<Y>\d{4})/(?P<M>\d\d)/(?P<D>\d\d) ' + HMS + r' \[\d+\] ')]),
]
DUR = {'main.log': re.compile(r' (?:GET|POST|PUT|PATCH|DELETE) https?://\S+ (\d{3}) (\d+)ms$'),
       'mule_ee.log': re.compile(r'status=(\d{3}) elapsed=(\d+)ms'),
       'karaf': re.compile(r'-> HTTP (\d{3}) in (\d+) ms'),
       'uls': re.compile(r'()Execution Time=([\d.]+)')}


class Fail(Exception):
    pass


def spec_for(name):
    base = name[:-3] if name.endswith('.gz') else name
    for rx, lrx in SPECS:
        if re.match(rx, base):
            return base, lrx
    return base, None


def read(path):
    with open(path, 'rb') as fh:
        data = fh.read()
    if path.endswith('.gz'):
        data = gzip.decompress(data)
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    return data.decode('utf-8').split('\n')[:-1] if data.endswith(b'\n') else data.decode('utf-8').split('\n')


def parse_file(path, year_hint):
    name = os.path.basename(path)
    base, lrx = spec_for(name)
    if lrx is None:
        raise Fail('%s: unknown format' % name)
    lines = [l[:-1] if l.endswith('\r') else l for l in read(path)]
    ulog_date = None
    if base.startswith('ULOG.'):
        d = base[5:]
        ulog_date = (2000 + int(d[4:6]), int(d[0:2]), int(d[2:4]))
    out = []
    t = None
    absflag = False
    mq_pairs = []
    years = Counter()
    for l in lines:
        tt, ends = None, 0
        for rx in lrx:
            m = rx.match(l)
            if m:
                g = m.groupdict()
                if g.get('Y'):
                    Y = int(g['Y'])
                    years[Y] += 1
                elif ulog_date:
                    Y = ulog_date[0]
                else:
                    Y = year_hint
                if ulog_date:
                    Mo, Da = ulog_date[1], ulog_date[2]
                else:
                    Mo = MON[g['mon']] if g.get('mon') else int(g['M'])
                    Da = int(g['D'])
                h = int(g['h'])
                if g.get('ap'):
                    h = h % 12 + (12 if g['ap'] == 'PM' else 0)
                f = g.get('f') or ''
                ms = int((f + '000')[:3]) if f else 0
                tt = calendar.timegm((Y, Mo, Da, h, int(g['m']), int(g['s']))) * 1000 + ms
                tz = g.get('tz')
                if tz:
                    absflag = True
                    if tz not in ('Z', 'UTC'):
                        sg = 1 if tz[0] == '+' else -1
                        tt -= sg * (int(tz[1:3]) * 60 + int(tz[4:6])) * 60000
                ends = m.end()
                break
        if tt is not None:
            t = tt
        if base.startswith('AMQERR'):
            mm = re.match(r'^ +Time\((\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})Z\)', l)
            if mm and t is not None:
                v = [int(x) for x in mm.groups()]
                mq_pairs.append((t, calendar.timegm(tuple(v[:6])) * 1000 + v[6]))
        out.append((t, l, ends))
    off = None
    if mq_pairs:
        absflag = True
        offs = set(round((a - b) / 900000) * 900000 for a, b in mq_pairs)
        if len(offs) != 1:
            raise Fail('%s: inconsistent MQ Time() offsets %s' % (name, offs))
        off = offs.pop()
    elif absflag:
        off = 0
    return {'name': name, 'base': base, 'lines': out, 'abs': absflag, 'off': off, 'years': years}


def key_of(f, l, ends):
    b = f['base']
    if b.startswith('MSGTRK'):
        if l.startswith('#'):
            return None
        row = next(csv.reader([l]))
        return 'MT|%s|%s|%s' % (row[7], row[8], NORM_RE.sub('#', row[13]))
    if b.startswith('u_ex'):
        if l.startswith('#'):
            return None
        p = l.split(' ')
        fi = f['w3c']
        return 'W3C|%s|%s|%s' % (p[fi['cs-method']], p[fi['sc-status']], p[fi['sc-win32-status']])
    rest = l[ends:]
    if b == 'chrome_debug.log':
        rest = re.sub(r'^\[\d+:\d+:\d+/[\d.]+:', '', l)
    return ' '.join(NORM_RE.sub('#', rest).split())


def durations(f, s, e):
    b = f['base']
    rx = None
    if b == 'main.log':
        rx = DUR['main.log']
    elif b == 'mule_ee.log':
        rx = DUR['mule_ee.log']
    elif b in ('karaf.log', 'servicemix.log'):
        rx = DUR['karaf']
    elif re.match(r'^[A-Za-z0-9_-]+-\d{8}-\d{4}\.log', b):
        rx = DUR['uls']
    res = {'in': [], 'out': [], 'sin': [], 'sout': []}
    if b.startswith('u_ex'):
        fi = f.get('w3c', {})
        if 'time-taken' not in fi:
            return res
        for t, l, _ in f['lines']:
            if l.startswith('#') or t is None:
                continue
            p = l.split(' ')
            v = int(p[fi['time-taken']])
            if p[fi['cs-method']] in ('STOR', 'RETR', 'DataChannelClosed'):
                res['in' if s <= t - f['off'] <= e else 'out'].append(v)
        return res
    if rx is None:
        return res
    for t, l, _ in f['lines']:
        if t is None:
            continue
        m = rx.search(l)
        if m:
            w = 'in' if s <= t - f['off'] <= e else 'out'
            res[w].append(float(m.group(2)))
            if m.group(1):
                res['s' + w].append(int(m.group(1)))
    return res


def iso_ms(s):
    m = re.match(r'^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,3}))?Z$', s)
    if not m:
        raise Fail('bad timestamp %r' % s)
    v = [int(x) for x in m.groups()[:6]]
    return calendar.timegm(tuple(v)) * 1000 + int(((m.group(7) or '0') + '00')[:3])


def check_scenario(d, verbose):
    errs = []
    names = sorted(x for x in os.listdir(d) if x != 'truth.json')
    if not 3 <= len(names) <= 6:
        errs.append('%d log files' % len(names))
    truth = json.load(open(os.path.join(d, 'truth.json')))['incidents']
    # first pass: year hint
    files = []
    yh = None
    for n in names:
        f = parse_file(os.path.join(d, n), 2000)
        files.append(f)
    yc = Counter()
    for f in files:
        yc.update(f['years'])
    yh = yc.most_common(1)[0][0] if yc else 2024
    files = [parse_file(os.path.join(d, n), yh) for n in names]
    for f in files:
        if f['base'].startswith('u_ex'):
            for t, l, _ in f['lines']:
                if l.startswith('#Fields: '):
                    f['w3c'] = {k: i for i, k in enumerate(l[9:].split(' '))}
    absf = [f for f in files if f['abs']]
    if not absf:
        raise Fail('no file with an absolute time reference')
    W0 = min(min(t for t, _, _ in f['lines'] if t is not None) - f['off'] for f in absf)
    W1 = max(max(t for t, _, _ in f['lines'] if t is not None) - f['off'] for f in absf)
    dur = (W1 - W0) / 60000
    if not 115 <= dur <= 485:
        errs.append('window %.1f min' % dur)
    zone_off = set(f['off'] for f in absf if f['off'] not in (None, 0))
    total = 0
    for f in files:
        ts = [t for t, _, _ in f['lines'] if t is not None]
        total += len(f['lines'])
        if not ts:
            errs.append('%s: no timestamps' % f['name'])
            continue
        if f['off'] is None:
            f['off'] = round((ts[0] - W0) / 900000) * 900000
            if f['off'] != 0:
                zone_off.add(f['off'])
        a, b = ts[0] - f['off'], ts[-1] - f['off']
        if abs(a - W0) > 3 * 60000 or abs(b - W1) > 3 * 60000:
            errs.append('%s: edges %.1f/%.1f min off the window' % (f['name'], (a - W0) / 60000, (W1 - b) / 60000))
        prev = None
        for t in ts:
            if prev is not None and t < prev - 1000 and not f['base'].startswith('setupapi'):
                errs.append('%s: time goes backwards' % f['name'])
                break
            prev = t
        f['span'] = b - a
    if len(zone_off) > 1:
        errs.append('inconsistent zone offsets %s' % sorted(zone_off))
    if not 50000 <= total <= 150000:
        errs.append('%d lines' % total)
    byname = {f['name']: f for f in files}
    perfile = {}
    for inc in truth:
        k, fn = inc['kind'], inc['file']
        if k not in KINDS:
            errs.append('bad kind %s' % k)
            continue
        if fn not in byname:
            errs.append('truth file %s missing' % fn)
            continue
        s, e = iso_ms(inc['start']), iso_ms(inc['end'])
        if s < W0 + 40 * 60000 - 2000 or e > W1 - 9 * 60000 + 2000 or e <= s:
            errs.append('%s %s placed %.1f..%.1f min in a %.1f-min window' % (fn, k, (s - W0) / 60000, (e - W0) / 60000, dur))
        perfile.setdefault(fn, []).append((s, e, k))
        f = byname[fn]
        off = f['off']
        lin = [(t - off, l, en) for t, l, en in f['lines'] if t is not None and s <= t - off <= e]
        lout = [(t - off, l, en) for t, l, en in f['lines'] if t is not None and not (s <= t - off <= e)]
        din, dout = max(e - s, 1000) / 60000.0, max(f['span'] - (e - s), 60000) / 60000.0
        msg = None
        if k in ('error_burst', 'new_error', 'retry_storm'):
            cin = Counter(key_of(f, l, en) for _, l, en in lin)
            cout = Counter(key_of(f, l, en) for _, l, en in lout)
            cands = [(c, tpl, cout[tpl]) for tpl, c in cin.items() if tpl and c >= 8 and c / din >= 8 * cout[tpl] / dout]
            if k == 'error_burst':
                ok = [x for x in cands if x[2] >= 1]
            elif k == 'new_error':
                ok = [x for x in cands if x[2] == 0]
            else:
                ok = [x for x in cands if x[0] >= 20 and RETRY_RE.search(x[1])]
            if not ok:
                msg = 'no %s template (cands %s)' % (k, sorted(cands, reverse=True)[:3])
            elif verbose:
                print('   %s %s: %s' % (fn, k, max(ok)[:3]))
        elif k in ('latency_shift', 'http_5xx'):
            dd = durations(f, s, e)
            if k == 'latency_shift':
                if len(dd['in']) < 20 or not dd['out']:
                    msg = 'too few durations'
                else:
                    ratio = (sum(dd['in']) / len(dd['in'])) / (sum(dd['out']) / len(dd['out']))
                    if not 2.0 <= ratio <= 12:
                        msg = 'latency ratio %.2f' % ratio
                    elif verbose:
                        print('   %s latency ratio %.2f (%d in)' % (fn, ratio, len(dd['in'])))
            else:
                si, so = dd['sin'], dd['sout']
                if len(si) < 20:
                    msg = 'too few statuses'
                else:
                    a = sum(1 for x in si if x >= 500) / len(si)
                    b = sum(1 for x in so if x >= 500) / max(1, len(so))
                    if a < 0.2 or b > 0.05:
                        msg = '5xx share in %.2f out %.3f' % (a, b)
                    elif verbose:
                        print('   %s 5xx share %.2f vs %.3f' % (fn, a, b))
        elif k == 'traffic_flood':
            ratio = (len(lin) / din) / (len(lout) / dout)
            if ratio < 3:
                msg = 'flood ratio %.2f' % ratio
            elif verbose:
                print('   %s flood ratio %.2f' % (fn, ratio))
        elif k == 'silence':
            inner = [1 for t, _, _ in lin if s + 1000 < t < e - 1000]
            if inner:
                msg = '%d lines inside silence' % len(inner)
            if len(lout) / dout < 8:
                msg = 'file too quiet for silence (%.1f/min)' % (len(lout) / dout)
        elif k == 'oom_kill':
            if not any(OOM_RE.search(l) for _, l, _ in lin):
                msg = 'no OOM text'
        elif k == 'panic':
            if not any(PANIC_RE.search(l) for _, l, _ in lin):
                msg = 'no crash text'
        elif k == 'disk_full':
            n = sum(1 for _, l, _ in lin if DISK_RE.search(l))
            if not 30 <= n <= 150:
                msg = '%d disk-full lines' % n
        if msg:
            errs.append('%s %s: %s' % (fn, k, msg))
    for fn, lst in perfile.items():
        lst.sort()
        for a, b in zip(lst, lst[1:]):
            if b[0] - a[1] < 13 * 60000:
                errs.append('%s: incidents %s and %s only %.1f min apart' % (fn, a[2], b[2], (b[0] - a[1]) / 60000))
    # crash wording only inside the matching incident windows
    for f in files:
        wins = [(s - 2000, e + 2000, k) for s, e, k in perfile.get(f['name'], [])]
        for t, l, _ in f['lines']:
            if t is None:
                continue
            u = t - f['off']
            for rx, kk in ((OOM_RE, 'oom_kill'), (PANIC_RE, 'panic'), (DISK_RE, 'disk_full')):
                if rx.search(l) and not any(a <= u <= b and k == kk for a, b, k in wins):
                    errs.append('%s: %s wording outside incidents: %s' % (f['name'], kk, l[:120]))
                    break
            if len(errs) > 40:
                break
    info = {'lines': total, 'dur': dur, 'year': yh, 'files': len(files), 'incidents': truth, 'offs': sorted(zone_off),
            'gz': sum(1 for n in names if n.endswith('.gz'))}
    return errs, info


def main():
    if len(sys.argv) < 2:
        print('usage: check.py OUTDIR [--verbose]')
        sys.exit(2)
    out, verbose = sys.argv[1], '--verbose' in sys.argv
    scs = sorted(x for x in os.listdir(out) if re.match(r'^s\d\d$', x))
    bad = []
    if scs != ['s%02d' % i for i in range(1, 11)]:
        bad.append('scenario dirs %s' % scs)
    kinds = Counter()
    healthy = 0
    years = []
    nfiles = ngz = 0
    for s in scs:
        try:
            errs, info = check_scenario(os.path.join(out, s), verbose)
        except Fail as e:
            errs, info = [str(e)], None
        if info:
            n = len(info['incidents'])
            healthy += n == 0
            if n > 3:
                errs.append('%d incidents' % n)
            kinds.update(i['kind'] for i in info['incidents'])
            years.append(info['year'])
            nfiles += info['files']
            ngz += info['gz']
            print('%s: %d files (%d gz), %d lines, %.0f min, year %d, offset %s, incidents: %s' % (
                s, info['files'], info['gz'], info['lines'], info['dur'], info['year'],
                ','.join('%+.2fh' % (o / 3600000) for o in info['offs']) or '0', ', '.join('%s@%s' % (i['kind'], i['file']) for i in info['incidents']) or '-'))
        for e in errs:
            print('  FAIL %s: %s' % (s, e))
        bad += errs
    if healthy != 2:
        bad.append('%d healthy scenarios' % healthy)
        print('FAIL: %d healthy scenarios' % healthy)
    miss = KINDS - set(kinds)
    if miss:
        bad.append('kinds missing %s' % sorted(miss))
        print('FAIL: kinds missing %s' % sorted(miss))
    if sum(1 for y in years if y != 2026) < 2:
        bad.append('fewer than two non-2026 scenarios')
        print('FAIL: fewer than two non-2026 scenarios')
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(out) for f in fs)
    print('kinds: %s' % dict(sorted(kinds.items())))
    print('size %.1f MB, %d files, %d gzipped' % (size / 1e6, nfiles, ngz))
    print('OK' if not bad else 'FAILED (%d problems)' % len(bad))
    sys.exit(0 if not bad else 1)


if __name__ == '__main__':
    main()
