#!/usr/bin/env python3
"""Independent sanity checker for blind8 bundles (imports nothing from the generator).

usage: python3 check.py OUTDIR [--verbose]
"""
import calendar
import csv
import gzip
import json
import os
import re
import statistics
import sys

US = 1_000_000
MIN = 60 * US
KINDS = {"error_burst", "silence", "retry_storm", "latency_shift", "oom_kill", "new_error", "disk_full", "panic",
         "http_5xx", "traffic_flood"}
MON = {m: i + 1 for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())}


def read_lines(p):
    with open(p, "rb") as fh:
        data = fh.read()
    if p.endswith(".gz"):
        data = gzip.decompress(data)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.splitlines()


def epoch(y, mo, d, h, mi, s, us=0):
    return (calendar.timegm((y, mo, d, h, mi, s)) * US) + us


def fr(s):
    """fraction digits -> microseconds (floored)."""
    if not s:
        return 0
    return int((s + "000000")[:6])


def offset_us(z):
    if z is None:
        return None
    if z == "Z":
        return 0
    sg = -1 if z[0] == "-" else 1
    z = z[1:].replace(":", "")
    return sg * (int(z[:2]) * 3600 + int(z[2:4]) * 60) * US


ISO = re.compile(r"(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?")


def iso(s):
    m = ISO.match(s)
    if not m:
        return None, None
    g = m.groups()
    t = epoch(int(g[0]), int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5]), fr(g[6]))
    o = offset_us(g[7])
    return (t - o if o is not None else t), o is not None


# ------------------------------------------------------------------ per-format knowledge
SYSL = re.compile(r"^(?:<\d+>)?([A-Z][a-z]{2}) ([ \d]\d) (\d\d):(\d\d):(\d\d) ")


def ts_syslog(line, ctx):
    m = SYSL.match(line)
    if not m:
        return None
    return ("noyear", (MON[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5))))


ASA2 = re.compile(r"^([A-Z][a-z]{2}) (\d\d) (\d{4}) (\d\d):(\d\d):(\d\d) ")


def ts_asa(line, ctx):
    m = ASA2.match(line)
    if m:
        return ("naive", epoch(int(m.group(3)), MON[m.group(1)], int(m.group(2)), int(m.group(4)), int(m.group(5)),
                               int(m.group(6))))
    return ts_syslog(line, ctx)


def ts_iso_start(line, ctx):
    t, absolute = iso(line)
    if t is None:
        return None
    return ("abs" if absolute else "naive", t)


FG = re.compile(r"^date=(\d{4})-(\d\d)-(\d\d) time=(\d\d):(\d\d):(\d\d) .*?(?:tz=\"([+-]\d{4})\")?")
FGTZ = re.compile(r" tz=\"([+-]\d{4})\"")


def ts_forti(line, ctx):
    m = FG.match(line)
    if not m:
        return None
    t = epoch(*[int(x) for x in m.groups()[:6]])
    z = FGTZ.search(line)
    if z:
        return ("abs", t - offset_us(z.group(1)))
    return ("naive", t)


PAN = re.compile(r"(?:^|\s)1,(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d),")


def ts_pan(line, ctx):
    m = PAN.search(line)
    if not m:
        return None
    return ("naive", epoch(*[int(x) for x in m.groups()]))


def ts_pf(line, ctx):
    if line.startswith("<"):
        m = re.match(r"^<\d+>1 (\S+)", line)
        if m:
            return ts_iso_start(m.group(1), ctx)
    return ts_syslog(line, ctx)


def ts_json_field(field):
    rx = re.compile(r'"%s":"([^"]+)"' % field)

    def f(line, ctx):
        m = rx.search(line)
        if not m:
            return None
        return ts_iso_start(m.group(1), ctx)
    return f


def ts_zeek(line, ctx):
    if line.startswith("#"):
        return None
    if line.startswith("{"):
        m = re.search(r'"ts":(\d+)\.(\d+)', line)
        if m:
            return ("abs", int(m.group(1)) * US + fr(m.group(2)))
        m = re.search(r'"ts":"([^"]+)"', line)
        return ts_iso_start(m.group(1), ctx) if m else None
    m = re.match(r"^(\d+)\.(\d+)\t", line)
    if m:
        return ("abs", int(m.group(1)) * US + fr(m.group(2)))
    return None


MODA = re.compile(r"^\[(\d\d)/([A-Z][a-z]{2})/(\d{4}):(\d\d):(\d\d):(\d\d)(?:\.(\d+))? ([+-]\d{4})\] ")


def ts_modsec(line, ctx):
    m = MODA.match(line)
    if not m:
        return None
    g = m.groups()
    t = epoch(int(g[2]), MON[g[1]], int(g[0]), int(g[3]), int(g[4]), int(g[5]), fr(g[6]))
    return ("abs", t - offset_us(g[7]))


def ts_auth(line, ctx):
    if line[:1].isdigit():
        return ts_iso_start(line, ctx)
    return ts_syslog(line, ctx)


OVPN_OLD = re.compile(r"^[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\d{4}) ")


def ts_ovpn(line, ctx):
    m = OVPN_OLD.match(line)
    if m:
        g = m.groups()
        return ("naive", epoch(int(g[5]), MON[g[0]], int(g[1]), int(g[2]), int(g[3]), int(g[4])))
    return ts_iso_start(line, ctx)


DMONO = re.compile(r"^\[\s*(\d+)\.(\d{6})\] ")
DRTC = re.compile(r"rtc_cmos \S+: setting system clock to .* UTC \((\d+)\)")
DT = re.compile(r"^\[[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\d{4})\] ")


def ts_dmesg(line, ctx):
    m = DMONO.match(line)
    if m:
        mono = int(m.group(1)) * US + int(m.group(2))
        r = DRTC.search(line)
        if r and "mono_off" not in ctx:
            ctx["mono_off"] = int(r.group(1)) * US - mono
        return ("mono", mono)
    m = DT.match(line)
    if m:
        g = m.groups()
        return ("naive", epoch(int(g[5]), MON[g[0]], int(g[1]), int(g[2]), int(g[3]), int(g[4])))
    return None


DB2 = re.compile(r"^(\d{4})-(\d\d)-(\d\d)-(\d\d)\.(\d\d)\.(\d\d)\.(\d{6})([+-])(\d{3}) ")


def ts_db2(line, ctx):
    m = DB2.match(line)
    if not m:
        return None
    g = m.groups()
    t = epoch(int(g[0]), int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5]), int(g[6]))
    o = int(g[8]) * 60 * US * (-1 if g[7] == "-" else 1)
    return ("abs", t - o)


NATS = re.compile(r"^\[\d+\] (\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)\.(\d+) ")


def ts_nats(line, ctx):
    m = NATS.match(line)
    if not m:
        return None
    g = m.groups()
    return ("naive", epoch(*[int(x) for x in g[:6]]) + fr(g[6]))


def ts_first_token_iso(line, ctx):
    return ts_iso_start(line, ctx)


USD = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d\d):(\d\d) (AM|PM)")


def usdate(s):
    m = USD.match(s)
    if not m:
        return None
    g = m.groups()
    h = int(g[3]) % 12 + (12 if g[6] == "PM" else 0)
    return epoch(int(g[2]), int(g[0]), int(g[1]), h, int(g[4]), int(g[5]))


def ts_windns(line, ctx):
    if line.startswith("DNS Server log") or line.startswith("Log file wrap"):
        return None
    t = usdate(line)
    return ("naive", t) if t is not None else None


def ts_winevent(line, ctx):
    if line.startswith("TimeCreated"):
        t = usdate(line.split(":", 1)[1].strip())
        return ("naive", t) if t is not None else None
    return None


def ts_cf(line, ctx):
    m = re.search(r'"EdgeStartTimestamp":(\d+)', line)
    if m:
        v = m.group(1)
        if len(v) >= 18:
            return ("abs", int(v) // 1000)
        return ("abs", int(v) * US)
    m = re.search(r'"EdgeStartTimestamp":"([^"]+)"', line)
    return ts_iso_start(m.group(1), ctx) if m else None


TOR1 = re.compile(r"^\[[DIWEC] (\d\d)(\d\d)(\d\d) (\d\d):(\d\d):(\d\d) ")
TOR2 = re.compile(r"^\[[DIWEC] (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+) ")


def ts_tornado(line, ctx):
    m = TOR1.match(line)
    if m:
        g = [int(x) for x in m.groups()]
        return ("naive", epoch(2000 + g[0], g[1], g[2], g[3], g[4], g[5]))
    m = TOR2.match(line)
    if m:
        return ts_iso_start(m.group(1), ctx)
    return None


WZ = re.compile(r"\[(\d\d)/([A-Z][a-z]{2})/(\d{4}) (\d\d):(\d\d):(\d\d)\] \"")
FLASK = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3})\] ")


def ts_wz(line, ctx):
    m = WZ.search(line)
    if m:
        g = m.groups()
        return ("naive", epoch(int(g[2]), MON[g[1]], int(g[0]), int(g[3]), int(g[4]), int(g[5])))
    m = FLASK.match(line)
    if m:
        return ts_iso_start(m.group(1) + "." + m.group(2), ctx)
    return None


def pan_fields(line):
    i = line.find("1,")
    m = PAN.search(line)
    if not m:
        return None
    i = m.start() + (1 if line[m.start()] == " " else 0)
    try:
        return next(csv.reader([line[i:]]))
    except Exception:
        return None


def pan_err(line):
    f = pan_fields(line)
    return bool(f and len(f) > 13 and f[3] == "SYSTEM" and f[13] in ("high", "critical"))


def pan_dur(line):
    f = pan_fields(line)
    if f and len(f) > 36 and f[3] == "TRAFFIC":
        return float(f[36])
    return None


def rx_num(rx, scale=1.0):
    c = re.compile(rx)

    def f(line):
        m = c.search(line)
        return float(m.group(1)) * scale if m else None
    return f


def rx_bool(rx, flags=0):
    c = re.compile(rx, flags)
    return lambda line: bool(c.search(line))


def k8s_dur(line):
    a = re.search(r'"requestReceivedTimestamp":"([^"]+)"', line)
    b = re.search(r'"stageTimestamp":"([^"]+)"', line)
    if a and b:
        return (iso(b.group(1))[0] - iso(a.group(1))[0]) / 1000.0
    return None


def cf_dur(line):
    m = re.search(r'"OriginResponseDurationMs":(\d+)', line)
    if m:
        return float(m.group(1))
    m = re.search(r'"OriginResponseTime":(\d+)', line)
    return float(m.group(1)) / 1e6 if m else None


NONE = lambda line: False  # noqa: E731
NOVAL = lambda line: None  # noqa: E731

# name: detect regex, ts function, error, retry, status, duration, panic, oom, disk, banner
FORMATS = [
    ("winevent", r"^TimeCreated\s+:", ts_winevent, rx_bool(r"(?i)\berror\b|\bfailed\b|unexpectedly|fatal"), NONE,
     NOVAL, NOVAL, rx_bool(r"Faulting application name"), rx_bool(r"low virtual memory condition"),
     rx_bool(r"at or near capacity|not enough space on the disk"), rx_bool(r"entered the running state")),
    ("windns", r" PACKET  [0-9A-F]{16} (UDP|TCP) (Rcv|Snd) ", ts_windns, rx_bool(r"\bSERVFAIL\]"), NONE, NOVAL, NOVAL, NONE,
     NONE, NONE, NONE),
    ("macos", r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}[+-]\d{4} 0x[0-9a-f]+ ", ts_first_token_iso, rx_bool(r"^\S+ \S+ \S+\s+(Error|Fault)\s"), NONE,
     rx_num(r"response_status=(\d{3})"), rx_num(r"transaction_duration_ms=(\d+)"), NONE, NONE, NONE, NONE),
    ("zeek", r"^#separator|^\{\"ts\":|^\d{10}\.\d{6}\t", ts_zeek, NONE, NONE, None, None, NONE, NONE, NONE, NONE),
    ("suricata", r"\"event_type\":", ts_json_field("timestamp"), NONE, NONE,
     rx_num(r'"event_type":"http".*"status":(\d{3})'), NOVAL, NONE, NONE, NONE, NONE),
    ("k8saudit", r"\"auditID\":", ts_json_field("stageTimestamp"), NONE, NONE,
     rx_num(r'"responseStatus":\{.*?"code":(\d{3})'), k8s_dur, NONE, NONE, NONE, NONE),
    ("vault", r"^\{\"time\":\"[^\"]+\",\"type\":\"(request|response)\"", ts_json_field("time"),
     rx_bool(r'"error":"'), NONE, NOVAL, NOVAL, NONE, NONE, NONE, NONE),
    ("cloudflare", r"\"EdgeStartTimestamp\"", ts_cf, NONE, NONE, rx_num(r'"EdgeResponseStatus":(\d{3})'), cf_dur,
     NONE, NONE, NONE, NONE),
    ("modsec", r"^--[0-9a-f]{8}-A--$", ts_modsec, NONE, NONE, rx_num(r"^HTTP/1\.[01] (\d{3}) "),
     rx_num(r"^Stopwatch: \d+ (\d+) "), NONE, NONE, NONE, NONE),
    ("asa", r"%ASA-\d-\d{6}:", ts_asa, rx_bool(r"%ASA-[0-3]-\d{6}:"), NONE, NOVAL, NOVAL, NONE, NONE, NONE, NONE),
    ("fortigate", r"^date=\d{4}-\d\d-\d\d time=.*devid=", ts_forti,
     rx_bool(r'level="(error|critical|alert|emergency)"'), NONE, NOVAL, rx_num(r" duration=(\d+) "), NONE, NONE,
     NONE, NONE),
    ("panos", r"(^|\s)1,\d{4}/\d\d/\d\d \d\d:\d\d:\d\d,\d+,(TRAFFIC|THREAT|SYSTEM),", ts_pan, pan_err, NONE, NOVAL,
     pan_dur, NONE, NONE, NONE, NONE),
    ("pfsense", r"filterlog(\[\d+\])?:? ", ts_pf, NONE, NONE, NOVAL, NOVAL, NONE, NONE, NONE, NONE),
    ("dhcpd", r" dhcpd\[\d+\]: ", ts_auth, rx_bool(r"no free leases|(?i:\berror\b)"), NONE, NOVAL, NOVAL, NONE,
     NONE, NONE, NONE),
    ("authlog", r" (sshd|CRON|sudo|systemd-logind)\[\d+\]: ", ts_auth, rx_bool(r"\]: (error|fatal): "), NONE,
     NOVAL, NOVAL, NONE, NONE, NONE, NONE),
    ("db2diag", r"^\d{4}-\d\d-\d\d-\d\d\.\d\d\.\d\d\.\d{6}[+-]\d{3} ", ts_db2,
     rx_bool(r"LEVEL: (Error|Severe|Critical)"), NONE, NOVAL, NOVAL, rx_bool(r"ADM14001C|ADM0503C"), NONE,
     rx_bool(r"SQLO_DISK|SQL0968C|No space left on device"), rx_bool(r"ADM7513W")),
    ("ghactions", r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z ", ts_first_token_iso, rx_bool(r"##\[error\]"),
     rx_bool(r"(?i)\bretry(ing)?\b|will retry"), NOVAL, NOVAL, NONE, NONE,
     rx_bool(r"(?i)no space left on device"), NONE),
    ("mongo", r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d{4} [IWEFD] ", ts_first_token_iso,
     rx_bool(r"^\S+ [EF] "), rx_bool(r"Connecting to |Error in heartbeat"), NOVAL, rx_num(r" (\d+)ms$"),
     rx_bool(r"Invariant failure|aborting after"), rx_bool(r"\] out of memory\."),
     rx_bool(r"No space left on device"), rx_bool(r"SERVER RESTARTED|waiting for connections")),
    ("nodedebug", r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z [\w.-]+:[\w:.-]+ ", ts_first_token_iso,
     rx_bool(r" app:error "), rx_bool(r"reconnect"), rx_num(r" app:http [A-Z]+ \S+ (\d{3}) "),
     rx_num(r" app:http [A-Z]+ \S+ \d{3} ([\d.]+) ms"), rx_bool(r"^Node\.js v\d"), NONE, NONE,
     rx_bool(r"listening on")),
    ("nats", r"^\[\d+\] \d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d{6} \[", ts_nats, rx_bool(r"\[(ERR|FTL)\] "),
     rx_bool(r"Error trying to connect"), NOVAL, NOVAL, rx_bool(r"^panic: "),
     rx_bool(r"^fatal error: runtime: out of memory"), NONE, rx_bool(r"Server is ready")),
    ("dmesg", r"^\[\s*\d+\.\d{6}\] |^\[[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}\] ", ts_dmesg,
     rx_bool(r"(?i)\berror\b|I/O error|FAILED"), rx_bool(r"not responding, still trying"), NOVAL, NOVAL, NONE,
     rx_bool(r"Out of memory: Kill|invoked oom-killer"), NONE, rx_bool(r"entered forwarding state")),
    ("tornado", r"^\[[IWE] (\d{6} |\d{4}-\d\d-\d\d )", ts_tornado, rx_bool(r"^\[E "), NONE,
     rx_num(r"^\[[IWE] [^\]]+\] (\d{3}) [A-Z]+ "), rx_num(r"\) ([\d.]+)ms$"), NONE, NONE, NONE, NONE),
    ("werkzeug", r"\[\d\d/[A-Z][a-z]{2}/\d{4} \d\d:\d\d:\d\d\] \"(GET|POST|PUT|DELETE|HEAD)", ts_wz,
     rx_bool(r"ERROR in app|^Internal Server Error:"), NONE, rx_num(r"\" (\d{3}) (?:\d+|-)$"), NOVAL, NONE, NONE,
     NONE, NONE),
    ("openvpn", r"(MULTI|MANAGEMENT|Initialization Sequence|VERIFY|TLS: )", ts_ovpn, rx_bool(r"(?i)\berror\b"),
     rx_bool(r"TLS key negotiation failed|TLS handshake failed|client-instance restarting"), NOVAL, NOVAL,
     rx_bool(r"Assertion failed at|Exiting due to fatal error"), NONE, NONE,
     rx_bool(r"Initialization Sequence Completed")),
    ("exim", r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (\S+ (<=|=>|==|\*\*|Completed)|Start queue run|SMTP connection)",
     ts_first_token_iso, rx_bool(r" \*\* |TLS error on|\bfailed\b"), rx_bool(r" == "), NOVAL, NOVAL, NONE, NONE,
     rx_bool(r"No space left on device|insufficient disk space"), NONE),
]


class Zeek:
    def __init__(self):
        self.cols = None

    def status(self, line):
        return self._get(line, "status_code")

    def dur(self, line):
        return self._get(line, "duration")

    def _get(self, line, name):
        if line.startswith("#fields"):
            self.cols = line.split("\t")[1:]
            return None
        if line.startswith("{"):
            m = re.search(r'"%s":([\d.]+)' % name, line)
            return float(m.group(1)) if m else None
        if line.startswith("#") or not self.cols or name not in self.cols:
            return None
        v = line.split("\t")
        i = self.cols.index(name)
        if i < len(v) and v[i] not in ("-", "(empty)"):
            return float(v[i])
        return None


def detect(lines):
    sample = [x for x in lines[:400] if x.strip()]
    for spec in FORMATS:
        rx = re.compile(spec[1])
        hits = sum(1 for x in sample if rx.search(x))
        if hits >= max(1, min(5, len(sample) // 20)):
            return spec
    return None


# ------------------------------------------------------------------ file model
class LogFile:
    def __init__(self, path, problems):
        self.name = os.path.basename(path)
        self.lines = read_lines(path)
        self.spec = detect(self.lines)
        self.raw = []  # (kind, value) per line or None
        self.t = []
        if not self.spec:
            problems.append("%s: unknown format" % path)
            return
        ctx = {}
        f = self.spec[2]
        for ln in self.lines:
            self.raw.append(f(ln, ctx))
        self.ctx = ctx
        self.kinds = {r[0] for r in self.raw if r}

    def absolute(self):
        return self.kinds and self.kinds <= {"abs", "mono"} and ("mono" not in self.kinds or "mono_off" in self.ctx)

    def resolve(self, off, year):
        """Fill self.t (UTC µs per line, inherited for lines without a timestamp)."""
        last = None
        out = []
        for r in self.raw:
            if r:
                k, v = r
                if k == "abs":
                    last = v
                elif k == "mono":
                    last = v + self.ctx.get("mono_off", 0)
                elif k == "naive":
                    last = v - off
                else:  # noyear
                    mo, d, h, mi, s = v
                    last = epoch(year, mo, d, h, mi, s) - off
            out.append(last)
        first = next((x for x in out if x is not None), None)
        self.t = [x if x is not None else first for x in out]
        self.stamped = [i for i, r in enumerate(self.raw) if r]
        ts = [self.t[i] for i in self.stamped]
        self.first, self.last = min(ts), max(ts)

    def naive_first(self, year):
        best = None
        for r in self.raw:
            if r:
                if r[0] == "naive":
                    v = r[1]
                elif r[0] == "noyear":
                    mo, d, h, mi, s = r[1]
                    v = epoch(year, mo, d, h, mi, s)
                else:
                    continue
                best = v if best is None or v < best else best
        return best


def parse_iso_truth(s):
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})Z$", s)
    if not m:
        return None
    g = [int(x) for x in m.groups()]
    return epoch(*g[:6]) + g[6] * 1000


def fmt(t):
    import time
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t // US)) + ".%03dZ" % (t % US // 1000)


# ------------------------------------------------------------------ checks
def in_win(f, a, b, pred=None, stamped_only=False):
    idx = f.stamped if stamped_only else range(len(f.lines))
    return [i for i in idx if a <= f.t[i] <= b and (pred is None or pred(f.lines[i]))]


def rate_outside(f, hits, a, b):
    out = [i for i in hits if not (a <= f.t[i] <= b)]
    mins = max(1.0, ((f.last - f.first) - (b - a)) / MIN)
    return len(out) / mins


def check_incident(f, inc, problems, verbose, label):
    k = inc["kind"]
    a, b = inc["_s"], inc["_e"]
    dmin = max((b - a) / MIN, 1 / 60.0)
    spec = f.spec
    name, err, retry, status, dur, panic, oom, disk, banner = (spec[0], spec[3], spec[4], spec[5], spec[6],
                                                               spec[7], spec[8], spec[9], spec[10])
    if name == "zeek":
        z = Zeek()
        zs = [z.status(x) if "status_code" in " ".join(f.lines[:12]) or x.startswith("{") else None
              for x in f.lines]
        z2 = Zeek()
        zd = [z2.dur(x) for x in f.lines]
        statusv, durv = zs, zd
    else:
        statusv = durv = None
    msg = None
    spans = {"error_burst": (2, 8), "retry_storm": (3, 14), "new_error": (11.5, 45), "latency_shift": (15, 55),
             "http_5xx": (8, 35), "traffic_flood": (10, 35), "silence": (12, 40), "disk_full": (5, 25),
             "panic": (0, 20), "oom_kill": (0, 20)}
    lo, hi = spans[k]
    if not (lo - 0.05 <= dmin <= hi + 0.05) and not (k == "silence" and f.last < a):
        problems.append("%s: %s lasts %.1f min (want %s-%s)" % (label, k, dmin, lo, hi))
    if k in ("latency_shift", "http_5xx"):
        L = b - a
        cin = len(in_win(f, a, b, stamped_only=True)) / dmin
        lo_, hi_ = max(f.first, a - L), min(f.last, b + L)
        around = (len(in_win(f, lo_, a - 1, stamped_only=True)) + len(in_win(f, b + 1, hi_, stamped_only=True))) / \
            max(1.0, ((a - lo_) + (hi_ - b)) / MIN)
        if not 0.55 * around <= cin <= 1.6 * around:
            problems.append("%s: volume in window %.1f/min vs %.1f/min around (not normal volume)" % (
                label, cin, around))
    if k == "error_burst":
        hits = [i for i, x in enumerate(f.lines) if err(x)]
        inside = [i for i in hits if a <= f.t[i] <= b]
        out_rate = rate_outside(f, hits, a, b)
        r_in = len(inside) / dmin
        if len(inside) < 20 or r_in < 3 * out_rate or r_in < 7.5:
            msg = "error_burst weak: %d errors in window (%.1f/min) vs %.2f/min outside" % (len(inside), r_in,
                                                                                         out_rate)
        info = "%d errors, %.1f/min vs %.2f/min" % (len(inside), r_in, out_rate)
    elif k == "retry_storm":
        hits = [i for i, x in enumerate(f.lines) if retry(x)]
        inside = [i for i in hits if a <= f.t[i] <= b]
        out_rate = rate_outside(f, hits, a, b)
        r_in = len(inside) / dmin
        if len(inside) < 100 or r_in < 4 * out_rate or r_in < 16:
            msg = "retry_storm weak: %d retry lines (%.1f/min) vs %.2f/min outside" % (len(inside), r_in, out_rate)
        info = "%d retries, %.1f/min vs %.2f/min" % (len(inside), r_in, out_rate)
    elif k == "new_error":
        m = re.search(r"`([^`]+)`", inc.get("description", ""))
        if not m:
            msg = "new_error description carries no `template`"
            info = ""
        else:
            key = m.group(1)
            hits = [i for i, x in enumerate(f.lines) if key in x]
            ts = sorted({f.t[i] for i in hits})
            bad = [t for t in ts if t < a - 60 * US or t > b + US]
            gaps = [(y - x) / US for x, y in zip(ts, ts[1:])]
            if len(ts) < 6 or bad:
                msg = "new_error: %d occurrences, %d outside window" % (len(ts), len(bad))
            elif ts and (abs(ts[0] - a) > 90 * US or abs(ts[-1] - b) > 90 * US):
                msg = "new_error occurrences do not span the window"
            elif gaps and max(gaps) > 85:
                msg = "new_error max gap %.0fs" % max(gaps)
            info = "%d occurrences of `%s`" % (len(ts), key[:40])
    elif k == "latency_shift":
        vals = durv if durv is not None else [dur(x) for x in f.lines]
        vin = [v for i, v in enumerate(vals) if v is not None and a <= f.t[i] <= b]
        vout = [v for i, v in enumerate(vals) if v is not None and not (a - 2 * MIN <= f.t[i] <= b + 2 * MIN)]
        if len(vin) < 15 or not vout:
            msg = "latency_shift: only %d duration samples in window" % len(vin)
            info = ""
        else:
            mi, mo = statistics.median(vin), statistics.median(vout)
            if mi < 2 * mo:
                msg = "latency_shift weak: median %.3f in window vs %.3f outside" % (mi, mo)
            info = "median %.3f vs %.3f (n=%d)" % (mi, mo, len(vin))
    elif k == "http_5xx":
        vals = statusv if statusv is not None else [status(x) for x in f.lines]
        sin = [v for i, v in enumerate(vals) if v is not None and a <= f.t[i] <= b]
        sout = [v for i, v in enumerate(vals) if v is not None and not (a <= f.t[i] <= b)]
        if len(sin) < 30 or not sout:
            msg = "http_5xx: only %d status samples in window" % len(sin)
            info = ""
        else:
            pin = sum(1 for v in sin if v >= 500) / len(sin)
            pout = sum(1 for v in sout if v >= 500) / len(sout)
            if pin < 0.03 or pin < 3 * pout:
                msg = "http_5xx weak: %.2f%% in window vs %.2f%% outside" % (100 * pin, 100 * pout)
            info = "5xx %.2f%% vs %.2f%% (n=%d)" % (100 * pin, 100 * pout, len(sin))
    elif k == "traffic_flood":
        L = b - a
        cin = len(in_win(f, a, b, stamped_only=True))
        lo = max(f.first, a - L)
        hi = min(f.last, b + L)
        cb = len(in_win(f, lo, a - 1, stamped_only=True))
        ca = len(in_win(f, b + 1, hi, stamped_only=True))
        span = max(1, (a - lo) + (hi - b))
        base = (cb + ca) / (span / MIN)
        rin = cin / dmin
        if base <= 0 or rin < 1.8 * base:
            msg = "traffic_flood weak: %.1f/min in window vs %.1f/min around" % (rin, base)
        info = "%.1f/min vs %.1f/min around" % (rin, base)
    elif k == "silence":
        inside = in_win(f, a, b)
        outside_rate = len(f.stamped) / max(1.0, (f.last - f.first) / MIN)
        if inside:
            msg = "silence: %d lines inside window (first %s)" % (len(inside), fmt(f.t[inside[0]]))
        elif outside_rate < 1.0:
            msg = "silence on a quiet file (%.2f lines/min)" % outside_rate
        info = "0 lines for %.1f min (file %.1f/min)" % (dmin, outside_rate)
    elif k in ("panic", "oom_kill"):
        sig = panic if k == "panic" else oom
        hits = sorted({f.t[i] for i, x in enumerate(f.lines) if sig(x)})
        bans = sorted({f.t[i] for i, x in enumerate(f.lines) if banner(x)})
        inside = [t for t in hits if a - 60 * US <= t <= b]
        if not inside:
            msg = "%s: no crash signature in window" % k
        else:
            groups = []
            for t in inside:
                if not groups or t - groups[-1] > 60 * US:
                    groups.append(t)
            for g in groups:
                if not any(g < x <= g + 100 * US for x in bans):
                    msg = "%s: crash at %s has no restart banner within 100 s" % (k, fmt(g))
            if not any(a <= x <= b for x in bans):
                msg = "%s: no banner inside the window" % k
        info = "%d crash signature timestamps" % len(inside)
    elif k == "disk_full":
        ts = sorted({f.t[i] for i, x in enumerate(f.lines) if disk(x)})
        inside = [t for t in ts if a <= t <= b]
        gaps = [(y - x) / US for x, y in zip(inside, inside[1:])]
        if len(inside) < 5:
            msg = "disk_full: %d signature timestamps in window" % len(inside)
        elif max(gaps) > 75:
            msg = "disk_full: gap %.0fs" % max(gaps)
        info = "%d disk-full timestamps" % len(inside)
    if msg:
        problems.append("%s: %s" % (label, msg))
    if verbose:
        print("   %-14s %-30s %s .. %s  %s%s" % (k, f.name[:30], inc["start"], inc["end"], info,
                                                 "  <-- " + msg if msg else ""))


def check_scenario(d, problems, verbose, seedinfo):
    sid = os.path.basename(d)
    P = []
    try:
        truth = json.load(open(os.path.join(d, "truth.json")))
    except Exception as e:
        problems.append("%s: truth.json unreadable: %s" % (sid, e))
        return
    names = sorted(x for x in os.listdir(d) if x != "truth.json")
    if not 3 <= len(names) <= 6:
        P.append("%d log files" % len(names))
    files = {}
    for n in names:
        files[n] = LogFile(os.path.join(d, n), P)
    files = {n: f for n, f in files.items() if f.spec}
    if not files:
        problems.extend("%s: %s" % (sid, p) for p in P)
        return
    # reference start from absolute files
    absf = [f for f in files.values() if f.absolute()]
    if not absf:
        P.append("no file with absolute timestamps; cannot anchor local times")
        problems.extend("%s: %s" % (sid, p) for p in P)
        return
    for f in absf:
        f.resolve(0, 0)
    ref0 = min(f.first for f in absf)
    import time as _t
    year = _t.gmtime(ref0 // US).tm_year
    for f in files.values():
        if f.absolute():
            continue
        nf = f.naive_first(year)
        off = round((nf - ref0) / (900 * US)) * 900 * US
        if abs(off) > 14 * 3600 * US:
            P.append("%s: local-time offset %.2fh implausible" % (f.name, off / 3600 / US))
        f.resolve(off, year)
        f.offset = off
    S = min(f.first for f in files.values())
    E = max(f.last for f in files.values())
    total = sum(len(f.lines) for f in files.values())
    incs = truth.get("incidents")
    if not isinstance(incs, list):
        P.append("truth.incidents missing")
        incs = []
    forever = set()
    for inc in incs:
        for key in ("kind", "file", "start", "end", "description"):
            if key not in inc:
                P.append("incident lacks %s" % key)
        if inc.get("kind") not in KINDS:
            P.append("bad kind %r" % inc.get("kind"))
        inc["_s"], inc["_e"] = parse_iso_truth(inc.get("start", "")), parse_iso_truth(inc.get("end", ""))
        if inc["_s"] is None or inc["_e"] is None or inc["_e"] <= inc["_s"]:
            P.append("bad incident times %s..%s" % (inc.get("start"), inc.get("end")))
            inc["_bad"] = True
        if inc.get("file") not in files:
            P.append("incident file %r not present" % inc.get("file"))
            inc["_bad"] = True
        if inc.get("kind") == "silence" and not inc.get("_bad") and inc["_e"] >= E - 5 * MIN \
                and files[inc["file"]].last < inc["_s"]:
            forever.add(inc["file"])
    if not 50000 <= total <= 150000:
        P.append("total lines %d outside 50k-150k" % total)
    hours = (E - S) / 3600 / US
    if not 1.97 <= hours <= 8.03:
        P.append("window %.2f h" % hours)
    y0, y1 = _t.gmtime(S // US).tm_year, _t.gmtime(E // US).tm_year
    if y0 != y1:
        P.append("window crosses a year boundary")
    seedinfo["years"].append(y0)
    for f in files.values():
        if abs(f.first - S) > 90 * US:
            P.append("%s starts %.0fs after window start" % (f.name, (f.first - S) / US))
        if abs(E - f.last) > 90 * US and f.name not in forever:
            P.append("%s ends %.0fs before window end" % (f.name, (E - f.last) / US))
    good = [i for i in incs if not i.get("_bad")]
    seedinfo["healthy"] += 0 if incs else 1
    if incs and not 1 <= len(incs) <= 3:
        P.append("%d incidents (want 1-3)" % len(incs))
    seedinfo["count"] += len(incs)
    seedinfo["kinds"].update(i.get("kind") for i in incs)
    if verbose:
        print("%s  %.2fh  %s .. %s  %d lines  %d incidents" % (sid, hours, fmt(S), fmt(E), total, len(incs)))
        for n, f in sorted(files.items()):
            print("   %-40s %-10s %7d lines  %s" % (n, f.spec[0], len(f.lines),
                                                  "abs" if f.absolute() else "local %+.2fh" % (
                                                      -getattr(f, "offset", 0) / 3600 / US)))
    for n, f in files.items():
        mine = sorted([i for i in good if i["file"] == n], key=lambda i: i["_s"])
        for i in mine:
            if i["_s"] < f.first + 40 * MIN:
                P.append("%s %s starts %.1f min after file start" % (n, i["kind"], (i["_s"] - f.first) / MIN))
            if n not in forever or i["kind"] != "silence":
                if i["_e"] > f.last - 8 * MIN:
                    P.append("%s %s ends %.1f min before file end" % (n, i["kind"], (f.last - i["_e"]) / MIN))
        for x, y in zip(mine, mine[1:]):
            if y["_s"] - x["_e"] < 12 * MIN:
                P.append("%s: incidents %s and %s only %.1f min apart" % (n, x["kind"], y["kind"],
                                                                         (y["_s"] - x["_e"]) / MIN))
        # signatures that must never appear in healthy noise
        spec = f.spec
        for kind, sig in (("panic", spec[7]), ("oom_kill", spec[8]), ("disk_full", spec[9])):
            if sig is NONE:
                continue
            for i, ln in enumerate(f.lines):
                if sig(ln):
                    t = f.t[i]
                    if not any(j["kind"] == kind and j["_s"] - 60 * US <= t <= j["_e"] for j in mine):
                        P.append("%s: %s signature outside any %s incident at %s: %s" % (
                            n, kind, kind, fmt(t), ln[:80]))
                        break
    for inc in good:
        check_incident(files[inc["file"]], inc, P, verbose, "%s %s" % (inc["file"], inc["kind"]))
    problems.extend("%s: %s" % (sid, p) for p in P)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    if len(args) != 1:
        print(__doc__.strip())
        sys.exit(2)
    out = args[0]
    problems = []
    seedinfo = {"healthy": 0, "count": 0, "kinds": set(), "years": []}
    dirs = sorted(x for x in os.listdir(out) if re.match(r"^s\d\d$", x))
    if dirs != ["s%02d" % i for i in range(1, 11)]:
        problems.append("scenario dirs are %s" % dirs)
    for d in dirs:
        check_scenario(os.path.join(out, d), problems, verbose, seedinfo)
    if seedinfo["healthy"] != 2:
        problems.append("%d healthy scenarios (want 2)" % seedinfo["healthy"])
    if seedinfo["count"] < 13:
        problems.append("only %d incidents (want >= 13)" % seedinfo["count"])
    missing = KINDS - seedinfo["kinds"]
    if missing:
        problems.append("kinds missing: %s" % ", ".join(sorted(missing)))
    if seedinfo["years"] and all(y == 2026 for y in seedinfo["years"]):
        problems.append("every scenario is in 2026")
    for p in problems:
        print("VIOLATION", p)
    print("%s: %d incidents, %d healthy, %d violations" % (out, seedinfo["count"], seedinfo["healthy"],
                                                         len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
