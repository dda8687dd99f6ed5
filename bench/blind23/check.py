#!/usr/bin/env python3
"""blind23 checker - independently verifies a generated seed directory.

usage: python3 check.py OUTDIR [--verbose]
It re-parses every file's time stamps on its own (no generator code is imported),
infers the scenario's local UTC offset from the absolute-clock files, and checks the
contract, per-file time order, incident visibility and the cleanliness of healthy data.
"""
import gzip
import json
import os
import re
import statistics
import sys
from datetime import datetime, timedelta, timezone

KINDS = {"error_burst", "new_error", "retry_storm", "latency_shift", "http_5xx", "traffic_flood",
         "silence", "oom_kill", "disk_full", "panic"}
MON = {m: i + 1 for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])}
EPOCH = datetime(1970, 1, 1)

# (regex, kind, builder) ; builder(m) -> (naive datetime, offset_seconds_or_None, flags)
PREFIX = r"^(?:\[rank\d+\]:)?"


def _off(s):
    if not s or s == "Z":
        return 0
    s = s.replace(":", "")
    v = int(s[1:3]) * 3600 + int(s[3:5]) * 60
    return -v if s[0] == "-" else v


def _frac(s):
    return int((s or "0")[:6].ljust(6, "0"))


PATTERNS = [
    # dbt banner with full date
    (re.compile(r"^=+ (\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d+) \|"), lambda m: (dt(m, 1), None, "")),
    # ISO-like: slurm, log4j, python logging, TF C++, ray, deepspeed, dagster, gpfs, rsyslog RFC3339, gunicorn
    (re.compile(PREFIX + r"\[?(\d{4})-(\d\d)-(\d\d)[T _](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?(?: ?(Z|[+-]\d\d:?\d\d)(?=[\s:\]]))?"),
     lambda m: (dt(m, 1), _off(m.group(8)) if m.group(8) else None, "")),
    # jupyterhub [I 2024-03-05 10:41:00.123 JupyterHub
    (re.compile(r"^\[[DIWEC] (\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d+) "), lambda m: (dt(m, 1), None, "")),
    # PBS 03/05/2024 10:41:00;
    (re.compile(r"^(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d):(\d\d);"),
     lambda m: (datetime(int(m.group(3)), int(m.group(1)), int(m.group(2)), int(m.group(4)), int(m.group(5)), int(m.group(6))), None, "")),
    # HTCondor 03/05/24 10:41:00
    (re.compile(r"^(\d\d)/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) \(pid:"),
     lambda m: (datetime(2000 + int(m.group(3)), int(m.group(1)), int(m.group(2)), int(m.group(4)), int(m.group(5)), int(m.group(6))), None, "")),
    # Spark 24/03/05 10:41:00
    (re.compile(r"^(\d\d)/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) [A-Z]"),
     lambda m: (datetime(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)), int(m.group(6))), None, "")),
    # nvidia-smi 2024/03/05 10:41:00.123,
    (re.compile(r"^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)\.(\d+),"), lambda m: (dt(m, 1), None, "")),
    # LSF Mar 05 10:41:00 2024
    (re.compile(r"^([A-Z][a-z]{2}) (\d\d) (\d\d):(\d\d):(\d\d) (\d{4}) "),
     lambda m: (datetime(int(m.group(6)), MON[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5))), None, "")),
    # ctime: snakemake [Tue Mar  5 10:41:00 2024], mpirun, gridftp [pid] Tue Mar  5 ...
    (re.compile(r"^(?:\[\d+\] )?\[?[A-Z][a-z]{2} ([A-Z][a-z]{2}) +(\d+) (\d\d):(\d\d):(\d\d) (\d{4})"),
     lambda m: (datetime(int(m.group(6)), MON[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5))), None, "")),
    # syslog Mar  5 10:41:00 host
    (re.compile(r"^([A-Z][a-z]{2}) +(\d+) (\d\d):(\d\d):(\d\d) "),
     lambda m: (datetime(2000, MON[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5))), None, "noyear")),
    # beegfs (3) Mar05 10:41:00
    (re.compile(r"^\(\d\) ([A-Z][a-z]{2})(\d\d) (\d\d):(\d\d):(\d\d) "),
     lambda m: (datetime(2000, MON[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5))), None, "noyear")),
    # nextflow Mar-05 10:41:00.123
    (re.compile(r"^([A-Z][a-z]{2})-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d+) "),
     lambda m: (datetime(2000, MON[m.group(1)], int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)), _frac(m.group(6))), None, "noyear")),
    # glog I0305 10:41:00.123456 / [rank3]:[E0305 ...
    (re.compile(PREFIX + r"\[?([IWEF])(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.(\d+)"),
     lambda m: (datetime(2000, int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)), int(m.group(6)), _frac(m.group(7))), None, "noyear")),
    # globus transfer log DATE=20240305104100.123456 (UTC)
    (re.compile(r"^DATE=(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)"), lambda m: (dt(m, 1, frac=False), 0, "")),
    # slurm jobcomp: EndTime=
    (re.compile(r"^JobId=\S+ .*? EndTime=(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d) "), lambda m: (dt(m, 1, frac=False), None, "")),
    # apache / gunicorn access  [05/Mar/2024:10:41:00 +0000]
    (re.compile(r"^\S+ \S+ \S+ \[(\d\d)/([A-Z][a-z]{2})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\]"),
     lambda m: (datetime(int(m.group(3)), MON[m.group(2)], int(m.group(1)), int(m.group(4)), int(m.group(5)), int(m.group(6))), _off(m.group(7)), "")),
    # time only (dbt, prefect)
    (re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d+) "), lambda m: (datetime(2000, 1, 1, int(m.group(1)), int(m.group(2)), int(m.group(3)), _frac(m.group(4))), None, "tod")),
]


def dt(m, g, frac=True):
    v = [int(m.group(g + i)) for i in range(6)]
    us = _frac(m.group(g + 6)) if frac and m.lastindex >= g + 6 and m.group(g + 6) else 0
    return datetime(v[0], v[1], v[2], v[3], v[4], v[5], us)


def parse(line):
    for rx, b in PATTERNS:
        m = rx.match(line)
        if m:
            d, off, fl = b(m)
            return d, off, fl, m.end()
    return None


def ep(d):
    return (d - EPOCH).total_seconds()


STRONG = {
    "oom_kill": re.compile(r"(?i)out of memory|OutOfMemory|oom[-_]kill|Killed process|exceeding memory limits|memory limit|OUT_OF_MEMORY|exceeded 95% memory|memory pressure \(OOM\)|Perhaps out of memory|\bOOM\b|RESOURCE_EXHAUSTED"),
    "disk_full": re.compile(r"(?i)No space left|ENOSPC|rc = -28|quota exceeded|disk full|DiskOutOfSpace|Out of space|Errno 28|no more usable space|used space above threshold"),
    "panic": re.compile(r"Segmentation fault|segfault at|SIGSEGV|signal 11|core dumped|dumped core|\*\*\* Assert|Check failed|SIGABRT|Fatal Python error|Traceback \(most recent|Unexpected Event status|\] F tensorflow|: F tensorflow|died on signal|Process received signal|\[C "),
}
NARROW_PANIC = re.compile(r"Segmentation fault|segfault at|SIGSEGV|signal 11|core dumped|dumped core|\*\*\* Assert|Check failed|SIGABRT|Fatal Python error|Unexpected Event status|died on signal|Process received signal")
RETRY = re.compile(r"(?i)retr(?:y|ying|ies)\b|timed? ?out|deadline|not responding|unreachable|backoff|attempt \d")
ERRISH = re.compile(r"(?i)error|fail|exception|fatal|denied|refused|invalid|cannot|unable|lost|expired|corrupt|mismatch|not exist|inconsistent|\[E\]|Xid|ERROR")
HTTP = [re.compile(r'" (\d{3}) '), re.compile(r"\] (\d{3}) (?:GET|POST|PUT|DELETE|PATCH|HEAD) ")]
DUR = [(re.compile(r"duration\(ns\): (\d+)"), 1e-9), (re.compile(r"usec=(\d+)"), 1e-6), (re.compile(r'processingtimems":(\d+)'), 1e-3),
       (re.compile(r"SyncTimes\(ms\): (\d+)"), 1e-3), (re.compile(r"fwd_microstep: (\d+(?:\.\d+)?)"), 1e-3),
       (re.compile(r"(\d+(?:\.\d+)?) ?(ms|sec|s)\b"), None), (re.compile(r'" \d{3} \S+ "[^"]*" "[^"]*" (\d+(?:\.\d+)?)$'), 1.0)]
SPLIT = re.compile(r"[\s;,\[\]()<>=\"'`|]+")


def key(msg):
    out = []
    for w in SPLIT.split(msg):
        if w and not any(c.isdigit() for c in w) and len(w) < 40:
            out.append(w)
            if len(out) >= 8:
                break
    return " ".join(out)


def duration(line, msg):
    m = re.search(r" START=(\d{14})\.(\d+) ", line)
    if m and line.startswith("DATE="):
        a = datetime.strptime(m.group(1), "%Y%m%d%H%M%S")
        b = datetime.strptime(line[5:19], "%Y%m%d%H%M%S")
        return (b - a).total_seconds() + (int(line[20:26]) - int(m.group(2)[:6])) / 1e6
    for rx, sc in DUR:
        m = rx.search(msg)
        if m:
            v = float(m.group(1))
            if sc is None:
                sc = {"ms": 1e-3, "sec": 1.0, "s": 1.0}[m.group(2)]
            return v * sc
    return None


class Report:
    def __init__(self, verbose):
        self.errors, self.warns, self.verbose = [], [], verbose

    def err(self, s):
        self.errors.append(s)
        print("ERROR", s)

    def warn(self, s):
        self.warns.append(s)
        if self.verbose:
            print("warn ", s)

    def info(self, s):
        if self.verbose:
            print("     ", s)


def read(path):
    if path.endswith(".gz"):
        with gzip.open(path, "rb") as f:
            data = f.read()
    else:
        with open(path, "rb") as f:
            data = f.read()
    txt = data.decode("utf-8")
    ls = txt.split("\n")
    if ls and ls[-1] == "":
        ls.pop()
    return ls


def load_scenario(d, rep):
    names = sorted(x for x in os.listdir(d) if x != "truth.json")
    files = {}
    for n in names:
        ls = read(os.path.join(d, n))
        parsed = [parse(x) for x in ls]
        files[n[:-3] if n.endswith(".gz") else n] = (ls, parsed)
    return files


def place(files, rep, sid):
    """convert parsed stamps to UTC epoch seconds; returns {name: [t per line]} (continuations inherit)."""
    absfirst = []
    for n, (ls, ps) in files.items():
        for p in ps:
            if p and p[1] is not None:
                absfirst.append(ep(p[0]) - p[1])
                break
    if not absfirst:
        rep.err("%s: no file with absolute (UTC/offset/epoch) time stamps" % sid)
        return None, None
    A0 = min(absfirst)
    year = (EPOCH + timedelta(seconds=A0)).year
    offs = {}
    for n, (ls, ps) in files.items():
        for p in ps:
            if p and p[1] is None and p[2] != "tod":
                d = p[0].replace(year=year) if p[2] == "noyear" else p[0]
                offs[n] = round((ep(d) - A0) / 900.0) * 900
                break
    off = None
    if offs:
        vals = sorted(offs.values())
        off = vals[len(vals) // 2]
        for n, o in offs.items():
            if abs(o - off) > 900:
                rep.err("%s/%s: local clock offset %+d s disagrees with scenario offset %+d s" % (sid, n, o, off))
    out = {}
    for n, (ls, ps) in files.items():
        ts = []
        cur = None
        curdate = None
        for p in ps:
            if p:
                d, o, fl, _ = p
                if fl == "noyear":
                    d = d.replace(year=year)
                if fl == "tod":
                    if off is None:
                        # choose smallest |offset| giving a time of day that matches the first line
                        tod = d.hour * 3600 + d.minute * 60 + d.second
                        base = A0 % 86400
                        diff = (tod - base) % 86400
                        off = round((diff if diff <= 14 * 3600 else diff - 86400) / 900.0) * 900
                    if curdate is None:
                        ld = EPOCH + timedelta(seconds=A0 + off)
                        cand = datetime(ld.year, ld.month, ld.day, d.hour, d.minute, d.second)
                        if ep(cand) - (A0 + off) < -6 * 3600:
                            cand += timedelta(days=1)
                        elif ep(cand) - (A0 + off) > 18 * 3600:
                            cand -= timedelta(days=1)
                        curdate = cand.date()
                    cand = datetime(curdate.year, curdate.month, curdate.day, d.hour, d.minute, d.second, d.microsecond)
                    if cur is not None and ep(cand) - off < cur - 12 * 3600:
                        cand += timedelta(days=1)
                        curdate = cand.date()
                    t = ep(cand) - off
                else:
                    if o is None:
                        if off is None:
                            rep.err("%s/%s: cannot place local time stamps" % (sid, n))
                            return None, None
                        t = ep(d) - off
                    else:
                        t = ep(d) - o
                    if fl == "" and o is None and p[3] > 0 and d.year > 2000:
                        curdate = d.date()
                cur = t
            ts.append(cur)
        out[n] = ts
    return out, off


def pre_bounds(s, W0):
    return max(W0, s - 3600), s


def count_in(ts, a, b):
    return sum(1 for t in ts if t is not None and a <= t < b)


def check_incident(rep, sid, inc, ls, ps, ts, W0):
    k = inc["kind"]
    s = parse_iso(inc["start"])
    e = parse_iso(inc["end"])
    pa, pb = pre_bounds(s, W0)
    dpre, dwin = max(60.0, pb - pa), max(60.0, e - s)
    idx_pre = [i for i, t in enumerate(ts) if t is not None and pa <= t < pb]
    idx_win = [i for i, t in enumerate(ts) if t is not None and s <= t < e]
    idx_before = [i for i, t in enumerate(ts) if t is not None and t < s - 60]

    def msg(i):
        p = ps[i]
        return ls[i][p[3]:] if p else ls[i]

    ok, why = False, ""
    if k in ("oom_kill", "disk_full", "panic"):
        rx = STRONG[k]
        win = [i for i in range(len(ls)) if ts[i] is not None and s - 60 <= ts[i] <= e + 60 and rx.search(ls[i])]
        bef = [i for i in idx_before if rx.search(ls[i])]
        ok = len(win) >= 1 and not bef
        why = "%d signature lines in window, %d before" % (len(win), len(bef))
    elif k == "silence":
        inside = [i for i, t in enumerate(ts) if t is not None and s + 1 <= t < e - 1 and ps[i]]
        ok = not inside and len(idx_pre) > 0 and (e - s) >= 15 * 60 - 1
        why = "%d lines inside, %d in pre" % (len(inside), len(idx_pre))
    elif k == "traffic_flood":
        rp, rw = len(idx_pre) / dpre, len(idx_win) / dwin
        ok = rw >= 4 * rp
        why = "rate pre %.1f/min win %.1f/min" % (rp * 60, rw * 60)
    elif k == "retry_storm":
        cp = sum(1 for i in idx_pre if RETRY.search(ls[i]))
        cw = sum(1 for i in idx_win if RETRY.search(ls[i]))
        ok = cw >= 8 and cw / dwin >= 4 * (cp + 1) / dpre
        why = "retry lines pre %d (%.0f min) win %d (%.0f min)" % (cp, dpre / 60, cw, dwin / 60)
    elif k in ("error_burst", "new_error"):
        kw, kp, kb = {}, {}, {}
        for i in idx_win:
            kk = key(msg(i))
            kw[kk] = kw.get(kk, 0) + 1
        for i in idx_pre:
            kk = key(msg(i))
            kp[kk] = kp.get(kk, 0) + 1
        for i in idx_before:
            kk = key(msg(i))
            kb[kk] = kb.get(kk, 0) + 1
        best = None
        for kk, c in kw.items():
            if c < 3 or (k == "new_error" and not ERRISH.search(kk)):
                continue
            if k == "new_error" and kb.get(kk, 0) == 0 and kp.get(kk, 0) == 0:
                best = (kk, c, 0)
                break
            if k == "error_burst" and kb.get(kk, 0) >= 1 and c >= 5 and c / dwin >= 5 * max(kp.get(kk, 0), 0.5) / dpre:
                best = (kk, c, kb.get(kk, 0))
                break
        ok = best is not None
        why = "template %r" % (best,)
    elif k == "latency_shift":
        dp, dw = {}, {}
        for grp, dst in ((idx_pre, dp), (idx_win, dw)):
            for i in grp:
                m = msg(i)
                v = duration(ls[i], m)
                if v is not None:
                    dst.setdefault(key(m), []).append(v)
        ratios = []
        for kk, vw in dw.items():
            vp = dp.get(kk, [])
            if len(vw) >= 2 and len(vp) >= 2 and statistics.median(vp) > 0:
                ratios.append((statistics.median(vw) / statistics.median(vp), len(vw), kk))
        big = [x for x in ratios if x[1] >= 5 and x[0] >= 2]
        med = statistics.median([x[0] for x in ratios]) if len(ratios) >= 3 else 0
        ok = bool(big) or med >= 2
        why = "ratios %s" % sorted(ratios, reverse=True)[:3]
    elif k == "http_5xx":
        def share(idx):
            n5 = n = 0
            for i in idx:
                for rx in HTTP:
                    m = rx.search(ls[i])
                    if m:
                        n += 1
                        n5 += m.group(1).startswith("5")
                        break
            return n5 / n if n else 0, n
        sp, np_ = share(idx_pre)
        sw, nw = share(idx_win)
        ok = nw >= 20 and sw >= max(0.08, 3 * sp)
        why = "5xx share pre %.3f (%d) win %.3f (%d)" % (sp, np_, sw, nw)
    if ok:
        rep.info("%s %s %s ok: %s" % (sid, k, inc["file"], why))
    else:
        rep.err("%s: incident %s in %s not visible: %s" % (sid, k, inc["file"], why))


def parse_iso(s):
    return (datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ") - EPOCH).total_seconds()


def check_scenario(d, rep):
    sid = os.path.basename(d)
    try:
        truth = json.load(open(os.path.join(d, "truth.json")))
    except Exception as ex:
        rep.err("%s: truth.json unreadable: %s" % (sid, ex))
        return None
    incs = truth.get("incidents")
    if not isinstance(incs, list):
        rep.err("%s: truth.json has no incidents list" % sid)
        return None
    files = load_scenario(d, rep)
    if not 3 <= len(files) <= 6:
        rep.err("%s: %d log files (want 3-6)" % (sid, len(files)))
    total = sum(len(v[0]) for v in files.values())
    if not 60000 <= total <= 120000:
        rep.err("%s: %d lines (want 60k-120k)" % (sid, total))
    placed, off = place(files, rep, sid)
    if placed is None:
        return incs
    allt = [t for v in placed.values() for t in v if t is not None]
    W0, W1 = min(allt), max(allt)
    if not 2 * 3600 - 300 <= W1 - W0 <= 8 * 3600 + 300:
        rep.err("%s: window %.1f h (want 2-8 h)" % (sid, (W1 - W0) / 3600))
    rep.info("%s: %d files, %d lines, window %.2f h, local offset %s" % (sid, len(files), total, (W1 - W0) / 3600, off))
    for n, (ls, ps) in files.items():
        ts = placed[n]
        nts = sum(1 for p in ps if p)
        if nts < 0.1 * len(ls):
            rep.err("%s/%s: only %d of %d lines carry a time stamp" % (sid, n, nts, len(ls)))
        prev = None
        bad = 0
        for i, p in enumerate(ps):
            if p:
                if prev is not None and ts[i] < prev - 0.001:
                    bad += 1
                    if bad <= 2:
                        rep.err("%s/%s:%d: time goes backwards (%.3f s)" % (sid, n, i + 1, prev - ts[i]))
                prev = ts[i]
        # gaps
        stamps = [ts[i] for i, p in enumerate(ps) if p]
        sil = [(parse_iso(i["start"]), parse_iso(i["end"])) for i in incs if i.get("file") == n and i.get("kind") == "silence"]
        pts = [W0] + stamps + [W1]
        for a, b in zip(pts, pts[1:]):
            if b - a > 15 * 60 and not any(s - 120 <= a and b <= e + 120 for s, e in sil):
                rep.err("%s/%s: unexplained gap of %.1f min at %s" % (sid, n, (b - a) / 60, datetime.fromtimestamp(a, timezone.utc).isoformat()))
        # strong signatures outside incidents
        wins = [(parse_iso(i["start"]) - 60, parse_iso(i["end"]) + 300) for i in incs if i.get("file") == n]
        stray = 0
        for i, x in enumerate(ls):
            if STRONG["oom_kill"].search(x) or STRONG["disk_full"].search(x) or NARROW_PANIC.search(x) or "Xid (PCI" in x and ": 79," in x:
                if ts[i] is None or not any(a <= ts[i] <= b for a, b in wins):
                    stray += 1
                    if stray <= 2:
                        rep.err("%s/%s:%d: incident signature outside any incident: %s" % (sid, n, i + 1, x[:140]))
    for inc in incs:
        for f in ("kind", "file", "start", "end", "description"):
            if f not in inc:
                rep.err("%s: incident lacks %s" % (sid, f))
                return incs
        if inc["kind"] not in KINDS:
            rep.err("%s: unknown kind %s" % (sid, inc["kind"]))
            continue
        if inc["file"] not in files:
            rep.err("%s: incident file %s missing" % (sid, inc["file"]))
            continue
        s, e = parse_iso(inc["start"]), parse_iso(inc["end"])
        if not 5 * 60 <= e - s <= 40 * 60:
            rep.err("%s: incident %s lasts %.1f min" % (sid, inc["kind"], (e - s) / 60))
        if s - W0 < 30 * 60 - 1 or e > W1 + 60:
            rep.err("%s: incident %s not inside window with 30 min lead" % (sid, inc["kind"]))
        ls, ps = files[inc["file"]]
        check_incident(rep, sid, inc, ls, ps, placed[inc["file"]], W0)
    return incs


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    if len(args) != 1:
        print(__doc__.strip())
        sys.exit(2)
    out = args[0]
    rep = Report(verbose)
    sc = sorted(x for x in os.listdir(out) if re.match(r"s\d\d$", x))
    if sc != ["s%02d" % i for i in range(1, 11)]:
        rep.err("expected s01..s10, found %s" % sc)
    kinds = set()
    healthy = 0
    for s in sc:
        incs = check_scenario(os.path.join(out, s), rep)
        if incs is None:
            continue
        if not incs:
            healthy += 1
        elif len(incs) > 3:
            rep.err("%s: %d incidents (want 1-3)" % (s, len(incs)))
        kinds.update(i.get("kind") for i in incs)
    if healthy != 2:
        rep.err("%d healthy scenarios (want 2)" % healthy)
    miss = KINDS - kinds
    if miss:
        rep.warn("kinds not covered: %s" % sorted(miss))
    print("checked %s: %d scenarios, kinds covered %d/10, %d errors, %d warnings" % (out, len(sc), len(kinds & KINDS), len(rep.errors), len(rep.warns)))
    sys.exit(1 if rep.errors else 0)


if __name__ == "__main__":
    main()
