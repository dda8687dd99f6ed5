#!/usr/bin/env python3
"""blind7 checker: python3 check.py OUTDIR [--verbose]

Independent of the generator (imports nothing from it).  Sniffs each log file's format with its own
regular expressions, gives every physical line a UTC time, and checks the bundle rules and that every
incident in truth.json is visible in its file.  Exit 0 = consistent, 1 = violations printed.
"""
import calendar
import gzip
import json
import os
import re
import statistics
import sys

SEC, MIN, HOUR, DAY = 1000, 60000, 3600000, 86400000
MONS = {m: i + 1 for i, m in enumerate('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split())}
KINDS = ['error_burst', 'retry_storm', 'new_error', 'latency_shift', 'http_5xx', 'traffic_flood', 'silence', 'panic', 'oom_kill', 'disk_full']
ISO_Z = re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$')


def tg(y, mo, d, H, M, S):
    return calendar.timegm((y, mo, d, H, M, S)) * 1000


def parse_iso_z(s):
    return tg(int(s[0:4]), int(s[5:7]), int(s[8:10]), int(s[11:13]), int(s[14:16]), int(s[17:19])) + int(s[20:23])


_cache = {}


def cached(key, fn):
    v = _cache.get(key)
    if v is None:
        if len(_cache) > 400000:
            _cache.clear()
        v = fn()
        _cache[key] = v
    return v


def iso_any(s):
    """ISO 8601 with optional fraction and Z / +hh:mm offset -> UTC ms."""
    m = RX_ISO.match(s)
    if not m:
        return None
    y, mo, d, H, M, S, frac, off = m.groups()
    base = cached(s[:19], lambda: tg(int(y), int(mo), int(d), int(H), int(M), int(S)))
    ms = int((frac or '0')[:3].ljust(3, '0'))
    if off and off != 'Z':
        sg = 1 if off[0] == '+' else -1
        o = off[1:].replace(':', '')
        base -= sg * (int(o[:2]) * 60 + int(o[2:4])) * MIN
    return base + ms


RX_ISO = re.compile(r'(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?')


# --------------------------------------------------------------------------- formats
# ts(line) -> ('A', utc_ms) | ('N', naive_ms) | ('Y', (mo, d, H, M, S, ms)) | ('T', tod_ms) | None

def _n(y, mo, d, H, M, S, ms):
    return ('N', cached(('n', y, mo, d, H, M, S), lambda: tg(y, mo, d, H, M, S)) + ms)


def mk(rx, fn):
    c = re.compile(rx)

    def ts(line):
        m = c.match(line)
        if not m:
            return None
        return fn(m)
    return ts


def mk_search(rx, fn, must=None):
    c = re.compile(rx)

    def ts(line):
        if must and not line.startswith(must):
            return None
        m = c.search(line)
        if not m:
            return None
        return fn(m)
    return ts


def g_int(m, *ix):
    return [int(m.group(i)) for i in ix]


F = []


def fmt(name, sniff, ts, **kw):
    d = dict(name=name, sniff=re.compile(sniff), ts=ts)
    for k in ('err', 'retry', 'panic', 'oom', 'disk', 'banner'):
        v = kw.get(k)
        d[k] = re.compile(v) if v else None
    d['lat'] = kw.get('lat')
    d['status'] = kw.get('status')
    d['msg'] = kw.get('msg')
    F.append(d)


def rx_group(rx, conv=float, grp=1):
    c = re.compile(rx)

    def f(line):
        m = c.search(line)
        if not m:
            return None
        return conv(m.group(grp))
    return f


def msg_json(key):
    c = re.compile(r'"%s":"((?:[^"\\]|\\.)*)"' % re.escape(key))

    def f(line):
        m = c.search(line)
        return m.group(1) if m else None
    return f


def msg_strip(rx):
    c = re.compile(rx)

    def f(line):
        m = c.match(line)
        return line[m.end():] if m else line
    return f


RETRY_G = r'(?i:\bretr(?:y|ying|ied|ies)\b|reconnect|retransmission)'

fmt('mssql', r'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d\d (?:Server|spid\d+s?|Logon|Backup)\s',
    mk(r'(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d\d) ', lambda m: _n(*g_int(m, 1, 2, 3, 4, 5, 6), int(m.group(7)) * 10)),
    err=r'Error: \d+, Severity: (?:1[1-9]|2\d)|deadlock-list|SqlDumpExceptionHandler', retry=RETRY_G,
    panic=r'SqlDumpExceptionHandler|EXCEPTION_ACCESS_VIOLATION|Stack Dump being sent', oom=r'Error: 701,|insufficient system memory|FAIL_PAGE_ALLOCATION',
    disk=r'Error: (?:9002|1105),|Operating system error 112|There is not enough space on the disk',
    banner=r'Microsoft SQL Server 20\d\d \(|SQL Server is now ready for client connections', msg=msg_strip(r'\S+ \S+ \S+\s+'))


def _ora_iso(m):
    return ('A', iso_any(m.group(0)))


def _ora_old(m):
    return _n(int(m.group(7)), MONS[m.group(2)], int(m.group(3)), int(m.group(4)), int(m.group(5)), int(m.group(6)), 0)


_ORA_ISO = mk(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}[+-]\d\d:\d\d$', _ora_iso)
_ORA_OLD = mk(r'(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\w{3}) (\d\d) (\d\d):(\d\d):(\d\d) (\d{4})$', _ora_old)
ORA_COMMON = dict(err=r'\b(?:ORA|TNS)-\d{4,5}\b|^Errors in file', retry=RETRY_G,
                  panic=r'ORA-07445|terminating the instance due to (?:ORA )?error 471\b|Exception \[type: SIGSEGV',
                  oom=r'ORA-0403[01]|terminating the instance due to (?:ORA )?error 4031\b',
                  disk=r'ORA-19809|ORA-19804|ORA-19815|ORA-16038|No space left on device|ORA-0?165[34]\b|ORA-0?1688\b|ORA-27072',
                  banner=r'Starting ORACLE instance', msg=lambda l: l)
fmt('oracle_iso', r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}[+-]\d\d:\d\d$', _ORA_ISO, **ORA_COMMON)
fmt('oracle_old', r'(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \w{3} \d\d \d\d:\d\d:\d\d \d{4}$', _ORA_OLD, **ORA_COMMON)

fmt('weblogic', r'####<[^>]*> <(?:Info|Notice|Warning|Error|Critical|Alert|Emergency|Debug|Trace)> ',
    mk(r'####<.*?> <(\d{13})> <', lambda m: ('A', int(m.group(1)))),
    err=r'^####<[^>]*> <(?:Error|Critical|Alert|Emergency)>', retry=r'BEA-001129|' + RETRY_G,
    oom=r'OutOfMemoryError|BEA-310003', disk=r'No space left on device',
    banner=r'Server state changed to STARTING|BEA-141107', msg=msg_strip(r'.*?<BEA-\d+> '))

fmt('websphere', r'\[\d{1,2}/\d{1,2}/\d\d \d{1,2}:\d\d:\d\d:\d{3} \S+\] [0-9a-f]{8} ',
    mk(r'\[(\d{1,2})/(\d{1,2})/(\d\d) (\d{1,2}):(\d\d):(\d\d):(\d{3}) \S+\] ', lambda m: _n(2000 + int(m.group(3)), int(m.group(1)), int(m.group(2)), int(m.group(4)), int(m.group(5)), int(m.group(6)), int(m.group(7)))),
    err=r'^\[[^\]]+\] [0-9a-f]{8} .{13} [EF] ', retry=RETRY_G, oom=r'OutOfMemoryError|JVMDUMP039I', disk=r'No space left on device',
    banner=r'WSVR0001I|Start Display Current Environment', msg=msg_strip(r'\[[^\]]+\] [0-9a-f]{8} .{13} \S '))

fmt('spark', r'\d\d/\d\d/\d\d \d\d:\d\d:\d\d (?:INFO|WARN|ERROR|DEBUG|TRACE) ',
    mk(r'(\d\d)/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) (?:INFO|WARN|ERROR|DEBUG|TRACE) ', lambda m: _n(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)), int(m.group(6)), 0)),
    err=r' ERROR |WARN TaskSetManager: Lost task', retry=r'RetryingBlockFetcher|' + RETRY_G, lat=rx_group(r'Finished task .* in (\d+) ms on '),
    panic=r'SparkUncaughtExceptionHandler|User class threw exception', oom=r'exceeding physical memory limits|OutOfMemoryError|Exit code is 137|Exit status: 137',
    disk=r'No space left on device', banner=r'Running Spark version|Registered executor', msg=msg_strip(r'\S+ \S+ \S+ '))

JVM_PANIC = r'A fatal error has been detected by the Java Runtime Environment|SIGSEGV \(0xb\)'
fmt('logstash', r'\{"@timestamp":"', mk(r'\{"@timestamp":"([^"]+)"', lambda m: ('A', iso_any(m.group(1)))),
    err=r'"level":"ERROR"', retry=RETRY_G, panic=JVM_PANIC, oom=r'OutOfMemoryError', disk=r'No space left on device',
    banner=r'Starting \w+ v[\d.]+ using Java|Started \w+ in [\d.]+ seconds', msg=msg_json('message'))


def _spring(m):
    y, mo, d, H, M, S, ms = g_int(m, 1, 2, 3, 4, 5, 6, 7)
    off = m.group(8)
    if off:
        return ('A', iso_any('%04d-%02d-%02dT%02d:%02d:%02d.%03d%s' % (y, mo, d, H, M, S, ms, off)))
    return _n(y, mo, d, H, M, S, ms)


fmt('spring_ansi', r'\x1b\[2m\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d\.\d{3}',
    mk(r'\x1b\[2m(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)\.(\d{3})([+-]\d\d:\d\d|Z)?\x1b\[0;39m', _spring),
    err=r'\x1b\[31mERROR\x1b', retry=RETRY_G, panic=JVM_PANIC, oom=r'OutOfMemoryError', disk=r'No space left on device',
    banner=r':: Spring Boot ::|Started \w+ in [\d.]+ seconds', msg=msg_strip(r'.*?\x1b\[2m:\x1b\[0;39m '))

fmt('minecraft', r'\[\d\d:\d\d:\d\d(?:\] \[[^\]]*/| )(?:INFO|WARN|ERROR|FATAL|DEBUG)\]: ',
    mk(r'\[(\d\d):(\d\d):(\d\d)(?:\] \[[^\]]*/| )(?:INFO|WARN|ERROR|FATAL|DEBUG)\]: ', lambda m: ('T', (int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))) * 1000)),
    err=r'(?:/| )(?:ERROR|FATAL)\]: ', retry=RETRY_G, panic=r'Encountered an unexpected exception|crash report has been saved', oom=r'OutOfMemoryError',
    disk=r'No space left on device', banner=r'Starting minecraft server version', msg=msg_strip(r'\[[^\]]+\] (?:\[[^\]]+\]: )?'))


def _tabfield(i, conv):
    def f(line):
        p = line.split('\t')
        if len(p) <= i:
            return None
        try:
            return conv(p[i])
        except ValueError:
            return None
    return f


fmt('cloudfront', r'(?:\d{4}-\d\d-\d\d\t\d\d:\d\d:\d\d\t|#Version: 1\.0|#Fields: date time)',
    mk(r'(\d{4})-(\d\d)-(\d\d)\t(\d\d):(\d\d):(\d\d)\t', lambda m: ('A', cached(m.group(0), lambda: tg(*g_int(m, 1, 2, 3, 4, 5, 6))))),
    lat=_tabfield(18, lambda v: float(v) * 1000), status=_tabfield(8, int))


def _s3(m):
    d, mo, y, H, M, S = int(m.group(1)), MONS[m.group(2)], int(m.group(3)), int(m.group(4)), int(m.group(5)), int(m.group(6))
    o = m.group(7)
    off = (1 if o[0] == '+' else -1) * (int(o[1:3]) * 60 + int(o[3:5])) * MIN
    return ('A', cached(m.group(0), lambda: tg(y, mo, d, H, M, S) - off))


fmt('s3', r'[0-9a-f]{64} \S+ \[\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] ',
    mk(r'[0-9a-f]{64} \S+ \[(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\] ', _s3),
    lat=rx_group(r'" \d{3} \S+ \S+ \S+ (\d+) '), status=rx_group(r'HTTP/1\.[01]" (\d{3}) ', int))

fmt('lambda', r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00 \d{4}/\d\d/\d\d/\[',
    mk(r'(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00) ', lambda m: ('A', iso_any(m.group(1)))),
    err=r'\[ERROR\]|\tERROR\t', retry=RETRY_G, lat=rx_group(r'REPORT RequestId: \S+\tDuration: ([\d.]+) ms'),
    panic=r'Uncaught Exception|Runtime exited with error: (?:exit status|signal: segmentation fault)', oom=r'signal: killed|Runtime\.OutOfMemory',
    disk=r'No space left on device|ENOSPC', banner=r'INIT_START|Init Duration:', msg=msg_strip(r'\S+ \S+ '))

fmt('kong', r'\{"latencies":\{', mk_search(r'"started_at":(\d{13})', lambda m: ('A', int(m.group(1))), must='{"latencies"'),
    lat=rx_group(r'^\{"latencies":\{"request":(\d+)'), status=rx_group(r'"response":\{"headers":\{.*?\},"status":(\d{3})', int))

fmt('bunyan', r'\{"name":"[^"]*","hostname":"[^"]*","pid":\d+,',
    mk_search(r'"time":"([^"]+)","v":0\}$', lambda m: ('A', iso_any(m.group(1))), must='{"name"'),
    err=r'"level":(?:50|60)\b', retry=RETRY_G, lat=rx_group(r'"latency":(\d+),"_audit"'), status=rx_group(r'"res":\{"statusCode":(\d{3})', int),
    panic=r'"level":60\b|^Node\.js v\d', oom=r'JavaScript heap out of memory|FatalProcessOutOfMemory|ReportOOMFailure',
    disk=r'ENOSPC|No space left on device', banner=r'listening at http', msg=msg_json('msg'))

fmt('clef', r'\{"@t":"', mk(r'\{"@t":"([^"]+)"', lambda m: ('A', iso_any(m.group(1)))),
    err=r'"@l":"(?:Error|Fatal)"', retry=RETRY_G, lat=rx_group(r'"Elapsed":([\d.]+),"SourceContext":"Serilog\.AspNetCore\.RequestLoggingMiddleware"'),
    status=rx_group(r'"StatusCode":(\d{3}),"Elapsed"', int), panic=r'"@l":"Fatal"', oom=r'OutOfMemoryException|Out of memory\.',
    disk=r'No space left on device|not enough space on the disk', banner=r'Application started\. Press Ctrl\+C to shut down\.|Now listening on', msg=msg_json('@mt'))


def _lat_phx(line):
    m = _PHX_LAT.search(line)
    if not m:
        return None
    v = float(m.group(1))
    return v / 1000.0 if m.group(2) != 'ms' else v


_PHX_LAT = re.compile(r'\] Sent \d{3} in (\d+)(ms|µs)')
fmt('phoenix', r'\d\d:\d\d:\d\d\.\d{3} (?:\S+=\S+ )*\[(?:debug|info|notice|warning|warn|error|critical)\] ',
    mk(r'(\d\d):(\d\d):(\d\d)\.(\d{3}) (?:\S+=\S+ )*\[(?:debug|info|notice|warning|warn|error|critical|alert|emergency)\] ',
       lambda m: ('T', (int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))) * 1000 + int(m.group(4)))),
    err=r'\[error\]', retry=r'(?i:failed to connect)|' + RETRY_G, lat=_lat_phx, status=rx_group(r'\] Sent (\d{3}) in ', int),
    panic=r'^Kernel pid terminated', oom=r'Cannot allocate \d+ bytes of memory|eheap_alloc', disk=r'(?i:no space left on device)|:enospc',
    banner=r'Running \S+\.Endpoint with', msg=msg_strip(r'\S+ (?:\S+=\S+ )*'))

fmt('nextcloud', r'\{"reqId":"', mk(r'\{"reqId":"[^"]*","level":\d,"time":"([^"]+)"', lambda m: ('A', iso_any(m.group(1)))),
    err=r'"level":[34],', retry=RETRY_G, disk=r'No space left on device|errno=28|InsufficientStorage|Insufficient space', msg=msg_json('message'))

fmt('journal', r'\{"__CURSOR":"', mk_search(r'"__REALTIME_TIMESTAMP":"(\d+)"', lambda m: ('A', int(m.group(1)) // 1000), must='{"__CURSOR"'),
    err=r'"PRIORITY":"[0-3]"|"MESSAGE":"ERROR ', retry=RETRY_G,
    panic=r'segfault at|dumped core|code=dumped|status=11/SEGV', oom=r'invoked oom-killer|Out of memory: Killed process|oom-kill|oom_reaper|killed by the OOM killer',
    disk=r'No space left on device|os error 28|ENOSPC', banner=r'"MESSAGE":"Started |starting \S+ version=', msg=msg_json('MESSAGE'))


def _otel_msg(line):
    p = line.split('\t')
    return p[3] if len(p) > 3 else line


fmt('otelcol', r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\t(?:info|warn|error|debug|INFO|WARN|ERROR|DEBUG)\t',
    mk(r'(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)\t', lambda m: ('A', cached(m.group(1), lambda: parse_iso_z(m.group(1))))),
    err=r'^\S+\t(?:error|ERROR)\t', retry=r'Will retry the request after interval|' + RETRY_G,
    panic=r'^panic: |^\[signal SIGSEGV', oom=r'^fatal error: runtime: out of memory', disk=r'no space left on device',
    banner=r'Everything is ready\. Begin running and processing data\.|Starting otelcol', msg=_otel_msg)

fmt('logcat', r'(?:\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\s+\d+\s+\d+ [VDIWEFAS] |--------- beginning of )',
    mk(r'(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3})\s+\d+\s+\d+ [VDIWEFAS] ', lambda m: ('Y', tuple(g_int(m, 1, 2, 3, 4, 5, 6)))),
    err=r'^\S+ \S+\s+\d+\s+\d+ [EF] ', retry=RETRY_G, lat=rx_group(r'<-- \d{3}.*? \((\d+)ms'), status=rx_group(r'<-- (\d{3})\b', int),
    panic=r'FATAL EXCEPTION|Fatal signal \d+', oom=r'lowmemorykiller|lmkd|OutOfMemoryError', disk=r'ENOSPC|No space left on device',
    banner=r'Start proc \d+:', msg=msg_strip(r'\S+ \S+\s+\d+\s+\d+ \S '))

fmt('bind', r'\d\d-\w{3}-\d{4} \d\d:\d\d:\d\d\.\d{3} [\w-]+: \w+: ',
    mk(r'(\d\d)-(\w{3})-(\d{4}) (\d\d):(\d\d):(\d\d)\.(\d{3}) ', lambda m: _n(int(m.group(3)), MONS[m.group(2)], int(m.group(1)), int(m.group(4)), int(m.group(5)), int(m.group(6)), int(m.group(7)))),
    err=r'query failed \(SERVFAIL\)|: error: |: critical: ', retry=RETRY_G, panic=r'assertion failure|INSIST\(|REQUIRE\(|back trace',
    banner=r'starting BIND', msg=msg_strip(r'\S+ \S+ '))

fmt('fail2ban', r'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} fail2ban\.',
    mk(r'(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) ', lambda m: _n(*g_int(m, 1, 2, 3, 4, 5, 6), int(m.group(7)))),
    err=r'\]: ERROR ', retry=RETRY_G, banner=r'Starting Fail2ban', msg=msg_strip(r'\S+ \S+ \S+\s+\[\d+\]: '))


def _ast(m):
    if m.group(1):
        return ('Y', (MONS[m.group(1)], int(m.group(2)), int(m.group(6)), int(m.group(7)), int(m.group(8)), int(m.group(9) or 0)))
    return _n(int(m.group(3)), int(m.group(4)), int(m.group(5)), int(m.group(6)), int(m.group(7)), int(m.group(8)), int(m.group(9) or 0))


fmt('asterisk', r'\[(?:\w{3} [ \d]\d|\d{4}-\d\d-\d\d) \d\d:\d\d:\d\d(?:\.\d{3})?\] [A-Z]+\[\d+\]',
    mk(r'\[(?:(\w{3}) ([ \d]\d)|(\d{4})-(\d\d)-(\d\d)) (\d\d):(\d\d):(\d\d)(?:\.(\d{3}))?\] [A-Z]+\[\d+\]', _ast),
    err=r'\] ERROR\[', retry=RETRY_G, banner=r'Asterisk Ready\.|Asterisk \d+\.\d+\.\d+, Copyright', msg=msg_strip(r'\[[^\]]+\] \S+ '))

# signatures that must never appear outside a matching window, in any format (literal substrings + a few regexes)
U_LIT = {'panic': ['FATAL EXCEPTION', 'Fatal signal 11', 'A fatal error has been detected by the Java Runtime'],
         'oom_kill': ['out of memory', 'Out of memory', 'OutOfMemoryError', 'oom-kill', 'invoked oom-killer', 'lowmemorykiller'],
         'disk_full': ['No space left on device', 'ENOSPC', 'errno=28', 'errno 28', 'os error 28', 'not enough space on the disk']}
U_RE = {'panic': re.compile(r'^panic: ')}


# --------------------------------------------------------------------------- reading

def read_lines(path):
    with open(path, 'rb') as fh:
        data = fh.read()
    if path.endswith('.gz'):
        data = gzip.decompress(data)
    if data[:2] == b'\xff\xfe':
        text = data[2:].decode('utf-16-le')
    elif data[:2] == b'\xfe\xff':
        text = data[2:].decode('utf-16-be')
    else:
        try:
            text = data.decode('utf-8')
        except UnicodeDecodeError:
            text = data.decode('latin-1')
    if text.endswith('\n'):
        text = text[:-1]
    lines = text.split('\n')
    if any(l.endswith('\r') for l in lines[:50]):
        lines = [l[:-1] if l.endswith('\r') else l for l in lines]
    return lines


def sniff(lines):
    sample = [l for l in lines[:400] if l.strip()][:250]
    best, bn = None, 0
    for f in F:
        n = sum(1 for l in sample if f['sniff'].match(l))
        if n > bn:
            best, bn = f, n
    return best


class LogF:
    pass


def load_file(path):
    lf = LogF()
    lf.path = path
    lf.name = os.path.basename(path)
    lf.lines = read_lines(path)
    lf.n = len(lf.lines)
    lf.fmt = sniff(lf.lines)
    lf.raw = None
    if lf.fmt is None:
        return lf
    ts = lf.fmt['ts']
    if lf.fmt['name'].startswith('oracle'):
        raw = [(_ORA_ISO(l) or _ORA_OLD(l)) for l in lf.lines]
    else:
        raw = [ts(l) for l in lf.lines]
    lf.raw = raw
    kinds = set(x[0] for x in raw if x)
    lf.kinds = kinds
    lf.abs = 'A' in kinds
    return lf


def resolve(lf, ws):
    """give every line a UTC time; naive times aligned to the window start (offsets are multiples of 15 min)."""
    raw = lf.raw
    vals = [None] * lf.n
    kinds = lf.kinds
    if kinds == {'A'}:
        for i, x in enumerate(raw):
            if x:
                vals[i] = x[1]
        lf.offset = 0
    else:
        year = None
        if ws is not None:
            import time as _t
            year = _t.gmtime(ws // 1000).tm_year
        day0 = ws - ws % DAY if ws is not None else 0
        roll = 0
        last_tod = None
        naive = [None] * lf.n
        for i, x in enumerate(raw):
            if not x:
                continue
            k = x[0]
            if k == 'A':
                naive[i] = ('A', x[1])
            elif k == 'N':
                naive[i] = ('N', x[1])
            elif k == 'Y':
                mo, d, H, M, S, ms = x[1]
                naive[i] = ('N', cached(('y', year, mo, d, H, M, S), lambda: tg(year, mo, d, H, M, S)) + ms)
            else:
                tod = x[1]
                if last_tod is not None and tod < last_tod - 12 * HOUR:
                    roll += 1
                last_tod = tod if last_tod is None or tod > last_tod - 12 * HOUR else tod
                naive[i] = ('N', day0 + roll * DAY + tod)
        first = next((v for v in naive if v and v[0] == 'N'), None)
        off = 0
        if first is not None and ws is not None:
            off = int(round((first[1] - ws) / float(15 * MIN))) * 15 * MIN
        # (for time-only logs the unknown date folds into the offset: utc = naive - off either way)
        lf.offset = off
        for i, v in enumerate(naive):
            if v:
                vals[i] = v[1] if v[0] == 'A' else v[1] - off
    # continuation lines inherit the previous time; leading ones take the first time
    first = next((v for v in vals if v is not None), None)
    cur = first
    for i in range(lf.n):
        if vals[i] is None:
            vals[i] = cur
        else:
            cur = vals[i]
    lf.t = vals
    lf.stamped = [x is not None for x in raw]
    lf.first = first
    lf.last = cur


# --------------------------------------------------------------------------- checks

class Checker:
    def __init__(self, verbose):
        self.v = []
        self.verbose = verbose
        self.info = []

    def bad(self, msg):
        self.v.append(msg)

    def note(self, msg):
        if self.verbose:
            self.info.append(msg)


def idx_range(times, a, b):
    """indices of lines with a <= t <= b (times sorted within tolerance)."""
    import bisect
    return bisect.bisect_left(times, a), bisect.bisect_right(times, b)


def norm_msg(s):
    s = RX_UUID.sub('<u>', s)
    s = RX_TOK.sub('<id>', s)
    s = RX_HEXW.sub('<h>', s)
    s = RX_NUM.sub('<n>', s)
    return s


RX_UUID = re.compile(r'[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}')
RX_HEXW = re.compile(r'\b(?:0x)?[0-9a-fA-F]*\d[0-9a-fA-F]*[a-fA-F][0-9a-fA-F]*\b|\b(?:0x)?[0-9a-fA-F]*[a-fA-F][0-9a-fA-F]*\d[0-9a-fA-F]*\b')
RX_NUM = re.compile(r'-?\d+')
RX_TOK = re.compile(r'(?<![A-Za-z0-9_\-])(?=[A-Za-z_\-]*\d)[A-Za-z0-9_\-]{16,}(?![A-Za-z0-9_\-])')


def check_scenario(C, sd, sname):
    tp = os.path.join(sd, 'truth.json')
    try:
        with open(tp) as fh:
            truth = json.load(fh)
    except Exception as e:
        C.bad('%s: truth.json unreadable: %s' % (sname, e))
        return None
    # schema
    if not isinstance(truth, dict) or set(truth) != {'incidents', 'healthy'}:
        C.bad('%s: truth.json must have exactly keys incidents, healthy' % sname)
        return None
    incs = truth['incidents']
    if not isinstance(incs, list) or not isinstance(truth['healthy'], bool):
        C.bad('%s: truth.json types' % sname)
        return None
    if truth['healthy'] != (len(incs) == 0):
        C.bad('%s: healthy flag inconsistent with %d incidents' % (sname, len(incs)))
    logs = sorted(f for f in os.listdir(sd) if f != 'truth.json' and not f.startswith('.'))
    if not 3 <= len(logs) <= 6:
        C.bad('%s: %d log files (need 3-6)' % (sname, len(logs)))
    for it in incs:
        if set(it) != {'kind', 'file', 'start', 'end', 'description'}:
            C.bad('%s: incident keys %s' % (sname, sorted(it)))
            continue
        if it['kind'] not in KINDS:
            C.bad('%s: unknown kind %r' % (sname, it['kind']))
        if it['file'] not in logs:
            C.bad('%s: incident file %r not present' % (sname, it['file']))
        if not ISO_Z.match(it['start']) or not ISO_Z.match(it['end']):
            C.bad('%s: bad time format %s / %s' % (sname, it['start'], it['end']))
            continue
        it['_s'] = parse_iso_z(it['start'])
        it['_e'] = parse_iso_z(it['end'])
        if it['_e'] <= it['_s']:
            C.bad('%s: incident %s %s end <= start' % (sname, it['kind'], it['file']))
    if not truth['healthy'] and not 1 <= len(incs) <= 3:
        C.bad('%s: %d incidents (need 1-3)' % (sname, len(incs)))
    # load files
    files = {}
    total = 0
    for fn in logs:
        lf = load_file(os.path.join(sd, fn))
        total += lf.n
        if lf.fmt is None or lf.raw is None or not any(lf.raw):
            C.bad('%s/%s: format not recognised' % (sname, fn))
            continue
        files[fn] = lf
    if not 50000 <= total <= 150000:
        C.bad('%s: %d physical lines (need 50k-150k)' % (sname, total))
    absf = [lf for lf in files.values() if lf.abs]
    if not absf:
        C.bad('%s: no file with zone-aware timestamps; cannot align local times' % sname)
        return truth
    for lf in absf:
        vals = [x[1] for x in lf.raw if x and x[0] == 'A']
        lf._afirst, lf._alast = vals[0], vals[-1]
    ws = min(lf._afirst for lf in absf)
    we = max(lf._alast for lf in absf)
    for lf in files.values():
        resolve(lf, ws)
    ws = min(lf.first for lf in files.values())
    we = max(lf.last for lf in files.values())
    dur = we - ws
    if not (2 * HOUR - 4 * MIN <= dur <= 8 * HOUR + 4 * MIN):
        C.bad('%s: window %.1f h (need 2-8 h)' % (sname, dur / float(HOUR)))
    C.note('%s: window %s .. %s (%.2f h), %d lines, files: %s' % (sname, iso(ws), iso(we), dur / float(HOUR), total,
                                                                   ', '.join('%s[%s%s]' % (lf.name, lf.fmt['name'], '' if lf.abs else ' off=%+.2fh' % (((lf.offset + 12 * HOUR) % DAY - 12 * HOUR) / float(HOUR))) for lf in files.values())))
    by_file = {}
    for it in incs:
        if '_s' in it:
            by_file.setdefault(it['file'], []).append(it)
    for lf in files.values():
        forever = any(it['kind'] == 'silence' and it['_e'] >= we - 3 * MIN and it['_s'] > lf.last - 5 * SEC for it in by_file.get(lf.name, []))
        if abs(lf.first - ws) > 3 * MIN + 2 * SEC:
            C.bad('%s/%s: starts %.1f min after window start' % (sname, lf.name, (lf.first - ws) / float(MIN)))
        if abs(we - lf.last) > 3 * MIN + 2 * SEC and not forever:
            C.bad('%s/%s: ends %.1f min before window end' % (sname, lf.name, (we - lf.last) / float(MIN)))
        # order
        mx = None
        nbad = 0
        firstbad = None
        for i, t in enumerate(lf.t):
            if mx is not None and t < mx - 2000:
                nbad += 1
                if firstbad is None:
                    firstbad = i
            if mx is None or t > mx:
                mx = t
        if nbad:
            C.bad('%s/%s: %d lines out of time order (first at line %d)' % (sname, lf.name, nbad, firstbad + 1))
        check_file(C, sname, lf, by_file.get(lf.name, []), ws, we)
    return truth


def iso(t):
    import time as _t
    g = _t.gmtime(t // 1000)
    return '%04d-%02d-%02dT%02d:%02d:%02d.%03dZ' % (g[0], g[1], g[2], g[3], g[4], g[5], t % 1000)


def minutes(a, b):
    return max(1.0 / 60, (b - a) / float(MIN))


def check_file(C, sname, lf, incs, ws, we):
    import bisect
    f = lf.fmt
    tag = '%s/%s' % (sname, lf.name)
    T = lf.t
    incs = sorted(incs, key=lambda x: x['_s'])
    for a, b in zip(incs, incs[1:]):
        if b['_s'] < a['_e']:
            C.bad('%s: incidents overlap (%s, %s)' % (tag, a['kind'], b['kind']))
    for it in incs:
        if it['_s'] < lf.first + 35 * MIN:
            C.bad('%s: %s starts %.1f min after the file\'s first line (need >= 35)' % (tag, it['kind'], (it['_s'] - lf.first) / float(MIN)))
    wins = [(it['_s'], it['_e']) for it in incs]

    def outside(i):
        t = T[i]
        for a, b in wins:
            if a - 2 * MIN <= t <= b + 2 * MIN:
                return False
        return True

    out_idx = [i for i in range(lf.n) if outside(i)]
    out_min = 0.0
    # minutes outside windows
    span = minutes(lf.first, lf.last)
    inwin = sum(min(lf.last, b + 2 * MIN) - max(lf.first, a - 2 * MIN) for a, b in wins if b + 2 * MIN > lf.first and a - 2 * MIN < lf.last)
    out_min = max(1.0, span - inwin / float(MIN))
    # signatures anywhere
    sig = {}
    text = '\n'.join(lf.lines)
    starts = [0] * lf.n
    pos = 0
    for i, l in enumerate(lf.lines):
        starts[i] = pos
        pos += len(l) + 1
    for key, fkey in (('panic', 'panic'), ('oom_kill', 'oom'), ('disk_full', 'disk')):
        hitset = set()
        for needle in U_LIT[key]:
            p = text.find(needle)
            while p >= 0:
                hitset.add(bisect.bisect_right(starts, p) - 1)
                p = text.find(needle, p + 1)
        for rx in ([U_RE[key]] if key in U_RE else []) + ([f[fkey]] if f[fkey] is not None else []):
            for m in re.compile(rx.pattern, re.M).finditer(text):
                hitset.add(bisect.bisect_right(starts, m.start()) - 1)
        hits = sorted(hitset)
        sig[key] = hits
        kw = [(it['_s'] - 2 * SEC, it['_e'] + 2 * SEC) for it in incs if it['kind'] == key]
        stray = [i for i in hits if not any(a <= T[i] <= b for a, b in kw)]
        if stray:
            i = stray[0]
            C.bad('%s: %d %s signature line(s) outside a %s window, first at line %d (%s): %.120r' % (tag, len(stray), key, key, i + 1, iso(T[i]), lf.lines[i]))
    for it in incs:
        k = it['kind']
        s, e = it['_s'], it['_e']
        i0, i1 = bisect.bisect_left(T, s - 1000), bisect.bisect_right(T, e + 1000)
        win_min = minutes(s, e)
        ok, why = True, ''
        if k in ('error_burst', 'retry_storm'):
            rx = f['err'] if k == 'error_burst' else f['retry']
            if rx is None:
                C.bad('%s: %s but format %s has no %s marker' % (tag, k, f['name'], k))
                continue
            cin = sum(1 for i in range(i0, i1) if rx.search(lf.lines[i]))
            cout = sum(1 for i in out_idx if rx.search(lf.lines[i]))
            rin = cin / win_min
            rout = cout / out_min
            need_n, need_x = (20, 3.0) if k == 'error_burst' else (100, 4.0)
            ok = cin >= need_n and rin >= need_x * max(rout, 1.0 / 120)
            why = '%d marker lines in window (%.1f/min) vs baseline %.3f/min' % (cin, rin, rout)
        elif k == 'new_error':
            msgf = f['msg'] or (lambda l: l)
            cnt = {}
            for i in range(i0, i1):
                m = msgf(lf.lines[i])
                if m is None:
                    continue
                tpl = norm_msg(m)
                c = cnt.get(tpl)
                if c is None:
                    cnt[tpl] = [1, T[i], T[i]]
                else:
                    c[0] += 1
                    c[2] = T[i]
            cands = [tpl for tpl, (c, a, b) in cnt.items() if c >= 6 and a <= s + 2 * SEC and b >= e - 2 * SEC]
            found = None
            if cands:
                # look for these templates outside the window (pre-filtered by a literal token)
                toks = {}
                for tpl in cands:
                    words = re.findall(r'[A-Za-z_]{5,}', tpl)
                    toks[tpl] = max(words, key=len) if words else None
                clean = set(cands)
                for i in range(lf.n):
                    if i0 <= i < i1 or not clean:
                        continue
                    l = lf.lines[i]
                    for tpl in list(clean):
                        tk = toks[tpl]
                        if tk and tk not in l:
                            continue
                        m = msgf(l)
                        if m is not None and norm_msg(m) == tpl:
                            clean.discard(tpl)
                if clean:
                    found = sorted(clean, key=lambda x: -cnt[x][0])[0]
            ok = found is not None
            why = ('template %.80r seen %d times only inside the window' % (found, cnt[found][0])) if ok else 'no template seen >=6 times only inside the window spanning it (%d candidates)' % len(cands)
        elif k == 'latency_shift':
            if not f['lat']:
                C.bad('%s: latency_shift but format %s has no latency field' % (tag, f['name']))
                continue
            lin = [v for v in (f['lat'](lf.lines[i]) for i in range(i0, i1) if lf.stamped[i]) if v is not None]
            lout = [v for v in (f['lat'](lf.lines[i]) for i in out_idx if lf.stamped[i]) if v is not None]
            if len(lin) < 10 or len(lout) < 10:
                ok, why = False, 'too few latency values (%d in, %d out)' % (len(lin), len(lout))
            else:
                mi, mo = statistics.median(lin), statistics.median(lout)
                ok = mi >= 2.0 * mo
                why = 'median latency %.1f in window vs %.1f baseline (x%.2f)' % (mi, mo, mi / max(mo, 1e-9))
        elif k == 'http_5xx':
            if not f['status']:
                C.bad('%s: http_5xx but format %s has no status field' % (tag, f['name']))
                continue
            sin = [v for v in (f['status'](lf.lines[i]) for i in range(i0, i1) if lf.stamped[i]) if v is not None]
            sout = [v for v in (f['status'](lf.lines[i]) for i in out_idx if lf.stamped[i]) if v is not None]
            if len(sin) < 50:
                ok, why = False, 'too few requests in window (%d)' % len(sin)
            else:
                shin = sum(1 for v in sin if v >= 500) / float(len(sin))
                shout = sum(1 for v in sout if v >= 500) / float(max(1, len(sout)))
                ok = shin >= 0.03 and shin >= 3 * shout
                why = '5xx share %.2f%% in window vs %.3f%% baseline (%d requests)' % (100 * shin, 100 * shout, len(sin))
        elif k == 'traffic_flood':
            nin = i1 - i0
            rin = nin / win_min
            a0 = bisect.bisect_left(T, s - 30 * MIN)
            b1 = bisect.bisect_right(T, e + 30 * MIN)
            others = [(it2['_s'], it2['_e']) for it2 in incs if it2 is not it]
            nsur = 0
            for i in list(range(a0, i0)) + list(range(i1, b1)):
                t = T[i]
                if not any(a <= t <= b for a, b in others):
                    nsur += 1
            surm = (min(s, T[i0 - 1] if i0 > 0 else s) - max(lf.first, s - 30 * MIN)) + (min(lf.last, e + 30 * MIN) - e)
            rsur = nsur / max(1.0, surm / float(MIN))
            ok = rin >= 1.8 * rsur
            why = '%.1f lines/min in window vs %.1f around it (x%.2f)' % (rin, rsur, rin / max(rsur, 1e-9))
        elif k == 'silence':
            inside = [i for i in range(bisect.bisect_left(T, s), bisect.bisect_left(T, e)) if lf.stamped[i] or True]
            base = len(out_idx) / out_min
            exp = base * (e - s) / float(MIN)
            ok = not inside and exp >= 15
            if s % 1000 or e % 1000:
                ok = False
            why = '%d lines inside the gap; baseline would give %.0f lines' % (len(inside), exp)
        elif k in ('panic', 'oom_kill'):
            hits = [i for i in sig[k] if s - 2 * SEC <= T[i] <= e + 2 * SEC]
            brx = f['banner']
            if brx is None:
                C.bad('%s: %s but format %s has no restart banner' % (tag, k, f['name']))
                continue
            ban = [i for i in range(i0, i1) if brx.search(lf.lines[i])]
            ok = bool(hits) and any(b > hits[0] for b in ban)
            why = '%d signature lines, %d banner lines in window' % (len(hits), len(ban))
        elif k == 'disk_full':
            hits = [i for i in sig[k] if s - 2 * SEC <= T[i] <= e + 2 * SEC]
            ok = len(hits) >= 3
            why = '%d disk-full signature lines in window' % len(hits)
        if ok:
            C.note('  %s: %s %s..%s visible: %s' % (tag, k, it['start'][11:19], it['end'][11:19], why))
        else:
            C.bad('%s: %s %s..%s NOT visible: %s' % (tag, k, it['start'], it['end'], why))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    verbose = '--verbose' in sys.argv
    if len(args) != 1:
        print('usage: check.py OUTDIR [--verbose]', file=sys.stderr)
        sys.exit(2)
    out = args[0]
    C = Checker(verbose)
    dirs = sorted(d for d in os.listdir(out) if os.path.isdir(os.path.join(out, d)))
    want = ['s%02d' % i for i in range(1, 11)]
    if dirs != want:
        C.bad('scenario directories are %s, want s01..s10' % dirs)
    kinds = set()
    nh = 0
    ninc = 0
    for d in dirs:
        tr = check_scenario(C, os.path.join(out, d), d)
        if tr:
            if tr.get('healthy'):
                nh += 1
            for it in tr.get('incidents', []):
                kinds.add(it.get('kind'))
                ninc += 1
    if nh != 2:
        C.bad('%d healthy scenarios (need exactly 2)' % nh)
    miss = [k for k in KINDS if k not in kinds]
    if miss:
        C.bad('incident kinds never used: %s' % ', '.join(miss))
    if ninc < 13:
        C.bad('only %d incidents (need >= 13)' % ninc)
    if verbose:
        for m in C.info:
            print(m)
    if C.v:
        print('%d violation(s):' % len(C.v))
        for m in C.v:
            print('  - ' + m)
        sys.exit(1)
    print('OK: %d scenarios, %d incidents, all kinds used' % (len(dirs), ninc))
    sys.exit(0)


if __name__ == '__main__':
    main()
