#!/usr/bin/env python3
"""Independent checker for blind21 bundles.

    python3 check.py OUTDIR [--verbose]

Uses its own time-stamp/duration/status regexes (it does not import the
generator's formatting code); from OUTDIR/manifest.json it only takes the window,
time zone offset, file->format mapping and each planted incident's signature.
"""
import gzip
import json
import os
import re
import statistics
import sys
from calendar import timegm
from datetime import datetime, timezone

from chk_clock import parse_time, DUR_RE, STATUS_RE

KINDS = {"error_burst", "new_error", "retry_storm", "latency_shift", "http_5xx", "traffic_flood",
         "silence", "oom_kill", "disk_full", "panic"}
CRASH_WORDS = re.compile(
    r"out of memory|Out of memory|Cannot allocate memory|oom-kill|Killed process|No space left on device|"
    r"ENOSPC|[Dd]isk full|Segmentation fault|core dumped|Kernel panic|panic:|FATAL|Assertion|INSIST\(|"
    r"REQUIRE\(|FRACK|Received signal (?:6|11) |CAUGHT SIGNAL|back trace|Backtrace|ch_malloc of|"
    r"Memory Allocation Failure|Could not allocate memory|fatal error|failed to allocate")
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


class Report:
    def __init__(self, verbose):
        self.errors = []
        self.warns = []
        self.verbose = verbose

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    def warn(self, where, msg):
        self.warns.append("%s: %s" % (where, msg))

    def info(self, msg):
        if self.verbose:
            print(msg)


def isot(s):
    return timegm(datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").timetuple())


def read_file(path, rep, where, meta):
    raw = open(path, "rb").read()
    if path.endswith(".gz"):
        if raw[:3] != b"\x1f\x8b\x08":
            rep.err(where, "bad gzip magic")
        if raw[3] & 0x08:
            rep.err(where, "gzip header carries a file name")
        if raw[4:8] != b"\x00\x00\x00\x00":
            rep.err(where, "gzip mtime is not 0")
        raw = gzip.decompress(raw)
    text = raw.decode("utf-8")
    if not text.endswith("\n"):
        rep.err(where, "file does not end with a newline")
    lines = text.split("\n")[:-1]
    ncr = sum(1 for l in lines if l.endswith("\r"))
    if meta["crlf"]:
        if ncr != len(lines):
            rep.err(where, "CRLF file has %d LF-only lines" % (len(lines) - ncr))
        lines = [l[:-1] for l in lines]
    elif ncr:
        rep.err(where, "LF file has %d CRLF lines" % ncr)
    return lines


def check_file(fname, meta, lines, sc, rep, where):
    fmtk = meta["format"]
    t0, t1 = sc["t0"], sc["t1"]
    times = []
    last = None
    bad = 0
    back = 0
    outside = 0
    cons = 0
    for l in lines:
        t = parse_time(fmtk, l, sc, meta)
        if t is None:
            times.append(last)
            if meta["timed"] == "all":
                bad += 1
            continue
        if isinstance(t, tuple):
            t, ok = t
            if not ok:
                cons += 1
        if t < t0 - 1 or t > t1 + 1:
            outside += 1
        if last is not None and t < last - 0.0005:
            back += 1
        last = t if last is None or t > last else last
        times.append(t)
    parsed = [t for t in times if t is not None]
    if bad:
        rep.err(where, "%d lines without a parsable time stamp" % bad)
    if not parsed:
        rep.err(where, "no time stamps at all")
        return times
    if outside:
        rep.err(where, "%d time stamps outside the window" % outside)
    if back:
        rep.err(where, "%d time stamps go backwards" % back)
    if cons:
        rep.err(where, "%d lines whose embedded time disagrees with the line stamp" % cons)
    lpm = len(lines) / ((t1 - t0) / 60.0)
    tol = 150 if lpm >= 5 else 16 * 60
    first, lastt = min(parsed), max(parsed)
    if first > t0 + tol:
        rep.err(where, "first stamp %.0f s after window start" % (first - t0))
    if lastt < t1 - tol:
        rep.err(where, "last stamp %.0f s before window end" % (t1 - lastt))
    rep.info("    %-34s %-20s %7d lines %6.1f/min  unparsed=%d" % (fname, fmtk, len(lines), lpm,
                                                                   sum(1 for l, t in zip(lines, times) if t is None)))
    return times


def per_min(times, mask, a, b):
    n = sum(1 for t, m in zip(times, mask) if m and t is not None and a <= t < b)
    return n / max(1e-9, (b - a) / 60.0)


def check_incident(inc, sc, data, rep, where):
    k = inc["kind"]
    f = inc["file"]
    lines, times, meta = data[f]
    a, b = inc["t0"], inc["t1"]
    t0, t1 = sc["t0"], sc["t1"]
    sig = re.compile(inc["sig"]) if inc.get("sig") else None
    if k in ("error_burst", "new_error", "retry_storm", "disk_full"):
        mask = [bool(sig.search(l)) for l in lines]
        inside = per_min(times, mask, a, b)
        before = per_min(times, mask, t0, a - 60)
        after = per_min(times, mask, b + 60, t1)
        outside = max(before, after)
        lo = {"error_burst": 6.0, "new_error": 3.0, "retry_storm": 25.0, "disk_full": 3.0}[k]
        ok = inside >= lo and inside >= 3 * max(outside, 0.3)
        if k in ("new_error", "disk_full"):
            cnt = 0
            for g, (ls, ts, mt) in data.items():
                for l, t in zip(ls, ts):
                    if (t is None or not (a - 1 <= t <= b + 1)) and sig.search(l):
                        cnt += 1
            if cnt:
                ok = False
                rep.err(where, "%s %s: signature also found %d times outside its window" % (k, f, cnt))
        rep.info("    %s %s: %.1f/min inside, %.2f/min outside" % (k, f, inside, outside))
        if not ok:
            rep.err(where, "%s %s not visible: %.1f/min inside vs %.2f/min outside" % (k, f, inside, outside))
    elif k == "latency_shift":
        rx = DUR_RE.get(meta["format"])
        if not rx:
            rep.err(where, "latency_shift in %s but checker has no duration regex" % meta["format"])
            return
        ins, outs = [], []
        for l, t in zip(lines, times):
            m = rx.search(l)
            if m and t is not None:
                v = float(m.group(1))
                if v < 0:
                    continue
                if a <= t < b:
                    ins.append(v)
                elif t < a - 120 or t > b + 120:
                    outs.append(v)
        if len(ins) < 5 or not outs:
            rep.err(where, "latency_shift %s: too few durations (%d inside)" % (f, len(ins)))
            return
        ratio = statistics.median(ins) / max(1e-12, statistics.median(outs))
        rep.info("    latency_shift %s: median ratio %.2f over %d samples" % (f, ratio, len(ins)))
        if ratio < 2.5:
            rep.err(where, "latency_shift %s: median ratio only %.2f" % (f, ratio))
    elif k == "http_5xx":
        rx = STATUS_RE.get(meta["format"])
        ins = [0, 0]
        outs = [0, 0]
        for l, t in zip(lines, times):
            m = rx.search(l) if rx else None
            if m and t is not None:
                s5 = m.group(1).startswith("5")
                box = ins if a <= t < b else outs
                box[0] += 1
                box[1] += s5
        fi = ins[1] / max(1, ins[0])
        fo = outs[1] / max(1, outs[0])
        rep.info("    http_5xx %s: %.1f%% inside (%d req), %.2f%% outside" % (f, fi * 100, ins[0], fo * 100))
        if fi < 0.2 or fo > 0.01:
            rep.err(where, "http_5xx %s: %.1f%% inside vs %.2f%% outside" % (f, fi * 100, fo * 100))
    elif k == "traffic_flood":
        inside = per_min(times, [True] * len(times), a, b)
        base = per_min(times, [True] * len(times), max(t0, a - 3600), a - 120)
        if a - t0 < 1800:
            base = per_min(times, [True] * len(times), b + 120, min(t1, b + 3600))
        rep.info("    traffic_flood %s: %.1f/min vs %.1f/min" % (f, inside, base))
        if inside < 3 * base:
            rep.err(where, "traffic_flood %s: %.1f/min vs baseline %.1f/min" % (f, inside, base))
    elif k == "silence":
        n = sum(1 for t in times if t is not None and a + 1 <= t < b - 1)
        pre = sum(1 for t in times if t is not None and a - 600 <= t < a)
        post = sum(1 for t in times if t is not None and b <= t < b + 600)
        rep.info("    silence %s: %d lines inside, %d before, %d after" % (f, n, pre, post))
        if n or not pre or not post:
            rep.err(where, "silence %s: %d lines inside, %d before, %d after" % (f, n, pre, post))
    elif k in ("oom_kill", "panic"):
        ban = re.compile(inc["banner_sig"])
        crash_i = [i for i, (l, t) in enumerate(zip(lines, times)) if t is not None and abs(t - a) < 2 and sig.search(l)]
        ban_i = [i for i, (l, t) in enumerate(zip(lines, times)) if t is not None and a < t <= b + 1 and ban.search(l)]
        if not crash_i:
            rep.err(where, "%s %s: crash signature not found at %s" % (k, f, a))
            return
        if not ban_i:
            rep.err(where, "%s %s: restart banner not found before %s" % (k, f, b))
            return
        nxt = [t for t in times[crash_i[-1] + 1:] if t is not None and t > a + 2]
        if not nxt or nxt[0] < a + 55:
            rep.err(where, "%s %s: file not silent for a minute after the crash" % (k, f))
        elif times[ban_i[0]] - nxt[0] > 30:
            rep.err(where, "%s %s: lines %.0f s before the restart banner" % (k, f, times[ban_i[0]] - nxt[0]))
        after = sum(1 for t in times if t is not None and t > b + 1)
        if not after:
            rep.err(where, "%s %s: file does not resume after the banner" % (k, f))
        rep.info("    %s %s: crash at line %d, banner at line %d, %d lines after" % (k, f, crash_i[0], ban_i[0], after))


def check_scenario(name, sc, outdir, rep):
    where = name
    sdir = os.path.join(outdir, name)
    present = sorted(x for x in os.listdir(sdir) if x != "truth.json")
    if not os.path.exists(os.path.join(sdir, "truth.json")):
        rep.err(where, "truth.json missing")
    if not 3 <= len(present) <= 6:
        rep.err(where, "%d log files (want 3-6)" % len(present))
    stored = {m["stored"]: f for f, m in sc["files"].items()}
    if sorted(stored) != present:
        rep.err(where, "files on disk %s differ from manifest %s" % (present, sorted(stored)))
    if not any(m["absolute"] for m in sc["files"].values()):
        rep.err(where, "no file with absolute time stamps")
    rep.info("  %s %s tz=%s %s .. %s" % (name, sc["theme"], sc["tz"], sc["start"], sc["end"]))
    data = {}
    total = 0
    for st in present:
        f = stored.get(st)
        if f is None:
            continue
        meta = sc["files"][f]
        lines = read_file(os.path.join(sdir, st), rep, "%s/%s" % (name, st), meta)
        times = check_file(f, meta, lines, sc, rep, "%s/%s" % (name, st))
        data[f] = (lines, times, meta)
        total += len(lines)
    if not 50000 <= total <= 150000:
        rep.err(where, "%d lines in total (want 50k-150k)" % total)
    rep.info("    total %d lines" % total)
    # truth.json shape and rules
    truth = json.load(open(os.path.join(sdir, "truth.json"), encoding="utf-8"))
    incs = truth.get("incidents")
    if not isinstance(incs, list) or set(truth) != {"incidents"}:
        rep.err(where, "truth.json shape")
        return [], total
    names = set(sc["files"])
    ivs = []
    for x in incs:
        if set(x) != {"kind", "file", "start", "end", "description"}:
            rep.err(where, "truth entry keys %s" % sorted(x))
            continue
        if x["kind"] not in KINDS:
            rep.err(where, "unknown kind %s" % x["kind"])
        if x["file"] not in names or x["file"].endswith(".gz"):
            rep.err(where, "truth names unknown file %s" % x["file"])
        if not ISO.match(x["start"]) or not ISO.match(x["end"]):
            rep.err(where, "bad time format %s %s" % (x["start"], x["end"]))
            continue
        a, b = isot(x["start"]), isot(x["end"])
        if not a < b:
            rep.err(where, "start not before end")
        if a < sc["t0"] + 15 * 60 or b > sc["t1"] - 15 * 60:
            rep.err(where, "%s closer than 15 min to the window edge" % x["kind"])
        if x["kind"] == "http_5xx" and "5xx" not in x["description"]:
            rep.err(where, "http_5xx description lacks '5xx'")
        if data.get(x["file"]) and data[x["file"]][2]["timed"] == "none":
            rep.err(where, "incident in a file without time stamps")
        ivs.append((a, b, x["kind"]))
    ivs.sort()
    for i in range(len(ivs) - 1):
        if ivs[i + 1][0] - ivs[i][1] < 40 * 60:
            rep.err(where, "incidents %s and %s less than 40 min apart" % (ivs[i][2], ivs[i + 1][2]))
    if sum(1 for v in ivs if v[2] in ("oom_kill", "panic")) > 1:
        rep.err(where, "more than one crash")
    if len(incs) > 3:
        rep.err(where, "more than 3 incidents")
    # planted incidents visible
    for inc in sc["incidents"]:
        if inc["file"] in data:
            check_incident(inc, sc, data, rep, where)
    # crash / OOM / disk-full wording only inside planted windows
    allowed = {}
    for inc in sc["incidents"]:
        if inc["kind"] in ("oom_kill", "panic", "disk_full"):
            allowed.setdefault(inc["file"], []).append((inc["t0"] - 1, inc["t1"] + 1))
    for f, (lines, times, meta) in data.items():
        hits = 0
        ex = None
        for l, t in zip(lines, times):
            if CRASH_WORDS.search(l):
                if t is not None and any(x <= t <= y for x, y in allowed.get(f, ())):
                    continue
                hits += 1
                ex = ex or l
        if hits:
            rep.err(where, "%s: %d crash/OOM/disk-full lines outside planted windows, e.g. %r" % (f, hits, ex[:160]))
    return [v[2] for v in ivs], total


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    if len(args) != 1:
        sys.stderr.write("usage: check.py OUTDIR [--verbose]\n")
        sys.exit(2)
    outdir = args[0]
    man = json.load(open(os.path.join(outdir, "manifest.json")))
    rep = Report(verbose)
    dirs = sorted(d for d in os.listdir(outdir) if os.path.isdir(os.path.join(outdir, d)))
    if dirs != ["s%02d" % i for i in range(1, 11)]:
        rep.err("bundle", "scenario directories %s" % dirs)
    kinds_seen = set()
    healthy = 0
    themes = set()
    totals = []
    for name in sorted(man["scenarios"]):
        sc = man["scenarios"][name]
        themes.add(sc["theme"])
        ks, total = check_scenario(name, sc, outdir, rep)
        totals.append(total)
        kinds_seen |= set(ks)
        if not ks:
            healthy += 1
        print("%s %-17s %-20s %6d lines  %s" % (name, sc["theme"], sc["tz"], total, ",".join(ks) or "(healthy)"))
    if healthy != 2:
        rep.err("bundle", "%d healthy scenarios (want 2)" % healthy)
    if kinds_seen != KINDS:
        rep.err("bundle", "kinds missing: %s" % sorted(KINDS - kinds_seen))
    if len(themes) != 10:
        rep.err("bundle", "themes not distinct")
    for w in rep.warns:
        print("WARN  " + w)
    for e in rep.errors:
        print("ERROR " + e)
    print("%s: %d scenarios, %d-%d lines each, %d errors, %d warnings" % (
        outdir, len(totals), min(totals or [0]), max(totals or [0]), len(rep.errors), len(rep.warns)))
    sys.exit(1 if rep.errors else 0)


if __name__ == "__main__":
    main()
