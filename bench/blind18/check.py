#!/usr/bin/env python3
"""Stand-alone checker for blind18 bundles.  usage: check.py OUTDIR [--verbose]"""
import sys, os, re, json, gzip, calendar, statistics, time
from collections import Counter, defaultdict
from formats5 import by_file

KINDS = ["error_burst", "new_error", "retry_storm", "latency_shift", "http_5xx", "traffic_flood", "silence", "oom_kill", "disk_full", "panic"]
CRASH = re.compile(r"panic: |fatal error:|out of memory|OutOfMemoryError|[Nn]o space left on device|ENOSPC|SIGSEGV|FATAL ERROR|A fatal error has been detected|hs_err_pid|Node\.js v\d|goroutine \d+ \[running\]")
OOM = re.compile(r"out of memory|OutOfMemoryError")
DISK = re.compile(r"[Nn]o space left on device|ENOSPC")
PANIC = re.compile(r"panic: |SIGSEGV|A fatal error has been detected|TypeError: Cannot read properties")
ISO = re.compile(r"(\d{4})[-/](\d\d)[-/](\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?")
KLOG = re.compile(r"(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.(\d+)")
SYSL = re.compile(r"([A-Z][a-z]{2}) +(\d+) (\d\d):(\d\d):(\d\d)")
MON = {m: i + 1 for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())}
HEXD = re.compile(r"\b(?=[0-9a-f]*\d)[0-9a-f]{4,}\b")
ULID = re.compile(r"\b01[0-9A-HJKMNP-TV-Z]{24}\b")
DIG = re.compile(r"\d+")
UNIT = {"": 1.0, "s": 1.0, "ms": 1e-3, "µs": 1e-6, "us": 1e-6, "m": 60.0}

VERB = False
FAILS = []


def fail(msg):
    FAILS.append(msg)
    print("FAIL", msg)


def say(msg):
    if VERB:
        print("   ", msg)


def parse_ts(kind, s, year):
    """-> (epoch, is_abs)"""
    if kind == "epoch":
        return float(s), True
    if kind == "klog":
        m = KLOG.match(s)
        mo, d, H, M, S, f = m.groups()
        return calendar.timegm((year, int(mo), int(d), int(H), int(M), int(S))) + int(f) / 1e6, False
    if kind == "syslog":
        m = SYSL.match(s)
        mo, d, H, M, S = m.groups()
        return calendar.timegm((year, MON[mo], int(d), int(H), int(M), int(S))), False
    m = ISO.match(s)
    Y, mo, d, H, M, S, f, z = m.groups()
    t = calendar.timegm((int(Y), int(mo), int(d), int(H), int(M), int(S))) + (float("0." + f) if f else 0)
    if z is None:
        return t, False
    if z != "Z":
        sg = -1 if z[0] == "-" else 1
        z = z[1:].replace(":", "")
        t -= sg * (int(z[:2]) * 3600 + int(z[2:]) * 60)
    return t, True


def read(path):
    raw = open(path, "rb").read()
    if path.endswith(".gz"):
        if raw[:2] != b"\x1f\x8b":
            fail(f"{path}: not gzip")
        if raw[3] & 0x08:
            fail(f"{path}: gzip header carries a file name")
        if raw[4:8] != b"\0\0\0\0":
            fail(f"{path}: gzip mtime not 0")
        raw = gzip.decompress(raw)
    txt = raw.decode("utf-8")
    crlf = "\r\n" in txt
    if crlf and txt.count("\r\n") != txt.count("\n"):
        fail(f"{path}: mixed line endings")
    return txt.replace("\r\n", "\n").rstrip("\n").split("\n"), crlf


def guess_year(texts):
    c = Counter()
    for t in texts:
        head = "\n".join(t[:200])
        c.update(re.findall(r"\b(20[12]\d)-\d\d-\d\d", head))
        for e in re.findall(r'"ts":(1[5-9]\d{8})\.', head):
            c[str(time.gmtime(int(e)).tm_year)] += 1
    return int(c.most_common(1)[0][0])


def norm(line):
    line = ULID.sub("U", line)
    line = HEXD.sub("H", line)
    return DIG.sub("#", line)


def check_scen(d):
    name = os.path.basename(d)
    truth = json.load(open(os.path.join(d, "truth.json")))
    if set(truth) != {"incidents"}:
        fail(f"{name}: truth.json keys")
    files = sorted(f for f in os.listdir(d) if f != "truth.json")
    if not 3 <= len(files) <= 6:
        fail(f"{name}: {len(files)} files")
    texts = {}
    crl = {}
    for f in files:
        texts[f], crl[f] = read(os.path.join(d, f))
    year = guess_year(list(texts.values()))
    specs = by_file(year)
    total = sum(len(v) for v in texts.values())
    if not 50000 <= total <= 150000:
        fail(f"{name}: {total} lines")
    recs = {}
    absf = []
    for f in files:
        base = f[:-3] if f.endswith(".gz") else f
        sp = specs.get(base)
        if sp is None:
            fail(f"{name}: unknown file {f}")
            continue
        out = []
        last = None
        anyabs = None
        nots = 0
        for line in texts[f]:
            m = sp.ts_re.search(line)
            if m:
                t, ab = parse_ts(sp.tsk, m.group("ts"), year)
                anyabs = ab
                last = t
            else:
                nots += 1
            out.append([last, line])
        if anyabs:
            absf.append(f)
        recs[f] = (sp, out, bool(anyabs))
        say(f"{f}: {len(out)} lines ({nots} continuation), {'absolute' if anyabs else 'zone-less local'}{', CRLF' if crl[f] else ''}")
    if not absf:
        fail(f"{name}: no absolute-time file")
        return []
    wmin = min(r[0] for f in absf for r in recs[f][1] if r[0] is not None)
    wmax = max(r[0] for f in absf for r in recs[f][1] if r[0] is not None)
    # infer the scenario offset from the densest zone-less file
    loc = [f for f in recs if not recs[f][2]]
    off = None
    if loc:
        f = max(loc, key=lambda x: len(recs[x][1]))
        ts = [r[0] for r in recs[f][1] if r[0] is not None] or [wmin, wmax]
        lo, hi = min(ts), max(ts)
        best = min(range(-12 * 4, 14 * 4 + 1), key=lambda q: abs(lo - q * 900 - wmin) + abs(hi - q * 900 - wmax))
        off = best * 900
        say(f"inferred zone offset {off / 3600:+.2f}h from {f}")
        for f in loc:
            for r in recs[f][1]:
                if r[0] is not None:
                    r[0] -= off
    for f in recs:
        first = next((r[0] for r in recs[f][1] if r[0] is not None), wmin)
        for r in recs[f][1]:
            if r[0] is None:
                r[0] = first
        ts = [r[0] for r in recs[f][1]]
        if min(ts) < wmin - 120 or max(ts) > wmax + 120:
            fail(f"{name}/{f}: timestamps outside the window ({min(ts) - wmin:.0f}s, {max(ts) - wmax:.0f}s)")
    W = (wmax - wmin) / 60
    if not 115 <= W <= 485:
        fail(f"{name}: window {W:.0f} min")
    say(f"window {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(wmin))} + {W:.0f} min, {total} lines")
    incs = truth["incidents"]
    iw = []
    for i in incs:
        s = calendar.timegm(time.strptime(i["start"], "%Y-%m-%dT%H:%M:%SZ"))
        e = calendar.timegm(time.strptime(i["end"], "%Y-%m-%dT%H:%M:%SZ"))
        iw.append((s, e, i))
        if i["file"] not in recs:
            fail(f"{name}: incident file {i['file']} missing")
            continue
        if s - wmin < 14 * 60 or wmax - e < 14 * 60:
            fail(f"{name}: {i['kind']} too close to the window edge")
        ok, why = check_inc(i["kind"], s, e, recs[i["file"]], recs)
        (say if ok else fail)(f"{name}: {i['kind']} in {i['file']} {i['start']}..{i['end']}: {why}")
    iw.sort(key=lambda x: x[0])
    for a, b in zip(iw, iw[1:]):
        if b[0] - a[1] < 38 * 60:
            fail(f"{name}: incidents {a[2]['kind']} and {b[2]['kind']} less than 40 min apart")
    # crash wording outside planted crash incidents
    cw = [(s - 300, e + 300) for s, e, i in iw if i["kind"] in ("oom_kill", "disk_full", "panic")]
    for f, (sp, rr, _) in recs.items():
        for t, line in rr:
            if CRASH.search(line) and not any(a <= t <= b for a, b in cw):
                fail(f"{name}/{f}: crash wording outside planted incidents: {line[:120]}")
                break
    return [i["kind"] for i in incs]


def per_min(ts, a, b):
    n = sum(1 for t in ts if a <= t < b)
    return n / max((b - a) / 60, 1e-9)


def check_inc(kind, s, e, fr, allrecs):
    sp, rr, _ = fr
    dmin = (e - s) / 60
    inw = lambda t: s <= t < e
    far = lambda t: t < s - 300 or t >= e + 300
    ts_all = [t for t, _ in rr]
    span = (max(ts_all) - min(ts_all)) / 60 - dmin - 10
    if kind == "error_burst":
        ts = [t for t, l in rr if sp.err_re.search(l)]
        a = sum(1 for t in ts if inw(t)) / dmin
        b = sum(1 for t in ts if far(t)) / max(span, 1)
        return a >= 5 and a >= 3 * b + 1, f"error lines {a:.1f}/min vs {b:.2f}/min outside"
    if kind == "new_error":
        cin, cout = Counter(), Counter()
        for f, (sp2, rr2, _) in allrecs.items():
            for t, l in rr2:
                k = norm(l[:400])
                if inw(t):
                    cin[k] += 1
                else:
                    cout[k] += 1
        best = max(((c, k) for k, c in cin.items() if cout.get(k, 0) == 0), default=(0, ""))
        return best[0] >= 8, f"{best[0]} lines of a signature never seen outside: {best[1][:100]}"
    if kind == "retry_storm":
        rx = sp.retry_re
        ts = [t for t, l in rr if rx.search(l)]
        a = sum(1 for t in ts if inw(t)) / dmin
        b = sum(1 for t in ts if far(t)) / max(span, 1)
        return a >= 10 and a >= 5 * b, f"retry lines {a:.1f}/min vs {b:.2f}/min outside"
    if kind == "latency_shift":
        din, dout = [], []
        for t, l in rr:
            m = sp.dur_re.search(l)
            if m:
                v = float(m.group("v")) * UNIT[m.group("u")]
                (din if inw(t) else dout if far(t) else []).append(v)
        if len(din) < 20:
            return False, f"only {len(din)} durations in window"
        r = statistics.median(din) / statistics.median(dout)
        return r >= 2.5, f"median duration x{r:.1f} ({len(din)} samples)"
    if kind == "http_5xx":
        a = [0, 0]
        b = [0, 0]
        for t, l in rr:
            m = sp.st_re.search(l)
            if m:
                x = a if inw(t) else b if far(t) else None
                if x is not None:
                    x[0] += 1
                    x[1] += m.group("s")[0] == "5"
        fa, fb = a[1] / max(a[0], 1), b[1] / max(b[0], 1)
        return a[0] >= 30 and fa >= 0.25 and fb <= 0.02, f"5xx share {fa:.2f} of {a[0]} vs {fb:.4f} outside"
    if kind == "traffic_flood":
        buck = Counter(int(t // 60) for t in ts_all)
        ins = [buck.get(m, 0) for m in range(int(s // 60), int(e // 60))]
        outs = [c for m, c in buck.items() if far(m * 60)]
        r = statistics.mean(ins) / max(statistics.median(outs), 1)
        return r >= 3.5, f"lines/min x{r:.1f} over the outside median"
    if kind == "silence":
        n = sum(1 for t in ts_all if s + 30 <= t < e - 30)
        before = sum(1 for t in ts_all if s - 300 <= t < s)
        after = sum(1 for t in ts_all if e <= t < e + 300)
        return n == 0 and before > 0 and after > 0, f"{n} lines inside, {before} before, {after} after"
    rx = {"oom_kill": OOM, "disk_full": DISK, "panic": PANIC}[kind]
    hits = [t for t, l in rr if rx.search(l)]
    hin = [t for t in hits if s - 300 <= t < e + 60]
    if kind == "disk_full":
        return len(hin) >= 3 and len(hin) == len(hits), f"{len(hin)} disk-full lines in window, {len(hits)} in file"
    st = [t for t, l in rr if sp.start_re.search(l) and s <= t < e + 60]
    return len(hin) >= 1 and len(hin) == len(hits) and len(st) >= 1, f"{len(hin)} crash lines, restart banner lines {len(st)}"


def main():
    global VERB
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    VERB = "--verbose" in sys.argv
    out = args[0]
    seen = Counter()
    healthy = 0
    for sc in sorted(os.listdir(out)):
        d = os.path.join(out, sc)
        if not os.path.isdir(d):
            continue
        print(f"== {sc}")
        ks = check_scen(d)
        seen.update(ks)
        healthy += not ks
    for k in KINDS:
        if not seen[k]:
            fail(f"kind {k} never planted")
    if healthy != 2:
        fail(f"{healthy} healthy scenarios (want 2)")
    print(f"{'OK' if not FAILS else 'FAILED'}: {sum(seen.values())} incidents, {healthy} healthy, {len(FAILS)} failures")
    sys.exit(1 if FAILS else 0)


if __name__ == "__main__":
    main()
