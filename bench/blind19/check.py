#!/usr/bin/env python3
"""Stand-alone checker for blind19 bundles: check.py OUTDIR [--verbose]  (exit 0 ok / 1 failures)

Re-parses every file with its own regexes, converts time stamps to UTC (zone offset, year and
boot instants for uptime clocks come from OUTDIR/blind19-manifest.json), and checks counts,
windows, truth.json plausibility, the visibility of every planted incident, and that no
crash / OOM / disk-full wording appears outside the planted incidents."""
import calendar
import gzip
import json
import os
import re
import statistics
import sys

MON = {m: i + 1 for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])}
KINDS = ["error_burst", "new_error", "retry_storm", "latency_shift", "http_5xx", "traffic_flood", "silence", "oom_kill", "disk_full", "panic"]

OOM_RE = re.compile(r"Out of memory|OutOfMemoryError|oom-kill|invoked oom-killer|oom_reaper|memorystatus: killing|Heap exhausted|heap out of memory|JavaScript out of memory|RangeError: Out of memory")
DISK_RE = re.compile(r"[Nn]o space left on device|ENOSPC|disk is full|SQLITE_FULL|os error 28|errno: 28|Errno 28|error \(-28\)|No space left")
PANIC_RE = re.compile(r"FATAL EXCEPTION|Fatal signal \d+|\*\*\* \*\*\* \*\*\*|Terminating app due to uncaught exception|Guru Meditation Error|ZEPHYR FATAL ERROR|"
                      r"Kernel panic - not syncing|Internal error: Oops|^panic: |panic\(main thread\)|Bun has crashed|Fatal error: |Program crashed|"
                      r"A fatal error has been detected by the Java Runtime|Uncaught \(in promise\)|terminate called after throwing|process has died|"
                      r"Prelude\.head: empty list|Can't call method|^\S+:\d+\n?$|^Node\.js v\d+|Received signal \d+|EXC_CRASH")
ANY_BAD = re.compile(OOM_RE.pattern + "|" + DISK_RE.pattern + "|" + PANIC_RE.pattern.replace(r"|^\S+:\d+\n?$", ""))
RETRY_RE = re.compile(r"(?i)retry|retrying|reconnect|try again|still trying")
DUR_RES = [re.compile(p) for p in [r"\((\d+(?:\.\d+)?)ms, \d+-byte body\)", r"-> \d{3} \((\d+) ms\)", r" \d{3} (\d+(?:\.\d+)?)ms$",
                                    r'"responseTime":(\d+)', r":ring\.logger/ms (\d+)", r'" \d{3} (\d+\.\d+)s$', r"inference took (\d+\.\d+) ms",
                                    r"-> \d{3} in (\d+) ms"]]
STATUS_RES = [re.compile(p) for p in [r"<-- (\d{3}) https?:", r"-> (\d{3}) \(", r"(?:GET|POST|PUT|DELETE|PATCH) \S+ (\d{3}) \d", r'"statusCode":(\d{3})',
                                       r":status (\d{3})", r'" (\d{3}) \d+\.\d+s$', r"-> (\d{3}) in \d+ ms"]]
SIG_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}|0x[0-9a-fA-F]+|[0-9a-f]{6,}|\d+")


def p_local(y, mo, d, h, mi, s, off):
    return calendar.timegm((y, mo, d, h, mi, s, 0, 0, 0)) - off


def p_off(z):
    if z == "Z":
        return 0
    z = z.replace(":", "")
    v = int(z[1:3]) * 3600 + int(z[3:5]) * 60
    return -v if z[0] == "-" else v


# each parser: (regex, function(match, meta) -> (utc, uptime_or_None, msg))
def I(x):
    return int(x)


PARSERS = {
    "logcat_threadtime": (r"^(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3}) +\d+ +\d+ [VDIWEFA] (.*)$",
                          lambda m, M: (p_local(M["year"], I(m[1]), I(m[2]), I(m[3]), I(m[4]), I(m[5]), M["off"]) + I(m[6]) / 1000, None, m[7])),
    "logcat_time": (r"^(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3}) [VDIWEFA]/(.*)$",
                    lambda m, M: (p_local(M["year"], I(m[1]), I(m[2]), I(m[3]), I(m[4]), I(m[5]), M["off"]) + I(m[6]) / 1000, None, m[7])),
    "logcat_epoch": (r"^\s*(\d{9,10})\.(\d{3}) +\d+ +\d+ [VDIWEFA] (.*)$", lambda m, M: (I(m[1]) + I(m[2]) / 1000, None, m[3])),
    "logcat_zone": (r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3}) ([+-]\d{4}) +\d+ +\d+ [VDIWEFA] (.*)$",
                    lambda m, M: (p_local(I(m[1]), I(m[2]), I(m[3]), I(m[4]), I(m[5]), I(m[6]), p_off(m[8])) + I(m[7]) / 1000, None, m[9])),
    "idevicesyslog": (r"^([A-Z][a-z]{2}) +(\d+) (\d\d):(\d\d):(\d\d) \S+ \S+\[\d+\] <\w+>: (.*)$",
                      lambda m, M: (p_local(M["year"], MON[m[1]], I(m[2]), I(m[3]), I(m[4]), I(m[5]), M["off"]), None, m[6])),
    "deno": (r'^\{"level":"\w+","datetime":(\d{13}),"message":"(.*)"\}$', lambda m, M: (I(m[1]) / 1000, None, m[2])),
    "bun_pino": (r'^\{"level":\d+,"time":(\d{13}),"pid":\d+,"hostname":"[^"]*",(.*)$', lambda m, M: (I(m[1]) / 1000, None, m[2])),
    "vapor": (r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)([+-]\d{4}) \w+ codes\.vapor\.application :(.*)$",
              lambda m, M: (p_local(I(m[1]), I(m[2]), I(m[3]), I(m[4]), I(m[5]), I(m[6]), p_off(m[7])), None, m[8])),
    "timbre": (r"^(?:(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})Z|(\d\d)-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)) \S+ [A-Z]+ \[[^\]]*\] - (.*)$",
               lambda m, M: ((p_local(I(m[1]), I(m[2]), I(m[3]), I(m[4]), I(m[5]), I(m[6]), 0) + I(m[7]) / 1000) if m[1] else
                             p_local(2000 + I(m[8]), I(m[9]), I(m[10]), I(m[11]), I(m[12]), I(m[13]), 0), None, m[14])),
    "log4perl": (r"^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) \[\d+\] [A-Z]+ +\S+ - (.*)$",
                 lambda m, M: (p_local(I(m[1]), I(m[2]), I(m[3]), I(m[4]), I(m[5]), I(m[6]), M["off"]), None, m[7])),
    "katip": (r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\]\[[^\]]*\]\[\w+\]\[[^\]]*\]\[PID \d+\]\[ThreadId \d+\]\[[^\]]*\] (.*)$",
              lambda m, M: (p_local(I(m[1]), I(m[2]), I(m[3]), I(m[4]), I(m[5]), I(m[6]), 0), None, m[7])),
    "zephyr": (r"^\[(\d+):(\d\d):(\d\d)\.(\d{3}),(\d{3})\] (?:\x1b\[[\d;]*m)?<\w+> (.*)$",
               lambda m, M: (None, I(m[1]) * 3600 + I(m[2]) * 60 + I(m[3]) + I(m[4]) / 1e3 + I(m[5]) / 1e6, m[6])),
    "esp_idf": (r"^(?:\x1b\[[\d;]*m)?[DIWEV] \((\d+)\) (.*)$", lambda m, M: (None, I(m[1]) / 1000, m[2])),
    "serial_capture": (r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3})\] (.*)$",
                       lambda m, M: (p_local(I(m[1]), I(m[2]), I(m[3]), I(m[4]), I(m[5]), I(m[6]), M["off"]) + I(m[7]) / 1000, None, m[8])),
    "ros2_launch": (r"^(\d{10}\.\d{7}) (.*)$", lambda m, M: (float(m[1]), None, m[2])),
    "ros1_stdout": (r"^\[ ?[A-Z]+\] \[(\d{10})\.(\d{9})\]: (.*)$", lambda m, M: (I(m[1]) + I(m[2]) / 1e9, None, m[3])),
    "kernel_console": (r"^\[ *(\d+)\.(\d{6})\] (.*)$", lambda m, M: (None, I(m[1]) + I(m[2]) / 1e6, m[3])),
    "kern_log": (r"^(?:([A-Z][a-z]{2}) +(\d+) (\d\d):(\d\d):(\d\d) \S+ kernel: \[ *\d+\.\d+\]|(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{6})([+-]\d\d:\d\d) \S+ kernel:) (.*)$",
                 lambda m, M: ((p_local(M["year"], MON[m[1]], I(m[2]), I(m[3]), I(m[4]), I(m[5]), M["off"])) if m[1] else
                               p_local(I(m[6]), I(m[7]), I(m[8]), I(m[9]), I(m[10]), I(m[11]), p_off(m[13])) + I(m[12]) / 1e6, None, m[14])),
    "journal": (r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)([+-]\d\d:?\d\d) \S+ (\S+: .*)$",
                lambda m, M: (p_local(I(m[1]), I(m[2]), I(m[3]), I(m[4]), I(m[5]), I(m[6]), p_off(m[7])), None, m[8])),
    "mender": (r'^time="(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)([+-]\d\d:\d\d|Z)" level=\w+ msg="(.*)"$',
               lambda m, M: (p_local(I(m[1]), I(m[2]), I(m[3]), I(m[4]), I(m[5]), I(m[6]), p_off(m[7])), None, m[8])),
}
UNTIMED = {"logcat_brief": r"^[VDIWEFA]/.*\(\s*\d+\): ", "flutter": r"^[VDIWEFA]/.*\(\s*\d+\): ", "metro": r"^ (LOG|WARN|ERROR)  ",
           "px4": r"^(INFO|WARN|ERROR|DEBUG) +\[", "bitbake": r"^(NOTE|WARNING|ERROR|DEBUG): ", "swupdate": r"^\[(TRACE|INFO |WARN |ERROR)\] : SWUPDATE"}
AUX_TS = [re.compile(r"^Timestamp: (\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.\d+([+-]\d{4})$", re.M),
          re.compile(r"^Date/Time: +(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.\d+ ([+-]\d{4})$", re.M),
          re.compile(r'"captureTime" : "(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.\d+ ([+-]\d{4})"')]
COMPILED = {k: (re.compile(v[0]), v[1]) for k, v in PARSERS.items()}


def iso2t(s):
    return calendar.timegm((int(s[0:4]), int(s[5:7]), int(s[8:10]), int(s[11:13]), int(s[14:16]), int(s[17:19]), 0, 0, 0))


def read(path, meta, errs, name):
    raw = open(path, "rb").read()
    if path.endswith(".gz"):
        if raw[:2] != b"\x1f\x8b" or raw[3] & 0x08 or raw[4:8] != b"\0\0\0\0":
            errs.append("%s: gzip header has a name or non-zero mtime" % name)
        raw = gzip.decompress(raw)
    text = raw.decode("utf-8")
    if ("\r\n" in text) != bool(meta.get("crlf")):
        errs.append("%s: CRLF state does not match manifest" % name)
    return text.replace("\r\n", "\n").rstrip("\n").split("\n")


def parse_file(lines, meta, errs, name):
    """-> list of [utc_or_None, msg, raw, parsed(bool)] with continuation lines inheriting time."""
    key = meta["key"]
    recs = []
    if key in UNTIMED:
        rx = re.compile(UNTIMED[key])
        ok = sum(1 for l in lines if rx.search(l))
        if ok < 0.5 * len(lines):
            errs.append("%s: only %d/%d lines look like %s" % (name, ok, len(lines), key))
        return [[None, l, l, False] for l in lines]
    rx, fn = COMPILED[key]
    boots = meta.get("boots", [])
    bi, prev_up = 0, None
    for l in lines:
        m = rx.match(l)
        if not m:
            recs.append([None, l, l, False])
            continue
        t, up, msg = fn(m, meta)
        if up is not None:
            if prev_up is not None and up < prev_up - 0.5:
                bi += 1
            prev_up = up
            if bi >= len(boots):
                errs.append("%s: more uptime resets than recorded boots" % name)
                bi = len(boots) - 1
            t = boots[bi] + up
        recs.append([t, msg, l, True])
    parsed = sum(1 for r in recs if r[3])
    if parsed < 0.6 * len(recs):
        errs.append("%s: only %d/%d lines parsed as %s" % (name, parsed, len(recs), key))
    # monotonic + fill continuation lines with (prev, next) span
    last = None
    for r in recs:
        if r[3]:
            if last is not None and r[0] < last - 0.002:
                errs.append("%s: time goes backwards at %r" % (name, r[2][:100]))
                break
            last = r[0]
    return recs


def spans(recs):
    """(prev_time, next_time) for every record (equal for timed lines)."""
    n = len(recs)
    prev = [None] * n
    nxt = [None] * n
    p = None
    for i, r in enumerate(recs):
        if r[3]:
            p = r[0]
        prev[i] = p
    q = None
    for i in range(n - 1, -1, -1):
        if recs[i][3]:
            q = recs[i][0]
        nxt[i] = q
    return [(prev[i] if prev[i] is not None else nxt[i], nxt[i] if nxt[i] is not None else prev[i]) for i in range(n)]


def sig(msg):
    return SIG_RE.sub("#", msg)[:48]


def per_min(count, a, b):
    return count / max(1.0, (b - a) / 60.0)


def check_incident(inc, recs, all_sigs_out, other_windows, errs, v):
    k, a, b = inc["kind"], iso2t(inc["start"]), iso2t(inc["end"])
    timed = [r for r in recs if r[3]]
    ins = [r for r in timed if a <= r[0] < b]
    lo = min(r[0] for r in timed)
    hi = max(r[0] for r in timed)

    def outside(r):
        return not (a - 60 <= r[0] < b + 60) and not any(x - 60 <= r[0] < y + 60 for x, y in other_windows)
    outs = [r for r in timed if outside(r)]
    out_minutes = max(1.0, (hi - lo - (b - a)) / 60.0)
    name = inc["file"]
    bad = None
    if k in ("error_burst", "new_error"):
        cin = {}
        for r in ins:
            s = sig(r[1])
            cin[s] = cin.get(s, 0) + 1
        cout = {}
        for r in outs:
            s = sig(r[1])
            cout[s] = cout.get(s, 0) + 1
        best = None
        for s, c in cin.items():
            rin = per_min(c, a, b)
            rout = cout.get(s, 0) / out_minutes
            if k == "error_burst" and rin >= 5 and cout.get(s, 0) > 0 and rin >= 4 * rout:
                best = (s, rin, rout)
                break
            if k == "new_error" and c >= 5 and s not in all_sigs_out:
                best = (s, rin, 0)
                break
        if not best:
            bad = "no template with the expected in-window rate"
        elif v:
            print("   %s %s: %r in=%.1f/min out=%.2f/min" % (k, name, best[0][:70], best[1], best[2]))
    elif k == "retry_storm":
        cin = sum(1 for r in ins if RETRY_RE.search(r[1]))
        cout = sum(1 for r in outs if RETRY_RE.search(r[1]))
        rin, rout = per_min(cin, a, b), cout / out_minutes
        if rin < 10 or rin < 5 * rout:
            bad = "retry rate in %.1f/min vs out %.2f/min" % (rin, rout)
        elif v:
            print("   retry_storm %s: in=%.1f/min out=%.2f/min" % (name, rin, rout))
    elif k == "latency_shift":
        def durs(rs):
            out = []
            for r in rs:
                for rx in DUR_RES:
                    m = rx.search(r[1])
                    if m:
                        out.append(float(m.group(1)))
                        break
            return out
        di, do = durs(ins), durs(outs)
        if len(di) < 10 or len(do) < 50:
            bad = "too few durations (%d in, %d out)" % (len(di), len(do))
        elif statistics.median(di) < 2.5 * statistics.median(do):
            bad = "median duration %.1f in vs %.1f out" % (statistics.median(di), statistics.median(do))
        elif v:
            print("   latency_shift %s: median %.1f vs %.1f" % (name, statistics.median(di), statistics.median(do)))
    elif k == "http_5xx":
        def sts(rs):
            out = []
            for r in rs:
                for rx in STATUS_RES:
                    m = rx.search(r[1])
                    if m:
                        out.append(int(m.group(1)))
                        break
            return out
        si, so = sts(ins), sts(outs)
        fi = sum(1 for s in si if s >= 500) / max(1, len(si))
        fo = sum(1 for s in so if s >= 500) / max(1, len(so))
        if len(si) < 20 or fi < 0.2 or fo > 0.03:
            bad = "5xx fraction %.2f in (%d) vs %.4f out" % (fi, len(si), fo)
        elif v:
            print("   http_5xx %s: %.2f in vs %.4f out" % (name, fi, fo))
    elif k == "traffic_flood":
        buckets = {}
        for r in outs:
            m = int(r[0] // 60)
            buckets[m] = buckets.get(m, 0) + 1
        med = statistics.median(buckets.values()) if buckets else 0
        rin = per_min(len(ins), a, b)
        if rin < 3 * med:
            bad = "rate %.1f/min vs median %.1f/min" % (rin, med)
        elif v:
            print("   traffic_flood %s: %.1f/min vs median %.1f" % (name, rin, med))
    elif k == "silence":
        inside = [r for r in timed if a + 5 <= r[0] <= b - 5]
        before = [r for r in timed if a - 600 <= r[0] < a]
        after = [r for r in timed if b <= r[0] < b + 600]
        if inside or not before or not after:
            bad = "%d lines inside, %d before, %d after" % (len(inside), len(before), len(after))
        elif v:
            print("   silence %s: 0 lines for %.0f min" % (name, (b - a) / 60))
    else:
        rx = {"oom_kill": OOM_RE, "disk_full": DISK_RE, "panic": PANIC_RE}[k]
        sp = spans(recs)
        hits = [i for i, r in enumerate(recs) if rx.search(r[2]) and sp[i][0] is not None and sp[i][0] <= b + 5 and sp[i][1] >= a - 5]
        need = 5 if k == "disk_full" else 1
        if len(hits) < need:
            bad = "%d matching lines in window" % len(hits)
        elif k in ("oom_kill", "panic") and not [r for r in timed if r[0] > a + 10]:
            bad = "no lines after the crash (restart missing)"
        elif v:
            print("   %s %s: %d matching lines, first %r" % (k, name, len(hits), recs[hits[0]][2][:80]))
    if bad:
        errs.append("%s %s [%s..%s]: %s" % (k, name, inc["start"], inc["end"], bad))


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    v = "--verbose" in sys.argv
    man = json.load(open(os.path.join(out, "blind19-manifest.json")))
    errs = []
    kinds_seen = set()
    healthy = 0
    for sc in sorted(man["scenarios"]):
        S = man["scenarios"][sc]
        d = os.path.join(out, sc)
        ws, we = iso2t(S["window"][0]), iso2t(S["window"][1])
        e0 = len(errs)
        names = sorted(x for x in os.listdir(d) if x != "truth.json")
        if set(names) != set(S["files"]):
            errs.append("%s: files differ from manifest" % sc)
        if not 3 <= len(names) <= 6:
            errs.append("%s: %d files" % (sc, len(names)))
        if not 2 * 3600 <= we - ws <= 8 * 3600:
            errs.append("%s: window %.1f h" % (sc, (we - ws) / 3600))
        if not any(S["files"][n]["clock"] == "abs" for n in names):
            errs.append("%s: no absolute-time file" % sc)
        truth = json.load(open(os.path.join(d, "truth.json")))
        if list(truth) != ["incidents"]:
            errs.append("%s: truth.json shape" % sc)
        incs = truth["incidents"]
        total = 0
        recs = {}
        for n in names:
            meta = dict(S["files"][n])
            meta.setdefault("off", S["off"])
            if meta["clock"] == "aux":
                text = open(os.path.join(d, n)).read()
                t = None
                for rx in AUX_TS:
                    m = rx.search(text)
                    if m:
                        t = p_local(*[int(m.group(i)) for i in range(1, 7)], p_off(m.group(7)))
                lines = text.rstrip("\n").split("\n")
                total += len(lines)
                recs[n] = [[t, l, l, t is not None] for l in lines]
                continue
            lines = read(os.path.join(d, n), meta, errs, "%s/%s" % (sc, n))
            total += len(lines)
            recs[n] = parse_file(lines, meta, errs, "%s/%s" % (sc, n))
            ts = [r[0] for r in recs[n] if r[3]]
            if ts and (min(ts) < ws - 2 or max(ts) > we + 2):
                errs.append("%s/%s: times outside window (%s..%s)" % (sc, n, min(ts), max(ts)))
            if ts and meta["clock"] != "aux" and (min(ts) > ws + 20 * 60 or max(ts) < we - 20 * 60):
                errs.append("%s/%s: window edges not covered" % (sc, n))
            if v:
                print("  %s/%-32s %-18s %-8s %7d lines %s%s" % (sc, n, meta["key"], meta["clock"], len(lines), "gz " if n.endswith(".gz") else "", "crlf" if meta.get("crlf") else ""))
        if not 50000 <= total <= 150000:
            errs.append("%s: %d lines in total" % (sc, total))
        # truth plausibility
        wins = []
        for inc in incs:
            if set(inc) != {"kind", "file", "start", "end", "description"} or inc["kind"] not in KINDS or inc["file"] not in names:
                errs.append("%s: bad incident %r" % (sc, inc))
                continue
            a, b = iso2t(inc["start"]), iso2t(inc["end"])
            kinds_seen.add(inc["kind"])
            if not (ws + 15 * 60 <= a < b <= we - 15 * 60):
                errs.append("%s: incident %s too close to the window edge" % (sc, inc["kind"]))
            wins.append((a, b, inc))
        wins.sort(key=lambda x: x[0])
        for (a1, b1, _), (a2, b2, i2) in zip(wins, wins[1:]):
            if a2 - b1 < 39 * 60:
                errs.append("%s: incidents less than 40 min apart (%s)" % (sc, i2["kind"]))
        if not incs:
            healthy += 1
        elif len(incs) > 3:
            errs.append("%s: %d incidents" % (sc, len(incs)))
        # signatures outside each incident window, across the whole bundle
        for a, b, inc in wins:
            sigs_out = set()
            for n, rs in recs.items():
                for r in rs:
                    if r[3] and a - 60 <= r[0] < b + 60:
                        continue
                    sigs_out.add(sig(r[1]))
            others = [(x, y) for x, y, i in wins if i is not inc and i["file"] == inc["file"]]
            check_incident(inc, recs[inc["file"]], sigs_out, others, errs, v)
        # crash / OOM / disk wording only inside planted incidents of that file (or aux crash files)
        for n, rs in recs.items():
            own = [(iso2t(i["start"]) - 5, iso2t(i["end"]) + 5) for i in incs if i["file"] == n]
            if S["files"][n]["clock"] == "aux":
                own = [(iso2t(i["start"]) - 5, iso2t(i["end"]) + 5) for i in incs if i["kind"] == "panic"]
            sp = spans(rs)
            for i, r in enumerate(rs):
                if ANY_BAD.search(r[2]):
                    p, q = sp[i]
                    if p is None or not any(p <= y and q >= x for x, y in own):
                        errs.append("%s/%s: crash/oom/disk wording outside incidents: %r" % (sc, n, r[2][:120]))
                        break
        print("%s %-17s %-20s %-4s %6d lines  %d incidents  %s" % (sc, S["theme"], S["zone"], S["year"], total, len(incs),
                                                                   "OK" if len(errs) == e0 else "FAIL"))
    if healthy != 2:
        errs.append("expected 2 healthy scenarios, got %d" % healthy)
    missing = set(KINDS) - kinds_seen
    if missing:
        errs.append("kinds missing across the seed: %s" % sorted(missing))
    for e in errs:
        print("ERROR:", e)
    print("PASS" if not errs else "FAIL (%d problems)" % len(errs))
    sys.exit(0 if not errs else 1)


if __name__ == "__main__":
    main()
