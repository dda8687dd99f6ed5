#!/usr/bin/env python3
"""blind21: deterministic incident-bundle generator (Linux system daemons, network
services, telecom software).

    python3 gen.py OUTDIR SEED

Writes OUTDIR/s01..s10 (log files + truth.json) and OUTDIR/manifest.json.
Every random draw comes from random.Random("blind21/{seed}/{scenario}/{file}/{purpose}").
"""
import gzip
import json
import math
import os
import random
import re
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from engine import FilePlan, generate, mean_curve, norm
from themes import THEMES
from fmt_patch import AptSchedule, Dpkg, AptTerm, AptHistory

GEN = "blind21"
KINDS = ["error_burst", "new_error", "retry_storm", "latency_shift", "http_5xx", "traffic_flood",
         "silence", "oom_kill", "disk_full", "panic"]
CRASH = ("oom_kill", "panic")
TZS = ["UTC", "Europe/London", "Europe/Berlin", "Europe/Madrid", "Europe/Helsinki", "Europe/Warsaw",
       "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Sao_Paulo",
       "America/St_Johns", "America/Mexico_City", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Tokyo", "Asia/Singapore",
       "Asia/Dubai", "Australia/Adelaide", "Australia/Sydney", "Pacific/Auckland", "Africa/Johannesburg",
       "Asia/Tehran", "Pacific/Chatham"]
DOMAINS = ("example.com", "corp.example.net", "fjordnet.example", "int.acme-labs.test", "hq.nordwind.example",
           "campus.example.edu", "lab.kestrel.example", "ops.bluefin.example", "tele.example.org", "core.mno-example.net")
KERNELS = ("5.15.0-101-generic #111-Ubuntu SMP Tue Mar 5 20:16:58 UTC 2024", "6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)",
           "5.4.0-172-generic #190-Ubuntu SMP Fri Feb 2 23:24:22 UTC 2024", "4.15.0-213-generic #224-Ubuntu SMP Mon Jun 19 13:30:12 UTC 2023",
           "6.8.0-31-generic #31-Ubuntu SMP PREEMPT_DYNAMIC Sat Apr 20 00:40:06 UTC 2024")
DUR = {"error_burst": (5, 20), "new_error": (5, 20), "retry_storm": (5, 15), "latency_shift": (10, 30),
       "http_5xx": (5, 20), "traffic_flood": (5, 15), "silence": (10, 40), "disk_full": (3, 8)}


def R(seed, scen, fname, purpose):
    return random.Random("%s/%s/%s/%s/%s" % (GEN, seed, scen, fname, purpose))


class Scn:
    pass


def iso(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def label(sig):
    """human-readable text of a signature regex (for truth descriptions)"""
    s = re.sub(r"\((?:\?:)?([^()|\\]*)\|[^()]*\)", r"\1", sig or "")
    depth, cut = 0, len(s)
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            cut = i
            break
        i += 1
    s = s[:cut]
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            i += 2
            if n in "dSswW":
                out.append("…")
                while i < len(s) and s[i] in "+*?":
                    i += 1
                if i < len(s) and s[i] == "{":
                    i = s.index("}", i) + 1
            else:
                out.append(n)
            continue
        if c == "[":
            i = s.index("]", i + 1) + 1
            out.append("…")
            while i < len(s) and s[i] in "+*?":
                i += 1
            if i < len(s) and s[i] == "{":
                i = s.index("}", i) + 1
            continue
        if c == "." and i + 1 < len(s) and s[i + 1] in "*+":
            out.append("…")
            i += 2
            if i < len(s) and s[i] == "?":
                i += 1
            continue
        if s.startswith("(?:", i):
            i += 3
            continue
        if c in "()^$":
            i += 1
            continue
        if c in "?*+":
            i += 1
            continue
        out.append(c)
        i += 1
    txt = re.sub(r"…[.:/,-]?…", "…", "".join(out))
    return re.sub(r"…+", "…", txt).strip()


def pick_window(r, tzname, minutes):
    z = ZoneInfo(tzname)
    while True:
        y, mo, d = r.randint(2016, 2026), r.randint(1, 12), r.randint(1, 28)
        loc = datetime(y, mo, d, r.randint(0, 23), r.randint(0, 59), tzinfo=z)
        t0 = int(loc.timestamp())
        t0 -= t0 % 60
        t1 = t0 + minutes * 60
        a, b = datetime.fromtimestamp(t0, z), datetime.fromtimestamp(t1, z)
        ua, ub = datetime.fromtimestamp(t0, timezone.utc), datetime.fromtimestamp(t1, timezone.utc)
        if a.utcoffset() != b.utcoffset() or a.year != b.year or ua.year != ub.year:
            continue
        if datetime.fromtimestamp(t0 + (t1 - t0) // 2, z).utcoffset() != a.utcoffset():
            continue
        return t0, t1, int(a.utcoffset().total_seconds()), a


def build_scenario(seed, idx, theme):
    name = "s%02d" % idx
    r = R(seed, name, "-", "setup")
    builder, curve, (host, dom) = THEMES[theme]
    sc = Scn()
    sc.name, sc.theme, sc.curve = name, theme, curve
    sc.tz = r.choice(TZS)
    sc.minutes = r.randint(120, 480)
    sc.t0, sc.t1, sc.off, loc = pick_window(r, sc.tz, sc.minutes)
    sc.year, sc.month, sc.day = loc.year, loc.month, loc.day
    sc.wday = loc.strftime("%a")
    sc.host = host
    sc.domain = r.choice(DOMAINS)
    sc.lan = "10.%d" % r.randint(1, 250)
    sc.kernel = r.choice(KERNELS)
    sc.target = r.uniform(60000, 115000)
    specs = builder(sc, R(seed, name, "-", "theme"))
    dur = sc.t1 - sc.t0
    sched = None
    if any(s["cls"] in (Dpkg, AptTerm, AptHistory) for s in specs):
        dsp = [s for s in specs if s["cls"] is Dpkg][0]
        wsum = sum(s["w"] or 0 for s in specs)
        share = sc.target * dsp["w"] / wsum * 1.3
        ntx = max(10.0, share / 75.0)
        gap = dur / ntx
        sched = AptSchedule(R(seed, name, "-", "apt"), sc.t0, sc.t1, 60.0 / max(4.0, gap - 15.0))
    files = []
    for s in specs:
        if sched is not None and s["cls"] in (Dpkg, AptTerm, AptHistory):
            s["opts"]["apt"] = sched
        fmt = s["cls"](sc, s["name"], R(seed, name, s["name"], "templates"), s["opts"])
        s["fmt"] = fmt
        files.append(s)
    # volume planning: fixed-rate files, periodic files, then weighted Poisson files
    mc = mean_curve(curve, sc.t0, sc.t1, sc.off)
    wsum = sum(s["w"] or 0 for s in files) or 1.0
    used = 0.0
    for s in files:
        fmt = s["fmt"]
        fmt.tune(sc.target * (s["w"] or 0) / wsum, dur)
        s["periodic"] = fmt.expected(dur)
        used += s["periodic"]
        if s["rate"] is not None:
            used += s["rate"] * sc.minutes * mc * calibrate(seed, sc, s)
    for s in files:
        s["avg"] = calibrate(seed, sc, s)
        f = s["fmt"]
        side = f.ERR_RATE * 1.5 if f.ERRORS else 0.0
        if f.HB:
            side += 60.0 / f.HB[0] * (len(engine_norm(s["cal_hb"])) if s.get("cal_hb") is not None else 1)
        used += side * sc.minutes
    pois = [s for s in files if s["rate"] is None and s["w"] and s["periodic"] == 0]
    pw = sum(s["w"] for s in pois) or 1.0
    rest = max(sc.target - used, sc.target * 0.25)
    for s in files:
        fmt = s["fmt"]
        if s["rate"] is None:
            if s in pois:
                share = rest * s["w"] / pw
                s["rate"] = share / (sc.minutes * mc * s["avg"])
            else:
                s["rate"] = 0.0
        s["lpm"] = s["rate"] * s["avg"] * mc + s["periodic"] / sc.minutes
    sc.files = files
    sc.maxn = 1 if sc.minutes < 150 else (2 if sc.minutes < 240 else 3)
    sc.caps = {}
    for s in files:
        for k in kinds_of(s):
            sc.caps.setdefault(k, []).append(s)
    return sc


def calibrate(seed, sc, s):
    """average lines per normal record, measured on a throw-away instance"""
    if "avg" in s:
        return s["avg"]
    if s["periodic"] or not s["fmt"].NORMAL:
        s["avg"] = 1.0
        return 1.0
    f = s["cls"](sc, s["name"], R(seed, sc.name, s["name"], "calib"), s["opts"])
    n = 0
    for i in range(150):
        n += len(engine_norm(sc.t0 + 60 + i, f.normal(sc.t0 + 60 + i)))
    if f.HB:
        s["cal_hb"] = getattr(f, f.HB[1])(sc.t0 + 30)
    s["avg"] = n / 150.0
    return s["avg"]


def engine_norm(*a):
    if len(a) == 1:
        t, x = 0, a[0]
    else:
        t, x = a
    return norm(t, x)


def kinds_of(s):
    f = s["fmt"]
    ks = []
    if f.ERRORS and s["rate"] > 0:
        ks.append("error_burst")
    if f.NEW_ERRORS:
        ks.append("new_error")
    if f.RETRY:
        ks.append("retry_storm")
    if f.LAT and s["lpm"] >= 3.0:
        ks.append("latency_shift")
    if f.HTTP and s["lpm"] >= 20:
        ks.append("http_5xx")
    if s["rate"] >= 3.0 and s["periodic"] == 0:
        ks.append("traffic_flood")
    if s["lpm"] >= 8.0 and f.SILENCE_OK:
        ks.append("silence")
    if f.OOM and f.BANNER_SIG:
        ks.append("oom_kill")
    if f.DISK:
        ks.append("disk_full")
    if f.PANIC and f.BANNER_SIG:
        ks.append("panic")
    return ks


def assign_kinds(seed, scens):
    r = R(seed, "all", "-", "assign")
    for attempt in range(2000):
        healthy = set(r.sample(range(len(scens)), 2))
        act = [i for i in range(len(scens)) if i not in healthy]
        slots = {i: r.randint(1, scens[i].maxn) for i in act}
        got = {i: [] for i in act}
        req = KINDS[:]
        r.shuffle(req)
        ok = True
        for k in req:
            cand = [i for i in act if k in scens[i].caps and len(got[i]) < slots[i] and k not in got[i]
                    and not (k in CRASH and any(x in CRASH for x in got[i]))]
            if not cand:
                cand = [i for i in act if k in scens[i].caps and len(got[i]) < scens[i].maxn and k not in got[i]
                        and not (k in CRASH and any(x in CRASH for x in got[i]))]
                if not cand:
                    ok = False
                    break
            cand.sort(key=lambda i: (len(got[i]) - slots[i], len(scens[i].caps)))
            pick = cand[0] if r.random() < 0.6 else r.choice(cand)
            got[pick].append(k)
        if not ok:
            continue
        for i in act:
            while len(got[i]) < max(1, slots[i]):
                opts = [k for k in scens[i].caps if k not in got[i]
                        and not (k in CRASH and any(x in CRASH for x in got[i]))]
                if not opts:
                    break
                got[i].append(r.choice(sorted(opts)))
            if not got[i]:
                ok = False
        if ok:
            return healthy, got
    raise RuntimeError("could not assign incident kinds")


def plan_incidents(seed, sc, kinds):
    r = R(seed, sc.name, "-", "incidents")
    incs = []
    used_files = []
    for k in kinds:
        cands = sc.caps[k]
        fresh = [s for s in cands if s["name"] not in used_files]
        s = r.choice(fresh or cands)
        used_files.append(s["name"])
        f = s["fmt"]
        inc = dict(kind=k, file=s["name"], spec=s)
        if k in CRASH:
            inc["gap"] = r.randint(60, 300) + r.random()
            inc["dmin"] = int(math.ceil(inc["gap"] / 60.0)) + 1
            inc["sig"] = (f.OOM if k == "oom_kill" else f.PANIC)[1]
            inc["banner_sig"] = f.BANNER_SIG
        else:
            lo, hi = DUR[k]
            inc["dmin"] = r.randint(lo, hi)
        if k == "error_burst":
            j = r.randrange(len(f.ERRORS))
            inc["fn"], inc["sig"], inc["lam"] = f.err_fns[j], f.ERRORS[j][1], r.uniform(8, 25)
        elif k == "new_error":
            j = r.randrange(len(f.NEW_ERRORS))
            inc["fn"], inc["sig"], inc["lam"] = getattr(f, f.NEW_ERRORS[j][0]), f.NEW_ERRORS[j][1], r.uniform(4, 15)
        elif k == "retry_storm":
            inc["fn"], inc["sig"], inc["lam"] = f.retry_fn, f.RETRY[1], r.uniform(30, 100)
        elif k == "disk_full":
            inc["fn"], inc["sig"], inc["lam"] = f.disk_fn, f.DISK[1], r.uniform(4, 14)
        elif k == "latency_shift":
            inc["mult"] = r.uniform(3.5, 8.0)
        elif k == "http_5xx":
            inc["p"] = r.uniform(0.3, 0.6)
        elif k == "traffic_flood":
            inc["mult"] = r.uniform(5.0, 9.0)
        incs.append(inc)
    # placement: >=15 min from the edges, >=40 min apart
    W = sc.minutes
    need = 30 + sum(i["dmin"] for i in incs) + 40 * (len(incs) - 1)
    if need > W:
        raise RuntimeError("window too short for incidents")
    for _ in range(5000):
        starts = []
        for inc in incs:
            starts.append(r.randint(15, W - 15 - inc["dmin"]))
        iv = sorted((s, s + inc["dmin"]) for s, inc in zip(starts, incs))
        if all(iv[i + 1][0] - iv[i][1] >= 40 for i in range(len(iv) - 1)):
            break
    else:
        order = list(range(len(incs)))
        starts = [0] * len(incs)
        pos = 15 + r.randint(0, W - need)
        for i in order:
            starts[i] = pos
            pos += incs[i]["dmin"] + 40
    for inc, st in zip(incs, starts):
        inc["t0"] = sc.t0 + st * 60
        inc["t1"] = inc["t0"] + inc["dmin"] * 60
        if inc["kind"] in CRASH:
            inc["t0"] += r.uniform(2, 40)
    return incs


def plan_restart(seed, sc, incs):
    r = R(seed, sc.name, "-", "restart")
    if r.random() >= 0.5:
        return None
    busy = {i["file"] for i in incs if i["kind"] in CRASH}
    sibs = {x for s in sc.files for x in s["siblings"]}
    cands = [s for s in sc.files if s["fmt"].BANNER_SIG and s["name"] not in busy and s["name"] not in sibs]
    if not cands:
        return None
    s = r.choices(cands, weights=[max(0.5, s["lpm"]) ** 0.5 for s in cands])[0]
    for _ in range(300):
        t = sc.t0 + r.randint(20 * 60, (sc.minutes - 20) * 60)
        if all(t < i["t0"] - 25 * 60 or t > i["t1"] + 25 * 60 for i in incs):
            return dict(file=s["name"], t=t + r.random(), gap=r.uniform(4, 60))
    return None


PROG = {"named_general": "named", "frr": "bgpd", "slapd": "slapd", "asterisk_full": "Asterisk", "chronyd": "chronyd",
        "dhcpd": "dhcpd", "freeradius": "FreeRADIUS", "haproxy": "HAProxy"}
LATF = {"haproxy": "Tr/Ta request timers", "slapd": "SEARCH RESULT etime", "cloud_init": "'took N seconds' values",
        "chrony_measurements": "Peer delay column", "named_general": "zone-transfer 'secs'",
        "asterisk_queue": "CONNECT hold time"}


def describe(inc, sc):
    k, fn = inc["kind"], inc["file"]
    dm = int(round((inc["t1"] - inc["t0"]) / 60.0))
    lab = label(inc.get("sig", ""))
    f = inc["spec"]["fmt"]
    prog = PROG.get(f.key) or ("open5gs-%sd" % f.NF if f.key == "open5gs" else f.key)
    if k == "error_burst":
        return "%s: the routine error '%s' bursts to about %d/min for %d min." % (fn, lab, inc["lam"], dm)
    if k == "new_error":
        return "%s: a new error '%s', seen nowhere else in the scenario, appears at about %d/min for %d min." % (fn, lab, inc["lam"], dm)
    if k == "retry_storm":
        return "%s: the retry/reconnect message '%s' storms at about %d/min for %d min." % (fn, lab, inc["lam"], dm)
    if k == "latency_shift":
        return "%s: values in the %s rise about x%.1f for %d min." % (fn, LATF.get(f.key, "durations"), inc["mult"], dm)
    if k == "http_5xx":
        return "%s: about %d%% of HTTP requests get 5xx responses for %d min." % (fn, inc["p"] * 100, dm)
    if k == "traffic_flood":
        return "%s: normal traffic rises about x%.1f with the usual templates for %d min." % (fn, inc["mult"], dm)
    if k == "silence":
        return "%s: the busy file writes nothing for %d min, then resumes." % (fn, dm)
    if k == "oom_kill":
        return "%s: %s runs out of memory ('%s') and dies; the file is silent %d s until its restart banner." % (fn, prog, lab, inc["gap"])
    if k == "disk_full":
        return "%s: disk-full errors ('%s') at about %d/min for %d min." % (fn, lab, inc["lam"], dm)
    return "%s: %s crashes ('%s') with its dump; the file is silent %d s until its restart banner." % (fn, prog, lab, inc["gap"])


def write_file(path, lines, crlf, gz):
    nl = "\r\n" if crlf else "\n"
    data = (nl.join(lines) + nl).encode("utf-8")
    if gz:
        data = gzip.compress(data, compresslevel=6, mtime=0)
        path += ".gz"
    with open(path, "wb") as fh:
        fh.write(data)
    return os.path.basename(path)


def run(outdir, seed):
    order = list(THEMES)
    R(seed, "all", "-", "themes").shuffle(order)
    scens = [build_scenario(seed, i + 1, th) for i, th in enumerate(order)]
    healthy, kinds = assign_kinds(seed, scens)
    manifest = {"generator": GEN, "seed": str(seed), "scenarios": {}}
    for i, sc in enumerate(scens):
        incs = plan_incidents(seed, sc, kinds[i]) if i not in healthy else []
        for inc in incs:
            if inc["kind"] == "traffic_flood":
                inc["spec"]["rate"] /= 1.0 + (inc["mult"] - 1.0) * inc["dmin"] / float(sc.minutes)
        restart = plan_restart(seed, sc, incs)
        sdir = os.path.join(outdir, sc.name)
        os.makedirs(sdir, exist_ok=True)
        sib_gaps = {}
        for inc in incs:
            if inc["kind"] in CRASH:
                for sb in inc["spec"]["siblings"]:
                    sib_gaps.setdefault(sb, []).append((inc["t0"], inc["t0"] + inc["gap"]))
        if restart:
            spec = [s for s in sc.files if s["name"] == restart["file"]][0]
            for sb in spec["siblings"]:
                sib_gaps.setdefault(sb, []).append((restart["t"], restart["t"] + restart["gap"]))
        mfiles = {}
        for s in sc.files:
            f = s["fmt"]
            my = [x for x in incs if x["file"] == s["name"]]
            rs = restart if restart and restart["file"] == s["name"] else None
            fp = FilePlan(s["name"], f, s["rate"], sc.curve, my, rs, sib_gaps.get(s["name"], ()))
            lines = generate(fp, sc, lambda p, _n=s["name"]: R(seed, sc.name, _n, p))
            stored = write_file(os.path.join(sdir, s["name"]), lines, f.crlf, s["gz"])
            mfiles[s["name"]] = dict(stored=stored, format=f.key, gz=bool(s["gz"]), crlf=f.crlf, clock=f.clock,
                                     absolute=bool(f.absolute), timed=f.timed, lines=len(lines),
                                     lat_re=f.LAT_RE, http=f.HTTP, style=getattr(f, "style", None),
                                     year=sc.year, boot=(f.boot if f.key == "kern" else None),
                                     sib_gaps=[[a, b] for a, b in sib_gaps.get(s["name"], ())])
        truth = []
        mincs = []
        for inc in sorted(incs, key=lambda x: x["t0"]):
            t0 = math.floor(inc["t0"])
            t1 = math.ceil(inc["t1"])
            truth.append({"kind": inc["kind"], "file": inc["file"], "start": iso(t0), "end": iso(t1),
                          "description": describe(inc, sc)})
            mincs.append(dict(kind=inc["kind"], file=inc["file"], t0=inc["t0"], t1=inc["t1"], sig=inc.get("sig"),
                              banner_sig=inc.get("banner_sig"), lam=inc.get("lam"), mult=inc.get("mult"),
                              p=inc.get("p"), gap=inc.get("gap")))
        with open(os.path.join(sdir, "truth.json"), "w", encoding="utf-8") as fh:
            json.dump({"incidents": truth}, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        manifest["scenarios"][sc.name] = dict(
            theme=sc.theme, tz=sc.tz, offset=sc.off, t0=sc.t0, t1=sc.t1, start=iso(sc.t0), end=iso(sc.t1),
            year=sc.year, healthy=i in healthy, files=mfiles, incidents=mincs,
            restart=None if not restart else dict(file=restart["file"], t=restart["t"], gap=restart["gap"],
                                                  t1=restart.get("t1"),
                                                  banner_sig=[s for s in sc.files if s["name"] == restart["file"]][0]["fmt"].BANNER_SIG))
    with open(os.path.join(outdir, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=1, sort_keys=True)
        fh.write("\n")


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    run(outdir, seed)


if __name__ == "__main__":
    main()
