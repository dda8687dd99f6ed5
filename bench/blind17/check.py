#!/usr/bin/env python3
"""Stand-alone checker for blind17 bundles: python3 check.py OUTDIR [--verbose]. Imports nothing from gen."""
import sys, os, re, gzip, json, calendar, statistics
from datetime import datetime, timezone

MON = {m: i + 1 for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())}
KINDS = {"error_burst", "new_error", "retry_storm", "latency_shift", "http_5xx", "traffic_flood", "silence", "oom_kill", "disk_full", "panic"}


def ep(y, mo, d, h, mi, s):
    return calendar.timegm((int(y), int(mo), int(d), int(h), int(mi), int(s)))


def offs(s):
    if s in ("Z", "UTC"):
        return 0
    s = s.replace(":", "")
    sg = -1 if s[0] == "-" else 1
    return sg * (int(s[1:3]) * 3600 + int(s[3:5]) * 60)


ISO = r"(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)"
CLF = re.compile(r"\[(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\]")
# each: (regex, kind) kind: 'abs' -> groups y..s + offset group 7; 'loc' -> y..s; 'ny' -> no year (mo,d,h,mi,s); 'epoch'
P = {
    "production_json.log": [(re.compile(r'"time":"' + ISO + r'(?:\.\d+)?(Z)"'), "abs")],
    "gitaly_current.log": [(re.compile(r'"time":"' + ISO + r'(?:\.\d+)?(Z)"'), "abs")],
    "sidekiq.log": [(re.compile(r'^\{"severity":"\w+","time":"' + ISO + r'(?:\.\d+)?(Z)"'), "abs")],
    "gitea.log": [(re.compile(r"^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) "), "loc"), (re.compile(r"^\[Macaron\] " + ISO + ":"), "loc")],
    "atlassian-jira.log": [(re.compile(r"^" + ISO + r",\d{3}([+-]\d{4}) "), "abs"), (re.compile(r"^" + ISO + r",\d{3} "), "loc")],
    "atlassian-confluence.log": [(re.compile(r"^" + ISO + r",\d{3} "), "loc")],
    "mattermost.log": [(re.compile(r'"timestamp":"' + ISO + r'\.\d{3} (Z|[+-]\d\d:\d\d)"'), "abs"), (re.compile(r'^\{"level":"\w+","ts":(\d+\.?\d*)'), "epoch")],
    "rocketchat.log": [(re.compile(r'"time":"' + ISO + r'\.\d+(Z)"'), "abs"), (re.compile(r"^[IWED](\d{4})(\d\d)(\d\d)-(\d\d):(\d\d):(\d\d)\.\d{3}\((-?[\d.]+)\)\?"), "meteor")],
    "homeserver.log": [(re.compile(r"^" + ISO + r",\d{3} - "), "loc")],
    "production.log": [(re.compile(r"^Started \w+ .* at " + ISO + r" ([+-]\d{4})$"), "abs")],
    "debug.log": [(re.compile(r"^" + ISO + r"(?:\.\d+)?(Z) "), "abs")],
    "geth.log": [(re.compile(r"^(?:INFO|WARN|ERROR|DEBUG|CRIT|TRACE) ?\[(\d\d)-(\d\d)\|(\d\d):(\d\d):(\d\d)(?:\.\d{3})?\]"), "ny")],
    "solana-validator.log": [(re.compile(r"^\[" + ISO + r"\.\d{9}(Z) "), "abs")],
    "peer.log": [(re.compile(r"^" + ISO + r"\.\d{3} (UTC) "), "abs")],
    "beacon.log": [(re.compile(r"^(\w{3}) (\d\d) (\d\d):(\d\d):(\d\d)\.\d{3} "), "nym")],
    "wowzastreamingengine_access.log": [(re.compile(r"^(\d{4})-(\d\d)-(\d\d)\t(\d\d):(\d\d):(\d\d)\t(\S+)\t"), "wowza")],
    "error.log": [(re.compile(r"^\[(\d{4})-(\d\d)-(\d\d)  (\d\d):(\d\d):(\d\d)\] "), "loc")],
    "access.log": [(CLF, "clf")],
    "jvb.log": [(re.compile(r"^JVB " + ISO + r"\.\d{3} "), "loc")],
    "triton.log": [(re.compile(r"^[IWEF](\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.\d{6} "), "ny")],
    "ts_log.log": [(re.compile(r"^" + ISO + r",\d{3} "), "loc")],
    "mlflow.log": [(re.compile(r"^\[" + ISO + r" ([+-]\d{4})\] "), "abs"), (CLF, "clf"), (re.compile(r"^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) "), "loc")],
    "bentoml.log": [(re.compile(r"^" + ISO + r"([+-]\d{4}) "), "abs")],
    "seldon-executor.log": [(re.compile(r'^\{"level":"\w+","ts":(\d+\.?\d*)'), "epoch")],
}
DUR = {"production_json.log": r'"duration_s":([\d.]+)|"duration":([\d.]+)', "gitaly_current.log": r'"grpc\.time_ms":([\d.]+)', "sidekiq.log": r'"job_status":"done".*"duration_s":([\d.]+)',
       "gitea.log": r"(?:OK|Found|Not Modified|Created) in ([\d.]+)(ms|s|µs)", "homeserver.log": r"Processed request: ([\d.]+)sec", "production.log": r"^Completed \d+ .* in (\d+)ms",
       "geth.log": r"chain segment .* elapsed=([\d.]+)(ms|s|µs)", "peer.log": r"transaction\(s\) in (\d+)ms", "jvb.log": r"health check in (?:PT([\d.]+)S|(\d+)ms)",
       "triton.log": r"compute_infer (\d+) us", "ts_log.log": r"Backend response time: (\d+)", "mlflow.log": r'" \d{3} \d+ "[^"]*" "[^"]*" ([\d.]+)$', "bentoml.log": r"\) ([\d.]+)ms \("}
STATUS = {"production_json.log": r'"status":(\d{3})', "gitea.log": r"(?:, | )(\d{3}) [A-Z][a-z]+(?: [A-Za-z]+)* in ", "homeserver.log": r"B (\d{3}) \"",
          "production.log": r"^Completed (\d{3}) ", "access.log": r"HTTP/1\.1\" (\d{3}) ", "mlflow.log": r"HTTP/1\.1\" (\d{3}) ", "bentoml.log": r"status=(\d{3})",
          "ts_log.log": r"ACCESS_LOG - .*HTTP/1\.1\" (\d{3}) "}
SIG = {"retry_storm": r"(?i)retr(y|ying)|reconnect|no consensus updates|no beacon client|timed out|Failed to connect",
       "disk_full": r"(?i)no space left on device",
       "panic": r"panic|SIGSEGV|Segmentation fault|Signal \(11\)|EXCEPTION:|Exception in thread|Unhandled error in reactor|throw\(ex\)|Worker failed to boot",
       "oom_kill": r"(?i)out of memory|OutOfMemory|memory allocation of \d+ bytes failed|SIGKILL"}
FORBID = re.compile(r"panic|SIGSEGV|Segmentation fault|Signal \(11\)|OutOfMemory|out of memory|Out of memory|memory allocation of|No space left|no space left|ENOSPC|SIGKILL|core dumped|EXCEPTION:")


def read(path):
    b = open(path, "rb").read()
    if path.endswith(".gz"):
        b = gzip.decompress(b)
    return b.decode("utf-8").replace("\r\n", "\n").split("\n")


def parse(name, lines, year):
    base = name[:-3] if name.endswith(".gz") else name
    pats = P[base]
    out = []   # (t_or_None, is_abs, line)
    for ln in lines:
        t, ab = None, False
        for rx, k in pats:
            m = rx.search(ln)
            if not m:
                continue
            g = m.groups()
            if k == "abs":
                t, ab = ep(*g[:6]) - offs(g[6]), True
            elif k == "loc":
                t = ep(*g[:6])
            elif k == "epoch":
                t, ab = float(g[0]), True
            elif k == "meteor":
                t, ab = ep(*g[:6]) - float(g[6]) * 3600, True
            elif k == "ny":
                t = ep(year or 2000, *g[:5])
            elif k == "nym":
                t = ep(year or 2000, MON[g[0]], *g[1:5])
            elif k == "clf":
                t, ab = ep(g[2], MON[g[1]], g[0], g[3], g[4], g[5]) - offs(g[6]), True
            elif k == "wowza":
                if g[6] in ("UTC", "GMT"):
                    t, ab = ep(*g[:6]), True
                else:
                    t = ep(*g[:6])
            break
        out.append((t, ab, ln))
    return out


def iso(s):
    return calendar.timegm(datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").timetuple())


JKEYS = ("msg", "message", "exception.class", "error_class", "controller", "action", "status", "grpc.code", "grpc.method", "logger", "error", "level", "severity")


def norm(s):
    if s.startswith("{"):
        try:
            d = json.loads(s)
            s = " ".join("%s=%s" % (k, d[k]) for k in JKEYS if k in d)
        except ValueError:
            pass
    s = re.sub(r"^.{0,40}?\d\d:\d\d:\d\d[.,]?\d*\S*", "", s)
    s = re.sub(r"\b[\w.@-]+/[\w./@-]+", "<path>", s)
    return re.sub(r"[0-9a-f]{6,}|\d+", "#", s)[:160]


def check(out, verbose):
    errs = []
    dirs = sorted(d for d in os.listdir(out) if re.match(r"s\d\d$", d))
    if dirs != ["s%02d" % i for i in range(1, 11)]:
        errs.append("scenario dirs: %s" % dirs)
    kinds_seen, healthy, years, total_bytes = set(), 0, [], 0
    for d in dirs:
        p = os.path.join(out, d)
        truth = json.load(open(os.path.join(p, "truth.json")))["incidents"]
        files = sorted(f for f in os.listdir(p) if f != "truth.json")
        if not 3 <= len(files) <= 6:
            errs.append("%s: %d files" % (d, len(files)))
        parsed, nlines = {}, 0
        for f in files:
            total_bytes += os.path.getsize(os.path.join(p, f))
            raw = read(os.path.join(p, f))
            parsed[f] = raw
            nlines += len(raw)
        # absolute window
        pre = {f: parse(f, parsed[f], None) for f in files}
        abst = [t for f in files for t, a, _ in pre[f] if a and t is not None]
        if not abst:
            errs.append("%s: no absolute time reference" % d)
            continue
        ws, we = min(abst), max(abst)
        year = datetime.fromtimestamp(ws, timezone.utc).year
        years.append(year)
        if not 1.9 * 3600 <= we - ws <= 8.1 * 3600:
            errs.append("%s: window %.2fh" % (d, (we - ws) / 3600))
        if not 50000 <= nlines <= 150000:
            errs.append("%s: %d lines" % (d, nlines))
        tl = {}
        for f in files:
            rows = parse(f, parsed[f], year)
            ts = [t for t, a, _ in rows if t is not None]
            if not ts:
                errs.append("%s/%s: no timestamps" % (d, f))
                continue
            if not any(a for _, a, _ in rows if _ is not None):
                o = round((min(ts) - ws) / 900) * 900
                rows = [(t - o if t is not None else None, a, l) for t, a, l in rows]
                ts = [t - o for t in ts]
            else:   # zone-less lines mixed into a file with absolute lines: place them by the previous absolute line
                fixed, last = [], None
                for t, a, l in rows:
                    if t is not None and a:
                        last = t
                    elif t is not None and last is not None:
                        t = t - round((t - last) / 900) * 900
                    fixed.append((t, a, l))
                rows = fixed
                ts = [t for t, a, _ in rows if t is not None]
            # inherit timestamps for continuation lines
            cur, full = None, []
            for t, a, l in rows:
                if t is not None:
                    cur = t
                if l.strip() or t is not None:
                    full.append((cur, t is not None, l))
            tl[f] = full
            if min(ts) - ws > 600 or we - max(ts) > 600:
                errs.append("%s/%s: edges not covered (%.0fs, %.0fs)" % (d, f, min(ts) - ws, we - max(ts)))
            if verbose:
                print("%s %-36s %7d lines  %s .. %s" % (d, f, len(rows), datetime.fromtimestamp(min(ts), timezone.utc), datetime.fromtimestamp(max(ts), timezone.utc)))
        if not truth:
            healthy += 1
        elif len(truth) > 3:
            errs.append("%s: %d incidents" % (d, len(truth)))
        inc_windows = {}
        for inc in truth:
            k, f = inc["kind"], inc["file"]
            kinds_seen.add(k)
            if k not in KINDS or f not in tl:
                errs.append("%s: bad incident %s" % (d, inc))
                continue
            s, e = iso(inc["start"]), iso(inc["end"])
            if s < ws + 40 * 60 - 60 or e > we - 9 * 60 + 60:
                errs.append("%s: %s placement %s..%s window %s..%s" % (d, k, inc["start"], inc["end"], ws, we))
            for s2, e2 in inc_windows.get(f, []):
                if s < e2 + 13 * 60 and s2 < e + 13 * 60:
                    errs.append("%s/%s: incidents closer than 13 min" % (d, f))
            inc_windows.setdefault(f, []).append((s, e))
            rows = tl[f]
            inside = [l for t, _, l in rows if t is not None and s <= t <= e]
            outside = [l for t, _, l in rows if t is not None and not (s - 60 <= t <= e + 60)]
            span = (rows[-1][0] - rows[0][0]) / 60
            ok, info = True, ""
            if k in SIG:
                n = sum(1 for l in inside if re.search(SIG[k], l))
                ok = n >= (10 if k in ("retry_storm", "disk_full") else 1)
                if k == "disk_full":
                    ok = ok and 30 <= n <= 150 * 3
                info = "%d signature lines" % n
            elif k in ("error_burst", "new_error"):
                ci = {}
                for l in inside:
                    ci[norm(l)] = ci.get(norm(l), 0) + 1
                co = {}
                for l in outside:
                    co[norm(l)] = co.get(norm(l), 0) + 1
                best = 0
                for tpl, c in ci.items():
                    if c < 10:
                        continue
                    if k == "new_error" and co.get(tpl, 0) == 0:
                        best = max(best, c)
                    if k == "error_burst" and co.get(tpl, 0) >= 1 and c / ((e - s) / 60 + 1) > 5 * co[tpl] / span:
                        best = max(best, c)
                ok = best > 0
                info = "best template %d" % best
            elif k == "silence":
                before = [t for t, _, _ in rows if s - 1800 <= t < s]
                ok = len(inside) == 0 and len(before) / 30 >= 8
                info = "%d inside, %.1f/min before" % (len(inside), len(before) / 30)
            elif k == "traffic_flood":
                ri = len(inside) / max(1, (e - s) / 60)
                ro = len(outside) / max(1, span - (e - s) / 60)
                ok = ri >= 3 * ro
                info = "rate x%.1f" % (ri / max(ro, 1e-9))
            elif k == "latency_shift":
                rx = re.compile(DUR[f[:-3] if f.endswith(".gz") else f])

                def durs(ls):
                    v = []
                    for l in ls:
                        m = rx.search(l)
                        if m:
                            g = [x for x in m.groups() if x]
                            x = float(g[0])
                            if len(g) > 1:
                                x *= {"ms": 1, "s": 1000, "µs": 0.001}.get(g[1], 1)
                            v.append(x)
                    return v
                a, b = durs(inside), durs(outside)
                ok = len(a) > 5 and statistics.median(a) >= 2.5 * statistics.median(b)
                info = "median x%.1f" % (statistics.median(a) / statistics.median(b) if a and b else 0)
            elif k == "http_5xx":
                rx = re.compile(STATUS[f[:-3] if f.endswith(".gz") else f])

                def share(ls):
                    st = [int(m.group(1)) for m in (rx.search(l) for l in ls) if m]
                    return (sum(1 for x in st if x >= 500) / len(st)) if st else 0, len(st)
                (a, na), (b, nb) = share(inside), share(outside)
                ok = a >= 0.2 and b < 0.03 and na > 10
                info = "5xx %.2f inside (%d), %.3f outside" % (a, na, b)
            if not ok:
                errs.append("%s: %s in %s not visible: %s" % (d, k, f, info))
            if verbose:
                print("   %s %s %s..%s %s %s" % (k, f, inc["start"], inc["end"], "OK" if ok else "FAIL", info))
        # forbidden wording outside crash/oom/disk windows
        for f, rows in tl.items():
            wins = [(iso(i["start"]) - 1, iso(i["end"]) + 1) for i in truth if i["file"] == f and i["kind"] in ("panic", "oom_kill", "disk_full")]
            for t, _, l in rows:
                if FORBID.search(l) and not any(a <= (t or 0) <= b for a, b in wins):
                    errs.append("%s/%s: crash wording in healthy noise: %s" % (d, f, l[:120]))
                    break
    if healthy != 2:
        errs.append("healthy scenarios: %d" % healthy)
    if kinds_seen != KINDS:
        errs.append("missing kinds: %s" % sorted(KINDS - kinds_seen))
    if sum(1 for y in years if y != 2026) < 2:
        errs.append("fewer than two non-2026 scenarios")
    if verbose:
        print("total %.1f MB on disk" % (total_bytes / 1e6))
    for e in errs:
        print("ERROR:", e)
    print("OK" if not errs else "%d problems" % len(errs))
    return 0 if not errs else 1


if __name__ == "__main__":
    sys.exit(check(sys.argv[1], "--verbose" in sys.argv))
